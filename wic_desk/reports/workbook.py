"""The donor's Excel workbook (openpyxl): Summary, Persons, Services, Services by group,
Activities, Employment, Data quality.

Every sheet has a title row, a frozen bold header, filters, widths that fit, number formats, and
totals written as Excel formulas so the donor can check them. Unique-person columns are never
summed across kinds (a person served in two ways is one person); their totals come from the
database. Within one table of persons (by age and sex, by citizenship and sex, ...) every human is
in exactly one cell, so those tables do add up, and a check cell compares each grand total with
the unique persons served.

The workbook is in one language, chosen when it is made (pl, uk or en): sheet names, headings
and labels are written here in English as ``tr("Workbook", "...")`` and translated by the
report's ``translate`` (Qt's catalogues, passed in by the GUI or the command line; lupdate
collects the strings). Values (kinds, countries) arrive already translated in the lines.

Every sheet prints on A4 (``_print_setup``): its used range, landscape when wide, fitted to the
page width, the header row repeated on each page, the centre, project and period in the page
header and "Page X of Y" in the footer; the Summary with its chart fits one page.

A new sheet follows the same pattern: ``tr = r.translate``, every text ``tr(CONTEXT, "English")``
(a literal, so lupdate finds it), and ``_print_setup(ws, r, header_row, last_col, last_row)`` last.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.drawing.spreadsheet_drawing import AnchorMarker, TwoCellAnchor
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from wic_desk.reports.report_data import (  # noqa: F401  (the lines' names, as the writer's callers know them)
    ActivityLine,
    AgeServices,
    BySexRow,
    BySexTable,
    DonorReport,
    EmploymentLine,
    IndicatorLine,
    KindByGroup,
    QualityLine,
    ServiceLine,
    Translate,
    _plain,
)

CONTEXT = "Workbook"  # the translation context of every text of the workbook

HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
TITLE_FONT = Font(bold=True, size=14)
BOLD = Font(bold=True)
PERCENT = "0.0%"
INTEGER = "#,##0"
HOURS = "#,##0.0"
DATE = "yyyy-mm-dd"


def _title(ws: Worksheet, report: DonorReport, subtitle: str) -> None:
    tr = report.translate
    title = report.title or tr(CONTEXT, "Donor report")
    ws["A1"] = f"{title} — {subtitle}"
    ws["A1"].font = TITLE_FONT
    ws["A2"] = (f"{report.project} · {report.donor} · {report.period_from.isoformat()} – "
                f"{report.period_to.isoformat()} · {report.generated:%Y-%m-%d %H:%M}")


_FORBIDDEN_IN_SHEET_NAMES = str.maketrans({c: "-" for c in "[]:*?/\\"})


def _sheet_name(text: str) -> str:
    """A translated name Excel accepts as a sheet's: at most 31 characters, none of []:*?/\\."""
    return text.translate(_FORBIDDEN_IN_SHEET_NAMES).strip("'")[:31] or "Sheet"


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
    if freeze:  # by its address: a cell made below the header would take the next appended row's place
        ws.freeze_panes = f"A{row + 1}"


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



# -- printing ------------------------------------------------------------------------------------

DEFAULT_WIDTH = 9.0  # Excel's width of a column nobody sized (8.43 characters, rounded up)
PORTRAIT_WIDTH = 95  # column widths (characters) that fit across a portrait A4 page at 100 %
HEADER_PORTRAIT = 110   # characters of 8-point text across a portrait A4 page header
HEADER_LANDSCAPE = 165  # ... across a landscape one


def _width(ws: Worksheet, column: int) -> float:
    dim = ws.column_dimensions.get(get_column_letter(column))
    return float(dim.width) if dim is not None and dim.width else DEFAULT_WIDTH


def _header_text(text: str) -> str:
    """User text in a page header or footer: "&" starts a code there (&P: page), so it is doubled."""
    return str(text).replace("&", "&&")


