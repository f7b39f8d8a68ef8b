"""Passwords and PINs on screen (real widgets, real SQLite file): the login dialog with its
lock-out message, the lock screen taking a PIN or the password, an old account choosing its
first password, one's own password and PIN from the File menu, a demo's training password."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel
from sqlalchemy import update

from tests.conftest import ADMIN_PASSWORD, STAFF_PASSWORD
from wic_desk.domain.enums import Role
from wic_desk.services import auth, demo
from wic_desk.services.context import set_local_value
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import Staff

WRONG = "zla-lipa-nad-odra"
NEW_PASSWORD = "sosna-brzoza-wierzba-olcha"


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 3, 2, 9, 0, 0)

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock(monkeypatch):
    c = Clock()
    monkeypatch.setattr(auth, "clock", c)
    return c


@pytest.fixture
def login_dialog(qtbot, gui_ctx):
    from wic_desk.gui.pages.login import LoginDialog
    gui_ctx.actor = None
    dialog = LoginDialog(None)
    dialog.set_context(gui_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_login(qtbot, dialog, login: str, password: str) -> None:
    """As at the desk: the login, the password, then Enter."""
    dialog.ui.login_edit.setText(login)
    dialog.ui.password_edit.setText(password)
    qtbot.keyClick(dialog.ui.password_edit, Qt.Key.Key_Return)


def test_enter_in_the_password_field_logs_in(qtbot, login_dialog, gui_ctx):
    assert login_dialog.ui.password_caption.text() == "&Password:"
    assert not login_dialog.ui.demo_label.isVisibleTo(login_dialog)  # not a demo database
    type_login(qtbot, login_dialog, "admin", ADMIN_PASSWORD)
    assert login_dialog.result() == QDialog.DialogCode.Accepted
    assert gui_ctx.actor is not None and gui_ctx.actor.login == "admin"


def test_the_login_dialog_says_how_long_a_locked_account_waits(qtbot, login_dialog, gui_ctx, clock):
    for _ in range(4):
        type_login(qtbot, login_dialog, "admin", WRONG)
        assert login_dialog.ui.error_label.text() == "The login or the password is wrong."
    type_login(qtbot, login_dialog, "admin", WRONG)
    assert login_dialog.ui.error_label.text() == (
        "Account locked after too many failed attempts; try again in 30 s.")
    clock.now += dt.timedelta(seconds=10)
    type_login(qtbot, login_dialog, "admin", ADMIN_PASSWORD)  # even the right one waits
    assert login_dialog.ui.error_label.text() == (
        "Account locked after too many failed attempts; try again in 20 s.")
    assert login_dialog.result() != QDialog.DialogCode.Accepted and gui_ctx.actor is None
    clock.now += dt.timedelta(seconds=20)
    type_login(qtbot, login_dialog, "admin", ADMIN_PASSWORD)
    assert login_dialog.result() == QDialog.DialogCode.Accepted


def test_the_lock_out_message_is_in_the_users_language(qtbot, login_dialog, clock, english):
    from wic_desk.gui.widgets.language import switch_language
    for _ in range(5):
        type_login(qtbot, login_dialog, "admin", WRONG)
    switch_language("pl")
    type_login(qtbot, login_dialog, "admin", WRONG)
    text = login_dialog.ui.error_label.text()
    assert "30" in text and text != "Account locked after too many failed attempts; try again in 30 s."
    switch_language("en")


def test_a_demo_database_shows_its_training_password(qtbot, gui_ctx):
    from wic_desk.gui.pages.login import LoginDialog
    with UnitOfWork(gui_ctx.db, None) as uow:
        set_local_value(uow.session, demo.DEMO_KEY, "1")
    dialog = LoginDialog(None)
    qtbot.addWidget(dialog)
    dialog.set_context(gui_ctx)
    dialog.show()
    assert dialog.ui.demo_label.isVisible()
    assert "demo-szkolenie-2024" in dialog.ui.demo_label.text() and "admin" in dialog.ui.demo_label.text()


def _old_pin_hash(pin: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
    return f"scrypt$16384$8$1${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def test_an_old_pin_account_chooses_its_password_at_login(qtbot, login_dialog, gui_ctx, make_staff):
    user = make_staff(Role.RECEPTIONIST, login="stara")
    with gui_ctx.db.engine.begin() as conn:
        conn.execute(update(Staff).where(Staff.id == user.staff_id).values(password_hash=None,
                                                                          pin_hash=_old_pin_hash("0000")))
    type_login(qtbot, login_dialog, "stara", "0000")
    chooser = login_dialog.choose_dialog
    assert chooser is not None and chooser.isVisible() and login_dialog.result() != QDialog.DialogCode.Accepted
    chooser.password_edit.setText("1234567890")
    chooser.repeat_edit.setText("1234567890")
    chooser.buttons.accepted.emit()
    assert chooser.isVisible()
    assert chooser.errors["password"].text() == "This password is on a list of common passwords; choose another."
    chooser.password_edit.setText(NEW_PASSWORD)
    chooser.repeat_edit.setText(NEW_PASSWORD)
    qtbot.keyClick(chooser.repeat_edit, Qt.Key.Key_Return)
    assert chooser.result() == QDialog.DialogCode.Accepted
    assert login_dialog.result() == QDialog.DialogCode.Accepted and gui_ctx.actor.login == "stara"
    assert auth.login(gui_ctx.db, "stara", NEW_PASSWORD).staff_id == user.staff_id


@pytest.fixture
def window(qtbot, gui_ctx):
    from wic_desk.gui.main_window import MainWindow
    w = MainWindow(gui_ctx)
    qtbot.addWidget(w)
    w.show()
    return w


def test_the_lock_screen_takes_a_pin_or_the_password_and_locks_out(qtbot, window, gui_ctx, clock):
    auth.set_own_pin(gui_ctx.db, gui_ctx.actor, ADMIN_PASSWORD, "2580")
    lock = window.lock_screen
    window.lock()
    assert "PIN or password" in lock.ui.user_label.text()
    lock.ui.pin_edit.setText("2580")
    qtbot.keyClick(lock.ui.pin_edit, Qt.Key.Key_Return)
    assert not window.is_locked

    window.lock()
    lock.ui.pin_edit.setText(ADMIN_PASSWORD)
    qtbot.keyClick(lock.ui.pin_edit, Qt.Key.Key_Return)
    assert not window.is_locked

    window.lock()
    for _ in range(4):
        lock.ui.pin_edit.setText("1470")
        qtbot.keyClick(lock.ui.pin_edit, Qt.Key.Key_Return)
        assert lock.ui.error_label.text().startswith("Wrong PIN or password.")
    lock.ui.pin_edit.setText("1470")
    qtbot.keyClick(lock.ui.pin_edit, Qt.Key.Key_Return)
    assert lock.ui.error_label.text() == "Account locked after too many failed attempts; try again in 30 s."
    lock.ui.pin_edit.setText("2580")
    qtbot.keyClick(lock.ui.pin_edit, Qt.Key.Key_Return)
    assert window.is_locked  # the right PIN waits too
    clock.now += dt.timedelta(seconds=30)
    lock.ui.pin_edit.setText("2580")
    qtbot.keyClick(lock.ui.pin_edit, Qt.Key.Key_Return)
    assert not window.is_locked


def test_own_pin_from_the_file_menu(qtbot, window, gui_ctx, clock):
    assert window.action_pin.text() == "My &PIN for the lock screen…"
    assert window.action_pin in window.ui.menu_file.actions()
    dialog = window.show_pin()
    dialog.current_edit.setText(ADMIN_PASSWORD)
    dialog.pin_edit.setText("1234")
    dialog.repeat_edit.setText("1234")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    assert dialog.errors["pin"].text() == ("This PIN is too easy to guess (the same digit, a run such as 1234, "
                                           "or a year); choose another.")
    dialog.pin_edit.setText("7319")
    dialog.repeat_edit.setText("7319")
    dialog.current_edit.setText(WRONG)
    dialog.buttons.accepted.emit()
    assert dialog.errors["current"].text() == "The login or the password is wrong."
    assert dialog.current_edit.text() == ""
    dialog.current_edit.setText(ADMIN_PASSWORD)
    dialog.buttons.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.pin_edit.text() == "" and dialog.current_edit.text() == ""  # secrets do not linger
    assert auth.has_pin(gui_ctx.db, gui_ctx.actor)
    assert auth.unlock(gui_ctx.db, gui_ctx.actor, "7319").login == "admin"


def test_change_own_password_from_the_file_menu(qtbot, window, gui_ctx, make_staff):
    gui_ctx.actor = make_staff(Role.COUNSELLOR, login="doradca")
    dialog = window.show_change_password()
    rule = [w.text() for w in dialog.findChildren(QLabel)]
    assert "At least 10 characters, or 4 words or more; not a common password." in rule
    dialog.current_edit.setText(STAFF_PASSWORD)
    dialog.password_edit.setText("krotkie")
    dialog.repeat_edit.setText("krotkie")
    dialog.buttons.accepted.emit()
    assert dialog.errors["password"].text() == "A password needs at least 10 characters, or 4 words or more."
    dialog.password_edit.setText(NEW_PASSWORD)
    dialog.repeat_edit.setText(NEW_PASSWORD)
    dialog.buttons.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert auth.login(gui_ctx.db, "doradca", NEW_PASSWORD).login == "doradca"


def test_the_menu_actions_are_off_while_locked(qtbot, window):
    window.lock()
    assert not window.action_pin.isEnabled() and not window.action_change_password.isEnabled()
    assert window.show_pin() is None
