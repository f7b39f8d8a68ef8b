"""Consultation notes encrypted for their readers, end to end.

Who may read a note is decided by ``services.consultations.may_read_note`` (and its SQL form); this
module makes the files follow the same rule, so that a database, a backup or an exchange file on
any desk holds only ciphertext for notes and any role may sync.

The construction (standard parts only: age X25519 from pyrage, AES-256-GCM and HKDF from
``cryptography``, argon2id from argon2-cffi):

- Every counsellor and specialist has an age X25519 *identity*. Its secret is sealed under a key
  derived from their password with argon2id and a salt of its own (``store.keyfile.SecretSealer``),
  never from the password hash, which travels with the account; the sealed identity travels with
  the account too (``Staff.note_identity``), so it opens on every desk with the password.
- A note belongs to a *reader group* (``note_group``): ``normal`` (all counsellors and
  specialists), ``counselling`` (specialist-only notes of counselling kinds: the counsellors),
  ``specialist:<kind>`` (specialist-only notes of a specialist kind: the specialists of that
  kind), ``author:<staff id>`` (author-only notes). The author of a note is always in its group.
- A group has one or more 32-byte *note keys* (``NoteKey``; the key itself is never stored), each
  sealed with age for every member's recipient and for the centre's recovery recipient
  (``NoteGrant``). A note is AES-256-GCM under one of its group's keys, bound to the consultation
  and the key (``wn1:<key id>:<nonce and ciphertext>``).
- Whoever writes a note and holds no usable key of its group makes a new one, sealed for every
  member with an identity and for the recovery recipient. A new member (or one whose password was
  reset) is *pending* until any member holding the group's keys logs in on any desk: that login
  seals the keys for them. When someone leaves a group (deactivated, another role or kind), the
  group's keys are retired and a new one is made for the remaining members: notes written from
  then on are closed to the one who left.
- The recovery recipient is derived from the centre's recovery key (HKDF: the key has 160 random
  bits); with the recovery key an administrator seals every key again for those pending (a
  forgotten password) and can open a note for a court order; both audited.

Counting and reports use the metadata only (kind, date, minutes, level), which stays in clear in
the (encrypted) database. Notes written before this version are sealed by the first login of
someone holding their group's key, and their plain text leaves the change log then.
"""

from __future__ import annotations

import base64
import json
import secrets
import uuid
from dataclasses import dataclass
from typing import Any

import pyrage
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import select
from sqlalchemy.orm import Session

from wic_desk.domain.enums import Confidentiality, ConsultationKind, Role
from wic_desk.domain.errors import UserError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.store import keyfile
from wic_desk.store.models import Centre, ChangeLogEntry, Consultation, NoteGrant, NoteKey, Staff
from wic_desk.sync import centrekey

SPECIALIST_KINDS = frozenset({ConsultationKind.LAWYER, ConsultationKind.PSYCHOLOGIST, ConsultationKind.TAX_ADVISOR})
COUNSELLING_KINDS = frozenset(ConsultationKind) - SPECIALIST_KINDS
NOTE_READERS = frozenset({Role.COUNSELLOR, Role.SPECIALIST})

PREFIX = "wn1:"
NORMAL, COUNSELLING = "normal", "counselling"
_KEY_BYTES = 32

E_NO_IDENTITY = T("Errors", "Your key for notes is not open on this desk: log out and log in again, then save the note.")
E_PENDING_EDIT = T("Errors", "Your access to this note is still pending, so its level cannot be changed yet: it "
                             "arrives when a colleague who reads it logs in.")
E_WRONG_RECOVERY = T("Errors", "This recovery key does not belong to this centre.")
E_NO_RECOVERY_RECIPIENT = T("Errors", "This centre has no recovery key for notes yet: an administrator prints a new "
                                      "recovery key first.")


# -- who is in which group ---------------------------------------------------------------------------

