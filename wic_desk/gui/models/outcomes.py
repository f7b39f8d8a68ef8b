"""A person's employment outcomes. Rows are ``services.outcomes.OutcomeRow``, newest start first;
"Stable" is what the service decided by the project's rule when the outcome was recorded."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wic_desk.domain.i18n import QT_TRANSLATE_NOOP
from wic_desk.domain.translit import polish_sort_key
from wic_desk.gui.i18n import enum_text
from wic_desk.gui.models.base import RowsModel, sort_value
from wic_desk.gui.models.display import date_text
from wic_desk.services.outcomes import OutcomeRow

_CONTEXT = "OutcomesModel"


class OutcomesModel(RowsModel):
    CONTEXT = _CONTEXT
    START, EMPLOYER, CONTRACT, HOURS, DURATION, STABLE, EVIDENCE, RECORDED_BY = range(8)
    HEADERS = (
        QT_TRANSLATE_NOOP("OutcomesModel", "Start"),
        QT_TRANSLATE_NOOP("OutcomesModel", "Employer"),
        QT_TRANSLATE_NOOP("OutcomesModel", "Contract"),
        QT_TRANSLATE_NOOP("OutcomesModel", "Hours a week"),
        QT_TRANSLATE_NOOP("OutcomesModel", "Expected length"),
        QT_TRANSLATE_NOOP("OutcomesModel", "Stable employment"),
        QT_TRANSLATE_NOOP("OutcomesModel", "Evidence seen"),
        QT_TRANSLATE_NOOP("OutcomesModel", "Recorded by"),
    )
    YES = QT_TRANSLATE_NOOP("OutcomesModel", "Yes")
    NO = QT_TRANSLATE_NOOP("OutcomesModel", "No")
    STABLE_YES = QT_TRANSLATE_NOOP("OutcomesModel", "Stable")
    STABLE_NO = QT_TRANSLATE_NOOP("OutcomesModel", "Not stable")
    OPEN_ENDED = QT_TRANSLATE_NOOP("OutcomesModel", "Open-ended")
    MONTHS = QT_TRANSLATE_NOOP("OutcomesModel", "%n month(s)")

    def _tr(self, text: str, n: int = -1) -> str:
        return QCoreApplication.translate("OutcomesModel", text, None, n)

    def display(self, row: OutcomeRow, column: int) -> str:
        if column == self.START:
            return date_text(row.start_date)
        if column == self.EMPLOYER:
            return row.employer or ""
        if column == self.CONTRACT:
            return enum_text(row.contract_kind)
        if column == self.HOURS:
            return str(row.hours_per_week) if row.hours_per_week else ""
        if column == self.DURATION:
            if row.duration_months is None:
                return self._tr(self.OPEN_ENDED)
            return self._tr(self.MONTHS, row.duration_months)
        if column == self.STABLE:
            return self._tr(self.STABLE_YES if row.stable else self.STABLE_NO)
        if column == self.EVIDENCE:
            return self._tr(self.YES if row.evidence_seen else self.NO)
        if column == self.RECORDED_BY:
            return row.recorded_by_name or ""
        return ""

    def sort_key(self, row: OutcomeRow, column: int):
        if column == self.START:
            return sort_value(row.start_date)
        if column == self.HOURS:
            return sort_value(row.hours_per_week)
        if column == self.DURATION:
            return sort_value(10_000 if row.duration_months is None else row.duration_months)
        if column == self.STABLE:
            return sort_value(int(row.stable))
        return sort_value(polish_sort_key(self.display(row, column)))
