"""Registering people, finding them in any script, spotting likely duplicates, their page.

Search: every person has a row in ``person_search`` whose key holds each word of their names in
every romanisation, folded, each word prefixed with ``^``. Two FTS5 indexes hold the keys: one
word by word (``person_fts_words``: whole words, and word starts as prefixes) and one by trigrams
(``person_fts``: matches inside a word). A query is tried as whole words, then as word starts,
then as substrings, each step only while fewer than the wanted number were found, and the
candidates are ranked in Python (whole word, then word start, then anywhere), ties in Polish
alphabetical order. On 100,000 people a query takes well under a millisecond (tests/perf).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import uuid
from dataclasses import dataclass, field, fields, replace
from typing import NamedTuple

from rapidfuzz import fuzz
from sqlalchemy import Select, bindparam, func, select, update
from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect
from sqlalchemy.orm import Session

from wic_desk.domain import erasure, restriction, translit
from wic_desk.domain.enums import (
    AttendanceStatus,
    ConsentKind,
    Disability,
    HouseholdRelation,
    ResidenceStatus,
    Sex,
)
from wic_desk.domain.errors import FormErrors, NotFound, UserError, ValidationError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.domain.permissions import Action
from wic_desk.domain.validation import (
    check_birth_date,
    check_email,
    check_not_future,
    check_pesel,
    check_phone,
    check_required,
    normalize_pesel,
    normalize_phone,
    parse_date,
)
from wic_desk.services import auth
from wic_desk.services.context import Actor, Database
from wic_desk.services.merge import person_ids_for, survivor_of
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.base import stored_uuid
from wic_desk.store.models import (
    Activity,
    ActivitySession,
    Attendance,
    Certificate,
    Person,
    PersonSearch,
    Staff,
    Visit,
)
from wic_desk.sync import apply

SEARCH_LIMIT = 50
_CANDIDATES = 400


# -- input and validation -----------------------------------------------------------------------

@dataclass
class PersonInput:
    """What the registration form collects. Names as in the document (Latin) and in native script."""

    given_name: str = ""
    family_name: str = ""
    native_name: str | None = None
    sex: Sex = Sex.OTHER
    birth_date: dt.date | None = None
    birth_year: int | None = None
    citizenship: str | None = None
    languages: str | None = None
    phone: str | None = None
    email: str | None = None
    city: str | None = None
    district: str | None = None
    residence_status: ResidenceStatus | None = None
    pesel: str | None = None
    disability: Disability = Disability.NOT_ASKED
    household_id: uuid.UUID | None = None
    household_relation: HouseholdRelation | None = None
    first_contact_date: dt.date | None = None
    heard_from: str | None = None


@dataclass(frozen=True)
class ConsentInput:
    kind: ConsentKind
    date: dt.date
    scope: str


def normalise(data: PersonInput) -> PersonInput:
    """Trim, tidy phone and PESEL, and move a Cyrillic name into the native-script field, giving it
    its Latin form (Ukrainian national romanisation) for the document-name fields."""
    given = (data.given_name or "").strip()
    family = (data.family_name or "").strip()
    native = (data.native_name or "").strip() or None
    if translit.has_cyrillic(given) or translit.has_cyrillic(family):
        if native is None:
            native = " ".join(p for p in (given, family) if p)
        given, family = translit.to_latin(given), translit.to_latin(family)
    birth_year = data.birth_year or (data.birth_date.year if data.birth_date else None)
    empty_to_none = {
        f.name: (getattr(data, f.name).strip() or None)
        for f in fields(data) if isinstance(getattr(data, f.name), str) and f.name not in ("given_name", "family_name")
    }
    tidy = replace(data, **empty_to_none)
    return replace(tidy, given_name=given, family_name=family, native_name=native,
                   phone=normalize_phone(tidy.phone), pesel=normalize_pesel(tidy.pesel), birth_year=birth_year,
                   citizenship=tidy.citizenship.upper() if tidy.citizenship else None)


def validate(data: PersonInput, today: dt.date | None = None) -> dict[str, ValidationError]:
    """Every problem at once, keyed by field, so the form can show each next to its field."""
    today = today or dt.date.today()
    errors: dict[str, ValidationError] = {}
    checks = (
        lambda: check_required(data.given_name, "given_name"),
        lambda: check_required(data.family_name, "family_name"),
        lambda: check_birth_date(data.birth_date, today),
        lambda: check_pesel(data.pesel, data.birth_date, data.sex),
        lambda: check_phone(data.phone),
        lambda: check_email(data.email),
        lambda: check_not_future(data.first_contact_date, today, "first_contact_date"),
        lambda: _check_birth_year(data.birth_year, today),
    )
    for check in checks:
        try:
            check()
        except ValidationError as exc:
            errors.setdefault(exc.field, exc)
    return errors


def _check_birth_year(year: int | None, today: dt.date) -> None:
    if year is not None and not today.year - 120 <= year <= today.year:
        raise ValidationError("birth_date", T("Errors", "The year of birth is not possible."))


def validate_consent(consent: ConsentInput | None, today: dt.date) -> dict[str, ValidationError]:
    if consent is None:
        return {"consent": ValidationError("consent", T("Errors",
                "Consent to data processing is needed before a person can be registered."))}
    errors: dict[str, ValidationError] = {}
    if consent.date > today:
        errors["consent_date"] = ValidationError("consent_date", T("Errors", "This date cannot be in the future."))
    if not consent.scope.strip():
        errors["consent_scope"] = ValidationError("consent_scope", T("Errors", "This field is required."))
    return errors


# -- writing ------------------------------------------------------------------------------------

@functools.lru_cache(maxsize=100_000)
def _key_words(word: str) -> tuple[str, ...]:
    """A name word's search-key entries (as ``translit.search_key`` orders them), ``^``-prefixed.
    Cached: names repeat, and transliterating into every scheme is the slow part of a key."""
    return tuple(f"^{v}" for v in sorted(translit.word_variants(word)))


_NON_DIGITS = re.compile(r"\D")


def search_key_for(given: str, family: str, native: str | None, phone: str | None, pesel: str | None) -> str:
    """The ``person_search`` key: each variant of each name word, then the phone's digits (whole
    and the last nine) and the PESEL, each once, each ``^``-prefixed."""
    entries: dict[str, None] = {}
    for name in (given, family, native):
        if name:
            for word in translit.words(name):
                entries.update(dict.fromkeys(_key_words(word)))
    if phone:
        digits = _NON_DIGITS.sub("", phone)
        entries[f"^{digits}"] = None
        entries[f"^{digits[-9:]}"] = None
    if pesel:
        entries[f"^{pesel}"] = None
    return " ".join(entries)


def _person_columns(data: PersonInput) -> dict:
    return {f.name: getattr(data, f.name) for f in fields(data)}


def register(db: Database, actor: Actor, data: PersonInput, consent: ConsentInput | None,
             today: dt.date | None = None) -> uuid.UUID:
    """Register a person who has given consent. Raises FormErrors listing every bad field."""
    auth.require(actor, auth.ALL_ROLES)
    today = today or dt.date.today()
    data = normalise(data)
    errors = validate(data, today) | validate_consent(consent, today)
    if errors:
        raise FormErrors(errors)
    assert consent is not None
    with UnitOfWork(db, actor) as uow:
        columns = _person_columns(data) | {"first_contact_date": data.first_contact_date or today}
        person = Person(**columns, consent_kind=consent.kind, consent_date=consent.date,
                        consent_scope=consent.scope.strip(), consent_by=actor.staff_id,
                        registered_by=actor.staff_id, registered_desk=db.desk_id)
        uow.session.add(person)
        uow.session.flush()
        uow.session.add(PersonSearch(person_id=person.id, key=search_key_for(
            data.given_name, data.family_name, data.native_name, data.phone, data.pesel)))
        uow.audit("person.create", "persons", person.id, person.id)
        return person.id


def update_person(db: Database, actor: Actor, person_id: uuid.UUID, data: PersonInput,
                  today: dt.date | None = None) -> None:
    auth.require(actor, auth.ALL_ROLES)
    data = normalise(data)
    errors = validate(data, today)
    if errors:
        raise FormErrors(errors)
    with UnitOfWork(db, actor) as uow:
        person = uow.session.get(Person, person_id)
        if person is None or person.deleted:
            raise NotFound(T("Errors", "No such person."))
        if person.anonymised:
            raise UserError(E_ERASED)
        for name, value in _person_columns(data).items():
            if name == "first_contact_date" and value is None:
                continue
            if getattr(person, name) != value:
                setattr(person, name, value)
        key = search_key_for(data.given_name, data.family_name, data.native_name, data.phone, data.pesel)
        uow.session.execute(update(PersonSearch).where(PersonSearch.person_id == person_id).values(key=key))
        uow.audit("person.update", "persons", person.id, person.id)


ANONYMOUS_NAME = erasure.ANONYMOUS_NAME
E_ERASED = T("Errors", "This person's data were erased; they cannot be edited.")
# What anonymisation keeps: what the donor's figures are counted by (sex, age, citizenship,
# disability, residence status, dates of first contact), so a closed period's report stays the same.
_ERASED = ("native_name", "languages", "phone", "email", "city", "district", "pesel", "household_id",
           "household_relation", "heard_from")


def anonymise(db: Database, actor: Actor, person_id: uuid.UUID) -> None:
    """Erase who a person is (the right to erasure) while their services still count: names,
    contacts, PESEL, household and free text go; the record, its visits and the figures stay.
    Every record of the same person goes with it (``erase_in``: records merged into them keep the
    old identity). Administrators only; audited; the change travels to the other desks like any edit."""
    auth.require_action(actor, Action.PEOPLE_ERASE)
    with UnitOfWork(db, actor) as uow:
        erase_in(uow, _living(uow.session, person_id).id)


def _living(session: Session, person_id: uuid.UUID) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.deleted:
        raise NotFound(T("Errors", "No such person."))
    return person


def records_of(session: Session, person_id: uuid.UUID) -> list[Person]:
    """Every record of the same person: the record they all end up under (``merge.survivor_of``)
    and every record merged into it, directly or through others (``merge.person_ids_for``). A
    merged record keeps the identity it was registered with, so what is done to a person for the
    law (erasure, a withdrawn consent) is done to each of these."""
    ids = person_ids_for(session, survivor_of(session, person_id))
    return [record for record in (session.get(Person, pid) for pid in ids) if record is not None]


def erase_in(uow: UnitOfWork, person_id: uuid.UUID) -> list[uuid.UUID]:
    """The right to erasure for one person, inside the caller's unit of work (the caller checked
    the role): ``anonymise_in`` for every record of theirs (``records_of``), so no merged record
    keeps their names, PESEL or contacts, in the tables or in the change log. The one rule behind
    ``anonymise``, ``withdraw_consent(erase=True)`` and ``retention.erase``. Returns the ids erased."""
    records = records_of(uow.session, person_id)
    for record in records:
        anonymise_in(uow, record)
    return [record.id for record in records]


def anonymise_in(uow: UnitOfWork, person: Person) -> None:
    """The erasure of one record, inside the caller's unit of work (the caller checked the role).
    A person is erased with ``erase_in``, which calls this for each of their records."""
    if person.anonymised:
        return
    person_id = person.id
    person.given_name = ANONYMOUS_NAME
    person.family_name = ANONYMOUS_NAME
    for name in _ERASED:
        if getattr(person, name) is not None:
            setattr(person, name, None)
    person.anonymised = True
    for table, owned in erasure.OWNED_TEXT.items():  # free text of their records may name them
        model = apply.MODELS[table]
        for record in uow.session.execute(select(model).where(model.person_id == person_id)).scalars():
            for name in owned:
                value = getattr(record, name)
                erased = erasure.erased_field(table, name, value)
                if erased != value:
                    setattr(record, name, erased)
    uow.session.execute(update(PersonSearch).where(PersonSearch.person_id == person_id).values(key=""))
    uow.session.flush()  # the erasure's own change is in the log: now the older values leave it
    apply.erase(uow.session, [person_id])
    uow.audit("person.anonymise", "persons", person_id, person_id)


def withdraw_consent(db: Database, actor: Actor, person_id: uuid.UUID, on: dt.date | None = None,
                     erase: bool = False) -> None:
    """The person withdrew their consent: record the date and who recorded it on the consent of
    each of their records (``records_of``), then, in the same transaction, either

    - ``erase=True``: erase them (``erase_in``, as ``anonymise``): who they are goes, from every
      record of theirs; their services still count in the figures; or
    - ``erase=False`` (the default): restrict them, where the law requires the centre to keep the
      service record: the record stays as it is, but it is no longer found by the search, nothing
      new is recorded for it, and the records behind a figure show it without a name
      (``wic_desk.domain.restriction``).

    A restricted person may be erased later with ``erase=True`` (the withdrawal keeps its first
    date and recorder). Receptionists, counsellors, coordinators and administrators
    (``Action.CONSENT_WITHDRAW``); audited (the detail says which of the two); travels to every desk."""
    auth.require_action(actor, Action.CONSENT_WITHDRAW)
    on = on or dt.date.today()
    if on > dt.date.today():
        raise UserError(T("Errors", "The date of the withdrawal cannot be in the future."))
    with UnitOfWork(db, actor) as uow:
        person = _living(uow.session, person_id)
        if person.anonymised:
            if person.consent_withdrawn_on is not None:
                return
            raise UserError(E_ERASED)
        if person.consent_withdrawn_on is None or erase:
            uow.audit("person.consent_withdrawn", "persons", person_id, person_id,
                      detail="erase" if erase else "restrict")
        for record in records_of(uow.session, person_id):
            if record.consent_withdrawn_on is None and not record.anonymised:
                record.consent_withdrawn_on = on
                record.consent_withdrawn_by = actor.staff_id
        if erase:
            erase_in(uow, person_id)


# -- search -------------------------------------------------------------------------------------

class PersonHit(NamedTuple):
    """One person found (a tuple: a search makes dozens of them on every keystroke)."""

    id: uuid.UUID
    given_name: str
    family_name: str
    native_name: str | None
    birth_date: dt.date | None
    birth_year: int | None
    phone: str | None
    citizenship: str | None
    score: float = 0.0

    @property
    def latin_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


_HIT_COLUMNS = (Person.id, Person.given_name, Person.family_name, Person.native_name, Person.birth_date,
                Person.birth_year, Person.phone, Person.citizenship)


def _alive(stmt: Select) -> Select:
    """Only persons who may be found: not deleted, merged away, erased or restricted."""
    return stmt.where(Person.deleted.is_(False), Person.merged_into.is_(None), Person.anonymised.is_(False),
                      Person.consent_withdrawn_on.is_(None))


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


# How a query word may meet a key word, best first: as the whole word, as its start, anywhere in it.
_WHOLE, _START, _INSIDE = 0, 1, 2


# Where a typed part of a word ends (starts) inside a letter group the skeleton rewrites as a
# whole (rz, kh, ts, tz, sch; sh, zh, ch, sz; and groups a rewrite joins anew: trz, ckh, shchh),
# the part's skeleton need not be the start (a part) of the word's skeleton: such parts are asked
# for as typed (a key holds both).
_OPEN_ENDS = ("r", "k", "t")
_OPEN_STARTS = ("h", "z", "s", "c", "kh", "rz")


def _loose(variant: str, tier: int) -> str:
    """The skeleton of a query word's spelling where it finds whatever the spelling finds (a key
    holds each of its words' skeletons too); the spelling itself where it might not."""
    if variant.isdigit():
        return variant
    loose = translit.skeleton(variant)
    if tier != _WHOLE and (variant.endswith(_OPEN_ENDS) or loose.endswith("sc")):
        return variant
    if tier == _INSIDE and variant.startswith(_OPEN_STARTS):
        return variant
    return loose


