"""The Qt binding must not corrupt the interpreter: PySide6 6.12.0 dropped a reference to None on
every call of a method returning nothing, and the app aborted after a few thousand calls."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLineEdit


def test_calls_returning_nothing_keep_none_alive(qtbot):
    editor = QLineEdit()
    qtbot.addWidget(editor)
    before = sys.getrefcount(None)
    for _ in range(2000):
        editor.setText("a")
    assert sys.getrefcount(None) - before > -100
