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
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from operator import itemgetter

from sqlalchemy import text
from sqlalchemy.orm import Session

# A session that happened: its activity neither cancelled nor deleted. Presence at a session that
# happened is the one definition of an attendance that counts (first service, new or returning,
# persons served and attended, held sessions and their hours): a cancelled activity's sessions did
# not happen, whoever was marked present.
# a session that took place: neither it nor its activity cancelled (services.activities.cancel_*)
SESSION_WHERE = "s.deleted = 0 AND s.cancelled = 0 AND act.deleted = 0 AND act.cancelled = 0"
ATTENDED = """attendance att JOIN activity_sessions s ON s.id = att.session_id
      JOIN activities act ON act.id = s.activity_id"""
ATTENDED_WHERE = f"att.deleted = 0 AND att.status = 'present' AND {SESSION_WHERE}"

SERVICES_CTE = f"""
WITH services AS (
    SELECT person_id, visit_date AS d, 'visit' AS src FROM visits
     WHERE deleted = 0 AND person_id IS NOT NULL AND visit_date BETWEEN :a AND :b
    UNION ALL
    SELECT person_id, held_on, 'consultation' FROM consultations
     WHERE deleted = 0 AND held_on BETWEEN :a AND :b
    UNION ALL
    SELECT att.person_id, s.held_on, 'attendance' FROM {ATTENDED}
     WHERE {ATTENDED_WHERE} AND s.held_on BETWEEN :a AND :b
)
"""

