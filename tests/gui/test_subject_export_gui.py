""""Everything we hold…" on the person page: coordinators and administrators see it, others not;
it asks for the language and the file, writes both files in the background and says where."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QInputDialog

from tests.gui.test_person import DeferredRunner
from wic_desk.domain.enums import Role, ServiceCategory, Sex
from wic_desk.gui.context import AppContext
from wic_desk.gui.pages.person import PersonDialog
from wic_desk.gui.tasks import ImmediateRunner
from wic_desk.services import people, visits


@pytest.fixture
def person(db, admin, consent):
    person_id = people.register(db, admin, people.PersonInput(
        given_name="Taras", family_name="Kovalenko", native_name="Тарас Коваленко", sex=Sex.MALE,
        birth_date=dt.date(1979, 1, 12)), consent)
    visits.record_visit(db, admin, person_id, [ServiceCategory.LEGAL], "Invented note: residence card question",
                        when=dt.datetime(2024, 5, 6, 11, 30))
    return person_id


def _open(qtbot, db, actor, person, runner=None):
    dialog = PersonDialog(AppContext(db=db, runner=runner or ImmediateRunner(), actor=actor), person)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_coordinator_exports_in_ukrainian_in_the_background(qtbot, db, make_staff, person, tmp_path, monkeypatch):
    coordinator = make_staff(Role.COORDINATOR, "coord")
    runner = DeferredRunner()
    runner.jobs.clear()
    dialog = _open(qtbot, db, coordinator, person, runner)
    runner.finish_all()  # the page's own loading
    assert dialog.export_button.isVisible() and dialog.export_button.isEnabled()
    asked = {}

    def get_item(_parent, _title, _label, items, current, _editable):
        asked["items"] = list(items)
        return items[1], True  # the second: Ukrainian

    out = tmp_path / "taras.pdf"
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    dialog.export_button.click()
    assert len(asked["items"]) == 3
    assert not out.exists() and runner.jobs  # nothing written on the GUI thread
    assert not dialog.export_button.isEnabled()
    runner.finish_all()
    assert dialog.export_button.isEnabled()
    assert str(out) in dialog.export_status.text() and str(tmp_path / "taras.json") in dialog.export_status.text()
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(out)).pages).split())
    assert "Тарас Коваленко" in text and "Invented note: residence card question" in text
    assert "Усе, що ми зберігаємо про цю особу" in text
    data = json.loads((tmp_path / "taras.json").read_text(encoding="utf-8"))
    assert data["language"] == "uk" and data["person"]["family_name"] == "Kovalenko"


def test_cancelling_the_file_dialog_writes_nothing(qtbot, db, admin, person, tmp_path, monkeypatch):
    dialog = _open(qtbot, db, admin, person)
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: (a[3][0], True)))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    dialog.export_button.click()
    assert list(tmp_path.glob("*.pdf")) == [] and dialog.export_status.isHidden()


def test_receptionists_and_counsellors_do_not_see_it(qtbot, db, make_staff, person):
    for role in (Role.RECEPTIONIST, Role.COUNSELLOR):
        dialog = _open(qtbot, db, make_staff(role), person)
        assert not dialog.export_button.isVisible()
        dialog.export_everything()  # even called directly it does nothing
        assert dialog.export_status.isHidden()
