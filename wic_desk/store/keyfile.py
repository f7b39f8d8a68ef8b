"""Who can open an encrypted database: the database key, wrapped for each password.

The database key is 32 random bytes (SQLCipher's raw key: no key derivation per connection). It is
never stored in clear. The key file beside the database (``<database>.keys``) holds it *wrapped*,
with AES-256-GCM (the ``cryptography`` package), for

- each active staff account, under a key derived from their password: the 32-byte argon2id output
  of the password with the account's own salt and parameters (argon2-cffi; RFC 9106's second
  recommended parameters: 3 passes over 64 MiB in 4 lanes), expanded with HKDF-SHA256 for this wrap.
  That output is what the account's password hash holds, and the hash lives only inside the
  encrypted database and the centre's encrypted exchange files, so every desk of the centre can
  keep its key file up to date for every account (a new colleague, a changed or reset password, a
  deactivated account) without anyone typing a password there;
- the centre's recovery key, printed at set-up (160 random bits, typed as 8 groups of 4 letters and
  digits), derived the same way from its argon2id hash.

A login needs the password and the key file: one argon2id computation (about 0.3 s) per attempt,
so guessing offline costs what the parameters say. A wrap is found by a salted hash of the login,
so the file names no one; each seal's associated data binds it to the file's format and the wrap's
id, so a seal moved to another login does not open. A wrap's KDF parameters are bounded on
reading (a crafted file cannot make the login compute for hours).

Also here, none of it secret: the names shown on the login screen (centre, desk, demo or not),
the logins whose account was deactivated (by their salted hash, so the login screen can say so),
and the failed attempts counted before the database could be opened (the lock-out: 5 failures
and a login waits; the database's audit log receives them at the next successful login).

A new database not yet set up has a key file that says so and holds no key: its key lives only in
memory until the set-up writes the first wraps (before the set-up is committed). Found later, such
a database was never set up and holds nothing; it is started afresh.

Nothing here is cryptography of our own: a KDF, HKDF and an AEAD from maintained libraries, random
bytes from ``secrets``.
"""

from __future__ import annotations

import base64
import datetime as dt
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
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from wic_desk.domain.errors import UserError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T

FORMAT = "wic-desk-keys/2"
KEY_BYTES = 32
# RFC 9106, section 4, second recommended option (memory-constrained): argon2id, t=3, m=64 MiB, p=4.
# (The sealing of join codes uses the same; the wraps here take each hash's own.)
KDF = {"algorithm": "argon2id", "time_cost": 3, "memory_kib": 64 * 1024, "parallelism": 4}
# What a wrap read from a file may ask for at most (a crafted file must not make a login hang).
_MAX_TIME, _MAX_MEMORY_KIB, _MAX_LANES = 16, 1024 * 1024, 16
_MAX_FAILURE_ENTRIES = 200
RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read off paper
_RECOVERY_GROUPS = 8
RECOVERY_ID = "recovery"

E_WRONG = T("Errors", "The login or the password is wrong.")
E_WRONG_RECOVERY = T("Errors", "This recovery key does not open this database.")
E_DAMAGED = T("Errors", "The key file beside the database is missing or damaged; open it with the recovery key.")


class WrongSecret(UserError):
    """A password or recovery key that does not open the key (or a wrap that was tampered with)."""


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_recovery_key() -> str:
    """``ABCD-EFGH-...``: 8 groups of 4 from a 32-letter alphabet, 160 bits."""
    letters = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(4 * _RECOVERY_GROUPS))
    return "-".join(letters[i:i + 4] for i in range(0, len(letters), 4))


def normalise_recovery_key(text: str) -> str:
    """As typed from paper: any case, spaces or dashes anywhere."""
    plain = "".join(ch for ch in (text or "").upper() if ch.isalnum())
    return "-".join(plain[i:i + 4] for i in range(0, len(plain), 4))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _unb64_nopad(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)


# -- from a password hash to the wrap's parameters, and from a secret to the same output -----------

