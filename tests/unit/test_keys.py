"""services.keys: the login opens the encrypted database; the key file follows the accounts;
lock-outs hold before the database is open; the recovery key; a plain database converted."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import ADMIN_PASSWORD, STAFF_PASSWORD
from tests.rawdb import connect, make_plain
from wic_desk.domain.enums import Role
from wic_desk.domain.errors import PermissionDenied, UserError
from wic_desk.services import auth, keys, people
from wic_desk.services.context import Database
from wic_desk.store import cipher, keyfile, lock

MARKER = "Zbigniewa Quxtorowska"  # an invented name: looked for in the files' bytes


def _audit_actions(path, password: str = ADMIN_PASSWORD) -> list[str]:
    conn = connect(path, keyfile.KeyFile.load(keyfile.key_file_path(path)).open_with_password("admin", password))
    try:
        return [row[0] for row in conn.execute("SELECT action FROM audit_log ORDER BY rowid")]
    finally:
        conn.close()


@pytest.fixture
def closed(db, admin, make_staff):
    """A set-up encrypted database with a receptionist, closed: only a login opens it."""
    make_staff(Role.RECEPTIONIST, login="ola")
    path = db.path
    db.close()
    return path


def test_the_right_password_opens_it_and_a_wrong_one_changes_nothing(closed):
    assert keys.is_encrypted(closed)
    assert keys.login_screen_names(closed) == {"centre": "Centrum Integracji Test", "desk": "Recepcja 1",
                                               "demo": False}
    before = closed.read_bytes()
    with pytest.raises(auth.WrongCredentials):
        keys.open_for_login(closed, "ola", "not her password")
    assert closed.read_bytes() == before and not lock.holds(closed)
    with pytest.raises(UserError) as no_key:
        Database.open(closed)
    assert "log in to open it" in str(no_key.value)
    db, actor = keys.open_for_login(closed, "OLA", STAFF_PASSWORD)
    try:
        assert actor.login == "ola" and db.key is not None and lock.holds(closed)
    finally:
        db.close()
    assert not lock.holds(closed)


def test_a_login_locked_out_before_the_database_opens_and_the_audit_log_gets_it(closed, monkeypatch):
    now = dt.datetime(2026, 12, 7, 9, 0)
    monkeypatch.setattr(auth, "clock", lambda: now)
    for _ in range(auth.LOCKOUT_AFTER - 1):
        with pytest.raises(auth.WrongCredentials):
            keys.open_for_login(closed, "ola", "wrong")
    with pytest.raises(auth.LockedOut):
        keys.open_for_login(closed, "ola", "wrong")
    with pytest.raises(auth.LockedOut):  # even the right password waits: nothing was opened
        keys.open_for_login(closed, "ola", STAFF_PASSWORD)
    later = now + dt.timedelta(seconds=auth.FIRST_WAIT + 1)
    monkeypatch.setattr(auth, "clock", lambda: later)
    db, _actor = keys.open_for_login(closed, "ola", STAFF_PASSWORD)
    db.close()
    actions = _audit_actions(closed)
    assert actions.count("auth.failure") == auth.LOCKOUT_AFTER and actions.count("auth.lockout") == 1
    # handed over once: the next login adds none
    db, _actor = keys.open_for_login(closed, "ola", STAFF_PASSWORD)
    db.close()
    assert _audit_actions(closed).count("auth.failure") == auth.LOCKOUT_AFTER


def test_a_deactivated_account_no_longer_opens_the_key(closed):
    db, admin = keys.open_for_login(closed, "admin", ADMIN_PASSWORD)
    try:
        ola = next(row for row in auth.list_staff(db, admin) if row.login == "ola")
        auth.update_staff(db, admin, ola.id, full_name=ola.full_name, role=Role.RECEPTIONIST,
                          specialist_kind=None, active=False)
    finally:
        db.close()
    kf = keyfile.KeyFile.load(keyfile.key_file_path(closed))
    with pytest.raises(keyfile.WrongSecret):
        kf.open_with_password("ola", STAFF_PASSWORD)
    with pytest.raises(UserError) as refused:
        keys.open_for_login(closed, "ola", STAFF_PASSWORD)
    assert str(refused.value) == auth.E_DEACTIVATED


def test_a_changed_password_opens_and_the_old_one_stops(closed):
    db, ola = keys.open_for_login(closed, "ola", STAFF_PASSWORD)
    try:
        auth.change_own_password(db, ola, STAFF_PASSWORD, "sosna modrzew wierzba grab")
    finally:
        db.close()
    with pytest.raises(auth.WrongCredentials):
        keys.open_for_login(closed, "ola", STAFF_PASSWORD)
    db, _ = keys.open_for_login(closed, "ola", "sosna modrzew wierzba grab")
    db.close()


def test_a_failure_between_the_two_refreshes_loses_neither_the_change_nor_a_way_in(closed, monkeypatch):
    """The commit happened, the key file kept old and new wraps: both open it; the next login mends it."""
    db, ola = keys.open_for_login(closed, "ola", STAFF_PASSWORD)
    real = keys.refresh
    calls = []

    def refresh(database, session=None, *, keep_old=False):
        calls.append(keep_old)
        if not keep_old:
            raise OSError("the disk went away")
        return real(database, session, keep_old=keep_old)
    monkeypatch.setattr(keys, "refresh", refresh)
    try:
        auth.change_own_password(db, ola, STAFF_PASSWORD, "sosna modrzew wierzba grab")  # no error: it is saved
    finally:
        db.close()
    assert calls == [True, False]
    monkeypatch.setattr(keys, "refresh", real)
    kf = keyfile.KeyFile.load(keyfile.key_file_path(closed))
    assert kf.open_with_password("ola", STAFF_PASSWORD) == kf.open_with_password("ola", "sosna modrzew wierzba grab")
    with pytest.raises(auth.WrongCredentials):  # the database says the old one is wrong
        keys.open_for_login(closed, "ola", STAFF_PASSWORD)
    db, _ = keys.open_for_login(closed, "ola", "sosna modrzew wierzba grab")
    db.close()
    with pytest.raises(keyfile.WrongSecret):  # mended at that login
        keyfile.KeyFile.load(keyfile.key_file_path(closed)).open_with_password("ola", STAFF_PASSWORD)


def test_the_recovery_key_sets_a_new_administrator_password(closed):
    db, admin = keys.open_for_login(closed, "admin", ADMIN_PASSWORD)
    try:
        assert keys.has_recovery_key(db)  # the set-up made the first one
        ola = auth.login(db, "ola", STAFF_PASSWORD)
        with pytest.raises(PermissionDenied):
            keys.new_recovery_key(db, ola)
        recovery = keys.new_recovery_key(db, admin)
    finally:
        db.close()
    assert len(recovery) == 39 and recovery.count("-") == 7
    assert recovery.replace("-", "").encode() not in keyfile.key_file_path(closed).read_bytes()
    with pytest.raises(UserError) as wrong:
        keys.recover(closed, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH", "admin", "nowe haslo dla anny")
    assert "recovery key" in str(wrong.value)
    with pytest.raises(UserError) as not_admin:
        keys.recover(closed, recovery.lower().replace("-", " "), "ola", "nowe haslo dla oli")
    assert str(not_admin.value) == "There is no administrator with this login."
    actor = keys.recover(closed, recovery.lower(), "admin", "nowe haslo dla anny")
    assert actor.login == "admin"
    with pytest.raises(auth.WrongCredentials):
        keys.open_for_login(closed, "admin", ADMIN_PASSWORD)
    db, _ = keys.open_for_login(closed, "admin", "nowe haslo dla anny")
    db.close()
    assert "staff.recovered" in _audit_actions(closed, "nowe haslo dla anny")


def test_a_plain_database_is_encrypted_as_it_opens_and_its_plain_backups_go(db, admin, consent, db_path):
    from wic_desk import paths
    people.register(db, admin, people.PersonInput(given_name=MARKER.split()[0], family_name=MARKER.split()[1]),
                    consent)
    db.close()
    make_plain(db_path)
    assert MARKER.split()[1].encode() in db_path.read_bytes()  # as an app from before encryption left it
    folder = paths.backups_dir_for(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    old_backup = folder / f"{db_path.stem}-20261201-090000-automatic.db"
    old_backup.write_bytes(db_path.read_bytes())
    assert not keys.is_encrypted(db_path)

    converted = Database.open(db_path)
    try:
        assert converted.converted is not None and converted.converted.plain_backups_removed == 1
        assert not old_backup.exists() and converted.converted.backup.exists()
        found = people.search(converted, MARKER.split()[1])
        assert len(found) == 1
    finally:
        converted.close()
    assert keys.is_encrypted(db_path) and not cipher.is_plain(db_path)
    for file in (db_path, converted.converted.backup, *folder.glob("*")):
        assert MARKER.split()[1].encode() not in file.read_bytes(), file
    assert "database.encrypted" in _audit_actions(db_path)
    db2, _ = keys.open_for_login(db_path, "admin", ADMIN_PASSWORD)  # the same password as before
    db2.close()