def note_group(kind: ConsultationKind, level: Confidentiality, author_id: uuid.UUID | None) -> str:
    """The reader group of a note: the same readers as ``consultations.may_read_note``."""
    if level == Confidentiality.NORMAL:
        return NORMAL
    if level == Confidentiality.SPECIALIST_ONLY:
        kind = ConsultationKind(kind)
        return f"specialist:{kind.value}" if kind in SPECIALIST_KINDS else COUNSELLING
    return f"author:{author_id}"


def in_group(group: str, role: Role, kind: ConsultationKind | str | None, staff_id: uuid.UUID) -> bool:
    role = Role(role)
    if role not in NOTE_READERS:
        return False
    if group == NORMAL:
        return True
    if group == COUNSELLING:
        return role == Role.COUNSELLOR
    if group.startswith("specialist:"):
        return role == Role.SPECIALIST and kind is not None and group == f"specialist:{ConsultationKind(kind).value}"
    return group == f"author:{staff_id}"


def groups_of(role: Role, kind: ConsultationKind | None, staff_id: uuid.UUID) -> set[str]:
    """The groups a staff member with this role (and kind) belongs to."""
    candidates = {NORMAL, COUNSELLING, f"author:{staff_id}"} | {f"specialist:{k.value}" for k in SPECIALIST_KINDS}
    return {g for g in candidates if in_group(g, role, kind, staff_id)}


# -- identities --------------------------------------------------------------------------------------

def _kdf_params() -> dict[str, Any]:
    from wic_desk.services import auth  # the password hasher's own cost (tests make it cheap)
    hasher = auth.HASHER
    return {"algorithm": "argon2id", "version": 19, "time_cost": hasher.time_cost,
            "memory_kib": hasher.memory_cost, "parallelism": hasher.parallelism}


def _wrap_id(staff_id: uuid.UUID) -> str:
    return f"note-identity|{staff_id}"


def sealer(password: str) -> keyfile.SecretSealer:
    """One derivation from ``password`` (about as long as checking it) for sealing identities."""
    return keyfile.SecretSealer(password, _kdf_params())


def new_identity(staff_id: uuid.UUID, password: str | keyfile.SecretSealer,
                 identity: str | None = None) -> str:
    """``Staff.note_identity`` for a new (or the given) identity, sealed under ``password``."""
    identity = identity or str(pyrage.x25519.Identity.generate())
    public = str(pyrage.x25519.Identity.from_str(identity).to_public())
    seal = password if isinstance(password, keyfile.SecretSealer) else sealer(password)
    return json.dumps({"recipient": public, "sealed": seal.seal(identity.encode("ascii"), _wrap_id(staff_id))})


def recipient_of(note_identity: str | None) -> str | None:
    if not note_identity:
        return None
    try:
        recipient = json.loads(note_identity).get("recipient")
    except (ValueError, AttributeError):
        return None
    return recipient if isinstance(recipient, str) and recipient.startswith("age1") else None


def open_identity(staff_id: uuid.UUID, note_identity: str | None, password: str) -> str | None:
    """The identity's secret, or None (none yet, another password, damaged)."""
    if not note_identity:
        return None
    try:
        found = json.loads(note_identity)
        raw = keyfile.open_wrap(found["sealed"], password, _wrap_id(staff_id))
        if raw is None:
            return None
        identity = raw.decode("ascii")
        if str(pyrage.x25519.Identity.from_str(identity).to_public()) != found["recipient"]:
            return None
        return identity
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, pyrage.IdentityError):
        return None


def recovery_identity(recovery_key: str) -> str:
    """The recovery key's X25519 identity (the key itself has 160 random bits: HKDF suffices)."""
    raw = HKDF(algorithm=SHA256(), length=32, salt=b"wic-desk notes",
               info=b"recovery identity").derive(keyfile.normalise_recovery_key(recovery_key).encode("ascii"))
    return centrekey.identity_from_bytes(raw)


