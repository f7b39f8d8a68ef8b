"""From the change log to the tables: every synced record is what its held changes resolve to.

``materialise`` recomputes records field by field (``resolve``) and writes them with Core
(delete + insert, portable and fast); a record whose creation has not arrived yet (some column
without any value) is not written and appears once it does. Person search keys follow the
persons they index. ``rebuild`` does this for the whole log; ``digest`` hashes the synced tables
canonically; ``scan_conflicts`` lists fields with disagreeing heads.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer, Time, Uuid, delete, func, select
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import Session

from wic_desk.domain import erasure
from wic_desk.domain.errors import UserError
from wic_desk.store.base import driver_connection, stored_uuid
from wic_desk.store.models import SYNCED_MODELS, ChangeLogEntry, Person, PersonSearch
from wic_desk.sync.fileformat import E_DAMAGED, Progress
from wic_desk.sync.log import IN_CHUNK
from wic_desk.sync.resolve import Change, canonical, conflicting, resolve, values

MODELS = {m.__tablename__: m for m in SYNCED_MODELS}  # type: ignore[attr-defined]
SearchKey = Callable[[dict[str, Any]], str]
_REQUIRED = object()


def plain(value: Any) -> Any:
    """A column value as JSON (the same form the unit of work logs)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return value


def _converter(column) -> Callable[[Any], Any]:
    kind = column.type
    if isinstance(kind, Uuid):
        return uuid.UUID
    if isinstance(kind, DateTime):
        return dt.datetime.fromisoformat
    if isinstance(kind, Date):
        return dt.date.fromisoformat
    if isinstance(kind, Time):
        return dt.time.fromisoformat
    if isinstance(kind, SAEnum) and kind.enum_class is not None:
        return kind.enum_class
    if isinstance(kind, Boolean):
        return _bool
    if isinstance(kind, Integer):
        return _integer
    if isinstance(kind, Float):
        return float
    if isinstance(kind, JSON):
        return _same
    return _text


def _same(value: Any) -> Any:
    return value


def _bool(value: Any) -> bool:
    if not isinstance(value, bool | int):
        raise TypeError(value)
    return bool(value)


def _integer(value: Any) -> int:
    if not isinstance(value, int):
        raise TypeError(value)
    return int(value)


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(value)
    return value


@dataclass(frozen=True)
class _Shape:
    columns: tuple[tuple[str, Callable[[Any], Any], Any], ...]

    def names(self) -> set[str]:
        return {name for name, _, _ in self.columns}

    def python(self, name: str, value: Any) -> Any:
        """One field's JSON value as the Python value its column takes."""
        convert = next(c for n, c, _ in self.columns if n == name)
        return None if value is None else convert(value)

    def row(self, record_id: uuid.UUID, values: dict[str, Any]) -> dict[str, Any] | None:
        row: dict[str, Any] = {"id": record_id}
        for name, convert, default in self.columns:
            if name in values:
                value = values[name]
                row[name] = None if value is None else convert(value)
            elif default is _REQUIRED:
                return None
            else:
                row[name] = default
        return row


def _shape(model) -> _Shape:
    columns = []
    for column in model.__table__.columns:
        if column.name == "id":
            continue
        if column.default is not None and column.default.is_scalar:
            default = column.default.arg
        elif column.nullable:
            default = None
        else:
            default = _REQUIRED
        columns.append((column.name, _converter(column), default))
    return _Shape(tuple(columns))


SHAPES = {name: _shape(model) for name, model in MODELS.items()}

# Unique text columns (a staff login, a certificate serial). Two desks may give the same value to
# two records while offline; the tables then show it on the record with the smallest id, and on
# each other one as "value~<first 8 hex digits of its id>" — a function of the held changes only,
# recomputed for every value an import touches, so every desk shows the same.
UNIQUE = {name: tuple(c.name for c in model.__table__.columns if c.unique and c.name != "id")
          for name, model in MODELS.items()}


def _marked(value: str, record: uuid.UUID) -> str:
    return f"{value}~{record.hex[:8]}"


def _raw(value: str | None, record: uuid.UUID) -> str | None:
    suffix = f"~{record.hex[:8]}"
    return value[:-len(suffix)] if value is not None and value.endswith(suffix) else value


