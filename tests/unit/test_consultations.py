"""Confidentiality of notes for every role and level, the audit of reads, follow-ups, caseload."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from wic_desk.domain.enums import Confidentiality, ConsultationKind, Role, Sex
from wic_desk.domain.errors import PermissionDenied, ValidationError
from wic_desk.services import consultations as cs
from wic_desk.services import people
from wic_desk.store.models import AuditEntry

PSY, LAWYER = ConsultationKind.PSYCHOLOGIST, ConsultationKind.LAWYER
NOTE = "Invented note text for the test"


@pytest.fixture
def team(make_staff, admin):
    return {
        "receptionist": make_staff(Role.RECEPTIONIST, "recep"),
        "coordinator": make_staff(Role.COORDINATOR, "coord"),
        "admin": admin,
        "counsellor": make_staff(Role.COUNSELLOR, "couns"),
        "counsellor2": make_staff(Role.COUNSELLOR, "couns2"),
        "psychologist": make_staff(Role.SPECIALIST, "psy", PSY),
        "psychologist2": make_staff(Role.SPECIALIST, "psy2", PSY),
        "lawyer": make_staff(Role.SPECIALIST, "law", LAWYER),
    }


@pytest.fixture
def person(db, admin, consent):
    return people.register(db, admin, people.PersonInput(given_name="Olha", family_name="Marchenko", sex=Sex.FEMALE),
                           consent)


def _note_as(db, team, who, person):
    [row] = cs.for_person(db, team[who], person)
    return row


# (author, kind, level) -> set of readers among the team (the author always reads)
CASES = [
    ("psychologist", PSY, Confidentiality.NORMAL, {"counsellor", "counsellor2", "psychologist", "psychologist2", "lawyer"}),
    ("psychologist", PSY, Confidentiality.SPECIALIST_ONLY, {"psychologist", "psychologist2"}),
    ("psychologist", PSY, Confidentiality.AUTHOR_ONLY, {"psychologist"}),
    ("counsellor", ConsultationKind.VOCATIONAL, Confidentiality.NORMAL,
     {"counsellor", "counsellor2", "psychologist", "psychologist2", "lawyer"}),
    ("counsellor", ConsultationKind.LEGAL, Confidentiality.SPECIALIST_ONLY, {"counsellor", "counsellor2"}),
    ("counsellor", ConsultationKind.JOB_SEARCH, Confidentiality.AUTHOR_ONLY, {"counsellor"}),
    ("lawyer", LAWYER, Confidentiality.SPECIALIST_ONLY, {"lawyer"}),
]
EVERYONE = ("receptionist", "coordinator", "admin", "counsellor", "counsellor2", "psychologist", "psychologist2",
            "lawyer")


@pytest.mark.parametrize("author,kind,level,readers", CASES)
def test_who_reads_a_note(db, team, person, author, kind, level, readers):
    cs.record(db, team[author], person, cs.ConsultationInput(kind=kind, held_on=dt.date.today(), note=NOTE,
                                                             confidentiality=level))
    for who in EVERYONE:
        row = _note_as(db, team, who, person)
        assert row.kind == kind and row.staff_name  # everyone sees that it happened, and by whom
        if who in readers:
            assert (row.note_readable, row.note) == (True, NOTE), who
        else:
            assert (row.note_readable, row.note) == (False, None), who


def test_reads_of_confidential_notes_are_audited_and_normal_ones_not(db, team, person):
    cs.record(db, team["psychologist"], person, cs.ConsultationInput(
        kind=PSY, held_on=dt.date.today(), note=NOTE, confidentiality=Confidentiality.SPECIALIST_ONLY))
    cs.record(db, team["counsellor"], person, cs.ConsultationInput(
        kind=ConsultationKind.VOCATIONAL, held_on=dt.date.today(), note=NOTE))
    cs.for_person(db, team["psychologist2"], person)
    cs.for_person(db, team["receptionist"], person)
    with db.read() as s:
        reads = s.execute(select(AuditEntry.staff_id, AuditEntry.person_id, AuditEntry.detail)
                          .where(AuditEntry.action == "note.read")).all()
    assert [(r.staff_id, r.person_id) for r in reads] == [(team["psychologist2"].staff_id, person)]
    assert all(NOTE not in (r.detail or "") for r in reads)


def test_who_may_record_which_kind(db, team, person):
    today = dt.date.today()
    with pytest.raises(PermissionDenied):
        cs.record(db, team["receptionist"], person, cs.ConsultationInput(kind=ConsultationKind.LEGAL, held_on=today))
    with pytest.raises(PermissionDenied):
        cs.record(db, team["counsellor"], person, cs.ConsultationInput(kind=PSY, held_on=today))
    with pytest.raises(PermissionDenied):
        cs.record(db, team["lawyer"], person, cs.ConsultationInput(kind=PSY, held_on=today))
    assert cs.record(db, team["lawyer"], person, cs.ConsultationInput(kind=LAWYER, held_on=today))


def test_only_the_author_edits_and_edits_are_audited(db, team, person):
    cid = cs.record(db, team["counsellor"], person, cs.ConsultationInput(kind=ConsultationKind.LEGAL,
                                                                          held_on=dt.date.today(), note="a"))
    changed = cs.ConsultationInput(kind=ConsultationKind.LEGAL, held_on=dt.date.today(), note="b")
    with pytest.raises(PermissionDenied):
        cs.update(db, team["counsellor2"], cid, changed)
    cs.update(db, team["counsellor"], cid, changed)
    assert _note_as(db, team, "counsellor2", person).note == "b"
    with db.read() as s:
        assert s.execute(select(AuditEntry.id).where(AuditEntry.action == "consultation.update")).all()


def test_follow_ups_due_and_overdue_then_closed_or_moved(db, team, person):
    today = dt.date(2024, 3, 10)
    me = team["counsellor"]
    due = cs.record(db, me, person, cs.ConsultationInput(kind=ConsultationKind.VOCATIONAL, held_on=dt.date(2024, 3, 1),
                                                          follow_up_on=today), today=today)
    late = cs.record(db, me, person, cs.ConsultationInput(kind=ConsultationKind.JOB_SEARCH, held_on=dt.date(2024, 2, 1),
                                                           follow_up_on=dt.date(2024, 2, 15)), today=today)
    cs.record(db, me, person, cs.ConsultationInput(kind=ConsultationKind.LEGAL, held_on=dt.date(2024, 3, 5),
                                                   follow_up_on=dt.date(2024, 4, 1)), today=today)
    listed = cs.my_follow_ups(db, me, today)
    assert [(f.consultation_id, f.overdue) for f in listed] == [(late, True), (due, False)]
    assert cs.my_follow_ups(db, team["counsellor2"], today) == []
    cs.close_follow_up(db, me, late)
    cs.reschedule_follow_up(db, me, due, dt.date(2024, 3, 20), today=today)
    assert cs.my_follow_ups(db, me, today) == []
    with pytest.raises(ValidationError):
        cs.reschedule_follow_up(db, me, due, dt.date(2024, 3, 1), today=today)
    with pytest.raises(PermissionDenied):
        cs.close_follow_up(db, team["counsellor2"], due)
    [row] = cs.caseload(db, me)
    assert (row.person_id, row.consultations, row.last_contact, row.open_follow_ups) == (
        person, 3, dt.date(2024, 3, 5), 2)


def test_bad_consultation_input(db, team, person):
    me = team["counsellor"]
    with pytest.raises(ValidationError):
        cs.record(db, me, person, cs.ConsultationInput(kind=ConsultationKind.LEGAL,
                                                       held_on=dt.date.today() + dt.timedelta(days=1)))
    with pytest.raises(ValidationError):
        cs.record(db, me, person, cs.ConsultationInput(kind=ConsultationKind.LEGAL, held_on=dt.date.today(),
                                                       minutes=0))


def test_admin_filters_the_audit_log_and_others_may_not_see_it(db, team, person):
    from wic_desk.services import audit
    cs.record(db, team["psychologist"], person, cs.ConsultationInput(
        kind=PSY, held_on=dt.date.today(), note=NOTE, confidentiality=Confidentiality.AUTHOR_ONLY))
    cs.for_person(db, team["psychologist"], person)
    rows = audit.entries(db, team["admin"], person_id=person, staff_id=team["psychologist"].staff_id,
                         date_from=dt.date.today(), date_to=dt.date.today())
    assert {r.action for r in rows} == {"consultation.create", "note.read"}
    assert audit.entries(db, team["admin"], date_to=dt.date.today() - dt.timedelta(days=1)) == []
    with pytest.raises(PermissionDenied):
        audit.entries(db, team["coordinator"])


def test_rows_carry_language_and_interpreter_so_an_edit_keeps_them(db, team, person):
    cs.record(db, team["counsellor"], person, cs.ConsultationInput(
        kind=ConsultationKind.LEGAL, held_on=dt.date.today(), language="uk", interpreter=True))
    [row] = cs.for_person(db, team["receptionist"], person)
    assert (row.language, row.interpreter) == ("uk", True)


def test_a_restricted_person_leaves_the_follow_ups_and_the_caseload(db, team, person):
    today = dt.date.today()
    cs.record(db, team["counsellor"], person, cs.ConsultationInput(kind=ConsultationKind.VOCATIONAL, held_on=today,
                                                                   follow_up_on=today))
    assert [f.person_id for f in cs.my_follow_ups(db, team["counsellor"])] == [person]
    assert [c.person_id for c in cs.caseload(db, team["counsellor"])] == [person]
    people.withdraw_consent(db, team["counsellor"], person)  # restricted: kept only for the figures
    assert cs.my_follow_ups(db, team["counsellor"]) == [] and cs.caseload(db, team["counsellor"]) == []
