"""Every write goes through the unit of work, with its change-log entry in the same transaction."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from tests import rawdb
from wic_desk.domain.enums import ServiceCategory, Sex
from wic_desk.services import people, visits
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import SYNCED_MODELS, ChangeLogEntry, Person


def _log(db):
    with db.read() as s:
        return s.execute(select(ChangeLogEntry.seq, ChangeLogEntry.table_name, ChangeLogEntry.record_id,
                                ChangeLogEntry.fields, ChangeLogEntry.seen, ChangeLogEntry.hlc,
                                ChangeLogEntry.desk_id).order_by(ChangeLogEntry.seq)).all()


def test_every_synced_record_has_its_change_and_numbers_run_without_gaps(db, admin, consent):
    pid = people.register(db, admin, people.PersonInput(given_name="Anna", family_name="Lis", sex=Sex.FEMALE),
                          consent)
    visits.record_visit(db, admin, pid, [ServiceCategory.LEGAL])
    log = _log(db)
    assert [e.seq for e in log] == list(range(1, len(log) + 1))
    assert all(e.desk_id == db.desk_id for e in log)
    assert [e.hlc for e in log] == sorted(e.hlc for e in log) and len({e.hlc for e in log}) == len(log)
    with db.read() as s:
        synced = sum(s.scalar(select(func.count()).select_from(m)) for m in SYNCED_MODELS)
    assert len({e.record_id for e in log}) == synced
    person_entry = next(e for e in log if e.record_id == pid)
    assert person_entry.fields["family_name"] == "Lis" and person_entry.fields["sex"] == "F"
    assert person_entry.seen is None


def test_an_edit_logs_only_changed_fields_and_what_it_supersedes(db, admin, consent):
    pid = people.register(db, admin, people.PersonInput(given_name="Anna", family_name="Lis", sex=Sex.FEMALE),
                          consent)
    first = next(e for e in _log(db) if e.record_id == pid)
    data = people.get_person(db, admin, pid).data
    data.family_name = "Lisowska"
    people.update_person(db, admin, pid, data)
    edit = [e for e in _log(db) if e.record_id == pid][-1]
    assert edit.fields == {"family_name": "Lisowska"}
    assert edit.seen == {"family_name": [[str(first.desk_id), first.seq]]}
    data.family_name = "Lis"
    people.update_person(db, admin, pid, data)
    second_edit = [e for e in _log(db) if e.record_id == pid][-1]
    assert second_edit.seen == {"family_name": [[str(edit.desk_id), edit.seq]]}


def test_a_failed_unit_of_work_leaves_neither_record_nor_change(db, admin):
    before = len(_log(db))
    with pytest.raises(RuntimeError), UnitOfWork(db, admin) as uow:
        uow.session.add(Person(given_name="Temp", family_name="Person", sex=Sex.OTHER, consent_kind="written",
                               consent_date=dt.date.today(), consent_scope="x"))
        uow.session.flush()
        raise RuntimeError("boom")
    assert len(_log(db)) == before
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 0


def test_a_locked_database_gives_a_plain_message_and_changes_nothing(db, admin, consent, monkeypatch):
    blocker = rawdb.connect(db.path, db.key, timeout=0)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        engine = db.engine
        with engine.connect() as conn:  # shorten the wait for this test
            conn.exec_driver_sql("PRAGMA busy_timeout=50")
        engine.dispose()
        from sqlalchemy import event

        @event.listens_for(engine, "connect")
        def _short(dbapi_connection, _record):
            dbapi_connection.execute("PRAGMA busy_timeout=50")

        from wic_desk.domain.errors import UserError
        with pytest.raises(UserError, match="busy"):
            people.register(db, admin, people.PersonInput(given_name="Anna", family_name="Lis"), consent)
    finally:
        blocker.rollback()
        blocker.close()
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 0


def test_a_failed_set_up_leaves_the_desk_not_set_up(db):
    from wic_desk.domain.errors import UserError
    from wic_desk.services import setup
    with pytest.raises(UserError):
        setup.initialise(db, "Centrum", "Recepcja", "admin", "Admin", "12")  # password too short
    assert not db.is_set_up()
    with pytest.raises(RuntimeError), UnitOfWork(db, None) as uow:
        import uuid

        from wic_desk.services.context import set_local_value
        set_local_value(uow.session, "desk_id", "6a1f0a6e-0000-4000-8000-000000000001")
        db._desk_id = uuid.UUID("6a1f0a6e-0000-4000-8000-000000000001")  # as a join does before applying
        raise RuntimeError("power cut")
    assert not db.is_set_up()


def test_changes_from_a_file_are_stored_as_the_column_types_store_them(tmp_path):
    """A file's changes go into the log through the driver (``log.insert_rows``); what is stored
    is byte for byte what the table's types store (ids as hex, JSON text, None seen as JSON null,
    no author as NULL), and reads back the same."""
    import uuid

    from wic_desk.services.context import Database
    from wic_desk.sync import log
    desk, record = str(uuid.uuid4()), str(uuid.uuid4())
    rows = [(desk, 1, 1000, "persons", record, {"given_name": "Ola", "city": "Łódź", "birth_date": None}, None, None),
            (desk, 2, 1001, "persons", record, {"city": "Opole"}, {"city": [[desk, 1]]}, str(uuid.uuid4())),
            (desk, 3, 1002, "visits", str(uuid.uuid4()), {"reasons": ["legal", "lawyer"], "deleted": False}, None,
             None)]
    stored = []
    for name, insert in (("driver", log.insert_rows), ("types", log.insert_by_types)):
        db = Database.open(tmp_path / f"{name}.db")
        try:
            with db.new_session() as s:
                insert(s, rows)
                s.commit()
            with db.read() as s:
                conn = s.connection().connection.driver_connection
                stored.append(conn.execute(
                    "SELECT desk_id, seq, hlc, table_name, record_id, fields, typeof(fields), seen, typeof(seen), "
                    "author_id, typeof(author_id) FROM change_log WHERE desk_id = ? ORDER BY seq",
                    (uuid.UUID(desk).hex,)).fetchall())
                back = [log.as_row(r) for r in s.execute(select(*log._COLUMNS).where(
                    ChangeLogEntry.desk_id == uuid.UUID(desk)).order_by(ChangeLogEntry.seq))]
            assert back == rows
        finally:
            db.close()
    assert stored[0] == stored[1] and len(stored[0]) == 3
