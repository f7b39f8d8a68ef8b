"""One desk stays one desk (issue 9): the same database opened from another data folder keeps its
desk id; a database that has to take a new id (a restored backup, a copy) says which id it
replaces, and neither a replaced, a long-silent nor a retired desk makes the files written "for
every desk" full copies; a desk is found by its name for "--for"."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import time

import pytest
from sqlalchemy import func, select

from tests import rawdb
from tests.conftest import ADMIN_PASSWORD, STAFF_PASSWORD
from tests.unit.test_sync_helpers import (  # noqa: F401
    PIN,
    DeskUnderTest,
    centre,
    close_all,
    copy_db,
    exchange_all,
    fast_cipher,
    first_desk,
    join,
    key_of,
)
from wic_desk.domain.enums import ConsentKind, Role, Sex
from wic_desk.domain.errors import PermissionDenied, UserError
from wic_desk.services import auth, backup, people
from wic_desk.services import sync as sync_service
from wic_desk.services.context import Database, local_value
from wic_desk.services.uow import PREVIOUS_DESKS_KEY
from wic_desk.store import keyfile
from wic_desk.store.models import AuditEntry, ChangeLogEntry, Desk
from wic_desk.sync import identity

CONSENT = people.ConsentInput(ConsentKind.WRITTEN, dt.date(2024, 1, 10), "Services of the centre")
DAY = 24 * 3600


def register(desk: DeskUnderTest, given: str, family: str):
    return people.register(desk.db, desk.admin, people.PersonInput(given_name=given, family_name=family,
                                                                   sex=Sex.FEMALE), CONSENT)


def own_changes(desk: DeskUnderTest) -> int:
    with desk.db.read() as s:
        return s.scalar(select(func.count()).select_from(ChangeLogEntry)
                        .where(ChangeLogEntry.desk_id == desk.db.desk_id)) or 0


def changes_in(path, desk: DeskUnderTest) -> int:
    """How many changes a file of the centre holds (read with the centre key ``desk`` holds)."""
    from wic_desk.sync import fileformat
    return fileformat.read_file(path, key_of(desk)).manifest.changes


def desk_rows(desk: DeskUnderTest) -> list[tuple[str, str | None]]:
    with desk.db.read() as s:
        return sorted(((name, str(replaces) if replaces else None)
                       for name, replaces in s.execute(select(Desk.name, Desk.replaces))), key=str)


def peer(desk: DeskUnderTest, desk_id) -> sync_service.PeerInfo:
    return next(p for p in sync_service.peers(desk.db) if p.desk_id == desk_id)


@pytest.fixture
def desks(tmp_path, fast_cipher):  # noqa: F811
    made = centre(tmp_path, 3)
    exchange_all(made)
    yield made
    close_all(made)


# -- point 3: one database, one desk ----------------------------------------------------------------

def test_the_same_database_opened_from_two_data_folders_stays_one_desk(tmp_path, monkeypatch, fast_cipher):  # noqa: F811
    """Another account, or WIC_DESK_HOME set elsewhere, is no copy: the desk id stays."""
    a, b = made = centre(tmp_path / "centre", 2)
    try:
        exchange_all(made)
        first = a.db.desk_id
        register(a, "Olena", "Moroz")  # registered in the first data folder's registry
        for home in ("other-account", "portable-stick", "other-account"):
            monkeypatch.setenv("WIC_DESK_HOME", str(tmp_path / home))
            a.db.close()
            a.db = rawdb.open_as(a.folder / "A.db")
            register(a, "Ihor", f"Moroz-{home}")
            b.read(a.export())
            assert a.db.desk_id == first
        assert [n for n, _ in desk_rows(a)] == ["Recepcja A", "Recepcja B"]  # no extra desk
        assert [n for n, _ in desk_rows(b)] == ["Recepcja A", "Recepcja B"]
        with a.db.read() as s:
            assert not local_value(s, PREVIOUS_DESKS_KEY)
        assert len(people.search(b.db, "Moroz")) == 4 and a.digest() == b.digest()
    finally:
        close_all(made)


def test_a_moved_data_folder_stays_the_same_desk(tmp_path, monkeypatch, fast_cipher):  # noqa: F811
    """The database and its data folder moved (renamed) together: the same file, the same desk."""
    old_home = tmp_path / "home-old"
    monkeypatch.setenv("WIC_DESK_HOME", str(old_home))
    a = centre(old_home, 1)[0]
    register(a, "Nadiia", "Savchenko")
    first = a.db.desk_id
    a.db.close()
    new_home = tmp_path / "home-new"
    os.rename(old_home, new_home)
    monkeypatch.setenv("WIC_DESK_HOME", str(new_home))
    a.db = rawdb.open_as(new_home / "A.db")
    try:
        register(a, "Taras", "Savchenko")
        assert a.db.desk_id == first
    finally:
        a.db.close()


def test_a_copy_put_in_place_of_the_original_on_another_computer_takes_a_new_desk_id(
        tmp_path, monkeypatch, fast_cipher):  # noqa: F811
    """Same path, a data folder that never saw the database, but another file: a copy."""
    a = centre(tmp_path / "laptop1", 1)[0]
    try:
        register(a, "Marta", "Kravets")
        carried = tmp_path / "usb-stick.db"
        copy_db(a.db.path, carried)
        laptop2 = tmp_path / "laptop2"
        laptop2.mkdir()
        same_path = laptop2 / "A.db"
        shutil.copyfile(carried, same_path)  # a new file, as on another computer's disk
        shutil.copyfile(keyfile.key_file_path(carried), keyfile.key_file_path(same_path))
        here = identity.file_identity(same_path)
        with a.db.read() as s:
            recorded = identity.read_recorded(local_value(s, identity.FILE_KEY))
        assert recorded is not None and recorded["file"] != here["file"]
        monkeypatch.setenv("WIC_DESK_HOME", str(tmp_path / "laptop2-home"))
        twin = DeskUnderTest("A2", rawdb.open_as(same_path), a.admin, tmp_path)
        try:
            register(twin, "Marko", "Kravets")
            assert twin.db.desk_id != a.db.desk_id
        finally:
            twin.db.close()
    finally:
        a.db.close()


# -- point 1: a renewed desk says which id it replaces ------------------------------------------------

def test_a_restored_desk_replaces_its_old_id_and_files_for_every_desk_stay_small(desks):
    a, b, c = desks
    saved = backup.backup(a.db)
    register(a, "Roman", "Savchuk")
    b.read(a.export(for_desk=b))  # a's numbers up to here have left the desk
    c.read(a.export(for_desk=c))
    old = a.db.desk_id
    backup.restore(a.db, saved)
    for n in range(5):
        register(a, "Lesia", f"Ukrainka{n}")
    new = a.db.desk_id
    assert new != old
    assert ("Recepcja A", str(old)) in desk_rows(a)  # the new desk record says whom it replaces
    every = a.export()
    b.read(every)
    c.read(every)
    b.read(c.export(for_desk=b))
    assert peer(b, old).state == sync_service.REPLACED and peer(b, old).replaced_by == new
    assert peer(b, old).replaced_by_name == "Recepcja A" and peer(b, new).state == sync_service.ACTIVE
    # b writes for every desk: its own new change and the one the restore lost (the new desk said
    # it lacks it), not everything the old id never heard of
    before = own_changes(b)
    register(b, "Vasyl", "Stus")
    out = b.export()
    assert changes_in(out, b) == own_changes(b) - before + 1
    c.read(out)
    a.read(b.export(for_desk=a))  # the changes lost by the restore come back
    a.read(c.export(for_desk=a))
    assert people.search(a.db, "Savchuk") and people.search(a.db, "Stus")
    exchange_all(desks)
    assert a.digest() == b.digest() == c.digest()


def test_a_desk_renewed_before_anyone_heard_of_it_does_not_force_full_files(tmp_path, fast_cipher):  # noqa: F811
    """The reported case: the old id is known only by its desk record, never heard from."""
    a, b = made = centre(tmp_path, 2)
    try:
        exchange_all(made)
        saved = backup.backup(b.db)
        register(b, "Daria", "Koval")
        lost = b.export(for_desk=a)  # written, then lost on the way: a never hears of it
        old = b.db.desk_id
        backup.restore(b.db, saved)
        register(b, "Dmytro", "Koval")
        assert b.db.desk_id != old
        a.read(b.export(for_desk=a))
        assert lost.exists()
        assert peer(a, old).state == sync_service.REPLACED
        before = own_changes(a)
        register(a, "Sofiia", "Koval")
        assert changes_in(a.export(), a) == own_changes(a) - before
    finally:
        close_all(made)


def test_the_successor_starts_from_what_the_old_id_was_known_to_hold(desks):
    """A new desk known here only by its record (no word of its own holdings, as when the file
    that brought it came from an older version) is written for from the old id's holdings."""
    from wic_desk.services.uow import UnitOfWork
    from wic_desk.store.models import LocalState
    a, b, c = desks
    saved = backup.backup(a.db)
    register(a, "Iryna", "Lysenko")
    c.read(a.export(for_desk=c))
    old = a.db.desk_id
    backup.restore(a.db, saved)
    register(a, "Oleh", "Lysenko")
    new = a.db.desk_id
    c.read(a.export(for_desk=c))
    with UnitOfWork(c.db, c.admin) as uow:
        uow.session.execute(LocalState.__table__.delete().where(LocalState.key == sync_service.PEER_PREFIX + str(new)))
    with c.db.read() as s:
        total = s.scalar(select(func.count()).select_from(ChangeLogEntry))
    info = peer(c, new)
    assert info.state == sync_service.ACTIVE and info.lacking is not None
    for_new = changes_in(c.export(for_desk=a), c)
    assert 0 < for_new < total / 4  # not a full copy
    assert peer(c, old).state == sync_service.REPLACED


