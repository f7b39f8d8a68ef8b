"""Errors a user can fix: a bad file, a wrong PIN, an impossible date, a locked database.

They carry an English source text marked for translation (context ``"Errors"``) and the values
to put into it. Screens and the command line translate the text, then fill in the values, so the
message reaches the user in their language. The values must never carry personal data: say
"row 12", not the name on row 12. Everything that is not a UserError is a bug.
"""

from __future__ import annotations

from typing import Any

from wic_desk.domain.i18n import QT_TRANSLATE_NOOP

ERRORS_CONTEXT = "Errors"


class UserError(Exception):
    """Something the user can put right; ``text`` is the untranslated message."""

    def __init__(self, text: str, **params: Any) -> None:
        self.text = text
        self.params = params
        super().__init__(self.render())

    def render(self, translate=None) -> str:
        """The message, translated by ``translate(context, text)`` when given, values filled in."""
        template = translate(ERRORS_CONTEXT, self.text) if translate else self.text
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.text.format(**self.params)


class ValidationError(UserError):
    """A form's field holds a bad value; ``field`` names it so the screen can show it there."""

    def __init__(self, field: str, text: str, **params: Any) -> None:
        self.field = field
        super().__init__(text, **params)


class FormErrors(UserError):
    """Several fields are wrong at once; ``errors`` maps field name to its ValidationError."""

    def __init__(self, errors: dict[str, ValidationError]) -> None:
        self.errors = errors
        super().__init__(QT_TRANSLATE_NOOP("Errors", "Some fields need correcting."))


class PermissionDenied(UserError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Errors", "Your role does not allow this."))


class NotFound(UserError):
    pass
