"""What encryption at rest costs, measured side by side on the full-size demo database: the same
operations on the encrypted file (SQLCipher, as the app runs it) and on a plain copy of it (the
same SQLite library, no key: the bare mechanism), alternating so both see the same machine load.

Target (issue 10): search, the desk's lists, the donor report and a sync export stay within 15 %
of the plain figures. Each test prints both medians and their ratio and records them.

Skipped by default (``--benchmark-skip``). Run:
``pytest tests/perf/test_encryption_perf.py --benchmark-only -p no:cacheprovider -s``
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import statistics
import time

import pytest
from sqlalchemy import func, select

from wic_desk.services import auth, people, reports, visits
from wic_desk.services import sync as sync_service
from wic_desk.store.models import Person, Visit

LIMIT = 1.15
YEAR = (dt.date(2023, 7, 1), dt.date(2024, 6, 15))


def _side_by_side(benchmark, name: str, encrypted, plain, rounds: int, per_round: int = 1,
                  warm: bool = True) -> float:
    """``encrypted()`` and ``plain()`` alternately, ``rounds`` times each (``per_round`` calls a
    round); returns encrypted median / plain median, printed with the machine's load."""
    if warm:
        encrypted()
        plain()  # warm both page caches
    times = {"encrypted": [], "plain": []}
    for i in range(rounds):
        order = (("encrypted", encrypted), ("plain", plain)) if i % 2 == 0 else (("plain", plain), ("encrypted", encrypted))
        for label, fn in order:
            started = time.perf_counter()
            for _ in range(per_round):
                fn()
            times[label].append((time.perf_counter() - started) / per_round)
    enc, bare = statistics.median(times["encrypted"]), statistics.median(times["plain"])
    ratio = enc / bare
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"\n{name}: encrypted {enc * 1000:.3f} ms, plain {bare * 1000:.3f} ms, ratio {ratio:.3f} "
          f"(load {load:.2f}, {os.cpu_count()} cores)")
    benchmark.extra_info.update(encrypted_ms=round(enc * 1000, 3), plain_ms=round(bare * 1000, 3),
                                ratio=round(ratio, 3), load=round(load, 2))
    benchmark.group = "encryption (side by side)"
    benchmark.pedantic(encrypted, rounds=1, iterations=1)  # the benchmark's own record: one more run
    return ratio


@pytest.fixture(scope="module")
def both(demo_db, plain_demo_db):
    return demo_db, plain_demo_db, auth.first_admin(demo_db), auth.first_admin(plain_demo_db)


def test_search(benchmark, both):
    enc, plain, _a, _b = both
    with enc.read() as s:
        names = s.execute(select(Person.family_name).order_by(Person.id).limit(120)).scalars().all()
    queries = [n[:k] for n in names for k in (3, 5)] + names
    enc_cycle, plain_cycle = itertools.cycle(queries), itertools.cycle(queries)
    for q in queries:
        people.search(enc, q)
        people.search(plain, q)
    ratio = _side_by_side(benchmark, "search", lambda: people.search(enc, next(enc_cycle)),
                          lambda: people.search(plain, next(plain_cycle)), rounds=60, per_round=len(queries) // 6)
    assert ratio < LIMIT


def test_visits_of_the_busiest_day(benchmark, both):
    enc, plain, a, b = both
    with enc.read() as s:
        day = s.execute(select(Visit.visit_date).group_by(Visit.visit_date).order_by(func.count().desc())
                        .limit(1)).scalar_one()
    ratio = _side_by_side(benchmark, "visits of the busiest day", lambda: visits.visits_on(enc, a, day),
                          lambda: visits.visits_on(plain, b, day), rounds=20)
    assert ratio < LIMIT


def test_donor_report(benchmark, both, tmp_path):
    enc, plain, a, b = both
    ratio = _side_by_side(benchmark, "donor report (a year)",
                          lambda: reports.donor_report(enc, a, *YEAR, tmp_path / "enc.xlsx"),
                          lambda: reports.donor_report(plain, b, *YEAR, tmp_path / "plain.xlsx"), rounds=3)
    assert ratio < LIMIT


def test_sync_export_full_file(benchmark, both, tmp_path):
    """A full exchange file (every record: what a new desk joins with), from each."""
    enc, plain, a, b = both
    ratio = _side_by_side(
        benchmark, "sync export (full file)",
        lambda: sync_service.export_changes(enc, a, tmp_path / "enc.wicsync", full=True),
        lambda: sync_service.export_changes(plain, b, tmp_path / "plain.wicsync", full=True), rounds=2, warm=False)
    assert ratio < LIMIT
