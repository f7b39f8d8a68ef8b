"""The dashboard: counts and targets as the services give them, a drill-down with as many rows as
the figure, reports written in the background while the window answers, Cancel leaving no file."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from tests.unit.test_drilldown import build_world
from wic_desk.domain.enums import Role
from wic_desk.gui.context import AppContext
from wic_desk.gui.models.dashboard import DrilldownModel, number_text
from wic_desk.gui.pages.dashboard import (
    DONOR,
    MONTHLY,
    DashboardPage,
    PersonsChart,
    months_between,
    nice_step,
)
from wic_desk.gui.tasks import BackgroundRunner, ImmediateRunner
from wic_desk.services import drilldown, reports

TODAY = dt.date(2024, 3, 20)


@pytest.fixture
def world(db, admin, make_staff, consent):
    return build_world(db, admin, make_staff, consent)


def make_page(qtbot, ctx) -> DashboardPage:
    page = DashboardPage(ctx, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1366, 740)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def page(qtbot, gui_ctx, world):
    return make_page(qtbot, gui_ctx)


@pytest.fixture
def out_dir(tmp_path):
    """An empty folder for the reports (tmp_path holds the database)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def threaded(db, admin, world):
    """A context whose jobs really run on a thread pool, as in the app."""
    pool = QThreadPool()
    ctx = AppContext(db=db, runner=BackgroundRunner(pool), actor=admin)
    yield ctx
    pool.waitForDone(30000)


def test_the_dashboard_shows_the_counts_and_targets(page, db, admin):
    values = reports.indicator_values(db, admin)
    assert set(page.indicator_widgets) == {v.code for v in values}
    for v in values:
        w = page.indicator_widgets[v.code]
        assert w.title.text() == v.title
        assert w.count_button.text() == number_text(v.count)
        if v.has_target:
            assert w.target_label.text() == number_text(v.target)
            assert w.percent_label.text() == f"{round(v.percent)} %"
            assert w.bar.value() == min(1000, round(v.percent * 10))
        else:  # no target set yet: the figure alone
            assert (w.target_label.text(), w.percent_label.text()) == ("—", "—")
            assert not w.bar.isVisibleTo(page)
    shown = {code: w.count_button.text() for code, w in page.indicator_widgets.items()}
    assert shown == {"stable_employment": "2", "adaptation_meetings": "1", "adaptation_meetings_ua": "0",
                     "integration_workshops": "0", "festival_hours": "6", "language_club": "2",
                     "vocational_counselling": "2", "job_search_support": "1", "legal_administrative": "2",
                     "lawyer": "1", "psychologist": "0", "tax_advisor": "0", "online_course": "0",
                     "polish_course": "0"}
    assert page.indicator_widgets["language_club"].percent_label.text() == "17 %"  # 2 of 12
    assert page.project_label.text().endswith("· IOM")
    assert page.period_label.text() == "Project period: 01.07.2023 – 15.06.2024"
    assert page.days_left_label.text() == "Days left: 87"
    chart = page.chart
    assert chart.months[0] == "2023-07" and chart.months[-1] == "2024-06"
    per_month = {(m.month, m.source): m.persons for m in reports.persons_per_month(
        db, admin, dt.date(2023, 7, 1), dt.date(2024, 6, 15))}
    assert {(m, s): chart.value(m, s) for m, s in per_month} == per_month
    assert chart.value("2024-03", "attendance") == 2 and chart.value("2024-02", "visit") == 1
    assert not chart.grab().isNull()


def test_the_period_left_before_during_and_after(qtbot, gui_ctx, world):
    for today, text in ((dt.date(2023, 6, 1), "Starts on 01.07.2023"), (dt.date(2024, 6, 14), "Days left: 1"),
                        (dt.date(2025, 1, 1), "Ended on 15.06.2024")):
        page = DashboardPage(gui_ctx, today=today)
        qtbot.addWidget(page)
        page.refresh()
        assert page.days_left_label.text() == text


def test_clicking_a_figure_lists_as_many_records(qtbot, page, db, admin):
    for v in reports.indicator_values(db, admin):
        qtbot.mouseClick(page.indicator_widgets[v.code].count_button, Qt.MouseButton.LeftButton)
        dialog = page.drilldown_dialog
        assert dialog is not None and dialog.value.code == v.code
        model = dialog.model
        if v.rule == "hours_held":
            hours = sum(model.row_at(r).hours for r in range(model.rowCount()))
            assert hours == pytest.approx(v.count)
        else:
            assert model.rowCount() == v.count
        assert f"figure: {number_text(v.count)}" in dialog.summary.text()
        dialog.close()
    page.open_drilldown(next(v for v in reports.indicator_values(db, admin) if v.code == "stable_employment"))
    names = [page.drilldown_dialog.proxy.index(r, DrilldownModel.NAME).data()
             for r in range(page.drilldown_dialog.proxy.rowCount())]
    assert names == ["Giorgi Beridze", "Olena Kovalchuk (Олена Ковальчук)"]  # Aug 2023, then March 2024


