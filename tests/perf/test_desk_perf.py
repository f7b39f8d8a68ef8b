"""Speed at the desk on the full-size demo database (100,000 people, 1,000,000 visits).

Skipped by default (``--benchmark-skip`` in pyproject). Run:
``pytest tests/perf --benchmark-only -p no:cacheprovider``

Targets: search while typing median < 0.7 ms and p99 < 3 ms per query (against plain FTS5 with
ranking, measured in the same run); the visits of a busy day and
the history of a frequent visitor < 50 ms; building the demo database < 60 s; process start to
the login window < 1 s. Each benchmark records its p99 (and sizes) in ``extra_info``.
"""

from __future__ import annotations

import itertools
import os
import random
import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from wic_desk.domain import translit
from wic_desk.services import auth, people, visits
from wic_desk.store.models import Person, Visit

SEARCH_MEDIAN_MS, SEARCH_P99_MS = 0.7, 3.0  # issue 13's goals at 100,000 persons, over the mixed queries
KIND_MEDIAN_MS, KIND_P99_MS = 1.0, 5.0  # and no kind of query far behind
PAGE_MS = 50.0
DAY_MS = 40.0  # issue 13's goal for the busiest demo day's visits
UI_MS = 50.0  # the UI thread never waits longer
BUILD_S = 60.0
STARTUP_S = 1.0
ROUNDS = 400


def _p99(benchmark) -> float:
    data = sorted(benchmark.stats.stats.data)
    return data[min(len(data) - 1, int(len(data) * 0.99))]


def _record(benchmark, **info) -> tuple[float, float]:
    median, p99 = benchmark.stats.stats.median, _p99(benchmark)
    benchmark.extra_info.update(info, median_ms=round(median * 1000, 3), p99_ms=round(p99 * 1000, 3))
    return median * 1000, p99 * 1000


# -- search while typing ------------------------------------------------------------------------

def _sample(demo_db, n: int = 150) -> list:
    with demo_db.read() as s:
        return s.execute(select(Person.given_name, Person.family_name, Person.native_name, Person.phone)
                         .order_by(Person.id).limit(n)).all()


def _typing(word: str, shortest: int = 3, longest: int = 6) -> list[str]:
    """What the search box holds after each keystroke of ``word``."""
    return [word[:n] for n in range(shortest, min(len(word), longest) + 1)]


def _queries(demo_db, seed: int = 1) -> dict[str, list[str]]:
    rng = random.Random(seed)
    rows = _sample(demo_db)
    natives = [r for r in rows if r.native_name and translit.has_cyrillic(r.native_name)]
    phones = [r.phone for r in rows if r.phone]
    kinds: dict[str, list[str]] = {
        "latin_typing": [q for r in rows[:40] for q in _typing(r.family_name)],
        "latin_full": [f"{r.given_name} {r.family_name}" for r in rows[:60]] + [r.family_name for r in rows[60:120]],
        "cyrillic_typing": [q for r in natives[:40] for q in _typing(r.native_name.split()[-1])],
        "cyrillic_full": [r.native_name for r in natives[:60]],
        "transliterated": [translit.transliterate(r.native_name.split()[-1], scheme)
                           for r in natives[:60] for scheme in rng.sample(translit.SCHEMES[1:], 2)],
        "given_and_partial_family": [f"{r.given_name} {r.family_name[:4]}" for r in rows[:80]],
        "phone_digits": [p[-9:][:n] for p in phones[:40] for n in (3, 6, 9)]
                        + [f"{p[-9:-6]} {p[-6:-3]} {p[-3:]}" for p in phones[40:60]],
    }
    return kinds


@pytest.fixture(scope="module")
def search_queries(demo_db, demo_spec):
    return _queries(demo_db, demo_spec["seed"])


@pytest.mark.parametrize("kind", ["mixed", "latin_typing", "latin_full", "cyrillic_typing", "cyrillic_full",
                                  "transliterated", "given_and_partial_family", "phone_digits"])