def _tier_terms(variants: frozenset[str], tier: int) -> list[str]:
    """The index terms for one query word in a tier: the key words themselves for a whole word or a
    word start (``person_fts_words``, a start asked for as a prefix), three letters or more inside
    a word (``person_fts``, trigrams). Spellings are asked for by their skeletons where that is
    safe, and a term that extends another one is left out: a Cyrillic word has up to a dozen
    spellings, and every term costs."""
    if tier == _WHOLE:
        return sorted({_loose(v, tier) for v in variants})
    shortest = 2 if tier == _START else 3  # a start of two letters is indexed; trigrams inside
    usable = sorted({_loose(v, tier) for v in variants if len(v) >= shortest})
    usable = [v for v in usable if len(v) >= shortest]
    if tier == _START:
        return [v for v in usable if not any(u != v and v.startswith(u) for u in usable)]
    return [v for v in usable if not any(u != v and u in v for u in usable)]


@functools.lru_cache(maxsize=4096)
def _match_expression(token_variants: tuple[frozenset[str], ...], tier: int) -> str | None:
    parts = []
    for variants in token_variants:
        terms = _tier_terms(variants, tier)
        if not terms:
            return None
        suffix = "*" if tier == _START else ""
        parts.append("(" + " OR ".join(_fts_phrase(t) + suffix for t in terms) + ")")
    return " AND ".join(parts) if parts else None


