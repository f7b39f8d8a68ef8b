"""The exchange file: an age file for the centre key holding a framed, compressed payload.

The encryption is age's X25519 (``sync.centrekey``): only a desk of the centre opens the file, at
once. A join file (a full file, for a new desk) has a join head in front of the age part: the
centre key sealed with a one-time join code and for the recovery key. Files of earlier versions
(sealed with a sync passphrase) are refused with a message to update the desk that wrote them.
Inside the encryption the plaintext is::

    MAGIC  frame*  end-frame

and every frame is ``kind (1 byte) | compressed length (4) | plain length (4) | zlib data``:

- ``M``: the manifest (JSON, exactly one, first): format version, sender desk id and name, the
  sender's clock, what the sender holds (per desk the highest contiguous change number, and from
  format 4 the same for audit entries), what the sender last heard other desks say they hold
  (relayed, with the clock of that saying), the number of changes and the SHA-256 of the plain
  bytes of all change frames (from format 4 also the number of audit entries and the SHA-256 of
  the audit frames);
- ``C``: up to ``CHANGES_PER_FRAME`` changes, a JSON array of
  ``[desk_id, seq, hlc, table, record_id, fields, seen, author_id]``;
- ``A`` (format 4 on): up to ``CHANGES_PER_FRAME`` audit entries, a JSON array of
  ``[id, desk_id, seq, at, staff_id, action, table, record_id, person_id, detail]``: ids, an
  action code and a detail free of personal data (``sync.auditlog``);
- ``E``: the end (empty); nothing may follow it.

Every frame's plain size is declared and capped, and decompression never produces more than
declared (a zip bomb stops at the cap). Nothing decrypted is ever written to disk: the file is
encrypted in memory, written under a temporary name, flushed and fsynced, renamed into place,
then read back and checked in memory.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import hmac
import json
import os
import re
import struct
import uuid
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import pyrage
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from wic_desk.domain import hlc as hlc_mod
from wic_desk.domain.errors import UserError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.store.keyfile import KDF
from wic_desk.store.models import SYNCED_MODELS
from wic_desk.sync import centrekey

# 2: desk records carry ``replaces`` and ``retired_at`` (schema 0004). A desk of an older version would
# refuse such a change as "unexpected"; format 2 makes it say "update the app" instead. Files of
# format 1 are read as before.
# 3: the manifest names the centre whose desk wrote the file (``centre_id``): a desk refuses a file
# of another centre before it reads a row of it.
# 4: audit entries travel (``A`` frames; the manifest says what audit the sender holds, and the
# relayed holdings of other desks may say it too). A desk of an older version says "update the
# app" instead of refusing the frames as unexpected. Files of formats 1 to 3 are read as before
# (they carry no audit).
FORMAT_VERSION = 4
READABLE_FORMATS = frozenset({1, 2, 3, 4})
MAGIC = b"WICDESK-SYNC\n"
FRAME = struct.Struct(">cII")
CHANGES_PER_FRAME = 5000
MAX_FRAME_PLAIN = 64 * 1024 * 1024
MAX_TOTAL_PLAIN = 4 * 1024 * 1024 * 1024
MAX_FILE_BYTES = 2 * 1024 * 1024 * 1024
MAX_AHEAD = dt.timedelta(days=30)
MAX_DETAIL = 4000  # characters of an audit entry's detail (the app writes a line at most)
COMPRESS_LEVEL = 6

Row = tuple[str, int, int, str, str, dict, dict | None, str | None]
# an audit entry: id, desk_id, seq, at (ISO), staff_id, action, table, record_id, person_id, detail
AuditRow = tuple[str, str, int, str, str | None, str, str | None, str | None, str | None, str | None]
Progress = Callable[[int, int], None]

# One-line messages (context "Errors"); the services and screens translate them.
E_EMPTY = T("Errors", "The exchange file is empty; nothing was changed.")
E_MISSING = T("Errors", "The file {name} does not exist.")
E_NOT_EXCHANGE = T("Errors", "This is not a WIC Desk exchange file; nothing was changed.")
E_PASSPHRASE = T("Errors", "The sync passphrase is wrong (or the file is damaged); nothing was changed.")
E_OLD_FILE = T("Errors", "This exchange file was written by an older version of WIC Desk, with a sync passphrase. "
                         "Update the app on the desk that wrote it and write the file again; nothing was changed.")
E_OTHER_CENTRE = T("Errors", "This exchange file is from another centre; nothing was changed.")
E_NOT_MADE_HERE = T("Errors", "This exchange file was not made by a desk of this centre, or was changed since; "
                              "nothing was changed.")
E_DAMAGED = T("Errors", "The exchange file is damaged or incomplete; nothing was changed.")
E_UNEXPECTED = T("Errors", "The exchange file holds an unexpected entry; nothing was changed.")
E_TOO_LARGE = T("Errors", "The exchange file unpacks to more than the allowed size; nothing was changed.")
E_NEWER = T("Errors", "The exchange file was written by a newer version of WIC Desk (format {version}). "
                      "Please update the app; nothing was changed.")
E_AHEAD = T("Errors", "The exchange file from desk {desk} is stamped {clock}, more than 30 days ahead of this "
                      "computer's clock. Check the date on both computers; nothing was changed.")
E_WRITE = T("Errors", "The exchange file cannot be written ({detail}). Check the folder and the free space.")
E_READ = T("Errors", "The exchange file cannot be read ({detail}).")
E_VERIFY = T("Errors", "The exchange file did not read back correctly after writing; it was removed. "
                       "Try another folder or stick.")


def _damaged() -> UserError:
    return UserError(E_DAMAGED)


# -- the cipher ------------------------------------------------------------------------------------

class Cipher(Protocol):
    def encrypt(self, data: bytes, passphrase: str) -> bytes: ...
    def decrypt(self, data: bytes, passphrase: str) -> bytes: ...


class SealedPassphrase:
    """The passphrase's key made with argon2id at *fixed* parameters, then AES-256-GCM.

    Why not age's passphrase files: age measures the writer's machine and writes a scrypt work
    factor that takes it about a second; a slower or busy reader refuses such a file ("excessive
    work parameter"), so a file written on a fast desk could not be opened on a loaded one. Here
    the parameters are constants (RFC 9106's second recommendation, as for the key file: about
    0.3 s here), written in the file's header and bounded on reading, so every machine opens every
    file. The layout::

        MAGIC | time cost (4) | memory KiB (4) | lanes (1) | salt (16) | nonce (12) | check (16) | sealed

    ``check`` (an HMAC of the header under a second derived key) tells a wrong passphrase from a
    damaged file; ``sealed`` is AES-GCM of the plaintext with the header as associated data.
    Exchange files of earlier versions were sealed so with the centre's sync passphrase; now only
    a join file's join code is (the head that carries the centre key to a new desk).
    """

    MAGIC = b"WIC-SEALED/1\n"
    # the key file's parameters (one statement of RFC 9106's choice for the whole app)
    TIME_COST, MEMORY_KIB, LANES = KDF["time_cost"], KDF["memory_kib"], KDF["parallelism"]
    _HEAD = struct.Struct(">IIB16s12s")
    _LIMITS = (10, 1024 * 1024, 16)  # what a reader accepts at most: a forged header cannot hang it

    def encrypt(self, data: bytes, passphrase: str) -> bytes:
        salt, nonce = os.urandom(16), os.urandom(12)
        head = self.MAGIC + self._HEAD.pack(self.TIME_COST, self.MEMORY_KIB, self.LANES, salt, nonce)
        key, check_key = _derive(passphrase, salt, self.TIME_COST, self.MEMORY_KIB, self.LANES)
        check = hmac.new(check_key, head, hashlib.sha256).digest()[:16]
        return head + check + AESGCM(key).encrypt(nonce, data, head)

    def decrypt(self, data: bytes, passphrase: str) -> bytes:
        if not data.startswith(self.MAGIC):
            raise UserError(E_NOT_EXCHANGE)
        end = len(self.MAGIC) + self._HEAD.size
        if len(data) < end + 16 + 16:
            raise _damaged()
        time_cost, memory_kib, lanes, salt, nonce = self._HEAD.unpack(data[len(self.MAGIC):end])
        if not (1 <= time_cost <= self._LIMITS[0] and 8 * lanes <= memory_kib <= self._LIMITS[1]
                and 1 <= lanes <= self._LIMITS[2]):
            raise _damaged()
        head, check, sealed = data[:end], data[end:end + 16], data[end + 16:]
        key, check_key = _derive(passphrase, salt, time_cost, memory_kib, lanes)
        if not hmac.compare_digest(check, hmac.new(check_key, head, hashlib.sha256).digest()[:16]):
            raise UserError(E_PASSPHRASE)
        try:
            return AESGCM(key).decrypt(nonce, sealed, head)
        except InvalidTag:
            raise _damaged() from None


@functools.lru_cache(maxsize=8)
def _derive(passphrase: str, salt: bytes, time_cost: int, memory_kib: int, lanes: int) -> tuple[bytes, bytes]:
    """Two keys (encryption, check) from the passphrase; remembered for a file read back at once
    after it was written (the same salt)."""
    raw = hash_secret_raw(passphrase.encode("utf-8"), salt, time_cost=time_cost, memory_cost=memory_kib,
                          parallelism=lanes, hash_len=64, type=Type.ID)
    return raw[:32], raw[32:]


# The sealing of join codes. Only tests swap it (its key derivation costs about 0.3 s by design).
cipher: Cipher = SealedPassphrase()


def set_cipher(new: Cipher) -> Cipher:
    """Swap the cipher (tests only); returns the previous one."""
    global cipher
    old, cipher = cipher, new
    return old


# -- the schema the file may speak of ----------------------------------------------------------------

def _schema() -> dict[str, frozenset[str]]:
    result = {}
    for model in SYNCED_MODELS:
        table = model.__table__  # type: ignore[attr-defined]
        result[table.name] = frozenset(c.name for c in table.columns if c.name != "id")
    return result


SCHEMA = _schema()


# -- manifest ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Manifest:
    format: int
    desk_id: str
    desk_name: str
    hlc: int
    written_at: str
    holds: dict[str, int]
    changes: int
    sha256: str
    full: bool = False
    for_desk: str | None = None
    peers: dict[str, dict[str, Any]] = field(default_factory=dict)
    centre_id: str | None = None  # format 3 on; None in older files
    # format 4 on: per writing desk, the highest audit number up to which the sender holds every
    # entry (None in older files: not known), and the file's audit entries and their SHA-256
    audit_holds: dict[str, int] | None = None
    audit_entries: int = 0
    audit_sha256: str | None = None

    def to_json(self) -> dict[str, Any]:
        data = {"format": self.format, "kind": "wic-desk-sync", "desk_id": self.desk_id,
                "desk_name": self.desk_name, "hlc": self.hlc, "written_at": self.written_at,
                "holds": self.holds, "changes": self.changes, "sha256": self.sha256, "full": self.full,
                "for_desk": self.for_desk, "peers": self.peers}
        if self.format >= 3:
            data["centre_id"] = self.centre_id
        if self.format >= 4:
            data.update(audit_holds=self.audit_holds or {}, audit_entries=self.audit_entries,
                        audit_sha256=self.audit_sha256 or hashlib.sha256().hexdigest())
        return data

    @property
    def clock(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(hlc_mod.physical_ms(self.hlc) / 1000)


_MANIFEST_KEYS = frozenset({"format", "kind", "desk_id", "desk_name", "hlc", "written_at", "holds", "changes",
                            "sha256", "full", "for_desk", "peers"})
_AUDIT_KEYS = frozenset({"audit_holds", "audit_entries", "audit_sha256"})


def _manifest_keys(version: int) -> frozenset[str]:
    keys = _MANIFEST_KEYS
    if version >= 3:
        keys |= {"centre_id"}
    if version >= 4:
        keys |= _AUDIT_KEYS
    return keys


_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _uuid_text(value: Any) -> str:
    """A UUID as canonical text (lower case, hyphens); anything else means a damaged file."""
    if not isinstance(value, str):
        raise _damaged()
    if len(value) == 36 and _CANONICAL_UUID.fullmatch(value):
        return value
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise _damaged() from None


def _int(value: Any, low: int = 0, high: int = 2**63 - 1) -> int:
    if type(value) is not int or not low <= value <= high:
        raise _damaged()
    return value


def _parse_manifest(raw: bytes) -> Manifest:
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise _damaged() from None
    if not isinstance(data, dict):
        raise _damaged()
    version = data.get("format")
    if type(version) is int and version > FORMAT_VERSION:
        raise UserError(E_NEWER, version=version)
    if version not in READABLE_FORMATS or type(version) is not int or data.get("kind") != "wic-desk-sync":
        raise UserError(E_NOT_EXCHANGE)
    if set(data) != _manifest_keys(version):
        raise UserError(E_UNEXPECTED)
    centre = data.get("centre_id")
    holds = data["holds"]
    if not isinstance(holds, dict) or not isinstance(data["desk_name"], str) \
            or not isinstance(data["written_at"], str) or not isinstance(data["sha256"], str) \
            or not isinstance(data["full"], bool):
        raise _damaged()
    audit: dict[str, Any] = {}
    if version >= 4:
        if not isinstance(data["audit_holds"], dict) or not isinstance(data["audit_sha256"], str):
            raise _damaged()
        audit = {"audit_holds": {_uuid_text(k): _int(v) for k, v in data["audit_holds"].items()},
                 "audit_entries": _int(data["audit_entries"]), "audit_sha256": data["audit_sha256"]}
    return Manifest(
        format=version, desk_id=_uuid_text(data["desk_id"]), desk_name=data["desk_name"][:200],
        hlc=_int(data["hlc"]), written_at=data["written_at"][:40],
        holds={_uuid_text(k): _int(v) for k, v in holds.items()}, changes=_int(data["changes"]),
        sha256=data["sha256"], full=data["full"],
        for_desk=None if data["for_desk"] is None else _uuid_text(data["for_desk"]),
        peers=_parse_peers(data["peers"], version), centre_id=None if centre is None else _uuid_text(centre),
        **audit)


def _parse_peers(peers: Any, version: int) -> dict[str, dict[str, Any]]:
    """What other desks said they hold: ``holds`` and ``hlc``; from format 4 also ``audit`` where
    the sender knows it."""
    if not isinstance(peers, dict):
        raise _damaged()
    result = {}
    for desk, state in peers.items():
        if not isinstance(state, dict) or not isinstance(state.get("holds"), dict) or not (
                set(state) == {"holds", "hlc"} or (version >= 4 and set(state) == {"holds", "hlc", "audit"})):
            raise _damaged()
        parsed = {"holds": _vector(state["holds"]), "hlc": _int(state["hlc"])}
        if "audit" in state:
            parsed["audit"] = _vector(state["audit"])
        result[_uuid_text(desk)] = parsed
    return result


def _vector(value: Any) -> dict[str, int]:
    if not isinstance(value, dict):
        raise _damaged()
    return {_uuid_text(k): _int(v) for k, v in value.items()}


# -- changes ---------------------------------------------------------------------------------------

def _check_seen(seen: Any, columns: frozenset[str]) -> dict | None:
    if seen is None:
        return None
    if not isinstance(seen, dict):
        raise _damaged()
    for name, refs in seen.items():
        if name not in columns:
            raise UserError(E_UNEXPECTED)
        if not isinstance(refs, list):
            raise _damaged()
        for ref in refs:
            if not isinstance(ref, list) or len(ref) != 2:
                raise _damaged()
            _uuid_text(ref[0])
            _int(ref[1], 1)
    return seen or None


def check_row(item: Any) -> Row:
    """One change from a file, checked and normalised (ids as canonical text)."""
    if not isinstance(item, list) or len(item) != 8:
        raise _damaged()
    desk, seq, stamp, table, record, fields, seen, author = item
    columns = SCHEMA.get(table) if isinstance(table, str) else None
    if columns is None:
        raise UserError(E_UNEXPECTED)
    if not isinstance(fields, dict) or not fields:
        raise _damaged()
    if not columns.issuperset(fields):
        raise UserError(E_UNEXPECTED)
    return (_uuid_text(desk), _int(seq, 1), _int(stamp), table, _uuid_text(record), fields,
            _check_seen(seen, columns), None if author is None else _uuid_text(author))


def row_json(row: Row) -> list:
    return list(row)


def _optional(value: Any, check: Callable[[Any], Any]) -> Any:
    return None if value is None else check(value)


def _short_text(value: Any, most: int) -> str:
    if not isinstance(value, str) or len(value) > most:
        raise _damaged()
    return value


def _when(value: Any) -> str:
    if not isinstance(value, str) or len(value) > 40:
        raise _damaged()
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError:
        raise _damaged() from None
    if when.tzinfo is not None:  # desks write their wall time, naive, as the log stores it
        raise _damaged()
    return value


def check_audit_row(item: Any) -> AuditRow:
    """One audit entry from a file, checked and normalised (ids as canonical text)."""
    if not isinstance(item, list) or len(item) != 10:
        raise _damaged()
    entry, desk, seq, at, staff, action, table, record, person, detail = item
    return (_uuid_text(entry), _uuid_text(desk), _int(seq, 1), _when(at), _optional(staff, _uuid_text),
            _short_text(action, 40), _optional(table, lambda v: _short_text(v, 40)), _optional(record, _uuid_text),
            _optional(person, _uuid_text), _optional(detail, lambda v: _short_text(v, MAX_DETAIL)))


# -- writing ---------------------------------------------------------------------------------------

def _frame(kind: bytes, plain: bytes) -> bytes:
    packed = zlib.compress(plain, COMPRESS_LEVEL)
    return FRAME.pack(kind, len(packed), len(plain)) + packed


@dataclass
class Payload:
    """A payload being built in memory: change frames, then audit frames, then the manifest in
    front. All changes are added before the first audit entry."""

    frames: list[bytes] = field(default_factory=list)
    count: int = 0
    max_hlc: int = 0
    audit_count: int = 0
    _hash: Any = field(default_factory=hashlib.sha256)
    _pending: list = field(default_factory=list)
    _audit_hash: Any = field(default_factory=hashlib.sha256)
    _audit_pending: list = field(default_factory=list)

    def add(self, row: Iterable[Any]) -> None:
        item = list(row)
        self._pending.append(item)
        self.count += 1
        if item[2] > self.max_hlc:
            self.max_hlc = item[2]
        if len(self._pending) >= CHANGES_PER_FRAME:
            self._flush()

    def add_audit(self, row: Iterable[Any]) -> None:
        if not self._audit_pending and not self.audit_count:
            self._flush()  # the changes' frames come first
        self._audit_pending.append(list(row))
        self.audit_count += 1
        if len(self._audit_pending) >= CHANGES_PER_FRAME:
            self._flush_audit()

    def _flush(self) -> None:
        if not self._pending:
            return
        if self.audit_count:
            raise ValueError("changes are added before audit entries")
        plain = json.dumps(self._pending, ensure_ascii=False, separators=(",", ":")).encode()
        self._hash.update(plain)
        self.frames.append(_frame(b"C", plain))
        self._pending = []

    def _flush_audit(self) -> None:
        if not self._audit_pending:
            return
        plain = json.dumps(self._audit_pending, ensure_ascii=False, separators=(",", ":")).encode()
        self._audit_hash.update(plain)
        self.frames.append(_frame(b"A", plain))
        self._audit_pending = []

    def finish(self, manifest: Manifest) -> bytes:
        """The plain payload; ``manifest`` must carry ``count`` and ``sha256`` (see ``checksum``),
        ``audit_count`` and ``audit_checksum``."""
        self._flush()
        self._flush_audit()
        head = _frame(b"M", json.dumps(manifest.to_json(), ensure_ascii=False, sort_keys=True).encode())
        return b"".join([MAGIC, head, *self.frames, _frame(b"E", b"")])

    def checksum(self) -> str:
        self._flush()
        return self._hash.hexdigest()

    def audit_checksum(self) -> str:
        self._flush_audit()
        return self._audit_hash.hexdigest()


def write_file(path: Path, payload: bytes, centre_key: str, head: bytes = b"") -> int:
    """Encrypt for the centre, write (``head`` first: a join head) under a temporary name, fsync,
    rename. Returns the file's size."""
    sealed = head + centrekey.encrypt(payload, centre_key)
    path = Path(path)
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        with open(temp, "wb") as fh:
            fh.write(sealed)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, path)
        _fsync_dir(path.parent)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise UserError(E_WRITE, detail=exc.strerror or type(exc).__name__) from None
    return len(sealed)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # Windows cannot open a folder; the rename is durable enough there
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# -- reading ---------------------------------------------------------------------------------------

