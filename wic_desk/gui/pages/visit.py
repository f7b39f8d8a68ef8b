"""Recording a walk-in visit: reasons ticked with number keys, an optional note, Enter saves.

``RecordVisitDialog`` records a visit of a registered person; ``AnonymousVisitDialog`` one of a
person who gave no consent (only sex, age group and citizenship are kept). Both save in the
background and close once the visit is stored; ``visit_id`` then holds its id.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from wic_desk.domain.enums import Sex
from wic_desk.domain.errors import ValidationError
from wic_desk.gui.context import AppContext
from wic_desk.gui.i18n import enum_text, error_text
from wic_desk.gui.models.display import countries
from wic_desk.gui.widgets.desk_feedback import failure_text
from wic_desk.gui.widgets.desk_reasons import ReasonsPicker
from wic_desk.gui.widgets.person_form import ERROR_STYLE
from wic_desk.services import visits


class _VisitDialog(QDialog):
    """Reasons, note, Save/Cancel and saving in the background; subclasses add fields on top."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.visit_id: uuid.UUID | None = None
        self._saving = False
        self.layout_ = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.layout_.addWidget(self.heading)
        self.extra = QFormLayout()
        self.layout_.addLayout(self.extra)
        self.reasons_label = QLabel(self)
        self.reasons = ReasonsPicker(self)
        self.reasons_label.setBuddy(self.reasons)
        self.reasons.setMinimumHeight(self.reasons.sizeHintForRow(0) * (self.reasons.count() + 1))
        self.reasons_error = QLabel(self)
        self.reasons_error.setObjectName("reasonsError")
        self.reasons_error.setStyleSheet(ERROR_STYLE)
        self.reasons_error.hide()
        self.note_label = QLabel(self)
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.note.setMaxLength(500)
        self.note_label.setBuddy(self.note)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reasons.changed.connect(self._reasons_changed)
        for widget in (self.reasons_label, self.reasons, self.reasons_error, self.note_label, self.note,
                       self.error, self.buttons):
            self.layout_.addWidget(widget)
        self.setMinimumWidth(460)

    def retranslate(self) -> None:
        self.reasons_label.setText(self.tr("&Reasons for the visit — press the number keys, then Enter:"))
        self.note_label.setText(self.tr("&Note (optional):"))
        self.note.setPlaceholderText(self.tr("Anything the next colleague should know"))
        self.save_button.setText(self.tr("Save visit (Enter)"))
        self.save_button.setToolTip(self.tr("Enter saves; Escape closes without saving."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _reasons_changed(self) -> None:
        if self.reasons.selected():
            self.reasons_error.hide()

    # -- saving ---------------------------------------------------------------------------------

    def _record(self) -> uuid.UUID:
        raise NotImplementedError

    def accept(self) -> None:
        if self._saving:
            return
        if not self.reasons.selected():
            self.reasons_error.setText(self.tr("Choose at least one reason for the visit."))
            self.reasons_error.show()
            self.reasons.setFocus()
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self.ctx.runner.run_in_background(lambda _progress: self._record(), self._saved, self._failed)

    def _saved(self, visit_id: uuid.UUID) -> None:
        self._saving = False
        self.visit_id = visit_id
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError) and exc.field == "reasons":
            self.reasons_error.setText(error_text(exc))
            self.reasons_error.show()
            return
        self.error.setText(failure_text(exc))
        self.error.show()


class RecordVisitDialog(_VisitDialog):
    """A registered person's visit: ``services.visits.record_visit``."""

    def __init__(self, ctx: AppContext, person_id: uuid.UUID, person_label: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("RecordVisitDialog")
        self.person_id = person_id
        self.person_label = person_label
        self.retranslate()
        self.reasons.setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Record visit"))
        self.heading.setText(self.tr("Visit of {name}").format(name=self.person_label))

    def _record(self) -> uuid.UUID:
        return visits.record_visit(self.ctx.db, self.ctx.actor, self.person_id, self.reasons.selected(),
                                   self.note.text())


class AnonymousVisitDialog(_VisitDialog):
    """A visit of someone who gave no consent: ``services.visits.record_anonymous_visit``."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("AnonymousVisitDialog")
        self.sex = QComboBox(self)
        self.sex.setObjectName("sex")
        for value in Sex:
            self.sex.addItem("", value)
        self.sex.setCurrentIndex(-1)
        self.age_group = QComboBox(self)
        self.age_group.setObjectName("ageGroup")
        self.age_group.addItem("", None)
        for group in visits.AGE_GROUPS:
            self.age_group.addItem(group, group)
        self.citizenship = QComboBox(self)
        self.citizenship.setObjectName("citizenship")
        self.citizenship.addItem("", None)
        for code, _name in countries():
            self.citizenship.addItem("", code)
        self.citizenship.setMaxVisibleItems(20)
        self.sex_label, self.age_label, self.citizenship_label = QLabel(self), QLabel(self), QLabel(self)
        for label, field in ((self.sex_label, self.sex), (self.age_label, self.age_group),
                             (self.citizenship_label, self.citizenship)):
            label.setBuddy(field)
            self.extra.addRow(label, field)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.layout_.insertWidget(1, self.hint)
        self.retranslate()
        self.sex.setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Anonymous visit"))
        self.heading.setText(self.tr("Anonymous visit"))
        self.hint.setText(self.tr("For a person who does not consent to registration. No name is kept: only "
                                  "what the service figures need."))
        self.sex_label.setText(self.tr("Se&x:"))
        self.sex.setPlaceholderText(self.tr("Choose…"))
        for i, value in enumerate(Sex):
            self.sex.setItemText(i, enum_text(value))
        self.age_label.setText(self.tr("&Age group:"))
        self.age_group.setItemText(0, self.tr("— not known —"))
        self.citizenship_label.setText(self.tr("&Citizenship:"))
        self.citizenship.setItemText(0, self.tr("— not given —"))
        for i, (code, name) in enumerate(countries(), start=1):
            self.citizenship.setItemText(i, f"{name} ({code})")

    def _record(self) -> uuid.UUID:
        sex = self.sex.currentData() if self.sex.currentIndex() >= 0 else Sex.OTHER
        return visits.record_anonymous_visit(self.ctx.db, self.ctx.actor, sex, self.age_group.currentData(),
                                             self.citizenship.currentData(), self.reasons.selected(),
                                             self.note.text())


__all__ = ["AnonymousVisitDialog", "RecordVisitDialog"]
