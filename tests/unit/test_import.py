"""Importing an earlier register (xlsx/csv): headers in three languages, names in any script,
rejects with reasons, all or nothing, and unreadable files refused whole.

Every name here is invented.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import zipfile
from types import SimpleNamespace

import pytest
from faker import Faker
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from wic_desk.domain import pesel
from wic_desk.domain.enums import ConsentKind, Role, Sex
from wic_desk.domain.errors import PermissionDenied, UserError
from wic_desk.services import importer, people
from wic_desk.store.models import AuditEntry, ChangeLogEntry, Person, PersonSearch

TODAY = dt.date.today()


# -- helpers --------------------------------------------------------------------------------------

def write_xlsx(path, rows):
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def write_csv(path, rows, delimiter=",", encoding="utf-8"):
    with open(path, "w", encoding=encoding, newline="") as fh:
        csv.writer(fh, delimiter=delimiter).writerows(rows)
    return path


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        sample = fh.read()
    delimiter = ";" if sample.splitlines()[0].count(";") else ","
    return list(csv.reader(sample.splitlines(), delimiter=delimiter))


def count(db, model=Person):
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def _plain(row):
    return SimpleNamespace(**{c.key: getattr(row, c.key) for c in Person.__table__.columns})


def person(db, family_name):
    """The stored person (a plain snapshot of the row's columns)."""
    with db.read() as s:
        return _plain(s.execute(select(Person).where(Person.family_name == family_name)).scalar_one())


# -- headers and values in three languages -----------------------------------------------------------

def test_polish_xlsx_with_title_rows_excel_dates_and_number_cells(db, admin, tmp_path):
    born_2005 = dt.date(2005, 3, 14)
    young_pesel = pesel.make(born_2005, male=False)
    assert young_pesel.startswith("0")
    adult_pesel = pesel.make(dt.date(1985, 11, 3), male=True)
    path = write_xlsx(tmp_path / "rejestr.xlsx", [
        ["Rejestr uczestników 2023"],
        [],
        ["Lp.", "Imię", "Nazwisko", "Data urodzenia (DD.MM.RRRR)", "Płeć", "Obywatelstwo", "Telefon",
         "PESEL", "E-mail", "Miasto"],
        [1, "Łucja", "Żółwińska-Testowa", dt.datetime(1990, 5, 12), "K", "ukraińskie", 48501234567, None,
         "lucja.test@example.org", "Wrocław"],
        [2, "Bartosz", "Zmyślony", "03.11.1985", "mężczyzna", "PL", "+48 602 111 222", int(adult_pesel), None, None],
        [3, "Zofia", "Wymyślona", born_2005, "kobieta", "Białoruś", None, int(young_pesel), None, None],
        [4, "Hanna", "Próbna", 32874, "F", "Gruzja", None, None, None, None],  # an Excel date number
    ])

    result = importer.import_people(db, admin, path)

    assert (result.imported, result.rejected, result.rejects_path) == (4, 0, None)
    lucja = person(db, "Żółwińska-Testowa")
    assert (lucja.given_name, lucja.sex, lucja.birth_date) == ("Łucja", Sex.FEMALE, dt.date(1990, 5, 12))
    assert (lucja.citizenship, lucja.phone, lucja.city) == ("UA", "48501234567", "Wrocław")
    assert lucja.email == "lucja.test@example.org"
    bartosz = person(db, "Zmyślony")
    assert (bartosz.sex, bartosz.birth_date, bartosz.pesel, bartosz.phone) == (
        Sex.MALE, dt.date(1985, 11, 3), adult_pesel, "+48602111222")
    zofia = person(db, "Wymyślona")
    assert (zofia.pesel, zofia.citizenship) == (young_pesel, "BY")  # the lost leading 0 is back
    assert person(db, "Próbna").birth_date == dt.date(1990, 1, 1)
    assert person(db, "Próbna").citizenship == "GE"


def test_ukrainian_headers_and_cyrillic_names_are_found_in_latin(db, admin, tmp_path):
    path = write_csv(tmp_path / "реєстр.csv", [
        ["Ім'я", "Прізвище", "Дата народження", "Стать", "Громадянство", "Телефон", "Місто"],
        ["Марічка", "Вигаданенко", "1994-02-07", "жінка", "Україна", "+380 67 123 45 67", "Вроцлав"],
        ["Тарас", "Несправжній", "07.08.1979", "чоловік", "UA", "", ""],
    ], encoding="utf-8-sig")

    result = importer.import_people(db, admin, path)

    assert (result.imported, result.rejected) == (2, 0)
    marichka = person(db, "Vyhadanenko")
    assert (marichka.given_name, marichka.native_name) == ("Marichka", "Марічка Вигаданенко")
    assert (marichka.sex, marichka.citizenship, marichka.phone) == (Sex.FEMALE, "UA", "+380671234567")
    for query in ("Vyhadanenko", "Wyhadanenko", "вигад", "Marichka Vyhadanenko"):
        hits = people.search(db, query)
        assert [h.id for h in hits] == [marichka.id], query
    taras = people.search(db, "Nespravzhnii")
    assert len(taras) == 1 and taras[0].native_name == "Тарас Несправжній"
    assert taras[0].birth_date == dt.date(1979, 8, 7)


def test_english_headers_tab_separated_year_only_and_native_column(db, admin, tmp_path):
    path = write_csv(tmp_path / "register.tsv", [
        ["Name", "Surname", "Date of birth", "Sex", "Citizenship", "Phone", "Name in native script"],
        ["Amira", "Testwell", "1988", "female", "Syria", "", ""],
        ["Davit", "Fakeishvili", "1991-12-01", "male", "GEO", "", "დავით ფეიქიშვილი"],
        ["Sam", "Notreal", "", "other", "XX", "", ""],
    ], delimiter="\t")

    result = importer.import_people(db, admin, path)

    assert (result.imported, result.rejected) == (3, 0)
    amira = person(db, "Testwell")
    assert (amira.birth_date, amira.birth_year, amira.sex, amira.citizenship) == (None, 1988, Sex.FEMALE, "SY")
    davit = person(db, "Fakeishvili")
    assert (davit.native_name, davit.citizenship, davit.sex) == ("დავით ფეიქიშვილი", "GE", Sex.MALE)
    assert person(db, "Notreal").sex == Sex.OTHER


def test_semicolon_csv_in_windows_1250(db, admin, tmp_path):
    path = write_csv(tmp_path / "stary_rejestr.csv", [
        ["Imię", "Nazwisko", "Data urodzenia", "Płeć", "Obywatelstwo", "Miasto"],
        ["Łucja", "Żółwińska-Testowa", "12.05.1990", "K", "Polska", "Wrocław"],
        ["Grzegorz", "Źdźbłowski", "01.02.1970", "M", "Ukraina", "Oleśnica"],
    ], delimiter=";", encoding="cp1250")
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")

    result = importer.import_people(db, admin, path)

    assert (result.imported, result.rejected) == (2, 0)
    grzegorz = person(db, "Źdźbłowski")
    assert (grzegorz.given_name, grzegorz.city, grzegorz.citizenship) == ("Grzegorz", "Oleśnica", "UA")
    assert [h.family_name for h in people.search(db, "zolwinska")] == ["Żółwińska-Testowa"]
    assert [h.family_name for h in people.search(db, "Zdzblowski")] == ["Źdźbłowski"]


# -- consent, audit, change log --------------------------------------------------------------------

def test_consent_register_audit_and_change_log(db, admin, tmp_path):
    path = write_csv(tmp_path / "r.csv", [
        ["First name", "Last name", "Date of birth"],
        ["Ola", "Testowa", "2001-01-01"],
        ["Ivo", "Pretendov", "1999-09-09"],
        ["", "Bezimienna", ""],
    ])
    before_log = count(db, ChangeLogEntry)

    result = importer.import_people(db, admin, path)

    assert (result.imported, result.rejected) == (2, 1)
    ola = person(db, "Testowa")
    assert ola.consent_kind == ConsentKind.WRITTEN == importer.IMPORT_CONSENT_KIND
    assert ola.consent_date == TODAY
    assert ola.consent_scope == importer.IMPORT_CONSENT_SCOPE == "Imported from an earlier register"
    assert ola.registered_by == admin.staff_id
    assert ola.registered_desk == db.desk_id
    assert count(db, PersonSearch) == 2
    with db.read() as s:
        logged = s.execute(select(ChangeLogEntry.record_id).where(ChangeLogEntry.table_name == "persons")).scalars()
        assert set(logged) == {ola.id, person(db, "Pretendov").id}
        staff_id, detail = s.execute(select(AuditEntry.staff_id, AuditEntry.detail)
                                     .where(AuditEntry.action == "person.import")).one()
    assert count(db, ChangeLogEntry) == before_log + 2
    assert staff_id == admin.staff_id
    assert detail == "imported=2 rejected=1"  # counts only, no names


def test_receptionist_may_not_import(db, admin, make_staff, tmp_path):
    receptionist = make_staff(Role.RECEPTIONIST)
    path = write_csv(tmp_path / "r.csv", [["Imię", "Nazwisko"], ["Ola", "Testowa"]])
    with pytest.raises(PermissionDenied):
        importer.import_people(db, receptionist, path)
    assert count(db) == 0


# -- rejects ---------------------------------------------------------------------------------------

REJECTS_HEADER = ["Imię", "Nazwisko", "Data urodzenia", "Płeć", "Obywatelstwo", "PESEL", "Uwagi"]


def _mixed_rows():
    good_pesel = pesel.make(dt.date(1980, 4, 4), male=True)
    bad_pesel = good_pesel[:-1] + str((int(good_pesel[-1]) + 1) % 10)
    return [
        REJECTS_HEADER,                                                       # row 1
        ["Ola", "Testowa", "01.02.1990", "K", "UA", "", "a"],                 # 2 ok
        ["", "Bezimienna", "01.02.1990", "K", "UA", "", "b"],                 # 3 no first name
        ["Adam", "Zmyślony", "04.04.1980", "M", "PL", bad_pesel, "c"],        # 4 bad PESEL
        ["Ewa", "Niemożliwa", "31.02.1990", "K", "UA", "", "d"],              # 5 impossible date
        ["Kim", "Niewiadomy", "01.01.1990", "?", "UA", "", "e"],              # 6 unknown sex
        ["ola", "TESTOWA", "1990-02-01", "kobieta", "Ukraina", "", "f"],      # 7 same as row 2
        ["Jan", "Atlantydzki", "01.01.1990", "M", "Atlantyda", "", "g"],      # 8 unknown country
        ["", "", "", "", "", "", ""],                                         # 9 empty: not a row
        ["Piotr", "Przyszły", f"01.01.{TODAY.year + 1}", "M", "PL", "", "h"],  # 10 born in the future
        ["Adam", "Poprawny", "04.04.1980", "M", "PL", good_pesel, "i"],       # 11 ok
    ]


def test_rejects_go_to_a_csv_beside_the_input_with_row_numbers_and_reasons(db, admin, tmp_path):
    path = write_csv(tmp_path / "rejestr.csv", _mixed_rows(), delimiter=";")

    result = importer.import_people(db, admin, path)

    assert (result.imported, result.rejected) == (2, 7)
    assert result.imported + result.rejected == 9 == count(db) + result.rejected
    assert result.rejects_path == tmp_path / "rejestr-rejects.csv"
    rows = read_csv(result.rejects_path)
    assert rows[0] == ["row", *REJECTS_HEADER, "reason"]
    by_row = {int(r[0]): r for r in rows[1:]}
    assert sorted(by_row) == [3, 4, 5, 6, 7, 8, 10]
    assert by_row[4][1:8] == _mixed_rows()[3]  # the original cells, untouched
    reason = {n: r[-1] for n, r in by_row.items()}
    assert reason[3].startswith("First name:") and "required" in reason[3]
    assert reason[4].startswith("PESEL:")
    assert reason[5].startswith("Date of birth:")
    assert reason[6].startswith("Sex:")
    assert reason[7] == "The same person is already on row 2."
    assert reason[8].startswith("Citizenship:")
    assert reason[10].startswith("Date of birth:") and "future" in reason[10]
    assert {p.family_name for p in _all(db)} == {"Testowa", "Poprawny"}


def _all(db):
    with db.read() as s:
        return [_plain(p) for p in s.execute(select(Person)).scalars()]


def test_rejects_of_an_xlsx_are_an_xlsx_and_can_go_elsewhere(db, admin, tmp_path):
    path = write_xlsx(tmp_path / "register.xlsx", _mixed_rows())
    target = tmp_path / "out" / "not-taken.xlsx"
    target.parent.mkdir()

    result = importer.import_people(db, admin, path, rejects_path=target)

    assert (result.imported, result.rejected, result.rejects_path) == (2, 7, target)
    assert not (tmp_path / "register-rejects.xlsx").exists()
    sheet = load_workbook(target, read_only=True).active
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0] == ["row", *REJECTS_HEADER, "reason"]
    assert [r[0] for r in rows[1:]] == [3, 4, 5, 6, 7, 8, 10]
    assert all(r[-1] for r in rows[1:])