# Sent as they are to SQLite (the FTS5 indexes exist only there): no statement to compile, no
# result to process, which cost more than a query this small. Whole words and word starts from
# the word index (migration 0016), matches inside a word from the trigram index.
_FTS_QUERY = {tier: f"SELECT rowid, key FROM {table} WHERE {table} MATCH ? LIMIT ?" for tier, table in
              ((_WHOLE, "person_fts_words"), (_START, "person_fts_words"), (_INSIDE, "person_fts"))}
_ROWIDS = func.json_each(bindparam("rowids")).table_valued("value")
_HITS_BY_ROWID = _alive(select(*_HIT_COLUMNS, PersonSearch.no)
                        .join(PersonSearch, PersonSearch.person_id == Person.id)
                        .where(PersonSearch.no.in_(select(_ROWIDS.c.value))))
_HITS_SQL: list[str] = []


def _hits_sql() -> str:
    """``_HITS_BY_ROWID`` as the SQLite driver takes it (the rowids as one JSON list), compiled
    once: the rule of who may be found stays ``_alive``'s."""
    if not _HITS_SQL:
        _HITS_SQL.append(str(_HITS_BY_ROWID.compile(dialect=sqlite_dialect())))
    return _HITS_SQL[0]


def _hits(rows, scores: dict[int, float]) -> list[PersonHit]:
    """The hits from the driver's rows (the id as stored, the birth date as ISO text)."""
    date = dt.date.fromisoformat
    return [PersonHit(stored_uuid(r[0]), r[1], r[2], r[3], date(r[4]) if isinstance(r[4], str) else r[4],
                      r[5], r[6], r[7], scores[r[8]]) for r in rows]


