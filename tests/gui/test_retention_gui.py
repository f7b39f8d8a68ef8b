"""Administration > Retention, and "Consent withdrawn…" on the person page: real widgets, a real file."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from wic_desk.domain.enums import ConsultationKind, Role, ServiceCategory
from wic_desk.gui.context import AppContext
from wic_desk.gui.pages.person import PersonDialog
from wic_desk.gui.tasks import ImmediateRunner
from wic_desk.gui.widgets.retention_dialog import DueModel, RetentionDialog
from wic_desk.services import people, retention, visits
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import AuditEntry, Person, Project


@pytest.fixture
def no_project(db, admin):
    """No current project holds anyone back: only the last contact decides."""
    with UnitOfWork(db, admin) as uow:
        for project in uow.session.execute(select(Project)).scalars():
            project.current = False


def _person(db, admin, consent, given, family, first_contact):
    return people.register(db, admin, people.PersonInput(given_name=given, family_name=family,
                                                         first_contact_date=first_contact), consent)


@pytest.fixture
def three(db, admin, consent, no_project):
    old = _person(db, admin, consent, "Olha", "Dawna", dt.date(2015, 3, 1))
    older = _person(db, admin, consent, "Ruslana", "Dawna", dt.date(2014, 2, 1))
    recent = _person(db, admin, consent, "Yana", "Niedawna", dt.date(2015, 3, 1))
    visits.record_visit(db, admin, recent, [ServiceCategory.LEGAL], None,
                        when=dt.datetime.now().replace(microsecond=0) - dt.timedelta(days=30))
    return old, older, recent


def _rows(dialog):
    proxy = dialog.proxy
    return [[proxy.index(r, c).data() for c in range(proxy.columnCount())] for r in range(proxy.rowCount())]


def test_due_model_passes_the_model_tester(qtmodeltester):
    model = DueModel()
    import uuid
    model.set_rows([retention.DueRow(uuid.uuid4(), "Olha", "Dawna", dt.date(2015, 3, 1)),
                    retention.DueRow(uuid.uuid4(), "Łucja", "Zet", dt.date(2014, 3, 1))])
    qtmodeltester.check(model)


def test_dialog_lists_those_due_and_erases_the_chosen_after_confirming(qtbot, gui_ctx, db, admin, three,
                                                                        monkeypatch):
    old, older, recent = three
    dialog = RetentionDialog(gui_ctx)
    qtbot.addWidget(dialog)
    assert _rows(dialog) == [["Ruslana Dawna", "01.02.2014"], ["Olha Dawna", "01.03.2015"]]
    assert dialog.count_label.text() == "2 person(s) due for erasure."  # the English plural comes from the .qm
    assert dialog.years_spin.value() == 5
    assert not dialog.erase_button.isEnabled()  # nothing chosen yet
    dialog.select_ids([older])
    assert dialog.erase_button.isEnabled()
    asked = []

    def say_no(_parent, _title, text, *_a, **_k):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", say_no)
    dialog.erase_button.click()
    assert "1 person(s)" in asked[0]
    with db.read() as s:
        assert not s.get(Person, older).anonymised  # said no: nothing changed
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.erase_button.click()
    assert dialog.erased == 1
    assert dialog.status.text() == "1 person(s) erased."
    assert _rows(dialog) == [["Olha Dawna", "01.03.2015"]]
    with db.read() as s:
        assert s.get(Person, older).anonymised
        assert not s.get(Person, old).anonymised and not s.get(Person, recent).anonymised
    dialog.select_all_button.click()
    dialog.erase_button.click()
    assert dialog.count_label.text() == "Nobody is due for erasure."
    with db.read() as s:
        assert s.get(Person, old).anonymised and not s.get(Person, recent).anonymised


def test_dialog_saves_the_period_and_lists_again(qtbot, gui_ctx, db, admin, three):
    dialog = RetentionDialog(gui_ctx)
    qtbot.addWidget(dialog)
    # the cut-off falls in the year 2014, after Ruslana's last contact and before Olha's
    dialog.years_spin.setValue(dt.date.today().year - 2014)
    dialog.save_button.click()
    assert retention.policy(db, admin).set_years == dialog.years_spin.value()
    assert _rows(dialog) == [["Ruslana Dawna", "01.02.2014"]]
    assert "saved" in dialog.status.text()


def test_only_administrators_get_the_retention_menu(qtbot, gui_ctx, make_staff):
    from wic_desk.gui.main_window import MainWindow
    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)
    assert window.action_retention.isEnabled()
    assert window.action_retention in window.ui.menu_admin.actions()
    dialog = window.show_retention()
    assert isinstance(dialog, RetentionDialog)
    dialog.close()
    gui_ctx.actor = make_staff(Role.COORDINATOR)
    other = MainWindow(gui_ctx)
    qtbot.addWidget(other)
    assert not other.action_retention.isEnabled()
    assert other.show_retention() is None


@pytest.fixture
def person(db, admin, consent):
    return _person(db, admin, consent, "Nadiia", "Wycofana", dt.date(2025, 4, 1))


@pytest.mark.parametrize("role", [Role.RECEPTIONIST, Role.COUNSELLOR, Role.COORDINATOR, Role.ADMIN])
def test_consent_withdrawn_records_and_erases_after_confirming(qtbot, db, admin, make_staff, person, role,
                                                               monkeypatch):
    actor = admin if role == Role.ADMIN else make_staff(role)
    page = PersonDialog(AppContext(db=db, runner=ImmediateRunner(), actor=actor), person)
    qtbot.addWidget(page)
    assert not page.withdraw_button.isHidden() and page.withdraw_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page.withdraw_button.click()
    assert people.search(db, "Wycofana")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.person_changed):
        page.withdraw_button.click()
    assert people.search(db, "Wycofana") == []
    assert page.heading.text() != "Nadiia Wycofana"
    consent_text = page.detail_values["consent"].text()
    assert "withdrawn" in consent_text and actor.full_name in consent_text
    assert dt.date.today().strftime("%d.%m.%Y") in consent_text
    assert not page.withdraw_button.isEnabled()
    with db.read() as s:
        withdrawn = s.execute(select(AuditEntry.staff_id).where(AuditEntry.action == "person.consent_withdrawn",
                                                                AuditEntry.person_id == person)).scalars().all()
    assert withdrawn == [actor.staff_id]


def test_specialists_do_not_see_consent_withdrawn(qtbot, db, make_staff, person):
    actor = make_staff(Role.SPECIALIST, kind=ConsultationKind.PSYCHOLOGIST)
    page = PersonDialog(AppContext(db=db, runner=ImmediateRunner(), actor=actor), person)
    qtbot.addWidget(page)
    assert page.withdraw_button.isHidden()
    assert page.anonymise_button.isHidden()
