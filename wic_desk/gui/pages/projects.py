"""Projects and their indicators, for coordinators and administrators.

The upper table lists the projects (the current one in bold); the lower one the indicators of the
project chosen. ``ProjectDialog`` adds or edits a project (name, donor, funding line in Polish and
English, period, what counts as stable employment, age groups); ``IndicatorDialog`` adds or edits
an indicator (code, title, target, counting rule and what it is limited to: the kinds it counts,
a tag such as "Skovoroda Fest 2023", chosen activities, visit reasons, consultation kinds, as far as
the rule reads them). Everything loads and
saves in the background through ``services.projects``, which checks the role again.
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wic_desk.domain.enums import ContractKind, ServiceCategory
from wic_desk.domain.errors import UserError, ValidationError
from wic_desk.gui.context import AppContext
from wic_desk.gui.i18n import enum_text
from wic_desk.gui.models.base import RowRole, SortProxy
from wic_desk.gui.models.dashboard import kind_text
from wic_desk.gui.models.display import date_text
from wic_desk.gui.models.projects import IndicatorsModel, ProjectsModel
from wic_desk.gui.pages.consultation import date_edit, error_label, from_qdate
from wic_desk.gui.widgets.desk_feedback import failure_text
from wic_desk.gui.widgets.form_errors import as_user_error, show_user_error
from wic_desk.gui.widgets.person_form import ERROR_STYLE
from wic_desk.services import projects
from wic_desk.services.projects import IndicatorInput, IndicatorRow, ProjectInput, ProjectRow


def _table(parent: QWidget, name: str, model, stretch: int) -> tuple[QTableView, SortProxy]:
    proxy = SortProxy(parent)
    proxy.setSourceModel(model)
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view, proxy


class _SavingDialog(QDialog):
    """What both dialogs share: field error labels, a general one, saving in the background."""

    saved = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._busy = False
        self.errors: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self.general = QLabel(self)
        self.general.setObjectName("generalError")
        self.general.setStyleSheet(ERROR_STYLE)
        self.general.setWordWrap(True)
        self.general.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def _row(self, form: QFormLayout, key: str, label: QLabel, widget: QWidget | QHBoxLayout,
             focus: QWidget | None = None) -> None:
        box = QVBoxLayout()
        box.setSpacing(1)
        if isinstance(widget, QWidget):
            box.addWidget(widget)
        else:
            box.addLayout(widget)
        error = error_label(self, key)
        error.hide()
        box.addWidget(error)
        form.addRow(label, box)
        self.errors[key] = error
        self.fields[key] = focus or widget  # type: ignore[assignment]
        label.setBuddy(focus or widget)  # type: ignore[arg-type]

    def job(self):  # the background call; returns what ``saved`` carries
        raise NotImplementedError

    def check(self) -> None:
        """Checks worth doing before a round trip (raise ValidationError); the service checks all."""

    def save(self) -> None:
        if self._busy:
            return
        try:
            self.check()
            job = self.job()
        except UserError as exc:
            self.show_error(exc)
            return
        self._busy = True
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self.ctx.runner.run_in_background(lambda _p: job(), self._saved, self._failed)

    def _saved(self, result) -> None:
        self._busy = False
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        if not isinstance(exc, UserError):
            failure_text(exc)  # logs the bug with its traceback
        self.show_error(as_user_error(exc))

    def show_error(self, exc: UserError) -> None:
        field = show_user_error(exc, self.errors, self.general)
        if field in self.fields:
            self.fields[field].setFocus()


class ProjectDialog(_SavingDialog):
    """Add a project (``row`` None) or edit one; ``saved`` carries the project's id."""

    def __init__(self, ctx: AppContext, row: ProjectRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("ProjectDialog")
        self.row = row
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.labels = {k: QLabel(self) for k in ("name", "donor", "funding_line_pl", "funding_line_en",
                                                 "period_end", "stable_rule", "age_brackets")}
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setMinimumWidth(480)
        self.donor_edit = QLineEdit(self)
        self.donor_edit.setObjectName("donorEdit")
        self.funding_pl = QPlainTextEdit(self)
        self.funding_pl.setObjectName("fundingPl")
        self.funding_en = QPlainTextEdit(self)
        self.funding_en.setObjectName("fundingEn")
        for edit in (self.funding_pl, self.funding_en):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
        period = QHBoxLayout()
        today = dt.date.today()
        self.period_start = date_edit(self, row.period_start if row else today)
        self.period_start.setObjectName("periodStart")
        self.period_end = date_edit(self, row.period_end if row else today.replace(year=today.year + 1))
        self.period_end.setObjectName("periodEnd")
        self.until_label = QLabel(self)
        period.addWidget(self.period_start)
        period.addWidget(self.until_label)
        period.addWidget(self.period_end)
        period.addStretch(1)
        stable = QVBoxLayout()
        kinds_row = QHBoxLayout()
        self.contract_checks: dict[str, QCheckBox] = {}
        for kind in ContractKind:
            check = QCheckBox(self)
            check.setObjectName(f"stable_{kind.value}")
            self.contract_checks[kind.value] = check
            kinds_row.addWidget(check)
        kinds_row.addStretch(1)
        months_row = QHBoxLayout()
        self.min_months_check = QCheckBox(self)
        self.min_months_check.setObjectName("minMonthsCheck")
        self.min_months = QSpinBox(self)
        self.min_months.setObjectName("minMonths")
        self.min_months.setRange(1, 60)
        self.min_months_check.toggled.connect(self.min_months.setEnabled)
        months_row.addWidget(self.min_months_check)
        months_row.addWidget(self.min_months)
        months_row.addStretch(1)
        stable.addLayout(kinds_row)
        stable.addLayout(months_row)
        self.ages_edit = QLineEdit(self)
        self.ages_edit.setObjectName("agesEdit")
        self._row(form, "name", self.labels["name"], self.name_edit)
        self._row(form, "donor", self.labels["donor"], self.donor_edit)
        self._row(form, "funding_line_pl", self.labels["funding_line_pl"], self.funding_pl)
        self._row(form, "funding_line_en", self.labels["funding_line_en"], self.funding_en)
        self._row(form, "period_end", self.labels["period_end"], period, self.period_end)
        self._row(form, "stable_rule", self.labels["stable_rule"], stable, self.contract_checks["employment"])
        self._row(form, "age_brackets", self.labels["age_brackets"], self.ages_edit)
        self.current_check = QCheckBox(self)
        self.current_check.setObjectName("currentCheck")
        layout.addLayout(form)
        layout.addWidget(self.current_check)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        self._fill(row)
        self.retranslate()
        self.name_edit.setFocus()

    def _fill(self, row: ProjectRow | None) -> None:
        kinds = row.stable_contract_kinds if row else ("employment",)
        months = row.stable_min_months if row else 3
        for code, check in self.contract_checks.items():
            check.setChecked(code in kinds)
        self.min_months_check.setChecked(months is not None)
        self.min_months.setValue(months or 3)
        self.min_months.setEnabled(months is not None)
        self.ages_edit.setText(projects.format_age_brackets(row.age_brackets if row
                                                            else projects.DEFAULT_AGE_BRACKETS))
        self.current_check.setVisible(row is None or not row.current)
        if row is None:
            return
        self.name_edit.setText(row.name)
        self.donor_edit.setText(row.donor or "")
        self.funding_pl.setPlainText(row.funding_line_pl or "")
        self.funding_en.setPlainText(row.funding_line_en or "")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New project") if self.row is None
                            else self.tr("Project: {name}").format(name=self.row.name))
        texts = {"name": self.tr("&Name:"), "donor": self.tr("&Donor:"),
                 "funding_line_pl": self.tr("Funding line (&Polish):"),
                 "funding_line_en": self.tr("Funding line (&English):"), "period_end": self.tr("P&eriod:"),
                 "stable_rule": self.tr("&Stable employment:"), "age_brackets": self.tr("&Age groups:")}
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.until_label.setText("–")
        for code, check in self.contract_checks.items():
            check.setText(enum_text(ContractKind(code)))
        self.min_months_check.setText(self.tr("or any contract expected to last at least (months):"))
        self.ages_edit.setPlaceholderText(self.tr("for example 0-4, 5-11, 12-17, 18-59, 60+"))
        self.ages_edit.setToolTip(self.tr("Ages are taken at the person's first service in the reported period."))
        self.current_check.setText(self.tr("Make this the &current project (the dashboard and the reports count it)"))
        self.labels["stable_rule"].setToolTip(self.tr("Applied when an outcome is recorded: outcomes recorded "
                                                      "before a change keep how they were counted."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def data(self) -> ProjectInput:
        return ProjectInput(
            name=self.name_edit.text(), donor=self.donor_edit.text(),
            funding_line_pl=self.funding_pl.toPlainText(), funding_line_en=self.funding_en.toPlainText(),
            period_start=from_qdate(self.period_start.date()), period_end=from_qdate(self.period_end.date()),
            stable_contract_kinds=[c for c, check in self.contract_checks.items() if check.isChecked()],
            stable_min_months=self.min_months.value() if self.min_months_check.isChecked() else None,
            age_brackets=projects.parse_age_brackets(self.ages_edit.text()))

    def job(self):
        data = self.data()
        db, actor, row = self.ctx.db, self.ctx.actor, self.row
        make_current = not self.current_check.isHidden() and self.current_check.isChecked()
        if row is None:
            return lambda: projects.create_project(db, actor, data, make_current=make_current)

        def update() -> uuid.UUID:
            projects.update_project(db, actor, row.id, data)
            if make_current and not row.current:
                projects.set_current(db, actor, row.id)
            return row.id
        return update


class IndicatorDialog(_SavingDialog):
    """Add an indicator to a project (``row`` None) or edit one; ``saved`` carries its id."""

    def __init__(self, ctx: AppContext, project: ProjectRow, row: IndicatorRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("IndicatorDialog")
        self.project = project
        self.row = row
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.labels = {k: QLabel(self) for k in ("code", "title", "target", "rule", "rule_arg", "tag", "activities",
                                                 "visit_reasons", "consultation_kinds")}
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("codeEdit")
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setMinimumWidth(460)
        self.target_spin = QSpinBox(self)
        self.target_spin.setObjectName("targetSpin")
        self.target_spin.setRange(0, projects.MAX_TARGET)  # 0: no target yet
        self.target_spin.setGroupSeparatorShown(True)
        self.target_spin.setMaximumWidth(180)
        self.rule_combo = QComboBox(self)
        self.rule_combo.setObjectName("ruleCombo")
        self.kinds_list = QListWidget(self)
        self.kinds_list.setObjectName("kindsList")
        self.kinds_hint = QLabel(self)
        self.kinds_hint.setWordWrap(True)
        kinds_box = QVBoxLayout()
        kinds_box.addWidget(self.kinds_list)
        kinds_box.addWidget(self.kinds_hint)
        self._row(form, "code", self.labels["code"], self.code_edit)
        self._row(form, "title", self.labels["title"], self.title_edit)
        self._row(form, "target", self.labels["target"], self.target_spin)
        self._row(form, "rule", self.labels["rule"], self.rule_combo)
        self._row(form, "rule_arg", self.labels["rule_arg"], kinds_box, self.kinds_list)
        # the rest of the scope, shown as far as the rule reads it (``projects.scope_limits``)
        self.tag_combo = QComboBox(self)
        self.tag_combo.setObjectName("tagCombo")
        self.tag_combo.setEditable(True)
        self.tag_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.tag_combo.lineEdit().setMaxLength(projects.MAX_TAG)
        self._row(form, "tag", self.labels["tag"], self.tag_combo)
        self.activities_list = QListWidget(self)
        self.activities_list.setObjectName("activitiesList")
        self.activities_hint = QLabel(self)
        self.activities_hint.setWordWrap(True)
        activities_box = QVBoxLayout()
        activities_box.addWidget(self.activities_list)
        activities_box.addWidget(self.activities_hint)
        self._row(form, "activities", self.labels["activities"], activities_box, self.activities_list)
        self.reasons_list = QListWidget(self)
        self.reasons_list.setObjectName("reasonsList")
        self._row(form, "visit_reasons", self.labels["visit_reasons"], self.reasons_list)
        self.consultation_list = QListWidget(self)
        self.consultation_list.setObjectName("consultationKindsList")
        self.services_hint = QLabel(self)
        self.services_hint.setWordWrap(True)
        services_box = QVBoxLayout()
        services_box.addWidget(self.consultation_list)
        services_box.addWidget(self.services_hint)
        self._row(form, "consultation_kinds", self.labels["consultation_kinds"], services_box, self.consultation_list)
        self._scope_widgets = {"tag": (self.tag_combo,), "activities": (self.activities_list, self.activities_hint),
                               "visit_reasons": (self.reasons_list,),
                               "consultation_kinds": (self.consultation_list, self.services_hint)}
        scope = row.scope if row is not None else None
        self._checkable(self.reasons_list, [(code, enum_text(ServiceCategory(code)))
                                            for code in projects.SCOPE_VALUES["visit_reasons"]],
                        set(scope.visit_reasons) if scope else set())
        self._checkable(self.consultation_list, [(code, kind_text(code))
                                                 for code in projects.SCOPE_VALUES["consultation_kinds"]],
                        set(scope.consultation_kinds) if scope else set())
        self._chosen_activities = set(scope.activities) if scope else set()
        self._chosen_tag = (scope.tag if scope else None) or ""
        self.tag_combo.addItem("")
        self.tag_combo.setCurrentText(self._chosen_tag)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        for info in projects.rule_choices():
            self.rule_combo.addItem("", info.code)
        self.rule_combo.currentIndexChanged.connect(self._rule_changed)
        if row is not None:
            self.code_edit.setText(row.code)
            self.title_edit.setText(row.title)
            self.target_spin.setValue(row.target)
            self.rule_combo.setCurrentIndex(max(0, self.rule_combo.findData(row.rule)))
        else:
            self.target_spin.setValue(10)
        self._rule_changed(chosen=self._kinds_of(row))
        self.retranslate()
        (self.title_edit if row else self.code_edit).setFocus()
        self._load_choices()

    @staticmethod
    def _kinds_of(row: IndicatorRow | None) -> list[str]:
        """The kinds list's ticks: the scope's kinds of the rule's argument."""
        if row is None:
            return []
        info = projects.RULE_INFO.get(row.rule)
        if info is None or info.argument == projects.ARG_NONE:
            return []
        return list(getattr(row.scope, info.argument))

    @staticmethod
    def _checkable(widget: QListWidget, items: list[tuple[str, str]], chosen: set[str]) -> None:
        widget.clear()
        for code, text in items:
            item = QListWidgetItem(text, widget)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked)
        if items:
            widget.setFixedHeight(widget.sizeHintForRow(0) * min(len(items), 8) + 6)

    @staticmethod
    def _checked(widget: QListWidget) -> list[str]:
        return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked]

    def _load_choices(self) -> None:
        """The tags in use and the activities to choose from, in the background."""
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.runner.run_in_background(
            lambda _p: (projects.tags_in_use(db, actor), projects.activity_choices(db, actor)),
            self._show_choices, lambda _exc: None)

    def _show_choices(self, result) -> None:
        tags, choices = result
        current = self.tag_combo.currentText()
        self.tag_combo.clear()
        self.tag_combo.addItem("")
        for tag in tags:
            self.tag_combo.addItem(tag)
        self.tag_combo.setCurrentText(current)
        chosen = set(self.chosen_activities()) | self._chosen_activities
        items = []
        for c in choices:
            parts = [c.title, kind_text(c.kind)]
            if c.first_date is not None:
                parts.append(date_text(c.first_date))
            if c.tag:
                parts.append(c.tag)
            items.append((str(c.id), " · ".join(parts)))
        self._checkable(self.activities_list, items, chosen)

    def chosen_activities(self) -> list[str]:
        return self._checked(self.activities_list)

    def set_activities(self, ids) -> None:
        wanted = {str(i) for i in ids}
        for i in range(self.activities_list.count()):
            item = self.activities_list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in wanted
                               else Qt.CheckState.Unchecked)

    def chosen_reasons(self) -> list[str]:
        return self._checked(self.reasons_list)

    def chosen_consultation_kinds(self) -> list[str]:
        return self._checked(self.consultation_list)

    def set_codes(self, widget: QListWidget, codes) -> None:
        wanted = set(codes)
        for i in range(widget.count()):
            item = widget.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in wanted
                               else Qt.CheckState.Unchecked)

    def scope(self) -> dict:
        """The scope as chosen, the parts the rule reads (the kinds list goes as ``rule_arg``)."""
        limits = projects.scope_limits(self.rule_combo.currentData())
        info = projects.RULE_INFO.get(self.rule_combo.currentData())
        out: dict = {}
        if "tag" in limits and self.tag_combo.currentText().strip():
            out["tag"] = self.tag_combo.currentText().strip()
        if "activities" in limits and self.chosen_activities():
            out["activities"] = self.chosen_activities()
        if "visit_reasons" in limits and self.chosen_reasons():
            out["visit_reasons"] = self.chosen_reasons()
        if "consultation_kinds" in limits and (info is None or info.argument != "consultation_kinds") \
                and self.chosen_consultation_kinds():
            out["consultation_kinds"] = self.chosen_consultation_kinds()
        return out

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New indicator") if self.row is None
                            else self.tr("Indicator: {title}").format(title=self.row.title))
        texts = {"code": self.tr("&Code:"), "title": self.tr("&Title:"), "target": self.tr("T&arget:"),
                 "rule": self.tr("Counted &as:"), "rule_arg": self.tr("&Kinds counted:")}
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.code_edit.setPlaceholderText(self.tr("small letters, digits and _, e.g. language_club"))
        for i, info in enumerate(projects.rule_choices()):
            self.rule_combo.setItemText(i, QCoreApplication.translate("Rules", info.label))
        for i in range(self.kinds_list.count()):
            item = self.kinds_list.item(i)
            item.setText(kind_text(item.data(Qt.ItemDataRole.UserRole)))
        self.kinds_hint.setText(self.tr("None ticked: every kind counts."))
        self.labels["tag"].setText(self.tr("Ta&g (event):"))
        self.tag_combo.lineEdit().setPlaceholderText(self.tr("none: every event, e.g. Skovoroda Fest 2023"))
        self.tag_combo.setToolTip(self.tr("Only activities carrying this tag count (the tag is set on the activity)."))
        self.labels["activities"].setText(self.tr("Activit&ies:"))
        self.activities_hint.setText(self.tr("None ticked: every activity counts (of the kinds and tag chosen)."))
        self.labels["visit_reasons"].setText(self.tr("&Visit reasons:"))
        self.labels["consultation_kinds"].setText(self.tr("C&onsultation kinds:"))
        self.services_hint.setText(self.tr("None ticked in either list: every service counts. Otherwise only the "
                                           "visits for the reasons and the consultations of the kinds ticked."))
        self.target_spin.setSpecialValueText(self.tr("none yet"))
        for i in range(self.reasons_list.count()):
            item = self.reasons_list.item(i)
            item.setText(enum_text(ServiceCategory(item.data(Qt.ItemDataRole.UserRole))))
        for i in range(self.consultation_list.count()):
            item = self.consultation_list.item(i)
            item.setText(kind_text(item.data(Qt.ItemDataRole.UserRole)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _rule_changed(self, _index: int = 0, chosen: list[str] | None = None) -> None:
        keep = set(chosen) if chosen is not None else set(self.chosen_kinds())
        self.kinds_list.clear()
        values = projects.argument_values(self.rule_combo.currentData())
        for code in values:
            item = QListWidgetItem(kind_text(code), self.kinds_list)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in keep else Qt.CheckState.Unchecked)
        has_kinds = bool(values)
        self.kinds_list.setVisible(has_kinds)
        self.kinds_hint.setVisible(has_kinds)
        self.labels["rule_arg"].setVisible(has_kinds)
        if has_kinds:
            rows = min(len(values), 8)
            self.kinds_list.setFixedHeight(self.kinds_list.sizeHintForRow(0) * rows + 6)
        limits = set(projects.scope_limits(self.rule_combo.currentData()))
        info = projects.RULE_INFO.get(self.rule_combo.currentData())
        if info is not None and info.argument in limits:
            limits.discard(info.argument)  # in the kinds list above
        for key, widgets in self._scope_widgets.items():
            for widget in (*widgets, self.labels[key]):
                widget.setVisible(key in limits)

    def chosen_kinds(self) -> list[str]:
        return [self.kinds_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.kinds_list.count())
                if self.kinds_list.item(i).checkState() == Qt.CheckState.Checked]

    def set_kinds(self, codes: list[str]) -> None:
        for i in range(self.kinds_list.count()):
            item = self.kinds_list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in codes
                               else Qt.CheckState.Unchecked)

    def data(self) -> IndicatorInput:
        return IndicatorInput(code=self.code_edit.text().strip(), title=self.title_edit.text(),
                              target=self.target_spin.value(), rule=self.rule_combo.currentData(),
                              rule_arg=",".join(self.chosen_kinds()) or None, scope=self.scope() or None)

    def check(self) -> None:
        if not self.code_edit.text().strip():
            raise ValidationError("code", projects.REQUIRED)
        if not self.title_edit.text().strip():
            raise ValidationError("title", projects.REQUIRED)

    def job(self):
        data = self.data()
        db, actor = self.ctx.db, self.ctx.actor
        if self.row is None:
            project_id = self.project.id
            return lambda: projects.add_indicator(db, actor, project_id, data)
        indicator_id = self.row.id

        def update() -> uuid.UUID:
            projects.update_indicator(db, actor, indicator_id, data)
            return indicator_id
        return update