def test_search_while_typing(benchmark, demo_db, demo_spec, search_queries, kind):
    """Each kind of query, and all of them mixed (in a seeded random order) as a desk types them."""
    if kind == "mixed":
        queries = [q for qs in search_queries.values() for q in qs]
        random.Random(demo_spec["seed"]).shuffle(queries)
    else:
        queries = search_queries[kind]
    if kind == "latin_full":
        _check_found(demo_db)
    for q in queries:  # warm the page cache
        people.search(demo_db, q)
    cycle = itertools.cycle(queries)
    benchmark.group = "search (100k people)"
    benchmark.pedantic(people.search, setup=lambda: ((demo_db, next(cycle)), {}),
                       rounds=max(ROUNDS, len(queries)), warmup_rounds=20)
    median, p99 = _record(benchmark, persons=demo_spec["persons"], queries=len(queries), example=queries[:3])
    bare_median, bare_p99 = _bare_search(demo_db, queries, ROUNDS)
    load = os.getloadavg()[0]
    print(f"\nsearch {kind}: median {median:.3f} ms, p99 {p99:.3f} ms; bare FTS5 with ranking median "
          f"{bare_median:.3f} ms, p99 {bare_p99:.3f} ms; ratio {median / bare_median:.2f} / {p99 / bare_p99:.2f} "
          f"(load {load:.2f}, {os.cpu_count()} cores)")
    benchmark.extra_info.update(bare_median_ms=round(bare_median, 3), bare_p99_ms=round(bare_p99, 3), load=round(load, 2))
    top_median, top_p99 = (SEARCH_MEDIAN_MS, SEARCH_P99_MS) if kind == "mixed" else (KIND_MEDIAN_MS, KIND_P99_MS)
    assert median < top_median and p99 < top_p99, f"{kind}: median {median:.2f} ms, p99 {p99:.2f} ms"


def _bare_search(demo_db, queries: list[str], rounds: int) -> tuple[float, float]:
    """The bare mechanism, in the same run: each query's folded words as one FTS5 trigram match,
    ranked by FTS5 (bm25), the first 50 rowids, on the driver's connection; (median, p99) in ms."""
    import re
    times = []
    with demo_db.read() as s:
        conn = s.connection().connection.driver_connection
        expressions = []
        for q in queries:
            words = [w for w in re.split(r"\W+", translit.transliterate(q, translit.SCHEMES[0]).lower()) if len(w) >= 3]
            expressions.append(" AND ".join(f'"{w}"' for w in words) or '"xxx"')
        for expression in expressions:  # warm
            conn.execute("SELECT rowid FROM person_fts WHERE person_fts MATCH ? ORDER BY rank LIMIT 50",
                         (expression,)).fetchall()
        for i in range(rounds):
            started = time.perf_counter()
            conn.execute("SELECT rowid FROM person_fts WHERE person_fts MATCH ? ORDER BY rank LIMIT 50",
                         (expressions[i % len(expressions)],)).fetchall()
            times.append(time.perf_counter() - started)
    times.sort()
    return statistics.median(times) * 1000, times[min(len(times) - 1, int(len(times) * 0.99))] * 1000


def _check_found(demo_db) -> None:
    """The speed is not bought with misses: full names, native names and phones find their person."""
    for r in _sample(demo_db, 60):
        hits = people.search(demo_db, f"{r.given_name} {r.family_name}")
        assert any(h.family_name == r.family_name and h.given_name == r.given_name for h in hits), r
        if r.native_name:
            hits = people.search(demo_db, r.native_name)
            assert any(h.native_name == r.native_name for h in hits), r.native_name
        if r.phone:
            assert any(h.phone == r.phone for h in people.search(demo_db, r.phone[-9:])), r.phone


# -- pages that list a lot ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def admin_actor(demo_db):
    return auth.first_admin(demo_db)


def _busiest_day(demo_db):
    with demo_db.read() as s:
        return s.execute(select(Visit.visit_date, func.count()).group_by(Visit.visit_date)
                         .order_by(func.count().desc()).limit(1)).one()


def test_visits_of_the_busiest_day(benchmark, demo_db, admin_actor):
    """The day's list as the service reads it, against the same statement's rows fetched by the
    bare driver in the same run (no objects made)."""
    day, count = _busiest_day(demo_db)
    visits.visits_on(demo_db, admin_actor, day)
    benchmark.group = "pages (1M visits)"
    rows = benchmark.pedantic(visits.visits_on, args=(demo_db, admin_actor, day), rounds=20, warmup_rounds=2)
    assert len(rows) == count
    median, p99 = _record(benchmark, day=day.isoformat(), visits_that_day=count)
    sql = visits._day_sql(demo_db.engine.dialect)

    def bare():
        with demo_db.read() as s:
            return s.connection().connection.driver_connection.execute(sql, (day.isoformat(),)).fetchall()

    bare_ms = statistics.median(_times(bare, 20)) * 1000
    load = os.getloadavg()[0]
    print(f"\nvisits of the busiest day ({count}): {median:.1f} ms, bare driver rows {bare_ms:.1f} ms, "
          f"ratio {median / bare_ms:.2f} (load {load:.2f}, {os.cpu_count()} cores)")
    benchmark.extra_info.update(bare_ms=round(bare_ms, 2), load=round(load, 2))
    assert median < DAY_MS, f"visits_on {day}: {count} visits, median {median:.1f} ms"


