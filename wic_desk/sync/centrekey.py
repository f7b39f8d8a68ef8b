"""The centre key: the one key every exchange file of a centre is encrypted to.

An age X25519 identity (pyrage), made when the centre is set up and kept only inside the
encrypted databases of its desks (``local_state``, never in the change log, never in a file in
clear). Every exchange file is an age file for its recipient: no passphrase, no work factor, so
any desk opens any file of its centre at once (well under a second) and a file of another centre,
or anything not encrypted for this centre, does not open at all ("No matching keys"). In front
of the age file, an HMAC-SHA256 of it under a key derived (HKDF) from the centre key: age says
who may read a file, the tag that a holder of the key wrote it (the recipient alone, were it
ever seen, does not let anyone make a file that a desk takes).

A new desk has no key yet: its join file (a full file) carries the identity in a *join head*,
sealed twice,

- with a one-time join code (16 letters and digits, 80 random bits), shown once on the desk that
  wrote the file and stored nowhere, sealed with argon2id at fixed parameters and AES-256-GCM
  (``fileformat.SealedPassphrase``);
- for the centre's recovery key (when it has one): wrapped like a key file's wrap, from the
  recovery key's argon2id hash (``store.keyfile``), so that the recovery key also opens it.

A centre whose desks were set up before centre keys used one sync passphrase; each of its desks
derives the same key from that passphrase once (argon2id, salted with the centre's id), after
which the passphrase is never asked again.

Nothing here is cryptography of our own: age (pyrage), argon2id (argon2-cffi) and AES-GCM
(cryptography). ``_bech32`` only spells 32 bytes the way age writes a secret key.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import struct
from typing import Any

import pyrage
import pyrage.x25519
from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from wic_desk.domain.errors import UserError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.store import keyfile

LOCAL_KEY = "sync.centre_key"  # local_state: the centre key (never synced: it travels only in join heads)
JOIN_MAGIC = b"WIC-DESK-JOIN/1\n"
FILE_MAGIC = b"WIC-DESK-CENTRE/1\n"
_LENGTH = struct.Struct(">I")
_MAX_HEAD = 64 * 1024
RECOVERY_WRAP_ID = "centre-key"
CODE_GROUPS = 4  # 16 letters and digits from a 32-letter alphabet: 80 bits

E_NOT_JOIN = T("Errors", "This file is not a join file: a new desk joins with the join file written for it "
                         "(\"For a new desk\") and its join code; nothing was changed.")
E_WRONG_CODE = T("Errors", "The join code (or recovery key) does not open this join file; nothing was changed.")
E_NO_CODE = T("Errors", "Enter the join code shown when the join file was written (or the centre's recovery key).")


def new_identity() -> str:
    """A new centre key, as age writes it (``AGE-SECRET-KEY-1...``)."""
    return str(pyrage.x25519.Identity.generate())


def _identity(text: str) -> pyrage.x25519.Identity:
    return pyrage.x25519.Identity.from_str(text)


def valid(text: str) -> bool:
    try:
        _identity(text)
    except (pyrage.IdentityError, ValueError, TypeError):
        return False
    return True


class NotForThisCentre(Exception):
    """Not encrypted for this centre's key."""


class NotMadeHere(Exception):
    """Encrypted for this centre, but not by a holder of its key (or changed since)."""


def _mac_key(identity: str) -> bytes:
    return HKDF(algorithm=SHA256(), length=32, salt=None,
                info=b"wic-desk exchange file|mac").derive(identity.encode("ascii"))


def _tag(identity: str, body: bytes) -> bytes:
    return hmac.new(_mac_key(identity), body, hashlib.sha256).digest()


def is_sealed(data: bytes) -> bool:
    return data.startswith(FILE_MAGIC)


def encrypt(data: bytes, identity: str) -> bytes:
    """``FILE_MAGIC | tag (32) | age file``: the age file for the centre's recipient, and an
    HMAC-SHA256 of it under a key derived from the centre key. age alone says only who may read
    a file; the tag says that a holder of the key wrote it."""
    body = pyrage.encrypt(data, [_identity(identity).to_public()])
    return FILE_MAGIC + _tag(identity, body) + body


def decrypt(data: bytes, identity: str) -> bytes:
    """The plain bytes. Raises NotForThisCentre, NotMadeHere, or ``pyrage.DecryptError`` (damaged)."""
    if not is_sealed(data) or len(data) < len(FILE_MAGIC) + 32:
        raise pyrage.DecryptError("header is invalid")
    tag, body = data[len(FILE_MAGIC):len(FILE_MAGIC) + 32], data[len(FILE_MAGIC) + 32:]
    try:
        plain = pyrage.decrypt(body, [_identity(identity)])
    except pyrage.DecryptError as exc:
        if "no matching keys" in str(exc).lower():
            raise NotForThisCentre() from None
        raise  # damaged (age authenticates every chunk)
    if not hmac.compare_digest(tag, _tag(identity, body)):
        raise NotMadeHere()
    return plain


