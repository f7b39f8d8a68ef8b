"""The donor's Excel workbook (openpyxl): Summary, Persons, Services, Services by group,
Activities, Employment, Data quality.

Every sheet has a title row, a frozen bold header, filters, widths that fit, number formats, and
totals written as Excel formulas so the donor can check them. Unique-person columns are never
summed across kinds (a person served in two ways is one person); their totals come from the
database. Within one table of persons (by age and sex, by citizenship and sex, ...) every human is
in exactly one cell, so those tables do add up, and a check cell compares each grand total with
the unique persons served.
Headings are Polish with English after a slash: the centre works in Polish, the donor reads English.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
TITLE_FONT = Font(bold=True, size=14)
BOLD = Font(bold=True)
PERCENT = "0.0%"
INTEGER = "#,##0"
HOURS = "#,##0.0"
DATE = "yyyy-mm-dd"


@dataclass(frozen=True)
class IndicatorLine:
    title: str
    count: float
    target: int


@dataclass(frozen=True)
class BySexRow:
    value: str
    counts: tuple[int, int, int]  # persons: female, male, other / not stated


@dataclass(frozen=True)
class BySexTable:
    """Persons by one dimension (rows) and sex (columns): each person in exactly one cell."""

    dimension: str  # "Grupa wiekowa / Age group", ...
    rows: tuple[BySexRow, ...]


@dataclass(frozen=True)
class AgeServices:
    age_group: str
    services: tuple[int, int, int]  # female, male, other / not stated
    persons: tuple[int, int, int]


@dataclass(frozen=True)
class KindByGroup:
    """One kind of service by age group and sex; ``anonymous``: anonymous visits' services (no
    person, no group); ``unique_persons``: the kind's unique persons from the database."""

    source: str
    kind: str
    ages: tuple[AgeServices, ...]
    anonymous: int
    unique_persons: int


@dataclass(frozen=True)
class QualityLine:
    """What to check before sending: how many of what (``out_of``: of how many) and what to fix."""

    problem: str
    count: int
    out_of: int
    fix: str


@dataclass(frozen=True)
class ServiceLine:
    source: str
    kind: str
    services: int
    unique_persons: int


@dataclass(frozen=True)
class ActivityLine:
    title: str
    kind: str
    first: dt.date
    last: dt.date
    sessions: int
    hours: float
    participants: int


@dataclass(frozen=True)
class EmploymentLine:
    code: str
    start_date: dt.date
    contract: str
    stable: bool
    hours_per_week: int | None


@dataclass
class DonorReport:
    project: str
    donor: str
    period_from: dt.date
    period_to: dt.date
    generated: dt.datetime
    indicators: list[IndicatorLine] = field(default_factory=list)
    unique_persons: int = 0
    new_persons: int = 0
    returning_persons: int = 0
    anonymous_visits: int = 0
    ages: BySexTable | None = None  # persons by age group and sex, the Persons sheet's cross-table
    by_sex: list[BySexTable] = field(default_factory=list)  # citizenship, disability, ... by sex
    services: list[ServiceLine] = field(default_factory=list)
    service_groups: list[KindByGroup] = field(default_factory=list)
    quality: list[QualityLine] = field(default_factory=list)
    activities: list[ActivityLine] = field(default_factory=list)
    employment: list[EmploymentLine] = field(default_factory=list)
    stable_persons: int = 0  # persons (not outcomes) with a stable job in the period
    title: str = "Raport dla grantodawcy / Donor report"


def _title(ws: Worksheet, report: DonorReport, subtitle: str) -> None:
    ws["A1"] = f"{report.title} — {subtitle}"
    ws["A1"].font = TITLE_FONT
    ws["A2"] = (f"{report.project} · {report.donor} · {report.period_from.isoformat()} – "
                f"{report.period_to.isoformat()} · {report.generated:%Y-%m-%d %H:%M}")


_OWN_FORMULAS = "_wic_formulas"


def _formula(ws: Worksheet, row: int, column: int, text: str):
    """One of the workbook's own formulas (totals, checks): the only cells left as formulas."""
    cell = ws.cell(row=row, column=column, value=text)
    own = getattr(ws.parent, _OWN_FORMULAS, None)
    if own is None:
        own = set()
        setattr(ws.parent, _OWN_FORMULAS, own)
    own.add((ws.title, cell.coordinate))
    return cell


def _quoted(text: str) -> str:
    """Text inside a formula's string literal."""
    return str(text).replace('"', '""')


def text_stays_text(wb: Workbook) -> None:
    """Every cell that is not one of our formulas holds its value as data: a name or title that
    starts with "=" (``=HYPERLINK(...)``) is stored as text, never run by the spreadsheet (OWASP:
    CSV injection)."""
    own = getattr(wb, _OWN_FORMULAS, set())
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f" and (ws.title, cell.coordinate) not in own:
                    cell.data_type = "s"


