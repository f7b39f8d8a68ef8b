"""Counting what the donor asks for, in plain SQL that anyone can check.

Humanitarian counting norms:
- a person is counted once however many services they received (unique persons);
- unique persons, services delivered and new-versus-returning are separate figures, never added;
- only people actually served count (a visit, a consultation, or presence at a session), not those
  merely registered or enrolled;
- a person's age group is taken at their first service in the period, never at today's date;
- a person is one human, however many records they were registered under: a record merged into
  another (``persons.merged_into``, followed along a chain to the final record) counts with it in
  every figure of every period, with the final record's sex, birth date, citizenship and
  disability, and its services count as that person's (its first service may make them
  "returning"). A merge made later thus changes past periods' figures too: a report once sent is
  kept as it was sent, not recomputed. A chain that runs into a cycle (two desks merged the same
  pair both ways, not yet settled) leaves its records as they are;
- anonymisation keeps sex, birth year and citizenship: it changes no figure;
- only what happened counts: a cancelled (or deleted) activity's sessions count nowhere, not as a
  service, a first service, a held session or an hour (``SESSION_WHERE``, ``ATTENDED_WHERE``);
- the same data give the same figures and the same order on every desk: every order and tie is
  decided by the data (count, then code), never by the order records were stored in.
The counting rules an indicator may use (label, unit, figure, records behind it) are defined once,
in ``wic_desk.reports.rules``, on the record definitions of this module.
Anonymous visits (no consent, no record) count as services and, since they cannot be told apart,
each as one person in the "anonymous" line; they are never added to the unique persons.
The donor's disaggregated tables (persons by age group and sex, by citizenship, disability,
residence status and new/returning by sex; services and unique persons per kind, sex and age
group; what is unknown) all come from one tally of the period, ``tally_period``: the visits are
grouped by person record in SQL as read from an index in person order (no sort) and what each
person's visits were is tallied by C code (joined reason lists, ``Counter``, substring search),
never by a Python statement per visit. The dashboard's visit figures come from the tallies the
database keeps by triggers (migration 0015: ``visit_reason_lists``, ``visit_persons_by_month``).
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import uuid
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import repeat
from operator import contains, itemgetter
from typing import NamedTuple

from sqlalchemy import text
from sqlalchemy.orm import Session

from wic_desk.store.base import driver_connection

# A session that happened: its activity neither cancelled nor deleted. Presence at a session that
# happened is the one definition of an attendance that counts (first service, new or returning,
# persons served and attended, held sessions and their hours): a cancelled activity's sessions did
# not happen, whoever was marked present.
# a session that took place: neither it nor its activity cancelled (services.activities.cancel_*)
SESSION_WHERE = "s.deleted = 0 AND s.cancelled = 0 AND act.deleted = 0 AND act.cancelled = 0"
ATTENDED = """attendance att JOIN activity_sessions s ON s.id = att.session_id
      JOIN activities act ON act.id = s.activity_id"""
ATTENDED_WHERE = f"att.deleted = 0 AND att.status = 'present' AND {SESSION_WHERE}"

# Each kind of service a person receives, as (person_id, d: its day, src: its kind) in the period.
_SERVED_BY = {
    "visit": """SELECT person_id, visit_date AS d, 'visit' AS src FROM visits
                 WHERE deleted = 0 AND person_id IS NOT NULL AND visit_date BETWEEN :a AND :b""",
    "consultation": """SELECT person_id, held_on AS d, 'consultation' AS src FROM consultations
                        WHERE deleted = 0 AND held_on BETWEEN :a AND :b""",
    "attendance": f"""SELECT att.person_id, s.held_on AS d, 'attendance' AS src FROM {ATTENDED}
                       WHERE {ATTENDED_WHERE} AND s.held_on BETWEEN :a AND :b""",
}


def _services_cte(*kinds: str) -> str:
    return "\nWITH services AS (\n" + "\nUNION ALL\n".join(_SERVED_BY[k] for k in kinds) + "\n)\n"


SERVICES_CTE = _services_cte("visit", "consultation", "attendance")
# The services but desk visits (which the chart counts from their tally)
OTHER_SERVICES_CTE = _services_cte("consultation", "attendance")

# A session is "held" when it happened and at least one participant was marked present at it.
HELD_SESSIONS = f"""
SELECT s.id, s.activity_id, s.held_on, s.hours, act.kind, act.tag FROM activity_sessions s
  JOIN activities act ON act.id = s.activity_id
 WHERE {SESSION_WHERE} AND s.held_on BETWEEN :a AND :b
   AND EXISTS (SELECT 1 FROM attendance att WHERE att.session_id = s.id AND att.deleted = 0
                AND att.status = 'present')
"""


def period_params(a: dt.date, b: dt.date) -> dict[str, str]:
    """Dates bound as ISO text, the form SQLite stores them in."""
    return {"a": a.isoformat(), "b": b.isoformat()}


def kinds_of(arg: str | None) -> list[str]:
    return [k.strip() for k in (arg or "").split(",") if k.strip()]


def in_clause(column: str, values: list[str], prefix: str) -> tuple[str, dict]:
    if not values:
        return "1 = 1", {}
    names = {f"{prefix}{i}": v for i, v in enumerate(values)}
    return f"{column} IN ({', '.join(':' + n for n in names)})", names


# -- what an indicator is limited to ---------------------------------------------------------------

SCOPE_KEYS = ("activities", "tag", "activity_kinds", "consultation_kinds", "visit_reasons")
# what a scope limits: the activities (by id, tag or kind) or the services (visit reasons, consultation kinds)
ACTIVITY_LIMITS = frozenset({"activities", "tag", "activity_kinds"})
SERVICE_LIMITS = frozenset({"visit_reasons", "consultation_kinds"})


class ScopeError(ValueError):
    """A stored or given scope that is not one (unknown key, wrong type): ``key`` names the part."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key


