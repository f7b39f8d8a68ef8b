"""Projects and indicators: coordinators edit them through the unit of work; the dashboard's and
reports' figures follow the current project's indicators."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from wic_desk.domain.enums import ConsultationKind, Role
from wic_desk.domain.errors import FormErrors, NotFound, PermissionDenied, ValidationError
from wic_desk.reports import rules
from wic_desk.reports.counting import Scope
from wic_desk.services import projects, reports
from wic_desk.services.setup import SEED_INDICATORS
from wic_desk.store.models import AuditEntry, ChangeLogEntry, Indicator

P1 = dt.date(2024, 7, 1)
P2 = dt.date(2025, 6, 30)


def new_project(name="Centrum Integracji 2024/25", **kw) -> projects.ProjectInput:
    return projects.ProjectInput(name=name, period_start=P1, period_end=P2, donor="IOM", **kw)


def test_the_seed_project_is_listed_with_its_indicators(db, admin):
    [seed] = projects.list_projects(db, admin)
    assert seed.current and seed.donor == "IOM"
    assert (seed.period_start, seed.period_end) == (dt.date(2023, 7, 1), dt.date(2024, 6, 15))
    assert [i.code for i in seed.indicators] == [code for code, *_ in SEED_INDICATORS]
    assert seed.stable_contract_kinds == ("employment",) and seed.stable_min_months == 3
    assert projects.format_age_brackets(seed.age_brackets) == "0-4, 5-11, 12-17, 18-59, 60+"


def test_create_edit_and_make_current(db, admin, make_staff):
    coordinator = make_staff(Role.COORDINATOR)
    pid = projects.create_project(db, coordinator, new_project(funding_line_pl=" Finansowanie ",
                                                                age_brackets=[[0, 17], [18, None]]))
    row = projects.get_project(db, coordinator, pid)
    assert not row.current and row.funding_line_pl == "Finansowanie"
    assert row.age_brackets == ((0, 17), (18, None))
    projects.set_current(db, coordinator, pid)
    listed = projects.list_projects(db, coordinator)
    assert [p.current for p in listed] == [True, False] and listed[0].id == pid
    assert reports.current_project(db).id == pid

    data = new_project("Centrum 2024/25 (aneks)", stable_contract_kinds=["employment", "mandate"],
                       stable_min_months=None)
    projects.update_project(db, coordinator, pid, data)
    row = projects.get_project(db, coordinator, pid)
    assert row.name == "Centrum 2024/25 (aneks)"
    assert row.stable_contract_kinds == ("employment", "mandate") and row.stable_min_months is None
    with db.read() as s:
        actions = s.execute(select(AuditEntry.action).where(AuditEntry.record_id == pid)).scalars().all()
        logged = s.execute(select(func.count()).select_from(ChangeLogEntry)
                           .where(ChangeLogEntry.record_id == pid)).scalar_one()
    assert actions == ["project.create", "project.current", "project.update"]
    assert logged >= 3  # created, made current, edited: each through the change log


def test_a_first_project_becomes_current(db, admin):
    [seed] = projects.list_projects(db, admin)
    with pytest.raises(NotFound):
        projects.get_project(db, admin, projects.uuid.uuid4())
    pid = projects.create_project(db, admin, new_project(), make_current=True)
    assert {p.id: p.current for p in projects.list_projects(db, admin)} == {pid: True, seed.id: False}


def test_indicators_add_edit_move_remove_and_the_dashboard_follows(db, admin):
    [seed] = projects.list_projects(db, admin)
    club = next(i for i in seed.indicators if i.code == "language_club")
    projects.update_indicator(db, admin, club.id, projects.IndicatorInput(
        "language_club", "Language-club meetings", 24, "sessions_held", "language_club"))
    new_id = projects.add_indicator(db, admin, seed.id, projects.IndicatorInput(
        "consultations_legal", "Legal consultations", 40, "consultations", "legal, lawyer"))
    values = {v.code: v for v in reports.indicator_values(db, admin)}
    assert values["language_club"].target == 24
    assert values["consultations_legal"].target == 40
    # the kinds are kept in the scope, in their canonical order
    assert values["consultations_legal"].scope == Scope(consultation_kinds=("legal", "lawyer"))
    assert values["consultations_legal"].rule_arg is None and values["language_club"].rule_arg is None
    assert values["language_club"].scope == Scope(activity_kinds=("language_club",))
    projects.move_indicator(db, admin, new_id, -1)
    assert [v.code for v in reports.indicator_values(db, admin)][-2:] == ["consultations_legal", "polish_course"]
    projects.remove_indicator(db, admin, new_id)
    assert "consultations_legal" not in {v.code for v in reports.indicator_values(db, admin)}
    with db.read() as s:
        assert s.get(Indicator, new_id).deleted  # a tombstone, not a deletion
    with pytest.raises(NotFound):
        projects.remove_indicator(db, admin, new_id)
    # the code is free again once removed
    projects.add_indicator(db, admin, seed.id, projects.IndicatorInput(
        "consultations_legal", "Legal consultations", 40, "consultations", "legal"))


def test_person_rules_drop_an_argument(db, admin):
    [seed] = projects.list_projects(db, admin)
    iid = projects.add_indicator(db, admin, seed.id, projects.IndicatorInput(
        "served", "Persons served", 1000, "unique_persons_served", "language_club"))
    assert projects.get_project(db, admin, seed.id).indicators[-1].rule_arg is None
    assert projects.get_project(db, admin, seed.id).indicators[-1].id == iid


@pytest.mark.parametrize(("data", "field"), [
    (projects.IndicatorInput("", "T", 1, "consultations"), "code"),
    (projects.IndicatorInput("Big Code", "T", 1, "consultations"), "code"),
    (projects.IndicatorInput("ok", " ", 1, "consultations"), "title"),
    (projects.IndicatorInput("ok", "T", -1, "consultations"), "target"),
    (projects.IndicatorInput("ok", "T", projects.MAX_TARGET + 1, "consultations"), "target"),
    (projects.IndicatorInput("ok", "T", 5, "services", scope={"visit_reasons": ["karaoke"]}), "visit_reasons"),
    (projects.IndicatorInput("ok", "T", 5, "services", scope={"consultation_kinds": ["karaoke"]}),
     "consultation_kinds"),
    (projects.IndicatorInput("ok", "T", 5, "hours_held", scope={"colour": "red"}), "scope"),
    (projects.IndicatorInput("ok", "T", 5, "hours_held", scope={"tag": "x" * 101}), "tag"),
    (projects.IndicatorInput("ok", "T", 5, "hours_held", scope={"activities": ["not an id"]}), "activities"),
    (projects.IndicatorInput("ok", "T", 5, "hours_held", scope={"activities": [str(projects.uuid.uuid4())]}),
     "activities"),
    (projects.IndicatorInput("ok", "T", 5, "no_such_rule"), "rule"),
    (projects.IndicatorInput("ok", "T", 5, "activities_held", "language_club,karaoke"), "rule_arg"),
    (projects.IndicatorInput("ok", "T", 5, "consultations", "language_club"), "rule_arg"),
    (projects.IndicatorInput("language_club", "T", 5, "consultations"), "code"),  # taken
])
def test_indicator_validation(db, admin, data, field):
    [seed] = projects.list_projects(db, admin)
    with pytest.raises(ValidationError) as info:
        projects.add_indicator(db, admin, seed.id, data)
    assert info.value.field == field


def test_project_validation(db, admin):
    with pytest.raises(ValidationError) as info:
        projects.create_project(db, admin, projects.ProjectInput("X", P2, P1))
    assert info.value.field == "period_end"
    with pytest.raises(FormErrors) as several:
        projects.create_project(db, admin, projects.ProjectInput(" ", P2, P1, stable_contract_kinds=[],
                                                                 stable_min_months=None))
    assert set(several.value.errors) == {"name", "period_end", "stable_rule"}
    with pytest.raises(ValidationError) as info:
        projects.create_project(db, admin, new_project(stable_min_months=0))
    assert info.value.field == "stable_rule"
    assert len(projects.list_projects(db, admin)) == 1  # nothing written


@pytest.mark.parametrize(("text", "expected"), [
    ("0-4, 5-11, 12-17, 18-59, 60+", [[0, 4], [5, 11], [12, 17], [18, 59], [60, None]]),
    ("0–17; 18+", [[0, 17], [18, None]]),
    (" 0-64 ", [[0, 64]]),
])
def test_age_brackets_parse(text, expected):
    assert projects.parse_age_brackets(text) == expected
    assert projects.parse_age_brackets(projects.format_age_brackets(expected)) == expected


@pytest.mark.parametrize("text", ["", "0-4, 3-10", "60+, 0-4", "10-5", "18+, 70+", "kids", "0-200"])
def test_age_brackets_refused(text):
    with pytest.raises(ValidationError) as info:
        projects.parse_age_brackets(text)
    assert info.value.field == "age_brackets"


def test_only_coordinators_and_admins(db, admin, make_staff):
    [seed] = projects.list_projects(db, admin)
    for role, kind in ((Role.RECEPTIONIST, None), (Role.COUNSELLOR, None),
                       (Role.SPECIALIST, ConsultationKind.PSYCHOLOGIST)):
        who = make_staff(role, kind=kind)
        with pytest.raises(PermissionDenied):
            projects.list_projects(db, who)
        with pytest.raises(PermissionDenied):
            projects.create_project(db, who, new_project())
        with pytest.raises(PermissionDenied):
            projects.add_indicator(db, who, seed.id, projects.IndicatorInput("x", "X", 1, "consultations"))
        with pytest.raises(PermissionDenied):
            projects.set_current(db, who, seed.id)


def test_every_counting_rule_is_offered():
    assert {r.code for r in projects.rule_choices()} == set(rules.RULES)
    assert "language_club" in projects.argument_values("sessions_held")
    assert "lawyer" in projects.argument_values("consultations")
    assert projects.argument_values("unique_persons_served") == []