def _times(fn, rounds: int) -> list[float]:
    fn()
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return times


def test_the_busiest_day_shown_on_the_desk(benchmark, demo_db, admin_actor, qapp):
    """What the screen itself does with the busiest day's list once it has it (the UI thread's
    part: the rows into the table, the columns fitted, the counts), against the rows put in the
    model alone; issue 13: nothing on the UI thread over 50 ms."""
    from wic_desk.gui.context import AppContext
    from wic_desk.gui.pages.desk import DeskPage
    from wic_desk.gui.tasks import ImmediateRunner
    from wic_desk.services import setup
    day, count = _busiest_day(demo_db)
    rows = visits.visits_on(demo_db, admin_actor, day)
    ctx = AppContext(db=demo_db, runner=ImmediateRunner(), desk=setup.desk_info(demo_db), actor=admin_actor)
    page = DeskPage(ctx)
    page.resize(1366, 700)
    page.show()
    qapp.processEvents()

    def show():
        page._today_seq += 1
        page._show_today(page._today_seq, rows)
        qapp.processEvents()

    def bare():
        page.today.set_rows(rows)
        qapp.processEvents()

    benchmark.group = "pages (1M visits)"
    benchmark.pedantic(show, rounds=10, warmup_rounds=1)
    median = benchmark.stats.stats.median * 1000
    bare_ms = statistics.median(_times(bare, 10)) * 1000
    load = os.getloadavg()[0]
    print(f"\nthe busiest day ({count} visits) shown: {median:.1f} ms on the UI thread, the rows into the "
          f"model alone {bare_ms:.1f} ms, ratio {median / bare_ms:.2f} (load {load:.2f})")
    benchmark.extra_info.update(median_ms=round(median, 2), bare_ms=round(bare_ms, 2), load=round(load, 2))
    assert str(count) in page.ui.todayCountLabel.text().replace(",", "").replace("\xa0", "")
    page.close()
    assert median < UI_MS


def test_history_of_the_most_frequent_visitor(benchmark, demo_db, admin_actor):
    with demo_db.read() as s:
        person_id, count = s.execute(select(Visit.person_id, func.count()).where(Visit.person_id.is_not(None))
                                     .group_by(Visit.person_id).order_by(func.count().desc()).limit(1)).one()
    people.history(demo_db, admin_actor, person_id)
    benchmark.group = "pages (1M visits)"
    items = benchmark.pedantic(people.history, args=(demo_db, admin_actor, person_id), rounds=50,
                               warmup_rounds=2)
    assert len([i for i in items if i.kind == "visit"]) == count
    median, p99 = _record(benchmark, visits_of_person=count)
    assert median < PAGE_MS, f"history: {count} visits, median {median:.1f} ms"


# -- building the demo ----------------------------------------------------------------------------

def test_build_the_full_demo(benchmark, perf_home, demo_spec, tmp_path):
    from wic_desk.services import demo
    from wic_desk.services.context import Database

    persons, visits_ = demo_spec["persons"], demo_spec["visits"]
    db = Database.open(tmp_path / "build.db")
    cpu = time.process_time()
    try:
        benchmark.group = "demo build"
        result = benchmark.pedantic(demo.build_demo, args=(db,), kwargs={"persons": persons, "visits": visits_},
                                    rounds=1, iterations=1)
    finally:
        db.close()
    assert (result.persons, result.visits) == (persons, visits_)
    seconds = benchmark.stats.stats.median
    benchmark.extra_info.update(persons=persons, visits=visits_, seconds=round(seconds, 1),
                                cpu_seconds=round(time.process_time() - cpu, 1),
                                size_mb=round((tmp_path / "build.db").stat().st_size / 2**20))
    assert seconds < BUILD_S, f"building {persons} people and {visits_} visits took {seconds:.1f} s"


# -- start-up -------------------------------------------------------------------------------------

_STARTUP = textwrap.dedent("""
    import sys
    import wic_desk.app
    from PySide6.QtWidgets import QApplication
    from wic_desk.gui.pages.login import LoginDialog
    app = QApplication(sys.argv[:1])
    try:
        from wic_desk.gui import i18n
        from wic_desk.services import preferences
        i18n.install(app, preferences.language())
    except (ImportError, AttributeError):
        pass
    dialog = LoginDialog(None)
    dialog.show()
    app.processEvents()
    print("shown", int(dialog.isVisible()), int("sqlalchemy" in sys.modules), flush=True)
""")


