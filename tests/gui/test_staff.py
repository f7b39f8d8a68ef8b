"""Staff accounts: the table model, and the page and dialogs driven as an administrator."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QDialog, QLabel

from tests.conftest import STAFF_PASSWORD
from wic_desk.domain.enums import ConsultationKind, Role
from wic_desk.domain.errors import UserError
from wic_desk.gui.pages.staff import (
    ResetPasswordDialog,
    StaffDialog,
    StaffFilterProxy,
    StaffPage,
    StaffTableModel,
)
from wic_desk.services import auth
from wic_desk.services.auth import StaffRow


def row(login, name, role=Role.RECEPTIONIST, kind=None, active=True) -> StaffRow:
    return StaffRow(uuid.uuid4(), login, name, role, kind, active)


ROWS = [
    row("okoval", "Олена Коваль", Role.COUNSELLOR),
    row("lzak", "Łucja Żak", Role.SPECIALIST, ConsultationKind.PSYCHOLOGIST),
    row("tnowak", "Tomasz Nowak", Role.COORDINATOR, active=False),
    row("admin", "Anna Admin", Role.ADMIN),
]


# -- the model -------------------------------------------------------------------------------------


def test_model_passes_qtmodeltester(qtmodeltester):
    model = StaffTableModel()
    model.set_rows(ROWS)
    qtmodeltester.check(model)


def test_model_passes_qtmodeltester_when_empty(qtmodeltester):
    qtmodeltester.check(StaffTableModel())


def test_proxy_passes_qtmodeltester_and_filters(qtmodeltester):
    model = StaffTableModel()
    model.set_rows(ROWS)
    proxy = StaffFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_text("ŻAK")
    assert proxy.rowCount() == 1
    proxy.set_text("")
    proxy.set_show_inactive(False)
    assert proxy.rowCount() == 3
    proxy.set_show_inactive(True)
    proxy.sort(StaffTableModel.NAME, Qt.SortOrder.AscendingOrder)
    names = [proxy.index(r, StaffTableModel.NAME).data() for r in range(proxy.rowCount())]
    assert names[0] == "Anna Admin"


def test_model_columns_and_roles():
    model = StaffTableModel()
    model.set_rows(ROWS)
    assert model.columnCount() == StaffTableModel.COLUMN_COUNT == 5
    assert model.headerData(StaffTableModel.SPECIALIST_KIND, Qt.Orientation.Horizontal) == "Specialist kind"
    assert model.index(0, StaffTableModel.ROLE).data() == "Counsellor"
    assert model.index(1, StaffTableModel.SPECIALIST_KIND).data() == "Psychologist"
    assert model.index(2, StaffTableModel.ACTIVE).data() == "Inactive"
    assert model.index(0, 0).data(StaffTableModel.ROW_ROLE) is ROWS[0]
    assert model.index(0, 0).data(StaffTableModel.ID_ROLE) == str(ROWS[0].id)
    assert model.row_of(ROWS[3].id) == 3


# -- the page --------------------------------------------------------------------------------------


@pytest.fixture
def page(qtbot, gui_ctx):
    p = StaffPage(gui_ctx)
    qtbot.addWidget(p)
    p.resize(1000, 600)
    p.show()
    return p


def logins(page) -> list[str]:
    return [r.login for r in page.model.rows()]


NEW_PASSWORD = "topola-jarzab-grab-cis"


def fill(dialog: StaffDialog, login: str, name: str, role: Role, pin: str = NEW_PASSWORD, repeat: str | None = None,
         kind: ConsultationKind | None = None) -> None:
    ui = dialog.ui
    ui.login_edit.setText(login)
    ui.full_name_edit.setText(name)  # setText: names may be Polish or Cyrillic
    ui.role_combo.setCurrentIndex(ui.role_combo.findData(role))
    if kind is not None:
        ui.specialist_kind_combo.setCurrentIndex(ui.specialist_kind_combo.findData(kind))
    ui.password_edit.setText(pin)
    ui.password_repeat_edit.setText(pin if repeat is None else repeat)


def ok(dialog) -> None:
    dialog.ui.button_box.accepted.emit()


def test_page_lists_the_staff(page):
    assert logins(page) == ["admin"]
    assert not page.ui.edit_button.isEnabled()


def test_add_through_the_dialog_updates_the_table(qtbot, page, gui_ctx):
    dialog = page.add()
    assert isinstance(dialog, StaffDialog) and dialog.isVisible()
    assert not dialog.ui.specialist_kind_combo.isEnabled()
    fill(dialog, "okoval", "Олена Коваль", Role.COUNSELLOR)
    ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert sorted(logins(page)) == ["admin", "okoval"]
    selected = page.selected_row()
    assert selected is not None and selected.login == "okoval" and selected.full_name == "Олена Коваль"
    assert auth.login(gui_ctx.db, "okoval", NEW_PASSWORD).role == Role.COUNSELLOR


def test_the_dialog_shows_what_is_wrong_next_to_the_field(qtbot, page):
    dialog = page.add()
    ui = dialog.ui
    fill(dialog, "", "Iryna Test", Role.RECEPTIONIST)
    ok(dialog)
    assert dialog.isVisible() and ui.login_error.text() == "This field is required."

    fill(dialog, "ADMIN", "Iryna Test", Role.RECEPTIONIST)
    ok(dialog)
    assert ui.login_error.text() == "This login is already taken."  # the service said so
    assert dialog.isVisible()

    fill(dialog, "itest", "Iryna Test", Role.RECEPTIONIST, pin="12")
    ok(dialog)
    assert not ui.login_error.isVisibleTo(dialog)
    assert "at least 10" in ui.password_error.text()

    fill(dialog, "itest", "Iryna Test", Role.RECEPTIONIST, pin="qwertyuiop")
    ok(dialog)
    assert ui.password_error.text() == "This password is on a list of common passwords; choose another."

    fill(dialog, "itest", "Iryna Test", Role.RECEPTIONIST, pin=NEW_PASSWORD, repeat=NEW_PASSWORD + "x")
    ok(dialog)
    assert ui.password_error.text() == "The two passwords are not the same."

    fill(dialog, "itest", "Iryna Test", Role.SPECIALIST)
    assert ui.specialist_kind_combo.isEnabled()
    ok(dialog)
    assert ui.specialist_kind_error.text() == "Choose the kind of specialist."
    assert dialog.isVisible() and logins(page) == ["admin"]

    fill(dialog, "itest", "Iryna Test", Role.SPECIALIST, kind=ConsultationKind.LAWYER)
    ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    added = next(r for r in page.model.rows() if r.login == "itest")
    assert added.specialist_kind == ConsultationKind.LAWYER


def test_deactivate_and_activate(qtbot, page, gui_ctx, make_staff):
    make_staff(Role.RECEPTIONIST, login="recepcja")
    page.refresh()
    staff_id = next(r.id for r in page.model.rows() if r.login == "recepcja")
    assert page.select(staff_id)
    assert page.ui.toggle_active_button.text() == "&Deactivate"
    click = page.ui.toggle_active_button.click
    click()
    assert not next(r for r in page.model.rows() if r.login == "recepcja").active
    assert page.selected_row().id == staff_id
    assert page.ui.toggle_active_button.text() == "&Activate"
    with pytest.raises(UserError):
        auth.login(gui_ctx.db, "recepcja", STAFF_PASSWORD)

    page.ui.show_inactive_check.setChecked(False)
    assert page.proxy.rowCount() == 1
    page.ui.show_inactive_check.setChecked(True)

    page.select(staff_id)
    click()
    assert next(r for r in page.model.rows() if r.login == "recepcja").active
    assert auth.login(gui_ctx.db, "recepcja", STAFF_PASSWORD).login == "recepcja"


def test_an_admin_cannot_deactivate_themselves(page, gui_ctx):
    page.select(gui_ctx.actor.staff_id)
    page.ui.toggle_active_button.click()
    assert page.ui.error_label.isVisible()
    assert "cannot deactivate your own account" in page.ui.error_label.text()
    assert page.model.rows()[0].active


def test_edit_changes_name_and_role(qtbot, page, make_staff):
    make_staff(Role.COUNSELLOR, login="doradca")
    page.refresh()
    page.select(next(r.id for r in page.model.rows() if r.login == "doradca"))
    dialog = page.edit_selected()
    assert dialog.ui.login_edit.isReadOnly() and not dialog.ui.password_edit.isVisibleTo(dialog)
    dialog.ui.full_name_edit.setText("Mykola Doradca")
    dialog.ui.role_combo.setCurrentIndex(dialog.ui.role_combo.findData(Role.SPECIALIST))
    ok(dialog)
    assert dialog.isVisible() and dialog.ui.specialist_kind_error.isVisibleTo(dialog)
    dialog.ui.specialist_kind_combo.setCurrentIndex(
        dialog.ui.specialist_kind_combo.findData(ConsultationKind.TAX_ADVISOR))
    ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    edited = next(r for r in page.model.rows() if r.login == "doradca")
    assert (edited.full_name, edited.role, edited.specialist_kind) == (
        "Mykola Doradca", Role.SPECIALIST, ConsultationKind.TAX_ADVISOR)


def test_reset_password_typed(qtbot, page, gui_ctx, make_staff):
    make_staff(Role.RECEPTIONIST, login="zapomnialam")
    page.refresh()
    page.select(next(r.id for r in page.model.rows() if r.login == "zapomnialam"))
    dialog = page.reset_password_selected()
    assert isinstance(dialog, ResetPasswordDialog)
    dialog.ui.password_edit.setText(NEW_PASSWORD)
    dialog.ui.password_repeat_edit.setText(NEW_PASSWORD + "!")
    ok(dialog)
    assert dialog.isVisible() and dialog.ui.password_error.text() == "The two passwords are not the same."
    dialog.ui.password_repeat_edit.setText(NEW_PASSWORD)
    ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert auth.login(gui_ctx.db, "zapomnialam", NEW_PASSWORD).login == "zapomnialam"
    assert dialog.ui.password_edit.text() == ""  # the password does not linger in the widget


def test_reset_password_made_by_the_app_is_shown_once(qtbot, page, gui_ctx, make_staff):
    make_staff(Role.COUNSELLOR, login="nowe-haslo")
    page.refresh()
    page.select(next(r.id for r in page.model.rows() if r.login == "nowe-haslo"))
    dialog = page.reset_password_selected()
    made = dialog.generator.generate()
    shown = dialog.findChild(QLabel, "generated_label")
    assert shown.isVisibleTo(dialog) and made in shown.text()
    ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert made not in shown.text()  # gone with the dialog
    assert auth.login(gui_ctx.db, "nowe-haslo", made).login == "nowe-haslo"


def test_the_page_refuses_a_non_admin_because_the_services_do(qtbot, gui_ctx, make_staff):
    gui_ctx.actor = make_staff(Role.COORDINATOR)
    p = StaffPage(gui_ctx)
    qtbot.addWidget(p)
    assert p.model.rowCount() == 0
    assert p.ui.error_label.text() == "Your role does not allow this."


def test_language_change_refreshes_the_table_texts(qtbot, page):
    seen = []
    page.model.headerDataChanged.connect(lambda *a: seen.append(a))
    QCoreApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
    assert seen
    assert page.ui.add_button.text() == "&Add…"
