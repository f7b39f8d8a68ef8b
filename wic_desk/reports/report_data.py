"""The figures of a donor or monthly report, as the workbook shows them: plain data, no openpyxl
(the screens that show figures load this, not the writer: ``wic_desk.reports.workbook``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

Translate = Callable[[str, str], str]


def _plain(_context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class IndicatorLine:
    title: str
    count: float
    target: int


@dataclass(frozen=True)
class BySexRow:
    value: str
    counts: tuple[int, int, int]  # persons: female, male, other / not stated


@dataclass(frozen=True)
class BySexTable:
    """Persons by one dimension (rows) and sex (columns): each person in exactly one cell."""

    dimension: str  # "Age group", ... in the report's language
    rows: tuple[BySexRow, ...]


@dataclass(frozen=True)
class AgeServices:
    age_group: str
    services: tuple[int, int, int]  # female, male, other / not stated
    persons: tuple[int, int, int]


@dataclass(frozen=True)
class KindByGroup:
    """One kind of service by age group and sex; ``anonymous``: anonymous visits' services (no
    person, no group); ``unique_persons``: the kind's unique persons from the database."""

    source: str
    kind: str
    ages: tuple[AgeServices, ...]
    anonymous: int
    unique_persons: int


@dataclass(frozen=True)
class QualityLine:
    """What to check before sending: how many of what (``out_of``: of how many) and what to fix."""

    problem: str
    count: int
    out_of: int
    fix: str


@dataclass(frozen=True)
class ServiceLine:
    source: str
    kind: str
    services: int
    unique_persons: int


@dataclass(frozen=True)
class ActivityLine:
    title: str
    kind: str
    first: dt.date
    last: dt.date
    sessions: int
    hours: float
    participants: int


@dataclass(frozen=True)
class EmploymentLine:
    code: str
    start_date: dt.date
    contract: str
    stable: bool
    hours_per_week: int | None


@dataclass
class DonorReport:
    """The figures of a report, its values already in ``language``; ``translate`` answers in the
    same language for the workbook's own texts (headings, sheet names)."""

    project: str
    donor: str
    period_from: dt.date
    period_to: dt.date
    generated: dt.datetime
    indicators: list[IndicatorLine] = field(default_factory=list)
    unique_persons: int = 0
    new_persons: int = 0
    returning_persons: int = 0
    anonymous_visits: int = 0
    ages: BySexTable | None = None  # persons by age group and sex, the Persons sheet's cross-table
    by_sex: list[BySexTable] = field(default_factory=list)  # citizenship, disability, ... by sex
    services: list[ServiceLine] = field(default_factory=list)
    service_groups: list[KindByGroup] = field(default_factory=list)
    quality: list[QualityLine] = field(default_factory=list)
    activities: list[ActivityLine] = field(default_factory=list)
    employment: list[EmploymentLine] = field(default_factory=list)
    stable_persons: int = 0  # persons (not outcomes) with a stable job in the period
    title: str | None = None  # default: "Donor report" in the report's language
    centre: str = ""
    language: str = "en"
    translate: Translate = field(default=_plain, repr=False, compare=False)
