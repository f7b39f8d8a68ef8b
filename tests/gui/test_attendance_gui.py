"""The attendance grid: marked by keyboard (letters, digits, Space, arrows), saved through the
service, the completion column following; today's session in one key; certificates for those who
completed, in the background, as one PDF with a page each."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from wic_desk.domain.enums import ActivityKind, AttendanceStatus, EnrolmentStatus, Role, Sex
from wic_desk.gui.context import AppContext
from wic_desk.gui.models.attendance import AttendanceModel, CompletedRole, StatusRole, next_status
from wic_desk.gui.pages.activity_detail import ActivityDetailPage, status_for_text
from wic_desk.gui.tasks import ImmediateRunner
from wic_desk.services import activities, people

TODAY = dt.date(2024, 3, 18)  # the second of three weekly sessions
P, A, E = AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED
FIRST = AttendanceModel.FIRST_SESSION


@pytest.fixture
def ctx(db, admin):
    return AppContext(db=db, runner=ImmediateRunner(), actor=admin)


@pytest.fixture
def trio(db, admin, consent):
    names = [("Halyna", "Kovalenko", "Галина Коваленко"), ("Taras", "Melnyk", "Тарас Мельник"),
             ("Nino", "Beridze", None)]
    return [people.register(db, admin, people.PersonInput(given_name=g, family_name=f, native_name=n, sex=Sex.FEMALE,
                                                          citizenship="UA"), consent) for g, f, n in names]


@pytest.fixture
def activity_id(db, admin, trio):
    """Three sessions of 2 h a week apart; completed at 60 % (two of three); all three enrolled."""
    aid = activities.create(db, admin, activities.ActivityInput(
        kind=ActivityKind.WORKSHOP_ADULTS, title="Warsztaty integracyjne", completion_percent=60,
        sessions=[activities.SessionInput(held_on=dt.date(2024, 3, 11) + dt.timedelta(days=7 * i), hours=2)
                  for i in range(3)]))
    for person in trio:
        activities.enrol(db, admin, aid, person)
    return aid


@pytest.fixture
def detail(qtbot, ctx, activity_id):
    widget = ActivityDetailPage(ctx, activity_id, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def rows_by_name(detail):
    return {p.name: row for row, p in enumerate(detail.model.participants())}


def saved(db, admin, activity_id):
    """(person name, session number) -> status, as the service has it."""
    grid = activities.grid(db, admin, activity_id)
    names = {p.person_id: p.name for p in grid.participants}
    numbers = {s.id: s.number for s in grid.sessions}
    return {(names[person], numbers[session]): status for (person, session), status in grid.marks.items()}


def go_to(detail, row, column):
    detail.view.setFocus()
    detail.view.selectionModel().setCurrentIndex(detail.model.index(row, column),
                                                 QItemSelectionModel.SelectionFlag.ClearAndSelect)


# -- the model -------------------------------------------------------------------------------------


def sample_grid():
    sessions = [activities.SessionCol(uuid.uuid4(), n, dt.date(2024, 3, 4) + dt.timedelta(days=7 * n), 1.5)
                for n in (1, 2, 3, 4)]
    people_ = [activities.Participant(uuid.uuid4(), "Łucja Żak", "Луція Жак", EnrolmentStatus.ENROLLED, 3, 4.5, True),
               activities.Participant(uuid.uuid4(), "Olena Bondar", None, EnrolmentStatus.ENROLLED, 1, 1.5, False),
               activities.Participant(uuid.uuid4(), "Ivan Waiting", None, EnrolmentStatus.WAITING, 0, 0.0, False)]
    marks = {(people_[0].person_id, s.id): P for s in sessions[:3]}
    marks[(people_[1].person_id, sessions[0].id)] = P
    marks[(people_[1].person_id, sessions[1].id)] = E
    return activities.Grid(uuid.uuid4(), "Kurs", ActivityKind.POLISH_COURSE, 75, sessions, people_, marks)


def test_the_attendance_model_passes_the_model_tester(qtmodeltester):
    model = AttendanceModel()
    model.set_grid(sample_grid(), today=dt.date(2024, 3, 18))
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)
    assert model.rowCount() == 2  # the waiting list does not attend
    assert model.columnCount() == FIRST + 4
    assert model.index(0, AttendanceModel.COMPLETED).data() == "✓ 4.5 h"
    assert model.index(1, AttendanceModel.COMPLETED).data() == "1.5 h"
    assert model.index(1, FIRST + 1).data(StatusRole) == E
    assert model.index(1, FIRST + 1).data() == "E"
    assert model.index(1, FIRST + 2).data() == ""
    assert model.headerData(FIRST + 1, Qt.Orientation.Horizontal) == "2\n18.03"
    assert model.headerData(FIRST + 1, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole).bold()
    assert "today" in model.headerData(FIRST + 1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)


def test_a_mark_updates_the_row_at_once_and_the_model_stays_sound(qtmodeltester):
    model = AttendanceModel()
    model.set_grid(sample_grid())
    qtmodeltester.check(model, force_py=True)
    assert model.set_mark(1, FIRST + 1, P)
    assert model.set_mark(1, FIRST + 2, P)  # 3 of 4 = 75 %: completed
    assert model.index(1, AttendanceModel.PRESENT).data() == "3 / 4"
    assert model.index(1, AttendanceModel.COMPLETED).data(CompletedRole) is True
    assert not model.set_mark(1, AttendanceModel.NAME, P)
    assert [next_status(s) for s in (None, P, A, E)] == [P, A, E, P]


def test_keys_in_any_language():
    assert [status_for_text(t) for t in ("p", "A", "e", "1", "2", "3", " ", "x")] == [P, A, E, P, A, E, None, None]


# -- marking by keyboard ---------------------------------------------------------------------------


def test_mark_attendance_by_keyboard_and_the_service_has_it(qtbot, detail, db, admin, activity_id):
    rows = rows_by_name(detail)
    assert list(rows) == ["Halyna Kovalenko", "Nino Beridze", "Taras Melnyk"]  # Polish order
    # today's session opened by itself: the cursor waits in its column
    assert detail.view.currentIndex().column() == FIRST + 1
    assert "today" in detail.status_label.text()

    # session 1, typed in from the paper sheet: down the column, one key per person
    go_to(detail, 0, FIRST)
    QTest.keyClick(detail.view, Qt.Key.Key_P)
    assert detail.view.currentIndex().row() == 1  # moved down to the next person
    QTest.keyClick(detail.view, Qt.Key.Key_A)
    QTest.keyClick(detail.view, Qt.Key.Key_3)
    assert saved(db, admin, activity_id) == {("Halyna Kovalenko", 1): P, ("Nino Beridze", 1): A,
                                             ("Taras Melnyk", 1): E}

    # today's session with Ctrl+T, then digits; arrows move back up; Space cycles
    QTest.keyClick(detail.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert detail.view.currentIndex().column() == FIRST + 1
    go_to(detail, 0, FIRST + 1)
    QTest.keyClick(detail.view, Qt.Key.Key_1)
    QTest.keyClick(detail.view, Qt.Key.Key_1)
    QTest.keyClick(detail.view, Qt.Key.Key_Up)
    assert detail.view.currentIndex().row() == 1
    QTest.keyClick(detail.view, Qt.Key.Key_Space)  # present -> absent
    assert detail.view.currentIndex().row() == 1  # Space stays
    QTest.keyClick(detail.view, Qt.Key.Key_Right)
    QTest.keyClick(detail.view, Qt.Key.Key_Space)  # (none) -> present
    QTest.keyClick(detail.view, Qt.Key.Key_Space)  # present -> absent
    marks = saved(db, admin, activity_id)
    assert marks[("Halyna Kovalenko", 2)] == P
    assert marks[("Nino Beridze", 2)] == A
    assert marks[("Nino Beridze", 3)] == A
    assert ("Taras Melnyk", 2) not in marks

    # the completion column: Halyna was present twice of three (60 % needed) and completed
    grid = activities.grid(db, admin, activity_id)
    done = {p.name: (p.completed, p.hours) for p in grid.participants}
    assert done["Halyna Kovalenko"] == (True, 4.0)
    assert done["Nino Beridze"] == (False, 0.0)
    model = detail.model
    assert model.index(rows["Halyna Kovalenko"], AttendanceModel.COMPLETED).data() == "✓ 4 h"
    assert model.index(rows["Halyna Kovalenko"], AttendanceModel.PRESENT).data() == "2 / 3"
    assert model.index(rows["Nino Beridze"], AttendanceModel.COMPLETED).data() == "0 h"
    assert "1 of 3 participants meet the completion rule" in detail.summary_label.text()


def test_the_completion_column_follows_each_key(qtbot, detail, db, admin, activity_id):
    row = rows_by_name(detail)["Taras Melnyk"]
    completed = lambda: detail.model.index(row, AttendanceModel.COMPLETED).data(CompletedRole)  # noqa: E731
    go_to(detail, row, FIRST)
    QTest.keyClick(detail.view, Qt.Key.Key_P)
    assert not completed()
    go_to(detail, row, FIRST + 1)
    QTest.keyClick(detail.view, Qt.Key.Key_P)
    assert completed()
    assert detail.model.index(row, AttendanceModel.COMPLETED).data() == "✓ 4 h"
    go_to(detail, row, FIRST + 1)
    QTest.keyClick(detail.view, Qt.Key.Key_E)  # excused is not present: no longer completed
    assert not completed()
    assert [p.completed for p in activities.grid(db, admin, activity_id).participants
            if p.name == "Taras Melnyk"] == [False]
    # a reload from the database shows the same
    detail.refresh()
    assert not completed() and detail.model.status(row, FIRST + 1) == E


def test_a_whole_column_marked_at_once_with_the_button(qtbot, detail, db, admin, activity_id):
    view = detail.view
    top, bottom = detail.model.index(0, FIRST + 2), detail.model.index(2, FIRST + 2)
    view.setFocus()
    view.setCurrentIndex(top)
    view.selectionModel().select(QItemSelection(top, bottom), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    qtbot.mouseClick(detail.mark_buttons[P], Qt.MouseButton.LeftButton)
    marks = saved(db, admin, activity_id)
    assert {k: v for k, v in marks.items() if k[1] == 3} == {
        ("Halyna Kovalenko", 3): P, ("Nino Beridze", 3): P, ("Taras Melnyk", 3): P}
    assert view.hasFocus()


def test_a_mark_outside_a_session_column_says_where_to_go(qtbot, detail):
    go_to(detail, 0, AttendanceModel.NAME)
    QTest.keyClick(detail.view, Qt.Key.Key_P)
    assert "session" in detail.status_label.text()
    assert detail.view.currentIndex().row() == 0


def test_receptionists_mark_but_do_not_issue_certificates(qtbot, db, make_staff, activity_id):
    receptionist = make_staff(Role.RECEPTIONIST)
    widget = ActivityDetailPage(AppContext(db=db, runner=ImmediateRunner(), actor=receptionist), activity_id,
                                today=TODAY)
    qtbot.addWidget(widget)
    assert widget.certificates_button.isHidden()
    widget.mark_cells([(0, FIRST)], P)
    assert len(activities.grid(db, receptionist, activity_id).marks) == 1


# -- certificates ----------------------------------------------------------------------------------


def test_issue_certificates_for_those_who_completed(qtbot, detail, db, admin, activity_id, tmp_path, monkeypatch):
    rows = rows_by_name(detail)
    for name in ("Halyna Kovalenko", "Taras Melnyk"):
        for column in (FIRST, FIRST + 1):
            go_to(detail, rows[name], column)
            QTest.keyClick(detail.view, Qt.Key.Key_P)
    go_to(detail, rows["Nino Beridze"], FIRST)
    QTest.keyClick(detail.view, Qt.Key.Key_P)  # once: not completed, no certificate

    out = tmp_path / "certificates.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF files (*.pdf)"))
    questions, opened, progress = [], [], []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a: questions.append(text) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    original = detail._certificates_progress
    monkeypatch.setattr(detail, "_certificates_progress",
                        lambda done, total: (progress.append((done, total)), original(done, total)))

    QTest.keyClick(detail.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)

    assert out.is_file() and detail.last_file == out
    pages = PdfReader(out).pages
    assert len(pages) == 2  # one page per completer
    texts = [page.extract_text() for page in pages]
    assert "Halyna Kovalenko" in texts[0] and "Галина Коваленко" in texts[0]
    assert "Taras Melnyk" in texts[1]
    assert not any("Beridze" in t for t in texts)
    assert progress and progress[-1] == (2, 2)
    assert detail.progress_dialog is None and detail.certificates_button.isEnabled()
    assert questions and "2 certificate(s) printed" in questions[0] and "new: 2" in questions[0]
    assert opened == [str(out)]


def test_no_certificates_before_anyone_completed(qtbot, detail, monkeypatch):
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(1) or ("", ""))
    detail.issue_certificates()
    assert not asked
    assert "completion rule" in detail.status_label.text()


def test_quick_keys_are_saved_in_the_order_typed_by_the_real_background_runner(qtbot, db, admin, activity_id):
    from wic_desk.gui.tasks import BackgroundRunner
    runner = BackgroundRunner()
    widget = ActivityDetailPage(AppContext(db=db, runner=runner, actor=admin), activity_id, today=TODAY)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 3)
    go_to(widget, 0, FIRST + 2)
    for _ in range(5):  # present, absent, excused, present, absent
        QTest.keyClick(widget.view, Qt.Key.Key_Space)
    go_to(widget, 1, FIRST + 2)
    QTest.keyClick(widget.view, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: not widget.saving(), timeout=10000)
    runner.wait()
    assert saved(db, admin, activity_id) == {("Halyna Kovalenko", 3): A, ("Nino Beridze", 3): E}