def test_a_copy_whose_original_goes_on_is_active_again_once_heard(desks, tmp_path, monkeypatch):
    a, b, _ = desks
    copy = tmp_path / "laptop2" / "A.db"
    copy.parent.mkdir()
    copy_db(a.db.path, copy)
    monkeypatch.setenv("WIC_DESK_HOME", str(tmp_path / "laptop2-home"))
    twin = DeskUnderTest("A2", rawdb.open_as(copy), a.admin, tmp_path)
    try:
        register(twin, "Dmytro", "Koval")
        b.read(twin.export(for_desk=b))
        assert peer(b, a.db.desk_id).state == sync_service.REPLACED
        monkeypatch.setenv("WIC_DESK_HOME", str(a.folder.parent / "laptop1-home"))
        register(a, "Daria", "Koval")
        b.read(a.export(for_desk=b))  # the original speaks again: it is a desk of its own
        assert peer(b, a.db.desk_id).state == sync_service.ACTIVE
        assert peer(b, twin.db.desk_id).state == sync_service.ACTIVE
    finally:
        twin.db.close()


# -- point 2: silent and retired desks ------------------------------------------------------------------

def test_a_long_silent_desk_does_not_force_full_files_and_can_still_ask_for_its_own(
        tmp_path, monkeypatch, fast_cipher):  # noqa: F811
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() - (sync_service.SILENT_AFTER_DAYS + 1) * DAY)
    a, b = made = centre(tmp_path, 2)  # set up two months ago; b has not been heard from since
    try:
        exchange_all(made)
        monkeypatch.setattr(time, "time", real)
        info = peer(a, b.db.desk_id)
        assert info.state == sync_service.SILENT
        assert info.last_heard.date() <= dt.date.today() - dt.timedelta(days=sync_service.SILENT_AFTER_DAYS)
        before = own_changes(a)
        register(a, "Halyna", "Bondar")
        every = a.export()
        assert changes_in(every, a) == own_changes(a) - before  # not a full copy
        b.read(a.export(for_desk=b))  # its own file
        assert people.search(b.db, "Bondar")
        assert peer(a, b.db.desk_id).state == sync_service.SILENT  # reading is not being heard from
        a.read(b.export(for_desk=a))
        assert peer(a, b.db.desk_id).state == sync_service.ACTIVE
    finally:
        close_all(made)


