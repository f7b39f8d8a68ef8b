"""Group activities: courses and meetings, their sessions, enrolment with a waiting list,
attendance per session, and the completion rule."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy import func, or_, select

from wic_desk.domain.completion import completed  # the completion rule, defined once
from wic_desk.domain.enums import ActivityKind, AttendanceStatus, EnrolmentStatus, Role
from wic_desk.domain.errors import NotFound, UserError, ValidationError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.domain.permissions import Action
from wic_desk.services import auth
from wic_desk.services.context import Actor, Database
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import Activity, ActivitySession, Attendance, Enrolment, Person, Project

ORGANISERS = frozenset({Role.COORDINATOR, Role.ADMIN})
MAX_TAG = 100
MARKERS = frozenset({Role.COORDINATOR, Role.ADMIN, Role.COUNSELLOR, Role.SPECIALIST, Role.RECEPTIONIST})


@dataclass
class SessionInput:
    held_on: dt.date
    hours: float = 1.5
    start_time: dt.time | None = None
    place: str | None = None
    facilitator: str | None = None


@dataclass
class ActivityInput:
    kind: ActivityKind
    title: str
    sessions: list[SessionInput] = field(default_factory=list)
    description: str | None = None
    facilitator: str | None = None
    place: str | None = None
    capacity: int | None = None
    target_group: str | None = None
    project_id: uuid.UUID | None = None
    completion_percent: int = 80
    tag: str | None = None  # the event or series it belongs to (e.g. "Skovoroda Fest 2023"): indicators count by it


def _validate(data: ActivityInput) -> None:
    if not data.title.strip():
        raise ValidationError("title", T("Errors", "This field is required."))
    if not data.sessions:
        raise ValidationError("sessions", T("Errors", "An activity needs at least one session."))
    if data.capacity is not None and data.capacity < 1:
        raise ValidationError("capacity", T("Errors", "The capacity must be at least 1."))
    if data.tag is not None and len(data.tag.strip()) > MAX_TAG:
        raise ValidationError("tag", T("Errors", "At most {n} characters."), n=MAX_TAG)
    if not 1 <= data.completion_percent <= 100:
        raise ValidationError("completion_percent", T("Errors", "Choose a percentage between 1 and 100."))
    for s in data.sessions:
        if not 0 < s.hours <= 24:
            raise ValidationError("hours", T("Errors", "A session lasts more than 0 and at most 24 hours."))


def create(db: Database, actor: Actor, data: ActivityInput) -> uuid.UUID:
    auth.require(actor, ORGANISERS)
    _validate(data)
    with UnitOfWork(db, actor) as uow:
        project_id = data.project_id or uow.session.execute(  # counts for the current project by default
            select(Project.id).where(Project.current.is_(True), Project.deleted.is_(False))).scalars().first()
        activity = Activity(kind=data.kind, title=data.title.strip(), description=data.description,
                            facilitator=data.facilitator, place=data.place, capacity=data.capacity,
                            target_group=data.target_group, project_id=project_id,
                            completion_percent=data.completion_percent, tag=clean_tag(data.tag))
        uow.session.add(activity)
        uow.session.flush()
        for number, s in enumerate(sorted(data.sessions, key=lambda x: (x.held_on, x.start_time or dt.time())), 1):
            uow.session.add(ActivitySession(activity_id=activity.id, number=number, held_on=s.held_on,
                                            start_time=s.start_time, hours=s.hours, place=s.place or data.place,
                                            facilitator=s.facilitator or data.facilitator))
        uow.audit("activity.create", "activities", activity.id)
        return activity.id


def clean_tag(tag: str | None) -> str | None:
    """A tag as stored: spaces trimmed and runs of them made one, None when empty."""
    text = " ".join((tag or "").split())
    return text or None


def set_tag(db: Database, actor: Actor, activity_id: uuid.UUID, tag: str | None) -> None:
    """Change the event or series an activity belongs to (None: none)."""
    auth.require_action(actor, Action.ACTIVITY_TAG)
    tag = clean_tag(tag)
    if tag is not None and len(tag) > MAX_TAG:
        raise ValidationError("tag", T("Errors", "At most {n} characters."), n=MAX_TAG)
    with UnitOfWork(db, actor) as uow:
        activity = uow.session.get(Activity, activity_id)
        if activity is None or activity.deleted:
            raise NotFound(T("Errors", "No such activity."))
        if activity.tag != tag:
            activity.tag = tag
        uow.audit("activity.tag", "activities", activity.id)


def tags_in_use(db: Database, actor: Actor) -> list[str]:
    """The tags activities carry (the events an indicator may count by), in alphabetical order."""
    auth.require(actor, ORGANISERS)
    with db.read() as s:
        tags = s.execute(select(Activity.tag).where(Activity.deleted.is_(False), Activity.tag.is_not(None))
                         .distinct()).scalars().all()
    return sorted({t for t in tags if t and t.strip()}, key=str.casefold)


@dataclass(frozen=True)
class ActivityRow:
    id: uuid.UUID
    kind: ActivityKind
    title: str
    first_date: dt.date | None
    sessions: int
    participants: int


def list_activities(db: Database) -> list[ActivityRow]:
    """id, kind, title, first date, sessions, participants (enrolled), newest first."""
    sessions = (select(ActivitySession.activity_id, func.min(ActivitySession.held_on).label("first"),
                       func.count().label("n"))
                .where(ActivitySession.deleted.is_(False)).group_by(ActivitySession.activity_id).subquery())
    enrolled = (select(Enrolment.activity_id, func.count().label("n"))
                .where(Enrolment.deleted.is_(False), Enrolment.status == EnrolmentStatus.ENROLLED)
                .group_by(Enrolment.activity_id).subquery())
    with db.read() as s:
        rows = s.execute(
            select(Activity.id, Activity.kind, Activity.title, sessions.c.first, sessions.c.n, enrolled.c.n)
            .outerjoin(sessions, sessions.c.activity_id == Activity.id)
            .outerjoin(enrolled, enrolled.c.activity_id == Activity.id)
            .where(Activity.deleted.is_(False)).order_by(sessions.c.first.desc())
        ).all()
    return [ActivityRow(r[0], r[1], r[2], r[3], r[4] or 0, r[5] or 0) for r in rows]


def enrol(db: Database, actor: Actor, activity_id: uuid.UUID, person_id: uuid.UUID) -> EnrolmentStatus:
    """Enrol a person; when the activity is full they go on the waiting list. Enrolling twice
    changes nothing."""
    auth.require(actor, MARKERS)
    with UnitOfWork(db, actor) as uow:
        activity = uow.session.get(Activity, activity_id)
        person = uow.session.get(Person, person_id)
        if activity is None or activity.deleted:
            raise NotFound(T("Errors", "No such activity."))
        if person is None or person.deleted:
            raise NotFound(T("Errors", "No such person."))
        existing = uow.session.execute(select(Enrolment).where(
            Enrolment.activity_id == activity_id, Enrolment.person_id == person_id,
            Enrolment.deleted.is_(False), Enrolment.status != EnrolmentStatus.WITHDRAWN)).scalars().first()
        if existing is not None:
            return existing.status
        taken = uow.session.scalar(select(func.count()).select_from(Enrolment).where(
            Enrolment.activity_id == activity_id, Enrolment.deleted.is_(False),
            Enrolment.status == EnrolmentStatus.ENROLLED))
        status = EnrolmentStatus.WAITING if activity.capacity is not None and taken >= activity.capacity \
            else EnrolmentStatus.ENROLLED
        uow.session.add(Enrolment(activity_id=activity_id, person_id=person_id, status=status))
        return status


def withdraw(db: Database, actor: Actor, activity_id: uuid.UUID, person_id: uuid.UUID) -> uuid.UUID | None:
    """Withdraw a person; the first on the waiting list takes the place. Returns who moved up."""
    auth.require(actor, MARKERS)
    with UnitOfWork(db, actor) as uow:
        rows = uow.session.execute(select(Enrolment).where(
            Enrolment.activity_id == activity_id, Enrolment.deleted.is_(False),
            Enrolment.status != EnrolmentStatus.WITHDRAWN).order_by(Enrolment.enrolled_at)).scalars().all()
        mine = next((e for e in rows if e.person_id == person_id), None)
        if mine is None:
            raise NotFound(T("Errors", "This person is not enrolled."))
        was_enrolled = mine.status == EnrolmentStatus.ENROLLED
        mine.status = EnrolmentStatus.WITHDRAWN
        if was_enrolled:
            waiting = next((e for e in rows if e.status == EnrolmentStatus.WAITING), None)
            if waiting is not None:
                waiting.status = EnrolmentStatus.ENROLLED
                return waiting.person_id
    return None


def mark(db: Database, actor: Actor, session_id: uuid.UUID, person_id: uuid.UUID,
         status: AttendanceStatus) -> None:
    """Set one participant's attendance at one session (a second mark replaces the first)."""
    auth.require(actor, MARKERS)
    with UnitOfWork(db, actor) as uow:
        session = uow.session.get(ActivitySession, session_id)
        if session is None or session.deleted:
            raise NotFound(T("Errors", "No such session."))
        activity = uow.session.get(Activity, session.activity_id)
        if session.cancelled or (activity is not None and activity.cancelled):
            raise UserError(E_CANCELLED)
        existing = uow.session.execute(select(Attendance).where(
            Attendance.session_id == session_id, Attendance.person_id == person_id,
            Attendance.deleted.is_(False))).scalars().first()
        if existing is None:
            uow.session.add(Attendance(session_id=session_id, person_id=person_id, status=AttendanceStatus(status)))
        elif existing.status != status:
            existing.status = AttendanceStatus(status)