def test_a_person_in_a_drilldown_opens_their_page(qtbot, page, db, admin):
    value = next(v for v in reports.indicator_values(db, admin) if v.code == "stable_employment")
    dialog = page.open_drilldown(value)
    person = dialog.open_person(dialog.proxy.index(0, DrilldownModel.NAME))
    assert person is not None and person.person_id == dialog.model.row_at(0).person_id
    person.close()


def test_a_restricted_person_is_counted_but_neither_named_nor_opened(qtbot, page, db, admin, world):
    from wic_desk.services import people
    people.withdraw_consent(db, admin, world["giorgi"])  # the service record kept for the figures
    value = next(v for v in reports.indicator_values(db, admin) if v.code == "stable_employment")
    dialog = page.open_drilldown(value)
    assert dialog.model.rowCount() == value.count == 2
    names = [dialog.proxy.index(r, DrilldownModel.NAME).data() for r in range(dialog.proxy.rowCount())]
    assert names == ["(consent withdrawn: counted only)", "Olena Kovalchuk (Олена Ковальчук)"]
    assert dialog.open_person(dialog.proxy.index(0, DrilldownModel.NAME)) is None


def test_a_report_runs_in_the_background_while_the_window_answers(qtbot, threaded, out_dir, monkeypatch):
    real_write = reports.write_workbook

    def slow_write(report, path):
        time.sleep(0.6)  # long enough to see the window answer meanwhile
        return real_write(report, path)
    monkeypatch.setattr(reports, "write_workbook", slow_write)
    page = make_page(qtbot, threaded)
    qtbot.waitUntil(lambda: page.data is not None, timeout=10000)

    dialog = page.ask_report(DONOR)
    assert dialog.date_from.date().toPython() == dt.date(2023, 7, 1)  # the project's period by default
    assert dialog.date_to.date().toPython() == dt.date(2024, 6, 15)
    out = out_dir / "donor.xlsx"
    dialog.path_edit.setText(str(out))
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    # the click returned before the report was written (its writing takes 0.6 s at least): it runs
    # in the background (no clock is read: a loaded machine makes no difference)
    assert not out.exists()
    assert page.progress is not None and page.progress.isVisible()
    assert not page.donor_button.isEnabled()
    page.refresh()  # the window still works: a reload runs beside the report
    with qtbot.waitSignal(page.report_finished, timeout=20000) as finished:
        pass
    timer.stop()
    assert finished.args == [out]
    assert len(ticks) >= 10, "the event loop kept running while the report was written"
    assert page.progress is None and page.donor_button.isEnabled()
    assert "Report saved" in page.status.text()
    workbook = load_workbook(out)
    assert workbook.sheetnames == ["Summary", "Persons", "Services", "Services by group", "Activities", "Employment",
                                  "Data quality"]
    assert [p.name for p in out_dir.iterdir()] == ["donor.xlsx"]  # no partial file left


