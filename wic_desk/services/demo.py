"""A realistic demo/training database: staff, people of the communities the centre serves, and
their walk-in visits over the seed project's period (``wic-desk demo``).

Everything is invented: names are drawn from Faker's name lists (and a small hand-made list of
Belarusian names), never from real records. A seed gives the same data every time: name pools are
built once from Faker seeded with a constant, then every draw (names, dates, UUIDs) comes from one
``random.Random`` seeded from ``seed`` and from what the database already holds, so a second run
on the same file adds new people instead of colliding with the first run's keys.

Speed (100,000 people and 1,000,000 visits in well under a minute on a small laptop): every row is
a plain dict written with Core ``insert()`` through ``UnitOfWork.bulk_insert`` (change log
included), values that repeat (names and their search-key words, dates, times, reasons) are built
once and shared, and work is committed in chunks with progress reported in between.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import gc
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, insert, select

from wic_desk.domain import pesel as pesel_rules
from wic_desk.domain import translit
from wic_desk.domain.enums import (
    ConsentKind,
    ConsultationKind,
    Disability,
    HouseholdRelation,
    ResidenceStatus,
    Role,
    ServiceCategory,
    Sex,
)
from wic_desk.services import auth, setup
from wic_desk.services.context import Actor, Database
from wic_desk.services.people import search_key_for
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import Person, PersonSearch, Staff, Visit

Progress = Callable[[int, int, str], None]

DEMO_CENTRE = "Centrum Integracji Cudzoziemców (demo)"
DEMO_DESK = "Recepcja 1 (demo)"
DEMO_ADMIN = "admin"
DEMO_PIN = "1234"
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

# (login, full name, role, specialist kind): a few staff of every role, PIN DEMO_PIN.
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
    """What was added, and how to log in (``pin`` is empty when it is not the demo PIN)."""

    persons: int
    visits: int
    login: str
    pin: str


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


def _by_empty_columns(rows: list[dict]) -> list[dict]:
    """The rows reordered so that those with the same empty columns sit together.

    The ORM's bulk insert leaves out a row's None values and sends one executemany per run of
    rows with the same columns: in random order almost every row becomes its own statement,
    several times slower.
    """
    return sorted(rows, key=lambda row: tuple(v is None for v in row.values()))


# -- staff ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _StaffPools:
    receptionists: tuple[uuid.UUID, ...]
    by_reason: dict[str, tuple[uuid.UUID, ...]]


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
    return _StaffPools(front, by_reason)


def _set_up(db: Database) -> Actor:
    result = setup.initialise(db, DEMO_CENTRE, DEMO_DESK, DEMO_ADMIN, "Administrator (demo)", DEMO_PIN)
    with UnitOfWork(db, result.admin) as uow:
        for login, name, role, kind in _DEMO_STAFF:
            auth.add_staff_in(uow, login, name, role, DEMO_PIN, kind)
    return result.admin


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
_EXTRA_GROUPS = range(4)
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
        # (note, outcome, referral, group) by percentile: a note for 9%, an outcome for half, a
        # referral for 5%; the group keeps rows with the same empty columns together.
        self.extras = [(_NOTES[p % len(_NOTES)], None, None, 0) if p < 9
                       else (None, _OUTCOMES[p % len(_OUTCOMES)], None, 1) if 25 <= p < 75
                       else (None, None, _REFERRALS[p % len(_REFERRALS)], 2) if p >= 95
                       else (None, None, None, 3) for p in range(100)]
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
        """The visit rows for a run of ``slots`` keys (see ``_by_empty_columns`` for their order)."""
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
        groups: list[list[dict]] = [[] for _ in range(2 * len(_EXTRA_GROUPS))]
        for key, pick in zip(keys, picks, strict=True):
            place = key & mask
            day, second = divmod(key >> shift, opening_seconds)
            reasons, handlers = options[pick]
            note, outcome, referral, group = extras[int(random_() * 100)]
            row = {
                "id": make_id(getrandbits(128)), "deleted": False,
                "person_id": person_ids[place - 1] if place else None,
                "visited_at": day_starts[day] + seconds[second], "visit_date": days[day],
                "desk_id": desk_id, "reasons": reasons, "note": note,
                "handled_by": handlers[int(random_() * len(handlers))],
                "outcome": outcome, "referral": referral,
                "anon_sex": None, "anon_age_group": None, "anon_citizenship": None,
            }
            if place:
                groups[group].append(row)
            else:
                row["anon_sex"] = Sex.FEMALE if random_() < 0.6 else Sex.MALE
                row["anon_age_group"] = self._pick(self.age_groups)
                row["anon_citizenship"] = self._pick(self.anon_citizenship)
                groups[group + len(_EXTRA_GROUPS)].append(row)
        return [row for group in groups for row in group]

    def _pick(self, table):
        values, cumulative = table
        return values[bisect.bisect(cumulative, self.rng.random() * cumulative[-1])]


# -- the whole -------------------------------------------------------------------------------------

def build_demo(db: Database, persons: int, visits: int | None = None, seed: int = 1,
               progress: Progress | None = None) -> DemoResult:
    """Fill ``db`` with invented people and visits over the seed project's period.

    An empty database is first set up (demo centre and desk, administrator ``admin`` and a few
    staff of every role, all with PIN 1234); a set-up one is added to, as its first administrator.
    ``visits`` defaults to 10 per person; about 4% of them are anonymous. Deterministic for a seed
    and a starting database. ``progress(done, total, what)`` is called between committed chunks.
    """
    if persons < 0 or (visits is not None and visits < 0):
        raise ValueError("persons and visits cannot be negative")
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
    rng = random.Random(f"wic-demo/{seed}/{before}/{before_visits}")
    staff = _staff_pools(db, admin)
    days = _working_days(*setup.SEED_PERIOD)
    total = persons + visits
    done = 0

    # People, in the order they first came (so registration follows the calendar).
    first_days = sorted(int(rng.random() * len(days)) for _ in range(persons))
    maker = _PersonMaker(rng, days, admin, desk_id, staff)
    person_ids: list[uuid.UUID] = []
    for start in range(0, persons, PERSONS_PER_CHUNK):
        rows = maker.people(first_days[start:start + PERSONS_PER_CHUNK])
        person_ids.extend(r["id"] for r in rows)  # in first-contact order, which the visits follow
        rows = _by_empty_columns(rows)
        search_rows = [{"person_id": r["id"], "key": search_key_for(
            r["given_name"], r["family_name"], r["native_name"], r["phone"], r["pesel"])} for r in rows]
        with UnitOfWork(db, admin) as uow:
            uow.bulk_insert(Person, rows)
            uow.session.execute(insert(PersonSearch), search_rows)
        done += len(rows)
        if progress:
            progress(done, total, "persons")

    # Visits, in time order.
    anonymous = visits if not persons else round(visits * ANONYMOUS_SHARE)
    visit_maker = _VisitMaker(rng, days, desk_id, staff)
    keys = visit_maker.slots(first_days, visits - anonymous, anonymous)
    shift = (persons + 1).bit_length()
    for start in range(0, visits, VISITS_PER_CHUNK):
        rows = visit_maker.visits(keys[start:start + VISITS_PER_CHUNK], shift, person_ids)
        with UnitOfWork(db, admin) as uow:
            uow.bulk_insert(Visit, rows)
        done += len(rows)
        if progress:
            progress(done, total, "visits")
    if progress and not total:
        progress(0, 0, "")

    pin = DEMO_PIN if fresh or auth.verify_actor(db, admin, DEMO_PIN) else ""
    return DemoResult(persons=persons, visits=visits, login=admin.login, pin=pin)
