"""Desks in step without a network: exchange files, conflicts, digest (issue 6).

The use cases the sync screen and ``wic-desk sync ...`` call. Each checks the role, reports progress through a plain callback ``progress(done, total)``, and writes the
audit log (who, which desk, how many changes; never personal data). The work itself is in
``wic_desk.sync``: the file format, the change log, resolution and materialisation.

- ``export_changes``: for one desk, every change it lacks judged only from what the last file
  received from it said it held (other desks' changes included: desks relay for each other);
  for everyone, what the least up-to-date *active* desk lacks; ``full``: everything (a new
  desk joins from such a file with ``join_centre``). Resending is harmless.
- Each other desk is active, replaced (a database that had to take a new desk id says which id
  it replaces; the old id is replaced until it is heard from again), silent (nothing heard from
  it for ``SILENT_AFTER_DAYS``) or retired (by an administrator, ``retire_desk``; travels as a
  change of the desk's record). Only active desks hold back files "for every desk"; a replaced
  desk's successor starts from what the old id was known to hold until it speaks for itself. A
  silent or retired desk still gets its own file (``for_desk``) or a full one.
- Every file is encrypted for the centre key (``sync.centrekey``), kept in this desk's encrypted
  database: nobody types a passphrase, and a file of another centre does not open. A full file is
  a join file: it carries the centre key sealed with a one-time join code (in ``ExportResult``,
  shown once, stored nowhere) and for the recovery key; ``join_centre`` takes either. A desk set
  up before centre keys derives the key once from the centre's former sync passphrase
  (``adopt_passphrase``).
- ``import_file``: checks the whole file first (nothing decrypted reaches the disk), then one
  transaction: store the new changes, move the clock, recompute the touched records field by
  field, add the audit entries not held yet, keep the sender's "holds" vectors. A process killed
  half-way leaves the database as it was.
- Audit entries travel like changes (``sync.auditlog``): numbered per desk that wrote them, every
  file carries those the reader lacks, judged from the audit it last said it holds (relayed too),
  so every desk holds the centre's whole audit. They are only ever inserted (once, by id).
- Conflicts: fields whose latest changes from different desks disagree; ``resolve_conflict``
  records the choice as a new change that settles it on every desk once it travels.
- Merges of persons are changes of ``merged_into`` (``services.merge``); should two desks merge
  the same pair in opposite directions, the importing desk breaks the cycle deterministically:
  the person with the smallest id survives (the same on every desk).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wic_desk import paths
from wic_desk.domain import erasure, hlc
from wic_desk.domain.enums import Confidentiality, ConsultationKind
from wic_desk.domain.errors import NotFound, PermissionDenied, UserError, ValidationError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.domain.permissions import roles_for
from wic_desk.services import auth
from wic_desk.services.context import Actor, Database, local_value, set_local_value
from wic_desk.services.people import search_key_for
from wic_desk.services.uow import HLC_KEY, PREVIOUS_DESKS_KEY, UnitOfWork
from wic_desk.store.base import now
from wic_desk.store.models import (
    AuditEntry,
    Centre,
    ChangeLogEntry,
    Consultation,
    Desk,
    LocalState,
    Person,
    PersonSearch,
    Staff,
)
from wic_desk.sync import apply, auditlog, centrekey, fileformat, identity, log
from wic_desk.sync.resolve import Change, resolve

Progress = Callable[[int, int], None]

FULL_EXPORTERS = roles_for("sync.export_full")
RESOLVERS = roles_for("sync.resolve")
RETIRERS = roles_for("sync.retire")
PEER_PREFIX = "sync.peer."
SENT_PREFIX = "sync.sent."
HIDDEN_FIELDS = {("staff", "pin_hash"), ("staff", "password_hash"), ("staff", "note_identity"),
                 ("note_grants", "sealed")}
# A desk not heard from for this long no longer holds back the files written "for every desk".
SILENT_AFTER_DAYS = 60

# A desk's state as this desk sees it (PeerInfo.state)
ACTIVE, REPLACED, SILENT, RETIRED = "active", "replaced", "silent", "retired"
IN_MEMORY_CHANGES = 300_000

E_NO_PASSPHRASE = T("Errors", "Enter the centre's former sync passphrase.")
E_NO_CENTRE_KEY = T("Errors", "This desk was set up before exchange files used the centre key. Enter the centre's "
                              "former sync passphrase once (the same on every desk); after that, no passphrase "
                              "is needed.")
E_HAS_CENTRE_KEY = T("Errors", "This desk has the centre key already.")
E_OTHER_CENTRE_OR_TYPO = T("Errors", "This exchange file is from another centre, or the former sync passphrase "
                                     "entered on this desk was not the centre's. If it was mistyped, enter it "
                                     "again; nothing was changed.")
# local_state: the key was made here from a former passphrase and no file of the centre has been
# read with it yet (until one is, a mistyped passphrase may be entered again)
UNPROVEN_KEY = "sync.centre_key_unproven"
CENTRE_KEY = centrekey.LOCAL_KEY
E_NOT_FULL = T("Errors", "A new desk needs a full exchange file (\"everything\") from a desk of the centre.")
E_SET_UP = T("Errors", "This database is already set up.")
E_OWN_DESK = T("Errors", "This is this desk itself: choose another desk.")
E_SETTLED = T("Errors", "This conflict has been settled already; refresh the list.")
E_UNKNOWN_DESK = T("Errors", "No desk called \"{name}\" is known here yet. A desk becomes known here once a file "
                             "it wrote has been read here: at that desk, write an exchange file (wic-desk sync "
                             "export --out FILE) and read it here (wic-desk sync import FILE), then try again. "
                             "For a new desk, write its join file here: wic-desk sync export --new-desk NAME --out "
                             "FILE.")
E_SAME_NAME = T("Errors", "Several desks are called \"{name}\" here; give the desk's id instead: {ids}.")
E_NO_SUCH_DESK = T("Errors", "This desk is not known here; refresh the list.")
E_RETIRED = T("Errors", "This desk has been retired already.")
INVITED_BY_KEY = "sync.invited_by"  # local_state: the desk whose join file named this desk
E_NAME_TAKEN = T("Errors", "A desk called \"{name}\" is known here already: give the new desk another name.")
E_NEW_AND_FOR = T("Errors", "A file for a new desk is a full file: give the new desk's name, not another desk.")


# -- results ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ExportResult:
    path: Path
    changes: int
    size: int
    desk_id: uuid.UUID
    for_desk: uuid.UUID | None
    full: bool
    # a full (join) file: the one-time code that opens it on the new desk, to be shown once
    join_code: str | None = None
    audit: int = 0  # audit entries in the file


@dataclass(frozen=True)
class ImportResult:
    from_desk: uuid.UUID
    from_desk_name: str
    changes: int  # in the file
    new: int  # not held before
    records: int  # records recomputed and written
    waiting: int  # records whose creation has not arrived yet
    conflicts: int  # open conflicts after the import (all records)
    new_desk_id: uuid.UUID | None  # set when this database had to take a new desk id
    audit: int = 0  # audit entries in the file
    audit_new: int = 0  # of them, not held before


@dataclass(frozen=True)
class JoinResult:
    desk_id: uuid.UUID
    centre_name: str
    staff: int
    changes: int


@dataclass(frozen=True)
class ConflictValue:
    value: Any  # JSON form (ids and dates as text); None when hidden
    hidden: bool
    desk_id: uuid.UUID
    desk_name: str
    seq: int
    hlc: int
    when: dt.datetime  # the writer's clock
    author_id: uuid.UUID | None
    author_name: str | None


@dataclass(frozen=True)
class Conflict:
    table: str
    record_id: uuid.UUID
    field: str
    winner: ConflictValue
    others: tuple[ConflictValue, ...]

    def line(self) -> str:
        """Tab-separated, for ``wic-desk sync conflicts``."""
        def show(v: ConflictValue) -> str:
            text = "(hidden)" if v.hidden else json.dumps(v.value, ensure_ascii=False)
            return f"{text} [{v.desk_name} {v.when:%Y-%m-%d %H:%M} {v.author_name or '-'}]"
        return "\t".join([self.table, str(self.record_id), self.field, show(self.winner),
                          *(show(o) for o in self.others)])


@dataclass(frozen=True)
class PeerInfo:
    desk_id: uuid.UUID
    name: str
    last_received: dt.datetime | None  # when we last read a file from it
    last_sent: dt.datetime | None  # when we last wrote a file for it
    lacking: int | None  # changes we hold that it lacks, judged from its last file (None: never heard)
    state: str = ACTIVE  # ACTIVE, REPLACED, SILENT or RETIRED
    last_heard: dt.datetime | None = None  # its clock at its latest word that reached here (relayed too)
    replaced_by: uuid.UUID | None = None  # REPLACED: the desk that took over its database
    replaced_by_name: str | None = None
    retired_at: dt.datetime | None = None
    # whether it holds any change of this desk, as far as its latest word says (None: not known):
    # until it does, it cannot know this desk, nor write a file for this desk alone
    knows_this_desk: bool | None = None


# -- helpers ---------------------------------------------------------------------------------------

def read_passphrase_file(path: Path | str) -> str:
    """A passphrase kept in a file (``--passphrase-file``, a desk set up before centre keys): the
    first line, without its newline."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise UserError(fileformat.E_READ, detail=exc.strerror or type(exc).__name__) from None
    return text.splitlines()[0] if text else ""


