"""The donor's disaggregation (issue 12) with known answers: persons by age group and sex, by
citizenship, disability, residence status and new/returning by sex, services by kind, age group
and sex, and the data-quality sheet. Every cell is worked out by hand below from the data the
fixture records (not by the app's counting), then compared with the workbook read back with
openpyxl: the numbers as values, the totals as the formulas' text and, when LibreOffice is
installed, as the values LibreOffice computes from them."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from wic_desk.domain.enums import (
    ConsultationKind,
    Disability,
    ResidenceStatus,
    Role,
    ServiceCategory,
    Sex,
)
from wic_desk.services import consultations as cs
from wic_desk.services import merge, people, reports, visits
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import Visit

A, B = dt.date(2024, 3, 1), dt.date(2024, 3, 31)
AGES = ["0-4", "5-11", "12-17", "18-59", "60+", "unknown"]


def at(day: int, month: int = 3) -> dt.datetime:
    return dt.datetime(2024, month, day, 10)


@pytest.fixture
def world(db, admin, make_staff, consent):
    """March 2024. Iryna was registered twice: her duplicate (a man of 64 from Georgia on paper)
    is merged into her record, so he is Iryna in every table. Taras turns 18 on March 15, after
    his first service. Alex has no birth date, no citizenship, and a visit whose reasons were
    lost. Nino was served in February too (returning). Anna is registered only."""
    counsellor = make_staff(Role.COUNSELLOR)

    def person(given, sex, birth, citizenship, disability, residence):
        return people.register(db, admin, people.PersonInput(
            given_name=given, family_name="Test", sex=sex, birth_date=birth, citizenship=citizenship,
            disability=disability, residence_status=residence), consent)

    iryna = person("Iryna", Sex.FEMALE, dt.date(1990, 5, 1), "UA", Disability.WITH,
                   ResidenceStatus.TEMPORARY_PROTECTION)
    dup = person("Iryna-dup", Sex.MALE, dt.date(1960, 1, 1), "GE", Disability.WITHOUT, ResidenceStatus.VISA)
    taras = person("Taras", Sex.MALE, dt.date(2006, 3, 15), "GE", Disability.WITHOUT, None)
    alex = person("Alex", Sex.OTHER, None, None, Disability.NOT_ASKED, ResidenceStatus.VISA)
    nino = person("Nino", Sex.FEMALE, dt.date(1950, 6, 1), "UA", Disability.NOT_ASKED,
                  ResidenceStatus.PERMANENT_RESIDENCE)
    person("Anna", Sex.FEMALE, dt.date(1990, 1, 1), "UA", Disability.WITH, None)

    info, legal, admin_ = ServiceCategory.INFORMATION, ServiceCategory.LEGAL, ServiceCategory.ADMINISTRATIVE
    visits.record_visit(db, admin, iryna, [legal, info], when=at(2))
    visits.record_visit(db, admin, iryna, [info], when=at(10))
    visits.record_visit(db, admin, dup, [info], when=at(15))
    visits.record_visit(db, admin, taras, [info], when=at(3))
    visits.record_visit(db, admin, taras, [info], when=at(20))
    lost = visits.record_visit(db, admin, alex, [admin_], when=at(5))
    visits.record_visit(db, admin, nino, [admin_], when=at(10, month=2))
    visits.record_visit(db, admin, nino, [admin_], when=at(12))
    visits.record_anonymous_visit(db, admin, Sex.MALE, "18-59", "UA", [info], when=at(1))
    cs.record(db, counsellor, dup, cs.ConsultationInput(ConsultationKind.LEGAL, dt.date(2024, 3, 20)))
    cs.record(db, counsellor, taras, cs.ConsultationInput(ConsultationKind.LEGAL, dt.date(2024, 3, 4)))
    cs.record(db, counsellor, alex, cs.ConsultationInput(ConsultationKind.JOB_SEARCH, dt.date(2024, 3, 6)))
    with UnitOfWork(db, admin) as uow:  # an imported visit without a reason
        uow.session.execute(update(Visit).where(Visit.id == lost).values(reasons=[]))
    merge.merge_persons(db, admin, iryna, dup)


# -- the answers, by hand ------------------------------------------------------------------------
# The four humans served in March (the duplicate is Iryna): sex, age group at the first service,
# citizenship, disability, residence status, new.
HUMANS = {
    "Iryna": ("F", "18-59", "UA", "with", "temporary_protection", True),   # her own record's values
    "Taras": ("M", "12-17", "GE", "without", "", True),                    # 17 on March 3
    "Alex": ("X", "unknown", "", "not_asked", "visa", True),
    "Nino": ("F", "60+", "UA", "not_asked", "permanent_residence", False),  # served in February
}
SEXES = ["F", "M", "X"]


def by_sex(column: int, rows: list, labels: dict | None = None) -> dict[str, list[int]]:
    """{row label: [female, male, other]} of the humans by one of their values."""
    table = {(labels or {}).get(value, value): [0, 0, 0] for value in rows}
    for values in HUMANS.values():
        value = values[column]
        table[(labels or {}).get(value, value)][SEXES.index(values[0])] += 1
    return table


EXPECTED_PERSONS = {
    "Age group": by_sex(1, AGES),
    # UA 2, GE 1, then "other" for the unknown
    "Citizenship": by_sex(2, ["UA", "GE", ""], {"UA": "Ukraine", "GE": "Georgia", "": "other"}),
    "Disability (Washington Group)": by_sex(3, [
        "with", "without", "not_asked"], {"with": "With disability",
                                          "without": "Without disability", "not_asked": "Not asked"}),
    # one each: ordered by the code, the unrecorded last
    "Residence status": by_sex(4, ["permanent_residence", "temporary_protection", "visa", ""], {
        "permanent_residence": "Permanent residence",
        "temporary_protection": "Temporary protection (PESEL UKR)",
        "visa": "Visa", "": "not recorded"}),
    "New and returning": by_sex(5, [True, False], {
        True: "new", False: "returning"}),
}


def kind(enum_member) -> str:
    return reports._kind_label(enum_member.value, lambda _c, text: text)


# Services by kind: {(source, kind): (anonymous visits, unique persons, {(age, sex): (services, persons)})}.
# Information: Iryna 2 + her duplicate 1 (one person), Taras 2, the anonymous visit 1: 6 services.
EXPECTED_SERVICES = {
    ("visits", kind(ServiceCategory.INFORMATION)): (1, 2, {("18-59", "F"): (3, 1), ("12-17", "M"): (2, 1)}),
    ("visits", kind(ServiceCategory.ADMINISTRATIVE)): (0, 1, {("60+", "F"): (1, 1)}),  # Alex's lost its reason
    ("visits", kind(ServiceCategory.LEGAL)): (0, 1, {("18-59", "F"): (1, 1)}),
    ("consultations", kind(ConsultationKind.LEGAL)): (0, 2, {("18-59", "F"): (1, 1),
                                                                           ("12-17", "M"): (1, 1)}),
    ("consultations", kind(ConsultationKind.JOB_SEARCH)): (
        0, 1, {("unknown", "X"): (1, 1)}),
}
# visits first, then the most services, then the code (administrative before legal)
EXPECTED_KIND_ORDER = list(EXPECTED_SERVICES)

EXPECTED_QUALITY = [  # (count, out of): four persons counted, eight visits in March
    (1, 4),  # sex other or not stated: Alex
    (1, 4),  # unknown age: Alex
    (1, 4),  # unknown citizenship: Alex
    (2, 4),  # disability not asked: Alex, Nino
    (1, 4),  # residence status not recorded: Taras
    (1, 8),  # a visit without a reason: Alex's
]


# -- reading the workbook ------------------------------------------------------------------------

def recalculated(path, tmp_path):
    """The workbook as LibreOffice computes it (its formulas' values), or None without LibreOffice."""
    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    out = tmp_path / "recalculated"
    profile = tmp_path / "lo-profile"
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "xlsx",
                    "--outdir", str(out), str(path)], check=True, capture_output=True, timeout=180,
                   env={**os.environ, "HOME": str(tmp_path)})
    return load_workbook(out / path.name, data_only=True)


