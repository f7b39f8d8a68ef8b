"""Composition root: translations, the database, and the main window.

``run_gui`` opens the database, then walks the desk through set-up (first start), login and the
main window; ``Shell`` is that walk, kept apart so tests can drive it. Imports are lazy on
purpose: the login window must show within a second of the process starting, so nothing heavy
(pages, documents, reports) is imported before it.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from wic_desk.gui.context import AppContext
    from wic_desk.gui.main_window import MainWindow
    from wic_desk.gui.pages.login import LoginDialog
    from wic_desk.gui.pages.setup_wizard import SetupWizard

log = logging.getLogger(__name__)

APP_NAME = "WIC Desk"


def command_line_translate() -> Callable[[str, str], str]:
    """A translate(context, text) for the command line, in the remembered language; it needs no
    QApplication (a QTranslator answers directly)."""
    from wic_desk.gui.i18n import load_translator
    from wic_desk.services import preferences

    translator = load_translator(preferences.language())
    if translator is None:
        return lambda _context, text: text

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text
    return translate


class Shell:
    """Set-up wizard (first start), then login, then the main window; log-out goes back to login.

    Plain Python on purpose: it only wires the windows' signals. The application quits when the
    wizard or the login is cancelled or the main window is closed.
    """

    def __init__(self, app: QApplication, ctx: AppContext, login: LoginDialog | None = None) -> None:
        """``login``: a login dialog already on screen while the database was opening."""
        self.app = app
        self.ctx = ctx
        self.wizard: SetupWizard | None = None
        self.login: LoginDialog | None = None
        self.window: MainWindow | None = None
        self._early_login = login

    def start(self) -> None:
        early, self._early_login = self._early_login, None
        if self.ctx.db.is_set_up():
            self._load_desk()
            if early is not None:
                early.set_context(self.ctx)
                self._adopt_login(early)
            else:
                self.show_login()
        else:
            if early is not None:  # first start: the wizard comes before any login
                early.hide()
                early.deleteLater()
            self.show_wizard()

    def _load_desk(self) -> None:
        from wic_desk.services import setup
        self.ctx.desk = setup.desk_info(self.ctx.db)

    def show_wizard(self) -> None:
        from wic_desk.gui.pages.setup_wizard import SetupWizard
        self.wizard = SetupWizard(self.ctx)
        self.wizard.accepted.connect(self._set_up)
        self.wizard.rejected.connect(self.quit)
        self.wizard.show()

    def _set_up(self) -> None:
        wizard, self.wizard = self.wizard, None
        if wizard is not None:
            wizard.deleteLater()
        self._load_desk()
        self.show_login()

    def show_login(self) -> None:
        from wic_desk.gui.pages.login import LoginDialog
        self._adopt_login(LoginDialog(self.ctx))

    def _adopt_login(self, dialog: LoginDialog) -> None:
        self.login = dialog
        dialog.accepted.connect(self._logged_in)
        dialog.rejected.connect(self.quit)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _logged_in(self) -> None:
        login, self.login = self.login, None
        from wic_desk.gui.main_window import MainWindow
        self.window = MainWindow(self.ctx)
        self.window.logout_requested.connect(self.logout)
        self.window.quit_requested.connect(self.quit)
        # A desk laptop runs nothing else beside it; the geometry covers a session with no
        # window manager (a kiosk), where maximising does nothing.
        screen = self.window.screen()
        if screen is not None:
            self.window.setGeometry(screen.availableGeometry())
        self.window.showMaximized()
        self.window.raise_()
        self.window.activateWindow()
        self.window.focus_search()  # the queue is waiting: typing starts a search at once
        if login is not None:
            login.deleteLater()
        self._automatic_backup()

    def _automatic_backup(self) -> None:
        """Nothing is lost: a copy of the database once a working day, off the UI thread."""
        from wic_desk.services import backup

        db = self.ctx.db
        self.ctx.runner.run_in_background(lambda _progress: backup.automatic_if_due(db),
                                          on_error=lambda exc: log.warning("automatic backup failed: %s",
                                                                           type(exc).__name__))

    def logout(self) -> None:
        """Back to the login; the old window goes with everything it showed."""
        window, self.window = self.window, None
        self.ctx.actor = None
        self.show_login()  # first, so the application never has no window
        if window is not None:
            window.close()
            window.deleteLater()

    def quit(self) -> None:
        self.app.quit()


def run_gui(db_path: str | None) -> int:
    """Open the app on the database at ``db_path`` (None: the default); returns the exit code.

    The login dialog is shown first, before the database layer is even imported (that import
    alone takes about half a second); the database opens from the event loop straight after.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from wic_desk.gui import i18n
    from wic_desk.gui.pages.login import LoginDialog
    from wic_desk.services import preferences

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName("WIC")
    app.setQuitOnLastWindowClosed(False)  # the Shell decides; log-out swaps windows
    i18n.install(app, preferences.language())

    login = LoginDialog(None)
    login.show()
    app.processEvents()
    state: dict = {}
    QTimer.singleShot(0, lambda: _open_and_start(app, db_path, login, state))
    code = app.exec()
    ctx = state.get("ctx")
    if ctx is not None:
        ctx.runner.wait(10_000)
        ctx.db.close()
    return state.get("exit_code", code)


def _open_and_start(app: QApplication, db_path: str | None, login: LoginDialog, state: dict) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from wic_desk.domain.errors import UserError
    from wic_desk.gui import i18n

    app.processEvents()  # let the login dialog paint before the slow imports
    try:
        from wic_desk.gui.context import AppContext
        from wic_desk.services.context import Database
        db = Database.open(db_path)
    except UserError as exc:
        login.hide()
        QMessageBox.critical(None, APP_NAME, i18n.error_text(exc))
        state["exit_code"] = 1
        app.exit(1)
        return
    except Exception:
        log.exception("opening the database failed")
        login.hide()
        QMessageBox.critical(None, APP_NAME, QCoreApplication.translate(
            "Errors", "An unexpected error happened; it was written to the log file. Please report it."))
        state["exit_code"] = 2
        app.exit(2)
        return
    ctx = AppContext(db=db)
    state["ctx"] = ctx
    state["shell"] = Shell(app, ctx, login=login)
    state["shell"].start()
