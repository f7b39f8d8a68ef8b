"""Composition root: translations, the database, and the main window.

``run_gui`` opens the database, then walks the desk through set-up (first start), login and the
main window; ``Shell`` is that walk, kept apart so tests can drive it. Imports are lazy on
purpose: the login window must show within a second of the process starting, so nothing heavy
(pages, documents, reports) is imported before it.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
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
_preloading: list[threading.Thread] = []


def preload_desk() -> None:
    """Load the main window's code in a thread of its own while the login window waits for the
    password (a person takes seconds to type it; the loading takes about 0.3 s), so that the desk
    shows sooner after the login. Never fatal: what is not loaded loads when the window is built."""
    def load() -> None:
        try:
            from wic_desk.gui import main_window
            main_window.preload()
        except Exception:  # noqa: BLE001 - the window's own imports will say what is wrong
            log.exception("loading the desk's pages ahead failed")

    thread = threading.Thread(target=load, name="preload-desk", daemon=True)
    _preloading.append(thread)
    thread.start()


def _preloaded() -> None:
    """Wait for the loading ahead to finish before the window is built (no module is then loaded
    by two threads at once)."""
    while _preloading:
        _preloading.pop().join()


def command_line_translate(language: str | None = None) -> Callable[[str, str], str]:
    """A translate(context, text) for the command line, in ``language`` (default: the remembered
    one); it needs no QApplication (a QTranslator answers directly)."""
    from wic_desk.gui.i18n import translator_for
    from wic_desk.services import preferences

    return translator_for(language or preferences.language())


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
        self.recovery_dialog = None  # the new centre's recovery key, between the wizard and the login
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
        """A new centre: its recovery key shown once (to print and seal), then the login. A desk
        that joined a centre has none to show: the first desk's key serves."""
        wizard, self.wizard = self.wizard, None
        recovery_key = wizard.result.recovery_key if wizard is not None and wizard.result is not None else ""
        if wizard is not None:
            wizard.deleteLater()
        self._load_desk()
        if not recovery_key:
            self.show_login()
            return
        from wic_desk.gui.widgets.recovery_key import RecoveryKeyDialog
        desk = self.ctx.desk
        dialog = self.recovery_dialog = RecoveryKeyDialog(recovery_key, desk.centre_name if desk else "")
        dialog.finished.connect(self._recovery_key_kept)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _recovery_key_kept(self, _result: int = 0) -> None:
        dialog, self.recovery_dialog = self.recovery_dialog, None
        self.show_login()  # first, so the application never has no window
        if dialog is not None:
            dialog.deleteLater()

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
        _preloaded()
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
        self.window.ask_for_a_recovery_key_if_none()
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

    def bring_to_front(self) -> None:
        """Show the window the desk is on now (wizard, login or main window) above the others."""
        log.info("brought to the front: the app was started again on this database")
        for window in (self.window, self.login, self.wizard, self.recovery_dialog):
            if window is not None and window.isVisible():
                if window.isMinimized():
                    window.showNormal()
                window.raise_()
                window.activateWindow()
                return

    def quit(self) -> None:
        self.app.quit()


def run_gui(db_path: str | None) -> int:
    """Open the app on the database at ``db_path`` (None: the default); returns the exit code.

    The login dialog is shown first, before the database layer is even imported (that import
    alone takes about half a second); the database opens from the event loop straight after.
    """
    from wic_desk.store import lock  # no SQLAlchemy behind it: the login still shows at once
    role = lock.process_role()
    lock.set_process_role(lock.WINDOW)  # another process on this database is told a window has it
    try:
        return _run(db_path)
    finally:
        lock.set_process_role(role)


def _run(db_path: str | None) -> int:
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
    login.wait_for_background()
    if state.get("early_lock") is not None:
        from wic_desk.store import lock
        lock.release(state["early_lock"])
    return state.get("exit_code", code)


