"""Sealed notes at full size (100,000 people, 101,927 consultations): what a reader's login and a
person's consultations cost, each beside the bare mechanism in the same run.

- a counsellor's login (their password checked, their notes identity opened with a second argon2id
  derivation, the keys they hold checked for colleagues waiting, old plain notes looked for) beside
  a receptionist's login on the same database (the password checked only);
- the consultations of the person with the most, as a counsellor reads them (every note opened
  with AES-GCM), beside the same rows selected with plain SQLite (notes left sealed).

Run: ``pytest tests/perf/test_notes_perf.py --benchmark-only -p no:cacheprovider``
"""

from __future__ import annotations

import statistics
import time

from sqlalchemy import func, select

from wic_desk.services import auth, demo
from wic_desk.services import consultations as cs
from wic_desk.store.models import Consultation

LOGIN_S = 1.0
PAGE_MS = 50.0


def _median_s(fn, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def test_a_readers_login(benchmark, demo_db):
    auth.login(demo_db, "doradca1", demo.DEMO_PASSWORD)  # a first login may seal keys for others
    benchmark.group = "notes (full demo)"
    actor = benchmark.pedantic(auth.login, args=(demo_db, "doradca1", demo.DEMO_PASSWORD), rounds=7,
                               warmup_rounds=1)
    assert actor.keyring is not None
    bare = _median_s(lambda: auth.login(demo_db, "recepcja1", demo.DEMO_PASSWORD), 7)
    median = benchmark.stats.stats.median
    benchmark.extra_info.update(median_s=round(median, 3), receptionist_login_s=round(bare, 3),
                                ratio=round(median / bare, 2))
    print(f"\nreader's login {median:.3f} s, receptionist's {bare:.3f} s, ratio {median / bare:.2f}")
    assert median < LOGIN_S


def test_consultations_of_a_person_with_notes(benchmark, demo_db):
    reader = auth.login(demo_db, "doradca1", demo.DEMO_PASSWORD)
    with demo_db.read() as s:
        person_id, count = s.execute(select(Consultation.person_id, func.count()).group_by(Consultation.person_id)
                                     .order_by(func.count().desc()).limit(1)).one()
    rows = cs.for_person(demo_db, reader, person_id)
    assert len(rows) == count and any(r.note for r in rows)
    benchmark.group = "notes (full demo)"
    benchmark.pedantic(cs.for_person, args=(demo_db, reader, person_id), rounds=50, warmup_rounds=2)

    def plain():
        with demo_db.read() as s:
            return s.execute(select(Consultation.__table__).where(Consultation.person_id == person_id)).all()
    bare = _median_s(plain, 50)
    median = benchmark.stats.stats.median
    benchmark.extra_info.update(consultations=count, median_ms=round(median * 1000, 3),
                                plain_sqlite_ms=round(bare * 1000, 3), ratio=round(median / bare, 2))
    print(f"\n{count} consultations: {median * 1000:.2f} ms, plain SQLite {bare * 1000:.2f} ms, "
          f"ratio {median / bare:.2f}")
    assert median * 1000 < PAGE_MS
