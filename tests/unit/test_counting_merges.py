"""A person is counted once: a record merged into another counts with the final record of its
chain, in every figure, the workbook and the records behind each figure."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from wic_desk.domain.enums import (
    ActivityKind,
    AttendanceStatus,
    ConsultationKind,
    ContractKind,
    Role,
    ServiceCategory,
    Sex,
)
from wic_desk.reports import counting, rules
from wic_desk.services import activities as act
from wic_desk.services import consultations as cs
from wic_desk.services import drilldown, merge, outcomes, people, reports, visits
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import Person

A, B = dt.date(2024, 3, 1), dt.date(2024, 3, 31)


def at(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour))


@pytest.fixture
def merged_world(db, admin, make_staff, consent) -> dict:
    """Kasia registered three times (kept <- dup1 <- dup2, a chain), served under all three in March
    and under dup2 in February; Oleg once; Xavier and Yusuf merged into each other (a cycle)."""
    counsellor = make_staff(Role.COUNSELLOR)

    def person(given, sex, birth, citizenship):
        return people.register(db, admin, people.PersonInput(given_name=given, family_name="Test", sex=sex,
                                                             birth_date=birth, citizenship=citizenship), consent)

    kept = person("Kasia", Sex.FEMALE, dt.date(2006, 3, 10), "UA")  # 17 on March 5, 18 on March 10
    dup1 = person("Kasia-dup", Sex.MALE, dt.date(1950, 1, 1), "GE")
    dup2 = person("Kasia-dup2", Sex.MALE, None, "BY")
    oleg = person("Oleg", Sex.MALE, dt.date(1990, 1, 1), "RU")
    xavier = person("Xavier", Sex.MALE, dt.date(1985, 1, 1), "RU")
    yusuf = person("Yusuf", Sex.MALE, dt.date(1985, 1, 1), "RU")

    visits.record_visit(db, admin, dup2, [ServiceCategory.INFORMATION], when=at(dt.date(2024, 2, 10)))
    visits.record_visit(db, admin, kept, [ServiceCategory.INFORMATION], when=at(dt.date(2024, 3, 10)))
    visits.record_visit(db, admin, dup1, [ServiceCategory.INFORMATION], when=at(dt.date(2024, 3, 11)))
    visits.record_visit(db, admin, oleg, [ServiceCategory.LEGAL], when=at(dt.date(2024, 3, 12)))
    visits.record_visit(db, admin, xavier, [ServiceCategory.LEGAL], when=at(dt.date(2024, 3, 13)))
    visits.record_visit(db, admin, yusuf, [ServiceCategory.LEGAL], when=at(dt.date(2024, 3, 14)))
    cs.record(db, counsellor, dup1, cs.ConsultationInput(ConsultationKind.VOCATIONAL, dt.date(2024, 3, 5), 30))
    cs.record(db, counsellor, kept, cs.ConsultationInput(ConsultationKind.VOCATIONAL, dt.date(2024, 3, 15), 30))

    club = act.create(db, admin, act.ActivityInput(
        kind=ActivityKind.LANGUAGE_CLUB, title="Klub", sessions=[
            act.SessionInput(dt.date(2024, 3, 7), 2), act.SessionInput(dt.date(2024, 3, 14), 2)]))
    for pid in (kept, dup1, dup2):
        act.enrol(db, admin, club, pid)
    first, second = act.grid(db, admin, club).sessions
    act.mark(db, admin, first.id, dup1, AttendanceStatus.PRESENT)
    act.mark(db, admin, first.id, dup2, AttendanceStatus.PRESENT)
    act.mark(db, admin, second.id, kept, AttendanceStatus.PRESENT)

    outcomes.record(db, counsellor, kept, outcomes.OutcomeInput(dt.date(2024, 3, 12), ContractKind.EMPLOYMENT))
    outcomes.record(db, counsellor, dup1, outcomes.OutcomeInput(dt.date(2024, 3, 20), ContractKind.EMPLOYMENT))

    merge.merge_persons(db, admin, dup1, dup2)
    merge.merge_persons(db, admin, kept, dup1)
    with UnitOfWork(db, admin) as uow:  # two desks merged the pair both ways: a cycle, not yet settled
        uow.session.execute(update(Person).where(Person.id == xavier).values(merged_into=yusuf))
        uow.session.execute(update(Person).where(Person.id == yusuf).values(merged_into=xavier))
    return {"kept": kept, "dup1": dup1, "dup2": dup2, "oleg": oleg, "xavier": xavier, "yusuf": yusuf}


def test_final_ids_follow_chains_and_leave_cycles(db, merged_world):
    w = merged_world
    with db.read() as s:
        finals = counting.final_ids(s)
    kept = counting.final_of(finals, w["kept"])
    assert counting.final_of(finals, w["dup1"]) == kept and counting.final_of(finals, w["dup2"]) == kept
    assert counting.final_of(finals, w["xavier"]) != counting.final_of(finals, w["yusuf"])


def test_every_person_figure_counts_a_human_once(db, admin, merged_world):
    with db.read() as s:
        assert rules.count(s, "unique_persons_served", None, A, B) == 4  # Kasia, Oleg, Xavier, Yusuf
        assert rules.count(s, "unique_persons_stable_employment", None, A, B) == 1
        assert rules.count(s, "unique_persons_attended", None, A, B) == 1
        assert rules.count(s, "unique_persons_attended", "language_club", A, B) == 1
    values = {v.code: v.count for v in reports.indicator_values(db, admin, A, B)}
    assert values["stable_employment"] == 1


def test_the_disaggregation_uses_the_kept_record_and_the_first_service_of_any(db, admin, merged_world):
    report = reports.build_report_data(db, admin, A, B)
    assert report.unique_persons == 4
    # Kasia was first served in February under dup2: returning
    assert (report.new_persons, report.returning_persons) == (3, 1)
    tables = {t.dimension: {r.value: r.counts for r in t.rows}
              for t in [report.ages, *report.by_sex]}  # counts: (female, male, other)
    assert tables["New and returning"] == {"new": (0, 3, 0), "returning": (1, 0, 0)}
    # her age at her first March service (dup1's consultation on March 5), from her own birth date
    assert tables["Age group"]["12-17"] == (1, 0, 0)
    assert tables["Age group"]["60+"] == (0, 0, 0) and tables["Age group"]["unknown"] == (0, 0, 0)
    assert tables["Citizenship"] == {"Russia": (0, 3, 0), "Ukraine": (1, 0, 0)}
    services = {(s.source.split(" /")[0], s.kind): (s.services, s.unique_persons) for s in report.services}
    assert services[("visits", "Information")] == (2, 1)
    assert services[("visits", "Legal consultation")] == (3, 3)
    assert services[("consultations", "Vocational counselling")] == (2, 1)
    [club] = report.activities
    assert (club.sessions, club.participants) == (2, 1)
    codes = {e.code for e in report.employment}
    assert len(report.employment) == 2 and len(codes) == 1  # two jobs of one person, one code
    per_month = {(m.month, m.source): m.persons for m in reports.persons_per_month(db, admin, A, B)}
    assert per_month[("2024-03", "visit")] == 4
    assert per_month[("2024-03", "consultation")] == 1 and per_month[("2024-03", "attendance")] == 1


def test_the_records_behind_each_figure_are_one_row_per_human(db, admin, merged_world):
    from tests.unit.test_drilldown import CASES
    for rule, arg in CASES:
        d = drilldown.rule_records(db, admin, rule, arg, A, B)
        assert d.total == pytest.approx(d.figure), (rule, arg)
    served = drilldown.rule_records(db, admin, "unique_persons_served", None, A, B)
    assert sorted(r.name for r in served.rows) == ["Kasia Test", "Oleg Test", "Xavier Test", "Yusuf Test"]
    [kasia] = [r for r in served.rows if r.name == "Kasia Test"]
    assert kasia.person_id == merged_world["kept"]
    assert (kasia.on, kasia.kinds, kasia.times) == (dt.date(2024, 3, 5), ("visit", "consultation", "attendance"), 7)
    employed = drilldown.rule_records(db, admin, "unique_persons_stable_employment", None, A, B).rows
    assert [(r.name, r.times) for r in employed] == [("Kasia Test", 2)]
    sessions = drilldown.rule_records(db, admin, "sessions_held", None, A, B).rows
    assert [r.times for r in sessions] == [1, 1]  # dup1 and dup2 at the first session are one person
    consultations = drilldown.rule_records(db, admin, "consultations", None, A, B).rows
    assert [r.name for r in consultations] == ["Kasia Test", "Kasia Test"]


def test_the_employment_sheet_shows_one_code_per_human(db, admin, merged_world, tmp_path):
    out = reports.donor_report(db, admin, A, B, tmp_path / "donor.xlsx")
    ws = load_workbook(out)["Employment"]
    codes = [ws.cell(row=r, column=1).value for r in (5, 6)]
    assert codes[0] == codes[1] and codes[0].startswith("P-")


def test_the_employment_sheet_counts_stable_persons_not_outcomes(db, admin, merged_world, tmp_path):
    """Kasia's two stable jobs (one under a merged record) are one person with stable employment."""
    out = reports.donor_report(db, admin, A, B, tmp_path / "donor.xlsx")
    ws = load_workbook(out)["Employment"]
    totals = {row[0]: row[1] for row in ws.iter_rows(min_row=5, values_only=True) if row[0]}
    [stable] = [v for k, v in totals.items() if "stable" in k.lower()]
    assert stable == 1
    with db.read() as s:
        assert stable == rules.count(s, "unique_persons_stable_employment", None, A, B)


def test_a_human_with_a_restricted_record_is_counted_but_not_named(db, admin, merged_world):
    """A withdrawal of consent recorded on any of a human's records restricts the human's row."""
    with UnitOfWork(db, admin) as uow:
        uow.session.execute(update(Person).where(Person.id == merged_world["dup2"])
                            .values(consent_withdrawn_on=dt.date(2024, 4, 1)))
    served = drilldown.rule_records(db, admin, "unique_persons_served", None, A, B)
    assert len(served.rows) == served.figure == 4
    [hidden] = [r for r in served.rows if r.restricted]
    assert (hidden.name, hidden.person_id, hidden.times) == ("", None, 7)
