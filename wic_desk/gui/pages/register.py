"""Registering a new person at the desk: consent first, then the person's data, duplicates aside.

Without consent nothing about the person may be kept, so the form then offers only the
anonymous visit. While names and the birth date are typed, people already registered who may be
the same one show in the side panel ("Possible duplicate"); the warning never blocks, the
button then reads "Register anyway". Enter moves to the next field, Ctrl+Enter registers,
Escape cancels.

After ``exec()``: ``registered_id`` holds the new person's id (accepted), or ``open_existing_id``
the person the user chose to open instead, or ``anonymous_requested`` is True.
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QDate, QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from wic_desk.domain.enums import ConsentKind
from wic_desk.domain.errors import FormErrors, ValidationError
from wic_desk.gui.context import AppContext
from wic_desk.gui.i18n import error_text
from wic_desk.gui.widgets.desk_feedback import failure_text
from wic_desk.gui.widgets.person_duplicates import DuplicatesPanel
from wic_desk.gui.widgets.person_form import ERROR_STYLE, PersonForm
from wic_desk.services import people

DUPLICATE_DELAY_MS = 300
NO_CONSENT = "none"


class RegisterDialog(QDialog):
    """The registration form. ``prefill`` is what was typed in the desk's search field."""

    def __init__(self, ctx: AppContext, prefill: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RegisterDialog")
        self.ctx = ctx
        self.registered_id: uuid.UUID | None = None
        self.open_existing_id: uuid.UUID | None = None
        self.anonymous_requested = False
        self._saving = False
        self._duplicates_seq = 0
        self._build()
        self.form.prefill(prefill)
        self._consent_changed()
        self.retranslate()
        self.written.setFocus()
        if prefill.strip():
            self._check_duplicates()

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.consent_box = QGroupBox(self)
        self.consent_box.setObjectName("consentBox")
        consent = QFormLayout(self.consent_box)
        choices = QHBoxLayout()
        self.written = QRadioButton(self.consent_box)
        self.written.setObjectName("consentWritten")
        self.verbal = QRadioButton(self.consent_box)
        self.verbal.setObjectName("consentVerbal")
        self.no_consent = QRadioButton(self.consent_box)
        self.no_consent.setObjectName("consentNone")
        self.consent_group = QButtonGroup(self)
        for button in (self.written, self.verbal, self.no_consent):
            self.consent_group.addButton(button)
            choices.addWidget(button)
        choices.addStretch(1)
        self.consent_kind_label = QLabel(self.consent_box)
        consent.addRow(self.consent_kind_label, choices)
        self.consent_date = QDateEdit(self.consent_box)
        self.consent_date.setObjectName("consentDate")
        self.consent_date.setCalendarPopup(True)
        self.consent_date.setDisplayFormat("dd.MM.yyyy")
        self.consent_date.setDate(QDate.currentDate())
        self.consent_date.setMaximumDate(QDate.currentDate())
        self.consent_scope = QLineEdit(self.consent_box)
        self.consent_scope.setObjectName("consentScope")
        self.consent_scope.setMaxLength(200)
        self.consent_date_label = QLabel(self.consent_box)
        self.consent_date_label.setBuddy(self.consent_date)
        self.consent_scope_label = QLabel(self.consent_box)
        self.consent_scope_label.setBuddy(self.consent_scope)
        when_scope = QHBoxLayout()
        when_scope.addWidget(self.consent_date)
        when_scope.addWidget(self.consent_scope_label)
        when_scope.addWidget(self.consent_scope, 1)
        consent.addRow(self.consent_date_label, when_scope)
        self.consent_error = QLabel(self.consent_box)
        self.consent_error.setObjectName("consentError")
        self.consent_error.setStyleSheet(ERROR_STYLE)
        self.consent_error.setWordWrap(True)
        self.consent_error.hide()
        consent.addRow(self.consent_error)
        self.no_consent_hint = QLabel(self.consent_box)
        self.no_consent_hint.setWordWrap(True)
        self.no_consent_hint.setObjectName("noConsentHint")
        consent.addRow(self.no_consent_hint)
        outer.addWidget(self.consent_box)

        middle = QHBoxLayout()
        self.person_box = QGroupBox(self)
        self.person_box.setObjectName("personBox")
        person_layout = QVBoxLayout(self.person_box)
        self.form = PersonForm(self.person_box)
        person_layout.addWidget(self.form)
        person_layout.addStretch(1)
        middle.addWidget(self.person_box, 3)
        self.duplicates = DuplicatesPanel(self)
        middle.addWidget(self.duplicates, 1)
        outer.addLayout(middle, 1)

        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        outer.addWidget(self.error)
        self.buttons = QDialogButtonBox(self)
        self.register_button = QPushButton(self)
        self.register_button.setObjectName("registerButton")
        self.anonymous_button = QPushButton(self)
        self.anonymous_button.setObjectName("anonymousButton")
        self.buttons.addButton(self.register_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.anonymous_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button in self.buttons.buttons():
            button.setAutoDefault(False)  # Enter moves between fields; Ctrl+Enter registers
            button.setDefault(False)
        outer.addWidget(self.buttons)
        self.register_button.clicked.connect(self.accept)
        self.anonymous_button.clicked.connect(self._anonymous)
        self.cancel_button.clicked.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)

        self.consent_group.buttonToggled.connect(lambda *_: self._consent_changed())
        self.duplicates.open_requested.connect(self._open_existing)
        self._duplicates_timer = QTimer(self)
        self._duplicates_timer.setSingleShot(True)
        self._duplicates_timer.setInterval(DUPLICATE_DELAY_MS)
        self._duplicates_timer.timeout.connect(self._check_duplicates)
        self.form.names_changed.connect(self._duplicates_timer.start)
        self.resize(1220, 560)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Register new person"))
        self.consent_box.setTitle(self.tr("1. Consent to data processing"))
        self.consent_kind_label.setText(self.tr("Consent:"))
        self.written.setText(self.tr("&Written"))
        name = self.ctx.actor.full_name if self.ctx.actor else ""
        self.verbal.setText(self.tr("&Verbal, certified by me ({name})").format(name=name))
        self.no_consent.setText(self.tr("N&o consent"))
        self.consent_date_label.setText(self.tr("Given on:"))
        self.consent_scope_label.setText(self.tr("Sco&pe:"))
        if not self.consent_scope.text() or self.consent_scope.text() == getattr(self, "_default_scope", None):
            self._default_scope = self.tr("Services of the integration centre and reporting to the project's "
                                          "donor (IOM)")
            self.consent_scope.setText(self._default_scope)
        self.no_consent_hint.setText(self._hint_text())
        self.person_box.setTitle(self.tr("2. Person"))
        self.anonymous_button.setText(self.tr("Record &anonymous visit instead"))
        self.anonymous_button.setToolTip(self.tr("Without consent no name is kept; the visit still counts."))
        self._update_register_text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _hint_text(self) -> str:
        if self.no_consent.isChecked():
            return self.tr("Without consent the person cannot be registered. Record an anonymous visit "
                           "instead (Alt+A).")
        if self.consent_group.checkedButton() is None:
            return self.tr("Ask for consent first: choose Written or Verbal (Alt+W, Alt+V) to fill in the form.")
        return ""

    def _update_register_text(self) -> None:
        if self.duplicates.hits():
            self.register_button.setText(self.tr("Register anyway (Ctrl+Enter)"))
        else:
            self.register_button.setText(self.tr("Register (Ctrl+Enter)"))

    # -- consent --------------------------------------------------------------------------------

    def consent_kind(self) -> ConsentKind | None:
        if self.written.isChecked():
            return ConsentKind.WRITTEN
        if self.verbal.isChecked():
            return ConsentKind.VERBAL_CERTIFIED
        return None

    def _consent_changed(self) -> None:
        given = self.consent_kind() is not None
        self.person_box.setEnabled(given)
        self.consent_date.setEnabled(given)
        self.consent_scope.setEnabled(given)
        self.register_button.setEnabled(given)
        self.anonymous_button.setVisible(not given)
        self.no_consent_hint.setText(self._hint_text())
        self.no_consent_hint.setVisible(bool(self.no_consent_hint.text()))
        if given:
            self.consent_error.hide()

    def consent_input(self) -> people.ConsentInput | None:
        kind = self.consent_kind()
        if kind is None:
            return None
        date = self.consent_date.date()
        return people.ConsentInput(kind, dt.date(date.year(), date.month(), date.day()), self.consent_scope.text())

    # -- keyboard -------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.accept()
            else:
                self.focusNextChild()  # data entry: Enter goes on to the next field
            return
        super().keyPressEvent(event)

    # -- duplicates -----------------------------------------------------------------------------

    def _check_duplicates(self) -> None:
        data, _local = self.form.person_input()
        self._duplicates_seq += 1
        seq = self._duplicates_seq
        given, family, native, birth = data.given_name, data.family_name, data.native_name, data.birth_date
        if not (given or family or native):
            self._show_duplicates(seq, [])
            return
        db = self.ctx.db
        self.ctx.runner.run_in_background(
            lambda _p: people.likely_duplicates(db, given, family, native, birth),
            lambda hits: self._show_duplicates(seq, hits),
            lambda exc: self._show_duplicates(seq, [], exc))

    def _show_duplicates(self, seq: int, hits: list, exc: BaseException | None = None) -> None:
        if seq != self._duplicates_seq:
            return  # a newer check is on its way
        if exc is not None:
            failure_text(exc)  # advice only: log it, never block registration
        self.duplicates.set_hits(hits)
        self._update_register_text()

    def _open_existing(self, person_id: uuid.UUID) -> None:
        self.open_existing_id = person_id
        self.reject()

    def _anonymous(self) -> None:
        self.anonymous_requested = True
        self.reject()

    # -- saving ---------------------------------------------------------------------------------

    def accept(self) -> None:
        if self._saving:
            return
        consent = self.consent_input()
        if consent is None:
            self.consent_error.setText(self.tr("Choose how consent was given, or record an anonymous visit."))
            self.consent_error.show()
            self.written.setFocus()
            return
        if self.form.validate_all():
            self.form.focus_first_error()
            return
        data, _local = self.form.person_input()
        self._saving = True
        self.register_button.setEnabled(False)
        self.error.hide()
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.runner.run_in_background(lambda _p: people.register(db, actor, data, consent),
                                          self._saved, self._failed)

    def _saved(self, person_id: uuid.UUID) -> None:
        self._saving = False
        self.registered_id = person_id
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self.register_button.setEnabled(True)
        if isinstance(exc, FormErrors):
            consent_fields = {k: v for k, v in exc.errors.items() if k.startswith("consent")}
            self.form.show_errors({k: v for k, v in exc.errors.items() if k not in consent_fields})
            if consent_fields:
                self.consent_error.setText("\n".join(error_text(e) for e in consent_fields.values()))
                self.consent_error.show()
            self.form.focus_first_error()
            return
        if isinstance(exc, ValidationError):
            self.form.show_errors({exc.field: exc})
            return
        self.error.setText(failure_text(exc))
        self.error.show()
