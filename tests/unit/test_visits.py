"""Walk-in visits: named and anonymous, today's list, a person's history."""

from __future__ import annotations

import datetime as dt

import pytest

from wic_desk.domain.enums import Role, ServiceCategory, Sex
from wic_desk.domain.errors import NotFound, PermissionDenied, ValidationError
from wic_desk.services import people, visits


@pytest.fixture
def person(db, admin, consent):
    return people.register(db, admin, people.PersonInput(given_name="Nadiia", family_name="Hnatiuk",
                                                         native_name="Надія Гнатюк", sex=Sex.FEMALE), consent)


def test_recorded_visit_appears_in_todays_list_and_history(db, admin, make_staff, person):
    receptionist = make_staff(Role.RECEPTIONIST)
    vid = visits.record_visit(db, receptionist, person, [ServiceCategory.LEGAL, ServiceCategory.INFORMATION],
                              note="Asked about a residence card")
    today = visits.visits_on(db, receptionist)
    assert [(v.id, v.person_name, v.native_name, v.reasons) for v in today] == [
        (vid, "Nadiia Hnatiuk", "Надія Гнатюк", ("legal", "information"))]
    assert today[0].staff_name == "Test Receptionist"
    items = people.history(db, admin, person)
    assert [(i.kind, i.codes, i.detail) for i in items] == [("visit", ("legal", "information"),
                                                             "Asked about a residence card")]


def test_todays_list_is_newest_first_and_only_today(db, admin, person):
    now = dt.datetime.now().replace(microsecond=0)
    midnight = dt.datetime.combine(now.date(), dt.time())
    # an hour before, or at midnight when the test runs in the day's first hour (still today)
    earlier_at = max(now - dt.timedelta(hours=1), midnight)
    if earlier_at == now:
        now += dt.timedelta(seconds=1)
    earlier = visits.record_visit(db, admin, person, [ServiceCategory.OTHER], when=earlier_at)
    later = visits.record_visit(db, admin, person, [ServiceCategory.OTHER], when=now)
    visits.record_visit(db, admin, person, [ServiceCategory.OTHER], when=now - dt.timedelta(days=1))
    assert [v.id for v in visits.visits_on(db, admin)] == [later, earlier]


def test_anonymous_visit_counts_without_a_name(db, admin):
    vid = visits.record_anonymous_visit(db, admin, Sex.MALE, "18-59", "UA", [ServiceCategory.JOB_SEARCH])
    [row] = visits.visits_on(db, admin)
    assert row.id == vid and row.person_id is None and row.person_name is None


def test_visit_needs_a_reason_a_person_and_a_role(db, admin, person):
    with pytest.raises(ValidationError) as no_reason:
        visits.record_visit(db, admin, person, [])
    assert no_reason.value.field == "reasons"
    import uuid
    with pytest.raises(NotFound):
        visits.record_visit(db, admin, uuid.uuid4(), [ServiceCategory.LEGAL])
    with pytest.raises(PermissionDenied):
        visits.record_visit(db, None, person, [ServiceCategory.LEGAL])
    with pytest.raises(ValidationError):
        visits.record_anonymous_visit(db, admin, Sex.MALE, "30-40", None, [ServiceCategory.LEGAL])
    assert visits.visits_on(db, admin) == []


def test_a_visit_cannot_be_in_the_future(db, admin, person):
    with pytest.raises(ValidationError):
        visits.record_visit(db, admin, person, [ServiceCategory.LEGAL],
                            when=dt.datetime.now() + dt.timedelta(days=2))


def test_history_shows_activities_and_merged_persons_records(db, admin, consent, person):
    from wic_desk.domain.enums import ActivityKind, AttendanceStatus
    from wic_desk.services import activities as act
    from wic_desk.services import merge
    twin = people.register(db, admin, people.PersonInput(given_name="Nadia", family_name="Hnatiuk", sex=Sex.FEMALE),
                           consent)
    visits.record_visit(db, admin, twin, [ServiceCategory.LEGAL], when=dt.datetime(2024, 3, 1, 10))
    aid = act.create(db, admin, act.ActivityInput(kind=ActivityKind.LANGUAGE_CLUB, title="Klub", sessions=[
        act.SessionInput(dt.date(2024, 3, 7)), act.SessionInput(dt.date(2024, 3, 14))]))
    act.enrol(db, admin, aid, person)
    for s in act.grid(db, admin, aid).sessions:
        act.mark(db, admin, s.id, person, AttendanceStatus.PRESENT)
    assert [i.kind for i in people.history(db, admin, person)] == ["activity"]
    merge.merge_persons(db, admin, person, twin)
    items = people.history(db, admin, person)
    assert [i.kind for i in items] == ["activity", "visit"]  # newest first; the twin's visit is here now
    assert "Klub" in items[0].detail and "2×" in items[0].detail


def test_a_restricted_persons_visit_today_is_counted_but_not_named(db, admin, person):
    """Consent withdrawn, the record kept for the figures: today's list keeps the visit (the desk's
    count stays right) without the name or the note."""
    vid = visits.record_visit(db, admin, person, [ServiceCategory.LEGAL], note="Asked about a residence card")
    people.withdraw_consent(db, admin, person)
    [row] = visits.visits_on(db, admin)
    assert row.id == vid and row.restricted and row.person_id == person
    assert row.person_name is None and row.native_name is None and row.note is None
