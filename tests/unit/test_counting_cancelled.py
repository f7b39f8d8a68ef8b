"""Only what happened counts: presence at a session of an activity later cancelled is no service,
not in the period nor before it (new or returning), and no session or hour was held."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update

from wic_desk.domain.enums import ActivityKind, AttendanceStatus, ServiceCategory, Sex
from wic_desk.reports import rules
from wic_desk.services import activities as act
from wic_desk.services import drilldown, people, reports, visits
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import Activity

A, B = dt.date(2024, 3, 1), dt.date(2024, 3, 31)


def test_a_cancelled_activity_counts_nowhere(db, admin, consent):
    nadia = people.register(db, admin, people.PersonInput(given_name="Nadia", family_name="Test", sex=Sex.FEMALE,
                                                          birth_date=dt.date(1990, 1, 1), citizenship="UA"), consent)
    only_cancelled = people.register(db, admin, people.PersonInput(given_name="Ivan", family_name="Test",
                                                                   sex=Sex.MALE, citizenship="UA"), consent)
    cancelled = act.create(db, admin, act.ActivityInput(
        kind=ActivityKind.LANGUAGE_CLUB, title="Odwołany", sessions=[
            act.SessionInput(dt.date(2024, 2, 8), 2), act.SessionInput(dt.date(2024, 3, 8), 2)]))
    february, march = act.grid(db, admin, cancelled).sessions
    for pid in (nadia, only_cancelled):
        act.enrol(db, admin, cancelled, pid)
    act.mark(db, admin, february.id, nadia, AttendanceStatus.PRESENT)
    act.mark(db, admin, march.id, only_cancelled, AttendanceStatus.PRESENT)
    with UnitOfWork(db, admin) as uow:
        uow.session.execute(update(Activity).where(Activity.id == cancelled).values(cancelled=True))
    visits.record_visit(db, admin, nadia, [ServiceCategory.INFORMATION],
                        when=dt.datetime(2024, 3, 12, 10))

    report = reports.build_report_data(db, admin, A, B)
    # Nadia's only earlier "service" is the cancelled February session: she is new in March
    assert (report.unique_persons, report.new_persons, report.returning_persons) == (1, 1, 0)
    assert report.activities == []
    with db.read() as s:
        for rule in ("sessions_held", "hours_held", "activities_held", "unique_persons_attended"):
            assert rules.count(s, rule, None, A, B) == 0, rule
        assert rules.count(s, "unique_persons_served", None, A, B) == 1
        assert rules.count(s, "unique_persons_served", None, dt.date(2024, 2, 1), dt.date(2024, 2, 29)) == 0
    assert [r.name for r in drilldown.rule_records(db, admin, "unique_persons_served", None, A, B).rows] == \
        ["Nadia Test"]
    assert drilldown.rule_records(db, admin, "sessions_held", None, A, B).rows == ()


def test_a_cancelled_session_counts_nowhere(db, admin, consent):
    olena = people.register(db, admin, people.PersonInput(given_name="Olena", family_name="Test", sex=Sex.FEMALE,
                                                          citizenship="UA"), consent)
    club = act.create(db, admin, act.ActivityInput(kind=ActivityKind.LANGUAGE_CLUB, title="Klub", sessions=[
        act.SessionInput(dt.date(2024, 3, 7), 2), act.SessionInput(dt.date(2024, 3, 14), 3)]))
    first, second = act.grid(db, admin, club).sessions
    act.enrol(db, admin, club, olena)
    act.mark(db, admin, first.id, olena, AttendanceStatus.PRESENT)
    act.mark(db, admin, second.id, olena, AttendanceStatus.PRESENT)
    with db.read() as s:
        assert (rules.count(s, "sessions_held", None, A, B), rules.count(s, "hours_held", None, A, B)) == (2, 5)
    act.cancel_session(db, admin, first.id, "Sala zajęta")  # marked before, cancelled after: it did not happen
    with db.read() as s:
        assert rules.count(s, "sessions_held", None, A, B) == 1
        assert rules.count(s, "hours_held", None, A, B) == 3
        assert rules.count(s, "unique_persons_served", None, dt.date(2024, 3, 1), dt.date(2024, 3, 10)) == 0
    assert [r.hours for r in drilldown.rule_records(db, admin, "hours_held", None, A, B).rows] == [3]
