"""A realistic demo/training database over the seed project's period (``wic-desk demo``): staff,
people of the communities the centre serves, their walk-in visits, the consultations some visits
brought (every kind and confidentiality level, topics, notes, follow-ups), employment outcomes, and
the seed project's activities with sessions, enrolment, attendance and a few certificates.

Everything is invented: names are drawn from Faker's name lists (and a small hand-made list of
Belarusian names), never from real records; notes and employers are generic phrases. A seed gives
the same data every time: name pools are built once from Faker seeded with a constant, then every
draw (names, dates, UUIDs) comes from ``random.Random`` streams seeded from ``seed`` and from what
the database already holds, so a second run on the same file adds new people instead of colliding
with the first run's keys. Some things do not depend on the seed: a few open follow-ups fall due
today and in the next days (the period is over, so every other open one is overdue), and the
certificates' serials carry the desk's own code (derived from its random id) and random
verification codes.

What the demo holds, for ``persons`` people (``scale`` = the square root of persons / 1000, at least
1: the groups a bigger centre runs in parallel):
- visits: 10 a person by default, about 4% anonymous;
- consultations: about one named visit in ten with a counselling or specialist reason (about
  100,000 at full size), each kind by staff of that kind; confidentiality mostly normal, the
  psychologist's mostly specialist-only and some author-only; a third or more with a follow-up;
- employment outcomes: for 12% of those who had vocational or job-search consultations, stable by
  the project's rule as ``outcomes.record`` decides it;
- activities: 5 + scale adaptation meetings, 10 + scale for Ukrainian community representatives,
  2 + scale integration workshops each for children and adults, 5 + scale festival workshops
  (66 hours with the base set), 3 x scale Polish-course groups (20-30 sessions, capacity 15-20,
  a waiting list), scale language clubs (weekly, about 37 meetings), 2 x scale editions of the
  online course "Foreigners in Poland", and two cancelled activities. Every session of an activity
  that took place has someone present, so each counts as held;
- certificates: up to five, for completers of the first Polish-course group.

A demo is made only where no real work is: ``build_demo`` refuses a database set up for real work
(one it did not make) and adds to a demo; ``build_demo_file`` (the ``wic-desk demo`` command)
refuses any set-up database, a demo included, and builds into a file beside the target that takes
the target's place only when complete, so a build that is killed leaves the target as it was. A
demo database is marked as one (``is_demo``).

Speed (100,000 people and 1,000,000 visits in under a minute on a small laptop): every row is a
plain dict written with Core ``insert()`` through ``UnitOfWork.bulk_insert`` (change log
included), values that repeat (names and their search-key words, dates, times, reasons, topics)
are built once and shared, and work is committed in chunks with progress reported in between.
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import gc
import math
import os
import random
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, insert, select

from wic_desk import paths
from wic_desk.domain import pesel as pesel_rules
from wic_desk.domain import translit
from wic_desk.domain.enums import (
    ActivityKind,
    AttendanceStatus,
    Confidentiality,
    ConsentKind,
    ConsultationKind,
    ConsultationMode,
    ContractKind,
    Disability,
    EnrolmentStatus,
    HouseholdRelation,
    ResidenceStatus,
    Role,
    ServiceCategory,
    Sex,
)
from wic_desk.domain.errors import UserError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.services import activities as activities_rules
from wic_desk.services import auth, keys, notes, setup
from wic_desk.services.context import Actor, Database, set_local_value
from wic_desk.services.people import search_key_for
from wic_desk.services.uow import UnitOfWork
from wic_desk.store import cipher, keyfile, lock
from wic_desk.store.engine import busy_timeout_ms, database_url, sqlite_path
from wic_desk.store.models import (
    Activity,
    ActivitySession,
    Attendance,
    Consultation,
    EmploymentOutcome,
    Enrolment,
    Person,
    PersonSearch,
    Project,
    Staff,
    Topic,
    Visit,
)
from wic_desk.sync import identity

Progress = Callable[[int, int, str], None]

DEMO_KEY = "demo"  # local_state: this database was made by the demo
BUILDING_SUFFIX = ".demo-building"  # the file a demo is built in, beside its target
E_REAL = T("Errors", "This database is set up for real work: a demo is made only in a new database file.")
E_DEMO_EXISTS = T("Errors", "This database already holds a demo: open it, or make another demo in a new "
                            "database file.")

DEMO_CENTRE = "Centrum Integracji Cudzoziemców (demo)"
DEMO_DESK = "Recepcja 1 (demo)"
DEMO_ADMIN = "admin"
DEMO_PASSWORD = "demo-szkolenie-2024"  # every demo account's training password (README)
VISITS_PER_PERSON = 10
PERSONS_PER_CHUNK = 20_000
VISITS_PER_CHUNK = 50_000  # below 65,536: the change-log clock counts 16 bits a millisecond
ANONYMOUS_SHARE = 0.04
OPENING_HOURS = (9, 17)  # the desk is open 9:00-17:00 on working days

# Polish public holidays inside the seed project's period (no walk-ins on those days).
_HOLIDAYS = frozenset(dt.date.fromisoformat(d) for d in (
    "2023-08-15", "2023-11-01", "2023-11-11", "2023-12-25", "2023-12-26", "2024-01-01", "2024-01-06",
    "2024-03-31", "2024-04-01", "2024-05-01", "2024-05-03", "2024-05-19", "2024-05-30",
))

# (login, full name, role, specialist kind): a few staff of every role, password DEMO_PASSWORD.
_DEMO_STAFF = (
    ("recepcja1", "Katarzyna Nowicka", Role.RECEPTIONIST, None),
    ("recepcja2", "Olena Hrytsenko", Role.RECEPTIONIST, None),
    ("recepcja3", "Paweł Zieliński", Role.RECEPTIONIST, None),
    ("doradca1", "Marta Wróblewska", Role.COUNSELLOR, None),
    ("doradca2", "Iryna Bondarenko", Role.COUNSELLOR, None),
    ("psycholog", "Agnieszka Lis", Role.SPECIALIST, ConsultationKind.PSYCHOLOGIST),
    ("prawnik", "Tomasz Górecki", Role.SPECIALIST, ConsultationKind.LAWYER),
    ("doradca.podatkowy", "Ewa Michalak", Role.SPECIALIST, ConsultationKind.TAX_ADVISOR),
    ("koordynator", "Natalia Kravets", Role.COORDINATOR, None),
)


@dataclass(frozen=True)
class DemoResult:
    """What was added, and how to log in (``password`` is empty when the administrator's is no
    longer the demo's training password)."""

    persons: int
    visits: int
    login: str
    password: str
    consultations: int = 0
    outcomes: int = 0
    activities: int = 0
    sessions: int = 0
    enrolments: int = 0
    attendance: int = 0
    certificates: int = 0
    reports: int = 0  # reports sent (archived): one monthly report


# -- name pools ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Community:
    """One community: its share, citizenship, languages and name pools.

    First-name pools hold (Latin, native or None) pairs, family-name pools the male and female
    forms of both; repeats in a pool carry Faker's frequencies.
    """

    code: str
    weight: float
    languages: tuple[str, ...]
    male_first: tuple[tuple[str, str | None], ...]
    female_first: tuple[tuple[str, str | None], ...]
    family: tuple[tuple[str, str | None, str, str | None], ...]  # male (or only) and female forms


# Belarusian names: Faker has no be_BY locale. Common first names and surnames, combined at random.
_BY_MALE = ("Аляксандр", "Сяргей", "Андрэй", "Дзмітрый", "Уладзімір", "Павел", "Мікалай", "Ігар",
            "Віктар", "Алег", "Юрый", "Максім", "Яўген", "Васіль", "Міхаіл", "Раман", "Антон", "Іван",
            "Кірыл", "Вадзім", "Арцём", "Станіслаў", "Генадзь", "Уладзіслаў")
_BY_FEMALE = ("Вольга", "Таццяна", "Наталля", "Алена", "Ірына", "Святлана", "Марына", "Ганна", "Юлія",
              "Кацярына", "Вікторыя", "Дар'я", "Настасся", "Людміла", "Алеся", "Валянціна", "Крысціна",
              "Марыя", "Яна", "Вераніка", "Галіна", "Ксенія")
_BY_FAMILY = ("Каваленка", "Новік", "Казлоў", "Макарэвіч", "Лукашэвіч", "Шыманскі", "Васілеўскі", "Жук",
              "Кавалёў", "Мароз", "Карповіч", "Грыцук", "Давыдзенка", "Сініцкі", "Бабровіч", "Ярашэвіч",
              "Пашкевіч", "Дубовік", "Савіцкі", "Радзевіч", "Кулеш", "Барысевіч", "Філіпчык",
              "Цярэшчанка", "Лявонаў", "Міхалевіч", "Станкевіч", "Гурыновіч", "Багдановіч", "Ткачук",
              "Волкаў", "Сакалоўскі", "Левановіч", "Кузьміч", "Шэўчык", "Зайцаў", "Мацкевіч", "Рудак")

# Georgian (Mkhedruli) to Latin as in Georgian passports (national system, without apostrophes).
_GEORGIAN = str.maketrans({
    "ა": "a", "ბ": "b", "გ": "g", "დ": "d", "ე": "e", "ვ": "v", "ზ": "z", "თ": "t", "ი": "i", "კ": "k",
    "ლ": "l", "მ": "m", "ნ": "n", "ო": "o", "პ": "p", "ჟ": "zh", "რ": "r", "ს": "s", "ტ": "t", "უ": "u",
    "ფ": "p", "ქ": "k", "ღ": "gh", "ყ": "q", "შ": "sh", "ჩ": "ch", "ც": "ts", "ძ": "dz", "წ": "ts",
    "ჭ": "ch", "ხ": "kh", "ჯ": "j", "ჰ": "h",
})


def _georgian_latin(name: str) -> str:
    latin = name.translate(_GEORGIAN)
    return latin[:1].upper() + latin[1:]


def _feminine(family: str) -> str:
    """The female form of a (male-form) family name, for a household's women."""
    rules = (
        ("ський", "ська"), ("цький", "цька"), ("зький", "зька"), ("ский", "ская"), ("цкий", "цкая"),
        ("скі", "ская"), ("цкі", "цкая"), ("ий", "а"), ("ой", "ая"), ("оў", "ова"), ("аў", "ава"),
        ("ёў", "ёва"), ("ов", "ова"), ("ев", "ева"), ("єв", "єва"), ("ин", "ина"), ("ын", "ына"),
        ("ski", "ska"), ("cki", "cka"), ("dzki", "dzka"), ("ov", "ova"), ("ev", "eva"),
    )
    for male, female in rules:
        if family.endswith(male):
            return family[: -len(male)] + female
    return family


def _pool(names: list[str], to_latin: Callable[[str], str] | None) -> tuple[tuple[str, str | None], ...]:
    """(Latin, native) pairs; a name written in Latin has no native form."""
    cache: dict[str, tuple[str, str | None]] = {}
    return tuple(cache.setdefault(n, (to_latin(n), n) if to_latin else (n, None)) for n in names)


def _family_pool(names: list[str], to_latin: Callable[[str], str] | None
                 ) -> tuple[tuple[str, str | None, str, str | None], ...]:
    """(Latin, native, female Latin, female native) for each male-form family name."""
    cache: dict[str, tuple[str, str | None, str, str | None]] = {}
    for n in names:
        if n not in cache:
            female = _feminine(n)
            cache[n] = (to_latin(n), n, to_latin(female), female) if to_latin else (n, None, female, None)
    return tuple(cache[n] for n in names)


@functools.lru_cache(maxsize=1)
def _communities() -> tuple[_Community, ...]:
    """Name pools, built once per process from Faker (seeded, so always the same)."""
    from faker import Faker  # slow to import: only when demo data is made

    def draw(locale: str, method: str, n: int) -> list[str]:
        fake = Faker(locale)
        fake.seed_instance(20230701)
        make = getattr(fake, method)
        return [make() for _ in range(n)]

    def community(code, weight, languages, locale, latin, family_method="last_name_male", n=2000):
        return _Community(code, weight, languages, _pool(draw(locale, "first_name_male", n), latin),
                          _pool(draw(locale, "first_name_female", n), latin),
                          _family_pool(draw(locale, family_method, n * 2), latin))

    by_rng = random.Random(375)
    cyrillic = translit.to_latin
    belarusian = _Community(
        "BY", 9.0, ("ru", "be", "pl"),
        _pool(by_rng.choices(_BY_MALE, k=400), cyrillic), _pool(by_rng.choices(_BY_FEMALE, k=400), cyrillic),
        _family_pool(by_rng.choices(_BY_FAMILY, k=400), cyrillic))
    return (
        community("UA", 70.0, ("uk", "ru"), "uk_UA", cyrillic),
        belarusian,
        community("RU", 4.0, ("ru",), "ru_RU", cyrillic),
        community("GE", 5.0, ("ka", "ru"), "ka_GE", _georgian_latin, "last_name", 600),
        community("PL", 3.0, ("pl",), "pl_PL", None, "last_name_male", 600),
        community("MD", 2.5, ("ro", "ru"), "ro_RO", None, "last_name", 300),
        community("UZ", 2.0, ("uz", "ru"), "uz_UZ", None, "last_name_male", 300),
        community("TR", 1.5, ("tr", "en"), "tr_TR", None, "last_name", 300),
        community("AZ", 1.5, ("az", "ru"), "az_AZ", None, "last_name_male", 300),
        community("IN", 1.5, ("en", "hi"), "en_IN", None, "last_name", 300),
    )


# -- the calendar ---------------------------------------------------------------------------------

def _working_days(start: dt.date, end: dt.date) -> list[dt.date]:
    days = []
    day = start
    while day <= end:
        if day.weekday() < 5 and day not in _HOLIDAYS:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


_UUID4_CLEAR = ~((0xF000 << 64) | (0xC000 << 48))
_UUID4_SET = (4 << 76) | (0x8000 << 48)
_new_uuid = uuid.UUID.__new__
_set_int = object.__setattr__


def _uuid_from_bits(bits: int) -> uuid.UUID:
    """``uuid.UUID(int=bits, version=4)``, three times faster (a million of them are made)."""
    value = _new_uuid(uuid.UUID)
    _set_int(value, "int", (bits & _UUID4_CLEAR) | _UUID4_SET)
    _set_int(value, "is_safe", uuid.SafeUUID.unknown)
    return value


def _uuid(rng: random.Random) -> uuid.UUID:
    return _uuid_from_bits(rng.getrandbits(128))


# -- staff ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _StaffPools:
    receptionists: tuple[uuid.UUID, ...]
    by_reason: dict[str, tuple[uuid.UUID, ...]]
    by_kind: dict[ConsultationKind, tuple[uuid.UUID, ...]]  # who holds consultations of each kind


def _staff_pools(db: Database, admin: Actor) -> _StaffPools:
    with db.read() as s:
        rows = s.execute(select(Staff.id, Staff.role, Staff.specialist_kind)
                         .where(Staff.deleted.is_(False), Staff.active.is_(True))
                         .order_by(Staff.login)).all()

    def of(role: Role, kind: ConsultationKind | None = None) -> tuple[uuid.UUID, ...]:
        return tuple(r.id for r in rows if r.role == role and (kind is None or r.specialist_kind == kind))

    front = of(Role.RECEPTIONIST) or (admin.staff_id,)
    counsellors = of(Role.COUNSELLOR) or front
    by_reason = {
        ServiceCategory.VOCATIONAL.value: counsellors,
        ServiceCategory.JOB_SEARCH.value: counsellors,
        ServiceCategory.LAWYER.value: of(Role.SPECIALIST, ConsultationKind.LAWYER) or front,
        ServiceCategory.PSYCHOLOGIST.value: of(Role.SPECIALIST, ConsultationKind.PSYCHOLOGIST) or front,
        ServiceCategory.TAX_ADVISOR.value: of(Role.SPECIALIST, ConsultationKind.TAX_ADVISOR) or front,
        ServiceCategory.ACTIVITIES.value: of(Role.COORDINATOR) or front,
    }
    by_kind = {kind: by_reason.get(kind.value, counsellors) for kind in ConsultationKind}
    return _StaffPools(front, by_reason, by_kind)


def _set_up(db: Database) -> Actor:
    result = setup.initialise(db, DEMO_CENTRE, DEMO_DESK, DEMO_ADMIN, "Administrator (demo)", DEMO_PASSWORD)
    with UnitOfWork(db, result.admin) as uow:
        set_local_value(uow.session, DEMO_KEY, "1")
        one_derivation = notes.sealer(DEMO_PASSWORD)  # the accounts share their training password
        for login, name, role, kind in _DEMO_STAFF:
            auth.add_staff_in(uow, login, name, role, DEMO_PASSWORD, kind, sealer=one_derivation)
    return result.admin


def is_demo(db: Database) -> bool:
    """Whether the demo made this database: it marks itself (``DEMO_KEY``); a demo made before the
    mark is known by its centre and desk names, which no real centre takes."""
    if db.local(DEMO_KEY) == "1":
        return True
    return db.local("desk_name") == DEMO_DESK and setup.desk_info(db).centre_name == DEMO_CENTRE


# -- people ---------------------------------------------------------------------------------------

_STATUS_BY_CITIZENSHIP: dict[str, tuple[tuple[ResidenceStatus | None, float], ...]] = {
    "UA": ((ResidenceStatus.TEMPORARY_PROTECTION, 82), (ResidenceStatus.TEMPORARY_RESIDENCE, 11),
           (ResidenceStatus.PERMANENT_RESIDENCE, 4), (ResidenceStatus.VISA, 1), (ResidenceStatus.OTHER, 2)),
    "BY": ((ResidenceStatus.TEMPORARY_RESIDENCE, 45), (ResidenceStatus.INTERNATIONAL_PROTECTION, 20),
           (ResidenceStatus.VISA, 25), (ResidenceStatus.PERMANENT_RESIDENCE, 7), (ResidenceStatus.OTHER, 3)),
    "RU": ((ResidenceStatus.TEMPORARY_RESIDENCE, 45), (ResidenceStatus.INTERNATIONAL_PROTECTION, 30),
           (ResidenceStatus.VISA, 15), (ResidenceStatus.OTHER, 10)),
    "GE": ((ResidenceStatus.VISA_FREE, 45), (ResidenceStatus.TEMPORARY_RESIDENCE, 35),
           (ResidenceStatus.VISA, 15), (ResidenceStatus.OTHER, 5)),
    "PL": ((None, 100),),
}
_STATUS_OTHERS = ((ResidenceStatus.TEMPORARY_RESIDENCE, 50), (ResidenceStatus.VISA, 30),
                  (ResidenceStatus.INTERNATIONAL_PROTECTION, 8), (ResidenceStatus.VISA_FREE, 7),
                  (ResidenceStatus.OTHER, 5))
_PESEL_SHARE = {ResidenceStatus.TEMPORARY_PROTECTION: 0.92, None: 1.0,
                ResidenceStatus.PERMANENT_RESIDENCE: 0.8, ResidenceStatus.TEMPORARY_RESIDENCE: 0.35}

_CITIES = (("Wrocław", 80.0), ("Oleśnica", 4.0), ("Oława", 4.0), ("Środa Śląska", 2.0), ("Trzebnica", 2.0),
           ("Świdnica", 3.0), ("Legnica", 2.0), ("Jelcz-Laskowice", 3.0))
_DISTRICTS = ("Krzyki", "Fabryczna", "Psie Pole", "Stare Miasto", "Śródmieście")
_HEARD_FROM = (("znajomi / rodzina", 34.0), ("Facebook", 18.0), ("Telegram", 14.0), ("Urząd Wojewódzki", 8.0),
               ("MOPS", 7.0), ("punkt recepcyjny", 6.0), ("plakat / ulotka", 5.0), ("szkoła", 3.0), (None, 5.0))
_CONSENT_SCOPE = "Usługi Centrum i sprawozdawczość dla darczyńcy (IOM)"


def _table(pairs):
    values = tuple(v for v, _ in pairs)
    cumulative = []
    total = 0.0
    for _, weight in pairs:
        total += weight
        cumulative.append(total)
    return values, cumulative


class _PersonMaker:
    """Draws people; one instance per run, every draw from the run's ``random.Random``."""

    def __init__(self, rng: random.Random, days: list[dt.date], admin: Actor, desk_id: uuid.UUID,
                 staff: _StaffPools) -> None:
        self.rng = rng
        self.days = days
        self.communities = _communities()
        self.community_table = _table([(c, c.weight) for c in self.communities])
        self.status_tables = {code: _table(pairs) for code, pairs in _STATUS_BY_CITIZENSHIP.items()}
        self.status_others = _table(_STATUS_OTHERS)
        self.cities = _table(_CITIES)
        self.heard = _table(_HEARD_FROM)
        self.desk_id = desk_id
        self.receptionists = staff.receptionists
        self.pending: list[dict] = []  # household members waiting for their place in the order

    def _pick(self, table):
        values, cumulative = table
        return values[bisect.bisect(cumulative, self.rng.random() * cumulative[-1])]

    def _age(self) -> int:
        r = self.rng.random()
        if r < 0.27:
            return self.rng.randrange(0, 18)
        if r < 0.89:
            return 18 + int(self.rng.triangular(0, 42, 14))
        return self.rng.randrange(60, 86)

    def person(self, day_index: int, community: _Community | None = None, family: tuple | None = None,
               sex: Sex | None = None, age: int | None = None, household: uuid.UUID | None = None,
               relation: HouseholdRelation | None = None) -> dict:
        rng = self.rng
        community = community or self._pick(self.community_table)
        if sex is None:
            r = rng.random()
            sex = Sex.FEMALE if r < 0.58 else Sex.MALE if r < 0.995 else Sex.OTHER
        female = sex == Sex.FEMALE or (sex == Sex.OTHER and rng.random() < 0.5)
        given_pool = community.female_first if female else community.male_first
        given_latin, given_native = given_pool[int(rng.random() * len(given_pool))]
        if family is None:
            family = community.family[int(rng.random() * len(community.family))]
        family_latin, family_native = (family[2], family[3]) if female else (family[0], family[1])
        native = f"{given_native} {family_native}" if given_native and family_native else None

        first_contact = self.days[day_index]
        age = self._age() if age is None else age
        birth = dt.date.fromordinal(first_contact.toordinal() - int(age * 365.25) - int(rng.random() * 365))
        birth_date: dt.date | None = birth
        if rng.random() < 0.05:
            birth_date = None
        code = community.code
        status = self._pick(self.status_tables.get(code, self.status_others))
        pesel = None
        if birth_date is not None and sex != Sex.OTHER and rng.random() < _PESEL_SHARE.get(status, 0.0):
            pesel = pesel_rules.make(birth_date, sex == Sex.MALE, int(rng.random() * 1000))
        adult = age >= 16
        phone = None
        if adult and rng.random() < 0.92:
            phone = f"+48{'5678'[int(rng.random() * 4)]}{int(rng.random() * 10**8):08d}"
        email = None
        if adult and rng.random() < 0.35:
            email = (f"{translit.fold(given_latin)}.{translit.fold(family_latin)}{int(rng.random() * 100)}"
                     f"@example.com").replace(" ", "")
        city = self._pick(self.cities)
        languages = community.languages if code != "UA" or rng.random() < 0.8 else ("uk", "ru", "pl")
        r = rng.random()
        disability = Disability.NOT_ASKED if r < 0.55 else Disability.WITHOUT if r < 0.97 else Disability.WITH
        handler = self.receptionists[int(rng.random() * len(self.receptionists))]
        registered = dt.datetime(first_contact.year, first_contact.month, first_contact.day,
                                 OPENING_HOURS[0] + int(rng.random() * (OPENING_HOURS[1] - OPENING_HOURS[0])),
                                 int(rng.random() * 60), int(rng.random() * 60))
        return {
            "id": _uuid(rng), "deleted": False,
            "given_name": given_latin, "family_name": family_latin, "native_name": native,
            "sex": sex, "birth_date": birth_date, "birth_year": birth.year, "citizenship": code,
            "languages": ",".join(languages), "phone": phone, "email": email, "city": city,
            "district": _DISTRICTS[int(rng.random() * len(_DISTRICTS))] if city == "Wrocław" else None,
            "residence_status": status, "pesel": pesel,
            "household_id": household, "household_relation": relation, "disability": disability,
            "consent_kind": ConsentKind.WRITTEN if rng.random() < 0.85 else ConsentKind.VERBAL_CERTIFIED,
            "consent_date": first_contact, "consent_scope": _CONSENT_SCOPE, "consent_by": handler,
            "first_contact_date": first_contact, "heard_from": self._pick(self.heard),
            "registered_at": registered, "registered_by": handler, "registered_desk": self.desk_id,
            "merged_into": None, "anonymised": False,
        }

    def people(self, day_indexes: list[int]) -> list[dict]:
        """One person per day index (in order); about a third come as a household, whose other
        members take the next places in the order (the same day or one close to it)."""
        rng = self.rng
        out: list[dict] = []
        for day_index in day_indexes:
            if self.pending:
                member = self.pending.pop()
                out.append(self.person(day_index, **member))
                continue
            if rng.random() < 0.12:
                out.append(self._household(day_index))
            else:
                out.append(self.person(day_index))
        return out

    def _household(self, day_index: int) -> dict:
        rng = self.rng
        community = self._pick(self.community_table)
        family = community.family[int(rng.random() * len(community.family))]
        household = _uuid(rng)
        head_sex = Sex.FEMALE if rng.random() < 0.7 else Sex.MALE
        members = []
        if rng.random() < 0.35:
            members.append({"sex": Sex.MALE if head_sex == Sex.FEMALE else Sex.FEMALE,
                            "age": rng.randrange(25, 60), "relation": HouseholdRelation.SPOUSE})
        for _ in range(rng.choice((1, 1, 2, 2, 3))):
            members.append({"sex": Sex.FEMALE if rng.random() < 0.5 else Sex.MALE, "age": rng.randrange(0, 18),
                            "relation": HouseholdRelation.CHILD})
        if rng.random() < 0.1:
            members.append({"sex": Sex.FEMALE, "age": rng.randrange(60, 85), "relation": HouseholdRelation.PARENT})
        for member in reversed(members):
            self.pending.append(member | {"community": community, "family": family, "household": household})
        return self.person(day_index, community, family, head_sex, rng.randrange(25, 55), household,
                           HouseholdRelation.HEAD)


# -- visits ---------------------------------------------------------------------------------------

_REASONS = (
    (ServiceCategory.INFORMATION, 26.0), (ServiceCategory.LEGAL, 16.0), (ServiceCategory.ADMINISTRATIVE, 16.0),
    (ServiceCategory.JOB_SEARCH, 9.0), (ServiceCategory.VOCATIONAL, 7.0), (ServiceCategory.LANGUAGE_COURSE, 8.0),
    (ServiceCategory.ACTIVITIES, 7.0), (ServiceCategory.LAWYER, 4.0), (ServiceCategory.PSYCHOLOGIST, 3.5),
    (ServiceCategory.TAX_ADVISOR, 1.5), (ServiceCategory.OTHER, 2.0),
)
_NOTES = ("Pytanie o kartę pobytu", "Pomoc w wypełnieniu wniosku", "Umówiono na kolejną wizytę",
          "Pytanie o kurs języka polskiego", "Sprawa zasiłku 800+", "Szuka pracy w gastronomii",
          "Tłumaczenie pisma z urzędu", "Pytanie o szkołę dla dziecka", "Przedłużenie statusu UKR")
_OUTCOMES = ("informacja udzielona", "umówiono konsultację", "przekazano formularz", "sprawa w toku")
_REFERRALS = ("Dolnośląski Urząd Wojewódzki", "PUP Wrocław", "MOPS Wrocław", "ZUS", "Urząd Skarbowy")
_AGE_GROUPS = (("0-4", 6.0), ("5-11", 10.0), ("12-17", 8.0), ("18-59", 66.0), ("60+", 10.0))
_ANON_CITIZENSHIP = (("UA", 75.0), ("BY", 8.0), ("RU", 4.0), ("GE", 5.0), ("MD", 3.0), ("UZ", 2.0),
                     ("XX", 3.0))


def _reason_options(staff: _StaffPools) -> tuple[list[tuple[list[str], tuple[uuid.UUID, ...]]], list[float]]:
    """Reason lists (one reason mostly, some two) with their weights and who may handle them."""
    options: list[tuple[list[str], tuple[uuid.UUID, ...]]] = []
    cumulative: list[float] = []
    total = 0.0
    singles = [(category.value, weight) for category, weight in _REASONS]
    for code, weight in singles:
        total += weight * 0.8
        options.append(([code], staff.by_reason.get(code, staff.receptionists)))
        cumulative.append(total)
    for i, (first, w1) in enumerate(singles):
        for second, w2 in singles[i + 1:]:
            total += 0.2 * w1 * w2 / 50.0
            handler = staff.by_reason.get(second) or staff.by_reason.get(first, staff.receptionists)
            options.append(([first, second], handler))
            cumulative.append(total)
    return options, cumulative


class _VisitMaker:
    def __init__(self, rng: random.Random, days: list[dt.date], desk_id: uuid.UUID, staff: _StaffPools) -> None:
        self.rng = rng
        self.days = days
        self.desk_id = desk_id
        self.options, self.option_weights = _reason_options(staff)
        self.age_groups = _table(_AGE_GROUPS)
        self.anon_citizenship = _table(_ANON_CITIZENSHIP)
        self.receptionists = staff.receptionists
        opening_minutes = (OPENING_HOURS[1] - OPENING_HOURS[0]) * 60
        self.opening_seconds = opening_minutes * 60
        self.day_starts = [dt.datetime(d.year, d.month, d.day, OPENING_HOURS[0]) for d in days]
        self.seconds = [dt.timedelta(seconds=s) for s in range(self.opening_seconds)]
        # (note, outcome, referral) by percentile: a note for 9%, an outcome for half, a referral for 5%
        self.extras = [(_NOTES[p % len(_NOTES)], None, None) if p < 9
                       else (None, _OUTCOMES[p % len(_OUTCOMES)], None) if 25 <= p < 75
                       else (None, None, _REFERRALS[p % len(_REFERRALS)]) if p >= 95
                       else (None, None, None) for p in range(100)]
        # More people in the morning: a minute of the opening hours, front-loaded.
        self.minute_weights = [1.6 if m < 180 else 1.2 if m < 300 else 0.8 for m in range(opening_minutes)]

    def slots(self, first_days: list[int], named: int, anonymous: int) -> list[int]:
        """Every visit as one sortable int: day, minute, second, then the person's place (or -1 for
        anonymous, stored as 0 with the anonymous flag). Each person comes on their first-contact
        day and, if they have more visits, on later working days; sorted by time."""
        rng = self.rng
        n_days = len(self.days)
        n_persons = len(first_days)
        per_person = [0] * n_persons
        if n_persons:
            if named >= n_persons:
                per_person = [1] * n_persons
                extra = named - n_persons
                # How keen each person is (a long tail: some come dozens of times), times how much of
                # the period is left after their first visit, so the caseload grows over time
                # instead of piling up in the last days.
                weights = [min(rng.paretovariate(1.6), 25.0) * (n_days - first_days[i]) / n_days
                           for i in range(n_persons)]
                for i in rng.choices(range(n_persons), weights=weights, k=extra):
                    per_person[i] += 1
            else:
                for i in rng.sample(range(n_persons), named):
                    per_person[i] = 1
        shift = (n_persons + 1).bit_length()
        opening_seconds = (OPENING_HOURS[1] - OPENING_HOURS[0]) * 3600
        minutes = len(self.minute_weights)
        minute_draws = rng.choices(range(minutes), weights=self.minute_weights, k=named + anonymous)
        draw = 0
        keys: list[int] = []
        append = keys.append
        random_ = rng.random
        for person, count in enumerate(per_person):
            if not count:
                continue
            first = first_days[person]
            span = n_days - first
            for k in range(count):
                day = first if k == 0 else first + int(random_() * span)
                second = minute_draws[draw] * 60 + int(random_() * 60)
                draw += 1
                append(((day * opening_seconds + second) << shift) | (person + 1))
        for _ in range(anonymous):
            day = int(random_() * n_days)
            second = minute_draws[draw] * 60 + int(random_() * 60)
            draw += 1
            append((day * opening_seconds + second) << shift)
        keys.sort()
        return keys

    def visits(self, keys: list[int], shift: int, person_ids: list[uuid.UUID]) -> list[dict]:
        """The visit rows for a run of ``slots`` keys, in time order (a day's visits sit together)."""
        rng = self.rng
        random_ = rng.random
        getrandbits = rng.getrandbits
        make_id = _uuid_from_bits
        options = self.options
        picks = rng.choices(range(len(options)), cum_weights=self.option_weights, k=len(keys))
        opening_seconds = self.opening_seconds
        day_starts, days, seconds, extras = self.day_starts, self.days, self.seconds, self.extras
        desk_id = self.desk_id
        mask = (1 << shift) - 1
        out: list[dict] = []
        append = out.append
        for key, pick in zip(keys, picks, strict=True):
            place = key & mask
            day, second = divmod(key >> shift, opening_seconds)
            reasons, handlers = options[pick]
            note, outcome, referral = extras[int(random_() * 100)]
            row = {
                "id": make_id(getrandbits(128)), "deleted": False,
                "person_id": person_ids[place - 1] if place else None,
                "visited_at": day_starts[day] + seconds[second], "visit_date": days[day],
                "desk_id": desk_id, "reasons": reasons, "note": note,
                "handled_by": handlers[int(random_() * len(handlers))],
                "outcome": outcome, "referral": referral,
                "anon_sex": None, "anon_age_group": None, "anon_citizenship": None,
            }
            if not place:
                row["anon_sex"] = Sex.FEMALE if random_() < 0.6 else Sex.MALE
                row["anon_age_group"] = self._pick(self.age_groups)
                row["anon_citizenship"] = self._pick(self.anon_citizenship)
            append(row)
        return out

    def _pick(self, table):
        values, cumulative = table
        return values[bisect.bisect(cumulative, self.rng.random() * cumulative[-1])]


# -- consultations --------------------------------------------------------------------------------

CONSULTATIONS_PER_CHUNK = 50_000
# Topics the demo admin has added (Admin → Consultation topics), as a Polish centre writes them.
DEMO_TOPICS = ("Karta pobytu", "Status UKR / PESEL", "Mieszkanie", "CV", "Rozmowa kwalifikacyjna",
               "Umowa o pracę", "Uznanie kwalifikacji", "Zeznanie podatkowe (PIT)", "Zapisy do szkoły",
               "Świadczenia rodzinne", "Opieka zdrowotna", "Stres i adaptacja")


@dataclass(frozen=True)
class _KindPlan:
    """How one kind of consultation looks: of the named visits with its reason, the share that is
    also such a consultation; lengths; the share with a follow-up; confidentiality; topics; notes."""

    share: float
    minutes: tuple[int, ...]
    follow_up: float
    confidentiality: tuple[tuple[Confidentiality, float], ...]
    topics: tuple[tuple[str, ...], ...]
    notes: tuple[str | None, ...]


_N, _S, _A = Confidentiality.NORMAL, Confidentiality.SPECIALIST_ONLY, Confidentiality.AUTHOR_ONLY
_COUNSELLING_LEVELS = ((_N, 92.0), (_S, 6.0), (_A, 2.0))
# Shares tuned so that about one named visit in ten brings a consultation (about 100,000 at full
# size: every row costs the full-size build time).
_KIND_PLANS: dict[ConsultationKind, _KindPlan] = {
    ConsultationKind.VOCATIONAL: _KindPlan(
        0.25, (30, 45, 45, 60, 60, 90), 0.4, _COUNSELLING_LEVELS,
        (("CV",), ("Uznanie kwalifikacji",), ("CV", "Uznanie kwalifikacji"), ("Umowa o pracę",), ()),
        ("Rozmowa o doświadczeniu zawodowym i kwalifikacjach.", "Omówiono możliwości przekwalifikowania.",
         "Przygotowano plan rozwoju zawodowego.", "Informacja o uznawaniu dyplomów.", None)),
    ConsultationKind.JOB_SEARCH: _KindPlan(
        0.2, (30, 30, 45, 45, 60), 0.4, _COUNSELLING_LEVELS,
        (("CV",), ("Rozmowa kwalifikacyjna",), ("CV", "Rozmowa kwalifikacyjna"), ("Umowa o pracę",), ()),
        ("Pomoc w przygotowaniu CV.", "Przegląd ofert pracy; wysłano dwie aplikacje.",
         "Przygotowanie do rozmowy kwalifikacyjnej.", "Omówiono rejestrację w urzędzie pracy.", None)),
    ConsultationKind.LEGAL: _KindPlan(
        0.07, (15, 20, 30, 30, 45), 0.25, _COUNSELLING_LEVELS,
        (("Karta pobytu",), ("Status UKR / PESEL",), ("Mieszkanie",), ("Karta pobytu", "Mieszkanie"), ()),
        ("Informacja o przedłużeniu pobytu.", "Wyjaśniono procedurę karty pobytu.", "Omówiono prawa najemcy.",
         "Pomoc w piśmie do urzędu.", None)),
    ConsultationKind.ADMINISTRATIVE: _KindPlan(
        0.05, (15, 15, 20, 30), 0.2, _COUNSELLING_LEVELS,
        (("Zapisy do szkoły",), ("Świadczenia rodzinne",), ("Opieka zdrowotna",), ("Status UKR / PESEL",), ()),
        ("Pomoc w wypełnieniu wniosku o świadczenie.", "Wyjaśniono pismo z urzędu.",
         "Zapis dziecka do szkoły: lista dokumentów.", "Pomoc w rejestracji w przychodni.", None)),
    ConsultationKind.LAWYER: _KindPlan(
        0.35, (30, 45, 60, 60), 0.35, ((_N, 60.0), (_S, 35.0), (_A, 5.0)),
        (("Karta pobytu",), ("Mieszkanie",), ("Umowa o pracę",), ()),
        ("Konsultacja w sprawie umowy najmu.", "Analiza decyzji administracyjnej; możliwe odwołanie.",
         "Porada w sprawie umowy o pracę.", "Omówiono sprawę rodzinną; ustalono dalsze kroki.")),
    ConsultationKind.PSYCHOLOGIST: _KindPlan(
        0.4, (50, 50, 60), 0.5, ((_N, 5.0), (_S, 75.0), (_A, 20.0)),
        (("Stres i adaptacja",), ("Stres i adaptacja",), ()),
        ("Rozmowa wspierająca.", "Omówiono sposoby radzenia sobie ze stresem.",
         "Kontynuacja wsparcia; samopoczucie stabilne.", "Ustalono plan kolejnych spotkań.")),
    ConsultationKind.TAX_ADVISOR: _KindPlan(
        0.35, (30, 30, 45), 0.2, ((_N, 85.0), (_S, 15.0)),
        (("Zeznanie podatkowe (PIT)",), ("Umowa o pracę", "Zeznanie podatkowe (PIT)"), ()),
        ("Pomoc w rozliczeniu PIT.", "Wyjaśniono zasady opodatkowania umowy zlecenia.",
         "Informacja o numerze NIP i ulgach.", "Omówiono rozliczenie działalności gospodarczej.")),
}
_MODES = ((ConsultationMode.IN_PERSON, 82.0), (ConsultationMode.PHONE, 10.0), (ConsultationMode.ONLINE, 8.0))
_FOLLOW_UP_DAYS = (7, 14, 14, 21, 28, 42)
_CONSULTING = frozenset(kind.value for kind in ConsultationKind)
_SPECIALIST_KINDS = frozenset({ConsultationKind.LAWYER, ConsultationKind.PSYCHOLOGIST, ConsultationKind.TAX_ADVISOR})
_JOB_KINDS = frozenset({ConsultationKind.VOCATIONAL, ConsultationKind.JOB_SEARCH})
_SPOKEN = ("pl", "uk", "ru", "en")  # what the centre's staff speak; others need an interpreter or English


def _consultation_language(languages: str | None) -> str:
    return next((code for code in (languages or "").split(",") if code in _SPOKEN), "en")


class _ConsultationMaker:
    """Consultations drawn from the named visits that came for a counselling or specialist reason:
    held that day, by staff of that kind. Keeps, for the outcomes, each person's first vocational
    or job-search consultation."""

    def __init__(self, rng: random.Random, staff: _StaffPools, language_of: dict[uuid.UUID, str],
                 period_end: dt.date) -> None:
        self.rng = rng
        self.staff = staff
        self.language_of = language_of
        self.period_end = period_end
        self.levels = {kind: _table(plan.confidentiality) for kind, plan in _KIND_PLANS.items()}
        self.modes = _table(_MODES)
        # shared by the rows (JSON encodes them without changing them)
        self.topics = {kind: tuple(list(t) for t in plan.topics) for kind, plan in _KIND_PLANS.items()}
        self.kinds_of: dict[int, tuple[ConsultationKind, ...]] = {}
        self.first_job_talk: dict[uuid.UUID, dt.date] = {}
        self.made: dict[tuple[ConsultationKind, Confidentiality], int] = {}

    def _pick(self, table):
        values, cumulative = table
        return values[bisect.bisect(cumulative, self.rng.random() * cumulative[-1])]

    def _kinds(self, reasons: list[str]) -> tuple[ConsultationKind, ...]:
        # the reason lists are shared by every visit drawn with them: look each up once
        kinds = self.kinds_of.get(id(reasons))
        if kinds is None:
            kinds = tuple(ConsultationKind(r) for r in reasons if r in _CONSULTING)
            self.kinds_of[id(reasons)] = kinds
        return kinds

    def from_visits(self, visit_rows: list[dict]) -> list[dict]:
        random_ = self.rng.random
        out = []
        for visit in visit_rows:
            person_id = visit["person_id"]
            if person_id is None:
                continue
            for kind in self._kinds(visit["reasons"]):
                if random_() < _KIND_PLANS[kind].share:
                    out.append(self.consultation(kind, person_id, visit["visit_date"]))
        return out

    def consultation(self, kind: ConsultationKind, person_id: uuid.UUID, held_on: dt.date,
                     level: Confidentiality | None = None, follow_up: dt.date | None = None) -> dict:
        rng = self.rng
        random_ = rng.random
        plan = _KIND_PLANS[kind]
        pool = self.staff.by_kind[kind]
        language = self.language_of.get(person_id, "uk")
        if language != "pl" and random_() < 0.15:
            language = "pl"  # the person manages in Polish
        interpreter = language != "pl" and random_() < (0.35 if kind in _SPECIALIST_KINDS else 0.1)
        level = level or self._pick(self.levels[kind])
        done = False
        if follow_up is None and random_() < plan.follow_up:
            follow_up = held_on + dt.timedelta(days=_FOLLOW_UP_DAYS[int(random_() * len(_FOLLOW_UP_DAYS))])
            # most follow-ups were kept; those falling near the period's end are still open (overdue)
            late = (self.period_end - follow_up).days < 21
            done = random_() >= (0.35 if late else 0.04)
        key = (kind, level)
        self.made[key] = self.made.get(key, 0) + 1
        if kind in _JOB_KINDS:
            first = self.first_job_talk.get(person_id)
            if first is None or held_on < first:
                self.first_job_talk[person_id] = held_on
        return {
            "id": _uuid(rng), "deleted": False, "person_id": person_id, "kind": kind,
            "staff_id": pool[int(random_() * len(pool))], "held_on": held_on,
            "minutes": plan.minutes[int(random_() * len(plan.minutes))],
            "mode": ConsultationMode.ONLINE if kind == ConsultationKind.PSYCHOLOGIST and random_() < 0.15
            else self._pick(self.modes),
            "language": language, "interpreter": interpreter,
            "topics": self.topics[kind][int(random_() * len(plan.topics))],
            "note": plan.notes[int(random_() * len(plan.notes))],
            "confidentiality": level, "follow_up_on": follow_up, "follow_up_done": done,
        }

    def top_up(self, person_ids: list[uuid.UUID], first_days: list[int], days: list[dt.date],
               today: dt.date) -> list[dict]:
        """What a small demo may lack by chance: every kind and every confidentiality level its
        plan allows, at least once; and for each consulting staff member, open follow-ups: one
        overdue, two due today and one in the next days (the period itself is over, so all its other
        open follow-ups are overdue)."""
        rng = self.rng
        out = []
        if not person_ids:
            return out

        def someone() -> tuple[uuid.UUID, dt.date, dt.date]:
            """A person, a day from their first contact on, and a day in the period's last weeks."""
            place = int(rng.random() * len(person_ids))
            first = first_days[place]
            late = max(first, len(days) - 10 + int(rng.random() * 10))
            return person_ids[place], days[first + int(rng.random() * (len(days) - first))], days[late]

        for kind, plan in _KIND_PLANS.items():
            for level, _ in plan.confidentiality:
                if not self.made.get((kind, level)):
                    person_id, day, _ = someone()
                    out.append(self.consultation(kind, person_id, day, level=level))
        for kind in (ConsultationKind.VOCATIONAL, *sorted(_SPECIALIST_KINDS)):  # one set per counsellor
            for staff_id in self.staff.by_kind[kind]:
                for offset in (None, 0, 0, 2 + int(rng.random() * 12)):
                    person_id, _, late = someone()
                    due = late + dt.timedelta(days=14) if offset is None else today + dt.timedelta(days=offset)
                    row = self.consultation(kind, person_id, late, follow_up=due)  # an open follow-up
                    row["staff_id"] = staff_id
                    out.append(row)
        return out




# -- employment outcomes ----------------------------------------------------------------------------

OUTCOME_SHARE = 0.12  # of the persons who had vocational or job-search consultations
_CONTRACTS = ((ContractKind.EMPLOYMENT, 45.0), (ContractKind.MANDATE, 35.0), (ContractKind.SELF_EMPLOYMENT, 8.0),
              (ContractKind.OTHER, 12.0))
_MONTHS = {  # expected length in months; None: open-ended
    ContractKind.EMPLOYMENT: (None, None, 3, 6, 12, 12),
    ContractKind.MANDATE: (1, 2, 2, 3, 3, 6, None),
    ContractKind.SELF_EMPLOYMENT: (None,),
    ContractKind.OTHER: (1, 1, 2, 3),
}
_EMPLOYERS = ("Magazyn centrum logistycznego", "Hotel w centrum miasta", "Zakład produkcji elementów AGD",
              "Sklep spożywczy", "Restauracja", "Firma sprzątająca", "Piekarnia", "Szpital (pomoc kuchenna)",
              "Salon fryzjerski", "Firma budowlana", "Przedszkole niepubliczne", "Biuro rachunkowe")
_HOURS = (40, 40, 40, 40, 30, 20)


def _outcomes(rng: random.Random, first_job_talk: dict[uuid.UUID, dt.date], rule: dict,
              recorders: tuple[uuid.UUID, ...], period_end: dt.date) -> list[dict]:
    """Employment outcomes for a share of those who had vocational or job-search consultations,
    starting weeks after the first one; some find a better job later. ``stable`` follows the
    project's rule, as ``outcomes.record`` computes it."""
    from wic_desk.services.outcomes import is_stable

    contracts = _table(_CONTRACTS)
    out: list[dict] = []

    def outcome(person_id: uuid.UUID, start: dt.date, kind: ContractKind | None = None) -> dict:
        values, cumulative = contracts
        kind = kind or values[bisect.bisect(cumulative, rng.random() * cumulative[-1])]
        months = _MONTHS[kind][int(rng.random() * len(_MONTHS[kind]))]
        own = kind == ContractKind.SELF_EMPLOYMENT
        return {
            "id": _uuid(rng), "deleted": False, "person_id": person_id, "start_date": start,
            "employer": "Działalność gospodarcza" if own else _EMPLOYERS[int(rng.random() * len(_EMPLOYERS))],
            "contract_kind": kind, "hours_per_week": None if own else _HOURS[int(rng.random() * len(_HOURS))],
            "duration_months": months, "stable": is_stable(rule, kind, months),
            "evidence_seen": rng.random() < 0.75, "recorded_by": recorders[int(rng.random() * len(recorders))],
        }

    def later(day: dt.date, low: int, high: int) -> dt.date:
        return min(period_end, day + dt.timedelta(days=low + int(rng.random() * (high - low))))

    for person_id, talk in first_job_talk.items():
        if rng.random() >= OUTCOME_SHARE:
            continue
        first = outcome(person_id, later(talk, 10, 120))
        out.append(first)
        if not first["stable"] and rng.random() < 0.3:  # a better job after a first short one
            out.append(outcome(person_id, later(first["start_date"], 30, 150), ContractKind.EMPLOYMENT))
    if not any(o["stable"] for o in out) and first_job_talk:
        person_id, talk = next(iter(first_job_talk.items()))
        out.append(outcome(person_id, later(talk, 10, 60), ContractKind.EMPLOYMENT))
    return out


# -- group activities -----------------------------------------------------------------------------

_PLACE = "Centrum, sala szkoleniowa"
_PLACE_WORKSHOP = "Centrum, sala warsztatowa"
_ONLINE = "Online (wideokonferencja)"
_FESTIVAL_PLACE = "Plener festiwalowy, namiot Centrum"
_COORDINATOR = "Natalia Kravets"
_TEACHERS = ("Joanna Malinowska", "Oksana Melnyk", "Barbara Szymańska", "Dorota Kaczmarek")
_CHRISTMAS_BREAK = (dt.date(2023, 12, 22), dt.date(2024, 1, 7))

_MEETING_TOPICS = ("pierwsze kroki w Polsce", "urzędy i dokumenty", "ochrona zdrowia", "szkoła i przedszkole",
                   "rynek pracy", "mieszkanie i najem", "bezpieczeństwo i prawa", "kultura i zwyczaje",
                   "świadczenia i ZUS", "transport i miasto")
_WORKSHOPS_CHILDREN = ("Warsztaty integracyjne dla dzieci: gry i zabawy", "Warsztaty integracyjne dla dzieci: "
                       "plastyka", "Warsztaty integracyjne dla dzieci: teatr", "Warsztaty integracyjne dla dzieci: "
                       "muzyka")
_WORKSHOPS_ADULTS = ("Warsztaty integracyjne dla dorosłych: kuchnie świata", "Warsztaty integracyjne dla "
                     "dorosłych: Wrocław i okolice", "Warsztaty integracyjne dla dorosłych: komunikacja "
                     "międzykulturowa", "Warsztaty integracyjne dla dorosłych: rękodzieło")
# (title, days, start times, hours). The workshops of September 2023's festival carry its tag
# (setup.SEED_TAG), and their hours pass the donor's 60 with the base set; the other events' do
# not count for it (untagged), so the tag counts only its own event.
_FESTIVAL = (
    ("Skovoroda Fest 2023: warsztaty rękodzieła", ("2023-09-16", "2023-09-17"), ("10:00", "14:00"), 4.0),
    ("Skovoroda Fest 2023: warsztaty kulinarne", ("2023-09-16", "2023-09-17"), ("10:30", "14:30"), 3.5),
    ("Jarmark świąteczny: ozdoby choinkowe", ("2023-12-09", "2023-12-10"), ("11:00", "15:00"), 3.0),
    ("Wielkanoc: warsztaty pisanek", ("2024-03-23",), ("10:00", "13:30"), 3.0),
    ("Dzień Dziecka: warsztaty plastyczne", ("2024-06-01", "2024-06-02"), ("10:00", "14:00"), 4.0),
    ("Skovoroda Fest 2023: taniec ludowy", ("2023-09-17",), ("12:00",), 2.0),
    ("Skovoroda Fest 2023: muzyka i śpiew", ("2023-09-16", "2023-09-17"), ("11:00", "15:00"), 3.0),
    ("Skovoroda Fest 2023: malarstwo petrykiwka", ("2023-09-16", "2023-09-17"), ("10:00", "13:30"), 3.5),
    ("Skovoroda Fest 2023: warsztaty dla dzieci", ("2023-09-16", "2023-09-17"), ("11:30", "15:30"), 2.5),
)
_COURSE_TERMS = (  # first day, weekdays (Monday 0), start time, hours
    ("2023-07-24", (0, 1, 2, 3), "10:00", 2.0),
    ("2023-09-18", (0, 2), "17:30", 1.5),
    ("2024-02-19", (1, 3), "17:30", 1.5),
)
_LEVELS = ("A1", "A2", "B1")


@dataclass
class _ActivityPlan:
    kind: ActivityKind
    title: str
    sessions: list[tuple[dt.date, dt.time, float]]
    size: int  # participants wanted (when enough people are registered by then)
    who: str  # "adult", "child", "ua" (Ukrainian adults) or "any"
    presence: tuple[tuple[float, float], ...]  # (chance of being present at a session, weight) per person
    place: str = _PLACE
    facilitator: str = _COORDINATOR
    capacity: int | None = None
    waiting: int = 0
    completion_percent: int = 80
    cancelled: bool = False
    description: str | None = None
    target_group: str | None = None
    tag: str | None = None  # the event or series it belongs to (an indicator may count by it)


_LOYAL = ((0.97, 40.0), (0.88, 25.0), (0.7, 20.0), (0.4, 15.0))  # a course: most stay, some drop off
_DROP_IN = ((0.8, 20.0), (0.55, 40.0), (0.3, 40.0))  # the club: people come when they can
_ONE_OFF = ((0.87, 1.0),)  # a meeting or workshop: most who signed up come


def _time(text: str) -> dt.time:
    hour, minute = text.split(":")
    return dt.time(int(hour), int(minute))


def _dates_on(start: dt.date, weekdays: tuple[int, ...], count: int, end: dt.date) -> list[dt.date]:
    """``count`` dates from ``start`` on the given weekdays, skipping holidays and the winter break."""
    out = []
    day = start
    while len(out) < count and day <= end:
        if day.weekday() in weekdays and day not in _HOLIDAYS and not (
                _CHRISTMAS_BREAK[0] <= day <= _CHRISTMAS_BREAK[1]):
            out.append(day)
        day += dt.timedelta(days=1)
    return out


def _activity_plans(rng: random.Random, scale: int, period: tuple[dt.date, dt.date]) -> list[_ActivityPlan]:
    """The seed project's activities: ``scale`` (1 for a centre of a few thousand people) multiplies
    the groups that a bigger centre would run in parallel."""
    start, end = period
    plans: list[_ActivityPlan] = []
    autumn = dt.date(2023, 9, 4)

    def spread(n: int, weekdays: tuple[int, ...], first: dt.date = autumn) -> list[dt.date]:
        """n dates spread over September to June, each on the first fitting weekday."""
        out = []
        for i in range(n):
            day = first + dt.timedelta(days=int((i + rng.random() * 0.6) * (end - first).days / n))
            out.append((_dates_on(day, weekdays, 1, end) or [end])[0])
        return out

    for i, day in enumerate(spread(5 + scale, (1, 2, 3))):
        plans.append(_ActivityPlan(
            ActivityKind.ADAPTATION_MEETING, f"Spotkanie adaptacyjne: {_MEETING_TOPICS[i % len(_MEETING_TOPICS)]}",
            [(day, dt.time(17, 0), 2.0)], 10 + int(rng.random() * 12), "adult", _ONE_OFF, capacity=30,
            target_group="Osoby dorosłe, nowo przybyłe"))
    for i, day in enumerate(spread(10 + scale, (0, 3))):
        plans.append(_ActivityPlan(
            ActivityKind.ADAPTATION_MEETING_UA_REPS,
            f"Spotkanie adaptacyjne dla przedstawicieli społeczności ukraińskiej nr {i + 1}",
            [(day, dt.time(16, 0), 2.0)], 5 + int(rng.random() * 8), "ua", _ONE_OFF, capacity=15,
            target_group="Przedstawiciele społeczności ukraińskiej"))
    for kind, titles, who, group in ((ActivityKind.WORKSHOP_CHILDREN, _WORKSHOPS_CHILDREN, "child", "Dzieci 6-14 lat"),
                                     (ActivityKind.WORKSHOP_ADULTS, _WORKSHOPS_ADULTS, "adult", "Osoby dorosłe")):
        for i, day in enumerate(spread(2 + scale, (2, 4))):
            n_sessions = 1 + int(rng.random() * 3)
            dates = _dates_on(day, (2, 4), n_sessions, end)
            plans.append(_ActivityPlan(
                kind, titles[i % len(titles)] + (f" ({i // len(titles) + 1})" if i >= len(titles) else ""),
                [(d, dt.time(16, 30), 2.0) for d in dates], 8 + int(rng.random() * 8), who, _ONE_OFF,
                place=_PLACE_WORKSHOP, capacity=16, target_group=group))
    for i in range(len(_FESTIVAL) + scale - 1):
        title, festival_days, times, hours = _FESTIVAL[i % len(_FESTIVAL)]
        sessions = [(dt.date.fromisoformat(d), _time(t), hours) for d in festival_days for t in times]
        plans.append(_ActivityPlan(
            ActivityKind.FESTIVAL_WORKSHOP, title + (f" (stanowisko {i // len(_FESTIVAL) + 1})"
                                                     if i >= len(_FESTIVAL) else ""),
            sessions, 12 + int(rng.random() * 14), "any", ((0.6, 1.0),), place=_FESTIVAL_PLACE,
            description="Warsztaty otwarte w czasie wydarzenia; liczą się godziny warsztatów.",
            tag=setup.SEED_TAG if title.startswith(setup.SEED_TAG) else None))
    for i in range(3 * scale):
        first, weekdays, at, hours = _COURSE_TERMS[i % len(_COURSE_TERMS)]
        level = _LEVELS[(i // len(_COURSE_TERMS)) % len(_LEVELS)]
        group = i // len(_COURSE_TERMS) + 1
        begin = dt.date.fromisoformat(first) + dt.timedelta(days=7 * ((group - 1) % 4))
        dates = _dates_on(begin, weekdays, 20 + int(rng.random() * 11), end)
        capacity = 15 + int(rng.random() * 6)
        plans.append(_ActivityPlan(
            ActivityKind.POLISH_COURSE, f"Kurs języka polskiego {level}, grupa {group} ({dates[0]:%m.%Y})",
            [(d, _time(at), hours) for d in dates], capacity, "adult", _LOYAL,
            facilitator=_TEACHERS[i % len(_TEACHERS)], capacity=capacity, waiting=2 + int(rng.random() * 4),
            target_group="Osoby dorosłe", description="Kurs w grupie; certyfikat przy obecności na 80% zajęć."))
    for i in range(scale):
        weekday = (2, 3, 1)[i % 3]
        dates = _dates_on(dt.date(2023, 9, 4) + dt.timedelta(days=7 * (i // 3)), (weekday,), 60, end)
        plans.append(_ActivityPlan(
            ActivityKind.LANGUAGE_CLUB, "Klub językowy" + (f" ({i + 1})" if scale > 1 else ""),
            [(d, dt.time(18, 0), 1.5) for d in dates], 12 + int(rng.random() * 10), "adult", _DROP_IN,
            facilitator=_TEACHERS[(i + 1) % len(_TEACHERS)], completion_percent=50,
            description="Cotygodniowe rozmowy po polsku; zaświadczenie przy obecności na połowie spotkań."))
    online_starts = ("2023-10-02", "2024-03-04", "2023-11-06", "2024-04-08", "2024-01-08", "2024-05-06")
    for i in range(2 * scale):
        begin = dt.date.fromisoformat(online_starts[i % 6]) + dt.timedelta(days=7 * ((i // 6) % 3))
        dates = _dates_on(begin, (0,), 6, end)
        plans.append(_ActivityPlan(
            ActivityKind.ONLINE_COURSE, f"Kurs online „Cudzoziemcy w Polsce”, edycja {i + 1}",
            [(d, dt.time(18, 0), 1.5) for d in dates], 20 + int(rng.random() * 16), "adult",
            ((0.98, 50.0), (0.8, 30.0), (0.35, 20.0)), place=_ONLINE, capacity=40, completion_percent=100,
            description="Sześć modułów online; zaświadczenie po wszystkich modułach."))
    # plans the centre had to call off: enrolled, never held
    plans.append(_ActivityPlan(
        ActivityKind.ADAPTATION_MEETING, "Spotkanie adaptacyjne: wolontariat (odwołane)",
        [(spread(1, (2,), dt.date(2024, 1, 15))[0], dt.time(17, 0), 2.0)], 6, "adult", _ONE_OFF, capacity=30,
        cancelled=True))
    plans.append(_ActivityPlan(
        ActivityKind.WORKSHOP_CHILDREN, "Warsztaty integracyjne dla dzieci: sport (odwołane)",
        [(spread(1, (4,), dt.date(2023, 11, 6))[0], dt.time(16, 30), 2.0)], 5, "child", _ONE_OFF,
        place=_PLACE_WORKSHOP, capacity=16, cancelled=True))
    assert all(p.sessions for p in plans) and start < autumn
    return plans


class _ActivityMaker:
    """Rows for the activities, their sessions, enrolment (waiting list beyond capacity, a few
    withdrawn) and attendance: each participant has their own chance of coming, so some meet the
    completion rule and some do not; every session of an activity that took place has someone
    present, so it counts as held."""

    def __init__(self, rng: random.Random, project_id: uuid.UUID | None, days: list[dt.date],
                 first_days: list[int], person_ids: list[uuid.UUID], birth_years: list[int],
                 citizenship: list[str | None]) -> None:
        self.rng = rng
        self.project_id = project_id
        self.days = days
        self.first_days = first_days
        self.person_ids = person_ids
        self.birth_years = birth_years
        self.citizenship = citizenship
        self.activities: list[dict] = []
        self.sessions: list[dict] = []
        self.enrolments: list[dict] = []
        self.attendance: list[dict] = []
        # Polish courses: (activity, last session, who met the completion rule), for a few certificates
        self.completers: list[tuple[uuid.UUID, dt.date, list[uuid.UUID]]] = []

    def _participants(self, plan: _ActivityPlan, want: int) -> list[int]:
        first_day = min(s[0] for s in plan.sessions)
        registered = bisect.bisect_left(self.first_days, bisect.bisect_right(self.days, first_day))
        want = min(want, max(1, registered // 3)) if registered else 0
        year = first_day.year

        def fits(place: int) -> bool:
            age = year - self.birth_years[place]
            if plan.who == "child":
                return 5 <= age < 15
            if plan.who == "any":
                return True
            return age >= 16 and (plan.who != "ua" or self.citizenship[place] == "UA")

        chosen: list[int] = []
        seen: set[int] = set()
        tries = 0
        while len(chosen) < want and tries < 30 * want + 50:
            tries += 1
            place = int(self.rng.random() * registered)
            if place not in seen:
                seen.add(place)
                if fits(place):
                    chosen.append(place)
        return chosen

    def add(self, plan: _ActivityPlan) -> None:
        rng = self.rng
        random_ = rng.random
        activity_id = _uuid(rng)
        self.activities.append({
            "id": activity_id, "deleted": False, "kind": plan.kind, "title": plan.title,
            "description": plan.description, "facilitator": plan.facilitator, "place": plan.place,
            "capacity": plan.capacity, "target_group": plan.target_group, "project_id": self.project_id,
            "completion_percent": plan.completion_percent, "cancelled": plan.cancelled,
            "cancel_reason": "Za mało zgłoszeń" if plan.cancelled else None, "tag": plan.tag,
        })
        session_ids = []
        for number, (held_on, start, hours) in enumerate(sorted(plan.sessions), 1):
            session_ids.append(_uuid(rng))
            self.sessions.append({
                "id": session_ids[-1], "deleted": False, "activity_id": activity_id, "number": number,
                "held_on": held_on, "start_time": start, "hours": hours, "place": plan.place,
                "facilitator": plan.facilitator, "cancelled": False, "cancel_reason": None,
            })
        withdrawn = 1 if plan.waiting and random_() < 0.7 else 0
        people = self._participants(plan, plan.size + plan.waiting + withdrawn)
        enrolled = people[:plan.size]
        waiting = people[plan.size:plan.size + plan.waiting]
        gone = people[plan.size + plan.waiting:]
        first_session = min(s[0] for s in plan.sessions)
        for place, status in ([(p, EnrolmentStatus.ENROLLED) for p in enrolled]
                              + [(p, EnrolmentStatus.WAITING) for p in waiting]
                              + [(p, EnrolmentStatus.WITHDRAWN) for p in gone]):
            earliest = self.days[self.first_days[place]]
            day = max(earliest, first_session - dt.timedelta(days=int(random_() * 21)))
            self.enrolments.append({
                "id": _uuid(rng), "deleted": False, "activity_id": activity_id,
                "person_id": self.person_ids[place], "status": status,
                "enrolled_at": dt.datetime(day.year, day.month, day.day, 9 + int(random_() * 8),
                                           int(random_() * 60)),
            })
        if plan.cancelled or not enrolled:
            return
        values, cumulative = _table(plan.presence)
        chances = [values[bisect.bisect(cumulative, random_() * cumulative[-1])] for _ in enrolled]
        present = dict.fromkeys(enrolled, 0)
        for s, session_id in enumerate(session_ids):
            marks = []
            for place, chance in zip(enrolled, chances, strict=True):
                if random_() < chance:
                    status = AttendanceStatus.PRESENT
                else:
                    status = AttendanceStatus.EXCUSED if random_() < 0.35 else AttendanceStatus.ABSENT
                marks.append([place, status])
            if not any(m[1] == AttendanceStatus.PRESENT for m in marks):
                marks[int(random_() * len(marks))][1] = AttendanceStatus.PRESENT
            if s < 3:  # those who withdrew came to the first sessions
                marks.extend([p, AttendanceStatus.PRESENT] for p in gone)
            for place, status in marks:
                self.attendance.append({"id": _uuid(rng), "deleted": False, "session_id": session_id,
                                        "person_id": self.person_ids[place], "status": status})
                if status == AttendanceStatus.PRESENT and place in present:
                    present[place] += 1
        done = [self.person_ids[p] for p in enrolled
                if activities_rules.completed(present[p], len(session_ids), plan.completion_percent)]
        if plan.kind == ActivityKind.POLISH_COURSE:
            self.completers.append((activity_id, max(s[0] for s in plan.sessions), done))


# -- the whole -------------------------------------------------------------------------------------

def build_demo(db: Database, persons: int, visits: int | None = None, seed: int = 1,
               progress: Progress | None = None) -> DemoResult:
    """Fill ``db`` with invented people and visits over the seed project's period.

    An empty database is first set up (demo centre and desk, administrator ``admin`` and a few
    staff of every role, all with the password demo-szkolenie-2024) and marked as a demo; a demo database is added to, as
    its first administrator; a database set up for real work is refused (UserError, unchanged).
    Work is committed in chunks: for all or nothing, use ``build_demo_file``.
    ``visits`` defaults to 10 per person; about 4% of them are anonymous. Deterministic for a seed
    and a starting database. ``progress(done, total, what)`` is called between committed chunks.
    """
    if persons < 0 or (visits is not None and visits < 0):
        raise ValueError("persons and visits cannot be negative")
    if db.is_set_up() and not is_demo(db):
        raise UserError(E_REAL)
    # Millions of short-lived dicts and no reference cycles worth chasing: the cyclic garbage
    # collector would walk the growing heap over and over and more than double the time.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _build(db, persons, visits, seed, progress)
    finally:
        if collecting:
            gc.enable()


def _build(db: Database, persons: int, visits: int | None, seed: int, progress: Progress | None) -> DemoResult:
    visits = persons * VISITS_PER_PERSON if visits is None else visits
    fresh = not db.is_set_up()
    admin = _set_up(db) if fresh else auth.first_admin(db)
    if admin is None:
        raise ValueError("the database has no active administrator")
    desk_id = db.desk_id
    assert desk_id is not None
    with db.read() as s:
        before = s.execute(select(func.count()).select_from(Person)).scalar_one()
        before_visits = s.execute(select(func.count()).select_from(Visit)).scalar_one()
    stream = f"wic-demo/{seed}/{before}/{before_visits}"
    rng = random.Random(stream)
    staff = _staff_pools(db, admin)
    days = _working_days(*setup.SEED_PERIOD)
    # Progress counts persons and visits, then the consultations as a tenth of the visits, then one
    # step for the rest (outcomes, activities).
    talk_units = visits // 10 if persons else 0
    total = persons + visits + talk_units + (1 if persons else 0)
    done = 0

    # People, in the order they first came (so registration follows the calendar).
    first_days = sorted(int(rng.random() * len(days)) for _ in range(persons))
    maker = _PersonMaker(rng, days, admin, desk_id, staff)
    person_ids: list[uuid.UUID] = []
    birth_years: list[int] = []
    citizenship: list[str | None] = []
    language_of: dict[uuid.UUID, str] = {}
    languages = functools.lru_cache(maxsize=None)(_consultation_language)
    for start in range(0, persons, PERSONS_PER_CHUNK):
        rows = maker.people(first_days[start:start + PERSONS_PER_CHUNK])
        for r in rows:  # in first-contact order, which the visits and activities follow
            person_ids.append(r["id"])
            birth_years.append(r["birth_year"])
            citizenship.append(r["citizenship"])
            language_of[r["id"]] = languages(r["languages"])
        search_rows = [{"person_id": r["id"], "key": search_key_for(
            r["given_name"], r["family_name"], r["native_name"], r["phone"], r["pesel"])} for r in rows]
        with UnitOfWork(db, admin) as uow:
            uow.bulk_insert(Person, rows)
            uow.session.execute(insert(PersonSearch), search_rows)
        done += len(rows)
        if progress:
            progress(done, total, "persons")

    # Visits, in time order; then the consultations some of them brought (drawn from their own random
    # stream, so the people and visits of a seed stay what they were, and written after the visits:
    # each table's indexes then grow in turn, which is faster than both at once).
    anonymous = visits if not persons else round(visits * ANONYMOUS_SHARE)
    visit_maker = _VisitMaker(rng, days, desk_id, staff)
    talks = _ConsultationMaker(random.Random(stream + "/consultations"), staff, language_of, setup.SEED_PERIOD[1])
    keys = visit_maker.slots(first_days, visits - anonymous, anonymous)
    shift = (persons + 1).bit_length()
    talk_rows: list[dict] = []
    for start in range(0, visits, VISITS_PER_CHUNK):
        rows = visit_maker.visits(keys[start:start + VISITS_PER_CHUNK], shift, person_ids)
        talk_rows.extend(talks.from_visits(rows))
        with UnitOfWork(db, admin) as uow:
            uow.bulk_insert(Visit, rows)
        done += len(rows)
        if progress:
            progress(done, total, "visits")
    del keys, language_of
    consultations = len(talk_rows)
    note_sealer = _NoteSealer(db, admin)
    note_sealer.seal(talk_rows)
    for start in range(0, consultations, VISITS_PER_CHUNK):
        with UnitOfWork(db, admin) as uow:
            uow.bulk_insert(Consultation, talk_rows[start:start + VISITS_PER_CHUNK])
        if progress:
            written = min(consultations, start + VISITS_PER_CHUNK)
            progress(done + talk_units * written // consultations, total, "consultations")
    done += talk_units
    del talk_rows

    counts: dict[str, int] = {}
    if persons:
        counts = _add_the_rest(db, admin, random.Random(stream + "/activities"), talks, staff, days, first_days,
                               person_ids, birth_years, citizenship, note_sealer)
        consultations += counts.pop("consultations")
        counts["reports"] = _send_a_report(db, admin)
        if progress:
            progress(total, total, "activities")
    elif progress and not total:
        progress(0, 0, "")

    password = DEMO_PASSWORD if fresh or auth.password_is(db, admin.login, DEMO_PASSWORD) else ""
    return DemoResult(persons=persons, visits=visits, login=admin.login, password=password, consultations=consultations,
                      **counts)


def _add_the_rest(db: Database, admin: Actor, rng: random.Random, talks: _ConsultationMaker, staff: _StaffPools,
                  days: list[dt.date], first_days: list[int], person_ids: list[uuid.UUID], birth_years: list[int],
                  citizenship: list[str | None], note_sealer: _NoteSealer) -> dict[str, int]:
    """Topics, the consultations a small demo may lack, employment outcomes, the seed project's
    activities with enrolment and attendance, and a few certificates."""
    with db.read() as s:
        known = set(s.execute(select(Topic.name).where(Topic.deleted.is_(False))).scalars())
        project = s.execute(select(Project.id, Project.stable_rule).where(
            Project.current.is_(True), Project.deleted.is_(False))).first()
    project_id, rule = (project.id, project.stable_rule or {}) if project else (None, {})
    topics = [{"id": _uuid(rng), "deleted": False, "name": name} for name in DEMO_TOPICS if name not in known]
    extra_talks = talks.top_up(person_ids, first_days, days, dt.date.today())
    note_sealer.seal(extra_talks)
    recorders = staff.by_kind[ConsultationKind.VOCATIONAL]
    outcome_rows = _outcomes(rng, talks.first_job_talk, rule, recorders, setup.SEED_PERIOD[1])
    scale = max(1, round(math.sqrt(len(person_ids) / 1000)))
    activity_maker = _ActivityMaker(rng, project_id, days, first_days, person_ids, birth_years, citizenship)
    for plan in _activity_plans(rng, scale, setup.SEED_PERIOD):
        activity_maker.add(plan)
    _insert_in_chunks(db, admin, [
        (Topic, topics), (Consultation, extra_talks), (EmploymentOutcome, outcome_rows),
        (Activity, activity_maker.activities), (ActivitySession, activity_maker.sessions),
        (Enrolment, activity_maker.enrolments), (Attendance, activity_maker.attendance)])
    certificates = _issue_certificates(db, admin, activity_maker.completers)
    return {"consultations": len(extra_talks), "outcomes": len(outcome_rows),
            "activities": len(activity_maker.activities), "sessions": len(activity_maker.sessions),
            "enrolments": len(activity_maker.enrolments), "attendance": len(activity_maker.attendance),
            "certificates": certificates}


class _NoteSealer:
    """Seals the demo's notes as a reader's would be (services.notes): a key per reader group,
    sealed for the group's members and the recovery key, made once for the whole build."""

    def __init__(self, db: Database, admin: Actor) -> None:
        self.db, self.admin = db, admin
        self.keys: dict[str, tuple[uuid.UUID, bytes]] = {}

    def seal(self, rows: list[dict]) -> None:
        wanted = {notes.note_group(r["kind"], r["confidentiality"], r["staff_id"]) for r in rows if r.get("note")}
        missing = sorted(wanted - set(self.keys))
        if missing:
            with UnitOfWork(self.db, self.admin) as uow:
                for group in missing:
                    self.keys[group] = notes.new_key(uow.session, group)
        encrypt = notes.encrypt_with
        for r in rows:
            if r.get("note"):
                key_id, key = self.keys[notes.note_group(r["kind"], r["confidentiality"], r["staff_id"])]
                r["note"] = encrypt(key_id, key, r["id"], r["note"])


def _insert_in_chunks(db: Database, admin: Actor, batches: list[tuple[type, list[dict]]]) -> None:
    """Bulk inserts in units of work of at most ``VISITS_PER_CHUNK`` rows each."""
    pending: list[tuple[type, list[dict]]] = []
    size = 0

    def flush() -> None:
        with UnitOfWork(db, admin) as uow:
            for model, part in pending:
                uow.bulk_insert(model, part)

    for model, rows in batches:
        for start in range(0, len(rows), VISITS_PER_CHUNK):
            part = rows[start:start + VISITS_PER_CHUNK]
            if pending and size + len(part) > VISITS_PER_CHUNK:
                flush()
                pending, size = [], 0
            pending.append((model, part))
            size += len(part)
    if pending:
        flush()


CERTIFICATES = 5
DEMO_REPORT_MONTH = "2024-05"  # the last whole month of the seed project


def _send_a_report(db: Database, admin: Actor) -> int:
    """One monthly report written through the reports service, as a coordinator sends it, so the
    Reports screen has something to reopen; the file itself is kept in the archive only."""
    from wic_desk.domain.errors import NotFound
    from wic_desk.services import reports

    with tempfile.TemporaryDirectory(prefix="wic-demo-report-") as folder:
        try:
            reports.monthly_report(db, admin, DEMO_REPORT_MONTH, Path(folder) / f"raport-{DEMO_REPORT_MONTH}.xlsx")
        except NotFound:  # a demo added to after its current project was unset: no report to send
            return 0
    return 1


def _issue_certificates(db: Database, admin: Actor, completers: list[tuple[uuid.UUID, dt.date, list[uuid.UUID]]]
                        ) -> int:
    """A few certificates of the first Polish-course group that had completers, issued a week
    after its last session through the certificates service (serials, verification codes)."""
    from wic_desk.services import certificates

    for activity_id, last, people in completers:
        if len(people) >= 2:
            for person_id in people[:CERTIFICATES]:
                certificates.issue(db, admin, activity_id, person_id, today=last + dt.timedelta(days=7))
            return len(people[:CERTIFICATES])
    return 0


# -- a demo database file, all or nothing ---------------------------------------------------------------

def _sqlite_files(path: Path) -> list[Path]:
    return [path] + [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal", ".keys", ".lock")]


def _remove(path: Path) -> None:
    for file in _sqlite_files(path):
        file.unlink(missing_ok=True)


def _refuse_set_up(db: Database) -> None:
    if db.is_set_up():
        raise UserError(E_DEMO_EXISTS if is_demo(db) else E_REAL)


def _single_file(path: Path, key: bytes | None) -> None:
    """Checkpoint and leave the rollback journal: one self-contained file, written to disk, that
    can move without -wal/-shm files (the app turns WAL on again when it opens it)."""
    conn = cipher.connect(path, key, mode="rw")
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def build_demo_file(db_path: str | Path | None, persons: int, visits: int | None = None, seed: int = 1,
                    progress: Progress | None = None) -> DemoResult:
    """A new demo database at ``db_path`` (None: ``WIC_DESK_DATABASE_URL`` or the default file),
    all or nothing.

    Refuses (UserError, nothing touched) a database that is set up, whether for real work or
    as a demo already. The demo is built in a file beside the target (``BUILDING_SUFFIX``), which
    this function owns: leftovers of a killed build are removed first. When the build is complete
    it becomes the target: renamed into place when there is no target yet, else (an empty
    database not set up, which another program may hold open) copied into it in one transaction.
    A build killed at any point leaves the target absent or as it was. A database that is not a
    file (PostgreSQL) is built in place, in chunks, like ``build_demo``.
    """
    url = database_url(db_path, default_path=paths.default_database_path())
    target = sqlite_path(url)
    if target is None:
        db = Database.open(url=url)
        try:
            _refuse_set_up(db)
            return build_demo(db, persons, visits, seed, progress)
        finally:
            db.close()
    target = target.resolve()
    # The target's lock is held for the whole build, so no window opens the target meanwhile and
    # no second build of the same target runs; the file built beside it is then ours alone.
    if not target.parent.is_dir():
        raise UserError(T("Errors", "The folder for the database does not exist."))
    lock_existed = lock.lock_path(target).exists()
    lock.acquire(target, wait_s=busy_timeout_ms() / 1000)
    try:
        token, desk_id, result = _build_beside(target, persons, visits, seed, progress)
    except BaseException:
        lock.release(target)
        if not lock_existed and not target.exists():  # leave the folder as it was
            lock.lock_path(target).unlink(missing_ok=True)
        raise
    lock.release(target)
    if token and desk_id:
        # The database was registered under the name it was built in: it is the target now, not a copy.
        identity.register(paths.data_dir() / identity.REGISTRY_NAME, token, identity.file_identity(target), desk_id)
    return result


def _build_beside(target: Path, persons: int, visits: int | None, seed: int, progress: Progress | None
                  ) -> tuple[str | None, uuid.UUID | None, DemoResult]:
    """Build the demo beside ``target`` (whose lock the caller holds) and put it in place."""
    exists = target.exists()
    if exists:
        if keys.is_encrypted(target):  # set up: its key file says for what
            demo = bool(keys.login_screen_names(target).get("demo"))
            raise UserError(E_DEMO_EXISTS if demo else E_REAL)
        existing = Database.open(target)  # refuses a folder or a file that is not ours
        try:
            _refuse_set_up(existing)
        finally:
            existing.close()
    building = target.with_name(target.name + BUILDING_SUFFIX)
    _remove(building)
    db = Database.open(building)
    try:
        result = build_demo(db, persons, visits, seed, progress)
        keys.refresh(db)  # the login screen's names: a demo
        token, desk_id, key = db.local(identity.INSTANCE_KEY), db.desk_id, db.key
    except BaseException:
        db.close()
        _remove(building)
        raise
    db.close()
    try:
        _single_file(building, key)
        # The target is a database never set up (checked above under its lock): it holds
        # nothing, and the finished demo takes its place with its key file.
        for stale in _sqlite_files(target)[:-1]:
            stale.unlink(missing_ok=True)
        os.replace(keyfile.key_file_path(building), keyfile.key_file_path(target))
        os.replace(building, target)
        _remove(building)  # its lock file
    except BaseException:
        _remove(building)
        raise
    return token, desk_id, result