def test_importing_the_same_register_again_takes_nobody_twice(db, admin, tmp_path):
    path = write_csv(tmp_path / "r.csv", _mixed_rows())
    importer.import_people(db, admin, path)

    again = importer.import_people(db, admin, path, rejects_path=tmp_path / "again.csv")

    assert (again.imported, again.rejected) == (0, 9)
    assert count(db) == 2
    reasons = {int(r[0]): r[-1] for r in read_csv(again.rejects_path)[1:]}
    assert reasons[2] == reasons[11] == "This person is already registered."


def test_a_rejects_file_that_cannot_be_written_imports_nothing(db, admin, tmp_path):
    path = write_csv(tmp_path / "r.csv", _mixed_rows())
    with pytest.raises(UserError) as caught:
        importer.import_people(db, admin, path, rejects_path=tmp_path / "no-such-folder" / "x.csv")
    assert "nothing was imported" in str(caught.value)
    assert count(db) == 0
    with db.read() as s:
        assert s.execute(select(AuditEntry).where(AuditEntry.action == "person.import")).first() is None


def test_a_failure_half_way_leaves_nothing_behind(db, admin, tmp_path, monkeypatch):
    fake = Faker("pl_PL")
    fake.seed_instance(7)
    rows = [["Imię", "Nazwisko"]] + [[fake.first_name(), f"{fake.last_name()}-{i}"] for i in range(1200)]
    path = write_csv(tmp_path / "r.csv", rows)
    real = people.search_key_for
    calls = []

    def failing(*args):
        calls.append(1)
        if len(calls) > 700:
            raise RuntimeError("disk gone")
        return real(*args)
    monkeypatch.setattr(importer.people, "search_key_for", failing)
    log_before = count(db, ChangeLogEntry)

    with pytest.raises(RuntimeError):
        importer.import_people(db, admin, path)

    assert count(db) == 0 and count(db, PersonSearch) == 0
    assert count(db, ChangeLogEntry) == log_before


