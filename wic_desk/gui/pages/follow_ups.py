"""A counsellor's or specialist's own page: "My follow-ups" (due today and overdue) and "My caseload".

Enter opens the selected person's page; Ctrl+D closes the follow-up (done), Ctrl+P reschedules it.
In the caseload, Enter or a double-click opens the person. Both lists load in the background
(``refresh()``; the main window calls it when the page is shown) and reload after every change.
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wic_desk.domain.errors import ValidationError
from wic_desk.gui.context import AppContext
from wic_desk.gui.i18n import error_text
from wic_desk.gui.models.base import RowRole, SortProxy
from wic_desk.gui.models.display import date_text
from wic_desk.gui.models.follow_ups import CaseloadModel, FollowUpsModel
from wic_desk.gui.pages.consultation import date_edit, error_label, from_qdate, to_qdate
from wic_desk.gui.pages.person import PersonDialog
from wic_desk.gui.widgets.desk_feedback import failure_text
from wic_desk.gui.widgets.person_form import ERROR_STYLE
from wic_desk.services import consultations

CLOSE_KEYS = "Ctrl+D"
RESCHEDULE_KEYS = "Ctrl+P"
RESCHEDULE_DEFAULT_DAYS = 7


def _table(parent: QWidget, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.horizontalHeader().setMinimumSectionSize(80)
    return view


def _bold(label: QLabel) -> None:
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)


class RescheduleDialog(QDialog):
    """Ask for the follow-up's new date and save it; the service's message goes under the date."""

    def __init__(self, ctx: AppContext, follow_up: consultations.FollowUp, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RescheduleDialog")
        self.ctx = ctx
        self.follow_up = follow_up
        self.today = today or dt.date.today()
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        form = QFormLayout()
        self.date_label = QLabel(self)
        self.new_date = date_edit(self, self.today + dt.timedelta(days=RESCHEDULE_DEFAULT_DAYS))
        self.new_date.setObjectName("newDate")
        self.date_label.setBuddy(self.new_date)
        form.addRow(self.date_label, self.new_date)
        self.error = error_label(self, "follow_up_on")
        form.addRow("", self.error)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._saving = False
        self.setMinimumWidth(380)
        self.retranslate()
        self.new_date.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reschedule follow-up"))
        self.heading.setText(self.tr("Follow-up with {name}, due {date}").format(
            name=self.follow_up.person_name, date=date_text(self.follow_up.due)))
        self.date_label.setText(self.tr("&New date:"))
        self.save_button.setText(self.tr("Save (Enter)"))
        self.cancel_button.setText(self.tr("Cancel (Esc)"))

    def set_date(self, value: dt.date) -> None:
        self.new_date.setDate(to_qdate(value))

    def accept(self) -> None:
        if self._saving:
            return
        self._saving = True
        self.error.hide()
        db, actor, today = self.ctx.db, self.ctx.actor, self.today
        consultation_id, new_date = self.follow_up.consultation_id, from_qdate(self.new_date.date())
        self.ctx.runner.run_in_background(
            lambda _p: consultations.reschedule_follow_up(db, actor, consultation_id, new_date, today=today),
            self._saved, self._failed)

    def _saved(self, _result: object) -> None:
        self._saving = False
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self.error.setText(error_text(exc) if isinstance(exc, ValidationError) else failure_text(exc))
        self.error.show()


class FollowUpsPage(QWidget):
    """For counsellors and specialists: their follow-ups due today and overdue, and their caseload."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FollowUpsPage")
        self.ctx = ctx
        self._today = today
        self._seq = 0
        self.last_dialog: QDialog | None = None  # the dialog open now (tests)
        self._build()
        self.retranslate()
        self._update_actions()

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter = splitter

        top = QWidget(splitter)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        heading_row = QHBoxLayout()
        self.follow_ups_label = QLabel(top)
        _bold(self.follow_ups_label)
        self.follow_ups_count = QLabel(top)
        self.follow_ups_count.setObjectName("followUpsCount")
        heading_row.addWidget(self.follow_ups_label)
        heading_row.addStretch(1)
        heading_row.addWidget(self.follow_ups_count)
        top_layout.addLayout(heading_row)
        self.follow_ups = FollowUpsModel(self)
        self.follow_ups_proxy = SortProxy(self)
        self.follow_ups_proxy.setSourceModel(self.follow_ups)
        self.follow_ups_view = _table(top, "followUpsView")
        self.follow_ups_view.setModel(self.follow_ups_proxy)
        self.follow_ups_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        header = self.follow_ups_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.follow_ups_label.setBuddy(self.follow_ups_view)
        top_layout.addWidget(self.follow_ups_view, 1)
        self.empty_follow_ups = QLabel(top)
        self.empty_follow_ups.setObjectName("emptyFollowUps")
        self.empty_follow_ups.hide()
        top_layout.addWidget(self.empty_follow_ups)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(top)
        self.open_button.setObjectName("openPersonButton")
        self.close_button = QPushButton(top)
        self.close_button.setObjectName("closeFollowUpButton")
        self.reschedule_button = QPushButton(top)
        self.reschedule_button.setObjectName("rescheduleButton")
        for button in (self.open_button, self.close_button, self.reschedule_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top_layout.addLayout(buttons)

        bottom = QWidget(splitter)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        caseload_row = QHBoxLayout()
        self.caseload_label = QLabel(bottom)
        _bold(self.caseload_label)
        self.caseload_count = QLabel(bottom)
        self.caseload_count.setObjectName("caseloadCount")
        caseload_row.addWidget(self.caseload_label)
        caseload_row.addStretch(1)
        caseload_row.addWidget(self.caseload_count)
        bottom_layout.addLayout(caseload_row)
        self.caseload = CaseloadModel(self)
        self.caseload_proxy = SortProxy(self)
        self.caseload_proxy.setSourceModel(self.caseload)
        self.caseload_view = _table(bottom, "caseloadView")
        self.caseload_view.setModel(self.caseload_proxy)
        self.caseload_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        header = self.caseload_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.caseload_label.setBuddy(self.caseload_view)
        bottom_layout.addWidget(self.caseload_view, 1)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setWordWrap(True)
        self.status.hide()
        layout.addWidget(self.status)

        self.open_button.clicked.connect(self.open_selected)
        self.close_button.clicked.connect(self.close_selected)
        self.reschedule_button.clicked.connect(self.reschedule_selected)
        self.follow_ups_view.activated.connect(lambda _i: self.open_selected())
        self.caseload_view.activated.connect(lambda _i: self.open_caseload_selected())
        self.follow_ups_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        for keys, slot in ((CLOSE_KEYS, self.close_selected), (RESCHEDULE_KEYS, self.reschedule_selected)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    def retranslate(self) -> None:
        self.follow_ups_label.setText(self.tr("My &follow-ups: due today and overdue"))
        self.caseload_label.setText(self.tr("My &caseload"))
        self.empty_follow_ups.setText(self.tr("No follow-ups are due. Well done."))
        self.open_button.setText(self.tr("Open person (Enter)"))
        self.close_button.setText(self.tr("Done (Ctrl+D)"))
        self.close_button.setToolTip(self.tr("Close this follow-up: it is done."))
        self.reschedule_button.setText(self.tr("Reschedule (Ctrl+P)"))
        self.follow_ups.retranslate()
        self.caseload.retranslate()
        self._show_counts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload both lists in the background."""
        if self.ctx.actor is None:
            return
        self._seq += 1
        seq = self._seq
        db, actor, today = self.ctx.db, self.ctx.actor, self.today
        self.ctx.runner.run_in_background(
            lambda _p: (consultations.my_follow_ups(db, actor, today), consultations.caseload(db, actor)),
            lambda result: self._loaded(seq, result), lambda exc: self._failed(seq, exc))

    def _loaded(self, seq: int, result) -> None:
        if seq != self._seq:
            return
        keep = self.selected_follow_up()
        follow_ups, caseload = result
        self.follow_ups.set_rows(follow_ups)
        self.caseload.set_rows(caseload)
        self.empty_follow_ups.setVisible(not follow_ups)
        self.status.hide()
        row = self.follow_ups.row_of_id(keep.consultation_id) if keep else -1
        if row < 0 and follow_ups:
            row = 0
        if row >= 0:
            index = self.follow_ups_proxy.mapFromSource(self.follow_ups.index(row, 0))
            self.follow_ups_view.selectRow(index.row())
        self._show_counts()
        self._update_actions()

    def _failed(self, seq: int, exc: BaseException) -> None:
        if seq != self._seq:
            return
        self.show_error(exc)

    def show_error(self, exc: BaseException) -> None:
        self.status.setText(failure_text(exc))
        self.status.show()

    def _show_counts(self) -> None:
        rows = self.follow_ups.rows()
        overdue = sum(1 for r in rows if r.overdue)
        self.follow_ups_count.setText(self.tr("%n due", "", len(rows)) + " · " + self.tr("%n overdue", "", overdue))
        self.caseload_count.setText(self.tr("%n person(s)", "", self.caseload.rowCount()))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    # -- the selected follow-up -----------------------------------------------------------------

    def selected_follow_up(self) -> consultations.FollowUp | None:
        index = self.follow_ups_view.currentIndex()
        if not index.isValid():
            return None
        return index.data(RowRole)

    def _update_actions(self) -> None:
        selected = self.selected_follow_up() is not None
        for button in (self.open_button, self.close_button, self.reschedule_button):
            button.setEnabled(selected)

    def open_selected(self) -> None:
        follow_up = self.selected_follow_up()
        if follow_up is not None:
            self.open_person(follow_up.person_id)

    def open_caseload_selected(self) -> None:
        index = self.caseload_view.currentIndex()
        row = index.data(RowRole) if index.isValid() else None
        if row is not None:
            self.open_person(row.person_id)

    def open_person(self, person_id: uuid.UUID) -> None:
        dialog = PersonDialog(self.ctx, person_id, self)
        self._run(dialog)
        self.refresh()  # a consultation recorded there may add or settle follow-ups

    def close_selected(self) -> None:
        follow_up = self.selected_follow_up()
        if follow_up is None:
            return
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.runner.run_in_background(
            lambda _p: consultations.close_follow_up(db, actor, follow_up.consultation_id),
            lambda _r: self.refresh(), self.show_error)

    def reschedule_selected(self) -> None:
        follow_up = self.selected_follow_up()
        if follow_up is None:
            return
        dialog = RescheduleDialog(self.ctx, follow_up, self, today=self.today)
        if self._run(dialog):
            self.refresh()

    def _run(self, dialog: QDialog) -> bool:
        self.last_dialog = dialog
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            self.last_dialog = None
            dialog.deleteLater()


__all__ = ["FollowUpsPage", "RescheduleDialog"]
