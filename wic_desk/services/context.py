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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from wic_desk import paths
from wic_desk.domain.enums import ConsultationKind, Role
from wic_desk.domain.errors import UserError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.store import cipher, keyfile, lock
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
    # the note keys this reader holds (services.notes.Keyring), opened by the login's password;
    # in memory only, never shown, compared or printed
    keyring: Any = field(default=None, compare=False, repr=False, hash=False)


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
E_NO_KEY_FILE = T("Errors", "This file is not a WIC Desk database, or its key file {name} is missing: a copy of "
                            "a database needs its key file beside it. Nothing was changed.")
E_LOG_IN_FIRST = T("Errors", "This database is encrypted: log in to open it.")
E_WRONG_KEY = T("Errors", "The key file beside this database does not belong to it; nothing was changed.")

NEW, PLAIN, ENCRYPTED, UNFINISHED = "new", "plain", "encrypted", "unfinished"


def _check_ours(file: Path) -> str:
    """What the file is, refusing, before a connection of ours changes it (WAL mode,
    migrations), a file that is not a WIC Desk database: not SQLite at all, or a SQLite database
    of another program. NEW: an empty or absent file; PLAIN: a WIC Desk database from before
    encryption; ENCRYPTED: one with its key file; UNFINISHED: a database whose set-up never
    finished (it holds nothing and no key opens it)."""
    keys = keyfile.key_file_path(file)
    if not file.exists() or file.stat().st_size == 0:
        return NEW
    if not cipher.is_plain(file):
        if file.stat().st_size % 512:  # an encrypted database is whole pages of 512 bytes or more
            raise UserError(_NOT_OURS)
        if not keys.exists():
            raise UserError(E_NO_KEY_FILE, name=keys.name)
        return UNFINISHED if keyfile.KeyFile.load(keys).pending_setup else ENCRYPTED
    # Read-only and without SQLite's shared memory: nothing is written beside or into the file.
    try:
        conn = cipher.connect(file, None, mode="ro")
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            conn.close()
    except cipher.DatabaseError:
        raise UserError(_NOT_OURS) from None
    if tables and not _OUR_TABLES <= tables:
        raise UserError(_NOT_OURS)
    return PLAIN


def _discard_unfinished(file: Path) -> None:
    """A database whose set-up never finished: its key was never written, it holds nothing."""
    for leftover in (file, file.with_name(file.name + "-wal"), file.with_name(file.name + "-shm")):
        leftover.unlink(missing_ok=True)


class Database:
    """One database, opened and migrated."""

    def __init__(self, engine: Engine, url: str, key: bytes | None = None) -> None:
        self.engine = engine
        self.url = url
        # the database key while the database is open (None: PostgreSQL, or a plain file being
        # converted); never written anywhere but wrapped in the key file
        self.key = key
        # what the conversion from a plain file did, for the screen to tell (services.keys)
        self.converted = None
        self.path: Path | None = sqlite_path(url)
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._desk_id: uuid.UUID | None = None
        self._closed = False

    @classmethod
    def open(cls, db_path: str | Path | None = None, *, url: str | None = None,
             key: bytes | None = None) -> Database:
        """Open (creating and upgrading as needed) the database the user chose.

        A database file is first locked for this process (``wic_desk.store.lock``): another WIC
        Desk process holding it is reported (DatabaseInUse) before anything touches the file. A
        file that is not a WIC Desk database is refused untouched.

        A database file is encrypted (SQLCipher): ``key`` is its key, unwrapped from the key file
        by a login (``services.keys``). A new file gets a new random key, kept in memory
        (``Database.key``) until the set-up wraps it for the first administrator. A plain file
        from before encryption is converted here, before anyone logs in (``services.keys``)."""
        url = url or database_url(db_path, default_path=paths.default_database_path())
        file = sqlite_path(url)
        state = None
        if file is not None:
            if file.exists() and file.is_dir():
                raise UserError(T("Errors", "The database path is a folder, not a file."))
            if not file.parent.exists():
                raise UserError(T("Errors", "The folder for the database does not exist."))
            lock_existed = lock.lock_path(file).exists()
            lock.acquire(file, wait_s=0.0 if lock.process_role() == lock.WINDOW else busy_timeout_ms() / 1000)
            try:
                state = _check_ours(file)
                if state == ENCRYPTED:
                    if key is None:
                        raise UserError(E_LOG_IN_FIRST)
                    if not cipher.opens_with(file, key):
                        raise UserError(E_WRONG_KEY)
            except UserError:
                lock.release(file)
                if not lock_existed:  # leave a stranger's file and its folder as they were
                    lock.lock_path(file).unlink(missing_ok=True)
                raise
            if state == UNFINISHED:
                _discard_unfinished(file)
                state = NEW
            if state == NEW:
                key = keyfile.new_key()
                keyfile.KeyFile.create(keyfile.key_file_path(file), pending_setup=True).save()
            elif state == PLAIN:
                key = None
        try:
            engine = make_engine(url, key)
            try:
                migrate(engine, paths.migrations_dir(), file, paths.backups_dir_for(file) if file else None,
                        key=key)
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
        db = cls(engine, url, key)
        if state == PLAIN:
            from wic_desk.services import keys
            try:
                keys.convert_plain(db)
            except BaseException:
                db.close()
                raise
        return db

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

    @contextmanager
    def read_raw(self) -> Iterator:
        """The driver's own connection in a read transaction (one snapshot), rolled back at the
        end: for a small query asked many times a second (search while typing), where opening an
        ORM session and processing its result cost more than the query. SQLite only."""
        pooled = self.engine.raw_connection()
        connection = pooled.driver_connection
        ours = not connection.in_transaction  # an in-memory database's one connection may be in one
        try:
            if ours:
                connection.execute("BEGIN")
            try:
                yield connection
            finally:
                if ours:
                    connection.execute("ROLLBACK")
        except (OperationalError, DatabaseError, cipher.sqlcipher.DatabaseError, sqlite3.DatabaseError) as exc:
            error = user_db_error(exc)
            if error is None:
                raise
            raise error from None
        finally:
            pooled.close()

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
        return backup_sqlite(self.path, paths.backups_dir_for(self.path), label, key=self.key)

    @property
    def key_file(self) -> Path | None:
        return keyfile.key_file_path(self.path) if self.path is not None and self.key is not None else None


def local_value(session: Session, key: str) -> str | None:
    row = session.execute(select(LocalState.value).where(LocalState.key == key)).scalar_one_or_none()
    return row


def set_local_value(session: Session, key: str, value: str) -> None:
    row = session.get(LocalState, key)
    if row is None:
        session.add(LocalState(key=key, value=value))
    else:
        row.value = value
