"""Consultations and their notes, with confidentiality enforced here.

Who reads a note:
- normal: every counsellor and specialist;
- specialist-only: staff of the same kind (psychologists read psychologists' notes; for the
  counselling kinds, counsellors), and the author;
- author-only: the author alone.
Receptionists, coordinators and administrators see that a consultation happened (kind, date, staff
member) but never its note. A note that may not be read is never selected from the database, so it
cannot reach a widget. Every read of a confidential note and every edit is audited.

The note itself is stored and travels encrypted for the same readers (``services.notes``): a
reader whose key has not reached them yet sees that the note exists and that their access is
pending.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy import and_, false, func, or_, select

from wic_desk.domain.enums import Confidentiality, ConsultationKind, ConsultationMode, Role
from wic_desk.domain.errors import NotFound, PermissionDenied, UserError, ValidationError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.services import auth, notes
from wic_desk.services.context import Actor, Database
from wic_desk.services.notes import COUNSELLING_KINDS, NOTE_READERS, SPECIALIST_KINDS
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import Consultation, Person, Staff, Topic

__all__ = ["COUNSELLING_KINDS", "NOTE_READERS", "SPECIALIST_KINDS"]


def kinds_allowed(actor: Actor) -> frozenset[ConsultationKind]:
    """The kinds of consultation this staff member may record."""
    if actor.role == Role.COUNSELLOR:
        return COUNSELLING_KINDS
    if actor.role == Role.SPECIALIST and actor.specialist_kind is not None:
        return frozenset({actor.specialist_kind})
    return frozenset()


def may_read_note(actor: Actor, kind: ConsultationKind, level: Confidentiality, author_id: uuid.UUID | None) -> bool:
    if actor.role not in NOTE_READERS:
        return False
    if author_id is not None and author_id == actor.staff_id:
        return True
    if level == Confidentiality.NORMAL:
        return True
    if level == Confidentiality.SPECIALIST_ONLY:
        if kind in SPECIALIST_KINDS:
            return actor.role == Role.SPECIALIST and actor.specialist_kind == kind
        return actor.role == Role.COUNSELLOR
    return False


def _readable_clause(actor: Actor):
    """The SQL form of may_read_note, so unreadable notes are never selected."""
    if actor.role not in NOTE_READERS:
        return false()
    same_kind = (Consultation.kind == actor.specialist_kind) if actor.role == Role.SPECIALIST and \
        actor.specialist_kind is not None else (Consultation.kind.in_(list(COUNSELLING_KINDS))
                                               if actor.role == Role.COUNSELLOR else false())
    return or_(
        Consultation.staff_id == actor.staff_id,
        Consultation.confidentiality == Confidentiality.NORMAL,
        and_(Consultation.confidentiality == Confidentiality.SPECIALIST_ONLY, same_kind),
    )


@dataclass
class ConsultationInput:
    kind: ConsultationKind
    held_on: dt.date
    minutes: int | None = None
    mode: ConsultationMode = ConsultationMode.IN_PERSON
    language: str | None = None
    interpreter: bool = False
    topics: list[str] = field(default_factory=list)
    note: str | None = None
    confidentiality: Confidentiality = Confidentiality.NORMAL
    follow_up_on: dt.date | None = None


def _validate(data: ConsultationInput, today: dt.date) -> None:
    if data.held_on > today:
        raise ValidationError("held_on", T("Errors", "This date cannot be in the future."))
    if data.minutes is not None and not 1 <= data.minutes <= 600:
        raise ValidationError("minutes", T("Errors", "The length must be between 1 and 600 minutes."))
    if data.follow_up_on is not None and data.follow_up_on < data.held_on:
        raise ValidationError("follow_up_on", T("Errors", "The follow-up cannot be before the consultation."))


def record(db: Database, actor: Actor, person_id: uuid.UUID, data: ConsultationInput,
           today: dt.date | None = None) -> uuid.UUID:
    if data.kind not in kinds_allowed(actor):
        raise PermissionDenied()
    _validate(data, today or dt.date.today())
    with UnitOfWork(db, actor) as uow:
        person = uow.session.get(Person, person_id)
        if person is None or person.deleted:
            raise NotFound(T("Errors", "No such person."))
        consultation_id = uuid.uuid4()
        note = notes.seal(uow.session, actor.keyring, consultation_id, data.kind, data.confidentiality,
                          actor.staff_id, (data.note or "").strip() or None)
        consultation = Consultation(id=consultation_id, person_id=person_id, kind=data.kind, staff_id=actor.staff_id,
                                    held_on=data.held_on, minutes=data.minutes, mode=data.mode,
                                    language=data.language, interpreter=data.interpreter,
                                    topics=list(data.topics), note=note,
                                    confidentiality=data.confidentiality, follow_up_on=data.follow_up_on)
        uow.session.add(consultation)
        uow.session.flush()
        uow.audit("consultation.create", "consultations", consultation.id, person_id)
        return consultation.id


def update(db: Database, actor: Actor, consultation_id: uuid.UUID, data: ConsultationInput,
           today: dt.date | None = None) -> None:
    """Only the author edits a consultation; every edit is audited."""
    _validate(data, today or dt.date.today())
    with UnitOfWork(db, actor) as uow:
        c = uow.session.get(Consultation, consultation_id)
        if c is None or c.deleted:
            raise NotFound(T("Errors", "No such consultation."))
        if c.staff_id != actor.staff_id:
            raise PermissionDenied()
        old_text, pending = notes.open_note(uow.session, actor.keyring, c.id, c.note)
        new_text = (data.note or "").strip() or None
        keep_note = pending and new_text is None  # it could not be shown for editing: it stays
        if keep_note and data.confidentiality != c.confidentiality:
            raise UserError(notes.E_PENDING_EDIT)
        group_changed = (notes.note_group(c.kind, c.confidentiality, c.staff_id)
                         != notes.note_group(c.kind, data.confidentiality, c.staff_id))
        for name in ("held_on", "minutes", "mode", "language", "interpreter", "confidentiality", "follow_up_on"):
            if getattr(c, name) != getattr(data, name):
                setattr(c, name, getattr(data, name))
        if list(c.topics or []) != list(data.topics):
            c.topics = list(data.topics)
        if not keep_note and (old_text != new_text or group_changed or (c.note and not notes.is_sealed(c.note))):
            c.note = notes.seal(uow.session, actor.keyring, c.id, c.kind, data.confidentiality, c.staff_id, new_text)
        uow.audit("consultation.update", "consultations", c.id, c.person_id)


@dataclass(frozen=True)
class ConsultationRow:
    id: uuid.UUID
    person_id: uuid.UUID
    kind: ConsultationKind
    held_on: dt.date
    staff_id: uuid.UUID | None
    staff_name: str | None
    minutes: int | None
    mode: ConsultationMode
    confidentiality: Confidentiality
    follow_up_on: dt.date | None
    follow_up_done: bool
    note_readable: bool
    note: str | None  # None when the note may not be read (or is empty)
    topics: tuple[str, ...] = ()
    language: str | None = None
    interpreter: bool = False
    # this actor may read the note but their key for it has not reached them yet
    note_pending: bool = False


def for_person(db: Database, actor: Actor, person_id: uuid.UUID) -> list[ConsultationRow]:
    """A person's consultations, newest first; notes only where this actor may read them, and
    each confidential note read is written to the audit log."""
    auth.require(actor, auth.ALL_ROLES)
    readable = _readable_clause(actor)
    with db.read() as s:
        rows = s.execute(
            select(Consultation.id, Consultation.person_id, Consultation.kind, Consultation.held_on,
                   Consultation.staff_id, Staff.full_name, Consultation.minutes, Consultation.mode,
                   Consultation.confidentiality, Consultation.follow_up_on, Consultation.follow_up_done,
                   readable.label("readable"),
                   Consultation.topics, Consultation.language, Consultation.interpreter)
            .outerjoin(Staff, Staff.id == Consultation.staff_id)
            .where(Consultation.person_id == person_id, Consultation.deleted.is_(False))
            .order_by(Consultation.held_on.desc())
        ).all()
        readable_ids = [r.id for r in rows if r.readable]
        stored = dict(s.execute(select(Consultation.id, Consultation.note)
                                .where(Consultation.id.in_(readable_ids), readable)).all()) if readable_ids else {}
        texts: dict[uuid.UUID, str] = {}
        pending: set[uuid.UUID] = set()
        for consultation_id, value in stored.items():
            text, waiting = notes.open_note(s, actor.keyring, consultation_id, value)
            if text:
                texts[consultation_id] = text
            elif waiting:
                pending.add(consultation_id)
    confidential_reads = [r for r in rows if r.id in texts and r.confidentiality != Confidentiality.NORMAL]
    if confidential_reads:
        with UnitOfWork(db, actor) as uow:
            for r in confidential_reads:
                uow.audit("note.read", "consultations", r.id, r.person_id)
    return [ConsultationRow(r.id, r.person_id, r.kind, r.held_on, r.staff_id, r.full_name, r.minutes, r.mode,
                            r.confidentiality, r.follow_up_on, r.follow_up_done,
                            r.id in stored and r.id not in pending, texts.get(r.id), tuple(r.topics or ()),
                            r.language, bool(r.interpreter), r.id in pending) for r in rows]


# -- follow-ups and caseload ------------------------------------------------------------------------

@dataclass(frozen=True)
class FollowUp:
    consultation_id: uuid.UUID
    person_id: uuid.UUID
    person_name: str
    kind: ConsultationKind
    due: dt.date
    overdue: bool


def _not_restricted():
    """A person who withdrew their consent and was restricted (domain.restriction) is kept only
    for the figures: no follow-up or caseload of anyone's lists them."""
    return or_(Person.consent_withdrawn_on.is_(None), Person.anonymised.is_(True))


