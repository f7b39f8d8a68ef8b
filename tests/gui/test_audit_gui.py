"""The audit log page: an administrator filters by user, person and dates and sees who read a
confidential note; nothing on the page edits an entry; other roles are refused."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from wic_desk.domain.enums import Confidentiality, ConsentKind, ConsultationKind, Role, Sex
from wic_desk.gui.context import AppContext
from wic_desk.gui.models.audit import AuditModel, action_text
from wic_desk.gui.pages.audit_log import AuditLogPage
from wic_desk.gui.pages.person import PersonDialog
from wic_desk.gui.tasks import ImmediateRunner
from wic_desk.services import audit, people
from wic_desk.services import consultations as cs

PSY = ConsultationKind.PSYCHOLOGIST
TODAY = dt.date.today()


@pytest.fixture
def scene(qtbot, db, admin, consent, make_staff):
    """A psychologist's specialist-only note, read by a second psychologist on the person's page."""
    psy = make_staff(Role.SPECIALIST, "psy", PSY)
    psy2 = make_staff(Role.SPECIALIST, "psy2", PSY)
    person = people.register(db, admin, people.PersonInput(
        given_name="Nadiia", family_name="Hrytsenko", native_name="Надія Гриценко", sex=Sex.FEMALE), consent)
    other = people.register(db, admin, people.PersonInput(given_name="Taras", family_name="Melnyk", sex=Sex.MALE),
                            consent)
    cs.record(db, psy, person, cs.ConsultationInput(PSY, TODAY, 50, note="invented",
                                                    confidentiality=Confidentiality.SPECIALIST_ONLY))
    dialog = PersonDialog(AppContext(db=db, runner=ImmediateRunner(), actor=psy2), person)
    qtbot.addWidget(dialog)
    dialog.close()
    return {"psy": psy, "psy2": psy2, "person": person, "other": other}


@pytest.fixture
def page(qtbot, db, admin, scene):
    widget = AuditLogPage(AppContext(db=db, runner=ImmediateRunner(), actor=admin))
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown(page) -> list[tuple[str, str, str]]:
    proxy = page.proxy
    return [(proxy.index(r, AuditModel.USER).data(), proxy.index(r, AuditModel.ACTION).data(),
             proxy.index(r, AuditModel.PERSON).data()) for r in range(proxy.rowCount())]


def test_admin_filters_by_user_and_sees_the_note_read(page, scene):
    assert len(shown(page)) > 2  # everything of the last 30 days at first
    page.set_user(scene["psy2"].staff_id)
    assert page.user.currentText().startswith("Test Specialist (psy2)")
    rows = shown(page)
    assert sorted(rows) == [("Test Specialist", "Confidential note read", "Nadiia Hrytsenko"),
                            ("Test Specialist", "Person's page opened", "Nadiia Hrytsenko")]
    index = page.proxy.index(0, AuditModel.ACTION)
    assert index.data(0x03) == "note.read"  # the stored code is the tooltip
    assert page.count.text() == "2 entry(ies)"

    page.set_user(scene["psy"].staff_id)
    assert [r[1] for r in shown(page)] == ["Consultation recorded"]


def test_admin_filters_by_person_found_in_any_script(page, scene):
    page.person_search.setText("Гриценко")
    page.search_person()
    assert page.person_choice.currentData() == scene["person"]
    assert "Nadiia Hrytsenko" in page.person_choice.currentText()
    rows = shown(page)
    assert {r[2] for r in rows} == {"Nadiia Hrytsenko"}
    assert {r[1] for r in rows} == {"Person registered", "Consultation recorded", "Confidential note read",
                                    "Person's page opened"}
    page.person_search.clear()
    page.search_person()
    assert page.person_choice.currentData() is None
    assert "Taras Melnyk" in {r[2] for r in shown(page)}


def test_date_range_filters(page):
    page.set_dates(TODAY - dt.timedelta(days=20), TODAY - dt.timedelta(days=10))
    assert shown(page) == []
    assert page.count.text() == "0 entry(ies)"
    page.set_dates(TODAY, TODAY)
    assert len(shown(page)) > 0


def test_the_page_cannot_edit_entries(page):
    assert page.view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    index = page.model.index(0, 0)
    assert not page.model.flags(index) & page.model.flags(index).ItemIsEditable
    assert not page.model.setData(index, "changed")


def test_other_roles_are_refused(qtbot, db, make_staff):
    widget = AuditLogPage(AppContext(db=db, runner=ImmediateRunner(), actor=make_staff(Role.COORDINATOR)))
    qtbot.addWidget(widget)
    widget.refresh()
    assert widget.status.text() == "Your role does not allow this."
    assert widget.model.rowCount() == 0


def test_audit_model_passes_the_model_tester(qtmodeltester, db, admin, scene):
    from wic_desk.gui.pages.audit_log import load_lines
    model = AuditModel()
    model.set_rows(load_lines(db, admin, None, None, None, None))
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(AuditModel(), force_py=True)
    assert action_text("something.new") == "something.new"
    assert len(audit.entries(db, admin)) == model.rowCount()


def test_every_audited_action_has_words():
    """Each action the services write to the audit log is shown in words, not as a code."""
    import re
    from pathlib import Path

    import wic_desk.services
    from wic_desk.gui.models.audit import ACTIONS
    source = "\n".join(p.read_text(encoding="utf-8") for p in Path(wic_desk.services.__file__).parent.glob("*.py"))
    written = set(re.findall(r"audit\(\s*\"([a-z_]+\.[a-z_]+)\"", source))
    written |= set(re.findall(r"\"(person\.import)\"", source))
    assert written and written <= set(ACTIONS), sorted(written - set(ACTIONS))


def test_entries_of_every_desk_show_the_desk_that_made_them(qtbot, tmp_path):
    """Two desks of one centre: what the administrator did on B shows on A's audit page, after
    A read B's exchange file, with B's name in the Desk column (its header through Qt's translation)."""
    from tests.unit.test_sync_helpers import FastCipher, centre, close_all
    from wic_desk.sync import fileformat
    old = fileformat.set_cipher(FastCipher())
    desks = centre(tmp_path, 2)
    try:
        a, b = desks
        pid = people.register(b.db, b.admin, people.PersonInput(given_name="Solomiia", family_name="Kruk",
                                                                sex=Sex.FEMALE),
                              people.ConsentInput(ConsentKind.WRITTEN, TODAY, "Services of the centre"))
        a.read(b.export(for_desk=a))
        widget = AuditLogPage(AppContext(db=a.db, runner=ImmediateRunner(), actor=a.admin))
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        proxy = widget.proxy
        assert widget.model.headerData(AuditModel.DESK, Qt.Orientation.Horizontal) == "Desk"
        rows = [(proxy.index(r, AuditModel.DESK).data(), proxy.index(r, AuditModel.ACTION).data(),
                 proxy.index(r, AuditModel.PERSON).data()) for r in range(proxy.rowCount())]
        assert ("Recepcja B", "Person registered", "Solomiia Kruk") in rows
        assert ("Recepcja A", "Exchange file read", "") in rows
        assert {r[0] for r in rows} == {"Recepcja A", "Recepcja B"}
        made = next(r for r in range(proxy.rowCount()) if proxy.index(r, AuditModel.PERSON).data() == "Solomiia Kruk")
        assert proxy.index(made, AuditModel.DESK).data(0x03) == str(b.db.desk_id)  # the tooltip: the desk's id
        assert pid is not None
        assert widget.scope.text().startswith("Every desk of the centre")
    finally:
        close_all(desks)
        fileformat.set_cipher(old)


def test_the_desk_column_speaks_polish_and_ukrainian(qtbot, qapp, english):
    from wic_desk.gui import i18n
    model = AuditModel()
    for code, header in (("pl", "Stanowisko"), ("uk", "Робоче місце")):
        i18n.install(qapp, code)
        model.retranslate()
        assert model.headerData(AuditModel.DESK, Qt.Orientation.Horizontal) == header
