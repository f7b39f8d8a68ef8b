"""The front-desk page driven as a receptionist drives it: typing, arrows, Enter, shortcuts."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog

from wic_desk.domain.enums import ServiceCategory, Sex
from wic_desk.gui.context import AppContext
from wic_desk.gui.models.visits import TodayVisitsModel
from wic_desk.gui.pages.desk import DeskPage
from wic_desk.gui.pages.person import PersonDialog
from wic_desk.gui.pages.register import RegisterDialog
from wic_desk.gui.pages.visit import AnonymousVisitDialog, RecordVisitDialog
from wic_desk.gui.tasks import ImmediateRunner
from wic_desk.services import people, visits

# -- helpers ---------------------------------------------------------------------------------------


def type_text(widget, text: str) -> None:
    """Type any text, Polish or Cyrillic included (qtbot.keyClicks handles ASCII only)."""
    for ch in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch))
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyRelease, 0, Qt.KeyboardModifier.NoModifier, ch))


class DialogDriver:
    """Acts on the modal dialog of a given class once it is open (dialogs run their own loop)."""

    def __init__(self) -> None:
        self.done: list[str] = []
        self.failures: list[BaseException] = []

    def on(self, cls, action, timeout_ms: int = 5000) -> None:
        waited = [0]

        def attempt() -> None:
            widget = QApplication.activeModalWidget()
            if isinstance(widget, cls) and widget.isVisible():
                if not widget.isActiveWindow() and waited[0] < 500:
                    widget.activateWindow()  # shortcuts reach only the active window
                    waited[0] += 20
                    QTimer.singleShot(20, attempt)
                    return
                try:
                    action(widget)
                    self.done.append(cls.__name__)
                except BaseException as exc:  # report in the test, and do not leave the dialog open
                    self.failures.append(exc)
                    widget.reject()
                return
            waited[0] += 20
            if waited[0] > timeout_ms:
                self.failures.append(AssertionError(f"{cls.__name__} did not open"))
                if isinstance(widget, QDialog):
                    widget.reject()
                return
            QTimer.singleShot(20, attempt)

        QTimer.singleShot(0, attempt)

    def check(self) -> None:
        if self.failures:
            raise self.failures[0]


@pytest.fixture
def dialogs():
    driver = DialogDriver()
    yield driver
    driver.check()


@pytest.fixture
def ctx(db, admin):
    return AppContext(db=db, runner=ImmediateRunner(), actor=admin)


@pytest.fixture
def page(qtbot, ctx):
    widget = DeskPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 720)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.focus_search()
    return widget


def add(db, actor, consent, given, family, native=None, birth=None, phone=None, sex=Sex.FEMALE, citizenship="UA"):
    return people.register(db, actor, people.PersonInput(
        given_name=given, family_name=family, native_name=native, birth_date=birth, phone=phone, sex=sex,
        citizenship=citizenship), consent)


@pytest.fixture
def crowd(db, admin, consent):
    """A few invented people."""
    return {
        "kowalska": add(db, admin, consent, "Halyna", "Kowalska", birth=dt.date(1984, 6, 1), phone="+48 501 222 333"),
        "kowalczyk": add(db, admin, consent, "Taras", "Kowalczyk", birth=dt.date(1979, 2, 14), sex=Sex.MALE),
        "nowak": add(db, admin, consent, "Iryna", "Nowak", birth=dt.date(1992, 11, 23)),
        "shevchenko": add(db, admin, consent, "Олександр", "Шевченко", birth=dt.date(1975, 8, 24), sex=Sex.MALE),
    }


def result_names(page: DeskPage) -> list[str]:
    proxy = page.results_proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


# -- search ----------------------------------------------------------------------------------------


def test_results_follow_typing(qtbot, page, crowd):
    qtbot.keyClicks(page.ui.searchEdit, "kowal")
    qtbot.waitUntil(lambda: len(result_names(page)) == 2)
    assert set(result_names(page)) == {"Halyna Kowalska", "Taras Kowalczyk"}
    qtbot.keyClicks(page.ui.searchEdit, "cz")
    qtbot.waitUntil(lambda: result_names(page) == ["Taras Kowalczyk"])
    assert "1 person" in page.ui.statusLabel.text()
    page.ui.searchEdit.clear()
    qtbot.waitUntil(lambda: result_names(page) == [])


def test_cyrillic_query_finds_the_name_in_any_script(qtbot, page, crowd):
    type_text(page.ui.searchEdit, "шевч")
    assert page.search_text() == "шевч"
    qtbot.waitUntil(lambda: result_names(page) == ["Oleksandr Shevchenko"])
    assert page.results_proxy.index(0, 1).data() == "Олександр Шевченко"
    page.ui.searchEdit.clear()
    qtbot.keyClicks(page.ui.searchEdit, "Szewczenko")
    qtbot.waitUntil(lambda: result_names(page) == ["Oleksandr Shevchenko"])


def test_search_by_phone_and_birth_date(qtbot, page, crowd):
    qtbot.keyClicks(page.ui.searchEdit, "501222333")
    qtbot.waitUntil(lambda: result_names(page) == ["Halyna Kowalska"])
    page.ui.searchEdit.clear()
    qtbot.keyClicks(page.ui.searchEdit, "23.11.1992")
    qtbot.waitUntil(lambda: result_names(page) == ["Iryna Nowak"])


def test_nobody_found_suggests_registering(qtbot, page, crowd):
    qtbot.keyClicks(page.ui.searchEdit, "Zzyzx")
    qtbot.waitUntil(lambda: "Ctrl+N" in page.ui.statusLabel.text())
    assert result_names(page) == []


class DeferredRunner(ImmediateRunner):
    """Holds jobs until the test finishes them, in any order, like a slow pool would."""

    def __init__(self) -> None:
        super().__init__()
        self.jobs = []

    def run_in_background(self, fn, on_success=None, on_error=None, on_progress=None):
        self.jobs.append((fn, on_success))

    def finish(self, number: int) -> None:
        fn, on_success = self.jobs[number]
        on_success(fn(lambda *a: None))


def test_answers_to_older_queries_are_dropped(qtbot, db, admin, crowd):
    runner = DeferredRunner()
    page = DeskPage(AppContext(db=db, runner=runner, actor=admin))
    qtbot.addWidget(page)
    runner.jobs.clear()  # today's visits
    page.ui.searchEdit.setText("kowal")
    page.run_search()
    page.ui.searchEdit.setText("nowak")
    page.run_search()
    runner.finish(1)
    assert result_names(page) == ["Iryna Nowak"]
    runner.finish(0)  # the slower, older answer arrives last
    assert result_names(page) == ["Iryna Nowak"]


def test_keyboard_moves_between_search_and_results(qtbot, page, crowd):
    qtbot.keyClicks(page.ui.searchEdit, "kowal")
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Down)  # runs the search at once, then goes down
    assert page.ui.resultsView.hasFocus()
    assert page.selected_person_id() is not None
    assert page.ui.recordVisitButton.isEnabled()
    qtbot.keyClick(page.ui.resultsView, Qt.Key.Key_Down)
    assert page.ui.resultsView.currentIndex().row() == 1
    qtbot.keyClick(page.ui.resultsView, Qt.Key.Key_Escape)
    assert page.ui.searchEdit.hasFocus()
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Escape)
    assert page.search_text() == ""


def test_typing_in_the_results_goes_on_with_the_search(qtbot, page, crowd):
    qtbot.keyClicks(page.ui.searchEdit, "kowal")
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Down)
    qtbot.keyClicks(page.ui.resultsView, "s")
    assert page.ui.searchEdit.hasFocus()
    assert page.search_text() == "kowals"
    qtbot.waitUntil(lambda: result_names(page) == ["Halyna Kowalska"])


# -- visits ----------------------------------------------------------------------------------------


def test_record_visit_with_the_keyboard(qtbot, page, crowd, db, admin, dialogs):
    qtbot.keyClicks(page.ui.searchEdit, "nowak")
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Down)

    def tick_and_save(dialog: RecordVisitDialog) -> None:
        assert "Iryna Nowak" in dialog.heading.text()
        qtbot.keyClicks(dialog.reasons, "24")  # vocational counselling, legal consultation
        qtbot.keyClick(dialog.reasons, Qt.Key.Key_Return)

    dialogs.on(RecordVisitDialog, tick_and_save)
    qtbot.keyClick(page.ui.resultsView, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialogs.check()
    assert dialogs.done == ["RecordVisitDialog"]
    rows = page.today.rows()
    assert [r.person_name for r in rows] == ["Iryna Nowak"]
    assert page.today.index(0, TodayVisitsModel.REASONS).data() == "Vocational counselling, Legal consultation"
    assert page.today.index(0, TodayVisitsModel.STAFF).data() == admin.full_name
    assert [v.reasons for v in visits.visits_on(db, admin)] == [("vocational", "legal")]
    assert page.focusWidget() is page.ui.searchEdit  # ready for the next person in the queue


def test_visit_needs_a_reason(qtbot, page, crowd, db, admin, dialogs):
    qtbot.keyClicks(page.ui.searchEdit, "nowak")
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Down)

    def save_without_reason(dialog: RecordVisitDialog) -> None:
        qtbot.keyClick(dialog.reasons, Qt.Key.Key_Return)
        assert dialog.isVisible()
        assert dialog.reasons_error.isVisible()
        assert "reason" in dialog.reasons_error.text()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    dialogs.on(RecordVisitDialog, save_without_reason)
    page.ui.recordVisitButton.click()
    dialogs.check()
    assert visits.visits_on(db, admin) == []


def test_anonymous_visit_is_counted(qtbot, page, db, admin, dialogs):
    def fill(dialog: AnonymousVisitDialog) -> None:
        dialog.sex.setCurrentIndex(dialog.sex.findData(Sex.FEMALE))
        dialog.age_group.setCurrentIndex(dialog.age_group.findData("18-59"))
        dialog.citizenship.setCurrentIndex(dialog.citizenship.findData("BY"))
        dialog.reasons.setFocus()
        qtbot.keyClicks(dialog.reasons, "1")
        qtbot.keyClick(dialog.reasons, Qt.Key.Key_Enter)

    dialogs.on(AnonymousVisitDialog, fill)
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialogs.check()
    assert dialogs.done == ["AnonymousVisitDialog"]
    assert page.today.index(0, TodayVisitsModel.PERSON).data() == "Anonymous"
    assert "1 visit" in page.ui.todayCountLabel.text()
    rows = visits.visits_on(db, admin)
    assert len(rows) == 1 and rows[0].person_id is None
    assert rows[0].reasons == (ServiceCategory.INFORMATION.value,)


def test_enter_on_a_result_opens_the_person(qtbot, page, crowd, dialogs):
    qtbot.keyClicks(page.ui.searchEdit, "kowalczyk")
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Down)
    seen = {}

    def look(dialog: PersonDialog) -> None:
        seen["heading"] = dialog.heading.text()
        seen["birth"] = dialog.detail_values["birth_date"].text()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    dialogs.on(PersonDialog, look)
    qtbot.keyClick(page.ui.resultsView, Qt.Key.Key_Return)
    dialogs.check()
    assert seen == {"heading": "Taras Kowalczyk", "birth": "14.02.1979"}


def test_register_prefills_from_the_search_and_goes_on_to_the_visit(qtbot, page, db, admin, dialogs):
    qtbot.keyClicks(page.ui.searchEdit, "Mariia Bondarenko")
    seen = {}

    def register(dialog: RegisterDialog) -> None:
        seen["given"] = dialog.form.text("given_name")
        seen["family"] = dialog.form.text("family_name")
        dialog.written.setChecked(True)
        dialogs.on(RecordVisitDialog, record)
        qtbot.keyClick(dialog.form.fields["family_name"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    def record(dialog: RecordVisitDialog) -> None:
        seen["visit_for"] = dialog.heading.text()
        qtbot.keyClicks(dialog.reasons, "3")
        qtbot.keyClick(dialog.reasons, Qt.Key.Key_Return)

    dialogs.on(RegisterDialog, register)
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialogs.check()
    assert dialogs.done == ["RecordVisitDialog", "RegisterDialog"] or dialogs.done == ["RegisterDialog",
                                                                                        "RecordVisitDialog"]
    assert seen["given"] == "Mariia" and seen["family"] == "Bondarenko"
    assert "Mariia Bondarenko" in seen["visit_for"]
    assert result_names(page) == ["Mariia Bondarenko"]
    assert [r.person_name for r in page.today.rows()] == ["Mariia Bondarenko"]


def test_focus_search_selects_what_was_typed(qtbot, page):
    qtbot.keyClicks(page.ui.searchEdit, "abc")
    page.ui.registerButton.setFocus()
    page.focus_search()
    assert page.ui.searchEdit.hasFocus()
    assert page.ui.searchEdit.selectedText() == "abc"


def test_page_retranslates_on_language_change(qtbot, page):
    page.ui.searchEdit.setPlaceholderText("")
    QApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
    assert "Ctrl+F" in page.ui.searchEdit.placeholderText()


@pytest.fixture
def counsellor_page(qtbot, ctx, make_staff):
    from wic_desk.domain.enums import Role
    ctx.actor = make_staff(Role.COUNSELLOR)
    widget = DeskPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 720)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.focus_search()
    return widget


@pytest.mark.parametrize("from_search_field", [True, False])
def test_a_counsellor_records_a_consultation_from_the_desk(qtbot, db, counsellor_page, crowd, dialogs,
                                                           from_search_field):
    from wic_desk.domain.enums import ConsultationKind
    from wic_desk.gui.pages.consultation import ConsultationDialog
    from wic_desk.services import consultations
    page = counsellor_page
    assert page.ui.recordConsultationButton.isVisible()
    qtbot.keyClicks(page.ui.searchEdit, "nowak")
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Down)
    if from_search_field:  # the shortcut must not be taken by the line edit (Ctrl+K deletes to the end there)
        page.ui.searchEdit.setFocus()

    def fill_and_save(dialog: ConsultationDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(ConsultationKind.JOB_SEARCH))
        dialog.note.setPlainText("CV prepared together")
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    dialogs.on(ConsultationDialog, fill_and_save)
    target = page.ui.searchEdit if from_search_field else page.ui.resultsView
    qtbot.keyClick(target, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialogs.check()
    assert dialogs.done == ["ConsultationDialog"]
    [row] = consultations.for_person(db, page.ctx.actor, crowd["nowak"])
    assert (row.kind, row.note) == (ConsultationKind.JOB_SEARCH, "CV prepared together")


def test_a_receptionist_has_no_consultation_button(qtbot, page, crowd):
    assert page.ui.recordConsultationButton.isHidden()  # the admin fixture: no kind to record
    qtbot.keyClicks(page.ui.searchEdit, "nowak")
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Down)
    qtbot.keyClick(page.ui.resultsView, Qt.Key.Key_K,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert page.last_dialog is None


def test_the_desk_shows_a_selected_persons_employment(qtbot, page, crowd, db, admin):
    from wic_desk.domain.enums import ContractKind
    from wic_desk.services import outcomes
    outcomes.record(db, admin, crowd["nowak"], outcomes.OutcomeInput(dt.date(2024, 3, 1), ContractKind.EMPLOYMENT))
    qtbot.keyClicks(page.ui.searchEdit, "nowak")
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Down)
    assert page.ui.employmentLabel.text() == "Employed since 01.03.2024: Employment contract (stable)"
    page.ui.searchEdit.setText("kowalska")
    page.run_search()
    page.focus_results()
    assert page.ui.employmentLabel.text() == ""
