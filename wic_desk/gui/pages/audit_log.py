"""The audit log for administrators: read-only, filtered by person, user and date range; the
entries of every desk of the centre, each with the desk that made it.

The person filter is a search (any script, as on the desk): the matches fill a list beside the
field and the first is taken. The log keeps only ids; the names of the persons shown are looked
up in the same background job. Nothing here can change an entry.
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wic_desk.domain.errors import NotFound
from wic_desk.gui.context import AppContext
from wic_desk.gui.models.audit import AuditLine, AuditModel
from wic_desk.gui.models.base import SortProxy
from wic_desk.gui.pages.consultation import date_edit, from_qdate, to_qdate
from wic_desk.gui.widgets.desk_feedback import failure_text
from wic_desk.gui.widgets.person_form import ERROR_STYLE
from wic_desk.services import audit, auth, people
from wic_desk.services.context import Actor, Database

LIMIT = 1000
DEFAULT_DAYS = 30
SEARCH_DELAY_MS = 250


def load_lines(db: Database, actor: Actor, person_id: uuid.UUID | None, staff_id: uuid.UUID | None,
               date_from: dt.date | None, date_to: dt.date | None) -> list[AuditLine]:
    """The entries with the names of their persons (runs in the background)."""
    rows = audit.entries(db, actor, person_id=person_id, staff_id=staff_id, date_from=date_from,
                         date_to=date_to, limit=LIMIT)
    names: dict[uuid.UUID, str | None] = {}
    for pid in {r.person_id for r in rows if r.person_id is not None}:
        try:
            data = people.get_person(db, actor, pid).data
        except NotFound:
            names[pid] = None
        else:
            names[pid] = f"{data.given_name} {data.family_name}".strip()
    return [AuditLine(r, names.get(r.person_id) if r.person_id else None) for r in rows]


def _index_of(combo: QComboBox, value: object) -> int:
    """The item holding ``value`` (QComboBox.findData does not compare Python objects), else 0."""
    if value is None:
        return 0
    return next((i for i in range(combo.count()) if combo.itemData(i) == value), 0)


class AuditLogPage(QWidget):
    """For administrators. ``refresh()`` reloads the staff list and the entries."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AuditLogPage")
        self.ctx = ctx
        self._seq = 0
        self._search_seq = 0
        self._staff_loaded = False
        self._build()
        self.retranslate()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.scope = QLabel(self)
        self.scope.setObjectName("scope")
        self.scope.setWordWrap(True)
        layout.addWidget(self.scope)

        filters = QHBoxLayout()
        self.person_label = QLabel(self)
        self.person_search = QLineEdit(self)
        self.person_search.setObjectName("personSearch")
        self.person_search.setClearButtonEnabled(True)
        self.person_label.setBuddy(self.person_search)
        self.person_choice = QComboBox(self)
        self.person_choice.setObjectName("personChoice")
        self.person_choice.setMinimumContentsLength(22)
        self.person_choice.addItem("", None)
        self.user_label = QLabel(self)
        self.user = QComboBox(self)
        self.user.setObjectName("userFilter")
        self.user.setMinimumContentsLength(16)
        self.user.addItem("", None)
        self.user_label.setBuddy(self.user)
        today = dt.date.today()
        self.from_label = QLabel(self)
        self.date_from = date_edit(self, today - dt.timedelta(days=DEFAULT_DAYS))
        self.date_from.setObjectName("dateFrom")
        self.from_label.setBuddy(self.date_from)
        self.to_label = QLabel(self)
        self.date_to = date_edit(self, today)
        self.date_to.setObjectName("dateTo")
        self.to_label.setBuddy(self.date_to)
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("refreshButton")
        self.refresh_button.setShortcut("F5")
        self.person_search.setMinimumWidth(200)
        for widget, stretch in ((self.person_label, 0), (self.person_search, 2), (self.person_choice, 2),
                                (self.user_label, 0), (self.user, 2), (self.from_label, 0), (self.date_from, 0),
                                (self.to_label, 0), (self.date_to, 0), (self.refresh_button, 0)):
            if widget in (self.user_label, self.from_label, self.to_label):
                filters.addSpacing(8)
            filters.addWidget(widget, stretch)
        layout.addLayout(filters)

        self.model = AuditModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setObjectName("auditView")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AuditModel.DETAIL, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.view, 1)
        self.count = QLabel(self)
        self.count.setObjectName("count")
        layout.addWidget(self.count)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setWordWrap(True)
        self.status.hide()
        layout.addWidget(self.status)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search_person)
        self.person_search.textChanged.connect(lambda _t: self._search_timer.start())
        self.person_search.returnPressed.connect(self.search_person)
        self.person_choice.currentIndexChanged.connect(lambda _i: self.load_entries())
        self.user.currentIndexChanged.connect(lambda _i: self.load_entries())
        self.date_from.dateChanged.connect(lambda _d: self.load_entries())
        self.date_to.dateChanged.connect(lambda _d: self.load_entries())
        self.refresh_button.clicked.connect(self.refresh)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Audit log: reads of confidential notes, edits and exports"))
        self.scope.setText(self.tr("Every desk of the centre: the entries of other desks arrive with their "
                                   "exchange files (the Desk column says where each was made)."))
        self.person_label.setText(self.tr("&Person:"))
        self.person_search.setPlaceholderText(self.tr("Name in any script, phone, PESEL"))
        self.person_choice.setItemText(0, self.tr("— every person —"))
        self.user_label.setText(self.tr("&User:"))
        self.user.setItemText(0, self.tr("— every user —"))
        self.from_label.setText(self.tr("&From:"))
        self.to_label.setText(self.tr("&To:"))
        self.refresh_button.setText(self.tr("Refresh (F5)"))
        self.model.retranslate()
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    # -- filters --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the list of users for the filter, then the entries."""
        if self.ctx.actor is None:
            return
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.runner.run_in_background(lambda _p: auth.list_staff(db, actor), self._show_staff, self._failed)

    def _show_staff(self, staff: list[auth.StaffRow]) -> None:
        keep = self.user.currentData()
        self.user.blockSignals(True)
        while self.user.count() > 1:
            self.user.removeItem(1)
        for row in staff:
            self.user.addItem(f"{row.full_name} ({row.login})", row.id)
        self.user.setCurrentIndex(_index_of(self.user, keep))
        self.user.blockSignals(False)
        self._staff_loaded = True
        self.load_entries()

    def set_user(self, staff_id: uuid.UUID | None) -> None:
        self.user.setCurrentIndex(_index_of(self.user, staff_id))

    def set_dates(self, date_from: dt.date, date_to: dt.date) -> None:
        for edit, value in ((self.date_from, date_from), (self.date_to, date_to)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(value))
            edit.blockSignals(False)
        self.load_entries()

    def search_person(self) -> None:
        self._search_timer.stop()
        query = self.person_search.text().strip()
        self._search_seq += 1
        seq = self._search_seq
        if not query:
            self._show_people(seq, [])
            return
        db = self.ctx.db
        self.ctx.runner.run_in_background(lambda _p: people.search(db, query, limit=20),
                                          lambda hits: self._show_people(seq, hits), self._failed)

    def _show_people(self, seq: int, hits: list[people.PersonHit]) -> None:
        if seq != self._search_seq:
            return
        self.person_choice.blockSignals(True)
        while self.person_choice.count() > 1:
            self.person_choice.removeItem(1)
        for hit in hits:
            birth = hit.birth_date.strftime("%d.%m.%Y") if hit.birth_date else (str(hit.birth_year or ""))
            native = f" ({hit.native_name})" if hit.native_name else ""
            self.person_choice.addItem(f"{hit.latin_name}{native} {birth}".strip(), hit.id)
        self.person_choice.setCurrentIndex(1 if hits else 0)
        self.person_choice.blockSignals(False)
        self.load_entries()

    def filters(self) -> tuple[uuid.UUID | None, uuid.UUID | None, dt.date | None, dt.date | None]:
        return (self.person_choice.currentData(), self.user.currentData(), from_qdate(self.date_from.date()),
                from_qdate(self.date_to.date()))

    # -- entries --------------------------------------------------------------------------------

    def load_entries(self) -> None:
        if self.ctx.actor is None or not self._staff_loaded:
            return
        self._seq += 1
        seq = self._seq
        db, actor = self.ctx.db, self.ctx.actor
        person_id, staff_id, date_from, date_to = self.filters()
        self.ctx.runner.run_in_background(
            lambda _p: load_lines(db, actor, person_id, staff_id, date_from, date_to),
            lambda lines: self._show_entries(seq, lines), self._failed)

    def _show_entries(self, seq: int, lines: list[AuditLine]) -> None:
        if seq != self._seq:
            return
        self.status.hide()
        self.model.set_rows(lines)
        self._show_count()

    def _show_count(self) -> None:
        n = self.model.rowCount()
        text = self.tr("%n entry(ies)", "", n)
        if n >= LIMIT:
            text += " · " + self.tr("only the newest {limit} are shown: narrow the filter").format(limit=LIMIT)
        self.count.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(failure_text(exc))
        self.status.show()


__all__ = ["AuditLogPage"]
