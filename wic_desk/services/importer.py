"""Importing an earlier register of people from an Excel workbook (.xlsx) or a CSV file.

Contract:
- Columns are found by their header, in Polish, Ukrainian or English, ignoring case, diacritics,
  punctuation and a note in brackets ("Data urodzenia (DD.MM.RRRR)"). The header row may sit below
  a few title rows. First and last name columns are required; the others are optional.
- Every data row is checked as the registration form would check it (``people.normalise`` and
  ``people.validate``). A name written in Cyrillic is kept as the native-script name and gets its
  Latin form. Rows that cannot be taken (a missing name, a bad PESEL, an impossible date, an unknown
  sex or country, the same person twice in the file or already registered) go to a rejects file in
  the input's format, with the original cells, the row number and the reason (English source text;
  services have no Qt). ``imported + rejected`` is always the number of non-empty data rows.
- What is valid is imported in one unit of work: all of it or, on any failure, nothing (the
  rejects file is written inside that transaction, so a rejects file that cannot be written
  imports nothing either).
- A file that cannot be read (missing, empty, not a spreadsheet, a damaged workbook, no name
  columns) raises a one-line ``UserError``, imports nothing and writes no rejects file. The header
  is looked for in the first ``HEADER_SEARCH_ROWS`` rows (of a CSV file, within its first
  ``HEAD_BYTES``) before the rest is read: a big file that is no register is refused at once.
- One audit entry, ``person.import``, with the counts only.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import uuid
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import DatabaseError, OperationalError

from wic_desk.domain import translit
from wic_desk.domain.enums import COMMON_CITIZENSHIPS, ConsentKind, Role, Sex
from wic_desk.domain.errors import UserError, ValidationError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.domain.validation import parse_date
from wic_desk.services import auth, people
from wic_desk.services.context import Actor, Database, user_db_error
from wic_desk.services.uow import UnitOfWork, iter_chunks
from wic_desk.store.base import now
from wic_desk.store.models import Person, PersonSearch

Progress = Callable[[int, int, str], None]

IMPORT_CONSENT_KIND = ConsentKind.WRITTEN
IMPORT_CONSENT_SCOPE = T("Import", "Imported from an earlier register")
IMPORT_ROLES = frozenset({Role.ADMIN, Role.COORDINATOR})
AUDIT_ACTION = "person.import"
PROGRESS_EVERY = 500
HEADER_SEARCH_ROWS = 20  # title rows above the header that we look past
HEAD_BYTES = 256 * 1024  # where a CSV file's header must be: 20 rows of a register are far smaller

ROW_COLUMN = "row"
REASON_COLUMN = "reason"

STEP_CHECKING = T("Import", "Checking rows")
STEP_SAVING = T("Import", "Saving")

XLSX_SUFFIXES = (".xlsx", ".xlsm")
CSV_SUFFIXES = (".csv", ".txt", ".tsv")


@dataclass(frozen=True)
class ImportResult:
    imported: int
    rejected: int
    rejects_path: Path | None


# -- column headers -------------------------------------------------------------------------------

# Field -> headers, written naturally; they are compared after _header_key() folding.
_HEADERS: dict[str, tuple[str, ...]] = {
    "given_name": ("Imię", "Imiona", "Ім'я", "Імʼя", "Імена", "Имя", "First name", "Given name",
                   "Given names", "Forename", "First names"),
    "family_name": ("Nazwisko", "Прізвище", "Фамилия", "Last name", "Family name", "Surname", "Lastname"),
    "birth_date": ("Data urodzenia", "Data ur", "Rok urodzenia", "Дата народження", "Рік народження",
                   "Дата рождения", "Date of birth", "Birth date", "Birthdate", "DOB", "Year of birth", "Born"),
    "sex": ("Płeć", "Стать", "Пол", "Sex", "Gender"),
    "citizenship": ("Obywatelstwo", "Громадянство", "Гражданство", "Citizenship", "Nationality",
                    "Country of citizenship"),
    "phone": ("Telefon", "Nr telefonu", "Numer telefonu", "Tel", "Телефон", "Номер телефону",
              "Phone", "Phone number", "Telephone", "Mobile"),
    "pesel": ("PESEL", "Nr PESEL", "Numer PESEL", "ПЕСЕЛЬ", "Номер PESEL", "PESEL number"),
    "email": ("E-mail", "Email", "Adres e-mail", "Mail", "Електронна пошта", "Ел. пошта", "Е-мейл",
              "Імейл", "E-mail address"),
    "city": ("Miasto", "Miejscowość", "Miejsce zamieszkania", "Місто", "Населений пункт", "City", "Town"),
    "district": ("Dzielnica", "Район", "District"),
    "languages": ("Języki", "Język", "Мови", "Мова", "Languages", "Language"),
    "native_name": ("Imię i nazwisko w oryginalnym zapisie", "Ім'я та прізвище рідною мовою",
                    "Name in native script", "Native name"),
}
# A header holding one of these (after folding) names the native-script name column.
_NATIVE_HINTS = ("oryginal", "original", "native", "рідн", "cyryl", "cyril", "кирил")
# "Name" alone means the first name only when nothing else does (an English "Name" + "Surname").
_LOOSE_GIVEN = ("name",)

FIELD_LABELS: dict[str, str] = {
    "given_name": T("Import", "First name"),
    "family_name": T("Import", "Last name"),
    "native_name": T("Import", "Name in native script"),
    "birth_date": T("Import", "Date of birth"),
    "sex": T("Import", "Sex"),
    "citizenship": T("Import", "Citizenship"),
    "phone": T("Import", "Phone"),
    "pesel": T("Import", "PESEL"),
    "email": T("Import", "E-mail"),
    "city": T("Import", "City"),
    "district": T("Import", "District"),
    "languages": T("Import", "Languages"),
    "first_contact_date": T("Import", "First contact"),
}

# The model's text lengths (PostgreSQL enforces them; SQLite would not).
_MAX_LENGTH = {"given_name": 120, "family_name": 120, "native_name": 240, "languages": 120, "phone": 20,
               "email": 200, "city": 120, "district": 120}


def _header_key(text: Any) -> str:
    if text is None:
        return ""
    folded = translit.fold(re.sub(r"\([^)]*\)", " ", str(text)))
    return re.sub(r"[^\w]|_", "", folded)


_HEADER_INDEX = {_header_key(h): name for name, headers in _HEADERS.items() for h in headers}


def match_columns(header: Iterable[Any]) -> dict[str, int]:
    """Field name -> column index for a header row (the first column wins a field named twice)."""
    found: dict[str, int] = {}
    loose: list[int] = []
    for index, cell in enumerate(header):
        key = _header_key(cell)
        if not key:
            continue
        name = _HEADER_INDEX.get(key)
        if name is None and any(h in translit.fold(str(cell)) for h in _NATIVE_HINTS):
            name = "native_name"
        if name is None and key in _LOOSE_GIVEN:
            loose.append(index)
        if name is not None:
            found.setdefault(name, index)
    if "given_name" not in found and loose:
        found["given_name"] = loose[0]
    return found


# -- values ---------------------------------------------------------------------------------------

_SEX_VALUES: dict[str, Sex] = {}
for _sex, _words in (
    (Sex.FEMALE, ("k", "f", "ж", "kobieta", "żeńska", "female", "woman", "жінка", "жіноча", "жін",
                  "женщина", "женский")),
    (Sex.MALE, ("m", "ч", "м", "mężczyzna", "męska", "meski", "male", "man", "чоловік", "чоловіча", "чол",
                "мужчина", "мужской")),
    (Sex.OTHER, ("x", "inna", "inne", "other", "інша", "інше", "nie podano", "niepodano", "not stated",
                 "не вказано", "невказано", "n/a", "-")),
):
    for _word in _words:
        _SEX_VALUES[translit.fold(_word)] = _sex

# Names of the common citizenships (and the adjectives registers use: "ukraińskie"), by the
# start of the folded word; ISO alpha-3 codes too.
_COUNTRY_STEMS: tuple[tuple[str, str], ...] = (
    ("UA", "ukrain"), ("UA", "украї"), ("UA", "украи"), ("UA", "украі"),
    ("BY", "bialorus"), ("BY", "belarus"), ("BY", "білорус"), ("BY", "белорус"), ("BY", "беларус"),
    ("RU", "ros"), ("RU", "russia"), ("RU", "рос"),
    ("GE", "gruzj"), ("GE", "gruzin"), ("GE", "georgia"), ("GE", "груз"),
    ("PL", "pols"), ("PL", "poland"), ("PL", "polish"), ("PL", "польщ"), ("PL", "польськ"), ("PL", "польша"),
    ("MD", "moldaw"), ("MD", "moldov"), ("MD", "молдов"), ("MD", "молдав"),
    ("KZ", "kazach"), ("KZ", "kazakh"), ("KZ", "казах"),
    ("UZ", "uzbek"), ("UZ", "узбек"),
    ("TJ", "tadzyk"), ("TJ", "tajik"), ("TJ", "tadjik"), ("TJ", "таджик"),
    ("AM", "armen"), ("AM", "вірмен"), ("AM", "армен"),
    ("AZ", "azerbejdz"), ("AZ", "azerbaijan"), ("AZ", "азербайдж"),
    ("TR", "turc"), ("TR", "turkey"), ("TR", "turkish"), ("TR", "turkiye"), ("TR", "туреч"), ("TR", "турц"),
    ("IN", "indie"), ("IN", "indyj"), ("IN", "india"), ("IN", "інді"), ("IN", "инди"),
    ("SY", "syri"), ("SY", "syryj"), ("SY", "сирі"), ("SY", "сири"),
    ("AF", "afgan"), ("AF", "afghan"), ("AF", "афган"),
    ("XX", "bezpanstw"), ("XX", "stateless"), ("XX", "unknown"), ("XX", "nieznan"), ("XX", "апатрид"),
    ("XX", "без громадянства"), ("XX", "невідом"),
)
_FOLDED_STEMS = tuple((code, translit.fold(stem)) for code, stem in _COUNTRY_STEMS)
_ALPHA3 = {"UKR": "UA", "BLR": "BY", "RUS": "RU", "GEO": "GE", "POL": "PL", "MDA": "MD", "KAZ": "KZ",
           "UZB": "UZ", "TJK": "TJ", "ARM": "AM", "AZE": "AZ", "TUR": "TR", "IND": "IN", "SYR": "SY",
           "AFG": "AF"}
_ISO2_RE = re.compile(r"^[A-Za-z]{2}$")


def parse_citizenship(text: str) -> str | None:
    """An ISO 3166-1 alpha-2 code for a code or a common country's name; None if unknown."""
    value = text.strip()
    if _ISO2_RE.match(value):
        return value.upper()
    if value.upper() in _ALPHA3:
        return _ALPHA3[value.upper()]
    folded = translit.fold(value)
    for code, stem in _FOLDED_STEMS:
        if folded.startswith(stem) or f" {stem}" in f" {folded}":
            return code
    for code, english in COMMON_CITIZENSHIPS.items():
        if translit.fold(english) == folded:
            return code
    return None


