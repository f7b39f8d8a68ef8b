"""The audit log for administrators: read-only, filterable by person, user, desk and date.

Nothing in the services updates or deletes an audit entry; this module only reads. The entries of
every desk of the centre are here once exchange files have brought them (``sync.auditlog``), each
with the name of the desk that wrote it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from wic_desk.domain.enums import Role
from wic_desk.services import auth
from wic_desk.services.context import Actor, Database
from wic_desk.store.models import AuditEntry, Desk, Staff


@dataclass(frozen=True)
class AuditRow:
    at: dt.datetime
    staff_name: str | None
    action: str
    table_name: str | None
    record_id: uuid.UUID | None
    person_id: uuid.UUID | None
    detail: str | None
    desk_id: uuid.UUID | None = None  # the desk that wrote the entry
    desk_name: str | None = None  # its name (None: a desk whose record has not arrived here)


def entries(db: Database, actor: Actor, person_id: uuid.UUID | None = None, staff_id: uuid.UUID | None = None,
            date_from: dt.date | None = None, date_to: dt.date | None = None, limit: int = 1000,
            desk_id: uuid.UUID | None = None) -> list[AuditRow]:
    """The newest entries first (of every desk whose entries have reached this one), at most ``limit``."""
    auth.require(actor, {Role.ADMIN})
    stmt = (select(AuditEntry.at, Staff.full_name, AuditEntry.action, AuditEntry.table_name, AuditEntry.record_id,
                   AuditEntry.person_id, AuditEntry.detail, AuditEntry.desk_id, Desk.name)
            .outerjoin(Staff, Staff.id == AuditEntry.staff_id).outerjoin(Desk, Desk.id == AuditEntry.desk_id)
            .order_by(AuditEntry.at.desc(), AuditEntry.desk_id, AuditEntry.seq.desc()).limit(limit))
    if desk_id is not None:
        stmt = stmt.where(AuditEntry.desk_id == desk_id)
    if person_id is not None:
        stmt = stmt.where(AuditEntry.person_id == person_id)
    if staff_id is not None:
        stmt = stmt.where(AuditEntry.staff_id == staff_id)
    if date_from is not None:
        stmt = stmt.where(AuditEntry.at >= dt.datetime.combine(date_from, dt.time.min))
    if date_to is not None:
        stmt = stmt.where(AuditEntry.at < dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time.min))
    with db.read() as s:
        return [AuditRow(*r) for r in s.execute(stmt).all()]
