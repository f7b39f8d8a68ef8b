"""Employment outcomes: recorded through the dialog from the person's page and shown as stable or
not by the project's rule (the seed's: an employment contract, or any contract of 3+ months)."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from wic_desk.domain.enums import ContractKind, Role, Sex
from wic_desk.gui.context import AppContext
from wic_desk.gui.models.outcomes import OutcomesModel
from wic_desk.gui.pages.consultation import to_qdate
from wic_desk.gui.pages.outcome import OutcomeDialog
from wic_desk.gui.pages.person import PersonDialog
from wic_desk.gui.tasks import ImmediateRunner
from wic_desk.services import outcomes, people

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
def person(db, admin, consent):
    return people.register(db, admin, people.PersonInput(given_name="Kateryna", family_name="Savchuk",
                                                         sex=Sex.FEMALE), consent)


@pytest.fixture
def counsellor(make_staff):
    return make_staff(Role.COUNSELLOR, "couns")


def open_page(qtbot, db, actor, person_id) -> PersonDialog:
    dialog = PersonDialog(AppContext(db=db, runner=ImmediateRunner(), actor=actor), person_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def outcome_rows(page) -> list[dict[int, str]]:
    proxy = page.outcomes_proxy
    return [{c: proxy.index(r, c).data() for c in range(proxy.columnCount())} for r in range(proxy.rowCount())]


@pytest.mark.parametrize("kind,months,stable", [
    (ContractKind.EMPLOYMENT, 0, "Stable"),
    (ContractKind.MANDATE, 2, "Not stable"),
    (ContractKind.MANDATE, 6, "Stable"),
])
def test_outcome_recorded_through_the_dialog_shows_stable_by_the_rule(qtbot, db, counsellor, person, kind, months,
                                                                      stable):
    page = open_page(qtbot, db, counsellor, person)
    assert not page.record_outcome_button.isHidden()
    failures: list = []

    def fill(dialog: OutcomeDialog) -> None:
        dialog.start_date.setDate(to_qdate(TODAY - dt.timedelta(days=3)))
        dialog.employer.setFocus()
        dialog.employer.insert("Piekarnia Złoty Kłos Sp. z o.o.")
        dialog.contract_kind.setCurrentIndex(dialog.contract_kind.findData(kind))
        dialog.hours.setValue(40)
        dialog.duration.setValue(months)
        dialog.evidence.setChecked(True)
        qtbot.keyClick(dialog.employer, Qt.Key.Key_Return)  # Enter saves

    when_open(OutcomeDialog, fill, failures)
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page.history, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert not failures, failures
    [row] = outcome_rows(page)
    assert row[OutcomesModel.STABLE] == stable
    assert row[OutcomesModel.EMPLOYER] == "Piekarnia Złoty Kłos Sp. z o.o."
    assert row[OutcomesModel.START] == (TODAY - dt.timedelta(days=3)).strftime("%d.%m.%Y")
    assert row[OutcomesModel.HOURS] == "40"
    assert row[OutcomesModel.EVIDENCE] == "Yes"
    assert row[OutcomesModel.RECORDED_BY] == counsellor.full_name
    assert page.tabs.currentIndex() == 2 and page.tabs.tabText(2) == "Employment (1)"
    [stored] = outcomes.for_person(db, counsellor, person)
    assert stored.stable is (stable == "Stable")
    assert stored.duration_months == (months or None)


def test_validation_message_next_to_the_start_date(qtbot, db, counsellor, person):
    dialog = OutcomeDialog(AppContext(db=db, runner=ImmediateRunner(), actor=counsellor), person, "K")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.start_date.setDate(to_qdate(TODAY + dt.timedelta(days=120)))
    qtbot.keyClick(dialog.start_date, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert dialog.errors["start_date"].text() == "The start date is too far in the future."
    assert outcomes.for_person(db, counsellor, person) == []
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == OutcomeDialog.DialogCode.Rejected


def test_a_receptionist_sees_employment_but_does_not_record_it(qtbot, db, counsellor, person, make_staff):
    outcomes.record(db, counsellor, person, outcomes.OutcomeInput(TODAY, ContractKind.EMPLOYMENT, "Invented S.A."))
    page = open_page(qtbot, db, make_staff(Role.RECEPTIONIST), person)
    assert page.record_outcome_button.isHidden()
    qtbot.keyClick(page.history, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.activeModalWidget() is None
    [row] = outcome_rows(page)
    assert row[OutcomesModel.STABLE] == "Stable" and row[OutcomesModel.DURATION] == "Open-ended"


def test_outcomes_model_passes_the_model_tester(qtmodeltester):
    model = OutcomesModel()
    model.set_rows([
        outcomes.OutcomeRow(uuid.uuid4(), uuid.uuid4(), TODAY, "Invented S.A.", ContractKind.EMPLOYMENT, 40, None,
                            True, True, "Marta Kowalczyk"),
        outcomes.OutcomeRow(uuid.uuid4(), uuid.uuid4(), TODAY, None, ContractKind.MANDATE, None, 2, False, False,
                            None),
    ])
    qtmodeltester.check(model, force_py=True)
    assert model.index(1, OutcomesModel.DURATION).data() == "2 month(s)"
    qtmodeltester.check(OutcomesModel(), force_py=True)