def _check_passphrase(passphrase: str | None) -> str:
    if not passphrase:
        raise UserError(E_NO_PASSPHRASE)
    return passphrase


def has_centre_key(db: Database) -> bool:
    return bool(db.local(CENTRE_KEY))


def _centre_key(db: Database) -> str:
    key = db.local(CENTRE_KEY)
    if not key:
        raise UserError(E_NO_CENTRE_KEY)
    return key


def may_adopt_again(db: Database) -> bool:
    """The key came from a former passphrase and no file of the centre has opened with it yet."""
    return has_centre_key(db) and db.local(UNPROVEN_KEY) == "1"


def _key_for(db: Database, former_passphrase: str | None) -> tuple[str, bool]:
    """(the key to use, whether it is to be kept at the end): the desk's, or, on a desk that may
    take one from the former passphrase and was given it, the key derived from it."""
    if former_passphrase and (not has_centre_key(db) or may_adopt_again(db)):
        centre = _centre_id(db)
        if centre is None:
            raise UserError(T("Errors", "This desk is not set up yet."))
        return centrekey.from_passphrase(former_passphrase, centre), True
    return _centre_key(db), False


def _keep_key(uow: UnitOfWork, key: str, proven: bool) -> None:
    set_local_value(uow.session, CENTRE_KEY, key)
    set_local_value(uow.session, UNPROVEN_KEY, "0" if proven else "1")
    uow.audit("sync.centre_key", detail="from the former sync passphrase")


