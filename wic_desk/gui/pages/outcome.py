"""Recording that a person obtained work (``services.outcomes.record``).

Whether the job counts as stable employment is decided by the service from the project's rule
(e.g. an employment contract, or any contract expected to last at least three months); the
person's page shows the answer once the outcome is stored. Saving runs in the background and the
dialog closes once the outcome is stored (``outcome_id`` holds it). Enter or Ctrl+Enter saves,
Escape cancels.
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wic_desk.domain.enums import ContractKind
from wic_desk.domain.errors import ValidationError
from wic_desk.gui.context import AppContext
from wic_desk.gui.i18n import enum_text, error_text
from wic_desk.gui.pages.consultation import date_edit, error_label, from_qdate
from wic_desk.gui.widgets.desk_feedback import failure_text
from wic_desk.services import outcomes
from wic_desk.services.context import Actor

RECORD_KEYS = "Ctrl+J"
ERROR_FIELDS = ("start_date", "employer", "contract_kind", "hours_per_week", "duration_months")


def may_record(actor: Actor | None) -> bool:
    return actor is not None and actor.role in outcomes.RECORDERS


class OutcomeDialog(QDialog):
    """Start date, employer, contract kind, hours a week, expected length, evidence seen."""

    def __init__(self, ctx: AppContext, person_id: uuid.UUID, person_label: str, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OutcomeDialog")
        self.ctx = ctx
        self.person_id = person_id
        self.person_label = person_label
        self.today = today or dt.date.today()
        self.outcome_id: uuid.UUID | None = None
        self._saving = False
        self._build()
        self.retranslate()
        self.start_date.setFocus()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors = {name: error_label(self, name) for name in ERROR_FIELDS}
        self.labels: dict[str, QLabel] = {}

        self.start_date = date_edit(self, self.today)
        self.start_date.setObjectName("startDate")
        self.employer = QLineEdit(self)
        self.employer.setObjectName("employer")
        self.employer.setMaxLength(200)
        self.contract_kind = QComboBox(self)
        self.contract_kind.setObjectName("contractKind")
        for kind in ContractKind:
            self.contract_kind.addItem("", kind)
        self.hours = QSpinBox(self)
        self.hours.setObjectName("hoursPerWeek")
        self.hours.setRange(0, 80)
        self.hours.setValue(0)
        self.duration = QSpinBox(self)
        self.duration.setObjectName("durationMonths")
        self.duration.setRange(0, 120)
        self.duration.setValue(0)
        self.evidence = QCheckBox(self)
        self.evidence.setObjectName("evidenceSeen")
        for name, field in (("start_date", self.start_date), ("employer", self.employer),
                            ("contract_kind", self.contract_kind), ("hours_per_week", self.hours),
                            ("duration_months", self.duration)):
            label = QLabel(self)
            label.setBuddy(field)
            self.labels[name] = label
            form.addRow(label, field)
            form.addRow("", self.errors[name])
        form.addRow("", self.evidence)
        layout.addLayout(form)
        self.rule_hint = QLabel(self)
        self.rule_hint.setObjectName("ruleHint")
        self.rule_hint.setWordWrap(True)
        layout.addWidget(self.rule_hint)
        layout.addStretch(1)
        self.error = error_label(self, "general")
        self.error.setObjectName("error")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("saveButton")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button in self.buttons.buttons():
            button.setAutoDefault(False)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        self.setMinimumWidth(500)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record employment"))
        self.heading.setText(self.tr("Employment of {name}").format(name=self.person_label))
        texts = {"start_date": self.tr("&Start date:"), "employer": self.tr("&Employer:"),
                 "contract_kind": self.tr("&Contract:"), "hours_per_week": self.tr("&Hours a week:"),
                 "duration_months": self.tr("Expected &length:")}
        for name, text in texts.items():
            self.labels[name].setText(text)
        for i in range(self.contract_kind.count()):
            self.contract_kind.setItemText(i, enum_text(ContractKind(self.contract_kind.itemData(i))))
        self.employer.setPlaceholderText(self.tr("Company or institution (optional)"))
        self.hours.setSpecialValueText(self.tr("not given"))
        self.duration.setSpecialValueText(self.tr("open-ended"))
        self.duration.setSuffix(self.tr(" month(s)"))
        self.evidence.setText(self.tr("E&vidence seen (contract or certificate)"))
        self.rule_hint.setText(self.tr("Whether this counts as stable employment is decided by the project's "
                                       "rule and shown on the person's page."))
        self.save_button.setText(self.tr("Save (Enter)"))
        self.cancel_button.setText(self.tr("Cancel (Esc)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def outcome_input(self) -> outcomes.OutcomeInput:
        return outcomes.OutcomeInput(
            start_date=from_qdate(self.start_date.date()),
            contract_kind=self.contract_kind.currentData(),
            employer=self.employer.text(),
            hours_per_week=self.hours.value() or None,
            duration_months=self.duration.value() or None,
            evidence_seen=self.evidence.isChecked(),
        )

    def accept(self) -> None:
        if self._saving:
            return
        for label in (*self.errors.values(), self.error):
            label.clear()
            label.hide()
        data = self.outcome_input()
        self._saving = True
        self.save_button.setEnabled(False)
        db, actor, person_id, today = self.ctx.db, self.ctx.actor, self.person_id, self.today
        self.ctx.runner.run_in_background(lambda _p: outcomes.record(db, actor, person_id, data, today=today),
                                          self._saved, self._failed)

    def _saved(self, outcome_id: uuid.UUID) -> None:
        self._saving = False
        self.outcome_id = outcome_id
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError) and exc.field in self.errors:
            self.errors[exc.field].setText(error_text(exc))
            self.errors[exc.field].show()
            return
        self.error.setText(failure_text(exc))
        self.error.show()


__all__ = ["OutcomeDialog", "may_record"]