def _codes(key: str, value) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str) or not all(isinstance(v, str) for v in value):
        raise ScopeError(key, f"{key}: a list of codes")
    return tuple(dict.fromkeys(v.strip() for v in value if v.strip()))


@dataclass(frozen=True)
class Scope:
    """What an indicator counts, limited (every part optional; empty: no limit):
    ``activities`` (ids, as ``str(uuid)``), ``tag`` (the event an activity belongs to,
    ``activities.tag``), ``activity_kinds``, and the services: ``visit_reasons`` and
    ``consultation_kinds``. The activity limits all apply together (an activity counts when it is
    one of those chosen, has the tag and is of one of the kinds). The service limits pick services:
    when either is given, only the visits with one of those reasons and the consultations of one of
    those kinds are services (no attendance); neither given: every service.
    Stored as ``Indicator.scope`` (``as_json``); each rule reads only the parts it uses
    (``CountingRule.limits``)."""

    activities: tuple[str, ...] = ()
    tag: str | None = None
    activity_kinds: tuple[str, ...] = ()
    consultation_kinds: tuple[str, ...] = ()
    visit_reasons: tuple[str, ...] = ()

    @classmethod
    def parse(cls, data: dict | None) -> Scope:
        """A scope from its stored form; ScopeError for anything that is not one."""
        if not data:
            return cls()
        if not isinstance(data, dict):
            raise ScopeError("scope", "a scope is a mapping")
        unknown = sorted(set(data) - set(SCOPE_KEYS))
        if unknown:
            raise ScopeError(unknown[0], f"unknown scope key: {unknown[0]}")
        activities = []
        for value in _codes("activities", data.get("activities")):
            try:
                activities.append(str(uuid.UUID(value)))
            except ValueError:
                raise ScopeError("activities", "activities: ids") from None
        tag = data.get("tag")
        if tag is not None and not isinstance(tag, str):
            raise ScopeError("tag", "tag: a text")
        return cls(tuple(dict.fromkeys(activities)), (tag or "").strip() or None,
                   _codes("activity_kinds", data.get("activity_kinds")),
                   _codes("consultation_kinds", data.get("consultation_kinds")),
                   _codes("visit_reasons", data.get("visit_reasons")))

    @classmethod
    def of(cls, scope: dict | None, rule_arg: str | None = None, kinds_key: str | None = None) -> Scope:
        """An indicator's scope: its stored ``scope`` and, for data written before scopes, the
        comma-separated kinds of ``rule_arg`` as ``kinds_key`` ("activity_kinds" or
        "consultation_kinds") where the scope names none."""
        parsed = cls.parse(scope)
        kinds = tuple(kinds_of(rule_arg))
        if kinds and kinds_key in ("activity_kinds", "consultation_kinds") and not getattr(parsed, kinds_key):
            parsed = replace(parsed, **{kinds_key: kinds})
        return parsed

    def only(self, keys: frozenset[str] | set[str]) -> Scope:
        """The parts of the scope a rule uses (the others dropped)."""
        return Scope(**{k: getattr(self, k) for k in SCOPE_KEYS if k in keys})

    def as_json(self) -> dict | None:
        """The stored form: only the parts given; None for no limit."""
        out = {k: list(v) if isinstance(v, tuple) else v for k in SCOPE_KEYS if (v := getattr(self, k))}
        return out or None

    @property
    def limits_services(self) -> bool:
        return bool(self.visit_reasons or self.consultation_kinds)

    def activity_clause(self, kind: str, tag: str, activity_id: str) -> tuple[str, dict]:
        """SQL limiting activities to the scope, on the given columns (kind, tag, id)."""
        parts, params = [], {}
        for clause, p in (in_clause(kind, list(self.activity_kinds), "sk"),
                          in_clause(activity_id, [uuid.UUID(i).hex for i in self.activities], "sa")):
            parts.append(clause)
            params |= p
        if self.tag:
            parts.append(f"{tag} = :stag")
            params["stag"] = self.tag
        return " AND ".join(parts), params

    def consultation_clause(self, kind: str) -> tuple[str, dict]:
        """SQL limiting consultations to the scope's services (none when only visit reasons are given)."""
        if self.visit_reasons and not self.consultation_kinds:
            return "1 = 0", {}
        return in_clause(kind, list(self.consultation_kinds), "sc")

    def visit_clause(self, reasons: str) -> tuple[str, dict]:
        """SQL limiting visits to those with one of the scope's reasons (none when only
        consultation kinds are given); ``reasons`` is the visits' JSON list column."""
        if self.consultation_kinds and not self.visit_reasons:
            return "1 = 0", {}
        if not self.visit_reasons:
            return "1 = 1", {}
        clause, params = in_clause("j.value", list(self.visit_reasons), "sr")
        return f"EXISTS (SELECT 1 FROM json_each({reasons}) j WHERE {clause})", params

    def reasons_counted(self, reasons) -> list[str]:
        """The reasons of one visit that count as services under the scope."""
        # as the tally reads them: a reason once per visit, a list that is not one as no reason
        codes = _reason_codes(reasons) if isinstance(reasons, str) else [str(c) for c in dict.fromkeys(reasons or [])]
        if self.consultation_kinds and not self.visit_reasons:
            return []
        if self.visit_reasons:
            return [c for c in codes if c in self.visit_reasons]
        return list(codes)