def adopt_passphrase(db: Database, actor: Actor, passphrase: str) -> None:
    """A desk set up before centre keys: the centre key from the centre's former sync passphrase
    (every desk of the centre derives the same; about 0.3 s). Audited; the passphrase is not kept.
    Until a file of the centre has been read with it, the passphrase may be entered again (a typo)."""
    auth.require(actor, roles_for("sync.export") | roles_for("sync.import"))
    passphrase = _check_passphrase(passphrase)
    if has_centre_key(db) and not may_adopt_again(db):
        raise UserError(E_HAS_CENTRE_KEY)
    centre = _centre_id(db)
    if centre is None:
        raise UserError(T("Errors", "This desk is not set up yet."))
    key = centrekey.from_passphrase(passphrase, centre)
    with UnitOfWork(db, actor) as uow:
        _keep_key(uow, key, proven=False)


def _registry() -> Path:
    return paths.data_dir() / identity.REGISTRY_NAME


def _search_key(row: dict[str, Any]) -> str:
    return search_key_for(row["given_name"], row["family_name"], row["native_name"], row["phone"], row["pesel"])


def _peer_state(session: Session, desk_id: str) -> dict[str, Any] | None:
    raw = local_value(session, PEER_PREFIX + desk_id)
    try:
        return json.loads(raw) if raw else None
    except ValueError:
        return None


def _known_peers(session: Session, own: str) -> dict[str, dict[str, Any]]:
    rows = session.execute(select(LocalState.key, LocalState.value)
                           .where(LocalState.key.startswith(PEER_PREFIX))).all()
    result = {}
    for key, value in rows:
        desk = key[len(PEER_PREFIX):]
        if desk == own:
            continue
        try:
            result[desk] = json.loads(value)
        except ValueError:
            continue
    return result


def _merged(known: dict[str, int] | None, said: dict[str, int]) -> dict[str, int]:
    merged = dict(known or {})
    for key, seq in said.items():
        merged[key] = max(int(merged.get(key, 0)), int(seq))
    return merged


def _remember(session: Session, desk: str, holds: dict[str, int], as_of: int, name: str | None = None,
              received: int | None = None, audit: dict[str, int] | None = None) -> None:
    """Merge what a desk said it holds into what we know of it (holds only grow for a desk id).
    ``audit``: what audit it said it holds (None: it did not say; a desk of an older version)."""
    state = _peer_state(session, desk) or {"holds": {}, "hlc": 0}
    state["holds"] = _merged(state.get("holds"), holds)
    if audit is not None:
        state["audit"] = _merged(state.get("audit"), audit)
    state["hlc"] = max(int(state.get("hlc") or 0), as_of)
    if name:
        state["name"] = name
    if received is not None:
        state["received_at"] = dt.datetime.now().replace(microsecond=0).isoformat()
        state["changes"] = received
    set_local_value(session, PEER_PREFIX + desk, json.dumps(state, sort_keys=True))


def _previous_ids(session: Session) -> set[str]:
    return set((local_value(session, PREVIOUS_DESKS_KEY) or "").split())


@dataclass
class _DeskView:
    """What this desk knows of another desk."""

    name: str | None
    state: str
    holds: dict[str, int] | None  # what it is known to hold (its own word, else its predecessor's)
    heard: int | None  # its hybrid clock at its latest word that reached here
    replaced_by: str | None = None
    retired_at: dt.datetime | None = None
    audit: dict[str, int] | None = None  # the audit entries it is known to hold (None: not known)


def _now_ms() -> int:
    return int(dt.datetime.now().timestamp() * 1000)


def _desk_views(session: Session, own: str) -> dict[str, _DeskView]:
    """Every other desk known here (by its record or by what it or a relay said), with its state.

    A desk is replaced when a desk record says it replaces it and nothing was heard from it since
    that record was made (a copy whose original goes on working is heard from again, and is then
    active again); silent when its latest word (or, never heard, its record's creation) is older
    than ``SILENT_AFTER_DAYS``."""
    rows = {str(r.id): r for r in session.execute(
        select(Desk.id, Desk.name, Desk.created_at, Desk.replaces, Desk.retired_at, Desk.deleted))}
    known = _known_peers(session, own)
    mine = {own} | _previous_ids(session)
    successors = {d: r for d, r in rows.items() if r.replaces is not None and not r.deleted}
    made: dict[str, int] = {}
    if successors:  # when each replacing record was made, on its writer's hybrid clock
        for record, stamp in session.execute(
                select(ChangeLogEntry.record_id, func.min(ChangeLogEntry.hlc))
                .where(ChangeLogEntry.record_id.in_([uuid.UUID(d) for d in successors]))
                .group_by(ChangeLogEntry.record_id)):
            made[str(record)] = stamp
    replaced_by: dict[str, tuple[int, str]] = {}
    for desk, row in successors.items():
        old = str(row.replaces)
        stamp = made.get(desk, 0)
        if old not in replaced_by or (stamp, desk) > replaced_by[old]:
            replaced_by[old] = (stamp, desk)
    horizon = _now_ms() - SILENT_AFTER_DAYS * 24 * 3600 * 1000
    views: dict[str, _DeskView] = {}
    for desk in (set(rows) | set(known)) - mine:
        row, said = rows.get(desk), known.get(desk)
        heard = int(said.get("hlc") or 0) if said else 0
        holds = dict(said["holds"]) if said else _inherited(desk, rows, known)
        audit = (dict(said["audit"]) if "audit" in said else None) if said else _inherited(desk, rows, known, "audit")
        view = _DeskView(name=(row.name if row else None) or (said or {}).get("name"), state=ACTIVE, holds=holds,
                         heard=heard or None, audit=audit)
        successor = replaced_by.get(desk)
        if row is not None and (row.deleted or row.retired_at is not None):
            view.state, view.retired_at = RETIRED, row.retired_at
        elif successor is not None and heard <= successor[0]:
            view.state, view.replaced_by = REPLACED, successor[1]
        else:
            alive = hlc.physical_ms(heard) if heard else \
                (int(row.created_at.timestamp() * 1000) if row is not None and row.created_at else 0)
            if alive < horizon:
                view.state = SILENT
        views[desk] = view
    return views


