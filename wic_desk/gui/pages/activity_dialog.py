"""Creating a group activity: what it is, who runs it, where, for how many, and its sessions.

A meeting has one session, a course many: "Add session" (Ctrl+Ins) copies the last row a week
later, so a weekly course is typed in a few key presses. Ctrl+Del removes the session row the
cursor is in. Ctrl+Enter creates the activity, Escape cancels. The service checks the data; its
message appears under the field it names (``ValidationError.field``).

``initial`` fills the form from an ``ActivityInput`` (to start from a copy of another activity).
After ``exec()`` the new activity's id is in ``activity_id``.
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTime
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from wic_desk.domain.enums import ActivityKind
from wic_desk.domain.errors import ValidationError
from wic_desk.gui.context import AppContext
from wic_desk.gui.i18n import enum_text, error_text
from wic_desk.gui.widgets.desk_feedback import failure_text
from wic_desk.gui.widgets.person_form import ERROR_STYLE
from wic_desk.services import activities, projects

ADD_SESSION_KEYS = "Ctrl+Ins"
REMOVE_SESSION_KEYS = "Ctrl+Del"
DEFAULT_START = dt.time(10, 0)
DEFAULT_HOURS = 2.0
MAX_CAPACITY = 1000


def _to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(f"{name}Error")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    label.hide()
    return label


class SessionRow:
    """The editors of one session row."""

    def __init__(self, parent: QWidget, data: activities.SessionInput) -> None:
        self.date = QDateEdit(parent)
        self.date.setObjectName("sessionDate")
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.date.setCalendarPopup(True)
        self.date.setDate(_to_qdate(data.held_on))
        self.start = QTimeEdit(parent)
        self.start.setObjectName("sessionStart")
        self.start.setDisplayFormat("HH:mm")
        start = data.start_time or DEFAULT_START
        self.start.setTime(QTime(start.hour, start.minute))
        self.hours = QDoubleSpinBox(parent)
        self.hours.setObjectName("sessionHours")
        self.hours.setDecimals(2)
        self.hours.setRange(0.25, 24.0)
        self.hours.setSingleStep(0.5)
        self.hours.setValue(data.hours)
        self.hours.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        self.place = QLineEdit(parent)
        self.place.setObjectName("sessionPlace")
        self.place.setMaxLength(200)
        self.place.setText(data.place or "")

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.date, self.start, self.hours, self.place)

    def value(self) -> activities.SessionInput:
        start = self.start.time()
        return activities.SessionInput(
            held_on=_from_qdate(self.date.date()), hours=round(self.hours.value(), 2),
            start_time=dt.time(start.hour(), start.minute()), place=self.place.text().strip() or None)


class ActivityDialog(QDialog):
    """Create an activity with its sessions (coordinators and administrators)."""

    DATE, START, HOURS, PLACE = range(4)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 initial: activities.ActivityInput | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ActivityDialog")
        self.ctx = ctx
        self.today = today or dt.date.today()
        self.activity_id: uuid.UUID | None = None
        self._saving = False
        self._rows: list[SessionRow] = []
        self._build()
        self.retranslate()
        self._fill(initial)
        self.kind.setFocus()

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        columns = QHBoxLayout()
        outer.addLayout(columns, 1)

        self.about_box = QGroupBox(self)
        about = QVBoxLayout(self.about_box)
        form = QFormLayout()
        about.addLayout(form)
        about.addStretch(1)  # the rows keep their height; the space left goes below them
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind = QComboBox(self.about_box)
        self.kind.setObjectName("kind")
        for kind in ActivityKind:
            self.kind.addItem("", kind)
        self.title = QLineEdit(self.about_box)
        self.title.setObjectName("title")
        self.title.setMaxLength(200)
        self.description = QPlainTextEdit(self.about_box)
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.facilitator = QLineEdit(self.about_box)
        self.facilitator.setObjectName("facilitator")
        self.facilitator.setMaxLength(200)
        self.place = QLineEdit(self.about_box)
        self.place.setObjectName("place")
        self.place.setMaxLength(200)
        self.capacity = QSpinBox(self.about_box)
        self.capacity.setObjectName("capacity")
        self.capacity.setRange(0, MAX_CAPACITY)
        self.target_group = QLineEdit(self.about_box)
        self.target_group.setObjectName("targetGroup")
        self.target_group.setMaxLength(200)
        self.completion = QSpinBox(self.about_box)
        self.completion.setObjectName("completionPercent")
        self.completion.setRange(1, 100)
        self.completion.setValue(80)
        self.completion.setSuffix(" %")
        self.project = QComboBox(self.about_box)  # filled in the background: the current project first
        self.project.setObjectName("project")
        # the event or series it belongs to: the tags in use offered (filled in the background), or a new one
        self.tag = QComboBox(self.about_box)
        self.tag.setObjectName("tag")
        self.tag.setEditable(True)
        self.tag.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.tag.lineEdit().setMaxLength(activities.MAX_TAG)

        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        for name, editor in (("kind", self.kind), ("title", self.title), ("description", self.description),
                             ("facilitator", self.facilitator), ("place", self.place),
                             ("capacity", self.capacity), ("target_group", self.target_group),
                             ("project_id", self.project), ("tag", self.tag),
                             ("completion_percent", self.completion)):
            label = QLabel(self.about_box)
            label.setBuddy(editor)
            self.labels[name] = label
            self.errors[name] = _error_label(self.about_box, name)
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(editor)
            box.addWidget(self.errors[name])
            if name == "completion_percent":
                self.completion_hint = QLabel(self.about_box)
                self.completion_hint.setWordWrap(True)
                self.completion_hint.setEnabled(False)
                box.addWidget(self.completion_hint)
            form.addRow(label, box)
        columns.addWidget(self.about_box, 1)

        self.sessions_box = QGroupBox(self)
        sessions = QVBoxLayout(self.sessions_box)
        self.table = QTableWidget(0, 4, self.sessions_box)
        self.table.setObjectName("sessionsTable")
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 16)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the editors in it take the focus
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.START, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.HOURS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.PLACE, QHeaderView.ResizeMode.Stretch)
        sessions.addWidget(self.table, 1)
        self.errors["sessions"] = _error_label(self.sessions_box, "sessions")
        sessions.addWidget(self.errors["sessions"])
        row_buttons = QHBoxLayout()
        self.add_button = QPushButton(self.sessions_box)
        self.add_button.setObjectName("addSessionButton")
        self.remove_button = QPushButton(self.sessions_box)
        self.remove_button.setObjectName("removeSessionButton")
        self.count_label = QLabel(self.sessions_box)
        row_buttons.addWidget(self.add_button)
        row_buttons.addWidget(self.remove_button)
        row_buttons.addStretch(1)
        row_buttons.addWidget(self.count_label)
        sessions.addLayout(row_buttons)
        columns.addWidget(self.sessions_box, 1)

        self.error = _error_label(self, "general")
        outer.addWidget(self.error)
        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveButton")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button in (self.save_button, self.cancel_button, self.add_button, self.remove_button):
            button.setAutoDefault(False)  # Enter moves between fields; Ctrl+Enter saves
            button.setDefault(False)
        outer.addWidget(self.buttons)

        self.save_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self.add_button.clicked.connect(self.add_session)
        self.remove_button.clicked.connect(self.remove_session)
        for keys, slot in (("Ctrl+Return", self.accept), ("Ctrl+Enter", self.accept),
                           (ADD_SESSION_KEYS, self.add_session), (REMOVE_SESSION_KEYS, self.remove_session)):
            QShortcut(QKeySequence(keys), self, slot)
        self.completion.valueChanged.connect(lambda _v: self._show_completion_hint())
        self.title.textChanged.connect(lambda _t: self.errors["title"].hide())
        self.resize(1180, 600)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New activity"))
        self.about_box.setTitle(self.tr("Activity"))
        for index, kind in enumerate(ActivityKind):
            self.kind.setItemText(index, enum_text(kind))
        texts = {
            "kind": self.tr("&Kind:"), "title": self.tr("&Title:"), "description": self.tr("&Description:"),
            "facilitator": self.tr("&Facilitator:"), "place": self.tr("&Place:"),
            "capacity": self.tr("Ca&pacity:"), "target_group": self.tr("Tar&get group:"),
            "project_id": self.tr("Counts for pro&ject:"),
            "tag": self.tr("E&vent (tag):"),
            "completion_percent": self.tr("Co&mpletion rule:"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.title.setPlaceholderText(self.tr("e.g. Polish A1, group 2"))
        self.place.setPlaceholderText(self.tr("Where the sessions are held, unless a session says otherwise"))
        self.target_group.setPlaceholderText(self.tr("e.g. adults from Ukraine, children 7-12"))
        self.tag.lineEdit().setPlaceholderText(self.tr("e.g. Skovoroda Fest 2023 (optional)"))
        self.tag.setToolTip(self.tr("The event or series the activity belongs to: an indicator can count "
                                    "only the activities of one event."))
        self.capacity.setSpecialValueText(self.tr("No limit"))
        self.capacity.setToolTip(self.tr("When the places are taken, further people go on the waiting list."))
        self._show_completion_hint()
        self.sessions_box.setTitle(self.tr("Sessions"))
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Start"), self.tr("Hours"), self.tr("Place")])
        self.add_button.setText(self.tr("&Add session (Ctrl+Ins)"))
        self.add_button.setToolTip(self.tr("A new row one week after the last session, same time and place."))
        self.remove_button.setText(self.tr("&Remove session (Ctrl+Del)"))
        self.save_button.setText(self.tr("Create (Ctrl+Enter)"))
        self.cancel_button.setText(self.tr("Cancel (Esc)"))
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_completion_hint(self) -> None:
        self.completion_hint.setText(self.tr("Completed when present at {percent}% of the sessions or more "
                                             "(100% = every session).").format(percent=self.completion.value()))

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%n session(s)", "", len(self._rows)))
        self.remove_button.setEnabled(len(self._rows) > 1)

    def _load_projects(self, chosen: uuid.UUID | None) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.runner.run_in_background(lambda _p: projects.list_projects(db, actor),
                                          lambda rows: self._show_projects(rows, chosen), lambda _exc: None)

    def _show_projects(self, rows: list, chosen: uuid.UUID | None) -> None:
        self.project.clear()
        for row in rows:  # the current project comes first
            self.project.addItem(row.name, row.id)
        if chosen is not None:
            self.project.setCurrentIndex(max(0, self.project.findData(chosen)))

    def _load_tags(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.runner.run_in_background(lambda _p: activities.tags_in_use(db, actor), self._show_tags,
                                          lambda _exc: None)

    def _show_tags(self, tags: list[str]) -> None:
        current = self.tag.currentText()
        self.tag.clear()
        self.tag.addItem("")
        for tag in tags:
            self.tag.addItem(tag)
        self.tag.setCurrentText(current)

    def _fill(self, initial: activities.ActivityInput | None) -> None:
        self._load_projects(initial.project_id if initial is not None else None)
        self._load_tags()
        if initial is not None:
            self.tag.setCurrentText(initial.tag or "")
        if initial is None:
            self.add_session()
            return
        self.kind.setCurrentIndex(max(0, self.kind.findData(initial.kind)))
        self.title.setText(initial.title)
        self.description.setPlainText(initial.description or "")
        self.facilitator.setText(initial.facilitator or "")
        self.place.setText(initial.place or "")
        self.capacity.setValue(initial.capacity or 0)
        self.target_group.setText(initial.target_group or "")
        self.completion.setValue(initial.completion_percent)
        for session in initial.sessions:
            self._append(session)
        if not self._rows:
            self.add_session()

    # -- sessions -------------------------------------------------------------------------------

    def session_count(self) -> int:
        return len(self._rows)

    def session_row(self, row: int) -> SessionRow:
        return self._rows[row]

    def add_session(self) -> SessionRow:
        """Add a row: a week after the last session with its time, hours and place (today at
        10:00 for 2 hours when there is none yet), and put the cursor in its date."""
        if self._rows:
            last = self._rows[-1].value()
            data = activities.SessionInput(held_on=last.held_on + dt.timedelta(days=7), hours=last.hours,
                                           start_time=last.start_time, place=last.place)
        else:
            data = activities.SessionInput(held_on=self.today, hours=DEFAULT_HOURS, start_time=DEFAULT_START)
        row = self._append(data)
        row.date.setFocus()
        return row

    def _append(self, data: activities.SessionInput) -> SessionRow:
        row = SessionRow(self.table, data)
        number = self.table.rowCount()
        self.table.insertRow(number)
        for column, widget in enumerate(row.widgets()):
            self.table.setCellWidget(number, column, widget)
            widget.installEventFilter(self)
        self._rows.append(row)
        self.table.scrollToBottom()
        self.errors["sessions"].hide()
        self._show_count()
        return row

    def remove_session(self) -> None:
        """Remove the row the cursor is in (the last row when the cursor is elsewhere)."""
        if len(self._rows) <= 1:
            return
        number = self._row_of_focus()
        if number < 0:
            number = len(self._rows) - 1
        self.table.removeRow(number)
        del self._rows[number]
        self._rows[min(number, len(self._rows) - 1)].date.setFocus()
        self._show_count()

    def _row_of_focus(self) -> int:
        focus = self.focusWidget()
        for number, row in enumerate(self._rows):
            if focus in row.widgets():
                return number
        return -1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            number = self._row_of_focus()
            if number >= 0:
                self.table.scrollTo(self.table.model().index(number, 0))
        return super().eventFilter(watched, event)

    # -- keyboard -------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.accept()
            else:
                self.focusNextChild()  # data entry: Enter goes on to the next field
            return
        super().keyPressEvent(event)

    # -- saving ---------------------------------------------------------------------------------

    def activity_input(self) -> activities.ActivityInput:
        capacity = self.capacity.value()
        return activities.ActivityInput(
            kind=self.kind.currentData(), title=self.title.text().strip(),
            sessions=[row.value() for row in self._rows],
            description=self.description.toPlainText().strip() or None,
            facilitator=self.facilitator.text().strip() or None, place=self.place.text().strip() or None,
            capacity=capacity or None, target_group=self.target_group.text().strip() or None,
            project_id=self.project.currentData(), completion_percent=self.completion.value(),
            tag=activities.clean_tag(self.tag.currentText()))

    def accept(self) -> None:
        if self._saving:
            return
        for label in (*self.errors.values(), self.error):
            label.hide()
        data = self.activity_input()
        self._saving = True
        self.save_button.setEnabled(False)
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.runner.run_in_background(lambda _p: activities.create(db, actor, data), self._saved, self._failed)

    def _saved(self, activity_id: uuid.UUID) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.activity_id = activity_id
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            field = "sessions" if exc.field == "hours" else exc.field
            label = self.errors.get(field)
            if label is not None:
                label.setText(error_text(exc))
                label.show()
                focus = {"title": self.title, "capacity": self.capacity, "completion_percent": self.completion,
                         "tag": self.tag}
                (focus.get(field) or (self._rows[0].date if self._rows else self.add_button)).setFocus()
                return
        self.error.setText(failure_text(exc))
        self.error.show()
