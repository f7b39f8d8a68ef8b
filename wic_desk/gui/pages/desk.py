"""The front-desk page: find a person while they stand at the desk, record why they came.

Keyboard path for a returning person: Ctrl+F, type part of a name (any script), Down, Ctrl+R,
a number key per reason, Enter. For a new one: Ctrl+N registers, starting from what was typed.

Search runs in the background ``SEARCH_DELAY_MS`` after the last keystroke; answers to older
queries are dropped, so the list always belongs to what is in the field now. Below the results,
today's visits at this centre, refreshed after every visit recorded here.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QWidget

from wic_desk.domain.enums import ContractKind
from wic_desk.gui.context import AppContext
from wic_desk.gui.forms.ui_desk_page import Ui_DeskPage
from wic_desk.gui.i18n import enum_text
from wic_desk.gui.models.base import IdRole, RowRole, SortProxy
from wic_desk.gui.models.display import date_text
from wic_desk.gui.models.people import PersonResultsModel, PersonSortProxy
from wic_desk.gui.models.visits import TodayVisitsModel
from wic_desk.gui.pages import consultation as consultation_page
from wic_desk.gui.pages.person import PersonDialog
from wic_desk.gui.pages.register import RegisterDialog
from wic_desk.gui.pages.visit import AnonymousVisitDialog, RecordVisitDialog
from wic_desk.gui.widgets.desk_feedback import failure_text
from wic_desk.services import outcomes, people, visits

SEARCH_DELAY_MS = 150
RESULT_COLUMN_WIDTHS = (280, 280, 120, 160)  # Latin name, native name, date of birth, phone
TODAY_FIT_ROWS = 100
TODAY_COLUMN_WIDTHS = {TodayVisitsModel.TIME: 70, TodayVisitsModel.PERSON: 320, TodayVisitsModel.STAFF: 200}
RECORD_VISIT_KEYS = "Ctrl+R"
REGISTER_KEYS = "Ctrl+N"
RECORD_CONSULTATION_KEYS = "Ctrl+Shift+K"  # Ctrl+K alone deletes to the end in the search field
ANONYMOUS_KEYS = "Ctrl+Shift+A"


class DeskPage(QWidget):
    """The receptionist's page. The main window binds Ctrl+F to ``focus_search()``."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_DeskPage()
        self.ui.setupUi(self)
        self._search_seq = 0
        self._shown_query: str | None = None
        self._today_seq = 0
        self.last_dialog: QDialog | None = None  # for tests and the main window: the dialog open now

        self.results = PersonResultsModel(self)
        self.results_proxy = PersonSortProxy(self)
        self.results_proxy.setSourceModel(self.results)
        view = self.ui.resultsView
        view.setModel(self.results_proxy)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's ranking until a header is clicked
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicatorShown(True)
        header.setSortIndicatorClearable(True)
        view.setWordWrap(False)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # widths a name needs before any result arrives (an empty table must not squeeze the headers)
        for column, width in enumerate(RESULT_COLUMN_WIDTHS):
            header.resizeSection(column, width)

        self.today = TodayVisitsModel(self)
        self.today_proxy = SortProxy(self)
        self.today_proxy.setSourceModel(self.today)
        self.ui.todayView.setModel(self.today_proxy)
        today_header = self.ui.todayView.horizontalHeader()
        today_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        today_header.setStretchLastSection(False)
        today_header.setSectionResizeMode(TodayVisitsModel.REASONS, QHeaderView.ResizeMode.Stretch)
        for column, width in TODAY_COLUMN_WIDTHS.items():
            today_header.resizeSection(column, width)
        # columns fitted to the newest TODAY_FIT_ROWS visits, not to every one of a busy day's
        # thousands (that took 0.1 s of the screen's own time on the full demo's busiest day)
        self.ui.todayView.verticalHeader().setResizeContentsPrecision(TODAY_FIT_ROWS)
        today_header.setResizeContentsPrecision(TODAY_FIT_ROWS)

        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 1)
        bold = self.ui.todayLabel.font()
        bold.setBold(True)
        self.ui.todayLabel.setFont(bold)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self.ui.searchEdit.textChanged.connect(self._search_text_changed)
        self.ui.searchEdit.installEventFilter(self)
        view.installEventFilter(self)
        view.activated.connect(lambda _index: self.open_selected())  # Enter and double-click
        view.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self._employment_seq = 0
        self._employment_for: uuid.UUID | None = None
        self.ui.todayView.activated.connect(self._open_today_row)

        self.ui.recordVisitButton.clicked.connect(self.record_visit)
        self.ui.recordConsultationButton.clicked.connect(self.record_consultation)
        self.ui.recordConsultationButton.setVisible(consultation_page.may_record(ctx.actor))
        self.ui.openPersonButton.clicked.connect(self.open_selected)
        self.ui.registerButton.clicked.connect(self.register_new)
        self.ui.anonymousButton.clicked.connect(self.anonymous_visit)
        for keys, slot in ((RECORD_VISIT_KEYS, self.record_visit), (REGISTER_KEYS, self.register_new),
                           (ANONYMOUS_KEYS, self.anonymous_visit),
                           (RECORD_CONSULTATION_KEYS, self.record_consultation)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

        self.retranslate()
        self.refresh_today()

    # -- language -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.results.retranslate()
        self.today.retranslate()
        self._show_status()
        self._show_today_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- search ---------------------------------------------------------------------------------

    def focus_search(self) -> None:
        """Put the cursor in the search field with its text selected, ready to type over."""
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def search_text(self) -> str:
        return self.ui.searchEdit.text()

    def _search_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    def run_search(self) -> None:
        """Search for what is in the field now (the debounce timer calls this)."""
        self._search_timer.stop()
        query = self.search_text().strip()
        self._search_seq += 1
        seq = self._search_seq
        if not query:
            self._show_results(seq, query, [])
            return
        db = self.ctx.db
        self.ctx.runner.run_in_background(
            lambda _p: people.search(db, query),
            lambda hits: self._show_results(seq, query, hits),
            lambda exc: self._search_failed(seq, exc))

    def _show_results(self, seq: int, query: str, hits: list[people.PersonHit]) -> None:
        if seq != self._search_seq:
            return  # the user typed on; a newer search is coming
        self._shown_query = query
        keep = self.selected_person_id()
        self.results.set_rows(hits)
        if keep is not None:
            row = self.results.row_of_id(keep)
            if row >= 0:
                self._select_source_row(row, focus=False)
        self.ui.resultsView.resizeColumnsToContents()
        self._fit_result_columns()
        self._show_status()
        self._update_actions()

    def _search_failed(self, seq: int, exc: BaseException) -> None:
        if seq != self._search_seq:
            return
        self.ui.statusLabel.setText(failure_text(exc))

    def _show_status(self) -> None:
        query = self._shown_query
        count = self.results.rowCount()
        if not query:
            text = self.tr("Type a name in any script, phone number, PESEL or date of birth. "
                           "Down arrow moves to the results.")
        elif count == 0:
            text = self.tr("No one found for “{query}”. Check the spelling, or register a new person "
                           "(Ctrl+N).").format(query=query)
        else:
            text = self.tr("%n person(s) found. Down arrow: results · Enter: open · Ctrl+R: record visit",
                           "", count)
        self.ui.statusLabel.setText(text)

    def _fit_result_columns(self) -> None:
        header = self.ui.resultsView.horizontalHeader()
        for column in range(self.results.columnCount()):
            header.resizeSection(column, min(max(header.sectionSize(column), 120), 360))

    # -- keyboard -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            if watched is self.ui.searchEdit:
                return self._search_key(event)
            if watched is self.ui.resultsView:
                return self._results_key(event)
        return super().eventFilter(watched, event)

    def _search_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._search_timer.isActive():
                self.run_search()  # do not make a fast typist wait for the debounce
            self.focus_results()
            return True
        if key == Qt.Key.Key_Escape and self.search_text():
            self.ui.searchEdit.clear()
            return True
        return False

    def _results_key(self, event: QKeyEvent) -> bool:
        view = self.ui.resultsView
        key = event.key()
        if key == Qt.Key.Key_Up and view.currentIndex().row() <= 0:
            self.focus_search()
            return True
        if key == Qt.Key.Key_Escape:
            self.focus_search()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_selected()
            return True
        text = event.text()
        if text and text.isprintable() and not text.isspace() \
                and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            # typing while in the list goes on with the search
            self.ui.searchEdit.setFocus()
            self.ui.searchEdit.end(False)
            self.ui.searchEdit.insert(text)
            return True
        return False

    def focus_results(self) -> None:
        view = self.ui.resultsView
        if self.results_proxy.rowCount() == 0:
            return
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not view.currentIndex().isValid() or not view.selectionModel().hasSelection():
            self._select_proxy_row(0)

    def _select_source_row(self, row: int, focus: bool = True) -> None:
        proxy_index = self.results_proxy.mapFromSource(self.results.index(row, 0))
        self._select_proxy_row(proxy_index.row())
        if focus:
            self.ui.resultsView.setFocus()

    def _select_proxy_row(self, row: int) -> None:
        view = self.ui.resultsView
        index = self.results_proxy.index(row, 0)
        view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        view.scrollTo(index)
        self._update_actions()

    def select_person(self, person_id: uuid.UUID) -> bool:
        row = self.results.row_of_id(person_id)
        if row < 0:
            return False
        self._select_source_row(row)
        return True

    # -- the selected person --------------------------------------------------------------------

    def selected_person_id(self) -> uuid.UUID | None:
        index = self.ui.resultsView.currentIndex()
        if not index.isValid() or not self.ui.resultsView.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return index.data(IdRole)

    def _selected_hit(self) -> people.PersonHit | None:
        index = self.ui.resultsView.currentIndex()
        return index.data(RowRole) if self.selected_person_id() is not None else None

    def _update_actions(self) -> None:
        selected = self.selected_person_id() is not None
        self.ui.recordVisitButton.setEnabled(selected)
        self.ui.recordConsultationButton.setEnabled(selected)
        self.ui.openPersonButton.setEnabled(selected)
        self._show_employment()

    def _show_employment(self) -> None:
        """The selected person's latest employment outcome, beside the actions (loaded off the UI thread)."""
        person_id = self.selected_person_id()
        if person_id == self._employment_for:
            return
        self._employment_for = person_id
        self._employment_seq += 1
        seq = self._employment_seq
        self.ui.employmentLabel.clear()
        if person_id is None:
            return
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.runner.run_in_background(lambda _p: outcomes.for_person(db, actor, person_id),
                                          lambda rows: self._employment_loaded(seq, rows),
                                          lambda _exc: None)

    def _employment_loaded(self, seq: int, rows: list[outcomes.OutcomeRow]) -> None:
        if seq != self._employment_seq or not rows:
            return
        latest = rows[0]  # newest first
        stable = self.tr("stable") if latest.stable else self.tr("not stable")
        self.ui.employmentLabel.setText(self.tr("Employed since {date}: {contract} ({stable})").format(
            date=date_text(latest.start_date), contract=enum_text(ContractKind(latest.contract_kind)),
            stable=stable))

    def record_visit(self) -> None:
        """Record a visit of the selected person (Ctrl+R)."""
        hit = self._selected_hit()
        if hit is None:
            self.focus_results()
            hit = self._selected_hit()
            if hit is None:
                return
        self._record_visit_for(hit.id, hit.latin_name)

    def record_consultation(self) -> None:
        """Record a consultation with the selected person (Ctrl+Shift+K; counsellors and specialists)."""
        if not consultation_page.may_record(self.ctx.actor):
            return
        hit = self._selected_hit()
        if hit is None:
            self.focus_results()
            hit = self._selected_hit()
            if hit is None:
                return
        if self._run(consultation_page.ConsultationDialog(self.ctx, hit.id, hit.latin_name, self)):
            self.focus_search()

    def _record_visit_for(self, person_id: uuid.UUID, label: str) -> None:
        dialog = RecordVisitDialog(self.ctx, person_id, label, self)
        if self._run(dialog) and dialog.visit_id is not None:
            self.refresh_today()
            self.focus_search()

    def open_selected(self) -> None:
        person_id = self.selected_person_id()
        if person_id is not None:
            self.open_person(person_id)

    def open_person(self, person_id: uuid.UUID) -> None:
        dialog = PersonDialog(self.ctx, person_id, self)
        dialog.visit_recorded.connect(lambda _vid: self.refresh_today())
        dialog.person_changed.connect(lambda _pid: self.run_search())
        self._run(dialog)
        self.ui.resultsView.setFocus()

    def _open_today_row(self, index: QModelIndex) -> None:
        row = index.data(RowRole)
        if row is not None and row.person_id is not None and not row.restricted:
            self.open_person(row.person_id)

    # -- new people and anonymous visits --------------------------------------------------------

    def register_new(self) -> None:
        """Register a new person, starting from what was typed (Ctrl+N)."""
        dialog = RegisterDialog(self.ctx, self.search_text(), self)
        accepted = self._run(dialog)
        if accepted and dialog.registered_id is not None:
            person_id = dialog.registered_id
            data, _ = dialog.form.person_input()
            label = f"{data.given_name} {data.family_name}".strip()
            detail_query = data.family_name or label
            self.ui.searchEdit.setText(detail_query)
            self.run_search()
            self.select_person(person_id)
            # they came for a reason: go straight on to the visit
            self._record_visit_for(person_id, label)
        elif dialog.open_existing_id is not None:
            self.open_person(dialog.open_existing_id)
        elif dialog.anonymous_requested:
            self.anonymous_visit()

    def anonymous_visit(self) -> None:
        """A visit without registration, for someone who gives no consent (Ctrl+Shift+A)."""
        dialog = AnonymousVisitDialog(self.ctx, self)
        if self._run(dialog):
            self.refresh_today()
            self.focus_search()

    def _run(self, dialog: QDialog) -> bool:
        self.last_dialog = dialog
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            self.last_dialog = None
            dialog.deleteLater()

    # -- today's visits -------------------------------------------------------------------------

    def refresh_today(self) -> None:
        """Reload today's visits (after each visit recorded here, and when the page is shown)."""
        if self.ctx.actor is None:
            return
        self._today_seq += 1
        seq = self._today_seq
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.runner.run_in_background(lambda _p: visits.visits_on(db, actor),
                                          lambda rows: self._show_today(seq, rows),
                                          lambda exc: self._today_failed(seq, exc))

    def _show_today(self, seq: int, rows: list[visits.VisitRow]) -> None:
        if seq != self._today_seq:
            return
        self.today.set_rows(rows)
        header = self.ui.todayView.horizontalHeader()
        for column, least in TODAY_COLUMN_WIDTHS.items():
            self.ui.todayView.resizeColumnToContents(column)
            header.resizeSection(column, max(header.sectionSize(column), least))
        self._show_today_count()

    def _today_failed(self, seq: int, exc: BaseException) -> None:
        if seq == self._today_seq:
            self.ui.todayCountLabel.setText(failure_text(exc))

    def _show_today_count(self) -> None:
        rows = self.today.rows()
        # the ids as read (no UUID made for each of a busy day's visits)
        anonymous = sum(1 for r in rows if r.stored_person_id is None)
        people_count = len({r.stored_person_id for r in rows if r.stored_person_id is not None}) + anonymous
        self.ui.todayCountLabel.setText(self.tr("%n visit(s)", "", len(rows)) + " · "
                                        + self.tr("%n person(s)", "", people_count))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh_today()