@dataclass
class ExchangeFile:
    """A read and fully checked file, still compressed in memory. ``rows()`` decodes it again."""

    manifest: Manifest
    frames: list[tuple[memoryview, int]]
    max_seq: dict[str, int]
    desks: set[str]
    centre_key: str | None = None  # the key that opened it (a joining desk takes it)
    join: bool = False  # a join file (a join head in front)
    audit_frames: list[tuple[memoryview, int]] = field(default_factory=list)
    audit_max_seq: dict[str, int] = field(default_factory=dict)  # per writing desk

    def rows(self) -> Iterator[list[Row]]:
        """The changes, frame by frame (each frame already checked when the file was read)."""
        for packed, plain_len in self.frames:
            yield [check_row(item) for item in _load_frame(packed, plain_len)]

    def audit_rows(self) -> Iterator[list[AuditRow]]:
        """The audit entries, frame by frame (each frame already checked when the file was read)."""
        for packed, plain_len in self.audit_frames:
            yield [check_audit_row(item) for item in _load_frame(packed, plain_len)]


def _inflate(packed: memoryview, plain_len: int) -> bytes:
    inflater = zlib.decompressobj()
    try:
        plain = inflater.decompress(packed, plain_len)
        if len(plain) != plain_len or inflater.unconsumed_tail or not inflater.eof or inflater.unused_data:
            if len(plain) == plain_len and (inflater.unconsumed_tail or not inflater.eof):
                raise UserError(E_TOO_LARGE)
            raise _damaged()
    except zlib.error:
        raise _damaged() from None
    return plain