def test_a_silent_desk_is_left_out_while_others_are_active(tmp_path, monkeypatch, fast_cipher):  # noqa: F811
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() - 90 * DAY)
    a, b, c = made = centre(tmp_path, 3)
    try:
        exchange_all(made)
        monkeypatch.setattr(time, "time", real)
        for n in range(4):
            register(a, "Anna", f"Lis{n}")
        exchange_all([a, b])
        register(a, "Ewa", "Lis")
        every = a.export()
        assert changes_in(every, a) < changes_in(a.export(for_desk=c), a)
        states = {p.name: p.state for p in sync_service.peers(a.db)}
        assert states == {"Recepcja B": sync_service.ACTIVE, "Recepcja C": sync_service.SILENT}
    finally:
        close_all(made)


def test_an_admin_retires_a_desk_and_every_desk_learns_it(desks, tmp_path):
    a, b, c = desks
    for n in range(5):  # c hears none of this
        register(a, "Petro", f"Kravets{n}")
    exchange_all([a, b])
    mark = own_changes(a)
    register(a, "Nina", "Kravets")
    lacking_at_c = changes_in(a.export(for_desk=c), a)
    assert lacking_at_c > own_changes(a) - mark
    assert changes_in(a.export(), a) == lacking_at_c  # c holds back every file "for every desk"
    receptionist_id = auth.add_staff(a.db, a.admin, "recep", "Olena Recepcja", Role.RECEPTIONIST, STAFF_PASSWORD)
    with pytest.raises(PermissionDenied):
        sync_service.retire_desk(a.db, auth.login(a.db, "recep", STAFF_PASSWORD), c.db.desk_id)
    with pytest.raises(UserError, match="this desk itself"):
        sync_service.retire_desk(a.db, a.admin, a.db.desk_id)
    sync_service.retire_desk(a.db, a.admin, c.db.desk_id)
    with pytest.raises(UserError, match="retired already"):
        sync_service.retire_desk(a.db, a.admin, c.db.desk_id)
    info = peer(a, c.db.desk_id)
    assert info.state == sync_service.RETIRED and info.retired_at is not None
    out = a.export()
    assert changes_in(out, a) == own_changes(a) - mark  # what b lacks: Nina, the account, the retirement
    b.read(out)
    assert peer(b, c.db.desk_id).state == sync_service.RETIRED  # travelled
    mark_b = own_changes(b)
    register(b, "Olha", "Kravets")
    assert changes_in(b.export(), b) == own_changes(b) - mark_b
    c.read(a.export(for_desk=c))  # a retired desk can still be written for
    assert people.search(c.db, "Kravets")
    with a.db.read() as s:
        audit = s.execute(select(AuditEntry.detail, AuditEntry.staff_id, AuditEntry.record_id)
                          .where(AuditEntry.action == "sync.retire")).all()
    assert audit == [(f"desk={c.db.desk_id}", a.admin.staff_id, c.db.desk_id)]
    assert receptionist_id is not None


