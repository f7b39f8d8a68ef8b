"""The application shell driven as staff use it: set-up, login, the main window, lock, language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QWizard

from tests.conftest import ADMIN_PASSWORD
from wic_desk.domain.enums import Role
from wic_desk.domain.errors import PermissionDenied, UserError
from wic_desk.gui.context import AppContext
from wic_desk.gui.tasks import ImmediateRunner
from wic_desk.services import auth, preferences, setup


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def shell(qtbot, qapp, db, admin, monkeypatch):
    """The real Shell on the set-up database, with jobs run at once and quitting recorded."""
    from wic_desk.app import Shell
    ctx = AppContext(db=db, runner=ImmediateRunner())
    s = Shell(qapp, ctx)
    s.quits = []
    monkeypatch.setattr(s, "quit", lambda: s.quits.append(True))
    yield s
    for w in (s.window, s.login, s.wizard):
        if w is not None:
            w.close()
            w.deleteLater()


def log_in(qtbot, dialog, login: str, password: str) -> None:
    dialog.ui.login_edit.setText(login)
    dialog.ui.password_edit.setText(password)
    click(qtbot, dialog.ui.login_button)


# -- set-up wizard ---------------------------------------------------------------------------------


def test_wizard_sets_up_the_database(qtbot, db):
    from wic_desk.gui.pages.setup_wizard import SetupWizard
    ctx = AppContext(db=db, runner=ImmediateRunner())
    wizard = SetupWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    ui = wizard.ui

    wizard.next()  # nothing typed: stays, says what is missing
    assert wizard.currentId() == SetupWizard.CENTRE_PAGE
    assert ui.centre_error.isVisibleTo(wizard) and ui.centre_error.text() == "This field is required."

    ui.centre_edit.setText("Centrum Integracji Cudzoziemców — Wrocław")  # Polish letters: setText
    ui.desk_edit.setText("Recepcja 1")
    wizard.next()
    assert wizard.currentId() == SetupWizard.ADMIN_PAGE
    assert not ui.centre_error.isVisibleTo(wizard)

    ui.login_edit.setText("mzielinska")
    ui.full_name_edit.setText("Marta Zielińska")
    assert wizard.password_rule.text() == "At least 10 characters, or 4 words or more; not a common password."
    ui.password_edit.setText("rzeka-most-wyspa")
    ui.password_repeat_edit.setText("rzeka-most-wyspy")
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert wizard.isVisible() and not db.is_set_up()
    assert ui.password_error.text() == "The two passwords are not the same."

    ui.password_edit.setText("4321")
    ui.password_repeat_edit.setText("4321")
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert not db.is_set_up()
    assert ui.password_error.text() == "A password needs at least 10 characters, or 4 words or more."

    ui.password_edit.setText("password123")
    ui.password_repeat_edit.setText("password123")
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert not db.is_set_up()
    assert ui.password_error.text() == "This password is on a list of common passwords; choose another."

    ui.password_edit.setText("rzeka-most-wyspa")
    ui.password_repeat_edit.setText("rzeka-most-wyspa")
    with qtbot.waitSignal(wizard.accepted, timeout=2000):
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert wizard.result is not None
    assert db.is_set_up()
    info = setup.desk_info(db)
    assert (info.centre_name, info.desk_name) == ("Centrum Integracji Cudzoziemców — Wrocław", "Recepcja 1")
    actor = auth.login(db, "mzielinska", "rzeka-most-wyspa")
    assert actor.role == Role.ADMIN and actor.full_name == "Marta Zielińska"
    assert ui.password_edit.text() == ""  # the password does not linger in the widget


def test_first_start_shows_the_wizard_then_the_login(qtbot, qapp, db, monkeypatch):
    from wic_desk.app import Shell
    s = Shell(qapp, AppContext(db=db, runner=ImmediateRunner()))
    monkeypatch.setattr(s, "quit", lambda: None)
    s.start()
    assert s.wizard is not None and s.wizard.isVisible() and s.login is None
    ui = s.wizard.ui
    ui.centre_edit.setText("Centrum Integracji")
    ui.desk_edit.setText("Recepcja 2")
    s.wizard.next()
    ui.login_edit.setText("admin")
    ui.full_name_edit.setText("Adam Testowy")
    ui.password_edit.setText("rzeka-most-wyspa")
    ui.password_repeat_edit.setText("rzeka-most-wyspa")
    s.wizard.button(QWizard.WizardButton.FinishButton).click()
    assert s.wizard is None
    # the centre's recovery key, once, before the login: it closes only once it is kept
    shown = s.recovery_dialog
    assert shown is not None and shown.isVisible() and s.login is None
    key = shown.key_label.text()
    assert len(key) == 39 and key.count("-") == 7
    from wic_desk.services import keys
    assert keys.has_recovery_key(db)
    shown.reject()  # Escape: not yet
    assert shown.isVisible() and not shown.close_button.isEnabled()
    shown.kept_check.setChecked(True)
    click(qtbot, shown.close_button)
    assert s.recovery_dialog is None
    assert s.login is not None and s.login.isVisible()
    assert s.login.ui.desk_label.text() == "Desk: Recepcja 2"
    s.login.close()
    # that key is the centre's: it sets a new administrator password
    db.close()
    actor = keys.recover(db.path, key, "admin", "nowe haslo adama testowego")
    assert actor.full_name == "Adam Testowy"


# -- login -----------------------------------------------------------------------------------------


def test_wrong_password_shows_the_message_and_stays(qtbot, gui_ctx):
    from wic_desk.gui.pages.login import LoginDialog
    gui_ctx.actor = None
    dialog = LoginDialog(gui_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    log_in(qtbot, dialog, "admin", "zla-lipa-nad-odra")
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ui.error_label.isVisible()
    assert dialog.ui.error_label.text() == "The login or the password is wrong."
    assert dialog.ui.password_edit.text() == "" and dialog.ui.login_button.isEnabled()
    assert gui_ctx.actor is None

    log_in(qtbot, dialog, "nobody", "zla-lipa-nad-odra")  # an unknown login gets the very same message
    assert dialog.ui.error_label.text() == "The login or the password is wrong."

    dialog.ui.login_edit.setText("")
    click(qtbot, dialog.ui.login_button)
    assert dialog.ui.error_label.text() == "Enter your login."


def test_login_runs_in_the_background_with_the_button_disabled(qtbot, gui_ctx):
    from wic_desk.gui.pages.login import LoginDialog

    class HeldRunner(ImmediateRunner):
        """Keeps the job until the test releases it, as a slow pool thread would."""
        def run_in_background(self, fn, on_success=None, on_error=None, on_progress=None):
            self.held = lambda: ImmediateRunner.run_in_background(self, fn, on_success, on_error)

    gui_ctx.runner = HeldRunner()
    gui_ctx.actor = None
    dialog = LoginDialog(gui_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    log_in(qtbot, dialog, "admin", ADMIN_PASSWORD)
    assert not dialog.ui.login_button.isEnabled()
    click(qtbot, dialog.ui.login_button)  # a second click while waiting does nothing
    gui_ctx.runner.held()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert gui_ctx.actor is not None and gui_ctx.actor.login == "admin"


def test_right_password_opens_the_main_window_and_log_out_returns(qtbot, shell):
    shell.start()
    assert shell.login is not None and shell.login.isVisible()
    log_in(qtbot, shell.login, "admin", ADMIN_PASSWORD)
    window = shell.window
    assert window is not None and window.isVisible()
    assert shell.login is None
    qtbot.waitUntil(lambda: window.desk_page.ui.searchEdit.hasFocus())  # typing searches at once
    assert window.windowTitle() == "WIC Desk — Centrum Integracji Test — Recepcja 1"
    status = window.status_label.text()
    assert "Anna Admin" in status and "Administrator" in status and "Recepcja 1" in status
    assert window.tab_titles()[0] == "Front desk" and "Staff" in window.tab_titles()

    window.ui.action_logout.trigger()
    assert shell.window is None and shell.ctx.actor is None
    assert shell.login is not None and shell.login.isVisible()
    assert shell.login.ui.login_edit.text() == "admin"  # remembered for this desk
    assert not shell.quits

    shell.login.ui.quit_button.click()
    assert shell.quits


def test_logging_in_makes_the_days_automatic_backup(qtbot, shell, db):
    from wic_desk import paths
    folder = paths.backups_dir_for(db.path)
    assert not list(folder.glob("*-auto-*.db"))
    shell.start()
    log_in(qtbot, shell.login, "admin", ADMIN_PASSWORD)
    assert len(list(folder.glob("*-auto-*.db"))) == 1
    shell.window.ui.action_logout.trigger()
    log_in(qtbot, shell.login, "admin", ADMIN_PASSWORD)
    assert len(list(folder.glob("*-auto-*.db"))) == 1  # once a working day, not at every login


def test_closing_the_main_window_quits(qtbot, shell):
    shell.start()
    log_in(qtbot, shell.login, "admin", ADMIN_PASSWORD)
    shell.window.ui.action_quit.trigger()
    assert shell.quits


# -- roles -----------------------------------------------------------------------------------------


def test_a_receptionist_sees_no_staff_tab_and_services_refuse_anyway(qtbot, gui_ctx, make_staff):
    from wic_desk.gui.main_window import MainWindow
    receptionist = make_staff(Role.RECEPTIONIST, login="recepcja")
    gui_ctx.actor = receptionist
    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)
    window.show()
    assert "Staff" not in window.tab_titles()
    assert window.staff_page is None
    assert not window.ui.menu_admin.menuAction().isVisible()
    assert not window.ui.action_staff.isEnabled() and not window.ui.action_settings.isEnabled()
    window.show_settings()  # no dialog, no error
    assert "Receptionist" in window.status_label.text()
    with pytest.raises(PermissionDenied):
        auth.list_staff(gui_ctx.db, receptionist)
    with pytest.raises(PermissionDenied):
        auth.add_staff(gui_ctx.db, receptionist, "x1", "X", Role.ADMIN, "9999")
    with pytest.raises(PermissionDenied):
        setup.set_idle_lock_minutes(gui_ctx.db, receptionist, 60)


# -- idle lock -------------------------------------------------------------------------------------


@pytest.fixture
def window(qtbot, gui_ctx):
    from wic_desk.gui.main_window import MainWindow
    w = MainWindow(gui_ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_idle_timeout_comes_from_the_desk_settings(window):
    assert window.idle_timeout_ms == setup.DEFAULT_IDLE_LOCK_MINUTES * 60_000
    assert window.idle_watcher.running


def test_idle_lock_triggers_and_unlocks_with_the_right_password_only(qtbot, window):
    window.idle_timeout_ms = 50
    qtbot.waitUntil(lambda: window.is_locked, timeout=3000)
    lock = window.lock_screen
    assert window.ui.stack.currentWidget() is lock
    assert not window.ui.content_page.isVisible()  # the content is hidden, not just covered
    assert not window.ui.action_logout.isEnabled() and not window.ui.menu_view.isEnabled()
    assert "Anna Admin" in lock.ui.user_label.text()

    lock.ui.pin_edit.setText("2580")
    click(qtbot, lock.ui.unlock_button)
    assert window.is_locked
    assert lock.ui.error_label.isVisible() and lock.ui.error_label.text().startswith("Wrong PIN or password")

    window.idle_timeout_ms = 60_000  # so the desk does not lock again while the test checks
    lock.ui.pin_edit.setText(ADMIN_PASSWORD)
    click(qtbot, lock.ui.unlock_button)
    assert not window.is_locked
    assert window.ui.content_page.isVisible()
    assert window.ui.action_logout.isEnabled() and window.ui.action_staff.isEnabled()
    assert window.idle_watcher.running


def test_input_keeps_the_desk_open(qtbot, window):
    window.idle_timeout_ms = 400
    for _ in range(8):
        qtbot.wait(100)
        qtbot.keyClick(window.ui.tabs, Qt.Key.Key_Shift)
    assert not window.is_locked
    qtbot.waitUntil(lambda: window.is_locked, timeout=3000)


def test_locking_closes_open_dialogs(qtbot, window):
    dialog = QDialog(window)
    dialog.open()
    assert dialog.isVisible()
    window.ui.action_lock.trigger()
    assert window.is_locked and not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_log_out_from_the_lock_screen_returns_to_the_login(qtbot, shell):
    shell.start()
    log_in(qtbot, shell.login, "admin", ADMIN_PASSWORD)
    shell.window.lock()
    assert shell.window.is_locked
    click(qtbot, shell.window.lock_screen.ui.logout_button)
    assert shell.window is None
    assert shell.login is not None and shell.login.isVisible()


# -- search shortcut, desk page --------------------------------------------------------------------


def test_ctrl_f_is_application_wide_and_focuses_the_search(window):
    shortcut = window.find_shortcut
    assert shortcut.key() == QKeySequence(QKeySequence.StandardKey.Find)
    assert shortcut.context() == Qt.ShortcutContext.ApplicationShortcut
    calls = []
    window.desk_page.focus_search = lambda: calls.append(True)
    window.ui.tabs.setCurrentWidget(window.staff_page)
    shortcut.activated.emit()
    assert calls == [True]
    assert window.ui.tabs.currentWidget() is window.desk_page
    window.lock()
    shortcut.activated.emit()
    assert calls == [True]  # not while locked


def test_a_missing_desk_module_gives_a_placeholder(qtbot, gui_ctx, monkeypatch):
    import sys

    from wic_desk.gui.main_window import MainWindow
    monkeypatch.setitem(sys.modules, "wic_desk.gui.pages.desk", None)
    w = MainWindow(gui_ctx)
    qtbot.addWidget(w)
    assert w.desk_page.objectName() == "desk_placeholder"
    assert w.tab_titles()[0] == "Front desk"
    w.focus_search()  # harmless without a search field


# -- settings and about ----------------------------------------------------------------------------


def test_settings_change_the_idle_lock(qtbot, window, gui_ctx):
    from wic_desk.gui.widgets.settings_dialog import SettingsDialog
    dialog = SettingsDialog(gui_ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.idle_lock_spin.setValue(12)
    dialog.ui.button_box.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert gui_ctx.desk.idle_lock_minutes == 12
    assert setup.desk_info(gui_ctx.db).idle_lock_minutes == 12


def test_settings_show_a_refusal_next_to_the_field(qtbot, gui_ctx, make_staff):
    from wic_desk.gui.widgets.settings_dialog import SettingsDialog
    gui_ctx.actor = make_staff(Role.COORDINATOR)
    dialog = SettingsDialog(gui_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.button_box.accepted.emit()
    assert dialog.isVisible()
    assert dialog.ui.error_label.text() == "Your role does not allow this."


# -- language --------------------------------------------------------------------------------------


def test_switching_language_installs_it_remembers_it_and_retranslates(qtbot, window, monkeypatch, english):
    from wic_desk.gui import i18n
    installed = []
    real_install = i18n.install
    monkeypatch.setattr(i18n, "install", lambda app, code: (installed.append(code), real_install(app, code)))
    retranslated = []
    real_retranslate = window.retranslate
    window.retranslate = lambda: (retranslated.append(True), real_retranslate())

    window.ui.action_lang_uk.trigger()
    assert installed == ["uk"]
    assert preferences.language() == "uk"
    assert window.ui.action_lang_uk.isChecked() and not window.ui.action_lang_en.isChecked()
    # Qt sends LanguageChange when a catalogue is installed; send one in case none was built yet.
    QCoreApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))
    assert retranslated
    if i18n.load_translator("uk") is not None:  # catalogues built: a visible text changed
        assert window.ui.menu_file.title() != "&File"

    window.set_language("en")
    assert preferences.language() == "en" and installed == ["uk", "en"]
    QCoreApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))
    assert window.ui.menu_file.title() == "&File"
    assert window.tab_titles()[0] == "Front desk"


def test_the_login_dialog_switches_language_too(qtbot, gui_ctx, english):
    from wic_desk.gui.pages.login import LoginDialog
    dialog = LoginDialog(gui_ctx)
    qtbot.addWidget(dialog)
    combo = dialog.ui.language_combo
    combo.setCurrentIndex(combo.findData("pl"))
    assert preferences.language() == "pl"
    combo.setCurrentIndex(combo.findData("en"))
    assert preferences.language() == "en"


def test_user_errors_are_shown_translated(qapp):
    from wic_desk.gui import i18n
    assert i18n.error_text(UserError("The login or the password is wrong.")) == "The login or the password is wrong."


# -- run_gui end to end ----------------------------------------------------------------------------


def _drive(qapp, steps, guard_ms: int = 20_000):
    """Runs ``steps`` (callables returning True when done) one after another from the event loop
    that run_gui starts; a guard ends the loop if something hangs."""
    from PySide6.QtCore import QTimer
    failures: list[BaseException] = []
    pending = list(steps)

    def tick():
        try:
            if pending and pending[0]():
                pending.pop(0)
        except BaseException as exc:  # report in the test, not inside Qt
            failures.append(exc)
            pending.clear()
            qapp.exit(99)
            return
        if pending:
            QTimer.singleShot(30, tick)

    QTimer.singleShot(30, tick)
    QTimer.singleShot(guard_ms, lambda: qapp.exit(98))
    return failures


def _visible(qapp, name):
    return next((w for w in qapp.topLevelWidgets() if type(w).__name__ == name and w.isVisible()), None)


def test_run_gui_logs_in_and_quits(qapp, db_path, admin):
    from wic_desk.app import run_gui

    def fill_login():
        login = _visible(qapp, "LoginDialog")
        if login is None or not login.ui.login_button.isEnabled():
            return False
        assert login.ui.desk_label.text() == "Desk: Recepcja 1"
        login.ui.login_edit.setText("admin")
        login.ui.password_edit.setText(ADMIN_PASSWORD)
        login.ui.login_button.click()
        return True

    def quit_from_main_window():
        window = _visible(qapp, "MainWindow")
        if window is None:
            return False
        assert window.windowTitle() == "WIC Desk — Centrum Integracji Test — Recepcja 1"
        window.ui.action_quit.trigger()
        return True

    failures = _drive(qapp, [fill_login, quit_from_main_window])
    code = run_gui(str(db_path))
    if failures:
        raise failures[0]
    assert code == 0
    for w in qapp.topLevelWidgets():
        w.close()


def test_run_gui_on_an_encrypted_database_a_wrong_password_stays_and_the_right_one_opens(qapp, db_path, admin, db):
    """The login opens the encrypted file: names from its key file before; a wrong password
    shows under the field, nothing opened; the right one opens it and the main window shows."""
    from wic_desk.app import run_gui
    from wic_desk.store import lock
    db.close()
    seen: dict = {}

    def wrong_password():
        login = _visible(qapp, "LoginDialog")
        if login is None or not login.ui.login_button.isEnabled():
            return False
        assert login.ctx is None and login.ui.centre_label.text() == "Centrum Integracji Test"
        assert lock.holds(db_path)  # the window's from the start: a second start is sent here
        login.ui.login_edit.setText("admin")
        login.ui.password_edit.setText("not the password")
        login.ui.login_button.click()
        return True

    def right_password():
        login = _visible(qapp, "LoginDialog")
        if login is None or not login.ui.error_label.isVisible():
            return False
        seen["error"] = login.ui.error_label.text()
        assert login.ctx is None
        login.ui.password_edit.setText(ADMIN_PASSWORD)
        login.ui.login_button.click()
        return True

    failures = _drive(qapp, [wrong_password, right_password, _quitter(qapp)])
    code = run_gui(str(db_path))
    if failures:
        raise failures[0]
    assert code == 0 and seen["error"] == "The login or the password is wrong."
    assert not lock.holds(db_path)
    for w in qapp.topLevelWidgets():
        w.close()


def test_run_gui_on_a_plain_database_encrypts_it_and_says_so(qapp, db_path, admin, db):
    from tests.rawdb import make_plain
    from wic_desk.app import run_gui
    from wic_desk.services import keys
    db.close()
    make_plain(db_path)
    said: list[str] = []

    def log_in():
        login = _visible(qapp, "LoginDialog")
        if login is None or not login.ui.login_button.isEnabled() or not said:
            return False
        login.ui.login_edit.setText("admin")
        login.ui.password_edit.setText(ADMIN_PASSWORD)
        login.ui.login_button.click()
        return True

    failures = _drive(qapp, [_message_dismisser(qapp, said), log_in, _quitter(qapp)])
    code = run_gui(str(db_path))
    if failures:
        raise failures[0]
    assert code == 0 and keys.is_encrypted(db_path)
    assert said and said[0].startswith("This database is now encrypted on disk.")
    for w in qapp.topLevelWidgets():
        w.close()


def _quitter(qapp):
    """A step for ``_drive``: once the main window shows, File > Quit."""
    def quit_from_main_window():
        window = _visible(qapp, "MainWindow")
        if window is None:
            return False
        window.ui.action_quit.trigger()
        return True
    return quit_from_main_window


def _message_dismisser(qapp, seen: list[str]):
    """A step for ``_drive``: when a message box shows, note its text and close it."""
    def dismiss_message():
        box = _visible(qapp, "QMessageBox")
        if box is None:
            return False
        seen.append(box.text())
        box.accept()
        return True
    return dismiss_message


def test_run_gui_reports_a_database_it_cannot_open(qapp, tmp_path):
    from wic_desk.app import run_gui
    folder = tmp_path / "not-a-file.db"
    folder.mkdir()
    seen: list[str] = []
    failures = _drive(qapp, [_message_dismisser(qapp, seen)])
    code = run_gui(str(folder))
    if failures:
        raise failures[0]
    assert code == 1
    assert seen == ["The database path is a folder, not a file."]


def test_the_login_dialog_loads_without_the_database_layer():
    """The login must show within a second: its import path stays clear of SQLAlchemy."""
    import subprocess
    import sys
    code = ("import sys, wic_desk.cli, wic_desk.app, wic_desk.gui.pages.login; "
            "heavy = [m for m in ('sqlalchemy', 'alembic', 'reportlab', 'openpyxl', 'wic_desk.gui.main_window') "
            "if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_pressing_ctrl_f_on_another_tab_lands_in_the_desk_search(qtbot, window):
    if window.desk_page.objectName() == "desk_placeholder":
        pytest.skip("the front-desk page is not in this build")
    window.ui.tabs.setCurrentWidget(window.staff_page)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=2000)
    window.staff_page.ui.filter_edit.setFocus()
    qtbot.keyClick(window.staff_page.ui.filter_edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.tabs.currentWidget() is window.desk_page
    focused = QApplication.focusWidget()
    assert focused is not None and window.desk_page.isAncestorOf(focused)  # its search field


# -- joining an existing centre ----------------------------------------------------------------------


@pytest.fixture
def full_file(db, admin, tmp_path):
    """(a join file from the test centre's first desk, its join code); the fast sealing of join
    codes (argon2id is slow by design)."""
    from tests.unit.test_sync_helpers import FastCipher
    from wic_desk.services import sync
    from wic_desk.sync import fileformat
    old = fileformat.set_cipher(FastCipher())
    path = tmp_path / "full.wicsync"
    code = sync.export_changes(db, admin, path, full=True).join_code
    assert code
    yield path, code
    fileformat.set_cipher(old)


def test_joining_a_centre_through_the_wizard_logs_in_with_the_first_desks_account(qtbot, qapp, full_file,
                                                                                  tmp_path, monkeypatch):
    from PySide6.QtWidgets import QLineEdit

    from wic_desk.app import Shell
    from wic_desk.gui.pages.setup_wizard import SetupWizard
    from wic_desk.services.context import Database
    full_file, code = full_file
    new = Database.open(tmp_path / "new-desk.db")
    try:
        s = Shell(qapp, AppContext(db=new, runner=ImmediateRunner()))
        monkeypatch.setattr(s, "quit", lambda: None)
        s.start()
        wizard = s.wizard
        ui = wizard.ui
        ui.join_radio.setChecked(True)
        assert not ui.centre_edit.isVisibleTo(wizard)  # the centre comes from the file
        ui.desk_edit.setText("Recepcja 3")
        wizard.next()
        assert wizard.currentId() == SetupWizard.JOIN_PAGE

        finish = wizard.button(QWizard.WizardButton.FinishButton)
        finish.click()  # nothing chosen: says what is missing
        assert ui.file_error.text() == "This field is required." and not new.is_set_up()
        monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *a, **k: (str(full_file), ""))
        ui.file_button.click()
        assert ui.file_edit.text() == str(full_file)
        assert wizard.code_edit.hasFocus() or not wizard.isActiveWindow()
        assert wizard.code_caption.text() == "&Join code:"
        assert "desk that wrote the join file" in wizard.code_hint.text() and "recovery key" in wizard.code_hint.text()
        assert wizard.code_hint.isVisibleTo(wizard) and wizard.code_edit.echoMode() == QLineEdit.EchoMode.Normal
        finish.click()  # no code: says so under its field
        assert wizard.code_error.text() == "This field is required." and not new.is_set_up()

        wizard.code_edit.setText("ABCD-EFGH-JKLM-NPQR")  # a join code, but not this file's
        finish.click()
        assert s.wizard is wizard and not new.is_set_up()
        assert wizard.code_error.text() == ("The join code (or recovery key) does not open this join file; "
                                            "nothing was changed.")
        assert wizard.code_error.isVisibleTo(wizard) and not ui.join_error.isVisibleTo(wizard)
        assert wizard.code_edit.isEnabled() and wizard.code_edit.text() == "ABCD-EFGH-JKLM-NPQR"

        wizard.code_edit.setText(f"  {code.lower()}  ")  # typed from paper: spaces and small letters do
        finish.click()
        assert s.wizard is None and wizard.joined is not None
        assert wizard.joined.centre_name == "Centrum Integracji Test"
        assert s.login is not None and s.login.isVisible()
        assert s.login.ui.desk_label.text() == "Desk: Recepcja 3"
        log_in(qtbot, s.login, "admin", ADMIN_PASSWORD)  # the first desk's administrator
        assert s.window is not None and s.ctx.actor.full_name == "Anna Admin"
        assert s.window.windowTitle() == "WIC Desk — Centrum Integracji Test — Recepcja 3"
        s.window.close()
    finally:
        new.close()


def test_the_wizard_joins_with_the_centres_recovery_key_too(qtbot, qapp, tmp_path, monkeypatch):
    """The recovery key (8 groups of 4) goes in the same field as a join code."""
    from tests.unit.test_sync_helpers import FastCipher
    from wic_desk.gui.pages.setup_wizard import SetupWizard
    from wic_desk.services import sync
    from wic_desk.services.context import Database
    from wic_desk.sync import fileformat
    first = Database.open(tmp_path / "first.db")
    new = Database.open(tmp_path / "new.db")
    old = fileformat.set_cipher(FastCipher())
    try:
        made = setup.initialise(first, "Centrum Integracji Test", "Recepcja 1", "admin", "Anna Admin",
                                ADMIN_PASSWORD)
        assert made.recovery_key.count("-") == 7
        path = tmp_path / "join.wicsync"
        sync.export_changes(first, made.admin, path, full=True)
        wizard = SetupWizard(AppContext(db=new, runner=ImmediateRunner()))
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.ui.join_radio.setChecked(True)
        wizard.ui.desk_edit.setText("Recepcja 2")
        wizard.next()
        wizard.ui.file_edit.setText(str(path))
        wizard.code_edit.setText(made.recovery_key)
        wizard.button(QWizard.WizardButton.FinishButton).click()
        assert wizard.joined is not None, wizard.code_error.text() + wizard.ui.join_error.text()
        assert new.is_set_up() and wizard.joined.centre_name == "Centrum Integracji Test"
        assert new.local(sync.CENTRE_KEY) == first.local(sync.CENTRE_KEY)
    finally:
        fileformat.set_cipher(old)
        new.close()
        first.close()


def test_joining_needs_a_name_for_this_desk(qtbot, db):
    from wic_desk.gui.pages.setup_wizard import SetupWizard
    wizard = SetupWizard(AppContext(db=db, runner=ImmediateRunner()))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.ui.join_radio.setChecked(True)
    wizard.next()
    assert wizard.currentId() == SetupWizard.CENTRE_PAGE
    assert wizard.ui.desk_error.text() == "This field is required."
    assert not wizard.ui.centre_error.isVisibleTo(wizard)  # the centre's name is not asked for


# -- one window per database ----------------------------------------------------------------------

def _subprocess_env(home) -> dict:
    import os
    from pathlib import Path
    root = Path(__file__).resolve().parents[2]
    return dict(os.environ, PYTHONPATH=str(root), WIC_DESK_HOME=str(home), WIC_DESK_LANG="en",
                QT_QPA_PLATFORM="offscreen")


def _wait_for_window_lock(db_path, first, seconds: float = 60) -> None:
    import time

    from wic_desk.store import lock
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        holder = lock.read_holder(db_path)
        if holder is not None and holder.pid == first.pid and holder.role == lock.WINDOW:
            time.sleep(1.0)  # the window listens for a second start right after taking the lock
            return
        assert first.poll() is None, first.stderr.read()
        time.sleep(0.1)
    raise AssertionError("the first window never took the database")


def test_a_second_start_on_the_same_database_brings_the_first_window_forward(db_path, admin, db, tmp_path):
    import subprocess
    import sys
    db.close()
    home = tmp_path / "home"
    env = _subprocess_env(home)
    first = subprocess.Popen([sys.executable, "-m", "wic_desk", "--db", str(db_path)], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _wait_for_window_lock(db_path, first)
        second = subprocess.run([sys.executable, "-m", "wic_desk", "--db", str(db_path)], env=env,
                                capture_output=True, text=True, timeout=60)
        assert second.returncode == 0, second.stderr
        log = (home / "wic-desk.log").read_text(encoding="utf-8")
        assert "brought to the front: the app was started again on this database" in log
        assert first.poll() is None, "the first window is still up"
    finally:
        first.kill()
        first.wait(30)


def test_run_gui_on_a_database_another_process_holds_says_so(qapp, db_path, admin, db, tmp_path):
    """A holder that does not answer (a command, or a window that cannot): the message, exit 1."""
    import subprocess
    import sys

    from wic_desk.app import run_gui
    db.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys\nfrom tests.rawdb import open_as\n"
                               f"db = open_as({str(db_path)!r}, 'admin', {ADMIN_PASSWORD!r})\n"
                               "print('ready', flush=True)\nsys.stdin.readline()\n"],
        env=_subprocess_env(tmp_path / "home"), stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        seen: list[str] = []
        failures = _drive(qapp, [_message_dismisser(qapp, seen)])
        code = run_gui(str(db_path))
        if failures:
            raise failures[0]
        assert code == 1
        assert seen == ["Another WIC Desk command is using this database. Try again when it has finished; "
                        "nothing was changed."]
    finally:
        holder.kill()
        holder.wait(30)
    for w in qapp.topLevelWidgets():
        w.close()
