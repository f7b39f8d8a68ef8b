"""The recovery key on screen: shown once, printed to a page that holds it, and made anew from
Administration by an administrator only (the old one stops opening the database)."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox

from wic_desk.gui.context import AppContext
from wic_desk.gui.tasks import ImmediateRunner
from wic_desk.gui.widgets.recovery_key import NewRecoveryKeyFlow, RecoveryKeyDialog, may_make
from wic_desk.services import keys, setup
from wic_desk.store import keyfile


def test_the_printed_page_holds_the_key_and_the_centre(qtbot, tmp_path):
    dialog = RecoveryKeyDialog("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789", "Centrum Integracji Test")
    qtbot.addWidget(dialog)
    dialog.show()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "key.pdf"))
    dialog.print_to(printer)
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "key.pdf").pages)
    lines = [" ".join(line.split()) for line in text.splitlines()]  # pypdf reads word gaps as tabs
    assert "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789" in [line.replace(" ", "") for line in lines]  # one line
    assert "Centre: Centrum Integracji Test" in lines
    assert dialog.printed == 1


def _answer(qtbot, name: str, button: QMessageBox.StandardButton) -> None:
    def box():
        found = [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]
        assert found
        return found[0]
    qtbot.waitUntil(lambda: bool(box()), timeout=2000)
    box().button(button).click()


def test_an_administrator_makes_a_new_key_and_the_old_one_stops_working(qtbot, db, admin, db_path, make_staff):
    from wic_desk.domain.enums import Role
    ctx = AppContext(db=db, runner=ImmediateRunner(), desk=setup.desk_info(db), actor=admin)
    assert may_make(ctx)
    ctx_receptionist = AppContext(db=db, runner=ImmediateRunner(), actor=make_staff(Role.RECEPTIONIST))
    assert not may_make(ctx_receptionist)
    from PySide6.QtWidgets import QWidget
    window = QWidget()
    qtbot.addWidget(window)
    flow = NewRecoveryKeyFlow(ctx, window)
    shown = []
    flow.shown.connect(shown.append)
    flow.confirm()
    _answer(qtbot, "recovery_confirm", QMessageBox.StandardButton.No)
    assert not shown
    before = keyfile.KeyFile.load(keyfile.key_file_path(db_path)).recovery
    flow.confirm()
    _answer(qtbot, "recovery_confirm", QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    dialog = shown[0]
    new_key = dialog.key_label.text()
    assert keyfile.KeyFile.load(keyfile.key_file_path(db_path)).recovery != before
    dialog.kept_check.setChecked(True)
    dialog.close_button.click()
    db.close()
    actor = keys.recover(db_path, new_key, "admin", "haslo po odzyskaniu klucza")
    assert actor.login == "admin"
    db2, _ = keys.open_for_login(db_path, "admin", "haslo po odzyskaniu klucza")
    db2.close()


def test_an_administrator_on_a_centre_without_a_key_is_asked_to_make_one(qtbot, db, admin):
    from sqlalchemy import update

    from wic_desk.gui.main_window import MainWindow
    from wic_desk.store.models import Centre
    with db.new_session() as s:
        s.execute(update(Centre).values(recovery_verifier=None))
        s.commit()
    assert not keys.has_recovery_key(db)
    ctx = AppContext(db=db, runner=ImmediateRunner(), desk=setup.desk_info(db), actor=admin)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.action_recovery_key.isEnabled()
    window.ask_for_a_recovery_key_if_none()
    _answer(qtbot, "recovery_confirm", QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: window.recovery_flow.dialog is not None, timeout=5000)
    assert keys.has_recovery_key(db)
    window.recovery_flow.dialog.kept_check.setChecked(True)
    window.recovery_flow.dialog.close_button.click()
    window.close()