def _fts_candidates(connection, token_variants: tuple[frozenset[str], ...], limit: int) -> dict[int, str]:
    """Search rows (rowid: key) matching every query word, about ``limit`` of them, the best
    kinds first: whole words, then word starts, then matches anywhere, each asked for only while
    fewer than ``limit`` were found (each kind holds the one before, hence its LIMIT counts what
    is already there). A query of several words (a full name) mostly has few matches: it first
    asks for every match anywhere, which is all there is when no more than ``limit`` come."""
    found: dict[int, str] = {}

    def ask(tier: int, n: int) -> list:
        expression = _match_expression(token_variants, tier)
        if expression is None:
            return []
        return connection.execute(_FTS_QUERY[tier], (expression, n)).fetchall()

    # A two-letter spelling is asked for as a word start only, not "anywhere" (trigrams).
    inside_holds_all = not any(len(v) == 2 for variants in token_variants for v in variants)
    if inside_holds_all and len(token_variants) > 1:
        every = ask(_INSIDE, limit + 1)
        if len(every) <= limit:
            return dict(every)
    for tier in (_WHOLE, _START, _INSIDE):
        for rowid, key in ask(tier, limit + len(found)):
            found.setdefault(rowid, key)
        if len(found) >= limit:
            break
    return found


def _rank(key: str, token_variants) -> float:
    """Summed over the query's words: 3 when a variant is a whole key word, 2 and the share of the
    word it covers when it starts one, 1 when it is inside one. String searches rather than a
    loop over the key's words: this runs for every candidate while someone types."""
    padded = f" {key} "
    total = 0.0
    for variants in token_variants:
        best = 0.0
        for v in variants:
            start_of = f" ^{v}"
            if start_of + " " in padded:
                best = 3.0
                break
            start = padded.find(start_of)
            while start >= 0:
                end = padded.index(" ", start + 2)
                best = max(best, 2.0 + len(v) / (end - start - 1))  # the word is end - start - 2 long
                start = padded.find(start_of, end)
            if best < 1.0 and v in padded:
                best = 1.0
        total += best
    return total


