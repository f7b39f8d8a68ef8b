"""The coordinator's figures: the project dashboard and the donor's Excel reports.

Reports leave the app with no names: employment lines carry a pseudonymised code. Every report
written is audited. The work is slow on a large database, so callers run it in the background
and pass a ``progress(done, total, what)`` callable.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter, countOf
from pathlib import Path

from sqlalchemy import select, text

from wic_desk.domain.enums import (
    ENUM_CONTEXT,
    ActivityKind,
    ConsultationKind,
    ContractKind,
    Role,
    ServiceCategory,
    label,
)
from wic_desk.domain.errors import NotFound, UserError, ValidationError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.reports import counting, rules
from wic_desk.reports.workbook import (
    ActivityLine,
    AgeServices,
    BySexRow,
    BySexTable,
    DonorReport,
    EmploymentLine,
    IndicatorLine,
    KindByGroup,
    QualityLine,
    ServiceLine,
    write_workbook,
)
from wic_desk.services import auth
from wic_desk.services.context import Actor, Database
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import Centre, Indicator, Project

REPORTERS = frozenset({Role.COORDINATOR, Role.ADMIN})
Translate = Callable[[str, str], str]
Progress = Callable[[int, int, str], None] | None

DISABILITY_LABELS = {"with": "z niepełnosprawnością / with disability", "without": "bez / without",
                     "not_asked": "nie pytano / not asked"}
SEX_LABELS = {"F": "kobieta / female", "M": "mężczyzna / male", "X": "inna, nie podano / other, not stated"}
RESIDENCE_LABELS = {
    "temporary_protection": "ochrona czasowa (PESEL UKR) / temporary protection (PESEL UKR)",
    "temporary_residence": "zezwolenie na pobyt czasowy / temporary residence permit",
    "permanent_residence": "pobyt stały / permanent residence",
    "international_protection": "ochrona międzynarodowa / international protection",
    "visa": "wiza / visa",
    "visa_free": "ruch bezwizowy / visa-free stay",
    "other": "brak, inny / none, other",
    "": "nie podano / not recorded",
}
NEW_LABELS = {True: "nowe / new", False: "powracające / returning"}
AGE_UNKNOWN_LABEL = "nieznany / unknown"
SOURCE_LABELS = {"visit": "wizyty / visits", "consultation": "konsultacje / consultations"}


def _plain(_context: str, text_: str) -> str:
    return text_


@dataclass(frozen=True)
class ProjectInfo:
    id: uuid.UUID
    name: str
    donor: str | None
    period_start: dt.date
    period_end: dt.date
    age_brackets: list


@dataclass(frozen=True)
class IndicatorValue:
    code: str
    title: str
    rule: str
    rule_arg: str | None
    count: float
    target: int

    @property
    def percent(self) -> float:
        return 100.0 * self.count / self.target if self.target else 0.0


def current_project(db: Database) -> ProjectInfo:
    with db.read() as s:
        p = s.execute(select(Project).where(Project.current.is_(True), Project.deleted.is_(False))).scalars().first()
        if p is None:
            raise NotFound(T("Errors", "No current project is set."))
        return ProjectInfo(p.id, p.name, p.donor, p.period_start, p.period_end, list(p.age_brackets or []))


def indicator_values(db: Database, actor: Actor, date_from: dt.date | None = None,
                     date_to: dt.date | None = None) -> list[IndicatorValue]:
    """Each indicator of the current project with its count over the period (the project's own by default)."""
    auth.require(actor, REPORTERS)
    project = current_project(db)
    a, b = date_from or project.period_start, date_to or project.period_end
    with db.read() as s:
        rows = s.execute(select(Indicator).where(Indicator.project_id == project.id, Indicator.deleted.is_(False))
                         .order_by(Indicator.position, Indicator.code)).scalars().all()
        return [IndicatorValue(i.code, i.title, i.rule, i.rule_arg, rules.count(s, i.rule, i.rule_arg, a, b),
                               i.target) for i in rows]


def _check_period(date_from: dt.date, date_to: dt.date) -> None:
    if date_to < date_from:
        raise ValidationError("to", T("Errors", "The end of the period is before its start."))
    if (date_to - date_from).days > 3 * 366:
        raise ValidationError("to", T("Errors", "A report covers at most three years."))


def _kind_label(value: str, translate: Translate) -> str:
    for enum in (ServiceCategory, ConsultationKind, ActivityKind, ContractKind):
        try:
            member = enum(value)
        except ValueError:
            continue
        return translate(ENUM_CONTEXT, label(member))
    return value


def _pseudonym(centre_id: str, person_id: str) -> str:
    digest = hashlib.sha256(f"{centre_id}:{person_id}".encode()).hexdigest()
    return "P-" + digest[:10].upper()


def _by_sex(persons: list[counting.ServedPerson], dimension: str, name: str, order: list, labels: dict,
            fold: Callable | None = None) -> BySexTable:
    """Persons by their field ``name`` (rows: the values in ``order``, labelled; ``fold`` maps a value
    to its row) and sex (columns F, M, X)."""
    counts: Counter = Counter()
    for (value, sex), n in Counter(map(attrgetter(name, "sex"), persons)).items():
        counts[fold(value) if fold else value, sex] += n
    return BySexTable(dimension, tuple(
        BySexRow(labels.get(value, str(value)), tuple(counts.get((value, sex), 0) for sex in counting.SEXES))
        for value in order))


def _by_count(persons: list[counting.ServedPerson], name: str, last) -> list:
    """The values of the field ``name`` by how many persons have them, then by the value; ``last``
    (unknown) last."""
    counts = Counter(map(attrgetter(name), persons))
    return sorted((v for v in counts if v != last), key=lambda v: (-counts[v], v)) + ([last] if last in counts else [])


def _kind_by_group(kind: counting.KindTally, ages: list[str], age_labels: dict[str, str],
                   kind_label: Callable[[str], str]) -> KindByGroup:
    lines = []
    for age in ages:
        cells = [kind.groups.get((sex, age), (0, 0)) for sex in counting.SEXES]
        lines.append(AgeServices(age_labels.get(age, age), tuple(c[0] for c in cells), tuple(c[1] for c in cells)))
    return KindByGroup(SOURCE_LABELS.get(kind.source, kind.source), kind_label(kind.kind), tuple(lines),
                       kind.anonymous, kind.persons)


def _quality(tally: counting.PeriodTally) -> list[QualityLine]:
    """What a coordinator should check and fix before sending: counted persons with an unknown
    value (each of them is in the tables, in an "unknown" row or column) and visits without a reason."""
    persons = tally.persons
    n = len(persons)

    def how_many(name: str, value) -> int:
        return countOf(map(attrgetter(name), persons), value)

    return [
        QualityLine("Płeć inna lub nie podana / Sex other or not stated", how_many("sex", "X"), n,
                    "Sprawdź w karcie osoby, czy płci nie pominięto; jeśli tak, popraw / "
                    "Check the person's record: if the sex was simply not recorded, correct it"),
        QualityLine("Wiek nieznany (brak daty i roku urodzenia) / Unknown age (no birth date or year)",
                    how_many("age_group", counting.UNKNOWN_AGE), n,
                    "Dopisz datę urodzenia (wystarczy rok) / Add the birth date (the year is enough)"),
        QualityLine("Obywatelstwo nieznane / Unknown citizenship", how_many("citizenship", ""), n,
                    "Dopisz obywatelstwo w karcie osoby / Add the citizenship to the person's record"),
        QualityLine("Niepełnosprawność: nie pytano / Disability: not asked", how_many("disability", "not_asked"), n,
                    "Zadaj pytania Washington Group przy najbliższej wizycie / "
                    "Ask the Washington Group questions at the next visit"),
        QualityLine("Status pobytu nie podany / Residence status not recorded", how_many("residence", ""), n,
                    "Dopisz status pobytu w karcie osoby / Add the residence status to the person's record"),
        QualityLine("Wizyty bez powodu / Visits without a reason", tally.without_reason, tally.visits,
                    "Dopisz powód wizyty na liście wizyt dnia / Add the reason to the visit in the day's list"),
    ]


def build_report_data(db: Database, actor: Actor, date_from: dt.date, date_to: dt.date,
                      translate: Translate = _plain, progress: Progress = None,
                      title: str | None = None) -> DonorReport:
    auth.require(actor, REPORTERS)
    _check_period(date_from, date_to)
    project = current_project(db)
    step = progress or (lambda *_: None)
    total = 6
    step(0, total, "indicators")
    indicators = indicator_values(db, actor, date_from, date_to)
    brackets = project.age_brackets or [[0, 4], [5, 11], [12, 17], [18, 59], [60, None]]
    with db.read() as s:
        step(1, total, "persons")
        finals = counting.final_ids(s)
        tally = counting.tally_period(s, date_from, date_to, brackets, finals=finals)
        served = tally.persons
        step(2, total, "services")
        step(3, total, "activities")
        params = counting.period_params(date_from, date_to)
        participants: dict[str, set[str]] = {}
        for activity_id, person_id in s.execute(text(f"""
                SELECT DISTINCT h.activity_id, att.person_id FROM ({counting.HELD_SESSIONS}) h
                  JOIN attendance att ON att.session_id = h.id
                 WHERE att.deleted = 0 AND att.status = 'present'"""), params):
            participants.setdefault(str(activity_id), set()).add(counting.final_of(finals, person_id))
        activity_rows = s.execute(text(f"""
            SELECT act.title, act.kind, MIN(h.held_on), MAX(h.held_on), COUNT(*), SUM(h.hours), act.id
              FROM ({counting.HELD_SESSIONS}) h JOIN activities act ON act.id = h.activity_id
             GROUP BY act.id"""), params).all()
        # every order decided by the data, never by storage order: a tie is broken by the next column
        activity_rows = sorted(activity_rows, key=lambda r: (
            str(r[2]), r[0] or "", r[1] or "", str(r[3]), r[4], float(r[5] or 0), len(participants.get(str(r[6]), ()))))
        step(4, total, "employment")
        employment_rows = [(counting.final_of(finals, r[0]), *r[1:]) for r in s.execute(text("""
            SELECT person_id, start_date, contract_kind, stable, hours_per_week FROM employment_outcomes
             WHERE deleted = 0 AND start_date BETWEEN :a AND :b"""), params)]
        centre_id = s.execute(select(Centre.id)).scalars().first()
    step(5, total, "workbook")
    translate_kind = lru_cache(maxsize=None)(lambda value: _kind_label(value, translate))  # thousands of lines
    report = DonorReport(project=project.name, donor=project.donor or "", period_from=date_from, period_to=date_to,
                         generated=dt.datetime.now().replace(microsecond=0))
    if title:
        report.title = title
    report.indicators = [IndicatorLine(i.title, i.count, i.target) for i in indicators]
    report.unique_persons = len(served)
    report.new_persons = sum(1 for p in served if p.new)
    report.returning_persons = report.unique_persons - report.new_persons
    report.anonymous_visits = tally.anonymous
    ages = counting.age_groups(brackets)
    age_labels = {counting.UNKNOWN_AGE: AGE_UNKNOWN_LABEL}
    report.ages = _by_sex(served, "Grupa wiekowa / Age group", "age_group", ages, age_labels)
    top = counting.citizenship_counts(served)
    top_codes = [c for c, _ in top if c != "other"]
    report.by_sex = [
        _by_sex(served, "Obywatelstwo / Citizenship", "citizenship",
                top_codes + (["other"] if any(c == "other" for c, _ in top) else []), {"other": "inne / other"},
                fold=lambda c: c if c in top_codes else "other"),
        _by_sex(served, "Niepełnosprawność (Washington Group) / Disability (Washington Group)", "disability",
                ["with", "without", "not_asked"], DISABILITY_LABELS),
        _by_sex(served, "Status pobytu / Residence status", "residence", _by_count(served, "residence", last=""),
                RESIDENCE_LABELS),
        _by_sex(served, "Nowe i powracające / New and returning", "new", [True, False], NEW_LABELS),
    ]
    report.services = [ServiceLine(SOURCE_LABELS.get(k.source, k.source), translate_kind(k.kind),
                                   k.services, k.persons) for k in tally.kinds]
    report.service_groups = [_kind_by_group(k, ages, age_labels, translate_kind) for k in tally.kinds]
    report.quality = _quality(tally)
    report.activities = [ActivityLine(r[0], translate_kind(r[1]), dt.date.fromisoformat(str(r[2])),
                                      dt.date.fromisoformat(str(r[3])), r[4], float(r[5] or 0),
                                      len(participants.get(str(r[6]), ())))
                         for r in activity_rows]
    report.stable_persons = len({r[0] for r in employment_rows if r[3]})
    employment = [(dt.date.fromisoformat(str(r[1])), _pseudonym(str(centre_id), str(r[0])), str(r[2]), bool(r[3]),
                   r[4]) for r in employment_rows]
    report.employment = [EmploymentLine(code, start, translate_kind(kind), stable, hours)
                         for start, code, kind, stable, hours in sorted(
                             employment, key=lambda e: (e[0], e[1], e[2], e[3], -1 if e[4] is None else e[4]))]
    step(6, total, "done")
    return report


def _writable(out_path: Path) -> Path:
    out_path = Path(out_path)
    if out_path.suffix.lower() != ".xlsx":
        raise ValidationError("out", T("Errors", "The report file name must end in .xlsx."))
    if not out_path.parent.is_dir():
        raise UserError(T("Errors", "The folder {name} does not exist."), name=str(out_path.parent))
    return out_path


def donor_report(db: Database, actor: Actor, date_from: dt.date, date_to: dt.date, out_path: Path,
                 translate: Translate = _plain, progress: Progress = None) -> Path:
    out_path = _writable(out_path)
    report = build_report_data(db, actor, date_from, date_to, translate, progress)
    path = write_workbook(report, out_path)
    with UnitOfWork(db, actor) as uow:
        uow.audit("export.donor_report", detail=f"{date_from.isoformat()}..{date_to.isoformat()}")
    return path


def month_range(month: str) -> tuple[dt.date, dt.date]:
    try:
        year, number = (int(x) for x in month.split("-"))
        first = dt.date(year, number, 1)
    except ValueError:
        raise ValidationError("month", T("Errors", "\"{value}\" is not a month (use YYYY-MM)."), value=month) from None
    return first, dt.date(year, number, calendar.monthrange(year, number)[1])


def monthly_report(db: Database, actor: Actor, month: str, out_path: Path, translate: Translate = _plain,
                   progress: Progress = None) -> Path:
    out_path = _writable(out_path)
    a, b = month_range(month)
    report = build_report_data(db, actor, a, b, translate, progress,
                               title=f"Raport miesięczny / Monthly report {month}")
    path = write_workbook(report, out_path)
    with UnitOfWork(db, actor) as uow:
        uow.audit("export.monthly_report", detail=month)
    return path


@dataclass(frozen=True)
class MonthlyServed:
    month: str
    source: str
    persons: int


def persons_per_month(db: Database, actor: Actor, date_from: dt.date, date_to: dt.date) -> list[MonthlyServed]:
    """Unique persons served per month, by service (visit / consultation / attendance): the chart."""
    auth.require(actor, REPORTERS)
    with db.read() as s:
        finals = counting.final_ids(s)
        if not finals:  # no merged record: SQL's own distinct count, the fastest
            rows = s.execute(text(counting.SERVICES_CTE + """
                SELECT substr(d, 1, 7) AS month, src, COUNT(DISTINCT person_id) FROM services
                 GROUP BY month, src ORDER BY month, src"""), counting.period_params(date_from, date_to)).all()
            return [MonthlyServed(r[0], r[1], r[2]) for r in rows]
        persons: dict[tuple[str, str], set[str]] = {}
        for month, source, person_id in s.execute(text(counting.SERVICES_CTE + """
                SELECT DISTINCT substr(d, 1, 7), src, person_id FROM services"""),
                counting.period_params(date_from, date_to)):
            persons.setdefault((month, source), set()).add(counting.final_of(finals, person_id))
    return [MonthlyServed(month, source, len(ids)) for (month, source), ids in sorted(persons.items())]
