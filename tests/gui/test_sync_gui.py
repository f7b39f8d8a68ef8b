"""The sync screen driven as staff use it, between two real desks (two SQLite files).

Desk A is the test database set up by tests/conftest.py; desk B joins from A's full file and its
join code. Exchange files are age files for the centre key (instant); the tests that join swap in
the fast sealing of join codes of the sync unit tests (argon2id costs a fraction of a second a
code by design). Nobody types a passphrase, except once on a desk set up before centre keys.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
from sqlalchemy import delete

from tests.conftest import ADMIN_PASSWORD as ADMIN_PIN
from tests.unit.test_sync_helpers import PASSPHRASE, FastCipher
from wic_desk.domain.enums import ConsentKind, Role, Sex
from wic_desk.domain.errors import UserError
from wic_desk.gui.context import AppContext
from wic_desk.gui.models.sync import ConflictsModel, ConflictValuesModel, PeersModel
from wic_desk.gui.pages import sync as sync_page
from wic_desk.gui.pages.sync import (
    EVERYTHING,
    ONE_DESK,
    FormerPassphraseDialog,
    JoinCodeDialog,
    SyncPage,
    WriteDialog,
)
from wic_desk.gui.tasks import ImmediateRunner
from wic_desk.services import auth, people, setup
from wic_desk.services import sync as sync_service
from wic_desk.services.context import Database
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import LocalState
from wic_desk.sync import centrekey, fileformat

JOIN_CODE = re.compile(r"^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$")
REAL_ASK = FormerPassphraseDialog.__dict__["ask"]  # the staticmethod, to put back after a stand-in

CONSENT = people.ConsentInput(ConsentKind.WRITTEN, dt.date(2024, 1, 10), "Services of the centre")


@pytest.fixture
def fast_cipher():
    old = fileformat.set_cipher(FastCipher())
    yield
    fileformat.set_cipher(old)


def register(db, actor, given, family, **extra):
    return people.register(db, actor, people.PersonInput(given_name=given, family_name=family, sex=Sex.FEMALE,
                                                         **extra), CONSENT)


class Desk:
    def __init__(self, db: Database, actor) -> None:
        self.db = db
        self.actor = actor
        self.ctx = AppContext(db=db, runner=ImmediateRunner(), desk=setup.desk_info(db), actor=actor)


@pytest.fixture
def desk_a(db, admin):
    return Desk(db, admin)


def join_b(desk_a: Desk, tmp_path, person_first=None) -> Desk:
    full = tmp_path / "full-for-b.wicsync"
    code = sync_service.export_changes(desk_a.db, desk_a.actor, full, full=True).join_code
    b = Database.open(tmp_path / "desk-b.db")
    sync_service.join_centre(b, full, code, "Recepcja 2")
    return Desk(b, auth.login(b, "admin", ADMIN_PIN))


def forget_centre_key(desk: Desk) -> None:
    """As a desk set up before centre keys is: no centre key in its local state."""
    with UnitOfWork(desk.db, desk.actor) as uow:
        uow.session.execute(delete(LocalState).where(LocalState.key == sync_service.CENTRE_KEY))
    assert not sync_service.has_centre_key(desk.db)


@pytest.fixture
def desk_b(desk_a, tmp_path, fast_cipher):
    register(desk_a.db, desk_a.actor, "Oksana", "Melnyk")  # B holds her from the start
    b = join_b(desk_a, tmp_path)
    yield b
    b.db.close()


def make_page(qtbot, desk: Desk) -> SyncPage:
    page = SyncPage(desk.ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def answer_dialogs(monkeypatch, save_to=None, open_from=None, former=None, asked=None):
    """The file dialogs answer as the user would. The former passphrase is asked for only on a
    desk without the centre key: ``former`` is the answer (None: Cancel), ``asked`` counts the
    times; without ``asked`` the dialog must not open at all."""
    def ask(parent):
        if asked is None:
            raise AssertionError("the former sync passphrase was asked for on a desk with the centre key")
        asked.append(parent)
        return former
    monkeypatch.setattr(FormerPassphraseDialog, "ask", staticmethod(ask))
    if save_to is not None:
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(save_to), ""))
    if open_from is not None:
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(open_from), ""))


def write_through_page(qtbot, page: SyncPage, mode=None, desk_id=None) -> None:
    qtbot.mouseClick(page.write_button, Qt.MouseButton.LeftButton)
    dialog = page.write_dialog
    assert isinstance(dialog, WriteDialog) and dialog.isVisible()
    if mode is not None:
        dialog.choose(mode, desk_id)
    dialog.accept()


def cell(model, row, column):
    return model.data(model.index(row, column))


def take_join_code(qtbot, page: SyncPage) -> str:
    """The join code dialog after a full file: it is there, it does not go away by a stray Enter or
    Escape, and it closes once the person says they have written the code down."""
    dialog = page.join_code_dialog
    assert isinstance(dialog, JoinCodeDialog) and dialog.isVisible()
    code = dialog.code_label.text()
    assert JOIN_CODE.match(code), code
    assert dialog.code_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert "separately" in dialog.explain_label.text() and "gone" in dialog.once_label.text()
    assert not dialog.close_button.isEnabled() and dialog.close_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and page.join_code_dialog is dialog
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == code and dialog.copied_label.isVisible()
    dialog.kept_check.setChecked(True)
    assert dialog.close_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Close is the default button
    assert not dialog.isVisible() and page.join_code_dialog is None
    assert page.last_export.join_code is None  # kept nowhere after this
    QApplication.clipboard().clear()
    return code


# -- writing and reading -----------------------------------------------------------------------------


def test_a_file_for_everyone_brings_a_new_person_to_the_other_desk(qtbot, monkeypatch, desk_a, desk_b, tmp_path):
    register(desk_a.db, desk_a.actor, "Halyna", "Bondarenko")
    out = tmp_path / "from-a.wicsync"
    asked: list[str] = []
    page_a = make_page(qtbot, desk_a)
    answer_dialogs(monkeypatch, save_to=out, asked=asked)
    write_through_page(qtbot, page_a)  # "for every desk" is the default
    assert out.exists() and not page_a.busy
    assert page_a.last_export is not None and page_a.last_export.changes > 0
    assert "for every desk" in page_a.status.text() and str(out) in page_a.status.text()
    assert page_a.progress is None  # the progress dialog is gone
    assert asked == [] and page_a.join_code_dialog is None  # nothing typed, no code for an ordinary file
    assert "centre key" in page_a.intro.text() and "passphrase" not in page_a.intro.text()

    page_b = make_page(qtbot, desk_b)
    assert page_b.nothing_read.isVisible()
    answer_dialogs(monkeypatch, open_from=out)
    with qtbot.waitSignal(page_b.imported, timeout=2000):
        qtbot.mouseClick(page_b.read_button, Qt.MouseButton.LeftButton)
    result = page_b.last_import
    assert result.from_desk_name == "Recepcja 1" and result.new > 0 and result.conflicts == 0
    assert page_b.arrived_values["from"].text() == "Recepcja 1"
    assert page_b.arrived_values["new"].text() == str(result.new) or result.new >= 1000
    assert page_b.arrived_values["conflicts"].text() == "0"
    assert "Read a file from Recepcja 1" in page_b.status.text()
    assert page_b.no_conflicts.isVisible()

    from wic_desk.gui.pages.desk import DeskPage
    desk_page = DeskPage(desk_b.ctx)
    qtbot.addWidget(desk_page)
    desk_page.ui.searchEdit.setText("Bondarenko")
    desk_page.run_search()
    assert [h.latin_name for h in desk_page.results.rows()] == ["Halyna Bondarenko"]


def test_a_file_of_another_centre_is_one_plain_message_and_changes_nothing(qtbot, monkeypatch, desk_a,
                                                                             tmp_path):
    register(desk_a.db, desk_a.actor, "Nino", "Beridze")
    out = tmp_path / "from-a.wicsync"
    page_a = make_page(qtbot, desk_a)
    answer_dialogs(monkeypatch, save_to=out)
    write_through_page(qtbot, page_a)
    assert out.exists() and not page_a.busy

    other_db = Database.open(tmp_path / "other.db")  # another centre, set up the same way
    try:
        other = Desk(other_db, setup.initialise(other_db, "Centrum Integracji Test", "Recepcja 1", "admin",
                                                "Anna Admin", ADMIN_PIN).admin)
        before = sync_service.digest(other_db)
        page = make_page(qtbot, other)
        answer_dialogs(monkeypatch, open_from=out)
        qtbot.mouseClick(page.read_button, Qt.MouseButton.LeftButton)
        message = page.status.text()
        assert page.status.isVisible() and "from another centre" in message
        assert len(message.splitlines()) == 1 and "Traceback" not in message
        assert page.last_import is None and not page.busy
        assert sync_service.digest(other_db) == before
        assert people.search(other_db, "Beridze") == []
    finally:
        other_db.close()


def test_cancel_while_reading_changes_nothing(qtbot, monkeypatch, desk_a, desk_b, tmp_path):
    register(desk_a.db, desk_a.actor, "Iryna", "Kovalenko")
    out = tmp_path / "a.wicsync"
    sync_service.export_changes(desk_a.db, desk_a.actor, out)
    before = sync_service.digest(desk_b.db)
    page_b = make_page(qtbot, desk_b)
    real_import = sync_service.import_file

    def import_and_cancel(db, actor, path, progress=None):
        def step(done, total):
            page_b.progress.canceled.emit()  # the user presses Cancel while the file is being read
            progress(done, total)
        return real_import(db, actor, path, progress=step)

    monkeypatch.setattr(sync_page.sync_service, "import_file", import_and_cancel)
    page_b.start_import(out)
    assert "cancelled" in page_b.status.text() and not page_b.busy
    assert sync_service.digest(desk_b.db) == before


# -- the other desks ---------------------------------------------------------------------------------


def test_the_peers_table_shows_the_last_exchange(qtbot, monkeypatch, desk_a, desk_b, tmp_path):
    page_b = make_page(qtbot, desk_b)
    names = [p.name for p in page_b.peer_rows()]
    assert names == ["Recepcja 1"]  # known from the full file B joined from
    assert page_b.last_exchange_text("Recepcja 1")[1] == "never"

    out = tmp_path / "a.wicsync"
    sync_service.export_changes(desk_a.db, desk_a.actor, out)
    answer_dialogs(monkeypatch, open_from=out)
    page_b.ask_read()
    received, sent, lacking = page_b.last_exchange_text("Recepcja 1")
    assert received.startswith(dt.date.today().strftime("%d.%m.%Y")) and sent == "never"
    assert int(lacking) > 0  # B's own desk record and the like have not reached A

    back = tmp_path / "for-a.wicsync"
    answer_dialogs(monkeypatch, save_to=back)
    peer = page_b.peer_rows()[0]
    write_through_page(qtbot, page_b, ONE_DESK, peer.desk_id)
    assert back.exists() and "for Recepcja 1" in page_b.status.text()
    received, sent, lacking = page_b.last_exchange_text("Recepcja 1")
    assert sent.startswith(dt.date.today().strftime("%d.%m.%Y"))
    assert lacking == str(page_b.last_export.changes)  # judged from A's file only, never from what was sent


def test_receptionists_write_for_everyone_but_not_everything(qtbot, desk_a, make_staff):
    desk_a.ctx.actor = make_staff(Role.RECEPTIONIST)
    page = make_page(qtbot, desk_a)
    dialog = page.ask_write()
    assert dialog is not None and dialog.everyone_radio.isChecked()
    assert not dialog.full_radio.isEnabled()
    assert not dialog.desk_radio.isEnabled()  # no other desk known yet
    assert page.resolve_note.isVisibleTo(page)
    dialog.reject()


def test_the_former_passphrase_dialog_hides_what_is_typed_and_wants_it_twice(qtbot):
    dialog = FormerPassphraseDialog()
    qtbot.addWidget(dialog)
    assert dialog.edit.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.repeat_edit.echoMode() == QLineEdit.EchoMode.Password
    assert "set up before exchange files used the centre key" in dialog.intro.text()
    dialog.check_and_accept()  # nothing typed: stays, says so
    assert dialog.result() == 0 and dialog.error.text() == "Enter the centre's former sync passphrase."
    dialog.edit.setText("x y z")
    dialog.repeat_edit.setText("x y")
    dialog.check_and_accept()
    assert dialog.result() == 0 and "not the same" in dialog.error.text()
    dialog.repeat_edit.setText("x y z")
    dialog.check_and_accept()
    assert dialog.result() == 1 and dialog.passphrase() == "x y z"


# -- conflicts ---------------------------------------------------------------------------------------


def test_a_conflict_is_listed_with_both_values_and_settled_on_both_desks(qtbot, monkeypatch, desk_a, desk_b,
                                                                         tmp_path):
    pid = people.search(desk_a.db, "Melnyk")[0].id
    for desk, town in ((desk_a, "Wrocław"), (desk_b, "Kraków")):  # the same field, offline, apart
        data = people.get_person(desk.db, desk.actor, pid).data
        data.city = town
        people.update_person(desk.db, desk.actor, pid, data)

    to_b = tmp_path / "a-to-b.wicsync"
    sync_service.export_changes(desk_a.db, desk_a.actor, to_b)
    page_b = make_page(qtbot, desk_b)
    answer_dialogs(monkeypatch, open_from=to_b)
    page_b.ask_read()
    assert page_b.last_import.conflicts == 1 and "1 conflicts to review" in page_b.status.text()
    model = page_b.conflicts_model
    assert model.rowCount() == 1 and page_b.conflicts_view.isVisible()
    assert cell(model, 0, ConflictsModel.RECORD) == "Person: Oksana Melnyk"
    assert cell(model, 0, ConflictsModel.FIELD) == "City"
    shown, other = cell(model, 0, ConflictsModel.SHOWN), cell(model, 0, ConflictsModel.OTHERS)
    assert {shown, other} == {"Wrocław", "Kraków"}
    values = page_b.values_model
    assert values.rowCount() == 2
    assert [cell(values, r, ConflictValuesModel.DESK) for r in range(2)] in (["Recepcja 1", "Recepcja 2"],
                                                                           ["Recepcja 2", "Recepcja 1"])
    assert cell(values, 0, ConflictValuesModel.SHOWN) == "shown"
    assert cell(values, 0, ConflictValuesModel.AUTHOR) == "Anna Admin"
    assert cell(values, 1, ConflictValuesModel.WHEN).startswith(dt.date.today().strftime("%d.%m.%Y"))
    assert page_b.keep_button.isEnabled() and page_b.use_other_button.isEnabled()
    assert "Ctrl+K" in page_b.keep_button.text() and "Ctrl+U" in page_b.use_other_button.text()

    qtbot.mouseClick(page_b.use_other_button, Qt.MouseButton.LeftButton)
    assert people.get_person(desk_b.db, desk_b.actor, pid).data.city == other
    assert model.rowCount() == 0 and page_b.no_conflicts.isVisible()
    assert "Settled" in page_b.status.text()

    back = tmp_path / "b-to-a.wicsync"
    answer_dialogs(monkeypatch, save_to=back)
    write_through_page(qtbot, page_b, ONE_DESK, desk_a.db.desk_id)
    page_a = make_page(qtbot, desk_a)
    answer_dialogs(monkeypatch, open_from=back)
    page_a.ask_read()
    assert page_a.last_import.from_desk_name == "Recepcja 2"
    assert people.get_person(desk_a.db, desk_a.actor, pid).data.city == other
    assert sync_service.digest(desk_a.db) == sync_service.digest(desk_b.db)
    assert page_a.conflicts_model.rowCount() == 0


def test_hidden_values_show_as_hidden_and_only_coordinators_settle(qtbot, monkeypatch, desk_a, desk_b, tmp_path,
                                                                   make_staff):
    """A password reset at both desks conflicts; its values are never shown."""
    staff_id = auth.add_staff(desk_a.db, desk_a.actor, "recep", "Olena Recepcja", Role.RECEPTIONIST,
                              "dab-buk-klon-lipa")
    to_b = tmp_path / "staff.wicsync"
    sync_service.export_changes(desk_a.db, desk_a.actor, to_b)
    sync_service.import_file(desk_b.db, desk_b.actor, to_b)
    auth.reset_password(desk_a.db, desk_a.actor, staff_id, "pierwsza-rzeka-wisla")
    auth.reset_password(desk_b.db, desk_b.actor, staff_id, "druga-rzeka-warta")
    again = tmp_path / "again.wicsync"
    sync_service.export_changes(desk_a.db, desk_a.actor, again)
    sync_service.import_file(desk_b.db, desk_b.actor, again)

    page = make_page(qtbot, desk_b)
    model = page.conflicts_model
    rows = [r for r in range(model.rowCount()) if cell(model, r, ConflictsModel.FIELD) == "password hash"]
    assert rows, [cell(model, r, ConflictsModel.FIELD) for r in range(model.rowCount())]
    page.select_conflict(rows[0])
    assert cell(model, rows[0], ConflictsModel.SHOWN) == "(hidden)"
    assert {cell(page.values_model, r, ConflictValuesModel.VALUE) for r in range(2)} == {"(hidden)"}

    desk_b.ctx.actor = make_coordinator_free_receptionist(desk_b.db)
    receptionist_page = make_page(qtbot, desk_b)
    assert receptionist_page.conflicts_model.rowCount() == model.rowCount()
    assert not receptionist_page.keep_button.isEnabled() and receptionist_page.resolve_note.isVisible()


def make_coordinator_free_receptionist(db):
    """The receptionist of the conflict test, logged in with whichever password is shown now."""
    from wic_desk.domain.errors import UserError
    for pin in ("druga-rzeka-warta", "pierwsza-rzeka-wisla"):
        try:
            return auth.login(db, "recep", pin)
        except UserError:
            continue
    raise AssertionError("no password works")


def test_sync_models_pass_the_model_tester(qtmodeltester, desk_a, desk_b):
    peers = PeersModel()
    peers.set_rows(sync_service.peers(desk_b.db))
    qtmodeltester.check(peers, force_py=True)
    conflicts = ConflictsModel()
    qtmodeltester.check(conflicts, force_py=True)
    values = ConflictValuesModel()
    qtmodeltester.check(values, force_py=True)


def test_a_full_file_shows_its_join_code_once_and_the_code_opens_it(qtbot, monkeypatch, desk_a, tmp_path,
                                                                     fast_cipher):
    page = make_page(qtbot, desk_a)
    out = tmp_path / "full.wicsync"
    answer_dialogs(monkeypatch, save_to=out)
    write_through_page(qtbot, page, EVERYTHING)
    assert out.exists() and "everything" in page.status.text() and "join code" in page.status.text()
    assert str(out) in page.join_code_dialog.file_label.text()
    code = take_join_code(qtbot, page)
    assert code not in page.status.text()

    fresh = Database.open(tmp_path / "fresh.db")
    try:
        with pytest.raises(UserError) as wrong:
            sync_service.join_centre(fresh, out, "ABCD-EFGH-JKLM-NPQR", "Recepcja 3")
        assert wrong.value.text == centrekey.E_WRONG_CODE and not fresh.is_set_up()
        assert sync_service.join_centre(fresh, out, code, "Recepcja 3").staff == 1
        assert fresh.local(sync_service.CENTRE_KEY) == desk_a.db.local(sync_service.CENTRE_KEY)
    finally:
        fresh.close()

    out2 = tmp_path / "full-2.wicsync"
    answer_dialogs(monkeypatch, save_to=out2)
    write_through_page(qtbot, page, EVERYTHING)
    assert take_join_code(qtbot, page) != code  # one code a file


# -- the desks' states and retiring one ------------------------------------------------------------------


def test_each_desk_shows_its_state_and_an_admin_retires_one_after_confirming(qtbot, monkeypatch, desk_a, desk_b,
                                                                             tmp_path, make_staff):
    from PySide6.QtWidgets import QMessageBox

    from wic_desk.services import backup

    def b_writes_for_a(name):
        out = tmp_path / name
        sync_service.export_changes(desk_b.db, desk_b.actor, out, for_desk=desk_a.db.desk_id)
        sync_service.import_file(desk_a.db, desk_a.actor, out)

    saved = backup.backup(desk_b.db)
    b_writes_for_a("b-1.wicsync")
    old_b = desk_b.db.desk_id
    backup.restore(desk_b.db, saved)  # B's laptop goes back to yesterday's backup
    register(desk_b.db, desk_b.actor, "Olha", "Shevchuk")
    assert desk_b.db.desk_id != old_b
    b_writes_for_a("b-2.wicsync")

    page = make_page(qtbot, desk_a)
    assert page.desk_state_text(old_b) == "replaced by Recepcja 2"
    assert page.desk_state_text(desk_b.db.desk_id) == "active"
    dialog = page.ask_write()  # the replaced id is nobody to write for
    assert [dialog.desk_combo.itemData(i) for i in range(dialog.desk_combo.count())] == [desk_b.db.desk_id]
    dialog.reject()

    assert page.retire_button.isVisible() and not page.retire_button.isEnabled()  # nothing selected
    assert page.select_peer(desk_b.db.desk_id) and page.retire_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(page.retire_button, Qt.MouseButton.LeftButton)
    assert page.desk_state_text(desk_b.db.desk_id) == "active"  # said no: nothing changed
    asked: list[str] = []

    def yes(parent, title, text, *rest):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    with qtbot.waitSignal(page.loaded, timeout=2000):
        qtbot.mouseClick(page.retire_button, Qt.MouseButton.LeftButton)
    assert "Recepcja 2" in asked[0]
    assert page.desk_state_text(desk_b.db.desk_id) == f"retired on {dt.date.today():%d.%m.%Y}"
    assert "Retired: Recepcja 2" in page.status.text()
    assert page.selected_peer().desk_id == desk_b.db.desk_id and not page.retire_button.isEnabled()
    states = {p.desk_id: p.state for p in sync_service.peers(desk_a.db)}
    assert states == {old_b: sync_service.REPLACED, desk_b.db.desk_id: sync_service.RETIRED}

    desk_a.ctx.actor = make_staff(Role.COORDINATOR)
    assert not make_page(qtbot, desk_a).retire_button.isVisible()  # administrators only


def test_the_state_column_says_active_replaced_silent_and_retired(qtmodeltester):
    import uuid
    from dataclasses import replace
    base = sync_service.PeerInfo(desk_id=uuid.uuid4(), name="Recepcja 1", last_received=None, last_sent=None,
                                 lacking=3)
    rows = [base,
            replace(base, desk_id=uuid.uuid4(), name="Recepcja 2", state=sync_service.REPLACED,
                    replaced_by=base.desk_id, replaced_by_name="Recepcja 1"),
            replace(base, desk_id=uuid.uuid4(), name="Recepcja 3", state=sync_service.SILENT,
                    last_heard=dt.datetime(2026, 5, 4, 10, 30)),
            replace(base, desk_id=uuid.uuid4(), name="Recepcja 4", state=sync_service.RETIRED,
                    retired_at=dt.datetime(2026, 6, 1, 9, 0))]
    model = PeersModel()
    model.set_rows(rows)
    assert [cell(model, r, PeersModel.STATE) for r in range(4)] == [
        "active", "replaced by Recepcja 1", "silent since 04.05.2026", "retired on 01.06.2026"]
    tip = model.data(model.index(2, PeersModel.STATE), Qt.ItemDataRole.ToolTipRole)
    assert str(sync_service.SILENT_AFTER_DAYS) in tip
    qtmodeltester.check(model, force_py=True)


def test_a_desk_that_just_joined_is_told_to_introduce_itself(qtbot, monkeypatch, desk_a, desk_b, tmp_path):
    page_b = make_page(qtbot, desk_b)
    assert page_b.not_known_there.isVisible() and "Recepcja 1" in page_b.not_known_there.text()
    hello = tmp_path / "hello.wicsync"
    answer_dialogs(monkeypatch, save_to=hello)
    write_through_page(qtbot, page_b, ONE_DESK, desk_a.db.desk_id)
    assert page_b.not_known_there.isVisible()  # B cannot know yet that A has read it
    sync_service.import_file(desk_a.db, desk_a.actor, hello)
    assert [p.knows_this_desk for p in sync_service.peers(desk_a.db)] == [True]  # A knows B now
    back = tmp_path / "back.wicsync"
    sync_service.export_changes(desk_a.db, desk_a.actor, back, for_desk=desk_b.db.desk_id)
    answer_dialogs(monkeypatch, open_from=back)
    page_b.ask_read()
    assert not page_b.not_known_there.isVisible()


def test_a_join_file_for_a_named_new_desk_lists_it_at_once(qtbot, monkeypatch, desk_a, tmp_path, fast_cipher):
    page = make_page(qtbot, desk_a)
    out = tmp_path / "join.wicsync"
    answer_dialogs(monkeypatch, save_to=out)
    qtbot.mouseClick(page.write_button, Qt.MouseButton.LeftButton)
    dialog = page.write_dialog
    assert not dialog.new_desk_edit.isEnabled()  # only with "everything"
    dialog.choose(EVERYTHING)
    assert dialog.new_desk_edit.isEnabled()
    dialog.new_desk_edit.setFocus()
    dialog.new_desk_edit.insert("Recepcja Śródmieście")
    assert dialog.new_desk() == "Recepcja Śródmieście"
    dialog.accept()
    assert out.exists(), page.status.text()
    assert "Recepcja Śródmieście" in page.status.text()
    code = take_join_code(qtbot, page)
    qtbot.waitUntil(lambda: page.peers_model.rowCount() == 1)
    assert [p.name for p in sync_service.peers(desk_a.db)] == ["Recepcja Śródmieście"]
    fresh = Database.open(tmp_path / "fresh.db")
    try:
        joined = sync_service.join_centre(fresh, out, code, "Recepcja Śródmieście")
        with fresh.read() as s:
            from wic_desk.store.models import Desk as DeskRow
            assert s.get(DeskRow, joined.desk_id).replaces == sync_service.peers(desk_a.db)[0].desk_id
    finally:
        fresh.close()


# -- a desk set up before centre keys ------------------------------------------------------------------


def test_a_desk_from_before_centre_keys_asks_once_for_the_former_passphrase(qtbot, monkeypatch, desk_a, desk_b,
                                                                           tmp_path):
    """Two desks of one centre that lost their keys (as desks set up before centre keys have none):
    each is asked once for the former sync passphrase, then neither asks again, and they read each
    other's files."""
    for desk in (desk_a, desk_b):
        forget_centre_key(desk)
    register(desk_a.db, desk_a.actor, "Mariam", "Kapanadze")
    page_a = make_page(qtbot, desk_a)

    # Cancel: nothing is written and no file is asked for
    asked: list = []
    answer_dialogs(monkeypatch, former=None, asked=asked)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("asked for a file"))
    write_through_page(qtbot, page_a)
    assert len(asked) == 1 and not sync_service.has_centre_key(desk_a.db) and not page_a.busy

    # the real dialog, typed into as the user would
    out = tmp_path / "a-legacy.wicsync"
    monkeypatch.setattr(FormerPassphraseDialog, "ask", REAL_ASK)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    seen: list[str] = []

    def typed_into(dialog: FormerPassphraseDialog) -> int:
        """exec(), as the user types: shown, both fields filled, OK pressed."""
        dialog.show()
        seen.append(dialog.intro.text())
        dialog.edit.setText(PASSPHRASE)
        dialog.repeat_edit.setText(PASSPHRASE)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(FormerPassphraseDialog, "exec", typed_into)
    write_through_page(qtbot, page_a)
    assert len(seen) == 1 and "former sync passphrase once" in seen[0]
    assert sync_service.has_centre_key(desk_a.db)
    assert out.exists() and "for every desk" in page_a.status.text(), page_a.status.text()

    # from now on nothing is asked
    again = tmp_path / "a-again.wicsync"
    answer_dialogs(monkeypatch, save_to=again)
    write_through_page(qtbot, page_a)
    assert again.exists() and "for every desk" in page_a.status.text()

    # desk B, given the same former passphrase, reads A's file, and A reads B's
    page_b = make_page(qtbot, desk_b)
    asked = []
    answer_dialogs(monkeypatch, open_from=out, former=PASSPHRASE, asked=asked)
    with qtbot.waitSignal(page_b.imported, timeout=2000):
        page_b.ask_read()
    assert len(asked) == 1 and page_b.last_import.from_desk_name == "Recepcja 1"
    assert [p.latin_name for p in people.search(desk_b.db, "Kapanadze")] == ["Mariam Kapanadze"]
    back = tmp_path / "b-for-a.wicsync"
    answer_dialogs(monkeypatch, save_to=back)  # B asks no more either
    write_through_page(qtbot, page_b, ONE_DESK, desk_a.db.desk_id)
    answer_dialogs(monkeypatch, open_from=back)
    with qtbot.waitSignal(page_a.imported, timeout=2000):
        page_a.ask_read()
    assert page_a.last_import.from_desk_name == "Recepcja 2"
    assert sync_service.digest(desk_a.db) == sync_service.digest(desk_b.db)
    assert desk_a.db.local(sync_service.CENTRE_KEY) == desk_b.db.local(sync_service.CENTRE_KEY)


