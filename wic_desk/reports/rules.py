"""Each counting rule defined once: its code, label, argument, unit, how it counts and how it
lists the records behind its figure (``CountingRule``, ``RULES``).

The dashboard (``services.reports``), the records behind a figure (``services.drilldown``) and the
indicator editor (``services.projects``) all take the rules from here, so a figure and its records
cannot drift apart:
- the person rules list one row per human (a merged record with its final one: ``counting``), with
  the first date in the period, what they received and how many times, so the number of rows is
  the figure;
- ``activities_held`` lists one row per activity held, ``sessions_held`` and ``hours_held`` one per
  session held (the hours add up to the ``hours_held`` figure), ``consultations`` one per
  consultation, ``services`` one per visit (its reasons that count: ``times``) and consultation;
- ``unique_persons_completed`` lists the humans who completed an activity that ended in the
  period (``counting.completions``: the completion rule of ``domain.completion``).
Every rule is limited by a scope (``counting.Scope``: chosen activities, a tag, activity kinds,
visit reasons, consultation kinds), the one place it reads its limits from; a rule reads only the
parts it uses (``CountingRule.limits``), in its figure and its records alike.
A person restricted after withdrawing consent (``wic_desk.domain.restriction``) is counted, never
named: their row is nameless (``DrillRow.restricted``).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from wic_desk.domain import restriction
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.reports.counting import (
    ACTIVITY_LIMITS,
    HELD_SESSIONS,
    SERVICE_LIMITS,
    PersonTally,
    Scope,
    as_scope,
    completions,
    consultations_held,
    final_ids,
    final_of,
    hours_held,
    period_params,
    person_tallies,
    raw,
    services_delivered,
    sessions_held,
    unique_persons_attended,
    unique_persons_served,
    unique_persons_stable_employment,
)
from wic_desk.reports.counting import activities_held as count_activities_held

LIMIT = 50_000  # a figure bigger than this is listed in part (``complete`` is False)

# What a drill-down row stands for.
PERSON, ACTIVITY, SESSION, CONSULTATION, SERVICE = "person", "activity", "session", "consultation", "service"


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
    anonymous: bool = False  # a visit without a person (no consent): a service, nobody to name


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
    rows = raw(s).execute(
        f"SELECT p.id, {_PERSON_COLUMNS} FROM persons p WHERE p.id IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(ids)),))
    return {str(r[0]): tuple(r) for r in rows}


def _humans(s, tallies: dict[str, PersonTally], order: tuple[str, ...] | None) -> list[DrillRow]:
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


def _persons_served(s, a, b, scope: Scope) -> list[DrillRow]:
    return _humans(s, person_tallies(s, "unique_persons_served", scope, a, b),
                   ("visit", "consultation", "attendance"))


def _persons_employed(s, a, b, scope: Scope) -> list[DrillRow]:
    return _humans(s, person_tallies(s, "unique_persons_stable_employment", scope, a, b), None)


def _held_clause(scope: Scope) -> tuple[str, dict]:
    return scope.activity_clause("h.kind", "h.tag", "h.activity_id")


def _activities(s, a, b, scope: Scope) -> list[DrillRow]:
    clause, params = _held_clause(scope)
    rows = s.execute(text(f"""
        SELECT h.activity_id, MIN(h.held_on), act.title, h.kind, COUNT(*), SUM(h.hours)
          FROM ({HELD_SESSIONS}) h JOIN activities act ON act.id = h.activity_id
         WHERE {clause} GROUP BY h.activity_id ORDER BY MIN(h.held_on), act.title, h.kind, h.activity_id LIMIT {LIMIT}"""),
        period_params(a, b) | params).all()
    return [DrillRow(_uuid(r[0]), _date(r[1]), r[2], (r[3],), int(r[4]), float(r[5] or 0),
                     activity_id=_uuid(r[0]), title=r[2]) for r in rows]


def _sessions(s, a, b, scope: Scope) -> list[DrillRow]:
    clause, params = _held_clause(scope)
    rows = s.execute(text(f"""
        SELECT h.id, h.held_on, act.title, h.kind, h.hours, h.activity_id
          FROM ({HELD_SESSIONS}) h JOIN activities act ON act.id = h.activity_id
         WHERE {clause} ORDER BY h.held_on, act.title, h.hours, h.id LIMIT {LIMIT}"""),
        period_params(a, b) | params).all()
    # ``times`` of a session: the persons (humans: a merged record with its final one) present at it.
    finals = final_ids(s)
    present: dict[str, set[str]] = {}
    for session_id, person_id in s.execute(text(f"""
            SELECT DISTINCT h.id, att.person_id FROM ({HELD_SESSIONS}) h
              JOIN attendance att ON att.session_id = h.id
             WHERE att.deleted = 0 AND att.status = 'present' AND {clause}"""), period_params(a, b) | params):
        present.setdefault(str(session_id), set()).add(final_of(finals, person_id))
    return [DrillRow(_uuid(r[0]), _date(r[1]), r[2], (r[3],), len(present.get(str(r[0]), ())), float(r[4] or 0),
                     activity_id=_uuid(r[5]), title=r[2]) for r in rows]


def _persons_attended(s, a, b, scope: Scope) -> list[DrillRow]:
    return _humans(s, person_tallies(s, "unique_persons_attended", scope, a, b), None)


def _persons_completed(s, a, b, scope: Scope) -> list[DrillRow]:
    return _humans(s, completions(s, a, b, scope), None)


def _named(s, rows, person_column: int) -> dict[str, tuple[str, dict]]:
    """For rows with a person id in ``person_column``: {person id: (final id, name and restriction)},
    named by the final record, restricted when either record is."""
    finals = final_ids(s)
    ids = {str(r[person_column]) for r in rows if r[person_column] is not None}
    people = _people(s, ids | {final_of(finals, i) for i in ids})
    out = {}
    for person_id in ids:
        final = final_of(finals, person_id)
        row = people.get(final) or (final, None, None, None, None, None)
        person = _person(row, 1, final)
        if not person.get("restricted") and person_id in people and restriction.is_restricted(*people[person_id][4:6]):
            person = {"name": "", "person_id": None, "restricted": True}
        out[person_id] = (row, person)
    return out


def _consultations(s, a, b, scope: Scope) -> list[DrillRow]:
    clause, params = scope.consultation_clause("c.kind")
    rows = s.execute(text(f"""
        SELECT c.id, c.held_on, c.kind, c.minutes, c.person_id FROM consultations c
         WHERE c.deleted = 0 AND c.held_on BETWEEN :a AND :b AND {clause}"""),
        period_params(a, b) | params).all()
    # named by the person's final record (a merged record's consultation is theirs)
    named = _named(s, rows, 4)
    out = []
    for r in rows:
        row, person = named[str(r[4])]
        out.append(((str(r[1]), row[2] or "", row[1] or "", str(r[2]), str(r[0])),
                    DrillRow(_uuid(r[0]), _date(r[1]), kinds=(r[2],), times=1,
                             hours=None if r[3] is None else r[3] / 60, **person)))
    out.sort(key=lambda pair: pair[0])
    return [r for _, r in out[:LIMIT]]


def _services(s, a, b, scope: Scope) -> list[DrillRow]:
    """One row per visit with a reason that counts (``times``: how many of its reasons count; an
    anonymous visit is nameless) and per consultation, in date order."""
    visit, visit_params = scope.visit_clause("v.reasons")
    rows = s.execute(text(f"""
        SELECT v.id, v.visit_date, v.reasons, v.person_id FROM visits v
         WHERE v.deleted = 0 AND v.visit_date BETWEEN :a AND :b AND {visit}
         ORDER BY v.visit_date, v.id LIMIT {LIMIT}"""), period_params(a, b) | visit_params).all()
    named = _named(s, rows, 3)
    out = []
    for r in rows:
        reasons = scope.reasons_counted(r[2])
        if not reasons:
            continue
        if r[3] is None:
            row, person = ("", None, None), {"name": "", "person_id": None, "anonymous": True}
        else:
            row, person = named[str(r[3])]
        out.append(((str(r[1])[:10], row[2] or "", row[1] or "", "visit", str(r[0])),
                    DrillRow(_uuid(r[0]), _date(r[1]), kinds=tuple(reasons), times=len(reasons), **person)))
    for c in _consultations(s, a, b, scope):
        out.append(((str(c.on), "", "", "consultation", str(c.record_id)), c))
    out.sort(key=lambda pair: pair[0])
    return [r for _, r in out[:LIMIT]]


# What a rule's argument (before scopes: ``Indicator.rule_arg``) lists: activity kinds,
# consultation kinds, or nothing.
ARG_ACTIVITY_KINDS = "activity_kinds"
ARG_CONSULTATION_KINDS = "consultation_kinds"
ARG_NONE = "none"

Counter_ = Callable[[Session, dt.date, dt.date, Scope], float]
Lister = Callable[[Session, dt.date, dt.date, Scope], list[DrillRow]]
NO_LIMITS: frozenset[str] = frozenset()


@dataclass(frozen=True)
class CountingRule:
    """One counting rule: ``count(s, a, b, scope)`` is its figure over a period, ``records(s, a, b,
    scope)`` the records behind it (``unit``: PERSON, ACTIVITY, SESSION, CONSULTATION or SERVICE
    rows). Both read the same parts of the scope (``limits``: the others are dropped), so a figure
    and its records cannot differ. A scope may be given as before scopes, as the rule argument
    (comma-separated kinds, ``argument`` says which)."""

    code: str
    label: str  # English source text, context "Rules"
    argument: str  # ARG_ACTIVITY_KINDS, ARG_CONSULTATION_KINDS or ARG_NONE
    measure: str  # what the figure counts: persons, activities, sessions, hours, consultations, services
    unit: str  # what a record behind the figure stands for
    limits: frozenset[str]  # the parts of a scope the rule reads (counting.SCOPE_KEYS)
    counter: Counter_
    lister: Lister

    def scope_of(self, scope: Scope | str | None) -> Scope:
        """The scope as this rule reads it: only its ``limits``."""
        kinds_key = None if self.argument == ARG_NONE else self.argument
        return as_scope(scope, kinds_key).only(self.limits)

    def count(self, s: Session, a: dt.date, b: dt.date, scope: Scope | str | None = None) -> float:
        return self.counter(s, a, b, self.scope_of(scope))

    def records(self, s: Session, a: dt.date, b: dt.date, scope: Scope | str | None = None) -> list[DrillRow]:
        return self.lister(s, a, b, self.scope_of(scope))

    def total(self, rows) -> float:
        """The figure as its records give it: their number, for hours the sum of their hours, for
        services the sum of their ``times``."""
        if self.measure == "hours":
            return float(sum(r.hours or 0 for r in rows))
        if self.measure == "services":
            return sum(r.times for r in rows)
        return len(rows)


RULES: dict[str, CountingRule] = {r.code: r for r in (
    CountingRule("unique_persons_served", T("Rules", "Unique persons served (visit, consultation or attendance)"),
                 ARG_NONE, "persons", PERSON, SERVICE_LIMITS,
                 lambda s, a, b, scope: unique_persons_served(s, a, b, scope), _persons_served),
    CountingRule("unique_persons_stable_employment", T("Rules", "Unique persons with stable employment"),
                 ARG_NONE, "persons", PERSON, NO_LIMITS,
                 lambda s, a, b, scope: unique_persons_stable_employment(s, a, b), _persons_employed),
    CountingRule("activities_held", T("Rules", "Activities held (at least one participant present)"),
                 ARG_ACTIVITY_KINDS, "activities", ACTIVITY, ACTIVITY_LIMITS, count_activities_held, _activities),
    CountingRule("sessions_held", T("Rules", "Sessions held (meetings with someone present)"),
                 ARG_ACTIVITY_KINDS, "sessions", SESSION, ACTIVITY_LIMITS, sessions_held, _sessions),
    CountingRule("hours_held", T("Rules", "Hours of sessions held"), ARG_ACTIVITY_KINDS, "hours", SESSION,
                 ACTIVITY_LIMITS, hours_held, _sessions),
    CountingRule("unique_persons_attended", T("Rules", "Unique persons who attended"), ARG_ACTIVITY_KINDS,
                 "persons", PERSON, ACTIVITY_LIMITS, unique_persons_attended, _persons_attended),
    CountingRule("unique_persons_completed",
                 T("Rules", "Participants who completed (present at the activity's completion share of sessions)"),
                 ARG_ACTIVITY_KINDS, "persons", PERSON, ACTIVITY_LIMITS,
                 lambda s, a, b, scope: len(completions(s, a, b, scope)), _persons_completed),
    CountingRule("consultations", T("Rules", "Consultations held"), ARG_CONSULTATION_KINDS, "consultations",
                 CONSULTATION, frozenset({"consultation_kinds"}), consultations_held, _consultations),
    CountingRule("services", T("Rules", "Services delivered (each visit reason and each consultation)"),
                 ARG_NONE, "services", SERVICE, SERVICE_LIMITS, services_delivered, _services),
)}


def count(s: Session, rule: str, scope: Scope | str | None, a: dt.date, b: dt.date) -> float:
    """A rule's figure over a period, limited by a scope (or, as before scopes, a rule argument)."""
    return RULES[rule].count(s, a, b, scope)


def indicator_scope(rule: str, scope: dict | None, rule_arg: str | None) -> Scope:
    """The scope an indicator counts with: its stored ``scope`` and, for data written before
    scopes, its ``rule_arg`` kinds; ``counting.ScopeError`` for a stored scope that is not one."""
    info = RULES.get(rule)
    kinds_key = None if info is None or info.argument == ARG_NONE else info.argument
    parsed = Scope.of(scope, rule_arg, kinds_key)
    return parsed if info is None else parsed.only(info.limits)