@functools.lru_cache(maxsize=50_000)
def _name_order(family_name: str, given_name: str) -> tuple:
    return translit.polish_sort_key(f"{family_name} {given_name}")


@functools.lru_cache(maxsize=4096)
def _query_tokens(query: str) -> tuple[frozenset[str], ...]:
    """Each word of a query with its spellings; a number (phone, PESEL) is one word of digits."""
    digits = _NUMBER_PUNCTUATION.sub("", query)
    if digits.isdigit():
        return (frozenset({digits}),)
    return tuple(frozenset(v) for v in translit.query_variants(query))


_NUMBER_PUNCTUATION = re.compile(r"[\s\-+()./]")


def search(db: Database, query: str, limit: int = SEARCH_LIMIT) -> list[PersonHit]:
    """The best matches for what was typed: a name in any script or spelling, a phone number,
    a PESEL, or a birth date (YYYY-MM-DD or DD.MM.YYYY).

    Among more than ``limit`` equally good matches, which ones come back is not defined (the
    search stops collecting once it has enough of the best kind); the ones returned are in
    Polish alphabetical order.
    """
    query = query.strip()
    if not query:
        return []
    date = parse_date(query) if any(ch.isdigit() for ch in query) else None
    if date is not None:
        with db.read() as s:
            rows = s.execute(_alive(select(*_HIT_COLUMNS).where(Person.birth_date == date)).limit(_CANDIDATES)).all()
        hits = [PersonHit(*r) for r in rows]
        hits.sort(key=lambda h: _name_order(h.family_name, h.given_name))
        return hits[:limit]
    token_variants = _query_tokens(query)
    if not token_variants:
        return []
    with db.read_raw() as connection:
        candidates = _fts_candidates(connection, token_variants, limit)
        if not candidates and all(len(v) < 3 for variants in token_variants for v in variants):
            # Too short for the indexes (one letter): word starts by a plain scan.
            patterns = [f"%^{_like_escaped(min(variants))}%" for variants in token_variants]
            candidates = dict(connection.execute(
                "SELECT no, key FROM person_search WHERE " + " AND ".join(["key LIKE ? ESCAPE '\\'"] * len(patterns))
                + " LIMIT ?", (*patterns, limit)).fetchall())
        if not candidates:
            return []
        scores = {rowid: _rank(key, token_variants) for rowid, key in candidates.items()}
        if len(scores) > limit:  # only the best can make the list: fetch no more people than that
            floor = sorted(scores.values(), reverse=True)[limit - 1]
            scores = {rowid: score for rowid, score in scores.items() if score >= floor}
        rows = connection.execute(_hits_sql(), (json.dumps(list(scores)),)).fetchall()
    hits = _hits(rows, scores)
    hits.sort(key=lambda h: (-h.score, _name_order(h.family_name, h.given_name)))
    return hits[:limit]


