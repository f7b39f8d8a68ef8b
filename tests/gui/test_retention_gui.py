"""Administration > Retention, and "Consent withdrawn…" on the person page: real widgets, a real file."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import select

from wic_desk.domain.enums import ConsultationKind, Role, ServiceCategory
from wic_desk.gui.context import AppContext
from wic_desk.gui.pages.person import PersonDialog, WithdrawConsentDialog
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


def _answer_withdrawal(monkeypatch, choice: str | None, seen: list | None = None) -> None:
    """``WithdrawConsentDialog.exec`` as the user works it: shown, then "erase" or "restrict" chosen
    and the withdrawal recorded, or (None) cancelled. ``seen`` gets what the dialog showed first."""
    def exec_(dialog: WithdrawConsentDialog) -> int:
        dialog.show()
        if seen is not None:
            seen.append({"intro": dialog.intro.text(), "ok_enabled": dialog.ok_button.isEnabled(),
                         "erase": dialog.erase_choice.text(), "restrict": dialog.restrict_choice.text()})
        if choice is None:
            dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
        else:
            (dialog.erase_choice if choice == "erase" else dialog.restrict_choice).click()
            assert dialog.ok_button.isEnabled()
            dialog.ok_button.click()
        return dialog.result()

    monkeypatch.setattr(WithdrawConsentDialog, "exec", exec_)


def _withdrawal_audits(db, person_id):
    with db.read() as s:
        return s.execute(select(AuditEntry.staff_id, AuditEntry.detail).where(
            AuditEntry.action == "person.consent_withdrawn", AuditEntry.person_id == person_id)).all()


@pytest.mark.parametrize("role", [Role.RECEPTIONIST, Role.COUNSELLOR, Role.COORDINATOR, Role.ADMIN])
def test_consent_withdrawn_records_and_erases_when_erase_is_chosen(qtbot, db, admin, make_staff, person, role,
                                                                  monkeypatch):
    actor = admin if role == Role.ADMIN else make_staff(role)
    page = PersonDialog(AppContext(db=db, runner=ImmediateRunner(), actor=actor), person)
    qtbot.addWidget(page)
    assert not page.withdraw_button.isHidden() and page.withdraw_button.isEnabled()
    seen: list = []
    _answer_withdrawal(monkeypatch, None, seen)
    page.withdraw_button.click()
    assert people.search(db, "Wycofana")  # cancelled: nothing changed
    assert "Nadiia Wycofana" in seen[0]["intro"] and not seen[0]["ok_enabled"]  # nothing chosen at first
    assert seen[0]["erase"] == "&Erase the person"
    assert seen[0]["restrict"] == "&Keep the service record for the figures (restrict)"
    _answer_withdrawal(monkeypatch, "erase")
    with qtbot.waitSignal(page.person_changed):
        page.withdraw_button.click()
    assert people.search(db, "Wycofana") == []
    assert people.get_person(db, admin, person).anonymised
    assert page.heading.text() != "Nadiia Wycofana"
    consent_text = page.detail_values["consent"].text()
    assert "withdrawn" in consent_text and actor.full_name in consent_text
    assert dt.date.today().strftime("%d.%m.%Y") in consent_text
    assert not page.withdraw_button.isEnabled()
    assert _withdrawal_audits(db, person) == [(actor.staff_id, "erase")]


def test_consent_withdrawn_restricts_when_the_record_is_kept(qtbot, db, admin, make_staff, person, monkeypatch):
    actor = make_staff(Role.RECEPTIONIST)
    page = PersonDialog(AppContext(db=db, runner=ImmediateRunner(), actor=actor), person)
    qtbot.addWidget(page)
    page.show()
    assert page.record_button.isEnabled() and page.restricted_notice.isHidden()
    _answer_withdrawal(monkeypatch, "restrict")
    with qtbot.waitSignal(page.person_changed):
        page.withdraw_button.click()
    detail = people.get_person(db, admin, person)
    assert detail.restricted and not detail.anonymised
    assert page.heading.text() == "Nadiia Wycofana"  # the record is kept as it is
    assert "withdrawn" in page.detail_values["consent"].text()
    assert people.search(db, "Wycofana") == []
    assert page.restricted_notice.isVisible() and "only for the figures" in page.restricted_notice.text()
    assert not page.record_button.isEnabled() and not page.record_consultation_button.isEnabled()
    assert not page.record_outcome_button.isEnabled() and not page.withdraw_button.isEnabled()
    page.record_visit()  # Ctrl+R: says why instead of opening the visit form
    assert page.status.isVisible() and "withdrew their consent" in page.status.text()
    assert _withdrawal_audits(db, person) == [(actor.staff_id, "restrict")]


def test_the_withdrawal_choice_is_translated(qtbot, qapp, english):
    from PySide6.QtCore import QCoreApplication, QEvent

    from wic_desk.gui import i18n
    if i18n.load_translator("pl") is None:
        pytest.skip("translations not built")
    dialog = WithdrawConsentDialog("Nadiia Wycofana")
    qtbot.addWidget(dialog)
    english_texts = (dialog.erase_choice.text(), dialog.restrict_choice.text(), dialog.ok_button.text())
    for language in ("pl", "uk"):
        i18n.install(qapp, language)
        QCoreApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
        texts = (dialog.erase_choice.text(), dialog.restrict_choice.text(), dialog.ok_button.text())
        assert all(t and t != e for t, e in zip(texts, english_texts, strict=True)), (language, texts)
        assert "Nadiia Wycofana" in dialog.intro.text()


def test_specialists_do_not_see_consent_withdrawn(qtbot, db, make_staff, person):
    actor = make_staff(Role.SPECIALIST, kind=ConsultationKind.PSYCHOLOGIST)
    page = PersonDialog(AppContext(db=db, runner=ImmediateRunner(), actor=actor), person)
    qtbot.addWidget(page)
    assert page.withdraw_button.isHidden()
    assert page.anonymise_button.isHidden()
