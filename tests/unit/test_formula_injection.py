"""OWASP (CSV injection): user text the app writes into a spreadsheet stays text.

Every xlsx and csv the app writes is made here through the real services, with a hostile value in
every user-entered text field (names, city, citizenship, notes, outcomes, referrals, activity
titles, places, facilitators, employer, project and indicator names, topics, a staff member's
name, the cells of an imported register), then read back cell by cell:

- xlsx: no formula holds user text (the workbook's own totals and checks are the only formulas,
  told apart by not carrying the hostile marker), and every cell holding user text is a string
  cell (``data_type == "s"``), also checked in the sheets' XML;
- csv: every field holding user text is neutralised (a leading apostrophe before = + - @ tab CR).

Each hostile value carries a marker (``ZQX`` and the field's tag) so a cell can be traced back to
the field it came from, and so the test knows which fields must reach which file.

The files: the donor and monthly report workbooks (``services.reports``, which the dashboard and
``wic-desk report`` call; the command line is run too) and the rejects file of an import
(``services.importer``: xlsx for a workbook, csv/tsv in the input's delimiter for a CSV file).
No other writer makes a spreadsheet: certificates, sheets and the subject export are PDF and JSON,
and the command line prints tab-separated lines for scripts to stdout, as stored.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import zipfile

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import update

from tests.conftest import STAFF_PASSWORD
from wic_desk import cli
from wic_desk.domain.enums import (
    ActivityKind,
    AttendanceStatus,
    ConsultationKind,
    ContractKind,
    Role,
    ServiceCategory,
    Sex,
)
from wic_desk.services import activities as act
from wic_desk.services import auth, importer, outcomes, people, projects, reports, visits
from wic_desk.services import consultations as cs
from wic_desk.services.importer import csv_text
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import Visit

A, B = dt.date(2024, 3, 1), dt.date(2024, 3, 31)
MARK = "ZQX"

# The attacks (OWASP): {m} is where the field's marker goes.
PAYLOADS = {
    "hyperlink": '=HYPERLINK("http://x.invalid/{m}","y")',
    "dde": "=cmd|' /C calc {m}'!A0",
    "plus": "+1+1+{m}",
    "minus": "-2+3+{m}",
    "at": "@SUM(A1) {m}",
    "tab": "\t=1+1 {m}",
    "cr": "\r=1+1 {m}",
}
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def hostile(payload: str, tag: str) -> str:
    return PAYLOADS[payload].format(m=f"{MARK}{tag}")


def markers_in(value) -> set[str]:
    """The tags of the fields a value carries (citizenship is upper-cased, the rest kept as typed)."""
    if not isinstance(value, str):
        return set()
    return set(re.findall(MARK + r"([A-Z0-9]+)", value.upper()))


# -- reading a written file back -----------------------------------------------------------------

def check_xlsx(path) -> set[str]:
    """Every cell holding user text is a string cell, no formula holds user text; returns the tags
    of the fields found in the file."""
    found: set[str] = set()
    leaks: list[str] = []
    book = load_workbook(path, data_only=False)
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                tags = markers_in(cell.value)
                where = f"{ws.title}!{cell.coordinate} ({cell.data_type}) {cell.value!r}"
                if tags:
                    found |= tags
                    if cell.data_type != "s":
                        leaks.append(where)
                elif cell.data_type == "f":  # one of the app's own formulas (totals, checks)
                    assert isinstance(cell.value, str) and cell.value.startswith("="), where
                elif isinstance(cell.value, str) and cell.value.startswith("="):
                    assert cell.data_type == "s", where
    # the same in the package itself: no <f> element of any sheet carries user text
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                xml = zf.read(name).decode("utf-8")
                leaks += [f"{name}: {f}" for f in re.findall(r"<f[ >].*?</f>", xml, re.S) if MARK in f.upper()]
    assert not leaks, "user text written as a formula:\n" + "\n".join(leaks)
    return found


def read_rejects_csv(path, delimiter: str) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh, delimiter=delimiter))


def check_csv(rows: list[list[str]]) -> set[str]:
    """No field holding user text starts as a formula would; returns the tags found."""
    found: set[str] = set()
    leaks: list[str] = []
    for n, row in enumerate(rows, 1):
        for field in row:
            tags = markers_in(field)
            found |= tags
            if tags and field.startswith(TRIGGERS):
                leaks.append(f"line {n}: {field!r}")
    assert not leaks, "user text left live in the csv:\n" + "\n".join(leaks)
    return found


# -- a centre where every text field is hostile ---------------------------------------------------

# The fields the donor and monthly workbooks carry. Nothing else may reach them (no names, notes or
# employers leave the app in a report); a field added to the workbook is added here, and so tested.
REPORT_FIELDS = {"PROJECT", "DONOR", "INDICATOR", "ACTIVITY", "CITIZENSHIP"}


def hostile_centre(db, admin, consent, payload: str) -> None:
    h = lambda tag: hostile(payload, tag)  # noqa: E731
    staff_id = auth.add_staff(db, admin, "evil", h("STAFF"), Role.COUNSELLOR, STAFF_PASSWORD)
    assert staff_id
    counsellor = auth.login(db, "evil", STAFF_PASSWORD)
    cs.add_topic(db, admin, h("TOPIC"))

    current = next(p for p in projects.list_projects(db, admin) if p.current)
    projects.update_project(db, admin, current.id, projects.ProjectInput(
        name=h("PROJECT"), donor=h("DONOR"), funding_line_pl=h("FUNDPL"), funding_line_en=h("FUNDEN"),
        period_start=current.period_start, period_end=current.period_end,
        stable_contract_kinds=list(current.stable_contract_kinds), stable_min_months=current.stable_min_months,
        age_brackets=[list(b) for b in current.age_brackets]))
    projects.add_indicator(db, admin, current.id, projects.IndicatorInput(
        code="hostile", title=h("INDICATOR"), target=10, rule="unique_persons_served"))

    def person(n: int) -> object:
        return people.register(db, admin, people.PersonInput(
            given_name=h(f"GIVEN{n}"), family_name=h(f"FAMILY{n}"), native_name=h(f"NATIVE{n}"), sex=Sex.FEMALE,
            birth_date=dt.date(1990, 1, n), citizenship=h("CITIZENSHIP"), languages=h(f"LANG{n}"),
            city=h(f"CITY{n}"), district=h(f"DISTRICT{n}"), heard_from=h(f"HEARD{n}")),
            people.ConsentInput(consent.kind, consent.date, h(f"SCOPE{n}")))

    first, second = person(1), person(2)
    visit = visits.record_visit(db, admin, first, [ServiceCategory.LEGAL], note=h("VISITNOTE"),
                                when=dt.datetime(2024, 3, 4, 10))
    with UnitOfWork(db, admin) as uow:  # no form writes these yet; a synced desk or the demo may
        uow.session.execute(update(Visit).where(Visit.id == visit).values(outcome=h("OUTCOME"),
                                                                          referral=h("REFERRAL")))
    visits.record_anonymous_visit(db, admin, Sex.MALE, "18-59", h("ANONCITIZENSHIP"), [ServiceCategory.INFORMATION],
                                  note=h("ANONNOTE"), when=dt.datetime(2024, 3, 4, 11))
    cs.record(db, counsellor, second, cs.ConsultationInput(
        ConsultationKind.VOCATIONAL, dt.date(2024, 3, 5), language=h("CONSLANG"), topics=[h("TOPIC")],
        note=h("CONSNOTE")))
    outcomes.record(db, counsellor, second, outcomes.OutcomeInput(dt.date(2024, 3, 18), ContractKind.EMPLOYMENT,
                                                                  employer=h("EMPLOYER"), hours_per_week=40))
    activity = act.create(db, admin, act.ActivityInput(
        kind=ActivityKind.LANGUAGE_CLUB, title=h("ACTIVITY"), description=h("DESCRIPTION"),
        facilitator=h("FACILITATOR"), place=h("PLACE"), target_group=h("TARGETGROUP"),
        sessions=[act.SessionInput(dt.date(2024, 3, 7), 2, place=h("SESSIONPLACE"),
                                   facilitator=h("SESSIONFACILITATOR")),
                  act.SessionInput(dt.date(2024, 3, 14), 2)]))
    for pid in (first, second):
        act.enrol(db, admin, activity, pid)
    for session in act.grid(db, admin, activity).sessions:
        act.mark(db, admin, session.id, first, AttendanceStatus.PRESENT)


@pytest.mark.parametrize("payload", list(PAYLOADS))
def test_the_donor_and_monthly_workbooks_write_user_text_as_text(db, db_path, admin, consent, tmp_path, payload,
                                                                 cli_login, capsys):
    hostile_centre(db, admin, consent, payload)

    donor = reports.donor_report(db, admin, A, B, tmp_path / "donor.xlsx")
    monthly = reports.monthly_report(db, admin, "2024-03", tmp_path / "monthly.xlsx")
    for path in (donor, monthly):
        found = check_xlsx(path)
        assert found >= REPORT_FIELDS, f"{path.name}: the hostile text did not reach {REPORT_FIELDS - found}"
        assert found <= REPORT_FIELDS, f"{path.name} carries {found - REPORT_FIELDS}"

    # `wic-desk report donor` (as the dashboard, it calls services.reports)
    out = tmp_path / "cli-donor.xlsx"
    assert cli.main(["report", "donor", "--from", A.isoformat(), "--to", B.isoformat(), "--out", str(out),
                     "--db", str(db_path)]) == 0, capsys.readouterr().err
    assert check_xlsx(out) >= REPORT_FIELDS


def test_the_workbooks_own_formulas_stay_formulas(db, admin, consent, tmp_path):
    """Totals and checks are the workbook's: they stay live (the donor checks them in Excel)."""
    hostile_centre(db, admin, consent, "hyperlink")
    book = load_workbook(reports.donor_report(db, admin, A, B, tmp_path / "donor.xlsx"))
    formulas = {ws.title: [c.value for row in ws.iter_rows() for c in row if c.data_type == "f"]
                for ws in book.worksheets}
    assert all(formulas.values()), formulas
    assert all(f.startswith(("=IF(", "=SUM(", "=SUMIF(", "=COUNTA(", "=COUNTIF(", "=B", "=C"))
               for fs in formulas.values() for f in fs), formulas
    # the numbers and dates the app computes stay numbers and dates
    activities = book["Activities"]
    line = next(r for r in activities.iter_rows(min_row=5) if markers_in(r[0].value))
    assert [c.data_type for c in line] == ["s", "s", "d", "d", "n", "n", "n"]