def _load_frame(packed: memoryview, plain_len: int) -> list:
    try:
        items = json.loads(_inflate(packed, plain_len))
    except (ValueError, UnicodeDecodeError):
        raise _damaged() from None
    if not isinstance(items, list):
        raise _damaged()
    return items


def _frames(plain: bytes) -> Iterator[tuple[bytes, memoryview, int]]:
    if not plain.startswith(MAGIC):
        raise UserError(E_NOT_EXCHANGE)
    view = memoryview(plain)
    pos, total = len(MAGIC), 0
    ended = False
    while pos < len(view):
        if ended:
            raise UserError(E_UNEXPECTED)
        if pos + FRAME.size > len(view):
            raise _damaged()
        kind, packed_len, plain_len = FRAME.unpack_from(view, pos)
        pos += FRAME.size
        if pos + packed_len > len(view):
            raise _damaged()
        if plain_len > MAX_FRAME_PLAIN:
            raise UserError(E_TOO_LARGE)
        total += plain_len
        if total > MAX_TOTAL_PLAIN:
            raise UserError(E_TOO_LARGE)
        if kind not in (b"M", b"C", b"A", b"E"):
            raise UserError(E_UNEXPECTED)
        ended = kind == b"E"
        yield kind, view[pos:pos + packed_len], plain_len
        pos += packed_len
    if not ended:
        raise _damaged()


