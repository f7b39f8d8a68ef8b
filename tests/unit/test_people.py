"""Registration, search in any script and duplicates, on a real SQLite file."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from wic_desk.domain import pesel
from wic_desk.domain.enums import Role, Sex
from wic_desk.domain.errors import FormErrors, PermissionDenied
from wic_desk.services import people
from wic_desk.store.models import AuditEntry, Person


def _register(db, actor, consent, given, family, **kw):
    return people.register(db, actor, people.PersonInput(given_name=given, family_name=family, **kw), consent)


def _count(db, model):
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


@pytest.fixture
def shevchenko(db, admin, consent):
    return _register(db, admin, consent, "Олександр", "Шевченко", sex=Sex.MALE, birth_date=dt.date(1990, 5, 12),
                     phone="+48 501 234 567")


@pytest.mark.parametrize("typed", ["Shevchenko", "Szewczenko", "Ševčenko", "шевч", "Olek", "Шевченко Олександр",
                                   "olek shev", "501234", "1990-05-12", "12.05.1990"])
def test_person_registered_in_cyrillic_is_found_by_any_spelling(db, shevchenko, typed):
    hits = people.search(db, typed)
    assert [h.id for h in hits] == [shevchenko]


def test_cyrillic_typed_into_the_name_fields_becomes_the_native_name(db, admin, shevchenko):
    detail = people.get_person(db, admin, shevchenko)
    assert detail.data.native_name == "Олександр Шевченко"
    assert (detail.data.given_name, detail.data.family_name) == ("Oleksandr", "Shevchenko")
    assert detail.data.phone == "+48501234567"


def test_search_finds_polish_names_with_or_without_diacritics(db, admin, consent):
    pid = _register(db, admin, consent, "Łukasz", "Żółkiewski", sex=Sex.MALE)
    for typed in ("zolk", "Żółk", "ŁUKASZ", "лукаш", "Lukasz Zolkiewski"):
        assert [h.id for h in people.search(db, typed)] == [pid], typed


def test_search_by_pesel(db, admin, consent):
    number = pesel.make(dt.date(1985, 3, 4), male=False)
    pid = _register(db, admin, consent, "Iryna", "Bondar", sex=Sex.FEMALE, birth_date=dt.date(1985, 3, 4),
                    pesel=number)
    assert [h.id for h in people.search(db, number)] == [pid]


def test_exact_word_ranks_before_a_longer_name(db, admin, consent):
    longer = _register(db, admin, consent, "Ivan", "Kovalenko", sex=Sex.MALE)
    exact = _register(db, admin, consent, "Ivan", "Koval", sex=Sex.MALE)
    assert [h.id for h in people.search(db, "Koval")] == [exact, longer]


def test_empty_and_unmatched_queries_return_nothing(db, shevchenko):
    assert people.search(db, "   ") == []
    assert people.search(db, "Zzyzx") == []


def test_bad_form_reports_every_field_and_saves_nothing(db, admin, consent):
    before = _count(db, Person)
    bad = people.PersonInput(given_name="", family_name="Nowak", sex=Sex.FEMALE, pesel="12345678901",
                             birth_date=dt.date.today() + dt.timedelta(days=3), phone="12ab", email="not-mail")
    with pytest.raises(FormErrors) as raised:
        people.register(db, admin, bad, consent)
    assert set(raised.value.errors) == {"given_name", "pesel", "birth_date", "phone", "email"}
    assert _count(db, Person) == before


def test_pesel_must_agree_with_birth_date(db, admin, consent):
    number = pesel.make(dt.date(1990, 1, 1), male=True)
    with pytest.raises(FormErrors) as raised:
        _register(db, admin, consent, "Taras", "Melnyk", sex=Sex.MALE, birth_date=dt.date(1991, 1, 1), pesel=number)
    assert "1990-01-01" in str(raised.value.errors["pesel"])


def test_no_consent_no_registration(db, admin):
    with pytest.raises(FormErrors) as raised:
        people.register(db, admin, people.PersonInput(given_name="Anna", family_name="Lis"), None)
    assert "consent" in raised.value.errors
    assert _count(db, Person) == 0


def test_consent_is_recorded_with_who_took_it(db, admin, consent, shevchenko):
    detail = people.get_person(db, admin, shevchenko)
    assert detail.consent_kind == consent.kind
    assert detail.consent_by_name == "Anna Admin"
    assert detail.consent_date == consent.date


def test_registration_is_audited_without_personal_data(db, admin, shevchenko):
    with db.read() as s:
        entry = s.execute(select(AuditEntry.person_id, AuditEntry.staff_id, AuditEntry.detail)
                          .where(AuditEntry.action == "person.create")).one()
    assert entry.person_id == shevchenko and entry.staff_id == admin.staff_id
    assert "Shevchenko" not in (entry.detail or "")


@pytest.mark.parametrize("given,family,native,birth", [
    ("Oleksandr", "Shevchenko", None, None),                       # another script
    ("Aleksander", "Szewczenko", None, dt.date(1990, 5, 12)),       # Polish spelling, same birth date
    ("Shevchenko", "Oleksandr", None, None),                       # given and family swapped
    ("", "", "Олександр Шевченко", None),                            # native name only
])
def test_likely_duplicates(db, shevchenko, given, family, native, birth):
    hits = people.likely_duplicates(db, given, family, native, birth)
    assert hits and hits[0].person.id == shevchenko


def test_a_different_person_is_not_a_duplicate(db, shevchenko):
    assert people.likely_duplicates(db, "Maria", "Kowalska", None, dt.date(1970, 1, 1)) == []


def test_duplicate_warning_never_blocks(db, admin, consent, shevchenko):
    second = _register(db, admin, consent, "Oleksandr", "Shevchenko", sex=Sex.MALE, birth_date=dt.date(1990, 5, 12))
    assert second != shevchenko
    assert {h.id for h in people.search(db, "Shevchenko")} == {shevchenko, second}


def test_update_changes_the_search_key(db, admin, shevchenko):
    detail = people.get_person(db, admin, shevchenko)
    changed = detail.data
    changed.family_name = "Petrenko"
    changed.native_name = "Олександр Петренко"
    people.update_person(db, admin, shevchenko, changed)
    assert people.search(db, "Shevchenko") == []
    assert [h.id for h in people.search(db, "Петренко")] == [shevchenko]


def test_every_role_may_register_but_no_one_anonymous(db, make_staff, consent):
    receptionist = make_staff(Role.RECEPTIONIST)
    assert _register(db, receptionist, consent, "Nino", "Beridze", sex=Sex.FEMALE)
    with pytest.raises(PermissionDenied):
        _register(db, None, consent, "Nino", "Beridze")


def test_anonymise_erases_who_they_are_and_keeps_what_counts(db, admin, make_staff, consent, shevchenko):
    from wic_desk.domain.enums import ConsultationKind, ServiceCategory
    from wic_desk.services import consultations, visits
    visits.record_visit(db, admin, shevchenko, [ServiceCategory.LEGAL], note="Brought his passport")
    counsellor = make_staff(Role.COUNSELLOR)
    consultations.record(db, counsellor, shevchenko, consultations.ConsultationInput(
        ConsultationKind.LEGAL, dt.date.today(), note="Invented note"))
    with pytest.raises(PermissionDenied):
        people.anonymise(db, counsellor, shevchenko)
    people.anonymise(db, admin, shevchenko)
    detail = people.get_person(db, admin, shevchenko).data
    assert (detail.given_name, detail.native_name, detail.phone, detail.pesel) == ("—", None, None, None)
    assert (detail.sex, detail.birth_date) == (Sex.MALE, dt.date(1990, 5, 12))  # still counted by these
    assert people.search(db, "Shevchenko") == [] and people.search(db, "501234") == []
    assert [i.detail for i in people.history(db, admin, shevchenko)] == [""]
    [row] = consultations.for_person(db, counsellor, shevchenko)
    assert row.note is None and row.kind == ConsultationKind.LEGAL


def test_whole_words_word_starts_and_inside_a_word_are_all_found(db, admin, consent):
    """Each tier of the search (whole word and word start from the word index, inside a word from
    the trigram one) finds its person among others who match less well, the key's last word too."""
    pid = _register(db, admin, consent, "Zenobia", "Kwiatkowska", sex=Sex.FEMALE)
    other = _register(db, admin, consent, "Zenon", "Kwiecień", sex=Sex.MALE)
    # no phone or PESEL: the family name's spellings end the key, with no space after them
    assert people.search(db, "kwiatkowska")[0].id == pid
    assert [h.id for h in people.search(db, "kwiatkowska")] == [pid]
    assert {h.id for h in people.search(db, "kw")} == {pid, other}  # a word start of two letters
    assert [h.id for h in people.search(db, "zenob")] == [pid]
    assert [h.id for h in people.search(db, "atkow")] == [pid]  # inside a word only
    assert [h.id for h in people.search(db, "z")] != []  # one letter: the plain scan
    hit = people.search(db, "Kwiatkowska Zenobia")[0]
    assert (hit.id, hit.given_name, hit.family_name) == (pid, "Zenobia", "Kwiatkowska")
    assert isinstance(hit.id, type(pid)) and hit.id == pid and hash(hit.id) == hash(pid)