def _like_escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# -- duplicates ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class DuplicateHit:
    person: PersonHit
    similarity: float
    same_birth_date: bool


def likely_duplicates(db: Database, given: str, family: str, native: str | None = None,
                      birth_date: dt.date | None = None, limit: int = 5) -> list[DuplicateHit]:
    """People already registered who may be the one being typed: the same name in another
    script or spelling, given and family name swapped, or the same birth date and a similar name.
    Advice only; registering anyway is always allowed."""
    typed_forms = translit.name_similarity_forms(given, family) | translit.name_similarity_forms(native)
    if not typed_forms:
        return []
    candidates: dict[uuid.UUID, PersonHit] = {}
    name_query = " ".join(p for p in (family,) if p) or given
    for q in {name_query, family, native or ""}:
        if q and len(q.strip()) >= 3:
            for hit in search(db, q, limit=100):
                candidates.setdefault(hit.id, hit)
    if birth_date is not None:
        with db.read() as s:
            for r in s.execute(_alive(select(*_HIT_COLUMNS).where(Person.birth_date == birth_date))).all():
                candidates.setdefault(r[0], PersonHit(*r))
    results = []
    for hit in candidates.values():
        their = translit.name_similarity_forms(hit.given_name, hit.family_name) | \
            translit.name_similarity_forms(hit.native_name)
        similarity = max((fuzz.token_sort_ratio(a, b) for a in typed_forms for b in their), default=0.0)
        same_date = birth_date is not None and hit.birth_date == birth_date
        if (same_date and similarity >= 60) or similarity >= 88:
            results.append(DuplicateHit(hit, similarity, same_date))
    results.sort(key=lambda d: (-d.same_birth_date, -d.similarity))
    return results[:limit]


# -- a person's page ------------------------------------------------------------------------------

