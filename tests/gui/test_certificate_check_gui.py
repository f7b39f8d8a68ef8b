"""Verify a certificate from the main window, by keyboard: typed, wrong, scanned (the QR code's
address pasted), every check audited; every role finds it; locking hides it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.unit.test_certificates import _attend, _course, _person
from wic_desk.domain.enums import ConsultationKind, Role
from wic_desk.services import audit
from wic_desk.services import certificates as certs

ISSUED = dt.date(2024, 3, 15)


@pytest.fixture
def issued(db, admin, consent):
    """Oleksandra's certificate of a 5-session course she attended 4 times (8 hours)."""
    aid = _course(db, admin)
    pid = _person(db, admin, consent, "Oleksandra", "Kovalchuk", "Олександра Ковальчук", languages="uk")
    _attend(db, admin, aid, pid, 4)
    return certs.issue(db, admin, aid, pid, today=ISSUED)


@pytest.fixture
def window(qtbot, gui_ctx, make_staff):
    from wic_desk.gui.main_window import MainWindow
    gui_ctx.actor = make_staff(Role.RECEPTIONIST)
    w = MainWindow(gui_ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _enter(widget) -> None:
    QTest.keyClick(widget, Qt.Key.Key_Return)


def test_a_receptionist_checks_certificates_by_keyboard(qtbot, window, gui_ctx, db, admin, issued):
    action = window.action_verify_certificate
    assert action.isVisible() and action.isEnabled() and action in window.ui.menu_file.actions()
    assert action.shortcut() == QKeySequence("Ctrl+Shift+V") and action.text() == "&Verify a certificate…"
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.verify_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.serial_edit, timeout=3000)

    # typed as people type it: lower case, dashes, the number unpadded; Enter goes on to the code
    typed = issued.serial.lower().replace("/", "-").replace("-00000", "-")
    qtbot.keyClicks(dialog.serial_edit, typed)
    _enter(dialog.serial_edit)
    assert QApplication.focusWidget() is dialog.code_edit and dialog.state() == ""
    qtbot.keyClicks(dialog.code_edit, issued.code.replace("-", "").lower())
    _enter(dialog.code_edit)
    assert dialog.state() == "genuine"
    text = dialog.answer.text()
    for shown in ("Genuine", issued.serial, "Oleksandra Kovalchuk", "Олександра Ковальчук",
                  "Kurs języka polskiego A1", "15.03.2024", "certificate of completion"):
        assert shown in text, shown
    assert ">8<" in text  # hours
    assert dialog.serial_edit.text() == issued.serial and dialog.serial_edit.hasSelectedText()

    # a wrong code: not genuine, and nothing about anyone
    dialog.code_edit.clear()
    qtbot.keyClicks(dialog.code_edit, "AAAA-BBBB-CCCC")
    _enter(dialog.code_edit)
    assert dialog.state() == "not-genuine"
    assert "Not genuine" in dialog.answer.text() and "Kovalchuk" not in dialog.answer.text()

    # the QR code's text scanned (a scanner types it) into the number field: split and checked at once
    certs.set_verification_url(db, admin, "https://cert.example.org/wic/")
    link = certs.verification_link("https://cert.example.org/wic/", issued.serial, issued.code)
    dialog.serial_edit.clear()
    dialog.code_edit.clear()
    dialog.serial_edit.setFocus()
    qtbot.keyClicks(dialog.serial_edit, link)
    assert (dialog.serial_edit.text(), dialog.code_edit.text()) == (issued.serial, issued.code)
    assert dialog.state() == "genuine" and "Oleksandra Kovalchuk" in dialog.answer.text()

    # nothing typed: a prompt, no check
    dialog.serial_edit.clear()
    dialog.code_edit.clear()
    QTest.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.state() == "prompt" and QApplication.focusWidget() is dialog.serial_edit

    checks = [e for e in audit.entries(db, admin) if e.action == "certificate.verify"]
    assert sorted(e.detail for e in checks) == sorted([f"{issued.serial} genuine", f"{issued.serial} not genuine",
                                                       f"{issued.serial} genuine"])
    assert {e.staff_name for e in checks} == {gui_ctx.actor.full_name}

    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_locking_closes_the_dialog_and_disables_the_action(qtbot, window, issued):
    window.show_verify_certificate()
    assert window.verify_dialog.isVisible()
    window.lock()
    assert not window.verify_dialog.isVisible() and not window.action_verify_certificate.isEnabled()
    window.show_verify_certificate()  # the shortcut while locked: nothing
    assert not window.verify_dialog.isVisible()
    window.unlock()
    assert window.action_verify_certificate.isEnabled()


@pytest.mark.parametrize("role", list(Role))
def test_every_role_may_verify(qtbot, gui_ctx, make_staff, role):
    from wic_desk.domain.permissions import Action, allowed
    from wic_desk.gui.main_window import MainWindow
    if role != Role.ADMIN:
        gui_ctx.actor = make_staff(role, kind=ConsultationKind.LAWYER if role == Role.SPECIALIST else None)
    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)
    assert window.action_verify_certificate.isVisible() == allowed(role, Action.VERIFY_CERTIFICATE) is True


def test_the_dialog_speaks_polish(qtbot, qapp, english, gui_ctx, issued):
    from wic_desk.gui import i18n
    from wic_desk.gui.widgets.certificate_check import VerifyCertificateDialog
    i18n.install(qapp, "pl")
    dialog = VerifyCertificateDialog(gui_ctx)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Sprawdź zaświadczenie" and dialog.check_button.text() == "Sp&rawdź"
    dialog.serial_edit.setText(issued.serial)
    dialog.code_edit.setText("AAAA-BBBB-CCCC")
    dialog.check()
    assert dialog.state() == "not-genuine" and "Nieautentyczne" in dialog.answer.text()
    dialog.code_edit.setText(issued.code)
    dialog.check()
    assert "Autentyczne" in dialog.answer.text() and "Liczba godzin" in dialog.answer.text()


def test_a_genuine_answer_is_shown_whole_in_polish(qtbot, qapp, english, gui_ctx, issued):
    """Polish labels are longer and wrap: the dialog grows so that no line of the answer is cut."""
    from wic_desk.gui import i18n
    from wic_desk.gui.widgets.certificate_check import VerifyCertificateDialog
    i18n.install(qapp, "pl")
    dialog = VerifyCertificateDialog(gui_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(420, dialog.minimumSizeHint().height())  # as small as a user may make it
    dialog.serial_edit.setText(issued.serial)
    dialog.code_edit.setText(issued.code)
    dialog.check()
    assert dialog.state() == "genuine"
    qtbot.wait(50)
    assert dialog.answer.height() >= dialog.answer.heightForWidth(dialog.answer.width())
    assert dialog.answer.geometry().bottom() < dialog.buttons.geometry().top()
