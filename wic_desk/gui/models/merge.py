"""The duplicates review's tables: two persons side by side, and the merges made on this page.

Rows are plain objects the page builds from the services' answers (``set_rows``); the models never
query the database.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont

from wic_desk.domain.i18n import QT_TRANSLATE_NOOP
from wic_desk.gui.models.base import Index, RowsModel, sort_value
from wic_desk.gui.models.display import datetime_text

_COMPARISON = "ComparisonModel"
_MERGES = "MergesModel"


@dataclass(frozen=True)
class ComparisonRow:
    """One line of the comparison: ``label`` is an untranslated text (context ComparisonModel)."""

    key: str
    label: str
    first: str
    second: str

    @property
    def differs(self) -> bool:
        return bool(self.first) and bool(self.second) and self.first.casefold() != self.second.casefold()


class ComparisonModel(RowsModel):
    """Rows are ``ComparisonRow``; a line whose two values differ is shown in bold."""

    CONTEXT = _COMPARISON
    LABEL, FIRST, SECOND = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP(_COMPARISON, "Field"),
        QT_TRANSLATE_NOOP(_COMPARISON, "First person"),
        QT_TRANSLATE_NOOP(_COMPARISON, "Second person"),
    )

    def row_id(self, row: ComparisonRow) -> None:
        return None

    def display(self, row: ComparisonRow, column: int) -> str:
        if column == self.LABEL:
            return QCoreApplication.translate(_COMPARISON, row.label)
        if column == self.FIRST:
            return row.first
        if column == self.SECOND:
            return row.second
        return ""

    def tooltip(self, row: ComparisonRow, column: int) -> str | None:
        if column in (self.FIRST, self.SECOND) and row.differs:
            return QCoreApplication.translate(_COMPARISON, "The two records differ here.")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.FontRole and index.isValid() and 0 <= index.row() < len(self._rows) \
                and self._rows[index.row()].differs:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)

    def value(self, key: str, column: int) -> str | None:
        """The text shown for ``key`` in a column (tests, screen readers)."""
        for row in self._rows:
            if row.key == key:
                return self.display(row, column)
        return None


@dataclass
class MergeRecord:
    """A merge made on this page: ``merged`` went into ``kept``; ``undone`` once undone."""

    merged_id: uuid.UUID
    merged_name: str
    kept_id: uuid.UUID
    kept_name: str
    when: dt.datetime
    undone: bool = False

    @property
    def id(self) -> uuid.UUID:
        return self.merged_id


class MergesModel(RowsModel):
    """Rows are ``MergeRecord``, newest first as the page adds them."""

    CONTEXT = _MERGES
    MERGED, KEPT, WHEN, STATE = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP(_MERGES, "Merged"),
        QT_TRANSLATE_NOOP(_MERGES, "Into"),
        QT_TRANSLATE_NOOP(_MERGES, "When"),
        QT_TRANSLATE_NOOP(_MERGES, "State"),
    )

    def display(self, row: MergeRecord, column: int) -> str:
        if column == self.MERGED:
            return row.merged_name
        if column == self.KEPT:
            return row.kept_name
        if column == self.WHEN:
            return datetime_text(row.when)
        if column == self.STATE:
            return QCoreApplication.translate(_MERGES, "undone") if row.undone \
                else QCoreApplication.translate(_MERGES, "merged")
        return ""

    def sort_key(self, row: MergeRecord, column: int) -> Any:
        if column == self.WHEN:
            return sort_value(row.when)
        return super().sort_key(row, column)

    def add(self, record: MergeRecord) -> None:
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, record)
        self.endInsertRows()

    def mark_undone(self, merged_id: uuid.UUID) -> None:
        """The newest merge of that person still in force is undone."""
        for number, row in enumerate(self._rows):
            if row.merged_id == merged_id and not row.undone:
                row.undone = True
                self.dataChanged.emit(self.index(number, 0), self.index(number, len(self.HEADERS) - 1))
                return
