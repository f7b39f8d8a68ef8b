"""Dialogs for one's own secrets: choosing a first password, changing it, setting the idle-lock PIN.

- ``ChoosePasswordDialog``: after the right old PIN of an account from before passwords, the
  login asks for a password before anything else (``auth.choose_password``); ``actor`` holds the
  logged-in person once it is accepted.
- ``ChangePasswordDialog``: File > Change my password (``auth.change_own_password``).
- ``PinDialog``: File > My PIN for the lock screen (``auth.set_own_pin``; "Remove" leaves only
  the password to lift the lock).

Every one asks for the current secret (the services check it, with the lock-out of every way in),
shows the rule beside the new one, and says under the field why a value is refused. The secrets
are cleared from the widgets as soon as the dialog is done with them. Keyboard: the fields in
order, Enter accepts, Escape cancels.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wic_desk.domain.errors import UserError, ValidationError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.domain.passwords import PASSWORD_RULE, PIN_RULE, check_password, check_pin
from wic_desk.gui import i18n
from wic_desk.gui.context import AppContext
from wic_desk.gui.widgets.form_errors import as_user_error, clear_errors, show_user_error
from wic_desk.services import auth

log = logging.getLogger(__name__)

REQUIRED = T("Errors", "This field is required.")


def _secret_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    label.setVisible(False)
    return label


class _SecretDialog(QDialog):
    """The frame the three dialogs share: an intro, a form, an error line, OK and Cancel."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._busy = False
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.error_label = _error_label(self, "error_label")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.errors: dict[str, QLabel] = {}
        self.edits: dict[str, QLineEdit] = {}
        self.captions: dict[str, QLabel] = {}

    def _field(self, field: str, edit: QLineEdit, hint: QLabel | None = None) -> None:
        caption = QLabel(self)
        caption.setBuddy(edit)
        self.captions[field] = caption
        self.edits[field] = edit
        self.form.addRow(caption, edit)
        if hint is not None:
            hint.setWordWrap(True)
            self.form.addRow("", hint)
        if field not in self.errors:
            self.errors[field] = _error_label(self, f"{field}_error")
            self.form.addRow("", self.errors[field])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:  # pragma: no cover - each dialog has its own
        pass

    def _refuse(self, exc: UserError) -> None:
        field = show_user_error(exc, self.errors, self.error_label)
        edit = self.edits.get(field or "")
        if edit is not None:
            edit.setFocus()
            edit.selectAll()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)
        for edit in self.edits.values():
            edit.setEnabled(not busy)

    def _run(self, job, on_success) -> None:
        clear_errors(self.errors, self.error_label)
        self._set_busy(True)
        self.ctx.runner.run_in_background(lambda _progress: job(), on_success=on_success, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(exc, UserError):
            log.error("a password dialog failed unexpectedly", exc_info=exc)
        error = as_user_error(exc)
        if isinstance(exc, auth.WrongCredentials | auth.LockedOut) and "current" in self.edits:
            self.edits["current"].clear()
            error = ValidationError("current", error.text, **error.params)
        self._refuse(error)

    def _clear_secrets(self) -> None:
        for edit in self.edits.values():
            edit.clear()

    def done(self, result: int) -> None:
        self._clear_secrets()
        super().done(result)

    def save(self) -> None:  # pragma: no cover - each dialog has its own
        raise NotImplementedError


def _check_new_password(password: str, repeat: str, user_inputs: tuple[str, ...]) -> None:
    check_password(password, user_inputs, field="password")
    if password != repeat:
        raise ValidationError("repeat", auth.E_PASSWORDS_DIFFER)


class ChoosePasswordDialog(_SecretDialog):
    """The old PIN was right; a password now, before the desk opens. ``actor`` once accepted."""

    def __init__(self, ctx: AppContext, login_name: str, old_pin: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("ChoosePasswordDialog")
        self.actor = None
        self._login = login_name
        self._old_pin = old_pin
        self.password_edit = _secret_edit(self, "password_edit")
        self.repeat_edit = _secret_edit(self, "repeat_edit")
        self.rule_label = QLabel(self)
        self._field("password", self.password_edit, self.rule_label)
        self._field("repeat", self.repeat_edit)
        self.retranslate()
        self.password_edit.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(i18n.tr("PasswordDialogs", "Choose your password"))
        self.intro.setText(i18n.tr("PasswordDialogs", "From now on the desk opens with a password, not a PIN. Choose yours; you can "
                               "set a short PIN for the lock screen afterwards (File menu)."))
        self.captions["password"].setText(i18n.tr("PasswordDialogs", "New &password:"))
        self.captions["repeat"].setText(i18n.tr("PasswordDialogs", "&Repeat it:"))
        self.rule_label.setText(i18n.message_text(PASSWORD_RULE))

    def save(self) -> None:
        if self._busy:
            return
        password, repeat = self.password_edit.text(), self.repeat_edit.text()
        try:
            _check_new_password(password, repeat, (self._login,))
        except UserError as exc:
            self._refuse(exc)
            return
        db, login_name, old_pin = self.ctx.db, self._login, self._old_pin
        self._run(lambda: auth.choose_password(db, login_name, old_pin, password), self._chosen)

    def _chosen(self, actor) -> None:
        self._set_busy(False)
        self._old_pin = ""
        self.actor = actor
        self.accept()

    def done(self, result: int) -> None:
        self._old_pin = ""
        super().done(result)


class ChangePasswordDialog(_SecretDialog):
    """The logged-in person changes their password."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("ChangePasswordDialog")
        self.current_edit = _secret_edit(self, "current_edit")
        self.password_edit = _secret_edit(self, "password_edit")
        self.repeat_edit = _secret_edit(self, "repeat_edit")
        self.rule_label = QLabel(self)
        self._field("current", self.current_edit)
        self._field("password", self.password_edit, self.rule_label)
        self._field("repeat", self.repeat_edit)
        self.retranslate()
        self.current_edit.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(i18n.tr("PasswordDialogs", "Change my password"))
        self.intro.setText(i18n.tr("PasswordDialogs", "Your new password opens the desk and the command line from now on."))
        self.captions["current"].setText(i18n.tr("PasswordDialogs", "&Current password:"))
        self.captions["password"].setText(i18n.tr("PasswordDialogs", "New &password:"))
        self.captions["repeat"].setText(i18n.tr("PasswordDialogs", "&Repeat it:"))
        self.rule_label.setText(i18n.message_text(PASSWORD_RULE))

    def save(self) -> None:
        if self._busy:
            return
        actor = self.ctx.actor
        current, password, repeat = self.current_edit.text(), self.password_edit.text(), self.repeat_edit.text()
        try:
            if not current:
                raise ValidationError("current", REQUIRED)
            _check_new_password(password, repeat, (actor.login, actor.full_name))
        except UserError as exc:
            self._refuse(exc)
            return
        db = self.ctx.db
        self._run(lambda: auth.change_own_password(db, actor, current, password), self._saved)

    def _saved(self, _result: object) -> None:
        self._set_busy(False)
        self.accept()


class PinDialog(_SecretDialog):
    """The logged-in person sets (or removes) the PIN that lifts their idle lock."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("PinDialog")
        self.current_edit = _secret_edit(self, "current_edit")
        self.pin_edit = _secret_edit(self, "pin_edit")
        self.repeat_edit = _secret_edit(self, "repeat_edit")
        self.rule_label = QLabel(self)
        self._field("current", self.current_edit)
        self._field("pin", self.pin_edit, self.rule_label)
        self._field("repeat", self.repeat_edit)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("remove_button")
        self.remove_button.setAutoDefault(False)
        self.buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.remove_button.clicked.connect(self.remove)
        self.retranslate()
        self.current_edit.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(i18n.tr("PasswordDialogs", "My PIN for the lock screen"))
        self.intro.setText(i18n.tr("PasswordDialogs", "While the app stays open, this PIN lifts the lock after a pause, instead of "
                               "your password. Logging in always takes the password."))
        self.captions["current"].setText(i18n.tr("PasswordDialogs", "&Current password:"))
        self.captions["pin"].setText(i18n.tr("PasswordDialogs", "New &PIN:"))
        self.captions["repeat"].setText(i18n.tr("PasswordDialogs", "&Repeat it:"))
        self.rule_label.setText(i18n.message_text(PIN_RULE))
        self.remove_button.setText(i18n.tr("PasswordDialogs", "Re&move my PIN"))

    def _current(self) -> str | None:
        current = self.current_edit.text()
        if not current:
            self._refuse(ValidationError("current", REQUIRED))
            return None
        return current

    def save(self) -> None:
        if self._busy:
            return
        pin, repeat = self.pin_edit.text(), self.repeat_edit.text()
        try:
            current = self.current_edit.text()
            if not current:
                raise ValidationError("current", REQUIRED)
            check_pin(pin, field="pin")
            if pin != repeat:
                raise ValidationError("repeat", auth.E_PINS_DIFFER)
        except UserError as exc:
            self._refuse(exc)
            return
        db, actor = self.ctx.db, self.ctx.actor
        self._run(lambda: auth.set_own_pin(db, actor, current, pin), self._saved)

    def remove(self) -> None:
        if self._busy:
            return
        current = self._current()
        if current is None:
            return
        db, actor = self.ctx.db, self.ctx.actor
        self._run(lambda: auth.set_own_pin(db, actor, current, None), self._saved)

    def _saved(self, _result: object) -> None:
        self._set_busy(False)
        self.accept()