def kdf_of_verifier(verifier: str) -> tuple[dict[str, Any], bytes] | None:
    """The KDF parameters (salt included) and the derived output held in a password hash: an
    argon2id PHC string (``$argon2id$v=19$m=...,t=...,p=...$salt$hash``) or an old login PIN's
    ``scrypt$n$r$p$salt$digest``. None for anything else."""
    try:
        if verifier.startswith("$argon2id$"):
            _, _name, version, params, salt, digest = verifier.split("$")
            values = dict(part.split("=", 1) for part in params.split(","))
            kdf = {"algorithm": "argon2id", "version": int(version.removeprefix("v=")),
                   "time_cost": int(values["t"]), "memory_kib": int(values["m"]),
                   "parallelism": int(values["p"]), "salt": _b64(_unb64_nopad(salt))}
            return kdf, _unb64_nopad(digest)
        if verifier.startswith("scrypt$"):
            _scheme, n, r, p, salt, digest = verifier.split("$")
            kdf = {"algorithm": "scrypt", "n": int(n), "r": int(r), "p": int(p), "salt": salt}
            return kdf, _unb64(digest)
    except (ValueError, KeyError):
        return None
    return None


def derive(secret: str, kdf: dict[str, Any], length: int) -> bytes | None:
    """The KDF's output for ``secret`` (None when the parameters are unknown or out of bounds)."""
    try:
        salt = _unb64(kdf["salt"])
        if kdf.get("algorithm") == "argon2id":
            t, m, p = int(kdf["time_cost"]), int(kdf["memory_kib"]), int(kdf["parallelism"])
            if not (1 <= t <= _MAX_TIME and 8 <= m <= _MAX_MEMORY_KIB and 1 <= p <= _MAX_LANES):
                return None
            return hash_secret_raw(secret.encode("utf-8"), salt, time_cost=t, memory_cost=m, parallelism=p,
                                   hash_len=length, type=Type.ID, version=int(kdf.get("version", 19)))
        if kdf.get("algorithm") == "scrypt":
            n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
            if n > 2 ** 20 or r > 16 or p > 16:
                return None
            return hashlib.scrypt(secret.encode(), salt=salt, n=n, r=r, p=p, dklen=length,
                                  maxmem=256 * 1024 * 1024)
    except (KeyError, TypeError, ValueError):
        return None
    return None


def _kek(derived: bytes, wrap_id: str) -> bytes:
    return HKDF(algorithm=SHA256(), length=KEY_BYTES, salt=None,
                info=f"{FORMAT}|kek|{wrap_id}".encode()).derive(derived)


def _seal(key: bytes, kdf: dict[str, Any], derived: bytes, wrap_id: str) -> dict[str, Any]:
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(_kek(derived, wrap_id)).encrypt(nonce, key, f"{FORMAT}|{wrap_id}".encode())
    return {"kdf": kdf, "length": len(derived), "nonce": _b64(nonce), "sealed": _b64(sealed)}


def _open(wrap: dict[str, Any], secret: str, wrap_id: str, size: int | None = KEY_BYTES) -> bytes | None:
    try:
        length = int(wrap["length"])
        if not 16 <= length <= 64:
            return None
        derived = derive(secret, wrap["kdf"], length)
        if derived is None:
            return None
        key = AESGCM(_kek(derived, wrap_id)).decrypt(_unb64(wrap["nonce"]), _unb64(wrap["sealed"]),
                                                      f"{FORMAT}|{wrap_id}".encode())
    except (InvalidTag, KeyError, TypeError, ValueError):
        return None
    return key if size is None or len(key) == size else None


def open_wrap(wrap: dict[str, Any], secret: str, wrap_id: str) -> bytes | None:
    """What a wrap made by ``wrap_for_verifier`` holds, for the secret behind its verifier (any
    length; None when the secret does not open it)."""
    if not isinstance(wrap, dict):
        return None
    return _open(wrap, secret, wrap_id, size=None)


class SecretSealer:
    """Seals data under a secret (a password): one argon2id derivation with a new salt and the
    given parameters, then AES-256-GCM per sealed item, each bound to its ``wrap_id``. The wraps
    open with ``open_wrap``. (Several items sealed by one sealer share the salt: only for items
    of the same secret, such as the demo's accounts, which share their training password.)"""

    def __init__(self, secret: str, params: dict[str, Any]) -> None:
        self._kdf = dict(params, salt=_b64(secrets.token_bytes(16)))
        derived = derive(secret, self._kdf, KEY_BYTES)
        if derived is None:
            raise ValueError("unusable key derivation parameters")
        self._derived = derived

    def seal(self, data: bytes, wrap_id: str) -> dict[str, Any]:
        return _seal(data, self._kdf, self._derived, wrap_id)


