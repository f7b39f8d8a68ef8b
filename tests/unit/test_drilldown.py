"""The records behind every figure: as many rows as the counting rule gives (hours: their sum),
with names for the coordinator and none in the audit log."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

from wic_desk.domain.enums import (
    ActivityKind,
    AttendanceStatus,
    ConsultationKind,
    ContractKind,
    Role,
    ServiceCategory,
    Sex,
)
from wic_desk.domain.errors import NotFound, PermissionDenied
from wic_desk.reports import rules
from wic_desk.reports.counting import Scope
from wic_desk.services import activities as act
from wic_desk.services import consultations as cs
from wic_desk.services import drilldown, outcomes, people, projects, reports, visits
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import Activity, AuditEntry

A, B = dt.date(2024, 3, 1), dt.date(2024, 3, 31)
PERIOD = (dt.date(2023, 7, 1), dt.date(2024, 6, 15))


def at(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour))


def build_world(db, admin, make_staff, consent) -> dict:
    """A centre with known answers in March 2024 (inside the seed project's period): a person served
    twice, one enrolled but never present, a cancelled activity, a session nobody came to, stable
    and unstable jobs, consultations of two kinds, and records outside March."""
    counsellor = make_staff(Role.COUNSELLOR)
    lawyer = make_staff(Role.SPECIALIST, kind=ConsultationKind.LAWYER)

    def person(given, family, sex, birth=None, citizenship="UA", native=None):
        return people.register(db, admin, people.PersonInput(given_name=given, family_name=family, sex=sex,
                                                             birth_date=birth, citizenship=citizenship,
                                                             native_name=native), consent)

    olena = person("Olena", "Kovalchuk", Sex.FEMALE, dt.date(1985, 5, 5), native="Олена Ковальчук")
    dmytro = person("Dmytro", "Savchuk", Sex.MALE, dt.date(1979, 2, 2))
    giorgi = person("Giorgi", "Beridze", Sex.MALE, dt.date(1960, 9, 9), "GE")
    enrolled_only = person("Aliaksei", "Zhuk", Sex.MALE, None, "BY")
    person("Marta", "Unserved", Sex.FEMALE, dt.date(1992, 1, 1))

    visits.record_visit(db, admin, olena, [ServiceCategory.LEGAL], when=at(dt.date(2024, 3, 4)))
    visits.record_visit(db, admin, olena, [ServiceCategory.INFORMATION], when=at(dt.date(2024, 3, 18)))
    visits.record_visit(db, admin, giorgi, [ServiceCategory.ADMINISTRATIVE], when=at(dt.date(2024, 2, 12)))
    visits.record_anonymous_visit(db, admin, Sex.MALE, "18-59", "UA", [ServiceCategory.INFORMATION],
                                  when=at(dt.date(2024, 3, 6)))
    cs.record(db, counsellor, dmytro, cs.ConsultationInput(ConsultationKind.VOCATIONAL, dt.date(2024, 3, 5), 45))
    cs.record(db, counsellor, olena, cs.ConsultationInput(ConsultationKind.JOB_SEARCH, dt.date(2024, 3, 7), 30))
    cs.record(db, lawyer, giorgi, cs.ConsultationInput(ConsultationKind.LAWYER, dt.date(2024, 3, 8), 60))
    cs.record(db, counsellor, dmytro, cs.ConsultationInput(ConsultationKind.VOCATIONAL, dt.date(2024, 4, 2), 45))

    club = act.create(db, admin, act.ActivityInput(
        kind=ActivityKind.LANGUAGE_CLUB, title="Klub językowy — marzec", sessions=[
            act.SessionInput(dt.date(2024, 3, 7), 2), act.SessionInput(dt.date(2024, 3, 14), 2),
            act.SessionInput(dt.date(2024, 3, 21), 2)]))
    meeting = act.create(db, admin, act.ActivityInput(
        kind=ActivityKind.ADAPTATION_MEETING, title="Spotkanie adaptacyjne", sessions=[
            act.SessionInput(dt.date(2024, 3, 10), 3)]))
    festival = act.create(db, admin, act.ActivityInput(
        kind=ActivityKind.FESTIVAL_WORKSHOP, title="Warsztaty festiwalowe", tag="Skovoroda Fest 2023", sessions=[
            act.SessionInput(dt.date(2024, 3, 9), 3.5), act.SessionInput(dt.date(2024, 3, 16), 2.5)]))
    cancelled = act.create(db, admin, act.ActivityInput(
        kind=ActivityKind.LANGUAGE_CLUB, title="Odwołany klub", sessions=[act.SessionInput(dt.date(2024, 3, 8), 2)]))
    for aid in (club, meeting, festival, cancelled):
        for pid in (olena, dmytro, enrolled_only):
            act.enrol(db, admin, aid, pid)
    s_club = act.grid(db, admin, club).sessions
    act.mark(db, admin, s_club[0].id, olena, AttendanceStatus.PRESENT)
    act.mark(db, admin, s_club[0].id, dmytro, AttendanceStatus.PRESENT)
    act.mark(db, admin, s_club[1].id, olena, AttendanceStatus.PRESENT)
    act.mark(db, admin, s_club[2].id, enrolled_only, AttendanceStatus.ABSENT)  # not held
    act.mark(db, admin, act.grid(db, admin, meeting).sessions[0].id, dmytro, AttendanceStatus.PRESENT)
    s_fest = act.grid(db, admin, festival).sessions
    act.mark(db, admin, s_fest[0].id, olena, AttendanceStatus.PRESENT)
    act.mark(db, admin, s_fest[1].id, dmytro, AttendanceStatus.PRESENT)
    act.mark(db, admin, act.grid(db, admin, cancelled).sessions[0].id, olena, AttendanceStatus.PRESENT)
    with UnitOfWork(db, admin) as uow:
        uow.session.execute(update(Activity).where(Activity.id == cancelled).values(cancelled=True))

    outcomes.record(db, counsellor, olena, outcomes.OutcomeInput(dt.date(2024, 3, 18), ContractKind.EMPLOYMENT))
    outcomes.record(db, counsellor, olena, outcomes.OutcomeInput(dt.date(2024, 3, 25), ContractKind.MANDATE,
                                                                  duration_months=6))
    outcomes.record(db, counsellor, dmytro, outcomes.OutcomeInput(dt.date(2024, 3, 2), ContractKind.OTHER,
                                                                   duration_months=1))  # not stable
    outcomes.record(db, counsellor, giorgi, outcomes.OutcomeInput(dt.date(2023, 8, 1), ContractKind.EMPLOYMENT))
    return {"olena": olena, "dmytro": dmytro, "giorgi": giorgi, "enrolled_only": enrolled_only,
            "club": club, "meeting": meeting, "festival": festival, "cancelled": cancelled,
            "counsellor": counsellor}


@pytest.fixture
def world(db, admin, make_staff, consent):
    return build_world(db, admin, make_staff, consent)


# Every rule, with an argument where it takes one (and without: every kind).
CASES = [
    ("unique_persons_served", None),
    ("unique_persons_stable_employment", None),
    ("activities_held", None),
    ("activities_held", "adaptation_meeting"),
    ("activities_held", "language_club,festival_workshop"),
    ("sessions_held", "language_club"),
    ("sessions_held", None),
    ("hours_held", "festival_workshop"),
    ("hours_held", None),
    ("unique_persons_attended", None),
    ("unique_persons_attended", "adaptation_meeting"),
    ("consultations", None),
    ("consultations", "vocational"),
    ("consultations", "lawyer,job_search"),
    ("unique_persons_completed", None),
    ("unique_persons_completed", Scope(activity_kinds=("language_club",))),
    ("services", None),
    ("services", Scope(visit_reasons=("legal",), consultation_kinds=("lawyer",))),
    ("services", Scope(consultation_kinds=("lawyer",))),
    ("unique_persons_served", Scope(visit_reasons=("information",))),
]


def test_every_rule_has_cases():
    assert {rule for rule, _ in CASES} == set(rules.RULES)


def test_rows_equal_the_figure_for_every_rule(db, admin, world):
    for period in [(A, B), PERIOD, (dt.date(2024, 3, 8), dt.date(2024, 3, 9)), (dt.date(2024, 5, 1), dt.date(2024, 5, 31))]:
        for rule, arg in CASES:
            d = drilldown.rule_records(db, admin, rule, arg, *period)
            with db.read() as s:
                expected = rules.count(s, rule, arg, *period)
            where = (rule, arg, period)
            assert d.figure == expected, where
            assert d.total == pytest.approx(expected), where
            if rule == "hours_held":
                assert sum(r.hours for r in d.rows) == pytest.approx(expected), where
            elif rule == "services":
                assert sum(r.times for r in d.rows) == expected, where
            else:
                assert len(d.rows) == expected, where
            assert d.complete


def test_known_answers_in_march(db, admin, world):
    def names(rule, arg=None):
        return sorted(r.name for r in drilldown.rule_records(db, admin, rule, arg, A, B).rows)

    assert names("unique_persons_served") == ["Dmytro Savchuk", "Giorgi Beridze", "Olena Kovalchuk (Олена Ковальчук)"]
    assert names("unique_persons_stable_employment") == ["Olena Kovalchuk (Олена Ковальчук)"]
    assert names("unique_persons_attended", "adaptation_meeting") == ["Dmytro Savchuk"]
    assert names("activities_held") == ["Klub językowy — marzec", "Spotkanie adaptacyjne", "Warsztaty festiwalowe"]
    sessions = drilldown.rule_records(db, admin, "sessions_held", "language_club", A, B)
    assert [(r.on, r.times, r.hours) for r in sessions.rows] == [(dt.date(2024, 3, 7), 2, 2.0),
                                                                 (dt.date(2024, 3, 14), 1, 2.0)]
    served = {r.person_id: r for r in drilldown.rule_records(db, admin, "unique_persons_served", None, A, B).rows}
    olena = served[world["olena"]]
    assert olena.on == dt.date(2024, 3, 4)
    assert olena.kinds == ("visit", "consultation", "attendance")
    assert olena.times == 2 + 1 + 3  # two visits, a consultation, three sessions (the cancelled one not)
    employed = drilldown.rule_records(db, admin, "unique_persons_stable_employment", None, A, B).rows[0]
    assert (employed.times, employed.kinds) == (2, ("employment", "mandate"))
    lawyer = drilldown.rule_records(db, admin, "consultations", "lawyer", A, B).rows
    assert [(r.name, r.kinds, r.hours) for r in lawyer] == [("Giorgi Beridze", ("lawyer",), 1.0)]


def test_indicator_records_match_the_dashboard_values(db, admin, world):
    values = reports.indicator_values(db, admin)
    assert values
    for v in values:
        d = drilldown.records(db, admin, v.code)
        assert (d.date_from, d.date_to) == PERIOD
        assert d.title == v.title
        assert d.figure == v.count and d.total == pytest.approx(v.count)
    d = drilldown.records(db, admin, "stable_employment")
    assert len(d.rows) == 2  # Olena in March, Giorgi in August 2023


def test_drilldown_is_audited_without_names(db, admin, world):
    drilldown.records(db, admin, "stable_employment", A, B)
    with db.read() as s:
        entries = s.execute(select(AuditEntry.detail, AuditEntry.person_id)
                            .where(AuditEntry.action == "report.drilldown")).all()
    assert [tuple(e) for e in entries] == [("stable_employment 2024-03-01..2024-03-31", None)]


def test_coordinators_only_and_unknown_codes(db, admin, make_staff, world):
    coordinator = make_staff(Role.COORDINATOR)
    assert drilldown.records(db, coordinator, "language_club", A, B).figure == 2
    for role in (Role.RECEPTIONIST, Role.COUNSELLOR):
        with pytest.raises(PermissionDenied):
            drilldown.records(db, make_staff(role), "language_club", A, B)
    with pytest.raises(NotFound):
        drilldown.records(db, admin, "no_such_code", A, B)


def test_a_new_indicator_drills_down_too(db, admin, world):
    project = projects.list_projects(db, admin)[0]
    projects.add_indicator(db, admin, project.id, projects.IndicatorInput(
        "persons_served", "Persons served", 500, "unique_persons_served"))
    d = drilldown.records(db, admin, "persons_served", A, B)
    assert len(d.rows) == d.figure == 3


def test_each_counting_rule_is_defined_once():
    """One object per rule gives its label, unit, figure and records: the dashboard, the drill-down
    and the indicator editor all take it from ``reports.rules``; the drill-down holds no SQL of its own."""
    import inspect

    from wic_desk.reports import rules as rule_module
    assert projects.RULE_INFO is rule_module.RULES
    for code, rule in rule_module.RULES.items():
        assert rule.code == code and rule.label and callable(rule.count) and callable(rule.records)
        assert rule.unit in (drilldown.PERSON, drilldown.ACTIVITY, drilldown.SESSION, drilldown.CONSULTATION,
                             drilldown.SERVICE)
    assert "SELECT" not in inspect.getsource(drilldown)