def as_scope(scope: Scope | str | None, kinds_key: str | None = None) -> Scope:
    """A scope as given: a Scope, or (as before scopes) a rule argument of comma-separated kinds."""
    if isinstance(scope, Scope):
        return scope
    return Scope.of(None, scope, kinds_key)


# -- one human, one person ------------------------------------------------------------------------

Finals = dict[str, str]


def final_ids(s: Session) -> Finals:
    """{merged record's id: its final record's id} for every merged record (few of them: the
    partial index ix_persons_merged_into), following chains; a chain that runs into a cycle is left
    out, its records count as they are. Ids as raw SQL returns them (as SQLite stores them)."""
    parent = {str(i): str(m) for i, m in s.execute(text(
        "SELECT id, merged_into FROM persons WHERE merged_into IS NOT NULL"))}
    finals: Finals = {}
    for start in parent:
        seen = {start}
        node: str | None = parent[start]
        while node in parent:
            if node in seen:
                node = None  # a cycle
                break
            seen.add(node)
            node = parent[node]
        if node is not None:
            finals[start] = node
    return finals


def final_of(finals: Finals, person_id) -> str:
    """The final record's id of a person id (itself when not merged), as SQLite stores it."""
    key = person_id.hex if isinstance(person_id, uuid.UUID) else str(person_id)
    return finals.get(key, key)


def raw(s: Session):
    """The driver's own connection (same connection, same snapshot): for many rows it skips
    SQLAlchemy's per-row result processing, which costs more than the query itself."""
    return driver_connection(s)


# What each person rule counts, one row per record: the CTE ``rec(person_id, d, k)``
# (the person, the day, the kind of service, job or activity), limited by the rule's scope.
def _served_records(scope: Scope) -> tuple[str, dict]:
    if not scope.limits_services:
        return SERVICES_CTE + ", rec(person_id, d, k) AS (SELECT person_id, d, src FROM services)", {}
    visit, visit_params = scope.visit_clause("v.reasons")
    consultation, consultation_params = scope.consultation_clause("c.kind")
    return f"""WITH rec(person_id, d, k) AS (
        SELECT v.person_id, v.visit_date, 'visit' FROM visits v
         WHERE v.deleted = 0 AND v.person_id IS NOT NULL AND v.visit_date BETWEEN :a AND :b AND {visit}
        UNION ALL
        SELECT c.person_id, c.held_on, 'consultation' FROM consultations c
         WHERE c.deleted = 0 AND c.held_on BETWEEN :a AND :b AND {consultation})""", \
        visit_params | consultation_params


def _employed_records(scope: Scope) -> tuple[str, dict]:
    return """WITH rec(person_id, d, k) AS (
        SELECT o.person_id, o.start_date, o.contract_kind FROM employment_outcomes o
         WHERE o.deleted = 0 AND o.stable = 1 AND o.start_date BETWEEN :a AND :b)""", {}


def _attended_records(scope: Scope) -> tuple[str, dict]:
    clause, params = scope.activity_clause("act.kind", "act.tag", "act.id")
    return f"""WITH rec(person_id, d, k) AS (
        SELECT att.person_id, s.held_on, act.kind FROM {ATTENDED}
         WHERE {ATTENDED_WHERE} AND s.held_on BETWEEN :a AND :b AND {clause})""", params


PERSON_RECORDS = {
    "unique_persons_served": _served_records,
    "unique_persons_stable_employment": _employed_records,
    "unique_persons_attended": _attended_records,
}


@dataclass
class PersonTally:
    """What a person rule counts of one human: the first day in the period, how many records
    (services, sessions, jobs), their kinds, and the person records they were counted under."""

    first: str
    times: int = 0
    kinds: set[str] = field(default_factory=set)
    records: set[str] = field(default_factory=set)


def persons_counted(s: Session, rule: str, scope: Scope | str | None, a: dt.date, b: dt.date,
                    finals: Finals | None = None) -> set[str]:
    """The humans (final record ids) a person rule counts in the period."""
    finals = final_ids(s) if finals is None else finals
    cte, params = PERSON_RECORDS[rule](as_scope(scope, "activity_kinds"))
    rows = raw(s).execute(cte + " SELECT DISTINCT person_id FROM rec WHERE person_id IS NOT NULL",
                          period_params(a, b) | params)
    return {finals.get(str(r[0]), str(r[0])) for r in rows}