def recovery_recipient(recovery_key: str) -> str:
    return str(pyrage.x25519.Identity.from_str(recovery_identity(recovery_key)).to_public())


def _centre_recipient(session: Session) -> str | None:
    return session.execute(select(Centre.recovery_recipient).where(Centre.deleted.is_(False))
                           .order_by(Centre.id)).scalars().first()


class Keyring:
    """The note keys one person (or the recovery key) holds, opened as they are needed; lives
    in memory with the logged-in Actor only."""

    def __init__(self, staff_id: uuid.UUID | None, identity: str) -> None:
        self.staff_id = staff_id
        self._identity = pyrage.x25519.Identity.from_str(identity)
        self.identity = identity
        self.recipient = str(self._identity.to_public())
        self._keys: dict[uuid.UUID, bytes] = {}
        self._missing: set[uuid.UUID] = set()

    def __repr__(self) -> str:  # never the secret
        return f"Keyring({self.staff_id})"

    def _open(self, sealed: str) -> bytes | None:
        try:
            key = pyrage.decrypt(base64.b64decode(sealed), [self._identity])
        except (pyrage.DecryptError, ValueError, TypeError):
            return None
        return key if len(key) == _KEY_BYTES else None

    def key(self, session: Session, key_id: uuid.UUID) -> bytes | None:
        if key_id in self._keys:
            return self._keys[key_id]
        for sealed in session.execute(select(NoteGrant.sealed).where(
                NoteGrant.key_id == key_id, NoteGrant.recipient == self.recipient,
                NoteGrant.deleted.is_(False))).scalars():
            key = self._open(sealed)
            if key is not None:
                self._keys[key_id] = key
                self._missing.discard(key_id)
                return key
        self._missing.add(key_id)
        return None

    def load_all(self, session: Session) -> None:
        for key_id, sealed in session.execute(select(NoteGrant.key_id, NoteGrant.sealed).where(
                NoteGrant.recipient == self.recipient, NoteGrant.deleted.is_(False))):
            if key_id not in self._keys:
                key = self._open(sealed)
                if key is not None:
                    self._keys[key_id] = key

    def remember(self, key_id: uuid.UUID, key: bytes) -> None:
        self._keys[key_id] = key

    def held(self) -> dict[uuid.UUID, bytes]:
        return dict(self._keys)


# -- keys and grants ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Reader:
    staff_id: uuid.UUID
    role: Role
    kind: ConsultationKind | None
    recipient: str


def _readers(session: Session) -> list[_Reader]:
    rows = session.execute(select(Staff.id, Staff.role, Staff.specialist_kind, Staff.note_identity).where(
        Staff.active.is_(True), Staff.deleted.is_(False), Staff.role.in_(list(NOTE_READERS))))
    return [_Reader(i, role, kind, r) for i, role, kind, ident in rows if (r := recipient_of(ident))]


def _seal_for(key: bytes, recipient: str) -> str:
    return base64.b64encode(pyrage.encrypt(key, [pyrage.x25519.Recipient.from_str(recipient)])).decode("ascii")


def _grant(session: Session, key_id: uuid.UUID, key: bytes, staff_id: uuid.UUID | None, recipient: str) -> None:
    session.add(NoteGrant(id=uuid.uuid4(), key_id=key_id, staff_id=staff_id, recipient=recipient,
                          sealed=_seal_for(key, recipient)))


def new_key(session: Session, group: str, holder: Keyring | None = None,
            readers: list[_Reader] | None = None) -> tuple[uuid.UUID, bytes]:
    """A new key for ``group``, sealed for every member with an identity and for the recovery
    recipient (and kept by ``holder``)."""
    key = secrets.token_bytes(_KEY_BYTES)
    key_id = uuid.uuid4()
    session.add(NoteKey(id=key_id, reader_group=group, retired=False))
    for r in readers if readers is not None else _readers(session):
        if in_group(group, r.role, r.kind, r.staff_id):
            _grant(session, key_id, key, r.staff_id, r.recipient)
    recovery = _centre_recipient(session)
    if recovery:
        _grant(session, key_id, key, None, recovery)
    if holder is not None:
        holder.remember(key_id, key)
    return key_id, key


