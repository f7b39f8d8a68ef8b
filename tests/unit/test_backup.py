"""Backups are consistent copies, kept to the last 30; a restore brings the data back after a safety
copy, and a file that is not a sound WIC Desk database is refused without changing anything."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3

import pytest
from sqlalchemy import func, select

from tests import rawdb
from wic_desk.domain.errors import UserError
from wic_desk.services import backup, people
from wic_desk.store import cipher
from wic_desk.store.migrate import BACKUPS_KEPT
from wic_desk.store.models import Person


def register(db, actor, consent, given, family):
    return people.register(db, actor, people.PersonInput(given_name=given, family_name=family), consent)


def count(db):
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Person))


def file_count(path, key, table="persons"):
    conn = rawdb.connect(path, key, mode="ro")
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def backups_dir(db_path):
    return db_path.parent / "backups"


def test_backup_is_a_consistent_copy_in_the_backup_folder(db, db_path, admin, consent):
    register(db, admin, consent, "Ola", "Testowa")
    register(db, admin, consent, "Marichka", "Vyhadanenko")
    # Another program is half-way through a write: its rows must not appear in the copy.
    other = rawdb.connect(db_path, db.key, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO local_state(key, value) VALUES ('half-way', 'x')")

    copy = backup.backup(db)

    other.execute("ROLLBACK")
    other.close()
    assert copy.parent == backups_dir(db_path)
    assert copy.name.startswith("desk-backup-") and copy.suffix == ".db"
    assert file_count(copy, db.key) == 2
    conn = rawdb.connect(copy, db.key, mode="ro")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM local_state WHERE key = 'half-way'").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM person_fts WHERE person_fts MATCH 'testowa'").fetchone()[0] == 1
    finally:
        conn.close()


def test_restore_brings_the_data_back_after_a_safety_copy(db, db_path, admin, consent):
    kept = register(db, admin, consent, "Ola", "Testowa")
    copy = backup.backup(db)
    register(db, admin, consent, "Ivo", "Pretendov")
    assert count(db) == 2

    safety = backup.restore(db, copy)

    assert safety.parent == backups_dir(db_path) and "before-restore" in safety.name
    assert file_count(safety, db.key) == 2  # what was there before the restore is not lost
    assert count(db) == 1
    assert [h.id for h in people.search(db, "Testowa")] == [kept]
    assert people.search(db, "Pretendov") == []
    register(db, admin, consent, "Nowa", "Poodtworzeniowa")  # and the desk works on
    assert count(db) == 2


def _random_bytes(tmp_path):
    path = tmp_path / "random.db"
    path.write_bytes(os.urandom(8192))
    return path


def _text_file(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("Lista obecności\n", encoding="utf-8")
    return path


def _truncated_backup(tmp_path, db):
    copy = backup.backup(db)
    data = copy.read_bytes()
    path = tmp_path / "truncated.db"
    path.write_bytes(data[: len(data) // 3])
    return path


def _damaged_backup(tmp_path, db):
    copy = backup.backup(db)
    data = bytearray(copy.read_bytes())
    page = 4096
    for offset in range(page * 2, len(data), page):  # scribble over every page after the second
        data[offset + 8: offset + 64] = os.urandom(56)
    path = tmp_path / "damaged.db"
    path.write_bytes(bytes(data))
    return path


def _other_sqlite(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.commit()
    conn.close()
    return path


def _newer_app(tmp_path, db):
    copy = backup.backup(db)
    conn = rawdb.connect(copy, db.key)
    conn.execute("UPDATE alembic_version SET version_num = 'ffffffff_from_the_future'")
    conn.commit()
    conn.close()
    return copy


def _other_centres_backup(tmp_path, db):
    """A sound backup of another centre's database: encrypted with another key."""
    from tests.conftest import ADMIN_PASSWORD
    from wic_desk.services import setup
    from wic_desk.services.context import Database
    (tmp_path / "elsewhere").mkdir()
    other = Database.open(tmp_path / "elsewhere" / "desk.db")
    try:
        setup.initialise(other, "Inne Centrum", "Recepcja", "admin", "Ida Inna", ADMIN_PASSWORD)
        return backup.backup(other)
    finally:
        other.close()