def person_tallies(s: Session, rule: str, scope: Scope | str | None, a: dt.date, b: dt.date,
                   finals: Finals | None = None) -> dict[str, PersonTally]:
    """Per human (final record id), what a person rule counts of them in the period."""
    finals = final_ids(s) if finals is None else finals
    cte, params = PERSON_RECORDS[rule](as_scope(scope, "activity_kinds"))
    rows = raw(s).execute(cte + """ SELECT person_id, MIN(d), COUNT(*), GROUP_CONCAT(DISTINCT k) FROM rec
                                     WHERE person_id IS NOT NULL GROUP BY person_id""", period_params(a, b) | params)
    out: dict[str, PersonTally] = {}
    for person_id, first, n, kinds in rows:
        key = str(person_id)
        final = finals.get(key, key)
        tally = out.get(final)
        if tally is None:
            tally = out[final] = PersonTally(str(first)[:10])
        tally.first = min(tally.first, str(first)[:10])
        tally.times += int(n)
        tally.kinds.update(k for k in str(kinds or "").split(",") if k)
        tally.records.add(key)
    return out


def count_persons(s: Session, rule: str, scope: Scope | str | None, a: dt.date, b: dt.date) -> int:
    """How many humans a person rule counts in the period: SQL's own COUNT(DISTINCT) while no
    record is merged (the usual case, and the fastest), else the merged records mapped in Python."""
    finals = final_ids(s)
    if finals:
        return len(persons_counted(s, rule, scope, a, b, finals))
    cte, params = PERSON_RECORDS[rule](as_scope(scope, "activity_kinds"))
    return raw(s).execute(cte + " SELECT COUNT(DISTINCT person_id) FROM rec", period_params(a, b) | params
                          ).fetchone()[0]


def unique_persons_served(s: Session, a: dt.date, b: dt.date, scope: Scope | None = None) -> int:
    return count_persons(s, "unique_persons_served", scope or Scope(), a, b)


def unique_persons_stable_employment(s: Session, a: dt.date, b: dt.date) -> int:
    return count_persons(s, "unique_persons_stable_employment", None, a, b)


def _held_clause(scope: Scope | str | None) -> tuple[str, dict]:
    return as_scope(scope, "activity_kinds").activity_clause("h.kind", "h.tag", "h.activity_id")


def activities_held(s: Session, a: dt.date, b: dt.date, scope: Scope | str | None) -> int:
    clause, params = _held_clause(scope)
    return s.execute(text(f"SELECT COUNT(DISTINCT h.activity_id) FROM ({HELD_SESSIONS}) h WHERE {clause}"),
                     period_params(a, b) | params).scalar_one()


def sessions_held(s: Session, a: dt.date, b: dt.date, scope: Scope | str | None) -> int:
    clause, params = _held_clause(scope)
    return s.execute(text(f"SELECT COUNT(*) FROM ({HELD_SESSIONS}) h WHERE {clause}"),
                     period_params(a, b) | params).scalar_one()


def hours_held(s: Session, a: dt.date, b: dt.date, scope: Scope | str | None) -> float:
    clause, params = _held_clause(scope)
    value = s.execute(text(f"SELECT COALESCE(SUM(h.hours), 0) FROM ({HELD_SESSIONS}) h WHERE {clause}"),
                      period_params(a, b) | params).scalar_one()
    return float(value)


def unique_persons_attended(s: Session, a: dt.date, b: dt.date, scope: Scope | str | None) -> int:
    return count_persons(s, "unique_persons_attended", scope, a, b)


def consultations_held(s: Session, a: dt.date, b: dt.date, scope: Scope | str | None) -> int:
    clause, params = as_scope(scope, "consultation_kinds").only({"consultation_kinds"}).consultation_clause("kind")
    return s.execute(text(f"SELECT COUNT(*) FROM consultations WHERE deleted = 0 AND held_on BETWEEN :a AND :b "
                          f"AND {clause}"), period_params(a, b) | params).scalar_one()


def kept_tallies(s: Session) -> bool:
    """The visit tallies the database keeps by triggers (migration 0015: SQLite only)."""
    return s.get_bind().dialect.name == "sqlite"


def visit_reason_lists(s: Session, a: dt.date, b: dt.date) -> dict[str, int]:
    """{reason list as stored (an empty one as ``[]``): visits in the period}, from the tally of
    visits per day and list (a few dozen rows a day) or, without it, one pass over the index in
    list order; kept for the session, so that every services indicator of a dashboard reads once."""
    key = _lists_key(a, b)
    cached = s.info.get(key)
    if cached is None:
        period = (a.isoformat(), b.isoformat())
        if kept_tallies(s):
            rows = raw(s).execute("SELECT reasons, SUM(visits) FROM tally_visit_days WHERE day BETWEEN ? AND ? "
                                  "GROUP BY reasons", period)
        else:
            rows = raw(s).execute(
                "SELECT COALESCE(reasons, '[]'), COUNT(*) FROM visits WHERE visit_date BETWEEN ? AND ? "
                "AND deleted = 0 GROUP BY COALESCE(reasons, '[]')", period)
        cached = s.info[key] = {r[0]: int(r[1]) for r in rows}
    return cached