def _open_and_start(app: QApplication, db_path: str | None, login: LoginDialog, state: dict) -> None:
    """Open the database, or, when it is encrypted, hold its lock and let the login open it."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from wic_desk.domain.errors import UserError
    from wic_desk.gui import i18n

    app.processEvents()  # let the login dialog paint before the slow imports
    try:
        from wic_desk import paths
        from wic_desk.services import keys
        from wic_desk.services.context import Database
        from wic_desk.store import lock
        from wic_desk.store.engine import database_url, sqlite_path
        preload_desk()
        if keys.is_encrypted(db_path):
            # The login unwraps the key and opens it; the lock is this window's from now on, so
            # that a second start on this database is sent here, not left to open it too.
            file = sqlite_path(database_url(db_path, default_path=paths.default_database_path()))
            lock.acquire(file, wait_s=0.0)
            state["early_lock"] = file
            state["server"] = _listen_for_second_windows(file, lambda: _front(state, login))
            login.set_encrypted(db_path, keys.login_screen_names(db_path),
                                on_opened=lambda db: _start(app, db, login, state))
            return
        db = Database.open(db_path)
    except lock.DatabaseInUse as exc:
        login.hide()
        if exc.holder is not None and exc.holder.role == lock.WINDOW and _ask_first_window_to_show(db_path):
            log.info("the database is open in another window; that window was brought to the front")
            state["exit_code"] = 0
            app.exit(0)
            return
        QMessageBox.warning(None, APP_NAME, i18n.error_text(exc))
        state["exit_code"] = 1
        app.exit(1)
        return
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
    if db.path is not None:
        state["server"] = _listen_for_second_windows(db.path, lambda: _front(state, login))
    _start(app, db, login, state)
    _tell_conversion(db, state)


def _start(app: QApplication, db, login: LoginDialog, state: dict) -> None:
    """The database is open: the shell takes over (wizard, or the login already on screen)."""
    from wic_desk.gui.context import AppContext
    ctx = AppContext(db=db)
    state["ctx"] = ctx
    shell = state["shell"] = Shell(app, ctx, login=login)
    shell.start()


def _front(state: dict, login: LoginDialog) -> None:
    shell = state.get("shell")
    if shell is not None:
        shell.bring_to_front()
    elif login.isVisible():
        log.info("brought to the front: the app was started again on this database")
        login.raise_()
        login.activateWindow()


def _tell_conversion(db, state: dict) -> None:
    """A database from before encryption was encrypted as it opened: say so, once."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QMessageBox
    done = getattr(db, "converted", None)
    if done is None:
        return
    box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, QCoreApplication.translate(
        "Shell", "This database is now encrypted on disk. An encrypted backup was made and {removed} "
                 "unencrypted backups were deleted. Log in as before.").format(removed=done.plain_backups_removed))
    box.setObjectName("conversion_message")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda _result: state.pop("conversion_message", None))
    state["conversion_message"] = box  # kept: a box without a parent goes with its last reference
    box.open()


def _window_server_name(db_path: str | None) -> str | None:
    """The local socket a desk's window listens on, named after its database file (None for a
    database that is not a file here)."""
    import hashlib

    from wic_desk import paths
    from wic_desk.store.engine import database_url, sqlite_path
    file = sqlite_path(database_url(db_path, default_path=paths.default_database_path()))
    if file is None:
        return None
    key = os.path.normcase(str(file.resolve()))
    return "wic-desk-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


def _ask_first_window_to_show(db_path: str | None) -> bool:
    """A second start on the same database: ask the window that has it to come to the front.
    True when that window answered."""
    from PySide6.QtNetwork import QLocalSocket

    name = _window_server_name(db_path)
    if name is None:
        return False
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(1000):
        return False
    socket.write(b"show\n")
    socket.flush()
    answered = socket.waitForReadyRead(2000) and bytes(socket.readAll().data()).startswith(b"shown")
    socket.disconnectFromServer()
    return answered


def _listen_for_second_windows(db_file, front):
    """Call ``front`` (bring this desk's window forward) when the app is started again on its
    database file."""
    from PySide6.QtNetwork import QLocalServer

    name = _window_server_name(str(db_file))
    if name is None:
        return None
    server = QLocalServer()
    server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
    # We hold the database's lock, so a socket left under this name is a crashed desk's.
    QLocalServer.removeServer(name)
    if not server.listen(name):
        log.warning("cannot listen for a second start: %s", server.errorString())
        return None

    def answer() -> None:
        while server.hasPendingConnections():
            connection = server.nextPendingConnection()
            connection.waitForReadyRead(500)
            if bytes(connection.readAll().data()).startswith(b"show"):
                front()
                connection.write(b"shown\n")
                connection.flush()
                connection.waitForBytesWritten(500)
            connection.disconnectFromServer()
            connection.deleteLater()
    server.newConnection.connect(answer)
    return server