def parse_sex(text: str) -> Sex | None:
    return _SEX_VALUES.get(translit.fold(text.strip().rstrip(".")))


def _excel_serial(number: float) -> dt.date | None:
    if not 1 <= number < 2958466:
        return None
    return (dt.datetime(1899, 12, 30) + dt.timedelta(days=number)).date()


def parse_birth(value: Any, today: dt.date) -> tuple[dt.date | None, int | None] | None:
    """(date, year) from a cell: a date, an Excel date number, YYYY-MM-DD, DD.MM.YYYY, or a year
    alone. None when the cell holds something else (an impossible date included)."""
    if isinstance(value, dt.datetime):
        return value.date(), value.year
    if isinstance(value, dt.date):
        return value, value.year
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        if float(value).is_integer() and 1900 <= value <= today.year:
            return None, int(value)  # a year; Excel numbers in this range would be dates in 1905
        date = _excel_serial(float(value))
        return (date, date.year) if date else None
    text = str(value).strip()
    if re.fullmatch(r"\d{4}", text):
        return None, int(text)
    date = parse_date(text)
    if date is None:  # "1990-05-12 00:00:00" or "1990-05-12T00:00" from other programs
        head = re.split(r"[ T]", text, maxsplit=1)[0]
        date = parse_date(head) if head != text else None
    return (date, date.year) if date else None


