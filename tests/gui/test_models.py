"""The desk's table models: plain rows in, Qt's model contract kept, Polish order for names."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from PySide6.QtCore import QModelIndex, Qt

from wic_desk.gui.models.base import IdRole, RowRole, SortKeyRole, SortProxy
from wic_desk.gui.models.people import PersonIdRole, PersonResultsModel, PersonSortProxy
from wic_desk.gui.models.visits import HistoryModel, TodayVisitsModel
from wic_desk.services.people import HistoryItem, PersonHit
from wic_desk.services.visits import VisitRow


def hit(given, family, native=None, birth=None, year=None, phone=None, citizenship=None):
    return PersonHit(uuid.uuid4(), given, family, native, birth, year, phone, citizenship)


@pytest.fixture
def hits():
    return [
        hit("Zofia", "Żak", birth=dt.date(1990, 3, 4), citizenship="PL"),
        hit("Oleksandr", "Shevchenko", "Олександр Шевченко", dt.date(1980, 1, 2), phone="+48500100200",
            citizenship="UA"),
        hit("Jan", "Łukowski", year=1975),
        hit("Anna", "Lis", citizenship="ZZ"),
        hit("Ewa", "Sowa", birth=dt.date(2001, 12, 31), citizenship="BY"),
    ]


def visit_row(hour, name=None, reasons=("legal",), staff="Anna Admin"):
    return VisitRow(uuid.uuid4(), dt.datetime(2024, 3, 1, hour, 5), uuid.uuid4() if name else None, name,
                    None, tuple(reasons), None, staff)


def test_results_model_passes_the_model_tester(qtmodeltester, hits):
    model = PersonResultsModel()
    model.set_rows(hits)
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)


def test_results_proxy_passes_the_model_tester(qtmodeltester, hits):
    model = PersonResultsModel()
    proxy = PersonSortProxy()
    proxy.setSourceModel(model)
    model.set_rows(hits)
    proxy.sort(PersonResultsModel.LATIN_NAME)
    qtmodeltester.check(proxy, force_py=True)


def test_empty_and_refilled_models_pass(qtmodeltester, hits):
    for model in (PersonResultsModel(), TodayVisitsModel(), HistoryModel()):
        qtmodeltester.check(model, force_py=True)
    model = PersonResultsModel()
    model.set_rows(hits)
    model.set_rows(hits[:2])
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 2


def test_visit_models_pass_the_model_tester(qtmodeltester):
    today = TodayVisitsModel()
    today.set_rows([visit_row(9, "Jan Łukowski", ("legal", "job_search")), visit_row(10)])
    qtmodeltester.check(today, force_py=True)
    history = HistoryModel()
    history.set_rows([HistoryItem(dt.datetime(2024, 3, 1, 9, 0), "visit", "visit", "asked about a flat",
                                  "Anna Admin", ("information",))])
    qtmodeltester.check(history, force_py=True)


def test_columns_show_plain_values(hits):
    model = PersonResultsModel()
    model.set_rows(hits)
    row = [model.index(1, c).data() for c in range(model.columnCount())]
    assert row == ["Oleksandr Shevchenko", "Олександр Шевченко", "02.01.1980", "+48500100200", "Ukraine"]
    assert model.index(2, PersonResultsModel.BIRTH_DATE).data() == "1975"  # year only
    assert model.index(3, PersonResultsModel.CITIZENSHIP).data() == "ZZ"  # unknown code shown as is
    assert model.headerData(PersonResultsModel.NATIVE_NAME, Qt.Orientation.Horizontal) == "Name in native script"
    assert model.index(1, 0).data(PersonIdRole) == hits[1].id
    assert model.index(1, 3).data(IdRole) == hits[1].id
    assert model.index(1, 0).data(RowRole) is hits[1]
    assert model.data(QModelIndex()) is None
    assert model.rowCount(model.index(0, 0)) == 0


def test_names_sort_in_polish_order(hits):
    model = PersonResultsModel()
    proxy = PersonSortProxy()
    proxy.setSourceModel(model)
    model.set_rows(hits)
    proxy.sort(PersonResultsModel.LATIN_NAME, Qt.SortOrder.AscendingOrder)
    names = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    # Ł after L, Ż last: not the code-point order that puts them after Z
    assert names == ["Anna Lis", "Jan Łukowski", "Oleksandr Shevchenko", "Ewa Sowa", "Zofia Żak"]


def test_birth_dates_sort_as_dates_and_empty_ones_last(hits):
    model = PersonResultsModel()
    proxy = PersonSortProxy()
    proxy.setSourceModel(model)
    model.set_rows(hits)
    proxy.sort(PersonResultsModel.BIRTH_DATE, Qt.SortOrder.AscendingOrder)
    dates = [proxy.index(r, PersonResultsModel.BIRTH_DATE).data() for r in range(proxy.rowCount())]
    assert dates == ["1975", "02.01.1980", "04.03.1990", "31.12.2001", ""]


def test_sort_key_role_is_a_python_key(hits):
    model = PersonResultsModel()
    model.set_rows(hits)
    assert model.index(0, 0).data(SortKeyRole) > model.index(2, 0).data(SortKeyRole)  # Żak after Łukowski


def test_today_model_names_anonymous_visits_and_translates_reasons():
    model = TodayVisitsModel()
    model.set_rows([visit_row(11, "Jan Łukowski", ("legal", "job_search")), visit_row(9)])
    assert model.index(0, TodayVisitsModel.TIME).data() == "11:05"
    assert model.index(0, TodayVisitsModel.REASONS).data() == "Legal consultation, Job-search support"
    assert model.index(1, TodayVisitsModel.PERSON).data() == "Anonymous"
    assert model.person_id(1) is None
    proxy = SortProxy()
    proxy.setSourceModel(model)
    proxy.sort(TodayVisitsModel.TIME)
    assert proxy.index(0, TodayVisitsModel.TIME).data() == "09:05"


def test_retranslate_announces_header_change(qtbot, hits):
    model = PersonResultsModel()
    model.set_rows(hits)
    with qtbot.waitSignal(model.headerDataChanged):
        model.retranslate()


def test_a_restricted_persons_visit_reads_consent_withdrawn(qapp):
    today = TodayVisitsModel()
    row = VisitRow(uuid.uuid4(), dt.datetime(2024, 3, 1, 9, 0), uuid.uuid4(), None, None, ("legal",), None,
                   "Anna Admin", restricted=True)
    today.set_rows([row])
    assert today.index(0, TodayVisitsModel.PERSON).data() == "Consent withdrawn"
    assert today.index(0, TodayVisitsModel.PERSON).data(Qt.ItemDataRole.ToolTipRole) is None
