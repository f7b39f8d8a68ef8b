"""Administration > Retention (administrators): the retention period, who is due for erasure with
their last contact, and erasing the chosen ones after one confirmation. The rule is
services.retention's; this dialog only shows and collects."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wic_desk.domain.i18n import QT_TRANSLATE_NOOP
from wic_desk.domain.permissions import Action, allowed
from wic_desk.domain.translit import polish_sort_key
from wic_desk.gui.context import AppContext
from wic_desk.gui.models.base import IdRole, RowsModel, SortProxy, sort_value
from wic_desk.gui.models.display import date_text
from wic_desk.gui.widgets.desk_feedback import failure_text
from wic_desk.gui.widgets.person_form import ERROR_STYLE
from wic_desk.services import retention


class DueModel(RowsModel):
    """Rows are ``services.retention.DueRow``."""

    CONTEXT = "DueModel"
    NAME, LAST_CONTACT = range(2)
    HEADERS = (QT_TRANSLATE_NOOP("DueModel", "Name"), QT_TRANSLATE_NOOP("DueModel", "Last contact"))

    def display(self, row: retention.DueRow, column: int) -> str:
        return row.latin_name if column == self.NAME else date_text(row.last_contact)

    def sort_key(self, row: retention.DueRow, column: int) -> Any:
        if column == self.NAME:
            return sort_value(polish_sort_key(row.latin_name))
        return sort_value(row.last_contact)


def may_manage(ctx: AppContext) -> bool:
    return ctx.actor is not None and allowed(ctx.actor.role, Action.PEOPLE_RETENTION)


class RetentionDialog(QDialog):
    erased = 0  # how many the last erasing erased (tests, status)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.policy: retention.Policy | None = None
        self._busy = False
        self.setObjectName("RetentionDialog")
        layout = QVBoxLayout(self)
        self.rule_label = QLabel(self)
        self.rule_label.setWordWrap(True)
        layout.addWidget(self.rule_label)
        row = QHBoxLayout()
        self.years_label = QLabel(self)
        self.years_spin = QSpinBox(self)
        self.years_spin.setObjectName("yearsSpin")
        self.years_spin.setRange(retention.MIN_YEARS, retention.MAX_YEARS)
        self.years_spin.setValue(retention.DEFAULT_YEARS)
        self.years_label.setBuddy(self.years_spin)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveYearsButton")
        self.save_button.clicked.connect(self.save_years)
        row.addWidget(self.years_label)
        row.addWidget(self.years_spin)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        layout.addWidget(self.count_label)
        self.model = DueModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setObjectName("dueView")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(DueModel.LAST_CONTACT, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(DueModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.view, 1)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("progress")
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(self)
        self.select_all_button = QPushButton(self)
        self.select_all_button.setObjectName("selectAllButton")
        self.select_all_button.clicked.connect(self.view.selectAll)
        self.erase_button = QPushButton(self)
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.clicked.connect(self.erase_selected)
        self.buttons.addButton(self.select_all_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(720, 560)
        self.retranslate()
        self._update_buttons()
        self.refresh()

    # -- texts ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Retention"))
        self.years_label.setText(self.tr("&Keep a person's data for (years after the last contact):"))
        self.save_button.setText(self.tr("Save"))
        self.select_all_button.setText(self.tr("Select all"))
        self.erase_button.setText(self.tr("Erase selected…"))
        self._show_rule()
        self._show_count()
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_rule(self) -> None:
        text = self.tr("A person is due for erasure when their last contact (registration, visits, "
                       "consultations, activities attended, employment, certificates) is longer ago than "
                       "the period set here, and the current project ended more than {years} years ago. "
                       "Backups older than the period are deleted.").format(years=retention.PROJECT_KEEP_YEARS)
        if self.policy is not None and self.policy.project_end is not None:
            text += " " + self.tr("The current project holds everyone until {date}.").format(
                date=date_text(retention.add_years(self.policy.project_end, retention.PROJECT_KEEP_YEARS)))
        self.rule_label.setText(text)

    def _show_count(self) -> None:
        n = self.model.rowCount()
        self.count_label.setText(self.tr("%n person(s) due for erasure.", "", n) if n
                                 else self.tr("Nobody is due for erasure."))

    # -- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.runner.run_in_background(lambda _p: (retention.policy(db, actor), retention.due(db, actor)),
                                          self._loaded, self._failed)

    def _loaded(self, result: tuple[retention.Policy, list[retention.DueRow]]) -> None:
        self.policy, rows = result
        self.years_spin.setValue(self.policy.years)
        self.model.set_rows(rows)
        self._show_rule()
        self._show_count()
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.progress.hide()
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(failure_text(exc))
        self._update_buttons()

    def _say(self, text: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(text)

    def _update_buttons(self, *_args) -> None:
        self.erase_button.setEnabled(not self._busy and bool(self.selected_ids()))
        self.select_all_button.setEnabled(not self._busy and self.model.rowCount() > 0)
        self.save_button.setEnabled(not self._busy)

    # -- actions -------------------------------------------------------------------------------

    def selected_ids(self) -> list[uuid.UUID]:
        return [index.data(IdRole) for index in self.view.selectionModel().selectedRows()]

    def select_ids(self, ids: list[uuid.UUID]) -> None:
        selection = self.view.selectionModel()
        selection.clearSelection()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(IdRole) in ids:
                selection.select(index, QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)

    def save_years(self) -> None:
        if self._busy:
            return
        years = self.years_spin.value()
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.runner.run_in_background(lambda _p: retention.set_years(db, actor, years),
                                          lambda _r: self._years_saved(), self._failed)

    def _years_saved(self) -> None:
        self._say(self.tr("The retention period was saved; every desk receives it with the next exchange."))
        self.refresh()

    def erase_selected(self) -> None:
        ids = self.selected_ids()
        if self._busy or not ids:
            return
        answer = QMessageBox.question(
            self, self.tr("Erase"),
            self.tr("Erase the data of %n person(s) for good? Names, contacts, PESEL and notes go; their "
                    "services still count in the figures. This cannot be undone.", "", len(ids)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._busy = True
        self._update_buttons()
        self.progress.setRange(0, len(ids))
        self.progress.setValue(0)
        self.progress.setVisible(len(ids) > 1)
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.runner.run_in_background(lambda progress: retention.erase(db, actor, ids, progress=progress),
                                          self._erased, self._failed, self._progress)

    def _progress(self, done: int, total: int, _what: str = "") -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _erased(self, count: int) -> None:
        self._busy = False
        self.erased = count
        self.progress.hide()
        self._say(self.tr("%n person(s) erased.", "", count))
        self.refresh()
