"""The coordinator's figures on the full-size demo database (100,000 people, 1,000,000 visits).

Skipped by default (``--benchmark-skip``). Run: ``pytest tests/perf --benchmark-only -p no:cacheprovider``.
Targets (issue 5): the donor report for a year in under 3 s, the dashboard in under 1 s.
"""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from wic_desk.services import auth, reports

REPORT_S = 3.0
DASHBOARD_S = 1.0
YEAR = (dt.date(2023, 7, 1), dt.date(2024, 6, 15))


@pytest.fixture(scope="module")
def coordinator(demo_db):
    return auth.first_admin(demo_db)


def test_donor_report_for_a_year(benchmark, demo_db, coordinator, tmp_path):
    out = tmp_path / "donor.xlsx"
    path = benchmark.pedantic(reports.donor_report, args=(demo_db, coordinator, *YEAR, out), rounds=3,
                              iterations=1)
    wb = load_workbook(path, read_only=True)
    assert wb.sheetnames == ["Summary", "Persons", "Services", "Services by group", "Activities", "Employment",
                            "Data quality"]
    assert benchmark.stats.stats.median < REPORT_S


def test_dashboard(benchmark, demo_db, coordinator):
    """What the dashboard loads: every indicator of the current project and the monthly chart."""
    def load():
        project = reports.current_project(demo_db)
        values = reports.indicator_values(demo_db, coordinator)
        chart = reports.persons_per_month(demo_db, coordinator, project.period_start, project.period_end)
        return values, chart

    values, chart = benchmark.pedantic(load, rounds=5, iterations=1)
    assert values and chart
    assert benchmark.stats.stats.median < DASHBOARD_S
