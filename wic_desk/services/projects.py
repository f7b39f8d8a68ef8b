"""Projects and their indicators: what the donor funds, for how long, and how each target is counted.

Coordinators and administrators list, create and edit projects, add, edit and remove indicators,
and choose the centre's current project (the one the dashboard and the reports count). Every write
goes through the unit of work (change log and audit in the same transaction); an indicator is
never physically deleted, it is tombstoned.

An indicator counts with one of the rules of ``wic_desk.reports.rules.RULES``, limited by its
scope (``Indicator.scope``, ``reports.counting.Scope``): chosen activities, a tag (the event an
activity belongs to, e.g. "Skovoroda Fest 2023"), activity kinds, visit reasons, consultation
kinds; each rule takes only the parts it reads (``CountingRule.limits``), the rest is dropped.
Before scopes, the kinds were a comma-separated ``rule_arg``: it is still read, and an indicator
saved again keeps its kinds in the scope. A target of 0 means none set yet (the figure is counted,
no share of a target shown). The project's stable-employment rule (contract kinds that count
as stable, or a minimum expected length in months) is applied when an outcome is recorded, so
changing it changes no outcome already recorded: a closed period's report keeps its figures.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import uuid
from dataclasses import dataclass, field, replace

from sqlalchemy import func, select

from wic_desk.domain.enums import ActivityKind, ConsultationKind, ContractKind, Role, ServiceCategory
from wic_desk.domain.errors import FormErrors, NotFound, ValidationError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.reports import counting, rules
from wic_desk.services import auth
from wic_desk.services.context import Actor, Database
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import Activity, ActivitySession, Indicator, Project

log = logging.getLogger(__name__)

EDITORS = frozenset({Role.COORDINATOR, Role.ADMIN})

REQUIRED = T("Errors", "This field is required.")
MAX_TARGET = 1_000_000
MAX_TAG = 100
MAX_PERIOD_DAYS = 10 * 366
CODE_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,59}$")
DEFAULT_AGE_BRACKETS: list[list[int | None]] = [[0, 4], [5, 11], [12, 17], [18, 59], [60, None]]

# The counting rules are defined once, in ``wic_desk.reports.rules``: code, label, argument, unit.
ARG_ACTIVITY_KINDS, ARG_CONSULTATION_KINDS, ARG_NONE = rules.ARG_ACTIVITY_KINDS, rules.ARG_CONSULTATION_KINDS, \
    rules.ARG_NONE
RuleInfo = rules.CountingRule
Scope = counting.Scope  # what an indicator is limited to
RULE_INFO: dict[str, RuleInfo] = rules.RULES


def rule_choices() -> list[RuleInfo]:
    """The counting rules an indicator can use, in the order they are offered."""
    return list(RULE_INFO.values())


def argument_values(rule: str) -> list[str]:
    """The kinds a rule's argument may list (codes), empty for a rule without an argument."""
    info = RULE_INFO.get(rule)
    if info is None or info.argument == ARG_NONE:
        return []
    enum = ActivityKind if info.argument == ARG_ACTIVITY_KINDS else ConsultationKind
    return [m.value for m in enum]


# The codes each part of a scope may list.
SCOPE_VALUES: dict[str, list[str]] = {
    "activity_kinds": [m.value for m in ActivityKind],
    "consultation_kinds": [m.value for m in ConsultationKind],
    "visit_reasons": [m.value for m in ServiceCategory],
}


def scope_limits(rule: str) -> frozenset[str]:
    """The parts of a scope a rule reads ("activities", "tag", "activity_kinds",
    "consultation_kinds", "visit_reasons"); empty for an unknown rule."""
    info = RULE_INFO.get(rule)
    return info.limits if info else frozenset()


@dataclass(frozen=True)
class ActivityChoice:
    """An activity an indicator may be limited to."""

    id: uuid.UUID
    title: str
    kind: str
    first_date: dt.date | None
    tag: str | None


