"""Group activities as lists: all activities, and one activity's enrolment (enrolled or waiting).

Rows are ``services.activities.ActivityRow`` (``IdRole``: the activity's id) and
``services.activities.Participant`` (``IdRole``: the person's id).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from wic_desk.domain.enums import EnrolmentStatus
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP
from wic_desk.domain.translit import polish_sort_key
from wic_desk.gui.i18n import enum_text
from wic_desk.gui.models.base import Index, RowsModel, sort_value
from wic_desk.gui.models.display import date_sort_key, date_text
from wic_desk.services.activities import ActivityRow, Participant

_ACTIVITIES = "ActivitiesModel"
_ENROLMENT = "EnrolmentModel"


class ActivitiesModel(RowsModel):
    """Newest first as the service lists them; sortable by any column through a SortProxy."""

    CONTEXT = _ACTIVITIES
    FIRST_DATE, KIND, TITLE, SESSIONS, PARTICIPANTS = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP(_ACTIVITIES, "First session"),
        QT_TRANSLATE_NOOP(_ACTIVITIES, "Kind"),
        QT_TRANSLATE_NOOP(_ACTIVITIES, "Title"),
        QT_TRANSLATE_NOOP(_ACTIVITIES, "Sessions"),
        QT_TRANSLATE_NOOP(_ACTIVITIES, "Participants"),
    )

    def display(self, row: ActivityRow, column: int) -> str:
        if column == self.FIRST_DATE:
            return date_text(row.first_date)
        if column == self.KIND:
            return enum_text(row.kind)
        if column == self.TITLE:
            return row.title
        if column == self.SESSIONS:
            return str(row.sessions)
        if column == self.PARTICIPANTS:
            return str(row.participants)
        return ""

    def sort_key(self, row: ActivityRow, column: int):
        if column == self.FIRST_DATE:
            return sort_value(date_sort_key(row.first_date))
        if column == self.SESSIONS:
            return sort_value(row.sessions)
        if column == self.PARTICIPANTS:
            return sort_value(row.participants)
        return sort_value(polish_sort_key(self.display(row, column)))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid() \
                and index.column() in (self.SESSIONS, self.PARTICIPANTS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)


class EnrolmentModel(RowsModel):
    """Participants of one activity (the waiting list, or everyone), in the order given; the
    waiting list keeps the service's order, which is the order people move up in."""

    CONTEXT = _ENROLMENT
    PLACE, NAME, NATIVE_NAME, STATUS = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP(_ENROLMENT, "No."),
        QT_TRANSLATE_NOOP(_ENROLMENT, "Name"),
        QT_TRANSLATE_NOOP(_ENROLMENT, "Name in native script"),
        QT_TRANSLATE_NOOP(_ENROLMENT, "Enrolment"),
    )

    def row_id(self, row: Participant):
        return row.person_id

    def display(self, row: Participant, column: int) -> str:
        if column == self.PLACE:
            return str(self._rows.index(row) + 1)
        if column == self.NAME:
            return row.name
        if column == self.NATIVE_NAME:
            return row.native_name or ""
        if column == self.STATUS:
            return enum_text(row.status)
        return ""

    def sort_key(self, row: Participant, column: int):
        if column == self.PLACE:
            return sort_value(self._rows.index(row))
        if column == self.STATUS:
            return sort_value(row.status != EnrolmentStatus.ENROLLED)
        return sort_value(polish_sort_key(self.display(row, column)))

    def tooltip(self, row: Participant, column: int) -> str | None:
        if row.status == EnrolmentStatus.WAITING:
            return QCoreApplication.translate(_ENROLMENT, "Moves up when an enrolled participant withdraws.")
        return None
