"""Employment outcomes, and whether each counts as stable employment by the project's rule.

The rule is data on the project (``Project.stable_rule``), e.g. the seed's
``{"contract_kinds": ["employment"], "min_months": 3}``: an employment contract counts, and so does
any other contract expected to last at least three months (an open-ended one does). The indicator
counts unique persons: one person with two stable jobs is one.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import distinct, func, select

from wic_desk.domain.enums import ContractKind, Role
from wic_desk.domain.errors import NotFound, ValidationError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.services import auth
from wic_desk.services.context import Actor, Database
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import EmploymentOutcome, Person, Project, Staff

RECORDERS = frozenset({Role.COUNSELLOR, Role.SPECIALIST, Role.COORDINATOR, Role.ADMIN})


def is_stable(rule: dict, contract_kind: ContractKind, duration_months: int | None) -> bool:
    kinds = set(rule.get("contract_kinds") or [])
    if ContractKind(contract_kind).value in kinds:
        return True
    min_months = rule.get("min_months")
    if min_months is None:
        return False
    return duration_months is None or duration_months >= int(min_months)


@dataclass
class OutcomeInput:
    start_date: dt.date
    contract_kind: ContractKind
    employer: str | None = None
    hours_per_week: int | None = None
    duration_months: int | None = None
    evidence_seen: bool = False


def _current_rule(session) -> dict:
    rule = session.execute(select(Project.stable_rule).where(Project.current.is_(True),
                                                             Project.deleted.is_(False))).scalars().first()
    return rule or {}


def record(db: Database, actor: Actor, person_id: uuid.UUID, data: OutcomeInput,
           today: dt.date | None = None) -> uuid.UUID:
    auth.require(actor, RECORDERS)
    today = today or dt.date.today()
    if data.start_date > today + dt.timedelta(days=62):
        raise ValidationError("start_date", T("Errors", "The start date is too far in the future."))
    if data.hours_per_week is not None and not 1 <= data.hours_per_week <= 80:
        raise ValidationError("hours_per_week", T("Errors", "Hours per week must be between 1 and 80."))
    if data.duration_months is not None and data.duration_months < 1:
        raise ValidationError("duration_months", T("Errors", "The length must be at least one month."))
    with UnitOfWork(db, actor) as uow:
        person = uow.session.get(Person, person_id)
        if person is None or person.deleted:
            raise NotFound(T("Errors", "No such person."))
        outcome = EmploymentOutcome(
            person_id=person_id, start_date=data.start_date, employer=(data.employer or "").strip() or None,
            contract_kind=data.contract_kind, hours_per_week=data.hours_per_week,
            duration_months=data.duration_months, evidence_seen=data.evidence_seen, recorded_by=actor.staff_id,
            stable=is_stable(_current_rule(uow.session), data.contract_kind, data.duration_months))
        uow.session.add(outcome)
        uow.session.flush()
        uow.audit("outcome.create", "employment_outcomes", outcome.id, person_id)
        return outcome.id


@dataclass(frozen=True)
class OutcomeRow:
    id: uuid.UUID
    person_id: uuid.UUID
    start_date: dt.date
    employer: str | None
    contract_kind: ContractKind
    hours_per_week: int | None
    duration_months: int | None
    stable: bool
    evidence_seen: bool
    recorded_by_name: str | None


def for_person(db: Database, actor: Actor, person_id: uuid.UUID) -> list[OutcomeRow]:
    auth.require(actor, auth.ALL_ROLES)
    with db.read() as s:
        rows = s.execute(
            select(EmploymentOutcome.id, EmploymentOutcome.person_id, EmploymentOutcome.start_date,
                   EmploymentOutcome.employer, EmploymentOutcome.contract_kind, EmploymentOutcome.hours_per_week,
                   EmploymentOutcome.duration_months, EmploymentOutcome.stable, EmploymentOutcome.evidence_seen,
                   Staff.full_name)
            .outerjoin(Staff, Staff.id == EmploymentOutcome.recorded_by)
            .where(EmploymentOutcome.person_id == person_id, EmploymentOutcome.deleted.is_(False))
            .order_by(EmploymentOutcome.start_date.desc())).all()
    return [OutcomeRow(*r) for r in rows]


def stable_employment_count(db: Database, date_from: dt.date | None = None, date_to: dt.date | None = None) -> int:
    """Unique persons with a stable-employment outcome starting in the period (never twice for one)."""
    stmt = (select(func.count(distinct(EmploymentOutcome.person_id)))
            .join(Person, Person.id == EmploymentOutcome.person_id)
            .where(EmploymentOutcome.stable.is_(True), EmploymentOutcome.deleted.is_(False),
                   Person.deleted.is_(False)))
    if date_from is not None:
        stmt = stmt.where(EmploymentOutcome.start_date >= date_from)
    if date_to is not None:
        stmt = stmt.where(EmploymentOutcome.start_date <= date_to)
    with db.read() as s:
        return s.scalar(stmt) or 0
