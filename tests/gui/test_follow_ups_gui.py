""""My follow-ups" and "My caseload": the list changes when a follow-up is closed or rescheduled,
and a person opens in one step."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from wic_desk.domain.enums import ConsultationKind, Role, Sex
from wic_desk.gui.context import AppContext
from wic_desk.gui.models.follow_ups import OVERDUE_COLOUR, CaseloadModel, FollowUpsModel
from wic_desk.gui.pages.follow_ups import FollowUpsPage, RescheduleDialog
from wic_desk.gui.pages.person import PersonDialog
from wic_desk.gui.tasks import ImmediateRunner
from wic_desk.services import consultations as cs
from wic_desk.services import people

TODAY = dt.date.today()


def when_open(cls, action, failures: list) -> None:
    """Act on a modal dialog of ``cls`` once it is open (it runs its own event loop)."""
    tries = [0]

    def attempt() -> None:
        widget = QApplication.activeModalWidget()
        tries[0] += 1
        if isinstance(widget, cls) and widget.isVisible():
            try:
                action(widget)
            except BaseException as exc:
                failures.append(exc)
                widget.reject()
            return
        if tries[0] > 250:
            failures.append(AssertionError(f"{cls.__name__} did not open"))
            if widget is not None:
                widget.close()
            return
        QTimer.singleShot(20, attempt)

    QTimer.singleShot(0, attempt)


@pytest.fixture
def counsellor(make_staff):
    return make_staff(Role.COUNSELLOR, "couns")


@pytest.fixture
def cases(db, admin, consent, counsellor, make_staff):
    """Three persons: one follow-up overdue, one due today, one next week; plus a colleague's."""
    ids = {}
    for given, family in (("Olena", "Kovalenko"), ("Giorgi", "Beridze"), ("Jan", "Łukowski")):
        ids[family] = people.register(db, admin, people.PersonInput(given_name=given, family_name=family,
                                                                    sex=Sex.OTHER), consent)

    def consult(actor, family, days_ago, follow_up_in):
        return cs.record(db, actor, ids[family], cs.ConsultationInput(
            ConsultationKind.JOB_SEARCH, TODAY - dt.timedelta(days=days_ago), 30, note="invented",
            follow_up_on=TODAY + dt.timedelta(days=follow_up_in)))
    consult(counsellor, "Kovalenko", 10, -4)
    consult(counsellor, "Beridze", 3, 0)
    consult(counsellor, "Łukowski", 1, 7)
    consult(make_staff(Role.COUNSELLOR, "other"), "Łukowski", 2, -1)
    return ids


@pytest.fixture
def page(qtbot, db, counsellor, cases):
    widget = FollowUpsPage(AppContext(db=db, runner=ImmediateRunner(), actor=counsellor), today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def follow_up_rows(page):
    proxy = page.follow_ups_proxy
    return [(proxy.index(r, FollowUpsModel.PERSON).data(), proxy.index(r, FollowUpsModel.STATE).data())
            for r in range(proxy.rowCount())]


def test_shows_own_follow_ups_due_today_and_overdue(page):
    assert follow_up_rows(page) == [("Olena Kovalenko", "Overdue"), ("Giorgi Beridze", "Today")]
    assert page.follow_ups_proxy.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_COLOUR
    assert page.follow_ups_proxy.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert page.follow_ups_count.text() == "2 due · 1 overdue"
    caseload = page.caseload_proxy
    assert [caseload.index(r, CaseloadModel.PERSON).data() for r in range(caseload.rowCount())] == [
        "Jan Łukowski", "Giorgi Beridze", "Olena Kovalenko"]
    assert caseload.index(0, CaseloadModel.OPEN_FOLLOW_UPS).data() == "1"


def test_closing_a_follow_up_removes_it(qtbot, page, db, counsellor):
    page.follow_ups_view.setFocus()
    page.follow_ups_view.selectRow(0)
    qtbot.keyClick(page.follow_ups_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert follow_up_rows(page) == [("Giorgi Beridze", "Today")]
    assert [f.person_name for f in cs.my_follow_ups(db, counsellor, TODAY)] == ["Giorgi Beridze"]
    page.close_button.click()
    assert follow_up_rows(page) == []
    assert page.empty_follow_ups.isVisible()
    assert not page.close_button.isEnabled()
    assert page.caseload_proxy.index(2, CaseloadModel.OPEN_FOLLOW_UPS).data() == ""


def test_rescheduling_moves_a_follow_up_off_the_list(qtbot, page, db, counsellor):
    failures: list = []

    def into_the_past_then_next_week(dialog: RescheduleDialog) -> None:
        assert "Olena Kovalenko" in dialog.heading.text()
        dialog.set_date(TODAY - dt.timedelta(days=1))
        qtbot.keyClick(dialog.new_date, Qt.Key.Key_Return)
        assert dialog.isVisible()
        assert dialog.error.text() == "A follow-up cannot be moved into the past."
        dialog.set_date(TODAY + dt.timedelta(days=3))
        qtbot.keyClick(dialog.new_date, Qt.Key.Key_Return)

    page.follow_ups_view.setFocus()
    page.follow_ups_view.selectRow(0)
    when_open(RescheduleDialog, into_the_past_then_next_week, failures)
    qtbot.keyClick(page.follow_ups_view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert not failures, failures
    assert follow_up_rows(page) == [("Giorgi Beridze", "Today")]
    assert [f.person_name for f in cs.my_follow_ups(db, counsellor, TODAY + dt.timedelta(days=3))] == [
        "Giorgi Beridze", "Olena Kovalenko"]


def test_escape_leaves_the_follow_up_as_it_was(qtbot, page):
    failures: list = []
    page.follow_ups_view.selectRow(1)
    when_open(RescheduleDialog, lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape), failures)
    page.reschedule_button.click()
    assert not failures, failures
    assert len(follow_up_rows(page)) == 2


def test_enter_opens_the_person_in_one_step(qtbot, page, cases):
    failures: list = []
    seen = []

    def look(dialog: PersonDialog) -> None:
        seen.append((dialog.person_id, dialog.heading.text()))
        dialog.reject()

    page.follow_ups_view.setFocus()
    page.follow_ups_view.selectRow(1)
    when_open(PersonDialog, look, failures)
    qtbot.keyClick(page.follow_ups_view, Qt.Key.Key_Return)
    assert not failures, failures
    assert seen == [(cases["Beridze"], "Giorgi Beridze")]

    when_open(PersonDialog, look, failures)
    page.caseload_view.setFocus()
    page.caseload_view.selectRow(0)
    qtbot.keyClick(page.caseload_view, Qt.Key.Key_Return)
    assert not failures, failures
    assert seen[-1] == (cases["Łukowski"], "Jan Łukowski")


def test_a_receptionist_gets_a_plain_message(qtbot, db, make_staff):
    widget = FollowUpsPage(AppContext(db=db, runner=ImmediateRunner(), actor=make_staff(Role.RECEPTIONIST)))
    qtbot.addWidget(widget)
    widget.refresh()
    assert widget.status.text() == "Your role does not allow this."


def test_follow_up_models_pass_the_model_tester(qtmodeltester, db, counsellor, cases):
    follow_ups = FollowUpsModel()
    follow_ups.set_rows(cs.my_follow_ups(db, counsellor, TODAY))
    qtmodeltester.check(follow_ups, force_py=True)
    caseload = CaseloadModel()
    caseload.set_rows(cs.caseload(db, counsellor))
    qtmodeltester.check(caseload, force_py=True)
    for model in (FollowUpsModel(), CaseloadModel()):
        qtmodeltester.check(model, force_py=True)