def _header(ws: Worksheet, row: int, names: list[str], freeze: bool = True) -> None:
    for col, name in enumerate(names, 1):
        cell = ws.cell(row=row, column=col, value=name)
        cell.font = BOLD
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    if freeze:
        ws.freeze_panes = ws.cell(row=row + 1, column=1)


def _fit(ws: Worksheet, minimum: int = 8, maximum: int = 60) -> None:
    widths: dict[int, int] = {}
    for row in ws.iter_rows(min_row=3):
        for cell in row:
            if cell.value is None:
                continue
            text = cell.value if isinstance(cell.value, str) else f"{cell.value}"
            if text.startswith("="):
                text = "0000000"
            widths[cell.column] = max(widths.get(cell.column, 0), len(text))
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = max(minimum, min(maximum, width + 2))


def _filter(ws: Worksheet, header_row: int, last_row: int, columns: int) -> None:
    if last_row > header_row:
        ws.auto_filter.ref = f"A{header_row}:{get_column_letter(columns)}{last_row}"


def _summary(wb: Workbook, r: DonorReport) -> None:
    ws = wb.active
    ws.title = "Summary"
    _title(ws, r, "Podsumowanie / Summary")
    header = 4
    _header(ws, header, ["Wskaźnik / Indicator", "Wynik / Count", "Wartość docelowa / Target", "% celu / % of target"])
    row = header
    for line in r.indicators:
        row += 1
        ws.cell(row=row, column=1, value=line.title)
        ws.cell(row=row, column=2, value=line.count).number_format = HOURS if line.count % 1 else INTEGER
        ws.cell(row=row, column=3, value=line.target).number_format = INTEGER
        _formula(ws, row, 4, f"=IF(C{row}>0,B{row}/C{row},0)").number_format = PERCENT
    last_indicator = row
    _filter(ws, header, last_indicator, 4)
    row += 2
    for label, value in (("Unikalne osoby / Unique persons served", r.unique_persons),
                         ("   nowe / new", r.new_persons), ("   powracające / returning", r.returning_persons),
                         ("Wizyty anonimowe / Anonymous visits", r.anonymous_visits)):
        ws.cell(row=row, column=1, value=label)
        ws.cell(row=row, column=2, value=value).number_format = INTEGER
        row += 1
    check = row - 4
    ws.cell(row=row, column=1, value="Kontrola: nowe + powracające / Check: new + returning")
    _formula(ws, row, 2, f"=B{check + 1}+B{check + 2}").number_format = INTEGER
    if r.indicators:
        chart = BarChart()
        chart.type = "bar"
        chart.title = "Wynik a cel / Count against target"
        chart.y_axis.title = None
        data = Reference(ws, min_col=2, max_col=3, min_row=header, max_row=last_indicator)
        cats = Reference(ws, min_col=1, min_row=header + 1, max_row=last_indicator)
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(cats)
        chart.height, chart.width = 9, 18
        ws.add_chart(chart, f"F{header}")
    _fit(ws)


SEX_HEADINGS = ["kobiety / female", "mężczyźni / male", "inna, nie podano / other, not stated"]
CHECK_OK = "OK"
CHECK_FAILED = "BŁĄD / ERROR"


def _check(ws: Worksheet, row: int, column: int, left: str, right: str):
    """A check cell: OK when two cells hold the same number."""
    cell = _formula(ws, row, column, f'=IF({left}={right},"{CHECK_OK}","{CHECK_FAILED}")')
    cell.font = BOLD
    return cell


def _by_sex(ws: Worksheet, row: int, table: BySexTable, unique: str | None, first: bool = False) -> int:
    """One table of persons by a dimension and sex, from ``row`` (its header): the rows, a total
    column and a totals row as formulas, and a check that the grand total equals the unique persons
    (the cell ``unique``; None: this table's total is that cell). Returns the table's last row."""
    _header(ws, row, [table.dimension, *SEX_HEADINGS, "Razem / Total"], freeze=first)
    start = row + 1
    for line in table.rows:
        row += 1
        ws.cell(row=row, column=1, value=line.value)
        for col, value in enumerate(line.counts, 2):
            ws.cell(row=row, column=col, value=value).number_format = INTEGER
        _formula(ws, row, 5, f"=SUM(B{row}:D{row})").number_format = INTEGER
    if first:
        _filter(ws, start - 1, row, 5)
    row += 1
    ws.cell(row=row, column=1, value="Razem / Total").font = BOLD
    for col in (2, 3, 4, 5):
        letter = get_column_letter(col)
        cell = _formula(ws, row, col, f"=SUM({letter}{start}:{letter}{max(row - 1, start)})")
        cell.font, cell.number_format = BOLD, INTEGER
    total = f"E{row}"
    if unique is not None:
        row += 1
        ws.cell(row=row, column=1, value="Kontrola: razem = unikalne osoby / Check: total = unique persons")
        _check(ws, row, 5, total, unique)
    return row


