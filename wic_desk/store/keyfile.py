"""Who can open an encrypted database: the database key, wrapped for each password.

The database key is 32 random bytes (SQLCipher's raw key: no key derivation per connection). It is
never stored in clear. The key file beside the database (``<database>.keys``) holds it *wrapped*:
encrypted with AES-256-GCM (the ``cryptography`` package) under a key derived from

- each staff member's password, with argon2id (argon2-cffi; RFC 9106's second recommended
  parameters: 3 passes over 64 MiB, 4 lanes; about 0.3 s on a 2-core laptop), and
- the recovery key shown once at set-up, to be printed and sealed (160 random bits, typed as 8
  groups of 4 letters and digits; argon2id with the same parameters, so one wrap costs the same).

Each wrap keeps its own salt and parameters, so parameters can be raised later and old wraps still
open. A wrap is found by a salted hash of the login, so the file names no one; the associated data
of each seal binds it to its place (the file's format and the wrap's id): a seal moved to another
login does not open. The public part (centre and desk names, for the login screen) is no secret.

Nothing here is cryptography of our own: a KDF and an AEAD from maintained libraries, random
bytes from ``secrets``.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from wic_desk.domain.errors import UserError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T

FORMAT = "wic-desk-keys/1"
KEY_BYTES = 32
# RFC 9106, section 4, second recommended option (memory-constrained): argon2id, t=3, m=64 MiB, p=4.
KDF = {"algorithm": "argon2id", "time_cost": 3, "memory_kib": 64 * 1024, "parallelism": 4}
_RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read off paper
_RECOVERY_GROUPS = 8

E_WRONG = T("Errors", "The login or the password is wrong.")
E_WRONG_RECOVERY = T("Errors", "This recovery key does not open this database.")
E_DAMAGED = T("Errors", "The key file beside the database is missing or damaged; open it with the recovery key.")


class WrongSecret(UserError):
    """A password or recovery key that does not open the key (or a wrap that was tampered with)."""


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_recovery_key() -> str:
    """``ABCD-EFGH-...``: 8 groups of 4 from a 32-letter alphabet, 160 bits."""
    letters = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(4 * _RECOVERY_GROUPS))
    return "-".join(letters[i:i + 4] for i in range(0, len(letters), 4))


def normalise_recovery_key(text: str) -> str:
    """As typed from paper: any case, spaces or dashes anywhere."""
    plain = "".join(ch for ch in (text or "").upper() if ch.isalnum())
    return "-".join(plain[i:i + 4] for i in range(0, len(plain), 4))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _derive(secret: str, salt: bytes, kdf: dict[str, Any]) -> bytes:
    if kdf.get("algorithm") != "argon2id":
        raise UserError(E_DAMAGED)
    return hash_secret_raw(secret.encode("utf-8"), salt, time_cost=int(kdf["time_cost"]),
                           memory_cost=int(kdf["memory_kib"]), parallelism=int(kdf["parallelism"]),
                           hash_len=KEY_BYTES, type=Type.ID)


def _seal(key: bytes, secret: str, place: str) -> dict[str, Any]:
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(_derive(secret, salt, KDF)).encrypt(nonce, key, f"{FORMAT}|{place}".encode())
    return {"kdf": dict(KDF), "salt": _b64(salt), "nonce": _b64(nonce), "sealed": _b64(sealed)}


def _open(wrap: dict[str, Any], secret: str, place: str) -> bytes | None:
    try:
        wrapping = _derive(secret, _unb64(wrap["salt"]), wrap["kdf"])
        key = AESGCM(wrapping).decrypt(_unb64(wrap["nonce"]), _unb64(wrap["sealed"]), f"{FORMAT}|{place}".encode())
    except (InvalidTag, KeyError, TypeError, ValueError):
        return None
    return key if len(key) == KEY_BYTES else None


def key_file_path(db_file: Path) -> Path:
    return db_file.with_name(db_file.name + ".keys")


@dataclass
class KeyFile:
    """The key file's content. ``load``, change, ``save``; the database key itself is never kept
    in this object, only passed through."""

    path: Path
    lookup_salt: bytes
    wraps: dict[str, dict[str, Any]] = field(default_factory=dict)
    recovery: dict[str, Any] | None = None
    public: dict[str, str] = field(default_factory=dict)

    # -- making and reading the file -----------------------------------------------------------

    @classmethod
    def create(cls, path: Path, key: bytes, recovery_key: str, public: dict[str, str] | None = None) -> KeyFile:
        """A new key file for ``key``, openable with ``recovery_key`` (add passwords with ``add``)."""
        made = cls(Path(path), secrets.token_bytes(16), public=dict(public or {}))
        made.recovery = _seal(key, normalise_recovery_key(recovery_key), "recovery")
        return made

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            if data.get("format") != FORMAT:
                raise ValueError(data.get("format"))
            return cls(Path(path), _unb64(data["lookup_salt"]), dict(data["wraps"]), data.get("recovery"),
                       dict(data.get("public") or {}))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            raise UserError(E_DAMAGED) from None

    def save(self) -> None:
        """Atomically (a new file renamed over the old), readable by this user alone."""
        data = {"format": FORMAT, "lookup_salt": _b64(self.lookup_salt), "wraps": self.wraps,
                "recovery": self.recovery, "public": self.public}
        temp = self.path.with_name(f".{self.path.name}.{uuid.uuid4().hex[:8]}")
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, indent=1, sort_keys=True)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(temp, self.path)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise

    # -- passwords -----------------------------------------------------------------------------

    def _wrap_id(self, login: str) -> str:
        return hashlib.sha256(self.lookup_salt + login.strip().casefold().encode("utf-8")).hexdigest()

    def has(self, login: str) -> bool:
        return self._wrap_id(login) in self.wraps

    def add(self, login: str, password: str, key: bytes) -> None:
        """Wrap ``key`` for ``login``'s password (replacing an older wrap of that login)."""
        wrap_id = self._wrap_id(login)
        self.wraps[wrap_id] = _seal(key, password, wrap_id)

    def remove(self, login: str) -> bool:
        return self.wraps.pop(self._wrap_id(login), None) is not None

    def open_with_password(self, login: str, password: str) -> bytes:
        """The database key, or WrongSecret. An unknown login costs the same as a wrong password,
        so the time taken does not tell which logins exist."""
        wrap_id = self._wrap_id(login)
        wrap = self.wraps.get(wrap_id)
        if wrap is None:
            _derive(password, self.lookup_salt, KDF)
            raise WrongSecret(E_WRONG)
        key = _open(wrap, password, wrap_id)
        if key is None:
            raise WrongSecret(E_WRONG)
        return key

    def open_with_recovery(self, recovery_key: str) -> bytes:
        if self.recovery is None:
            raise WrongSecret(E_WRONG_RECOVERY)
        key = _open(self.recovery, normalise_recovery_key(recovery_key), "recovery")
        if key is None:
            raise WrongSecret(E_WRONG_RECOVERY)
        return key
