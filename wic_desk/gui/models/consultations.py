"""A person's consultations as this user may see them.

Rows are ``services.consultations.ConsultationRow``. The service leaves ``note`` None where this
user may not read it, so a withheld note is never in a row and can reach no view; the Note column
then says only that the note is not shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wic_desk.domain.i18n import QT_TRANSLATE_NOOP
from wic_desk.domain.translit import polish_sort_key
from wic_desk.gui.i18n import enum_text
from wic_desk.gui.models.base import RowsModel, sort_value
from wic_desk.gui.models.display import date_text
from wic_desk.services.consultations import ConsultationRow

_CONTEXT = "ConsultationsModel"


def note_preview(note: str, limit: int = 120) -> str:
    """The first line of a note, shortened for a table cell."""
    first = " ".join(note.split())
    return first if len(first) <= limit else first[:limit - 1] + "…"


class ConsultationsModel(RowsModel):
    """Newest first, as the service returns them."""

    CONTEXT = _CONTEXT
    DATE, KIND, STAFF, MINUTES, MODE, CONFIDENTIALITY, TOPICS, FOLLOW_UP, NOTE = range(9)
    HEADERS = (
        QT_TRANSLATE_NOOP("ConsultationsModel", "Date"),
        QT_TRANSLATE_NOOP("ConsultationsModel", "Kind"),
        QT_TRANSLATE_NOOP("ConsultationsModel", "Staff"),
        QT_TRANSLATE_NOOP("ConsultationsModel", "Minutes"),
        QT_TRANSLATE_NOOP("ConsultationsModel", "Mode"),
        QT_TRANSLATE_NOOP("ConsultationsModel", "Confidentiality"),
        QT_TRANSLATE_NOOP("ConsultationsModel", "Topics"),
        QT_TRANSLATE_NOOP("ConsultationsModel", "Follow-up"),
        QT_TRANSLATE_NOOP("ConsultationsModel", "Note"),
    )
    NOT_SHOWN = QT_TRANSLATE_NOOP("ConsultationsModel", "Not shown to you")
    DONE = QT_TRANSLATE_NOOP("ConsultationsModel", "{date} (done)")

    def display(self, row: ConsultationRow, column: int) -> str:
        if column == self.DATE:
            return date_text(row.held_on)
        if column == self.KIND:
            return enum_text(row.kind)
        if column == self.STAFF:
            return row.staff_name or ""
        if column == self.MINUTES:
            return str(row.minutes) if row.minutes else ""
        if column == self.MODE:
            return enum_text(row.mode)
        if column == self.CONFIDENTIALITY:
            return enum_text(row.confidentiality)
        if column == self.TOPICS:
            return ", ".join(row.topics)
        if column == self.FOLLOW_UP:
            if row.follow_up_on is None:
                return ""
            if row.follow_up_done:
                return QCoreApplication.translate("ConsultationsModel", self.DONE).format(date=date_text(row.follow_up_on))
            return date_text(row.follow_up_on)
        if column == self.NOTE:
            if not row.note_readable:
                return QCoreApplication.translate("ConsultationsModel", self.NOT_SHOWN)
            return note_preview(row.note or "")
        return ""

    def sort_key(self, row: ConsultationRow, column: int):
        if column == self.DATE:
            return sort_value(row.held_on)
        if column == self.MINUTES:
            return sort_value(row.minutes)
        if column == self.FOLLOW_UP:
            return sort_value(row.follow_up_on)
        return sort_value(polish_sort_key(self.display(row, column)))

    def tooltip(self, row: ConsultationRow, column: int) -> str | None:
        if column == self.NOTE and row.note_readable and row.note:
            return row.note
        if column == self.TOPICS and row.topics:
            return "\n".join(row.topics)
        return None