def test_a_cancelled_report_leaves_no_file(qtbot, threaded, out_dir, monkeypatch):
    real_write = reports.write_workbook

    def slow_write(report, path):
        time.sleep(0.4)
        return real_write(report, path)
    monkeypatch.setattr(reports, "write_workbook", slow_write)
    page = make_page(qtbot, threaded)
    qtbot.waitUntil(lambda: page.data is not None, timeout=10000)
    page.start_report(DONOR, out_dir / "donor.xlsx", dt.date(2024, 3, 1), dt.date(2024, 3, 31))
    progress = page.progress
    cancel = progress.findChild(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert page.progress is None and page.donor_button.isEnabled()
    assert "cancelled" in page.status.text()
    assert threaded.runner.wait(20000)
    qtbot.wait(100)  # let a late success reach the GUI thread
    assert list(out_dir.iterdir()) == []


def test_the_monthly_report(qtbot, gui_ctx, world, tmp_path):
    page = make_page(qtbot, gui_ctx)
    dialog = page.ask_report(MONTHLY)
    assert dialog.month_text() == "2024-03"  # today's month, inside the project
    assert dialog.path().name == "monthly-report_2024-03.xlsx"
    dialog.path_edit.setText(str(tmp_path / "march"))  # .xlsx is added
    with qtbot.waitSignal(page.report_finished) as finished:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert finished.args == [tmp_path / "march.xlsx"]
    assert "2024-03" in load_workbook(tmp_path / "march.xlsx")["Summary"]["A1"].value


def test_the_workbook_language_is_chosen_in_the_dialog(qtbot, gui_ctx, world, tmp_path):
    """The screens stay in English; the donor's workbook comes out in Polish."""
    page = make_page(qtbot, gui_ctx)
    dialog = page.ask_report(DONOR)
    assert dialog.language.currentData() == "en"  # the screens' language by default
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == ["pl", "uk", "en"]
    dialog.language.setCurrentIndex(dialog.language.findData("pl"))
    dialog.path_edit.setText(str(tmp_path / "pl.xlsx"))
    with qtbot.waitSignal(page.report_finished):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    workbook = load_workbook(tmp_path / "pl.xlsx")
    assert workbook.sheetnames == ["Podsumowanie", "Osoby", "Usługi", "Usługi wg grup", "Działania", "Zatrudnienie",
                                  "Jakość danych"]
    assert workbook["Podsumowanie"]["A4"].value == "Wskaźnik"
    assert page.donor_button.text() == "&Donor report…"  # the screens did not switch


def test_the_workbook_language_follows_the_screens_by_default(qtbot, qapp, gui_ctx, world, english):
    from wic_desk.gui import i18n
    i18n.install(qapp, "uk")
    page = make_page(qtbot, gui_ctx)
    dialog = page.ask_report(MONTHLY)
    assert dialog.language.currentData() == "uk"
    assert dialog.params()["language"] == "uk"
    dialog.close()


def test_the_report_dialog_checks_the_folder_and_dates(qtbot, page, out_dir):
    dialog = page.ask_report(DONOR)
    dialog.path_edit.setText(str(out_dir / "missing" / "x.xlsx"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and "does not exist" in dialog.error.text()
    dialog.path_edit.setText(str(out_dir / "x.xlsx"))
    dialog.date_to.setDate(dialog.date_from.date().addDays(-1))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and "before its start" in dialog.error.text()
    assert not list(out_dir.iterdir())


def test_a_service_refusal_shows_on_the_page(qtbot, db, make_staff, world):
    ctx = AppContext(db=db, runner=ImmediateRunner(), actor=make_staff(Role.RECEPTIONIST))
    page = make_page(qtbot, ctx)
    assert page.status.text() == "Your role does not allow this."
    assert page.indicator_widgets == {}


def test_models_and_chart_helpers(qtmodeltester, db, admin, world):
    qtmodeltester.check(DrilldownModel(), force_py=True)
    for code in ("stable_employment", "language_club", "festival_hours", "adaptation_meetings"):
        d = drilldown.records(db, admin, code)
        model = DrilldownModel()
        model.set_unit(d.unit)
        model.set_rows(d.rows)
        qtmodeltester.check(model, force_py=True)
    assert months_between(dt.date(2023, 11, 5), dt.date(2024, 2, 1)) == ["2023-11", "2023-12", "2024-01", "2024-02"]
    assert [nice_step(v) for v in (0, 4, 9, 47, 2000)] == [1, 1, 2, 10, 500]
    chart = PersonsChart()
    chart.resize(600, 300)
    chart.set_data(["2024-01"], [])
    assert not chart.grab().isNull()  # "no one served" drawn without data


def test_the_seed_indicators_read_in_the_screens_language(qtbot, page, qapp, english, db, admin):
    """A seed's title is stored in English: the dashboard shows it in the screens' language, live;
    a title the coordinator typed stays as typed."""
    from wic_desk.gui import i18n
    from wic_desk.services import projects
    current = reports.current_project(db)
    projects.add_indicator(db, admin, current.id, projects.IndicatorInput(
        code="own", title="Nasze spotkania z rodzicami", target=3, rule="activities_held"))
    page.refresh()
    assert page.indicator_widgets["stable_employment"].title.text() == "Persons into stable employment"
    i18n.install(qapp, "pl")
    qapp.processEvents()
    assert page.indicator_widgets["stable_employment"].title.text() == "Osoby, które podjęły stabilne zatrudnienie"
    assert page.indicator_widgets["festival_hours"].title.text() == "Godziny warsztatów na Skovoroda Fest 2023"
    assert page.indicator_widgets["own"].title.text() == "Nasze spotkania z rodzicami"