# A session is "held" when it happened and at least one participant was marked present at it.
HELD_SESSIONS = f"""
SELECT s.id, s.activity_id, s.held_on, s.hours, act.kind FROM activity_sessions s
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
    return s.connection().connection.driver_connection


# What each person rule counts, one row per record: the CTE ``rec(person_id, d, k)``
# (the person, the day, the kind of service, job or activity).
def _served_records(arg: str | None) -> tuple[str, dict]:
    return SERVICES_CTE + ", rec(person_id, d, k) AS (SELECT person_id, d, src FROM services)", {}


def _employed_records(arg: str | None) -> tuple[str, dict]:
    return """WITH rec(person_id, d, k) AS (
        SELECT o.person_id, o.start_date, o.contract_kind FROM employment_outcomes o
         WHERE o.deleted = 0 AND o.stable = 1 AND o.start_date BETWEEN :a AND :b)""", {}


def _attended_records(arg: str | None) -> tuple[str, dict]:
    clause, params = in_clause("act.kind", kinds_of(arg), "k")
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


def persons_counted(s: Session, rule: str, arg: str | None, a: dt.date, b: dt.date,
                    finals: Finals | None = None) -> set[str]:
    """The humans (final record ids) a person rule counts in the period."""
    finals = final_ids(s) if finals is None else finals
    cte, params = PERSON_RECORDS[rule](arg)
    rows = raw(s).execute(cte + " SELECT DISTINCT person_id FROM rec WHERE person_id IS NOT NULL",
                          period_params(a, b) | params)
    return {finals.get(str(r[0]), str(r[0])) for r in rows}


def person_tallies(s: Session, rule: str, arg: str | None, a: dt.date, b: dt.date,
                   finals: Finals | None = None) -> dict[str, PersonTally]:
    """Per human (final record id), what a person rule counts of them in the period."""
    finals = final_ids(s) if finals is None else finals
    cte, params = PERSON_RECORDS[rule](arg)
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


def count_persons(s: Session, rule: str, arg: str | None, a: dt.date, b: dt.date) -> int:
    """How many humans a person rule counts in the period: SQL's own COUNT(DISTINCT) while no
    record is merged (the usual case, and the fastest), else the merged records mapped in Python."""
    finals = final_ids(s)
    if finals:
        return len(persons_counted(s, rule, arg, a, b, finals))
    cte, params = PERSON_RECORDS[rule](arg)
    return raw(s).execute(cte + " SELECT COUNT(DISTINCT person_id) FROM rec", period_params(a, b) | params
                          ).fetchone()[0]


def unique_persons_served(s: Session, a: dt.date, b: dt.date) -> int:
    return count_persons(s, "unique_persons_served", None, a, b)


def unique_persons_stable_employment(s: Session, a: dt.date, b: dt.date) -> int:
    return count_persons(s, "unique_persons_stable_employment", None, a, b)


def activities_held(s: Session, a: dt.date, b: dt.date, kinds: str | None) -> int:
    clause, params = in_clause("h.kind", kinds_of(kinds), "k")
    return s.execute(text(f"SELECT COUNT(DISTINCT h.activity_id) FROM ({HELD_SESSIONS}) h WHERE {clause}"),
                     period_params(a, b) | params).scalar_one()


def sessions_held(s: Session, a: dt.date, b: dt.date, kinds: str | None) -> int:
    clause, params = in_clause("h.kind", kinds_of(kinds), "k")
    return s.execute(text(f"SELECT COUNT(*) FROM ({HELD_SESSIONS}) h WHERE {clause}"),
                     period_params(a, b) | params).scalar_one()


def hours_held(s: Session, a: dt.date, b: dt.date, kinds: str | None) -> float:
    clause, params = in_clause("h.kind", kinds_of(kinds), "k")
    value = s.execute(text(f"SELECT COALESCE(SUM(h.hours), 0) FROM ({HELD_SESSIONS}) h WHERE {clause}"),
                      period_params(a, b) | params).scalar_one()
    return float(value)


def unique_persons_attended(s: Session, a: dt.date, b: dt.date, kinds: str | None) -> int:
    return count_persons(s, "unique_persons_attended", kinds, a, b)


def consultations_held(s: Session, a: dt.date, b: dt.date, kinds: str | None) -> int:
    clause, params = in_clause("kind", kinds_of(kinds), "k")
    return s.execute(text(f"SELECT COUNT(*) FROM consultations WHERE deleted = 0 AND held_on BETWEEN :a AND :b "
                          f"AND {clause}"), period_params(a, b) | params).scalar_one()


# -- disaggregation -------------------------------------------------------------------------------

SEXES = ("F", "M", "X")  # the sex columns; a stored value other than F or M counts as X (other, not stated)
UNKNOWN_AGE = "unknown"


@dataclass(frozen=True)
class ServedPerson:
    """A human served in the period, with the final record's values (a merged record counts with
    its final one): sex (F, M or X), age group at the first service in the period, citizenship
    ("" unknown), disability (Washington Group: with, without, not_asked), new (no service before
    the period under any of their records) and residence status ("" not recorded)."""

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
    """``age_group`` for dates as SQLite stores them (ISO text), with the bracket of every age
    looked up once: the same rule, without making a date object per person."""

    def __init__(self, brackets: list[list[int | None]]):
        self.by_age = [age_group(None, 2000, dt.date(2000 + age, 7, 2), brackets) for age in range(151)]

    def __call__(self, birth, birth_year, on: str) -> str:
        if birth is not None:
            text_ = str(birth)
            year, month, day = int(text_[:4]), int(text_[5:7]), int(text_[8:10])
        elif birth_year is not None:
            year, month, day = int(birth_year), 7, 1
        else:
            return UNKNOWN_AGE
        age = int(on[:4]) - year - ((int(on[5:7]), int(on[8:10])) < (month, day))
        return self.by_age[min(age, 150)] if age >= 0 else UNKNOWN_AGE  # 150 and over: as 150


@dataclass
class VisitScan:
    """The period's visits, read once from the covering index ix_visits_day_person: per person
    record the first visit day in the period; visits per (person record, reason list), the list as
    stored (a few dozen distinct lists, decoded once each at the end, not a million times); the
    person records with a visit before the period (they are returning)."""

    first_in: dict[str, str]
    lists: dict[tuple[str | None, str | None], int]  # (person record, None when anonymous; reasons) -> visits
    before: set[str]
    visits: int = 0
    anonymous: int = 0  # visits without a person (no consent) in the period


def scan_visits(s: Session, a: dt.date, b: dt.date) -> VisitScan:
    """One read of the period's visits, tallied by C code (``dict``, ``Counter``): no Python
    statement runs per visit."""
    cur = raw(s)
    rows = cur.execute(
        "SELECT person_id, visit_date, reasons FROM visits INDEXED BY ix_visits_day_person "
        "WHERE visit_date BETWEEN ? AND ? AND deleted = 0 ORDER BY visit_date DESC",
        (a.isoformat(), b.isoformat())).fetchall()
    first_in = dict(map(itemgetter(0, 1), rows))  # the latest day first: the earliest is written last
    first_in.pop(None, None)
    lists = Counter(map(itemgetter(0, 2), rows))
    anonymous = sum(n for (person, _), n in lists.items() if person is None)
    before = {p for (p,) in cur.execute(
        "SELECT DISTINCT person_id FROM visits INDEXED BY ix_visits_day_person "
        "WHERE visit_date < ? AND deleted = 0 AND person_id IS NOT NULL", (a.isoformat(),))}
    return VisitScan(first_in, dict(lists), before, len(rows), anonymous)


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


# Consultations (per person and kind) and presence at sessions that happened, in the period and
# before it (the latter only tells returning persons); only what happened counts.
_CONSULTATIONS = """SELECT person_id, kind, COUNT(*), MIN(held_on) FROM consultations
                     WHERE deleted = 0 AND held_on BETWEEN :a AND :b GROUP BY person_id, kind"""
_ATTENDED_FIRST = f"""SELECT att.person_id, MIN(s.held_on) FROM {ATTENDED}
                       WHERE {ATTENDED_WHERE} AND s.held_on BETWEEN :a AND :b GROUP BY att.person_id"""
_BEFORE = ("SELECT DISTINCT person_id FROM consultations WHERE deleted = 0 AND held_on < :a",
           f"SELECT DISTINCT att.person_id FROM {ATTENDED} WHERE {ATTENDED_WHERE} AND s.held_on < :a")
_MISSING = ("X", UNKNOWN_AGE)  # a service whose person record is gone (never in practice)


def _reason_codes(reasons) -> list[str]:
    if isinstance(reasons, str):
        try:
            reasons = json.loads(reasons)
        except ValueError:
            return []
    return [str(code) for code in dict.fromkeys(reasons or []) if code]


def _kind_tally(source: str, kind: str, by_group: Counter, ids: set, group, anonymous: int = 0) -> KindTally:
    persons = Counter(map(group.__getitem__, ids))
    groups = {g: (by_group.get(g, 0), persons.get(g, 0)) for g in by_group.keys() | persons.keys()}
    return KindTally(source, kind, sum(by_group.values()) + anonymous, len(ids), groups, anonymous)


def tally_period(s: Session, a: dt.date, b: dt.date, brackets: list[list[int | None]],
                 scan: VisitScan | None = None, finals: Finals | None = None) -> PeriodTally:
    """Every human served in the period once (a merged record with its final one), with the final
    record's values, the age group at the first service in the period and whether they are new (no
    service, under any of their records, before the period); and every kind of service (visits by
    reason, consultations by kind) with its services and unique persons per sex and age group."""
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
    consultations: dict[str, dict[str, int]] = {}  # kind -> {human: consultations}
    for person_id, kind, n, first in cur.execute(_CONSULTATIONS, params):
        key = str(person_id)
        human = finals.get(key, key)
        _earliest(first_in, finals, key, first)
        per_human = consultations.setdefault(str(kind), {})
        per_human[human] = per_human.get(human, 0) + n
    for person_id, first in cur.execute(_ATTENDED_FIRST, params):
        _earliest(first_in, finals, person_id, first)
    for sql in _BEFORE:
        before.update(finals.get(str(p), str(p)) for (p,) in cur.execute(sql, params))

    age_of = _AgeGroups(brackets)
    persons: list[ServedPerson] = []
    for pid, sex, birth, birth_year, citizenship, disability, residence in cur.execute(
            "SELECT id, sex, birth_date, birth_year, citizenship, disability, residence_status FROM persons"):
        key = str(pid)
        first = first_in.get(key)
        if first is None:
            continue
        persons.append(ServedPerson(key, sex if sex in ("F", "M") else "X", age_of(birth, birth_year, str(first)),
                                    citizenship or "", disability or "not_asked", key not in before,
                                    residence or ""))
    group = defaultdict(lambda: _MISSING, {p.person_id: (p.sex, p.age_group) for p in persons})

    # visits: per reason list, the visits of each human; then spread over the list's reasons
    per_list: dict = {}
    anonymous_lists: Counter = Counter()
    for (key, reasons), n in scan.lists.items():
        if key is None:
            anonymous_lists[reasons] += n
            continue
        humans = per_list.get(reasons)
        if humans is None:
            humans = per_list[reasons] = {}
        if finals:
            key = finals.get(key, key)
            humans[key] = humans.get(key, 0) + n
        else:
            humans[key] = n  # (person record, list) pairs are unique
    services: dict[str, Counter] = {}
    ids: dict[str, set] = {}
    anonymous: Counter = Counter()
    without_reason = 0
    for reasons, humans in per_list.items():
        codes = _reason_codes(reasons)
        if not codes:
            without_reason += sum(humans.values())
            continue
        by_group: Counter = Counter()
        for human, n in humans.items():
            by_group[group[human]] += n
        for code in codes:
            services.setdefault(code, Counter()).update(by_group)
            ids.setdefault(code, set()).update(humans)
    for reasons, n in anonymous_lists.items():
        codes = _reason_codes(reasons)
        if not codes:
            without_reason += n
        for code in codes:
            anonymous[code] += n
            services.setdefault(code, Counter())
            ids.setdefault(code, set())
    kinds = [_kind_tally("visit", code, services[code], ids[code], group, anonymous[code]) for code in services]
    for kind, humans in consultations.items():
        by_group = Counter()
        for human, n in humans.items():
            by_group[group[human]] += n
        kinds.append(_kind_tally("consultation", kind, by_group, set(humans), group))
    # the data decide the order: visits first, then the most services, then the code
    kinds.sort(key=lambda k: (k.source != "visit", -k.services, k.kind))
    return PeriodTally(persons, kinds, scan.visits, scan.anonymous, without_reason)


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