def decode(plain: bytes, now: dt.datetime | None = None, progress: Progress | None = None) -> ExchangeFile:
    """Check a decrypted payload completely (structure, sizes, manifest, every change, checksum,
    clock) without touching any database."""
    manifest: Manifest | None = None
    digest = hashlib.sha256()
    audit_digest = hashlib.sha256()
    frames: list[tuple[memoryview, int]] = []
    audit_frames: list[tuple[memoryview, int]] = []
    count = audit_count = 0
    max_seq: dict[str, int] = {}
    audit_max_seq: dict[str, int] = {}
    desks: set[str] = set()
    max_hlc = 0
    for kind, packed, plain_len in _frames(plain):
        if kind == b"M":
            if manifest is not None or frames or audit_frames:
                raise UserError(E_UNEXPECTED)
            manifest = _parse_manifest(_inflate(packed, plain_len))
            continue
        if manifest is None:
            raise _damaged()
        if kind == b"E":
            if plain_len:
                raise _damaged()
            continue
        if kind == b"A":
            if manifest.format < 4:
                raise UserError(E_UNEXPECTED)
            raw = _inflate(packed, plain_len)
            audit_digest.update(raw)
            entries = _items(raw)
            audit_count += len(entries)
            for entry in entries:
                row = check_audit_row(entry)
                if row[2] > audit_max_seq.get(row[1], 0):
                    audit_max_seq[row[1]] = row[2]
            audit_frames.append((packed, plain_len))
            continue
        raw = _inflate(packed, plain_len)
        digest.update(raw)
        items = _items(raw)
        for item in items:
            row = check_row(item)
            desks.add(row[0])
            if row[1] > max_seq.get(row[0], 0):
                max_seq[row[0]] = row[1]
            max_hlc = max(max_hlc, row[2])
        count += len(items)
        frames.append((packed, plain_len))
        if progress:
            progress(count, manifest.changes)
    if manifest is None:
        raise _damaged()
    if count != manifest.changes or digest.hexdigest() != manifest.sha256:
        raise _damaged()
    if manifest.format >= 4 and (audit_count != manifest.audit_entries
                                 or audit_digest.hexdigest() != manifest.audit_sha256):
        raise _damaged()
    if max_hlc > manifest.hlc:
        raise _damaged()
    now = now or dt.datetime.now()
    if manifest.clock > now + MAX_AHEAD:
        raise UserError(E_AHEAD, desk=manifest.desk_name or manifest.desk_id,
                        clock=manifest.clock.strftime("%Y-%m-%d %H:%M"))
    return ExchangeFile(manifest=manifest, frames=frames, max_seq=max_seq, desks=desks, audit_frames=audit_frames,
                        audit_max_seq=audit_max_seq)


