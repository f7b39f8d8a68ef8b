"""The projects page's tables: projects (``services.projects.ProjectRow``) and the indicators of
the chosen one (``IndicatorRow``). Rules and kinds are shown in words in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFont

from wic_desk.domain.enums import ServiceCategory
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP
from wic_desk.domain.translit import polish_sort_key
from wic_desk.gui.i18n import enum_text
from wic_desk.gui.models.base import RowsModel, sort_value
from wic_desk.gui.models.dashboard import kind_text
from wic_desk.gui.models.display import date_text
from wic_desk.services.projects import RULE_INFO, IndicatorRow, ProjectRow, Scope


def rule_text(code: str) -> str:
    info = RULE_INFO.get(code)
    return QCoreApplication.translate("Rules", info.label) if info else code


def kinds_text(rule: str, scope: Scope | str | None) -> str:
    """What an indicator counts, limited, in words: the kinds ("every kind" for a rule over kinds
    with none chosen), then the tag, the activities chosen, the visit reasons and consultation kinds."""
    info = RULE_INFO.get(rule)
    if info is None:
        return ""
    scope = info.scope_of(scope)
    parts = []
    if info.argument != "none":
        kinds = getattr(scope, info.argument)
        parts.append(", ".join(kind_text(k) for k in kinds) if kinds
                     else QCoreApplication.translate("IndicatorsModel", "every kind"))
    if scope.tag:
        parts.append(QCoreApplication.translate("IndicatorsModel", "tag: {tag}").format(tag=scope.tag))
    if scope.activities:
        parts.append(QCoreApplication.translate("IndicatorsModel", "activities chosen: {n}").format(
            n=QLocale().toString(len(scope.activities))))
    if scope.visit_reasons:
        parts.append(QCoreApplication.translate("IndicatorsModel", "visits: {reasons}").format(
            reasons=", ".join(enum_text(ServiceCategory(r)) for r in scope.visit_reasons)))
    if scope.consultation_kinds and info.argument != "consultation_kinds":
        parts.append(QCoreApplication.translate("IndicatorsModel", "consultations: {kinds}").format(
            kinds=", ".join(kind_text(k) for k in scope.consultation_kinds)))
    return "; ".join(parts)


class ProjectsModel(RowsModel):
    CONTEXT = "ProjectsModel"
    NAME, DONOR, PERIOD, INDICATORS, CURRENT = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("ProjectsModel", "Project"),
        QT_TRANSLATE_NOOP("ProjectsModel", "Donor"),
        QT_TRANSLATE_NOOP("ProjectsModel", "Period"),
        QT_TRANSLATE_NOOP("ProjectsModel", "Indicators"),
        QT_TRANSLATE_NOOP("ProjectsModel", "Current"),
    )

    def display(self, row: ProjectRow, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.DONOR:
            return row.donor or ""
        if column == self.PERIOD:
            return f"{date_text(row.period_start)} – {date_text(row.period_end)}"
        if column == self.INDICATORS:
            return QLocale().toString(len(row.indicators))
        if column == self.CURRENT:
            return QCoreApplication.translate("ProjectsModel", "current") if row.current else ""
        return ""

    def sort_key(self, row: ProjectRow, column: int):
        if column == self.PERIOD:
            return (row.period_start, row.period_end)
        if column == self.INDICATORS:
            return len(row.indicators)
        if column == self.CURRENT:
            return 0 if row.current else 1
        return sort_value(polish_sort_key(self.display(row, column)))

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid() and index.column() == self.INDICATORS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and index.isValid() and 0 <= index.row() < self.rowCount() \
                and self.row_at(index.row()).current:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


class IndicatorsModel(RowsModel):
    CONTEXT = "IndicatorsModel"
    CODE, TITLE, TARGET, RULE, KINDS = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("IndicatorsModel", "Code"),
        QT_TRANSLATE_NOOP("IndicatorsModel", "Indicator"),
        QT_TRANSLATE_NOOP("IndicatorsModel", "Target"),
        QT_TRANSLATE_NOOP("IndicatorsModel", "Counted as"),
        QT_TRANSLATE_NOOP("IndicatorsModel", "Kinds"),
    )

    def display(self, row: IndicatorRow, column: int) -> str:
        if column == self.CODE:
            return row.code
        if column == self.TITLE:
            return row.title
        if column == self.TARGET:
            return QLocale().toString(row.target) if row.target else "—"
        if column == self.RULE:
            return rule_text(row.rule)
        if column == self.KINDS:
            return kinds_text(row.rule, row.scope)
        return ""

    def sort_key(self, row: IndicatorRow, column: int):
        if column == self.TARGET:
            return row.target
        if column == self.CODE:
            return row.position  # the project's own order
        return sort_value(polish_sort_key(self.display(row, column)))

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid() and index.column() == self.TARGET:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)