def activity_choices(db: Database, actor: Actor) -> list[ActivityChoice]:
    """The activities an indicator may be limited to, newest first (cancelled ones too: an
    indicator may name them, they simply count nothing)."""
    auth.require(actor, EDITORS)
    first = (select(ActivitySession.activity_id, func.min(ActivitySession.held_on).label("first"))
             .where(ActivitySession.deleted.is_(False)).group_by(ActivitySession.activity_id).subquery())
    with db.read() as s:
        rows = s.execute(select(Activity.id, Activity.title, Activity.kind, first.c.first, Activity.tag)
                         .outerjoin(first, first.c.activity_id == Activity.id)
                         .where(Activity.deleted.is_(False))).all()
    choices = [ActivityChoice(r[0], r[1], str(getattr(r[2], "value", r[2])), r[3], r[4]) for r in rows]
    return sorted(choices, key=lambda c: (-(c.first_date or dt.date.min).toordinal(), c.title.casefold(), str(c.id)))


def tags_in_use(db: Database, actor: Actor) -> list[str]:
    """The tags activities carry, which an indicator may count by (``activities.tags_in_use``)."""
    auth.require(actor, EDITORS)
    from wic_desk.services import activities
    return activities.tags_in_use(db, actor)


# -- plain rows ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class IndicatorRow:
    id: uuid.UUID
    project_id: uuid.UUID
    code: str
    title: str
    target: int
    rule: str
    rule_arg: str | None  # as stored before scopes (kinds); None once saved with a scope
    position: int
    scope: counting.Scope = counting.Scope()  # what it counts, limited (the stored scope and rule_arg)


@dataclass(frozen=True)
class ProjectRow:
    id: uuid.UUID
    name: str
    donor: str | None
    funding_line_pl: str | None
    funding_line_en: str | None
    period_start: dt.date
    period_end: dt.date
    stable_contract_kinds: tuple[str, ...]
    stable_min_months: int | None
    age_brackets: tuple[tuple[int, int | None], ...]
    current: bool
    indicators: tuple[IndicatorRow, ...] = ()


@dataclass
class ProjectInput:
    name: str
    period_start: dt.date
    period_end: dt.date
    donor: str | None = None
    funding_line_pl: str | None = None
    funding_line_en: str | None = None
    stable_contract_kinds: list[str] = field(default_factory=lambda: [ContractKind.EMPLOYMENT.value])
    stable_min_months: int | None = 3
    age_brackets: list[list[int | None]] = field(default_factory=lambda: [list(b) for b in DEFAULT_AGE_BRACKETS])


@dataclass
class IndicatorInput:
    code: str
    title: str
    target: int
    rule: str
    rule_arg: str | None = None  # comma-separated kinds (activity or consultation, by the rule)
    # the rest of the scope: {"activities": [ids], "tag": "...", "activity_kinds": [...],
    # "consultation_kinds": [...], "visit_reasons": [...]} (kinds also from ``rule_arg``)
    scope: dict | None = None


# -- age brackets as text --------------------------------------------------------------------------

def format_age_brackets(brackets) -> str:
    """``[[0, 4], [60, None]]`` as "0-4, 60+"."""
    return ", ".join(counting.bracket_label(int(lo), None if hi is None else int(hi)) for lo, hi in brackets)


def parse_age_brackets(text: str) -> list[list[int | None]]:
    """"0-4, 5-11, 60+" as brackets; ValidationError("age_brackets") when malformed, overlapping or
    out of order."""
    brackets: list[list[int | None]] = []
    for part in [p.strip() for p in re.split(r"[,;]", text or "") if p.strip()]:
        m = re.fullmatch(r"(\d{1,3})\s*(?:[-–]\s*(\d{1,3})|(\+))", part)
        if not m:
            raise ValidationError("age_brackets", T("Errors", "Write the age groups like 0-4, 5-11, 60+."))
        low = int(m.group(1))
        high = None if m.group(3) else int(m.group(2))
        brackets.append([low, high])
    check_age_brackets(brackets)
    return brackets