# -- point 4: a desk by its name ---------------------------------------------------------------------

def test_a_desk_is_found_by_name_and_the_current_one_wins_over_the_one_it_replaced(desks):
    a, b, _ = desks
    saved = backup.backup(a.db)
    register(a, "Iryna", "Lysenko")
    b.read(a.export(for_desk=b))
    old = a.db.desk_id
    backup.restore(a.db, saved)
    register(a, "Oleh", "Lysenko")
    b.read(a.export(for_desk=b))
    assert [p.name for p in sync_service.peers(b.db)].count("Recepcja A") == 2
    assert sync_service.find_desk(b.db, "recepcja a") == a.db.desk_id != old
    assert sync_service.find_desk(b.db, str(old)) == old
    assert sync_service.find_desk(b.db, str(a.db.desk_id)[:8]) == a.db.desk_id
    with pytest.raises(UserError) as caught:
        sync_service.find_desk(b.db, "Recepcja Z")
    message = str(caught.value)
    assert "Recepcja Z" in message and "sync export --out FILE" in message and "sync import FILE" in message


def test_a_new_desk_can_be_written_for_by_name_once_its_first_file_is_read(
        capsys, db, db_path, admin, consent, tmp_path, monkeypatch, fast_cipher):  # noqa: F811
    """The README's join steps through the command line; before the new desk's first file, the
    message says what to do."""
    from wic_desk import cli

    def run(*argv):
        code = cli.main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return code, out, err

    monkeypatch.delenv("WIC_DESK_PASSPHRASE", raising=False)  # desks with the centre key need none
    monkeypatch.setenv("WIC_DESK_USER", "admin")
    monkeypatch.setenv("WIC_DESK_PASSWORD", ADMIN_PASSWORD)
    people.register(db, admin, people.PersonInput(given_name="Halyna", family_name="Bondarenko", sex=Sex.FEMALE),
                    consent)
    full, desk_b = tmp_path / "full.wicsync", tmp_path / "b.db"
    code, out, err = run("sync", "export", "--out", full, "--full", "--db", db_path)
    assert code == 0, err
    monkeypatch.setenv("WIC_DESK_JOIN_CODE", out.split("join-code\t")[1].split()[0])
    assert run("sync", "import", full, "--desk", "Recepcja 2", "--db", desk_b)[0] == 0
    code, out, err = run("sync", "export", "--out", tmp_path / "x.wicsync", "--for", "Recepcja 2", "--db", db_path)
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert "Recepcja 2" in err and "sync export --out FILE" in err and "sync import FILE" in err
    hello = tmp_path / "hello.wicsync"  # the new desk's first file, for the desk it joined from
    assert run("sync", "export", "--out", hello, "--for", "Recepcja 1", "--db", desk_b)[0] == 0
    assert run("sync", "import", hello, "--db", db_path)[0] == 0
    people.register(db, admin, people.PersonInput(given_name="Giorgi", family_name="Tsiklauri", sex=Sex.MALE),
                    consent)
    for_b = tmp_path / "for-b.wicsync"
    code, out, err = run("sync", "export", "--out", for_b, "--for", "recepcja 2", "--db", db_path)
    assert code == 0, err
    assert "changes\t1\n" in out  # only the new person, not a full copy
    assert run("sync", "import", for_b, "--db", desk_b)[0] == 0
    assert run("sync", "digest", "--db", db_path)[1] == run("sync", "digest", "--db", desk_b)[1]

    code, out, err = run("sync", "retire", "Recepcja 2", "--db", db_path)
    assert code == 0 and out.startswith("retired\t"), err
    assert [p.state for p in sync_service.peers(db)] == [sync_service.RETIRED]
    code, out, err = run("sync", "retire", "Recepcja 2", "--db", db_path)
    assert code == 1 and "retired already" in err


