"""The three UI languages and switching between them live (and remembering the choice)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from wic_desk.gui import i18n
from wic_desk.services import preferences

# Each language is named in itself, so anyone can find theirs whatever is showing now.
LANGUAGE_NAMES: dict[str, str] = {"pl": "Polski", "uk": "Українська", "en": "English"}


def current_language() -> str:
    return preferences.language()


def switch_language(code: str) -> None:
    """Remember ``code`` and install its catalogues; every widget then gets LanguageChange."""
    preferences.set_language(code)
    app = QApplication.instance()
    if app is not None:
        i18n.install(app, code)
