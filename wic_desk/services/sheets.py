"""Printed attendance (sign-in) sheets: one session of one activity, as a PDF.

The service gathers the plain data (centre, project and its funding line, activity, session,
enrolled participants), hands it to ``documents.attendance_sheet`` with the layout template from
``exports/attendance_sheet.json``, writes the file atomically and audits the export.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from wic_desk import paths
from wic_desk.documents.pdf import discard, load_template, publish, temp_beside
from wic_desk.domain.enums import EnrolmentStatus
from wic_desk.domain.errors import NotFound, UserError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.domain.translit import polish_sort_key
from wic_desk.services import activities, auth
from wic_desk.services.context import Actor, Database
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import Activity, ActivitySession, Centre, Enrolment, Person, Project

if TYPE_CHECKING:
    from wic_desk.documents.attendance_sheet import SheetData

TEMPLATE = "attendance_sheet.json"
# Whoever may mark attendance may print the sheet that collects it.
PRINTERS = activities.MARKERS


def template(name: str) -> dict:
    """A layout template from the exports folder (the centre edits these, not the code)."""
    return load_template(paths.exports_dir() / name)


def centre_name(session: Session) -> str:
    return session.execute(select(Centre.name).where(Centre.deleted.is_(False)).order_by(Centre.name)
                           ).scalars().first() or ""


def project_of(session: Session, activity: Activity) -> Project | None:
    """The activity's project, or the current project when the activity names none."""
    if activity.project_id is not None:
        project = session.get(Project, activity.project_id)
        if project is not None and not project.deleted:
            return project
    return session.execute(select(Project).where(Project.current.is_(True), Project.deleted.is_(False))
                           ).scalars().first()


def get_activity(session: Session, activity_id: uuid.UUID) -> Activity:
    activity = session.get(Activity, activity_id)
    if activity is None or activity.deleted:
        raise NotFound(T("Errors", "No such activity."))
    return activity


def pick_session(sessions: list[ActivitySession], number: int | None, today: dt.date) -> ActivitySession:
    """Session ``number``; without a number, the next session from today on, or else the first."""
    if not sessions:
        raise UserError(T("Errors", "This activity has no sessions."))
    if number is None:  # a cancelled session gets no sheet unless asked for by its number
        upcoming = [s for s in sessions if s.held_on >= today and not s.cancelled]
        return upcoming[0] if upcoming else sessions[0]
    for s in sessions:
        if s.number == number:
            return s
    raise NotFound(T("Errors", "This activity has no session number {number}: it has sessions 1 to {count}."),
                   number=number, count=len(sessions))


def sheet_data(db: Database, activity_id: uuid.UUID, session_number: int | None = None,
               blank_rows: int = 5, today: dt.date | None = None) -> SheetData:
    """The plain data printed on the sheet of one session."""
    from wic_desk.documents import attendance_sheet as sheet_doc  # ReportLab's layout, loaded when used
    today = today or dt.date.today()
    with db.read() as s:
        activity = get_activity(s, activity_id)
        sessions = list(s.execute(select(ActivitySession).where(
            ActivitySession.activity_id == activity_id, ActivitySession.deleted.is_(False))
            .order_by(ActivitySession.number)).scalars())
        chosen = pick_session(sessions, session_number, today)
        people = s.execute(
            select(Person.given_name, Person.family_name, Person.native_name)
            .join(Enrolment, Enrolment.person_id == Person.id)
            .where(Enrolment.activity_id == activity_id, Enrolment.deleted.is_(False),
                   Enrolment.status == EnrolmentStatus.ENROLLED, Person.deleted.is_(False))
        ).all()
        project = project_of(s, activity)
        # Sorted by family name as a Polish reader expects (Ł after L, Ż last), shown given name first.
        people = sorted(people, key=lambda p: (polish_sort_key(p.family_name), polish_sort_key(p.given_name)))
        return sheet_doc.SheetData(
            centre=centre_name(s),
            project=project.name if project else None,
            funding_pl=project.funding_line_pl if project else None,
            funding_en=project.funding_line_en if project else None,
            activity_title=activity.title,
            activity_kind=activity.kind.value,
            held_on=chosen.held_on,
            session_number=chosen.number,
            session_count=len(sessions),
            start_time=chosen.start_time,
            hours=chosen.hours,
            place=chosen.place or activity.place,
            facilitator=chosen.facilitator or activity.facilitator,
            participants=[sheet_doc.SheetParticipant(f"{p.given_name} {p.family_name}".strip(), p.native_name)
                          for p in people],
            blank_rows=blank_rows,
        )


def attendance_sheet(db: Database, actor: Actor, activity_id: uuid.UUID, session_number: int | None,
                     out_path: str | Path, *, blank_rows: int | None = None, today: dt.date | None = None) -> Path:
    """Write the sign-in sheet of one session to ``out_path`` (PDF) and return the path.

    ``session_number`` None takes the next session from today on (or the first, when all are
    past). ``blank_rows`` (for walk-ins) defaults to the template's. The file appears whole or not
    at all; the export is audited without any names.
    """
    auth.require(actor, PRINTERS)
    layout = template(TEMPLATE)
    if blank_rows is None:
        blank_rows = int(layout.get("blank_rows", 5) or 0)
    if not 0 <= blank_rows <= 200:
        raise UserError(T("Errors", "Choose between 0 and 200 blank rows."))
    out_path = Path(out_path)
    if not out_path.parent.is_dir():
        raise UserError(T("Errors", "The folder {folder} does not exist."), folder=str(out_path.parent))
    data = sheet_data(db, activity_id, session_number, blank_rows, today)
    temp = temp_beside(out_path)
    try:
        from wic_desk.documents import attendance_sheet as sheet_doc
        sheet_doc.render(data, layout, paths.fonts_dir(), temp)
        with UnitOfWork(db, actor) as uow:
            uow.audit("export.attendance_sheet", "activities", activity_id,
                      detail=f"session={data.session_number} participants={len(data.participants)}")
        return publish(temp, out_path)
    except OSError as error:
        raise UserError(T("Errors", "The file cannot be written: {reason}"), reason=error.strerror or "") from None
    finally:
        discard(temp)