def test_a_file_of_format_1_from_a_desk_not_updated_yet_is_still_read(tmp_path, fast_cipher):  # noqa: F811
    """Format 2 files carry the new desk fields; a format 1 file (desk records without them) reads as before."""
    from tests.unit.test_sync_file import forge
    from wic_desk.sync import fileformat
    assert fileformat.FORMAT_VERSION == 4
    a = centre(tmp_path / "centre", 1)[0]
    try:
        register(a, "Oksana", "Hnatiuk")
        full = a.export(full=True)

        def old_rows(chunks):
            for chunk in chunks:
                for row in chunk:
                    if row[3] == "desks":
                        row[5].pop("replaces", None)
                        row[5].pop("retired_at", None)
            return chunks

        def format_1(manifest):
            manifest.update(format=1)
            manifest.pop("centre_id")
        old = forge(key_of(a), full, tmp_path / "old.wicsync", manifest_edit=format_1, rows_edit=old_rows)
        fresh = Database.open(tmp_path / "fresh.db")
        try:
            assert a.join_code
            sync_service.join_centre(fresh, old, a.join_code, "Recepcja N")
            assert people.search(fresh, "Hnatiuk")
            assert sync_service.digest(fresh) != ""
            assert {p.name: p.state for p in sync_service.peers(fresh)} == {"Recepcja A": sync_service.ACTIVE}
        finally:
            fresh.close()
    finally:
        a.db.close()


# -- a join file for a named new desk: known at once -------------------------------------------------

