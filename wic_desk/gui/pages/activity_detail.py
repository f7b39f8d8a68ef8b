"""One activity: enrolment (with the waiting list), the attendance grid, sheets and certificates.

Left, enrolment: Ctrl+E puts the cursor in the search (the desk's search, any script); Down moves
to the results, Enter enrols the person selected. When the activity is full they go on the
waiting list, shown below. Ctrl+N registers a walk-in (consent first) and enrols them.

Right, the attendance grid: participants × sessions. Keys act on the selected cells:
P / A / E or 1 / 2 / 3 mark present / absent / excused (the letters also in the user's language)
and move down to the next participant, so a session is typed in from a signed paper sheet going
down its column; Space cycles a cell; arrows move; a double-click cycles too. Ctrl+T jumps to
today's session. The "Completed" column shows who meets the activity's completion rule (a tick)
and the hours each person attended.

A mark shows at once and is saved in the background, one job at a time in the order typed, so
quick typing never saves an older mark over a newer one. Should saving fail, the grid reloads
what the database holds and says why.

Ctrl+P writes the attendance sheet of a session (PDF, saved or opened for printing); Ctrl+Shift+C
issues certificates for everyone who completed (coordinators and administrators), in the
background with a progress dialog that can be cancelled.
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
import unicodedata
import uuid
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wic_desk.domain.enums import AttendanceStatus, EnrolmentStatus
from wic_desk.domain.permissions import Action, allowed
from wic_desk.gui.context import AppContext
from wic_desk.gui.i18n import enum_text
from wic_desk.gui.models.activities import EnrolmentModel
from wic_desk.gui.models.attendance import SHORT, AttendanceModel, next_status, short_text
from wic_desk.gui.models.base import IdRole, RowRole
from wic_desk.gui.models.display import date_text
from wic_desk.gui.models.people import PersonResultsModel, PersonSortProxy
from wic_desk.gui.pages.register import RegisterDialog
from wic_desk.gui.widgets.desk_feedback import failure_text
from wic_desk.gui.widgets.person_form import ERROR_STYLE
from wic_desk.services import activities, certificates, people, sheets

SEARCH_DELAY_MS = 150
ENROL_SEARCH_KEYS = "Ctrl+E"
WALK_IN_KEYS = "Ctrl+N"
TODAY_KEYS = "Ctrl+T"
SHEET_KEYS = "Ctrl+P"
CERTIFICATES_KEYS = "Ctrl+Shift+C"
WITHDRAW_KEYS = "Ctrl+Shift+Del"
BACK_KEYS = "Alt+Left"

# Keys that mark regardless of the language (the translated letters work as well).
DIGIT_KEYS = {"1": AttendanceStatus.PRESENT, "2": AttendanceStatus.ABSENT, "3": AttendanceStatus.EXCUSED}
LATIN_KEYS = {"P": AttendanceStatus.PRESENT, "A": AttendanceStatus.ABSENT, "E": AttendanceStatus.EXCUSED}


def status_for_text(text: str) -> AttendanceStatus | None:
    """The status a typed character stands for: 1/2/3, P/A/E, or the letters in the user's language."""
    text = (text or "").strip().upper()
    if not text:
        return None
    if text in DIGIT_KEYS:
        return DIGIT_KEYS[text]
    for status in SHORT:
        if short_text(status).upper() == text:
            return status
    return LATIN_KEYS.get(text)


def safe_file_part(text: str, limit: int = 40) -> str:
    """A piece of a file name in plain ASCII: ``Kurs A1 – grupa Ł`` -> ``Kurs_A1_grupa_L``."""
    text = text.replace("ł", "l").replace("Ł", "L")
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_")[:limit] or "activity"


def documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def _bold(label: QLabel, scale: float = 1.0) -> None:
    font = label.font()
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)