def _settle_unique(session: Session, model, column: str, values: set[str]) -> None:
    col = model.__table__.c[column]
    for value in sorted(values):
        members = sorted(
            (record for record, shown in session.execute(select(model.__table__.c.id, col).where(
                (col == value) | col.startswith(value + "~", autoescape=True)))
             if _raw(shown, record) == value))
        for record in members:  # free the value first, then give it to the smallest id
            session.execute(model.__table__.update().where(model.__table__.c.id == record)
                            .values({column: _marked(value, record)}))
        if members:
            session.execute(model.__table__.update().where(model.__table__.c.id == members[0])
                            .values({column: value}))


# -- reading held changes --------------------------------------------------------------------------

def load_changes(session: Session, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, list[Change]]:
    """Every held change of these records."""
    ids = list(ids)
    result: dict[uuid.UUID, list[Change]] = defaultdict(list)
    for start in range(0, len(ids), IN_CHUNK):
        rows = session.execute(select(ChangeLogEntry.record_id, ChangeLogEntry.desk_id, ChangeLogEntry.seq,
                                      ChangeLogEntry.hlc, ChangeLogEntry.fields, ChangeLogEntry.seen,
                                      ChangeLogEntry.author_id)
                               .where(ChangeLogEntry.record_id.in_(ids[start:start + IN_CHUNK])))
        for record, desk, seq, stamp, fields, seen, author in rows:
            result[record].append(Change(str(desk), seq, stamp, fields, seen or None,
                                         None if author is None else str(author)))
    return result


# -- writing records -------------------------------------------------------------------------------

@dataclass
class Applied:
    written: int = 0
    waiting: int = 0  # records whose creation has not arrived yet
    merged: list[uuid.UUID] | None = None  # persons now pointing to a survivor


def materialise(session: Session, table: str, ids: Iterable[uuid.UUID], search_key: SearchKey | None = None,
                progress: Progress | None = None, done: int = 0, total: int = 0,
                held: dict[uuid.UUID, list[Change]] | None = None) -> Applied:
    """Recompute these records of ``table`` from their held changes and write them. ``held`` may
    give the complete held changes of some records (an import knows them for records it brings
    for the first time), sparing a read of the log."""
    model = MODELS[table]
    shape = SHAPES[table]
    ids = sorted(set(ids))
    applied = Applied(merged=[])
    chunk_size = IN_CHUNK
    for start in range(0, len(ids), chunk_size):
        chunk = ids[start:start + chunk_size]
        known = held or {}
        changes = load_changes(session, [i for i in chunk if i not in known])
        rows = []
        try:
            for record in chunk:
                mine = known.get(record)
                held_here = mine if mine is not None else changes.get(record, ())
                resolved = values(held_here)
                if table == erasure.PERSONS and erasure.erases(c.fields for c in held_here):
                    resolved = erasure.erased_values(resolved)  # erasure wins, in any order
                row = shape.row(record, resolved)
                if row is None:
                    applied.waiting += 1
                else:
                    rows.append(row)
        except (ValueError, TypeError, KeyError):
            raise UserError(E_DAMAGED) from None
        if table in erasure.OWNED_TEXT and rows:
            gone = erased_among(session, {r["person_id"] for r in rows if r.get("person_id") is not None})
            for i, row in enumerate(rows):
                if row.get("person_id") in gone:
                    rows[i] = erasure.erase_owned(table, row)
        touched: dict[str, set[str]] = {}
        for column in UNIQUE[table]:
            col = model.__table__.c[column]
            touched[column] = {raw for record, shown in session.execute(
                select(model.__table__.c.id, col).where(model.__table__.c.id.in_(chunk)))
                if (raw := _raw(shown, record)) is not None}
            for row in rows:
                if row[column] is not None:
                    touched[column].add(row[column])
                    row[column] = _marked(row[column], row["id"])
        session.execute(delete(model).where(model.id.in_(chunk)))
        if rows:  # Core on the table: the ORM's bulk path is several times slower
            session.execute(model.__table__.insert(), rows)
        for column, raw_values in touched.items():
            _settle_unique(session, model, column, raw_values)
        applied.written += len(rows)
        if table == Person.__tablename__:
            session.execute(delete(PersonSearch).where(PersonSearch.person_id.in_(chunk)))
            if search_key is not None and rows:
                session.execute(PersonSearch.__table__.insert(),
                                [{"person_id": r["id"], "key": "" if r.get("anonymised") else search_key(r)}
                                 for r in rows])
            applied.merged.extend(r["id"] for r in rows if r.get("merged_into") is not None)
        if progress:
            progress(done + start + len(chunk), total)
    return applied


