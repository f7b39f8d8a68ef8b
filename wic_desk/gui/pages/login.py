"""The login dialog: login and password, checked off the UI thread.

A wrong password shows the message under the field and the dialog stays; so does a login that
must wait after too many failures (the services keep that count and say how long). On success
``ctx.actor`` is set and the dialog is accepted. An account from before passwords, given its old
PIN, is asked to choose a password first (``ChoosePasswordDialog``). A demo database shows its
documented training password.

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
        self.ui.demo_label.setVisible(False)
        self.choose_dialog = None
        self._is_demo = False
        self._attempt: tuple[str, str] | None = None  # (login, password) while it is being checked
        # an encrypted database not yet open: the login opens it (``set_encrypted``)
        self._encrypted_path: str | None = None
        self._on_opened = None
        self._names: dict = {}
        self._own_runner = None
        for code, name in LANGUAGE_NAMES.items():
            self.ui.language_combo.addItem(name, code)
        self.ui.language_combo.setCurrentIndex(max(0, self.ui.language_combo.findData(current_language())))
        self.ui.language_combo.currentIndexChanged.connect(self._language_chosen)
        self.ui.login_button.clicked.connect(self.try_login)
        self.ui.quit_button.clicked.connect(self.reject)
        # Enter in the login goes on to the password; Enter in the password logs in, once: no
        # default button besides (a dialog would press it too, for the same key).
        self.ui.login_button.setDefault(False)
        self.ui.login_button.setAutoDefault(False)
        self.ui.login_edit.returnPressed.connect(self.ui.password_edit.setFocus)
        self.ui.password_edit.returnPressed.connect(self.try_login)
        last = preferences.load().get(LAST_LOGIN_KEY)
        if isinstance(last, str) and last:
            self.ui.login_edit.setText(last)
            self.ui.password_edit.setFocus()
        else:
            self.ui.login_edit.setFocus()
        self._retranslate()
        self._update_enabled()

    def set_context(self, ctx: AppContext) -> None:
        """The database is open: show the centre and desk, and allow logging in."""
        from wic_desk.services import demo  # not at load time: see the module's docstring
        self.ctx = ctx
        try:
            self._is_demo = demo.is_demo(ctx.db)
        except Exception:  # a hint on the screen is not worth stopping the login for
            log.warning("could not tell whether this is a demo database", exc_info=True)
            self._is_demo = False
        self._retranslate()
        self._update_enabled()

    def set_encrypted(self, db_path: str | None, names: dict, on_opened) -> None:
        """The database is encrypted: a right login and password unwrap its key and open it
        (``services.keys.open_for_login``), then ``on_opened(db)`` hands it to the shell, which
        gives this dialog its context. ``names``: the centre's and desk's, from the key file."""
        from wic_desk.gui.tasks import BackgroundRunner
        self._encrypted_path = db_path
        self._on_opened = on_opened
        self._names = dict(names)
        self._is_demo = bool(names.get("demo"))
        self._own_runner = BackgroundRunner()
        self._retranslate()
        self._update_enabled()

    def wait_for_background(self, msecs: int = 10_000) -> None:
        if self._own_runner is not None:
            self._own_runner.wait(msecs)

    def _can_log_in(self) -> bool:
        return self.ctx is not None or self._on_opened is not None

    def _update_enabled(self) -> None:
        self.ui.login_button.setEnabled(self._can_log_in() and not self._busy)

    # -- texts ---------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        desk = self.ctx.desk if self.ctx is not None else None
        centre = desk.centre_name if desk else str(self._names.get("centre") or "")
        self.ui.centre_label.setText(centre or "WIC Desk")
        if self.ctx is None and self._on_opened is not None:
            name = str(self._names.get("desk") or "")
            self.ui.desk_label.setText(self.tr("Desk: {name}").format(name=name) if name else "")
        elif self.ctx is None:
            self.ui.desk_label.setText(self.tr("Opening the database…"))
        else:
            self.ui.desk_label.setText(self.tr("Desk: {name}").format(name=desk.desk_name) if desk else "")
        self.ui.language_combo.setToolTip(self.tr("Language of the application"))
        self.ui.demo_label.setVisible(self._is_demo)
        if self._is_demo:
            from wic_desk.services.demo import DEMO_ADMIN, DEMO_PASSWORD
            self.ui.demo_label.setText(self.tr(
                "Demo database for training: every account's password is {password} (administrator: {login})."
            ).format(password=DEMO_PASSWORD, login=DEMO_ADMIN))

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
        self.ui.password_edit.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def try_login(self) -> None:
        """Check the login and password in the background (argon2id is slow on purpose)."""
        if self._busy or not self._can_log_in():
            return
        login_name = self.ui.login_edit.text().strip()
        password = self.ui.password_edit.text()
        if not login_name:
            self.show_error(self.tr("Enter your login."))
            self.ui.login_edit.setFocus()
            return
        if not password:
            self.show_error(self.tr("Enter your password."))
            self.ui.password_edit.setFocus()
            return
        from wic_desk.services import auth  # not at load time: see the module's docstring
        self.show_error("")
        self._set_busy(True)
        self._attempt = (login_name, password)
        if self.ctx is None:
            from wic_desk.services import keys
            path = self._encrypted_path
            self._own_runner.run_in_background(
                lambda _progress: keys.open_for_login(path, login_name, password),
                on_success=self._opened, on_error=self._failed)
            return
        db = self.ctx.db
        self.ctx.runner.run_in_background(lambda _progress: auth.login(db, login_name, password),
                                          on_success=self._logged_in, on_error=self._failed)

    def _opened(self, result) -> None:
        """The encrypted database opened with this login: the shell takes it, then the login
        goes on as on an open database."""
        db, actor = result
        self._hand_over(db)
        self._logged_in(actor)

    def _hand_over(self, db) -> None:
        on_opened, self._on_opened = self._on_opened, None
        self._encrypted_path = None
        on_opened(db)  # the shell's start gives this dialog its context (set_context)

    def _choose_password(self, login_name: str, old_pin: str) -> None:
        """The old PIN of an account from before passwords was right: a password first."""
        from wic_desk.gui.widgets.password_dialogs import ChoosePasswordDialog
        dialog = self.choose_dialog = ChoosePasswordDialog(self.ctx, login_name, old_pin, self)
        dialog.accepted.connect(lambda: self._logged_in(dialog.actor))
        dialog.rejected.connect(self.ui.password_edit.setFocus)
        dialog.open()

    def _logged_in(self, actor: Actor) -> None:
        self._attempt = None
        self._set_busy(False)
        self.actor = actor
        self.ctx.actor = actor
        try:
            preferences.save({LAST_LOGIN_KEY: actor.login})
        except OSError:  # remembering the login is a convenience, not worth stopping for
            log.warning("could not remember the last login", exc_info=True)
        self.ui.password_edit.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from wic_desk.services import auth
        self._set_busy(False)
        attempt, self._attempt = getattr(self, "_attempt", None), None
        if isinstance(exc, auth.PasswordChangeRequired) and attempt is not None:
            if self.ctx is None and getattr(exc, "db", None) is not None:
                self._hand_over(exc.db)
            self.ui.password_edit.clear()
            self._choose_password(*attempt)
            return
        if isinstance(exc, UserError):
            self.show_error(i18n.error_text(exc))
        else:
            log.error("login failed unexpectedly", exc_info=exc)
            self.show_error(self.tr("Something went wrong; it was written to the log file. Please try again."))
        self.ui.password_edit.clear()
        self.ui.password_edit.setFocus()
