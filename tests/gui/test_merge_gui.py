"""The duplicates review driven as staff use it: find two records, compare, merge, undo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from wic_desk.domain.enums import ConsentKind, Role, ServiceCategory, Sex
from wic_desk.gui.models.merge import ComparisonModel, MergeRecord, MergesModel
from wic_desk.gui.pages.merge import FIRST, SECOND, MergePage
from wic_desk.services import people, visits

CONSENT = people.ConsentInput(ConsentKind.WRITTEN, dt.date(2024, 1, 10), "Services of the centre")


def register(db, actor, given, family, **extra):
    return people.register(db, actor, people.PersonInput(given_name=given, family_name=family, sex=Sex.FEMALE,
                                                         **extra), CONSENT)


@pytest.fixture
def pair(db, admin):
    """The same woman registered twice (two spellings), a visit under the second record."""
    kept = register(db, admin, "Oksana", "Melnyk", native_name="Оксана Мельник", birth_date=dt.date(1990, 3, 4),
                    city="Wrocław")
    other = register(db, admin, "Oksana", "Melnik", birth_date=dt.date(1990, 3, 4), city="Wroclaw")
    visits.record_visit(db, admin, other, [ServiceCategory.LEGAL], when=dt.datetime(2024, 2, 1, 10, 30))
    return kept, other


def make_page(qtbot, ctx) -> MergePage:
    page = MergePage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def pick(page: MergePage, side: int, query: str, latin_name: str) -> None:
    page.search_edits[side].setText(query)
    page.run_search(side)
    names = [h.latin_name for h in page.result_models[side].rows()]
    page.select_result(side, names.index(latin_name))


def test_merging_moves_the_visit_under_the_survivor_and_undo_brings_it_back(qtbot, gui_ctx, pair, monkeypatch):
    kept, other = pair
    page = make_page(qtbot, gui_ctx)
    assert not page.into_first_button.isEnabled()
    pick(page, FIRST, "Melnyk", "Oksana Melnyk")
    assert page.sides[FIRST].id == kept
    # the second side offers the first person's likely duplicates until something is typed there
    assert [h.id for h in page.result_models[SECOND].rows()] == [other]
    assert "Possible duplicates of Oksana Melnyk" in page.hints[SECOND].text()
    page.select_result(SECOND, 0)
    assert page.sides[SECOND].id == other

    comparison = page.comparison
    assert comparison.value("name", ComparisonModel.FIRST) == "Oksana Melnyk"
    assert comparison.value("name", ComparisonModel.SECOND) == "Oksana Melnik"
    assert comparison.value("birth", ComparisonModel.FIRST) == comparison.value("birth", ComparisonModel.SECOND)
    assert comparison.value("history", ComparisonModel.FIRST) == "nothing recorded"
    assert comparison.value("history", ComparisonModel.SECOND).startswith("1 visits")
    place = next(r for r in comparison.rows() if r.key == "place")
    assert place.differs and comparison.data(comparison.index(8, 1), Qt.ItemDataRole.FontRole).bold()
    assert "Ctrl+M" in page.into_first_button.text() and page.into_first_button.isEnabled()

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    qtbot.mouseClick(page.into_first_button, Qt.MouseButton.LeftButton)
    assert "Merge Oksana Melnik into Oksana Melnyk?" in asked[0]
    assert people.search(gui_ctx.db, "Melnik") != [] and page.merges.rowCount() == 0  # "No" merges nothing

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.merged, timeout=2000):
        qtbot.mouseClick(page.into_first_button, Qt.MouseButton.LeftButton)
    history = people.history(gui_ctx.db, gui_ctx.actor, kept)
    assert [(h.kind, h.when) for h in history] == [("visit", dt.datetime(2024, 2, 1, 10, 30))]
    assert comparison.value("history", ComparisonModel.FIRST).startswith("1 visits")  # reloaded after the merge
    assert page.sides[SECOND] is None
    assert [h.id for h in people.search(gui_ctx.db, "Oksana")] == [kept]
    assert page.merges.rowCount() == 1
    assert page.merges.data(page.merges.index(0, MergesModel.STATE)) == "merged"
    assert "was merged into Oksana Melnyk" in page.status.text()

    from wic_desk.gui.pages.person import PersonDialog
    dialog = PersonDialog(gui_ctx, kept)
    qtbot.addWidget(dialog)
    assert dialog.history_model.rowCount() == 1  # the survivor's page shows the other's visit

    assert page.undo_button.isEnabled() and "Ctrl+Z" in page.undo_button.text()
    with qtbot.waitSignal(page.unmerged, timeout=2000):
        qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert people.history(gui_ctx.db, gui_ctx.actor, kept) == []
    assert len(people.history(gui_ctx.db, gui_ctx.actor, other)) == 1
    assert {h.id for h in people.search(gui_ctx.db, "Oksana")} == {kept, other}
    assert page.merges.data(page.merges.index(0, MergesModel.STATE)) == "undone"
    assert not page.undo_button.isEnabled()
    assert page.sides[SECOND] is not None and page.sides[SECOND].id == other  # back on its side


def test_the_same_person_twice_cannot_be_merged(qtbot, gui_ctx, pair):
    kept, _ = pair
    page = make_page(qtbot, gui_ctx)
    pick(page, FIRST, "Melnyk", "Oksana Melnyk")
    pick(page, SECOND, "Melnyk", "Oksana Melnyk")
    assert page.sides[FIRST].id == page.sides[SECOND].id == kept
    assert not page.into_first_button.isEnabled() and not page.into_second_button.isEnabled()


def test_counsellors_cannot_merge(qtbot, gui_ctx, pair, make_staff):
    gui_ctx.actor = make_staff(Role.COUNSELLOR)
    page = make_page(qtbot, gui_ctx)
    pick(page, FIRST, "Melnyk", "Oksana Melnyk")
    page.select_result(SECOND, 0)
    assert page.sides[SECOND] is not None
    assert not page.into_first_button.isEnabled()


def test_merge_models_pass_the_model_tester(qtmodeltester, pair):
    comparison = ComparisonModel()
    from wic_desk.gui.models.merge import ComparisonRow
    comparison.set_rows([ComparisonRow("name", "Name", "A", "B"), ComparisonRow("x", "X", "", "")])
    qtmodeltester.check(comparison, force_py=True)
    merges = MergesModel()
    kept, other = pair
    merges.add(MergeRecord(other, "Oksana Melnik", kept, "Oksana Melnyk", dt.datetime(2024, 3, 1, 9, 0)))
    qtmodeltester.check(merges, force_py=True)
    merges.mark_undone(other)
    assert merges.data(merges.index(0, MergesModel.STATE)) == "undone"
