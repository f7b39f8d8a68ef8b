"""The dashboard's table: the records behind a figure (``services.drilldown.DrillRow``).

The columns are the same for every figure; their headings say what a row is (a person, an
activity, a session, a consultation). Kinds are shown in words in the user's language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from wic_desk.domain.enums import ActivityKind, ConsultationKind, ContractKind, ServiceCategory
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP
from wic_desk.domain.translit import polish_sort_key
from wic_desk.gui.i18n import enum_text
from wic_desk.gui.models.base import RowsModel, sort_value
from wic_desk.gui.models.display import date_text
from wic_desk.services.drilldown import ACTIVITY, CONSULTATION, PERSON, SERVICE, SESSION, DrillRow

_CONTEXT = "DrilldownModel"

SOURCES = {
    "visit": QT_TRANSLATE_NOOP("DrilldownModel", "Visit"),
    "consultation": QT_TRANSLATE_NOOP("DrilldownModel", "Consultation"),
    "attendance": QT_TRANSLATE_NOOP("DrilldownModel", "Activity attendance"),
}

# A person who withdrew consent and is kept for the figures only: counted, never named.
RESTRICTED = QT_TRANSLATE_NOOP("DrilldownModel", "(consent withdrawn: counted only)")
# A visit without a person (no consent): a service, nobody to name.
ANONYMOUS = QT_TRANSLATE_NOOP("DrilldownModel", "(anonymous visit)")

# Headings by what a row stands for: (date, name, what, times, hours).
HEADINGS = {
    PERSON: (QT_TRANSLATE_NOOP("DrilldownModel", "First date"), QT_TRANSLATE_NOOP("DrilldownModel", "Person"),
             QT_TRANSLATE_NOOP("DrilldownModel", "Received"), QT_TRANSLATE_NOOP("DrilldownModel", "Times"),
             QT_TRANSLATE_NOOP("DrilldownModel", "Hours")),
    ACTIVITY: (QT_TRANSLATE_NOOP("DrilldownModel", "First session"), QT_TRANSLATE_NOOP("DrilldownModel", "Activity"),
               QT_TRANSLATE_NOOP("DrilldownModel", "Kind"), QT_TRANSLATE_NOOP("DrilldownModel", "Sessions held"),
               QT_TRANSLATE_NOOP("DrilldownModel", "Hours")),
    SESSION: (QT_TRANSLATE_NOOP("DrilldownModel", "Date"), QT_TRANSLATE_NOOP("DrilldownModel", "Activity"),
              QT_TRANSLATE_NOOP("DrilldownModel", "Kind"), QT_TRANSLATE_NOOP("DrilldownModel", "Present"),
              QT_TRANSLATE_NOOP("DrilldownModel", "Hours")),
    CONSULTATION: (QT_TRANSLATE_NOOP("DrilldownModel", "Date"), QT_TRANSLATE_NOOP("DrilldownModel", "Person"),
                   QT_TRANSLATE_NOOP("DrilldownModel", "Kind"), QT_TRANSLATE_NOOP("DrilldownModel", "Number"),
                   QT_TRANSLATE_NOOP("DrilldownModel", "Hours")),
    SERVICE: (QT_TRANSLATE_NOOP("DrilldownModel", "Date"), QT_TRANSLATE_NOOP("DrilldownModel", "Person"),
              QT_TRANSLATE_NOOP("DrilldownModel", "Services"), QT_TRANSLATE_NOOP("DrilldownModel", "Number"),
              QT_TRANSLATE_NOOP("DrilldownModel", "Hours")),
}


def kind_text(code: str) -> str:
    """A stored code (service source, activity, consultation or contract kind) in words."""
    if code in SOURCES:
        return QCoreApplication.translate(_CONTEXT, SOURCES[code])
    for enum in (ActivityKind, ConsultationKind, ContractKind, ServiceCategory):
        try:
            return enum_text(enum(code))
        except ValueError:
            continue
    return code


def number_text(value: float | None, decimals: int = 1) -> str:
    """A count as an integer, hours with one decimal where needed, in the user's locale."""
    if value is None:
        return ""
    if float(value).is_integer():
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "f", decimals)


class DrilldownModel(RowsModel):
    CONTEXT = _CONTEXT
    DATE, NAME, WHAT, TIMES, HOURS = range(5)
    HEADERS = HEADINGS[PERSON]

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.unit = PERSON

    def set_unit(self, unit: str) -> None:
        """What the rows stand for (drilldown.PERSON, ACTIVITY, SESSION, CONSULTATION): the headings."""
        self.unit = unit if unit in HEADINGS else PERSON
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate(_CONTEXT, HEADINGS[self.unit][section])
        return None

    def row_id(self, row: DrillRow):
        return row.record_id

    def display(self, row: DrillRow, column: int) -> str:
        if column == self.DATE:
            return date_text(row.on)
        if column == self.NAME:
            if row.restricted:
                return QCoreApplication.translate(_CONTEXT, RESTRICTED)
            if row.anonymous:
                return QCoreApplication.translate(_CONTEXT, ANONYMOUS)
            return row.name or ""
        if column == self.WHAT:
            return ", ".join(kind_text(k) for k in row.kinds)
        if column == self.TIMES:
            return number_text(row.times)
        if column == self.HOURS:
            return number_text(row.hours, 2)
        return ""

    def sort_key(self, row: DrillRow, column: int):
        if column == self.DATE:
            return sort_value(row.on)
        if column == self.TIMES:
            return sort_value(row.times)
        if column == self.HOURS:
            return sort_value(row.hours)
        return sort_value(polish_sort_key(self.display(row, column)))

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid() \
                and index.column() in (self.TIMES, self.HOURS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)