@dataclass(frozen=True)
class SessionCol:
    id: uuid.UUID
    number: int
    held_on: dt.date
    hours: float
    cancelled: bool = False
    cancel_reason: str | None = None
    tag: str | None = None  # the event or series it belongs to


@dataclass(frozen=True)
class Participant:
    person_id: uuid.UUID
    name: str
    native_name: str | None
    status: EnrolmentStatus
    present: int
    hours: float
    completed: bool


@dataclass(frozen=True)
class Grid:
    activity_id: uuid.UUID
    title: str
    kind: ActivityKind
    completion_percent: int
    sessions: list[SessionCol]
    participants: list[Participant]
    marks: dict[tuple[uuid.UUID, uuid.UUID], AttendanceStatus]  # (person, session) -> status
    cancelled: bool = False
    cancel_reason: str | None = None
    tag: str | None = None  # the event or series it belongs to


def grid(db: Database, actor: Actor, activity_id: uuid.UUID) -> Grid:
    auth.require(actor, MARKERS)
    from wic_desk.domain.translit import polish_sort_key
    with db.read() as s:
        activity = s.get(Activity, activity_id)
        if activity is None or activity.deleted:
            raise NotFound(T("Errors", "No such activity."))
        sessions = [SessionCol(r.id, r.number, r.held_on, r.hours, bool(r.cancelled), r.cancel_reason) for r in s.execute(
            select(ActivitySession).where(ActivitySession.activity_id == activity_id,
                                          ActivitySession.deleted.is_(False)).order_by(ActivitySession.number)
        ).scalars()]
        people = s.execute(
            select(Enrolment.person_id, Enrolment.status, Person.given_name, Person.family_name, Person.native_name)
            .join(Person, Person.id == Enrolment.person_id)
            .where(Enrolment.activity_id == activity_id, Enrolment.deleted.is_(False),
                   Enrolment.status != EnrolmentStatus.WITHDRAWN,
                   # restricted (consent withdrawn, kept for the figures): counted, no longer listed
                   or_(Person.consent_withdrawn_on.is_(None), Person.anonymised.is_(True)))
        ).all()
        session_ids = [c.id for c in sessions]
        marks = {(r.person_id, r.session_id): r.status for r in s.execute(
            select(Attendance.person_id, Attendance.session_id, Attendance.status)
            .where(Attendance.session_id.in_(session_ids), Attendance.deleted.is_(False))).all()}
        title, kind, percent = activity.title, activity.kind, activity.completion_percent
        cancelled, reason, tag = bool(activity.cancelled), activity.cancel_reason, activity.tag
    hours_by_session = {c.id: c.hours for c in sessions}
    held = [] if cancelled else [c.id for c in sessions if not c.cancelled]  # only what took place counts
    participants = []
    for p in people:
        present_sessions = [sid for sid in held if marks.get((p.person_id, sid)) == AttendanceStatus.PRESENT]
        participants.append(Participant(
            p.person_id, f"{p.given_name} {p.family_name}", p.native_name, p.status, len(present_sessions),
            sum(hours_by_session[sid] for sid in present_sessions),
            completed(len(present_sessions), len(held), percent)))
    participants.sort(key=lambda x: (x.status != EnrolmentStatus.ENROLLED, polish_sort_key(x.name)))
    return Grid(activity_id, title, kind, percent, sessions, participants, marks, cancelled, reason, tag)


