"""The records behind a figure, so that every number on the dashboard can be checked.

For an indicator of the current project (or any counting rule) and a period, ``records`` lists
what the figure counts: the rule's own lister (``wic_desk.reports.rules``), so the rows and the
figure come from one definition (one row per person, activity, session or consultation; hours add
up to ``hours_held``). Inside the app coordinators may see names, but for a person restricted after
withdrawing consent (``wic_desk.domain.restriction``): their row counts, nameless
(``DrillRow.restricted``). The audit entry ("report.drilldown") names only the indicator and the period.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from wic_desk.domain.enums import Role
from wic_desk.domain.errors import NotFound, ValidationError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.reports import rules
from wic_desk.reports.counting import Scope
from wic_desk.reports.rules import ACTIVITY, CONSULTATION, PERSON, SERVICE, SESSION, DrillRow
from wic_desk.services import auth, projects
from wic_desk.services.context import Actor, Database
from wic_desk.services.reports import current_project
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import Indicator

__all__ = ["ACTIVITY", "CONSULTATION", "PERSON", "SERVICE", "SESSION", "DrillRow", "Drilldown", "records",
           "rule_records"]

READERS = frozenset({Role.COORDINATOR, Role.ADMIN})
LIMIT = rules.LIMIT  # a figure bigger than this is listed in part (``complete`` is False)


@dataclass(frozen=True)
class Drilldown:
    code: str
    title: str
    rule: str
    scope: Scope  # what the figure is limited to (the parts the rule reads)
    date_from: dt.date
    date_to: dt.date
    unit: str  # PERSON, ACTIVITY, SESSION, CONSULTATION or SERVICE
    figure: float  # what the counting rule gives: the rows' count, or for hours their sum
    rows: tuple[DrillRow, ...]
    complete: bool = True

    @property
    def total(self) -> float:
        """The figure as the rows give it: their number, the sum of their hours or of their services."""
        return rules.RULES[self.rule].total(self.rows)


def _check_period(date_from: dt.date, date_to: dt.date) -> None:
    if date_to < date_from:
        raise ValidationError("to", T("Errors", "The end of the period is before its start."))


def rule_records(db: Database, actor: Actor, rule: str, scope: Scope | str | None, date_from: dt.date,
                 date_to: dt.date, code: str | None = None, title: str = "") -> Drilldown:
    """The records behind one counting rule over a period, limited by a scope (or, as before
    scopes, a rule argument of kinds), audited."""
    auth.require(actor, READERS)
    _check_period(date_from, date_to)
    counting_rule = rules.RULES.get(rule)
    if counting_rule is None:
        raise NotFound(T("Errors", "Unknown counting rule."))
    with db.read() as s:
        scope = counting_rule.scope_of(scope)
        rows = counting_rule.records(s, date_from, date_to, scope)
        figure = counting_rule.count(s, date_from, date_to, scope)
    with UnitOfWork(db, actor) as uow:
        uow.audit("report.drilldown", detail=f"{code or rule} {date_from.isoformat()}..{date_to.isoformat()}")
    return Drilldown(code or rule, title, rule, scope, date_from, date_to, counting_rule.unit, figure, tuple(rows),
                     complete=len(rows) < LIMIT)


def records(db: Database, actor: Actor, code: str, date_from: dt.date | None = None,
            date_to: dt.date | None = None) -> Drilldown:
    """The records behind an indicator of the current project (the project's period by default)."""
    auth.require(actor, READERS)
    project = current_project(db)
    with db.read() as s:
        indicator = s.execute(select(Indicator).where(Indicator.project_id == project.id, Indicator.code == code,
                                                      Indicator.deleted.is_(False))).scalars().first()
        if indicator is None:
            raise NotFound(T("Errors", "No such indicator."))
        rule, scope, title = indicator.rule, projects.stored_scope(indicator), indicator.title
    return rule_records(db, actor, rule, scope, date_from or project.period_start, date_to or project.period_end,
                        code=code, title=title)
