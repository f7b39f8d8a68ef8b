"""Opening the database: the URL, SQLite pragmas, and the transaction mode.

SQLite runs in WAL mode with foreign keys on, a larger page cache and a busy timeout. pysqlite's
own transaction handling is switched off so that SQLAlchemy's ``begin`` decides: a unit of work
that will write asks for ``BEGIN IMMEDIATE`` (execution option ``immediate``), so two writers
queue on the busy timeout instead of failing half-way.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import QueuePool

from wic_desk.store import cipher

DATABASE_URL_ENV = "WIC_DESK_DATABASE_URL"
BUSY_TIMEOUT_ENV = "WIC_DESK_BUSY_TIMEOUT_MS"
DEFAULT_BUSY_TIMEOUT_MS = 10_000
CACHE_KIB = 256 * 1024  # 256 MiB page cache at most (it grows as used): the default 2 MB slows bulk work by a
# third, and an encrypted page read again from the cache is not decrypted again (the donor report: 1.19x the
# plain file with 64 MiB, 1.03x with 256 MiB, measured side by side on the full demo)


def database_url(db_path: str | os.PathLike | None = None, default_path: Path | None = None) -> str:
    """``--db PATH`` first, then ``WIC_DESK_DATABASE_URL``, then the default file."""
    if db_path:
        return f"sqlite:///{Path(db_path).expanduser().resolve()}"
    env = os.environ.get(DATABASE_URL_ENV)
    if env:
        return env
    if default_path is None:
        raise ValueError("no database given")
    return f"sqlite:///{default_path}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for another database or an in-memory one."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def busy_timeout_ms() -> int:
    """How long a writer waits for another one to finish: 10 s, or ``WIC_DESK_BUSY_TIMEOUT_MS``
    (tests of a locked database set it low)."""
    try:
        return max(0, int(os.environ.get(BUSY_TIMEOUT_ENV, DEFAULT_BUSY_TIMEOUT_MS)))
    except ValueError:
        return DEFAULT_BUSY_TIMEOUT_MS


def make_engine(url: str, key: bytes | None = None) -> Engine:
    """An engine for ``url``. Its errors never carry the statement's parameters (names, birth
    dates, notes in flight), so a traceback written to the log holds no personal data.

    A SQLite file is opened through SQLCipher (``store.cipher``) with ``key``, the database's raw
    key; None only for a plain file from before encryption, opened to be converted."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True, hide_parameters=True)
    timeout_ms = busy_timeout_ms()
    file = sqlite_path(url)
    if file is None:
        engine = create_engine(url, connect_args={"timeout": timeout_ms / 1000, "check_same_thread": False},
                               hide_parameters=True)
    else:
        def connect():
            return cipher.connect(file, key, mode="rwc", timeout=timeout_ms / 1000, isolation_level=None)
        # module=: SQLAlchemy recognises sqlcipher3's exceptions as the driver's (DatabaseError, ...)
        engine = create_engine(url, creator=connect, module=cipher.sqlcipher, hide_parameters=True,
                               poolclass=QueuePool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy's begin event issues BEGIN
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        cursor.execute(f"PRAGMA busy_timeout={timeout_ms}")
        cursor.execute("PRAGMA temp_store=MEMORY")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        immediate = connection.get_execution_options().get("immediate", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine
