"""Checks of what a receptionist types, each naming the field it is about."""

from __future__ import annotations

import datetime as dt
import re

from wic_desk.domain import pesel as pesel_rules
from wic_desk.domain.enums import Sex
from wic_desk.domain.errors import ValidationError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T

_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y", "%d/%m/%Y")


def parse_date(text: str) -> dt.date | None:
    """A date typed as YYYY-MM-DD or DD.MM.YYYY (also with - or /); None when it is not one."""
    text = text.strip()
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def parse_iso_date(text: str, field: str = "date") -> dt.date:
    """A YYYY-MM-DD date from the command line; a UserError naming it otherwise."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(field, T("Errors", "\"{value}\" is not a date (use YYYY-MM-DD)."),
                              value=text) from None


def check_birth_date(value: dt.date | None, today: dt.date, field: str = "birth_date") -> None:
    if value is None:
        return
    if value > today:
        raise ValidationError(field, T("Errors", "The date of birth cannot be in the future."))
    if value.year < today.year - 120:
        raise ValidationError(field, T("Errors", "The date of birth is more than 120 years ago."))


def check_not_future(value: dt.date | None, today: dt.date, field: str) -> None:
    if value is not None and value > today:
        raise ValidationError(field, T("Errors", "This date cannot be in the future."))


def normalize_pesel(text: str | None) -> str | None:
    if text is None:
        return None
    digits = re.sub(r"\s", "", text)
    return digits or None


def check_pesel(value: str | None, birth_date: dt.date | None, sex: Sex | None) -> None:
    """PESEL checksum, and agreement with the birth date and sex typed beside it."""
    if not value:
        return
    if len(value) != 11 or not value.isdigit():
        raise ValidationError("pesel", T("Errors", "A PESEL has exactly 11 digits."))
    if not pesel_rules.checksum_ok(value):
        raise ValidationError("pesel", T("Errors", "This PESEL is not valid: its check digit is wrong."))
    encoded = pesel_rules.birth_date(value)
    if encoded is None:
        raise ValidationError("pesel", T("Errors", "This PESEL is not valid: its date part is impossible."))
    if birth_date is not None and encoded != birth_date:
        raise ValidationError("pesel", T("Errors", "The PESEL gives the date of birth {date}, not the one entered."),
                              date=encoded.isoformat())
    if sex in (Sex.FEMALE, Sex.MALE) and pesel_rules.sex(value) != sex:
        raise ValidationError("pesel", T("Errors", "The PESEL does not agree with the sex entered."))


_PHONE_RE = re.compile(r"^\+?[0-9]{7,15}$")


def normalize_phone(text: str | None) -> str | None:
    """Digits with an optional leading +; spaces, dashes, dots and brackets dropped."""
    if text is None:
        return None
    cleaned = re.sub(r"[\s\-().]", "", text)
    return cleaned or None


def check_phone(value: str | None) -> None:
    if value and not _PHONE_RE.match(value):
        raise ValidationError("phone", T("Errors", "A phone number has 7 to 15 digits, optionally starting with +."))


_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def check_email(value: str | None) -> None:
    if value and not _EMAIL_RE.match(value):
        raise ValidationError("email", T("Errors", "This e-mail address is not valid."))


def check_required(value: str | None, field: str) -> None:
    if not value or not value.strip():
        raise ValidationError(field, T("Errors", "This field is required."))