# -- an imported register and its rejects file ---------------------------------------------------

IMPORT_HEADER = ["Imię", "Nazwisko", "Imię i nazwisko w oryginalnym zapisie", "Płeć", "Data urodzenia",
                 "Obywatelstwo", "Telefon", "E-mail", "Miasto", "Dzielnica", "Języki", "PESEL"]
WIDTH = len(IMPORT_HEADER) + len(PAYLOADS)  # an extra column with a hostile header for each attack


def hostile_register() -> tuple[list[list], dict[str, str], set[str]]:
    """A register whose every cell but the headers it needs is hostile, each attack in turn: title
    rows above the header, extra columns with hostile headers, and for each attack one row that is
    taken and three that are not. Returns the rows, the hostile text by tag, and the tags that
    must come back in the rejects file (the header's and those of the rows not taken)."""
    planted: dict[str, str] = {}

    def h(payload: str, tag: str) -> str:
        planted[tag] = hostile(payload, tag)
        return planted[tag]

    def valid(row: list[str]) -> list[str]:
        return [*row[:3], "K", "1990-01-01", "UA", "", "", *row[8:11], "", *row[12:]]

    # title rows above the header, as Excel pads them; the first holds the carriage return
    rows: list[list] = [[h(p, f"TITLE{i}")] + [""] * (WIDTH - 1) for i, p in reversed(list(enumerate(PAYLOADS)))]
    header = IMPORT_HEADER + [h(p, f"HEADER{i}") for i, p in enumerate(PAYLOADS)]
    rows.append(header)
    not_taken: list[list] = []
    for i, p in enumerate(PAYLOADS):
        taken = valid([h(p, f"P{i}OKC{c}") for c in range(WIDTH)])  # sex, date and country valid
        rows.append(taken)
        not_taken += [
            [""] + [h(p, f"P{i}R1C{c}") for c in range(1, WIDTH)],  # no first name
            [h(p, f"P{i}R2C{c}") for c in range(WIDTH)],  # an unknown sex, a bad date, country, phone, PESEL
            [*taken[:2], *valid([h(p, f"P{i}R3C{c}") for c in range(WIDTH)])[2:]],  # the row taken again
        ]
    rows += not_taken
    rejected = {t for row in [header, *not_taken] for cell in row for t in markers_in(cell)}
    return rows, planted, rejected


