"""Exchanging files between desks: joins, relays, duplicates, order, clocks, conflicts, merges,
records arriving before their parents, restored and copied databases."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from sqlalchemy import select

from tests import rawdb
from tests.conftest import STAFF_PASSWORD
from tests.unit.test_sync_helpers import (  # noqa: F401
    PIN,
    DeskUnderTest,
    centre,
    close_all,
    copy_db,
    exchange_all,
    fast_cipher,
    key_of,
)
from wic_desk.domain import hlc
from wic_desk.domain.enums import ConsentKind, ServiceCategory, Sex
from wic_desk.domain.errors import UserError
from wic_desk.services import auth, merge, people, visits
from wic_desk.services import sync as sync_service
from wic_desk.services.context import Database
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import AuditEntry, ChangeLogEntry, Desk, Person, Visit
from wic_desk.sync import centrekey

CONSENT = people.ConsentInput(ConsentKind.WRITTEN, dt.date(2024, 1, 10), "Services of the centre")


def register(desk, given, family, **extra):
    return people.register(desk.db, desk.admin, people.PersonInput(given_name=given, family_name=family,
                                                                   sex=Sex.FEMALE, **extra), CONSENT)


def edit(desk, pid, **values):
    data = people.get_person(desk.db, desk.admin, pid).data
    for k, v in values.items():
        setattr(data, k, v)
    people.update_person(desk.db, desk.admin, pid, data)


def city(desk, pid):
    return people.get_person(desk.db, desk.admin, pid).data.city


@pytest.fixture
def desks(tmp_path, fast_cipher):  # noqa: F811
    made = centre(tmp_path, 3)
    exchange_all(made)
    yield made
    close_all(made)


def test_a_new_desk_joins_from_a_full_file_with_staff_accounts(desks):
    a, b, c = desks
    assert a.digest() == b.digest() == c.digest()
    assert len({a.db.desk_id, b.db.desk_id, c.db.desk_id}) == 3
    assert auth.login(c.db, "admin", PIN).full_name == "Anna Admin"
    assert key_of(a) == key_of(b) == key_of(c)  # the centre key came with the join file
    with c.db.read() as s:
        assert {n for n in s.execute(select(Desk.name)).scalars()} == {"Recepcja A", "Recepcja B", "Recepcja C"}


def test_joining_needs_a_join_file_its_code_and_an_empty_database(desks, tmp_path):
    from tests.unit.test_sync_file import forge
    a, b, _ = desks
    full = a.export(full=True)
    code = a.join_code
    assert code
    partial = a.export(for_desk=b)
    # a join head in front of a payload that is not everything (forged): still no join
    not_full = forge(key_of(a), full, tmp_path / "not-full.wicsync", manifest_edit=lambda m: m.update(full=False))
    fresh = Database.open(tmp_path / "fresh.db")
    try:
        for path, secret, expected in ((partial, code, centrekey.E_NOT_JOIN),
                                       (not_full, code, sync_service.E_NOT_FULL),
                                       (full, "AAAA-BBBB-CCCC-DDDD", centrekey.E_WRONG_CODE),
                                       (full, " ", centrekey.E_NO_CODE)):
            with pytest.raises(UserError) as caught:
                sync_service.join_centre(fresh, path, secret, "Recepcja F")
            assert caught.value.text == expected, path
            assert not fresh.is_set_up() and fresh.local(sync_service.CENTRE_KEY) is None
    finally:
        fresh.close()
    with pytest.raises(UserError, match="already set up"):
        sync_service.join_centre(b.db, full, code, "Again")


def test_edits_travel_and_a_search_finds_the_person_on_the_other_desk(desks):
    a, b, c = desks
    pid = register(a, "Olena", "Kovalenko")
    b.read(a.export(for_desk=b))
    assert [h.id for h in people.search(b.db, "Коваленко")] == [pid]
    edit(b, pid, city="Wrocław", family_name="Kowalenko")
    c.read(b.export())
    a.read(c.export())
    assert city(a, pid) == "Wrocław"
    assert [h.id for h in people.search(a.db, "Kowalenko")] == [pid]
    exchange_all(desks)
    assert a.digest() == b.digest() == c.digest()


def test_same_file_twice_own_file_reverse_order_overlap_and_relay_make_no_difference(tmp_path, fast_cipher):  # noqa: F811
    a, b, c, d = made = centre(tmp_path, 4)
    try:
        exchange_all(made)
        pid = register(a, "Iryna", "Melnyk")
        first = a.export(for_desk=b)
        edit(a, pid, city="Legnica")
        visits.record_visit(a.db, a.admin, pid, [ServiceCategory.LEGAL])
        second = a.export(for_desk=b)  # overlaps the first: b has not told a what it holds
        b.read(second)  # reverse order, then each again
        b.read(first)
        b.read(second)
        assert a.read(second).new == 0  # a desk's own file
        c.read(b.export(for_desk=c))  # relayed: a -> b -> c
        d.read(a.export(for_desk=d))  # direct: a -> d
        assert a.digest() == b.digest() == c.digest() == d.digest()
        before = d.digest()
        d.read(first)
        d.read(b.export())
        assert d.digest() == before
    finally:
        close_all(made)


def test_a_lost_file_is_made_up_for_by_the_next_one(desks):
    a, b, _ = desks
    pid = register(a, "Nino", "Beridze")
    a.export(for_desk=b)  # lost on the way
    edit(a, pid, city="Oleśnica")
    b.read(a.export(for_desk=b))  # judged from what b said it holds, not what was sent
    assert city(b, pid) == "Oleśnica"


def test_concurrent_edits_of_one_field_are_a_conflict_until_someone_chooses(desks):
    a, b, c = desks
    pid = register(a, "Giorgi", "Beridze")
    exchange_all(desks)
    edit(a, pid, city="Wrocław")
    edit(b, pid, city="Legnica")
    edit(c, pid, phone="+48 600 100 200")  # another field: never a conflict
    exchange_all(desks)
    lists = [d.conflicts() for d in desks]
    assert len(lists[0]) == 1
    conflict = lists[0][0]
    assert (conflict.table, conflict.record_id, conflict.field) == ("persons", pid, "city")
    assert {conflict.winner.value, conflict.others[0].value} == {"Wrocław", "Legnica"}
    assert conflict.winner.author_name == "Anna Admin" and conflict.others[0].desk_name.startswith("Recepcja")
    assert all([(x.field, x.winner.seq, x.others[0].seq) for x in lst] ==
               [(conflict.field, conflict.winner.seq, conflict.others[0].seq)] for lst in lists)
    shown = conflict.winner.value
    assert {city(d, pid) for d in desks} == {shown}
    # c chooses the value that is not shown ("use the other")
    other = conflict.others[0]
    sync_service.resolve_conflict(c.db, c.admin, "persons", pid, "city", (other.desk_id, other.seq))
    assert city(c, pid) == other.value and c.conflicts() == []
    exchange_all(desks)
    assert all(d.conflicts() == [] for d in desks)
    assert {city(d, pid) for d in desks} == {other.value}
    assert {people.get_person(d.db, d.admin, pid).data.phone for d in desks} == {"+48600100200"}
    with pytest.raises(UserError, match="settled"):
        sync_service.resolve_conflict(a.db, a.admin, "persons", pid, "city", (other.desk_id, other.seq))


def test_keeping_the_shown_value_is_a_change_too(desks):
    a, b, _ = desks
    pid = register(a, "Mariia", "Hrytsenko")
    exchange_all(desks)
    edit(a, pid, city="Wrocław")
    edit(b, pid, city="Legnica")
    exchange_all(desks)
    conflict = a.conflicts()[0]
    sync_service.resolve_conflict(a.db, a.admin, "persons", pid, "city",
                                  (conflict.winner.desk_id, conflict.winner.seq))
    exchange_all(desks)
    assert all(d.conflicts() == [] for d in desks)
    assert {city(d, pid) for d in desks} == {conflict.winner.value}
    with a.db.read() as s:
        assert s.execute(select(AuditEntry).where(AuditEntry.action == "sync.resolve")).scalars().first()


def test_deletion_and_restoration_travel(desks):
    a, b, _ = desks
    pid = register(a, "Taras", "Shevchenko")
    exchange_all(desks)
    with UnitOfWork(b.db, b.admin) as uow:
        uow.session.get(Person, pid).deleted = True
    a.read(b.export(for_desk=a))
    assert people.search(a.db, "Shevchenko") == []
    with UnitOfWork(a.db, a.admin) as uow:
        uow.session.get(Person, pid).deleted = False
    b.read(a.export(for_desk=b))
    assert [h.id for h in people.search(b.db, "Shevchenko")] == [pid]


def test_a_visit_arriving_before_its_person_is_kept_and_shows_once_the_person_arrives(desks):
    a, b, c = desks
    pid = register(a, "Vira", "Bondarenko")
    c.read(a.export(for_desk=c))  # c holds the person; a learns it from c's next file
    a.read(c.export(for_desk=a))
    vid = visits.record_visit(a.db, a.admin, pid, [ServiceCategory.INFORMATION])
    only_visit = a.export(for_desk=c)  # c lacks only the visit
    b.read(only_visit)  # b gets the visit without the person
    with b.db.read() as s:
        assert s.get(Visit, vid) is not None and s.get(Person, pid) is None
    b.read(a.export(for_desk=b))
    assert [h.id for h in people.search(b.db, "Bondarenko")] == [pid]
    with b.db.read() as s:
        assert s.get(Visit, vid).person_id == pid


def test_a_desk_ten_minutes_behind_edits_after_importing_and_its_edit_wins(desks, monkeypatch):
    a, b, _ = desks
    pid = register(a, "Olha", "Tkachenko")
    exchange_all(desks)
    edit(a, pid, city="Wrocław")
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() - 600)  # b's clock: ten minutes behind
    b.read(a.export(for_desk=b))
    edit(b, pid, city="Legnica")
    monkeypatch.setattr(time, "time", real)
    a.read(b.export(for_desk=a))
    assert city(a, pid) == city(b, pid) == "Legnica"
    assert a.conflicts() == []


def test_a_clock_that_jumps_backwards_keeps_rising(desks, monkeypatch):
    a = desks[0]
    real = time.time
    register(a, "Anna", "Lis")
    monkeypatch.setattr(time, "time", lambda: real() - 3 * 24 * 3600)
    register(a, "Ewa", "Lis")
    monkeypatch.setattr(time, "time", lambda: real() - 7 * 24 * 3600)
    register(a, "Ola", "Lis")
    with a.db.read() as s:
        stamps = list(s.execute(select(ChangeLogEntry.hlc).where(ChangeLogEntry.desk_id == a.db.desk_id)
                                .order_by(ChangeLogEntry.seq)).scalars())
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    assert hlc.physical_ms(stamps[-1]) >= int(real() * 1000) - 60_000


def test_two_desks_merging_a_pair_in_opposite_directions_agree_on_the_survivor(desks):
    a, b, c = desks
    p1 = register(a, "Oksana", "Lysenko")
    p2 = register(b, "Oksana", "Lysenko")
    exchange_all(desks)
    v1 = visits.record_visit(c.db, c.admin, p1, [ServiceCategory.LEGAL])
    v2 = visits.record_visit(c.db, c.admin, p2, [ServiceCategory.INFORMATION])
    merge.merge_persons(a.db, a.admin, p1, p2)
    merge.merge_persons(b.db, b.admin, p2, p1)
    exchange_all(desks)
    survivor = min(p1, p2)
    for d in desks:
        with d.db.read() as s:
            assert merge.survivor_of(s, p1) == merge.survivor_of(s, p2) == survivor
            assert s.get(Person, survivor).merged_into is None
            ids = merge.person_ids_for(s, survivor)
            assert set(ids) == {p1, p2}
            assert set(s.execute(select(Visit.id).where(Visit.person_id.in_(ids))).scalars()) == {v1, v2}
        assert [h.id for h in people.search(d.db, "Lysenko")] == [survivor]
    assert len({d.digest() for d in desks}) == 1
    assert all(d.conflicts() == [] for d in desks)
    # and the merge can be undone
    merge.undo_merge(c.db, c.admin, max(p1, p2))
    exchange_all(desks)
    assert {h.id for h in people.search(a.db, "Lysenko")} == {p1, p2}


def test_merge_rules(desks):
    a = desks[0]
    p1, p2, p3 = (register(a, "Ala", f"Nowak{i}") for i in range(3))
    with pytest.raises(UserError):
        merge.merge_persons(a.db, a.admin, p1, p1)
    merge.merge_persons(a.db, a.admin, p1, p2)
    with pytest.raises(UserError, match="already been merged"):
        merge.merge_persons(a.db, a.admin, p3, p2)
    with pytest.raises(UserError, match="keep that one"):
        merge.merge_persons(a.db, a.admin, p2, p3)
    merge.merge_persons(a.db, a.admin, p3, p1)  # p2 -> p1 -> p3
    with a.db.read() as s:
        assert set(merge.person_ids_for(s, p3)) == {p1, p2, p3}
        assert merge.survivor_of(s, p2) == p3
    merge.undo_merge(a.db, a.admin, p1)
    with pytest.raises(UserError, match="not merged"):
        merge.undo_merge(a.db, a.admin, p1)


def test_exports_and_imports_are_audited_without_personal_data(desks):
    a, b, _ = desks
    register(a, "Halyna", "Savchenko")
    b.read(a.export(for_desk=b))
    for d, action in ((a, "sync.export"), (b, "sync.import")):
        with d.db.read() as s:
            entries = s.execute(select(AuditEntry.detail, AuditEntry.staff_id)
                                .where(AuditEntry.action == action)).all()
        assert entries and all("Savchenko" not in (e.detail or "") for e in entries)
        assert "changes=" in entries[-1].detail and entries[-1].staff_id == d.admin.staff_id


def test_peers_show_the_last_exchange_and_what_each_lacks(desks):
    a, b, c = desks
    register(a, "Petro", "Kravets")
    peers = {p.name: p for p in sync_service.peers(a.db)}
    assert set(peers) == {"Recepcja B", "Recepcja C"}
    assert peers["Recepcja B"].last_received is not None and peers["Recepcja B"].lacking == 1


def test_a_restored_database_takes_a_new_desk_id_before_it_writes(desks, tmp_path):
    from wic_desk.services import backup
    a, b, _ = desks
    saved = backup.backup(a.db)
    pid = register(a, "Roman", "Savchuk")
    b.read(a.export(for_desk=b))  # a's numbers up to here have left the desk
    old_id = a.db.desk_id
    backup.restore(a.db, saved)
    # the restore's own audit entry is its first write (audit entries are numbered per desk, as
    # changes are): the desk takes its new id there
    assert a.db.desk_id != old_id
    register(a, "Lesia", "Ukrainka")
    assert a.db.desk_id != old_id
    b.read(a.export(for_desk=b))  # accepted: no change number was reused
    a.read(b.export(for_desk=a))  # the changes lost by the restore come back
    with a.db.read() as s:
        assert s.get(Person, pid) is not None
    assert a.digest() == b.digest()


def test_a_copied_database_takes_a_new_desk_id_on_the_copy(desks, tmp_path, monkeypatch):
    a, b, _ = desks
    copy = tmp_path / "laptop2" / "A.db"
    copy.parent.mkdir()
    copy_db(a.db.path, copy)
    monkeypatch.setenv("WIC_DESK_HOME", str(tmp_path / "laptop2-home"))  # another computer
    twin = DeskUnderTest("A2", rawdb.open_as(copy), a.admin, tmp_path)
    try:
        register(twin, "Dmytro", "Koval")
        assert twin.db.desk_id != a.db.desk_id
        monkeypatch.setenv("WIC_DESK_HOME", str(tmp_path / "laptop1-home"))
        register(a, "Daria", "Koval")
        b.read(twin.export(for_desk=b))
        b.read(a.export(for_desk=b))  # both accepted: their numbers do not collide
        assert len(people.search(b.db, "Koval")) == 2
    finally:
        twin.db.close()


def test_a_peer_holding_more_of_our_changes_than_we_do_makes_us_renew(desks, tmp_path, monkeypatch):
    """Second line of defence: the registry is gone (new computer account), the database is old."""
    from wic_desk.services import backup
    a, b, _ = desks
    saved = backup.backup(a.db)
    register(a, "Yurii", "Marchenko")
    b.read(a.export(for_desk=b))
    old_id = a.db.desk_id
    monkeypatch.setenv("WIC_DESK_HOME", str(tmp_path / "fresh-home"))  # before the restore writes its audit entry
    backup.restore(a.db, saved)
    with UnitOfWork(a.db, a.admin) as uow:  # the registry knows nothing: the desk adopts itself
        uow.session.execute(select(Person.id)).all()
    result = a.read(b.export(for_desk=a))
    assert result.new_desk_id is not None and a.db.desk_id != old_id
    a.read(b.export(for_desk=a))  # b has not heard of a's new id yet: it sends everything
    assert people.search(a.db, "Marchenko")


def test_the_same_login_given_on_two_desks_offline_stays_unique_and_alike(desks):
    from wic_desk.domain.enums import Role
    from wic_desk.store.models import Staff
    a, b, c = desks
    first = auth.add_staff(a.db, a.admin, "ola", "Ola from A", Role.RECEPTIONIST, STAFF_PASSWORD)
    second = auth.add_staff(b.db, b.admin, "ola", "Ola from B", Role.COUNSELLOR, STAFF_PASSWORD)
    exchange_all(desks)
    keeper, other = sorted([first, second])
    for d in desks:
        with d.db.read() as s:
            logins = dict(s.execute(select(Staff.id, Staff.login).where(Staff.id.in_([first, second]))).all())
        assert logins == {keeper: "ola", other: f"ola~{other.hex[:8]}"}
    assert len({d.digest() for d in desks}) == 1
    assert sync_service.rebuild(a.db, a.admin) == a.digest()


def _shared(db) -> tuple[set, set]:
    """The records changed on two or more desks: as the trigger keeps them, and grouped from the log."""
    with db.read() as s:
        conn = s.connection().connection.driver_connection
        kept = set(conn.execute("SELECT record_id, table_name FROM sync_shared_records").fetchall())
        grouped = set(conn.execute("SELECT record_id, table_name FROM change_log GROUP BY record_id, table_name "
                                   "HAVING count(DISTINCT desk_id) > 1").fetchall())
    return kept, grouped


def test_the_records_two_desks_changed_are_kept_as_the_log_has_them(desks, tmp_path):
    """Where conflicts are looked for (migration 0017's table, kept by a trigger) is exactly what
    grouping the whole change log gives, on every desk, through edits, imports and an upgrade."""
    a, b, c = desks
    pid = register(a, "Nino", "Kapanadze")
    other = register(b, "Tamar", "Gelashvili")
    exchange_all(desks)
    edit(a, pid, city="Opole")
    edit(b, pid, city="Nysa")
    visits.record_visit(c.db, c.admin, other, [ServiceCategory.LEGAL])
    exchange_all(desks)
    for d in desks:
        kept, grouped = _shared(d.db)
        assert kept == grouped and (pid.hex, "persons") in kept and (other.hex, "persons") not in kept
        assert [(x.record_id, x.field) for x in d.conflicts()] == [(pid, "city")]
    # a database from before the table: the upgrade fills it from the log
    from alembic import command

    from wic_desk import paths
    from wic_desk.store.migrate import _config
    config = _config(paths.migrations_dir())
    with a.db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0016")
    path, key = a.db.path, a.db.key
    a.db.close()
    again = Database.open(path, key=key)
    try:
        kept, grouped = _shared(again)
        assert kept == grouped and (pid.hex, "persons") in kept
    finally:
        again.close()
        a.db = Database.open(path, key=key)
