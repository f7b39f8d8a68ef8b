"""The full-size demo database the benchmarks read: 100,000 people and 1,000,000 visits.

Building it takes about a minute, so it is kept under ``/tmp/wic-perf`` (``WIC_PERF_DIR``) and
reused while its key matches: seed, size, schema revision and the generator's source. It is built
into a temporary file and renamed, so an interrupted build never leaves a half database behind.
The benchmarks only read it.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import os
from pathlib import Path

import pytest

PERF_DIR = Path(os.environ.get("WIC_PERF_DIR", "/tmp/wic-perf"))
SEED = 1
PERSONS = 100_000
VISITS = 1_000_000


def demo_key(seed: int, persons: int, visits: int) -> dict:
    from wic_desk import paths
    from wic_desk.services import demo, people, setup
    from wic_desk.store.migrate import head_revision
    # the demo's own code and the seeds it takes from a new centre's set-up (indicators, project)
    source = inspect.getsource(demo) + inspect.getsource(people.search_key_for) + inspect.getsource(setup)
    # and the migrations' own text: a revision edited before it lands (an index added) rebuilds too
    source += "".join(p.read_text() for p in sorted(paths.migrations_dir().rglob("*.py")))
    return {"seed": seed, "persons": persons, "visits": visits, "schema": head_revision(paths.migrations_dir()),
            "generator": hashlib.sha256(source.encode()).hexdigest()[:16],
            "centre_key": True}  # databases built before centre keys had none


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal", ".keys"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


@pytest.fixture(scope="session")
def demo_spec() -> dict:
    """Seed and size of the full demo database (the test modules are not a package)."""
    return {"seed": SEED, "persons": PERSONS, "visits": VISITS}


@pytest.fixture(scope="session")
def perf_home(tmp_path_factory):
    """A user data folder for the whole session (the per-test one is function-scoped)."""
    mp = pytest.MonkeyPatch()
    mp.setenv("WIC_DESK_HOME", str(tmp_path_factory.mktemp("perf-home")))
    mp.setenv("WIC_DESK_LANG", "en")
    mp.delenv("WIC_DESK_DATABASE_URL", raising=False)
    yield
    mp.undo()


@pytest.fixture(scope="session")
def demo_db(perf_home):
    """The cached full-size demo database, opened; built first when missing or stale."""
    from wic_desk.services import demo, keys
    from wic_desk.services.context import Database

    PERF_DIR.mkdir(parents=True, exist_ok=True)
    path = PERF_DIR / "demo-100k.db"
    key_file = PERF_DIR / "demo-100k.json"
    key = demo_key(SEED, PERSONS, VISITS)
    stored = json.loads(key_file.read_text()) if key_file.exists() and path.exists() else None
    if stored != key:
        building = PERF_DIR / "demo-100k.building.db"
        _remove(building)
        key_file.unlink(missing_ok=True)
        db = Database.open(building)
        try:
            demo.build_demo(db, persons=PERSONS, visits=VISITS, seed=SEED)
            with db.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            db.close()
        _remove(path)
        Path(f"{building}.keys").replace(f"{path}.keys")  # the encrypted file's key file goes with it
        building.replace(path)
        _remove(building)
        key_file.write_text(json.dumps(key))
    db, _actor = keys.open_for_login(path, demo.DEMO_ADMIN, demo.DEMO_PASSWORD)
    yield db
    db.close()


@pytest.fixture(scope="session")
def plain_demo_db(demo_db):
    """The same demo database as a plain SQLite file (kept beside it while its key matches), opened
    without conversion: the bare mechanism the encrypted one is measured against, side by side."""
    from wic_desk.services.context import Database
    from wic_desk.store import cipher
    from wic_desk.store.engine import make_engine
    path = PERF_DIR / "demo-100k-plain.db"
    key_file = PERF_DIR / "demo-100k-plain.json"
    key = {**demo_key(SEED, PERSONS, VISITS), "of": (PERF_DIR / "demo-100k.json").read_text()}
    if not (path.exists() and key_file.exists() and json.loads(key_file.read_text()) == key):
        _remove(path)
        key_file.unlink(missing_ok=True)
        with demo_db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        cipher.export_copy(demo_db.path, demo_db.key, path, None)
        key_file.write_text(json.dumps(key))
    url = f"sqlite:///{path}"
    db = Database(make_engine(url, None), url, None)
    yield db
    db.engine.dispose()