def test_a_mistyped_former_passphrase_is_asked_for_again_when_a_file_of_the_centre_does_not_open(
        qtbot, monkeypatch, desk_a, desk_b, tmp_path):
    for desk in (desk_a, desk_b):
        forget_centre_key(desk)
    sync_service.adopt_passphrase(desk_a.db, desk_a.actor, PASSPHRASE)
    register(desk_a.db, desk_a.actor, "Nino", "Beridze")
    out = tmp_path / "a.wicsync"
    sync_service.export_changes(desk_a.db, desk_a.actor, out)
    page_b = make_page(qtbot, desk_b)

    # B types the former passphrase wrong: the file does not open, and the page says it may be a typo
    asked: list = []
    answer_dialogs(monkeypatch, open_from=out, former=PASSPHRASE + "!", asked=asked)
    page_b.ask_read()
    qtbot.waitUntil(lambda: not page_b.busy and "mistyped" in page_b.status.text(), timeout=5000)
    assert len(asked) == 1 and page_b.last_import is None
    assert not people.search(desk_b.db, "Beridze")

    # the next read asks again; typed right, the file enters and the key is kept for good
    answer_dialogs(monkeypatch, open_from=out, former=PASSPHRASE, asked=asked)
    with qtbot.waitSignal(page_b.imported, timeout=5000):
        page_b.ask_read()
    assert len(asked) == 2
    assert [p.latin_name for p in people.search(desk_b.db, "Beridze")] == ["Nino Beridze"]
    assert not sync_service.may_adopt_again(desk_b.db)
    answer_dialogs(monkeypatch, open_from=out)  # not asked any more
    with qtbot.waitSignal(page_b.imported, timeout=5000):
        page_b.ask_read()