def _inherited(desk: str, rows: dict[str, Any], known: dict[str, dict[str, Any]],
               what: str = "holds") -> dict[str, int] | None:
    """What the desks this one replaced were known to hold (the nearest one heard), or None;
    ``what``: "holds" (changes) or "audit". The successor's own word, once it arrives, replaces
    this (a restored database may hold less)."""
    seen = {desk}
    row = rows.get(desk)
    while row is not None and row.replaces is not None and str(row.replaces) not in seen:
        old = str(row.replaces)
        seen.add(old)
        if old in known:
            said = known[old].get(what)
            return dict(said) if said is not None else None
        row = rows.get(old)
    return None


def _least(vectors: list[dict[str, int] | None]) -> dict[str, int] | None:
    """What every one of these holders holds (None, everything, if any is not known)."""
    if not vectors or any(v is None for v in vectors):
        return None
    known = [v for v in vectors if v is not None]
    keys = set().union(*known)
    return {k: min(int(v.get(k, 0)) for v in known) for k in keys}


def _base_for(session: Session, own: str, for_desk: uuid.UUID | None,
              full: bool) -> tuple[dict[str, int] | None, dict[str, int] | None]:
    """What the reader is known to hold: (changes, audit entries); None: assume nothing, send
    everything.

    For one desk: what it said it holds in the last file we received from it (or that another desk
    relayed; for a desk not heard yet, what the desk it replaces was known to hold). For everyone:
    what the least up-to-date *active* desk holds (neither replaced, retired nor silent; should
    every other desk be silent, the least up-to-date silent one); an active desk whose holdings
    are not known at all makes it everything. The audit the same way (a desk that has not said
    what audit it holds, as before audit entries travelled, is sent all of it)."""
    if full:
        return None, None
    views = _desk_views(session, own)
    if for_desk is not None:
        view = views.get(str(for_desk))
        if view is not None:
            return (dict(view.holds) if view.holds is not None else None,
                    dict(view.audit) if view.audit is not None else None)
        state = _peer_state(session, str(for_desk))
        if not state:
            return None, None
        return dict(state["holds"]), (dict(state["audit"]) if "audit" in state else None)
    readers = [v for v in views.values() if v.state == ACTIVE] or [v for v in views.values() if v.state == SILENT]
    return _least([v.holds for v in readers]), _least([v.audit for v in readers])


def _centre_id(db: Database) -> str | None:
    with db.read() as s:
        found = s.execute(select(Centre.id).where(Centre.deleted.is_(False)).order_by(Centre.id)).scalars().first()
    return str(found) if found else None


def _refuse_other_centre(db: Database, ef: fileformat.ExchangeFile) -> str | None:
    """A file of another centre changes nothing here: refused by its manifest (format 3) before
    a row is read; ``_apply_file`` also refuses any centre record but ours (older files too).
    Returns our centre's id (None: not known yet, a desk joining)."""
    ours = _centre_id(db)
    if ours is not None and ef.manifest.centre_id is not None and ef.manifest.centre_id != ours:
        raise UserError(fileformat.E_OTHER_CENTRE)
    return ours


def _desk_name(db: Database) -> str:
    return db.local("desk_name") or ""


# -- export ----------------------------------------------------------------------------------------