def _table(parent: QWidget, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class AttendanceView(QTableView):
    """The grid's view: typed keys mark the selected session cells (see the module's docstring).

    The participant's name, count and completion stay in place while the sessions scroll under
    them (a course has dozens of sessions): a second view over the same model and selection lies
    on top of the first columns (Qt's "frozen column" example). The main view keeps the focus and
    does all the keyboard work.
    """

    mark_requested = Signal(list, object)  # [(row, column)], AttendanceStatus or None (cycle)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendanceView")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.doubleClicked.connect(lambda index: self.mark_requested.emit([(index.row(), index.column())], None))

        self.frozen = QTableView(self)
        self.frozen.setObjectName("attendanceFrozen")
        self.frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.frozen.verticalHeader().hide()
        self.frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.frozen.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.frozen.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.frozen.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.frozen.setWordWrap(False)
        self.frozen.setStyleSheet("QTableView { border: none; border-right: 2px solid palette(mid); }")
        self.viewport().stackUnder(self.frozen)
        self.horizontalHeader().sectionResized.connect(self._section_resized)
        self.verticalHeader().sectionResized.connect(
            lambda row, _old, size: self.frozen.setRowHeight(row, size))
        self.frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(self.frozen.verticalScrollBar().setValue)

    def setModel(self, model) -> None:
        super().setModel(model)
        self.frozen.setModel(model)
        self.frozen.setSelectionModel(self.selectionModel())
        model.modelReset.connect(self._columns_changed)
        model.headerDataChanged.connect(lambda *_: self._update_frozen())
        self._columns_changed()

    def frozen_count(self) -> int:
        return getattr(self.model(), "FIRST_SESSION", 0)

    def _columns_changed(self) -> None:
        model = self.model()
        for column in range(model.columnCount()):
            self.frozen.setColumnHidden(column, column >= self.frozen_count())
        self._update_frozen()

    def _section_resized(self, column: int, _old: int, size: int) -> None:
        if column < self.frozen_count():
            self.frozen.setColumnWidth(column, size)
            self._update_frozen()

    def _frozen_width(self) -> int:
        return sum(self.columnWidth(c) for c in range(min(self.frozen_count(), self.model().columnCount())))

    def _update_frozen(self) -> None:
        if self.model() is None:
            return
        self.frozen.horizontalHeader().setFixedHeight(self.horizontalHeader().height())
        for row in range(self.model().rowCount()):
            self.frozen.setRowHeight(row, self.rowHeight(row))
        frame = self.frameWidth()
        self.frozen.setGeometry(frame, frame, self._frozen_width() + 2,
                                self.viewport().height() + self.horizontalHeader().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._update_frozen()

    def updateGeometries(self) -> None:
        super().updateGeometries()
        if hasattr(self, "frozen"):
            self._update_frozen()

    def moveCursor(self, action, modifiers):
        current = super().moveCursor(action, modifiers)
        if action == QAbstractItemView.CursorAction.MoveLeft and current.column() >= self.frozen_count():
            left = self.visualRect(current).left()
            if left < self._frozen_width():
                bar = self.horizontalScrollBar()
                bar.setValue(bar.value() + left - self._frozen_width())
        return current

    def scrollTo(self, index, hint=QAbstractItemView.ScrollHint.EnsureVisible) -> None:
        if index.column() >= self.frozen_count():
            super().scrollTo(index, hint)
            # a session column must not end up under the frozen ones
            left = self.visualRect(index).left()
            if left < self._frozen_width():
                bar = self.horizontalScrollBar()
                bar.setValue(bar.value() + left - self._frozen_width())
        else:
            super().scrollTo(index, hint)

    def selected_cells(self) -> list[tuple[int, int]]:
        """The selected cells (the current cell when nothing is selected), top to bottom."""
        cells = sorted({(i.row(), i.column()) for i in self.selectionModel().selectedIndexes()})
        if not cells and self.currentIndex().isValid():
            cells = [(self.currentIndex().row(), self.currentIndex().column())]
        return cells

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            if event.key() == Qt.Key.Key_Space:
                self.mark_requested.emit(self.selected_cells(), None)
                return
            status = status_for_text(event.text())
            if status is not None:
                self.mark_requested.emit(self.selected_cells(), status)
                return
        super().keyPressEvent(event)

    def move_down(self) -> None:
        """After a single cell is marked: the same session, the next participant."""
        current = self.currentIndex()
        if not current.isValid() or current.row() + 1 >= self.model().rowCount():
            return
        below = self.model().index(current.row() + 1, current.column())
        self.selectionModel().setCurrentIndex(below, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.scrollTo(below)


class SheetDialog(QDialog):
    """Choose the session whose sign-in sheet to print; Save as PDF or open it for printing."""

    SAVE, PRINT = "save", "print"

    def __init__(self, sessions: list[activities.SessionCol], preselect: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SheetDialog")
        self.choice: str | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.session_label = QLabel(self)
        self.session = QComboBox(self)
        self.session.setObjectName("sheetSession")
        for s in sessions:
            self.session.addItem("", s.number)
        self._sessions = sessions
        if preselect is not None:
            self.session.setCurrentIndex(max(0, self.session.findData(preselect)))
        self.session_label.setBuddy(self.session)
        form.addRow(self.session_label, self.session)
        layout.addLayout(form)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveSheetButton")
        self.save_button.setDefault(True)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printSheetButton")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(self.buttons)
        self.save_button.clicked.connect(lambda: self.choose(self.SAVE))
        self.print_button.clicked.connect(lambda: self.choose(self.PRINT))
        self.cancel_button.clicked.connect(self.reject)
        save_action = QAction(self)
        save_action.setShortcut(QKeySequence("Ctrl+S"))
        save_action.triggered.connect(lambda: self.choose(self.SAVE))
        print_action = QAction(self)
        print_action.setShortcut(QKeySequence("Ctrl+P"))
        print_action.triggered.connect(lambda: self.choose(self.PRINT))
        self.addActions([save_action, print_action])
        self.setMinimumWidth(460)
        self.retranslate()
        self.session.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Attendance sheet"))
        self.session_label.setText(self.tr("&Session:"))
        for index, s in enumerate(self._sessions):
            self.session.setItemText(index, self.tr("{number}. {date}").format(
                number=s.number, date=date_text(s.held_on)))
        self.hint.setText(self.tr("The sign-in list of the enrolled participants, with blank rows for walk-ins."))
        self.save_button.setText(self.tr("Save as PDF… (Ctrl+S)"))
        self.print_button.setText(self.tr("Print… (Ctrl+P)"))
        self.cancel_button.setText(self.tr("Cancel (Esc)"))

    def session_number(self) -> int | None:
        return self.session.currentData()

    def choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


class ActivityDetailPage(QWidget):
    """One activity. ``back_requested`` asks to return to the list; ``enrolment_changed`` says the
    list's participant counts are stale."""

    back_requested = Signal()
    enrolment_changed = Signal()

    def __init__(self, ctx: AppContext, activity_id: uuid.UUID, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ActivityDetailPage")
        self.ctx = ctx
        self.activity_id = activity_id
        self._today = today
        self.grid: activities.Grid | None = None
        self._grid_seq = 0
        self._search_seq = 0
        self._shown_query: str | None = None
        self._pending: dict[tuple[uuid.UUID, uuid.UUID], AttendanceStatus] = {}
        self._marking = False
        self._refresh_after_marks = False
        self._jump_on_load = True
        self.last_dialog: QDialog | None = None  # the dialog open now (tests)
        self.last_file: Path | None = None  # the last sheet or certificates file written
        self.progress_dialog: QProgressDialog | None = None  # while certificates print
        self._build()
        self.retranslate()
        self.refresh()

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("backButton")
        top.addWidget(self.back_button)
        headings = QVBoxLayout()
        headings.setSpacing(2)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("titleLabel")
        _bold(self.title_label, 1.3)
        self.facts_label = QLabel(self)
        self.facts_label.setObjectName("factsLabel")
        self.facts_label.setWordWrap(True)
        headings.addWidget(self.title_label)
        headings.addWidget(self.facts_label)
        top.addLayout(headings, 1)
        self.sheet_button = QPushButton(self)
        self.sheet_button.setObjectName("sheetButton")
        self.certificates_button = QPushButton(self)
        self.certificates_button.setObjectName("certificatesButton")
        top.addWidget(self.sheet_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.certificates_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(top)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        outer.addWidget(self.splitter, 1)

        # left: enrolment
        left = QWidget(self.splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.enrol_box = QGroupBox(left)
        enrol = QVBoxLayout(self.enrol_box)
        self.search_edit = QLineEdit(self.enrol_box)
        self.search_edit.setObjectName("enrolSearch")
        self.search_edit.setClearButtonEnabled(True)
        enrol.addWidget(self.search_edit)
        self.results = PersonResultsModel(self)
        self.results_proxy = PersonSortProxy(self)
        self.results_proxy.setSourceModel(self.results)
        self.results_view = _table(self.enrol_box, "enrolResults")
        self.results_view.setModel(self.results_proxy)
        self.results_view.setSortingEnabled(True)
        self.results_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        for column in (PersonResultsModel.PHONE, PersonResultsModel.CITIZENSHIP):
            self.results_view.setColumnHidden(column, True)
        results_header = self.results_view.horizontalHeader()
        results_header.setStretchLastSection(False)
        results_header.setSectionResizeMode(PersonResultsModel.LATIN_NAME, QHeaderView.ResizeMode.Stretch)
        results_header.setSectionResizeMode(PersonResultsModel.NATIVE_NAME, QHeaderView.ResizeMode.Stretch)
        results_header.setSectionResizeMode(PersonResultsModel.BIRTH_DATE, QHeaderView.ResizeMode.ResizeToContents)
        enrol.addWidget(self.results_view, 1)
        enrol_buttons = QHBoxLayout()
        self.enrol_button = QPushButton(self.enrol_box)
        self.enrol_button.setObjectName("enrolButton")
        self.walk_in_button = QPushButton(self.enrol_box)
        self.walk_in_button.setObjectName("walkInButton")
        enrol_buttons.addWidget(self.enrol_button)
        enrol_buttons.addWidget(self.walk_in_button)
        enrol_buttons.addStretch(1)
        enrol.addLayout(enrol_buttons)
        self.enrol_status = QLabel(self.enrol_box)
        self.enrol_status.setObjectName("enrolStatus")
        self.enrol_status.setWordWrap(True)
        enrol.addWidget(self.enrol_status)
        left_layout.addWidget(self.enrol_box, 3)

        self.waiting_box = QGroupBox(left)
        waiting = QVBoxLayout(self.waiting_box)
        self.waiting = EnrolmentModel(self)
        self.waiting_view = _table(self.waiting_box, "waitingView")
        self.waiting_view.setModel(self.waiting)
        self.waiting_view.setColumnHidden(EnrolmentModel.STATUS, True)
        waiting_header = self.waiting_view.horizontalHeader()
        waiting_header.setSectionResizeMode(EnrolmentModel.PLACE, QHeaderView.ResizeMode.ResizeToContents)
        waiting_header.setSectionResizeMode(EnrolmentModel.NAME, QHeaderView.ResizeMode.Stretch)
        waiting_header.setSectionResizeMode(EnrolmentModel.NATIVE_NAME, QHeaderView.ResizeMode.Stretch)
        waiting.addWidget(self.waiting_view, 1)
        left_layout.addWidget(self.waiting_box, 2)

        # right: attendance
        right = QWidget(self.splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.attendance_box = QGroupBox(right)
        attendance = QVBoxLayout(self.attendance_box)
        buttons = QHBoxLayout()
        self.today_button = QPushButton(self.attendance_box)
        self.today_button.setObjectName("todayButton")
        buttons.addWidget(self.today_button)
        buttons.addSpacing(12)
        self.mark_buttons: dict[AttendanceStatus, QPushButton] = {}
        for status in AttendanceStatus:
            button = QPushButton(self.attendance_box)
            button.setObjectName(f"mark_{status.value}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the grid keeps the focus and its selection
            button.clicked.connect(lambda _checked=False, s=status: self.mark_selected(s))
            self.mark_buttons[status] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.withdraw_button = QPushButton(self.attendance_box)
        self.withdraw_button.setObjectName("withdrawButton")
        buttons.addWidget(self.withdraw_button)
        # a session or the activity did not take place (coordinators, administrators)
        self.cancel_session_button = QPushButton(self.attendance_box)
        self.cancel_session_button.setObjectName("cancelSessionButton")
        self.cancel_session_button.clicked.connect(self.cancel_current_session)
        self.cancel_activity_button = QPushButton(self.attendance_box)
        self.cancel_activity_button.setObjectName("cancelActivityButton")
        self.cancel_activity_button.clicked.connect(self.cancel_this_activity)
        # the event the activity belongs to (its tag: an indicator may count by it)
        self.tag_button = QPushButton(self.attendance_box)
        self.tag_button.setObjectName("tagButton")
        self.tag_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tag_button.clicked.connect(self.change_tag)
        self.tag_button.setVisible(self.ctx.actor is not None and allowed(self.ctx.actor.role, Action.ACTIVITY_TAG))
        buttons.addWidget(self.tag_button)
        may_cancel = self.ctx.actor is not None and allowed(self.ctx.actor.role, Action.ACTIVITY_CANCEL)
        for button in (self.cancel_session_button, self.cancel_activity_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setVisible(may_cancel)
            buttons.addWidget(button)
        attendance.addLayout(buttons)
        self.keys_hint = QLabel(self.attendance_box)
        self.keys_hint.setObjectName("keysHint")
        self.keys_hint.setWordWrap(True)
        self.keys_hint.setEnabled(False)
        attendance.addWidget(self.keys_hint)
        self.model = AttendanceModel(self)
        self.view = AttendanceView(self.attendance_box)
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultSectionSize(54)
        header.setMinimumSectionSize(40)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        attendance.addWidget(self.view, 1)
        self.summary_label = QLabel(self.attendance_box)
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setWordWrap(True)
        attendance.addWidget(self.summary_label)
        self.status_label = QLabel(self.attendance_box)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        attendance.addWidget(self.status_label)
        right_layout.addWidget(self.attendance_box)

        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([400, 960])

        # behaviour
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.installEventFilter(self)
        self.results_view.installEventFilter(self)
        self.results_view.activated.connect(lambda _i: self.enrol_selected())
        self.view.mark_requested.connect(self._mark_requested)

        self.back_button.clicked.connect(self.back_requested)
        self.enrol_button.clicked.connect(self.enrol_selected)
        self.walk_in_button.clicked.connect(self.add_walk_in)
        self.today_button.clicked.connect(self.jump_to_today)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.sheet_button.clicked.connect(self.choose_and_print_sheet)
        self.certificates_button.clicked.connect(self.issue_certificates)
        for keys, slot in ((ENROL_SEARCH_KEYS, self.focus_search), (WALK_IN_KEYS, self.add_walk_in),
                           (TODAY_KEYS, self.jump_to_today), (SHEET_KEYS, self.choose_and_print_sheet),
                           (CERTIFICATES_KEYS, self.issue_certificates), (WITHDRAW_KEYS, self.withdraw_selected),
                           (BACK_KEYS, self.back_requested.emit)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

        role = self.ctx.actor.role if self.ctx.actor else None
        self.certificates_button.setVisible(role in certificates.ISSUERS)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← Activities (Alt+Left)"))
        self.sheet_button.setText(self.tr("Attendance sheet… (Ctrl+P)"))
        self.certificates_button.setText(self.tr("Issue certificates… (Ctrl+Shift+C)"))
        self.certificates_button.setToolTip(self.tr("For everyone who meets the completion rule: one PDF, "
                                                    "a page each."))
        self.enrol_box.setTitle(self.tr("Enrol (Ctrl+E)"))
        self.search_edit.setPlaceholderText(self.tr("Find a person: name in any script, phone, PESEL"))
        self.enrol_button.setText(self.tr("Enrol (Enter)"))
        self.walk_in_button.setText(self.tr("Add walk-in… (Ctrl+N)"))
        self.walk_in_button.setToolTip(self.tr("Register someone not yet registered (consent first) and enrol them."))
        self.attendance_box.setTitle(self.tr("Attendance"))
        self.today_button.setText(self.tr("Today's session (Ctrl+T)"))
        for status, button in self.mark_buttons.items():
            button.setText(self.tr("{status} ({key})").format(status=enum_text(status), key=short_text(status)))
        self.withdraw_button.setText(self.tr("Withdraw… (Ctrl+Shift+Del)"))
        self.withdraw_button.setToolTip(self.tr("Withdraw the selected participant; the first on the waiting list "
                                                "takes the place."))
        self.cancel_session_button.setText(self.tr("Cancel session…"))
        self.cancel_session_button.setToolTip(self.tr("The selected session did not take place: it then counts "
                                                      "nowhere (figures, hours, completion)."))
        self.cancel_activity_button.setText(self.tr("Cancel activity…"))
        self.tag_button.setText(self.tr("Event (tag)…"))
        self.tag_button.setToolTip(self.tr("The event or series the activity belongs to: an indicator can count "
                                           "only the activities of one event."))
        keys = " / ".join(short_text(s) for s in AttendanceStatus)
        self.keys_hint.setText(self.tr("{keys} or 1 / 2 / 3: present / absent / excused for the selected cells, "
                                       "then down to the next person · Space: cycle · arrows: move · "
                                       "Shift+arrows: select several").format(keys=keys))
        self.results.retranslate()
        self.model.retranslate()
        self.waiting.retranslate()
        self._show_grid_texts()
        self._show_search_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # The grid may have been filled before the page had its size: scroll once it has.
        QTimer.singleShot(0, self._scroll_to_current)

    def _scroll_to_current(self) -> None:
        current = self.view.currentIndex()
        if current.isValid():
            self.view.scrollTo(current, QAbstractItemView.ScrollHint.PositionAtCenter)

    # -- loading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the activity's grid from the service (in the background)."""
        if self.ctx.actor is None:
            return
        if self._marking or self._pending:
            self._refresh_after_marks = True
            return
        self._grid_seq += 1
        seq = self._grid_seq
        db, actor, activity_id = self.ctx.db, self.ctx.actor, self.activity_id
        self.ctx.runner.run_in_background(
            lambda _p: activities.grid(db, actor, activity_id),
            lambda grid: self._show_grid(seq, grid),
            lambda exc: self._grid_failed(seq, exc))

    def _show_grid(self, seq: int, grid: activities.Grid) -> None:
        if seq != self._grid_seq:
            return
        current = self.view.currentIndex()
        keep_person = current.data(IdRole) if current.isValid() else None
        keep_session = self.model.session_at(current.column()) if current.isValid() else None
        self.grid = grid
        self.model.set_grid(grid, self.today)
        self.waiting.set_rows([p for p in grid.participants if p.status == EnrolmentStatus.WAITING])
        self._fit_grid_columns()
        if keep_person is not None:
            row = self.model.row_of_person(keep_person)
            column = self.model.column_of_session(keep_session.id) if keep_session else current.column()
            if row >= 0 and column >= 0:
                self.view.setCurrentIndex(self.model.index(row, column))
        self._show_grid_texts()
        if self._jump_on_load:
            self._jump_on_load = False
            if any(s.held_on == self.today for s in grid.sessions):
                self.jump_to_today(focus=False)

    def _grid_failed(self, seq: int, exc: BaseException) -> None:
        if seq == self._grid_seq:
            self._show_status(failure_text(exc), error=True)

    def _fit_grid_columns(self) -> None:
        header = self.view.horizontalHeader()
        metrics = self.view.fontMetrics()
        names = [metrics.horizontalAdvance(p.name) for p in self.model.participants()]
        header.resizeSection(AttendanceModel.NAME, min(max([180, *names]) + 24, 320))
        for column in (AttendanceModel.PRESENT, AttendanceModel.COMPLETED):
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            header.resizeSection(column, max(metrics.horizontalAdvance(title or "") + 24, 80))
        self.view.verticalHeader().setDefaultSectionSize(metrics.height() + 12)

    def _show_grid_texts(self) -> None:
        grid = self.grid
        if grid is None:
            self.title_label.setText(self.tr("Loading…"))
            self.facts_label.clear()
            self.summary_label.clear()
            self.waiting_box.setTitle(self.tr("Waiting list"))
            return
        self.title_label.setText(grid.title)
        enrolled = self.model.rowCount()
        waiting = self.waiting.rowCount()
        dates = ""
        if grid.sessions:
            first, last = grid.sessions[0].held_on, grid.sessions[-1].held_on
            dates = date_text(first) if first == last else f"{date_text(first)} – {date_text(last)}"
        parts = [enum_text(grid.kind), self.tr("%n session(s)", "", len(grid.sessions))]
        if grid.tag:
            parts.insert(1, self.tr("event: {tag}").format(tag=grid.tag))
        if dates:
            parts.append(dates)
        parts.append(self.tr("%n enrolled", "", enrolled))
        if waiting:
            parts.append(self.tr("%n on the waiting list", "", waiting))
        parts.append(self.tr("completed at {percent}% of the sessions attended").format(
            percent=grid.completion_percent))
        if grid.cancelled:
            parts.insert(0, self.tr("CANCELLED: {reason}").format(reason=grid.cancel_reason or "—"))
        self.cancel_activity_button.setEnabled(not grid.cancelled)
        self.cancel_session_button.setEnabled(not grid.cancelled)
        self.facts_label.setText(" · ".join(parts))
        self.waiting_box.setTitle(self.tr("Waiting list ({count})").format(count=waiting))
        self._show_summary()

    def _show_summary(self) -> None:
        participants = self.model.participants()
        done = sum(1 for p in participants if p.completed)
        if not participants:
            self.summary_label.setText(self.tr("No one is enrolled yet: find people on the left (Ctrl+E)."))
            return
        self.summary_label.setText(self.tr("{done} of {count} participants meet the completion rule "
                                           "(present at {percent}% of the sessions or more).").format(
            done=done, count=len(participants), percent=self.model.completion_percent()))

    def _show_status(self, text: str, error: bool = False) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE if error else "")
        self.status_label.setText(text)

    # -- enrolment search -----------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def run_search(self) -> None:
        self._search_timer.stop()
        query = self.search_edit.text().strip()
        self._search_seq += 1
        seq = self._search_seq
        if not query:
            self._show_results(seq, query, [])
            return
        db = self.ctx.db
        self.ctx.runner.run_in_background(
            lambda _p: people.search(db, query),
            lambda hits: self._show_results(seq, query, hits),
            lambda exc: self._search_failed(seq, exc))

    def _show_results(self, seq: int, query: str, hits: list[people.PersonHit]) -> None:
        if seq != self._search_seq:
            return  # typed on; a newer search is coming
        self._shown_query = query
        self.results.set_rows(hits)
        self._show_search_status()

    def _search_failed(self, seq: int, exc: BaseException) -> None:
        if seq == self._search_seq:
            self.enrol_status.setText(failure_text(exc))

    def _show_search_status(self) -> None:
        if not self._shown_query:
            text = self.tr("Type a name, then Down and Enter to enrol. Not registered yet? Ctrl+N.")
        elif self.results.rowCount() == 0:
            text = self.tr("No one found for “{query}”: add them as a walk-in (Ctrl+N).").format(
                query=self._shown_query)
        else:
            text = self.tr("%n person(s) found. Down: results · Enter: enrol", "", self.results.rowCount())
        self.enrol_status.setStyleSheet("")
        self.enrol_status.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if watched is self.search_edit:
                if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    if self._search_timer.isActive():
                        self.run_search()
                    self.focus_results()
                    return True
                if key == Qt.Key.Key_Escape and self.search_edit.text():
                    self.search_edit.clear()
                    return True
            elif watched is self.results_view:
                if (key == Qt.Key.Key_Up and self.results_view.currentIndex().row() <= 0) \
                        or key == Qt.Key.Key_Escape:
                    self.focus_search()
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.enrol_selected()
                    return True
        return super().eventFilter(watched, event)

    def focus_results(self) -> None:
        if self.results_proxy.rowCount() == 0:
            return
        self.results_view.setFocus(Qt.FocusReason.OtherFocusReason)
        view = self.results_view
        if not view.currentIndex().isValid() or not view.selectionModel().hasSelection():
            view.selectRow(max(0, view.currentIndex().row()))

    def selected_hit(self) -> people.PersonHit | None:
        index = self.results_view.currentIndex()
        if not index.isValid() or not self.results_view.selectionModel().isRowSelected(index.row()):
            return None
        return index.data(RowRole)

    # -- enrolling ------------------------------------------------------------------------------

    def enrol_selected(self) -> None:
        """Enrol the person selected in the results (Enter)."""
        hit = self.selected_hit()
        if hit is None:
            self.focus_results()
            hit = self.selected_hit()
            if hit is None:
                return
        self.enrol(hit.id, hit.latin_name)

    def enrol(self, person_id: uuid.UUID, name: str) -> None:
        known = next((p for p in (self.grid.participants if self.grid else []) if p.person_id == person_id), None)
        if known is not None:
            self._enrol_message(self.tr("{name} is already on this activity ({status}).").format(
                name=name, status=enum_text(known.status)))
            return
        db, actor, activity_id = self.ctx.db, self.ctx.actor, self.activity_id
        self.ctx.runner.run_in_background(
            lambda _p: activities.enrol(db, actor, activity_id, person_id),
            lambda status: self._enrolled(name, status),
            lambda exc: self._enrol_message(failure_text(exc), error=True))

    def _enrolled(self, name: str, status: EnrolmentStatus) -> None:
        if status == EnrolmentStatus.WAITING:
            self._enrol_message(self.tr("The activity is full: {name} is on the waiting list.").format(name=name))
        else:
            self._enrol_message(self.tr("{name} is enrolled.").format(name=name))
        self.refresh()
        self.enrolment_changed.emit()
        self.focus_search()  # ready for the next person

    def _enrol_message(self, text: str, error: bool = False) -> None:
        self.enrol_status.setStyleSheet(ERROR_STYLE if error else "")
        self.enrol_status.setText(text)

    def add_walk_in(self) -> None:
        """Register a walk-in with the desk's registration (consent first), then enrol them (Ctrl+N)."""
        dialog = RegisterDialog(self.ctx, self.search_edit.text(), self)
        accepted = self._run(dialog)
        if accepted and dialog.registered_id is not None:
            data, _ = dialog.form.person_input()
            self.enrol(dialog.registered_id, f"{data.given_name} {data.family_name}".strip())
        elif dialog.open_existing_id is not None:
            self.enrol(dialog.open_existing_id, self.tr("The person chosen"))
        elif dialog.anonymous_requested:
            self._enrol_message(self.tr("Without consent to data processing no one can be enrolled; they may "
                                        "still sign the paper sheet as a walk-in."), error=True)

    def _run(self, dialog: QDialog) -> bool:
        self.last_dialog = dialog
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            self.last_dialog = None
            dialog.deleteLater()

    def withdraw_selected(self) -> None:
        """Withdraw the participant selected in the grid, or in the waiting list when it has the focus."""
        if self.waiting_view.hasFocus() and self.waiting_view.currentIndex().isValid():
            person = self.waiting_view.currentIndex().data(RowRole)
        else:
            index = self.view.currentIndex()
            person = index.data(RowRole) if index.isValid() else None
        if person is None:
            self._show_status(self.tr("Select the participant to withdraw first."))
            return
        answer = QMessageBox.question(
            self, self.tr("Withdraw participant"),
            self.tr("Withdraw {name} from this activity? Their attendance so far is kept.").format(name=person.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, actor, activity_id, person_id = self.ctx.db, self.ctx.actor, self.activity_id, person.person_id
        self.ctx.runner.run_in_background(
            lambda _p: activities.withdraw(db, actor, activity_id, person_id),
            lambda moved: self._withdrawn(person.name, moved),
            lambda exc: self._show_status(failure_text(exc), error=True))

    def _withdrawn(self, name: str, moved_up: uuid.UUID | None) -> None:
        text = self.tr("{name} is withdrawn.").format(name=name)
        if moved_up is not None:
            who = next((p.name for p in self.waiting.rows() if p.person_id == moved_up), "")
            text += " " + self.tr("{name} moves up from the waiting list.").format(name=who)
        self._show_status(text)
        self.refresh()
        self.enrolment_changed.emit()

    # -- attendance -----------------------------------------------------------------------------

    def _mark_requested(self, cells: list, status: AttendanceStatus | None) -> None:
        marked = self.mark_cells(cells, status)
        if marked and status is not None and len(cells) == 1:
            self.view.move_down()

    def mark_selected(self, status: AttendanceStatus) -> None:
        """The Present / Absent / Excused buttons: the selected cells, as the keys do."""
        self._mark_requested(self.view.selected_cells(), status)
        self.view.setFocus()

    def mark_cells(self, cells: list[tuple[int, int]], status: AttendanceStatus | None) -> int:
        """Mark cells (``status`` None cycles each); shows at once, saves in the background.
        Returns how many session cells were marked."""
        count = 0
        for row, column in cells:
            session = self.model.session_at(column)
            person = self.model.participant(row)
            if session is None or person is None:
                continue
            new = status if status is not None else next_status(self.model.status(row, column))
            self.model.set_mark(row, column, new)
            self._pending[(session.id, person.person_id)] = new
            count += 1
        if count == 0 and cells:
            self._show_status(self.tr("Move to a session's column first (arrows or Ctrl+T)."))
            return 0
        self._show_summary()
        self._save_marks()
        return count

    # -- cancelling ------------------------------------------------------------------------------

    def _ask_reason(self, title: str, label: str) -> str | None:
        from PySide6.QtWidgets import QInputDialog
        text, ok = QInputDialog.getText(self, title, label)
        return text if ok else None

    def cancel_current_session(self) -> None:
        current = self.view.currentIndex()
        session = self.model.session_at(current.column()) if current.isValid() else None
        if session is None:
            self._show_status(self.tr("Choose a session's column first."), error=True)
            return
        reason = self._ask_reason(self.tr("Cancel session {number}").format(number=session.number),
                                  self.tr("Why did session {number} ({date}) not take place?").format(
                                      number=session.number, date=date_text(session.held_on)))
        if reason is None:
            return
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.runner.run_in_background(lambda _p: activities.cancel_session(db, actor, session.id, reason),
                                          lambda _r: self._cancelled(), self._cancel_failed)

    def _ask_tag(self, tags: list[str], current: str) -> str | None:
        from PySide6.QtWidgets import QInputDialog
        items = [current, *[t for t in tags if t != current]] if current else ["", *tags]
        text, ok = QInputDialog.getItem(self, self.tr("Event (tag)"),
                                        self.tr("The event this activity belongs to (empty: none):"), items, 0, True)
        return text if ok else None

    def change_tag(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        current = (self.grid.tag if self.grid is not None else None) or ""
        self.ctx.runner.run_in_background(lambda _p: activities.tags_in_use(db, actor),
                                          lambda tags: self._tag_chosen(tags, current), self._cancel_failed)

    def _tag_chosen(self, tags: list[str], current: str) -> None:
        tag = self._ask_tag(tags, current)
        if tag is None or tag.strip() == current:
            return
        db, actor, activity_id = self.ctx.db, self.ctx.actor, self.activity_id
        self.ctx.runner.run_in_background(lambda _p: activities.set_tag(db, actor, activity_id, tag),
                                          lambda _r: self.refresh(), self._cancel_failed)

    def cancel_this_activity(self) -> None:
        reason = self._ask_reason(self.tr("Cancel activity"), self.tr("Why did this activity not take place?"))
        if reason is None:
            return
        db, actor, activity_id = self.ctx.db, self.ctx.actor, self.activity_id
        self.ctx.runner.run_in_background(lambda _p: activities.cancel_activity(db, actor, activity_id, reason),
                                          lambda _r: self._cancelled(), self._cancel_failed)

    def _cancelled(self) -> None:
        self._show_status(self.tr("Cancelled: it counts nowhere from now on."))
        self.refresh()

    def _cancel_failed(self, exc: BaseException) -> None:
        self._show_status(failure_text(exc), error=True)

    def _save_marks(self) -> None:
        if self._marking or not self._pending:
            return
        batch = list(self._pending.items())
        self._pending.clear()
        self._marking = True
        db, actor = self.ctx.db, self.ctx.actor

        def save(_progress) -> int:
            for (session_id, person_id), status in batch:
                activities.mark(db, actor, session_id, person_id, status)
            return len(batch)

        self.ctx.runner.run_in_background(save, self._marks_saved, self._marks_failed)

    def _marks_saved(self, _count: int) -> None:
        self._marking = False
        if self._pending:
            self._save_marks()
        elif self._refresh_after_marks:
            self._refresh_after_marks = False
            self.refresh()

    def _marks_failed(self, exc: BaseException) -> None:
        self._marking = False
        self._pending.clear()
        self._refresh_after_marks = False
        self._show_status(self.tr("The attendance was not saved: {reason} The grid shows what is saved.").format(
            reason=failure_text(exc)), error=True)
        self.refresh()

    def saving(self) -> bool:
        """True while marks wait to be saved (leave the page only when this is False)."""
        return self._marking or bool(self._pending)

    def today_session(self) -> activities.SessionCol | None:
        """Today's session; else the next one; else the last one."""
        sessions = self.model.sessions()
        if not sessions:
            return None
        for s in sessions:
            if s.held_on == self.today:
                return s
        upcoming = [s for s in sessions if s.held_on > self.today]
        return upcoming[0] if upcoming else sessions[-1]

    def jump_to_today(self, focus: bool = True) -> None:
        """Put the cursor in today's session column, first participant (Ctrl+T)."""
        session = self.today_session()
        if session is None:
            self._show_status(self.tr("This activity has no sessions."))
            return
        column = self.model.column_of_session(session.id)
        row = max(0, self.view.currentIndex().row()) if self.view.currentIndex().isValid() else 0
        if self.model.rowCount():
            index = self.model.index(min(row, self.model.rowCount() - 1), column)
            self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.view.scrollTo(index)
        if session.held_on == self.today:
            self._show_status(self.tr("Session {number} is today: mark who came.").format(number=session.number))
        else:
            self._show_status(self.tr("No session today; this is session {number} on {date}.").format(
                number=session.number, date=date_text(session.held_on)))
        if focus:
            self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- attendance sheet -----------------------------------------------------------------------

    def _default_session_number(self) -> int | None:
        current = self.model.session_at(self.view.currentIndex().column()) if self.view.currentIndex().isValid() \
            else None
        session = current or self.today_session()
        return session.number if session else None

    def choose_and_print_sheet(self) -> None:
        """Ask which session, then save its sheet as PDF or open it for printing (Ctrl+P)."""
        sessions = self.model.sessions()
        if not sessions:
            self._show_status(self.tr("This activity has no sessions."))
            return
        dialog = SheetDialog(sessions, self._default_session_number(), self)
        if not self._run_keep(dialog):
            return
        number, choice = dialog.session_number(), dialog.choice
        dialog.deleteLater()
        if choice == SheetDialog.PRINT:
            self.print_sheet(number)
        else:
            self.save_sheet(number)

    def _run_keep(self, dialog: QDialog) -> bool:
        self.last_dialog = dialog
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            self.last_dialog = None

    def save_sheet(self, session_number: int | None) -> None:
        """Ask where, then write the sheet there in the background."""
        title = self.grid.title if self.grid else ""
        session = next((s for s in self.model.sessions() if s.number == session_number), None)
        suggested = "attendance_{title}_{number}{date}.pdf".format(
            title=safe_file_part(title), number=session_number or "",
            date=f"_{session.held_on.isoformat()}" if session else "")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save attendance sheet"), str(documents_folder() / suggested), self.tr("PDF files (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self._write_sheet(session_number, Path(path), open_after=False)

    def print_sheet(self, session_number: int | None) -> None:
        """Write the sheet to a temporary file and open it in the system's PDF viewer, which prints
        it (Qt for Python has no PDF renderer here to drive the print dialog with)."""
        folder = Path(tempfile.mkdtemp(prefix="wic-desk-sheet-"))
        self._write_sheet(session_number, folder / f"attendance_{safe_file_part(self.grid.title if self.grid else '')}"
                                                  f"_{session_number or ''}.pdf", open_after=True)

    def _write_sheet(self, session_number: int | None, path: Path, open_after: bool) -> None:
        self._show_status(self.tr("Writing the attendance sheet…"))
        self.sheet_button.setEnabled(False)
        db, actor, activity_id, today = self.ctx.db, self.ctx.actor, self.activity_id, self.today
        self.ctx.runner.run_in_background(
            lambda _p: sheets.attendance_sheet(db, actor, activity_id, session_number, path, today=today),
            lambda written: self._sheet_written(Path(written), open_after),
            self._sheet_failed)

    def _sheet_written(self, path: Path, open_after: bool) -> None:
        self.sheet_button.setEnabled(True)
        self.last_file = path
        if open_after:
            self._show_status(self.tr("The sheet is open in the PDF viewer: print it from there."))
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        else:
            self._show_status(self.tr("Attendance sheet saved: {path}").format(path=str(path)))

    def _sheet_failed(self, exc: BaseException) -> None:
        self.sheet_button.setEnabled(True)
        self._show_status(failure_text(exc), error=True)

    # -- certificates ---------------------------------------------------------------------------

    def issue_certificates(self) -> None:
        """Certificates for everyone who completed: ask where, then print them in the background
        with a progress dialog that can be cancelled; offer to open the PDF (Ctrl+Shift+C)."""
        if self.ctx.actor is None or self.ctx.actor.role not in certificates.ISSUERS:
            return
        if self.saving():
            self._show_status(self.tr("Attendance is still being saved; try again in a moment."))
            return
        done = [p for p in self.model.participants() if p.completed]
        if not done:
            self._show_status(self.tr("No participant meets the completion rule yet."), error=True)
            return
        title = self.grid.title if self.grid else ""
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save certificates"), str(documents_folder() / f"certificates_{safe_file_part(title)}.pdf"),
            self.tr("PDF files (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        out = Path(path)
        progress = QProgressDialog(self.tr("Printing %n certificate(s)…", "", len(done)), self.tr("Cancel"),
                                   0, len(done), self)
        progress.setObjectName("certificatesProgress")
        progress.setWindowTitle(self.tr("Issue certificates"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)
        self.progress_dialog = progress
        self.certificates_button.setEnabled(False)
        holder: dict[str, object] = {}

        def cancel() -> None:
            job = holder.get("job")
            if job is not None:
                job.cancel()
            self._certificates_cancelled()

        progress.canceled.connect(cancel)
        db, actor, activity_id = self.ctx.db, self.ctx.actor, self.activity_id
        holder["job"] = self.ctx.runner.run_in_background(
            lambda report: certificates.issue_batch(db, actor, activity_id, out, one_file=True, progress=report),
            self._certificates_issued, self._certificates_failed,
            lambda done_, total, _what: self._certificates_progress(done_, total))

    def _certificates_progress(self, done: int, total: int) -> None:
        progress = self.progress_dialog
        if progress is not None:
            progress.setMaximum(total)
            progress.setValue(done)

    def _close_progress(self) -> None:
        progress = self.progress_dialog
        self.progress_dialog = None
        if progress is not None:
            progress.blockSignals(True)
            progress.close()
            progress.deleteLater()
        self.certificates_button.setEnabled(True)

    def _certificates_cancelled(self) -> None:
        self._close_progress()
        self._show_status(self.tr("Printing cancelled. Certificates already issued keep their numbers and print "
                                  "the same next time."))

    def _certificates_issued(self, result: certificates.BatchResult) -> None:
        self._close_progress()
        path = result.files[0] if result.files else None
        self.last_file = path
        text = self.tr("%n certificate(s) printed", "", len(result.certificates)) + " · " + \
            self.tr("new: {issued}, printed again: {reprinted}").format(issued=result.issued,
                                                                       reprinted=result.reprinted)
        self._show_status(f"{text} · {path}")
        if path is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Certificates ready"), text + "\n\n" + self.tr("Open the PDF now?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _certificates_failed(self, exc: BaseException) -> None:
        self._close_progress()
        self._show_status(failure_text(exc), error=True)
