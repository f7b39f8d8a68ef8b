"""The key file: the database key wrapped for each account's password hash and the recovery key."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from argon2 import PasswordHasher, Type

from wic_desk.store import keyfile
from wic_desk.store.keyfile import KeyFile, WrongSecret

RECOVERY = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"
HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1, type=Type.ID)


@pytest.fixture
def made(tmp_path):
    key = keyfile.new_key()
    kf = KeyFile.create(keyfile.key_file_path(tmp_path / "desk.db"),
                        public={"centre": "Centrum Testowe", "desk": "Recepcja 1"})
    kf.set_wraps(key, {"Oksana.K": HASHER.hash("lipa-most-rower-zima"),
                       "piotr": HASHER.hash("a long enough passphrase")},
                 deactivated=["ewa"], recovery=HASHER.hash(keyfile.normalise_recovery_key(RECOVERY)))
    kf.save()
    return key, kf


def test_each_password_and_the_recovery_key_open_the_same_key(made):
    key, kf = made
    again = KeyFile.load(kf.path)
    assert again.open_with_password("oksana.k ", "lipa-most-rower-zima") == key  # login: case, spaces
    assert again.open_with_password("piotr", "a long enough passphrase") == key
    assert again.open_with_recovery(RECOVERY.lower().replace("-", " ")) == key
    assert again.public == {"centre": "Centrum Testowe", "desk": "Recepcja 1"}
    assert again.is_deactivated("EWA") and not again.is_deactivated("piotr")


def test_wrong_password_unknown_login_and_wrong_recovery_are_refused(made):
    _key, kf = made
    with pytest.raises(WrongSecret):
        kf.open_with_password("piotr", "a long enough passphrasE")
    with pytest.raises(WrongSecret):
        kf.open_with_password("nobody", "a long enough passphrase")
    with pytest.raises(WrongSecret):
        kf.open_with_recovery(RECOVERY.replace("A", "B"))


def test_the_file_names_no_one_and_holds_no_key_nor_hash(made):
    key, kf = made
    data = kf.path.read_bytes()
    for secret in (key, key.hex().encode(), key.hex().upper().encode(), keyfile._b64(key).encode(),
                   b"oksana", b"Oksana", b"piotr", b"ewa", b"lipa-most", RECOVERY.encode(),
                   RECOVERY.replace("-", "").encode()):
        assert secret not in data
    if os.name == "posix":
        assert kf.path.stat().st_mode & 0o777 == 0o600


def test_a_seal_moved_to_another_login_or_tampered_does_not_open(made):
    _key, kf = made
    ids = list(kf.wraps)
    kf.wraps[ids[0]], kf.wraps[ids[1]] = kf.wraps[ids[1]], kf.wraps[ids[0]]
    with pytest.raises(WrongSecret):
        kf.open_with_password("piotr", "a long enough passphrase")
    kf.wraps[ids[0]], kf.wraps[ids[1]] = kf.wraps[ids[1]], kf.wraps[ids[0]]
    wrap = kf.wraps[kf.wrap_id("piotr")][0]
    sealed = bytearray(keyfile._unb64(wrap["sealed"]))
    sealed[3] ^= 1
    wrap["sealed"] = keyfile._b64(bytes(sealed))
    with pytest.raises(WrongSecret):
        kf.open_with_password("piotr", "a long enough passphrase")


def test_a_changed_password_opens_alone_after_the_change_and_both_while_it_commits(made):
    key, kf = made
    new_hash = HASHER.hash("another long passphrase")
    oksana_hash = None
    # while the change commits: the old and the new password open
    kf.set_wraps(key, {"piotr": new_hash}, keep_old=True)
    assert kf.open_with_password("piotr", "a long enough passphrase") == key
    assert kf.open_with_password("piotr", "another long passphrase") == key
    assert kf.open_with_password("Oksana.K", "lipa-most-rower-zima") == key  # kept while committing
    # after it: the new one only; a login no longer active has no wrap
    kf.set_wraps(key, {"piotr": new_hash}, deactivated=["Oksana.K"])
    with pytest.raises(WrongSecret):
        kf.open_with_password("piotr", "a long enough passphrase")
    assert kf.open_with_password("piotr", "another long passphrase") == key
    with pytest.raises(WrongSecret):
        kf.open_with_password("Oksana.K", "lipa-most-rower-zima")
    assert kf.is_deactivated("oksana.k") and oksana_hash is None


def test_an_old_login_pin_hash_opens_too(tmp_path):
    import base64
    import hashlib
    salt = os.urandom(16)
    digest = hashlib.scrypt(b"2580", salt=salt, n=2 ** 14, r=8, p=1, dklen=32)
    legacy = f"scrypt${2 ** 14}$8$1${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"
    key = keyfile.new_key()
    kf = KeyFile.create(tmp_path / "d.db.keys")
    kf.set_wraps(key, {"jan": legacy})
    assert kf.open_with_password("jan", "2580") == key
    with pytest.raises(WrongSecret):
        kf.open_with_password("jan", "2581")


def test_parameters_out_of_bounds_in_a_crafted_file_are_refused_without_computing(made):
    _key, kf = made
    wrap = kf.wraps[kf.wrap_id("piotr")][0]
    wrap["kdf"]["memory_kib"] = 64 * 1024 * 1024  # 64 GiB
    with pytest.raises(WrongSecret):
        kf.open_with_password("piotr", "a long enough passphrase")


def test_failed_attempts_count_lock_and_are_handed_over_once(made):
    _key, kf = made
    now = dt.datetime(2026, 12, 1, 9, 0)
    waits = [kf.record_failure("piotr", now, lambda n: 30 if n >= 5 else 0, "password")
             for _ in range(5)]
    assert waits == [0, 0, 0, 0, 30]
    kf.save()
    again = KeyFile.load(kf.path)
    assert again.locked_until("PIOTR") == now + dt.timedelta(seconds=30)
    events = again.take_events()
    assert [what for _at, what, _via in events[again.wrap_id("piotr")]] == (
        ["failure"] * 5 + ["lockout 30"])
    assert {via for _at, _what, via in events[again.wrap_id("piotr")]} == {"password"}
    assert again.take_events() == {} and again.locked_until("piotr") is not None
    assert again.clear_failures("piotr") and again.locked_until("piotr") is None
    assert b"piotr" not in kf.path.read_bytes()


def test_a_damaged_or_foreign_file_is_one_clear_error(tmp_path):
    path = tmp_path / "x.db.keys"
    path.write_text('{"format": "something else"}')
    with pytest.raises(keyfile.UserError):
        KeyFile.load(path)
    path.write_bytes(b"\x00\xff not json")
    with pytest.raises(keyfile.UserError):
        KeyFile.load(path)
