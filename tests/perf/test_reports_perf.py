"""The coordinator's figures on the full-size demo database (100,000 people, 1,000,000 visits).

Skipped by default (``--benchmark-skip``). Run: ``pytest tests/perf --benchmark-only -p no:cacheprovider -s``.
Targets: the donor report for a year, with the disaggregated sheets, in under 2 s (issue 12; it was
3 s in issue 5) and faster than the bare mechanism, a plain Python tally of the same figures from
every row, measured in the same run (the ratio is printed with the machine's load); the dashboard
in under 0.5 s (issue 13), against its visit figures counted from the visits.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import time
from collections import Counter

import pytest
from openpyxl import load_workbook

from wic_desk.reports import counting
from wic_desk.services import auth, reports

REPORT_S = 2.0
DASHBOARD_S = 0.5
YEAR = (dt.date(2023, 7, 1), dt.date(2024, 6, 15))


@pytest.fixture(scope="module")
def coordinator(demo_db):
    return auth.first_admin(demo_db)


def plain_tally(db, a: dt.date, b: dt.date, brackets) -> dict:
    """The bare mechanism: the report's figures tallied in plain Python, one statement per row
    read (every visit, consultation, presence and person; no SQL aggregate, no C-level tally):
    unique and new persons, persons by age group, citizenship, disability, residence status and
    new/returning by sex, services and unique persons per kind, sex and age group, data quality."""
    import json
    a_, b_ = a.isoformat(), b.isoformat()
    with db.read() as s:
        finals = counting.final_ids(s)
        cur = counting.raw(s)
        first: dict[str, str] = {}
        before: set[str] = set()
        services: Counter = Counter()  # (source, human or None when anonymous, kind) -> services
        anonymous = without_reason = visits = 0

        def served(person, day):
            human = finals.get(person, person)
            if day < a_:
                before.add(human)
            elif human not in first or day < first[human]:
                first[human] = day

        for person, day, reasons in cur.execute(
                "SELECT person_id, visit_date, reasons FROM visits WHERE deleted = 0 AND visit_date <= ?", (b_,)):
            if person is not None:
                served(person, day)
            if day < a_:
                continue
            visits += 1
            anonymous += person is None
            codes = json.loads(reasons or "[]") or []
            without_reason += not codes
            for code in dict.fromkeys(codes):
                services["visit", None if person is None else finals.get(person, person), code] += 1
        for person, day, kind in cur.execute(
                "SELECT person_id, held_on, kind FROM consultations WHERE deleted = 0 AND held_on <= ?", (b_,)):
            served(person, str(day)[:10])
            if str(day)[:10] >= a_:
                services["consultation", finals.get(person, person), kind] += 1
        for person, day in cur.execute(f"SELECT att.person_id, s.held_on FROM {counting.ATTENDED} "
                                       f"WHERE {counting.ATTENDED_WHERE} AND s.held_on <= ?", (b_,)):
            served(person, str(day)[:10])
        persons = {}
        for pid, sex, birth, birth_year, citizenship, disability, residence in cur.execute(
                "SELECT id, sex, birth_date, birth_year, citizenship, disability, residence_status FROM persons"):
            if pid in first:
                on = dt.date.fromisoformat(first[pid])
                age = counting.age_group(dt.date.fromisoformat(birth) if birth else None, birth_year, on, brackets)
                persons[pid] = (sex if sex in ("F", "M") else "X", age, citizenship or "", disability or "not_asked",
                                residence or "", pid not in before)
    tables: Counter = Counter()
    for sex, age, citizenship, disability, residence, new in persons.values():
        for dimension, value in (("age", age), ("citizenship", citizenship), ("disability", disability),
                                 ("residence", residence), ("new", new)):
            tables[dimension, value, sex] += 1
    kinds: Counter = Counter()
    unique: dict = {}
    for (source, human, kind), n in services.items():
        group = (persons[human][:2] if human in persons else ("X", "unknown")) if human is not None else None
        kinds[source, kind, group] += n
        if human is not None:
            unique.setdefault((source, kind, group), set()).add(human)
    quality = (sum(p[0] == "X" for p in persons.values()), sum(p[1] == "unknown" for p in persons.values()),
               sum(not p[2] for p in persons.values()), sum(p[3] == "not_asked" for p in persons.values()),
               sum(not p[4] for p in persons.values()), without_reason, visits)
    return {"unique": len(persons), "new": sum(p[5] for p in persons.values()), "anonymous": anonymous,
            "tables": tables, "services": kinds, "unique_by_kind": {k: len(v) for k, v in unique.items()},
            "quality": quality}


def report_figures(db, coordinator, a: dt.date, b: dt.date, brackets) -> dict:
    """The same figures as ``plain_tally`` from the report's own counting."""
    with db.read() as s:
        tally = counting.tally_period(s, a, b, brackets)
    tables: Counter = Counter()
    for p in tally.persons:
        for dimension, value in (("age", p.age_group), ("citizenship", p.citizenship), ("disability", p.disability),
                                 ("residence", p.residence), ("new", p.new)):
            tables[dimension, value, p.sex] += 1
    services: Counter = Counter()
    unique = {}
    for k in tally.kinds:
        for group, (n, persons) in k.groups.items():
            services[k.source, k.kind, group] += n
            if persons:
                unique[k.source, k.kind, group] = persons
        if k.anonymous:
            services[k.source, k.kind, None] += k.anonymous
    persons = tally.persons
    quality = (sum(p.sex == "X" for p in persons), sum(p.age_group == "unknown" for p in persons),
               sum(not p.citizenship for p in persons), sum(p.disability == "not_asked" for p in persons),
               sum(not p.residence for p in persons), tally.without_reason, tally.visits)
    return {"unique": len(persons), "new": sum(p.new for p in persons), "anonymous": tally.anonymous,
            "tables": +tables, "services": +services, "unique_by_kind": unique, "quality": quality}


