"""The coordinator's figures: the project dashboard and the donor's Excel reports.

Reports leave the app with no names: employment lines carry a pseudonymised code. Every report
written is audited. A report is in the language chosen when it is made (pl, uk or en): the
caller passes ``translate`` answering in that language (Qt's catalogues; this layer has no Qt),
which turns headings, kinds, sexes and the seed indicators' titles into that language;
citizenship codes become country names from Babel's CLDR territory names. The work is slow on a large database, so callers run it in the background
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
from functools import cache, lru_cache
from operator import attrgetter, countOf
from pathlib import Path

from babel import Locale
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from wic_desk.domain.enums import (
    COMMON_CITIZENSHIPS,
    ENUM_CONTEXT,
    ActivityKind,
    ConsultationKind,
    ContractKind,
    Disability,
    ResidenceStatus,
    Role,
    ServiceCategory,
    label,
)
from wic_desk.domain.errors import NotFound, UserError, ValidationError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.reports import counting, rules
from wic_desk.reports.report_data import (
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
)
from wic_desk.services import auth, preferences, projects, report_archive
from wic_desk.services.context import Actor, Database
from wic_desk.services.setup import SEED_INDICATORS
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import ArchivedReport, Centre, Indicator, Project

REPORTERS = frozenset({Role.COORDINATOR, Role.ADMIN})
Translate = Callable[[str, str], str]
Progress = Callable[[int, int, str], None] | None

LANGUAGES = ("pl", "uk", "en")
E_LANGUAGE = T("Errors", "Choose the language pl, uk or en.")
# a seed indicator's title as stored (English) by its code: shown in the report's language
SEED_TITLES = {code: title for code, title, *_ in SEED_INDICATORS}
STATELESS = "XX"  # the centre's code for stateless or unknown (not an ISO 3166 territory)


def _plain(_context: str, text_: str) -> str:
    return text_


def shown_title(code: str, title: str, translate: Translate = _plain) -> str:
    """An indicator's title as shown: a seed's own title (stored in English) in the language of the
    screen or the report, a title the coordinator typed as typed."""
    return translate("Indicators", title) if SEED_TITLES.get(code) == title else title


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
    target: int  # 0: none set yet (the figure is counted, no share shown)
    scope: counting.Scope | None = None  # what it counts, limited

    @property
    def has_target(self) -> bool:
        return self.target > 0

    @property
    def percent(self) -> float:
        """The share of the target reached; 0 without a target (``has_target`` says which)."""
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
    with db.read() as s:
        return _indicator_values(s, project, date_from or project.period_start, date_to or project.period_end)


def _indicator_values(s: Session, project: ProjectInfo, a: dt.date, b: dt.date) -> list[IndicatorValue]:
    rows = s.execute(select(Indicator).where(Indicator.project_id == project.id, Indicator.deleted.is_(False))
                     .order_by(Indicator.position, Indicator.code)).scalars().all()
    values = []
    for i in rows:
        scope = projects.stored_scope(i)
        values.append(IndicatorValue(i.code, i.title, i.rule, i.rule_arg, rules.count(s, i.rule, scope, a, b),
                                     i.target, scope))
    return values


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


@cache
def _territories(language: str) -> dict[str, str]:
    return dict(Locale.parse(language).territories)


def country_name(code: str | None, language: str, translate: Translate = _plain) -> str:
    """An ISO 3166-1 alpha-2 citizenship code as the country's name in ``language`` (CLDR's, from
    Babel); the centre's "stateless / unknown" in our own catalogue; an unknown code as it is."""
    if not code:
        return ""
    code = code.upper()
    if code == STATELESS:
        return translate("Country", COMMON_CITIZENSHIPS[STATELESS])
    return _territories(language).get(code, code)


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValidationError("language", E_LANGUAGE)
    return language


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
                   kind_label: Callable[[str], str], source_labels: dict[str, str]) -> KindByGroup:
    lines = []
    for age in ages:
        cells = [kind.groups.get((sex, age), (0, 0)) for sex in counting.SEXES]
        lines.append(AgeServices(age_labels.get(age, age), tuple(c[0] for c in cells), tuple(c[1] for c in cells)))
    return KindByGroup(source_labels.get(kind.source, kind.source), kind_label(kind.kind), tuple(lines),
                       kind.anonymous, kind.persons)


