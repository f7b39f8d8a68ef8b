"""What makes a password or a PIN good enough: the rules, without Qt and without the database.

Passwords open the desk (and the command line): 10 characters or more, or a passphrase of 4 words
or more; and not easy to guess, as judged by zxcvbn (its frequency lists of common passwords,
names and words, keyboard patterns, dates): a password found on its common-password list is
refused, and so is any password it scores below 3 (of 0-4).

A PIN only lifts the idle lock of the person who is still logged in: 4 to 8 digits, and none of
the PINs everyone tries first (the same digit throughout, a run such as 1234, 4321 or 7890, a
year from 1900 to 2099, the person's birth year when it is known).

Messages are marked for translation (context "Errors") and never contain the secret.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from wic_desk.domain.errors import ValidationError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T

MIN_PASSWORD_LENGTH = 10
MIN_PASSPHRASE_WORDS = 4
MIN_SCORE = 3  # zxcvbn: 3 = "safely unguessable: moderate protection from offline attacks"
_SCORED_LENGTH = 100  # zxcvbn slows down on long input; beyond this a password is long enough
MAX_PASSWORD_LENGTH = 1000
PIN_LENGTHS = range(4, 9)

PASSWORD_RULE = T("Errors", "At least 10 characters, or 4 words or more; not a common password.")
PIN_RULE = T("Errors", "4 to 8 digits; not the same digit throughout, not a run such as 1234, not a year.")

E_PASSWORD_SHORT = T("Errors", "A password needs at least 10 characters, or 4 words or more.")
E_PASSWORD_LONG = T("Errors", "This password is too long.")
E_PASSWORD_COMMON = T("Errors", "This password is on a list of common passwords; choose another.")
E_PASSWORD_PERSONAL = T("Errors", "This password is too close to your login or name; choose another.")
E_PASSWORD_WEAK = T("Errors", "This password is too easy to guess (a common word, a name, a date or a keyboard "
                              "pattern); make it longer or add words.")
E_PIN_FORMAT = T("Errors", "A PIN has 4 to 8 digits.")
E_PIN_TRIVIAL = T("Errors", "This PIN is too easy to guess (the same digit, a run such as 1234, or a year); "
                            "choose another.")

_WORD_SPLIT = re.compile(r"[\s\-_.,;:+/]+")


def passphrase_words(password: str) -> int:
    """How many words of two letters or more the passphrase has (spaces, dashes or dots between)."""
    return sum(1 for word in _WORD_SPLIT.split(password) if len(word) >= 2)


def check_password(password: str, user_inputs: Iterable[str] = (), field: str = "password") -> None:
    """ValidationError(``field``) saying why ``password`` is refused; nothing when it is good.
    ``user_inputs``: the login and name of its owner (a password made of them is weak)."""
    from zxcvbn import zxcvbn  # its word lists take a moment to load: only when a password is set

    if len(password) > MAX_PASSWORD_LENGTH:
        raise ValidationError(field, E_PASSWORD_LONG)
    if len(password) < MIN_PASSWORD_LENGTH and passphrase_words(password) < MIN_PASSPHRASE_WORDS:
        raise ValidationError(field, E_PASSWORD_SHORT)
    inputs = [i.strip() for i in user_inputs if i and i.strip()]
    inputs += [part for i in inputs for part in _WORD_SPLIT.split(i) if len(part) >= 3]
    scored = password[:_SCORED_LENGTH]
    result = zxcvbn(scored, user_inputs=inputs)
    matches = result.get("sequence", [])
    common = [m for m in matches if m.get("pattern") == "dictionary" and m.get("dictionary_name") == "passwords"]
    if any(len(m["token"]) * 2 >= len(scored) for m in common):
        raise ValidationError(field, E_PASSWORD_COMMON)
    if result["score"] < MIN_SCORE:
        personal = [m for m in matches if m.get("dictionary_name") == "user_inputs"]
        raise ValidationError(field, E_PASSWORD_PERSONAL if personal else E_PASSWORD_WEAK)


def password_problem(password: str, user_inputs: Iterable[str] = ()) -> str | None:
    """The untranslated reason ``password`` is refused, or None (for a hint beside the field)."""
    try:
        check_password(password, user_inputs)
    except ValidationError as exc:
        return exc.text
    return None


def _is_run(digits: str) -> bool:
    """1234, 4321, 7890, 3210: each digit one up (or each one down) from the one before, 9 to 0
    counting as a step."""
    steps = {(int(b) - int(a)) % 10 for a, b in zip(digits, digits[1:], strict=False)}
    return steps in ({1}, {9})


def check_pin(pin: str, birth_year: int | None = None, field: str = "pin") -> None:
    """ValidationError(``field``) when ``pin`` is not 4-8 digits or is one everyone tries first."""
    if not (pin.isascii() and pin.isdigit() and len(pin) in PIN_LENGTHS):
        raise ValidationError(field, E_PIN_FORMAT)
    if len(set(pin)) == 1 or _is_run(pin):
        raise ValidationError(field, E_PIN_TRIVIAL)
    if len(pin) == 4 and 1900 <= int(pin) <= 2099:
        raise ValidationError(field, E_PIN_TRIVIAL)
    if birth_year is not None and str(birth_year) in pin:
        raise ValidationError(field, E_PIN_TRIVIAL)