def export_changes(db: Database, actor: Actor, out_path: Path | str,
                   for_desk: uuid.UUID | None = None, full: bool = False,
                   progress: Progress | None = None, new_desk: str | None = None,
                   former_passphrase: str | None = None) -> ExportResult:
    """Write an exchange file; returns once it has been read back and checked.

    ``new_desk``: a full file for a new desk of that name (a join file). This desk records the new
    desk at once (an *invited* desk record, with what the file holds as what it holds), so that
    files for it (``for_desk``, or for every desk) carry only what came after, before it has sent
    anything back. The file names the invited id (its ``for_desk``); the desk that joins from it
    takes an id of its own and says it replaces the invited one, so two laptops joined from one
    file never share an id."""
    invited: uuid.UUID | None = None
    auth.require(actor, FULL_EXPORTERS if full or new_desk is not None else roles_for("sync.export"))
    if new_desk is not None:
        new_desk = new_desk.strip()
        if not new_desk:
            raise ValidationError("desk", T("Errors", "This field is required."))
        if for_desk is not None:
            raise UserError(E_NEW_AND_FOR)
        taken = [p for p in peers(db) if p.name.casefold() == new_desk.casefold() and p.state not in (REPLACED, RETIRED)]
        if taken or new_desk.casefold() == _desk_name(db).casefold():
            raise UserError(E_NAME_TAKEN, name=new_desk)
        full = True
        invited = for_desk = uuid.uuid4()
    own = db.desk_id
    if own is None:
        raise UserError(T("Errors", "This desk is not set up yet."))
    key, adopting = _key_for(db, former_passphrase)
    if for_desk is not None and for_desk == own:
        raise UserError(E_OWN_DESK)
    out_path = Path(out_path)
    if not out_path.parent.is_dir():
        raise UserError(T("Errors", "The folder for the exchange file does not exist."))
    with UnitOfWork(db, actor) as uow:
        uow.seq  # noqa: B018 - checks first that this database is still this desk (restored? copied?)
    own = db.desk_id
    assert own is not None
    payload = fileformat.Payload()
    with db.read() as s:
        base, audit_base = _base_for(s, str(own), for_desk, full)
        total = log.count_lacking(s, base)
        for row in log.lacking(s, base):
            payload.add(row)
            if progress and payload.count % 5000 == 0:
                progress(payload.count, total * 2)
        for entry in auditlog.lacking(s, audit_base):
            payload.add_audit(entry)
        holds = log.holds(s)
        audit_holds = auditlog.holds(s)
        clock = max(int(local_value(s, HLC_KEY) or 0), payload.max_hlc)
        token = local_value(s, identity.INSTANCE_KEY)
        exports = int(local_value(s, identity.EXPORTS_KEY) or 0) + 1
        relayed = {desk: {"holds": state["holds"], "hlc": int(state.get("hlc") or 0),
                          **({"audit": state["audit"]} if "audit" in state else {})}
                   for desk, state in _known_peers(s, str(own)).items()}
    manifest = fileformat.Manifest(
        format=fileformat.FORMAT_VERSION, desk_id=str(own), desk_name=_desk_name(db), hlc=clock,
        written_at=dt.datetime.now().replace(microsecond=0).isoformat(), holds=holds, changes=payload.count,
        sha256=payload.checksum(), full=full, peers=relayed, centre_id=_centre_id(db),
        audit_holds=audit_holds, audit_entries=payload.audit_count, audit_sha256=payload.audit_checksum(),
        # in a full file, only an invitation names a desk: the desk joining from it replaces that record
        for_desk=str(for_desk) if for_desk and (invited is not None or not full) else None)
    plain = payload.finish(manifest)
    join_code = head = None
    if full:
        with db.read() as s:
            recovery = s.execute(select(Centre.recovery_verifier).where(Centre.deleted.is_(False))
                                 .order_by(Centre.id)).scalars().first()
        join_code = centrekey.new_join_code()
        head = centrekey.join_head(key, join_code, recovery, fileformat.cipher)
    # What we hold is about to be announced: an older copy of this database must not write as us.
    identity.note_export(_registry(), token, db.path, own, exports)
    size = fileformat.write_file(out_path, plain, key, head or b"")
    del plain
    try:
        check = fileformat.read_file(out_path, None if full else key, join_secret=join_code)
    except UserError:
        check = None
    if check is None or check.manifest != manifest or check.centre_key != key:
        out_path.unlink(missing_ok=True)
        raise UserError(fileformat.E_VERIFY)
    if progress:
        progress(total * 2, total * 2)
    with UnitOfWork(db, actor) as uow:
        sent = SENT_PREFIX + (str(for_desk) if for_desk else ("full" if full else "all"))
        set_local_value(uow.session, sent, json.dumps({"at": dt.datetime.now().replace(microsecond=0).isoformat(),
                                                      "changes": payload.count}))
        set_local_value(uow.session, identity.EXPORTS_KEY, str(exports))
        if invited is not None:
            assert new_desk is not None
            # after the count of files written is stored: the identity check of the change below
            # compares it with the registry's, which already counts this file
            uow.session.flush()
            uow.session.add(Desk(id=invited, name=new_desk))
            _remember(uow.session, str(invited), holds, clock, name=new_desk, audit=audit_holds)
        if adopting:  # kept only now that the file is written and checked (a failed export changes nothing)
            _keep_key(uow, key, proven=False)
        uow.audit("sync.export", detail=f"desk={own} for={for_desk or ('full' if full else 'all')} "
                                        f"changes={payload.count} audit={payload.audit_count}")
    return ExportResult(path=out_path, changes=payload.count, size=size, desk_id=own, for_desk=for_desk, full=full,
                        join_code=join_code, audit=payload.audit_count)


# -- import ----------------------------------------------------------------------------------------

@dataclass
class _Outcome:
    new: int
    records: int
    waiting: int
    conflicts: int
    new_desk_id: uuid.UUID | None
    audit_new: int = 0


