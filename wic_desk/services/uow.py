"""The one door every write passes through (DESIGN.md principle 5).

A unit of work is one transaction (``BEGIN IMMEDIATE`` on SQLite). Every synced record it writes
gets a change-log entry in the same transaction: this desk, its next running number, a hybrid
logical clock stamp, the record, the changed fields with their new values, and for each field the
changes this desk had already seen of it (the heads the new change supersedes). Bulk inserts (demo
data, imports) take the same path through ``bulk_insert``.

Before the first change of a unit of work is numbered, the desk checks that this database is
still the one its desk id belongs to (``wic_desk.sync.identity``): a database restored from a
backup or copied to another computer takes a new desk id first, so change numbers are never
reused with different content.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import time
import uuid
from collections.abc import Iterable
from enum import Enum
from typing import Any

from sqlalchemy import String, bindparam, event, insert, inspect, select, update
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session

from wic_desk import paths
from wic_desk.domain import erasure, hlc, restriction
from wic_desk.domain.errors import UserError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.services.context import Actor, Database, local_value, set_local_value, user_db_error
from wic_desk.store.base import now
from wic_desk.store.models import (
    AuditEntry,
    Base,
    Centre,
    ChangeLogEntry,
    Desk,
    Person,
    Staff,
)
from wic_desk.sync import auditlog, identity

log = logging.getLogger(__name__)

SEQ_KEY = "change_seq"
HLC_KEY = "hlc"
DESK_KEY = "desk_id"
PREVIOUS_DESKS_KEY = "previous_desk_ids"


def to_plain(value: Any) -> Any:
    """A column value as JSON: UUIDs and dates as text, enums as their code."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return value


def _plain_default(value: Any) -> Any:
    """JSON for what the C encoder does not know (str enums it writes as their code already)."""
    plain = to_plain(value)
    if plain is value:
        raise TypeError(f"{type(value).__name__} is not JSON serialisable")
    return plain


_fields_json = json.JSONEncoder(default=_plain_default).encode
# the change log's fields column, bound as text already encoded (bulk inserts)
_LOG_INSERT = insert(ChangeLogEntry.__table__).values(fields=bindparam("fields_json", type_=String()))


def _is_synced(obj: object) -> bool:
    return getattr(type(obj), "__synced__", False)


