"""A person's page: data, history with the visits, recording a visit and editing from there."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from wic_desk.domain.enums import ServiceCategory, Sex
from wic_desk.gui.context import AppContext
from wic_desk.gui.models.visits import HistoryModel
from wic_desk.gui.pages.person import EditPersonDialog, PersonDialog
from wic_desk.gui.pages.visit import RecordVisitDialog
from wic_desk.gui.tasks import ImmediateRunner
from wic_desk.services import people, visits


class DeferredRunner(ImmediateRunner):
    def __init__(self) -> None:
        super().__init__()
        self.jobs = []

    def run_in_background(self, fn, on_success=None, on_error=None, on_progress=None):
        self.jobs.append((fn, on_success, on_error))

    def finish_all(self) -> None:
        while self.jobs:
            fn, on_success, on_error = self.jobs.pop(0)
            try:
                result = fn(lambda *a: None)
            except Exception as exc:
                on_error(exc)
            else:
                on_success(result)


def when_open(cls, action, failures: list) -> None:
    """Act on a modal dialog once it is open and active (it runs its own event loop)."""
    tries = [0]

    def attempt() -> None:
        widget = QApplication.activeModalWidget()
        tries[0] += 1
        if isinstance(widget, cls) and widget.isVisible() and (widget.isActiveWindow() or tries[0] > 25):
            try:
                action(widget)
            except BaseException as exc:
                failures.append(exc)
                widget.reject()
            return
        if isinstance(widget, cls):
            widget.activateWindow()
        if tries[0] > 250:
            failures.append(AssertionError(f"{cls.__name__} did not open"))
            if widget is not None:
                widget.close()
            return
        QTimer.singleShot(20, attempt)

    QTimer.singleShot(0, attempt)


@pytest.fixture
def person(db, admin, consent):
    person_id = people.register(db, admin, people.PersonInput(
        given_name="Nadiia", family_name="Hrytsenko", native_name="Надія Гриценко", sex=Sex.FEMALE,
        birth_date=dt.date(1988, 4, 30), phone="+48 511 000 111", citizenship="UA", city="Wrocław"), consent)
    visits.record_visit(db, admin, person_id, [ServiceCategory.LEGAL, ServiceCategory.JOB_SEARCH], "needs a lawyer",
                        when=dt.datetime.now().replace(microsecond=0) - dt.timedelta(days=3))
    return person_id


@pytest.fixture
def page(qtbot, db, admin, person):
    dialog = PersonDialog(AppContext(db=db, runner=ImmediateRunner(), actor=admin), person)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def history_rows(dialog):
    proxy = dialog.history_proxy
    return [[proxy.index(r, c).data() for c in range(proxy.columnCount())] for r in range(proxy.rowCount())]


def test_person_page_shows_data_and_lists_the_visit(page, admin):
    assert page.heading.text() == "Nadiia Hrytsenko"
    assert page.native.text() == "Надія Гриценко"
    assert page.detail_values["birth_date"].text() == "30.04.1988"
    assert page.detail_values["citizenship"].text() == "Ukraine (UA)"
    assert page.detail_values["place"].text() == "Wrocław"
    assert "Written" in page.detail_values["consent"].text()
    assert admin.full_name in page.detail_values["consent"].text()
    rows = history_rows(page)
    assert len(rows) == 1
    assert rows[0][HistoryModel.WHAT] == "Visit"
    assert rows[0][HistoryModel.REASONS] == "Legal consultation, Job-search support"
    assert rows[0][HistoryModel.NOTE] == "needs a lawyer"
    assert rows[0][HistoryModel.STAFF] == admin.full_name


def test_loading_happens_in_the_background(qtbot, db, admin, person):
    runner = DeferredRunner()
    dialog = PersonDialog(AppContext(db=db, runner=runner, actor=admin), person)
    qtbot.addWidget(dialog)
    assert dialog.heading.text() == "Loading…"
    assert not dialog.record_button.isEnabled()
    runner.finish_all()
    assert dialog.heading.text() == "Nadiia Hrytsenko"
    assert dialog.record_button.isEnabled()


def test_record_visit_from_the_person_page_adds_to_the_history(qtbot, page):
    failures: list = []
    recorded = []
    page.visit_recorded.connect(recorded.append)

    def record(dialog: RecordVisitDialog) -> None:
        qtbot.keyClicks(dialog.reasons, "1")
        dialog.note.setFocus()
        qtbot.keyClicks(dialog.note, "asked about the course")
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)

    when_open(RecordVisitDialog, record, failures)
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page.history, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert not failures, failures
    assert len(recorded) == 1
    rows = history_rows(page)
    assert len(rows) == 2
    assert rows[0][HistoryModel.REASONS] == "Information"  # newest first
    assert rows[0][HistoryModel.NOTE] == "asked about the course"


def test_edit_reuses_the_form_without_consent(qtbot, page, db, admin, person):
    failures: list = []

    def edit(dialog: EditPersonDialog) -> None:
        assert not hasattr(dialog, "consent_box")
        assert dialog.form.text("family_name") == "Hrytsenko"
        assert dialog.form.text("birth_date") == "30.04.1988"
        phone = dialog.form.fields["phone"]
        phone.clear()
        phone.setFocus()
        qtbot.keyClicks(phone, "abc")
        qtbot.keyClick(phone, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert dialog.isVisible()
        assert "digits" in dialog.form.error_text("phone")
        phone.clear()
        qtbot.keyClicks(phone, "+48 722 333 444")
        qtbot.keyClick(phone, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    when_open(EditPersonDialog, edit, failures)
    page.edit_button.click()
    assert not failures, failures
    assert page.detail_values["phone"].text() == "+48722333444"
    detail = people.get_person(db, admin, person)
    assert detail.data.phone == "+48722333444"
    assert detail.data.native_name == "Надія Гриценко"
    assert detail.data.citizenship == "UA"
    # opened once, edited once: one view in the audit log, not a second one for the reload
    assert [(e.action, e.staff_id) for e in _audit_of(db, person) if e.action == "person.view"] == [
        ("person.view", admin.staff_id)]


def _audit_of(db, person_id):
    from sqlalchemy import select

    from wic_desk.store.models import AuditEntry
    with db.read() as s:
        return s.execute(select(AuditEntry.action, AuditEntry.staff_id, AuditEntry.record_id, AuditEntry.detail)
                         .where(AuditEntry.person_id == person_id).order_by(AuditEntry.at)).all()


def test_opening_a_persons_page_is_audited(qtbot, db, make_staff, person):
    from wic_desk.domain.enums import Role
    receptionist = make_staff(Role.RECEPTIONIST)
    for _ in range(2):
        dialog = PersonDialog(AppContext(db=db, runner=ImmediateRunner(), actor=receptionist), person)
        qtbot.addWidget(dialog)
        dialog.close()
    views = [e for e in _audit_of(db, person) if e.action == "person.view"]
    assert [(e.staff_id, e.record_id, e.detail) for e in views] == [(receptionist.staff_id, person, None)] * 2


def test_unknown_person_shows_a_message(qtbot, db, admin):
    import uuid
    dialog = PersonDialog(AppContext(db=db, runner=ImmediateRunner(), actor=admin), uuid.uuid4())
    qtbot.addWidget(dialog)
    assert dialog.status.text() == "No such person."
    assert not dialog.record_button.isEnabled()


def test_an_admin_anonymises_after_confirming(qtbot, page, db, admin, person, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    assert page.anonymise_button.isVisible() and page.anonymise_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page.anonymise_button.click()
    assert people.search(db, "Hrytsenko")  # said no: nothing changed
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.person_changed):
        page.anonymise_button.click()
    assert people.search(db, "Hrytsenko") == []
    assert "Hrytsenko" not in str([[c for c in row] for row in history_rows(page)])
    assert people.get_person(db, admin, person).data.birth_date == dt.date(1988, 4, 30)


def test_only_admins_see_anonymise(qtbot, db, make_staff, person):
    from wic_desk.domain.enums import Role
    dialog = PersonDialog(AppContext(db=db, runner=ImmediateRunner(), actor=make_staff(Role.RECEPTIONIST)), person)
    qtbot.addWidget(dialog)
    assert dialog.anonymise_button.isHidden()
