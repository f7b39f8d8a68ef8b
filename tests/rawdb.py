"""Tests that look at a database file below the app (as another program or a person with the
sqlite3 shell would) open it through SQLCipher with its key: the key the open Database holds, or
the one the test administrator's password unwraps from the key file beside the file."""

from __future__ import annotations

from pathlib import Path

from wic_desk.store import cipher, keyfile

ADMIN_LOGIN = "admin"


def key_of(path: Path, login: str = ADMIN_LOGIN, password: str | None = None) -> bytes | None:
    """The database key of ``path`` (None for a plain file), unwrapped with ``password`` or
    else the test administrator's or the demo's."""
    from tests.conftest import ADMIN_PASSWORD
    path = Path(path)
    if path.exists() and path.stat().st_size and cipher.is_plain(path):
        return None
    from wic_desk.services.demo import DEMO_PASSWORD
    kf = keyfile.KeyFile.load(keyfile.key_file_path(path))
    if password is not None:
        return kf.open_with_password(login, password)
    try:
        return kf.open_with_password(login, ADMIN_PASSWORD)
    except keyfile.WrongSecret:
        return kf.open_with_password(login, DEMO_PASSWORD)  # a demo database


def connect(path: Path, key: bytes | None = None, *, mode: str = "rw", isolation_level: str | None = "",
            timeout: float = 5.0) -> cipher.Connection:
    """A raw connection to the database file ``path`` (``key`` None: taken from its key file)."""
    path = Path(path)
    if key is None:
        key = key_of(path)
    return cipher.connect(path, key, mode=mode, isolation_level=isolation_level, timeout=timeout)


def open_as(path: Path, login: str = ADMIN_LOGIN, password: str | None = None):
    """The set-up (encrypted) database at ``path`` opened by a login, as the login screen does."""
    from tests.conftest import ADMIN_PASSWORD
    from wic_desk.services import keys
    db, _actor = keys.open_for_login(path, login, password or ADMIN_PASSWORD)
    return db


def open_demo(path: Path):
    """A demo database opened with its documented training password."""
    from wic_desk.services import demo
    return open_as(path, demo.DEMO_ADMIN, demo.DEMO_PASSWORD)


def make_plain(path: Path, key: bytes | None = None) -> None:
    """Turn the encrypted database at ``path`` (closed) into the plain file an app from before
    encryption left: the same schema and rows, no key file beside it."""
    path = Path(path)
    key = key or key_of(path)
    plain = path.with_name(path.name + ".plain")
    cipher.export_copy(path, key, plain, None)
    for leftover in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"),
                     keyfile.key_file_path(path)):
        leftover.unlink(missing_ok=True)
    plain.replace(path)
    assert cipher.is_plain(path)