def _cell_text(value: Any) -> str | None:
    """A cell as text; whole numbers without ".0" (Excel stores phone numbers as numbers)."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime | dt.date):
        value = value.isoformat()
    text = str(value).strip()
    return text or None


def _pesel_text(value: Any) -> str | None:
    text = _cell_text(value)
    # A PESEL of someone born in 2000 or later starts with 0, which a number cell drops.
    if text and text.isdigit() and 9 <= len(text) < 11:
        text = text.zfill(11)
    return text


# -- reading --------------------------------------------------------------------------------------

@dataclass
class _Table:
    kind: str  # "csv" or "xlsx"
    header: list[Any]
    header_row: int
    columns: dict[str, int]
    rows: list[tuple[int, list[Any]]] = field(default_factory=list)  # (row number, cells)
    delimiter: str = ","


def _empty(cells: Iterable[Any]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)


def _no_name_columns(path: Path) -> UserError:
    return UserError(T("Errors", "No first-name and last-name columns were found in {name}: the first row "
                                 "must name the columns, e.g. Imię and Nazwisko, Ім'я and Прізвище, "
                                 "or First name and Last name."), name=path.name)


def _not_a_spreadsheet(path: Path) -> UserError:
    return UserError(T("Errors", "The file {name} is not an Excel workbook (.xlsx) or a CSV file."), name=path.name)


def _table_from_rows(path: Path, kind: str, rows: Iterable[tuple[int, list[Any]]], delimiter: str = ",") -> _Table:
    """The header (within the first HEADER_SEARCH_ROWS rows) and the non-empty rows below it.
    Without a header, no row after the search is read: ``rows`` may be lazy."""
    table: _Table | None = None
    seen_any = False
    for number, cells in rows:
        if _empty(cells):
            continue
        seen_any = True
        if table is None:
            columns = match_columns(cells)
            if "given_name" in columns and "family_name" in columns:
                table = _Table(kind, list(cells), number, columns, delimiter=delimiter)
            elif number >= HEADER_SEARCH_ROWS:
                break
            continue
        table.rows.append((number, list(cells)))
    if table is None:
        if not seen_any:
            raise UserError(T("Errors", "The file {name} is empty."), name=path.name)
        raise _no_name_columns(path)
    return table


def _decode(path: Path, data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")  # Excel's "Unicode text"
    if b"\x00" in data:
        raise _not_a_spreadsheet(path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1250")  # Polish Windows
    except UnicodeDecodeError:
        raise _not_a_spreadsheet(path) from None


def _sniff_delimiter(text: str) -> str:
    """The separator of the first non-empty row: the most frequent of ; , and tab outside quotes.
    A quoted cell may hold a line break (a title typed on two lines, a stray carriage return):
    the row then goes on over the next lines (at most HEADER_SEARCH_ROWS of them)."""
    row: list[str] = []
    inside = False
    for line in text.splitlines():
        row.append(line)
        inside ^= line.count('"') % 2 == 1
        if inside and len(row) < HEADER_SEARCH_ROWS:
            continue  # inside a quoted cell
        if any(part.strip() for part in row):
            break
        row, inside = [], False
    unquoted = re.sub(r'"[^"]*"', "", "\n".join(row))
    counts = {d: unquoted.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _decode_head(path: Path, head: bytes) -> str:
    """The complete characters of a file's first bytes, decoded as ``_decode`` would decode the
    whole (a character cut at the end is left out; a wrong guess only means a closer look later)."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return codecs.getincrementaldecoder("utf-16")().decode(head)
    if b"\x00" in head:
        raise _not_a_spreadsheet(path)
    try:
        return codecs.getincrementaldecoder("utf-8-sig")().decode(head)
    except UnicodeDecodeError:
        pass
    try:
        return head.decode("cp1250")
    except UnicodeDecodeError:
        raise _not_a_spreadsheet(path) from None