def _month_parts(a: dt.date, b: dt.date) -> tuple[list[tuple[dt.date, dt.date]], tuple[str, str] | None]:
    """The period cut into the parts of months it leaves out of the tally (its first and last
    month when it starts or ends inside them) and the whole months between, as (first, last)."""
    parts, whole = [], []
    day = a
    while day <= b:
        first = day.replace(day=1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        if day == first and last <= b:
            whole.append(first.isoformat()[:7])
        else:
            parts.append((day, min(last, b)))
        day = last + dt.timedelta(days=1)
    return parts, ((whole[0], whole[-1]) if whole else None)


def visit_persons_by_month(s: Session, a: dt.date, b: dt.date, finals: Finals) -> dict[str, int]:
    """{month: unique humans served by desk visits in it (within the period)}: the whole months
    from the tally of visits per month and person record, the months the period cuts from the
    visits; a human with merged records counts once (the records merged are few: only their rows
    are read to correct the count)."""
    cur = raw(s)
    parts, whole = _month_parts(a, b) if kept_tallies(s) else ([(a, b)], None)
    out: dict[str, int] = {}
    for first, last in parts:
        period = (first.isoformat(), last.isoformat())
        if not finals:
            out.update((m, int(n)) for m, n in cur.execute(
                "SELECT substr(visit_date, 1, 7), COUNT(DISTINCT person_id) FROM visits WHERE deleted = 0 "
                "AND person_id IS NOT NULL AND visit_date BETWEEN ? AND ? GROUP BY 1", period))
            continue
        humans: dict[str, set[str]] = {}
        for month, person_id in cur.execute(
                "SELECT DISTINCT substr(visit_date, 1, 7), person_id FROM visits WHERE deleted = 0 "
                "AND person_id IS NOT NULL AND visit_date BETWEEN ? AND ?", period):
            humans.setdefault(month, set()).add(final_of(finals, person_id))
        out.update((m, len(ids)) for m, ids in humans.items())
    if whole is not None:
        counts = dict(cur.execute("SELECT month, COUNT(*) FROM tally_visit_months WHERE month BETWEEN ? AND ? "
                                  "GROUP BY month", whole))
        if finals:  # records of one human in one month counted as one
            merged = json.dumps(sorted(set(finals) | set(finals.values())))
            records: dict[str, list[str]] = {}
            for month, person_id in cur.execute(
                    "SELECT month, person_id FROM tally_visit_months WHERE month BETWEEN ? AND ? "
                    "AND person_id IN (SELECT value FROM json_each(?))", (*whole, merged)):
                records.setdefault(month, []).append(str(person_id))
            for month, ids in records.items():
                counts[month] -= len(ids) - len({finals.get(i, i) for i in ids})
        out.update((m, int(n)) for m, n in counts.items() if n)
    return out


def _lists_key(a: dt.date, b: dt.date) -> tuple:
    return ("visit_reason_lists", a, b)


def services_delivered(s: Session, a: dt.date, b: dt.date, scope: Scope | None) -> int:
    """Services: each reason of a visit (anonymous ones too) and each consultation, as in the
    services by kind; limited by the scope's visit reasons and consultation kinds."""
    scope = scope or Scope()
    total = 0
    if not (scope.consultation_kinds and not scope.visit_reasons):  # else no visit counts
        for reasons, n in visit_reason_lists(s, a, b).items():
            total += n * len(scope.reasons_counted(reasons))
    if scope.visit_reasons and not scope.consultation_kinds:  # no consultation counts
        return total
    kinds = consultation_kinds(s, a, b)
    return total + sum(n for kind, n in kinds.items() if not scope.consultation_kinds or kind in scope.consultation_kinds)


def consultation_kinds(s: Session, a: dt.date, b: dt.date) -> dict[str, int]:
    """{consultation kind: consultations held in the period}, kept for the session like
    ``visit_reason_lists`` (every services indicator reads the consultations once)."""
    key = ("consultation_kinds", a, b)
    cached = s.info.get(key)
    if cached is None:
        cached = s.info[key] = {str(k): int(n) for k, n in raw(s).execute(
            "SELECT kind, COUNT(*) FROM consultations WHERE deleted = 0 AND held_on BETWEEN ? AND ? GROUP BY kind",
            (a.isoformat(), b.isoformat()))}
    return cached


def completions(s: Session, a: dt.date, b: dt.date, scope: Scope | None,
                finals: Finals | None = None) -> dict[str, PersonTally]:
    """Per human (final record id), the activities they completed that ended in the period: an
    activity ends on its last session that took place; a person completed it when present at its
    completion percent of the sessions that took place (``domain.completion``, the rule the
    attendance grid and certificates use), a merged record's presence counted with its final one.
    ``first`` is the end of the first activity completed, ``times`` how many, ``kinds`` theirs."""
    from wic_desk.domain.completion import completed
    finals = final_ids(s) if finals is None else finals
    clause, params = (scope or Scope()).activity_clause("act.kind", "act.tag", "act.id")
    ended = f"""SELECT act.id AS activity_id, act.kind AS kind, act.completion_percent AS percent,
                       COUNT(s.id) AS sessions, MAX(s.held_on) AS last
                  FROM activity_sessions s JOIN activities act ON act.id = s.activity_id
                 WHERE {SESSION_WHERE} AND {clause}
                 GROUP BY act.id HAVING MAX(s.held_on) BETWEEN :a AND :b"""
    bind = period_params(a, b) | params
    cur = raw(s)  # thousands of presences: the driver's rows, without SQLAlchemy's per-row work
    activities = {str(r[0]): (str(r[1]), int(r[2] or 0), int(r[3]), str(r[4])[:10])
                  for r in cur.execute(ended, bind)}
    if not activities:
        return {}
    present: dict[tuple[str, str], set[str]] = {}
    records: dict[tuple[str, str], set[str]] = {}
    for activity_id, person_id, session_id in cur.execute(f"""
            SELECT DISTINCT e.activity_id, att.person_id, s.id FROM {ATTENDED}
              JOIN ({ended}) e ON e.activity_id = act.id
             WHERE {ATTENDED_WHERE}""", bind):
        key = (str(activity_id), final_of(finals, person_id))
        present.setdefault(key, set()).add(str(session_id))
        records.setdefault(key, set()).add(str(person_id))
    out: dict[str, PersonTally] = {}
    for (activity_id, final), sessions in present.items():
        kind, percent, held, last = activities[activity_id]
        if not completed(len(sessions), held, percent):
            continue
        tally = out.get(final)
        if tally is None:
            tally = out[final] = PersonTally(last)
        tally.first = min(tally.first, last)
        tally.times += 1
        tally.kinds.add(kind)
        tally.records.update(records[(activity_id, final)])
    return out


# -- disaggregation -------------------------------------------------------------------------------

SEXES = ("F", "M", "X")  # the sex columns; a stored value other than F or M counts as X (other, not stated)
UNKNOWN_AGE = "unknown"


class ServedPerson(NamedTuple):
    """A human served in the period, with the final record's values (a merged record counts with
    its final one): sex (F, M or X), age group at the first service in the period, citizenship
    ("" unknown), disability (Washington Group: with, without, not_asked), new (no service before
    the period under any of their records) and residence status ("" not recorded). A tuple: there
    are tens of thousands of them."""

    person_id: str
    sex: str
    age_group: str
    citizenship: str
    disability: str
    new: bool
    residence: str = ""


def age_group(birth: dt.date | None, birth_year: int | None, on: dt.date, brackets: list[list[int | None]]) -> str:
    """The bracket ("18-59", "60+") of the age on a date; "unknown" without a birth date or year."""
    if birth is None and birth_year is None:
        return UNKNOWN_AGE
    if birth is None:
        birth = dt.date(birth_year, 7, 1)  # a year only: assume mid-year
    age = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    for low, high in brackets:
        if age >= low and (high is None or age <= high):
            return bracket_label(low, high)
    return UNKNOWN_AGE


def bracket_label(low: int, high: int | None) -> str:
    return f"{low}+" if high is None else f"{low}-{high}"


def age_groups(brackets: list[list[int | None]]) -> list[str]:
    """The age groups in their order, "unknown" last: the rows of every table by age."""
    return [bracket_label(lo, hi) for lo, hi in brackets] + [UNKNOWN_AGE]


class _AgeGroups:
    """The bracket of every age from 0 to 150 (older: as 150), looked up once (``age_group``'s rule)."""

    def __init__(self, brackets: list[list[int | None]]):
        self.by_age = [age_group(None, 2000, dt.date(2000 + age, 7, 2), brackets) for age in range(151)]


# Between the pieces SQL's group_concat joins: a control character, which JSON always escapes and
# no code holds, so a piece is found by its own text.
SEP = "\x1f"


@dataclass
class VisitScan:
    """The period's visits, grouped by person record in SQL as they are read from the index in
    person order (ix_visits_person_day: no sort; anonymous visits come first): per record the first visit day in the period and its visits' reason
    lists as stored, joined by ``SEP`` (the key None: anonymous visits); and the records with a
    visit before the period (they are returning). The few dozen distinct lists are decoded once
    each, not a million times."""

    first_in: dict[str, str]
    lists: dict[str | None, str]
    before: set[str]


def scan_visits(s: Session, a: dt.date, b: dt.date) -> VisitScan:
    cur = raw(s)
    rows = cur.execute(
        "SELECT person_id, MIN(visit_date), group_concat(COALESCE(reasons, '[]'), ?) "
        "FROM visits INDEXED BY ix_visits_person_day WHERE visit_date BETWEEN ? AND ? AND deleted = 0 "
        "GROUP BY person_id", (SEP, a.isoformat(), b.isoformat())).fetchall()
    first_in = dict(map(itemgetter(0, 1), rows))
    first_in.pop(None, None)
    before = {p for (p,) in cur.execute(
        "SELECT DISTINCT person_id FROM visits INDEXED BY ix_visits_day_person "
        "WHERE visit_date < ? AND deleted = 0 AND person_id IS NOT NULL", (a.isoformat(),))}
    return VisitScan(first_in, dict(map(itemgetter(0, 2), rows)), before)


@dataclass(frozen=True)
class KindTally:
    """One kind of service (a visit reason or a consultation kind): its services and unique
    persons, in all and per (sex, age group). Unique persons add up within a kind (a human has one
    sex and one age group in the period), never across kinds (a human served in two ways is one)."""

    source: str  # "visit" or "consultation"
    kind: str
    services: int
    persons: int
    groups: dict = field(default_factory=dict)  # (sex, age group) -> (services, unique persons)
    anonymous: int = 0  # of the services, anonymous visits (no person behind them)


@dataclass
class PeriodTally:
    """Everything the donor's tables count of the period, from one read of each table."""

    persons: list[ServedPerson]
    kinds: list[KindTally]
    visits: int = 0  # visits in the period, anonymous ones included
    anonymous: int = 0
    without_reason: int = 0  # visits in the period with no reason recorded
    reason_lists: dict[str, int] = field(default_factory=dict)  # as ``visit_reason_lists`` gives them


# Consultations and presence at sessions that happened, per person record, in the period (their
# first day; consultations' kinds joined by SEP) and before it (which tells returning persons).
_CONSULTATIONS = """SELECT person_id, MIN(held_on), group_concat(kind, :sep)
                      FROM consultations INDEXED BY ix_consultations_person_day WHERE deleted = 0 AND held_on BETWEEN :a AND :b GROUP BY person_id"""
_ATTENDED_FIRST = f"""SELECT att.person_id, MIN(s.held_on) FROM {ATTENDED}
                       WHERE {ATTENDED_WHERE} AND s.held_on BETWEEN :a AND :b GROUP BY att.person_id"""
_BEFORE = ("SELECT DISTINCT person_id FROM consultations WHERE deleted = 0 AND held_on < :a",
           f"SELECT DISTINCT att.person_id FROM {ATTENDED} WHERE {ATTENDED_WHERE} AND s.held_on < :a")
_MISSING = ("X", UNKNOWN_AGE)  # a service whose person record is gone (never in practice)


def _reason_codes(reasons: str) -> list[str]:
    try:
        codes = json.loads(reasons)
    except ValueError:
        return []
    return [str(c) for c in dict.fromkeys(codes)] if isinstance(codes, list) else []


def _humans_of(per_record: dict, finals: Finals) -> dict:
    """Per human, the pieces of all their records joined (a merged record's with its final one's)."""
    if not finals:
        return per_record
    out: dict = {}
    for key, pieces in per_record.items():
        human = finals.get(key, key) if key is not None else None
        out[human] = pieces if human not in out else out[human] + SEP + pieces
    return out


def _by_group(source: str, pieces_of: dict, group: dict, token) -> tuple[dict, dict, Counter]:
    """Per human the kinds of their services (pieces joined by SEP), tallied by (sex, age group):
    ({(piece, group): services}, {(kind, group): unique persons}, {piece: anonymous services}).
    The work per service is done by C code: one join and split per group, one substring search
    per human and kind."""
    members: dict = {}
    for human, pieces in pieces_of.items():
        if human is not None:
            members.setdefault(group.get(human, _MISSING), []).append(pieces)
    anonymous = Counter(pieces_of[None].split(SEP)) if None in pieces_of else Counter()
    services: dict = {}
    for g, texts in members.items():
        for piece, n in Counter(SEP.join(texts).split(SEP)).items():
            services[piece, g] = n
    kinds = {kind for piece in {p for p, _ in services} | set(anonymous) for kind in _kinds_of(source, piece)}
    persons: dict = {}
    for g, texts in members.items():
        if source == "consultation":
            texts = [SEP + t + SEP for t in texts]
        for kind in kinds:
            n = sum(map(contains, texts, repeat(token(kind))))
            if n:
                persons[kind, g] = n
    return services, persons, anonymous


def _kinds_of(source: str, piece: str) -> list[str]:
    return _reason_codes(piece) if source == "visit" else [piece] if piece else []


def _kind_tallies(source: str, pieces_of: dict, group: dict) -> tuple[list[KindTally], int, Counter]:
    """The kinds of one source with their services and unique persons per group; the services of
    no kind (visits without a reason); and the services per piece (for visits: per reason list)."""
    token = json.dumps if source == "visit" else (lambda kind: SEP + kind + SEP)
    services, persons, anonymous = _by_group(source, pieces_of, group, token)
    per_kind: dict[str, dict] = {}
    anonymous_of: Counter = Counter()
    per_piece: Counter = Counter(anonymous)
    without = 0
    for (piece, g), n in services.items():
        per_piece[piece] += n
        kinds = _kinds_of(source, piece)
        without += 0 if kinds else n
        for kind in kinds:
            cells = per_kind.setdefault(kind, {})
            cells[g] = cells.get(g, 0) + n
    for piece, n in anonymous.items():
        kinds = _kinds_of(source, piece)
        without += 0 if kinds else n
        for kind in kinds:
            anonymous_of[kind] += n
            per_kind.setdefault(kind, {})
    tallies = []
    for kind, cells in per_kind.items():
        groups = {g: (cells.get(g, 0), persons.get((kind, g), 0))
                  for g in cells.keys() | {g for k, g in persons if k == kind}}
        tallies.append(KindTally(source, kind, sum(cells.values()) + anonymous_of[kind],
                                 sum(p for _, p in groups.values()), groups, anonymous_of[kind]))
    return tallies, without, per_piece


@contextmanager
def _bulk():
    """A tally makes and keeps a few hundred thousand small objects that hold no cycles: the cyclic
    garbage collector would walk them again and again for nothing, so it waits until the end."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def tally_period(s: Session, a: dt.date, b: dt.date, brackets: list[list[int | None]],
                 scan: VisitScan | None = None, finals: Finals | None = None) -> PeriodTally:
    """Every human served in the period once (a merged record with its final one), with the final
    record's values, the age group at the first service in the period and whether they are new (no
    service, under any of their records, before the period); and every kind of service (visits by
    reason, consultations by kind) with its services and unique persons per sex and age group."""
    with _bulk():
        return _tally_period(s, a, b, brackets, scan, finals)


def _tally_period(s: Session, a: dt.date, b: dt.date, brackets: list[list[int | None]],
                  scan: VisitScan | None, finals: Finals | None) -> PeriodTally:
    scan = scan or scan_visits(s, a, b)
    finals = final_ids(s) if finals is None else finals
    cur = raw(s)
    params = period_params(a, b)
    if finals:
        first_in: dict[str, str] = {}
        for key, day in scan.first_in.items():
            _earliest(first_in, finals, key, day)
        before = {finals.get(key, key) for key in scan.before}
    else:
        first_in, before = dict(scan.first_in), set(scan.before)
    consultations: dict = {}
    for person_id, first, kinds in cur.execute(_CONSULTATIONS, params | {"sep": SEP}):
        key = str(person_id)
        consultations[key] = kinds
        key, first = finals.get(key, key), str(first)[:10]
        if first < first_in.get(key, "~"):  # "~" sorts after every date
            first_in[key] = first
    for person_id, first in cur.execute(_ATTENDED_FIRST, params):
        _earliest(first_in, finals, person_id, first)
    for sql in _BEFORE:
        before.update(finals.get(str(p), str(p)) for (p,) in cur.execute(sql, params))
    persons, group = _served(cur, first_in, before, brackets)
    visits = _humans_of(scan.lists, finals)
    kinds, without_reason, lists = _kind_tallies("visit", visits, group)
    consulted, _, _ = _kind_tallies("consultation", _humans_of(consultations, finals), group)
    # the services indicators of the same period, read in the same session, count from these lists
    s.info.setdefault(_lists_key(a, b), dict(lists))
    # the data decide the order: visits first, then the most services, then the code
    kinds = sorted(kinds + consulted, key=lambda k: (k.source != "visit", -k.services, k.kind))
    anonymous = visits[None].count(SEP) + 1 if None in visits else 0
    total = sum(text_.count(SEP) + 1 for text_ in visits.values())
    return PeriodTally(persons, kinds, total, anonymous, without_reason, dict(lists))


def _served(cur, first_in: dict[str, str], before: set[str], brackets) -> tuple[list[ServedPerson], dict]:
    """The served humans' records with their values, and each one's (sex, age group): a tight loop,
    one person record a turn (the age as ``age_group`` takes it, on ISO text)."""
    by_age = _AgeGroups(brackets).by_age
    top = len(by_age) - 1
    year_of: dict[str, int] = {}  # a few hundred first days
    persons: list[ServedPerson] = []
    group: dict[str, tuple[str, str]] = {}
    add, make, get, binary = persons.append, tuple.__new__, first_in.get, ("F", "M")
    for key, sex, birth, birth_year, citizenship, disability, residence in cur.execute(
            "SELECT id, sex, birth_date, birth_year, citizenship, disability, residence_status FROM persons"):
        if not isinstance(key, str):
            key = str(key)
        first = get(key)
        if first is None:
            continue
        year = year_of.get(first)
        if year is None:
            year = year_of[first] = int(first[:4])
        if birth is not None:
            birth = str(birth)
            age = year - int(birth[:4]) - (first[5:10] < birth[5:10])
        elif birth_year is not None:
            age = year - int(birth_year) - (first[5:10] < "07-01")  # a year only: assume mid-year
        else:
            age = -1
        age_label = UNKNOWN_AGE if age < 0 else by_age[age if age < top else top]
        if sex not in binary:
            sex = "X"
        group[key] = (sex, age_label)
        add(make(ServedPerson, (key, sex, age_label, citizenship or "", disability or "not_asked",
                                key not in before, residence or "")))
    return persons, group


def _earliest(target: dict[str, str], finals: Finals, person_id, day) -> None:
    if day is None:
        return
    key = str(person_id)
    key = finals.get(key, key)
    day = str(day)[:10]
    if key not in target or day < target[key]:
        target[key] = day


def served_persons(s: Session, a: dt.date, b: dt.date, brackets: list[list[int | None]],
                   scan: VisitScan | None = None, finals: Finals | None = None) -> list[ServedPerson]:
    """Every human served in the period once (see ``tally_period``)."""
    return tally_period(s, a, b, brackets, scan, finals).persons


def services_by_kind(s: Session, a: dt.date, b: dt.date, scan: VisitScan | None = None,
                     finals: Finals | None = None) -> list[tuple[str, str, int, int]]:
    """(source, kind, services, unique persons): visits by reason and consultations by kind; a
    merged record's services are its final record's (one person)."""
    return [(k.source, k.kind, k.services, k.persons)
            for k in tally_period(s, a, b, [], scan, finals).kinds]


def anonymous_visits(s: Session, a: dt.date, b: dt.date) -> int:
    return s.execute(text("SELECT COUNT(*) FROM visits WHERE deleted = 0 AND person_id IS NULL "
                          "AND visit_date BETWEEN :a AND :b"), period_params(a, b)).scalar_one()


def citizenship_counts(persons: list[ServedPerson], top: int = 8) -> list[tuple[str, int]]:
    """The most common citizenships, then "other" for the rest (and for unknown); a tie is ordered
    by the code (never by the order the persons were stored in)."""
    counts = Counter(p.citizenship or "" for p in persons)
    known = sorted(((c, n) for c, n in counts.items() if c), key=lambda cn: (-cn[1], cn[0]))
    head = known[:top]
    rest = sum(n for _, n in known[top:]) + counts.get("", 0)
    return head + ([("other", rest)] if rest else [])
