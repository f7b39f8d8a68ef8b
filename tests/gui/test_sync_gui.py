"""The sync screen driven as staff use it, between two real desks (two SQLite files).

Desk A is the test database set up by tests/conftest.py; desk B joins from A's full file. Most
tests swap in the fast cipher of the sync unit tests (age's scrypt costs a second a file); the
wrong-passphrase test uses the real one.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit

from tests.unit.test_sync_helpers import FastCipher
from wic_desk.domain.enums import ConsentKind, Role, Sex
from wic_desk.gui.context import AppContext
from wic_desk.gui.models.sync import ConflictsModel, ConflictValuesModel, PeersModel
from wic_desk.gui.pages import sync as sync_page
from wic_desk.gui.pages.sync import EVERYTHING, ONE_DESK, PassphraseDialog, SyncPage, WriteDialog
from wic_desk.gui.tasks import ImmediateRunner
from wic_desk.services import auth, people, setup
from wic_desk.services import sync as sync_service
from wic_desk.services.context import Database
from wic_desk.sync import fileformat

PHRASE = "invented centre passphrase"
from tests.conftest import ADMIN_PASSWORD as ADMIN_PIN  # noqa: E402

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
    sync_service.export_changes(desk_a.db, desk_a.actor, full, PHRASE, full=True)
    b = Database.open(tmp_path / "desk-b.db")
    sync_service.join_centre(b, full, PHRASE, "Recepcja 2")
    return Desk(b, auth.login(b, "admin", ADMIN_PIN))


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


def answer_dialogs(monkeypatch, save_to=None, open_from=None, phrase=PHRASE, asked=None):
    """The passphrase dialog and the file dialogs answer as the user would."""
    def ask(parent, purpose):
        if asked is not None:
            asked.append(purpose)
        return (phrase, True) if phrase is not None else None
    monkeypatch.setattr(PassphraseDialog, "ask", staticmethod(ask))
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
    # the passphrase is remembered for the session: the second file does not ask again
    write_through_page(qtbot, page_a)
    assert len(asked) == 1 and page_a.remembers_passphrase and page_a.forget_button.isVisible()
    page_a.forget_button.click()
    assert not page_a.remembers_passphrase and not page_a.forget_button.isVisible()

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


def test_a_wrong_passphrase_is_one_plain_message_and_changes_nothing(qtbot, monkeypatch, desk_a, tmp_path):
    """With the real cipher: one export and one failed read."""
    register(desk_a.db, desk_a.actor, "Nino", "Beridze")
    b_db = Database.open(tmp_path / "b.db")
    try:
        full = tmp_path / "full.wicsync"
        old = fileformat.set_cipher(FastCipher())
        try:
            sync_service.export_changes(desk_a.db, desk_a.actor, full, PHRASE, full=True)
            sync_service.join_centre(b_db, full, PHRASE, "Recepcja 2")
        finally:
            fileformat.set_cipher(old)
        desk_b = Desk(b_db, auth.login(b_db, "admin", ADMIN_PIN))
        register(desk_a.db, desk_a.actor, "Giorgi", "Tsiklauri")
        out = tmp_path / "real-age.wicsync"
        page_a = make_page(qtbot, desk_a)
        answer_dialogs(monkeypatch, save_to=out)
        write_through_page(qtbot, page_a)
        assert out.read_bytes().startswith(fileformat.SealedPassphrase.MAGIC)

        before = sync_service.digest(b_db)
        page_b = make_page(qtbot, desk_b)
        answer_dialogs(monkeypatch, open_from=out, phrase="not the passphrase")
        qtbot.mouseClick(page_b.read_button, Qt.MouseButton.LeftButton)
        message = page_b.status.text()
        assert page_b.status.isVisible() and "passphrase is wrong" in message
        assert len(message.splitlines()) == 1 and "Traceback" not in message
        assert page_b.last_import is None and not page_b.remembers_passphrase  # a wrong one is not kept
        assert sync_service.digest(b_db) == before
        assert people.search(b_db, "Tsiklauri") == []
    finally:
        b_db.close()


def test_cancel_while_reading_changes_nothing(qtbot, monkeypatch, desk_a, desk_b, tmp_path):
    register(desk_a.db, desk_a.actor, "Iryna", "Kovalenko")
    out = tmp_path / "a.wicsync"
    sync_service.export_changes(desk_a.db, desk_a.actor, out, PHRASE)
    before = sync_service.digest(desk_b.db)
    page_b = make_page(qtbot, desk_b)
    real_import = sync_service.import_file

    def import_and_cancel(db, actor, path, passphrase, progress=None):
        def step(done, total):
            page_b.progress.canceled.emit()  # the user presses Cancel while the file is being read
            progress(done, total)
        return real_import(db, actor, path, passphrase, progress=step)

    monkeypatch.setattr(sync_page.sync_service, "import_file", import_and_cancel)
    page_b.start_import(out, PHRASE)
    assert "cancelled" in page_b.status.text() and not page_b.busy
    assert sync_service.digest(desk_b.db) == before


# -- the other desks ---------------------------------------------------------------------------------


def test_the_peers_table_shows_the_last_exchange(qtbot, monkeypatch, desk_a, desk_b, tmp_path):
    page_b = make_page(qtbot, desk_b)
    names = [p.name for p in page_b.peer_rows()]
    assert names == ["Recepcja 1"]  # known from the full file B joined from
    assert page_b.last_exchange_text("Recepcja 1")[1] == "never"

    out = tmp_path / "a.wicsync"
    sync_service.export_changes(desk_a.db, desk_a.actor, out, PHRASE)
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


def test_the_passphrase_dialog_hides_what_is_typed(qtbot):
    dialog = PassphraseDialog("Purpose")
    qtbot.addWidget(dialog)
    assert dialog.edit.echoMode() == QLineEdit.EchoMode.Password
    dialog.check_and_accept()  # nothing typed: stays, says so
    assert dialog.result() == 0 and "passphrase" in dialog.error.text()
    dialog.edit.setText("x y z")
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
    sync_service.export_changes(desk_a.db, desk_a.actor, to_b, PHRASE)
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
    sync_service.export_changes(desk_a.db, desk_a.actor, to_b, PHRASE)
    sync_service.import_file(desk_b.db, desk_b.actor, to_b, PHRASE)
    auth.reset_password(desk_a.db, desk_a.actor, staff_id, "pierwsza-rzeka-wisla")
    auth.reset_password(desk_b.db, desk_b.actor, staff_id, "druga-rzeka-warta")
    again = tmp_path / "again.wicsync"
    sync_service.export_changes(desk_a.db, desk_a.actor, again, PHRASE)
    sync_service.import_file(desk_b.db, desk_b.actor, again, PHRASE)

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


def test_a_full_file_is_for_coordinators_and_admins(qtbot, monkeypatch, desk_a, tmp_path, fast_cipher):
    page = make_page(qtbot, desk_a)
    out = tmp_path / "full.wicsync"
    answer_dialogs(monkeypatch, save_to=out)
    write_through_page(qtbot, page, EVERYTHING)
    assert out.exists() and "everything" in page.status.text()
    fresh = Database.open(tmp_path / "fresh.db")
    try:
        assert sync_service.join_centre(fresh, out, PHRASE, "Recepcja 3").staff == 1
    finally:
        fresh.close()


# -- the desks' states and retiring one ------------------------------------------------------------------


def test_each_desk_shows_its_state_and_an_admin_retires_one_after_confirming(qtbot, monkeypatch, desk_a, desk_b,
                                                                             tmp_path, make_staff):
    from PySide6.QtWidgets import QMessageBox

    from wic_desk.services import backup

    def b_writes_for_a(name):
        out = tmp_path / name
        sync_service.export_changes(desk_b.db, desk_b.actor, out, PHRASE, for_desk=desk_a.db.desk_id)
        sync_service.import_file(desk_a.db, desk_a.actor, out, PHRASE)

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
    sync_service.import_file(desk_a.db, desk_a.actor, hello, PHRASE)
    assert [p.knows_this_desk for p in sync_service.peers(desk_a.db)] == [True]  # A knows B now
    back = tmp_path / "back.wicsync"
    sync_service.export_changes(desk_a.db, desk_a.actor, back, PHRASE, for_desk=desk_b.db.desk_id)
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
    qtbot.waitUntil(lambda: page.peers_model.rowCount() == 1)
    assert [p.name for p in sync_service.peers(desk_a.db)] == ["Recepcja Śródmieście"]
    fresh = Database.open(tmp_path / "fresh.db")
    try:
        joined = sync_service.join_centre(fresh, out, PHRASE, "Recepcja Śródmieście")
        with fresh.read() as s:
            from wic_desk.store.models import Desk as DeskRow
            assert s.get(DeskRow, joined.desk_id).replaces == sync_service.peers(desk_a.db)[0].desk_id
    finally:
        fresh.close()
