"""The change log as the exchange sees it: what a desk holds, what another lacks, storing received
changes (and refusing a change number reused with different content)."""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Iterator

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wic_desk.domain import erasure
from wic_desk.domain.errors import UserError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.store.base import driver_connection
from wic_desk.store.models import ChangeLogEntry, Desk
from wic_desk.sync.fileformat import Row

E_REUSED = T("Errors", "The exchange file reuses change number {seq} of desk {desk} with different content. "
                       "The file is refused; nothing was changed.")

IN_CHUNK = 900  # bound parameters per IN (...), well under SQLite's limit

_COLUMNS = (ChangeLogEntry.desk_id, ChangeLogEntry.seq, ChangeLogEntry.hlc, ChangeLogEntry.table_name,
            ChangeLogEntry.record_id, ChangeLogEntry.fields, ChangeLogEntry.seen, ChangeLogEntry.author_id)


def as_row(r) -> Row:
    return (str(r[0]), r[1], r[2], r[3], str(r[4]), r[5], r[6] or None, None if r[7] is None else str(r[7]))


def holds(session: Session) -> dict[str, int]:
    """Per desk, the highest change number up to which this database holds every change."""
    result: dict[str, int] = {}
    for desk, count, top in session.execute(
            select(ChangeLogEntry.desk_id, func.count(), func.max(ChangeLogEntry.seq))
            .group_by(ChangeLogEntry.desk_id)).all():
        if count == top:
            result[str(desk)] = top
            continue
        run = 0  # a gap: changes held beyond it count only once the gap is filled
        for seq in session.execute(select(ChangeLogEntry.seq).where(ChangeLogEntry.desk_id == desk)
                                   .order_by(ChangeLogEntry.seq)).scalars():
            if seq != run + 1:
                break
            run = seq
        if run:
            result[str(desk)] = run
    return result


def highest(session: Session, desk_id: uuid.UUID) -> int:
    """The highest change number of a desk held here (gaps or not)."""
    return session.scalar(select(func.max(ChangeLogEntry.seq)).where(ChangeLogEntry.desk_id == desk_id)) or 0


def _desks(session: Session) -> list[uuid.UUID]:
    return list(session.execute(select(ChangeLogEntry.desk_id).distinct()).scalars())


def count_lacking(session: Session, base: dict[str, int] | None) -> int:
    """How many held changes a desk holding ``base`` lacks (``None``: everything)."""
    total = 0
    for desk in _desks(session):
        floor = (base or {}).get(str(desk), 0)
        total += session.scalar(select(func.count()).select_from(ChangeLogEntry).where(
            ChangeLogEntry.desk_id == desk, ChangeLogEntry.seq > floor)) or 0
    return total


def lacking(session: Session, base: dict[str, int] | None) -> Iterator[Row]:
    """Every held change a desk holding ``base`` lacks, by desk and number (``None``: all)."""
    for desk in sorted(_desks(session), key=str):
        floor = (base or {}).get(str(desk), 0)
        stmt = (select(*_COLUMNS).where(ChangeLogEntry.desk_id == desk, ChangeLogEntry.seq > floor)
                .order_by(ChangeLogEntry.seq).execution_options(yield_per=5000))
        for r in session.execute(stmt):
            yield as_row(r)


def known_records(session: Session, ids: list[uuid.UUID]) -> set[uuid.UUID]:
    """Which of these records already have a held change."""
    found: set[uuid.UUID] = set()
    for start in range(0, len(ids), IN_CHUNK):
        found.update(session.execute(select(ChangeLogEntry.record_id).distinct().where(
            ChangeLogEntry.record_id.in_(ids[start:start + IN_CHUNK]))).scalars())
    return found


def desk_label(session: Session, desk_id: str) -> str:
    name = session.scalar(select(Desk.name).where(Desk.id == uuid.UUID(desk_id)))
    return name or desk_id[:8]


def _same_but_erased(a: Row, b: Row) -> bool:
    """One change as held by a desk that has seen the person's erasure (its values scrubbed) and
    by one that has not yet: the same change, not a number used twice."""
    if a[:5] != b[:5] or a[6:] != b[6:]:
        return False
    clean_a, clean_b = erasure.scrub(a[3], a[5]), erasure.scrub(b[3], b[5])
    return clean_a == clean_b and (clean_a == a[5] or clean_b == b[5])


def store(session: Session, rows: list[Row]) -> list[Row]:
    """Insert the changes not held yet; returns them. A held (desk, number) with different content
    refuses the whole file (UserError; the caller's transaction rolls back)."""
    by_desk: dict[str, dict[int, Row]] = defaultdict(dict)
    for row in rows:
        earlier = by_desk[row[0]].get(row[1])
        if earlier is not None and earlier != row:
            raise UserError(E_REUSED, seq=row[1], desk=desk_label(session, row[0]))
        by_desk[row[0]][row[1]] = row
    new: list[Row] = []
    for desk, numbered in by_desk.items():
        desk_uuid = uuid.UUID(desk)
        seqs = sorted(numbered)
        held: dict[int, Row] = {}
        if seqs[0] <= highest(session, desk_uuid):
            for start in range(0, len(seqs), IN_CHUNK):
                chunk = seqs[start:start + IN_CHUNK]
                for r in session.execute(select(*_COLUMNS).where(ChangeLogEntry.desk_id == desk_uuid,
                                                                 ChangeLogEntry.seq.in_(chunk))):
                    held[r[1]] = as_row(r)
        for seq in seqs:
            row = numbered[seq]
            mine = held.get(seq)
            if mine is None:
                new.append(row)
            elif mine != row and not _same_but_erased(mine, row):
                raise UserError(E_REUSED, seq=seq, desk=desk_label(session, desk))
    if new:
        insert_rows(session, new)
    return new


def insert_by_types(session: Session, rows: list[Row]) -> None:
    """``insert_rows`` through the table's column types (any database)."""
    session.execute(ChangeLogEntry.__table__.insert(), [
        {"desk_id": uuid.UUID(r[0]), "seq": r[1], "hlc": r[2], "table_name": r[3],
         "record_id": uuid.UUID(r[4]), "fields": r[5], "seen": r[6],
         "author_id": None if r[7] is None else uuid.UUID(r[7])} for r in rows])


_INSERT = ("INSERT INTO change_log (desk_id, seq, hlc, table_name, record_id, fields, seen, author_id) "
           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")


def insert_rows(session: Session, rows: list[Row]) -> None:
    """Add checked rows (ids as canonical text: ``fileformat.check_row``) to the log. On SQLite
    through the driver, in the form SQLAlchemy's types store (ids as 32 hex digits, the fields
    and what was seen as JSON text, None seen as JSON null): a file of 100,000 changes spent
    more in making UUIDs and processing parameters than in SQLite. Elsewhere by the table's types."""
    bind = session.get_bind()
    if bind.dialect.name != "sqlite":
        insert_by_types(session, rows)
        return
    dumps = getattr(bind.dialect, "_json_serializer", None) or json.dumps
    driver_connection(session).executemany(_INSERT, [
        (r[0].replace("-", ""), r[1], r[2], r[3], r[4].replace("-", ""), dumps(r[5]), dumps(r[6]),
         None if r[7] is None else r[7].replace("-", "")) for r in rows])
