"""Composition root: translations, the database, and the main window.

Nothing here yet beyond what the command line needs; the GUI work fills in ``run_gui``.
"""

from __future__ import annotations

from collections.abc import Callable


def command_line_translate() -> Callable[[str, str], str]:
    """A translate(context, text) for the command line, in the remembered language; it needs no
    QApplication (a QTranslator answers directly)."""
    from wic_desk.gui.i18n import load_translator
    from wic_desk.services import preferences

    translator = load_translator(preferences.language())
    if translator is None:
        return lambda _context, text: text

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text
    return translate


def run_gui(db_path: str | None) -> int:
    raise NotImplementedError