def my_follow_ups(db: Database, actor: Actor, today: dt.date | None = None) -> list[FollowUp]:
    """Follow-ups of this staff member's consultations due today or overdue, oldest first."""
    auth.require(actor, NOTE_READERS)
    today = today or dt.date.today()
    with db.read() as s:
        rows = s.execute(
            select(Consultation.id, Consultation.person_id, Person.given_name, Person.family_name,
                   Consultation.kind, Consultation.follow_up_on)
            .join(Person, Person.id == Consultation.person_id)
            .where(Consultation.staff_id == actor.staff_id, Consultation.follow_up_on <= today,
                   Consultation.follow_up_done.is_(False), Consultation.deleted.is_(False), _not_restricted())
            .order_by(Consultation.follow_up_on)
        ).all()
    return [FollowUp(r.id, r.person_id, f"{r.given_name} {r.family_name}", r.kind, r.follow_up_on,
                     r.follow_up_on < today) for r in rows]


def _own_consultation(uow: UnitOfWork, actor: Actor, consultation_id: uuid.UUID) -> Consultation:
    c = uow.session.get(Consultation, consultation_id)
    if c is None or c.deleted:
        raise NotFound(T("Errors", "No such consultation."))
    if c.staff_id != actor.staff_id:
        raise PermissionDenied()
    return c