def _shorten(text: str, size: int) -> str:
    return text if len(text) <= size else text[:max(1, size - 1)].rstrip() + "…"


def _fair_share(first: str, second: str, room: int) -> tuple[str, str]:
    """Two texts shortened to ``room`` characters together, the shorter kept whole if it can be."""
    if len(first) + len(second) <= room:
        return first, second
    half = room // 2
    if len(first) <= half:
        return first, _shorten(second, room - len(first))
    if len(second) <= half:
        return _shorten(first, room - len(second)), second
    return _shorten(first, half), _shorten(second, room - half)


def _wrap_title_rows(ws: Worksheet, last_col: int) -> None:
    """The title and the line under it span the printed columns and wrap inside them, so no
    text runs past the page's right edge."""
    if last_col < 2:
        return
    total = sum(_width(ws, c) for c in range(1, last_col + 1))
    for row, per_line, line_height in ((1, 1.6, 20.0), (2, 1.0, 15.0)):
        text = str(ws.cell(row=row, column=1).value or "")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_col)
        cell = ws.cell(row=row, column=1)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        lines = max(1, -(-int(len(text) * per_line) // max(1, int(total))))
        ws.row_dimensions[row].height = line_height * lines


def _print_setup(ws: Worksheet, r: DonorReport, header_row: int, last_col: int, last_row: int,
                 one_page: bool = False) -> None:
    """A4, the used range, landscape when wide, fitted to the page width (and to one page for the
    Summary), the header row on every page, centre, project and period above, "Page X of Y" below."""
    tr = r.translate
    _wrap_title_rows(ws, last_col)
    ws.print_area = f"A1:{get_column_letter(last_col)}{last_row}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    setup = ws.page_setup
    setup.paperSize = ws.PAPERSIZE_A4
    # the Summary's table with its chart under it fills a portrait page best
    wide = not one_page and sum(_width(ws, c) for c in range(1, last_col + 1)) > PORTRAIT_WIDTH
    setup.orientation = ws.ORIENTATION_LANDSCAPE if wide else ws.ORIENTATION_PORTRAIT
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    setup.fitToWidth = 1
    setup.fitToHeight = 1 if one_page else 0  # 0: as many pages down as the rows need
    ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.9, bottom=0.8, header=0.35, footer=0.35)
    # "centre · project" on the left, the period on the right, on one line that never overlaps
    # (LibreOffice shows a line break in a header as its code): names too long are shortened
    period = f"{r.period_from.isoformat()} – {r.period_to.isoformat()}"
    room = (HEADER_LANDSCAPE if wide else HEADER_PORTRAIT) - len(period)
    centre, project = _fair_share(r.centre.strip(), r.project.strip(), room - 3)
    left = " · ".join(t for t in (centre, project) if t)
    for part, text in ((ws.oddHeader.left, left), (ws.oddHeader.right, period)):
        part.text = _header_text(text)
        part.size = 8
    footer = _header_text(tr(CONTEXT, "Page {page} of {pages}")).format(page="&P", pages="&N")
    ws.oddFooter.center.text = footer
    ws.oddFooter.center.size = 8


# -- the sheets ----------------------------------------------------------------------------------

def _summary(wb: Workbook, r: DonorReport) -> None:
    tr = r.translate
    ws = wb.active
    ws.title = _sheet_name(tr(CONTEXT, "Summary"))
    _title(ws, r, tr(CONTEXT, "Summary"))
    header = 4
    _header(ws, header, [tr(CONTEXT, "Indicator"), tr(CONTEXT, "Count"), tr(CONTEXT, "Target"),
                         tr(CONTEXT, "% of target")])
    row = header
    # the indicators with a target first (the chart compares them with it), then those only
    # counted (no target yet), each in the project's order
    targeted = [line for line in r.indicators if line.target > 0]
    for line in targeted + [line for line in r.indicators if line.target <= 0]:
        row += 1
        ws.cell(row=row, column=1, value=line.title)
        ws.cell(row=row, column=2, value=line.count).number_format = HOURS if line.count % 1 else INTEGER
        ws.cell(row=row, column=3, value=line.target).number_format = INTEGER
        # no target yet (0): the share is left blank, not 0 %
        _formula(ws, row, 4, f'=IF(C{row}>0,B{row}/C{row},"")').number_format = PERCENT
    last_indicator = row
    _filter(ws, header, last_indicator, 4)
    row += 2
    for label, value in ((tr(CONTEXT, "Unique persons served"), r.unique_persons),
                         ("   " + tr(CONTEXT, "new"), r.new_persons),
                         ("   " + tr(CONTEXT, "returning"), r.returning_persons),
                         (tr(CONTEXT, "Anonymous visits"), r.anonymous_visits)):
        ws.cell(row=row, column=1, value=label)
        ws.cell(row=row, column=2, value=value).number_format = INTEGER
        row += 1
    check = row - 4
    ws.cell(row=row, column=1, value=tr(CONTEXT, "Check: new + returning"))
    _formula(ws, row, 2, f"=B{check + 1}+B{check + 2}").number_format = INTEGER
    _fit(ws)
    last_row = row
    if targeted:
        # under the table, spanning its four columns (so it prints with them on one page); only
        # the indicators with a target: a service counted in thousands would dwarf the rest
        chart = BarChart()
        chart.type = "bar"
        chart.title = tr(CONTEXT, "Count against target")
        chart.y_axis.title = None
        chart.x_axis.scaling.orientation = "maxMin"  # the indicators top-down, as in the table
        chart.x_axis.delete = chart.y_axis.delete = False  # Excel hides axes openpyxl leaves unset
        data = Reference(ws, min_col=2, max_col=3, min_row=header, max_row=header + len(targeted))
        cats = Reference(ws, min_col=1, min_row=header + 1, max_row=header + len(targeted))
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(cats)
        first = row + 2  # 1-based row of the chart's top
        rows = max(16, 2 * len(targeted) + 8)
        chart.anchor = TwoCellAnchor(editAs="oneCell", _from=AnchorMarker(col=0, row=first - 1),
                                     to=AnchorMarker(col=4, row=first - 1 + rows))
        ws.add_chart(chart)
        last_row = first + rows
    _print_setup(ws, r, header, 4, last_row, one_page=True)


def _sex_headings(tr) -> list[str]:
    return [tr(CONTEXT, "female"), tr(CONTEXT, "male"), tr(CONTEXT, "other, not stated")]


def _check(ws: Worksheet, row: int, column: int, left: str, right: str, tr=_plain):
    """A check cell: OK when two cells hold the same number."""
    ok, failed = _quoted(tr(CONTEXT, "OK")), _quoted(tr(CONTEXT, "ERROR"))
    cell = _formula(ws, row, column, f'=IF({left}={right},"{ok}","{failed}")')
    cell.font = BOLD
    return cell


def _by_sex(ws: Worksheet, row: int, table: BySexTable, unique: str | None, first: bool = False,
            tr=_plain) -> int:
    """One table of persons by a dimension and sex, from ``row`` (its header): the rows, a total
    column and a totals row as formulas, and a check that the grand total equals the unique persons
    (the cell ``unique``; None: this table's total is that cell). Returns the table's last row."""
    _header(ws, row, [table.dimension, *_sex_headings(tr), tr(CONTEXT, "Total")], freeze=first)
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
    ws.cell(row=row, column=1, value=tr(CONTEXT, "Total")).font = BOLD
    for col in (2, 3, 4, 5):
        letter = get_column_letter(col)
        cell = _formula(ws, row, col, f"=SUM({letter}{start}:{letter}{max(row - 1, start)})")
        cell.font, cell.number_format = BOLD, INTEGER
    total = f"E{row}"
    if unique is not None:
        row += 1
        ws.cell(row=row, column=1, value=tr(CONTEXT, "Check: total = unique persons"))
        _check(ws, row, 5, total, unique, tr)
    return row


def _persons(wb: Workbook, r: DonorReport) -> None:
    tr = r.translate
    ws = wb.create_sheet(_sheet_name(tr(CONTEXT, "Persons")))
    _title(ws, r, tr(CONTEXT, "Persons"))
    header = 4
    ages = r.ages or BySexTable(tr(CONTEXT, "Age group"), ())
    row = _by_sex(ws, header, ages, None, first=True, tr=tr)
    total = f"E{row}"
    row += 1
    ws.cell(row=row, column=1, value=tr(CONTEXT, "Unique persons served")).font = BOLD
    ws.cell(row=row, column=5, value=r.unique_persons).number_format = INTEGER
    unique = f"$E${row}"
    row += 1
    ws.cell(row=row, column=1, value=tr(CONTEXT, "Check: total = unique persons"))
    _check(ws, row, 5, total, unique, tr)
    for table in r.by_sex:
        row = _by_sex(ws, row + 2, table, unique, tr=tr)
    _fit(ws)
    _print_setup(ws, r, header, 5, row)


def _services(wb: Workbook, r: DonorReport) -> None:
    tr = r.translate
    ws = wb.create_sheet(_sheet_name(tr(CONTEXT, "Services")))
    _title(ws, r, tr(CONTEXT, "Services"))
    header = 4
    _header(ws, header, [tr(CONTEXT, "Source"), tr(CONTEXT, "Kind"), tr(CONTEXT, "Services"),
                         tr(CONTEXT, "Unique persons (not additive)")])
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
        ws.cell(row=row, column=2, value=tr(CONTEXT, "Total services")).font = BOLD
        cell = _formula(ws, row, 3, f'=SUMIF(A{header + 1}:A{last},"{_quoted(source)}",C{header + 1}:C{last})')
        cell.font, cell.number_format = BOLD, INTEGER
    _fit(ws)
    _print_setup(ws, r, header, 4, max(row, header))


def _service_groups(wb: Workbook, r: DonorReport) -> None:
    tr = r.translate
    ws = wb.create_sheet(_sheet_name(tr(CONTEXT, "Services by group")))
    _title(ws, r, tr(CONTEXT, "Services by age group and sex"))
    header = 4
    _header(ws, header, [tr(CONTEXT, "Source"), tr(CONTEXT, "Kind"), tr(CONTEXT, "Age group"),
                         tr(CONTEXT, "Services: female"), tr(CONTEXT, "Services: male"),
                         tr(CONTEXT, "Services: other"), tr(CONTEXT, "Services total"),
                         tr(CONTEXT, "Persons: female"), tr(CONTEXT, "Persons: male"),
                         tr(CONTEXT, "Persons: other"),
                         tr(CONTEXT, "Persons total (within the kind; not additive across kinds)"),
                         tr(CONTEXT, "Unique persons in the kind (database)"),
                         tr(CONTEXT, "Check")])
    anonymous_label = tr(CONTEXT, "anonymous visits (no person)")
    kind_total = tr(CONTEXT, "Total of the kind")
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
            ws.cell(row=row, column=3, value=anonymous_label)
            ws.cell(row=row, column=7, value=kind.anonymous).number_format = INTEGER
        row += 1
        ws.cell(row=row, column=1, value=kind.source).font = BOLD
        ws.cell(row=row, column=2, value=kind.kind).font = BOLD
        ws.cell(row=row, column=3, value=kind_total).font = BOLD
        for col in range(4, 12):
            letter = get_column_letter(col)
            end = row - 1 if col == 7 else last_age  # anonymous visits: services, never persons
            cell = _formula(ws, row, col, f"=SUM({letter}{start}:{letter}{max(end, start)})")
            cell.font, cell.number_format = BOLD, INTEGER
        ws.cell(row=row, column=12, value=kind.unique_persons).number_format = INTEGER
        _check(ws, row, 13, f"K{row}", f"L{row}", tr)
    _filter(ws, header, row, 13)
    _fit(ws, maximum=40)
    # the figures' columns as wide as a figure, their long headings wrapped (else the 13 columns,
    # fitted to the page width, print too small to read)
    for col in range(4, 14):
        ws.column_dimensions[get_column_letter(col)].width = {11: 20, 12: 16}.get(col, 11)
    ws.row_dimensions[header].height = 80
    _print_setup(ws, r, header, 13, max(row, header))


def _activities(wb: Workbook, r: DonorReport) -> None:
    tr = r.translate
    ws = wb.create_sheet(_sheet_name(tr(CONTEXT, "Activities")))
    _title(ws, r, tr(CONTEXT, "Activities"))
    header = 4
    _header(ws, header, [tr(CONTEXT, "Activity"), tr(CONTEXT, "Kind"), tr(CONTEXT, "First"), tr(CONTEXT, "Last"),
                         tr(CONTEXT, "Sessions held"), tr(CONTEXT, "Hours"), tr(CONTEXT, "Participants")])
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
    ws.cell(row=row, column=1, value=tr(CONTEXT, "Total")).font = BOLD
    for col, fmt in ((5, INTEGER), (6, HOURS)):
        letter = get_column_letter(col)
        cell = _formula(ws, row, col, f"=SUM({letter}{header + 1}:{letter}{max(last, header + 1)})")
        cell.font, cell.number_format = BOLD, fmt
    _fit(ws)
    _print_setup(ws, r, header, 7, row)


def _employment(wb: Workbook, r: DonorReport) -> None:
    tr = r.translate
    ws = wb.create_sheet(_sheet_name(tr(CONTEXT, "Employment")))
    _title(ws, r, tr(CONTEXT, "Employment"))
    header = 4
    _header(ws, header, [tr(CONTEXT, "Person code"), tr(CONTEXT, "Start date"), tr(CONTEXT, "Contract"),
                         tr(CONTEXT, "Stable"), tr(CONTEXT, "Hours per week")])
    yes, no = tr(CONTEXT, "yes"), tr(CONTEXT, "no")
    # thousands of lines (a year of a big centre): appended as rows, the dates formatted after
    append = ws.append
    for line in r.employment:
        append((line.code, line.start_date, line.contract, yes if line.stable else no, line.hours_per_week))
    last = row = header + len(r.employment)
    for (cell,) in ws.iter_rows(min_row=header + 1, max_row=last, min_col=2, max_col=2):
        cell.number_format = DATE
    _filter(ws, header, last, 5)
    row += 1
    ws.cell(row=row, column=1, value=tr(CONTEXT, "Outcomes")).font = BOLD
    _formula(ws, row, 2, f"=COUNTA(A{header + 1}:A{max(last, header + 1)})").font = BOLD
    row += 1
    # persons, not outcomes: one person with two stable jobs is one (from the database, like every
    # unique-person total: the codes are not summed)
    ws.cell(row=row, column=1, value=tr(CONTEXT, "Persons with stable employment")).font = BOLD
    ws.cell(row=row, column=2, value=r.stable_persons).font = BOLD
    _fit(ws)
    _print_setup(ws, r, header, 5, row)


def _quality(wb: Workbook, r: DonorReport) -> None:
    tr = r.translate
    ws = wb.create_sheet(_sheet_name(tr(CONTEXT, "Data quality")))
    _title(ws, r, tr(CONTEXT, "Data quality"))
    header = 4
    _header(ws, header, [tr(CONTEXT, "What to check"), tr(CONTEXT, "Count"), tr(CONTEXT, "Out of"),
                         tr(CONTEXT, "Share"), tr(CONTEXT, "What to fix before sending")])
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
    _print_setup(ws, r, header, 5, max(row, header))


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
