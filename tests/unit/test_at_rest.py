"""Threat 1 and 2 of issue 10, as an auditor tries them: with the app's own files and ordinary
tools (strings, sqlite3) nothing of a person shows. Every file the app writes while a person is
registered and a psychologist notes a session (the database and its -wal while open, a backup,
the key file, exchange files (an ordinary one and a join file, with its join head), the log at its
most talkative, the preferences) is searched byte by byte for the marker name and note, and for
the centre key and the join code."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3

import pytest

from wic_desk import paths
from wic_desk.domain.enums import Confidentiality, ConsultationKind, Role
from wic_desk.services import backup, consultations, people, sync
from wic_desk.store import keyfile
from wic_desk.sync import centrekey

FAMILY = "Quxtorowska"  # invented: neither a name nor a word anyone else writes
GIVEN = "Wojsława"
NOTE = "Zwierza się z lęku przed powrotem; xyzzy-notatka-psychologa"
PESEL = "90010112349"  # a valid check digit, invented


def _markers() -> list[bytes]:
    found = []
    for text in (FAMILY, GIVEN, NOTE, "xyzzy-notatka", PESEL):
        for variant in (text, text.lower(), text.upper()):
            found += [variant.encode("utf-8"), variant.encode("utf-16-le")]
    found += [FAMILY.lower().encode("ascii"), b"wojslawa"]  # the search index's folded forms
    return found


def _leaks(path) -> list[bytes]:
    data = path.read_bytes().lower()
    return [m for m in _markers() if m.lower() in data]


@pytest.fixture
def as_the_app_starts():
    """What every entry point does first (``paths.keep_files_private``), undone after the test."""
    if os.name != "posix":
        yield
        return
    old = os.umask(0o022)
    paths.keep_files_private()
    yield
    os.umask(old)


@pytest.fixture
def talkative_log(as_the_app_starts):
    """Everything the app logs, at DEBUG, into the data folder's log file, as the app does."""
    handler = logging.FileHandler(paths.data_dir() / "wic-desk.log", encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    root = logging.getLogger()
    old_level = root.level
    root.setLevel(logging.DEBUG)
    root.addHandler(handler)
    yield paths.data_dir() / "wic-desk.log"
    root.removeHandler(handler)
    root.setLevel(old_level)
    handler.close()


def test_no_file_the_app_writes_shows_a_name_a_pesel_or_a_note(as_the_app_starts, db, admin, consent, make_staff, tmp_path,
                                                                talkative_log):
    psychologist = make_staff(Role.SPECIALIST, login="psycholog", kind=ConsultationKind.PSYCHOLOGIST)
    person = people.register(db, admin, people.PersonInput(given_name=GIVEN, family_name=FAMILY, pesel=PESEL),
                             consent)
    consultations.record(db, psychologist, person, consultations.ConsultationInput(
        kind=ConsultationKind.PSYCHOLOGIST, held_on=dt.date.today(), note=NOTE,
        confidentiality=Confidentiality.AUTHOR_ONLY))
    assert [hit.id for hit in people.search(db, FAMILY)] == [person]  # it is there, for the app

    wal = db.path.with_name(db.path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # copied while in use: the -wal holds the newest pages
    written = [db.path, wal, keyfile.key_file_path(db.path)]
    written.append(db.backup("before-audit"))
    written.append(backup.automatic_if_due(db) or db.backup("automatic"))
    exchange = tmp_path / "full.wicsync"
    join_code = sync.export_changes(db, admin, exchange, full=True).join_code
    assert join_code and exchange.read_bytes().startswith(centrekey.JOIN_MAGIC)  # a join file, head and all
    ordinary = tmp_path / "changes.wicsync"
    assert sync.export_changes(db, admin, ordinary).join_code is None
    assert not ordinary.read_bytes().startswith(centrekey.JOIN_MAGIC)
    written += [exchange, ordinary]
    logging.getLogger("wic_desk.test").debug("the log is written to")

    everything = sorted({*written, *(p for p in paths.data_dir().rglob("*") if p.is_file())})
    assert talkative_log in everything and len(everything) >= 6
    leaks = {str(p): _leaks(p) for p in everything if p.exists() and _leaks(p)}
    assert leaks == {}
    # nor the centre key that opens every exchange file, nor the join code that opens the join file
    centre_key = db.local(sync.CENTRE_KEY)
    assert centre_key
    secrets = [s for text in (centre_key, join_code, join_code.replace("-", ""))
               for s in (text.encode(), text.lower().encode(), text.encode("utf-16-le"))]
    shown = {str(p) for p in everything if p.exists() and any(s in p.read_bytes() for s in secrets)}
    assert shown == set()

    # private to the user: no group or other bits on anything the app made (POSIX)
    if os.name == "posix":
        loose = {str(p): oct(p.stat().st_mode & 0o777) for p in [*everything, *paths.data_dir().rglob("*")]
                 if p.exists() and p.stat().st_mode & 0o077 and p not in (exchange, ordinary)}
        assert loose == {}

    # and plain sqlite3 (the tool a staff member has) reads none of them as a database
    for file in (db.path, written[3]):
        conn = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.close()


def test_the_markers_are_found_where_they_are_plain(tmp_path):
    """The search itself works: a file that holds a marker is caught."""
    plain = tmp_path / "plain.txt"
    plain.write_text(f"{GIVEN} {FAMILY.upper()}\n", encoding="utf-16-le")
    assert _leaks(plain)
