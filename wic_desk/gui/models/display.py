"""How values look on the desk's screens: dates, countries, reasons, in the user's language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cache

from PySide6.QtCore import QCoreApplication, QLocale

from wic_desk.domain.enums import COMMON_CITIZENSHIPS, ServiceCategory
from wic_desk.gui.i18n import enum_text

DATE_FORMAT = "%d.%m.%Y"  # how people in Poland and Ukraine write dates


def date_text(value: dt.date | None, year: int | None = None) -> str:
    """A birth date as dd.mm.yyyy, or only the year when that is all that is known."""
    if value is not None:
        return value.strftime(DATE_FORMAT)
    return str(year) if year else ""


def date_sort_key(value: dt.date | None, year: int | None = None) -> tuple | None:
    if value is not None:
        return (value.year, value.month, value.day)
    if year:
        return (year, 0, 0)
    return None


def time_text(value: dt.datetime | None) -> str:
    return value.strftime("%H:%M") if value else ""


def datetime_text(value: dt.datetime | None) -> str:
    return value.strftime(f"{DATE_FORMAT} %H:%M") if value else ""


@cache
def _territory_names() -> dict[str, str]:
    """ISO 3166-1 alpha-2 code -> English name, for every territory Qt knows."""
    names: dict[str, str] = {}
    for territory in QLocale.Country:  # PySide6 names the enum Country (Territory in C++)
        if territory == QLocale.Country.AnyCountry:
            continue
        code = QLocale.territoryToCode(territory)
        if len(code) == 2 and code.isalpha() and code.isupper():
            names.setdefault(code, QLocale.territoryToString(territory))
    return names


def country_name(code: str | None) -> str:
    """The country of a citizenship code in the user's language where we translate it."""
    if not code:
        return ""
    code = code.upper()
    if code in COMMON_CITIZENSHIPS:
        return QCoreApplication.translate("Country", COMMON_CITIZENSHIPS[code])
    return _territory_names().get(code, code)


def countries() -> list[tuple[str, str]]:
    """(code, name) pairs: the centre's common citizenships first, then all others by name."""
    common = [(code, country_name(code)) for code in COMMON_CITIZENSHIPS]
    rest = sorted(((code, name) for code, name in _territory_names().items() if code not in COMMON_CITIZENSHIPS),
                  key=lambda pair: pair[1].casefold())
    return common + rest


def reason_text(code: str) -> str:
    try:
        return enum_text(ServiceCategory(code))
    except ValueError:
        return code


def reasons_text(codes: Iterable[str]) -> str:
    return ", ".join(reason_text(code) for code in codes)
