"""The coordinators' page: the centre's group activities, and one activity opened in place.

The list shows every activity, newest first; typing in the filter (Ctrl+L) narrows it, Enter or a
double-click opens the activity selected (``ActivityDetailPage``), Alt+Left or its button comes
back. Ctrl+N creates an activity (coordinators and administrators); everyone may open one to enrol
people and mark attendance. ``refresh()`` reloads in the background (the main window calls it when
the page is shown).
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wic_desk.gui.context import AppContext
from wic_desk.gui.models.activities import ActivitiesModel
from wic_desk.gui.models.base import IdRole, SortProxy
from wic_desk.gui.pages.activity_detail import ActivityDetailPage
from wic_desk.gui.pages.activity_dialog import ActivityDialog
from wic_desk.gui.widgets.desk_feedback import failure_text
from wic_desk.gui.widgets.person_form import ERROR_STYLE
from wic_desk.services import activities

NEW_KEYS = "Ctrl+N"
FILTER_KEYS = "Ctrl+L"
REFRESH_KEYS = "F5"


class ActivitiesFilterProxy(SortProxy):
    """Sorts like every list here; the filter matches title or kind, case and accents aside."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)


class ActivitiesPage(QWidget):
    """All activities; one opened in place. ``detail`` is the activity open now, if any."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ActivitiesPage")
        self.ctx = ctx
        self._today = today
        self._seq = 0
        self.detail: ActivityDetailPage | None = None
        self.last_dialog: QDialog | None = None  # the dialog open now (tests)
        self._build()
        self.retranslate()
        self.refresh()

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack)

        self.list_page = QWidget(self.stack)
        layout = QVBoxLayout(self.list_page)
        top = QHBoxLayout()
        self.heading = QLabel(self.list_page)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        top.addWidget(self.heading)
        top.addSpacing(16)
        self.filter_edit = QLineEdit(self.list_page)
        self.filter_edit.setObjectName("filterEdit")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(320)
        top.addWidget(self.filter_edit, 1)
        self.new_button = QPushButton(self.list_page)
        self.new_button.setObjectName("newButton")
        self.open_button = QPushButton(self.list_page)
        self.open_button.setObjectName("openButton")
        self.refresh_button = QPushButton(self.list_page)
        self.refresh_button.setObjectName("refreshButton")
        for button in (self.new_button, self.open_button, self.refresh_button):
            top.addWidget(button)
        layout.addLayout(top)

        self.model = ActivitiesModel(self)
        self.proxy = ActivitiesFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self.list_page)
        self.view.setObjectName("activitiesView")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order until a header is clicked
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSortIndicatorClearable(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ActivitiesModel.TITLE, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.view, 1)
        self.status_label = QLabel(self.list_page)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.stack.addWidget(self.list_page)

        self.filter_edit.textChanged.connect(self._filter_changed)
        self.filter_edit.installEventFilter(self)
        self.view.activated.connect(lambda _index: self.open_selected())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.new_button.clicked.connect(self.new_activity)
        self.open_button.clicked.connect(self.open_selected)
        self.refresh_button.clicked.connect(self.refresh)
        for keys, slot in ((NEW_KEYS, self.new_activity), (FILTER_KEYS, self.focus_filter),
                           (REFRESH_KEYS, self.refresh)):
            action = QAction(self.list_page)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.list_page.addAction(action)

        organiser = self.ctx.actor is not None and self.ctx.actor.role in activities.ORGANISERS
        self.new_button.setVisible(organiser)
        self._update_actions()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Activities"))
        self.filter_edit.setPlaceholderText(self.tr("Filter by title or kind (Ctrl+L)"))
        self.new_button.setText(self.tr("New activity… (Ctrl+N)"))
        self.open_button.setText(self.tr("Open (Enter)"))
        self.refresh_button.setText(self.tr("Refresh (F5)"))
        self.model.retranslate()
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the list -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the list (and the open activity) in the background."""
        if self.ctx.actor is None:
            return
        self._seq += 1
        seq = self._seq
        db = self.ctx.db
        self.ctx.runner.run_in_background(lambda _p: activities.list_activities(db),
                                          lambda rows: self._show_rows(seq, rows),
                                          lambda exc: self._failed(seq, exc))
        if self.detail is not None:
            self.detail.refresh()

    def _show_rows(self, seq: int, rows: list[activities.ActivityRow]) -> None:
        if seq != self._seq:
            return
        keep = self.selected_activity_id()
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for column in range(self.model.columnCount()):
            if column != ActivitiesModel.TITLE:
                header.resizeSection(column, min(max(header.sectionSize(column), 110), 420))
        if keep is not None:
            self.select_activity(keep)
        elif self.proxy.rowCount():
            self._select_proxy_row(0)
        self._show_status()
        self._update_actions()

    def _failed(self, seq: int, exc: BaseException) -> None:
        if seq == self._seq:
            self.status_label.setStyleSheet(ERROR_STYLE)
            self.status_label.setText(failure_text(exc))

    def _show_status(self) -> None:
        self.status_label.setStyleSheet("")
        total = self.model.rowCount()
        if total == 0:
            if self.ctx.actor is not None and self.ctx.actor.role in activities.ORGANISERS:
                text = self.tr("No activities yet. Create the first one with Ctrl+N.")
            else:
                text = self.tr("No activities yet. A coordinator creates them.")
        else:
            text = self.tr("%n activity(ies)", "", total)
            if self.proxy.rowCount() != total:
                text += " · " + self.tr("%n shown", "", self.proxy.rowCount())
            text += " · " + self.tr("Enter opens the activity selected: enrolment, attendance, sheets, "
                                    "certificates.")
        self.status_label.setText(text)

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if self.proxy.rowCount() and not self.view.currentIndex().isValid():
            self._select_proxy_row(0)
        self._show_status()
        self._update_actions()

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.proxy.rowCount():
                    self.view.setFocus()
                    if not self.view.currentIndex().isValid():
                        self._select_proxy_row(0)
                    if key != Qt.Key.Key_Down:
                        self.open_selected()
                return True
            if key == Qt.Key.Key_Escape and self.filter_edit.text():
                self.filter_edit.clear()
                return True
        return super().eventFilter(watched, event)

    def _select_proxy_row(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)

    def select_activity(self, activity_id: uuid.UUID) -> bool:
        row = self.model.row_of_id(activity_id)
        if row < 0:
            return False
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not proxy_index.isValid():
            return False
        self._select_proxy_row(proxy_index.row())
        return True

    def selected_activity_id(self) -> uuid.UUID | None:
        index = self.view.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def _update_actions(self) -> None:
        self.open_button.setEnabled(self.selected_activity_id() is not None)

    # -- actions --------------------------------------------------------------------------------

    def new_activity(self) -> None:
        """Create an activity (Ctrl+N), then open it to enrol people."""
        if self.ctx.actor is None or self.ctx.actor.role not in activities.ORGANISERS or self.detail is not None:
            return
        dialog = ActivityDialog(self.ctx, self, today=self._today)
        self.last_dialog = dialog
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            self.last_dialog = None
            dialog.deleteLater()
        if accepted and dialog.activity_id is not None:
            activity_id = dialog.activity_id
            self.refresh()
            self.select_activity(activity_id)
            self.open_activity(activity_id)

    def open_selected(self) -> None:
        activity_id = self.selected_activity_id()
        if activity_id is not None:
            self.open_activity(activity_id)

    def open_activity(self, activity_id: uuid.UUID) -> ActivityDetailPage:
        """Show one activity in place of the list."""
        self.close_activity(refresh=False)
        detail = ActivityDetailPage(self.ctx, activity_id, self.stack, today=self._today)
        detail.back_requested.connect(self.close_activity)
        detail.enrolment_changed.connect(self._reload_list_only)
        self.detail = detail
        self.stack.addWidget(detail)
        self.stack.setCurrentWidget(detail)
        detail.setFocus()
        if detail.model.rowCount() == 0:
            detail.focus_search()  # nobody yet: enrol first
        else:
            detail.view.setFocus()
        return detail

    def close_activity(self, refresh: bool = True) -> None:
        """Back to the list."""
        detail, self.detail = self.detail, None
        if detail is not None:
            self.stack.removeWidget(detail)
            detail.hide()
            # Owned by Python from here: it goes once the last background job holding it has
            # reported back (its marks are saved), never under a job still running.
            detail.setParent(None)
        self.stack.setCurrentWidget(self.list_page)
        if refresh:
            self._reload_list_only()
            self.view.setFocus()

    def _reload_list_only(self) -> None:
        detail, self.detail = self.detail, None
        try:
            self.refresh()
        finally:
            self.detail = detail

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.detail is None:
            self.view.setFocus()
