"""Administration > Access to notes: who waits for their keys, and the recovery key letting them in."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from wic_desk.domain.enums import Confidentiality, ConsultationKind, Role, Sex
from wic_desk.services import auth, consultations, keys, people


def test_the_recovery_key_lets_a_reset_colleague_in(qtbot, gui_ctx, db, admin, make_staff, consent):
    from wic_desk.gui.main_window import MainWindow
    recovery_key = keys.new_recovery_key(db, admin)
    psy = make_staff(Role.SPECIALIST, "psy", ConsultationKind.PSYCHOLOGIST)
    pid = people.register(db, admin, people.PersonInput(given_name="Oksana", family_name="Lis", sex=Sex.FEMALE),
                          consent)
    consultations.record(db, psy, pid, consultations.ConsultationInput(
        kind=ConsultationKind.PSYCHOLOGIST, held_on=dt.date.today(), note="Notatka autorska",
        confidentiality=Confidentiality.AUTHOR_ONLY))
    auth.reset_password(db, admin, psy.staff_id, "nowe hasło psychologa")
    again = auth.login(db, "psy", "nowe hasło psychologa")
    assert consultations.for_person(db, again, pid)[0].note_pending

    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)
    assert window.action_note_access in window.ui.menu_admin.actions()
    dialog = window.show_note_access()
    qtbot.addWidget(dialog)
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [
        "Test Specialist: their own author-only notes"]
    assert not dialog.let_in_button.isEnabled()
    qtbot.keyClicks(dialog.key_edit, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    qtbot.keyClick(dialog.key_edit, Qt.Key.Key_Return)
    assert "recovery key" in dialog.status.text() and dialog.granted is None
    dialog.key_edit.setText(recovery_key.lower())
    qtbot.mouseClick(dialog.let_in_button, Qt.MouseButton.LeftButton)
    assert dialog.granted == 1 and dialog.key_edit.text() == ""
    assert dialog.list.item(0).text() == "Nobody is waiting for access to notes."
    assert consultations.for_person(db, again, pid)[0].note == "Notatka autorska"
    dialog.close()

    gui_ctx.actor = make_staff(Role.COORDINATOR)
    other = MainWindow(gui_ctx)
    qtbot.addWidget(other)
    assert not other.action_note_access.isEnabled() and other.show_note_access() is None