def _check_csv_head(path: Path, head: bytes) -> None:
    """Refuse a long file whose first HEAD_BYTES hold no header row in the first HEADER_SEARCH_ROWS
    rows, before the whole file is read and decoded (a 50 MB text file is refused in a moment)."""
    text = _decode_head(path, head)
    lines = text.splitlines(keepends=True)[:-1]  # the last line may be cut short
    reader = csv.reader(io.StringIO("".join(lines), newline=""), delimiter=_sniff_delimiter(text))
    read = 0

    def rows() -> Iterator[tuple[int, list[Any]]]:
        nonlocal read
        for number, cells in enumerate(reader, 1):
            read = number
            yield number, [c if c.strip() else None for c in cells]
    try:
        _table_from_rows(path, "csv", rows())
    except csv.Error:
        return  # a quoted cell cut by the limit: the whole file decides
    except UserError:
        if read >= HEADER_SEARCH_ROWS:
            raise _no_name_columns(path) from None
        # fewer rows than the search covers (very long ones): the whole file decides


def _read_csv(path: Path, data: bytes) -> _Table:
    text = _decode(path, data)
    delimiter = _sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows = [(number, [c if c.strip() else None for c in cells]) for number, cells in enumerate(reader, 1)]
    except csv.Error:
        raise _not_a_spreadsheet(path) from None
    return _table_from_rows(path, "csv", rows, delimiter)