def person_tables(ws) -> dict[str, dict]:
    """{dimension: {"header": row, "rows": {label: (row number, [F, M, X])}, "total": row, "check": row}}."""
    tables: dict[str, dict] = {}
    current = None
    for row in ws.iter_rows(min_row=4):
        first = row[0].value
        if first in EXPECTED_PERSONS:
            current = tables[first] = {"header": row[0].row, "rows": {}}
            assert [c.value for c in row[1:5]] == ["female", "male",
                                                   "other, not stated", "Total"]
        elif current is not None and first == "Total":
            current["total"] = row[0].row
        elif current is not None and "total" in current and str(first).startswith("Check:"):
            current["check"] = row[0].row
            current = None
        elif current is not None and "total" not in current and first is not None:
            current["rows"][first] = (row[0].row, [c.value for c in row[1:4]])
    return tables


def test_persons_cross_tables_cell_by_cell(db, admin, world, tmp_path):
    out = reports.donor_report(db, admin, A, B, tmp_path / "donor.xlsx")
    ws = load_workbook(out)["Persons"]
    tables = person_tables(ws)
    assert list(tables) == list(EXPECTED_PERSONS)
    [unique_row] = [r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "Unique persons served"]
    assert ws.cell(unique_row, 5).value == len(HUMANS) == 4  # the duplicate is Iryna
    for dimension, expected in EXPECTED_PERSONS.items():
        t = tables[dimension]
        assert {label_: counts for label_, (_, counts) in t["rows"].items()} == expected, dimension
        assert list(t["rows"]) == list(expected), dimension  # the rows in their order
        first, last = t["header"] + 1, t["total"] - 1
        for row, _ in t["rows"].values():
            assert ws.cell(row, 5).value == f"=SUM(B{row}:D{row})"
        for col in "BCDE":
            assert ws[f"{col}{t['total']}"].value == f"=SUM({col}{first}:{col}{last})"
        assert ws[f"E{t['check']}"].value == f'=IF(E{t["total"]}=$E${unique_row},"OK","ERROR")'
    assert ws.freeze_panes == "A5" and ws.auto_filter.ref.startswith("A4")

    values = recalculated(out, tmp_path)
    if values is None:
        pytest.skip("LibreOffice is not installed: the formulas' text was checked, not their values")
    ws = values["Persons"]
    for dimension, expected in EXPECTED_PERSONS.items():
        t = tables[dimension]
        for label_, (row, _) in t["rows"].items():
            assert ws.cell(row, 5).value == sum(expected[label_])
        assert [ws.cell(t["total"], c).value for c in (2, 3, 4, 5)] == [
            *(sum(counts[i] for counts in expected.values()) for i in range(3)), 4], dimension
        assert ws.cell(t["check"], 5).value == "OK"