def test_a_join_file_for_a_named_desk_makes_it_known_at_once(
        capsys, db, db_path, admin, consent, tmp_path, monkeypatch, fast_cipher):  # noqa: F811
    """`sync export --new-desk NAME`: the desk that writes the join file knows the new desk at once;
    files for it carry only what came after the join file, before it has sent anything back; its
    first file then replaces the invited record (one desk in the list, under the new desk's id)."""
    from wic_desk import cli

    def run(*argv):
        code = cli.main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return code, out, err

    monkeypatch.delenv("WIC_DESK_PASSPHRASE", raising=False)  # desks with the centre key need none
    monkeypatch.setenv("WIC_DESK_USER", "admin")
    monkeypatch.setenv("WIC_DESK_PASSWORD", ADMIN_PASSWORD)
    people.register(db, admin, people.PersonInput(given_name="Halyna", family_name="Bondarenko", sex=Sex.FEMALE),
                    consent)
    join_file, desk_b = tmp_path / "join-b.wicsync", tmp_path / "b.db"
    code, out, err = run("sync", "export", "--out", join_file, "--new-desk", "Recepcja 2", "--db", db_path)
    assert code == 0, err
    invited = out.split("new-desk\t")[1].split()[0]
    monkeypatch.setenv("WIC_DESK_JOIN_CODE", out.split("join-code\t")[1].split()[0])
    assert [(p.name, p.state, str(p.desk_id)) for p in sync_service.peers(db)] == [
        ("Recepcja 2", sync_service.ACTIVE, invited)]
    code, out, err = run("sync", "import", join_file, "--desk", "Recepcja 2", "--db", desk_b)
    assert code == 0, err
    new_id = out.split("desk\t")[1].split()[0]
    assert new_id != invited
    # the new desk is not told to introduce itself to the desk that invited it
    b = rawdb.open_as(desk_b)
    try:
        assert [(p.name, p.knows_this_desk) for p in sync_service.peers(b)] == [("Recepcja 1", True)]
    finally:
        b.close()

    # Before the new desk has written anything: a file for it by name, and one for every desk, are small.
    people.register(db, admin, people.PersonInput(given_name="Giorgi", family_name="Tsiklauri", sex=Sex.MALE),
                    consent)
    for_b, for_all = tmp_path / "for-b.wicsync", tmp_path / "for-all.wicsync"
    code, out, err = run("sync", "export", "--out", for_b, "--for", "recepcja 2", "--db", db_path)
    assert code == 0, err
    assert "changes\t2\n" in out  # the new person and the invited desk's record: no full copy
    code, out, err = run("sync", "export", "--out", for_all, "--db", db_path)
    assert code == 0 and "changes\t2\n" in out, (out, err)
    assert run("sync", "import", for_b, "--db", desk_b)[0] == 0

    # The new desk's first file: the invited record is replaced by the desk that joined.
    hello = tmp_path / "hello.wicsync"
    assert run("sync", "export", "--out", hello, "--db", desk_b)[0] == 0
    assert run("sync", "import", hello, "--db", db_path)[0] == 0
    states = {str(p.desk_id): p.state for p in sync_service.peers(db)}
    assert states == {invited: sync_service.REPLACED, new_id: sync_service.ACTIVE}
    assert str(sync_service.find_desk(db, "Recepcja 2")) == new_id
    assert run("sync", "digest", "--db", db_path)[1] == run("sync", "digest", "--db", desk_b)[1]


def test_two_laptops_joined_from_one_join_file_get_ids_of_their_own(db, admin, tmp_path, fast_cipher):  # noqa: F811
    join_file = tmp_path / "join.wicsync"
    result = sync_service.export_changes(db, admin, join_file, new_desk="Recepcja 2")
    assert result.full and result.for_desk is not None and result.join_code
    ids = set()
    for name in ("b1", "b2"):
        other = Database.open(tmp_path / f"{name}.db")
        try:
            joined = sync_service.join_centre(other, join_file, result.join_code, "Recepcja 2")
            ids.add(joined.desk_id)
            with other.read() as s:
                assert s.get(Desk, joined.desk_id).replaces == result.for_desk
        finally:
            other.close()
    assert len(ids) == 2 and result.for_desk not in ids


def test_a_join_file_needs_a_free_name_and_a_coordinator(db, admin, make_staff, tmp_path, fast_cipher):  # noqa: F811
    with pytest.raises(UserError) as taken:
        sync_service.export_changes(db, admin, tmp_path / "x.wicsync", new_desk=" recepcja 1 ")
    assert taken.value.text == sync_service.E_NAME_TAKEN
    receptionist = make_staff(Role.RECEPTIONIST)
    with pytest.raises(PermissionDenied):
        sync_service.export_changes(db, receptionist, tmp_path / "x.wicsync", new_desk="Recepcja 9")
    assert sync_service.peers(db) == [] and not (tmp_path / "x.wicsync").exists()