def _writing_key(session: Session, holder: Keyring, group: str) -> tuple[uuid.UUID, bytes]:
    """The newest usable key of ``group`` this holder has; a new one when there is none."""
    for key_id in session.execute(select(NoteKey.id).where(
            NoteKey.reader_group == group, NoteKey.retired.is_(False), NoteKey.deleted.is_(False))
            .order_by(NoteKey.created_at.desc(), NoteKey.id)).scalars():
        key = holder.key(session, key_id)
        if key is not None:
            return key_id, key
    session.flush()
    return new_key(session, group, holder)


def rotate(session: Session, groups: set[str]) -> int:
    """Someone left these groups: their keys are retired and each gets a new key for the members
    who remain (nobody keeps it here). Returns how many keys were retired."""
    retired = 0
    session.flush()
    readers = _readers(session)
    for group in sorted(groups):
        rows = session.execute(select(NoteKey).where(NoteKey.reader_group == group, NoteKey.retired.is_(False),
                                                     NoteKey.deleted.is_(False))).scalars().all()
        if not rows:
            continue
        for row in rows:
            row.retired = True
            retired += 1
        if any(in_group(group, r.role, r.kind, r.staff_id) for r in readers):
            new_key(session, group, None, readers)
    return retired


def _pending_grants(session: Session, holder: Keyring) -> list[tuple[uuid.UUID, bytes, uuid.UUID | None, str]]:
    """What this holder can seal now for someone who lacks it: (key id, key, staff id, recipient)."""
    holder.load_all(session)
    held = holder.held()
    if not held:
        return []
    groups = dict(session.execute(select(NoteKey.id, NoteKey.reader_group).where(
        NoteKey.id.in_(list(held)), NoteKey.deleted.is_(False))).all())
    have = set(session.execute(select(NoteGrant.key_id, NoteGrant.recipient).where(
        NoteGrant.key_id.in_(list(held)), NoteGrant.deleted.is_(False))).all())
    readers = _readers(session)
    recovery = _centre_recipient(session)
    out = []
    for key_id, group in sorted(groups.items(), key=lambda kv: str(kv[0])):
        for r in readers:
            if in_group(group, r.role, r.kind, r.staff_id) and (key_id, r.recipient) not in have:
                out.append((key_id, held[key_id], r.staff_id, r.recipient))
        if recovery and (key_id, recovery) not in have:
            out.append((key_id, held[key_id], None, recovery))
    return out


# -- notes -------------------------------------------------------------------------------------------

def _aad(consultation_id: uuid.UUID, key_id: uuid.UUID) -> bytes:
    return b"wic-desk note|" + consultation_id.bytes + key_id.bytes


def is_sealed(value: str | None) -> bool:
    return bool(value) and value.startswith(PREFIX)


def seal(session: Session, holder: Keyring | None, consultation_id: uuid.UUID, kind: ConsultationKind,
         level: Confidentiality, author_id: uuid.UUID | None, text: str | None) -> str | None:
    """The stored form of a note: ciphertext for its group (None for no note)."""
    if not text:
        return None
    if holder is None:
        raise UserError(E_NO_IDENTITY)
    key_id, key = _writing_key(session, holder, note_group(kind, level, author_id))
    return encrypt_with(key_id, key, consultation_id, text)


def encrypt_with(key_id: uuid.UUID, key: bytes, consultation_id: uuid.UUID, text: str) -> str:
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(key).encrypt(nonce, text.encode("utf-8"), _aad(consultation_id, key_id))
    return PREFIX + key_id.hex + ":" + base64.b64encode(nonce + sealed).decode("ascii")


