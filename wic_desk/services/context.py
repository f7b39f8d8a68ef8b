"""The open database and who is using it: what every service call starts from.

``Database.open()`` resolves the location (``--db``, ``WIC_DESK_DATABASE_URL``, the default file),
upgrades the schema after a backup, and hands out read sessions and units of work. The GUI and
the command line hold a ``Database`` and an ``Actor``; they never see a SQLAlchemy session.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from wic_desk import paths
from wic_desk.domain.enums import ConsultationKind, Role
from wic_desk.domain.errors import UserError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.store import lock
from wic_desk.store.engine import busy_timeout_ms, database_url, make_engine, sqlite_path
from wic_desk.store.migrate import backup_sqlite, migrate
from wic_desk.store.models import LocalState


@dataclass(frozen=True)
class Actor:
    """The logged-in staff member, as the services need them (plain data, safe to hand to Qt)."""

    staff_id: uuid.UUID
    login: str
    full_name: str
    role: Role
    specialist_kind: ConsultationKind | None = None


def translate_db_error(exc: Exception) -> UserError:
    """A driver error in plain words; a generic message for errors the user cannot act on."""
    return user_db_error(exc) or UserError(T("Errors", "The database reported an error: {detail}"),
                                           detail=type(exc).__name__)


def user_db_error(exc: Exception) -> UserError | None:
    """A driver error the user can act on (busy, disk full, damaged file, read-only), in plain
    words; None for anything else, which is a bug and must propagate with its traceback."""
    message = str(getattr(exc, "orig", None) or exc).lower()
    if "locked" in message or "busy" in message:
        return UserError(T("Errors", "The database is busy: another window or program is writing to it. "
                                     "Try again in a moment."))
    if "disk" in message and ("full" in message or "i/o" in message):
        return UserError(T("Errors", "The disk is full or cannot be written. Free some space and try again."))
    if "not a database" in message or "malformed" in message or "file is encrypted" in message:
        return UserError(T("Errors", "This file is not a WIC Desk database, or it is damaged."))
    if "readonly" in message or "read-only" in message or "unable to open" in message:
        return UserError(T("Errors", "The database file cannot be opened for writing. Check the folder's permissions."))
    return None


_NOT_OURS = T("Errors", "This file is not a WIC Desk database, or it is damaged.")
_OUR_TABLES = {"alembic_version", "local_state", "persons", "change_log"}


def _check_ours(file: Path) -> None:
    """Refuse, before a connection of ours changes it (WAL mode, migrations), a file that is not a
    WIC Desk database: not SQLite at all, or a SQLite database of another program. An empty or
    absent file is a new database."""
    if not file.exists() or file.stat().st_size == 0:
        return
    with open(file, "rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            raise UserError(_NOT_OURS)
    # Read-only and without SQLite's shared memory: nothing is written beside or into the file.
    conn = sqlite3.connect(f"{file.as_uri()}?mode=ro", uri=True)
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError:
        raise UserError(_NOT_OURS) from None
    finally:
        conn.close()
    if tables and not _OUR_TABLES <= tables:
        raise UserError(_NOT_OURS)


class Database:
    """One database, opened and migrated."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url
        self.path: Path | None = sqlite_path(url)
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._desk_id: uuid.UUID | None = None
        self._closed = False

    @classmethod
    def open(cls, db_path: str | Path | None = None, *, url: str | None = None) -> Database:
        """Open (creating and upgrading as needed) the database the user chose.

        A database file is first locked for this process (``wic_desk.store.lock``): another WIC
        Desk process holding it is reported (DatabaseInUse) before anything touches the file. A
        file that is not a WIC Desk database is refused untouched."""
        url = url or database_url(db_path, default_path=paths.default_database_path())
        file = sqlite_path(url)
        if file is not None:
            if file.exists() and file.is_dir():
                raise UserError(T("Errors", "The database path is a folder, not a file."))
            if not file.parent.exists():
                raise UserError(T("Errors", "The folder for the database does not exist."))
            lock_existed = lock.lock_path(file).exists()
            lock.acquire(file, wait_s=0.0 if lock.process_role() == lock.WINDOW else busy_timeout_ms() / 1000)
            try:
                _check_ours(file)
            except UserError:
                lock.release(file)
                if not lock_existed:  # leave a stranger's file and its folder as they were
                    lock.lock_path(file).unlink(missing_ok=True)
                raise
        try:
            engine = make_engine(url)
            try:
                migrate(engine, paths.migrations_dir(), file, paths.backups_dir_for(file) if file else None)
            except (OperationalError, DatabaseError) as exc:
                engine.dispose()
                error = user_db_error(exc)
                if error is None:
                    raise
                raise error from None
            except BaseException:
                engine.dispose()
                raise
        except BaseException:
            if file is not None:
                lock.release(file)
            raise
        return cls(engine, url)

    def close(self) -> None:
        """Close every connection, then give back this process's lock on the file."""
        self.engine.dispose()
        if self.path is not None and not self._closed:
            self._closed = True
            lock.release(self.path)

    # -- sessions ------------------------------------------------------------------------------

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session: a consistent snapshot, rolled back at the end."""
        session = self._sessions()
        try:
            yield session
        except (OperationalError, DatabaseError) as exc:
            error = user_db_error(exc)
            if error is None:
                raise
            raise error from None
        finally:
            session.rollback()
            session.close()

    def new_session(self, immediate: bool = False) -> Session:
        session = self._sessions()
        if immediate:
            try:
                session.connection(execution_options={"immediate": True})
            except BaseException:
                session.close()
                raise
        return session

    # -- this desk -----------------------------------------------------------------------------

    def local(self, key: str, default: str | None = None) -> str | None:
        with self.read() as s:
            row = s.get(LocalState, key)
            return row.value if row else default

    @property
    def desk_id(self) -> uuid.UUID | None:
        if self._desk_id is None:
            value = self.local("desk_id")
            self._desk_id = uuid.UUID(value) if value else None
        return self._desk_id

    def is_set_up(self) -> bool:
        return self.desk_id is not None

    def backup(self, label: str = "backup") -> Path:
        if self.path is None:
            raise UserError(T("Errors", "Backups are made only of a database file on this computer."))
        return backup_sqlite(self.path, paths.backups_dir_for(self.path), label)


def local_value(session: Session, key: str) -> str | None:
    row = session.execute(select(LocalState.value).where(LocalState.key == key)).scalar_one_or_none()
    return row


def set_local_value(session: Session, key: str, value: str) -> None:
    row = session.get(LocalState, key)
    if row is None:
        session.add(LocalState(key=key, value=value))
    else:
        row.value = value
