"""Consultations on the person's page: recording through the dialog, and notes shown only to those
allowed. A withheld note must not be anywhere in the widget tree: not in a label, an editor, a
tooltip, nor in any role of any item view's model."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from wic_desk.domain.enums import Confidentiality, ConsultationKind, ConsultationMode, Role, Sex
from wic_desk.gui.context import AppContext
from wic_desk.gui.models.base import SortProxy
from wic_desk.gui.models.consultations import ConsultationsModel
from wic_desk.gui.pages import consultation as consultation_page
from wic_desk.gui.pages.consultation import ConsultationDialog, TopicsDialog
from wic_desk.gui.pages.person import PersonDialog
from wic_desk.gui.tasks import ImmediateRunner
from wic_desk.services import consultations as cs
from wic_desk.services import people

PSY = ConsultationKind.PSYCHOLOGIST
TODAY = dt.date.today()
COUNSELLOR_NOTE = "Szuka pracy w magazynie; CV po polsku gotowe, umówiona rozmowa"
PSY_NOTE = "Тривожність після переїзду; наступна зустріч за тиждень"
PRIVATE_NOTE = "Author-only observation that nobody else may read"


# -- helpers ------------------------------------------------------------------------------------

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


def _model_strings(model, parent=QModelIndex()) -> list[str]:  # noqa: B008
    out: list[str] = []
    for column in range(model.columnCount(parent)):
        for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
            for role in range(0, int(Qt.ItemDataRole.UserRole) + 32):
                value = model.headerData(column, orientation, role)
                if value is not None:
                    out.append(repr(value))
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            for role in range(0, int(Qt.ItemDataRole.UserRole) + 32):
                value = index.data(role)
                if value is not None:
                    out.append(str(value))
                    out.append(repr(value))
            if model.rowCount(index) > 0:
                out.extend(_model_strings(model, index))
    return out


def widget_tree_text(root: QWidget) -> str:
    """Every piece of text the widgets under ``root`` hold or could show."""
    out: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        out += [w.windowTitle(), w.toolTip(), w.statusTip(), w.whatsThis(), w.accessibleName(),
                w.accessibleDescription()]
        if isinstance(w, QLabel):
            out.append(w.text())
        if isinstance(w, QLineEdit):
            out += [w.text(), w.placeholderText()]
        if isinstance(w, QTextEdit):
            out += [w.toPlainText(), w.toHtml(), w.placeholderText()]
        if isinstance(w, QPlainTextEdit):
            out += [w.toPlainText(), w.placeholderText()]
        if isinstance(w, QAbstractButton):
            out.append(w.text())
        if isinstance(w, QComboBox):
            out += [w.currentText()] + [f"{w.itemText(i)} {w.itemData(i)!r}" for i in range(w.count())]
        if isinstance(w, QTabWidget):
            out += [w.tabText(i) + w.tabToolTip(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            out += _model_strings(w.model())
            source = getattr(w.model(), "sourceModel", lambda: None)()
            if source is not None:
                out += _model_strings(source)
    return "\n".join(out)


def consultation_cells(dialog: PersonDialog) -> list[dict[int, str]]:
    proxy = dialog.consultations_proxy
    return [{c: proxy.index(r, c).data() for c in range(proxy.columnCount())} for r in range(proxy.rowCount())]


def open_page(qtbot, db, actor, person_id) -> PersonDialog:
    dialog = PersonDialog(AppContext(db=db, runner=ImmediateRunner(), actor=actor), person_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


# -- fixtures -----------------------------------------------------------------------------------

@pytest.fixture
def team(make_staff, admin):
    return {
        "admin": admin,
        "receptionist": make_staff(Role.RECEPTIONIST, "recep"),
        "coordinator": make_staff(Role.COORDINATOR, "coord"),
        "counsellor": make_staff(Role.COUNSELLOR, "couns"),
        "psychologist": make_staff(Role.SPECIALIST, "psy", PSY),
        "psychologist2": make_staff(Role.SPECIALIST, "psy2", PSY),
    }


@pytest.fixture
def person(db, admin, consent):
    return people.register(db, admin, people.PersonInput(
        given_name="Nadiia", family_name="Hrytsenko", native_name="Надія Гриценко", sex=Sex.FEMALE,
        birth_date=dt.date(1988, 4, 30), citizenship="UA"), consent)


@pytest.fixture
def topics(db, admin):
    for name in ("CV and cover letter", "Work permit", "Housing"):
        cs.add_topic(db, admin, name)


@pytest.fixture
def recorded(db, team, person):
    """A counsellor's normal note, a psychologist's specialist-only note and one author-only."""
    cs.record(db, team["counsellor"], person, cs.ConsultationInput(
        ConsultationKind.VOCATIONAL, TODAY - dt.timedelta(days=9), 45, note=COUNSELLOR_NOTE))
    cs.record(db, team["psychologist"], person, cs.ConsultationInput(
        PSY, TODAY - dt.timedelta(days=5), 60, note=PSY_NOTE, confidentiality=Confidentiality.SPECIALIST_ONLY))
    cs.record(db, team["psychologist"], person, cs.ConsultationInput(
        PSY, TODAY - dt.timedelta(days=2), 50, note=PRIVATE_NOTE, confidentiality=Confidentiality.AUTHOR_ONLY))


# -- recording ----------------------------------------------------------------------------------

def test_counsellor_records_a_consultation_and_sees_it_on_the_person_page(qtbot, db, team, person, topics):
    page = open_page(qtbot, db, team["counsellor"], person)
    assert not page.record_consultation_button.isHidden()
    assert page.consultations_model.rowCount() == 0
    failures: list = []

    def fill(dialog: ConsultationDialog) -> None:
        assert dialog.windowTitle() == "Record consultation"
        kinds = [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
        assert kinds == [ConsultationKind.VOCATIONAL, ConsultationKind.JOB_SEARCH, ConsultationKind.LEGAL,
                         ConsultationKind.ADMINISTRATIVE]
        dialog.kind.setCurrentIndex(dialog.kind.findData(ConsultationKind.JOB_SEARCH))
        dialog.minutes.setValue(45)
        dialog.mode.setCurrentIndex(dialog.mode.findData(ConsultationMode.PHONE))
        dialog.language.setCurrentIndex(dialog.language.findData("uk"))
        dialog.interpreter.setChecked(True)
        dialog.set_topic_checked("Work permit")
        dialog.set_topic_checked("Housing")
        dialog.note.setFocus()
        dialog.note.insertPlainText(COUNSELLOR_NOTE)
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)  # a new line in the note, not a save
        assert dialog.isVisible()
        dialog.note.insertPlainText("Druga linia")
        dialog.follow_up_check.setChecked(True)
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    when_open(ConsultationDialog, fill, failures)
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page.history, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert not failures, failures

    [row] = cs.for_person(db, team["counsellor"], person)
    assert row.kind == ConsultationKind.JOB_SEARCH and row.minutes == 45 and row.mode == ConsultationMode.PHONE
    assert row.note == COUNSELLOR_NOTE + "\nDruga linia"
    assert row.topics == ("Housing", "Work permit")  # in the order of the list
    assert row.follow_up_on == TODAY + dt.timedelta(days=7)
    [cells] = consultation_cells(page)
    assert cells[ConsultationsModel.KIND] == "Job-search support"
    assert cells[ConsultationsModel.DATE] == TODAY.strftime("%d.%m.%Y")
    assert cells[ConsultationsModel.STAFF] == team["counsellor"].full_name
    assert cells[ConsultationsModel.TOPICS] == "Housing, Work permit"
    assert COUNSELLOR_NOTE in cells[ConsultationsModel.NOTE]
    assert page.tabs.currentIndex() == 1 and page.tabs.tabText(1) == "Consultations (1)"
    assert page.note_view.toPlainText() == COUNSELLOR_NOTE + "\nDruga linia"


def test_service_messages_show_next_to_the_field(qtbot, db, team, person):
    ctx = AppContext(db=db, runner=ImmediateRunner(), actor=team["counsellor"])
    dialog = ConsultationDialog(ctx, person, "Nadiia Hrytsenko")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.held_on.setDate(consultation_page.to_qdate(TODAY - dt.timedelta(days=3)))
    dialog.follow_up_check.setChecked(True)
    dialog.follow_up_on.setDate(consultation_page.to_qdate(TODAY - dt.timedelta(days=5)))
    qtbot.keyClick(dialog.minutes, Qt.Key.Key_Return)  # Enter in a field saves
    assert dialog.isVisible()
    assert dialog.errors["follow_up_on"].isVisible()
    assert dialog.errors["follow_up_on"].text() == "The follow-up cannot be before the consultation."
    assert not dialog.error.isVisible()
    assert cs.for_person(db, team["counsellor"], person) == []
    dialog.follow_up_check.setChecked(False)
    qtbot.keyClick(dialog.minutes, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.result() == ConsultationDialog.DialogCode.Accepted
    assert len(cs.for_person(db, team["counsellor"], person)) == 1


def test_escape_cancels_without_saving(qtbot, db, team, person):
    dialog = ConsultationDialog(AppContext(db=db, runner=ImmediateRunner(), actor=team["psychologist"]), person, "N")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.note.insertPlainText("draft")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == ConsultationDialog.DialogCode.Rejected
    assert cs.for_person(db, team["psychologist"], person) == []


def test_a_specialist_records_only_their_own_kind(qtbot, db, team, person):
    dialog = ConsultationDialog(AppContext(db=db, runner=ImmediateRunner(), actor=team["psychologist"]), person, "N")
    qtbot.addWidget(dialog)
    assert [dialog.kind.itemData(i) for i in range(dialog.kind.count())] == [PSY]
    assert not dialog.kind.isEnabled()
    assert not dialog.topics_empty.isHidden()  # no topics yet: the hint says who adds them


@pytest.mark.parametrize("who", ["receptionist", "coordinator", "admin"])
def test_roles_that_do_not_counsel_have_no_record_consultation(qtbot, db, team, person, who):
    page = open_page(qtbot, db, team[who], person)
    assert page.record_consultation_button.isHidden()
    qtbot.keyClick(page.history, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.activeModalWidget() is None


# -- who sees which note ------------------------------------------------------------------------

@pytest.mark.parametrize("who", ["receptionist", "coordinator", "admin"])
def test_no_note_text_anywhere_in_the_view_of_a_role_that_reads_none(qtbot, db, team, person, recorded, who):
    page = open_page(qtbot, db, team[who], person)
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        for row in range(page.consultations_proxy.rowCount()):
            page.consultations_view.selectRow(row)
            text = widget_tree_text(page)
            for note in (COUNSELLOR_NOTE, PSY_NOTE, PRIVATE_NOTE):
                assert note not in text
                assert note[:20] not in text
    # ...while that the consultations happened is shown: kind, date, staff member
    cells = consultation_cells(page)
    assert [(c[ConsultationsModel.KIND], c[ConsultationsModel.DATE]) for c in cells] == [
        ("Psychologist", (TODAY - dt.timedelta(days=2)).strftime("%d.%m.%Y")),
        ("Psychologist", (TODAY - dt.timedelta(days=5)).strftime("%d.%m.%Y")),
        ("Vocational counselling", (TODAY - dt.timedelta(days=9)).strftime("%d.%m.%Y")),
    ]
    assert cells[2][ConsultationsModel.STAFF] == team["counsellor"].full_name
    assert page.tabs.tabText(1) == "Consultations (3)"
    assert page.note_view.isHidden()


def test_author_only_note_is_invisible_to_another_psychologist(qtbot, db, team, person, recorded):
    other = open_page(qtbot, db, team["psychologist2"], person)
    text = widget_tree_text(other)
    assert PRIVATE_NOTE not in text
    assert PSY_NOTE in text  # specialist-only: the same kind reads it
    assert COUNSELLOR_NOTE in text  # normal
    other.consultations_view.selectRow(0)  # the author-only one, newest
    assert other.note_view.toPlainText() == ""
    assert "not shown to you" in other.note_view.placeholderText()
    assert other.consultations_proxy.index(0, ConsultationsModel.NOTE).data() == "Not shown to you"

    author = open_page(qtbot, db, team["psychologist"], person)
    author.consultations_view.selectRow(0)
    assert author.note_view.toPlainText() == PRIVATE_NOTE


def test_counsellor_does_not_see_the_psychologists_specialist_note(qtbot, db, team, person, recorded):
    page = open_page(qtbot, db, team["counsellor"], person)
    text = widget_tree_text(page)
    assert PSY_NOTE not in text and PRIVATE_NOTE not in text
    assert COUNSELLOR_NOTE in text


# -- editing and topics ------------------------------------------------------------------------

def test_the_author_edits_a_consultation(qtbot, db, team, person, topics):
    actor = team["counsellor"]
    cs.record(db, actor, person, cs.ConsultationInput(ConsultationKind.LEGAL, TODAY - dt.timedelta(days=1), 30,
                                                      language="uk", interpreter=True, topics=["Housing"],
                                                      note="first version"))
    [full] = cs.for_person(db, actor, person)
    assert (full.language, full.interpreter) == ("uk", True)
    dialog = ConsultationDialog(AppContext(db=db, runner=ImmediateRunner(), actor=actor), person, "N",
                                existing=full)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Edit consultation"
    assert not dialog.kind.isEnabled() and dialog.kind.currentData() == ConsultationKind.LEGAL
    assert dialog.note.toPlainText() == "first version"
    assert dialog.checked_topics() == ["Housing"]
    assert dialog.language.currentData() == "uk" and dialog.interpreter.isChecked()
    dialog.note.selectAll()
    dialog.note.insertPlainText("second version")
    dialog.confidentiality.setCurrentIndex(dialog.confidentiality.findData(Confidentiality.AUTHOR_ONLY))
    dialog.accept()
    assert dialog.result() == ConsultationDialog.DialogCode.Accepted
    [after] = cs.for_person(db, actor, person)
    assert after.note == "second version" and after.confidentiality == Confidentiality.AUTHOR_ONLY
    assert after.topics == ("Housing",)
    assert not consultation_page.may_edit(team["psychologist"], full)


def test_admin_adds_a_topic_and_others_cannot(qtbot, db, team):
    dialog = TopicsDialog(AppContext(db=db, runner=ImmediateRunner(), actor=team["admin"]))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.insert("Uznawanie dyplomów")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter adds, it does not close
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == ["Uznawanie dyplomów"]
    assert cs.topics(db) == ["Uznawanie dyplomów"]
    assert dialog.name.text() == ""
    other = TopicsDialog(AppContext(db=db, runner=ImmediateRunner(), actor=team["counsellor"]))
    qtbot.addWidget(other)
    assert not other.add_button.isEnabled() and not other.name.isEnabled()


# -- the model ----------------------------------------------------------------------------------

def test_consultations_model_passes_the_model_tester(qtmodeltester, db, team, person, recorded):
    for who in ("counsellor", "receptionist", "psychologist"):
        model = ConsultationsModel()
        model.set_rows(cs.for_person(db, team[who], person))
        qtmodeltester.check(model, force_py=True)
        proxy = SortProxy()
        proxy.setSourceModel(model)
        proxy.sort(ConsultationsModel.DATE)
        qtmodeltester.check(proxy, force_py=True)
    qtmodeltester.check(ConsultationsModel(), force_py=True)
