"""Recording or editing a consultation, and the administrators' list of consultation topics.

``ConsultationDialog`` records a consultation of one person (``services.consultations.record``),
offering only the kinds this user may record (``kinds_allowed``), or edits one of the user's own
(``update``; the kind cannot change). Topics load in the background; saving runs in the
background and the dialog closes once the consultation is stored (``consultation_id`` holds it).
A message from the service goes under the field it names. Ctrl+Enter saves from anywhere, Enter
from any field but the note (where it starts a new line), Escape cancels.

``TopicsDialog`` lets an administrator extend the topic list (``add_topic``).
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wic_desk.domain.enums import Confidentiality, ConsultationKind, ConsultationMode, Role
from wic_desk.domain.errors import ValidationError
from wic_desk.gui.context import AppContext
from wic_desk.gui.i18n import enum_text, error_text
from wic_desk.gui.widgets.desk_feedback import failure_text
from wic_desk.gui.widgets.person_form import ERROR_STYLE
from wic_desk.services import consultations
from wic_desk.services.context import Actor

RECORD_KEYS = "Ctrl+K"
DATE_DISPLAY = "dd.MM.yyyy"
FOLLOW_UP_DEFAULT_DAYS = 7
# Languages consultations are most often held in at the centre; the code is what is stored.
LANGUAGES = ("uk", "pl", "ru", "en", "be", "ka", "ro", "tr", "ar", "fa", "hi")
ERROR_FIELDS = ("kind", "held_on", "minutes", "topics", "note", "follow_up_on")

def may_read_notes(actor: Actor | None) -> bool:
    """Whether this user's role reads any consultation notes at all."""
    return actor is not None and actor.role in consultations.NOTE_READERS


def may_record(actor: Actor | None) -> bool:
    """Whether this user may record consultations at all (counsellors and specialists)."""
    return actor is not None and bool(consultations.kinds_allowed(actor))


def may_edit(actor: Actor | None, row: consultations.ConsultationRow) -> bool:
    """Only the author edits (also while their access to the note is pending: it is kept)."""
    return actor is not None and row.staff_id == actor.staff_id and (row.note_readable or row.note_pending)


def language_name(code: str) -> str:
    locale = QLocale(code)
    name = locale.nativeLanguageName() or QLocale.languageToString(locale.language())
    return f"{name} ({code})" if name else code


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def date_edit(parent: QWidget, value: dt.date) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_DISPLAY)
    edit.setDate(to_qdate(value))
    return edit


