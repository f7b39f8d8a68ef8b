"""PESEL, the Polish personal number: checksum, and the birth date and sex it encodes."""

from __future__ import annotations

import datetime as dt

from wic_desk.domain.enums import Sex

_WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
_CENTURY_BY_MONTH_OFFSET = {80: 1800, 0: 1900, 20: 2000, 40: 2100, 60: 2200}


def checksum_ok(pesel: str) -> bool:
    if len(pesel) != 11 or not pesel.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(pesel[:10], _WEIGHTS, strict=True))
    return (10 - total % 10) % 10 == int(pesel[10])


def birth_date(pesel: str) -> dt.date | None:
    """The birth date a PESEL encodes, or None when its date part is impossible."""
    if len(pesel) != 11 or not pesel.isdigit():
        return None
    yy, mm, dd = int(pesel[0:2]), int(pesel[2:4]), int(pesel[4:6])
    offset = (mm // 20) * 20
    century = _CENTURY_BY_MONTH_OFFSET.get(offset)
    if century is None:
        return None
    try:
        return dt.date(century + yy, mm - offset, dd)
    except ValueError:
        return None


def sex(pesel: str) -> Sex:
    return Sex.MALE if int(pesel[9]) % 2 else Sex.FEMALE


def make(date: dt.date, male: bool, serial: int = 123) -> str:
    """A valid PESEL for a birth date and sex (demo data and tests only)."""
    offset = {1800: 80, 1900: 0, 2000: 20, 2100: 40, 2200: 60}[date.year // 100 * 100]
    sex_digit = (serial % 5) * 2 + (1 if male else 0)
    body = f"{date.year % 100:02d}{date.month + offset:02d}{date.day:02d}{serial % 1000:03d}{sex_digit}"
    total = sum(int(d) * w for d, w in zip(body, _WEIGHTS, strict=True))
    return body + str((10 - total % 10) % 10)
