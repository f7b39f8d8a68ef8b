"""The lock screen: hides the desk's content until the same user gives their PIN (if they set
one) or their password again. Failures count towards the same lock-out as a login (the services
keep it); the screen only shows what they say."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QWidget

from wic_desk.domain.errors import UserError
from wic_desk.gui import i18n
from wic_desk.gui.context import AppContext
from wic_desk.gui.forms.ui_lock_screen import Ui_LockScreen
from wic_desk.services import auth

log = logging.getLogger(__name__)


class LockScreen(QWidget):
    """Shown in place of the content. ``unlocked`` once the logged-in user's PIN or password is right;
    ``logout_requested`` when they (or a colleague) choose to log out instead."""

    unlocked = Signal()
    logout_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._busy = False
        self.ui = Ui_LockScreen()
        self.ui.setupUi(self)
        font = self.ui.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.ui.title_label.setFont(font)
        self.ui.error_label.setVisible(False)
        self.ui.unlock_button.clicked.connect(self.try_unlock)
        self.ui.pin_edit.returnPressed.connect(self.try_unlock)
        self.ui.logout_button.clicked.connect(self.logout_requested)
        self._retranslate()

    def _retranslate(self) -> None:
        actor = self.ctx.actor
        name = actor.full_name if actor else ""
        self.ui.user_label.setText(self.tr("Locked by {name}. Enter your PIN or password to continue.").format(
            name=name))
        self.ui.pin_edit.setPlaceholderText(self.tr("PIN or password"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def prepare(self) -> None:
        """Reset for a new lock: empty PIN, no old message, focus in the PIN field."""
        self._busy = False
        self._set_busy(False)
        self.ui.pin_edit.clear()
        self.show_error("")
        self._retranslate()
        self.ui.pin_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, text: str) -> None:
        self.ui.error_label.setText(text)
        self.ui.error_label.setVisible(bool(text))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.unlock_button.setEnabled(not busy)
        self.ui.pin_edit.setEnabled(not busy)

    def try_unlock(self) -> None:
        if self._busy or self.ctx.actor is None:
            return
        pin = self.ui.pin_edit.text()
        if not pin:
            self.show_error(self.tr("Enter your PIN or password."))
            return
        self._set_busy(True)
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.runner.run_in_background(lambda _progress: auth.unlock(db, actor, pin),
                                          on_success=self._checked, on_error=self._failed)

    def _checked(self, _actor: object) -> None:
        self._set_busy(False)
        self.ui.pin_edit.clear()
        self.show_error("")
        self.unlocked.emit()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.ui.pin_edit.clear()
        if isinstance(exc, auth.WrongCredentials):
            self.show_error(self.tr("Wrong PIN or password. Only the person who was logged in can unlock; "
                                    "anyone else can log out and log in."))
        elif isinstance(exc, UserError):
            self.show_error(i18n.error_text(exc))
        else:
            log.error("unlock failed", exc_info=exc)
            self.show_error(self.tr("Something went wrong; it was written to the log file."))
        self.ui.pin_edit.setFocus()