def wrap_for_verifier(key: bytes, verifier: str, wrap_id: str) -> dict[str, Any] | None:
    """A wrap of ``key`` that the secret behind ``verifier`` (a password hash) opens; None for a
    hash of a kind we cannot derive from."""
    found = kdf_of_verifier(verifier)
    if found is None:
        return None
    kdf, derived = found
    return _seal(key, kdf, derived, wrap_id)


def key_file_path(db_file: Path) -> Path:
    return db_file.with_name(db_file.name + ".keys")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


@dataclass
class KeyFile:
    """The key file's content. ``load``, change, ``save``; the database key itself is never kept
    in this object, only passed through."""

    path: Path
    lookup_salt: bytes
    wraps: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    recovery: dict[str, Any] | None = None
    public: dict[str, Any] = field(default_factory=dict)
    pending_setup: bool = False
    deactivated: set[str] = field(default_factory=set)
    # wrap id -> {"count": n, "until": iso time or None, "events": [[iso time, "failure"|"lockout"], ...]}
    failures: dict[str, dict[str, Any]] = field(default_factory=dict)

    # -- making and reading the file -----------------------------------------------------------

    @classmethod
    def create(cls, path: Path, public: dict[str, Any] | None = None, *, pending_setup: bool = False) -> KeyFile:
        """A new key file with no wrap yet (``set_wraps`` adds them)."""
        return cls(Path(path), secrets.token_bytes(16), public=dict(public or {}), pending_setup=pending_setup)

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            if data.get("format") != FORMAT:
                raise ValueError(data.get("format"))
            return cls(Path(path), _unb64(data["lookup_salt"]), dict(data["wraps"]), data.get("recovery"),
                       dict(data.get("public") or {}), bool(data.get("pending_setup")),
                       set(data.get("deactivated") or ()), dict(data.get("failures") or {}))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            raise UserError(E_DAMAGED) from None

    def save(self) -> None:
        """Atomically (a new file renamed over the old), readable by this user alone."""
        data = {"format": FORMAT, "lookup_salt": _b64(self.lookup_salt), "wraps": self.wraps,
                "recovery": self.recovery, "public": self.public, "pending_setup": self.pending_setup,
                "deactivated": sorted(self.deactivated), "failures": self.failures}
        write_private(self.path, json.dumps(data, indent=1, sort_keys=True).encode("utf-8"))

    def copy_for_backup(self, target: Path) -> None:
        """The key file of a backup: the recovery key's wrap only (a backup outlives passwords)."""
        kept = KeyFile(Path(target), self.lookup_salt, {}, self.recovery, dict(self.public))
        kept.save()

    # -- wraps -----------------------------------------------------------------------------------

    def wrap_id(self, login: str) -> str:
        return hashlib.sha256(self.lookup_salt + login.strip().casefold().encode("utf-8")).hexdigest()

    def has(self, login: str) -> bool:
        return self.wrap_id(login) in self.wraps

    def set_wraps(self, key: bytes, verifiers: dict[str, str], deactivated: list[str] = (),
                  recovery: str | None = None, *, keep_old: bool = False) -> None:
        """The wraps made anew from the accounts' password hashes (login -> hash; only active
        accounts), the deactivated logins and the recovery key's hash. Cheap: no KDF is run.
        ``keep_old``: the wraps there were stay beside the new ones (while a change commits).
        A login whose password changed starts a new count of failed attempts."""
        wraps: dict[str, list[dict[str, Any]]] = {}
        for login, verifier in verifiers.items():
            wrap_id = self.wrap_id(login)
            wrap = wrap_for_verifier(key, verifier, wrap_id)
            if wrap is None:
                continue
            before = self._wraps_of(wrap_id)
            same = [old for old in before if old.get("kdf") == wrap["kdf"]]
            if same:  # the same password hash: keep its wrap as it is (the file changes less)
                wrap = same[0]
            elif before and not keep_old:
                self.failures.pop(wrap_id, None)
            wraps[wrap_id] = [wrap] + ([old for old in before if old is not wrap] if keep_old else [])
        if keep_old:
            for wrap_id, old in self.wraps.items():
                wraps.setdefault(wrap_id, old if isinstance(old, list) else [old])
        self.wraps = wraps
        self.deactivated = {self.wrap_id(login) for login in deactivated} - set(wraps)
        recovery_wrap = wrap_for_verifier(key, recovery, RECOVERY_ID) if recovery else None
        if recovery_wrap is not None and self.recovery is not None \
                and self.recovery.get("kdf") == recovery_wrap["kdf"]:
            recovery_wrap = self.recovery
        if recovery_wrap is not None or not keep_old:
            self.recovery = recovery_wrap
        self.pending_setup = False

    def _wraps_of(self, wrap_id: str) -> list[dict[str, Any]]:
        found = self.wraps.get(wrap_id)
        if found is None:
            return []
        return found if isinstance(found, list) else [found]

    def is_deactivated(self, login: str) -> bool:
        return self.wrap_id(login) in self.deactivated

    def open_with_password(self, login: str, password: str) -> bytes:
        """The database key, or WrongSecret. An unknown login costs the same as a wrong password,
        so the time taken does not tell which logins exist."""
        wrap_id = self.wrap_id(login)
        found = self._wraps_of(wrap_id)
        if not found:
            derive(password, {**KDF, "salt": _b64(self.lookup_salt)}, KEY_BYTES)
            raise WrongSecret(E_WRONG)
        for wrap in found:
            key = _open(wrap, password, wrap_id)
            if key is not None:
                return key
        raise WrongSecret(E_WRONG)

    def open_with_recovery(self, recovery_key: str) -> bytes:
        if self.recovery is None:
            raise WrongSecret(E_WRONG_RECOVERY)
        key = _open(self.recovery, normalise_recovery_key(recovery_key), RECOVERY_ID)
        if key is None:
            raise WrongSecret(E_WRONG_RECOVERY)
        return key

    # -- failed attempts before the database is open -------------------------------------------

    def locked_until(self, login: str) -> dt.datetime | None:
        entry = self.failures.get(self.wrap_id(login))
        if not entry or not entry.get("until"):
            return None
        try:
            return dt.datetime.fromisoformat(entry["until"])
        except (TypeError, ValueError):
            return None

    def record_failure(self, login: str, now: dt.datetime, wait_for, via: str = "") -> int:
        """Count a failed attempt (``via``: the way in, for the audit log); ``wait_for(count)``
        says how many seconds the login must now wait (0: none). Returns those seconds. Call
        ``save`` after."""
        wrap_id = self.wrap_id(login)
        entry = self.failures.setdefault(wrap_id, {"count": 0, "until": None, "events": []})
        entry["count"] = int(entry.get("count", 0)) + 1
        events = entry.setdefault("events", [])
        events.append([now.isoformat(timespec="seconds"), "failure", via])
        wait = int(wait_for(entry["count"]))
        if wait:
            entry["until"] = (now + dt.timedelta(seconds=wait)).isoformat(timespec="seconds")
            events.append([now.isoformat(timespec="seconds"), f"lockout {wait}", via])
        del events[:-50]
        if len(self.failures) > _MAX_FAILURE_ENTRIES:  # guesses at random logins: keep the newest
            oldest = sorted(self.failures, key=lambda k: (self.failures[k].get("events") or [[""]])[-1][0])
            for stale in oldest[:len(self.failures) - _MAX_FAILURE_ENTRIES]:
                self.failures.pop(stale, None)
        return wait

    def clear_failures(self, login: str) -> bool:
        return self.failures.pop(self.wrap_id(login), None) is not None

    def take_events(self) -> dict[str, list[list[str]]]:
        """The failures and lock-outs recorded so far (wrap id -> events), emptied for the audit
        log; the counts stay, so a lock-out still holds."""
        taken = {}
        for wrap_id, entry in self.failures.items():
            if entry.get("events"):
                taken[wrap_id] = entry["events"]
                entry["events"] = []
        return taken


def write_private(path: Path, data: bytes) -> None:
    """``data`` into ``path`` atomically (a new file renamed over the old), mode 0600."""
    path = Path(path)
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