_XLSX_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_XLSX_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CELL_REF = re.compile(r"([A-Z]+)(\d+)$")


def _xlsx_part(base: str, target: str) -> str:
    return target.lstrip("/") if target.startswith("/") else f"{base}/{target}"


def _xlsx_head_rows(zf: zipfile.ZipFile, part: str) -> tuple[list[tuple[int, dict[int, Any]]], set[int]]:
    """The first HEADER_SEARCH_ROWS rows of one sheet, streamed: (row number, column -> value), a
    shared string standing as ("s", index) until resolved; and the shared strings they use."""
    from xml.etree.ElementTree import iterparse

    rows: list[tuple[int, dict[int, Any]]] = []
    shared: set[int] = set()
    with zf.open(part) as fh:
        for _event, elem in iterparse(fh):
            if elem.tag != f"{_XLSX_MAIN}row":
                continue
            number = int(elem.get("r") or len(rows) + 1)
            if number > HEADER_SEARCH_ROWS:
                break
            cells: dict[int, Any] = {}
            for position, cell in enumerate(elem.iter(f"{_XLSX_MAIN}c")):
                match = _CELL_REF.match(cell.get("r") or "")
                column = position
                if match:
                    column = 0
                    for letter in match.group(1):
                        column = column * 26 + ord(letter) - 64
                    column -= 1
                kind = cell.get("t")
                value = cell.findtext(f"{_XLSX_MAIN}v")
                if kind == "s" and value is not None:
                    cells[column] = ("s", int(value))
                    shared.add(int(value))
                elif kind == "inlineStr":
                    cells[column] = "".join(t.text or "" for t in cell.iter(f"{_XLSX_MAIN}t"))
                else:
                    cells[column] = value
            rows.append((number, cells))
            elem.clear()
    return rows, shared


def _check_xlsx_head(path: Path) -> None:
    """Refuse a workbook with no header row in the first HEADER_SEARCH_ROWS rows of any sheet by
    reading only those rows and the shared strings they use (openpyxl would first load every
    string of the workbook). Anything unexpected in the package leaves the verdict to openpyxl."""
    from xml.etree.ElementTree import ParseError, fromstring, iterparse

    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            rels = {r.get("Id"): r.get("Target") or "" for r in fromstring(zf.read("xl/_rels/workbook.xml.rels"))
                    .iter(f"{_PKG_REL}Relationship")}
            sheets = [_xlsx_part("xl", rels[s.get(f"{_XLSX_REL}id")])
                      for s in fromstring(zf.read("xl/workbook.xml")).iter(f"{_XLSX_MAIN}sheet")]
            heads = [_xlsx_head_rows(zf, part) for part in sheets]
            needed = set().union(*(used for _rows, used in heads)) if heads else set()
            strings: dict[int, str] = {}
            if needed and "xl/sharedStrings.xml" in names:
                last = max(needed)
                with zf.open("xl/sharedStrings.xml") as fh:
                    index = 0
                    for _event, elem in iterparse(fh):
                        if elem.tag != f"{_XLSX_MAIN}si":
                            continue
                        if index in needed:
                            strings[index] = "".join(t.text or "" for t in elem.iter(f"{_XLSX_MAIN}t"))
                        elem.clear()
                        index += 1
                        if index > last:
                            break
    except (KeyError, ValueError, OSError, ParseError, zipfile.BadZipFile, RuntimeError):
        return
    if not sheets:
        return
    empty = True
    for rows, _used in heads:
        resolved = []
        for number, cells in rows:
            width = max(cells, default=-1) + 1
            line = [None] * width
            for column, value in cells.items():
                line[column] = strings.get(value[1]) if isinstance(value, tuple) else value
            resolved.append((number, line))
        try:
            _table_from_rows(path, "xlsx", resolved)
            return  # this sheet has a header
        except UserError:
            empty = empty and all(_empty(line) for _n, line in resolved)
    if not empty:
        raise _no_name_columns(path)


