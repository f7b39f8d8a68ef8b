"""A process killed in the middle of an import leaves the database as it was; importing the same
file again then gives the result of a clean import."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests import rawdb
from tests.unit.test_sync_helpers import centre, close_all, exchange_all, fast_cipher  # noqa: F401
from wic_desk.domain.enums import ConsentKind, Disability, Sex
from wic_desk.services.context import Database
from wic_desk.services.people import search_key_for
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import ChangeLogEntry, Person, PersonSearch

ROOT = Path(__file__).resolve().parents[2]

KILLER = textwrap.dedent("""
    import os, signal, sys
    sys.path.insert(0, {root!r})
    from wic_desk.services import keys, sync
    db, actor = keys.open_for_login({db!r}, "admin", "zielona-lipa-nad-odra")
    def progress(done, total):
        if done >= total * {fraction}:
            os.kill(os.getpid(), signal.SIGKILL)
    sync.import_file(db, actor, {file!r}, progress=progress)
    print("not killed")
""")

pytestmark = pytest.mark.usefixtures("cli_login")


def person_rows(count: int, desk_id: uuid.UUID) -> list[dict]:
    rows = []
    for i in range(count):
        rows.append({
            "id": uuid.uuid4(), "deleted": False, "given_name": f"Name{i}", "family_name": f"Family{i % 97}",
            "native_name": None, "sex": Sex.FEMALE, "birth_date": None, "birth_year": 1980 + i % 30,
            "citizenship": "UA", "languages": None, "phone": None, "email": None, "city": "Wrocław",
            "district": None, "residence_status": None, "pesel": None, "household_id": None,
            "household_relation": None, "disability": Disability.NOT_ASKED, "consent_kind": ConsentKind.WRITTEN,
            "consent_date": dt.date(2024, 1, 1), "consent_scope": "services", "consent_by": None,
            "first_contact_date": dt.date(2024, 1, 1), "heard_from": None,
            "registered_at": dt.datetime(2024, 1, 1, 9, 0), "registered_by": None, "registered_desk": desk_id,
            "merged_into": None, "anonymised": False})
    return rows


def bulk_register(db: Database, actor, count: int) -> None:
    rows = person_rows(count, db.desk_id)
    with UnitOfWork(db, actor) as uow:
        uow.bulk_insert(Person, rows)
        uow.session.execute(PersonSearch.__table__.insert(), [
            {"person_id": r["id"], "key": search_key_for(r["given_name"], r["family_name"], None, None, None)}
            for r in rows])


def counts(db: Database) -> tuple[int, int]:
    with db.read() as s:
        return (s.scalar(select(func.count()).select_from(ChangeLogEntry)),
                s.scalar(select(func.count()).select_from(Person)))


@pytest.mark.parametrize("fraction", [0.5, 0.8])  # while storing changes; while writing records
def test_a_killed_import_changes_nothing_and_a_second_import_is_clean(tmp_path, fast_cipher, fraction):  # noqa: F811
    made = centre(tmp_path, 2)
    try:
        exchange_all(made)
        a, b = made
        bulk_register(a.db, a.admin, 12_000)
        file = a.export(for_desk=b)
        before = (b.digest(), counts(b.db))
        b.db.close()
        script = KILLER.format(root=str(ROOT), db=str(b.db.path), fraction=fraction, file=str(file))
        run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300,
                             env=dict(os.environ))
        assert run.returncode == -9, run.stderr[-2000:]
        b.db = rawdb.open_as(b.db.path)
        assert (b.digest(), counts(b.db)) == before
        result = b.read(file)
        assert result.new == 12_000
        assert b.digest() == a.digest()
    finally:
        close_all(made)