def key_of(value: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(hex=value[len(PREFIX):len(PREFIX) + 32])
    except ValueError:
        return None


def open_note(session: Session, holder: Keyring | None, consultation_id: uuid.UUID,
              value: str | None) -> tuple[str | None, bool]:
    """(the note's text, pending): pending when the holder may read it but has no key for it yet."""
    if not value:
        return None, False
    if not is_sealed(value):
        return value, False  # written before notes were sealed; sealed at a reader's next login
    key_id = key_of(value)
    if holder is None or key_id is None:
        return None, True
    key = holder.key(session, key_id)
    if key is None:
        return None, True
    try:
        raw = base64.b64decode(value[len(PREFIX) + 33:])
        text = AESGCM(key).decrypt(raw[:12], raw[12:], _aad(consultation_id, key_id)).decode("utf-8")
    except (InvalidTag, ValueError, UnicodeDecodeError):
        return None, True
    return text, False


def group_of_key(session: Session, key_id: uuid.UUID | None) -> str | None:
    if key_id is None:
        return None
    return session.execute(select(NoteKey.reader_group).where(NoteKey.id == key_id)).scalar_one_or_none()


# -- at login ----------------------------------------------------------------------------------------

def unlock(db, actor, password: str):
    """The reader's keyring, opened with their password (None for roles that read no note). A
    reader without an identity (an account from before sealed notes, a role just changed) gets
    one now. Seals the keys this reader holds for every member still pending, and the notes
    written before sealing that this reader's keys cover."""
    from wic_desk.services.uow import UnitOfWork
    if actor.role not in NOTE_READERS:
        return None
    with db.read() as s:
        stored = s.execute(select(Staff.note_identity).where(Staff.id == actor.staff_id)).scalar_one_or_none()
    identity = open_identity(actor.staff_id, stored, password)
    if identity is None:
        identity = str(pyrage.x25519.Identity.generate())
        with UnitOfWork(db, actor) as uow:
            staff = uow.session.get(Staff, actor.staff_id)
            staff.note_identity = new_identity(actor.staff_id, password, identity)
            uow.audit("notes.identity", "staff", actor.staff_id)
    holder = Keyring(actor.staff_id, identity)
    share(db, actor, holder)
    return holder


def share(db, actor, holder: Keyring) -> int:
    """Seal what ``holder`` holds for those pending, and seal old plain notes; returns the number
    of grants made. Writes nothing when there is nothing to do."""
    from wic_desk.services.uow import UnitOfWork
    with db.read() as s:
        pending = _pending_grants(s, holder)
        legacy = _legacy_notes(s, holder)
    if not pending and not legacy:
        return 0
    with UnitOfWork(db, actor) as uow:
        for key_id, key, staff_id, recipient in pending:
            _grant(uow.session, key_id, key, staff_id, recipient)
        if pending:
            uow.audit("notes.grant", detail=f"grants={len(pending)}")
        if legacy:
            _seal_legacy(uow, holder, legacy)
    return len(pending)


def _legacy_notes(session: Session, holder: Keyring) -> list[uuid.UUID]:
    """Plain notes (from before sealing) of the groups this holder belongs to."""
    if holder.staff_id is None:
        return []
    me = session.get(Staff, holder.staff_id)
    if me is None:
        return []
    mine = groups_of(me.role, me.specialist_kind, me.id)
    rows = session.execute(select(Consultation.id, Consultation.kind, Consultation.confidentiality,
                                  Consultation.staff_id).where(
        Consultation.note.is_not(None), Consultation.note.not_like(PREFIX + "%"), Consultation.note != "",
        Consultation.deleted.is_(False)))
    return [i for i, kind, level, author in rows if note_group(kind, level, author) in mine]


def _seal_legacy(uow, holder: Keyring, ids: list[uuid.UUID]) -> None:
    s = uow.session
    for c in s.execute(select(Consultation).where(Consultation.id.in_(ids))).scalars():
        c.note = seal(s, holder, c.id, c.kind, c.confidentiality, c.staff_id, c.note)
    s.flush()
    # the plain text leaves the change log (the entries keep that the note changed); the change
    # just written holds the sealed note
    log = ChangeLogEntry.__table__
    for no, fields in s.execute(select(log.c.no, log.c.fields).where(
            log.c.record_id.in_(ids), log.c.table_name == Consultation.__tablename__)).all():
        note = fields.get("note") if isinstance(fields, dict) else None
        if note and not is_sealed(note):
            s.execute(log.update().where(log.c.no == no).values(fields={**fields, "note": None}))
    uow.audit("notes.seal_old", detail=f"notes={len(ids)}")


# -- the recovery key --------------------------------------------------------------------------------

def recovery_keyring(db, recovery_key: str) -> Keyring:
    with db.read() as s:
        expected = _centre_recipient(s)
    if not expected:
        raise UserError(E_NO_RECOVERY_RECIPIENT)
    identity = recovery_identity(recovery_key)
    holder = Keyring(None, identity)
    if holder.recipient != expected:
        raise UserError(E_WRONG_RECOVERY)
    return holder


def grant_with_recovery(db, actor, recovery_key: str) -> int:
    """An administrator with the recovery key seals every note key for everyone pending (a
    password that was reset, a member no colleague has let in yet). Audited."""
    from wic_desk.domain.permissions import Action
    from wic_desk.services import auth
    auth.require_action(actor, Action.NOTES_RECOVERY)
    holder = recovery_keyring(db, recovery_key)
    made = share(db, actor, holder)
    from wic_desk.services.uow import UnitOfWork
    with UnitOfWork(db, actor) as uow:
        uow.audit("notes.recovery_grant", detail=f"grants={made}")
    return made


def read_with_recovery(db, actor, recovery_key: str, consultation_id: uuid.UUID) -> str | None:
    """A note opened with the recovery key (a court order): administrators; audited."""
    from wic_desk.domain.permissions import Action
    from wic_desk.services import auth
    from wic_desk.services.uow import UnitOfWork
    auth.require_action(actor, Action.NOTES_RECOVERY)
    holder = recovery_keyring(db, recovery_key)
    with db.read() as s:
        c = s.get(Consultation, consultation_id)
        if c is None or c.deleted:
            from wic_desk.domain.errors import NotFound
            raise NotFound(T("Errors", "No such consultation."))
        text, _pending = open_note(s, holder, c.id, c.note)
        person_id = c.person_id
    with UnitOfWork(db, actor) as uow:
        uow.audit("note.read_recovery", "consultations", consultation_id, person_id)
    return text


@dataclass(frozen=True)
class Pending:
    staff_id: uuid.UUID
    full_name: str
    groups: tuple[str, ...]


def pending(db) -> list[Pending]:
    """Readers lacking some key of a group of theirs (their access to those notes is pending)."""
    with db.read() as s:
        keys = s.execute(select(NoteKey.id, NoteKey.reader_group).where(NoteKey.deleted.is_(False))).all()
        have = set(s.execute(select(NoteGrant.key_id, NoteGrant.recipient).where(NoteGrant.deleted.is_(False))).all())
        names = dict(s.execute(select(Staff.id, Staff.full_name)).all())
        out = []
        readers = {r.staff_id: r for r in _readers(s)}
        rows = s.execute(select(Staff.id, Staff.role, Staff.specialist_kind).where(
            Staff.active.is_(True), Staff.deleted.is_(False), Staff.role.in_(list(NOTE_READERS)))).all()
        for staff_id, role, kind in rows:
            reader = readers.get(staff_id)
            lacking = sorted({g for key_id, g in keys if in_group(g, role, kind, staff_id)
                              and (reader is None or (key_id, reader.recipient) not in have)},
                             key=lambda g: (g.startswith("author:"), g != NORMAL, g))  # the widest first
            if lacking:
                out.append(Pending(staff_id, names.get(staff_id, ""), tuple(lacking)))
    return sorted(out, key=lambda p: p.full_name)