def _alternately(rounds: int, measured, bare) -> tuple[float, float]:
    """The medians (s) of ``measured`` and ``bare``, run in turns (each first every other round),
    so that both see the same machine load."""
    times: tuple[list[float], list[float]] = ([], [])
    for i in range(rounds):
        order = [(0, measured), (1, bare)]
        for which, run in order if i % 2 == 0 else order[::-1]:
            started = time.perf_counter()
            run()
            times[which].append(time.perf_counter() - started)
    return statistics.median(times[0]), statistics.median(times[1])


def test_donor_report_for_a_year(benchmark, demo_db, coordinator, tmp_path):
    """The whole report (figures and workbook) against the bare mechanism, alternately so both see
    the same machine load; the figures of both agree."""
    out = tmp_path / "donor.xlsx"
    project = reports.current_project(demo_db)
    brackets = project.age_brackets or [[0, 4], [5, 11], [12, 17], [18, 59], [60, None]]
    bare_figures = plain_tally(demo_db, *YEAR, brackets)
    assert report_figures(demo_db, coordinator, *YEAR, brackets) == bare_figures
    report_s, plain_s = _alternately(3, lambda: reports.donor_report(demo_db, coordinator, *YEAR, out),
                                     lambda: plain_tally(demo_db, *YEAR, brackets))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"\ndonor report (a year, full demo): report {report_s:.3f} s, plain Python tally {plain_s:.3f} s, "
          f"ratio {report_s / plain_s:.2f} (load {load:.2f}, {os.cpu_count()} cores)")
    path = benchmark.pedantic(reports.donor_report, args=(demo_db, coordinator, *YEAR, out), rounds=1,
                              iterations=1)
    benchmark.extra_info.update(report_s=round(report_s, 3), plain_s=round(plain_s, 3),
                                ratio=round(report_s / plain_s, 3), load=round(load, 2))
    wb = load_workbook(path, read_only=True)
    assert wb.sheetnames == ["Summary", "Persons", "Services", "Services by group", "Activities", "Employment",
                             "Data quality"]
    assert report_s < plain_s, "the report's counting is slower than a plain Python tally"
    assert report_s < REPORT_S


def counted_from_the_visits(db, project) -> tuple[dict, dict]:
    """The bare mechanism of the dashboard's visit figures: the services by reason list and the
    persons served by visits per month, counted by plain SQL from the million visits."""
    period = (project.period_start.isoformat(), project.period_end.isoformat())
    with db.read() as s:
        cur = counting.raw(s)
        lists = dict(cur.execute("SELECT reasons, COUNT(*) FROM visits WHERE deleted = 0 AND visit_date BETWEEN ? AND ? "
                                 "GROUP BY reasons", period))
        months = dict(cur.execute("SELECT substr(visit_date, 1, 7), COUNT(DISTINCT person_id) FROM visits "
                                  "WHERE deleted = 0 AND person_id IS NOT NULL AND visit_date BETWEEN ? AND ? "
                                  "GROUP BY 1", period))
    return lists, months


def test_dashboard(benchmark, demo_db, coordinator):
    """What the dashboard loads: every indicator of the current project and the monthly chart,
    against the visit figures counted from the visits (which the database's tallies replace),
    alternately so both see the same load; the figures of both agree."""
    project = reports.current_project(demo_db)

    def load():
        values = reports.indicator_values(demo_db, coordinator)
        chart = reports.persons_per_month(demo_db, coordinator, project.period_start, project.period_end)
        return values, chart

    values, chart = load()
    lists, months = counted_from_the_visits(demo_db, project)
    with demo_db.read() as s:
        assert counting.visit_reason_lists(s, project.period_start, project.period_end) == lists
    assert {c.month: c.persons for c in chart if c.source == "visit"} == months
    dashboard_s, visits_s = _alternately(6, load, lambda: counted_from_the_visits(demo_db, project))
    load_avg = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"\ndashboard (full demo): {dashboard_s:.3f} s, its visit figures counted from the visits {visits_s:.3f} s, "
          f"ratio {dashboard_s / visits_s:.2f} (load {load_avg:.2f}, {os.cpu_count()} cores)")
    values, chart = benchmark.pedantic(load, rounds=5, iterations=1)
    benchmark.extra_info.update(dashboard_s=round(dashboard_s, 3), visits_s=round(visits_s, 3), load=round(load_avg, 2))
    assert values and chart
    assert dashboard_s < visits_s, "the dashboard is slower than counting its visit figures from the visits"
    assert benchmark.stats.stats.median < DASHBOARD_S
