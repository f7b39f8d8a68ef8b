"""The records behind a figure, so that every number on the dashboard can be checked.

For an indicator of the current project (or any counting rule) and a period, ``records`` lists
what the figure counts, with the same SQL conditions as ``wic_desk.reports.counting``:
- the person rules list one row per person (id, name, the first date in the period, what they
  received and how many times), so the number of rows is the figure;
- ``activities_held`` lists one row per activity held, ``sessions_held`` and ``hours_held`` one per
  session held (the hours add up to the ``hours_held`` figure), ``consultations`` one per
  consultation.
Inside the app coordinators may see names, but for a person restricted after withdrawing consent
(``wic_desk.domain.restriction``): their row counts, nameless (``DrillRow.restricted``). The audit
entry ("report.drilldown") names only the indicator and the period.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select, text

from wic_desk.domain import restriction
from wic_desk.domain.enums import Role
from wic_desk.domain.errors import NotFound, ValidationError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.reports import counting
from wic_desk.services import auth
from wic_desk.services.context import Actor, Database
from wic_desk.services.reports import current_project
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import Indicator

READERS = frozenset({Role.COORDINATOR, Role.ADMIN})
LIMIT = 50_000  # a figure bigger than this is listed in part (``complete`` is False)

# What a drill-down row stands for.
PERSON, ACTIVITY, SESSION, CONSULTATION = "person", "activity", "session", "consultation"


@dataclass(frozen=True)
class DrillRow:
    """One record behind a figure.

    ``record_id`` is the person's, activity's, session's or consultation's id (see ``Drilldown.unit``);
    ``kinds`` are codes: for persons the sources of their services ("visit", "consultation",
    "attendance") or contract kinds, else the activity or consultation kind; ``times`` is how many
    services, sessions or jobs the row stands for; ``hours`` the hours of a session or activity."""

    record_id: uuid.UUID
    on: dt.date | None
    name: str
    kinds: tuple[str, ...] = ()
    times: int = 1
    hours: float | None = None
    person_id: uuid.UUID | None = None
    activity_id: uuid.UUID | None = None
    title: str | None = None  # the activity's title, where a row is about one
    # the person withdrew consent and is kept for the figures only (domain.restriction): counted,
    # never named (``name`` is empty, ``person_id`` None: their page is not opened from here)
    restricted: bool = False


@dataclass(frozen=True)
class Drilldown:
    code: str
    title: str
    rule: str
    rule_arg: str | None
    date_from: dt.date
    date_to: dt.date
    unit: str  # PERSON, ACTIVITY, SESSION or CONSULTATION
    figure: float  # what the counting rule gives: the rows' count, or for hours their sum
    rows: tuple[DrillRow, ...]
    complete: bool = True

    @property
    def total(self) -> float:
        """The figure as the rows give it: their number, or the sum of their hours."""
        if self.rule == "hours_held":
            return float(sum(r.hours or 0 for r in self.rows))
        return len(self.rows)


def _uuid(value) -> uuid.UUID | None:
    if value is None:
        return None
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _name(given, family, native) -> str:
    latin = f"{given or ''} {family or ''}".strip()
    if native and native != latin:
        return f"{latin} ({native})" if latin else native
    return latin


_PERSON_COLUMNS = "p.given_name, p.family_name, p.native_name, p.consent_withdrawn_on, p.anonymised"


def _person(row, first: int, person_id) -> dict:
    """A person row's name, id and restriction from ``_PERSON_COLUMNS`` starting at ``first``:
    a restricted person is counted but not named."""
    given, family, native, withdrawn, anonymised = row[first:first + 5]
    if restriction.is_restricted(withdrawn, anonymised):
        return {"name": "", "person_id": None, "restricted": True}
    return {"name": _name(given, family, native), "person_id": _uuid(person_id)}


def _people(s, ids) -> dict[str, tuple]:
    """The person rows (id, ``_PERSON_COLUMNS``) of some ids, by id as raw SQL returns it."""
    import json
    rows = counting.raw(s).execute(
        f"SELECT p.id, {_PERSON_COLUMNS} FROM persons p WHERE p.id IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(ids)),))
    return {str(r[0]): tuple(r) for r in rows}


def _humans(s, tallies: dict[str, counting.PersonTally], order: tuple[str, ...] | None) -> list[DrillRow]:
    """One row per human, named by their final record; restricted if any of their records is."""
    people = _people(s, set(tallies) | {r for t in tallies.values() for r in t.records})
    rows = []
    for final, t in tallies.items():
        row = people.get(final) or (final, None, None, None, None, None)
        person = _person(row, 1, final)
        if not person.get("restricted") and any(
                restriction.is_restricted(*people[r][4:6]) for r in t.records if r in people):
            person = {"name": "", "person_id": None, "restricted": True}
        kinds = tuple(k for k in order if k in t.kinds) if order else tuple(sorted(t.kinds))
        rows.append(((t.first, row[2] or "", row[1] or "", final),
                     DrillRow(_uuid(final), _date(t.first), kinds=kinds, times=t.times, **person)))
    rows.sort(key=lambda pair: pair[0])
    return [r for _, r in rows[:LIMIT]]


def _persons_served(s, a, b, _arg) -> list[DrillRow]:
    return _humans(s, counting.person_tallies(s, "unique_persons_served", None, a, b),
                   ("visit", "consultation", "attendance"))


def _persons_employed(s, a, b, _arg) -> list[DrillRow]:
    return _humans(s, counting.person_tallies(s, "unique_persons_stable_employment", None, a, b), None)


def _activities(s, a, b, arg) -> list[DrillRow]:
    clause, params = counting.in_clause("h.kind", counting.kinds_of(arg), "k")
    rows = s.execute(text(f"""
        SELECT h.activity_id, MIN(h.held_on), act.title, h.kind, COUNT(*), SUM(h.hours)
          FROM ({counting.HELD_SESSIONS}) h JOIN activities act ON act.id = h.activity_id
         WHERE {clause} GROUP BY h.activity_id ORDER BY MIN(h.held_on), act.title, h.kind, h.activity_id LIMIT {LIMIT}"""),
        counting.period_params(a, b) | params).all()
    return [DrillRow(_uuid(r[0]), _date(r[1]), r[2], (r[3],), int(r[4]), float(r[5] or 0),
                     activity_id=_uuid(r[0]), title=r[2]) for r in rows]


def _sessions(s, a, b, arg) -> list[DrillRow]:
    clause, params = counting.in_clause("h.kind", counting.kinds_of(arg), "k")
    rows = s.execute(text(f"""
        SELECT h.id, h.held_on, act.title, h.kind, h.hours, h.activity_id
          FROM ({counting.HELD_SESSIONS}) h JOIN activities act ON act.id = h.activity_id
         WHERE {clause} ORDER BY h.held_on, act.title, h.hours, h.id LIMIT {LIMIT}"""),
        counting.period_params(a, b) | params).all()
    # ``times`` of a session: the persons (humans: a merged record with its final one) present at it.
    finals = counting.final_ids(s)
    present: dict[str, set[str]] = {}
    for session_id, person_id in s.execute(text(f"""
            SELECT DISTINCT h.id, att.person_id FROM ({counting.HELD_SESSIONS}) h
              JOIN attendance att ON att.session_id = h.id
             WHERE att.deleted = 0 AND att.status = 'present' AND {clause}"""), counting.period_params(a, b) | params):
        present.setdefault(str(session_id), set()).add(counting.final_of(finals, person_id))
    return [DrillRow(_uuid(r[0]), _date(r[1]), r[2], (r[3],), len(present.get(str(r[0]), ())), float(r[4] or 0),
                     activity_id=_uuid(r[5]), title=r[2]) for r in rows]


def _persons_attended(s, a, b, arg) -> list[DrillRow]:
    return _humans(s, counting.person_tallies(s, "unique_persons_attended", arg, a, b), None)


def _consultations(s, a, b, arg) -> list[DrillRow]:
    clause, params = counting.in_clause("c.kind", counting.kinds_of(arg), "k")
    rows = s.execute(text(f"""
        SELECT c.id, c.held_on, c.kind, c.minutes, c.person_id FROM consultations c
         WHERE c.deleted = 0 AND c.held_on BETWEEN :a AND :b AND {clause}"""),
        counting.period_params(a, b) | params).all()
    # named by the person's final record (a merged record's consultation is theirs)
    finals = counting.final_ids(s)
    people = _people(s, {str(r[4]) for r in rows} | {counting.final_of(finals, r[4]) for r in rows})
    out = []
    for r in rows:
        final = counting.final_of(finals, r[4])
        row = people.get(final) or (final, None, None, None, None, None)
        person = _person(row, 1, final)
        if not person.get("restricted") and str(r[4]) in people and restriction.is_restricted(*people[str(r[4])][4:6]):
            person = {"name": "", "person_id": None, "restricted": True}
        out.append(((str(r[1]), row[2] or "", row[1] or "", str(r[2]), str(r[0])),
                    DrillRow(_uuid(r[0]), _date(r[1]), kinds=(r[2],), times=1,
                             hours=None if r[3] is None else r[3] / 60, **person)))
    out.sort(key=lambda pair: pair[0])
    return [r for _, r in out[:LIMIT]]


_LISTERS = {
    "unique_persons_served": (PERSON, _persons_served),
    "unique_persons_stable_employment": (PERSON, _persons_employed),
    "activities_held": (ACTIVITY, _activities),
    "sessions_held": (SESSION, _sessions),
    "hours_held": (SESSION, _sessions),
    "unique_persons_attended": (PERSON, _persons_attended),
    "consultations": (CONSULTATION, _consultations),
}
assert set(_LISTERS) == set(counting.RULES), "every counting rule needs its drill-down"


def _check_period(date_from: dt.date, date_to: dt.date) -> None:
    if date_to < date_from:
        raise ValidationError("to", T("Errors", "The end of the period is before its start."))


def rule_records(db: Database, actor: Actor, rule: str, rule_arg: str | None, date_from: dt.date,
                 date_to: dt.date, code: str | None = None, title: str = "") -> Drilldown:
    """The records behind one counting rule over a period (audited)."""
    auth.require(actor, READERS)
    _check_period(date_from, date_to)
    if rule not in _LISTERS:
        raise NotFound(T("Errors", "Unknown counting rule."))
    unit, lister = _LISTERS[rule]
    with db.read() as s:
        rows = lister(s, date_from, date_to, rule_arg)
        figure = counting.count(s, rule, rule_arg, date_from, date_to)
    with UnitOfWork(db, actor) as uow:
        uow.audit("report.drilldown", detail=f"{code or rule} {date_from.isoformat()}..{date_to.isoformat()}")
    return Drilldown(code or rule, title, rule, rule_arg, date_from, date_to, unit, figure, tuple(rows),
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
        rule, arg, title = indicator.rule, indicator.rule_arg, indicator.title
    return rule_records(db, actor, rule, arg, date_from or project.period_start, date_to or project.period_end,
                        code=code, title=title)
