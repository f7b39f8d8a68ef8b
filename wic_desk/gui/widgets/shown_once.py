"""Pieces of the dialogs that show a secret once (the recovery key, a join code): a heading, the
secret itself in large selectable monospace in a box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QLabel, QWidget


def heading(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.3)
    label.setFont(font)
    return label


def secret_label(text: str, parent: QWidget, scale: float, margin: int, keyboard: bool = False) -> QLabel:
    """The secret, ``scale`` times the usual size (at least 10 pt), selectable, centred in a box."""
    label = QLabel(text, parent)
    mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    mono.setPointSizeF(max(mono.pointSizeF(), 10) * scale)
    mono.setWeight(QFont.Weight.Bold)
    label.setFont(mono)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    flags = Qt.TextInteractionFlag.TextSelectableByMouse
    if keyboard:
        flags |= Qt.TextInteractionFlag.TextSelectableByKeyboard
    label.setTextInteractionFlags(flags)
    label.setMargin(margin)
    label.setStyleSheet("border: 1px solid palette(mid); background: palette(base);")
    return label