def _read_xlsx(path: Path) -> _Table:
    from openpyxl import load_workbook

    damaged = UserError(T("Errors", "The file {name} cannot be read as an Excel workbook: it may be damaged."),
                        name=path.name)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # zipfile, XML and openpyxl errors alike: a damaged or foreign file
        raise damaged from None
    try:
        no_names: UserError | None = None
        for sheet in workbook.worksheets:
            try:
                rows = ((n, list(r)) for n, r in enumerate(sheet.iter_rows(values_only=True), 1))
                return _table_from_rows(path, "xlsx", rows)
            except UserError as exc:
                no_names = no_names or exc
            except Exception:
                raise damaged from None
        raise no_names or UserError(T("Errors", "The file {name} is empty."), name=path.name)
    finally:
        workbook.close()


def read_table(path: Path) -> _Table:
    """The header and the non-empty rows of a register file, or a UserError saying why not."""
    if not path.is_file():
        raise UserError(T("Errors", "The file {name} does not exist."), name=path.name)
    unreadable = UserError(T("Errors", "The file {name} cannot be read."), name=path.name)
    try:
        with open(path, "rb") as fh:
            head = fh.read(HEAD_BYTES + 1)
    except OSError:
        raise unreadable from None
    whole = len(head) <= HEAD_BYTES
    if whole and not head.strip():
        raise UserError(T("Errors", "The file {name} is empty."), name=path.name)
    suffix = path.suffix.lower()
    is_zip = head[:4] == b"PK\x03\x04" and zipfile.is_zipfile(path)
    if suffix in XLSX_SUFFIXES or (suffix == "" and is_zip):
        _check_xlsx_head(path)
        return _read_xlsx(path)
    if (suffix in CSV_SUFFIXES or suffix == "") and not is_zip:
        if whole:
            return _read_csv(path, head)
        _check_csv_head(path, head)
        try:
            data = path.read_bytes()
        except OSError:
            raise unreadable from None
        if not data.strip():
            raise UserError(T("Errors", "The file {name} is empty."), name=path.name)
        return _read_csv(path, data)
    raise _not_a_spreadsheet(path)


# -- checking -------------------------------------------------------------------------------------

@dataclass
class _Checked:
    number: int
    cells: list[Any]
    data: people.PersonInput | None = None
    reasons: list[str] = field(default_factory=list)


def _reason(field_name: str, error: UserError) -> str:
    label = FIELD_LABELS.get(field_name)
    return f"{label}: {error.render()}" if label else error.render()


def _check_row(number: int, cells: list[Any], columns: dict[str, int], today: dt.date) -> _Checked:
    checked = _Checked(number, cells)

    def cell(name: str) -> Any:
        index = columns.get(name)
        return cells[index] if index is not None and index < len(cells) else None

    problems: dict[str, UserError] = {}
    sex = Sex.OTHER
    sex_text = _cell_text(cell("sex"))
    if sex_text:
        parsed_sex = parse_sex(sex_text)
        if parsed_sex is None:
            problems["sex"] = UserError(T("Errors", "Unknown value; use K/M, F/M, kobieta/mężczyzna, "
                                                    "жінка/чоловік, female/male or other."))
        else:
            sex = parsed_sex
    birth_date, birth_year = None, None
    birth_cell = cell("birth_date")
    if _cell_text(birth_cell):
        birth = parse_birth(birth_cell, today)
        if birth is None:
            problems["birth_date"] = UserError(T("Errors", "Not a possible date; use YYYY-MM-DD or DD.MM.YYYY."))
        else:
            birth_date, birth_year = birth
    citizenship = None
    citizenship_text = _cell_text(cell("citizenship"))
    if citizenship_text:
        citizenship = parse_citizenship(citizenship_text)
        if citizenship is None:
            problems["citizenship"] = UserError(T("Errors", "Unknown country; use a two-letter code such as UA."))

    data = people.normalise(people.PersonInput(
        given_name=_cell_text(cell("given_name")) or "",
        family_name=_cell_text(cell("family_name")) or "",
        native_name=_cell_text(cell("native_name")),
        sex=sex, birth_date=birth_date, birth_year=birth_year, citizenship=citizenship,
        languages=_cell_text(cell("languages")), phone=_cell_text(cell("phone")),
        email=_cell_text(cell("email")), city=_cell_text(cell("city")), district=_cell_text(cell("district")),
        pesel=_pesel_text(cell("pesel")),
    ))
    errors: dict[str, UserError] = dict(people.validate(data, today))
    for name, limit in _MAX_LENGTH.items():
        value = getattr(data, name)
        if value and len(value) > limit and name not in errors:
            errors[name] = ValidationError(name, T("Errors", "This text is too long (at most {max} characters)."),
                                           max=limit)
    for name, error in (problems | errors).items():
        checked.reasons.append(_reason(name, error))
    if not checked.reasons:
        checked.data = data
    return checked


