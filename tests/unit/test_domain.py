"""Domain rules without a database: PESEL, transliteration, folding, sorting, the clock."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wic_desk.domain import hlc, pesel, translit
from wic_desk.domain.enums import LABELS, Sex
from wic_desk.domain.errors import ValidationError
from wic_desk.domain.validation import check_pesel, normalize_phone, parse_date

dates = st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2299, 12, 31))


@given(dates, st.booleans(), st.integers(0, 999))
def test_made_pesel_is_valid_and_encodes_date_and_sex(date, male, serial):
    number = pesel.make(date, male, serial)
    assert pesel.checksum_ok(number)
    assert pesel.birth_date(number) == date
    assert pesel.sex(number) == (Sex.MALE if male else Sex.FEMALE)


@given(dates, st.booleans(), st.integers(0, 9), st.integers(0, 10))
def test_any_single_digit_change_breaks_the_checksum(date, male, position, delta):
    number = pesel.make(date, male)
    digit = (int(number[position]) + delta % 9 + 1) % 10
    changed = number[:position] + str(digit) + number[position + 1:]
    assert not pesel.checksum_ok(changed)


def test_pesel_checks_name_the_field_and_the_problem():
    good = pesel.make(dt.date(1990, 5, 12), male=False)
    check_pesel(good, dt.date(1990, 5, 12), Sex.FEMALE)
    with pytest.raises(ValidationError) as short:
        check_pesel("1234", None, None)
    assert short.value.field == "pesel" and "11 digits" in str(short.value)
    with pytest.raises(ValidationError, match="check digit"):
        check_pesel(good[:-1] + str((int(good[-1]) + 1) % 10), None, None)
    with pytest.raises(ValidationError, match="1990-05-12"):
        check_pesel(good, dt.date(1991, 5, 12), None)
    with pytest.raises(ValidationError, match="sex"):
        check_pesel(good, None, Sex.MALE)


@pytest.mark.parametrize("typed", ["Shevchenko", "Szewczenko", "Ševčenko", "шевч", "Olek", "SHEVCH", "Шевченко"])
def test_a_cyrillic_name_is_found_in_every_spelling(typed):
    key = translit.search_key("Олександр", "Шевченко")
    key_words = key.split()
    assert all(
        any(any(v in w for w in key_words) for v in variants)
        for variants in translit.query_variants(typed)
    ), (typed, key)


def test_polish_letters_fold_including_l_stroke():
    assert translit.fold("Łukasz Żółkiewski") == "lukasz zolkiewski"
    assert translit.fold("ŚWIĘTOKRZYSKA") == "swietokrzyska"


def test_national_romanisation_of_ukrainian():
    assert translit.to_latin("Олександр Шевченко") == "Oleksandr Shevchenko"
    assert translit.to_latin("Юлія Згурська") == "Yuliia Zghurska"
    assert translit.to_latin("Євген Їжакевич") == "Yevhen Yizhakevych"


def test_polish_sort_puts_letters_with_diacritics_after_their_base():
    names = ["Żak", "Zając", "Łukasiewicz", "Lis", "Nowak", "Ślusarz", "Sowa", "Ćwik", "Cebula", "Dudek"]
    assert sorted(names, key=translit.polish_sort_key) == [
        "Cebula", "Ćwik", "Dudek", "Lis", "Łukasiewicz", "Nowak", "Sowa", "Ślusarz", "Zając", "Żak"]


@pytest.mark.parametrize("text,expected", [
    ("1990-05-12", dt.date(1990, 5, 12)), ("12.05.1990", dt.date(1990, 5, 12)),
    ("12/05/1990", dt.date(1990, 5, 12)), ("31.02.1990", None), ("Olek", None),
])
def test_dates_typed_at_the_desk(text, expected):
    assert parse_date(text) == expected


def test_phone_numbers_are_tidied():
    assert normalize_phone("+48 501-234 567") == "+48501234567"
    assert normalize_phone("(22) 123.45.67") == "221234567"


@given(st.lists(st.integers(0, 2**40), min_size=1, max_size=50))
def test_clock_never_goes_backwards_even_when_the_wall_clock_does(walls):
    stamp = 0
    for wall in walls:
        nxt = hlc.tick(stamp, wall)
        assert nxt > stamp
        stamp = nxt


def test_clock_after_receiving_is_above_the_remote_stamp():
    mine = hlc.tick(0, 1_000)
    remote = hlc.pack(5_000_000, 7)
    after = hlc.receive(mine, remote, 1_001)
    assert after > remote and after > mine


def test_every_enum_value_has_a_label():
    from wic_desk.domain import enums
    for kind in (enums.Role, enums.Sex, enums.ResidenceStatus, enums.ConsentKind, enums.Disability,
                 enums.ServiceCategory, enums.ConsultationKind, enums.Confidentiality, enums.ConsultationMode,
                 enums.ContractKind, enums.ActivityKind, enums.AttendanceStatus, enums.EnrolmentStatus,
                 enums.HouseholdRelation):
        for value in kind:
            assert (kind, value.value) in LABELS, value


def test_labels_of_equal_codes_in_different_enums_stay_apart():
    from wic_desk.domain.enums import Confidentiality, HouseholdRelation, ResidenceStatus, Role, label
    assert label(Role.SPECIALIST) == "Specialist"
    assert label(Confidentiality.SPECIALIST_ONLY) == "Specialists of the same kind only"
    assert label(ResidenceStatus.OTHER) == "None / other" and label(HouseholdRelation.OTHER) == "Other relative"


def test_clock_counter_never_spills_into_the_milliseconds():
    stamp = hlc.pack(1_000, hlc.COUNTER_MASK)
    nxt = hlc.tick(stamp, 1_000)
    assert nxt > stamp and hlc.physical_ms(nxt) == 1_001 and nxt & hlc.COUNTER_MASK == 0