def test_a_full_file_for_a_known_desk_names_no_desk_to_replace(db, admin, tmp_path, fast_cipher):  # noqa: F811
    """Only a join file names an invited desk: a desk joining from any other full file replaces nothing."""
    from wic_desk.sync import fileformat
    join_file = tmp_path / "join.wicsync"
    written = sync_service.export_changes(db, admin, join_file, new_desk="Recepcja 2")
    invited = written.for_desk
    full = tmp_path / "full.wicsync"
    again = sync_service.export_changes(db, admin, full, for_desk=invited, full=True)
    assert fileformat.read_file(full, key_of(db)).manifest.for_desk is None
    assert fileformat.read_file(full, None, join_secret=again.join_code).manifest.for_desk is None
    assert fileformat.read_file(join_file, key_of(db)).manifest.for_desk == str(invited)
    assert fileformat.read_file(join_file, None, join_secret=written.join_code).manifest.for_desk == str(invited)


# -- a file of another centre -------------------------------------------------------------------------

def test_a_file_from_another_centre_is_refused_and_changes_nothing(tmp_path, fast_cipher):  # noqa: F811
    """Two centres: neither's file enters the other, by the centre key it is encrypted for and,
    should two centres ever hold the same key (here put there by hand), by its manifest (format 3)
    or, in a file without it, by the centre record it carries; no staff account, desk or centre
    arrives."""
    from tests.unit.test_sync_file import forge
    from wic_desk.services.context import set_local_value
    from wic_desk.services.uow import UnitOfWork
    from wic_desk.sync import fileformat
    ours = first_desk(tmp_path / "ours", "A")
    theirs = first_desk(tmp_path / "theirs", "Z")
    try:
        register(ours, "Oksana", "Hnatiuk")
        register(theirs, "Taras", "Obcy")
        auth.add_staff(theirs.db, theirs.admin, "intruz", "Ktoś Obcy", Role.ADMIN, "obcy admin z daleka")
        before = ours.digest()
        staff_before = [row.login for row in auth.list_staff(ours.db, ours.admin)]
        assert key_of(theirs) != key_of(ours)
        for full in (False, True):
            foreign = theirs.export(full=full)
            with pytest.raises(UserError) as refused:
                ours.read(foreign)
            assert str(refused.value) == fileformat.E_OTHER_CENTRE
        # the same key on both: the files open here, and what they say of their centre refuses them
        with UnitOfWork(theirs.db, theirs.admin) as uow:
            set_local_value(uow.session, sync_service.CENTRE_KEY, key_of(ours))
        for full in (False, True):
            foreign = theirs.export(full=full)
            assert fileformat.read_file(foreign, key_of(ours)).manifest.centre_id is not None  # it opens
            with pytest.raises(UserError) as refused:
                ours.read(foreign)
            assert str(refused.value) == fileformat.E_OTHER_CENTRE
        # an older file (no centre in its manifest) is refused by the centre record it carries
        full = theirs.export(full=True)

        def format_2(manifest):
            manifest.update(format=2)
            manifest.pop("centre_id")
        old = forge(key_of(ours), full, tmp_path / "old.wicsync", manifest_edit=format_2)
        with pytest.raises(UserError) as refused:
            ours.read(old)
        assert str(refused.value) == fileformat.E_OTHER_CENTRE
        assert ours.digest() == before
        assert [row.login for row in auth.list_staff(ours.db, ours.admin)] == staff_before
        assert not people.search(ours.db, "Obcy")
        assert [p.name for p in sync_service.peers(ours.db)] == []
        with pytest.raises(auth.WrongCredentials):
            auth.login(ours.db, "intruz", "obcy admin z daleka")
        # and a file of our own centre still reads
        other_desk = join(tmp_path / "ours", ours, "B")
        try:
            register(other_desk, "Iryna", "Swoja")
            ours.read(other_desk.export())
            assert people.search(ours.db, "Swoja")
        finally:
            other_desk.db.close()
    finally:
        ours.db.close()
        theirs.db.close()