class UnitOfWork:
    """``with db.write(actor) as uow: uow.session.add(...)`` — commits on success, else nothing."""

    def __init__(self, db: Database, actor: Actor | None) -> None:
        self.db = db
        self.actor = actor
        try:
            self.session: Session = db.new_session(immediate=True)
        except (OperationalError, DatabaseError) as error:
            plain = user_db_error(error)
            if plain is None:
                raise
            raise plain from None
        self._seq: int | None = None
        self._hlc: int = 0
        self._renewed = False
        self._audit_seq: dict[uuid.UUID, int] = {}  # per desk id, the last audit number taken here
        self.changes_written = 0
        # staff accounts or the centre record written: the key file's wraps follow (services.keys)
        self.keys_touched = False
        event.listen(self.session, "before_flush", self._before_flush)

    # -- context -------------------------------------------------------------------------------

    def __enter__(self) -> UnitOfWork:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is None:
                self.session.flush()
                self._save_counters()
                if self.keys_touched:
                    # Before the commit the key file opens with the old and the new passwords
                    # alike, after it with the new ones only: a crash in between locks no one out.
                    from wic_desk.services import keys
                    keys.refresh(self.db, self.session, keep_old=True)
                self.session.commit()
                if self.keys_touched:
                    self._drop_old_wraps()
            else:
                self._rollback()
        except (OperationalError, DatabaseError) as error:
            self._rollback()
            plain = user_db_error(error)
            if plain is None:
                raise
            raise plain from None
        except BaseException:
            self._rollback()
            raise
        finally:
            event.remove(self.session, "before_flush", self._before_flush)
            self.session.close()

    def _drop_old_wraps(self) -> None:
        """After the commit: the key file with the new wraps only. The change is saved whatever
        happens here; a key file left with the old wraps beside the new is mended at the next
        login (``services.keys``), so a failure is logged, not reported as a lost change."""
        from wic_desk.services import keys
        try:
            keys.refresh(self.db)
        except Exception as error:  # noqa: BLE001 - the commit stands; see the docstring
            log.warning("the key file keeps its old wraps until the next login: %s", type(error).__name__)

    def _rollback(self) -> None:
        self.session.rollback()
        # The desk id is a cache of local_state; a rolled-back set-up, join or renewal must not
        # leave an id that was never stored: read it again next time.
        self.db._desk_id = None

    # -- counters ------------------------------------------------------------------------------

    def _load_counters(self) -> None:
        if self._seq is not None:
            return
        stored = local_value(self.session, DESK_KEY)
        if self._seq is not None:
            # That read flushed pending records (an audit entry asked first), and numbering their
            # changes loaded the counters already: loading them again would forget those numbers.
            return
        if stored:
            # The database is the authority: another process may have taken a new desk id.
            self.db._desk_id = uuid.UUID(stored)
        if self.db.desk_id is None:
            raise UserError(T("Errors", "This desk is not set up yet."))
        self._seq = int(local_value(self.session, SEQ_KEY) or 0)
        self._hlc = int(local_value(self.session, HLC_KEY) or 0)
        self._check_identity()

    def _check_identity(self) -> None:
        if self.db.path is None:
            return
        registry = paths.data_dir() / identity.REGISTRY_NAME
        token = local_value(self.session, identity.INSTANCE_KEY)
        assert self.db.desk_id is not None and self._seq is not None
        exports = int(local_value(self.session, identity.EXPORTS_KEY) or 0)
        here = identity.file_identity(self.db.path)
        recorded = identity.read_recorded(local_value(self.session, identity.FILE_KEY))
        verdict = identity.verdict(registry, token, here, self.db.desk_id, exports, recorded)
        if verdict == "renew":
            self.take_new_desk_id()
            return
        if verdict == "adopt":
            token = identity.new_token()
            set_local_value(self.session, identity.INSTANCE_KEY, token)
        assert token is not None
        # The same desk: this data folder's registry learns it (another account, a moved folder),
        # and the database notes where it is, for the next registry that has never seen it.
        identity.register(registry, token, here, self.db.desk_id, exports)
        self._record_file(here, recorded)

    def _record_file(self, here: dict, recorded: dict | None) -> None:
        if recorded != here:
            set_local_value(self.session, identity.FILE_KEY, json.dumps(here, sort_keys=True))

    def take_new_desk_id(self) -> uuid.UUID:
        """From now on this database writes as a new desk (same name): its change numbers start
        again at 1 under the new id; the old id's changes stay as they are. Used when the database
        turns out to be a restored or copied one. The new desk's record says which id it replaces
        (``Desk.replaces``), so the other desks stop waiting for the old id."""
        self._load_counters()
        old = self.db.desk_id
        new = uuid.uuid4()
        previous = local_value(self.session, PREVIOUS_DESKS_KEY)
        set_local_value(self.session, PREVIOUS_DESKS_KEY, " ".join(filter(None, [previous, str(old)])))
        set_local_value(self.session, DESK_KEY, str(new))
        set_local_value(self.session, SEQ_KEY, "0")
        self.db._desk_id = new
        self._renewed = True
        self._seq = 0
        token = identity.new_token()
        set_local_value(self.session, identity.INSTANCE_KEY, token)
        set_local_value(self.session, identity.EXPORTS_KEY, "0")
        if self.db.path is not None:
            here = identity.file_identity(self.db.path)
            identity.register(paths.data_dir() / identity.REGISTRY_NAME, token, here, new)
            self._record_file(here, identity.read_recorded(local_value(self.session, identity.FILE_KEY)))
        row = {"id": new, "name": local_value(self.session, "desk_name") or str(old)[:8], "created_at": now(),
               "replaces": old, "retired_at": None, "deleted": False}
        # Core, not session.add: this may run inside a flush, where a new object would be logged twice.
        self.session.execute(insert(Desk), [row])
        self._log_values(Desk.__tablename__, new, {k: to_plain(v) for k, v in row.items() if k != "id"}, {})
        return new

    @property
    def seq(self) -> int:
        """This desk's last change number (as of now, in this unit of work)."""
        self._load_counters()
        assert self._seq is not None
        return self._seq

    @property
    def renewed(self) -> bool:
        """Whether this unit of work has taken a new desk id."""
        return self._renewed

    def receive_clock(self, remote: int) -> None:
        """Move this desk's clock past a stamp seen from another desk (hybrid logical clock)."""
        self._load_counters()
        self._hlc = hlc.receive(self._hlc, remote, int(time.time() * 1000))

    def _next(self) -> tuple[int, int]:
        self._load_counters()
        assert self._seq is not None
        self._seq += 1
        self._hlc = hlc.tick(self._hlc, int(time.time() * 1000))
        return self._seq, self._hlc

    def _save_counters(self) -> None:
        if self._seq is not None:
            set_local_value(self.session, SEQ_KEY, str(self._seq))
            set_local_value(self.session, HLC_KEY, str(self._hlc))
            self.session.flush()

    # -- change capture ------------------------------------------------------------------------

    def _before_flush(self, session: Session, _context, _instances) -> None:
        self._refuse_restricted(session)
        self._keep_erasure(session)
        if not self.keys_touched and any(isinstance(obj, Staff | Centre) for obj in (*session.new, *session.dirty)):
            self.keys_touched = True
        for obj in list(session.new):
            if _is_synced(obj):
                if getattr(obj, "id", None) is None:
                    obj.id = uuid.uuid4()
                self._log(obj, self._all_fields(obj), seen={})
        for obj in list(session.dirty):
            if _is_synced(obj) and session.is_modified(obj, include_collections=False):
                fields = self._changed_fields(obj)
                if fields:
                    self._log(obj, fields, seen=self._heads(obj.id, fields))

    @staticmethod
    def _refuse_restricted(session: Session) -> None:
        """A restricted person (consent withdrawn, record kept: ``wic_desk.domain.restriction``)
        gets no new visit, consultation, enrolment or employment outcome, whichever service writes
        it. Records arriving from other desks are not written here (sync inserts them directly),
        so what another desk recorded before it learnt of the withdrawal still arrives."""
        for obj in session.new:
            if getattr(obj, "__tablename__", "") in restriction.NO_NEW and getattr(obj, "person_id", None) is not None:
                with session.no_autoflush:
                    owner = session.get(Person, obj.person_id)
                if owner is not None and restriction.is_restricted(owner.consent_withdrawn_on, owner.anonymised):
                    raise UserError(restriction.E_RESTRICTED)

    @staticmethod
    def _keep_erasure(session: Session) -> None:
        """Erasure is final here too (``wic_desk.domain.erasure``): whatever a service writes, an
        erased person keeps the erased values, and their visits and consultations no note; the
        same rule every desk applies to changes arriving from others."""
        for obj in list(session.new) + list(session.dirty):
            if isinstance(obj, Person) and obj.anonymised:
                for name, value in erasure.ERASED_PERSON.items():
                    if getattr(obj, name) != value:
                        setattr(obj, name, value)
            elif (owned := erasure.OWNED_TEXT.get(getattr(obj, "__tablename__", ""))) is not None \
                    and getattr(obj, "person_id", None) is not None:
                with session.no_autoflush:
                    owner = session.get(Person, obj.person_id)
                if owner is not None and owner.anonymised:
                    for name in owned:
                        value = getattr(obj, name)
                        erased = erasure.erased_field(obj.__tablename__, name, value)
                        if erased != value:
                            setattr(obj, name, erased)

    @staticmethod
    def _all_fields(obj: Base) -> dict[str, Any]:
        mapper = inspect(type(obj))
        values = {}
        for column in mapper.column_attrs:
            if column.key == "id":
                continue
            value = getattr(obj, column.key)
            if value is None:
                default = column.columns[0].default
                if default is not None and default.is_scalar:
                    value = default.arg
                elif default is not None and default.is_callable:
                    value = default.arg({})  # type: ignore[call-arg]
                setattr(obj, column.key, value)
            values[column.key] = to_plain(value)
        return values

    @staticmethod
    def _changed_fields(obj: Base) -> dict[str, Any]:
        state = inspect(obj)
        changed = {}
        for attr in state.mapper.column_attrs:
            history = state.attrs[attr.key].history
            if history.has_changes():
                changed[attr.key] = to_plain(getattr(obj, attr.key))
        return changed

    def _heads(self, record_id: uuid.UUID, fields: dict[str, Any]) -> dict[str, list[list[Any]]]:
        """For each field, the held changes of it that no other held change supersedes."""
        rows = self.session.execute(
            select(ChangeLogEntry.desk_id, ChangeLogEntry.seq, ChangeLogEntry.fields, ChangeLogEntry.seen)
            .where(ChangeLogEntry.record_id == record_id)
        ).all()
        heads: dict[str, list[list[Any]]] = {}
        for field in fields:
            touching = [(str(r.desk_id), r.seq) for r in rows if field in r.fields]
            superseded = {
                (d, s) for r in rows for d, s in ((r.seen or {}).get(field) or [])
            }
            heads[field] = [[d, s] for d, s in touching if (d, s) not in superseded]
        return heads

    def _log(self, obj: Base, fields: dict[str, Any], seen: dict) -> None:
        self._log_values(obj.__tablename__, obj.id, fields, seen)

    def _log_values(self, table: str, record_id: uuid.UUID, fields: dict[str, Any], seen: dict) -> None:
        seq, stamp = self._next()
        self.session.add(ChangeLogEntry(
            desk_id=self.db.desk_id, seq=seq, hlc=stamp, table_name=table,
            record_id=record_id, fields=fields, seen=seen or None,
            author_id=self.actor.staff_id if self.actor else None,
        ))
        self.changes_written += 1

    def record_change(self, model: type[Base], record_id: uuid.UUID, values: dict[str, Any]) -> None:
        """Write these field values (Python objects) of one synced record and log them as a change
        that supersedes every current head of those fields, even where the table already shows
        the same values (settling a conflict by keeping the shown value, for instance)."""
        self.session.flush()
        fields = {k: to_plain(v) for k, v in values.items()}
        self.session.execute(update(model).where(model.id == record_id).values(**values)  # type: ignore[attr-defined]
                             .execution_options(synchronize_session="fetch"))
        self._log_values(model.__tablename__, record_id, fields, seen=self._heads(record_id, fields))

    # -- bulk ----------------------------------------------------------------------------------

    def bulk_insert(self, model: type[Base], rows: list[dict[str, Any]]) -> None:
        """Insert many new synced records with a plain Core insert (5x faster than the ORM), the
        change log included, each entry's fields encoded to JSON once by the C encoder.

        Every row must carry the same keys: every column, ``id`` included; values are Python objects.
        """
        if not rows:
            return
        self.session.flush()
        self.session.execute(insert(model.__table__), rows)
        self._load_counters()
        assert self._seq is not None
        now_ms = int(time.time() * 1000)
        author = self.actor.staff_id if self.actor else None
        desk, table = self.db.desk_id, model.__tablename__
        seq, stamp = self._seq, self._hlc
        log_rows = []
        for row in rows:
            seq += 1
            stamp = hlc.tick(stamp, now_ms)
            fields = dict(row)
            del fields["id"]
            log_rows.append({"desk_id": desk, "seq": seq, "hlc": stamp, "table_name": table,
                             "record_id": row["id"], "fields_json": _fields_json(fields), "seen": None,
                             "author_id": author})
        self._seq, self._hlc = seq, stamp
        self.session.execute(_LOG_INSERT, log_rows)
        self.changes_written += len(rows)

    # -- audit ---------------------------------------------------------------------------------

    def audit(self, action: str, table: str | None = None, record_id: uuid.UUID | None = None,
              person_id: uuid.UUID | None = None, detail: str | None = None) -> None:
        """Append to the audit log in this transaction. ``detail`` must hold no personal data
        (entries travel to every desk of the centre).

        The entry takes this desk's next audit number (``sync.auditlog``). As before a change is
        numbered, the desk first checks that this database is still the one its desk id belongs
        to (a restored or copied database takes a new id), so no two databases number entries
        under one id. The number follows the highest held, never a counter a restore could roll
        back: a restore keeps the entries made after the backup."""
        desk: uuid.UUID | None = None
        seq: int | None = None
        if self.db.desk_id is not None:
            self._load_counters()
            desk = self.db.desk_id
            assert desk is not None
            last = self._audit_seq.get(desk)
            if last is None:
                with self.session.no_autoflush:
                    last = auditlog.highest(self.session, desk)
            seq = self._audit_seq[desk] = last + 1
        self.session.add(AuditEntry(
            staff_id=self.actor.staff_id if self.actor else None, desk_id=desk, seq=seq,
            action=action, table_name=table, record_id=record_id, person_id=person_id, detail=detail,
        ))


def write(db: Database, actor: Actor | None) -> UnitOfWork:
    return UnitOfWork(db, actor)


def iter_chunks(items: list, size: int) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]
