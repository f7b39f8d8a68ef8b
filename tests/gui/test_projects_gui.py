"""The projects page: coordinators edit projects and indicators through the dialogs, and the
dashboard shows the new targets."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from wic_desk.domain.enums import Role
from wic_desk.gui.context import AppContext
from wic_desk.gui.models.projects import IndicatorsModel, ProjectsModel, kinds_text, rule_text
from wic_desk.gui.pages.dashboard import DashboardPage
from wic_desk.gui.pages.projects import IndicatorDialog, ProjectDialog, ProjectsPage
from wic_desk.gui.tasks import ImmediateRunner
from wic_desk.services import projects, reports
from wic_desk.services.setup import SEED_INDICATORS

N_SEED = len(SEED_INDICATORS)


@pytest.fixture
def coordinator_ctx(db, admin, make_staff):
    return AppContext(db=db, runner=ImmediateRunner(), actor=make_staff(Role.COORDINATOR))


@pytest.fixture
def page(qtbot, coordinator_ctx):
    widget = ProjectsPage(coordinator_ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 740)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def save(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def select_indicator(page: ProjectsPage, code: str) -> None:
    model = page.indicators_model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).code == code)
    page.indicators_view.selectRow(page.indicators_proxy.mapFromSource(model.index(row, 0)).row())


def test_the_page_shows_the_current_project_and_its_indicators(page):
    assert page.projects_model.rowCount() == 1
    assert page.selected_project().current
    assert page.indicators_model.rowCount() == N_SEED
    assert page.indicators_box.title().startswith("Indicators of Centrum Integracji")
    assert not page.current_button.isEnabled()  # it is current already
    assert not page.edit_indicator_button.isEnabled()
    select_indicator(page, "language_club")
    assert page.edit_indicator_button.isEnabled()
    row = page.indicators_proxy.index(page.indicators_view.currentIndex().row(), IndicatorsModel.RULE)
    assert row.data() == "Sessions held (meetings with someone present)"


def test_editing_a_target_changes_the_dashboard(qtbot, page, coordinator_ctx):
    dashboard = DashboardPage(coordinator_ctx, today=dt.date(2024, 3, 20))
    qtbot.addWidget(dashboard)
    dashboard.refresh()
    assert dashboard.indicator_widgets["language_club"].target_label.text() == "12"

    select_indicator(page, "language_club")
    dialog = page.edit_indicator()
    assert isinstance(dialog, IndicatorDialog)
    assert dialog.code_edit.text() == "language_club" and dialog.target_spin.value() == 12
    assert dialog.chosen_kinds() == ["language_club"]
    dialog.target_spin.setValue(24)
    with qtbot.waitSignal(page.changed):
        save(dialog)
    assert not dialog.isVisible()
    assert page.selected_indicator().target == 24  # reloaded, the same row still chosen
    dashboard.refresh()
    assert dashboard.indicator_widgets["language_club"].target_label.text() == "24"
    assert dashboard.indicator_widgets["language_club"].percent_label.text() == "0 %"


def test_adding_an_indicator_puts_it_on_the_dashboard(qtbot, page, coordinator_ctx):
    dialog = page.add_indicator()
    dialog.code_edit.setText("legal_consultations")
    dialog.title_edit.setText("Konsultacje prawne")
    dialog.target_spin.setValue(150)
    dialog.rule_combo.setCurrentIndex(dialog.rule_combo.findData("consultations"))
    assert dialog.kinds_list.isVisibleTo(dialog)
    dialog.set_kinds(["legal", "lawyer"])
    save(dialog)
    assert page.indicators_model.rowCount() == N_SEED + 1
    added = page.selected_indicator()
    assert (added.code, added.target) == ("legal_consultations", 150)
    assert added.scope == projects.Scope(consultation_kinds=("legal", "lawyer"))
    assert kinds_text(added.rule, added.scope) == "Legal consultation, Lawyer"
    values = {v.code: v for v in reports.indicator_values(coordinator_ctx.db, coordinator_ctx.actor)}
    assert values["legal_consultations"].target == 150
    dashboard = DashboardPage(coordinator_ctx)
    qtbot.addWidget(dashboard)
    dashboard.refresh()
    assert dashboard.indicator_widgets["legal_consultations"].title.text() == "Konsultacje prawne"


def test_a_person_rule_hides_the_kinds(qtbot, page):
    dialog = page.add_indicator()
    dialog.rule_combo.setCurrentIndex(dialog.rule_combo.findData("unique_persons_served"))
    assert not dialog.kinds_list.isVisibleTo(dialog)
    dialog.rule_combo.setCurrentIndex(dialog.rule_combo.findData("activities_held"))
    assert dialog.kinds_list.isVisibleTo(dialog) and dialog.kinds_list.count() == 8
    dialog.close()


def test_the_scope_controls_follow_the_rule_and_are_saved(qtbot, page, coordinator_ctx, db, admin):
    from wic_desk.domain.enums import ActivityKind
    from wic_desk.services import activities
    fest = activities.create(db, admin, activities.ActivityInput(
        kind=ActivityKind.FESTIVAL_WORKSHOP, title="Skovoroda Fest 2023: taniec", tag="Skovoroda Fest 2023",
        sessions=[activities.SessionInput(dt.date(2023, 9, 16), 2)]))
    activities.create(db, admin, activities.ActivityInput(
        kind=ActivityKind.FESTIVAL_WORKSHOP, title="Jarmark", sessions=[activities.SessionInput(dt.date(2023, 12, 9), 3)]))
    dialog = page.add_indicator()
    scope_widgets = (dialog.tag_combo, dialog.activities_list, dialog.reasons_list, dialog.consultation_list)
    dialog.rule_combo.setCurrentIndex(dialog.rule_combo.findData("hours_held"))
    assert [w.isVisibleTo(dialog) for w in scope_widgets] == [True, True, False, False]
    assert [dialog.tag_combo.itemText(i) for i in range(dialog.tag_combo.count())] == ["", "Skovoroda Fest 2023"]
    assert dialog.activities_list.count() == 2
    dialog.rule_combo.setCurrentIndex(dialog.rule_combo.findData("services"))
    assert [w.isVisibleTo(dialog) for w in scope_widgets] == [False, False, True, True]
    assert not dialog.kinds_list.isVisibleTo(dialog)
    dialog.rule_combo.setCurrentIndex(dialog.rule_combo.findData("consultations"))
    # the consultation kinds are the rule's own kinds list
    assert [w.isVisibleTo(dialog) for w in scope_widgets] == [False, False, False, False]
    dialog.rule_combo.setCurrentIndex(dialog.rule_combo.findData("unique_persons_stable_employment"))
    assert [w.isVisibleTo(dialog) for w in scope_widgets] == [False, False, False, False]

    dialog.rule_combo.setCurrentIndex(dialog.rule_combo.findData("hours_held"))
    dialog.code_edit.setText("fest_dance")
    dialog.title_edit.setText("Skovoroda Fest dance hours")
    dialog.target_spin.setValue(0)
    assert dialog.target_spin.text() == "none yet"
    dialog.tag_combo.setCurrentIndex(1)
    dialog.set_kinds(["festival_workshop"])
    dialog.set_activities([fest])
    assert dialog.chosen_activities() == [str(fest)]
    save(dialog)
    assert not dialog.isVisible()
    added = page.selected_indicator()
    assert added.scope == projects.Scope(activities=(str(fest),), tag="Skovoroda Fest 2023",
                                         activity_kinds=("festival_workshop",))
    row = page.indicators_proxy.index(page.indicators_view.currentIndex().row(), IndicatorsModel.KINDS)
    assert row.data() == "Festival workshop; tag: Skovoroda Fest 2023; activities chosen: 1"
    target = page.indicators_proxy.index(page.indicators_view.currentIndex().row(), IndicatorsModel.TARGET)
    assert target.data() == "—"

    # editing shows what was chosen; a services indicator keeps its reasons and kinds
    edit = page.edit_indicator()
    assert edit.tag_combo.currentText() == "Skovoroda Fest 2023" and edit.chosen_activities() == [str(fest)]
    assert edit.chosen_kinds() == ["festival_workshop"]
    edit.close()
    services = page.add_indicator()
    services.code_edit.setText("legal_services")
    services.title_edit.setText("Legal services")
    services.rule_combo.setCurrentIndex(services.rule_combo.findData("services"))
    services.set_codes(services.reasons_list, ["legal"])
    services.set_codes(services.consultation_list, ["lawyer"])
    save(services)
    assert page.selected_indicator().scope == projects.Scope(visit_reasons=("legal",), consultation_kinds=("lawyer",))

    # the dashboard: no target, no share
    dashboard = DashboardPage(coordinator_ctx, today=dt.date(2024, 3, 20))
    qtbot.addWidget(dashboard)
    dashboard.refresh()
    widgets = dashboard.indicator_widgets["fest_dance"]
    assert widgets.count_button.text() == "0"  # nobody was marked present: nothing held
    assert (widgets.target_label.text(), widgets.percent_label.text()) == ("—", "—")
    assert dashboard.indicator_widgets["festival_hours"].target_label.text() == "60"


def test_refused_values_show_under_their_fields(qtbot, page):
    dialog = page.add_indicator()
    dialog.code_edit.setText("language_club")  # taken
    dialog.title_edit.setText("Again")
    save(dialog)
    assert dialog.isVisible()
    assert dialog.errors["code"].isVisibleTo(dialog)
    assert "already has an indicator" in dialog.errors["code"].text()
    dialog.code_edit.setText("Bad Code")
    save(dialog)
    assert "small Latin letters" in dialog.errors["code"].text()
    dialog.close()
    assert page.indicators_model.rowCount() == N_SEED


def test_a_new_project_made_current_through_the_dialog(qtbot, page, coordinator_ctx):
    dialog = page.new_project()
    assert isinstance(dialog, ProjectDialog)
    assert dialog.ages_edit.text() == "0-4, 5-11, 12-17, 18-59, 60+"
    dialog.name_edit.setText("Centrum Integracji 2024/25")
    dialog.donor_edit.setText("IOM")
    dialog.period_start.setDate(QDate(2024, 7, 1))
    dialog.period_end.setDate(QDate(2025, 6, 30))
    dialog.ages_edit.setText("kids")
    save(dialog)
    assert dialog.isVisible() and "age groups like" in dialog.errors["age_brackets"].text()
    dialog.ages_edit.setText("0-17, 18-64, 65+")
    dialog.current_check.setChecked(True)
    save(dialog)
    assert not dialog.isVisible()
    assert page.projects_model.rowCount() == 2
    chosen = page.selected_project()
    assert chosen.name == "Centrum Integracji 2024/25" and chosen.current
    assert chosen.age_brackets == ((0, 17), (18, 64), (65, None))
    assert page.indicators_model.rowCount() == 0
    dashboard = DashboardPage(coordinator_ctx, today=dt.date(2024, 9, 1))
    qtbot.addWidget(dashboard)
    dashboard.refresh()
    assert dashboard.project_label.text() == "Centrum Integracji 2024/25 · IOM"
    assert dashboard.days_left_label.text() == "Days left: 302"

    # back to the seed project
    seed_row = next(r for r in range(page.projects_model.rowCount()) if not page.projects_model.row_at(r).current)
    page.projects_view.selectRow(page.projects_proxy.mapFromSource(page.projects_model.index(seed_row, 0)).row())
    assert page.current_button.isEnabled()
    page.current_button.click()
    assert page.selected_project().current and page.selected_project().name.startswith("Centrum Integracji Cudzo")


def test_editing_a_project(qtbot, page):
    dialog = page.edit_project()
    assert dialog.name_edit.text().startswith("Centrum Integracji")
    assert dialog.funding_pl.toPlainText().startswith("Projekt realizowany")
    assert dialog.current_check.isHidden()  # it is current already
    dialog.contract_checks["mandate"].setChecked(True)
    dialog.min_months_check.setChecked(False)
    dialog.name_edit.setText("Centrum Integracji — Wrocław")
    save(dialog)
    row = page.selected_project()
    assert row.name == "Centrum Integracji — Wrocław"
    assert row.stable_contract_kinds == ("employment", "mandate") and row.stable_min_months is None


def test_remove_and_move_indicators(qtbot, page, coordinator_ctx):
    select_indicator(page, "festival_hours")
    page.move_indicator(-1)
    codes = [page.indicators_model.row_at(r).code for r in range(page.indicators_model.rowCount())]
    assert codes.index("festival_hours") == 3 and page.selected_indicator().code == "festival_hours"
    page.confirm_remove = lambda indicator: False
    page.remove_indicator()
    assert page.indicators_model.rowCount() == N_SEED
    page.confirm_remove = lambda indicator: True
    page.remove_indicator()
    assert page.indicators_model.rowCount() == N_SEED - 1
    assert "festival_hours" not in {v.code for v in reports.indicator_values(coordinator_ctx.db,
                                                                             coordinator_ctx.actor)}


def test_other_roles_are_refused(qtbot, db, make_staff):
    widget = ProjectsPage(AppContext(db=db, runner=ImmediateRunner(), actor=make_staff(Role.RECEPTIONIST)))
    qtbot.addWidget(widget)
    widget.refresh()
    assert widget.status.text() == "Your role does not allow this."
    assert widget.projects_model.rowCount() == 0
    assert not widget.add_indicator_button.isEnabled()


def test_models_pass_the_model_tester(qtmodeltester, db, admin):
    rows = projects.list_projects(db, admin)
    model = ProjectsModel()
    model.set_rows(rows)
    qtmodeltester.check(model, force_py=True)
    indicators = IndicatorsModel()
    indicators.set_rows(rows[0].indicators)
    qtmodeltester.check(indicators, force_py=True)
    qtmodeltester.check(ProjectsModel(), force_py=True)
    assert model.index(0, ProjectsModel.CURRENT).data() == "current"
    assert model.index(0, ProjectsModel.NAME).data(Qt.ItemDataRole.FontRole).bold()
    assert rule_text("no_such_rule") == "no_such_rule"