# -- unreadable files --------------------------------------------------------------------------------

def _corrupt_xlsx(tmp_path):
    good = write_xlsx(tmp_path / "good.xlsx", [["Imię", "Nazwisko"], ["Ola", "Testowa"]])
    data = good.read_bytes()
    path = tmp_path / "corrupt.xlsx"
    path.write_bytes(data[: len(data) // 2])
    return path


def _zip_without_workbook(tmp_path):
    path = tmp_path / "notes.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("readme.txt", "not a workbook")
    return path


UNREADABLE = {
    "corrupt xlsx": _corrupt_xlsx,
    "random bytes as xlsx": lambda p: _bytes(p / "random.xlsx", os.urandom(4096)),
    "zip without a workbook": _zip_without_workbook,
    "empty csv": lambda p: _bytes(p / "empty.csv", b""),
    "blank csv": lambda p: _bytes(p / "blank.csv", b"\r\n ;;\r\n"),
    "empty xlsx": lambda p: write_xlsx(p / "empty.xlsx", []),
    "no name columns": lambda p: write_csv(p / "other.csv", [["Kolor", "Liczba"], ["zielony", "3"]]),
    "binary as csv": lambda p: _bytes(p / "photo.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(64)),
    "old excel": lambda p: _bytes(p / "old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(512)),
    "missing": lambda p: p / "nowhere.csv",
    "a folder": lambda p: p,
}


def _bytes(path, data):
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("kind", UNREADABLE)
def test_an_unreadable_file_is_refused_whole(db, admin, tmp_path, kind):
    write_csv(tmp_path / "ok.csv", [["Imię", "Nazwisko"], ["Ola", "Testowa"]])
    importer.import_people(db, admin, tmp_path / "ok.csv")
    before = count(db)
    path = UNREADABLE[kind](tmp_path)
    listing = sorted(p.name for p in tmp_path.iterdir())

    with pytest.raises(UserError) as caught:
        importer.import_people(db, admin, path)

    message = str(caught.value)
    assert message and "\n" not in message
    assert count(db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing  # no rejects file either


def test_a_header_only_file_imports_nobody(db, admin, tmp_path):
    path = write_csv(tmp_path / "r.csv", [["Imię", "Nazwisko", "Telefon"]])
    assert importer.import_people(db, admin, path) == importer.ImportResult(0, 0, None)


def test_the_rejects_file_may_not_overwrite_the_input(db, admin, tmp_path):
    path = write_csv(tmp_path / "r.csv", _mixed_rows())
    with pytest.raises(UserError):
        importer.import_people(db, admin, path, rejects_path=path)
    assert read_csv(path)[0] == REJECTS_HEADER


# -- value parsing -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("UA", "UA"), ("ua", "UA"), ("UKR", "UA"), ("Ukraina", "UA"), ("ukraińskie", "UA"), ("Україна", "UA"),
    ("Ukraine", "UA"), ("Białoruś", "BY"), ("Білорусь", "BY"), ("Belarus", "BY"), ("Federacja Rosyjska", "RU"),
    ("Росія", "RU"), ("Gruzja", "GE"), ("Грузія", "GE"), ("Mołdawia", "MD"), ("Kazachstan", "KZ"),
    ("Turcja", "TR"), ("Indie", "IN"), ("Syria", "SY"), ("Afganistan", "AF"), ("bezpaństwowiec", "XX"),
    ("Atlantyda", None),
])
def test_citizenship_names_in_three_languages(text, code):
    assert importer.parse_citizenship(text) == code


@pytest.mark.parametrize("text, sex", [
    ("K", Sex.FEMALE), ("k", Sex.FEMALE), ("kobieta", Sex.FEMALE), ("Ж", Sex.FEMALE), ("жінка", Sex.FEMALE),
    ("F", Sex.FEMALE), ("female", Sex.FEMALE), ("M", Sex.MALE), ("Mężczyzna", Sex.MALE), ("чоловік", Sex.MALE),
    ("male", Sex.MALE), ("other", Sex.OTHER), ("inna", Sex.OTHER), ("X", Sex.OTHER), ("tak", None),
])
def test_sex_values(text, sex):
    assert importer.parse_sex(text) == sex


@pytest.mark.parametrize("header, field", [
    ("Imię", "given_name"), ("IMIĘ", "given_name"), ("imie", "given_name"), ("Ім'я", "given_name"),
    ("First name", "given_name"), ("given name", "given_name"), ("Nazwisko", "family_name"),
    ("Прізвище", "family_name"), ("Surname", "family_name"), ("Family name", "family_name"),
    ("Last name", "family_name"), ("Data urodzenia", "birth_date"), ("Дата народження", "birth_date"),
    ("Date of birth", "birth_date"), ("Płeć", "sex"), ("Стать", "sex"), ("Obywatelstwo", "citizenship"),
    ("Громадянство", "citizenship"), ("Telefon", "phone"), ("Телефон", "phone"), ("PESEL", "pesel"),
    ("E-mail", "email"), ("Miasto", "city"), ("Місто", "city"),
    ("Imię i nazwisko w oryginalnym zapisie", "native_name"), ("Ім'я та прізвище рідною мовою", "native_name"),
    ("Name in native script", "native_name"),
])
def test_headers_in_three_languages(header, field):
    assert importer.match_columns(["Lp.", header]) == {field: 1}


@pytest.mark.parametrize("value, expected", [
    ("1990-05-12", (dt.date(1990, 5, 12), 1990)), ("12.05.1990", (dt.date(1990, 5, 12), 1990)),
    ("1990-05-12 00:00:00", (dt.date(1990, 5, 12), 1990)), (dt.datetime(1990, 5, 12), (dt.date(1990, 5, 12), 1990)),
    (32875, (dt.date(1990, 1, 2), 1990)), (1990, (None, 1990)), ("1990", (None, 1990)),
    ("31.02.1990", None), ("wczoraj", None),
])
def test_birth_dates(value, expected):
    assert importer.parse_birth(value, TODAY) == expected


# -- progress and speed ----------------------------------------------------------------------------------

def _register_rows(n, seed=1):
    fake = Faker(["uk_UA", "pl_PL", "en_US"])
    fake.seed_instance(seed)
    rows = [["Imię", "Nazwisko", "Data urodzenia", "Płeć", "Obywatelstwo", "Telefon", "PESEL"]]
    numbers = set()
    for i in range(n):
        male = i % 2 == 0
        born = fake.date_of_birth(minimum_age=1, maximum_age=80)
        number = pesel.make(born, male, i) if i % 3 == 1 else None
        if number in numbers:  # two invented people must not share one
            number = None
        numbers.add(number)
        rows.append([fake.first_name_male() if male else fake.first_name_female(), f"{fake.last_name()}{i}",
                     born, "M" if male else "K", ("UA", "Ukraina", "BY", "PL")[i % 4],
                     fake.numerify("+48 5## ### ###") if i % 3 else None, number])
    return rows


def test_progress_is_reported_every_500_rows(db, admin, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", _register_rows(1200))
    calls = []

    importer.import_people(db, admin, path, progress=lambda done, total, what: calls.append((done, total, what)))

    checking = [(d, t) for d, t, w in calls if w == importer.STEP_CHECKING]
    saving = [(d, t) for d, t, w in calls if w == importer.STEP_SAVING]
    assert checking == [(500, 1200), (1000, 1200), (1200, 1200)]
    assert saving == [(500, 1200), (1000, 1200), (1200, 1200)]


def test_ten_thousand_rows_import_whole(db, admin, tmp_path):
    """Every row of a big file arrives, each findable (its speed is measured in tests/perf, not here)."""
    path = write_xlsx(tmp_path / "big.xlsx", _register_rows(10_000))

    result = importer.import_people(db, admin, path)

    assert (result.imported, result.rejected) == (10_000, 0)
    assert count(db) == count(db, PersonSearch) == 10_000


# -- text stays text (OWASP: CSV injection) -----------------------------------------------------------

FORMULAS = ["=HYPERLINK(\"http://example.invalid\",\"Kliknij\")", "=cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0",
            "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0"]


def _formula_rows():
    header = ["Imię", "Nazwisko", "Płeć", "Data urodzenia", "Telefon"]
    rows = [header, ["Olena", FORMULAS[0], "K", "1990-01-01", "+48 600 100 200"]]
    for n, text in enumerate(FORMULAS, 3):  # each rejected: no first name
        rows.append(["", text, "K", "1990-01-01", "+48 600 100 20" + str(n)])
    return rows


def test_names_that_look_like_formulas_are_imported_as_written_and_rejects_keep_them_text(db, admin, tmp_path):
    workbook = Workbook()
    for row in _formula_rows():
        workbook.active.append(row)
    for row in workbook.active.iter_rows():
        for cell in row:
            if cell.data_type == "f":
                cell.data_type = "s"  # typed into the register as text, as a person's name would be
    path = tmp_path / "register.xlsx"
    workbook.save(path)
    result = importer.import_people(db, admin, path)
    assert result.imported == 1 and result.rejected == len(FORMULAS)
    assert [p.family_name for p in _all(db)] == [FORMULAS[0]]
    book = load_workbook(result.rejects_path)  # not read-only: each cell's type is checked
    cells = [c for row in book.active.iter_rows() for c in row if c.value is not None]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    assert {c.value for c in cells} >= set(FORMULAS)


def test_a_rejects_csv_neutralises_formulas_and_keeps_phone_numbers(db, admin, tmp_path):
    path = write_csv(tmp_path / "register.csv", _formula_rows())
    result = importer.import_people(db, admin, path)
    rows = read_csv(result.rejects_path)
    surnames = [r[2] for r in rows[1:]]
    assert surnames == ["'" + f for f in FORMULAS]
    assert [r[5] for r in rows[1:]] == ["+48 600 100 20" + str(n) for n in range(3, 3 + len(FORMULAS))]
