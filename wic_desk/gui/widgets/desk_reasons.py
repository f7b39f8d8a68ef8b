"""Reasons for a visit as a checkable list, each toggled by its own number key."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem

from wic_desk.domain.enums import ServiceCategory
from wic_desk.gui.i18n import enum_text

# Language-neutral keys: the same on every keyboard layout the centre uses and in every UI language.
KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "-")


class ReasonsPicker(QListWidget):
    """Every ``ServiceCategory`` as a checkable row. A number key (shown before the label)
    toggles its row, Space toggles the current row; Enter is left to the dialog (it saves)."""

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("reasonsPicker")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self._categories = list(ServiceCategory)
        for _category in self._categories:
            item = QListWidgetItem(self)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.itemChanged.connect(lambda _item: self.changed.emit())
        self.itemActivated.connect(self._toggle_item)  # double-click
        self.setCurrentRow(0)
        self.retranslate()

    def retranslate(self) -> None:
        for row, category in enumerate(self._categories):
            key = KEYS[row] if row < len(KEYS) else " "
            self.item(row).setText(f"{key}   {enum_text(category)}")
        self.setAccessibleName(self.tr("Reasons for the visit"))
        self.setToolTip(self.tr("Press the number before a reason to tick it; Space ticks the highlighted one."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- keyboard -------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if text in KEYS and modifiers == Qt.KeyboardModifier.NoModifier:
            row = KEYS.index(text)
            if row < self.count():
                self.setCurrentRow(row)
                self._toggle_item(self.item(row))
                event.accept()
                return
        if event.key() == Qt.Key.Key_Space and self.currentItem() is not None:
            self._toggle_item(self.currentItem())
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()  # the dialog's default button saves
            return
        super().keyPressEvent(event)

    def _toggle_item(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    # -- values ---------------------------------------------------------------------------------

    def toggle(self, category: ServiceCategory) -> None:
        self._toggle_item(self.item(self._categories.index(category)))

    def selected(self) -> list[ServiceCategory]:
        return [c for row, c in enumerate(self._categories)
                if self.item(row).checkState() == Qt.CheckState.Checked]

    def set_selected(self, categories: list[ServiceCategory]) -> None:
        for row, category in enumerate(self._categories):
            state = Qt.CheckState.Checked if category in categories else Qt.CheckState.Unchecked
            self.item(row).setCheckState(state)