def _persons(wb: Workbook, r: DonorReport) -> None:
    ws = wb.create_sheet("Persons")
    _title(ws, r, "Osoby / Persons")
    header = 4
    ages = r.ages or BySexTable("Grupa wiekowa / Age group", ())
    row = _by_sex(ws, header, ages, None, first=True)
    total = f"E{row}"
    row += 1
    ws.cell(row=row, column=1, value="Unikalne osoby / Unique persons served").font = BOLD
    ws.cell(row=row, column=5, value=r.unique_persons).number_format = INTEGER
    unique = f"$E${row}"
    row += 1
    ws.cell(row=row, column=1, value="Kontrola: razem = unikalne osoby / Check: total = unique persons")
    _check(ws, row, 5, total, unique)
    for table in r.by_sex:
        row = _by_sex(ws, row + 2, table, unique)
    _fit(ws)


def _services(wb: Workbook, r: DonorReport) -> None:
    ws = wb.create_sheet("Services")
    _title(ws, r, "Usługi / Services")
    header = 4
    _header(ws, header, ["Źródło / Source", "Rodzaj / Kind", "Usługi / Services",
                         "Unikalne osoby / Unique persons (nie sumować / not additive)"])
    row = header
    for line in r.services:
        row += 1
        ws.cell(row=row, column=1, value=line.source)
        ws.cell(row=row, column=2, value=line.kind)
        ws.cell(row=row, column=3, value=line.services).number_format = INTEGER
        ws.cell(row=row, column=4, value=line.unique_persons).number_format = INTEGER
    last = row
    _filter(ws, header, last, 4)
    for source in dict.fromkeys(line.source for line in r.services):
        row += 1
        ws.cell(row=row, column=1, value=source).font = BOLD
        ws.cell(row=row, column=2, value="Razem usług / Total services").font = BOLD
        cell = _formula(ws, row, 3, f'=SUMIF(A{header + 1}:A{last},"{_quoted(source)}",C{header + 1}:C{last})')
        cell.font, cell.number_format = BOLD, INTEGER
    _fit(ws)


def _service_groups(wb: Workbook, r: DonorReport) -> None:
    ws = wb.create_sheet("Services by group")
    _title(ws, r, "Usługi wg wieku i płci / Services by age group and sex")
    header = 4
    _header(ws, header, ["Źródło / Source", "Rodzaj / Kind", "Grupa wiekowa / Age group",
                         "Usługi: kobiety / Services: female", "Usługi: mężczyźni / Services: male",
                         "Usługi: inna / Services: other", "Usługi razem / Services total",
                         "Osoby: kobiety / Persons: female", "Osoby: mężczyźni / Persons: male",
                         "Osoby: inna / Persons: other",
                         "Osoby razem / Persons total (w rodzaju; nie sumować między rodzajami / "
                         "within the kind; not additive across kinds)",
                         "Unikalne osoby w rodzaju (z bazy) / Unique persons in the kind (database)",
                         "Kontrola / Check"])
    row = header
    for kind in r.service_groups:
        start = row + 1
        for line in kind.ages:
            row += 1
            ws.cell(row=row, column=1, value=kind.source)
            ws.cell(row=row, column=2, value=kind.kind)
            ws.cell(row=row, column=3, value=line.age_group)
            for col, value in enumerate((*line.services[:3], None, *line.persons[:3]), 4):
                if value is not None:
                    ws.cell(row=row, column=col, value=value).number_format = INTEGER
            _formula(ws, row, 7, f"=SUM(D{row}:F{row})").number_format = INTEGER
            _formula(ws, row, 11, f"=SUM(H{row}:J{row})").number_format = INTEGER
        last_age = row
        if kind.anonymous:
            row += 1
            ws.cell(row=row, column=1, value=kind.source)
            ws.cell(row=row, column=2, value=kind.kind)
            ws.cell(row=row, column=3, value="wizyty anonimowe (bez osoby) / anonymous visits (no person)")
            ws.cell(row=row, column=7, value=kind.anonymous).number_format = INTEGER
        row += 1
        ws.cell(row=row, column=1, value=kind.source).font = BOLD
        ws.cell(row=row, column=2, value=kind.kind).font = BOLD
        ws.cell(row=row, column=3, value="Razem w rodzaju / Total of the kind").font = BOLD
        for col in range(4, 12):
            letter = get_column_letter(col)
            end = row - 1 if col == 7 else last_age  # anonymous visits: services, never persons
            cell = _formula(ws, row, col, f"=SUM({letter}{start}:{letter}{max(end, start)})")
            cell.font, cell.number_format = BOLD, INTEGER
        ws.cell(row=row, column=12, value=kind.unique_persons).number_format = INTEGER
        _check(ws, row, 13, f"K{row}", f"L{row}")
    _filter(ws, header, row, 13)
    _fit(ws, maximum=40)


