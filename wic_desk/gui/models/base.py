"""The shape every table model here shares: plain rows handed in, columns as constants, a sort role.

A model never queries the database. A page fetches rows in the background and hands them over
with ``set_rows(rows)``. Each concrete model names its columns (``HEADERS``, marked with
QT_TRANSLATE_NOOP in the model's class context) and answers ``display(row, column)`` and
``sort_key(row, column)``; the base class does the Qt plumbing, so every model behaves the same
under ``qtmodeltester``.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

IdRole = Qt.ItemDataRole.UserRole + 1
"""The id of the record a row stands for (a uuid.UUID, or None)."""
SortKeyRole = Qt.ItemDataRole.UserRole + 2
"""A Python value ordered as the user expects (Polish order for names); see SortProxy."""
RowRole = Qt.ItemDataRole.UserRole + 3
"""The plain row object itself."""

_EMPTY_LAST = (1, ())

Index = QModelIndex | QPersistentModelIndex


def sort_value(value: Any) -> tuple:
    """Wrap a key so that rows without a value sort after those with one."""
    if value is None or value == "" or value == ():
        return _EMPTY_LAST
    return (0, value)


class RowsModel(QAbstractTableModel):
    """A read-only table over a list of plain rows."""

    HEADERS: ClassVar[Sequence[str]] = ()
    CONTEXT: ClassVar[str] = "RowsModel"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    # -- what concrete models answer ------------------------------------------------------------

    def display(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def sort_key(self, row: Any, column: int) -> Any:
        return self.display(row, column).casefold()

    def row_id(self, row: Any) -> uuid.UUID | None:
        return getattr(row, "id", None)

    def tooltip(self, row: Any, column: int) -> str | None:
        return None

    # -- rows -----------------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def row_of_id(self, row_id: uuid.UUID) -> int:
        """The row number of a record, -1 when it is not shown."""
        for number, row in enumerate(self._rows):
            if self.row_id(row) == row_id:
                return number
        return -1

    def retranslate(self) -> None:
        """Headers and translated cells change with the language: tell the views."""
        if self.HEADERS:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.HEADERS) - 1))

    # -- Qt -------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == IdRole:
            return self.row_id(row)
        if role == SortKeyRole:
            return self.sort_key(row, column)
        if role == RowRole:
            return row
        return None


class SortProxy(QSortFilterProxyModel):
    """Sorts by ``SortKeyRole``, comparing the Python keys the model gives (tuples included),
    which Qt's own comparison of variants cannot do."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SortKeyRole)
        self.setDynamicSortFilter(True)

    def lessThan(self, left: Index, right: Index) -> bool:
        a = left.data(self.sortRole())
        b = right.data(self.sortRole())
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
