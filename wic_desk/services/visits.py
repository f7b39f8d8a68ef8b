"""Walk-in visits: recorded in a few keystrokes, listed for today at the desk."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from wic_desk.domain.enums import ServiceCategory, Sex
from wic_desk.domain.errors import NotFound, ValidationError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.services import auth
from wic_desk.services.context import Actor, Database
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.base import now
from wic_desk.store.models import Person, Staff, Visit

AGE_GROUPS = ("0-4", "5-11", "12-17", "18-59", "60+")


def _check_reasons(reasons: list[ServiceCategory]) -> list[str]:
    if not reasons:
        raise ValidationError("reasons", T("Errors", "Choose at least one reason for the visit."))
    return [ServiceCategory(r).value for r in dict.fromkeys(reasons)]


def record_visit(db: Database, actor: Actor, person_id: uuid.UUID, reasons: list[ServiceCategory],
                 note: str | None = None, when: dt.datetime | None = None) -> uuid.UUID:
    auth.require(actor, auth.ALL_ROLES)
    codes = _check_reasons(reasons)
    when = when or now()
    if when > now() + dt.timedelta(minutes=5):
        raise ValidationError("when", T("Errors", "This date cannot be in the future."))
    with UnitOfWork(db, actor) as uow:
        person = uow.session.get(Person, person_id)
        if person is None or person.deleted:
            raise NotFound(T("Errors", "No such person."))
        visit = Visit(person_id=person_id, visited_at=when, visit_date=when.date(), desk_id=db.desk_id,
                      reasons=codes, note=(note or "").strip() or None, handled_by=actor.staff_id)
        uow.session.add(visit)
        uow.session.flush()
        return visit.id


def record_anonymous_visit(db: Database, actor: Actor, sex: Sex, age_group: str | None, citizenship: str | None,
                           reasons: list[ServiceCategory], note: str | None = None,
                           when: dt.datetime | None = None) -> uuid.UUID:
    """A visit without consent: no name, only what the service figures need."""
    auth.require(actor, auth.ALL_ROLES)
    codes = _check_reasons(reasons)
    if age_group is not None and age_group not in AGE_GROUPS:
        raise ValidationError("age_group", T("Errors", "Choose an age group from the list."))
    when = when or now()
    with UnitOfWork(db, actor) as uow:
        visit = Visit(person_id=None, visited_at=when, visit_date=when.date(), desk_id=db.desk_id, reasons=codes,
                      note=(note or "").strip() or None, handled_by=actor.staff_id, anon_sex=sex,
                      anon_age_group=age_group, anon_citizenship=(citizenship or None))
        uow.session.add(visit)
        uow.session.flush()
        return visit.id


@dataclass(frozen=True)
class VisitRow:
    id: uuid.UUID
    visited_at: dt.datetime
    person_id: uuid.UUID | None
    person_name: str | None  # None for an anonymous visit
    native_name: str | None
    reasons: tuple[str, ...]
    note: str | None
    staff_name: str | None


def visits_on(db: Database, actor: Actor, day: dt.date | None = None) -> list[VisitRow]:
    """The visits of one day (today by default), newest first."""
    auth.require(actor, auth.ALL_ROLES)
    day = day or dt.date.today()
    with db.read() as s:
        rows = s.execute(
            select(Visit.id, Visit.visited_at, Visit.person_id, Person.given_name, Person.family_name,
                   Person.native_name, Visit.reasons, Visit.note, Staff.full_name)
            .outerjoin(Person, Person.id == Visit.person_id)
            .outerjoin(Staff, Staff.id == Visit.handled_by)
            .where(Visit.visit_date == day, Visit.deleted.is_(False))
            .order_by(Visit.visited_at.desc())
        ).all()
    return [VisitRow(r.id, r.visited_at, r.person_id,
                     f"{r.given_name} {r.family_name}" if r.person_id else None, r.native_name,
                     tuple(r.reasons or ()), r.note, r.full_name) for r in rows]