def _identities(given: str, family: str, birth_date: dt.date | None, birth_year: int | None,
                phone: str | None, pesel: str | None) -> list[tuple]:
    """What makes two rows the same person: the PESEL, or the name with the birth date (or year
    alone) or with the phone number."""
    keys: list[tuple] = []
    if pesel:
        keys.append(("pesel", pesel))
    name = (translit.fold(given).strip(), translit.fold(family).strip())
    if birth_date is not None:
        keys.append(("born", *name, birth_date))
    elif birth_year is not None:
        keys.append(("year", *name, birth_year))
    digits = re.sub(r"\D", "", phone or "")[-9:]
    if digits:
        keys.append(("phone", *name, digits))
    return keys


def _registered_identities(session) -> set[tuple]:
    rows = session.execute(
        select(Person.given_name, Person.family_name, Person.birth_date, Person.birth_year, Person.phone,
               Person.pesel)
        .where(Person.deleted.is_(False), Person.merged_into.is_(None), Person.anonymised.is_(False)))
    return {key for r in rows for key in _identities(*r)}


# -- writing --------------------------------------------------------------------------------------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# +48 600 100 200, -5, -2.5: one signed number, nothing a spreadsheet could compute or run. No
# operator after the sign: "-2-3" or "+48600-100-200" would be computed (as -5 and 48300).
_PLAIN_NUMBER = re.compile(r"[+-][\d\s().,]*")


def csv_text(value: Any) -> Any:
    """A value for a CSV cell: text a spreadsheet would run as a formula (starting with = + - @,
    a tab or a carriage return) gets a leading apostrophe, as OWASP advises against CSV injection.
    A phone number written with spaces or a signed number is left as written: one number, no
    operator, computes nothing."""
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def default_rejects_path(path: Path, kind: str) -> Path:
    suffix = ".xlsx" if kind == "xlsx" else (path.suffix or ".csv")
    return path.with_name(f"{path.stem}-rejects{suffix}")