def test_a_whole_word_ranks_first_however_many_start_with_it(db, admin, consent):
    """With more word starts than a list holds, the one whole word is still collected and first."""
    exact = _register(db, admin, consent, "Ola", "Nowak", sex=Sex.FEMALE)
    for i in range(people.SEARCH_LIMIT + 5):
        _register(db, admin, consent, "Olaf", f"Nowakowski{chr(97 + i % 26)}{i}", sex=Sex.MALE)
    hits = people.search(db, "ola")
    assert hits[0].id == exact and len(hits) == people.SEARCH_LIMIT


def _index_bytes(db) -> bytes:
    """Every byte the two search indexes keep (their segments' terms and lists)."""
    with db.read() as s:
        conn = s.connection().connection.driver_connection
        return b"".join(bytes(block or b"") for table in ("person_fts_data", "person_fts_words_data")
                        for (block,) in conn.execute(f"SELECT block FROM {table}"))


def test_an_erased_name_leaves_both_search_indexes(db, admin, consent):
    """Erasure empties the person's key; the indexes delete for good (FTS5 secure-delete), so the
    name's words are not left behind in an index segment. The index stores a term after the one
    before it as the part that differs: a name unlike any other (no other word starts with "q")
    is stored as it is spelled, and can be looked for byte by byte."""
    pid = _register(db, admin, consent, "Qxjuvia", "Qxjemborska", sex=Sex.FEMALE)
    _register(db, admin, consent, "Anna", "Nowak", sex=Sex.FEMALE)
    before = _index_bytes(db)
    assert b"qxjemborska" in before and b"uvia" in before
    people.anonymise(db, admin, pid)
    kept = _index_bytes(db)
    assert not any(part in kept for part in (b"qxj", b"emborsk", b"uvia", b"ksiem"))
    assert b"novak" in kept  # the others are still there (the first of their spellings as it is)
    assert people.search(db, "Qxjemborska") == [] and [h.family_name for h in people.search(db, "Nowak")] == ["Nowak"]