def close_follow_up(db: Database, actor: Actor, consultation_id: uuid.UUID) -> None:
    with UnitOfWork(db, actor) as uow:
        c = _own_consultation(uow, actor, consultation_id)
        c.follow_up_done = True
        uow.audit("follow_up.close", "consultations", c.id, c.person_id)


def reschedule_follow_up(db: Database, actor: Actor, consultation_id: uuid.UUID, new_date: dt.date,
                         today: dt.date | None = None) -> None:
    if new_date < (today or dt.date.today()):
        raise ValidationError("follow_up_on", T("Errors", "A follow-up cannot be moved into the past."))
    with UnitOfWork(db, actor) as uow:
        c = _own_consultation(uow, actor, consultation_id)
        c.follow_up_on = new_date
        uow.audit("follow_up.reschedule", "consultations", c.id, c.person_id)


@dataclass(frozen=True)
class CaseloadRow:
    person_id: uuid.UUID
    person_name: str
    consultations: int
    last_contact: dt.date
    open_follow_ups: int


def caseload(db: Database, actor: Actor) -> list[CaseloadRow]:
    """The persons this staff member saw, with their last contact and open follow-ups."""
    auth.require(actor, NOTE_READERS)
    open_fu = func.sum(((Consultation.follow_up_on.is_not(None)) & (Consultation.follow_up_done.is_(False)))
                       .cast(type_=Consultation.minutes.type))
    with db.read() as s:
        rows = s.execute(
            select(Consultation.person_id, Person.given_name, Person.family_name, func.count(Consultation.id),
                   func.max(Consultation.held_on), open_fu)
            .join(Person, Person.id == Consultation.person_id)
            .where(Consultation.staff_id == actor.staff_id, Consultation.deleted.is_(False), _not_restricted())
            .group_by(Consultation.person_id, Person.given_name, Person.family_name)
            .order_by(func.max(Consultation.held_on).desc())
        ).all()
    return [CaseloadRow(r[0], f"{r[1]} {r[2]}", r[3], r[4], int(r[5] or 0)) for r in rows]


# -- topics -------------------------------------------------------------------------------------------

def topics(db: Database) -> list[str]:
    with db.read() as s:
        return list(s.execute(select(Topic.name).where(Topic.deleted.is_(False)).order_by(Topic.name)).scalars())


def add_topic(db: Database, actor: Actor, name: str) -> None:
    auth.require(actor, {Role.ADMIN})
    if not name.strip():
        raise ValidationError("topic", T("Errors", "This field is required."))
    with UnitOfWork(db, actor) as uow:
        uow.session.add(Topic(name=name.strip()))