def group_rows(ws) -> dict:
    """{(source, kind): {"ages": {age: (row, [services F, M, X], [persons F, M, X])}, "anonymous": row,
    "total": row}} of the Services by group sheet."""
    kinds: dict = {}
    for row in ws.iter_rows(min_row=5):
        source, kind_, age = (c.value for c in row[:3])
        if source is None:
            continue
        entry = kinds.setdefault((source, kind_), {"ages": {}, "anonymous": None, "total": None})
        if age == "Total of the kind":
            entry["total"] = row[0].row
        elif str(age).startswith("anonymous visits"):
            entry["anonymous"] = row[0].row
        else:
            entry["ages"][age] = (row[0].row, [c.value for c in row[3:6]], [c.value for c in row[7:10]])
    return kinds


def test_services_by_kind_age_group_and_sex(db, admin, world, tmp_path):
    out = reports.donor_report(db, admin, A, B, tmp_path / "donor.xlsx")
    wb = load_workbook(out)
    ws = wb["Services by group"]
    heading = ws.cell(4, 11).value
    assert "not additive across kinds" in heading
    kinds = group_rows(ws)
    assert list(kinds) == EXPECTED_KIND_ORDER
    for key, (anonymous, unique, cells) in EXPECTED_SERVICES.items():
        entry = kinds[key]
        assert list(entry["ages"]) == AGES, key
        for age, (row, services, persons) in entry["ages"].items():
            want = [cells.get((age, sex), (0, 0)) for sex in SEXES]
            assert services == [w[0] for w in want] and persons == [w[1] for w in want], (key, age)
            assert ws[f"G{row}"].value == f"=SUM(D{row}:F{row})" and ws[f"K{row}"].value == f"=SUM(H{row}:J{row})"
        total, first = entry["total"], entry["ages"][AGES[0]][0]
        last_age = entry["ages"][AGES[-1]][0]
        if anonymous:
            assert entry["anonymous"] == last_age + 1 and ws[f"G{entry['anonymous']}"].value == anonymous
            assert [ws.cell(entry["anonymous"], c).value for c in (4, 5, 6, 8, 9, 10, 11)] == [None] * 7
        else:
            assert entry["anonymous"] is None
        assert ws[f"G{total}"].value == f"=SUM(G{first}:G{total - 1})"  # with the anonymous visits
        assert ws[f"K{total}"].value == f"=SUM(K{first}:K{last_age})"   # persons: never an anonymous visit
        assert ws[f"L{total}"].value == unique
        assert ws[f"M{total}"].value == f'=IF(K{total}=L{total},"OK","ERROR")'
    # the Services sheet counts the same services and unique persons per kind, in the same order
    services = [(r[0], r[1], r[2], r[3]) for r in wb["Services"].iter_rows(min_row=5, values_only=True)
                if r[0] and r[1] != "Total services"]
    assert services == [(s, k, sum(v[0] for v in cells.values()) + anonymous, unique)
                        for (s, k), (anonymous, unique, cells) in EXPECTED_SERVICES.items()]

    values = recalculated(out, tmp_path)
    if values is None:
        pytest.skip("LibreOffice is not installed: the formulas' text was checked, not their values")
    ws = values["Services by group"]
    for key, (anonymous, unique, cells) in EXPECTED_SERVICES.items():
        total = kinds[key]["total"]
        assert ws[f"G{total}"].value == sum(v[0] for v in cells.values()) + anonymous
        assert ws[f"K{total}"].value == unique and ws[f"M{total}"].value == "OK"


