"""Attendance sheets and the PDF building blocks, parsed back with pypdf."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from wic_desk import paths
from wic_desk.documents import attendance_sheet as sheet_doc
from wic_desk.documents import certificate as cert_doc
from wic_desk.documents.pdf import fmt_hours, fmt_time_range, load_template
from wic_desk.domain.enums import ActivityKind, Role, Sex
from wic_desk.domain.errors import NotFound, PermissionDenied, UserError
from wic_desk.services import activities as act
from wic_desk.services import people, sheets
from wic_desk.store.models import AuditEntry

LUKASZ = ("Łukasz", "Żółkiewski", None)
OLEKSANDRA = ("Oleksandra", "Kovalchuk", "Олександра Ковальчук")


def _person(db, actor, consent, given, family, native=None, **extra):
    return people.register(db, actor, people.PersonInput(given_name=given, family_name=family, native_name=native,
                                                         sex=extra.pop("sex", Sex.FEMALE), **extra), consent)


def _activity(db, actor, sessions=3, title="Kurs języka polskiego A1", start=dt.date(2024, 1, 8)):
    return act.create(db, actor, act.ActivityInput(
        kind=ActivityKind.POLISH_COURSE, title=title, facilitator="Zofia Przybylska", place="ul. Świdnicka 12, sala 3",
        sessions=[act.SessionInput(held_on=start + dt.timedelta(days=7 * i), hours=1.5, start_time=dt.time(17, 30))
                  for i in range(sessions)]))


def _text(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(path)).pages]


def _sheet_data(n: int, blank_rows: int = 5) -> sheet_doc.SheetData:
    return sheet_doc.SheetData(
        centre="Centrum Integracji Test", activity_title="Klub językowy", activity_kind="language_club",
        held_on=dt.date(2024, 2, 1), session_number=1, session_count=1, start_time=dt.time(10, 0), hours=2,
        participants=[sheet_doc.SheetParticipant(f"Osoba Testowa{i:03d}", f"Особа Тестова{i:03d}") for i in range(n)],
        funding_pl="Projekt realizowany we współpracy z IOM.", funding_en="Implemented with IOM.",
        blank_rows=blank_rows)


@pytest.fixture
def sheet_template():
    return load_template(paths.exports_dir() / "attendance_sheet.json")


# -- the sheet through the service -----------------------------------------------------------------

def test_sheet_prints_names_in_both_scripts_with_the_session_and_the_funding_line(db, admin, consent, tmp_path):
    aid = _activity(db, admin)
    for given, family, native in (LUKASZ, OLEKSANDRA):
        act.enrol(db, admin, aid, _person(db, admin, consent, given, family, native))
    out = sheets.attendance_sheet(db, admin, aid, 2, tmp_path / "sheet.pdf")
    [text] = _text(out)
    for expected in ("Łukasz Żółkiewski", "Oleksandra Kovalchuk", "Олександра Ковальчук", "Lista obecności",
                     "Список присутніх", "Attendance sheet", "Podpis", "Підпис", "Signature",
                     "Kurs języka polskiego A1", "15.01.2024", "17:30–19:00", "ul. Świdnicka 12, sala 3",
                     "Zofia Przybylska", "Centrum Integracji Test", "2 z 3", "Strona 1 z 1", "Page 1 of 1",
                     "Międzynarodową Organizacją", "International Organization for Migration"):
        assert expected in text, expected
    # sorted by family name the Polish way: Kovalchuk before Żółkiewski
    assert text.index("Oleksandra Kovalchuk") < text.index("Łukasz Żółkiewski")
    assert not list(tmp_path.glob(".*.tmp"))


def test_sheet_embeds_the_font(db, admin, consent, tmp_path):
    aid = _activity(db, admin, sessions=1)
    out = sheets.attendance_sheet(db, admin, aid, None, tmp_path / "s.pdf")
    fonts = PdfReader(str(out)).pages[0]["/Resources"]["/Font"]
    descriptors = [f.get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"] if "/DescendantFonts"
                   in f.get_object() else f.get_object()["/FontDescriptor"] for f in fonts.values()]
    assert all("/FontFile2" in d for d in descriptors)
    assert all("DejaVu" in str(d["/FontName"]) for d in descriptors)


def test_sixty_participants_give_page_x_of_y_on_every_page(db, admin, consent, tmp_path):
    aid = _activity(db, admin)
    for i in range(60):
        act.enrol(db, admin, aid, _person(db, admin, consent, "Daria", f"Testowa{i:02d}"))
    out = sheets.attendance_sheet(db, admin, aid, 1, tmp_path / "big.pdf", blank_rows=4)
    pages = _text(out)
    assert len(pages) >= 2
    for number, text in enumerate(pages, 1):
        assert f"Page {number} of {len(pages)}" in text
        assert f"Strona {number} z {len(pages)}" in text
        assert "Imię i nazwisko" in text  # the header repeats
    everything = "\n".join(pages)
    assert all(f"Daria Testowa{i:02d}" in everything for i in range(60))
    assert "64" in pages[-1] and "65" not in pages[-1].split()


def test_next_session_is_taken_when_no_number_is_given(db, admin, tmp_path):
    aid = _activity(db, admin, sessions=3, start=dt.date(2024, 1, 8))
    data = sheets.sheet_data(db, aid, None, today=dt.date(2024, 1, 10))
    assert (data.session_number, data.held_on) == (2, dt.date(2024, 1, 15))
    assert sheets.sheet_data(db, aid, None, today=dt.date(2025, 1, 1)).session_number == 1  # all past: the first
    assert sheets.sheet_data(db, aid, None, today=dt.date(2023, 1, 1)).session_number == 1


def test_unknown_activity_or_session_is_a_user_error_and_writes_nothing(db, admin, tmp_path):
    import uuid
    aid = _activity(db, admin, sessions=2)
    with pytest.raises(NotFound, match="No such activity"):
        sheets.attendance_sheet(db, admin, uuid.uuid4(), None, tmp_path / "x.pdf")
    with pytest.raises(UserError) as info:
        sheets.attendance_sheet(db, admin, aid, 7, tmp_path / "x.pdf")
    assert "no session number 7" in str(info.value) and "1 to 2" in str(info.value)
    with pytest.raises(UserError):
        sheets.attendance_sheet(db, admin, aid, 1, tmp_path / "missing" / "x.pdf")
    assert list(tmp_path.iterdir()) == [] or all(p.name == "desk.db" or p.name.startswith("desk.db")
                                                 or p.name == "backups" for p in tmp_path.iterdir())


def test_sheet_export_is_audited_without_names(db, admin, consent, tmp_path, make_staff):
    aid = _activity(db, admin)
    act.enrol(db, admin, aid, _person(db, admin, consent, *OLEKSANDRA))
    sheets.attendance_sheet(db, make_staff(Role.RECEPTIONIST), aid, 1, tmp_path / "s.pdf")
    with db.read() as s:
        [(record, detail)] = s.execute(select(AuditEntry.record_id, AuditEntry.detail).where(
            AuditEntry.action == "export.attendance_sheet")).all()
    assert record == aid and "Kovalchuk" not in detail and detail == "session=1 participants=1"


def test_sheet_needs_a_login(db, admin, tmp_path):
    aid = _activity(db, admin)
    with pytest.raises(PermissionDenied):
        sheets.attendance_sheet(db, None, aid, 1, tmp_path / "s.pdf")


# -- the document alone ------------------------------------------------------------------------

def test_200_participants_render_quickly_with_blank_rows(sheet_template):
    buffer = io.BytesIO()
    sheet_doc.render(_sheet_data(200, blank_rows=5), sheet_template, paths.fonts_dir(), buffer)
    reader = PdfReader(buffer)
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "Osoba Testowa199" in text and "Особа Тестова000" in text and "205" in text
    assert f"Page {len(reader.pages)} of {len(reader.pages)}" in text


def test_long_names_stay_within_their_row(sheet_template):
    data = sheet_doc.SheetData(
        centre="C", activity_title="A", activity_kind="language_club", held_on=dt.date(2024, 2, 1),
        session_number=1, session_count=1,
        participants=[sheet_doc.SheetParticipant("Maria-Magdalena Wysokogórska-Brzęczyszczykiewicz",
                                                 "Марія-Магдалена Високогірська-Бженчишчикевич")])
    text = PdfReader(io.BytesIO(sheet_doc.render_bytes(data, sheet_template, paths.fonts_dir()))).pages[0].extract_text()
    assert "Wysokogórska-" in text and "Brzęczyszczykiewicz" in text  # broken after the hyphen, not mid-word


def test_a_broken_template_is_a_user_error(tmp_path):
    bad = tmp_path / "attendance_sheet.json"
    bad.write_text("{ not json", encoding="utf-8")
    with pytest.raises(UserError, match="valid JSON"):
        load_template(bad)
    with pytest.raises(UserError, match="missing"):
        load_template(tmp_path / "nothing.json")
    incomplete = tmp_path / "incomplete.json"
    incomplete.write_text("{}", encoding="utf-8")
    with pytest.raises(UserError, match="lacks the entry title"):
        sheet_doc.render_bytes(_sheet_data(1), load_template(incomplete), paths.fonts_dir())


def test_numbers_and_times_are_written_the_polish_way():
    assert (fmt_hours(16.0), fmt_hours(1.5), fmt_hours(2.25)) == ("16", "1,5", "2,25")
    assert fmt_time_range(dt.time(17, 30), 1.5) == "17:30–19:00"
    assert fmt_time_range(None, 2) == ""


def test_qr_code_is_reportlabs_own_encoding(monkeypatch):
    from reportlab.graphics.barcode import qrencoder
    text = "WIC-CERT WIC/2024/000123 ABCD-EFGH-JK23"
    monkeypatch.setattr(qrencoder.QRCode, "getBestMaskPattern", lambda self: cert_doc.QR_MASK)
    reference = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    reference.addData(text)
    reference.make()
    assert cert_doc.qr_matrix(text) == [[bool(m) for m in row] for row in reference.modules]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_sheet_and_certificate_rasterise(tmp_path, sheet_template):
    sheet = tmp_path / "sheet.pdf"
    sheet_doc.render(_sheet_data(30), sheet_template, paths.fonts_dir(), sheet)
    cert = tmp_path / "cert.pdf"
    cert_doc.render([cert_doc.CertificateData(
        serial="WIC/2024/000001", code="ABCD-EFGH-JK23", language="uk", completed=True, sex="F",
        name="Oleksandra Kovalchuk", native_name="Олександра Ковальчук", activity_title="Kurs A1",
        activity_kind="polish_course", first_date=dt.date(2024, 1, 8), last_date=dt.date(2024, 3, 4), hours=16,
        sessions_attended=8, sessions_total=10, issued_on=dt.date(2024, 3, 15), place_of_issue="Wrocław",
        centre="Centrum Integracji Test")], load_template(paths.exports_dir() / "certificate.json"),
        paths.fonts_dir(), cert)
    for pdf in (sheet, cert):
        subprocess.run(["pdftoppm", "-png", "-r", "30", str(pdf), str(tmp_path / pdf.stem)], check=True,
                       capture_output=True, timeout=60)
    assert len(list(tmp_path.glob("sheet*.png"))) == 2 and len(list(tmp_path.glob("cert*.png"))) == 1
