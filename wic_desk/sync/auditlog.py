"""The audit log as the exchange sees it: what a desk holds, what another lacks, storing received
entries (append-only: inserted once by id, never updated or deleted).

Each entry is numbered on the desk that wrote it (``AuditEntry.desk_id``, ``seq``: 1, 2, ...), as
the change log numbers changes; a desk *holds* a desk's entries up to the highest number below
which it has every one. An exchange file carries, for each writing desk, the entries numbered
above what the reader is known to hold, whoever wrote them (desks relay for each other), so every
desk comes to hold the centre's whole audit. An entry carries ids, an action code and a detail
that by rule holds no personal data (``UnitOfWork.audit``): never a name or a note.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator

from sqlalchemy import func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from wic_desk.store.models import AuditEntry
from wic_desk.sync.fileformat import AuditRow
from wic_desk.sync.log import IN_CHUNK

_COLUMNS = (AuditEntry.id, AuditEntry.desk_id, AuditEntry.seq, AuditEntry.at, AuditEntry.staff_id,
            AuditEntry.action, AuditEntry.table_name, AuditEntry.record_id, AuditEntry.person_id,
            AuditEntry.detail)
_NUMBERED = AuditEntry.seq.is_not(None)


def _text(value: uuid.UUID | None) -> str | None:
    return None if value is None else str(value)


def as_row(r) -> AuditRow:
    return (str(r[0]), str(r[1]), r[2], r[3].isoformat(), _text(r[4]), r[5], r[6], _text(r[7]), _text(r[8]), r[9])


def highest(session: Session, desk_id: uuid.UUID) -> int:
    """The highest number of a desk's entries held here (gaps or not); 0 for none."""
    return session.scalar(select(func.max(AuditEntry.seq)).where(AuditEntry.desk_id == desk_id)) or 0


def holds(session: Session) -> dict[str, int]:
    """Per writing desk, the highest number up to which this database holds every entry of it."""
    result: dict[str, int] = {}
    for desk, count, top in session.execute(
            select(AuditEntry.desk_id, func.count(AuditEntry.seq.distinct()), func.max(AuditEntry.seq))
            .where(_NUMBERED).group_by(AuditEntry.desk_id)).all():
        if count == top:
            result[str(desk)] = top
            continue
        run = 0  # a gap: entries held beyond it count only once it is filled
        for seq in session.execute(select(AuditEntry.seq).distinct().where(AuditEntry.desk_id == desk, _NUMBERED)
                                   .order_by(AuditEntry.seq)).scalars():
            if seq != run + 1:
                break
            run = seq
        if run:
            result[str(desk)] = run
    return result


def _desks(session: Session) -> list[uuid.UUID]:
    return list(session.execute(select(AuditEntry.desk_id).where(_NUMBERED).distinct()).scalars())


def count_lacking(session: Session, base: dict[str, int] | None) -> int:
    """How many held entries a desk holding ``base`` lacks (``None``: all of them)."""
    total = 0
    for desk in _desks(session):
        floor = (base or {}).get(str(desk), 0)
        total += session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.desk_id == desk, AuditEntry.seq > floor)) or 0
    return total


def lacking(session: Session, base: dict[str, int] | None) -> Iterator[AuditRow]:
    """Every held entry a desk holding ``base`` lacks, by writing desk and number (``None``: all)."""
    for desk in sorted(_desks(session), key=str):
        floor = (base or {}).get(str(desk), 0)
        stmt = (select(*_COLUMNS).where(AuditEntry.desk_id == desk, AuditEntry.seq > floor)
                .order_by(AuditEntry.seq, AuditEntry.id).execution_options(yield_per=5000))
        for r in session.execute(stmt):
            yield as_row(r)


def store(session: Session, rows: list[AuditRow]) -> int:
    """Insert the entries not held yet (by id); returns how many. An entry held already is left
    as it is: the audit log is never updated, whatever a file says."""
    ids = list({uuid.UUID(r[0]) for r in rows})
    held: set[uuid.UUID] = set()
    for start in range(0, len(ids), IN_CHUNK):
        held.update(session.execute(select(AuditEntry.id).where(
            AuditEntry.id.in_(ids[start:start + IN_CHUNK]))).scalars())
    new: dict[uuid.UUID, dict] = {}
    for r in rows:
        entry = uuid.UUID(r[0])
        if entry in held or entry in new:
            continue
        new[entry] = {"id": entry, "desk_id": uuid.UUID(r[1]), "seq": r[2], "at": dt.datetime.fromisoformat(r[3]),
                      "staff_id": _uuid(r[4]), "action": r[5], "table_name": r[6], "record_id": _uuid(r[7]),
                      "person_id": _uuid(r[8]), "detail": r[9]}
    if new:
        # "insert or ignore" by id besides: never an update, never a delete (the triggers refuse both)
        dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
        session.execute(dialect.insert(AuditEntry.__table__).on_conflict_do_nothing(), list(new.values()))
    return len(new)


def _uuid(value: str | None) -> uuid.UUID | None:
    return None if value is None else uuid.UUID(value)