def test_data_quality_sheet(db, admin, world, tmp_path):
    out = reports.donor_report(db, admin, A, B, tmp_path / "donor.xlsx")
    ws = load_workbook(out)["Data quality"]
    rows = [row for row in ws.iter_rows(min_row=5) if row[0].value]
    assert [(r[1].value, r[2].value) for r in rows] == EXPECTED_QUALITY
    for r in rows:
        n = r[0].row
        assert r[3].value == f"=IF(C{n}>0,B{n}/C{n},0)"
        assert r[0].value and len(r[4].value) > 20  # what to check and what to fix (in the report's language)
    report = reports.build_report_data(db, admin, A, B)
    assert [(q.count, q.out_of) for q in report.quality] == EXPECTED_QUALITY


def test_unmerging_makes_the_duplicate_a_person_again(db, admin, world):
    """The same data without the merge: the duplicate is a fifth person, a man of 64 from Georgia."""
    report = reports.build_report_data(db, admin, A, B)
    from wic_desk.store.models import Person
    with db.read() as s:
        dup = s.query(Person.id).filter(Person.given_name == "Iryna-dup").scalar()
    merge.undo_merge(db, admin, dup)
    after = reports.build_report_data(db, admin, A, B)
    assert (report.unique_persons, after.unique_persons) == (4, 5)
    ages = {r.value: r.counts for r in after.ages.rows}
    assert ages["60+"] == (1, 1, 0)
    information = next(g for g in after.service_groups if g.kind == kind(ServiceCategory.INFORMATION))
    assert information.unique_persons == 3


def test_the_age_at_the_first_service_follows_the_rule_for_every_kind_of_birth_date(db, admin, consent):
    """The tally computes ages on the stored text; the answers are ``counting.age_group``'s on dates:
    a birthday the day before, on and after the first service, 29 February, a year only (mid-year),
    no birth date, a baby, a centenarian."""
    from wic_desk.reports import counting
    first = dt.date(2024, 3, 1)
    births = [(dt.date(2006, 2, 28), None), (dt.date(2006, 3, 1), None), (dt.date(2006, 3, 2), None),
              (dt.date(2004, 2, 29), None), (None, 1964), (None, 1963), (None, None), (dt.date(2024, 2, 1), None),
              (dt.date(1919, 3, 2), None), (dt.date(1964, 7, 1), None)]
    ids = []
    for i, (birth, year) in enumerate(births):
        pid = people.register(db, admin, people.PersonInput(given_name=f"P{i}", family_name="Test", sex=Sex.FEMALE,
                                                            birth_date=birth, birth_year=year), consent)
        visits.record_visit(db, admin, pid, [ServiceCategory.INFORMATION], when=dt.datetime.combine(first, dt.time(9)))
        ids.append(pid.hex)
    brackets = [[0, 4], [5, 11], [12, 17], [18, 59], [60, None]]
    with db.read() as s:
        persons = {p.person_id: p.age_group for p in counting.tally_period(s, A, B, brackets).persons}
    assert [persons[i] for i in ids] == [counting.age_group(birth, year, first, brackets) for birth, year in births]
    assert [persons[i] for i in ids] == ["18-59", "18-59", "12-17", "18-59", "18-59", "60+", "unknown", "0-4",
                                         "60+", "18-59"]
