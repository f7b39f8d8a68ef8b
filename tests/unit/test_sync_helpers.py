"""Shared helpers for the sync tests (no tests here): desks in temporary folders, a fast sealing.

Exchange files are age files for the centre key (instant). A join file's join head seals the
centre key with the join code by argon2id (about 0.3 s, by design); the tests that join many
desks swap in ``FastCipher`` for that sealing (same interface, an HMAC instead of the KDF and
AEAD). The real sealing is tested in test_sync_file.py.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from wic_desk.domain.errors import UserError
from wic_desk.services import auth, setup
from wic_desk.services import sync as sync_service
from wic_desk.services.context import Actor, Database
from wic_desk.sync import fileformat

PASSPHRASE = "correct horse battery staple"  # a former sync passphrase (desks set up before centre keys)
from tests.conftest import ADMIN_PASSWORD as PIN  # noqa: E402  the administrator's password


class FastCipher:
    """A stand-in for the join code's sealing (``SealedPassphrase``) in tests: authenticated
    (HMAC) but not secret, and instant."""

    MAGIC = b"FAST-AGE\n"

    def encrypt(self, data: bytes, passphrase: str) -> bytes:
        tag = hmac.new(passphrase.encode(), data, hashlib.sha256).digest()
        return self.MAGIC + tag + data

    def decrypt(self, data: bytes, passphrase: str) -> bytes:
        if not data.startswith(self.MAGIC) or len(data) < len(self.MAGIC) + 32:
            raise UserError(fileformat.E_NOT_EXCHANGE)
        tag, body = data[len(self.MAGIC):len(self.MAGIC) + 32], data[len(self.MAGIC) + 32:]
        if not hmac.compare_digest(tag, hmac.new(passphrase.encode(), body, hashlib.sha256).digest()):
            raise UserError(fileformat.E_PASSPHRASE)
        return body


@pytest.fixture
def fast_cipher():
    old = fileformat.set_cipher(FastCipher())
    yield
    fileformat.set_cipher(old)


_numbers = itertools.count(1)


@dataclass
class DeskUnderTest:
    name: str
    db: Database
    admin: Actor
    folder: Path
    files: list[Path] = field(default_factory=list)
    join_code: str | None = None  # of the last full file written

    def export(self, for_desk: DeskUnderTest | None = None, full: bool = False) -> Path:
        path = self.folder / f"{self.name}-{next(_numbers)}.wicsync"
        result = sync_service.export_changes(self.db, self.admin, path,
                                             for_desk=for_desk.db.desk_id if for_desk else None, full=full)
        self.join_code = result.join_code
        self.files.append(path)
        return path

    def read(self, path: Path) -> sync_service.ImportResult:
        return sync_service.import_file(self.db, self.admin, path)

    def digest(self) -> str:
        return sync_service.digest(self.db)

    def conflicts(self) -> list:
        return sync_service.conflicts(self.db, self.admin)


def first_desk(folder: Path, name: str = "A") -> DeskUnderTest:
    folder.mkdir(parents=True, exist_ok=True)
    db = Database.open(folder / f"{name}.db")
    admin = setup.initialise(db, "Centrum Testowe", f"Recepcja {name}", "admin", "Anna Admin", PIN).admin
    return DeskUnderTest(name, db, admin, folder)


def join(folder: Path, source: DeskUnderTest, name: str) -> DeskUnderTest:
    full = source.export(full=True)
    db = Database.open(folder / f"{name}.db")
    assert source.join_code
    sync_service.join_centre(db, full, source.join_code, f"Recepcja {name}")
    admin = auth.login(db, "admin", PIN)
    return DeskUnderTest(name, db, admin, folder)


def centre(folder: Path, count: int) -> list[DeskUnderTest]:
    desks = [first_desk(folder)]
    for name in "BCDE"[:count - 1]:
        desks.append(join(folder, desks[0], name))
    return desks


def close_all(desks: list[DeskUnderTest]) -> None:
    for d in desks:
        d.db.close()


def exchange_all(desks: list[DeskUnderTest], rounds: int = 2) -> None:
    """Every desk writes a file for every other, which reads it; twice, so all hold everything."""
    for _ in range(rounds):
        for source in desks:
            for target in desks:
                if source is not target:
                    target.read(source.export(for_desk=target))


def copy_db(source: Path, target: Path) -> None:
    """A consistent copy of a live database file (WAL included) with its key file, as a user's
    copy of the desk's folder would be."""
    import shutil

    from tests import rawdb
    from wic_desk.store import cipher, keyfile
    key = rawdb.key_of(source)
    src = cipher.connect(source, key)
    dst = cipher.connect(target, key, mode="rwc")
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    shutil.copyfile(keyfile.key_file_path(source), keyfile.key_file_path(target))


def key_of(desk: DeskUnderTest | Database) -> str:
    """The centre key a desk holds (to read its files directly in a test)."""
    db = desk.db if isinstance(desk, DeskUnderTest) else desk
    key = db.local(sync_service.CENTRE_KEY)
    assert key
    return key