def _write_rejects(table: _Table, rejected: list[_Checked], target: Path) -> None:
    width = max([len(table.header)] + [len(r.cells) for r in rejected])
    header = [ROW_COLUMN] + [h if h is not None else "" for h in table.header]
    header += [""] * (width - len(table.header)) + [REASON_COLUMN]
    lines = [[r.number] + r.cells + [None] * (width - len(r.cells)) + ["; ".join(r.reasons)] for r in rejected]
    try:
        if table.kind == "xlsx":
            from openpyxl import Workbook
            from openpyxl.cell import WriteOnlyCell
            workbook = Workbook(write_only=True)
            sheet = workbook.create_sheet("rejects")

            def as_text(value: Any) -> Any:
                # text stays text: "=HYPERLINK(...)" in a name is shown, never run (OWASP)
                if not isinstance(value, str):
                    return value
                cell = WriteOnlyCell(sheet, value=value)
                cell.data_type = "s"
                return cell
            sheet.append([as_text(v) for v in header])
            for line in lines:
                sheet.append([as_text(v) for v in line])
            workbook.save(target)
        else:
            with open(target, "w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh, delimiter=table.delimiter)
                writer.writerow([csv_text(v) for v in header])
                writer.writerows([[csv_text("" if v is None else v) for v in line] for line in lines])
    except OSError:
        raise UserError(T("Errors", "The rejects file {name} cannot be written; nothing was imported."),
                        name=target.name) from None


def _person_row(data: people.PersonInput, actor: Actor, db: Database, today: dt.date, at: dt.datetime) -> dict:
    row: dict[str, Any] = {column.key: None for column in Person.__table__.columns}
    row.update({f.name: getattr(data, f.name) for f in fields(data)})
    row.update(
        id=uuid.uuid4(), deleted=False, anonymised=False, merged_into=None,
        disability=data.disability, first_contact_date=data.first_contact_date or today,
        consent_kind=IMPORT_CONSENT_KIND, consent_date=today, consent_scope=IMPORT_CONSENT_SCOPE,
        consent_by=actor.staff_id, registered_at=at, registered_by=actor.staff_id,
        registered_desk=db.desk_id,
    )
    return row


def import_people(db: Database, actor: Actor, path: Path | str, rejects_path: Path | str | None = None,
                  progress: Progress | None = None, today: dt.date | None = None) -> ImportResult:
    """Import a register of people; see the module's docstring for the contract."""
    auth.require(actor, IMPORT_ROLES)
    path = Path(path)
    today = today or dt.date.today()
    table = read_table(path)
    target = Path(rejects_path) if rejects_path else default_rejects_path(path, table.kind)
    if target.resolve() == path.resolve():
        raise UserError(T("Errors", "The rejects file cannot be the file being imported."))

    total = len(table.rows)
    checked: list[_Checked] = []
    for done, (number, cells) in enumerate(table.rows, 1):
        checked.append(_check_row(number, cells, table.columns, today))
        if progress and (done % PROGRESS_EVERY == 0 or done == total):
            progress(done, total, STEP_CHECKING)

    wrote_rejects = False
    try:
        with UnitOfWork(db, actor) as uow:
            registered = _registered_identities(uow.session)
            first_row: dict[tuple, int] = {}
            accepted: list[_Checked] = []
            for row in checked:
                if row.data is None:
                    continue
                d = row.data
                keys = _identities(d.given_name, d.family_name, d.birth_date, d.birth_year, d.phone, d.pesel)
                earlier = next((first_row[k] for k in keys if k in first_row), None)
                if any(k in registered for k in keys):
                    row.reasons.append(T("Errors", "This person is already registered."))
                elif earlier is not None:
                    row.reasons.append(UserError(T("Errors", "The same person is already on row {row}."),
                                                 row=earlier).render())
                else:
                    for k in keys:
                        first_row.setdefault(k, row.number)
                    accepted.append(row)
                    continue
                row.data = None

            at = now()
            done = 0
            for chunk in iter_chunks(accepted, PROGRESS_EVERY):
                persons = [_person_row(r.data, actor, db, today, at) for r in chunk]  # type: ignore[arg-type]
                # The ORM's bulk insert leaves out None values and batches only neighbouring rows
                # with the same columns: grouping them by their empty cells keeps it one batch each.
                persons.sort(key=lambda p: tuple(v is None for v in p.values()))
                uow.bulk_insert(Person, persons)
                uow.session.execute(insert(PersonSearch), [
                    {"person_id": p["id"], "key": people.search_key_for(
                        p["given_name"], p["family_name"], p["native_name"], p["phone"], p["pesel"])}
                    for p in persons])
                done += len(chunk)
                if progress:
                    progress(done, len(accepted), STEP_SAVING)
            rejected = [r for r in checked if r.data is None]
            uow.audit(AUDIT_ACTION, "persons", detail=f"imported={len(accepted)} rejected={len(rejected)}")
            if rejected:
                _write_rejects(table, rejected, target)
                wrote_rejects = True
    except (OperationalError, DatabaseError) as exc:
        if wrote_rejects:
            target.unlink(missing_ok=True)
        plain = user_db_error(exc)
        if plain is None:
            raise
        raise plain from None
    except BaseException:
        if wrote_rejects:
            target.unlink(missing_ok=True)
        raise
    return ImportResult(imported=len(accepted), rejected=len(rejected), rejects_path=target if rejected else None)