@dataclass(frozen=True)
class PersonDetail:
    id: uuid.UUID
    data: PersonInput
    consent_kind: ConsentKind
    consent_date: dt.date
    consent_scope: str
    consent_by_name: str | None
    registered_at: dt.datetime
    consent_withdrawn_on: dt.date | None = None
    consent_withdrawn_by_name: str | None = None
    anonymised: bool = False

    @property
    def restricted(self) -> bool:
        """Consent withdrawn and the record kept for the figures only (``domain.restriction``)."""
        return restriction.is_restricted(self.consent_withdrawn_on, self.anonymised)


@dataclass(frozen=True)
class HistoryItem:
    when: dt.datetime
    kind: str  # "visit" now; later issues add "consultation", "activity", "certificate", ...
    title: str
    detail: str = ""
    staff_name: str | None = None
    codes: tuple[str, ...] = field(default_factory=tuple)


def get_person(db: Database, actor: Actor, person_id: uuid.UUID) -> PersonDetail:
    auth.require(actor, auth.ALL_ROLES)
    with db.read() as s:
        person = s.get(Person, person_id)
        if person is None or person.deleted:
            raise NotFound(T("Errors", "No such person."))
        consent_by = s.get(Staff, person.consent_by) if person.consent_by else None
        withdrawn_by = s.get(Staff, person.consent_withdrawn_by) if person.consent_withdrawn_by else None
        data = PersonInput(**{f.name: getattr(person, f.name) for f in fields(PersonInput)})
        return PersonDetail(person.id, data, person.consent_kind, person.consent_date, person.consent_scope,
                            consent_by.full_name if consent_by else None, person.registered_at,
                            person.consent_withdrawn_on, withdrawn_by.full_name if withdrawn_by else None,
                            person.anonymised)


def open_person(db: Database, actor: Actor, person_id: uuid.UUID, audit: bool = True
                ) -> tuple[PersonDetail, list[HistoryItem]]:
    """What the person page shows: the person and their history. Opening the page is audited
    (who looked at whom, when); ``audit=False`` for the same page loading again after an edit."""
    detail = get_person(db, actor, person_id)
    items = history(db, actor, person_id)
    if audit:
        with UnitOfWork(db, actor) as uow:
            uow.audit("person.view", Person.__tablename__, person_id, person_id)
    return detail, items


def history(db: Database, actor: Actor, person_id: uuid.UUID) -> list[HistoryItem]:
    """What the centre has done with this person, newest first: visits, the activities they took
    part in, and their certificates; records of persons merged into this one included.
    (Consultations and employment have their own lists, with the note rules applied.)"""
    auth.require(actor, auth.ALL_ROLES)
    with db.read() as s:
        ids = person_ids_for(s, person_id)
        visit_rows = s.execute(
            select(Visit.visited_at, Visit.reasons, Visit.note, Staff.full_name)
            .outerjoin(Staff, Staff.id == Visit.handled_by)
            .where(Visit.person_id.in_(ids), Visit.deleted.is_(False))
        ).all()
        activity_rows = s.execute(
            select(Activity.title, func.min(ActivitySession.held_on), func.max(ActivitySession.held_on),
                   func.count(Attendance.id))
            .join(ActivitySession, ActivitySession.id == Attendance.session_id)
            .join(Activity, Activity.id == ActivitySession.activity_id)
            .where(Attendance.person_id.in_(ids), Attendance.deleted.is_(False),
                   Attendance.status == AttendanceStatus.PRESENT, Activity.deleted.is_(False))
            .group_by(Activity.id, Activity.title)
        ).all()
        certificate_rows = s.execute(
            select(Certificate.issued_on, Certificate.serial, Activity.title)
            .join(Activity, Activity.id == Certificate.activity_id)
            .where(Certificate.person_id.in_(ids), Certificate.deleted.is_(False))
        ).all()
    items = [HistoryItem(when=r.visited_at, kind="visit", title="visit", detail=r.note or "",
                         staff_name=r.full_name, codes=tuple(r.reasons or ())) for r in visit_rows]
    items += [HistoryItem(when=dt.datetime.combine(last, dt.time()), kind="activity", title=title,
                          detail=f"{title} ({first.isoformat()} – {last.isoformat()}, {sessions}×)")
              for title, first, last, sessions in activity_rows]
    items += [HistoryItem(when=dt.datetime.combine(issued, dt.time()), kind="certificate", title=serial,
                          detail=f"{serial} · {title}") for issued, serial, title in certificate_rows]
    items.sort(key=lambda i: i.when, reverse=True)
    return items