def write_register(path, rows, delimiter=","):
    if path.suffix == ".xlsx":
        book = Workbook()
        for row in rows:
            book.active.append(row)
        for row in book.active.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    cell.data_type = "s"  # typed into the register as text, as a name would be
        book.save(path)
    else:
        with open(path, "w", encoding="utf-8", newline="") as fh:
            csv.writer(fh, delimiter=delimiter).writerows(rows)
    return path


@pytest.mark.parametrize("kind", ["xlsx", "csv", "semicolon", "tsv"])
def test_the_rejects_file_of_an_import_writes_user_text_as_text(db, admin, tmp_path, kind):
    rows, planted, rejected = hostile_register()
    name, delimiter = {"xlsx": ("register.xlsx", ","), "csv": ("register.csv", ","),
                       "semicolon": ("register.csv", ";"), "tsv": ("register.tsv", "\t")}[kind]
    path = write_register(tmp_path / name, rows, delimiter)

    result = importer.import_people(db, admin, path)

    assert (result.imported, result.rejected) == (len(PAYLOADS), 3 * len(PAYLOADS))
    assert result.rejects_path.suffix == path.suffix
    if kind == "xlsx":
        found = check_xlsx(result.rejects_path)
        cells = {c.value for row in load_workbook(result.rejects_path).active.iter_rows() for c in row}
        # as typed, in a string cell (XML reads a raw carriage return back as a line feed)
        written = {t for t in rejected if planted[t].replace("\r", "\n") in cells}
    else:
        lines = read_rejects_csv(result.rejects_path, delimiter)
        found = check_csv(lines)
        cells = {f for line in lines for f in line}
        written = {t for t in rejected if "'" + planted[t] in cells}  # as typed, behind an apostrophe
    assert found >= rejected, f"not in the rejects file: {sorted(rejected - found)}"
    assert written == rejected, f"not written back whole: {sorted(rejected - written)}"
    taken_only = {f"P{i}OKC{c}" for i in range(len(PAYLOADS)) for c in range(2, WIDTH)}
    assert not found & taken_only, "a row taken is not a reject"


# -- the neutralising rule itself -------------------------------------------------------------------

@pytest.mark.parametrize("text", [*(p.format(m="x") for p in PAYLOADS.values()), "=1+1", "+1+1", "-2+3", "-2-3",
                                  "+1-1", "-1/2", "+48600-100-200", "@A1", "\t1", "\r1"])
def test_a_csv_cell_that_a_spreadsheet_would_compute_gets_an_apostrophe(text):
    assert csv_text(text) == "'" + text


@pytest.mark.parametrize("text", ["+48 600 100 200", "+48600100200", "-5", "-2.5", "+48 (22) 600 10 20",
                                  "Kowalska", "a=b", " =1", "", "'=1"])
def test_a_phone_a_signed_number_and_plain_text_are_left_as_written(text):
    assert csv_text(text) == text
    assert csv_text(42) == 42 and csv_text(None) is None