class ProjectsPage(QWidget):
    """Coordinators' and administrators' projects and indicators. ``refresh()`` reloads."""

    changed = Signal()  # a project or an indicator was saved: the dashboard may refresh

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProjectsPage")
        self.ctx = ctx
        self._select_project: uuid.UUID | None = None
        self._select_indicator: uuid.UUID | None = None
        self.dialog: QDialog | None = None
        self._build()
        self.retranslate()
        self._update_buttons()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.projects_box = QGroupBox(splitter)
        top = QVBoxLayout(self.projects_box)
        self.projects_model = ProjectsModel(self)
        self.projects_view, self.projects_proxy = _table(self.projects_box, "projectsView", self.projects_model,
                                                         ProjectsModel.NAME)
        top.addWidget(self.projects_view)
        buttons = QHBoxLayout()
        self.new_project_button = QPushButton(self.projects_box)
        self.edit_project_button = QPushButton(self.projects_box)
        self.current_button = QPushButton(self.projects_box)
        self.refresh_button = QPushButton(self.projects_box)
        self.refresh_button.setShortcut("F5")
        for b in (self.new_project_button, self.edit_project_button, self.current_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        top.addLayout(buttons)

        self.indicators_box = QGroupBox(splitter)
        bottom = QVBoxLayout(self.indicators_box)
        self.indicators_model = IndicatorsModel(self)
        self.indicators_view, self.indicators_proxy = _table(self.indicators_box, "indicatorsView",
                                                             self.indicators_model, IndicatorsModel.TITLE)
        self.indicators_view.setSortingEnabled(False)  # shown in the project's own order
        bottom.addWidget(self.indicators_view)
        ibuttons = QHBoxLayout()
        self.add_indicator_button = QPushButton(self.indicators_box)
        self.edit_indicator_button = QPushButton(self.indicators_box)
        self.remove_indicator_button = QPushButton(self.indicators_box)
        self.up_button = QPushButton(self.indicators_box)
        self.down_button = QPushButton(self.indicators_box)
        for b in (self.add_indicator_button, self.edit_indicator_button, self.remove_indicator_button,
                  self.up_button, self.down_button):
            ibuttons.addWidget(b)
        ibuttons.addStretch(1)
        bottom.addLayout(ibuttons)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setWordWrap(True)
        self.status.hide()
        layout.addWidget(self.status)

        self.projects_view.selectionModel().selectionChanged.connect(self._project_chosen)
        self.indicators_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.projects_view.doubleClicked.connect(lambda _i: self.edit_project())
        self.indicators_view.doubleClicked.connect(lambda _i: self.edit_indicator())
        self.new_project_button.clicked.connect(self.new_project)
        self.edit_project_button.clicked.connect(self.edit_project)
        self.current_button.clicked.connect(self.make_current)
        self.refresh_button.clicked.connect(self.refresh)
        self.add_indicator_button.clicked.connect(self.add_indicator)
        self.edit_indicator_button.clicked.connect(self.edit_indicator)
        self.remove_indicator_button.clicked.connect(self.remove_indicator)
        self.up_button.clicked.connect(lambda: self.move_indicator(-1))
        self.down_button.clicked.connect(lambda: self.move_indicator(1))

    def retranslate(self) -> None:
        self.projects_box.setTitle(self.tr("Projects"))
        self.new_project_button.setText(self.tr("&New project…"))
        self.edit_project_button.setText(self.tr("&Edit project…"))
        self.current_button.setText(self.tr("Make &current"))
        self.refresh_button.setText(self.tr("Refresh (F5)"))
        self.add_indicator_button.setText(self.tr("&Add indicator…"))
        self.edit_indicator_button.setText(self.tr("Edit &indicator…"))
        self.remove_indicator_button.setText(self.tr("&Remove indicator"))
        self.up_button.setText(self.tr("Move &up"))
        self.down_button.setText(self.tr("Move &down"))
        self._show_indicators_title()
        self.projects_model.retranslate()
        self.indicators_model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    # -- loading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.ctx.actor is None:
            return
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.runner.run_in_background(lambda _p: projects.list_projects(db, actor), self._loaded, self._failed)

    def _loaded(self, rows: list[ProjectRow]) -> None:
        keep = self._select_project or (self.selected_project().id if self.selected_project() else None)
        keep_indicator = self._select_indicator or (self.selected_indicator().id if self.selected_indicator()
                                                    else None)
        self._select_project = self._select_indicator = None
        self.projects_model.set_rows(rows)
        self.status.hide()
        if not self._select(self.projects_view, self.projects_proxy, self.projects_model, keep) and rows:
            current = next((r.id for r in rows if r.current), rows[0].id)
            self._select(self.projects_view, self.projects_proxy, self.projects_model, current)
        self._project_chosen()
        if keep_indicator is not None:
            self._select(self.indicators_view, self.indicators_proxy, self.indicators_model, keep_indicator)
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(failure_text(exc))
        self.status.show()
        self._update_buttons()

    @staticmethod
    def _select(view: QTableView, proxy: SortProxy, model, record_id: uuid.UUID | None) -> bool:
        if record_id is None:
            return False
        row = model.row_of_id(record_id)
        if row < 0:
            return False
        index = proxy.mapFromSource(model.index(row, 0))
        view.selectRow(index.row())
        view.scrollTo(index)
        return True

    # -- selection -------------------------------------------------------------------------------

    def selected_project(self) -> ProjectRow | None:
        rows = self.projects_view.selectionModel().selectedRows()
        return rows[0].data(RowRole) if rows else None

    def selected_indicator(self) -> IndicatorRow | None:
        rows = self.indicators_view.selectionModel().selectedRows()
        return rows[0].data(RowRole) if rows else None

    def _project_chosen(self, *_args) -> None:
        project = self.selected_project()
        self.indicators_model.set_rows(project.indicators if project else [])
        self._show_indicators_title()
        self._update_buttons()

    def _show_indicators_title(self) -> None:
        project = self.selected_project()
        self.indicators_box.setTitle(self.tr("Indicators of {project}").format(project=project.name) if project
                                     else self.tr("Indicators"))

    def _update_buttons(self, *_args) -> None:
        project = self.selected_project()
        indicator = self.selected_indicator()
        self.edit_project_button.setEnabled(project is not None)
        self.current_button.setEnabled(project is not None and not project.current)
        self.add_indicator_button.setEnabled(project is not None)
        for b in (self.edit_indicator_button, self.remove_indicator_button, self.up_button, self.down_button):
            b.setEnabled(indicator is not None)

    # -- actions ---------------------------------------------------------------------------------

    def _open(self, dialog: _SavingDialog, select_project: bool) -> _SavingDialog:
        def saved(record_id) -> None:
            if select_project:
                self._select_project = record_id
            else:
                self._select_indicator = record_id
            self.changed.emit()
            self.refresh()
        dialog.saved.connect(saved)
        self.dialog = dialog
        dialog.open()
        return dialog

    def new_project(self) -> ProjectDialog:
        return self._open(ProjectDialog(self.ctx, None, self), True)  # type: ignore[return-value]

    def edit_project(self) -> ProjectDialog | None:
        project = self.selected_project()
        if project is None:
            return None
        return self._open(ProjectDialog(self.ctx, project, self), True)  # type: ignore[return-value]

    def add_indicator(self) -> IndicatorDialog | None:
        project = self.selected_project()
        if project is None:
            return None
        return self._open(IndicatorDialog(self.ctx, project, None, self), False)  # type: ignore[return-value]

    def edit_indicator(self) -> IndicatorDialog | None:
        project, indicator = self.selected_project(), self.selected_indicator()
        if project is None or indicator is None:
            return None
        return self._open(IndicatorDialog(self.ctx, project, indicator, self), False)  # type: ignore[return-value]

    def _run(self, call, select_indicator: uuid.UUID | None = None) -> None:
        def done(_result) -> None:
            self._select_indicator = select_indicator
            self.changed.emit()
            self.refresh()
        self.ctx.runner.run_in_background(lambda _p: call(), done, self._failed)

    def make_current(self) -> None:
        project = self.selected_project()
        if project is None or project.current:
            return
        db, actor = self.ctx.db, self.ctx.actor
        self._select_project = project.id
        self._run(lambda: projects.set_current(db, actor, project.id))

    def confirm_remove(self, indicator: IndicatorRow) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Remove indicator"),
            self.tr("Remove the indicator “{title}” from the dashboard and the reports?").format(
                title=indicator.title))
        return answer == QMessageBox.StandardButton.Yes

    def remove_indicator(self) -> None:
        """The indicator is tombstoned (its record stays), after a question."""
        indicator = self.selected_indicator()
        if indicator is None or not self.confirm_remove(indicator):
            return
        db, actor = self.ctx.db, self.ctx.actor
        self._run(lambda: projects.remove_indicator(db, actor, indicator.id))

    def move_indicator(self, step: int) -> None:
        indicator = self.selected_indicator()
        if indicator is None:
            return
        db, actor = self.ctx.db, self.ctx.actor
        self._run(lambda: projects.move_indicator(db, actor, indicator.id, step), indicator.id)
