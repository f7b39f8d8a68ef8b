"""`wic-desk activities list` and `wic-desk report ...` through the command line."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from wic_desk import cli
from wic_desk.domain.enums import ActivityKind
from wic_desk.services import activities as act

pytestmark = pytest.mark.usefixtures("cli_login")


def _run(capsys, *argv):
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def club(db, admin):
    return act.create(db, admin, act.ActivityInput(kind=ActivityKind.LANGUAGE_CLUB, title="Klub rozmów", sessions=[
        act.SessionInput(dt.date(2024, 3, 7)), act.SessionInput(dt.date(2024, 3, 14))]))


def test_activities_list_is_tab_separated(capsys, db_path, club):
    code, out, err = _run(capsys, "activities", "list", "--db", db_path)
    assert code == 0 and err == ""
    assert out.splitlines() == [f"{club}\tlanguage_club\tKlub rozmów\t2024-03-07\t2\t0"]


def test_donor_and_monthly_reports_are_written(capsys, db_path, club, tmp_path):
    out_file = tmp_path / "donor.xlsx"
    code, out, err = _run(capsys, "report", "donor", "--from", "2023-07-01", "--to", "2024-06-15", "--out", out_file,
                          "--db", db_path)
    assert (code, err) == (0, "") and out.strip() == str(out_file)
    assert load_workbook(out_file).sheetnames[0] == "Summary"
    code, out, err = _run(capsys, "report", "monthly", "--month", "2024-03", "--out", tmp_path / "m.xlsx",
                          "--db", db_path)
    assert code == 0 and (tmp_path / "m.xlsx").exists()


@pytest.mark.parametrize("argv", [
    ["report", "donor", "--from", "2024-02-30", "--to", "2024-03-01"],
    ["report", "donor", "--from", "2024-03-01", "--to", "2024-02-01"],
    ["report", "monthly", "--month", "2024-3x"],
    ["report", "donor", "--from", "2024-03-01", "--to", "2024-03-31", "--out-typo", "x.xlsx"],
])
def test_bad_report_input_is_one_line_and_writes_nothing(capsys, db_path, admin, tmp_path, argv):
    out_file = tmp_path / "r.xlsx"
    extra = [] if "--out-typo" in argv else ["--out", out_file]
    code, out, err = _run(capsys, *argv, *extra, "--db", db_path)
    assert code == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not out_file.exists()


@pytest.fixture
def course(db, admin, consent):
    from wic_desk.domain.enums import AttendanceStatus, Sex
    from wic_desk.services import people
    aid = act.create(db, admin, act.ActivityInput(kind=ActivityKind.POLISH_COURSE, title="Kurs A1", sessions=[
        act.SessionInput(dt.date(2024, 3, d), 2) for d in (4, 11, 18)]))
    pids = [people.register(db, admin, people.PersonInput(given_name=g, family_name=f, sex=Sex.FEMALE), consent)
            for g, f in (("Олександра", "Ковальчук"), ("Łucja", "Żak"))]
    for pid in pids:
        act.enrol(db, admin, aid, pid)
    for s in act.grid(db, admin, aid).sessions:
        act.mark(db, admin, s.id, pids[0], AttendanceStatus.PRESENT)
    return aid


def test_attendance_sheet_and_certificates_then_verify(capsys, db_path, course, tmp_path):
    from pypdf import PdfReader
    sheet = tmp_path / "sheet.pdf"
    code, out, err = _run(capsys, "attendance-sheet", "--activity", course, "--session", 2, "--out", sheet,
                          "--db", db_path)
    assert (code, err) == (0, "")
    text = "".join(page.extract_text() for page in PdfReader(sheet).pages)
    assert "Oleksandra Kovalchuk" in text and "Łucja Żak" in text
    certs = tmp_path / "certs.pdf"
    code, out, err = _run(capsys, "certificates", "--activity", course, "--out", certs, "--db", db_path)
    assert code == 0 and "issued\t1" in out
    [page] = PdfReader(certs).pages
    page_text = page.extract_text()
    import re
    serial = re.search(r"WIC/\d{4}/[A-Z2-9]{4}/\d{6}", page_text).group(0)
    verification = re.search(r"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}", page_text).group(0)
    code, out, err = _run(capsys, "certificates", "verify", serial, verification, "--db", db_path)
    assert code == 0 and out.startswith("genuine\t") and "Oleksandra Kovalchuk" in out
    forged = verification[:-1] + ("A" if verification[-1] != "A" else "B")
    code, out, err = _run(capsys, "certificates", "verify", serial, forged, "--db", db_path)
    assert code == 1 and out == "" and len(err.splitlines()) == 1 and "Kovalchuk" not in err


@pytest.mark.parametrize("argv", [
    ["attendance-sheet", "--activity", "not-an-id", "--out", "x.pdf"],
    ["attendance-sheet", "--activity", "00000000-0000-4000-8000-000000000000", "--out", "x.pdf"],
    ["certificates", "--activity", "00000000-0000-4000-8000-000000000000", "--out", "x.pdf"],
    ["certificates"],
])
def test_bad_document_commands_are_one_line(capsys, db_path, admin, tmp_path, monkeypatch, argv):
    monkeypatch.chdir(tmp_path)
    code, out, err = _run(capsys, *argv, "--db", db_path)
    assert code == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_reports_sent_are_listed_and_copied_byte_for_byte(capsys, db_path, club, tmp_path):
    import hashlib
    sent = tmp_path / "m.xlsx"
    assert _run(capsys, "report", "monthly", "--month", "2024-03", "--out", sent, "--db", db_path)[0] == 0
    original = sent.read_bytes()
    sent.unlink()
    code, out, err = _run(capsys, "report", "sent", "--db", db_path)
    assert (code, err) == (0, "")
    [line] = out.splitlines()
    fields = line.split("\t")
    assert len(fields) == 10
    report_id, kind, start, end, _project, made_by, _at, name, size, sha = fields
    assert (kind, start, end, made_by, name, int(size)) == ("monthly", "2024-03-01", "2024-03-31", "Anna Admin",
                                                              "m.xlsx", len(original))
    assert sha == hashlib.sha256(original).hexdigest()
    copy = tmp_path / "copy.xlsx"
    code, out, err = _run(capsys, "report", "copy", report_id[:8], "--out", copy, "--db", db_path)
    assert (code, err) == (0, "") and out.strip() == str(copy)
    assert copy.read_bytes() == original


@pytest.mark.parametrize("which", ["unknown", "short", "folder", "suffix"])
def test_a_bad_copy_is_one_line_and_writes_nothing(capsys, db_path, club, tmp_path, which):
    assert _run(capsys, "report", "monthly", "--month", "2024-03", "--out", tmp_path / "m.xlsx", "--db", db_path)[0] == 0
    report_id = _run(capsys, "report", "sent", "--db", db_path)[1].split("\t")[0]
    ident, out_file = {"unknown": ("ffffffff", tmp_path / "c.xlsx"), "short": ("a", tmp_path / "c.xlsx"),
                       "folder": (report_id, tmp_path / "nowhere" / "c.xlsx"),
                       "suffix": (report_id, tmp_path / "c.pdf")}[which]
    code, out, err = _run(capsys, "report", "copy", ident, "--out", out_file, "--db", db_path)
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not out_file.exists() and not (tmp_path / "c.xlsx").exists()


@pytest.mark.parametrize("flag", ["--lang", "--language"])
def test_a_report_in_the_language_asked_for(capsys, db_path, club, tmp_path, flag):
    out_file = tmp_path / "uk.xlsx"
    code, out, err = _run(capsys, "report", "monthly", "--month", "2024-03", "--out", out_file, flag, "uk",
                          "--db", db_path)
    assert (code, err) == (0, "")
    wb = load_workbook(out_file)
    assert wb.sheetnames == ["Підсумок", "Особи", "Послуги", "Послуги за групами", "Заходи", "Працевлаштування", "Якість даних"]
    assert wb["Підсумок"]["A1"].value.startswith("Місячний звіт 2024-03")
    assert wb["Підсумок"]["A5"].value == "Особи, які отримали стабільне працевлаштування"  # the seed's title


def test_a_report_language_not_offered_is_one_line(capsys, db_path, admin, tmp_path):
    out_file = tmp_path / "de.xlsx"
    code, out, err = _run(capsys, "report", "monthly", "--month", "2024-03", "--out", out_file, "--lang", "de",
                          "--db", db_path)
    assert code != 0 and "Traceback" not in err and not out_file.exists()
