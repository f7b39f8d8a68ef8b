"""The activities page driven as a coordinator drives it: create a course through the dialog,
enrol people found by the desk's search (capacity and the waiting list), add a walk-in, print
the attendance sheet of a session."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from wic_desk.domain.enums import ActivityKind, EnrolmentStatus, Role, Sex
from wic_desk.gui.context import AppContext
from wic_desk.gui.models.activities import ActivitiesModel, EnrolmentModel
from wic_desk.gui.pages.activities import ActivitiesPage
from wic_desk.gui.pages.activity_detail import ActivityDetailPage, SheetDialog
from wic_desk.gui.pages.activity_dialog import ActivityDialog
from wic_desk.gui.pages.register import RegisterDialog
from wic_desk.gui.tasks import ImmediateRunner
from wic_desk.services import activities, people

TODAY = dt.date(2024, 3, 11)


class DialogDriver:
    """Acts on the modal dialog of a given class once it is open (dialogs run their own loop)."""

    def __init__(self) -> None:
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
                except BaseException as exc:  # reported by the test; never leave the dialog open
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
    widget = ActivitiesPage(ctx, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def add_person(db, actor, consent, given, family, native=None):
    return people.register(db, actor, people.PersonInput(given_name=given, family_name=family, native_name=native,
                                                         sex=Sex.FEMALE, citizenship="UA"), consent)


@pytest.fixture
def trio(db, admin, consent):
    return {
        "halyna": add_person(db, admin, consent, "Halyna", "Kovalenko", "Галина Коваленко"),
        "taras": add_person(db, admin, consent, "Taras", "Melnyk", "Тарас Мельник"),
        "nino": add_person(db, admin, consent, "Nino", "Beridze"),
    }


def course(db, actor, capacity=None, sessions=3, start=TODAY, title="Polish A1, group 2"):
    return activities.create(db, actor, activities.ActivityInput(
        kind=ActivityKind.POLISH_COURSE, title=title, capacity=capacity, place="Sala 2",
        facilitator="Marta Wiśniewska",
        sessions=[activities.SessionInput(held_on=start + dt.timedelta(days=7 * i), hours=2,
                                          start_time=dt.time(17, 0)) for i in range(sessions)]))


def detail_page(qtbot, ctx, activity_id) -> ActivityDetailPage:
    widget = ActivityDetailPage(ctx, activity_id, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def enrol_by_search(qtbot, detail: ActivityDetailPage, query: str) -> None:
    """Ctrl+E, type, Down, Enter: as a coordinator enrols someone."""
    qtbot.keyClick(detail, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert detail.search_edit.hasFocus()
    qtbot.keyClicks(detail.search_edit, query)
    qtbot.waitUntil(lambda: detail.results_proxy.rowCount() == 1)
    qtbot.keyClick(detail.search_edit, Qt.Key.Key_Down)
    assert detail.results_view.hasFocus()
    qtbot.keyClick(detail.results_view, Qt.Key.Key_Return)


# -- models ----------------------------------------------------------------------------------------


def test_activity_models_pass_the_model_tester(qtmodeltester):
    rows = [activities.ActivityRow(uuid.uuid4(), ActivityKind.LANGUAGE_CLUB, "Klub językowy", TODAY, 12, 9),
            activities.ActivityRow(uuid.uuid4(), ActivityKind.ADAPTATION_MEETING, "Spotkanie", None, 0, 0)]
    model = ActivitiesModel()
    model.set_rows(rows)
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, ActivitiesModel.KIND).data() == "Language club"
    assert model.index(1, ActivitiesModel.FIRST_DATE).data() == ""
    enrolment = EnrolmentModel()
    enrolment.set_rows([activities.Participant(uuid.uuid4(), "Oleh Bondar", "Олег Бондар",
                                               EnrolmentStatus.WAITING, 0, 0.0, False)])
    qtmodeltester.check(enrolment, force_py=True)
    assert enrolment.index(0, EnrolmentModel.STATUS).data() == "Waiting list"


# -- creating --------------------------------------------------------------------------------------


def test_create_a_course_with_three_sessions_through_the_dialog(qtbot, page, dialogs, db, admin):
    def fill(dialog: ActivityDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(ActivityKind.POLISH_COURSE))
        dialog.title.setFocus()
        qtbot.keyClicks(dialog.title, "Polish A2 evening")
        dialog.facilitator.setText("Ewa Łukasiewicz")  # not ASCII: set, not typed
        qtbot.keyClicks(dialog.place, "Room 3")
        dialog.capacity.setValue(12)
        dialog.completion.setValue(75)
        first = dialog.session_row(0)
        first.date.setDate(QDate(2024, 3, 4))
        qtbot.keyClick(dialog, Qt.Key.Key_Insert, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(dialog, Qt.Key.Key_Insert, Qt.KeyboardModifier.ControlModifier)
        assert dialog.session_count() == 3
        # a week apart, the same time and hours
        assert [dialog.session_row(i).value().held_on for i in range(3)] == \
            [dt.date(2024, 3, 4), dt.date(2024, 3, 11), dt.date(2024, 3, 18)]
        dialog.session_row(2).hours.setValue(3)
        assert dialog.project.currentText() == current_project.name  # counts for the current project
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    from wic_desk.services import reports
    current_project = reports.current_project(db)
    dialogs.on(ActivityDialog, fill)
    qtbot.keyClick(page.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialogs.check()

    [row] = activities.list_activities(db)
    assert (row.title, row.kind, row.sessions, row.first_date) == \
        ("Polish A2 evening", ActivityKind.POLISH_COURSE, 3, dt.date(2024, 3, 4))
    grid = activities.grid(db, admin, row.id)
    assert grid.completion_percent == 75
    with db.read() as session:
        from wic_desk.store.models import Activity
        assert session.get(Activity, row.id).project_id == current_project.id
    assert [s.hours for s in grid.sessions] == [2.0, 2.0, 3.0]
    # the new activity opens, ready to enrol
    assert page.detail is not None and page.detail.activity_id == row.id
    assert page.detail.title_label.text() == "Polish A2 evening"
    # back to the list, which shows it
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page.detail, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.detail is None
    assert page.proxy.index(0, ActivitiesModel.TITLE).data() == "Polish A2 evening"


def test_the_services_errors_show_next_to_their_fields(qtbot, ctx, db):
    dialog = ActivityDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()  # no title
    assert dialog.isVisible() and dialog.activity_id is None
    assert dialog.errors["title"].isVisible()
    assert dialog.errors["title"].text() == "This field is required."
    assert activities.list_activities(db) == []
    dialog.title.setText("Adaptation meeting, March")
    assert not dialog.errors["title"].isVisible()
    dialog.remove_session()  # the only session stays: an activity needs one
    assert dialog.session_count() == 1
    dialog.accept()
    assert dialog.activity_id is not None


def test_the_event_tag_is_offered_set_and_shown(qtbot, ctx, db, admin):
    activities.create(db, admin, activities.ActivityInput(
        kind=ActivityKind.FESTIVAL_WORKSHOP, title="Skovoroda Fest 2023: taniec", tag="Skovoroda Fest 2023",
        sessions=[activities.SessionInput(dt.date(2023, 9, 16), 2)]))
    dialog = ActivityDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    # the tags in use are offered; a new one may be typed
    assert [dialog.tag.itemText(i) for i in range(dialog.tag.count())] == ["", "Skovoroda Fest 2023"]
    assert dialog.tag.currentText() == ""
    dialog.kind.setCurrentIndex(dialog.kind.findData(ActivityKind.FESTIVAL_WORKSHOP))
    dialog.title.setText("Skovoroda Fest 2023: kuchnia")
    dialog.tag.setCurrentIndex(1)
    dialog.accept()
    assert dialog.activity_id is not None
    assert activities.grid(db, admin, dialog.activity_id).tag == "Skovoroda Fest 2023"
    detail = detail_page(qtbot, ctx, dialog.activity_id)
    assert "event: Skovoroda Fest 2023" in detail.facts_label.text()
    # changed on the detail page: the tags in use offered, the activity's own first
    offered = []
    detail._ask_tag = lambda tags, current: offered.append((tags, current)) or "Skovoroda Fest 2024"
    qtbot.mouseClick(detail.tag_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: detail.grid is not None and detail.grid.tag == "Skovoroda Fest 2024")
    assert offered == [(["Skovoroda Fest 2023"], "Skovoroda Fest 2023")]
    assert "event: Skovoroda Fest 2024" in detail.facts_label.text()

    too_long = ActivityDialog(ctx, today=TODAY)
    qtbot.addWidget(too_long)
    too_long.show()
    too_long.title.setText("Untagged")
    too_long.tag.setCurrentText("  ")
    too_long.accept()
    assert activities.grid(db, admin, too_long.activity_id).tag is None


def test_only_organisers_create_activities(qtbot, db, make_staff):
    receptionist = make_staff(Role.RECEPTIONIST)
    widget = ActivitiesPage(AppContext(db=db, runner=ImmediateRunner(), actor=receptionist))
    qtbot.addWidget(widget)
    assert widget.new_button.isHidden()
    widget.new_activity()
    assert widget.last_dialog is None


def test_filter_and_open_from_the_list_by_keyboard(qtbot, page, db, admin):
    course(db, admin, title="Polish A1, group 2")
    other = course(db, admin, title="Language club", start=TODAY + dt.timedelta(days=1))
    page.refresh()
    assert page.model.rowCount() == 2
    qtbot.keyClick(page.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert page.filter_edit.hasFocus()
    qtbot.keyClicks(page.filter_edit, "club")
    assert page.proxy.rowCount() == 1
    qtbot.keyClick(page.filter_edit, Qt.Key.Key_Return)
    assert page.detail is not None and page.detail.activity_id == other


# -- enrolling -------------------------------------------------------------------------------------


def test_enrol_three_found_by_search_capacity_two_puts_the_third_on_the_waiting_list(
        qtbot, ctx, db, admin, trio):
    activity_id = course(db, admin, capacity=2)
    detail = detail_page(qtbot, ctx, activity_id)
    changed = []
    detail.enrolment_changed.connect(lambda: changed.append(1))

    enrol_by_search(qtbot, detail, "Kovalenko")
    assert "Halyna Kovalenko is enrolled" in detail.enrol_status.text()
    assert detail.search_edit.hasFocus()  # ready for the next one
    enrol_by_search(qtbot, detail, "melnyk")
    enrol_by_search(qtbot, detail, "Beridze")
    assert "waiting list" in detail.enrol_status.text()

    grid = activities.grid(db, admin, activity_id)
    status = {p.person_id: p.status for p in grid.participants}
    assert status == {trio["halyna"]: EnrolmentStatus.ENROLLED, trio["taras"]: EnrolmentStatus.ENROLLED,
                      trio["nino"]: EnrolmentStatus.WAITING}
    assert [p.name for p in detail.model.participants()] == ["Halyna Kovalenko", "Taras Melnyk"]
    assert [p.name for p in detail.waiting.rows()] == ["Nino Beridze"]
    assert detail.waiting_box.title() == "Waiting list (1)"
    assert "2 enrolled" in detail.facts_label.text()
    assert len(changed) == 3

    # enrolling again says so and changes nothing
    enrol_by_search(qtbot, detail, "Beridze")
    assert "already" in detail.enrol_status.text()


def test_withdrawing_moves_the_first_on_the_waiting_list_up(qtbot, ctx, db, admin, trio, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    activity_id = course(db, admin, capacity=1)
    for key in ("halyna", "taras"):
        activities.enrol(db, admin, activity_id, trio[key])
    detail = detail_page(qtbot, ctx, activity_id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    detail.view.setCurrentIndex(detail.model.index(0, 0))
    qtbot.keyClick(detail.view, Qt.Key.Key_Delete,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "Taras Melnyk moves up" in detail.status_label.text()
    assert [p.name for p in detail.model.participants()] == ["Taras Melnyk"]
    assert detail.waiting.rowCount() == 0


def test_a_walk_in_is_registered_with_consent_and_enrolled(qtbot, ctx, db, admin, dialogs):
    activity_id = course(db, admin)
    detail = detail_page(qtbot, ctx, activity_id)
    qtbot.keyClicks(detail.search_edit, "Petrenko")
    detail.run_search()
    assert detail.results_proxy.rowCount() == 0
    assert "walk-in" in detail.enrol_status.text()

    def register(dialog: RegisterDialog) -> None:
        dialog.written.setChecked(True)
        dialog.form.fields["given_name"].setText("Oksana")
        dialog.form.fields["family_name"].setText("Petrenko")
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    dialogs.on(RegisterDialog, register)
    qtbot.keyClick(detail.search_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialogs.check()
    grid = activities.grid(db, admin, activity_id)
    assert [p.name for p in grid.participants] == ["Oksana Petrenko"]
    assert "Oksana Petrenko is enrolled" in detail.enrol_status.text()


# -- the attendance sheet --------------------------------------------------------------------------


def test_the_attendance_sheet_is_saved_through_the_file_dialog(qtbot, ctx, db, admin, trio, tmp_path,
                                                               monkeypatch, dialogs):
    activity_id = course(db, admin)
    for person in trio.values():
        activities.enrol(db, admin, activity_id, person)
    detail = detail_page(qtbot, ctx, activity_id)
    out = tmp_path / "sheet.pdf"
    asked = []

    def save_as(parent, caption, suggested, filters):
        asked.append(suggested)
        return str(out), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)

    def choose(dialog: SheetDialog) -> None:
        assert dialog.session_number() == 1  # today's session is preselected
        dialog.session.setCurrentIndex(1)
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    dialogs.on(SheetDialog, choose)
    qtbot.keyClick(detail.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialogs.check()

    assert asked and asked[0].endswith("attendance_Polish_A1_group_2_2_2024-03-18.pdf")
    assert out.is_file() and detail.last_file == out
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    for expected in ("Halyna Kovalenko", "Галина Коваленко", "Taras Melnyk", "Nino Beridze", "18.03.2024", "2 z 3"):
        assert expected in text
    assert "saved" in detail.status_label.text()


def test_print_opens_the_sheet_in_the_pdf_viewer(qtbot, ctx, db, admin, trio, monkeypatch):
    from PySide6.QtGui import QDesktopServices
    activity_id = course(db, admin)
    activities.enrol(db, admin, activity_id, trio["taras"])
    detail = detail_page(qtbot, ctx, activity_id)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    detail.print_sheet(1)
    assert len(opened) == 1 and opened[0].endswith(".pdf")
    assert "Taras Melnyk" in PdfReader(opened[0]).pages[0].extract_text()


def test_a_coordinator_cancels_a_session_with_a_reason(qtbot, ctx, db, admin, trio, monkeypatch, make_staff):
    from PySide6.QtWidgets import QInputDialog
    aid = course(db, admin, sessions=3)
    activities.enrol(db, admin, aid, trio["halyna"])
    detail = detail_page(qtbot, ctx, aid)
    qtbot.waitUntil(lambda: detail.model.rowCount() == 1)
    assert detail.cancel_session_button.isVisible()
    column = detail.model.FIRST_SESSION + 1
    detail.view.setCurrentIndex(detail.model.index(0, column))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Sala zajęta", True)))
    qtbot.mouseClick(detail.cancel_session_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: detail.grid is not None and detail.grid.sessions[1].cancelled)
    assert "✕" in detail.model.headerData(column, Qt.Orientation.Horizontal)
    assert "Sala zajęta" in detail.model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert detail.model.data(detail.model.index(0, detail.model.PRESENT)).endswith("/ 2")
    ctx.actor = make_staff(Role.RECEPTIONIST)
    other = detail_page(qtbot, ctx, aid)
    assert not other.cancel_session_button.isVisible() and not other.cancel_activity_button.isVisible()
    assert not other.tag_button.isVisible()
