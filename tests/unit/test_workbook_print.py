"""The donor workbook in the language chosen (pl, uk, en) and ready to print: its page setup read
back with openpyxl, then printed to PDF by LibreOffice (headless) and its pages counted."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from pypdf import PdfReader
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
from wic_desk.gui.i18n import translator_for
from wic_desk.reports.workbook import (
    ActivityLine,
    BySexRow,
    BySexTable,
    DonorReport,
    EmploymentLine,
    IndicatorLine,
    ServiceLine,
    write_workbook,
)
from wic_desk.services import activities as act
from wic_desk.services import consultations as cs
from wic_desk.services import outcomes, people, reports, visits
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import Indicator

A, B = dt.date(2024, 3, 1), dt.date(2024, 3, 31)
CENTRE = "Centrum Integracji Test"  # tests/conftest.py's
TYPED_TITLE = "Godziny warsztatów na festiwalu (nasz tytuł)"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.fixture
def world(db, admin, make_staff, consent):
    """Three persons of three citizenships (one stateless) served in March, a language club, a job;
    one indicator retitled by the coordinator."""
    counsellor = make_staff(Role.COUNSELLOR)

    def person(given, family, sex, birth, citizenship):
        return people.register(db, admin, people.PersonInput(given_name=given, family_name=family, sex=sex,
                                                             birth_date=birth, citizenship=citizenship), consent)

    olena = person("Olena", "Testowa", Sex.FEMALE, dt.date(1985, 4, 2), "UA")
    giorgi = person("Giorgi", "Przykładowy", Sex.MALE, dt.date(1970, 9, 9), "GE")
    ahmad = person("Ahmad", "Fikcyjny", Sex.MALE, dt.date(2000, 1, 20), "XX")
    when = dt.datetime(2024, 3, 4, 10)
    visits.record_visit(db, admin, olena, [ServiceCategory.INFORMATION], when=when)
    visits.record_visit(db, admin, giorgi, [ServiceCategory.LEGAL], when=when)
    visits.record_visit(db, admin, ahmad, [ServiceCategory.INFORMATION], when=when)
    cs.record(db, counsellor, olena, cs.ConsultationInput(ConsultationKind.VOCATIONAL, dt.date(2024, 3, 5)))
    club = act.create(db, admin, act.ActivityInput(kind=ActivityKind.LANGUAGE_CLUB, title="Klub rozmów",
                                                   sessions=[act.SessionInput(dt.date(2024, 3, 7), 2)]))
    act.enrol(db, admin, club, olena)
    act.mark(db, admin, act.grid(db, admin, club).sessions[0].id, olena, AttendanceStatus.PRESENT)
    outcomes.record(db, counsellor, olena, outcomes.OutcomeInput(dt.date(2024, 3, 18), ContractKind.EMPLOYMENT))
    with UnitOfWork(db, admin) as uow:
        uow.session.execute(update(Indicator).where(Indicator.code == "festival_hours").values(title=TYPED_TITLE))


def donor_workbook(db, admin, tmp_path: Path, language: str) -> Path:
    return reports.donor_report(db, admin, A, B, tmp_path / f"donor-{language}.xlsx", translator_for(language),
                                language=language)


EXPECTED = {
    "en": {"sheets": ["Summary", "Persons", "Services", "Services by group", "Activities", "Employment",
                      "Data quality"],
           "summary": ["Indicator", "Count", "Target", "% of target"],
           "seed": "Persons into stable employment", "dimensions": ["Age group", "Citizenship", "Disability (Washington Group)", "Residence status",
                                                                "New and returning"],
           "countries": {"Ukraine", "Georgia", "Stateless / unknown"}, "female": "female",
           "kind": "Language club", "reason": "Information", "contract": "Employment contract", "yes": "yes",
           "footer": "Page &P of &N"},
    "pl": {"sheets": ["Podsumowanie", "Osoby", "Usługi", "Usługi wg grup", "Działania", "Zatrudnienie",
                      "Jakość danych"],
           "summary": ["Wskaźnik", "Wynik", "Wartość docelowa", "% celu"],
           "seed": "Osoby, które podjęły stabilne zatrudnienie",
           "dimensions": ["Grupa wiekowa", "Obywatelstwo", "Niepełnosprawność (Washington Group)", "Status pobytu",
                          "Nowe i powracające"],
           "countries": {"Ukraina", "Gruzja", "Bezpaństwowiec / nieznane"}, "female": "kobiety",
           "kind": "Klub językowy", "reason": "Informacja", "contract": "Umowa o pracę", "yes": "tak",
           "footer": "Strona &P z &N"},
    "uk": {"sheets": ["Підсумок", "Особи", "Послуги", "Послуги за групами", "Заходи", "Працевлаштування",
                      "Якість даних"],
           "summary": ["Показник", "Результат", "Цільове значення", "% від цілі"],
           "seed": "Особи, які отримали стабільне працевлаштування",
           "dimensions": ["Вікова група", "Громадянство", "Інвалідність (Washington Group)",
                          "Статус перебування", "Нові та повторні"],
           "countries": {"Україна", "Грузія", "Без громадянства / невідомо"}, "female": "жінки",
           "kind": "Мовний клуб", "reason": "Інформація", "contract": "Трудовий договір", "yes": "так",
           "footer": "Сторінка &P з &N"},
}


def column(ws, col: int, first: int = 5) -> list:
    return [ws.cell(row=r, column=col).value for r in range(first, ws.max_row + 1)]


@pytest.mark.parametrize("language", ["en", "pl", "uk"])
def test_the_workbook_is_in_the_language_chosen(db, admin, world, tmp_path, language):
    want = EXPECTED[language]
    wb = load_workbook(donor_workbook(db, admin, tmp_path, language))
    assert wb.sheetnames == want["sheets"]
    summary, persons, services, _groups, activities, employment, _quality = wb.worksheets
    assert [c.value for c in summary[4]][:4] == want["summary"]
    titles = column(summary, 1)
    assert titles[0] == want["seed"]          # a seed indicator's title in the report's language
    assert TYPED_TITLE in titles              # the coordinator's own title as typed
    first_column = column(persons, 1, first=4)
    assert [d for d in first_column if d in want["dimensions"]] == want["dimensions"]  # each table's heading
    assert want["countries"] <= set(first_column)   # country names from the codes UA, GE and XX
    assert not {"UA", "GE", "XX"} & set(first_column)
    assert want["female"] == persons.cell(row=4, column=2).value
    assert want["reason"] in column(services, 2)
    assert column(activities, 2)[0] == want["kind"]
    assert (column(employment, 3)[0], column(employment, 4)[0]) == (want["contract"], want["yes"])
    assert all(ws.oddFooter.center.text == want["footer"] for ws in wb.worksheets)
    if language != "en":  # no heading left in English
        english = set(EXPECTED["en"]["sheets"] + EXPECTED["en"]["summary"] + EXPECTED["en"]["dimensions"])
        assert not english & {c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row}


def test_every_sheet_is_set_up_for_printing(db, admin, world, tmp_path):
    project = reports.current_project(db).name
    wb = load_workbook(donor_workbook(db, admin, tmp_path, "en"))
    summary = wb["Summary"]
    [chart] = summary._charts
    # the chart sits under the table, inside the printed columns A-D and rows
    assert chart.anchor._from.col == 0 and chart.anchor.to.col == 4
    assert chart.anchor._from.row >= summary.max_row
    for ws in wb.worksheets:
        last_row = chart.anchor.to.row + 1 if ws is summary else ws.max_row
        assert ws.print_area == f"'{ws.title}'!$A$1:${get_column_letter(ws.max_column)}${last_row}"
        assert str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.page_setup.fitToWidth == 1
        assert ws.page_setup.fitToHeight == (1 if ws is summary else 0)  # 0: as many pages down as needed
        assert ws.print_title_rows == "$4:$4"  # the header row on every page
        assert ws.oddHeader.left.text == f"{CENTRE} · {project}"
        assert ws.oddHeader.right.text == "2024-03-01 – 2024-03-31"
        assert ws.oddFooter.center.text == "Page &P of &N"
    assert summary.page_setup.orientation == "portrait"


def test_header_codes_in_names_are_printed_as_typed(tmp_path):
    """An "&" in a centre's or project's name is a code in a page header (&P: page number): doubled."""
    report = DonorReport(project="Praca & Dom", donor="", period_from=A, period_to=B,
                         generated=dt.datetime(2024, 4, 1, 9), centre="Centrum &P")
    wb = load_workbook(write_workbook(report, tmp_path / "amp.xlsx"))
    assert {ws.oddHeader.left.text for ws in wb.worksheets} == {"Centrum &&P · Praca && Dom"}


# -- printed through LibreOffice ------------------------------------------------------------------

needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


def to_pdf(xlsx: Path, tmp_path: Path) -> PdfReader:
    profile = tmp_path / "lo-profile"  # a profile of its own: never the user's, never a running one's
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(xlsx)], check=True, capture_output=True, timeout=180)
    return PdfReader(tmp_path / f"{xlsx.stem}.pdf")


def is_a4(page) -> bool:
    w, h = sorted((float(page.mediabox.width), float(page.mediabox.height)))
    return abs(w - 595.3) < 2 and abs(h - 841.9) < 2


# each sheet's header row as it prints on every page of the sheet (first and last column both:
# a sheet cut in width would print a page without one of them)
SHEET_HEADERS = {
    "Summary": ("Indicator", "% of target"),
    "Persons": ("Age group", "Total"),
    "Services": ("Source", "Unique persons (not"),
    "Services by group": ("Source", "Age group"),
    "Activities": ("Activity", "Participants"),
    "Employment": ("Person code", "Hours per week"),
    "Data quality": ("What to check", "Share"),
}


def sheet_of(text: str) -> list[str]:
    lines = text.splitlines()
    return [sheet for sheet, (first, last) in SHEET_HEADERS.items()
            if any(line.strip().startswith(first) and last in line for line in lines)]


@needs_soffice
def test_printed_the_summary_with_its_chart_is_one_page_and_each_sheet_fits_the_width(db, admin, world, tmp_path):
    pdf = to_pdf(donor_workbook(db, admin, tmp_path, "en"), tmp_path)
    texts = [page.extract_text() for page in pdf.pages]
    assert all(is_a4(page) for page in pdf.pages)
    assert [sheet_of(t) for t in texts] == [[s] for s in SHEET_HEADERS]  # one page each, whole width
    first = texts[0]
    assert "Donor report — Summary" in first and "Count against target" in first  # the chart is on it
    assert CENTRE in first and "2024-03-01 – 2024-03-31" in first and "Page 1 of 7" in first


@needs_soffice
def test_printed_in_polish_the_pages_are_numbered_in_polish(db, admin, world, tmp_path):
    pdf = to_pdf(donor_workbook(db, admin, tmp_path, "pl"), tmp_path)
    first = pdf.pages[0].extract_text()
    assert len(pdf.pages) == 7
    assert "Raport dla grantodawcy — Podsumowanie" in first and "Strona 1 z 7" in first
    assert "Wynik a wartość docelowa" in first


def long_report() -> DonorReport:
    """A year of a busy centre: long indicator and activity titles, many activities and jobs."""
    report = DonorReport(project="Integracja i adaptacja cudzoziemców w Małopolsce — etap II (2024)",
                         donor="Międzynarodowa Organizacja do spraw Migracji", period_from=dt.date(2024, 1, 1),
                         period_to=dt.date(2024, 12, 31), generated=dt.datetime(2025, 1, 10, 9),
                         centre="Centrum Wsparcia Cudzoziemców im. Przykładowej Patronki w Krakowie")
    report.indicators = [IndicatorLine(f"Spotkania adaptacyjne dla przedstawicieli społeczności, grupa {i}",
                                       i * 3.5, 40) for i in range(12)]
    report.unique_persons, report.new_persons, report.returning_persons = 950, 700, 250
    report.ages = BySexTable("Age group", tuple(BySexRow(v, (40, 12, 1)) for v in ("0-4", "5-11", "18-59", "60+")))
    report.by_sex = [BySexTable("Citizenship", tuple(BySexRow(v, (40, 12, 0)) for v in (
        "Ukraine", "Belarus", "Georgia", "Russia", "other")))]
    report.services = [ServiceLine("visits", f"Kind {i}", 100 + i, 40) for i in range(12)]
    report.activities = [ActivityLine(f"Warsztaty integracyjne dla dorosłych i młodzieży, edycja {i} (sobota)",
                                      "Integration workshop for adults", dt.date(2024, 1, 6), dt.date(2024, 6, 29),
                                      12, 24.0, 15) for i in range(140)]
    report.employment = [EmploymentLine(f"P-{i:010X}", dt.date(2024, 2, 1), "Employment contract", True, 40)
                         for i in range(120)]
    return report


@needs_soffice
def test_a_long_report_prints_its_header_row_on_every_page_and_the_summary_on_one(tmp_path):
    pdf = to_pdf(write_workbook(long_report(), tmp_path / "long.xlsx"), tmp_path)
    sheets = [sheet_of(page.extract_text()) for page in pdf.pages]
    assert all(len(s) == 1 for s in sheets), sheets  # every page: one sheet's whole header row
    pages = {sheet: sum(s == [sheet] for s in sheets) for sheet in SHEET_HEADERS}
    assert pages["Summary"] == 1
    assert pages["Activities"] >= 2 and pages["Employment"] >= 2
    assert [s[0] for s in sheets] == sorted((s[0] for s in sheets), key=list(SHEET_HEADERS).index)
    assert all(is_a4(page) for page in pdf.pages)
    total = len(pdf.pages)
    assert f"Page {total} of {total}" in pdf.pages[-1].extract_text()


def test_the_chart_compares_only_the_indicators_with_a_target(tmp_path):
    """A service counted in thousands with no target yet would dwarf the targets: the indicators
    with a target come first, in the project's order, and only they are in the chart."""
    report = DonorReport(project="P", donor="D", period_from=dt.date(2024, 1, 1), period_to=dt.date(2024, 6, 30),
                         generated=dt.datetime(2024, 7, 1, 9, 0), indicators=[
                             IndicatorLine("Legal services", 7929, 0), IndicatorLine("Meetings", 6, 5),
                             IndicatorLine("Lawyer", 1323, 0), IndicatorLine("Club", 37, 12)])
    out = write_workbook(report, tmp_path / "r.xlsx")
    summary = load_workbook(out).worksheets[0]
    assert [summary.cell(row=r, column=1).value for r in range(5, 9)] == ["Meetings", "Club", "Legal services",
                                                                          "Lawyer"]
    [chart] = summary._charts
    refs = [s.val.numRef.f for s in chart.series] + [chart.series[0].cat.strRef.f if chart.series[0].cat.strRef
                                                     else chart.series[0].cat.numRef.f]
    assert all(ref.endswith("$6") for ref in refs), refs  # rows 5 and 6: the two with a target


def test_services_by_group_keeps_its_columns_narrow_enough_to_read(db, admin, world, tmp_path):
    """Thirteen columns fitted to the page width: the figures' columns as wide as a figure, their
    long headings wrapped in a tall header row (they made the sheet print at a third of its size)."""
    for language in ("en", "pl", "uk"):
        ws = load_workbook(donor_workbook(db, admin, tmp_path, language)).worksheets[3]
        widths = [ws.column_dimensions[get_column_letter(c)].width for c in range(1, 14)]
        assert sum(widths) <= 210, (language, widths)
        assert all(ws.cell(row=4, column=c).alignment.wrap_text for c in range(1, 14))
        assert ws.row_dimensions[4].height >= 60
