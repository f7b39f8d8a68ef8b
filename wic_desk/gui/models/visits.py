"""Visits at the desk today, and what the centre has done with one person (their history)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wic_desk.domain.i18n import QT_TRANSLATE_NOOP
from wic_desk.domain.translit import polish_sort_key
from wic_desk.gui.models.base import RowsModel, sort_value
from wic_desk.gui.models.display import datetime_text, reasons_text, time_text
from wic_desk.services.people import HistoryItem
from wic_desk.services.visits import VisitRow

_TODAY = "TodayVisitsModel"
_HISTORY = "HistoryModel"


class TodayVisitsModel(RowsModel):
    """Rows are ``services.visits.VisitRow``, newest first; ``IdRole`` is the visit's id and
    ``person_id(row)`` the person's (None for an anonymous visit)."""

    CONTEXT = _TODAY
    TIME, PERSON, REASONS, STAFF = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP(_TODAY, "Time"),
        QT_TRANSLATE_NOOP(_TODAY, "Person"),
        QT_TRANSLATE_NOOP(_TODAY, "Reasons"),
        QT_TRANSLATE_NOOP(_TODAY, "Staff"),
    )

    def display(self, row: VisitRow, column: int) -> str:
        if column == self.TIME:
            return time_text(row.visited_at)
        if column == self.PERSON:
            if row.person_id is None:
                return QCoreApplication.translate(_TODAY, "Anonymous")
            if row.restricted:  # consent withdrawn: counted, never named
                return QCoreApplication.translate(_TODAY, "Consent withdrawn")
            if row.native_name:
                return f"{row.person_name} ({row.native_name})"
            return row.person_name or ""
        if column == self.REASONS:
            return reasons_text(row.reasons)
        if column == self.STAFF:
            return row.staff_name or ""
        return ""

    def sort_key(self, row: VisitRow, column: int):
        if column == self.TIME:
            return sort_value(row.visited_at)
        return sort_value(polish_sort_key(self.display(row, column)))

    def tooltip(self, row: VisitRow, column: int) -> str | None:
        return row.note or None

    def person_id(self, row_number: int):
        return self.row_at(row_number).person_id


class HistoryModel(RowsModel):
    """Rows are ``services.people.HistoryItem``, newest first."""

    CONTEXT = _HISTORY
    WHEN, WHAT, REASONS, NOTE, STAFF = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP(_HISTORY, "When"),
        QT_TRANSLATE_NOOP(_HISTORY, "What"),
        QT_TRANSLATE_NOOP(_HISTORY, "Reasons"),
        QT_TRANSLATE_NOOP(_HISTORY, "Note"),
        QT_TRANSLATE_NOOP(_HISTORY, "Staff"),
    )
    KINDS = {
        "visit": QT_TRANSLATE_NOOP(_HISTORY, "Visit"),
        "consultation": QT_TRANSLATE_NOOP(_HISTORY, "Consultation"),
        "activity": QT_TRANSLATE_NOOP(_HISTORY, "Activity"),
        "certificate": QT_TRANSLATE_NOOP(_HISTORY, "Certificate"),
        "employment": QT_TRANSLATE_NOOP(_HISTORY, "Employment"),
    }

    def row_id(self, row: HistoryItem):
        return None

    def display(self, row: HistoryItem, column: int) -> str:
        if column == self.WHEN:
            return datetime_text(row.when)
        if column == self.WHAT:
            kind = self.KINDS.get(row.kind)
            return QCoreApplication.translate(_HISTORY, kind) if kind else row.title
        if column == self.REASONS:
            return reasons_text(row.codes)
        if column == self.NOTE:
            return row.detail
        if column == self.STAFF:
            return row.staff_name or ""
        return ""

    def sort_key(self, row: HistoryItem, column: int):
        if column == self.WHEN:
            return sort_value(row.when)
        return sort_value(polish_sort_key(self.display(row, column)))

    def tooltip(self, row: HistoryItem, column: int) -> str | None:
        return row.detail or None
