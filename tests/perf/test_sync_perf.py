"""Speed and size of the exchange (issue 6), with the real age cipher (the centre key), on real SQLite files:
export and import of 100,000 changed records each under 30 s; the exchange file of the full
demo database (100,000 persons, 1,000,000 visits) under 100 MB.

Run: ``pytest tests/perf/test_sync_perf.py --benchmark-only -p no:cacheprovider -s``
(the demo build alone takes a few minutes).
"""

from __future__ import annotations

import time

import pytest

from tests.unit.test_sync_helpers import centre, close_all, exchange_all
from tests.unit.test_sync_killed import bulk_register
from wic_desk.services import sync as sync_service

RECORDS = 100_000


@pytest.fixture
def loaded(tmp_path):
    desks = centre(tmp_path, 2)
    exchange_all(desks, rounds=1)
    a, _ = desks
    for _ in range(RECORDS // 20_000):
        bulk_register(a.db, a.admin, 20_000)
    yield desks
    close_all(desks)


def test_export_of_100k_changed_records(benchmark, loaded, tmp_path):
    a, b = loaded
    out = tmp_path / "out.wic"
    result = benchmark.pedantic(lambda: sync_service.export_changes(a.db, a.admin, out,
                                                                    for_desk=b.db.desk_id),
                                rounds=1, iterations=1)
    assert result.changes >= RECORDS
    print(f"\nexport: {result.changes} changes, {result.size / 1e6:.1f} MB, {benchmark.stats['max']:.1f} s")
    assert benchmark.stats["max"] < 30


def test_import_of_100k_changed_records(benchmark, loaded):
    a, b = loaded
    path = a.export(for_desk=b)
    result = benchmark.pedantic(lambda: b.read(path), rounds=1, iterations=1)
    assert result.new >= RECORDS and result.records >= RECORDS
    print(f"\nimport: {result.new} changes, {benchmark.stats['max']:.1f} s")
    assert benchmark.stats["max"] < 30
    assert b.digest() == a.digest()


def test_full_file_of_the_demo_database_is_under_100_mb(benchmark, tmp_path):
    try:
        from wic_desk.services.demo import build_demo
    except ImportError:
        pytest.skip("wic_desk.services.demo.build_demo does not exist yet (demo data issue)")
    from wic_desk.services import auth
    from wic_desk.services.context import Database

    db = Database.open(tmp_path / "demo.db")
    try:
        started = time.perf_counter()
        demo = build_demo(db, persons=100_000, seed=1)
        built = time.perf_counter() - started
        admin = auth.login(db, demo.login, demo.password)
        out = tmp_path / "full.wic"
        result = benchmark.pedantic(lambda: sync_service.export_changes(db, admin, out, full=True),
                                    rounds=1, iterations=1)
        print(f"\ndemo built in {built:.0f} s; full file: {result.changes} changes, {result.size / 1e6:.1f} MB, "
              f"written and read back in {benchmark.stats['max']:.1f} s")
        assert result.changes >= 1_100_000
        assert result.size < 100 * 1000 * 1000
    finally:
        db.close()