def test_start_to_login_window(benchmark, tmp_path):
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               WIC_DESK_HOME=str(tmp_path), PYTHONPATH=str(root))
    probe = subprocess.run([sys.executable, "-c", "import wic_desk.gui.pages.login"], env=env, cwd=root,
                           capture_output=True, text=True)
    if probe.returncode != 0:
        last = (probe.stderr.strip().splitlines() or ["?"])[-1]
        pytest.skip(f"the login dialog (wic_desk.gui.pages.login.LoginDialog) cannot be imported yet: {last}")
    children: list[subprocess.Popen] = []
    lines: list[str] = []

    def start() -> None:
        child = subprocess.Popen([sys.executable, "-c", _STARTUP], env=env, cwd=root, stdout=subprocess.PIPE,
                                 stderr=subprocess.DEVNULL, text=True)
        children.append(child)
        lines.append(child.stdout.readline().strip())  # the dialog is on screen

    benchmark.group = "start-up"
    try:
        benchmark.pedantic(start, rounds=5, warmup_rounds=1)
    finally:
        for child in children:
            child.kill()
            child.wait()
    assert all(line.startswith("shown 1") for line in lines), lines
    median, p99 = _record(benchmark, database_layer_imported=lines[-1].endswith("1"))
    assert median < STARTUP_S * 1000, f"process start to login window: {median:.0f} ms"


RETENTION_MS = 3000.0  # every one of 100,000 persons due: the worst case


def test_who_is_due_under_retention(benchmark, demo_db, admin_actor):
    """Every person's last contact over six sources, one grouped query each (100k people, 1M visits)."""
    import datetime as dt

    from wic_desk.services import retention
    far = dt.date(2100, 1, 1)  # every project long over: the whole population is considered
    benchmark.group = "retention (100k people)"
    rows = benchmark.pedantic(retention.due, args=(demo_db, admin_actor, far), rounds=3, warmup_rounds=1)
    with demo_db.read() as s:
        living = s.execute(select(func.count()).select_from(Person).where(
            Person.deleted.is_(False), Person.merged_into.is_(None), Person.anonymised.is_(False))).scalar_one()
    assert len(rows) == living
    median, _p99 = _record(benchmark, persons=len(rows))
    assert median < RETENTION_MS, f"retention.due: {median:.0f} ms"


CONFLICTS_S = 0.1


def test_conflicts_looked_for_at_login(benchmark, demo_db, admin_actor):
    """What the sync page loads after every login (and an exchange file's import looks for): the
    open conflicts, from the records two desks changed (migration 0017), against the bare
    mechanism it replaced, grouping the whole change log by record and desk, timed once."""
    from wic_desk.services import sync as sync_service
    benchmark.group = "pages (1M visits)"
    found = benchmark.pedantic(sync_service.conflicts, args=(demo_db, admin_actor), rounds=5, warmup_rounds=1)
    median = benchmark.stats.stats.median
    with demo_db.read() as s:
        conn = s.connection().connection.driver_connection
        entries = conn.execute("SELECT count(*) FROM change_log").fetchone()[0]
        started = time.perf_counter()
        grouped = conn.execute("SELECT record_id, table_name FROM change_log GROUP BY record_id, table_name "
                               "HAVING count(DISTINCT desk_id) > 1").fetchall()
        bare_s = time.perf_counter() - started
    load = os.getloadavg()[0]
    print(f"\nconflicts at login ({entries} changes in the log): {median * 1000:.1f} ms; the log grouped "
          f"{bare_s:.2f} s, ratio {median / bare_s:.4f} (load {load:.2f})")
    benchmark.extra_info.update(changes=entries, bare_s=round(bare_s, 2), load=round(load, 2))
    assert len(found) == 0 and grouped == []  # one desk built the demo: nothing to choose between
    assert median < CONFLICTS_S


LOGIN_TO_DESK_S = 0.8  # issue 13's goal