def _items(raw: bytes) -> list:
    """A frame's JSON array (never empty)."""
    try:
        items = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise _damaged() from None
    if not isinstance(items, list) or not items:
        raise _damaged()
    return items


def read_file(path: Path, centre_key: str | None, now: dt.datetime | None = None,
              progress: Progress | None = None, join_secret: str | None = None) -> ExchangeFile:
    """Read, decrypt in memory and check an exchange file. Raises UserError, changes nothing.

    ``centre_key`` None: a desk joining, which learns the key from the file's join head with
    ``join_secret`` (the join code or the recovery key); the result's ``centre_key`` is it."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise UserError(E_MISSING, name=path.name)
        if size == 0:
            raise UserError(E_EMPTY)
        if size > MAX_FILE_BYTES:
            raise UserError(E_TOO_LARGE)
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserError(E_MISSING, name=path.name) from None
    except OSError as exc:
        raise UserError(E_READ, detail=exc.strerror or type(exc).__name__) from None
    return decode_sealed(data, centre_key, now, progress, join_secret)


def _old_file(data: bytes) -> bool:
    """A file sealed with a sync passphrase (earlier versions): ours, or age's scrypt."""
    return data.startswith(SealedPassphrase.MAGIC) or (
        data.startswith(b"age-encryption.org/v1\n") and b"\n-> scrypt " in data[:200])


def decode_sealed(data: bytes, centre_key: str | None, now: dt.datetime | None = None,
                  progress: Progress | None = None, join_secret: str | None = None) -> ExchangeFile:
    if not data:
        raise UserError(E_EMPTY)
    if _old_file(data):
        raise UserError(E_OLD_FILE)
    head, body = centrekey.split(data, _damaged())
    is_join = head is not None
    if not centrekey.is_sealed(body):
        raise UserError(E_NOT_EXCHANGE)
    if centre_key is None:
        if head is None:
            raise UserError(centrekey.E_NOT_JOIN)
        centre_key = centrekey.open_head(head, join_secret or "", cipher)
    try:
        plain = centrekey.decrypt(body, centre_key)
    except centrekey.NotForThisCentre:
        raise UserError(E_OTHER_CENTRE) from None
    except centrekey.NotMadeHere:
        raise UserError(E_NOT_MADE_HERE) from None
    except pyrage.DecryptError:
        raise _damaged() from None
    ef = decode(plain, now, progress)
    ef.centre_key = centre_key
    ef.join = is_join
    return ef
