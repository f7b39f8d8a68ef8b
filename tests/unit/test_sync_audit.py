"""Audit entries travel between desks (real databases, real exchange files): relayed from desk to
desk, taken once however often a file is read, never updated or deleted (also once imported, and
by a rebuild), refused with a file of another centre, free of personal data in the file, kept by
a restore, and shown on any desk with the desk that made them."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import DatabaseError

from tests import rawdb
from tests.unit.test_sync_helpers import (  # noqa: F401
    DeskUnderTest,
    centre,
    close_all,
    exchange_all,
    fast_cipher,
    first_desk,
    join,
    key_of,
)
from wic_desk.domain.enums import ConsentKind, Sex
from wic_desk.domain.errors import UserError
from wic_desk.services import audit, backup, people
from wic_desk.services import sync as sync_service
from wic_desk.store import cipher
from wic_desk.store.models import SYNCED_MODELS, AuditEntry
from wic_desk.sync import apply, fileformat

CONSENT = people.ConsentInput(ConsentKind.WRITTEN, dt.date(2024, 1, 10), "Services of the centre")
MARKER = "Zzyzxqwertova"  # a family name no code, id or action could contain


def register(desk: DeskUnderTest, given: str, family: str):
    return people.register(desk.db, desk.admin, people.PersonInput(given_name=given, family_name=family,
                                                                   sex=Sex.FEMALE), CONSENT)


def entries(desk: DeskUnderTest) -> dict[str, tuple]:
    """Every audit entry held: id -> (desk id, number, action, staff, person, detail)."""
    with desk.db.read() as s:
        return {str(e.id): (str(e.desk_id), e.seq, e.action, e.staff_id, e.person_id, e.detail)
                for e in s.execute(select(AuditEntry)).scalars()}


def audit_count(desk: DeskUnderTest) -> int:
    with desk.db.read() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry))


def audit_part(desk: DeskUnderTest, path) -> list:
    """The audit entries an exchange file carries, as written in it."""
    ef = fileformat.read_file(path, key_of(desk))
    return [list(row) for frame in ef.audit_rows() for row in frame]


def change_part(desk: DeskUnderTest, path) -> list:
    ef = fileformat.read_file(path, key_of(desk))
    return [list(row) for frame in ef.rows() for row in frame]


def refuses_changes(desk: DeskUnderTest) -> None:
    """The database refuses UPDATE and DELETE on the audit log, through SQLAlchemy and raw SQL."""
    for statement in (update(AuditEntry).values(detail="rewritten"), delete(AuditEntry),
                      update(AuditEntry).values(seq=None)):
        with pytest.raises(DatabaseError, match="append-only"):
            with desk.db.engine.begin() as conn:
                conn.execute(statement)
    raw = rawdb.connect(desk.db.path, desk.db.key)
    try:
        for sql in ("DELETE FROM audit_log", "UPDATE audit_log SET action = 'x'"):
            with pytest.raises(cipher.DatabaseError, match="append-only"):
                raw.execute(sql)
    finally:
        raw.close()


@pytest.fixture
def desks(tmp_path, fast_cipher):  # noqa: F811
    made = centre(tmp_path, 3)
    yield made
    close_all(made)


def test_an_entry_made_on_a_reaches_c_through_b_as_it_was_made(desks):
    a, b, c = desks
    pid = register(a, "Olena", "Relayed")
    fields = (AuditEntry.id, AuditEntry.at, AuditEntry.staff_id, AuditEntry.desk_id, AuditEntry.seq,
              AuditEntry.action, AuditEntry.table_name, AuditEntry.record_id, AuditEntry.person_id, AuditEntry.detail)
    with a.db.read() as s:
        made = s.execute(select(*fields).where(AuditEntry.action == "person.create",
                                               AuditEntry.person_id == pid)).one()
    assert made.desk_id == a.db.desk_id and made.seq is not None
    b.read(a.export(for_desk=b))
    relay = b.export(for_desk=c)
    assert str(made.id) in {row[0] for row in audit_part(b, relay)}
    c.read(relay)  # c has never read a file of a
    with c.db.read() as s:
        there = s.execute(select(*fields).where(AuditEntry.id == made.id)).one()
    assert tuple(there) == tuple(made)
    # the administrator on c sees it, with the desk that made it
    row = next(r for r in audit.entries(c.db, c.admin) if r.action == "person.create" and r.person_id == pid)
    assert (row.desk_id, row.desk_name, row.staff_name) == (a.db.desk_id, "Recepcja A", "Anna Admin")
    only_a = audit.entries(c.db, c.admin, desk_id=a.db.desk_id)
    assert row in only_a and {r.desk_name for r in only_a} == {"Recepcja A"}
    # and c's own files do not send it back to a, which said it holds it (relayed by b)
    a.read(c.export(for_desk=a))
    c.read(a.export(for_desk=c))
    assert str(made.id) not in {row[0] for row in audit_part(c, c.export(for_desk=a))}


def test_after_exchanges_every_desk_holds_the_whole_audit(desks):
    a, b, c = desks
    register(a, "Iryna", "Alpha")
    register(b, "Oksana", "Beta")
    before = {d.name: set(entries(d)) for d in desks}
    exchange_all(desks)
    everything = set().union(*before.values())
    for d in desks:
        assert everything <= set(entries(d)), d.name
    # each desk's entries are numbered 1, 2, 3, ... on the desk that made them
    held = entries(a)
    for desk_id in {v[0] for v in held.values()}:
        numbers = sorted(v[1] for v in held.values() if v[0] == desk_id)
        assert numbers == list(range(1, len(numbers) + 1)) or desk_id != str(a.db.desk_id)


def test_reading_the_same_file_twice_adds_nothing(desks):
    a, b, _ = desks
    register(a, "Daria", "Twice")
    path = a.export(for_desk=b)
    first = b.read(path)
    held = entries(b)
    assert first.audit_new > 0
    again = b.read(path)
    assert again.audit == first.audit and again.audit_new == 0
    added = {k: v for k, v in entries(b).items() if k not in held}
    # only this desk's own entry saying it read the file
    assert [v[2] for v in added.values()] == ["sync.import"] and all(held[k] == entries(b)[k] for k in held)


def test_the_audit_log_stays_append_only_after_an_import_and_a_rebuild(desks):
    a, b, _ = desks
    register(a, "Halyna", "Kept")
    b.read(a.export(for_desk=b))
    refuses_changes(b)
    held = entries(b)
    assert any(v[0] == str(a.db.desk_id) for v in held.values())  # imported entries among them
    # a rebuild from the change log never touches the audit log (no synced table is the audit log)
    assert AuditEntry not in SYNCED_MODELS and AuditEntry.__tablename__ not in apply.MODELS
    digest = b.digest()
    assert sync_service.rebuild(b.db, b.admin) == digest  # committed, through apply.rebuild
    after = entries(b)
    assert {k: after[k] for k in held} == held
    assert [v[2] for k, v in after.items() if k not in held] == ["sync.rebuild"]
    refuses_changes(b)


def test_a_file_of_another_centre_brings_no_audit_entry(desks, tmp_path):
    a, b, _ = desks
    other = first_desk(tmp_path / "other", "A")
    try:
        register(other, "Taras", "Obcy")
        before = entries(b)
        for path in (other.export(), other.export(full=True)):
            assert audit_part(other, path)  # it carries audit entries of its own
            with pytest.raises(UserError) as refused:
                b.read(path)
            assert refused.value.text == fileformat.E_OTHER_CENTRE
        assert entries(b) == before
    finally:
        other.db.close()


def test_the_audit_part_of_a_file_holds_no_name(desks):
    a, b, _ = desks
    pid = register(a, "Marta", MARKER)
    people.get_person(a.db, a.admin, pid)  # audited: the page opened
    data = people.get_person(a.db, a.admin, pid).data
    data.city = "Wrocław"
    people.update_person(a.db, a.admin, pid, data)
    people.search(a.db, MARKER)
    for path in (a.export(for_desk=b), a.export(full=True)):
        part = audit_part(a, path)
        about = [row for row in part if row[8] == str(pid)]
        assert {"person.create", "person.update"} <= {row[5] for row in about}
        assert MARKER not in json.dumps(part, ensure_ascii=False)
        assert MARKER.casefold() not in json.dumps(part, ensure_ascii=False).casefold()
        # the test would see it: the same file's changes carry the name
        assert MARKER in json.dumps(change_part(a, path), ensure_ascii=False)


def test_a_restore_keeps_later_entries_and_they_still_travel(desks):
    a, b, _ = desks
    saved = backup.backup(a.db)
    pid = register(a, "Roman", "After")
    with a.db.read() as s:
        later = set(str(i) for i in s.execute(select(AuditEntry.id).where(AuditEntry.person_id == pid)).scalars())
    assert later
    backup.restore(a.db, saved, a.admin)
    held = entries(a)
    assert later <= set(held)  # made after the backup, kept
    restores = [k for k, v in held.items() if v[2] == "backup.restore"]
    assert len(restores) == 1 and held[restores[0]][3] == a.admin.staff_id
    # numbers are not reused after the restore: each desk's are distinct
    pairs = [(v[0], v[1]) for v in held.values()]
    assert len(pairs) == len(set(pairs))
    b.read(a.export(for_desk=b))
    assert later | set(restores) <= set(entries(b))
    refuses_changes(a)


def test_a_new_desk_joining_gets_the_whole_audit(desks, tmp_path):
    a, b, _ = desks
    register(b, "Nadiia", "FromB")
    a.read(b.export(for_desk=a))
    held = set(entries(a))
    d = join(tmp_path, a, "D")
    try:
        assert held <= set(entries(d))
        names = {r.desk_name for r in audit.entries(d.db, d.admin)}
        assert {"Recepcja A", "Recepcja B", "Recepcja D"} <= names
    finally:
        d.db.close()


def test_a_forged_or_older_audit_part_is_refused_whole(desks, tmp_path):
    from tests.unit.test_sync_file import forge, frame
    a, b, _ = desks
    good = a.export(for_desk=b)
    key = key_of(a)
    before = (b.digest(), audit_count(b))

    def first_entry(edit):
        def apply_edit(chunks):
            edit(chunks[0][0])
            return chunks
        return apply_edit

    cases = {
        "unexpected": forge(key, good, tmp_path / "old.wic", manifest_edit=lambda m: m.update(format=3),
                            extra=frame(b"A", json.dumps([audit_part(a, good)[0]]).encode())),
        "damaged": forge(key, good, tmp_path / "bad-id.wic", audit_edit=first_entry(lambda r: r.__setitem__(0, "x"))),
        "damaged ": forge(key, good, tmp_path / "bad-when.wic",
                          audit_edit=first_entry(lambda r: r.__setitem__(3, "yesterday"))),
        "damaged  ": forge(key, good, tmp_path / "checksum.wic", fix_checksum=False,
                           audit_edit=first_entry(lambda r: r.__setitem__(9, "rewritten"))),
        "damaged   ": forge(key, good, tmp_path / "count.wic",
                            manifest_edit=lambda m: m.update(audit_entries=m["audit_entries"] + 1)),
    }
    for what, path in cases.items():
        with pytest.raises(UserError, match=what.strip()):
            b.read(path)
        assert (b.digest(), audit_count(b)) == before, what
    # a file of format 3 (a desk not updated yet) still reads, without audit
    old = forge(key, good, tmp_path / "format3.wic", manifest_edit=lambda m: m.update(format=3))
    result = b.read(old)
    assert result.audit == 0 and result.changes > 0


def test_size_of_the_audit_part(desks):
    """Not a rule: what 1,000 audit entries add to an exchange file (printed with -s). Each about
    another person (ids do not compress), a third with a short detail, as page views and edits are."""
    import uuid

    from wic_desk.services.uow import UnitOfWork
    a, b, _ = desks
    small = a.export(for_desk=b)
    with UnitOfWork(a.db, a.admin) as uow:
        for n in range(1000):
            pid = uuid.uuid4()
            uow.audit(("person.view", "person.update", "note.read")[n % 3], "persons", pid, pid,
                      detail=None if n % 3 else f"fields=city,phone {n}")
    big = a.export(for_desk=b)
    added = big.stat().st_size - small.stat().st_size
    assert len(audit_part(a, big)) - len(audit_part(a, small)) == 1001  # and the first export's entry
    print(f"\n1,000 audit entries add {added} bytes ({added / 1000:.0f} bytes each) to an exchange file")
    assert added < 200_000


def test_a_join_is_this_desks_own_only_when_it_joined(desks):
    """``joined_as`` (a join run again) looks at this desk's own entries: B's join, arrived on A
    with B's audit, does not make A a desk that joined."""
    a, b, _ = desks
    a.read(b.export(for_desk=a))
    assert any(v[2] == "sync.join" and v[0] == str(b.db.desk_id) for v in entries(a).values())
    assert not sync_service.joined_as(a.db, "Recepcja A")
    assert sync_service.joined_as(b.db, "Recepcja B")