def check_age_brackets(brackets: list[list[int | None]]) -> None:
    if not brackets:
        raise ValidationError("age_brackets", REQUIRED)
    previous_high: int | None = -1
    for i, (low, high) in enumerate(brackets):
        if high is not None and high < low:
            raise ValidationError("age_brackets", T("Errors", "An age group ends before it starts."))
        if previous_high is None or low <= previous_high:
            raise ValidationError("age_brackets", T("Errors", "Age groups must be in order and must not overlap."))
        if high is None and i != len(brackets) - 1:
            raise ValidationError("age_brackets", T("Errors", "Only the last age group may be open (60+)."))
        if low > 130 or (high is not None and high > 130):
            raise ValidationError("age_brackets", T("Errors", "An age above 130 is not an age group."))
        previous_high = high


# -- validation ------------------------------------------------------------------------------------

def _clean(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


def _check_project(data: ProjectInput) -> None:
    errors: dict[str, ValidationError] = {}

    def fail(error: ValidationError) -> None:
        errors.setdefault(error.field, error)

    if not _clean(data.name):
        fail(ValidationError("name", REQUIRED))
    elif len(data.name.strip()) > 200:
        fail(ValidationError("name", T("Errors", "At most {n} characters."), n=200))
    if data.donor and len(data.donor.strip()) > 200:
        fail(ValidationError("donor", T("Errors", "At most {n} characters."), n=200))
    if data.period_start is None or data.period_end is None:
        fail(ValidationError("period_end", REQUIRED))
    elif data.period_end < data.period_start:
        fail(ValidationError("period_end", T("Errors", "The end of the period is before its start.")))
    elif (data.period_end - data.period_start).days > MAX_PERIOD_DAYS:
        fail(ValidationError("period_end", T("Errors", "A project lasts at most ten years.")))
    kinds = list(data.stable_contract_kinds or [])
    known = {k.value for k in ContractKind}
    if any(k not in known for k in kinds):
        fail(ValidationError("stable_rule", T("Errors", "Unknown contract kind.")))
    if data.stable_min_months is not None and not 1 <= data.stable_min_months <= 60:
        fail(ValidationError("stable_rule", T("Errors", "The minimum length must be between 1 and 60 months.")))
    if not kinds and data.stable_min_months is None:
        fail(ValidationError("stable_rule", T("Errors", "Choose the contracts that count as stable employment "
                                                        "or a minimum length.")))
    try:
        check_age_brackets(data.age_brackets)
    except ValidationError as error:
        fail(error)
    if errors:
        if len(errors) == 1:
            raise next(iter(errors.values()))
        raise FormErrors(errors)


E_SCOPE_KEY = T("Errors", "An indicator cannot be limited by {key}.")


def _check_indicator(data: IndicatorInput) -> counting.Scope:
    """Checks the input; returns the scope the rule counts with (only the parts it reads, codes in
    their canonical order, so equal scopes stay equal: no change logged for a reordering)."""
    errors: dict[str, ValidationError] = {}
    code = (data.code or "").strip()
    if not code:
        errors["code"] = ValidationError("code", REQUIRED)
    elif not CODE_PATTERN.match(code):
        errors["code"] = ValidationError("code", T("Errors", "Use small Latin letters, digits and _ "
                                                             "(for example language_club)."))
    if not _clean(data.title):
        errors["title"] = ValidationError("title", REQUIRED)
    elif len(data.title.strip()) > 300:
        errors["title"] = ValidationError("title", T("Errors", "At most {n} characters."), n=300)
    if not isinstance(data.target, int) or isinstance(data.target, bool) or not 0 <= data.target <= MAX_TARGET:
        errors["target"] = ValidationError("target", T("Errors", "The target must be between 0 (none yet) "
                                                                 "and {max}."), max=MAX_TARGET)
    scope = counting.Scope()
    if data.rule not in RULE_INFO:
        errors["rule"] = ValidationError("rule", T("Errors", "Choose how the indicator is counted."))
    else:
        info = RULE_INFO[data.rule]
        try:
            given = counting.Scope.parse(data.scope)
        except counting.ScopeError as error:
            if error.key in counting.SCOPE_KEYS:
                raise ValidationError(error.key, T("Errors", "This limit is not valid.")) from None
            raise ValidationError("scope", E_SCOPE_KEY, key=error.key) from None
        if info.argument != ARG_NONE:
            kinds = [k.strip() for k in (data.rule_arg or "").split(",") if k.strip()]
            merged = tuple(dict.fromkeys([*getattr(given, info.argument), *kinds]))
            given = replace(given, **{info.argument: merged})
        given = given.only(info.limits)  # the parts the rule does not read are dropped
        parts: dict = {}
        for key, allowed in SCOPE_VALUES.items():
            chosen = getattr(given, key)
            unknown = [k for k in chosen if k not in allowed]
            if unknown:
                field_name = "rule_arg" if key == info.argument else key
                errors[field_name] = ValidationError(field_name, T("Errors", "Unknown kind: {kind}."), kind=unknown[0])
            parts[key] = tuple(k for k in allowed if k in chosen)
        if given.tag and len(given.tag) > MAX_TAG:
            errors["tag"] = ValidationError("tag", T("Errors", "At most {n} characters."), n=MAX_TAG)
        scope = counting.Scope(activities=tuple(sorted(given.activities)), tag=given.tag, **parts)
    if errors:
        if len(errors) == 1:
            raise next(iter(errors.values()))
        raise FormErrors(errors)
    return scope


def _check_activities(session, scope: counting.Scope) -> None:
    """The activities an indicator is limited to exist."""
    if not scope.activities:
        return
    wanted = {uuid.UUID(i) for i in scope.activities}
    found = set(session.execute(select(Activity.id).where(Activity.id.in_(wanted),
                                                          Activity.deleted.is_(False))).scalars())
    if wanted - found:
        raise ValidationError("activities", T("Errors", "One of the activities chosen no longer exists."))


# -- reading ---------------------------------------------------------------------------------------

def stored_scope(i: Indicator) -> counting.Scope:
    """The scope an indicator counts with (its ``scope`` and, written before scopes, its
    ``rule_arg``); a stored scope that is not one (written by a newer version?) limits nothing
    rather than stopping the figures, and the log says so."""
    try:
        return rules.indicator_scope(i.rule, i.scope, i.rule_arg)
    except counting.ScopeError as error:
        log.warning("indicator %s: its scope is not valid (%s): counted without it", i.code, error.key)
        return counting.Scope()


def _indicator_row(i: Indicator) -> IndicatorRow:
    return IndicatorRow(i.id, i.project_id, i.code, i.title, i.target, i.rule, i.rule_arg, i.position,
                        stored_scope(i))


def _project_row(p: Project, indicators: list[Indicator]) -> ProjectRow:
    rule = p.stable_rule or {}
    min_months = rule.get("min_months")
    return ProjectRow(
        id=p.id, name=p.name, donor=p.donor, funding_line_pl=p.funding_line_pl, funding_line_en=p.funding_line_en,
        period_start=p.period_start, period_end=p.period_end,
        stable_contract_kinds=tuple(rule.get("contract_kinds") or ()),
        stable_min_months=None if min_months is None else int(min_months),
        age_brackets=tuple((int(lo), None if hi is None else int(hi)) for lo, hi in (p.age_brackets or [])),
        current=bool(p.current), indicators=tuple(_indicator_row(i) for i in indicators))


def _indicators_of(session, project_id: uuid.UUID) -> list[Indicator]:
    return list(session.execute(select(Indicator).where(Indicator.project_id == project_id,
                                                        Indicator.deleted.is_(False))
                                .order_by(Indicator.position, Indicator.code)).scalars())


def list_projects(db: Database, actor: Actor) -> list[ProjectRow]:
    """Every project with its indicators: the current one first, then the newest first."""
    auth.require(actor, EDITORS)
    with db.read() as s:
        projects = s.execute(select(Project).where(Project.deleted.is_(False))).scalars().all()
        rows = [_project_row(p, _indicators_of(s, p.id)) for p in projects]
    return sorted(rows, key=lambda r: (not r.current, -r.period_start.toordinal(), r.name.casefold()))


def get_project(db: Database, actor: Actor, project_id: uuid.UUID) -> ProjectRow:
    auth.require(actor, EDITORS)
    with db.read() as s:
        p = s.get(Project, project_id)
        if p is None or p.deleted:
            raise NotFound(T("Errors", "No such project."))
        return _project_row(p, _indicators_of(s, p.id))


# -- writing ---------------------------------------------------------------------------------------

def _apply_project(p: Project, data: ProjectInput) -> None:
    p.name = data.name.strip()
    p.donor = _clean(data.donor)
    p.funding_line_pl = _clean(data.funding_line_pl)
    p.funding_line_en = _clean(data.funding_line_en)
    p.period_start = data.period_start
    p.period_end = data.period_end
    kinds = [k.value for k in ContractKind if k.value in set(data.stable_contract_kinds or [])]
    rule: dict = {"contract_kinds": kinds}
    if data.stable_min_months is not None:
        rule["min_months"] = int(data.stable_min_months)
    if (p.stable_rule or {}) != rule:
        p.stable_rule = rule
    brackets = [[int(lo), None if hi is None else int(hi)] for lo, hi in data.age_brackets]
    if list(p.age_brackets or []) != brackets:
        p.age_brackets = brackets


def create_project(db: Database, actor: Actor, data: ProjectInput, make_current: bool = False) -> uuid.UUID:
    """A new project (with no indicators yet); the current one when ``make_current`` or when
    there is no current project."""
    auth.require(actor, EDITORS)
    _check_project(data)
    with UnitOfWork(db, actor) as uow:
        has_current = uow.session.execute(select(func.count()).select_from(Project).where(
            Project.current.is_(True), Project.deleted.is_(False))).scalar_one() > 0
        p = Project(current=False)
        _apply_project(p, data)
        uow.session.add(p)
        uow.session.flush()
        if make_current or not has_current:
            _make_current(uow, p.id)
        uow.audit("project.create", "projects", p.id)
        return p.id


def update_project(db: Database, actor: Actor, project_id: uuid.UUID, data: ProjectInput) -> None:
    auth.require(actor, EDITORS)
    _check_project(data)
    with UnitOfWork(db, actor) as uow:
        p = uow.session.get(Project, project_id)
        if p is None or p.deleted:
            raise NotFound(T("Errors", "No such project."))
        _apply_project(p, data)
        uow.audit("project.update", "projects", p.id)


def _make_current(uow: UnitOfWork, project_id: uuid.UUID) -> None:
    for other in uow.session.execute(select(Project).where(Project.current.is_(True))).scalars():
        if other.id != project_id:
            other.current = False
    p = uow.session.get(Project, project_id)
    assert p is not None
    if not p.current:
        p.current = True


def set_current(db: Database, actor: Actor, project_id: uuid.UUID) -> None:
    """Make a project the centre's current one (the dashboard's and the reports')."""
    auth.require(actor, EDITORS)
    with UnitOfWork(db, actor) as uow:
        p = uow.session.get(Project, project_id)
        if p is None or p.deleted:
            raise NotFound(T("Errors", "No such project."))
        _make_current(uow, project_id)
        uow.audit("project.current", "projects", project_id)


def _code_taken(session, project_id: uuid.UUID, code: str, except_id: uuid.UUID | None) -> bool:
    query = select(Indicator.id).where(Indicator.project_id == project_id, Indicator.code == code,
                                       Indicator.deleted.is_(False))
    if except_id is not None:
        query = query.where(Indicator.id != except_id)
    return session.execute(query).first() is not None


def add_indicator(db: Database, actor: Actor, project_id: uuid.UUID, data: IndicatorInput) -> uuid.UUID:
    auth.require(actor, EDITORS)
    scope = _check_indicator(data)
    code = data.code.strip()
    with UnitOfWork(db, actor) as uow:
        _check_activities(uow.session, scope)
        p = uow.session.get(Project, project_id)
        if p is None or p.deleted:
            raise NotFound(T("Errors", "No such project."))
        if _code_taken(uow.session, project_id, code, None):
            raise ValidationError("code", T("Errors", "This project already has an indicator with this code."))
        last = uow.session.execute(select(func.max(Indicator.position)).where(
            Indicator.project_id == project_id, Indicator.deleted.is_(False))).scalar_one()
        indicator = Indicator(project_id=project_id, code=code, title=data.title.strip(), target=data.target,
                              rule=data.rule, rule_arg=None, scope=scope.as_json(),
                              position=(last + 1) if last is not None else 0)
        uow.session.add(indicator)
        uow.session.flush()
        uow.audit("indicator.create", "indicators", indicator.id, detail=code)
        return indicator.id


def _live_indicator(uow: UnitOfWork, indicator_id: uuid.UUID) -> Indicator:
    indicator = uow.session.get(Indicator, indicator_id)
    if indicator is None or indicator.deleted:
        raise NotFound(T("Errors", "No such indicator."))
    return indicator


def update_indicator(db: Database, actor: Actor, indicator_id: uuid.UUID, data: IndicatorInput) -> None:
    auth.require(actor, EDITORS)
    scope = _check_indicator(data)
    code = data.code.strip()
    with UnitOfWork(db, actor) as uow:
        _check_activities(uow.session, scope)
        indicator = _live_indicator(uow, indicator_id)
        if _code_taken(uow.session, indicator.project_id, code, indicator.id):
            raise ValidationError("code", T("Errors", "This project already has an indicator with this code."))
        for name, value in (("code", code), ("title", data.title.strip()), ("target", data.target),
                            ("rule", data.rule), ("rule_arg", None), ("scope", scope.as_json())):
            if getattr(indicator, name) != value:
                setattr(indicator, name, value)
        uow.audit("indicator.update", "indicators", indicator.id, detail=code)


def remove_indicator(db: Database, actor: Actor, indicator_id: uuid.UUID) -> None:
    """Tombstone: the indicator leaves the dashboard and the reports; its record stays."""
    auth.require(actor, EDITORS)
    with UnitOfWork(db, actor) as uow:
        indicator = _live_indicator(uow, indicator_id)
        indicator.deleted = True
        uow.audit("indicator.remove", "indicators", indicator.id, detail=indicator.code)


def move_indicator(db: Database, actor: Actor, indicator_id: uuid.UUID, step: int) -> None:
    """Move an indicator up (-1) or down (+1) in its project's order."""
    auth.require(actor, EDITORS)
    with UnitOfWork(db, actor) as uow:
        indicator = _live_indicator(uow, indicator_id)
        siblings = _indicators_of(uow.session, indicator.project_id)
        index = next(i for i, s in enumerate(siblings) if s.id == indicator.id)
        target = max(0, min(len(siblings) - 1, index + step))
        if target == index:
            return
        siblings.insert(target, siblings.pop(index))
        for position, s in enumerate(siblings):
            if s.position != position:
                s.position = position
        uow.audit("indicator.move", "indicators", indicator.id, detail=indicator.code)
