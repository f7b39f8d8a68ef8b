"""Backups and restores of the SQLite database file."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from alembic.config import Config
from alembic.script import ScriptDirectory

from wic_desk import paths
from wic_desk.domain.errors import UserError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.services.context import Actor, Database, user_db_error
from wic_desk.services.uow import UnitOfWork
from wic_desk.store import cipher
from wic_desk.store.engine import busy_timeout_ms

_NOT_OURS = T("Errors", "This file is not a WIC Desk database, or it is damaged.")
_BUSY_CODES = (cipher.SQLITE_BUSY, cipher.SQLITE_LOCKED)


def _single_file(copy: Path, key: bytes | None) -> Path:
    """The online backup copies the live file's WAL flag; a backup should be one self-contained
    file that opens read-only without leaving -wal/-shm files beside it."""
    if not copy.exists():
        return copy
    conn = cipher.connect(copy, key, mode="rw")  # never create an empty one
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()
    return copy


def backup(db: Database) -> Path:
    """A consistent copy of the live database in the backup folder (one file, no WAL)."""
    return _single_file(db.backup("backup"), db.key)


def _check_backup_file(source: Path, key: bytes | None) -> None:
    if not source.is_file():
        raise UserError(T("Errors", "The file {name} does not exist."), name=source.name)
    if cipher.is_plain(source) != (key is None):
        # a plain backup into an encrypted database, or one encrypted under another centre's key
        raise UserError(_NOT_OURS)
    try:
        conn = cipher.connect(source, key, mode="ro")
    except cipher.DatabaseError:
        raise UserError(_NOT_OURS) from None
    try:
        ok = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone() \
            if "alembic_version" in tables else None
    except cipher.DatabaseError:
        ok, tables, revision = False, set(), None
    finally:
        conn.close()
    if not ok or not {"alembic_version", "persons", "change_log"} <= tables or revision is None:
        raise UserError(_NOT_OURS)
    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir()))
    try:
        ScriptDirectory.from_config(config).get_revision(revision[0])
    except Exception:
        raise UserError(T("Errors", "This backup was made by a newer version of WIC Desk. "
                                    "Please update the app; the database was not changed.")) from None


def _give_up_when_busy(deadline: float):
    """A progress callback for sqlite3's backup(), which would otherwise retry a locked
    destination for ever: raising from it aborts the copy, leaving the destination untouched."""
    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in _BUSY_CODES and time.monotonic() > deadline:
            raise cipher.OperationalError("database is locked")
    return progress


def _audit_rows(conn: cipher.Connection) -> tuple[list[str], list[tuple]]:
    columns = [row[1] for row in conn.execute("PRAGMA table_info(audit_log)")]
    if not columns:
        return [], []
    return columns, conn.execute(f"SELECT {', '.join(columns)} FROM audit_log").fetchall()


def restore(db: Database, source: Path, actor: Actor | None = None) -> Path:
    """Replace the database's content with a backup's, after backing up the current content.
    Returns the safety copy. A file that is not a sound WIC Desk database, or one from a newer
    app, is refused before anything is touched; if the database is busy (another program writing),
    the restore gives up after the busy timeout and changes nothing. The restored desk will take a
    new desk id before it writes (the sync issue), since its change numbers may have been used
    already. The audit log is not rolled back: entries made after the backup are written back right
    after the copy (and the copy made first holds them all) with their numbers, so they still
    travel to the other desks and no number is taken twice, and the restore itself is audited (as
    the restored database's first write: a new desk id first, where the database needs one)."""
    if db.path is None:
        raise UserError(T("Errors", "Backups are made only of a database file on this computer."))
    source = Path(source).resolve()
    if source == db.path.resolve():
        raise UserError(T("Errors", "This is the database itself; choose a backup file to restore."))
    _check_backup_file(source, db.key)
    safety = _single_file(db.backup("before-restore"), db.key)
    db.engine.dispose()
    timeout = busy_timeout_ms() / 1000
    try:
        src = cipher.connect(source, db.key, mode="ro")
        try:
            dst = cipher.connect(db.path, db.key, mode="rw", timeout=timeout, isolation_level=None)
            try:
                columns, entries = _audit_rows(dst)
                src.backup(dst, progress=_give_up_when_busy(time.monotonic() + timeout))
                restored = {row[1] for row in dst.execute("PRAGMA table_info(audit_log)")}
                kept = [c for c in columns if c in restored]
                if kept and entries:
                    at = [columns.index(c) for c in kept]
                    dst.execute("BEGIN IMMEDIATE")
                    dst.executemany(f"INSERT OR IGNORE INTO audit_log ({', '.join(kept)}) "
                                    f"VALUES ({', '.join('?' for _ in kept)})",
                                    [tuple(row[i] for i in at) for row in entries])
                    dst.execute("COMMIT")
            finally:
                dst.close()
        finally:
            src.close()
    except cipher.DatabaseError as exc:
        plain = user_db_error(exc)
        if plain is None:
            raise
        raise plain from None
    db._desk_id = None  # the backup may hold another desk's id
    with UnitOfWork(db, actor) as uow:
        uow.audit("backup.restore", detail=f"from={source.name} kept={len(entries)}")
    from wic_desk.services import keys
    keys.refresh(db)  # the accounts are the backup's now: so are the key file's wraps
    return safety


AUTOMATIC_EVERY = dt.timedelta(hours=20)


def automatic_if_due(db: Database, now: dt.datetime | None = None) -> Path | None:
    """Once a working day: a backup when the newest one is older than 20 hours (the app calls
    this in the background after login). Returns the new copy, or None when none was due.
    Each time, the backups older than the retention period are deleted (services.retention)."""
    if db.path is None:
        return None
    now = now or dt.datetime.now()
    from wic_desk.services import retention
    retention.delete_old_backups(db, now.date())
    folder = paths.backups_dir_for(db.path)
    newest = max((p.stat().st_mtime for p in folder.glob(f"{db.path.stem}-*.db")), default=None)
    if newest is not None and now - dt.datetime.fromtimestamp(newest) < AUTOMATIC_EVERY:
        return None
    return db.backup("auto")