def materialise_all(session: Session, affected: dict[str, set[uuid.UUID]], search_key: SearchKey | None = None,
                    progress: Progress | None = None, held: dict[uuid.UUID, list[Change]] | None = None) -> Applied:
    total = sum(len(v) for v in affected.values())
    result = Applied(merged=[])
    done = 0
    for table in MODELS:
        ids = affected.get(table)
        if not ids:
            continue
        applied = materialise(session, table, ids, search_key, progress, done, total, held)
        done += len(ids)
        result.written += applied.written
        result.waiting += applied.waiting
        result.merged.extend(applied.merged or ())
    return result


def rebuild(session: Session, search_key: SearchKey | None = None, progress: Progress | None = None) -> Applied:
    """Empty the synced tables and write every record again from the change log alone. The audit
    log is no synced table: it is never emptied nor written here (its triggers would refuse it)."""
    affected: dict[str, set[uuid.UUID]] = defaultdict(set)
    for table, record in session.execute(select(ChangeLogEntry.table_name, ChangeLogEntry.record_id).distinct()):
        affected[table].add(record)
    for model in SYNCED_MODELS:
        session.execute(delete(model))
    session.execute(delete(PersonSearch))
    return materialise_all(session, affected, search_key, progress)


# -- erasure ---------------------------------------------------------------------------------------

_OWNED_MODELS = {table: MODELS[table] for table in erasure.OWNED_TEXT}