def error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(f"{name}Error")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class ConsultationDialog(QDialog):
    """Record a consultation of ``person_id``, or edit ``existing`` (one of the user's own)."""

    def __init__(self, ctx: AppContext, person_id: uuid.UUID, person_label: str, parent: QWidget | None = None,
                 existing: consultations.ConsultationRow | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConsultationDialog")
        self.ctx = ctx
        self.person_id = person_id
        self.person_label = person_label
        self.existing = existing
        self.today = today or dt.date.today()
        self.consultation_id: uuid.UUID | None = existing.id if existing else None
        self._saving = False
        self._build()
        self.retranslate()
        if existing is not None:
            self._fill(existing)
        self._load_topics()
        (self.held_on if existing else self.kind).setFocus()

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {name: error_label(self, name) for name in ERROR_FIELDS}

        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        allowed = consultations.kinds_allowed(self.ctx.actor) if self.ctx.actor else frozenset()
        kinds = [k for k in ConsultationKind if k in allowed]
        if self.existing is not None and self.existing.kind not in kinds:
            kinds = [self.existing.kind]
        for kind in kinds:
            self.kind.addItem("", kind)
        self.kind.setEnabled(self.existing is None and len(kinds) > 1)

        self.held_on = date_edit(self, self.today)
        self.held_on.setObjectName("heldOn")
        self.held_on.setMaximumDate(to_qdate(self.today))

        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("minutes")
        self.minutes.setRange(0, 600)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(0)
        self.minutes.setMinimumWidth(120)
        self.mode = QComboBox(self)
        self.mode.setObjectName("mode")
        for mode in ConsultationMode:
            self.mode.addItem("", mode)
        length_row = QHBoxLayout()
        length_row.addWidget(self.minutes)
        self.mode_label = QLabel(self)
        self.mode_label.setBuddy(self.mode)
        length_row.addSpacing(12)
        length_row.addWidget(self.mode_label)
        length_row.addWidget(self.mode, 1)

        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.addItem("", None)
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.interpreter = QCheckBox(self)
        self.interpreter.setObjectName("interpreter")
        language_row = QHBoxLayout()
        language_row.addWidget(self.language, 1)
        language_row.addSpacing(12)
        language_row.addWidget(self.interpreter)

        self.topics = QListWidget(self)
        self.topics.setObjectName("topics")
        self.topics.setMaximumHeight(110)
        self.topics_empty = QLabel(self)
        self.topics_empty.setObjectName("topicsEmpty")
        self.topics_empty.setWordWrap(True)
        self.topics_empty.hide()

        self.note = QPlainTextEdit(self)
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(120)

        self.confidentiality = QComboBox(self)
        self.confidentiality.setObjectName("confidentiality")
        for level in Confidentiality:
            self.confidentiality.addItem("", level)

        self.follow_up_check = QCheckBox(self)
        self.follow_up_check.setObjectName("followUpCheck")
        self.follow_up_on = date_edit(self, self.today + dt.timedelta(days=FOLLOW_UP_DEFAULT_DAYS))
        self.follow_up_on.setObjectName("followUpOn")
        self.follow_up_on.setEnabled(False)
        self.follow_up_check.toggled.connect(self.follow_up_on.setEnabled)
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.follow_up_check)
        follow_row.addWidget(self.follow_up_on)
        follow_row.addStretch(1)

        def add(name: str, field: QWidget | QHBoxLayout, buddy: QWidget) -> None:
            label = QLabel(self)
            label.setBuddy(buddy)
            self.labels[name] = label
            self.form.addRow(label, field)
            if name in self.errors:
                self.form.addRow("", self.errors[name])

        add("kind", self.kind, self.kind)
        date_row = QHBoxLayout()
        date_row.addWidget(self.held_on)
        date_row.addStretch(1)
        add("held_on", date_row, self.held_on)
        add("minutes", length_row, self.minutes)
        add("language", language_row, self.language)
        add("topics", self.topics, self.topics)
        self.form.addRow("", self.topics_empty)
        add("note", self.note, self.note)
        add("confidentiality", self.confidentiality, self.confidentiality)
        add("follow_up_on", follow_row, self.follow_up_check)
        layout.addLayout(self.form, 1)

        self.error = error_label(self, "general")
        self.error.setObjectName("error")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("saveButton")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button in self.buttons.buttons():
            button.setAutoDefault(False)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        self.setMinimumWidth(560)
        self.resize(640, 660)

    def retranslate(self) -> None:
        editing = self.existing is not None
        self.setWindowTitle(self.tr("Edit consultation") if editing else self.tr("Record consultation"))
        self.heading.setText(self.tr("Consultation with {name}").format(name=self.person_label))
        texts = {
            "kind": self.tr("&Kind:"), "held_on": self.tr("&Date:"), "minutes": self.tr("&Minutes:"),
            "language": self.tr("&Language:"), "topics": self.tr("&Topics:"), "note": self.tr("&Note:"),
            "confidentiality": self.tr("Who may &read the note:"), "follow_up_on": self.tr("Follow-up:"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        for i in range(self.kind.count()):
            self.kind.setItemText(i, enum_text(ConsultationKind(self.kind.itemData(i))))
        for i in range(self.mode.count()):
            self.mode.setItemText(i, enum_text(ConsultationMode(self.mode.itemData(i))))
        self.mode_label.setText(self.tr("M&ode:"))
        self.minutes.setSpecialValueText(self.tr("not given"))
        self.minutes.setSuffix(self.tr(" min"))
        self.language.setItemText(0, self.tr("— not given —"))
        self.interpreter.setText(self.tr("&Interpreter used"))
        self.topics_empty.setText(self.tr("No topics yet: an administrator adds them (Admin → Consultation topics)."))
        self.note.setPlaceholderText(self.tr("What was discussed and agreed. Enter starts a new line; "
                                             "Ctrl+Enter saves."))
        levels = {
            Confidentiality.NORMAL: self.tr("Normal: every counsellor and specialist"),
            Confidentiality.SPECIALIST_ONLY: self.tr("Specialists of the same kind only"),
            Confidentiality.AUTHOR_ONLY: self.tr("Only me (the author)"),
        }
        for i in range(self.confidentiality.count()):
            self.confidentiality.setItemText(i, levels[self.confidentiality.itemData(i)])
        self.confidentiality.setToolTip(self.tr("Receptionists and coordinators see only that the consultation "
                                                "happened (kind, date, staff member), never the note."))
        self.follow_up_check.setText(self.tr("&Follow up on"))
        self.save_button.setText(self.tr("Save (Ctrl+Enter)"))
        self.cancel_button.setText(self.tr("Cancel (Esc)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill(self, row: consultations.ConsultationRow) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(row.kind)))
        self.held_on.setMaximumDate(to_qdate(max(self.today, row.held_on)))
        self.held_on.setDate(to_qdate(row.held_on))
        self.minutes.setValue(row.minutes or 0)
        self.mode.setCurrentIndex(max(0, self.mode.findData(row.mode)))
        language = row.language
        if language and self.language.findData(language) < 0:
            self.language.addItem(language_name(language), language)
        self.language.setCurrentIndex(max(0, self.language.findData(language)) if language else 0)
        self.interpreter.setChecked(row.interpreter)
        self.note.setPlainText(row.note or "")
        if row.note_pending:
            self.note.setPlaceholderText(self.tr("Your access to this note is still pending; left empty, the note "
                                                 "stays as it is."))
        self.confidentiality.setCurrentIndex(max(0, self.confidentiality.findData(row.confidentiality)))
        if row.follow_up_on is not None:
            self.follow_up_check.setChecked(True)
            self.follow_up_on.setDate(to_qdate(row.follow_up_on))

    # -- topics ---------------------------------------------------------------------------------

    def _load_topics(self) -> None:
        db = self.ctx.db
        self.ctx.runner.run_in_background(lambda _p: consultations.topics(db), self._show_topics,
                                          self._topics_failed)

    def _show_topics(self, names: list[str]) -> None:
        chosen = set(self.checked_topics()) | set(self.existing.topics if self.existing else ())
        self.topics.clear()
        for name in [*names, *sorted(chosen - set(names))]:
            item = QListWidgetItem(name, self.topics)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if name in chosen else Qt.CheckState.Unchecked)
        empty = self.topics.count() == 0
        self.topics.setVisible(not empty)
        self.topics_empty.setVisible(empty)

    def _topics_failed(self, exc: BaseException) -> None:
        self.errors["topics"].setText(failure_text(exc))
        self.errors["topics"].show()

    def checked_topics(self) -> list[str]:
        return [self.topics.item(i).text() for i in range(self.topics.count())
                if self.topics.item(i).checkState() == Qt.CheckState.Checked]

    def set_topic_checked(self, name: str, checked: bool = True) -> None:
        for i in range(self.topics.count()):
            item = self.topics.item(i)
            if item.text() == name:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                return
        raise KeyError(name)

    # -- saving ---------------------------------------------------------------------------------

    def consultation_input(self) -> consultations.ConsultationInput:
        return consultations.ConsultationInput(
            kind=self.kind.currentData(),
            held_on=from_qdate(self.held_on.date()),
            minutes=self.minutes.value() or None,
            mode=self.mode.currentData(),
            language=self.language.currentData(),
            interpreter=self.interpreter.isChecked(),
            topics=self.checked_topics(),
            note=self.note.toPlainText(),
            confidentiality=self.confidentiality.currentData(),
            follow_up_on=from_qdate(self.follow_up_on.date()) if self.follow_up_check.isChecked() else None,
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.note.hasFocus():
            self.accept()
            return
        super().keyPressEvent(event)

    def clear_errors(self) -> None:
        for label in (*self.errors.values(), self.error):
            label.clear()
            label.hide()

    def accept(self) -> None:
        if self._saving:
            return
        self.clear_errors()
        if self.kind.currentData() is None:
            self.error.setText(self.tr("Your role does not record consultations."))
            self.error.show()
            return
        data = self.consultation_input()
        self._saving = True
        self.save_button.setEnabled(False)
        db, actor, today = self.ctx.db, self.ctx.actor, self.today
        person_id, existing_id = self.person_id, self.existing.id if self.existing else None

        def job(_progress) -> uuid.UUID:
            if existing_id is None:
                return consultations.record(db, actor, person_id, data, today=today)
            consultations.update(db, actor, existing_id, data, today=today)
            return existing_id
        self.ctx.runner.run_in_background(job, self._saved, self._failed)

    def _saved(self, consultation_id: uuid.UUID) -> None:
        self._saving = False
        self.consultation_id = consultation_id
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError) and exc.field in self.errors:
            label = self.errors[exc.field]
            label.setText(error_text(exc))
            label.show()
            focus = {"kind": self.kind, "held_on": self.held_on, "minutes": self.minutes, "topics": self.topics,
                     "note": self.note, "follow_up_on": self.follow_up_on}[exc.field]
            focus.setFocus()
            return
        self.error.setText(failure_text(exc))
        self.error.show()


class TopicsDialog(QDialog):
    """The consultation topics, and a field to add one (administrators only)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TopicsDialog")
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.list = QListWidget(self)
        self.list.setObjectName("topicList")
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.name = QLineEdit(self)
        self.name.setObjectName("topicName")
        self.name.setMaxLength(120)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addTopicButton")
        self.add_button.setAutoDefault(False)
        row.addWidget(self.name, 1)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        self.error = error_label(self, "topic")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.add_button.clicked.connect(self.add)
        self.name.returnPressed.connect(self.add)
        allowed = ctx.actor is not None and ctx.actor.role == Role.ADMIN
        self.name.setEnabled(allowed)
        self.add_button.setEnabled(allowed)
        self.retranslate()
        self.resize(420, 420)
        self.refresh()
        self.name.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Consultation topics"))
        self.hint.setText(self.tr("Counsellors and specialists tick these when they record a consultation."))
        self.name.setPlaceholderText(self.tr("New topic"))
        self.add_button.setText(self.tr("Add topic (Enter)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return  # Enter adds the typed topic (returnPressed); it never closes the list
        super().keyPressEvent(event)

    def refresh(self) -> None:
        db = self.ctx.db
        self.ctx.runner.run_in_background(lambda _p: consultations.topics(db), self._show, self._failed)

    def _show(self, names: list[str]) -> None:
        self.list.clear()
        self.list.addItems(names)

    def add(self) -> None:
        name = self.name.text()
        db, actor = self.ctx.db, self.ctx.actor
        self.error.hide()
        self.ctx.runner.run_in_background(lambda _p: consultations.add_topic(db, actor, name), self._added,
                                          self._failed)

    def _added(self, _result: object) -> None:
        self.name.clear()
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(failure_text(exc))
        self.error.show()


__all__ = ["ConsultationDialog", "TopicsDialog", "may_edit", "may_record"]
