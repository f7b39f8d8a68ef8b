"""The demo/training database: what ``wic-desk demo`` builds, through the one door.

The shared database has 300 persons. The minimums checked here, and why they hold for any seed:
- by construction (the demo tops up what a small run lacks): consultations of every kind and every
  confidentiality level each kind's plan allows, so all three levels occur; open follow-ups of
  every counsellor and specialist: one overdue, two due today, one later; at least one person in
  stable employment (there are about 2.7 per 100 persons: 54 at 2,000); the donor's activity
  targets, from a few dozen persons on: 5 adaptation meetings (6 held), 10 for Ukrainian community
  representatives (11), 5 integration workshops (6), 60 festival-workshop hours (66), 12
  language-club meetings (about 37), every session of a held activity with someone present;
- by proportion, near-certain at this size: psychologists' notes mostly specialist-only, more
  follow-ups done than open, participants who meet the completion rule and some who do not.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from tests import rawdb
from wic_desk import cli
from wic_desk.domain import pesel as pesel_rules
from wic_desk.domain.enums import (
    ActivityKind,
    AttendanceStatus,
    Confidentiality,
    ConsultationKind,
    ContractKind,
    EnrolmentStatus,
    Role,
)
from wic_desk.domain.errors import UserError
from wic_desk.reports import rules
from wic_desk.services import activities, auth, consultations, demo, notes, outcomes, people, reports, setup
from wic_desk.services.context import Database
from wic_desk.store.models import (
    SYNCED_MODELS,
    Activity,
    ActivitySession,
    ArchivedReport,
    Attendance,
    Certificate,
    ChangeLogEntry,
    Consultation,
    EmploymentOutcome,
    Enrolment,
    Person,
    PersonSearch,
    Project,
    Staff,
    Topic,
    Visit,
)

PERSONS = 300


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """One demo database made through the command line, shared by the read-only checks."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    code = cli.main(["demo", "--no-gui", "--persons", str(PERSONS), "--db", str(path)])
    database = rawdb.open_demo(path)
    yield code, database
    database.close()


def _count(db, model) -> int:
    with db.read() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


def _names(db) -> list[tuple]:
    with db.read() as s:
        return s.execute(select(Person.id, Person.given_name, Person.family_name, Person.native_name,
                                Person.birth_date, Person.phone).order_by(Person.id)).all()


def test_the_command_builds_as_many_people_and_visits_as_asked(built, capsys):
    code, db = built
    assert code == 0
    assert _count(db, Person) == PERSONS
    assert _count(db, Visit) == PERSONS * demo.VISITS_PER_PERSON


