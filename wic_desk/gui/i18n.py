"""Loading translations and showing domain texts (errors, enum labels) in the user's language.

Our catalogues are resources/translations/wic_desk_{pl,uk,en}.qm, built from the .ts files by
pyside6-lrelease (tools/translations.py). Qt's own (buttons of standard dialogs) come from the
PySide6 installation when present.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from wic_desk import paths
from wic_desk.domain.enums import ENUM_CONTEXT, label
from wic_desk.domain.errors import UserError

_installed: list[QTranslator] = []
_language: list[str] = []  # the language installed last (none yet: the English source texts)


def load_translator(language: str) -> QTranslator | None:
    """Our translator for a language code, or None if its catalogue is missing."""
    translator = QTranslator()
    if translator.load(f"wic_desk_{language}", str(paths.translations_dir())):
        return translator
    return None


def install(app: QCoreApplication, language: str) -> None:
    """Replace the installed translators with those of ``language`` (switching live works:
    widgets retranslate on QEvent.LanguageChange)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _language[:] = [language]
    ours = load_translator(language)
    if ours is not None:
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator()
    if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    QLocale.setDefault(QLocale(language))


def installed_language() -> str:
    """The language the screens show now (English while nothing is installed)."""
    return _language[0] if _language and _installed else "en"


def translator_for(language: str) -> Callable[[str, str], str]:
    """A translate(context, text) in ``language`` whatever the screens show (a report in another
    language): our catalogue's QTranslator asked directly; the source text where it has none."""
    translator = load_translator(language)
    if translator is None:
        return lambda _context, text: text

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text
    return translate


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def error_text(exc: UserError) -> str:
    """A user error's message in the current language, values filled in."""
    return exc.render(QCoreApplication.translate)


def message_text(text: str) -> str:
    """A message of the "Errors" context held in a constant (a rule shown beside a field), in the
    current language."""
    return UserError(text).render(QCoreApplication.translate)


def enum_text(value: StrEnum) -> str:
    return QCoreApplication.translate(ENUM_CONTEXT, label(value))
