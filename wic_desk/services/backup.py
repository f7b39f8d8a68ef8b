"""Backups and restores of the SQLite database file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from wic_desk.domain.errors import UserError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.services.context import Database


def backup(db: Database) -> Path:
    """A consistent copy of the live database in the backup folder."""
    return db.backup("backup")


def _check_backup_file(source: Path) -> None:
    if not source.is_file():
        raise UserError(T("Errors", "The file {name} does not exist."), name=source.name)
    with open(source, "rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            raise UserError(T("Errors", "This file is not a WIC Desk database, or it is damaged."))
    conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        ok = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError:
        ok, tables = False, set()
    finally:
        conn.close()
    if not ok or not {"alembic_version", "persons", "change_log"} <= tables:
        raise UserError(T("Errors", "This file is not a WIC Desk database, or it is damaged."))


def restore(db: Database, source: Path) -> Path:
    """Replace the database's content with a backup's, after backing up the current content.
    Returns the safety copy. The restored desk will take a new desk id before it writes
    (the sync issue), since its change numbers may have been used already."""
    if db.path is None:
        raise UserError(T("Errors", "Backups are made only of a database file on this computer."))
    source = source.resolve()
    _check_backup_file(source)
    safety = db.backup("before-restore")
    db.engine.dispose()
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(db.path)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return safety