def _quality(tally: counting.PeriodTally, translate: Translate = _plain) -> list[QualityLine]:
    """What a coordinator should check and fix before sending: counted persons with an unknown
    value (each of them is in the tables, in an "unknown" row or column) and visits without a reason."""
    tr = translate
    persons = tally.persons
    n = len(persons)

    def how_many(name: str, value) -> int:
        return countOf(map(attrgetter(name), persons), value)

    return [
        QualityLine(tr("Workbook", "Sex other or not stated"), how_many("sex", "X"), n,
                    tr("Workbook", "Check the person's record: if the sex was simply not recorded, correct it")),
        QualityLine(tr("Workbook", "Unknown age (no birth date or year)"),
                    how_many("age_group", counting.UNKNOWN_AGE), n,
                    tr("Workbook", "Add the birth date (the year is enough)")),
        QualityLine(tr("Workbook", "Unknown citizenship"), how_many("citizenship", ""), n,
                    tr("Workbook", "Add the citizenship to the person's record")),
        QualityLine(tr("Workbook", "Disability: not asked"), how_many("disability", "not_asked"), n,
                    tr("Workbook", "Ask the Washington Group questions at the next visit")),
        QualityLine(tr("Workbook", "Residence status not recorded"), how_many("residence", ""), n,
                    tr("Workbook", "Add the residence status to the person's record")),
        QualityLine(tr("Workbook", "Visits without a reason"), tally.without_reason, tally.visits,
                    tr("Workbook", "Add the reason to the visit in the day's list")),
    ]


def build_report_data(db: Database, actor: Actor, date_from: dt.date, date_to: dt.date,
                      translate: Translate = _plain, progress: Progress = None,
                      title: str | None = None, language: str = "en") -> DonorReport:
    """The report's figures; ``translate`` answers in ``language`` (pl, uk or en)."""
    auth.require(actor, REPORTERS)
    _check_period(date_from, date_to)
    check_language(language)
    tr = translate
    project = current_project(db)
    step = progress or (lambda *_: None)
    total = 6
    brackets = project.age_brackets or [[0, 4], [5, 11], [12, 17], [18, 59], [60, None]]
    with db.read() as s:  # one snapshot for every figure of the workbook
        step(0, total, "persons")
        finals = counting.final_ids(s)
        tally = counting.tally_period(s, date_from, date_to, brackets, finals=finals)
        served = tally.persons
        step(1, total, "indicators")  # the services indicators count from the tally's visits
        indicators = _indicator_values(s, project, date_from, date_to)
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
        centre_id, centre_name = s.execute(select(Centre.id, Centre.name)).first() or (None, "")
    step(5, total, "workbook")
    translate_kind = lru_cache(maxsize=None)(lambda value: _kind_label(value, translate))  # thousands of lines
    report = DonorReport(project=project.name, donor=project.donor or "", period_from=date_from, period_to=date_to,
                         generated=dt.datetime.now().replace(microsecond=0), centre=centre_name or "",
                         language=language, translate=translate)
    if title:
        report.title = title
    # a seed's title in the report's language; a title the coordinator typed as typed
    report.indicators = [IndicatorLine(shown_title(i.code, i.title, translate), i.count, i.target)
                         for i in indicators]
    report.unique_persons = len(served)
    report.new_persons = sum(1 for p in served if p.new)
    report.returning_persons = report.unique_persons - report.new_persons
    report.anonymous_visits = tally.anonymous

    def enum_labels(enum) -> dict[str, str]:
        return {m.value: translate(ENUM_CONTEXT, label(m)) for m in enum}

    ages = counting.age_groups(brackets)
    age_labels = {counting.UNKNOWN_AGE: tr("Workbook", "unknown")}
    report.ages = _by_sex(served, tr("Workbook", "Age group"), "age_group", ages, age_labels)
    top = counting.citizenship_counts(served)
    top_codes = [c for c, _ in top if c != "other"]
    countries = {c: country_name(c, language, translate) for c in top_codes}
    residences = enum_labels(ResidenceStatus) | {"": tr("Workbook", "not recorded")}
    report.by_sex = [
        _by_sex(served, tr("Workbook", "Citizenship"), "citizenship",
                top_codes + (["other"] if any(c == "other" for c, _ in top) else []),
                {**countries, "other": tr("Workbook", "other")},
                fold=lambda c: c if c in top_codes else "other"),
        _by_sex(served, tr("Workbook", "Disability (Washington Group)"), "disability",
                ["with", "without", "not_asked"], enum_labels(Disability)),
        _by_sex(served, tr("Workbook", "Residence status"), "residence", _by_count(served, "residence", last=""),
                residences),
        _by_sex(served, tr("Workbook", "New and returning"), "new", [True, False],
                {True: tr("Workbook", "new"), False: tr("Workbook", "returning")}),
    ]
    sources = {"visit": tr("Workbook", "visits"), "consultation": tr("Workbook", "consultations")}
    report.services = [ServiceLine(sources.get(k.source, k.source), translate_kind(k.kind),
                                   k.services, k.persons) for k in tally.kinds]
    report.service_groups = [_kind_by_group(k, ages, age_labels, translate_kind, sources) for k in tally.kinds]
    report.quality = _quality(tally, translate)
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