def _apply_file(uow: UnitOfWork, ef: fileformat.ExchangeFile, progress: Progress | None,
                centre: str | None = None) -> _Outcome:
    """Everything an import writes, inside the caller's unit of work (one transaction). ``centre``:
    our centre's id; a change to any other centre record refuses the whole file (rolled back)."""
    s = uow.session
    manifest = ef.manifest
    n = max(manifest.changes, 1)
    uow.receive_clock(manifest.hlc)  # also: a restored or copied database takes a new desk id here
    own_before = uow.db.desk_id
    own = str(own_before)
    own_seq = uow.seq
    renewed = uow.renewed
    # A peer that holds more of our changes (or audit entries) than we do: we are an older copy.
    # Renew before writing.
    own_audit = auditlog.highest(s, uuid.UUID(own))
    if manifest.holds.get(own, 0) > own_seq or ef.max_seq.get(own, 0) > own_seq \
            or (manifest.audit_holds or {}).get(own, 0) > own_audit or ef.audit_max_seq.get(own, 0) > own_audit:
        uow.take_new_desk_id()
        renewed = True
    new_count = 0
    affected: dict[str, set[uuid.UUID]] = defaultdict(set)
    # Records this file brings for the first time are resolved from memory, not read back from
    # the log (within a budget: a new desk joining from a big full file reads them back).
    fresh: dict[uuid.UUID, list[Change]] | None = {} if manifest.changes <= IN_MEMORY_CHANGES else None
    done = 0
    for rows in ef.rows():
        if centre is not None and any(r[3] == Centre.__tablename__ and r[4] != centre for r in rows):
            raise UserError(fileformat.E_OTHER_CENTRE)
        if fresh is not None:
            ids = {uuid.UUID(r[4]) for r in rows}
            older = log.known_records(s, [i for i in ids if i not in fresh])
        for row in log.store(s, rows):
            record = uuid.UUID(row[4])
            affected[row[3]].add(record)
            new_count += 1
            if fresh is not None:
                if record in older:
                    fresh.pop(record, None)
                else:
                    fresh.setdefault(record, []).append(Change(row[0], row[1], row[2], row[5], row[6], row[7]))
        done += len(rows)
        if progress:
            progress(n + done, 3 * n)

    def applied_progress(d: int, t: int) -> None:
        if progress:
            progress(2 * n + (n * d // max(t, 1)), 3 * n)

    applied = apply.materialise_all(s, affected, _search_key, applied_progress, fresh)
    if affected.get(Staff.__tablename__) or affected.get(Centre.__tablename__):
        uow.keys_touched = True  # accounts from other desks: the key file's wraps follow at the commit
    for cycle in apply.merge_cycles(s, applied.merged or ()):
        uow.record_change(Person, cycle[0], {"merged_into": None})
    # Erasure is final: an erasure that arrived, or values that arrived for a person erased
    # here, leave no name or note behind, in the tables or in the change log.
    owners = set(affected.get(Person.__tablename__, ()))
    for table in erasure.OWNED_TEXT:
        model = apply.MODELS[table]
        ids = sorted(affected.get(table, ()))
        for start in range(0, len(ids), log.IN_CHUNK):
            owners.update(s.execute(select(model.person_id).where(model.id.in_(ids[start:start + log.IN_CHUNK])))
                          .scalars())
    apply.erase(s, owners)
    # The audit: only inserted, never updated or deleted, in this same transaction.
    audit_new = sum(auditlog.store(s, entries) for entries in ef.audit_rows())
    mine = {own, str(uow.db.desk_id)} | _previous_ids(s)
    if manifest.desk_id not in mine:
        _remember(s, manifest.desk_id, manifest.holds, manifest.hlc, manifest.desk_name, manifest.changes,
                  audit=manifest.audit_holds)
    for desk, state in manifest.peers.items():
        if desk not in mine:
            _remember(s, desk, state["holds"], state["hlc"], audit=state.get("audit"))
    s.flush()
    conflicts = len(apply.scan_conflicts(s))
    if progress:
        progress(3 * n, 3 * n)
    return _Outcome(new=new_count, records=applied.written, waiting=applied.waiting, conflicts=conflicts,
                    new_desk_id=uow.db.desk_id if renewed else None, audit_new=audit_new)


def import_file(db: Database, actor: Actor, path: Path | str,
                progress: Progress | None = None, former_passphrase: str | None = None) -> ImportResult:
    """Read an exchange file: all of it or nothing (UserError with a one-line message).
    ``former_passphrase``: on a desk set up before centre keys, the key is derived from it and
    kept with the file's changes (a file that does not open with it changes nothing)."""
    auth.require(actor, roles_for("sync.import"))
    if db.desk_id is None:
        raise UserError(T("Errors", "This desk is not set up yet."))
    key, adopting = _key_for(db, former_passphrase)
    try:
        ef = _read(path, key, progress)
    except UserError as exc:
        if exc.text == fileformat.E_OTHER_CENTRE and (adopting or may_adopt_again(db)):
            raise UserError(E_OTHER_CENTRE_OR_TYPO) from None
        raise
    centre = _refuse_other_centre(db, ef)
    with UnitOfWork(db, actor) as uow:
        outcome = _apply_file(uow, ef, progress, centre)
        if adopting:
            _keep_key(uow, key, proven=True)  # a file of the centre opened with it
        elif uow.session.get(LocalState, UNPROVEN_KEY) is not None:
            set_local_value(uow.session, UNPROVEN_KEY, "0")  # a file of the centre opened: the key is right
        uow.audit("sync.import", detail=f"desk={uow.db.desk_id} from={ef.manifest.desk_id} "
                                        f"changes={ef.manifest.changes} new={outcome.new} "
                                        f"audit={ef.manifest.audit_entries} audit_new={outcome.audit_new}")
    return ImportResult(from_desk=uuid.UUID(ef.manifest.desk_id), from_desk_name=ef.manifest.desk_name,
                        changes=ef.manifest.changes, new=outcome.new, records=outcome.records,
                        waiting=outcome.waiting, conflicts=outcome.conflicts, new_desk_id=outcome.new_desk_id,
                        audit=ef.manifest.audit_entries, audit_new=outcome.audit_new)


def _read(path: Path | str, key: str | None, progress: Progress | None,
          join_secret: str | None = None) -> fileformat.ExchangeFile:
    def read_progress(done: int, total: int) -> None:
        if progress:
            progress(done, 3 * max(total, 1))
    return fileformat.read_file(Path(path), key, progress=read_progress, join_secret=join_secret)


def join_centre(db: Database, path: Path | str, join_code: str, desk_name: str,
                progress: Progress | None = None) -> JoinResult:
    """Set up a new desk from a join file (a full exchange file) and its join code, or the
    centre's recovery key: everything, staff accounts included (log in with an account from the
    file), and the centre key. The desk gets its own id and the given name."""
    from wic_desk.services.setup import DEFAULT_IDLE_LOCK_MINUTES  # setup imports much; only needed here

    if db.is_set_up():
        raise UserError(E_SET_UP)
    if not desk_name.strip():
        raise ValidationError("desk", T("Errors", "This field is required."))
    if not (join_code or "").strip():
        raise UserError(centrekey.E_NO_CODE)
    ef = _read(path, None, progress, join_secret=join_code)
    if not ef.manifest.full:
        raise UserError(E_NOT_FULL)
    desk_id = uuid.uuid4()
    with UnitOfWork(db, None) as uow:
        set_local_value(uow.session, "desk_id", str(desk_id))
        set_local_value(uow.session, "desk_name", desk_name.strip())
        set_local_value(uow.session, "idle_lock_minutes", str(DEFAULT_IDLE_LOCK_MINUTES))
        assert ef.centre_key is not None
        set_local_value(uow.session, CENTRE_KEY, ef.centre_key)
        uow.session.flush()
        db._desk_id = desk_id
        outcome = _apply_file(uow, ef, progress)
        # A join file written for this desk by name names the id it was recorded under there:
        # this desk replaces that record, so the desk that wrote the file knows it already.
        invited = uuid.UUID(ef.manifest.for_desk) if ef.manifest.for_desk else None
        uow.session.add(Desk(id=uow.db.desk_id, name=desk_name.strip(), replaces=invited))
        if invited is not None:
            set_local_value(uow.session, INVITED_BY_KEY, ef.manifest.desk_id)
        uow.audit("sync.join", detail=f"desk={uow.db.desk_id} from={ef.manifest.desk_id} "
                                      f"changes={ef.manifest.changes} audit={outcome.audit_new}")
        joined = uow.db.desk_id
        new_count = outcome.new
    assert joined is not None
    return join_result(db, joined, new_count)


def join_result(db: Database, desk_id: uuid.UUID, changes: int) -> JoinResult:
    """What a join reports: this desk, the centre, how many staff accounts, the changes taken."""
    with db.read() as s:
        centre = s.execute(select(Centre.name).where(Centre.deleted.is_(False))).scalars().first() or ""
        staff = len(s.execute(select(Staff.id).where(Staff.deleted.is_(False))).all())
    return JoinResult(desk_id=desk_id, centre_name=centre, staff=staff, changes=changes)


def joined_as(db: Database, desk_name: str) -> bool:
    """Whether this database was set up by joining a centre (``join_centre``) under this desk
    name: a join run again after it had finished (its process killed before it could say so)."""
    if not db.is_set_up() or _desk_name(db).casefold() != desk_name.strip().casefold():
        return False
    with db.read() as s:
        # this desk's own join (audit entries of other desks' joins arrive here too)
        ours = [uuid.UUID(d) for d in {str(db.desk_id)} | _previous_ids(s)]
        return s.execute(select(AuditEntry.id).where(AuditEntry.action == "sync.join", AuditEntry.desk_id.in_(ours))
                         .limit(1)).first() is not None


# -- state -----------------------------------------------------------------------------------------

def digest(db: Database) -> str:
    """One line: a hash of the synced data; equal on two desks exactly when they hold the same."""
    with db.read() as s:
        return apply.digest(s)


def peers(db: Database) -> list[PeerInfo]:
    """The other desks: each one's state, the last exchange with it and how much it is known to
    lack. This desk's own earlier ids (before it had to take a new one) are not listed."""
    own = str(db.desk_id)
    with db.read() as s:
        views = _desk_views(s, own)
        known = _known_peers(s, own)
        sent = {k[len(SENT_PREFIX):]: json.loads(v) for k, v in s.execute(
            select(LocalState.key, LocalState.value).where(LocalState.key.startswith(SENT_PREFIX)))}
        ours = {own} | _previous_ids(s)
        invited_by = local_value(s, INVITED_BY_KEY)  # the desk that wrote our join file knows us already
        result = []
        for desk, view in views.items():
            state = known.get(desk)
            successor = views.get(view.replaced_by) if view.replaced_by else None
            result.append(PeerInfo(
                desk_id=uuid.UUID(desk), name=view.name or desk[:8],
                last_received=_when(state.get("received_at")) if state else None,
                last_sent=_when(sent.get(desk, {}).get("at")),
                lacking=log.count_lacking(s, view.holds) if view.holds is not None else None,
                state=view.state,
                last_heard=_clock_time(view.heard) if view.heard else None,
                replaced_by=uuid.UUID(view.replaced_by) if view.replaced_by else None,
                replaced_by_name=successor.name if successor else None,
                retired_at=view.retired_at,
                knows_this_desk=True if desk == invited_by else
                None if view.holds is None else any(view.holds.get(d, 0) > 0 for d in ours)))
    result.sort(key=lambda p: (p.name.casefold(), str(p.desk_id)))
    return result


def _clock_time(stamp: int) -> dt.datetime:
    return dt.datetime.fromtimestamp(hlc.physical_ms(stamp) / 1000).replace(microsecond=0)


def find_desk(db: Database, text: str) -> uuid.UUID:
    """Another desk named by its id (or the first 8 characters of it, as shown where a desk has
    no name) or by its name, any case. Where several desks share the name (a replaced desk and
    the desk that replaced it), the one not replaced nor retired is meant; UserError saying what
    to do when no desk or more than one fits."""
    text = text.strip()
    wanted = text.casefold()
    rows = peers(db)
    by_id = [p for p in rows if str(p.desk_id) == wanted or (len(wanted) >= 8 and str(p.desk_id).startswith(wanted))]
    if len(by_id) == 1:
        return by_id[0].desk_id
    named = [p for p in rows if p.name.casefold() == wanted]
    current = [p for p in named if p.state not in (REPLACED, RETIRED)] or named
    if len(current) == 1:
        return current[0].desk_id
    if not current:
        raise UserError(E_UNKNOWN_DESK, name=text)
    raise UserError(E_SAME_NAME, name=text, ids=", ".join(str(p.desk_id) for p in current))


def retire_desk(db: Database, actor: Actor, desk_id: uuid.UUID) -> None:
    """Retire another desk for good (administrators): files written "for every desk" no longer
    wait for it, on every desk once the change travels. It can still be written for alone. Audited."""
    auth.require(actor, RETIRERS)
    with UnitOfWork(db, actor) as uow:
        uow.seq  # noqa: B018 - the desk's own id first (restored? copied?)
        s = uow.session
        if desk_id == uow.db.desk_id or str(desk_id) in _previous_ids(s):
            raise UserError(E_OWN_DESK)
        desk = s.get(Desk, desk_id)
        if desk is None or desk.deleted:
            raise NotFound(E_NO_SUCH_DESK)
        if desk.retired_at is not None:
            raise UserError(E_RETIRED)
        desk.retired_at = now()
        uow.audit("sync.retire", Desk.__tablename__, desk_id, detail=f"desk={desk_id}")


def _when(text: str | None) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


# -- conflicts -------------------------------------------------------------------------------------

def _may_see(actor: Actor | None, table: str, field: str, record: Any) -> bool:
    if (table, field) in HIDDEN_FIELDS:
        return False
    if table == Consultation.__tablename__ and field == "note":
        if actor is None or record is None:
            return False
        from wic_desk.services.consultations import may_read_note
        return may_read_note(actor, ConsultationKind(record.kind), Confidentiality(record.confidentiality),
                             record.staff_id)
    return True


def conflicts(db: Database, actor: Actor | None = None) -> list[Conflict]:
    """Every open conflict, the same list on every desk holding the same changes. Values an
    actor may not read (confidential notes; without an actor, no note at all) are hidden."""
    with db.read() as s:
        raw = apply.scan_conflicts(s)
        desks = {str(i): n for i, n in s.execute(select(Desk.id, Desk.name))}
        staff = {str(i): n for i, n in s.execute(select(Staff.id, Staff.full_name))}
        result = []
        for c in raw:
            record = s.get(Consultation, c.record_id) if c.table == Consultation.__tablename__ else None
            visible = _may_see(actor, c.table, c.field, record)

            def value(change: Change, c=c, visible=visible) -> ConflictValue:
                shown, hidden = (change.fields[c.field] if visible else None), not visible
                if visible and c.table == Consultation.__tablename__ and c.field == "note":
                    # a note is shown as its reader reads it (its stored form is ciphertext)
                    from wic_desk.services import notes
                    shown, _pending = notes.open_note(s, actor.keyring if actor else None, c.record_id, shown)
                    hidden = shown is None and bool(change.fields[c.field])
                return ConflictValue(
                    value=shown, hidden=hidden,
                    desk_id=uuid.UUID(change.desk_id), desk_name=desks.get(change.desk_id, change.desk_id[:8]),
                    seq=change.seq, hlc=change.hlc,
                    when=dt.datetime.fromtimestamp(hlc.physical_ms(change.hlc) / 1000).replace(microsecond=0),
                    author_id=uuid.UUID(change.author_id) if change.author_id else None,
                    author_name=staff.get(change.author_id) if change.author_id else None)

            result.append(Conflict(c.table, c.record_id, c.field, value(c.winner),
                                   tuple(value(o) for o in c.others)))
    return result


def resolve_conflict(db: Database, actor: Actor, table: str, record_id: uuid.UUID, field: str,
                     chosen: tuple[uuid.UUID | str, int]) -> None:
    """Settle a conflict by choosing one of its values (``chosen`` = the change's desk id and
    number, as in ``ConflictValue``): a new change that supersedes every head of the field."""
    auth.require(actor, RESOLVERS)
    model = apply.MODELS.get(table)
    if model is None or field not in apply.SHAPES[table].names():
        raise NotFound(T("Errors", "No such record."))
    chosen_key = (str(chosen[0]), int(chosen[1]))
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        held = apply.load_changes(s, [record_id]).get(record_id)
        if not held:
            raise NotFound(T("Errors", "No such record."))
        state = resolve(held).get(field)
        pick = next((h for h in state.heads if h.key == chosen_key), None) if state else None
        if state is None or pick is None or len(state.heads) < 2:
            raise UserError(E_SETTLED)
        record = s.get(Consultation, record_id) if table == Consultation.__tablename__ else None
        if not _may_see(actor, table, field, record):
            raise PermissionDenied()
        value = apply.SHAPES[table].python(field, pick.fields[field])
        uow.record_change(model, record_id, {field: value})
        if table == Person.__tablename__:
            _refresh_search_key(s, record_id)
        uow.audit("sync.resolve", table, record_id, record_id if table == Person.__tablename__ else None,
                  detail=field)


def _refresh_search_key(s: Session, person_id: uuid.UUID) -> None:
    from sqlalchemy import update
    person = s.get(Person, person_id, populate_existing=True)
    if person is None:
        return
    key = search_key_for(person.given_name, person.family_name, person.native_name, person.phone, person.pesel)
    s.execute(update(PersonSearch).where(PersonSearch.person_id == person_id).values(key=key))


def rebuild(db: Database, actor: Actor, progress: Progress | None = None) -> str:
    """Write every synced record again from the change log alone (a repair); returns the digest."""
    auth.require(actor, roles_for("sync.rebuild"))
    with UnitOfWork(db, actor) as uow:
        applied = apply.rebuild(uow.session, _search_key, progress)
        uow.audit("sync.rebuild", detail=f"records={applied.written}")
    return digest(db)
