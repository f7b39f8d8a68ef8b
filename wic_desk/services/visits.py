"""Walk-in visits: recorded in a few keystrokes, listed for today at the desk."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import NamedTuple

from sqlalchemy import String, bindparam, select, type_coerce

from wic_desk.domain import restriction
from wic_desk.domain.enums import ServiceCategory, Sex
from wic_desk.domain.errors import NotFound, ValidationError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.services import auth
from wic_desk.services.context import Actor, Database
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.base import now, stored_uuid
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


class VisitRow(NamedTuple):
    """One visit of the day's list. The ids are kept as read (32 hex digits on SQLite) and become
    UUIDs when asked for: a busy day lists thousands of visits, and only the ones a user opens
    need theirs (a tuple: made by the thousand)."""

    stored_id: uuid.UUID | str
    visited_at: dt.datetime
    stored_person_id: uuid.UUID | str | None
    person_name: str | None  # None for an anonymous visit
    native_name: str | None
    reasons: tuple[str, ...]
    note: str | None
    staff_name: str | None
    # the person withdrew consent and is kept for the figures only (domain.restriction): the visit
    # is listed and counted, never named, its note not shown, their page not opened from here
    restricted: bool = False

    @property
    def id(self) -> uuid.UUID:
        return stored_uuid(self.stored_id)

    @property
    def person_id(self) -> uuid.UUID | None:
        return stored_uuid(self.stored_person_id)


# The visits of a day are read as stored text where turning each value into a Python object
# through its column type is the slow part (a busy day of a big centre has thousands of rows):
# ids become UUIDs by a short path, times are read by ``datetime.fromisoformat``, the reasons (a
# few dozen distinct lists a day) are decoded once each, and the staff are named from one small
# query instead of a join. On a database whose driver hands back UUIDs, datetimes and lists
# itself (PostgreSQL) those are taken as they come.
_DAY = (select(type_coerce(Visit.id, String), type_coerce(Visit.visited_at, String),
               type_coerce(Visit.person_id, String),
               Person.given_name, Person.family_name, Person.native_name, type_coerce(Visit.reasons, String),
               Visit.note, type_coerce(Visit.handled_by, String), Person.consent_withdrawn_on, Person.anonymised)
        .outerjoin(Person, Person.id == Visit.person_id)
        .where(Visit.visit_date == bindparam("day"), Visit.deleted.is_(False))
        .order_by(Visit.visited_at.desc()))
_DAY_SQL: dict[str, str] = {}


def _day_sql(dialect) -> str:
    """``_DAY`` as the SQLite driver takes it (its one parameter, the day, by position)."""
    sql = _DAY_SQL.get(dialect.name)
    if sql is None:
        sql = _DAY_SQL[dialect.name] = str(_DAY.compile(dialect=dialect))
    return sql


_STAFF_NAMES = select(type_coerce(Staff.id, String), Staff.full_name)
_from_iso = dt.datetime.fromisoformat


def visits_on(db: Database, actor: Actor, day: dt.date | None = None) -> list[VisitRow]:
    """The visits of one day (today by default), newest first."""
    auth.require(actor, auth.ALL_ROLES)
    day = day or dt.date.today()
    with db.read() as s:
        connection = s.connection()
        staff = dict(connection.execute(_STAFF_NAMES).all())
        if connection.dialect.name == "sqlite":  # the driver's rows, without SQLAlchemy's per-row work
            rows = connection.connection.driver_connection.execute(_day_sql(connection.dialect),
                                                                   (day.isoformat(),)).fetchall()
        else:
            rows = connection.execute(_DAY, {"day": day}).all()
    reasons: dict[str, tuple[str, ...]] = {}
    result = []
    append = result.append
    for visit_id, visited_at, person_id, given, family, native, codes, note, handled_by, withdrawn, erased in rows:
        if isinstance(codes, str):
            decoded = reasons.get(codes)
            if decoded is None:
                decoded = reasons[codes] = tuple(json.loads(codes) or ())
        else:
            decoded = tuple(codes or ())
        if isinstance(visited_at, str):
            visited_at = _from_iso(visited_at)
        if withdrawn is not None and restriction.is_restricted(withdrawn, erased):
            append(VisitRow(visit_id, visited_at, person_id, None, None, decoded, None,
                            staff.get(handled_by), restricted=True))
            continue
        append(VisitRow(visit_id, visited_at, person_id,
                        f"{given} {family}" if person_id else None, native, decoded, note,
                        staff.get(handled_by)))
    return result
