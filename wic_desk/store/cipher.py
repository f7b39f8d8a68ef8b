"""Every connection to a database file goes through SQLCipher 4 (the ``sqlcipher3`` wheels).

The database, its -wal and every backup are encrypted with the database's random 32-byte key,
given to SQLCipher as a raw key (``PRAGMA key = "x'...'"``: no key derivation per connection; the
key itself is unwrapped once from the key file, ``store.keyfile``). SQLCipher's own page format
(AES-256 with an HMAC per page) is used as it is: nothing here is cryptography of ours.

One library for every connection: the engine, the online backup, the restore, the check that a
file is ours and the demo's copy-in all use ``sqlcipher3``, never the standard ``sqlite3`` beside
it, since two copies of SQLite in one process keep separate lock bookkeeping and one's close can
delete the other's -wal (see ``store.lock``). ``sqlcipher3`` also reads a plain SQLite file when no
key is given: that is how a database from before encryption is opened once to be converted.
"""

from __future__ import annotations

from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

DatabaseError = sqlcipher.DatabaseError
OperationalError = sqlcipher.OperationalError
Connection = sqlcipher.Connection
SQLITE_BUSY = getattr(sqlcipher, "SQLITE_BUSY", 5)
SQLITE_LOCKED = getattr(sqlcipher, "SQLITE_LOCKED", 6)
PLAIN_HEADER = b"SQLite format 3\x00"


def key_pragma(key: bytes) -> str:
    """The statement that gives SQLCipher a raw 256-bit key (hex digits only: nothing to quote)."""
    if len(key) != 32:
        raise ValueError("a database key is 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def prepare(conn, key: bytes | None) -> None:
    """The first statements on every new connection: SQLCipher's log off (a wrong key would
    otherwise print page numbers to stderr), then the key when the file is encrypted."""
    conn.execute("PRAGMA cipher_log_level = NONE")
    if key is not None:
        conn.execute(key_pragma(key))


def connect(path: Path | str, key: bytes | None, *, mode: str = "rw", timeout: float = 5.0,
            isolation_level: str | None = "") -> Connection:
    """A raw connection to ``path``: ``mode`` ro (never writes, no -shm), rw (the file must
    exist) or rwc (create it). ``key`` None: a plain SQLite file."""
    uri = f"{Path(path).resolve().as_uri()}?mode={mode}"
    conn = sqlcipher.connect(uri, uri=True, timeout=timeout, isolation_level=isolation_level,
                             check_same_thread=False)
    try:
        prepare(conn, key)
    except BaseException:
        conn.close()
        raise
    return conn


def is_plain(path: Path) -> bool:
    """A plain (unencrypted) SQLite file: it starts with SQLite's own header. An encrypted file
    starts with random salt instead."""
    with open(path, "rb") as fh:
        return fh.read(16) == PLAIN_HEADER


def opens_with(path: Path, key: bytes | None) -> bool:
    """Whether ``key`` (None: no key) reads the file: SQLCipher checks the first page's HMAC."""
    try:
        conn = connect(path, key, mode="ro")
    except DatabaseError:
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except DatabaseError:
        return False
    finally:
        conn.close()


def export_encrypted(plain: Path, target: Path, key: bytes) -> None:
    """Write an encrypted copy of the plain database ``plain`` to the new file ``target``
    (SQLCipher's ``sqlcipher_export``: schema, data, user_version), as one file without WAL."""
    export_copy(plain, None, target, key)


def export_copy(source: Path, source_key: bytes | None, target: Path, target_key: bytes | None) -> None:
    """Write a copy of the database ``source`` (opened with ``source_key``; None: plain) to the
    new file ``target`` under ``target_key`` (None: plain), checked, as one file without WAL."""
    target.unlink(missing_ok=True)
    # ATTACH ... KEY takes the raw key in the same x'hex' form as PRAGMA key (hex digits only)
    attach_key = f"\"x'{target_key.hex()}'\"" if target_key is not None else "''"
    src = connect(source, source_key, mode="rw", isolation_level=None)  # ATTACH inherits the main file's mode
    try:
        src.execute(f"ATTACH DATABASE '{_quoted_path(target)}' AS copy KEY {attach_key}")
        src.execute("SELECT sqlcipher_export('copy')")
        version = src.execute("PRAGMA main.user_version").fetchone()[0]
        src.execute(f"PRAGMA copy.user_version = {int(version)}")
        src.execute("DETACH DATABASE copy")
    finally:
        src.close()
    check = connect(target, target_key, mode="rw", isolation_level=None)
    try:
        check.execute("PRAGMA journal_mode=DELETE")
        if check.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise DatabaseError("the copy does not check")
    finally:
        check.close()


def _quoted_path(path: Path) -> str:
    return str(path.resolve()).replace("'", "''")
