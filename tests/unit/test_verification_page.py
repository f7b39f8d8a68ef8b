"""`wic-desk certificates publish`: the static verification page, opened in headless Chromium as a
visitor would (address from the QR code, typed fields), in three languages; its bytes hold no
name, no serial, no code; the command line contract on bad input."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import urllib.parse
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import STAFF_PASSWORD
from tests.unit.test_certificates import _attend, _course, _person
from wic_desk import cli
from wic_desk.domain.enums import Role
from wic_desk.services import certificates as certs
from wic_desk.store.models import AuditEntry

ISSUED = dt.date(2024, 3, 15)
URL = "https://weryfikacja.example.org/wic/"
# invented people whose names must not appear in the published bytes
MARKERS = ("Zofia", "Markerowska", "Oleksandra", "Kovalchuk", "Олександра", "Ковальчук")

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (Debian: apt-get install chromium), so the "
                             "verification page's script cannot be run")

pytestmark = pytest.mark.usefixtures("cli_login")


def _run(capsys, *argv):
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def issued(db, admin, consent):
    aid = _course(db, admin)
    pids = [_person(db, admin, consent, "Zofia", "Markerowska"),
            _person(db, admin, consent, "Oleksandra", "Kovalchuk", "Олександра Ковальчук", languages="uk")]
    for pid in pids:
        _attend(db, admin, aid, pid, 5)
    return [certs.issue(db, admin, aid, pid, today=ISSUED) for pid in pids]


def _open(page: Path, address_tail: str, language: str = "en-US") -> str:
    """The page's DOM after its script ran, as headless Chromium shows it."""
    import tempfile
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", f"--accept-lang={language}", "--virtual-time-budget=2000",
             "--dump-dom", page.resolve().as_uri() + address_tail],
            capture_output=True, text=True, timeout=120, env=os.environ | {"HOME": profile})
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def _answer(dom: str) -> tuple[str, str]:
    found = re.search(r'<div id="result"[^>]*data-state="([a-z-]+)"[^>]*>([^<]*)</div>', dom)
    assert found, dom[-3000:]
    return found.group(1), found.group(2)


def test_publish_writes_one_page_without_personal_data_and_stores_the_address(capsys, db, db_path, issued,
                                                                               tmp_path):
    out_dir = tmp_path / "site"
    code, out, err = _run(capsys, "certificates", "publish", "--out", out_dir, "--url", URL, "--db", db_path)
    assert (code, err) == (0, "")
    assert out.splitlines() == [f"file\t{out_dir / 'index.html'}", "certificates\t2", f"url\t{URL}"]
    assert [p.name for p in out_dir.iterdir()] == ["index.html"]
    data = (out_dir / "index.html").read_bytes()
    text = data.decode("utf-8")
    for marker in MARKERS:
        assert marker.encode() not in data, marker
    for cert in issued:  # not even the serials or codes: only salted hashes
        assert cert.serial.encode() not in data and cert.code.encode() not in data
        assert str(cert.person_id).encode() not in data
    assert len(re.findall(r'"[0-9a-f]{64}"', text)) == 2 and "<script src" not in text  # script inline
    assert certs.verification_url(db) == URL
    with db.read() as s:
        assert s.execute(select(AuditEntry.detail).where(AuditEntry.action == "export.verification_page")
                         ).scalars().all() == ["certificates=2"]
    # published again: a new salt, so the two lists cannot be compared
    code, out, _ = _run(capsys, "certificates", "publish", "--out", out_dir, "--db", db_path)
    assert code == 0 and out.splitlines()[2] == f"url\t{URL}"
    again = (out_dir / "index.html").read_text(encoding="utf-8")
    assert set(re.findall(r'"[0-9a-f]{64}"', again)).isdisjoint(re.findall(r'"[0-9a-f]{64}"', text))


@needs_chromium
def test_the_page_says_genuine_only_for_a_real_serial_and_code(capsys, db, db_path, admin, issued, tmp_path):
    out_dir = tmp_path / "site"
    assert _run(capsys, "certificates", "publish", "--out", out_dir, "--url", URL, "--db", db_path)[0] == 0
    page = out_dir / "index.html"
    zofia, oleksandra = issued
    # as the QR code carries it, once the centre has its address: #s=...&c=...
    link = certs.verification_link(URL, zofia.serial, zofia.code)
    state, text = _answer(_open(page, link[link.index("#"):]))
    assert state == "genuine" and "Genuine" in text and zofia.serial in text
    # in the query, typed loosely
    query = urllib.parse.urlencode({"s": oleksandra.serial.lower().replace("/", "-"),
                                    "c": oleksandra.code.replace("-", "").lower()})
    assert _answer(_open(page, "?" + query))[0] == "genuine"
    wrong = oleksandra.code[:-1] + ("A" if oleksandra.code[-1] != "A" else "B")
    state, text = _answer(_open(page, "?" + urllib.parse.urlencode({"s": oleksandra.serial, "c": wrong})))
    assert state == "not-found" and "Not found" in text and "Kovalchuk" not in text
    swapped = urllib.parse.urlencode({"s": zofia.serial, "c": oleksandra.code})
    assert _answer(_open(page, "?" + swapped))[0] == "not-found"
    # the browser's language picks the page's
    assert "Autentyczne" in _answer(_open(page, link[link.index("#"):], "pl"))[1]
    assert "Справжній" in _answer(_open(page, link[link.index("#"):], "uk-UA,uk"))[1]
    assert "Nie znaleziono" in _answer(_open(page, "?" + swapped, "pl-PL"))[1]
    # nothing given: the form waits, no answer shown
    assert _answer(_open(page, ""))[0] == "empty"


@pytest.mark.parametrize("argv", [
    ["certificates", "publish", "--out", "{tmp}/site", "--url", "ftp://example.org/x"],
    ["certificates", "publish", "--out", "{tmp}/site", "--url", "https://example.org/a b"],
    ["certificates", "publish", "--out", "{tmp}/a-file/site"],
    ["certificates", "publish"],
])
def test_bad_publish_input_is_one_line_and_changes_nothing(capsys, db, db_path, admin, issued, tmp_path, argv):
    (tmp_path / "a-file").write_text("not a folder")
    code, out, err = _run(capsys, *[a.replace("{tmp}", str(tmp_path)) for a in argv], "--db", db_path)
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not (tmp_path / "site").exists()
    assert certs.verification_url(db) is None


def test_only_coordinators_and_admins_publish(capsys, db, db_path, make_staff, issued, tmp_path, monkeypatch):
    make_staff(Role.RECEPTIONIST, login="recepcja")
    monkeypatch.setenv("WIC_DESK_USER", "recepcja")
    monkeypatch.setenv(cli.PASSWORD_ENV, STAFF_PASSWORD)
    code, out, err = _run(capsys, "certificates", "publish", "--out", tmp_path / "site", "--db", db_path)
    assert code == 1 and "Your role does not allow this." in err and not (tmp_path / "site").exists()
    make_staff(Role.COORDINATOR, login="koordynator")
    monkeypatch.setenv("WIC_DESK_USER", "koordynator")
    assert _run(capsys, "certificates", "publish", "--out", tmp_path / "site", "--db", db_path)[0] == 0
