"""The key file: the database key wrapped for each password and for the recovery key."""

from __future__ import annotations

import json
import os

import pytest

from wic_desk.store import keyfile
from wic_desk.store.keyfile import KeyFile, WrongSecret

RECOVERY = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"


@pytest.fixture
def made(tmp_path):
    key = keyfile.new_key()
    kf = KeyFile.create(keyfile.key_file_path(tmp_path / "desk.db"), key, RECOVERY,
                        public={"centre": "Centrum Testowe", "desk": "Recepcja 1"})
    kf.add("Oksana.K", "lipa-most-rower-zima", key)
    kf.add("piotr", "a long enough passphrase", key)
    kf.save()
    return key, kf


def test_each_password_and_the_recovery_key_open_the_same_key(made):
    key, kf = made
    again = KeyFile.load(kf.path)
    assert again.open_with_password("oksana.k ", "lipa-most-rower-zima") == key  # login: case, spaces
    assert again.open_with_password("piotr", "a long enough passphrase") == key
    assert again.open_with_recovery(RECOVERY.lower().replace("-", " ")) == key
    assert again.public == {"centre": "Centrum Testowe", "desk": "Recepcja 1"}


def test_wrong_password_unknown_login_and_wrong_recovery_are_refused(made):
    _key, kf = made
    with pytest.raises(WrongSecret):
        kf.open_with_password("piotr", "a long enough passphrasE")
    with pytest.raises(WrongSecret):
        kf.open_with_password("nobody", "a long enough passphrase")
    with pytest.raises(WrongSecret):
        kf.open_with_recovery(RECOVERY.replace("A", "B"))


def test_the_file_names_no_one_and_holds_no_key(made):
    key, kf = made
    data = kf.path.read_bytes()
    for secret in (key, key.hex().encode(), key.hex().upper().encode(), keyfile._b64(key).encode(),
                   b"oksana", b"Oksana", b"piotr", b"lipa-most", RECOVERY.encode(), RECOVERY.replace("-", "").encode()):
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
    wrap = kf.wraps[kf._wrap_id("piotr")]
    sealed = bytearray(keyfile._unb64(wrap["sealed"]))
    sealed[3] ^= 1
    wrap["sealed"] = keyfile._b64(bytes(sealed))
    with pytest.raises(WrongSecret):
        kf.open_with_password("piotr", "a long enough passphrase")


def test_removing_a_login_and_replacing_its_password(made):
    key, kf = made
    kf.add("piotr", "another long passphrase", key)  # a changed password replaces the wrap
    with pytest.raises(WrongSecret):
        kf.open_with_password("piotr", "a long enough passphrase")
    assert kf.open_with_password("piotr", "another long passphrase") == key
    assert kf.remove("piotr") and not kf.has("piotr")
    with pytest.raises(WrongSecret):
        kf.open_with_password("piotr", "another long passphrase")


def test_a_damaged_or_foreign_key_file_is_one_plain_error(tmp_path):
    bad = tmp_path / "desk.db.keys"
    for content in ("", "{not json", json.dumps({"format": "other/1"}), json.dumps([1, 2])):
        bad.write_text(content)
        with pytest.raises(keyfile.UserError) as caught:
            KeyFile.load(bad)
        assert caught.value.text == keyfile.E_DAMAGED


def test_recovery_keys_are_random_and_readable():
    a, b = keyfile.new_recovery_key(), keyfile.new_recovery_key()
    assert a != b
    groups = a.split("-")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert set(a.replace("-", "")) <= set("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    assert keyfile.normalise_recovery_key(a.lower().replace("-", "  ")) == a


def test_parameters_are_recorded_with_each_wrap(made):
    _key, kf = made
    data = json.loads(kf.path.read_text())
    for wrap in [*data["wraps"].values(), data["recovery"]]:
        assert wrap["kdf"] == {"algorithm": "argon2id", "time_cost": 3, "memory_kib": 65536, "parallelism": 4}
