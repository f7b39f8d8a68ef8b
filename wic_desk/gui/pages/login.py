"""The login dialog: login and PIN (or password), checked off the UI thread.

A wrong PIN shows the message under the field and the dialog stays; on success ``ctx.actor`` is
set and the dialog is accepted.

This module is imported before the database is opened, so that the window shows within a second
of the process starting: it must not import the services' database layer (SQLAlchemy) at load
time. The dialog may be built without a context (``ctx=None``: "opening the database…") and be
handed one with ``set_context`` once the database is open.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QWidget

from wic_desk.domain.errors import UserError
from wic_desk.gui import i18n
from wic_desk.gui.forms.ui_login import Ui_LoginDialog
from wic_desk.gui.widgets.language import LANGUAGE_NAMES, current_language, switch_language
from wic_desk.services import preferences

if TYPE_CHECKING:
    from wic_desk.gui.context import AppContext
    from wic_desk.services.context import Actor

log = logging.getLogger(__name__)

LAST_LOGIN_KEY = "last_login"


class LoginDialog(QDialog):
    """Asks who is at the desk. ``actor`` holds them once the dialog is accepted."""

    def __init__(self, ctx: AppContext | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor: Actor | None = None
        self._busy = False
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        font = self.ui.centre_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.ui.centre_label.setFont(font)
        self.ui.error_label.setVisible(False)
        for code, name in LANGUAGE_NAMES.items():
            self.ui.language_combo.addItem(name, code)
        self.ui.language_combo.setCurrentIndex(max(0, self.ui.language_combo.findData(current_language())))
        self.ui.language_combo.currentIndexChanged.connect(self._language_chosen)
        self.ui.login_button.clicked.connect(self.try_login)
        self.ui.quit_button.clicked.connect(self.reject)
        self.ui.login_edit.returnPressed.connect(self.ui.pin_edit.setFocus)
        self.ui.pin_edit.returnPressed.connect(self.try_login)
        last = preferences.load().get(LAST_LOGIN_KEY)
        if isinstance(last, str) and last:
            self.ui.login_edit.setText(last)
            self.ui.pin_edit.setFocus()
        else:
            self.ui.login_edit.setFocus()
        self._retranslate()
        self._update_enabled()

    def set_context(self, ctx: AppContext) -> None:
        """The database is open: show the centre and desk, and allow logging in."""
        self.ctx = ctx
        self._retranslate()
        self._update_enabled()

    def _update_enabled(self) -> None:
        self.ui.login_button.setEnabled(self.ctx is not None and not self._busy)

    # -- texts ---------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        desk = self.ctx.desk if self.ctx is not None else None
        self.ui.centre_label.setText(desk.centre_name if desk and desk.centre_name else "WIC Desk")
        if self.ctx is None:
            self.ui.desk_label.setText(self.tr("Opening the database…"))
        else:
            self.ui.desk_label.setText(self.tr("Desk: {name}").format(name=desk.desk_name) if desk else "")
        self.ui.language_combo.setToolTip(self.tr("Language of the application"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _language_chosen(self, _index: int) -> None:
        code = self.ui.language_combo.currentData()
        if code:
            switch_language(code)

    # -- logging in ----------------------------------------------------------------------------

    def show_error(self, text: str) -> None:
        self.ui.error_label.setText(text)
        self.ui.error_label.setVisible(bool(text))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_enabled()
        self.ui.login_edit.setEnabled(not busy)
        self.ui.pin_edit.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def try_login(self) -> None:
        """Check the login and PIN in the background (scrypt is slow on purpose)."""
        if self._busy or self.ctx is None:
            return
        login_name = self.ui.login_edit.text().strip()
        pin = self.ui.pin_edit.text()
        if not login_name:
            self.show_error(self.tr("Enter your login."))
            self.ui.login_edit.setFocus()
            return
        if not pin:
            self.show_error(self.tr("Enter your PIN or password."))
            self.ui.pin_edit.setFocus()
            return
        from wic_desk.services import auth  # not at load time: see the module's docstring
        self.show_error("")
        self._set_busy(True)
        db = self.ctx.db
        self.ctx.runner.run_in_background(lambda _progress: auth.login(db, login_name, pin),
                                          on_success=self._logged_in, on_error=self._failed)

    def _logged_in(self, actor: Actor) -> None:
        self._set_busy(False)
        self.actor = actor
        self.ctx.actor = actor
        try:
            preferences.save({LAST_LOGIN_KEY: actor.login})
        except OSError:  # remembering the login is a convenience, not worth stopping for
            log.warning("could not remember the last login", exc_info=True)
        self.ui.pin_edit.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, UserError):
            self.show_error(i18n.error_text(exc))
        else:
            log.error("login failed unexpectedly", exc_info=exc)
            self.show_error(self.tr("Something went wrong; it was written to the log file. Please try again."))
        self.ui.pin_edit.clear()
        self.ui.pin_edit.setFocus()
