"""Every report sent, kept as sent (issue 12, "What was sent stays as sent").

When a donor or monthly report is written (``services.reports``), the very bytes of the file on
disk are archived in the same unit of work as its audit entry: the file itself (base64), its
period, the project, who made it and when, its size and SHA-256. The archive is a synced record,
so every desk of the centre holds the reports any desk sent. A copy is saved back byte for byte
whatever was merged, corrected or added since, after its checksum is verified: a damaged entry
is refused and nothing is written. The files carry no names (reports are pseudonymised).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import os
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from wic_desk.domain.errors import NotFound, UserError, ValidationError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.domain.permissions import Action
from wic_desk.services import auth
from wic_desk.services.context import Actor, Database
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import ArchivedReport, Project, Staff

KINDS = ("donor", "monthly")
AUDIT_ACTION = "export.archived_report"

E_DAMAGED = T("Errors", "The archived report {name} is damaged (its checksum does not match): no copy was saved.")
E_NOT_FOUND = T("Errors", "No archived report has the id \"{value}\".")
E_AMBIGUOUS = T("Errors", "More than one archived report starts with \"{value}\": give more of the id.")
E_FOLDER = T("Errors", "The folder {name} does not exist.")
E_WRITE = T("Errors", "The copy could not be saved to {name}.")
E_SUFFIX = T("Errors", "The copy's file name must end in .xlsx.")


@dataclass(frozen=True)
class ArchivedInfo:
    """One report sent, as the Reports screen and ``wic-desk report sent`` list it."""

    id: uuid.UUID
    kind: str
    period_from: dt.date
    period_to: dt.date
    project: str
    made_by: str
    made_at: dt.datetime
    file_name: str
    size: int
    sha256: str
    language: str


def checksum(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def archive(uow: UnitOfWork, kind: str, path: Path, period_from: dt.date, period_to: dt.date,
            project_id: uuid.UUID | None, language: str, file_name: str | None = None) -> ArchivedReport:
    """Archive the report just written at ``path``: its bytes read back from disk, in ``uow``
    (the unit of work of the report's audit entry). ``file_name``: the name it is sent under
    (default: the one it has at ``path``)."""
    if kind not in KINDS:
        raise ValueError(kind)
    data = Path(path).read_bytes()
    record = ArchivedReport(
        id=uuid.uuid4(), kind=kind, project_id=project_id, period_from=period_from, period_to=period_to,
        language=language, made_by=uow.actor.staff_id if uow.actor else None,
        made_at=dt.datetime.now().replace(microsecond=0), file_name=file_name or Path(path).name, sha256=checksum(data),
        size=len(data), content=base64.b64encode(data).decode("ascii"))
    uow.session.add(record)
    return record


def list_reports(db: Database, actor: Actor) -> list[ArchivedInfo]:
    """Every report sent from any desk, newest first (the file itself is not loaded)."""
    auth.require_action(actor, Action.REPORTS_ARCHIVE)
    r = ArchivedReport
    with db.read() as s:
        rows = s.execute(
            select(r.id, r.kind, r.period_from, r.period_to, Project.name, Staff.full_name, r.made_at, r.file_name,
                   r.size, r.sha256, r.language)
            .outerjoin(Project, Project.id == r.project_id).outerjoin(Staff, Staff.id == r.made_by)
            .where(r.deleted.is_(False))
            .order_by(r.made_at.desc(), r.file_name, r.id)).all()
    return [ArchivedInfo(row[0], row[1], row[2], row[3], row[4] or "", row[5] or "", row[6], row[7], row[8],
                         row[9], row[10] or "") for row in rows]


def find(db: Database, actor: Actor, text: str) -> uuid.UUID:
    """The archived report whose id is ``text`` or starts with it (at least 4 characters)."""
    auth.require_action(actor, Action.REPORTS_ARCHIVE)
    wanted = text.strip().lower()
    if len(wanted) < 4:
        raise NotFound(E_NOT_FOUND, value=text)
    with db.read() as s:
        ids = s.execute(select(ArchivedReport.id).where(ArchivedReport.deleted.is_(False))).scalars().all()
    matches = [i for i in ids if str(i).startswith(wanted) or i.hex.startswith(wanted.replace("-", ""))]
    if not matches:
        raise NotFound(E_NOT_FOUND, value=text)
    if len(matches) > 1:
        raise UserError(E_AMBIGUOUS, value=text)
    return matches[0]


def content(db: Database, actor: Actor, report_id: uuid.UUID) -> tuple[str, bytes]:
    """The file name and the verified bytes of one archived report (UserError if damaged)."""
    auth.require_action(actor, Action.REPORTS_ARCHIVE)
    with db.read() as s:
        row = s.execute(select(ArchivedReport.file_name, ArchivedReport.content, ArchivedReport.sha256)
                        .where(ArchivedReport.id == report_id, ArchivedReport.deleted.is_(False))).first()
    if row is None:
        raise NotFound(E_NOT_FOUND, value=str(report_id))
    try:
        data = base64.b64decode(row.content or "", validate=True)
    except (binascii.Error, ValueError):
        raise UserError(E_DAMAGED, name=row.file_name) from None
    if checksum(data) != (row.sha256 or "").lower():
        raise UserError(E_DAMAGED, name=row.file_name)
    return row.file_name, data


def save_copy(db: Database, actor: Actor, report_id: uuid.UUID, out_path: Path) -> Path:
    """Write the archived report's bytes to ``out_path`` (temporary file, then rename), audited.
    A damaged entry, a missing folder or a refused write: UserError, nothing written."""
    auth.require_action(actor, Action.REPORTS_ARCHIVE)
    out_path = Path(out_path)
    if out_path.suffix.lower() != ".xlsx":
        raise ValidationError("out", E_SUFFIX)
    if not out_path.parent.is_dir():
        raise UserError(E_FOLDER, name=str(out_path.parent))
    _name, data = content(db, actor, report_id)
    try:
        fd, tmp = tempfile.mkstemp(dir=out_path.parent, prefix=".report-copy-", suffix=".xlsx")
    except OSError:
        raise UserError(E_WRITE, name=str(out_path)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out_path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        raise UserError(E_WRITE, name=str(out_path)) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    with UnitOfWork(db, actor) as uow:
        uow.audit(AUDIT_ACTION, table=ArchivedReport.__tablename__, record_id=report_id)
    return out_path
