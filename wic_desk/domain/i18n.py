"""Marking strings for translation without Qt.

The domain and the services must not import Qt, yet their user-visible messages must reach
Qt Linguist. ``QT_TRANSLATE_NOOP`` here has the name lupdate looks for, so ``pyside6-lupdate``
collects the (context, text) pairs; it returns the text unchanged. The GUI and the command line
translate it when they show it (``QCoreApplication.translate(context, text)``).
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    return text