E_CANCELLED = T("Errors", "This session or activity was cancelled: attendance is not marked for it.")
E_REASON = T("Errors", "Say why it was cancelled (the reason is kept with it).")
E_ALREADY_CANCELLED = T("Errors", "This was cancelled already.")


def _reason(reason: str) -> str:
    text = (reason or "").strip()
    if not text:
        raise ValidationError("reason", E_REASON)
    if len(text) > 300:
        raise ValidationError("reason", T("Errors", "Keep the reason under 300 characters."))
    return text


def cancel_session(db: Database, actor: Actor, session_id: uuid.UUID, reason: str) -> None:
    """A session that did not take place (coordinators, administrators): counted nowhere from
    now on (held sessions, hours, first service, new or returning, completion), its attendance
    kept but not counted; the reason is kept with it; audited (without the reason); travels."""
    auth.require_action(actor, Action.ACTIVITY_CANCEL)
    text = _reason(reason)
    with UnitOfWork(db, actor) as uow:
        session = uow.session.get(ActivitySession, session_id)
        if session is None or session.deleted:
            raise NotFound(T("Errors", "No such session."))
        if session.cancelled:
            raise UserError(E_ALREADY_CANCELLED)
        session.cancelled = True
        session.cancel_reason = text
        uow.audit("session.cancel", ActivitySession.__tablename__, session.id, detail=f"session={session.number}")


def cancel_activity(db: Database, actor: Actor, activity_id: uuid.UUID, reason: str) -> None:
    """An activity that did not take place (or stopped): as ``cancel_session`` for all of it."""
    auth.require_action(actor, Action.ACTIVITY_CANCEL)
    text = _reason(reason)
    with UnitOfWork(db, actor) as uow:
        activity = uow.session.get(Activity, activity_id)
        if activity is None or activity.deleted:
            raise NotFound(T("Errors", "No such activity."))
        if activity.cancelled:
            raise UserError(E_ALREADY_CANCELLED)
        activity.cancelled = True
        activity.cancel_reason = text
        uow.audit("activity.cancel", Activity.__tablename__, activity.id)