def test_login_to_the_desk_usable(benchmark, demo_db, qapp, qtbot):
    """From the password given to the desk usable: the login's work (the key unwrapped and the
    password checked, both argon2id, the database opened), the main window built and shown, and
    today's visits listed by a real background job, while the other pages load theirs; against
    the login's work alone, in the same run."""
    from wic_desk.gui.context import AppContext
    from wic_desk.gui.main_window import MainWindow
    from wic_desk.gui.tasks import BackgroundRunner
    from wic_desk.services import demo, keys, setup

    path = demo_db.path

    def log_in():
        return keys.open_for_login(path, demo.DEMO_ADMIN, demo.DEMO_PASSWORD)

    def login_to_desk():
        db, actor = log_in()
        ctx = AppContext(db=db, runner=BackgroundRunner(), desk=setup.desk_info(db), actor=actor)
        window = MainWindow(ctx)
        window.resize(1366, 768)
        window.show()
        label = window.desk_page.ui.todayCountLabel
        qtbot.waitUntil(lambda: "·" in label.text(), timeout=30_000)
        return window, db

    windows = []
    benchmark.group = "login (full demo)"
    benchmark.pedantic(lambda: windows.append(login_to_desk()), rounds=5, warmup_rounds=1)
    median = benchmark.stats.stats.median
    for window, _db in windows:
        window.close()
    from PySide6.QtCore import QThreadPool
    QThreadPool.globalInstance().waitForDone(60_000)
    for window, db in windows:
        window.deleteLater()
        db.close()
    qapp.processEvents()
    bare = []
    for _ in range(5):
        started = time.perf_counter()
        db, _actor = log_in()
        bare.append(time.perf_counter() - started)
        db.close()
    bare_s = statistics.median(bare)
    load = os.getloadavg()[0]
    print(f"\nlogin to the desk usable: {median:.3f} s; the login's work alone {bare_s:.3f} s, "
          f"ratio {median / bare_s:.2f} (load {load:.2f}, {os.cpu_count()} cores)")
    benchmark.extra_info.update(bare_s=round(bare_s, 3), load=round(load, 2))
    assert median < LOGIN_TO_DESK_S


_FIRST_LOGIN = textwrap.dedent("""
    import sys, time
    import wic_desk.app
    from PySide6.QtWidgets import QApplication
    from wic_desk.gui.pages.login import LoginDialog
    app = QApplication(sys.argv[:1])
    dialog = LoginDialog(None)
    dialog.show()
    app.processEvents()
    # what the app does once the login window is up (app._open_and_start), then a person types
    from wic_desk.services import demo, keys, setup
    wic_desk.app.preload_desk()
    typing = time.perf_counter() + float(sys.argv[2])
    while time.perf_counter() < typing:
        app.processEvents()
        time.sleep(0.01)
    started = time.perf_counter()  # the password is given
    wic_desk.app._preloaded()
    db, actor = keys.open_for_login(sys.argv[1], demo.DEMO_ADMIN, demo.DEMO_PASSWORD)
    from wic_desk.gui.context import AppContext
    from wic_desk.gui.main_window import MainWindow
    from wic_desk.gui.tasks import BackgroundRunner
    window = MainWindow(AppContext(db=db, runner=BackgroundRunner(), desk=setup.desk_info(db), actor=actor))
    window.resize(1366, 768)
    window.show()
    label = window.desk_page.ui.todayCountLabel
    while "·" not in label.text():
        app.processEvents()
        time.sleep(0.001)
    print(f"{time.perf_counter() - started:.4f}", flush=True)
    import os
    os._exit(0)  # the other pages' jobs need not finish
""")


def test_first_login_of_the_day_to_the_desk_usable(benchmark, demo_db, tmp_path):
    """The same, in a process that has just shown its login window (the main window's code not
    loaded yet, as after a start) and given two seconds to type the password in, on a copy of the
    full demo; 5 processes, the median. Also with no time to type (a password pasted at once)."""
    import shutil
    root = Path(__file__).resolve().parents[2]
    copy = tmp_path / "desk.db"
    with demo_db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(demo_db.path, copy)
    shutil.copyfile(f"{demo_db.path}.keys", f"{copy}.keys")
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               WIC_DESK_HOME=str(tmp_path), PYTHONPATH=str(root))
    medians = {}

    def measure():  # a benchmark (skipped by the plain test run): 12 processes, each timing itself
        for typing_s in (2.0, 0.0):
            times = []
            for _ in range(6):
                done = subprocess.run([sys.executable, "-c", _FIRST_LOGIN, str(copy), str(typing_s)], env=env,
                                      cwd=root, capture_output=True, text=True, timeout=300)
                assert done.returncode == 0, done.stderr[-2000:]
                times.append(float(done.stdout.strip().splitlines()[-1]))
            medians[typing_s] = statistics.median(times[1:])  # the first one warms the copy's pages

    benchmark.group = "login (full demo)"
    benchmark.pedantic(measure, rounds=1, iterations=1)
    benchmark.extra_info.update(after_typing_s=round(medians[2.0], 3), pasted_s=round(medians[0.0], 3))
    load = os.getloadavg()[0]
    print(f"\nfirst login of the day to the desk usable: {medians[2.0]:.3f} s after 2 s of typing, "
          f"{medians[0.0]:.3f} s with no time to type (load {load:.2f}, {os.cpu_count()} cores)")
    assert medians[2.0] < LOGIN_TO_DESK_S
