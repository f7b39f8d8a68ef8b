"""The exchange file: real age encryption for the centre key, and every kind of bad file (another
centre's, an older version's, a forged or damaged one) refused with a one-line message and nothing
changed."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import zlib

import pytest
from sqlalchemy import func, select

from tests.unit.test_sync_helpers import (  # noqa: F401
    PASSPHRASE,
    centre,
    close_all,
    exchange_all,
    fast_cipher,
    first_desk,
    key_of,
)
from wic_desk.domain import hlc
from wic_desk.domain.enums import ConsentKind, Sex
from wic_desk.domain.errors import UserError
from wic_desk.services import people
from wic_desk.services import sync as sync_service
from wic_desk.store.models import AuditEntry, ChangeLogEntry
from wic_desk.sync import centrekey, fileformat
from wic_desk.sync.fileformat import FRAME, MAGIC

CONSENT = people.ConsentInput(ConsentKind.WRITTEN, dt.date(2024, 1, 10), "Services of the centre")


def register(desk, given, family):
    return people.register(desk.db, desk.admin, people.PersonInput(given_name=given, family_name=family,
                                                                   sex=Sex.MALE), CONSENT)


def state(desk):
    with desk.db.read() as s:
        return (desk.digest(), s.scalar(select(func.count()).select_from(ChangeLogEntry)),
                s.scalar(select(func.count()).select_from(AuditEntry)))


# -- forging payloads (encrypted again for the centre key) ----------------------------------------

def opened(key, path):
    """(the join head's bytes, b"" for an ordinary file; the plaintext) of a file of the centre."""
    data = path.read_bytes()
    _head, body = centrekey.split(data, UserError("damaged"))
    return data[:len(data) - len(body)], centrekey.decrypt(body, key)


def frames_of(key, path):
    plain = opened(key, path)[1]
    assert plain.startswith(MAGIC)
    pos, found = len(MAGIC), []
    while pos < len(plain):
        kind, packed_len, plain_len = FRAME.unpack_from(plain, pos)
        pos += FRAME.size
        found.append((kind, zlib.decompress(plain[pos:pos + packed_len])))
        pos += packed_len
    return found


def frame(kind: bytes, plain: bytes, declared: int | None = None) -> bytes:
    packed = zlib.compress(plain)
    return FRAME.pack(kind, len(packed), len(plain) if declared is None else declared) + packed


def forge(key, path, target, manifest_edit=None, rows_edit=None, extra=b"", after_end=b"", fix_checksum=True,
          audit_edit=None):
    """A copy of the centre's file ``path`` (its join head kept) with its payload edited. A
    manifest edited to a format before 4 loses the audit (as such a file was written)."""
    head = opened(key, path)[0]
    found = frames_of(key, path)
    manifest = json.loads(found[0][1])
    chunks = [json.loads(p) for k, p in found if k == b"C"]
    audit = [json.loads(p) for k, p in found if k == b"A"]
    if rows_edit:
        chunks = rows_edit(chunks)
    if audit_edit:
        audit = audit_edit(audit)
    bodies = [json.dumps(c, separators=(",", ":")).encode() for c in chunks]
    audit_bodies = [json.dumps(c, separators=(",", ":")).encode() for c in audit]
    if fix_checksum:
        manifest["sha256"] = hashlib.sha256(b"".join(bodies)).hexdigest()
        manifest["changes"] = sum(len(c) for c in chunks)
        manifest["audit_sha256"] = hashlib.sha256(b"".join(audit_bodies)).hexdigest()
        manifest["audit_entries"] = sum(len(c) for c in audit)
    if manifest_edit:
        manifest_edit(manifest)
    if manifest["format"] < 4:
        audit_bodies = []
        for name in ("audit_holds", "audit_entries", "audit_sha256"):
            manifest.pop(name, None)
        for state in manifest["peers"].values():
            state.pop("audit", None)
    plain = MAGIC + frame(b"M", json.dumps(manifest).encode()) + b"".join(frame(b"C", b) for b in bodies) \
        + b"".join(frame(b"A", b) for b in audit_bodies) + extra + frame(b"E", b"") + after_end
    target.write_bytes(head + centrekey.encrypt(plain, key))
    return target


@pytest.fixture
def pair(tmp_path, fast_cipher):  # noqa: F811
    made = centre(tmp_path, 2)
    exchange_all(made)
    a, b = made
    register(a, "Bohdan", "Khmelnytskyi")
    yield a, b, a.export(for_desk=b)
    close_all(made)


@pytest.fixture
def key(pair):
    """The centre key of the pair's centre (both desks hold it)."""
    assert key_of(pair[0]) == key_of(pair[1])
    return key_of(pair[0])


def refused(desk, path, match):
    before = state(desk)
    with pytest.raises(UserError, match=match) as info:
        desk.read(path)
    assert "\n" not in str(info.value)
    assert state(desk) == before
    return info.value


def test_a_sound_forged_copy_is_accepted(pair, key, tmp_path):
    """The forging helper itself makes files the reader accepts (so the refusals below are real)."""
    a, b, good = pair
    b.read(forge(key, good, tmp_path / "same.wic"))
    assert b.digest() == a.digest()


@pytest.mark.parametrize("case, match", [
    ("unknown frame", "unexpected entry"),
    ("after the end", "unexpected entry"),
    ("manifest key", "unexpected entry"),
    ("unknown table", "unexpected entry"),
    ("unknown column", "unexpected entry"),
    ("bomb declared", "more than the allowed size"),
    ("bomb hidden", "more than the allowed size"),
    ("newer format", "newer version of WIC Desk"),
    ("checksum", "damaged or incomplete"),
    ("count", "damaged or incomplete"),
    ("change above clock", "damaged or incomplete"),
    ("bad value", "damaged or incomplete"),
])
def test_each_bad_file_is_refused_and_changes_nothing(pair, key, tmp_path, case, match):
    a, b, good = pair
    target = tmp_path / "bad.wic"

    def rows(edit):
        def apply(chunks):
            edit(chunks[-1][-1])
            return chunks
        return apply

    forged = {
        "unknown frame": lambda: forge(key, good, target, extra=frame(b"X", b"{}")),
        "after the end": lambda: forge(key, good, target, after_end=frame(b"C", b"[]")),
        "manifest key": lambda: forge(key, good, target, manifest_edit=lambda m: m.update(extra=1)),
        "unknown table": lambda: forge(key, good, target, rows_edit=rows(lambda r: r.__setitem__(3, "secrets"))),
        "unknown column": lambda: forge(key, good, target, rows_edit=rows(lambda r: r[5].update(shoe_size=44))),
        "bomb declared": lambda: forge(key, good, target, extra=frame(b"C", b"[]", declared=100 * 2**20)),
        "bomb hidden": lambda: forge(key, good, target, extra=frame(b"C", b" " * (50 * 2**20), declared=100)),
        "newer format": lambda: forge(key, good, target, manifest_edit=lambda m: m.update(format=fileformat.FORMAT_VERSION + 1, more="x")),
        "checksum": lambda: forge(key, good, target, rows_edit=rows(lambda r: r[5].update(deleted=True)),
                                  fix_checksum=False),
        "count": lambda: forge(key, good, target, manifest_edit=lambda m: m.update(changes=m["changes"] + 1)),
        "change above clock": lambda: forge(key, good, target, manifest_edit=lambda m: m.update(hlc=1)),
        "bad value": lambda: forge(key, good, target, rows_edit=rows(lambda r: r[5].update(deleted="yes"))),
    }
    refused(b, forged[case](), match)


def test_a_file_stamped_far_ahead_names_the_desk_and_its_clock(pair, key, tmp_path):
    _, b, good = pair
    ahead = dt.datetime.now() + dt.timedelta(days=31)
    stamp = hlc.pack(int(ahead.timestamp() * 1000), 0)
    error = refused(b, forge(key, good, tmp_path / "ahead.wic", manifest_edit=lambda m: m.update(hlc=stamp)),
                    "30 days ahead")
    assert "Recepcja A" in str(error) and ahead.strftime("%Y-%m-%d") in str(error)
    # 29 days ahead is only a wrong clock: accepted, and the reader's clock follows
    near = hlc.pack(int((dt.datetime.now() + dt.timedelta(days=29)).timestamp() * 1000), 0)
    b.read(forge(key, good, tmp_path / "near.wic", manifest_edit=lambda m: m.update(hlc=near)))


def test_a_change_number_reused_with_other_content_is_refused_outright(pair, key, tmp_path):
    a, b, good = pair
    b.read(good)

    def change_family(chunks):
        for chunk in chunks:
            for row in chunk:
                if row[3] == "persons":
                    row[5]["family_name"] = "Someone Else"
        return chunks

    refused(b, forge(key, good, tmp_path / "reused.wic", rows_edit=change_family), "reuses change number")
    # in one file, the same number twice with different content
    def twice(chunks):
        row = json.loads(json.dumps(chunks[-1][-1]))
        row[5] = {"deleted": True}
        chunks[-1].append(row)
        return chunks
    fresh = a.export(full=True)
    refused(b, forge(key, fresh, tmp_path / "twice.wic", rows_edit=twice), "reuses change number")


@pytest.mark.parametrize("content, match", [
    (b"", "empty"),
    (os.urandom(3000), "not a WIC Desk exchange file"),
])
def test_empty_and_random_files(pair, tmp_path, content, match):
    _, b, _ = pair
    path = tmp_path / "x.wic"
    path.write_bytes(content)
    refused(b, path, match)
    refused(b, tmp_path / "missing.wic", "does not exist")


def test_a_file_of_another_centre_changes_nothing(pair, tmp_path):
    """Another centre set up the same way (same centre and desk names, same administrator and
    password) has a centre key of its own: neither its ordinary files nor its join files open
    here, and nothing changes."""
    _, b, _ = pair
    other = first_desk(tmp_path / "other", "A")
    try:
        register(other, "Taras", "Obcy")
        assert key_of(other) != key_of(b)
        for path in (other.export(), other.export(full=True)):
            error = refused(b, path, "another centre")
            assert error.text == fileformat.E_OTHER_CENTRE
            with pytest.raises(UserError) as caught:  # the file itself, read with this centre's key
                fileformat.read_file(path, key_of(b))
            assert caught.value.text == fileformat.E_OTHER_CENTRE
        assert not people.search(b.db, "Obcy")
    finally:
        other.db.close()


def test_a_file_sealed_with_a_passphrase_by_an_older_version_changes_nothing(pair, key, tmp_path):
    """A sound payload, sealed as earlier versions did (with the centre's sync passphrase, by
    ``SealedPassphrase`` or before that by age's scrypt): refused as an older version's file, even
    though the passphrase is the centre's former one."""
    import pyrage
    _, b, good = pair
    plain = opened(key, good)[1]
    for name, sealed in (("sealed", fileformat.SealedPassphrase().encrypt(plain, PASSPHRASE)),
                         ("age", pyrage.passphrase.encrypt(plain, PASSPHRASE))):
        path = tmp_path / f"old-{name}.wicsync"
        path.write_bytes(sealed)
        error = refused(b, path, "older version")
        assert error.text == fileformat.E_OLD_FILE


def test_a_desk_without_the_centre_key_reads_and_writes_no_file(pair, tmp_path):
    """A desk set up before centre keys (no key in its local state) is told to give the former
    passphrase once; nothing is read or written meanwhile."""
    from sqlalchemy import delete

    from wic_desk.services.uow import UnitOfWork
    from wic_desk.store.models import LocalState
    _, b, good = pair
    with UnitOfWork(b.db, b.admin) as uow:
        uow.session.execute(delete(LocalState).where(LocalState.key == sync_service.CENTRE_KEY))
    assert not sync_service.has_centre_key(b.db)
    error = refused(b, good, "former sync passphrase")
    assert error.text == sync_service.E_NO_CENTRE_KEY
    out = tmp_path / "none.wicsync"
    for full in (False, True):
        with pytest.raises(UserError) as caught:
            sync_service.export_changes(b.db, b.admin, out, full=full)
        assert caught.value.text == sync_service.E_NO_CENTRE_KEY and not out.exists()


def test_export_writes_atomically_and_removes_a_file_that_does_not_read_back(pair, tmp_path, monkeypatch):
    a, b, _ = pair
    out = tmp_path / "out" / "x.wic"
    with pytest.raises(UserError, match="folder"):
        sync_service.export_changes(a.db, a.admin, out)
    out.parent.mkdir()
    real = fileformat.read_file
    monkeypatch.setattr(fileformat, "read_file", lambda *args, **kw: (_ for _ in ()).throw(UserError("x")))
    for full in (False, True):  # an ordinary file, and a join file
        with pytest.raises(UserError, match="did not read back"):
            sync_service.export_changes(a.db, a.admin, out, full=full)
        assert list(out.parent.iterdir()) == []
    monkeypatch.setattr(fileformat, "read_file", real)
    result = sync_service.export_changes(a.db, a.admin, out, for_desk=b.db.desk_id)
    assert [p.name for p in out.parent.iterdir()] == ["x.wic"] and result.changes >= 1
    assert result.size == out.stat().st_size and result.join_code is None


# -- the real encryption (age X25519 for the centre key; join codes by argon2id and AES-256-GCM) -----

def test_real_files_round_trip_and_refuse_damage(tmp_path, fast_cipher):  # noqa: F811
    made = centre(tmp_path, 2)
    previous = fileformat.set_cipher(fileformat.SealedPassphrase())
    try:
        a, b = made
        register(a, "Lesya", "Ukrainka")
        good = a.export(for_desk=b)
        data = good.read_bytes()
        assert b"age-encryption.org/v1\n-> X25519 " in data[:200] and b"-> scrypt" not in data  # for the key
        assert b"Ukrainka" not in data
        before = state(b)
        cut = tmp_path / "cut.wic"
        cut.write_bytes(data[:len(data) * 2 // 3])
        flipped = tmp_path / "flipped.wic"
        damaged = bytearray(data)
        damaged[-20] ^= 0x01
        flipped.write_bytes(bytes(damaged))
        for path, match in ((cut, "damaged or incomplete"), (flipped, "damaged or incomplete")):
            with pytest.raises(UserError, match=match):
                b.read(path)
        with pytest.raises(UserError) as caught:  # under any other key: another centre's file
            fileformat.read_file(good, centrekey.new_identity())
        assert caught.value.text == fileformat.E_OTHER_CENTRE
        assert state(b) == before
        b.read(good)
        assert b.digest() != before[0]

        # a join file: its join code sealed for real, opened by that code only
        full = a.export(full=True)
        code = a.join_code
        raw = full.read_bytes()
        assert code and raw.startswith(centrekey.JOIN_MAGIC) and b"Ukrainka" not in raw
        assert code.encode() not in raw and code.replace("-", "").encode() not in raw
        assert key_of(a).encode() not in raw and key_of(a).lower().encode() not in raw
        with pytest.raises(UserError) as caught:
            fileformat.read_file(full, None, join_secret="AAAA-BBBB-CCCC-DDDD")
        assert caught.value.text == centrekey.E_WRONG_CODE
        joined = fileformat.read_file(full, None, join_secret=code.lower())  # typed as it comes
        assert joined.join and joined.manifest.full and joined.centre_key == key_of(a)
        head_cut = tmp_path / "head-cut.wic"
        head_cut.write_bytes(raw[:len(centrekey.JOIN_MAGIC) + 40])
        for reader in (lambda: fileformat.read_file(head_cut, None, join_secret=code), lambda: b.read(head_cut)):
            with pytest.raises(UserError, match="damaged or incomplete"):
                reader()
    finally:
        fileformat.set_cipher(previous)
        close_all(made)


def test_every_file_carries_the_same_fixed_work_and_opens_anywhere():
    """Nothing in a join file's sealed join code depends on how fast the writing machine was: the
    key derivation's parameters are constants of the format, so a slow or busy reader opens what a
    fast one wrote
    (age's passphrase files carried the writer's measured work factor, which a loaded reader
    refused as "excessive work")."""
    import struct
    sealed = fileformat.SealedPassphrase()
    heads = set()
    for _ in range(3):
        data = sealed.encrypt(b"payload", "invented passphrase")
        fields = struct.unpack(">IIB", data[len(sealed.MAGIC):len(sealed.MAGIC) + 9])
        heads.add(fields)
        fileformat._derive.cache_clear()  # a fresh reader: derives the key itself
        assert sealed.decrypt(data, "invented passphrase") == b"payload"
    assert heads == {(3, 64 * 1024, 4)}


def test_a_forged_header_asking_for_huge_work_is_refused_at_once():
    import struct
    sealed = fileformat.SealedPassphrase()
    data = bytearray(sealed.encrypt(b"payload", "invented passphrase"))
    start = len(sealed.MAGIC)
    for fields in ((1_000, 64 * 1024, 4), (3, 64 * 1024 * 1024, 4), (3, 64 * 1024, 200), (0, 64 * 1024, 4)):
        data[start:start + 9] = struct.pack(">IIB", *fields)
        with pytest.raises(UserError, match="damaged"):
            sealed.decrypt(bytes(data), "invented passphrase")


def test_the_sealing_tells_a_wrong_passphrase_and_opens_no_old_age_file():
    """``SealedPassphrase`` (now only the join code's sealing) tells a wrong passphrase from a
    foreign file; age's passphrase files of earlier versions are no longer opened by it, and an
    exchange file sealed so is refused as an older version's, whatever reads it."""
    import pyrage
    sealed = fileformat.SealedPassphrase()
    with pytest.raises(UserError, match="passphrase is wrong"):
        sealed.decrypt(sealed.encrypt(b"written before", "invented passphrase"), "another passphrase")
    with pytest.raises(UserError, match="not a WIC Desk exchange file"):
        sealed.decrypt(b"PK\x03\x04 a zip file", "invented passphrase")
    old = pyrage.passphrase.encrypt(fileformat.MAGIC + b"written before", "invented passphrase")
    with pytest.raises(UserError, match="not a WIC Desk exchange file"):
        sealed.decrypt(old, "invented passphrase")
    for key, secret in ((centrekey.new_identity(), None), (None, "AAAA-BBBB-CCCC-DDDD")):
        with pytest.raises(UserError) as caught:
            fileformat.decode_sealed(old, key, join_secret=secret)
        assert caught.value.text == fileformat.E_OLD_FILE