BAD_FILES = {
    "another centre's backup": _other_centres_backup,
    "random bytes": lambda tmp_path, db: _random_bytes(tmp_path),
    "a text file": lambda tmp_path, db: _text_file(tmp_path),
    "truncated backup": _truncated_backup,
    "damaged backup": _damaged_backup,
    "another program's SQLite file": lambda tmp_path, db: _other_sqlite(tmp_path),
    "a newer app's backup": _newer_app,
    "missing": lambda tmp_path, db: tmp_path / "nowhere.db",
    "the database itself": lambda tmp_path, db: db.path,
}


@pytest.mark.parametrize("kind", BAD_FILES)
def test_a_bad_file_is_refused_and_changes_nothing(db, db_path, admin, consent, tmp_path, kind):
    register(db, admin, consent, "Ola", "Testowa")
    source = BAD_FILES[kind](tmp_path, db)
    before = sorted(backups_dir(db_path).iterdir())
    content = file_count(db_path, db.key)

    with pytest.raises(UserError) as caught:
        backup.restore(db, source)

    assert "\n" not in str(caught.value)
    assert sorted(backups_dir(db_path).iterdir()) == before  # refused before the safety copy
    assert file_count(db_path, db.key) == content == count(db) == 1


def test_restore_gives_up_on_a_busy_database_and_changes_nothing(db, db_path, admin, consent, monkeypatch):
    monkeypatch.setenv("WIC_DESK_BUSY_TIMEOUT_MS", "300")
    register(db, admin, consent, "Ola", "Testowa")
    copy = backup.backup(db)
    register(db, admin, consent, "Ivo", "Pretendov")
    other = rawdb.connect(db_path, db.key, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        # it gives up (after the busy timeout of 300 ms) with a message instead of waiting
        with pytest.raises(UserError) as caught:
            backup.restore(db, copy)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "busy" in str(caught.value)
    assert count(db) == 2


def test_at_most_30_backups_are_kept(db, db_path, admin):
    made = [backup.backup(db) for _ in range(BACKUPS_KEPT + 5)]

    kept = sorted(backups_dir(db_path).glob("*.db"))
    assert BACKUPS_KEPT == 30
    assert len(kept) == 30
    assert kept == sorted(made[-30:])  # the oldest went, the newest stayed


def test_pruning_keeps_the_newest_whatever_their_label(db, db_path, admin):
    folder = backups_dir(db_path)
    first = backup.backup(db)
    for i in range(BACKUPS_KEPT):
        later = folder / f"desk-before-upgrade-{dt.datetime.now():%Y%m%d-%H%M%S}-{i:06d}.db"
        later.write_bytes(first.read_bytes())
    newest = backup.backup(db)
    assert newest.exists()


def test_automatic_backup_once_a_working_day(db, db_path, admin):
    first = backup.automatic_if_due(db)
    assert first is not None and first.exists() and "auto" in first.name
    assert backup.automatic_if_due(db) is None  # just made one
    later = dt.datetime.now() + dt.timedelta(hours=21)
    second = backup.automatic_if_due(db, now=later)
    assert second is not None and second != first


def test_the_audit_log_refuses_changes_and_survives_a_restore(db, admin, consent, tmp_path):
    """The database itself refuses UPDATE and DELETE on the audit log; restoring a backup keeps the
    entries made after the backup and records the restore."""
    from sqlalchemy import delete, select, update
    from sqlalchemy.exc import DatabaseError

    from wic_desk.services import backup, people
    from wic_desk.store.models import AuditEntry

    older = backup.backup(db)
    people.register(db, admin, people.PersonInput(given_name="Oksana", family_name="Marchuk"), consent)
    with db.read() as s:
        before = {(str(e.id), e.action) for e in s.execute(select(AuditEntry)).scalars()}
    assert "person.create" in {a for _i, a in before}

    for statement in (update(AuditEntry).values(detail="rewritten"), delete(AuditEntry)):
        with pytest.raises(DatabaseError, match="append-only"):
            with db.engine.begin() as conn:
                conn.execute(statement)
    raw = rawdb.connect(db.path, db.key)
    try:
        with pytest.raises(cipher.DatabaseError, match="append-only"):
            raw.execute("DELETE FROM audit_log")
    finally:
        raw.close()

    backup.restore(db, older, admin)
    with db.read() as s:
        after = {(str(e.id), e.action) for e in s.execute(select(AuditEntry)).scalars()}
        restorers = s.execute(select(AuditEntry.staff_id).where(AuditEntry.action == "backup.restore")).scalars().all()
    assert before <= after  # nothing made after the backup was lost
    assert restorers == [admin.staff_id]
