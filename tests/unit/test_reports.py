"""Donor counting with known answers, and the workbook read back with openpyxl."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from tests import rawdb
from wic_desk.domain.enums import (
    ActivityKind,
    AttendanceStatus,
    ConsultationKind,
    ContractKind,
    Role,
    ServiceCategory,
    Sex,
)
from wic_desk.domain.errors import PermissionDenied, ValidationError
from wic_desk.services import activities as act
from wic_desk.services import consultations as cs
from wic_desk.services import outcomes, people, reports, visits
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import Activity

A, B = dt.date(2024, 3, 1), dt.date(2024, 3, 31)


def at(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour))


@pytest.fixture
def world(db, admin, make_staff, consent):
    """A small centre with known answers for March 2024."""
    counsellor = make_staff(Role.COUNSELLOR)

    def person(given, family, sex, birth=None, citizenship="UA"):
        return people.register(db, admin, people.PersonInput(given_name=given, family_name=family, sex=sex,
                                                             birth_date=birth, citizenship=citizenship), consent)

    twice = person("Iryna", "Tkachenko", Sex.FEMALE, dt.date(1980, 1, 1))            # served twice in March
    birthday = person("Maksym", "Rudenko", Sex.MALE, dt.date(2006, 3, 15))           # 17 on Mar 1, 18 on Mar 20
    returning = person("Nino", "Gelashvili", Sex.FEMALE, dt.date(1950, 6, 1), "GE")  # served in February too
    enrolled_only = person("Pavel", "Sidorov", Sex.MALE, None, "RU")                 # enrolled, never present
    person("Anna", "Unserved", Sex.FEMALE, dt.date(1990, 1, 1))                      # registered only

    visits.record_visit(db, admin, twice, [ServiceCategory.LEGAL, ServiceCategory.INFORMATION], when=at(A))
    cs.record(db, counsellor, twice, cs.ConsultationInput(ConsultationKind.VOCATIONAL, dt.date(2024, 3, 5)))
    visits.record_visit(db, admin, birthday, [ServiceCategory.INFORMATION], when=at(dt.date(2024, 3, 1)))
    visits.record_visit(db, admin, birthday, [ServiceCategory.INFORMATION], when=at(dt.date(2024, 3, 20)))
    visits.record_visit(db, admin, returning, [ServiceCategory.ADMINISTRATIVE], when=at(dt.date(2024, 2, 10)))
    visits.record_visit(db, admin, returning, [ServiceCategory.ADMINISTRATIVE], when=at(dt.date(2024, 3, 12)))
    visits.record_anonymous_visit(db, admin, Sex.MALE, "18-59", "UA", [ServiceCategory.INFORMATION], when=at(A, 11))

    club = act.create(db, admin, act.ActivityInput(
        kind=ActivityKind.LANGUAGE_CLUB, title="Klub językowy", sessions=[
            act.SessionInput(dt.date(2024, 3, 7), 2), act.SessionInput(dt.date(2024, 3, 14), 2),
            act.SessionInput(dt.date(2024, 3, 21), 2)]))
    cancelled = act.create(db, admin, act.ActivityInput(
        kind=ActivityKind.LANGUAGE_CLUB, title="Odwołany", sessions=[act.SessionInput(dt.date(2024, 3, 8), 2)]))
    festival = act.create(db, admin, act.ActivityInput(
        kind=ActivityKind.FESTIVAL_WORKSHOP, title="Festiwal", sessions=[act.SessionInput(dt.date(2024, 3, 9), 3.5)],
        tag="Skovoroda Fest 2023"))
    for aid in (club, cancelled, festival):
        for pid in (twice, enrolled_only):
            act.enrol(db, admin, aid, pid)
    club_sessions = act.grid(db, admin, club).sessions
    act.mark(db, admin, club_sessions[0].id, twice, AttendanceStatus.PRESENT)
    act.mark(db, admin, club_sessions[1].id, twice, AttendanceStatus.PRESENT)
    act.mark(db, admin, club_sessions[2].id, enrolled_only, AttendanceStatus.ABSENT)  # session 3 not held
    act.mark(db, admin, act.grid(db, admin, cancelled).sessions[0].id, twice, AttendanceStatus.PRESENT)
    act.mark(db, admin, act.grid(db, admin, festival).sessions[0].id, twice, AttendanceStatus.PRESENT)
    with UnitOfWork(db, admin) as uow:
        uow.session.execute(update(Activity).where(Activity.id == cancelled).values(cancelled=True))

    outcomes.record(db, counsellor, twice, outcomes.OutcomeInput(dt.date(2024, 3, 18), ContractKind.EMPLOYMENT))
    outcomes.record(db, counsellor, twice, outcomes.OutcomeInput(dt.date(2024, 3, 25), ContractKind.MANDATE,
                                                                  duration_months=6))
    outcomes.record(db, counsellor, returning, outcomes.OutcomeInput(dt.date(2024, 3, 2), ContractKind.OTHER,
                                                                      duration_months=1))
    return {"twice": twice, "birthday": birthday, "returning": returning, "enrolled_only": enrolled_only}


def test_indicators_count_what_was_held_and_unique_persons(db, admin, world):
    values = {v.code: v.count for v in reports.indicator_values(db, admin, A, B)}
    assert values == {
        "stable_employment": 1,        # one person, two stable jobs; the other job is not stable
        "adaptation_meetings": 0, "adaptation_meetings_ua": 0, "integration_workshops": 0,
        "festival_hours": 3.5,         # the festival session (tagged Skovoroda Fest 2023) was held
        "language_club": 2,            # two club sessions had someone present; the cancelled one never counts
        "vocational_counselling": 1,   # one vocational consultation
        "legal_administrative": 2,     # a visit for legal help (with information) and one administrative
        "job_search_support": 0, "lawyer": 0, "psychologist": 0, "tax_advisor": 0,
        "online_course": 0, "polish_course": 0,
    }


def test_persons_served_new_returning_and_age_at_first_service(db, admin, world):
    report = reports.build_report_data(db, admin, A, B)
    assert report.unique_persons == 3               # enrolled-only and registered-only are not served
    assert (report.new_persons, report.returning_persons) == (2, 1)
    assert report.anonymous_visits == 1
    ages = {row.value: row.counts for row in report.ages.rows}  # (female, male, other)
    assert ages["12-17"] == (0, 1, 0)               # 17 at the first March service, 18 later in March
    assert ages["18-59"] == (1, 0, 0) and ages["60+"] == (1, 0, 0)
    assert [sum(column) for column in zip(*ages.values(), strict=True)] == [2, 1, 0]
    citizenship = {row.value: row.counts for row in report.by_sex[0].rows}
    assert citizenship == {"Ukraine": (1, 1, 0), "Georgia": (1, 0, 0)}
    services = {(s.source.split(" /")[0], s.kind): (s.services, s.unique_persons) for s in report.services}
    assert services[("visits", "Information")] == (4, 2)   # the anonymous visit is a service, not a person
    assert services[("visits", "Legal consultation")] == (1, 1)
    assert services[("consultations", "Vocational counselling")] == (1, 1)
    [club] = [a for a in report.activities if a.title == "Klub językowy"]
    assert (club.sessions, club.hours, club.participants) == (2, 4.0, 1)
    assert not [a for a in report.activities if a.title == "Odwołany"]
    assert [e.stable for e in report.employment] == [False, True, True]
    assert all(e.code.startswith("P-") for e in report.employment)


def test_figures_equal_plain_sql(db, admin, world):
    report = reports.build_report_data(db, admin, A, B)
    with rawdb.connect(db.path, db.key) as conn:
        persons = conn.execute("""
            SELECT COUNT(DISTINCT pid) FROM (
              SELECT person_id pid FROM visits WHERE person_id IS NOT NULL AND visit_date BETWEEN '2024-03-01' AND '2024-03-31'
              UNION SELECT person_id FROM consultations WHERE held_on BETWEEN '2024-03-01' AND '2024-03-31'
              UNION SELECT a.person_id FROM attendance a JOIN activity_sessions s ON s.id = a.session_id
                    JOIN activities t ON t.id = s.activity_id
                    WHERE a.status = 'present' AND t.cancelled = 0 AND s.held_on BETWEEN '2024-03-01' AND '2024-03-31')
        """).fetchone()[0]
        visits_total = conn.execute(
            "SELECT COUNT(*) FROM visits WHERE visit_date BETWEEN '2024-03-01' AND '2024-03-31'").fetchone()[0]
    assert report.unique_persons == persons
    # reasons are a list: the visits sheet counts reason-services; each visit has one or more
    assert sum(s.services for s in report.services if s.source.startswith("visits")) >= visits_total


def test_workbook_read_back(db, admin, world, tmp_path):
    out = reports.donor_report(db, admin, A, B, tmp_path / "donor.xlsx")
    wb = load_workbook(out)
    assert wb.sheetnames == ["Summary", "Persons", "Services", "Services by group", "Activities", "Employment",
                            "Data quality"]
    for ws in wb.worksheets:
        assert ws["A1"].value and ws["A1"].font.bold
        assert ws.freeze_panes == "A5"
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A4")
        assert ws.cell(row=4, column=1).font.bold
    summary = wb["Summary"]
    assert summary["D5"].value == '=IF(C5>0,B5/C5,"")'  # no target: the share blank
    assert summary._charts, "the summary has a chart"
    # an indicator without a target (0): counted, its share left blank (no division by zero)
    lawyer = next(r for r in range(5, summary.max_row + 1) if summary.cell(row=r, column=1).value == "Lawyer (services)")
    assert summary.cell(row=lawyer, column=3).value == 0
    assert summary.cell(row=lawyer, column=4).value == f'=IF(C{lawyer}>0,B{lawyer}/C{lawyer},"")'
    persons = wb["Persons"]
    totals = [row for row in persons.iter_rows(min_row=5, values_only=True) if row[0] == "Total"]
    assert len(totals) == 5 and all(str(t[4]).startswith("=SUM(") for t in totals)  # ages and four by sex
    employment = wb["Employment"]
    codes = [employment.cell(row=r, column=1).value for r in range(5, 8)]
    assert all(c.startswith("P-") for c in codes)
    assert "Tkachenko" not in str([[c.value for c in row] for ws in wb.worksheets for row in ws.iter_rows()])
    wb_values = load_workbook(out, data_only=True)  # formulas have no cached values until Excel opens it
    assert wb_values["Summary"]["B5"].value == 1


def test_report_is_for_coordinators_and_checks_its_input(db, admin, make_staff, world, tmp_path):
    with pytest.raises(PermissionDenied):
        reports.donor_report(db, make_staff(Role.RECEPTIONIST), A, B, tmp_path / "x.xlsx")
    with pytest.raises(ValidationError):
        reports.donor_report(db, admin, B, A, tmp_path / "x.xlsx")
    with pytest.raises(ValidationError):
        reports.monthly_report(db, admin, "2024-13", tmp_path / "x.xlsx")
    assert not list(tmp_path.glob("*.xlsx"))


def test_monthly_report_and_chart_data(db, admin, world, tmp_path):
    out = reports.monthly_report(db, admin, "2024-03", tmp_path / "m.xlsx")
    assert "2024-03" in load_workbook(out)["Summary"]["A1"].value
    per_month = {(m.month, m.source): m.persons for m in reports.persons_per_month(db, admin, dt.date(2024, 2, 1), B)}
    assert per_month[("2024-02", "visit")] == 1 and per_month[("2024-03", "visit")] == 3
    assert per_month[("2024-03", "attendance")] == 1


def test_a_merge_counts_the_duplicate_with_the_kept_person(db, admin, world):
    """A merge changes the figures of every period, closed or not: the duplicate is the same human."""
    from wic_desk.services import merge
    before = reports.build_report_data(db, admin, A, B)
    merge.merge_persons(db, admin, world["twice"], world["birthday"])
    after = reports.build_report_data(db, admin, A, B)
    assert (after.unique_persons, after.new_persons, after.returning_persons) == (
        before.unique_persons - 1, before.new_persons - 1, before.returning_persons)


def test_a_closed_period_keeps_its_figures_after_anonymisation(db, admin, world):
    before = reports.build_report_data(db, admin, A, B)
    people.anonymise(db, admin, world["twice"])
    after = reports.build_report_data(db, admin, A, B)
    assert (after.unique_persons, after.new_persons, after.anonymous_visits) == (
        before.unique_persons, before.new_persons, before.anonymous_visits)
    assert [(i.title, i.count) for i in after.indicators] == [(i.title, i.count) for i in before.indicators]
    assert (after.ages, after.by_sex) == (before.ages, before.by_sex)


def test_titles_that_look_like_formulas_stay_text_in_the_workbook(db, admin, world, tmp_path):
    """OWASP (CSV injection): an activity titled like a formula is written as text; only the
    workbook's own totals and checks are formulas."""
    evil = "=HYPERLINK(\"http://example.invalid\",\"Klik\")"
    club = act.create(db, admin, act.ActivityInput(
        kind=ActivityKind.LANGUAGE_CLUB, title=evil, sessions=[act.SessionInput(dt.date(2024, 3, 28), 2)]))
    act.enrol(db, admin, club, world["twice"])
    act.mark(db, admin, act.grid(db, admin, club).sessions[0].id, world["twice"], AttendanceStatus.PRESENT)
    out = reports.donor_report(db, admin, A, B, tmp_path / "donor.xlsx")
    wb = load_workbook(out)
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
    assert evil in [c.value for c in cells if c.data_type == "s"]
    ours = ("=IF(", "=SUM(", "=SUMIF(", "=COUNTA(", "=COUNTIF(", "=B", "=C")
    formulas = [c.value for c in cells if c.data_type == "f"]
    assert formulas and all(f.startswith(ours) for f in formulas), formulas
    assert "HYPERLINK" not in " ".join(formulas)


def test_the_employment_sheet_counts_persons_with_stable_jobs_not_outcomes(db, admin, world, tmp_path):
    """Iryna's two stable jobs make one person with stable employment (the indicator's figure)."""
    out = reports.donor_report(db, admin, A, B, tmp_path / "donor.xlsx")
    rows = [row for row in load_workbook(out)["Employment"].iter_rows(min_row=5, values_only=True) if row[0]]
    [stable] = [row[1] for row in rows if "stable" in str(row[0]).lower()]
    assert stable == 1 == {v.code: v.count for v in reports.indicator_values(db, admin, A, B)}["stable_employment"]
