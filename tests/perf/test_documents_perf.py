"""Speed of the printed documents (issue 4): 500 certificates in one batch (one PDF) under 3 s, an
attendance sheet of 200 participants under 0.5 s, both through the services on a real SQLite file.

Run: ``pytest tests/perf/test_documents_perf.py --benchmark-only -p no:cacheprovider``
"""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from wic_desk.domain.enums import ActivityKind, AttendanceStatus, EnrolmentStatus, Sex
from wic_desk.services import activities as act
from wic_desk.services import certificates, people, sheets
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import Attendance, Enrolment

GIVEN = ["Oleksandra", "Łukasz", "Daria", "Bohdan", "Nino", "Ihar", "Zofia", "Taras"]
FAMILY = ["Kovalchuk", "Żółkiewski", "Kravets", "Lysenko", "Kapanadze", "Zhuk", "Przybylska", "Melnyk"]
NATIVE = ["Олександра Ковальчук", None, "Дарія Кравець", "Богдан Лисенко", "ნინო კაპანაძე", "Ігар Жук", None,
          "Тарас Мельник"]


def _people(db, actor, consent, n):
    return [people.register(db, actor, people.PersonInput(
        given_name=GIVEN[i % 8], family_name=f"{FAMILY[i % 8]}{i:03d}", native_name=NATIVE[i % 8],
        sex=Sex.FEMALE if i % 2 else Sex.MALE, languages="uk,ru" if i % 3 else "pl,en"), consent)
        for i in range(n)]


def _activity_with(db, actor, persons, sessions=1):
    """A new activity with everyone enrolled and present at every session (bulk, as the demo does)."""
    aid = act.create(db, actor, act.ActivityInput(
        kind=ActivityKind.POLISH_COURSE, title=f"Kurs języka polskiego {uuid.uuid4().hex[:4]}", place="Wrocław",
        facilitator="Zofia Przybylska",
        sessions=[act.SessionInput(held_on=dt.date(2024, 1, 8) + dt.timedelta(days=7 * i), hours=2,
                                   start_time=dt.time(17, 30)) for i in range(sessions)]))
    session_ids = [s.id for s in act.grid(db, actor, aid).sessions]
    with UnitOfWork(db, actor) as uow:
        uow.bulk_insert(Enrolment, [
            {"id": uuid.uuid4(), "deleted": False, "activity_id": aid, "person_id": p,
             "status": EnrolmentStatus.ENROLLED, "enrolled_at": dt.datetime(2024, 1, 1)} for p in persons])
        uow.bulk_insert(Attendance, [
            {"id": uuid.uuid4(), "deleted": False, "session_id": s, "person_id": p, "status": AttendanceStatus.PRESENT}
            for p in persons for s in session_ids])
    return aid


@pytest.fixture
def five_hundred(db, admin, consent):
    return _people(db, admin, consent, 500)


def test_500_certificates_in_one_batch(benchmark, db, admin, five_hundred, tmp_path):
    """Every round issues 500 new certificates (serials, codes, rows) and prints them as one PDF."""

    def setup():
        return (_activity_with(db, admin, five_hundred),), {}

    def run(aid):
        return certificates.issue_batch(db, admin, aid, tmp_path / f"{aid}.pdf", today=dt.date(2024, 3, 15))

    result = benchmark.pedantic(run, setup=setup, rounds=3, iterations=1)
    assert result.issued == 500 and len(result.files) == 1
    bare = _bare_certificates(500, tmp_path / "bare.pdf")
    median = benchmark.stats.stats.median
    print(f"\n500 certificates: service {median:.2f} s, plain ReportLab with QR codes {bare:.2f} s, "
          f"ratio {median / bare:.2f}")
    benchmark.extra_info["bare_s"] = bare
    assert median < 3.0


def _bare_certificates(n: int, out) -> float:
    """The bare mechanism, measured in the same run: plain ReportLab writing ``n`` A4 pages of a
    few lines of text each and one QR code (ReportLab's own QR widget), median of 3."""
    import statistics
    import time

    from reportlab.graphics.barcode import qrencoder
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas
    times = []
    for _ in range(3):
        started = time.perf_counter()
        c = Canvas(str(out), pagesize=A4, pageCompression=1)
        for i in range(n):
            c.setFont("Helvetica-Bold", 28)
            c.drawCentredString(A4[0] / 2, 700, "CERTIFICATE")
            c.setFont("Helvetica", 14)
            for k, line in enumerate((f"{GIVEN[i % 8]} {FAMILY[i % 8]}{i:03d}", "Kurs języka polskiego",
                                      "20 hours, 2024-01-08 - 2024-03-11", "Wrocław, 2024-03-15")):
                c.drawCentredString(A4[0] / 2, 600 - 30 * k, line)
            # the QR code with ReportLab's encoder, one fixed mask (as the app does), raw squares
            qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
            qr.addData(f"https://example.org/v/#s=WIC%2F2024%2FK7QD%2F{i:06d}&c=ABCD-EFGH-JK23")
            qr.version = qr.calculate_version()
            qr.makeImpl(False, 0)
            ops = [f"{col} {-r} 1 1 re" for r, row in enumerate(qr.modules) for col, dark in enumerate(row) if dark]
            c.saveState()
            c.transform(2, 0, 0, 2, 450, 160)
            c.addLiteral("\n".join(ops) + "\nf")
            c.restoreState()
            c.showPage()
        c.save()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def test_attendance_sheet_of_200(benchmark, db, admin, consent, tmp_path):
    aid = _activity_with(db, admin, _people(db, admin, consent, 200), sessions=10)
    out = benchmark(sheets.attendance_sheet, db, admin, aid, 3, tmp_path / "sheet.pdf")
    assert out.stat().st_size > 0
    assert benchmark.stats.stats.median < 0.5
