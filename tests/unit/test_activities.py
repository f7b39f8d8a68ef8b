"""Activities: sessions, capacity and the waiting list, attendance, the completion rule."""

from __future__ import annotations

import datetime as dt

import pytest

from wic_desk.domain.enums import ActivityKind, AttendanceStatus, EnrolmentStatus, Role, Sex
from wic_desk.domain.errors import PermissionDenied, ValidationError
from wic_desk.services import activities as act
from wic_desk.services import people


@pytest.fixture
def persons(db, admin, consent):
    names = [("Daria", "Kravets"), ("Bohdan", "Lysenko"), ("Nino", "Kapanadze"), ("Ihar", "Zhuk")]
    return [people.register(db, admin, people.PersonInput(given_name=g, family_name=f, sex=Sex.OTHER), consent)
            for g, f in names]


def _course(db, actor, sessions=5, capacity=None, percent=80):
    start = dt.date(2024, 1, 8)
    return act.create(db, actor, act.ActivityInput(
        kind=ActivityKind.POLISH_COURSE, title="Kurs A1", capacity=capacity, completion_percent=percent,
        sessions=[act.SessionInput(held_on=start + dt.timedelta(days=7 * i), hours=2) for i in range(sessions)]))


def test_capacity_fills_then_waiting_list_moves_up(db, admin, persons):
    aid = _course(db, admin, capacity=2)
    statuses = [act.enrol(db, admin, aid, p) for p in persons[:3]]
    assert statuses == [EnrolmentStatus.ENROLLED, EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITING]
    assert act.enrol(db, admin, aid, persons[0]) == EnrolmentStatus.ENROLLED  # twice changes nothing
    assert act.withdraw(db, admin, aid, persons[0]) == persons[2]
    [row] = act.list_activities(db)
    assert (row.title, row.sessions, row.participants, row.first_date) == ("Kurs A1", 5, 2, dt.date(2024, 1, 8))


def test_completion_rule_and_hours(db, admin, persons):
    aid = _course(db, admin, sessions=5, percent=80)
    for p in persons[:2]:
        act.enrol(db, admin, aid, p)
    sessions = act.grid(db, admin, aid).sessions
    for s in sessions[:4]:
        act.mark(db, admin, s.id, persons[0], AttendanceStatus.PRESENT)
    for s in sessions[:3]:
        act.mark(db, admin, s.id, persons[1], AttendanceStatus.PRESENT)
    act.mark(db, admin, sessions[4].id, persons[1], AttendanceStatus.EXCUSED)
    act.mark(db, admin, sessions[0].id, persons[1], AttendanceStatus.ABSENT)  # a second mark replaces the first
    g = act.grid(db, admin, aid)
    by_id = {p.person_id: p for p in g.participants}
    assert (by_id[persons[0]].present, by_id[persons[0]].hours, by_id[persons[0]].completed) == (4, 8.0, True)
    assert (by_id[persons[1]].present, by_id[persons[1]].completed) == (2, False)
    assert g.marks[(persons[1], sessions[0].id)] == AttendanceStatus.ABSENT


@pytest.mark.parametrize("present,sessions,percent,expected", [
    (4, 5, 80, True), (3, 5, 80, False), (5, 5, 100, True), (4, 5, 100, False), (0, 0, 80, False), (1, 1, 100, True),
])
def test_completion_boundaries(present, sessions, percent, expected):
    assert act.completed(present, sessions, percent) is expected


def test_only_coordinators_and_admins_create_and_input_is_checked(db, admin, make_staff):
    with pytest.raises(PermissionDenied):
        _course(db, make_staff(Role.RECEPTIONIST))
    with pytest.raises(ValidationError):
        act.create(db, admin, act.ActivityInput(kind=ActivityKind.LANGUAGE_CLUB, title="Club", sessions=[]))
    with pytest.raises(ValidationError):
        act.create(db, admin, act.ActivityInput(kind=ActivityKind.LANGUAGE_CLUB, title=" ",
                                                sessions=[act.SessionInput(held_on=dt.date(2024, 1, 1))]))
    assert _course(db, make_staff(Role.COORDINATOR))


def test_a_cancelled_session_or_activity_counts_nowhere_and_takes_no_marks(db, admin, persons, make_staff):
    from sqlalchemy import select

    from wic_desk.domain.errors import UserError
    from wic_desk.services import certificates
    from wic_desk.store.models import ActivitySession, AuditEntry
    aid = _course(db, admin, sessions=5, percent=80)
    act.enrol(db, admin, aid, persons[0])
    sessions = act.grid(db, admin, aid).sessions
    for s in sessions[:4]:
        act.mark(db, admin, s.id, persons[0], AttendanceStatus.PRESENT)
    assert act.grid(db, admin, aid).participants[0].completed  # 4 of 5
    with pytest.raises(PermissionDenied):
        act.cancel_session(db, make_staff(Role.RECEPTIONIST), sessions[4].id, "Sala zalana")
    with pytest.raises(ValidationError):
        act.cancel_session(db, admin, sessions[4].id, "  ")
    coordinator = make_staff(Role.COORDINATOR)
    act.cancel_session(db, coordinator, sessions[0].id, "Prowadząca chora")
    with pytest.raises(UserError):
        act.cancel_session(db, coordinator, sessions[0].id, "again")
    with pytest.raises(UserError):
        act.mark(db, admin, sessions[0].id, persons[0], AttendanceStatus.PRESENT)
    g = act.grid(db, admin, aid)
    assert (g.sessions[0].cancelled, g.sessions[0].cancel_reason) == (True, "Prowadząca chora")
    # present at 3 of the 4 held sessions: 75 % < 80 %, the cancelled one counts nowhere
    assert (g.participants[0].present, g.participants[0].completed) == (3, False)
    with db.read() as s:
        assert s.get(ActivitySession, sessions[0].id).cancelled
        assert s.execute(select(AuditEntry.detail).where(AuditEntry.action == "session.cancel")).scalars().all() \
            == ["session=1"]  # the reason is not in the audit log
    act.cancel_activity(db, coordinator, aid, "Za mało chętnych")
    g = act.grid(db, admin, aid)
    assert (g.cancelled, g.cancel_reason, g.participants[0].completed) == (True, "Za mało chętnych", False)
    with pytest.raises(UserError):
        act.mark(db, admin, sessions[1].id, persons[0], AttendanceStatus.ABSENT)
    with pytest.raises(UserError):
        certificates.issue_batch(db, coordinator, aid, db.path.parent / "c.pdf")


def test_a_restricted_participant_leaves_the_grid_and_gets_no_certificate(db, admin, persons):
    from wic_desk.services import certificates
    aid = _course(db, admin, sessions=2, percent=50)
    for p in persons[:2]:
        act.enrol(db, admin, aid, p)
    for s in act.grid(db, admin, aid).sessions:
        for p in persons[:2]:
            act.mark(db, admin, s.id, p, AttendanceStatus.PRESENT)
    people.withdraw_consent(db, admin, persons[1])  # restricted: kept only for the figures
    assert [p.person_id for p in act.grid(db, admin, aid).participants] == [persons[0]]
    result = certificates.issue_batch(db, admin, aid, db.path.parent / "c.pdf")
    assert result.issued == 1 and [c.person_id for c in result.certificates] == [persons[0]]