def write_workbook(report: DonorReport, out_path: Path) -> Path:
    """The workbook of ``report`` (``wic_desk.reports.workbook``, loaded when a report is written:
    openpyxl is 0.15 s of loading that the dashboard does not need)."""
    from wic_desk.reports.workbook import write_workbook as write
    return write(report, out_path)


def donor_report(db: Database, actor: Actor, date_from: dt.date, date_to: dt.date, out_path: Path,
                 translate: Translate = _plain, progress: Progress = None, language: str = "en",
                 file_name: str | None = None) -> Path:
    """The donor's workbook in ``language`` (``translate`` must answer in that language), archived
    as written (``services.report_archive``); ``file_name``: the name it is sent under, when it is
    written under a temporary one."""
    out_path = _writable(out_path)
    report = build_report_data(db, actor, date_from, date_to, translate, progress, language=language)
    path = write_workbook(report, out_path)
    project = current_project(db)
    with UnitOfWork(db, actor) as uow:
        archived = report_archive.archive(uow, "donor", path, date_from, date_to, project.id,
                                          language or preferences.language(), file_name)
        uow.audit("export.donor_report", table=ArchivedReport.__tablename__, record_id=archived.id,
                  detail=f"{date_from.isoformat()}..{date_to.isoformat()}")
    return path


def month_range(month: str) -> tuple[dt.date, dt.date]:
    try:
        year, number = (int(x) for x in month.split("-"))
        first = dt.date(year, number, 1)
    except ValueError:
        raise ValidationError("month", T("Errors", "\"{value}\" is not a month (use YYYY-MM)."), value=month) from None
    return first, dt.date(year, number, calendar.monthrange(year, number)[1])


def monthly_report(db: Database, actor: Actor, month: str, out_path: Path, translate: Translate = _plain,
                   progress: Progress = None, language: str = "en", file_name: str | None = None) -> Path:
    """The same figures for one month (``YYYY-MM``), archived as ``donor_report``'s are."""
    out_path = _writable(out_path)
    a, b = month_range(month)
    tr = translate
    report = build_report_data(db, actor, a, b, translate, progress,
                               title=tr("Workbook", "Monthly report {month}").format(month=month),
                               language=language)
    path = write_workbook(report, out_path)
    project = current_project(db)
    with UnitOfWork(db, actor) as uow:
        archived = report_archive.archive(uow, "monthly", path, a, b, project.id, language or preferences.language(),
                                          file_name)
        uow.audit("export.monthly_report", table=ArchivedReport.__tablename__, record_id=archived.id, detail=month)
    return path


@dataclass(frozen=True)
class MonthlyServed:
    month: str
    source: str
    persons: int


def persons_per_month(db: Database, actor: Actor, date_from: dt.date, date_to: dt.date) -> list[MonthlyServed]:
    """Unique persons served per month, by service (visit / consultation / attendance): the chart.
    Desk visits are counted from the database's tally of visits per month and person
    (``counting.visit_persons_by_month``), consultations and attendance from their records."""
    auth.require(actor, REPORTERS)
    params = counting.period_params(date_from, date_to)
    with db.read() as s:
        finals = counting.final_ids(s)
        counts = {(month, "visit"): n for month, n in
                  counting.visit_persons_by_month(s, date_from, date_to, finals).items()}
        if not finals:  # no merged record: SQL's own distinct count, the fastest
            counts.update(((r[0], r[1]), r[2]) for r in s.execute(text(counting.OTHER_SERVICES_CTE + """
                SELECT substr(d, 1, 7) AS month, src, COUNT(DISTINCT person_id) FROM services
                 GROUP BY month, src"""), params))
        else:
            persons: dict[tuple[str, str], set[str]] = {}
            for month, source, person_id in s.execute(text(counting.OTHER_SERVICES_CTE + """
                    SELECT DISTINCT substr(d, 1, 7), src, person_id FROM services"""), params):
                persons.setdefault((month, source), set()).add(counting.final_of(finals, person_id))
            counts.update((key, len(ids)) for key, ids in persons.items())
    return [MonthlyServed(month, source, n) for (month, source), n in sorted(counts.items())]
