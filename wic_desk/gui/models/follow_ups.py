"""A counsellor's follow-ups due today or overdue, and their caseload.

Rows are ``services.consultations.FollowUp`` (``IdRole``: the consultation's id; ``person_id``
on the row) and ``services.consultations.CaseloadRow`` (``IdRole``: the person's id).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from wic_desk.domain.i18n import QT_TRANSLATE_NOOP
from wic_desk.domain.translit import polish_sort_key
from wic_desk.gui.i18n import enum_text
from wic_desk.gui.models.base import Index, RowsModel, sort_value
from wic_desk.gui.models.display import date_text
from wic_desk.services.consultations import CaseloadRow, FollowUp

_FOLLOW_UPS = "FollowUpsModel"
_CASELOAD = "CaseloadModel"
OVERDUE_COLOUR = QColor("#b00020")


class FollowUpsModel(RowsModel):
    """Oldest first, as the service returns them; overdue rows in red."""

    CONTEXT = _FOLLOW_UPS
    DUE, STATE, PERSON, KIND = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("FollowUpsModel", "Due"),
        QT_TRANSLATE_NOOP("FollowUpsModel", "State"),
        QT_TRANSLATE_NOOP("FollowUpsModel", "Person"),
        QT_TRANSLATE_NOOP("FollowUpsModel", "Consultation"),
    )
    OVERDUE = QT_TRANSLATE_NOOP("FollowUpsModel", "Overdue")
    TODAY = QT_TRANSLATE_NOOP("FollowUpsModel", "Today")

    def row_id(self, row: FollowUp):
        return row.consultation_id

    def display(self, row: FollowUp, column: int) -> str:
        if column == self.DUE:
            return date_text(row.due)
        if column == self.STATE:
            return QCoreApplication.translate("FollowUpsModel", self.OVERDUE if row.overdue else self.TODAY)
        if column == self.PERSON:
            return row.person_name
        if column == self.KIND:
            return enum_text(row.kind)
        return ""

    def sort_key(self, row: FollowUp, column: int):
        if column in (self.DUE, self.STATE):
            return sort_value(row.due)
        return sort_value(polish_sort_key(self.display(row, column)))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole:
            if index.isValid() and 0 <= index.row() < self.rowCount() and self.row_at(index.row()).overdue:
                return QBrush(OVERDUE_COLOUR)
            return None
        return super().data(index, role)


class CaseloadModel(RowsModel):
    """The persons this staff member saw, last contact first."""

    CONTEXT = _CASELOAD
    PERSON, LAST_CONTACT, CONSULTATIONS, OPEN_FOLLOW_UPS = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("CaseloadModel", "Person"),
        QT_TRANSLATE_NOOP("CaseloadModel", "Last contact"),
        QT_TRANSLATE_NOOP("CaseloadModel", "Consultations"),
        QT_TRANSLATE_NOOP("CaseloadModel", "Open follow-ups"),
    )

    def row_id(self, row: CaseloadRow):
        return row.person_id

    def display(self, row: CaseloadRow, column: int) -> str:
        if column == self.PERSON:
            return row.person_name
        if column == self.LAST_CONTACT:
            return date_text(row.last_contact)
        if column == self.CONSULTATIONS:
            return str(row.consultations)
        if column == self.OPEN_FOLLOW_UPS:
            return str(row.open_follow_ups) if row.open_follow_ups else ""
        return ""

    def sort_key(self, row: CaseloadRow, column: int):
        if column == self.LAST_CONTACT:
            return sort_value(row.last_contact)
        if column == self.CONSULTATIONS:
            return sort_value(row.consultations)
        if column == self.OPEN_FOLLOW_UPS:
            return sort_value(row.open_follow_ups)
        return sort_value(polish_sort_key(self.display(row, column)))
