"""Showing a service's UserError where it belongs: under the field it names, else in one label.

Services raise ``ValidationError`` (one field, ``.field``), ``FormErrors`` (several, ``.errors``)
or a plain ``UserError``. Screens map field names to their error labels and call
``show_user_error``; the message is translated with ``i18n.error_text``.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QLabel

from wic_desk.domain.errors import FormErrors, UserError, ValidationError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.gui import i18n

UNEXPECTED = T("Errors", "An unexpected error happened; it was written to the log file. Please report it.")


def as_user_error(exc: BaseException) -> UserError:
    """A UserError as it is; anything else is a bug (the caller logs it) shown as a plain sorry."""
    return exc if isinstance(exc, UserError) else UserError(UNEXPECTED)


def fit_height(dialog) -> None:
    """Size a Designer dialog to its content's height (the form's own height is only a hint)."""
    hint = dialog.sizeHint()
    dialog.resize(max(dialog.width(), hint.width()), hint.height())


def clear_errors(labels: Mapping[str, QLabel], general: QLabel | None = None) -> None:
    for label in labels.values():
        label.clear()
        label.setVisible(False)
    if general is not None:
        general.clear()
        general.setVisible(False)


def _put(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(True)


def show_user_error(exc: UserError, labels: Mapping[str, QLabel], general: QLabel | None = None) -> str | None:
    """Put the message(s) of ``exc`` next to the fields; returns the first field shown (to focus
    it), or None when the message went to ``general``."""
    clear_errors(labels, general)
    if isinstance(exc, FormErrors):
        errors: list[ValidationError] = list(exc.errors.values())
    elif isinstance(exc, ValidationError):
        errors = [exc]
    else:
        errors = []
    first: str | None = None
    unplaced: list[str] = []
    for err in errors:
        label = labels.get(err.field)
        if label is None:
            unplaced.append(i18n.error_text(err))
            continue
        _put(label, i18n.error_text(err))
        first = first or err.field
    if not errors:
        unplaced.append(i18n.error_text(exc))
    if unplaced:
        if general is not None:
            _put(general, "\n".join(unplaced))
        elif labels:
            # No general label: the first field's label is the best place left.
            key = next(iter(labels))
            _put(labels[key], "\n".join(unplaced))
            first = first or key
    return first
