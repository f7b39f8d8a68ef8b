"""One person's page, opened from the desk: their data, consent and history, with "Record visit"
and "Edit" (the registration form without its consent section), their consultations and their
employment.

The data and the history load in the background; the page shows "Loading…" until they arrive.
Consultations and employment outcomes load in a second background job. The consultations list
shows every consultation's kind, date and staff member to everyone; a note only where the
service returned it (``consultations.for_person`` never selects a note this user may not read),
so a withheld note never reaches a widget. Counsellors and specialists record a consultation
with Ctrl+K (only the kinds their role allows); Ctrl+J records employment.

"Consent withdrawn…" asks (``WithdrawConsentDialog``) whether the person is erased or their record
is kept for the figures only (restricted); a restricted person's page says so and records nothing new.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wic_desk.domain import restriction
from wic_desk.domain.errors import FormErrors, UserError, ValidationError
from wic_desk.domain.permissions import Action, allowed
from wic_desk.gui.context import AppContext
from wic_desk.gui.i18n import enum_text, load_translator
from wic_desk.gui.models.base import RowRole, SortProxy
from wic_desk.gui.models.consultations import ConsultationsModel
from wic_desk.gui.models.display import country_name, date_text, datetime_text
from wic_desk.gui.models.outcomes import OutcomesModel
from wic_desk.gui.models.visits import HistoryModel
from wic_desk.gui.pages import consultation as consultation_page
from wic_desk.gui.pages import outcome as outcome_page
from wic_desk.gui.pages.visit import RecordVisitDialog
from wic_desk.gui.widgets.desk_feedback import failure_text
from wic_desk.gui.widgets.person_form import ERROR_STYLE, PersonForm
from wic_desk.services import consultations, outcomes, people, preferences, subject_export

DETAIL_KEYS = ("birth_date", "sex", "citizenship", "pesel", "phone", "email", "place", "residence_status",
               "languages", "disability", "heard_from", "first_contact", "consent", "registered")


def _table(parent: QWidget, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    return view


class PersonDialog(QDialog):
    """A person's page. Ctrl+R records a visit, Ctrl+E edits, Ctrl+K records a consultation
    (counsellors and specialists), Ctrl+J records employment, Escape closes."""

    visit_recorded = Signal(uuid.UUID)
    person_changed = Signal(uuid.UUID)
    consultation_saved = Signal(uuid.UUID)
    outcome_recorded = Signal(uuid.UUID)

    def __init__(self, ctx: AppContext, person_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PersonDialog")
        self.ctx = ctx
        self.person_id = person_id
        self.detail: people.PersonDetail | None = None
        self._build()
        self.retranslate()
        self.reload()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.native = QLabel(self)
        self.native.setObjectName("nativeName")
        layout.addWidget(self.native)
        self.details_box = QGroupBox(self)
        columns = QHBoxLayout(self.details_box)
        self.detail_labels: dict[str, QLabel] = {}
        self.detail_values: dict[str, QLabel] = {}
        half = (len(DETAIL_KEYS) + 1) // 2
        for part in (DETAIL_KEYS[:half], DETAIL_KEYS[half:]):
            form = QFormLayout()
            for key in part:
                label, value = QLabel(self.details_box), QLabel(self.details_box)
                value.setObjectName(f"{key}Value")
                value.setWordWrap(key == "consent")
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                form.addRow(label, value)
                self.detail_labels[key], self.detail_values[key] = label, value
            columns.addLayout(form, 1)
        layout.addWidget(self.details_box)
        # a person restricted after withdrawing consent: kept for the figures only
        self.restricted_notice = QLabel(self)
        self.restricted_notice.setObjectName("restrictedNotice")
        self.restricted_notice.setWordWrap(True)
        self.restricted_notice.setStyleSheet(ERROR_STYLE)
        self.restricted_notice.hide()
        layout.addWidget(self.restricted_notice)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("sections")
        history_tab = QWidget(self.tabs)
        history_layout = QVBoxLayout(history_tab)
        self.history_label = QLabel(self)
        history_layout.addWidget(self.history_label)
        self.history_model = HistoryModel(self)
        self.history_proxy = SortProxy(self)
        self.history_proxy.setSourceModel(self.history_model)
        self.history = QTableView(self)
        self.history.setObjectName("historyView")
        self.history.setModel(self.history_proxy)
        self.history.setSortingEnabled(True)
        self.history.sortByColumn(HistoryModel.WHEN, Qt.SortOrder.DescendingOrder)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().hide()
        self.history.setAlternatingRowColors(True)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HistoryModel.NOTE, QHeaderView.ResizeMode.Stretch)
        history_layout.addWidget(self.history, 1)
        self.empty_history = QLabel(self)
        self.empty_history.setObjectName("emptyHistory")
        self.empty_history.hide()
        history_layout.addWidget(self.empty_history)
        self.history_label.setBuddy(self.history)
        self.tabs.addTab(history_tab, "")
        self._build_consultations()
        self._build_employment()
        layout.addWidget(self.tabs, 1)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.hide()
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(self)
        self.record_button = QPushButton(self)
        self.record_button.setObjectName("recordVisitButton")
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("editButton")
        self.buttons.addButton(self.record_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.edit_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.anonymise_button = QPushButton(self)
        self.anonymise_button.setObjectName("anonymiseButton")
        self.buttons.addButton(self.anonymise_button, QDialogButtonBox.ButtonRole.ActionRole)
        role = self.ctx.actor.role if self.ctx.actor is not None else None
        self.anonymise_button.setVisible(allowed(role, Action.PEOPLE_ERASE))
        self.anonymise_button.setEnabled(False)
        self.anonymise_button.clicked.connect(self.anonymise)
        self.withdraw_button = QPushButton(self)
        self.withdraw_button.setObjectName("withdrawConsentButton")
        self.buttons.addButton(self.withdraw_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.withdraw_button.setVisible(allowed(role, Action.CONSENT_WITHDRAW))
        self.withdraw_button.setEnabled(False)
        self.withdraw_button.clicked.connect(self.withdraw_consent)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportButton")
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setVisible(allowed(self.ctx.actor.role if self.ctx.actor else None,
                                              Action.PERSON_EXPORT))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export_everything)
        self.export_status = QLabel(self)
        self.export_status.setObjectName("exportStatus")
        self.export_status.setWordWrap(True)
        self.export_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_status.hide()
        layout.addWidget(self.export_status)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.record_button.clicked.connect(self.record_visit)
        self.edit_button.clicked.connect(self.edit)
        QShortcut(QKeySequence("Ctrl+R"), self, self.record_visit)
        QShortcut(QKeySequence("Ctrl+E"), self, self.edit)
        QShortcut(QKeySequence(consultation_page.RECORD_KEYS), self, self.record_consultation)
        QShortcut(QKeySequence(outcome_page.RECORD_KEYS), self, self.record_outcome)
        self.record_button.setEnabled(False)
        self.edit_button.setEnabled(False)
        self.resize(1000, 680)

    def _build_consultations(self) -> None:
        tab = QWidget(self.tabs)
        box = QVBoxLayout(tab)
        self.consultations_model = ConsultationsModel(self)
        self.consultations_proxy = SortProxy(self)
        self.consultations_proxy.setSourceModel(self.consultations_model)
        self.consultations_view = _table(tab, "consultationsView")
        self.consultations_view.setModel(self.consultations_proxy)
        self.consultations_view.sortByColumn(ConsultationsModel.DATE, Qt.SortOrder.DescendingOrder)
        header = self.consultations_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ConsultationsModel.NOTE, QHeaderView.ResizeMode.Stretch)
        box.addWidget(self.consultations_view, 2)
        self.empty_consultations = QLabel(tab)
        self.empty_consultations.setObjectName("emptyConsultations")
        self.empty_consultations.hide()
        box.addWidget(self.empty_consultations)
        self.note_label = QLabel(tab)
        self.note_label.setObjectName("noteLabel")
        box.addWidget(self.note_label)
        # Filled only with a note the service returned, i.e. one this user may read.
        self.note_view = QPlainTextEdit(tab)
        self.note_view.setObjectName("noteView")
        self.note_view.setReadOnly(True)
        self.note_view.setMaximumHeight(110)
        box.addWidget(self.note_view, 1)
        buttons = QHBoxLayout()
        self.record_consultation_button = QPushButton(tab)
        self.record_consultation_button.setObjectName("recordConsultationButton")
        self.edit_consultation_button = QPushButton(tab)
        self.edit_consultation_button.setObjectName("editConsultationButton")
        for button in (self.record_consultation_button, self.edit_consultation_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        can_record = consultation_page.may_record(self.ctx.actor)
        self.record_consultation_button.setVisible(can_record)
        self.edit_consultation_button.setVisible(can_record)
        if not consultation_page.may_read_notes(self.ctx.actor):
            # receptionists and coordinators see that consultations happened, never a note
            self.consultations_view.setColumnHidden(ConsultationsModel.NOTE, True)
            header.setSectionResizeMode(ConsultationsModel.TOPICS, QHeaderView.ResizeMode.Stretch)
            self.note_label.hide()
            self.note_view.hide()
        self.record_consultation_button.setEnabled(False)
        self.edit_consultation_button.setEnabled(False)
        self.record_consultation_button.clicked.connect(self.record_consultation)
        self.edit_consultation_button.clicked.connect(self.edit_consultation)
        self.consultations_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected_note())
        self.consultations_view.activated.connect(lambda _i: self.edit_consultation())
        self.tabs.addTab(tab, "")

    def _build_employment(self) -> None:
        tab = QWidget(self.tabs)
        box = QVBoxLayout(tab)
        self.outcomes_model = OutcomesModel(self)
        self.outcomes_proxy = SortProxy(self)
        self.outcomes_proxy.setSourceModel(self.outcomes_model)
        self.outcomes_view = _table(tab, "outcomesView")
        self.outcomes_view.setModel(self.outcomes_proxy)
        self.outcomes_view.sortByColumn(OutcomesModel.START, Qt.SortOrder.DescendingOrder)
        header = self.outcomes_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(OutcomesModel.EMPLOYER, QHeaderView.ResizeMode.Stretch)
        box.addWidget(self.outcomes_view, 1)
        self.empty_outcomes = QLabel(tab)
        self.empty_outcomes.setObjectName("emptyOutcomes")
        self.empty_outcomes.hide()
        box.addWidget(self.empty_outcomes)
        buttons = QHBoxLayout()
        self.record_outcome_button = QPushButton(tab)
        self.record_outcome_button.setObjectName("recordOutcomeButton")
        self.record_outcome_button.setAutoDefault(False)
        self.record_outcome_button.setVisible(outcome_page.may_record(self.ctx.actor))
        self.record_outcome_button.setEnabled(False)
        self.record_outcome_button.clicked.connect(self.record_outcome)
        buttons.addWidget(self.record_outcome_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        self.tabs.addTab(tab, "")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Person"))
        self.details_box.setTitle(self.tr("Data"))
        labels = {
            "birth_date": self.tr("Date of birth:"), "sex": self.tr("Sex:"), "citizenship": self.tr("Citizenship:"),
            "pesel": self.tr("PESEL:"), "phone": self.tr("Phone:"), "email": self.tr("E-mail:"),
            "place": self.tr("City, district:"), "residence_status": self.tr("Residence status:"),
            "languages": self.tr("Languages:"), "disability": self.tr("Disability:"),
            "heard_from": self.tr("Heard of the centre from:"), "first_contact": self.tr("First contact:"),
            "consent": self.tr("Consent:"), "registered": self.tr("Registered:"),
        }
        for key, text in labels.items():
            self.detail_labels[key].setText(text)
        self.history_label.setText(self.tr("&History (newest first)"))
        self.empty_history.setText(self.tr("Nothing recorded yet. Ctrl+R records today's visit."))
        self.record_button.setText(self.tr("Record visit (Ctrl+R)"))
        self.edit_button.setText(self.tr("Edit (Ctrl+E)"))
        self.anonymise_button.setText(self.tr("Anonymise…"))
        self.anonymise_button.setToolTip(self.tr("Erase names, contacts, PESEL and notes; the services "
                                                 "still count in the figures"))
        self.withdraw_button.setText(self.tr("Consent withdrawn…"))
        self.withdraw_button.setToolTip(self.tr("The person withdrew their consent: record it, then erase "
                                                "their data or keep the service record for the figures only"))
        self.restricted_notice.setText(self.tr("Consent withdrawn: this record is kept only for the figures. "
                                               "The person is not found by the search, and nothing new can be "
                                               "recorded for them."))
        self.export_button.setText(self.tr("Everything we hold…"))
        self.export_button.setToolTip(self.tr("Everything the centre holds about this person, as PDF and "
                                              "JSON (the right of access and to data portability)"))
        self.history_model.retranslate()
        self.consultations_model.retranslate()
        self.outcomes_model.retranslate()
        self.record_consultation_button.setText(self.tr("Record consultation (Ctrl+K)"))
        self.edit_consultation_button.setText(self.tr("Edit consultation (Enter)"))
        self.edit_consultation_button.setToolTip(self.tr("Only the author edits a consultation."))
        self.record_outcome_button.setText(self.tr("Record employment (Ctrl+J)"))
        self.empty_outcomes.setText(self.tr("No employment recorded."))
        self._show_tab_titles()
        self._show_selected_note()
        self._show_detail()

    def _show_tab_titles(self) -> None:
        self.tabs.setTabText(0, self.tr("History"))
        self.tabs.setTabText(1, self.tr("Consultations ({n})").format(n=self.consultations_model.rowCount()))
        self.tabs.setTabText(2, self.tr("Employment ({n})").format(n=self.outcomes_model.rowCount()))
        if consultation_page.may_record(self.ctx.actor):
            self.empty_consultations.setText(self.tr("No consultations yet. Ctrl+K records one."))
        else:
            self.empty_consultations.setText(self.tr("No consultations yet."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading --------------------------------------------------------------------------------

    def reload(self) -> None:
        if self.detail is None:
            self.heading.setText(self.tr("Loading…"))
        db, actor, person_id = self.ctx.db, self.ctx.actor, self.person_id
        opening = self.detail is None  # audited once per opening, not again after an edit
        self.ctx.runner.run_in_background(
            lambda _p: people.open_person(db, actor, person_id, audit=opening),
            self._loaded, self._load_failed)
        self.reload_sections()

    def reload_sections(self) -> None:
        """Reload the consultations (notes only where this user may read them) and employment."""
        db, actor, person_id = self.ctx.db, self.ctx.actor, self.person_id
        self.ctx.runner.run_in_background(
            lambda _p: (consultations.for_person(db, actor, person_id), outcomes.for_person(db, actor, person_id)),
            self._sections_loaded, self._load_failed)

    def _sections_loaded(self, result: tuple[list[consultations.ConsultationRow], list[outcomes.OutcomeRow]]) -> None:
        rows, outcome_rows = result
        self.consultations_model.set_rows(rows)
        self.outcomes_model.set_rows(outcome_rows)
        self.empty_consultations.setVisible(not rows)
        self.empty_outcomes.setVisible(not outcome_rows)
        if rows:
            self.consultations_view.selectRow(0)
        self._show_tab_titles()
        self._show_selected_note()

    def selected_consultation(self) -> consultations.ConsultationRow | None:
        index = self.consultations_view.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def _show_selected_note(self) -> None:
        row = self.selected_consultation()
        self.edit_consultation_button.setEnabled(
            row is not None and self.detail is not None and consultation_page.may_edit(self.ctx.actor, row))
        if row is None:
            self.note_label.setText(self.tr("Note:"))
            self.note_view.clear()
            self.note_view.setPlaceholderText(self.tr("Choose a consultation to see its note."))
            return
        heading = self.tr("Note of {kind}, {date}, {staff}:").format(
            kind=enum_text(row.kind), date=date_text(row.held_on), staff=row.staff_name or "—")
        self.note_label.setText(heading)
        if row.note_readable:
            self.note_view.setPlainText(row.note or "")
            self.note_view.setPlaceholderText(self.tr("No note was written."))
        elif row.note_pending:
            self.note_view.clear()
            self.note_view.setPlaceholderText(self.tr(
                "Your access to this note is pending: it opens once a colleague who reads such notes logs in "
                "(or an administrator lets you in with the recovery key)."))
        else:
            self.note_view.clear()
            self.note_view.setPlaceholderText(self.tr("This note is confidential ({level}); it is not shown "
                                                      "to you.").format(level=enum_text(row.confidentiality)))

    def _loaded(self, result: tuple[people.PersonDetail, list[people.HistoryItem]]) -> None:
        self.detail, items = result
        self.history_model.set_rows(items)
        self.empty_history.setVisible(not items)
        restricted = self.detail.restricted
        self.record_button.setEnabled(not restricted)
        self.edit_button.setEnabled(True)
        self.anonymise_button.setEnabled(not self.detail.anonymised)
        self.withdraw_button.setEnabled(not self.detail.anonymised and self.detail.consent_withdrawn_on is None)
        self.export_button.setEnabled(True)
        self.record_consultation_button.setEnabled(not restricted)
        self.record_outcome_button.setEnabled(not restricted)
        self.restricted_notice.setVisible(restricted)
        self.status.hide()
        self._show_detail()
        self._show_selected_note()

    def _load_failed(self, exc: BaseException) -> None:
        self.heading.setText(self.tr("This person cannot be shown."))
        self.status.setText(failure_text(exc))
        self.status.show()

    def person_label(self) -> str:
        if self.detail is None:
            return ""
        data = self.detail.data
        return f"{data.given_name} {data.family_name}".strip()

    def _show_detail(self) -> None:
        if self.detail is None:
            return
        d = self.detail
        data = d.data
        self.heading.setText(self.person_label())
        self.native.setText(data.native_name or "")
        self.native.setVisible(bool(data.native_name))
        self.setWindowTitle(self.tr("Person: {name}").format(name=self.person_label()))
        place = ", ".join(p for p in (data.city, data.district) if p)
        consent = self.tr("{kind}, {date}, by {staff}").format(
            kind=enum_text(d.consent_kind), date=date_text(d.consent_date), staff=d.consent_by_name or "—")
        if d.consent_withdrawn_on is not None:
            consent = self.tr("{consent}; withdrawn {date}, recorded by {staff}").format(
                consent=consent, date=date_text(d.consent_withdrawn_on), staff=d.consent_withdrawn_by_name or "—")
        values = {
            "birth_date": date_text(data.birth_date, data.birth_year),
            "sex": enum_text(data.sex),
            "citizenship": f"{country_name(data.citizenship)} ({data.citizenship})" if data.citizenship else "",
            "pesel": data.pesel or "", "phone": data.phone or "", "email": data.email or "", "place": place,
            "residence_status": enum_text(data.residence_status) if data.residence_status else "",
            "languages": data.languages or "", "disability": enum_text(data.disability),
            "heard_from": data.heard_from or "", "first_contact": date_text(data.first_contact_date),
            "consent": consent, "registered": datetime_text(d.registered_at),
        }
        for key, value in values.items():
            self.detail_values[key].setText(value or "—")
        self.detail_values["consent"].setToolTip(d.consent_scope)

    # -- actions --------------------------------------------------------------------------------

    def _refused_as_restricted(self) -> bool:
        """A restricted person gets nothing new (a shortcut says why instead)."""
        if self.detail is None or not self.detail.restricted:
            return False
        self._failed_action(UserError(restriction.E_RESTRICTED))
        return True

    def record_visit(self) -> None:
        if self.detail is None or self._refused_as_restricted():
            return
        dialog = RecordVisitDialog(self.ctx, self.person_id, self.person_label(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.visit_id is not None:
            self.visit_recorded.emit(dialog.visit_id)
            self.reload()

    def record_consultation(self) -> None:
        """Ctrl+K: record a consultation (counsellors and specialists only)."""
        if self.detail is None or not consultation_page.may_record(self.ctx.actor) or self._refused_as_restricted():
            return
        self.tabs.setCurrentIndex(1)
        dialog = consultation_page.ConsultationDialog(self.ctx, self.person_id, self.person_label(), self)
        self._after_consultation(dialog)

    def edit_consultation(self) -> None:
        row = self.selected_consultation()
        if self.detail is None or row is None or not consultation_page.may_edit(self.ctx.actor, row):
            return
        dialog = consultation_page.ConsultationDialog(self.ctx, self.person_id, self.person_label(), self,
                                                      existing=row)
        self._after_consultation(dialog)

    def _after_consultation(self, dialog: consultation_page.ConsultationDialog) -> None:
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.consultation_id is not None:
                self.consultation_saved.emit(dialog.consultation_id)
                self.reload_sections()
        finally:
            dialog.deleteLater()

    def record_outcome(self) -> None:
        """Ctrl+J: record that this person obtained work."""
        if self.detail is None or not outcome_page.may_record(self.ctx.actor) or self._refused_as_restricted():
            return
        self.tabs.setCurrentIndex(2)
        dialog = outcome_page.OutcomeDialog(self.ctx, self.person_id, self.person_label(), self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.outcome_id is not None:
                self.outcome_recorded.emit(dialog.outcome_id)
                self.reload_sections()
        finally:
            dialog.deleteLater()

    def edit(self) -> None:
        if self.detail is None:
            return
        dialog = EditPersonDialog(self.ctx, self.person_id, self.detail.data, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.person_changed.emit(self.person_id)
            self.reload()


    def anonymise(self) -> None:
        """Erase who this person is, after asking (administrators; the right to erasure)."""
        if self.detail is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Anonymise person"),
            self.tr("Erase this person's names, contacts, PESEL and notes for good? Their visits and "
                    "activities still count in the figures. This cannot be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, actor, person_id = self.ctx.db, self.ctx.actor, self.person_id
        self.ctx.runner.run_in_background(lambda _p: people.anonymise(db, actor, person_id),
                                          lambda _r: self._anonymised(), self._failed_action)

    def withdraw_consent(self) -> None:
        """The person withdrew their consent: the user chooses (``WithdrawConsentDialog``) between
        erasing them and keeping the service record for the figures (restricting them); the
        withdrawal is recorded (today, by the user) with the choice, in one step (services.people)."""
        if self.detail is None or self.detail.anonymised or self.detail.consent_withdrawn_on is not None:
            return
        erase = WithdrawConsentDialog.ask(self, self.person_label())
        if erase is None:
            return
        db, actor, person_id = self.ctx.db, self.ctx.actor, self.person_id
        self.ctx.runner.run_in_background(lambda _p: people.withdraw_consent(db, actor, person_id, erase=erase),
                                          lambda _r: self._anonymised(), self._failed_action)

    def _languages(self) -> list[tuple[str, str]]:
        return [("pl", self.tr("Polish")), ("uk", self.tr("Ukrainian")), ("en", self.tr("English"))]

    def export_everything(self) -> None:
        """Everything held about this person (GDPR art. 15 and 20): asks where and in which
        language, then writes the PDF and the JSON beside it in the background."""
        if self.detail is None or not allowed(self.ctx.actor.role if self.ctx.actor else None,
                                              Action.PERSON_EXPORT):
            return
        languages = self._languages()
        current = preferences.language()
        names = [name for _code, name in languages]
        default = next((i for i, (code, _n) in enumerate(languages) if code == current), 0)
        name, ok = QInputDialog.getItem(self, self.tr("Everything we hold about this person"),
                                        self.tr("Language of the PDF:"), names, default, False)
        if not ok:
            return
        language = languages[names.index(name)][0] if name in names else current
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder or Path.home()) / f"person_{str(self.person_id)[:8]}.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save everything we hold about this person"), str(suggested),
            self.tr("PDF files (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        translator = load_translator(language)

        def translate(context: str, text: str) -> str:
            return (translator.translate(context, text) if translator is not None else "") or text

        db, actor, person_id = self.ctx.db, self.ctx.actor, self.person_id
        self.export_button.setEnabled(False)
        self.export_status.setText(self.tr("Writing the files…"))
        self.export_status.show()
        self._export_translator = translator  # lives as long as the job may use it
        self.ctx.runner.run_in_background(
            lambda _p: subject_export.export_person(db, actor, person_id, path, language, translate),
            self._exported, self._export_failed)

    def _exported(self, result: subject_export.ExportResult) -> None:
        self.export_button.setEnabled(True)
        self.export_status.setText(self.tr("Saved: {pdf} and {json}").format(pdf=result.pdf, json=result.json))
        self.export_status.show()

    def _export_failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.export_status.hide()
        self._failed_action(exc)

    def _anonymised(self) -> None:
        self.person_changed.emit(self.person_id)
        self.reload()

    def _failed_action(self, exc: BaseException) -> None:
        self.status.setText(failure_text(exc))
        self.status.show()


class WithdrawConsentDialog(QDialog):
    """What happens when a person withdraws their consent: erase them, or keep the service record
    for the figures (restrict them, where the law requires the record to be kept). Nothing is
    chosen at first, so the choice is always made on purpose; ``ask`` returns True to erase,
    False to restrict, None when cancelled."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WithdrawConsentDialog")
        self.name = name
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setObjectName("intro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.erase_choice = QRadioButton(self)
        self.erase_choice.setObjectName("eraseChoice")
        self.erase_text = QLabel(self)
        self.erase_text.setWordWrap(True)
        self.erase_text.setIndent(24)
        self.restrict_choice = QRadioButton(self)
        self.restrict_choice.setObjectName("restrictChoice")
        self.restrict_text = QLabel(self)
        self.restrict_text.setWordWrap(True)
        self.restrict_text.setIndent(24)
        for widget in (self.erase_choice, self.erase_text, self.restrict_choice, self.restrict_text):
            layout.addWidget(widget)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("recordWithdrawalButton")
        self.ok_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for choice in (self.erase_choice, self.restrict_choice):
            choice.toggled.connect(lambda _on: self.ok_button.setEnabled(self.chosen() is not None))
        self.setMinimumWidth(560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Consent withdrawn"))
        self.intro.setText(self.tr("Record that {name} withdrew their consent today. What happens to their "
                                   "record?").format(name=self.name))
        self.erase_choice.setText(self.tr("&Erase the person"))
        self.erase_text.setText(self.tr("Their names, contacts, PESEL and notes are erased for good, with every "
                                        "record merged into theirs; their visits and activities still count in "
                                        "the figures. This cannot be undone."))
        self.restrict_choice.setText(self.tr("&Keep the service record for the figures (restrict)"))
        self.restrict_text.setText(self.tr("Where the law requires the centre to keep the service record: it is "
                                           "kept as it is, but the person is no longer found by the search, "
                                           "nothing new can be recorded for them, and reports only count them."))
        self.ok_button.setText(self.tr("Record the withdrawal"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def chosen(self) -> bool | None:
        """True: erase; False: restrict; None: nothing chosen yet."""
        if self.erase_choice.isChecked():
            return True
        if self.restrict_choice.isChecked():
            return False
        return None

    def accept(self) -> None:
        if self.chosen() is None:
            return
        super().accept()

    @staticmethod
    def ask(parent: QWidget, name: str) -> bool | None:
        dialog = WithdrawConsentDialog(name, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.chosen()
        finally:
            dialog.deleteLater()


class EditPersonDialog(QDialog):
    """The registration form without its consent section; saves with ``update_person``.
    Enter moves to the next field, Ctrl+Enter saves, Escape cancels."""

    def __init__(self, ctx: AppContext, person_id: uuid.UUID, data: people.PersonInput,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EditPersonDialog")
        self.ctx = ctx
        self.person_id = person_id
        self._saving = False
        layout = QVBoxLayout(self)
        self.form = PersonForm(self)
        self.form.set_person(data)
        layout.addWidget(self.form)
        layout.addStretch(1)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("saveButton")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button in self.buttons.buttons():
            button.setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        self.retranslate()
        self.resize(900, 480)
        self.form.fields["given_name"].setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit person"))
        self.save_button.setText(self.tr("Save (Ctrl+Enter)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.accept()
            else:
                self.focusNextChild()
            return
        super().keyPressEvent(event)

    def accept(self) -> None:
        if self._saving:
            return
        if self.form.validate_all():
            self.form.focus_first_error()
            return
        data, _local = self.form.person_for_update()
        self._saving = True
        self.save_button.setEnabled(False)
        db, actor, person_id = self.ctx.db, self.ctx.actor, self.person_id
        self.ctx.runner.run_in_background(lambda _p: people.update_person(db, actor, person_id, data),
                                          self._saved, self._failed)

    def _saved(self, _result: object) -> None:
        self._saving = False
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        if isinstance(exc, FormErrors):
            self.form.show_errors(exc.errors)
            self.form.focus_first_error()
        elif isinstance(exc, ValidationError):
            self.form.show_errors({exc.field: exc})
        else:
            self.error.setText(failure_text(exc))
            self.error.show()