def erased_among(session: Session, person_ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
    """Which of these persons are erased (anonymised)."""
    ids = [i for i in person_ids if i is not None]
    found: set[uuid.UUID] = set()
    for start in range(0, len(ids), IN_CHUNK):
        found.update(session.execute(select(Person.id).where(
            Person.id.in_(ids[start:start + IN_CHUNK]), Person.anonymised.is_(True))).scalars())
    return found


def erase(session: Session, person_ids: Iterable[uuid.UUID]) -> int:
    """Make the erasure of these persons (those of them that are erased) final here: their
    visits' and consultations' notes emptied, and the erased values gone from every change-log
    entry of them and of those records (the entries keep which fields changed). Returns how many
    entries were scrubbed. Idempotent; run by the desk that erases and by every desk the erasure
    (or a later change of an erased person) reaches."""
    gone = sorted(erased_among(session, person_ids))
    if not gone:
        return 0
    records: list[uuid.UUID] = list(gone)
    for table, model in _OWNED_MODELS.items():
        columns = [model.__table__.c[name] for name in erasure.OWNED_TEXT[table]]
        for start in range(0, len(gone), IN_CHUNK):
            chunk = gone[start:start + IN_CHUNK]
            for record_id, *held in session.execute(select(model.__table__.c.id, *columns)
                                                     .where(model.__table__.c.person_id.in_(chunk))):
                records.append(record_id)
                now = dict(zip(erasure.OWNED_TEXT[table], held, strict=True))
                clean = erasure.erase_owned(table, now)
                if clean != now:
                    session.execute(model.__table__.update().where(model.__table__.c.id == record_id)
                                    .values(**{k: v for k, v in clean.items() if v != now[k]}))
    scrubbed = 0
    log = ChangeLogEntry.__table__
    for start in range(0, len(records), IN_CHUNK):
        chunk = records[start:start + IN_CHUNK]
        for no, table, fields in session.execute(select(log.c.no, log.c.table_name, log.c.fields)
                                                 .where(log.c.record_id.in_(chunk))):
            clean = erasure.scrub(table, fields)
            if clean != fields:
                session.execute(log.update().where(log.c.no == no).values(fields=clean))
                scrubbed += 1
    return scrubbed


# -- merges ----------------------------------------------------------------------------------------

def merge_cycles(session: Session, starts: Iterable[uuid.UUID]) -> list[list[uuid.UUID]]:
    """Cycles in persons' ``merged_into`` reachable from these persons (each sorted)."""
    target: dict[uuid.UUID, uuid.UUID | None] = {}

    def follow(pid: uuid.UUID) -> uuid.UUID | None:
        if pid not in target:
            target[pid] = session.scalar(select(Person.merged_into).where(Person.id == pid))
        return target[pid]

    cycles: dict[frozenset, list[uuid.UUID]] = {}
    for start in starts:
        position: dict[uuid.UUID, int] = {}
        path: list[uuid.UUID] = []
        node: uuid.UUID | None = start
        while node is not None and node not in position:
            position[node] = len(path)
            path.append(node)
            node = follow(node)
        if node is not None:
            cycle = path[position[node]:]
            cycles.setdefault(frozenset(cycle), sorted(cycle))
    return sorted(cycles.values())


# -- digest ----------------------------------------------------------------------------------------

def digest(session: Session) -> str:
    """A hash of every synced record, canonical: equal exactly when the synced data are equal."""
    h = hashlib.sha256()
    for table in sorted(MODELS):
        model = MODELS[table]
        columns = sorted(model.__table__.columns, key=lambda c: c.name)
        h.update(f"#{table}:{','.join(c.name for c in columns)}\n".encode())
        stmt = select(*columns).order_by(model.__table__.c.id).execution_options(yield_per=5000)
        for row in session.execute(stmt):
            h.update(canonical([plain(v) for v in row]).encode())
            h.update(b"\n")
    return h.hexdigest()


# -- conflicts -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RawConflict:
    table: str
    record_id: uuid.UUID
    field: str
    winner: Change
    others: tuple[Change, ...]


def shared_records(session: Session, ids: Iterable[uuid.UUID] | None = None) -> dict[uuid.UUID, str]:
    """{record id: its table} of the records changed on two or more desks (of ``ids``, when
    given): on SQLite from the table a trigger keeps (migration 0017: a few rows, not the whole
    change log), elsewhere by grouping the log."""
    if session.get_bind().dialect.name == "sqlite":
        rows = driver_connection(session).execute(
            "SELECT record_id, table_name FROM sync_shared_records").fetchall()
        wanted = None if ids is None else {i.hex for i in ids}
        return {stored_uuid(r): t for r, t in rows if wanted is None or r in wanted}
    stmt = (select(ChangeLogEntry.record_id, ChangeLogEntry.table_name)
            .group_by(ChangeLogEntry.record_id, ChangeLogEntry.table_name)
            .having(func.count(ChangeLogEntry.desk_id.distinct()) > 1))
    if ids is not None:
        stmt = stmt.where(ChangeLogEntry.record_id.in_(list(ids)))
    return {record: table for record, table in session.execute(stmt)}


def scan_conflicts(session: Session, ids: Iterable[uuid.UUID] | None = None) -> list[RawConflict]:
    """Every field whose heads disagree (only records changed on two or more desks can)."""
    candidates = shared_records(session, ids)
    found = []
    records = sorted(candidates)
    for start in range(0, len(records), IN_CHUNK):
        changes = load_changes(session, records[start:start + IN_CHUNK])
        owners: dict[uuid.UUID, uuid.UUID] = {}
        for table in erasure.OWNED_TEXT:
            model = MODELS[table]
            mine = [r for r in changes if candidates[r] == table]
            if mine:
                owners.update(session.execute(select(model.id, model.person_id).where(model.id.in_(mine))).all())
        erased_people = erased_among(session, [r for r in changes if candidates[r] == erasure.PERSONS]
                                     + list(owners.values()))
        for record, held in changes.items():
            table = candidates[record]
            if table in erasure.OWNED_TEXT:
                quiet = set(erasure.OWNED_TEXT[table]) if owners.get(record) in erased_people else set()
            elif record in erased_people:
                quiet = set(erasure.ERASED_PERSON)  # erasure wins: nothing there to choose between
            else:
                quiet = set()
            for name, state in resolve(held).items():
                if name in quiet:
                    continue
                others = conflicting(state, name)
                if others:
                    found.append(RawConflict(table, record, name, state.winner, tuple(others)))
    found.sort(key=lambda c: (c.table, str(c.record_id), c.field))
    return found