def test_the_command_prints_the_login(tmp_path, capsys):
    assert cli.main(["demo", "--no-gui", "--persons", "3", "--db", str(tmp_path / "d.db")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["persons\t3", "visits\t30", "login\tadmin\tpassword\tdemo-szkolenie-2024"]


def test_every_person_has_a_search_row_and_is_found_by_family_name(built):
    _, db = built
    with db.read() as s:
        rows = s.execute(select(Person.id, Person.family_name, Person.native_name, PersonSearch.key)
                         .join(PersonSearch, PersonSearch.person_id == Person.id)).all()
    assert len(rows) == _count(db, Person) == _count(db, PersonSearch)
    for row in rows:
        assert row.id in {hit.id for hit in people.search(db, row.family_name)}, row.family_name
        if row.native_name:
            native_family = row.native_name.split()[-1]
            assert row.id in {hit.id for hit in people.search(db, native_family)}, native_family


def test_search_keys_are_the_ones_registration_writes(built):
    _, db = built
    with db.read() as s:
        rows = s.execute(select(Person.given_name, Person.family_name, Person.native_name, Person.phone,
                                Person.pesel, PersonSearch.key)
                         .join(PersonSearch, PersonSearch.person_id == Person.id)).all()
    for r in rows:
        assert r.key == people.search_key_for(r.given_name, r.family_name, r.native_name, r.phone, r.pesel)


def test_the_change_log_has_one_entry_per_synced_record(built):
    _, db = built
    with db.read() as s:
        log = s.execute(select(ChangeLogEntry.seq, ChangeLogEntry.hlc, ChangeLogEntry.record_id,
                               ChangeLogEntry.table_name, ChangeLogEntry.fields).order_by(ChangeLogEntry.seq)).all()
        synced = {(m.__tablename__, i) for m in SYNCED_MODELS for i in s.execute(select(m.id)).scalars()}
        fields = {table: s.execute(select(ChangeLogEntry.fields).where(ChangeLogEntry.table_name == table)
                                   .limit(1)).scalar_one()
                  for table in ("visits", "consultations", "employment_outcomes", "activities",
                                "activity_sessions", "enrolments", "attendance", "topics", "archived_reports")}
    # besides: the desk takes its code for certificate serials when it issues the first one
    [desk_code] = [e for e in log if e.table_name == "desks" and set(e.fields) == {"code"}]
    assert len(log) - 1 == len(synced)
    assert {(e.table_name, e.record_id) for e in log} == synced
    assert [e.seq for e in log] == list(range(1, len(log) + 1))
    assert all(a.hlc < b.hlc for a, b in zip(log, log[1:], strict=False)), "the clock must never go back"
    assert desk_code.record_id == db.desk_id
    for model in (Visit, Consultation, EmploymentOutcome, Activity, ActivitySession, Enrolment, Attendance, Topic,
                  ArchivedReport):
        assert set(fields[model.__tablename__]) == {c.name for c in model.__table__.columns} - {"id"}
        json.dumps(fields[model.__tablename__])
    assert {e.table_name for e in log} == {m.__tablename__ for m in SYNCED_MODELS}, "every kind of record"


def test_the_demo_has_a_report_sent_that_reopens_as_written(built, tmp_path):
    import hashlib

    from wic_desk.services import report_archive
    _, db = built
    admin = auth.first_admin(db)
    [sent] = report_archive.list_reports(db, admin)
    assert (sent.kind, sent.period_from, sent.period_to) == ("monthly", dt.date(2024, 5, 1), dt.date(2024, 5, 31))
    assert sent.made_by and sent.project and sent.file_name == "raport-2024-05.xlsx"
    copy = report_archive.save_copy(db, admin, sent.id, tmp_path / "copy.xlsx")
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == sent.sha256 and copy.stat().st_size == sent.size
    summary = load_workbook(copy)["Summary"]
    assert "2024-05" in summary["A1"].value


def test_staff_of_every_role_and_the_demo_login(built):
    _, db = built
    with db.read() as s:
        staff = s.execute(select(Staff.role, Staff.specialist_kind)).all()
    assert {r.role for r in staff} == set(Role)
    assert {r.specialist_kind for r in staff if r.role == Role.SPECIALIST} >= {
        ConsultationKind.PSYCHOLOGIST, ConsultationKind.LAWYER, ConsultationKind.TAX_ADVISOR}
    assert auth.login(db, "admin", demo.DEMO_PASSWORD).role == Role.ADMIN
    assert auth.login(db, "recepcja1", demo.DEMO_PASSWORD).role == Role.RECEPTIONIST


def test_the_people_look_like_the_centres(built):
    _, db = built
    with db.read() as s:
        persons = s.execute(select(Person)).scalars().all()
        s.expunge_all()  # plain objects from here on (the read session rolls back at its end)
    by_country = {}
    for p in persons:
        by_country[p.citizenship] = by_country.get(p.citizenship, 0) + 1
    assert by_country["UA"] > len(persons) / 2
    assert len(by_country) >= 4
    start, end = setup.SEED_PERIOD
    for p in persons:
        assert start <= p.first_contact_date <= end and p.consent_date == p.first_contact_date
        assert p.given_name.isascii() or p.citizenship in ("PL", "MD", "TR", "AZ", "UZ")
        if p.citizenship in ("UA", "RU", "BY", "GE"):
            assert p.native_name and not p.native_name.isascii()
        if p.pesel:
            assert pesel_rules.checksum_ok(p.pesel) and pesel_rules.birth_date(p.pesel) == p.birth_date
        if p.birth_date:
            assert p.birth_year == p.birth_date.year
        assert 0 <= p.first_contact_date.year - p.birth_year <= 86
        if p.phone:
            assert p.phone.startswith("+48") and p.phone[3] in "5678" and len(p.phone) == 12
    assert any(p.household_id for p in persons)
    assert any(p.birth_date is None for p in persons) or len(persons) < 100


def test_visits_fall_on_working_days_in_opening_hours(built):
    _, db = built
    with db.read() as s:
        rows = s.execute(select(Visit, Person.first_contact_date)
                         .outerjoin(Person, Person.id == Visit.person_id)).all()
        s.expunge_all()
    start, end = setup.SEED_PERIOD
    anonymous = 0
    reasons: dict[str, int] = {}
    for visit, first_contact in rows:
        assert start <= visit.visit_date <= end and visit.visit_date.weekday() < 5
        assert visit.visited_at.date() == visit.visit_date
        assert dt.time(9) <= visit.visited_at.time() < dt.time(17)
        assert visit.reasons and visit.handled_by is not None
        for code in visit.reasons:
            reasons[code] = reasons.get(code, 0) + 1
        if visit.person_id is None:
            anonymous += 1
            assert visit.anon_sex and visit.anon_age_group and visit.anon_citizenship
        else:
            assert first_contact is not None and visit.visit_date >= first_contact
            assert visit.anon_sex is None
    assert 0 < anonymous < len(rows) / 10
    top = sorted(reasons, key=reasons.get, reverse=True)[:3]
    assert set(top) <= {"information", "legal", "administrative"}


def _staff(db) -> dict:
    with db.read() as s:
        return {r.id: r for r in s.execute(select(Staff.id, Staff.login, Staff.role, Staff.specialist_kind)).all()}


def test_consultations_of_every_kind_and_confidentiality_by_staff_of_that_kind(built):
    _, db = built
    staff = _staff(db)
    with db.read() as s:
        rows = s.execute(select(Consultation, Person.first_contact_date)
                         .join(Person, Person.id == Consultation.person_id)).all()
        s.expunge_all()
    topics = set(consultations.topics(db))
    assert topics >= set(demo.DEMO_TOPICS)
    by_kind: dict = {}
    start, end = setup.SEED_PERIOD
    for c, first_contact in rows:
        by_kind.setdefault(c.kind, []).append(c.confidentiality)
        assert start <= c.held_on <= end and c.held_on >= first_contact
        assert c.minutes and 10 <= c.minutes <= 120 and c.mode and c.language
        assert set(c.topics) <= topics
        assert c.follow_up_on is None or c.follow_up_on > c.held_on
        author = staff[c.staff_id]
        if c.kind in consultations.SPECIALIST_KINDS:
            assert author.role == Role.SPECIALIST and author.specialist_kind == c.kind
        else:
            assert author.role == Role.COUNSELLOR
    assert set(by_kind) == set(ConsultationKind)
    assert {level for levels in by_kind.values() for level in levels} == set(Confidentiality)
    psychologist = by_kind[ConsultationKind.PSYCHOLOGIST]
    assert psychologist.count(Confidentiality.SPECIALIST_ONLY) > len(psychologist) / 2
    assert Confidentiality.AUTHOR_ONLY in psychologist
    counselling = [level for kind in consultations.COUNSELLING_KINDS for level in by_kind[kind]]
    assert counselling.count(Confidentiality.NORMAL) > 0.8 * len(counselling)
    assert any(c.interpreter for c, _ in rows) and any(c.note for c, _ in rows)
    assert {c.language for c, _ in rows} >= {"uk", "pl"}
    assert 0.05 * PERSONS * demo.VISITS_PER_PERSON < len(rows) < 0.3 * PERSONS * demo.VISITS_PER_PERSON


def test_follow_ups_done_overdue_due_today_and_later(built):
    _, db = built
    today = dt.date.today()
    with db.read() as s:
        rows = s.execute(select(Consultation.staff_id, Consultation.follow_up_on, Consultation.follow_up_done)
                         .where(Consultation.follow_up_on.is_not(None))).all()
    done = [r for r in rows if r.follow_up_done]
    open_ = [r for r in rows if not r.follow_up_done]
    assert len(done) > len(open_) > 0
    assert any(r.follow_up_on < today for r in open_), "overdue"
    assert any(r.follow_up_on > today for r in open_), "coming"
    counsellor = auth.login(db, "doradca1", demo.DEMO_PASSWORD)
    psychologist = auth.login(db, "psycholog", demo.DEMO_PASSWORD)
    for actor in (counsellor, psychologist):
        mine = consultations.my_follow_ups(db, actor)
        assert any(f.overdue for f in mine) and any(f.due == today for f in mine), actor.login


def test_employment_outcomes_follow_the_projects_rule(built):
    _, db = built
    with db.read() as s:
        rule = s.execute(select(Project.stable_rule).where(Project.current.is_(True))).scalar_one()
        rows = s.execute(select(EmploymentOutcome)).scalars().all()
        first_talk = dict(s.execute(select(Consultation.person_id, func.min(Consultation.held_on))
                                    .where(Consultation.kind.in_([ConsultationKind.VOCATIONAL,
                                                                  ConsultationKind.JOB_SEARCH]))
                                    .group_by(Consultation.person_id)).all())
        s.expunge_all()
    assert rows
    staff = _staff(db)
    for o in rows:
        assert o.stable == outcomes.is_stable(rule, o.contract_kind, o.duration_months)
        assert o.person_id in first_talk and o.start_date >= first_talk[o.person_id]
        assert o.start_date <= setup.SEED_PERIOD[1] and o.employer
        assert staff[o.recorded_by].role == Role.COUNSELLOR
    assert len({o.contract_kind for o in rows}) >= 2 and ContractKind.EMPLOYMENT in {o.contract_kind for o in rows}
    assert any(o.stable for o in rows) and any(not o.stable for o in rows) or len(rows) < 10
    assert any(o.evidence_seen for o in rows)
    count = outcomes.stable_employment_count(db, *setup.SEED_PERIOD)
    assert 0 < count == len({o.person_id for o in rows if o.stable})


def test_the_seed_projects_activities_meet_the_donors_targets(built):
    _, db = built
    admin = auth.login(db, demo.DEMO_ADMIN, demo.DEMO_PASSWORD)
    values = {v.code: v.count for v in reports.indicator_values(db, admin)}
    assert values.keys() == {code for code, *_ in setup.SEED_INDICATORS}
    assert values["stable_employment"] >= 1
    assert values["adaptation_meetings"] >= 5
    assert values["adaptation_meetings_ua"] >= 10
    assert values["integration_workshops"] >= 5
    assert values["festival_hours"] >= 60  # the Skovoroda Fest 2023 workshops' hours, by their tag
    assert values["language_club"] >= 12
    targets = {v.code: v.target for v in reports.indicator_values(db, admin)}
    assert {code: targets[code] for code in ("stable_employment", "adaptation_meetings", "adaptation_meetings_ua",
                                             "integration_workshops", "festival_hours", "language_club")} == \
        {"stable_employment": 100, "adaptation_meetings": 5, "adaptation_meetings_ua": 10,
         "integration_workshops": 5, "festival_hours": 60, "language_club": 12}
    for code in ("vocational_counselling", "job_search_support", "legal_administrative", "lawyer", "psychologist",
                 "tax_advisor", "online_course", "polish_course"):
        assert targets[code] == 0 and values[code] > 0, code  # counted, no target yet
    # the tag counts only its event: the other festivals' workshops are untagged and held too
    with db.read() as s:
        every_festival = rules.count(s, "hours_held", "festival_workshop", *setup.SEED_PERIOD)
        tagged = {(a.title, a.tag) for a in s.execute(select(Activity).where(
            Activity.kind == ActivityKind.FESTIVAL_WORKSHOP)).scalars()}
    assert every_festival > values["festival_hours"]
    assert {t for t, tag in tagged if tag == setup.SEED_TAG} == {t for t, _ in tagged if t.startswith(setup.SEED_TAG)}
    assert any(tag is None for _, tag in tagged)
    with db.read() as s:
        project_id = s.execute(select(Project.id).where(Project.current.is_(True))).scalar_one()
        acts = s.execute(select(Activity)).scalars().all()
        sessions = s.execute(select(ActivitySession)).scalars().all()
        enrolments = s.execute(select(Enrolment)).scalars().all()
        marks = s.execute(select(Attendance.session_id, Attendance.status)).all()
        s.expunge_all()
    assert {a.kind for a in acts} == set(ActivityKind)
    assert all(a.project_id == project_id for a in acts)
    cancelled = {a.id for a in acts if a.cancelled}
    assert 1 <= len(cancelled) <= 3
    per_activity: dict = {}
    for session in sessions:
        per_activity.setdefault(session.activity_id, []).append(session)
        assert setup.SEED_PERIOD[0] <= session.held_on <= setup.SEED_PERIOD[1]
    present = {m.session_id for m in marks if m.status == AttendanceStatus.PRESENT}
    assert {m.status for m in marks} == set(AttendanceStatus)
    for a in acts:
        mine = per_activity[a.id]
        assert sorted(x.number for x in mine) == list(range(1, len(mine) + 1))
        if a.cancelled:
            assert not present & {x.id for x in mine}
        else:
            assert {x.id for x in mine} <= present, a.title
        if a.kind in (ActivityKind.ADAPTATION_MEETING, ActivityKind.ADAPTATION_MEETING_UA_REPS):
            assert len(mine) == 1
        if a.kind == ActivityKind.POLISH_COURSE:
            assert 20 <= len(mine) <= 30 and 15 <= a.capacity <= 20
            taken = [e for e in enrolments if e.activity_id == a.id and e.status == EnrolmentStatus.ENROLLED]
            assert len(taken) <= a.capacity
        if a.kind == ActivityKind.LANGUAGE_CLUB:
            assert len(mine) >= 12
    assert any(e.status == EnrolmentStatus.WAITING for e in enrolments)
    assert len({(e.activity_id, e.person_id) for e in enrolments}) == len(enrolments)


def test_some_participants_complete_and_some_do_not(built):
    _, db = built
    coordinator = auth.login(db, "koordynator", demo.DEMO_PASSWORD)
    with db.read() as s:
        acts = s.execute(select(Activity.id, Activity.kind).where(Activity.cancelled.is_(False))).all()
    completed: dict = {}
    for activity_id, kind in acts:
        for p in activities.grid(db, coordinator, activity_id).participants:
            if p.status == EnrolmentStatus.ENROLLED:
                completed.setdefault(kind, set()).add(p.completed)
    assert completed[ActivityKind.POLISH_COURSE] == {True, False}
    assert sum(1 for outcomes_ in completed.values() if outcomes_ == {True, False}) >= 4


def test_a_few_certificates_for_those_who_completed(built):
    from wic_desk.services import certificates
    _, db = built
    with db.read() as s:
        rows = s.execute(select(Certificate)).scalars().all()
        s.expunge_all()
    assert 1 <= len(rows) <= demo.CERTIFICATES
    for cert in rows:
        assert cert.completed
        assert certificates.verify(db, auth.first_admin(db), cert.serial, cert.verification_code).genuine


def _demo_notes(db) -> dict:
    """Every consultation's note as the demo's readers read it (each logged in with the training
    password): consultation id -> text."""
    texts = {}
    readers = [auth.login(db, login, demo.DEMO_PASSWORD) for login, _n, role, _k in demo._DEMO_STAFF
               if role in consultations.NOTE_READERS]
    with db.read() as s:
        stored = s.execute(select(Consultation.id, Consultation.note).where(Consultation.note.is_not(None))).all()
        for cid, value in stored:
            for reader in readers:
                text, _pending = notes.open_note(s, reader.keyring, cid, value)
                if text:
                    texts[cid] = text
                    break
    assert len(texts) == len(stored)  # every note opens for someone
    return texts


def _everything(db) -> dict:
    """Every synced record's columns by table, with the set-up's own ids (staff, desk, project:
    new in every file) written as names; certificates without the parts the certificates service
    makes itself (a random id, a serial with the desk's own code, a random code, and the content
    holding both)."""
    from wic_desk.store.models import Desk
    out = {}
    with db.read() as s:
        names = {str(i): login for i, login in s.execute(select(Staff.id, Staff.login))}
        names |= {str(i): "desk" for i in s.execute(select(Desk.id)).scalars()}
        names |= {str(i): "project" for i in s.execute(select(Project.id)).scalars()}
        for model in SYNCED_MODELS:
            if model.__tablename__ in ("centres", "desks", "staff", "projects", "indicators", "note_keys",
                                       "note_grants"):  # made anew (random keys) in every file
                continue
            if model is ArchivedReport:  # the report sent: the time it was made is in it, compared apart
                continue
            left_out = ("id", "serial", "verification_code", "content") if model is Certificate else ()
            columns = [c for c in model.__table__.columns if c.name not in left_out]
            found = s.execute(select(model.__table__.c.id, *columns)).all()
            rows = [[names.get(str(v), str(v)) for v in row[1:]] for row in found]
            if model is Consultation:  # a sealed note differs in every file (random keys): its text is compared
                at = [c.name for c in columns].index("note")
                texts = _demo_notes(db)
                for row, record in zip(rows, found, strict=True):
                    row[at] = texts.get(record[0])
            out[model.__tablename__] = sorted(tuple(row) for row in rows)
    return out


def test_the_same_seed_gives_the_same_demo(tmp_path):
    dbs = [Database.open(tmp_path / f"{name}.db") for name in ("a", "b", "c")]
    try:
        demo.build_demo(dbs[0], persons=40, visits=100, seed=7)
        demo.build_demo(dbs[1], persons=40, visits=100, seed=7)
        demo.build_demo(dbs[2], persons=40, visits=100, seed=8)
        assert _names(dbs[0]) == _names(dbs[1])
        assert _names(dbs[0]) != _names(dbs[2])
        same, other = _everything(dbs[0]), _everything(dbs[1])
        for table, rows in same.items():
            assert rows == other[table], table
        assert same["consultations"] and same["attendance"] and same["employment_outcomes"]
        assert same["consultations"] != _everything(dbs[2])["consultations"]
    finally:
        for db in dbs:
            db.close()


def test_a_second_run_adds_to_the_database(tmp_path):
    db = Database.open(tmp_path / "d.db")
    calls = []
    try:
        first = demo.build_demo(db, persons=30, seed=3)
        second = demo.build_demo(db, persons=20, visits=50, seed=3,
                                 progress=lambda done, total, what: calls.append((done, total, what)))
        assert (first.persons, first.visits, second.persons, second.visits) == (30, 300, 20, 50)
        assert (second.login, second.password) == ("admin", "demo-szkolenie-2024")
        assert _count(db, Person) == 50 and _count(db, Visit) == 350 and _count(db, PersonSearch) == 50
        assert _count(db, Staff) == len(demo._DEMO_STAFF) + 1
        assert _count(db, Topic) == len(demo.DEMO_TOPICS)  # added once
        assert _count(db, Consultation) == first.consultations + second.consultations
        assert _count(db, Activity) == first.activities + second.activities
        assert _count(db, Attendance) == first.attendance + second.attendance
        total = 20 + 50 + 50 // 10 + 1  # persons, visits, consultations as a tenth of the visits, the rest
        assert calls[-1] == (total, total, "activities")
        assert [c[0] for c in calls] == sorted(c[0] for c in calls)
        assert [c[2] for c in calls] == ["persons", "visits", "consultations", "activities"]
    finally:
        db.close()


def test_a_desk_set_up_for_real_work_is_refused_and_unchanged(db, admin):
    with db.read() as s:
        before = s.execute(select(func.count()).select_from(ChangeLogEntry)).scalar_one()
    with pytest.raises(UserError) as refused:
        demo.build_demo(db, persons=10, visits=25)
    assert refused.value.render() == demo.E_REAL
    assert _count(db, Person) == 0 and _count(db, Visit) == 0 and _count(db, ChangeLogEntry) == before
    assert not demo.is_demo(db)


def test_a_demo_database_is_marked_as_one(tmp_path):
    db = Database.open(tmp_path / "d.db")
    try:
        demo.build_demo(db, persons=5, visits=10)
        assert demo.is_demo(db) and db.local(demo.DEMO_KEY) == "1"
    finally:
        db.close()


def test_a_tiny_demo_still_has_a_bit_of_everything(tmp_path):
    db = Database.open(tmp_path / "d.db")
    try:
        result = demo.build_demo(db, persons=50)
        with db.read() as s:
            kinds = set(s.execute(select(Consultation.kind)).scalars())
            activity_kinds = set(s.execute(select(Activity.kind)).scalars())
        assert kinds == set(ConsultationKind) and activity_kinds == set(ActivityKind)
        assert result.outcomes >= 1 and outcomes.stable_employment_count(db) >= 1
        assert result.attendance == _count(db, Attendance) > 0
    finally:
        db.close()


def test_no_people_means_only_anonymous_visits(tmp_path):
    db = Database.open(tmp_path / "d.db")
    try:
        demo.build_demo(db, persons=0, visits=12)
        with db.read() as s:
            assert s.execute(select(func.count()).where(Visit.person_id.is_not(None))).scalar_one() == 0
        assert _count(db, Visit) == 12
    finally:
        db.close()
