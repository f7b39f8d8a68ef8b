"""Possible duplicates: find two records of one person, compare them side by side, merge one
into the other, and undo a merge.

Duplicates are merged by review, never automatically (DESIGN.md). The first person is found by
searching; for the second, the page lists the first person's likely duplicates
(``people.likely_duplicates``) until something is typed in the second search. A merge
(``merge.merge_persons``) asks for confirmation; the merged person's visits, consultations and
attendance then show under the one kept, and the merged one is no longer found by the search.
The merges made here are listed, and each can be undone (``merge.undo_merge``) until log-out.

Every search and load runs in the background; answers to older requests are dropped.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.gui.context import AppContext
from wic_desk.gui.i18n import enum_text
from wic_desk.gui.models.base import RowRole
from wic_desk.gui.models.display import country_name, date_text, datetime_text
from wic_desk.gui.models.merge import ComparisonModel, ComparisonRow, MergeRecord, MergesModel
from wic_desk.gui.models.people import PersonResultsModel, PersonSortProxy
from wic_desk.gui.widgets.desk_feedback import failure_text
from wic_desk.gui.widgets.person_form import ERROR_STYLE
from wic_desk.services import merge, people
from wic_desk.services.context import Actor

SEARCH_DELAY_MS = 150
FIRST, SECOND = 0, 1
FIRST_SEARCH_KEYS = "Ctrl+1"
SECOND_SEARCH_KEYS = "Ctrl+2"
MERGE_INTO_FIRST_KEYS = "Ctrl+M"
MERGE_INTO_SECOND_KEYS = "Ctrl+Shift+M"
UNDO_KEYS = "Ctrl+Z"

_C = "ComparisonModel"
LINES = (
    ("name", T(_C, "Name (as in the document)")),
    ("native", T(_C, "Name in native script")),
    ("birth", T(_C, "Date of birth")),
    ("sex", T(_C, "Sex")),
    ("citizenship", T(_C, "Citizenship")),
    ("pesel", T(_C, "PESEL")),
    ("phone", T(_C, "Phone")),
    ("email", T(_C, "E-mail")),
    ("place", T(_C, "City, district")),
    ("status", T(_C, "Residence status")),
    ("consent", T(_C, "Consent")),
    ("registered", T(_C, "Registered")),
    ("history", T(_C, "History")),
)


def may_merge(actor: Actor | None) -> bool:
    return actor is not None and actor.role in merge.MERGERS


@dataclass(frozen=True)
class PersonSide:
    """What one side of the comparison shows about a person."""

    id: uuid.UUID
    detail: people.PersonDetail
    history: list[people.HistoryItem]

    @property
    def name(self) -> str:
        return f"{self.detail.data.given_name} {self.detail.data.family_name}".strip()


class MergePage(QWidget):
    """The duplicates review. ``merged`` and ``unmerged`` carry the merged person's id."""

    merged = Signal(object)
    unmerged = Signal(object)
    side_loaded = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MergePage")
        self.ctx = ctx
        self.sides: list[PersonSide | None] = [None, None]
        self._search_seq = [0, 0]
        self._load_seq = [0, 0]
        self._busy = False
        self._build()
        self.retranslate()
        self._update_actions()

    # -- building --------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        pickers = QWidget(self.splitter)
        pickers_layout = QHBoxLayout(pickers)
        pickers_layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[QGroupBox] = []
        self.search_edits: list[QLineEdit] = []
        self.hints: list[QLabel] = []
        self.result_models: list[PersonResultsModel] = []
        self.result_views: list[QTableView] = []
        self._timers: list[QTimer] = []
        for side in (FIRST, SECOND):
            box = QGroupBox(pickers)
            box.setObjectName(f"side{side + 1}Box")
            box_layout = QVBoxLayout(box)
            edit = QLineEdit(box)
            edit.setObjectName(f"search{side + 1}")
            edit.setClearButtonEnabled(True)
            hint = QLabel(box)
            hint.setWordWrap(True)
            hint.setObjectName(f"hint{side + 1}")
            model = PersonResultsModel(self)
            proxy = PersonSortProxy(self)
            proxy.setSourceModel(model)
            view = QTableView(box)
            view.setObjectName(f"results{side + 1}")
            view.setModel(proxy)
            view.setSortingEnabled(True)
            view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.verticalHeader().hide()
            view.setAlternatingRowColors(True)
            view.setWordWrap(False)
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(PersonResultsModel.LATIN_NAME, QHeaderView.ResizeMode.Stretch)
            for column in (PersonResultsModel.PHONE, PersonResultsModel.CITIZENSHIP):
                view.setColumnHidden(column, True)
            view.selectionModel().currentRowChanged.connect(lambda *_a, s=side: self._pick(s))
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(SEARCH_DELAY_MS)
            timer.timeout.connect(lambda s=side: self.run_search(s))
            edit.textChanged.connect(lambda _t, t=timer: t.start())
            box_layout.addWidget(edit)
            box_layout.addWidget(hint)
            box_layout.addWidget(view, 1)
            pickers_layout.addWidget(box, 1)
            self.boxes.append(box)
            self.search_edits.append(edit)
            self.hints.append(hint)
            self.result_models.append(model)
            self.result_views.append(view)
            self._timers.append(timer)

        compare = QWidget(self.splitter)
        compare_layout = QVBoxLayout(compare)
        compare_layout.setContentsMargins(0, 0, 0, 0)
        self.comparison = ComparisonModel(self)
        self.comparison_view = QTableView(compare)
        self.comparison_view.setObjectName("comparisonView")
        self.comparison_view.setModel(self.comparison)
        self.comparison_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.comparison_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.comparison_view.verticalHeader().hide()
        self.comparison_view.setWordWrap(False)
        header = self.comparison_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ComparisonModel.FIRST, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ComparisonModel.SECOND, QHeaderView.ResizeMode.Stretch)
        self.comparison_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        compare_layout.addWidget(self.comparison_view, 1)
        buttons = QHBoxLayout()
        self.into_first_button = QPushButton(compare)
        self.into_first_button.setObjectName("mergeIntoFirstButton")
        self.into_first_button.clicked.connect(lambda: self.ask_merge(keep=FIRST))
        self.into_second_button = QPushButton(compare)
        self.into_second_button.setObjectName("mergeIntoSecondButton")
        self.into_second_button.clicked.connect(lambda: self.ask_merge(keep=SECOND))
        for button in (self.into_first_button, self.into_second_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        compare_layout.addLayout(buttons)

        undo_box = QWidget(self.splitter)
        undo_layout = QVBoxLayout(undo_box)
        undo_layout.setContentsMargins(0, 0, 0, 0)
        self.merges_label = QLabel(undo_box)
        undo_layout.addWidget(self.merges_label)
        undo_row = QHBoxLayout()
        self.merges = MergesModel(self)
        self.merges_view = QTableView(undo_box)
        self.merges_view.setObjectName("mergesView")
        self.merges_view.setModel(self.merges)
        self.merges_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.merges_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.merges_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.merges_view.verticalHeader().hide()
        self.merges_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.merges_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.merges_label.setBuddy(self.merges_view)
        undo_row.addWidget(self.merges_view, 1)
        self.undo_button = QPushButton(undo_box)
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setAutoDefault(False)
        self.undo_button.clicked.connect(self.ask_undo)
        undo_row.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignTop)
        undo_layout.addLayout(undo_row)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 1)
        layout.addWidget(self.splitter, 1)

        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.hide()
        layout.addWidget(self.status)

        for keys, slot in ((FIRST_SEARCH_KEYS, lambda: self.focus_search(FIRST)),
                           (SECOND_SEARCH_KEYS, lambda: self.focus_search(SECOND)),
                           (MERGE_INTO_FIRST_KEYS, lambda: self.ask_merge(keep=FIRST)),
                           (MERGE_INTO_SECOND_KEYS, lambda: self.ask_merge(keep=SECOND)),
                           (UNDO_KEYS, self.ask_undo)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    # -- language --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Possible duplicates"))
        self.intro.setText(self.tr("Find two records of the same person and compare them. Merging keeps one: the "
                                   "visits, consultations and attendance of the other then show under it, and the "
                                   "other is no longer found by the search. A merge can be undone."))
        self.boxes[FIRST].setTitle(self.tr("First person"))
        self.boxes[SECOND].setTitle(self.tr("Second person"))
        self.search_edits[FIRST].setPlaceholderText(self.tr("Search by name, phone, PESEL or date of birth "
                                                            "({keys})").format(keys=FIRST_SEARCH_KEYS))
        self.search_edits[SECOND].setPlaceholderText(self.tr("Search by name, phone, PESEL or date of birth "
                                                             "({keys})").format(keys=SECOND_SEARCH_KEYS))
        self.into_first_button.setText(self.tr("Keep the first, merge the second into it ({keys})").format(
            keys=MERGE_INTO_FIRST_KEYS))
        self.into_second_button.setText(self.tr("Keep the second, merge the first into it ({keys})").format(
            keys=MERGE_INTO_SECOND_KEYS))
        self.merges_label.setText(self.tr("&Merges made here since you logged in"))
        self.undo_button.setText(self.tr("Undo the selected merge ({keys})").format(keys=UNDO_KEYS))
        for model in (*self.result_models, self.comparison, self.merges):
            model.retranslate()
        self._show_hints()
        self._fill_comparison()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        """When the tab comes to the front: search again and reload both persons (another desk's
        file may have changed them)."""
        for side in (FIRST, SECOND):
            if self.search_edits[side].text().strip() or (side == SECOND and self.sides[FIRST] is not None):
                self.run_search(side)
            if self.sides[side] is not None:
                self.load_side(side, self.sides[side].id)

    def show_status(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def focus_search(self, side: int) -> None:
        self.search_edits[side].setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edits[side].selectAll()

    # -- finding the two persons -------------------------------------------------------------------

    def run_search(self, side: int) -> None:
        """Search for what is typed on that side; the second side, when empty, lists the first
        person's likely duplicates."""
        self._timers[side].stop()
        query = self.search_edits[side].text().strip()
        self._search_seq[side] += 1
        seq = self._search_seq[side]
        db = self.ctx.db
        first = self.sides[FIRST]
        if query:
            def job(_p):
                return people.search(db, query)
        elif side == SECOND and first is not None:
            data = first.detail.data

            def job(_p):
                found = people.likely_duplicates(db, data.given_name, data.family_name, data.native_name,
                                                 data.birth_date, limit=20)
                return [d.person for d in found if d.person.id != first.id]
        else:
            self.result_models[side].set_rows([])
            self._show_hints()
            return
        self.ctx.runner.run_in_background(job, lambda hits: self._found(side, seq, hits),
                                          lambda exc: self._failed(exc))

    def _found(self, side: int, seq: int, hits: list[people.PersonHit]) -> None:
        if seq != self._search_seq[side]:
            return
        current = self.sides[side].id if self.sides[side] is not None else None
        self.result_models[side].set_rows(hits)
        if current is not None:
            number = self.result_models[side].row_of_id(current)
            if number >= 0:
                self.select_result(side, number)
        self._show_hints()

    def _show_hints(self) -> None:
        for side in (FIRST, SECOND):
            typed = bool(self.search_edits[side].text().strip())
            found = self.result_models[side].rowCount()
            if side == SECOND and not typed and self.sides[FIRST] is not None:
                text = self.tr("Possible duplicates of {name}: {n}").format(name=self.sides[FIRST].name, n=found) \
                    if found else self.tr("No likely duplicates of {name}; search for another person.").format(
                        name=self.sides[FIRST].name)
            elif typed:
                text = self.tr("Found: {n}. Choose one.").format(n=found) if found else self.tr("No one found.")
            elif side == FIRST:
                text = self.tr("Type to find the first person.")
            else:
                text = self.tr("Choose the first person to see their likely duplicates here, or search.")
            self.hints[side].setText(text)

    def select_result(self, side: int, row: int) -> None:
        """Select the model's row ``row`` of a side's results (as a click would)."""
        view = self.result_views[side]
        proxy = view.model()
        index = proxy.mapFromSource(self.result_models[side].index(row, 0))
        if index.isValid():
            view.setCurrentIndex(index)
            view.selectRow(index.row())

    def _pick(self, side: int) -> None:
        index = self.result_views[side].currentIndex()
        hit = index.data(RowRole) if index.isValid() else None
        if hit is None:
            return
        if self.sides[side] is None or self.sides[side].id != hit.id:
            self.load_side(side, hit.id)

    def load_side(self, side: int, person_id: uuid.UUID) -> None:
        self._load_seq[side] += 1
        seq = self._load_seq[side]
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.runner.run_in_background(
            lambda _p: PersonSide(person_id, people.get_person(db, actor, person_id),
                                  people.history(db, actor, person_id)),
            lambda loaded: self._side_loaded(side, seq, loaded), self._failed)

    def _side_loaded(self, side: int, seq: int, loaded: PersonSide) -> None:
        if seq != self._load_seq[side]:
            return
        first_changed = side == FIRST and (self.sides[FIRST] is None or self.sides[FIRST].id != loaded.id)
        self.sides[side] = loaded
        self._fill_comparison()
        self._update_actions()
        if first_changed and not self.search_edits[SECOND].text().strip():
            self.run_search(SECOND)
        self._show_hints()
        self.side_loaded.emit(side)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self._update_actions()
        self.show_status(failure_text(exc), error=True)

    # -- the comparison --------------------------------------------------------------------------

    def _lines(self, side: PersonSide | None) -> dict[str, str]:
        if side is None:
            return {}
        d = side.detail
        data = d.data
        visits = [h for h in side.history if h.kind == "visit"]
        if side.history:
            latest = max(h.when for h in side.history)
            history = self.tr("{visits} visits, {other} other entries; latest {date}").format(
                visits=len(visits), other=len(side.history) - len(visits), date=date_text(latest.date()))
        else:
            history = self.tr("nothing recorded")
        return {
            "name": side.name,
            "native": data.native_name or "",
            "birth": date_text(data.birth_date, data.birth_year),
            "sex": enum_text(data.sex),
            "citizenship": country_name(data.citizenship),
            "pesel": data.pesel or "",
            "phone": data.phone or "",
            "email": data.email or "",
            "place": ", ".join(p for p in (data.city, data.district) if p),
            "status": enum_text(data.residence_status) if data.residence_status else "",
            "consent": f"{enum_text(d.consent_kind)}, {date_text(d.consent_date)}",
            "registered": datetime_text(d.registered_at),
            "history": history,
        }

    def _fill_comparison(self) -> None:
        first, second = self._lines(self.sides[FIRST]), self._lines(self.sides[SECOND])
        self.comparison.set_rows([ComparisonRow(key, label, first.get(key, ""), second.get(key, ""))
                                  for key, label in LINES])

    def _update_actions(self) -> None:
        a, b = self.sides
        ready = may_merge(self.ctx.actor) and not self._busy and a is not None and b is not None and a.id != b.id
        self.into_first_button.setEnabled(ready)
        self.into_second_button.setEnabled(ready)
        record = self.selected_merge()
        self.undo_button.setEnabled(may_merge(self.ctx.actor) and not self._busy and record is not None
                                    and not record.undone)

    # -- merging ---------------------------------------------------------------------------------

    def ask_merge(self, keep: int = FIRST) -> None:
        """Ctrl+M keeps the first person, Ctrl+Shift+M the second; asks before merging."""
        a, b = self.sides
        if not may_merge(self.ctx.actor) or self._busy or a is None or b is None or a.id == b.id:
            return
        kept, gone = (a, b) if keep == FIRST else (b, a)
        answer = QMessageBox.question(
            self, self.tr("Merge two records"),
            self.tr("Merge {gone} into {kept}?\n\nThe visits, consultations and attendance of {gone} will show "
                    "under {kept}, and {gone} will no longer be found by the search. The merge can be undone "
                    "here.").format(gone=gone.name, kept=kept.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.merge(kept, gone)

    def merge(self, kept: PersonSide, gone: PersonSide) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        self._busy = True
        self._update_actions()

        def done(_result) -> None:
            self._busy = False
            record = MergeRecord(gone.id, gone.name, kept.id, kept.name, dt.datetime.now().replace(microsecond=0))
            self.merges.add(record)
            self.merges_view.selectRow(0)
            gone_side = FIRST if self.sides[FIRST] is not None and self.sides[FIRST].id == gone.id else SECOND
            self.sides[gone_side] = None
            self.show_status(self.tr("{gone} was merged into {kept}. {keys} undoes it.").format(
                gone=gone.name, kept=kept.name, keys=UNDO_KEYS))
            self.merged.emit(gone.id)
            self.refresh()
            self._fill_comparison()
            self._update_actions()

        self.ctx.runner.run_in_background(lambda _p: merge.merge_persons(db, actor, kept.id, gone.id),
                                          done, self._failed)

    def selected_merge(self) -> MergeRecord | None:
        index = self.merges_view.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def ask_undo(self) -> None:
        """Ctrl+Z: undo the merge selected in the list (the newest when none is)."""
        record = self.selected_merge()
        if record is None and self.merges.rowCount():
            record = self.merges.row_at(0)
        if record is None or record.undone or self._busy or not may_merge(self.ctx.actor):
            return
        answer = QMessageBox.question(
            self, self.tr("Undo a merge"),
            self.tr("Make {gone} a separate person again? Their own visits, consultations and attendance go back "
                    "with them.").format(gone=record.merged_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, actor = self.ctx.db, self.ctx.actor
        self._busy = True
        self._update_actions()

        def done(_result) -> None:
            self._busy = False
            self.merges.mark_undone(record.merged_id)
            self.show_status(self.tr("{gone} is a separate person again.").format(gone=record.merged_name))
            self.unmerged.emit(record.merged_id)
            if self.sides[FIRST] is None:
                self.load_side(FIRST, record.merged_id)
            elif self.sides[SECOND] is None:
                self.load_side(SECOND, record.merged_id)
            self.refresh()
            self._update_actions()

        self.ctx.runner.run_in_background(lambda _p: merge.undo_merge(db, actor, record.merged_id), done,
                                          self._failed)