def _activities(wb: Workbook, r: DonorReport) -> None:
    ws = wb.create_sheet("Activities")
    _title(ws, r, "Działania / Activities")
    header = 4
    _header(ws, header, ["Działanie / Activity", "Rodzaj / Kind", "Pierwsze / First", "Ostatnie / Last",
                         "Spotkania / Sessions held", "Godziny / Hours", "Uczestnicy / Participants"])
    row = header
    for line in r.activities:
        row += 1
        values = (line.title, line.kind, line.first, line.last, line.sessions, line.hours, line.participants)
        for col, value in enumerate(values, 1):
            cell = ws.cell(row=row, column=col, value=value)
            if col in (3, 4):
                cell.number_format = DATE
            elif col == 6:
                cell.number_format = HOURS
            elif col in (5, 7):
                cell.number_format = INTEGER
    last = row
    _filter(ws, header, last, 7)
    row += 1
    ws.cell(row=row, column=1, value="Razem / Total").font = BOLD
    for col, fmt in ((5, INTEGER), (6, HOURS)):
        letter = get_column_letter(col)
        cell = _formula(ws, row, col, f"=SUM({letter}{header + 1}:{letter}{max(last, header + 1)})")
        cell.font, cell.number_format = BOLD, fmt
    _fit(ws)


def _employment(wb: Workbook, r: DonorReport) -> None:
    ws = wb.create_sheet("Employment")
    _title(ws, r, "Zatrudnienie / Employment")
    header = 4
    _header(ws, header, ["Kod osoby / Person code", "Początek / Start date", "Umowa / Contract",
                         "Stabilne / Stable", "Godz./tydz. / Hours per week"])
    row = header
    for line in r.employment:
        row += 1
        ws.cell(row=row, column=1, value=line.code)
        ws.cell(row=row, column=2, value=line.start_date).number_format = DATE
        ws.cell(row=row, column=3, value=line.contract)
        ws.cell(row=row, column=4, value="tak / yes" if line.stable else "nie / no")
        ws.cell(row=row, column=5, value=line.hours_per_week)
    last = row
    _filter(ws, header, last, 5)
    row += 1
    ws.cell(row=row, column=1, value="Wyniki / Outcomes").font = BOLD
    _formula(ws, row, 2, f"=COUNTA(A{header + 1}:A{max(last, header + 1)})").font = BOLD
    row += 1
    # persons, not outcomes: one person with two stable jobs is one (from the database, like every
    # unique-person total: the codes are not summed)
    ws.cell(row=row, column=1, value="Osoby ze stabilnym zatrudnieniem / Persons with stable employment").font = BOLD
    ws.cell(row=row, column=2, value=r.stable_persons).font = BOLD
    _fit(ws)


def _quality(wb: Workbook, r: DonorReport) -> None:
    ws = wb.create_sheet("Data quality")
    _title(ws, r, "Jakość danych / Data quality")
    header = 4
    _header(ws, header, ["Co sprawdzić / What to check", "Liczba / Count", "Z / Out of", "Udział / Share",
                         "Co poprawić przed wysłaniem / What to fix before sending"])
    row = header
    for line in r.quality:
        row += 1
        ws.cell(row=row, column=1, value=line.problem)
        ws.cell(row=row, column=2, value=line.count).number_format = INTEGER
        ws.cell(row=row, column=3, value=line.out_of).number_format = INTEGER
        _formula(ws, row, 4, f"=IF(C{row}>0,B{row}/C{row},0)").number_format = PERCENT
        ws.cell(row=row, column=5, value=line.fix).alignment = Alignment(wrap_text=True, vertical="top")
    _filter(ws, header, row, 5)
    _fit(ws, maximum=70)


def write_workbook(report: DonorReport, out_path: Path) -> Path:
    """Write the workbook atomically (temporary file, then rename) and return its path."""
    wb = Workbook()
    _summary(wb, report)
    _persons(wb, report)
    _services(wb, report)
    _service_groups(wb, report)
    _activities(wb, report)
    _employment(wb, report)
    _quality(wb, report)
    text_stays_text(wb)
    out_path = Path(out_path)
    fd, tmp = tempfile.mkstemp(dir=out_path.parent, prefix=".report-", suffix=".xlsx")
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, out_path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return out_path
