"""One person's page, opened from the desk: their data, consent and history, with "Record visit"
and "Edit" (the registration form without its consent section).

The data and the history load in the background; the page shows "Loading…" until they arrive.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wic_desk.domain.errors import FormErrors, ValidationError
from wic_desk.gui.context import AppContext
from wic_desk.gui.i18n import enum_text
from wic_desk.gui.models.base import SortProxy
from wic_desk.gui.models.display import country_name, date_text, datetime_text
from wic_desk.gui.models.visits import HistoryModel
from wic_desk.gui.pages.visit import RecordVisitDialog
from wic_desk.gui.widgets.desk_feedback import failure_text
from wic_desk.gui.widgets.person_form import ERROR_STYLE, PersonForm
from wic_desk.services import people

DETAIL_KEYS = ("birth_date", "sex", "citizenship", "pesel", "phone", "email", "place", "residence_status",
               "languages", "disability", "heard_from", "first_contact", "consent", "registered")


class PersonDialog(QDialog):
    """A person's page. Ctrl+R records a visit, Ctrl+E edits, Escape closes."""

    visit_recorded = Signal(uuid.UUID)
    person_changed = Signal(uuid.UUID)

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
        self.history_label = QLabel(self)
        layout.addWidget(self.history_label)
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
        layout.addWidget(self.history, 1)
        self.empty_history = QLabel(self)
        self.empty_history.setObjectName("emptyHistory")
        self.empty_history.hide()
        layout.addWidget(self.empty_history)
        self.history_label.setBuddy(self.history)
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
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.record_button.clicked.connect(self.record_visit)
        self.edit_button.clicked.connect(self.edit)
        QShortcut(QKeySequence("Ctrl+R"), self, self.record_visit)
        QShortcut(QKeySequence("Ctrl+E"), self, self.edit)
        self.record_button.setEnabled(False)
        self.edit_button.setEnabled(False)
        self.resize(980, 620)

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
        self.history_model.retranslate()
        self._show_detail()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading --------------------------------------------------------------------------------

    def reload(self) -> None:
        if self.detail is None:
            self.heading.setText(self.tr("Loading…"))
        db, actor, person_id = self.ctx.db, self.ctx.actor, self.person_id
        self.ctx.runner.run_in_background(
            lambda _p: (people.get_person(db, actor, person_id), people.history(db, actor, person_id)),
            self._loaded, self._load_failed)

    def _loaded(self, result: tuple[people.PersonDetail, list[people.HistoryItem]]) -> None:
        self.detail, items = result
        self.history_model.set_rows(items)
        self.empty_history.setVisible(not items)
        self.record_button.setEnabled(True)
        self.edit_button.setEnabled(True)
        self.status.hide()
        self._show_detail()

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

    def record_visit(self) -> None:
        if self.detail is None:
            return
        dialog = RecordVisitDialog(self.ctx, self.person_id, self.person_label(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.visit_id is not None:
            self.visit_recorded.emit(dialog.visit_id)
            self.reload()

    def edit(self) -> None:
        if self.detail is None:
            return
        dialog = EditPersonDialog(self.ctx, self.person_id, self.detail.data, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.person_changed.emit(self.person_id)
            self.reload()


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