# -- a centre from before centre keys ----------------------------------------------------------------

def from_passphrase(passphrase: str, centre_id: str) -> str:
    """The key every desk of a centre derives from its former sync passphrase (the same on all)."""
    salt = hashlib.sha256(b"wic-desk centre key|" + centre_id.encode()).digest()[:16]
    raw = hash_secret_raw(passphrase.encode("utf-8"), salt, time_cost=keyfile.KDF["time_cost"],
                          memory_cost=keyfile.KDF["memory_kib"], parallelism=keyfile.KDF["parallelism"],
                          hash_len=32, type=Type.ID)
    return _bech32("age-secret-key-", raw).upper()


def identity_from_bytes(raw: bytes) -> str:
    """An age X25519 identity from 32 bytes of a key derivation (``AGE-SECRET-KEY-1...``)."""
    return _bech32("age-secret-key-", raw).upper()


_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


def _polymod(values: list[int]) -> int:
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for i, gen in enumerate(_GENERATOR):
            if (top >> i) & 1:
                check ^= gen
    return check


def _bech32(hrp: str, data: bytes) -> str:
    """BIP 173's bech32 spelling (age's key encoding; the text is checked by pyrage on use)."""
    acc, bits, groups = 0, 0, []
    for byte in data:
        acc = (acc << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            groups.append((acc >> bits) & 31)
    if bits:
        groups.append((acc << (5 - bits)) & 31)
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    mod = _polymod(expanded + groups + [0] * 6) ^ 1
    checksum = [(mod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CHARSET[g] for g in groups + checksum)


# -- the join head -----------------------------------------------------------------------------------

def new_join_code() -> str:
    letters = "".join(secrets.choice(keyfile.RECOVERY_ALPHABET) for _ in range(4 * CODE_GROUPS))
    return "-".join(letters[i:i + 4] for i in range(0, len(letters), 4))


def join_head(identity: str, code: str, recovery_verifier: str | None, sealer: Any) -> bytes:
    """The bytes put in front of a join file's age part: the identity sealed for ``code`` (with
    ``sealer``, the exchange files' passphrase sealing) and, when the centre has a recovery key,
    wrapped for it."""
    secret = identity.encode("ascii")
    recovery = keyfile.wrap_for_verifier(secret, recovery_verifier, RECOVERY_WRAP_ID) if recovery_verifier else None
    head = json.dumps({"code": base64.b64encode(sealer.encrypt(secret, keyfile.normalise_recovery_key(code)))
                       .decode("ascii"), "recovery": recovery}, sort_keys=True).encode()
    return JOIN_MAGIC + _LENGTH.pack(len(head)) + head


def split(data: bytes, damaged: UserError) -> tuple[dict[str, Any] | None, bytes]:
    """(the join head, the age part) of a file's bytes; no head for an ordinary file."""
    if not data.startswith(JOIN_MAGIC):
        return None, data
    start = len(JOIN_MAGIC) + _LENGTH.size
    if len(data) < start:
        raise damaged
    (length,) = _LENGTH.unpack_from(data, len(JOIN_MAGIC))
    if length > _MAX_HEAD or len(data) < start + length:
        raise damaged
    try:
        head = json.loads(data[start:start + length])
    except (ValueError, UnicodeDecodeError):
        raise damaged from None
    if not isinstance(head, dict) or not isinstance(head.get("code"), str):
        raise damaged
    return head, data[start + length:]


def open_head(head: dict[str, Any], secret: str, sealer: Any) -> str:
    """The centre key from a join head, with the join code or the recovery key."""
    typed = keyfile.normalise_recovery_key(secret)
    if not typed:
        raise UserError(E_NO_CODE)
    found: bytes | None = None
    if len(typed.replace("-", "")) == 4 * CODE_GROUPS:
        try:
            found = sealer.decrypt(base64.b64decode(head["code"], validate=True), typed)
        except (UserError, ValueError):
            found = None
    elif isinstance(head.get("recovery"), dict):
        found = keyfile.open_wrap(head["recovery"], typed, RECOVERY_WRAP_ID)
    identity = found.decode("ascii", "replace") if found else ""
    if not identity or not valid(identity):
        raise UserError(E_WRONG_CODE)
    return identity
