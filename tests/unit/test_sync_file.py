"""The exchange file: real age encryption, and every kind of bad file refused with a one-line
message and nothing changed."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import zlib

import pytest
from sqlalchemy import func, select

from tests.unit.test_sync_helpers import PASSPHRASE, centre, close_all, exchange_all, fast_cipher  # noqa: F401
from wic_desk.domain import hlc
from wic_desk.domain.enums import ConsentKind, Sex
from wic_desk.domain.errors import UserError
from wic_desk.services import people
from wic_desk.services import sync as sync_service
from wic_desk.store.models import ChangeLogEntry
from wic_desk.sync import fileformat
from wic_desk.sync.fileformat import FRAME, MAGIC

CONSENT = people.ConsentInput(ConsentKind.WRITTEN, dt.date(2024, 1, 10), "Services of the centre")


def register(desk, given, family):
    return people.register(desk.db, desk.admin, people.PersonInput(given_name=given, family_name=family,
                                                                   sex=Sex.MALE), CONSENT)


def state(desk):
    with desk.db.read() as s:
        return desk.digest(), s.scalar(select(func.count()).select_from(ChangeLogEntry))


# -- forging payloads (with the fast cipher) -------------------------------------------------------

def frames_of(path):
    plain = fileformat.cipher.decrypt(path.read_bytes(), PASSPHRASE)
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


def forge(path, target, manifest_edit=None, rows_edit=None, extra=b"", after_end=b"", fix_checksum=True):
    found = frames_of(path)
    manifest = json.loads(found[0][1])
    chunks = [json.loads(p) for k, p in found if k == b"C"]
    if rows_edit:
        chunks = rows_edit(chunks)
    bodies = [json.dumps(c, separators=(",", ":")).encode() for c in chunks]
    if fix_checksum:
        manifest["sha256"] = hashlib.sha256(b"".join(bodies)).hexdigest()
        manifest["changes"] = sum(len(c) for c in chunks)
    if manifest_edit:
        manifest_edit(manifest)
    plain = MAGIC + frame(b"M", json.dumps(manifest).encode()) + b"".join(frame(b"C", b) for b in bodies) \
        + extra + frame(b"E", b"") + after_end
    target.write_bytes(fileformat.cipher.encrypt(plain, PASSPHRASE))
    return target


@pytest.fixture
def pair(tmp_path, fast_cipher):  # noqa: F811
    made = centre(tmp_path, 2)
    exchange_all(made)
    a, b = made
    register(a, "Bohdan", "Khmelnytskyi")
    yield a, b, a.export(for_desk=b)
    close_all(made)


def refused(desk, path, match):
    before = state(desk)
    with pytest.raises(UserError, match=match) as info:
        desk.read(path)
    assert "\n" not in str(info.value)
    assert state(desk) == before
    return info.value


def test_a_sound_forged_copy_is_accepted(pair, tmp_path):
    """The forging helper itself makes files the reader accepts (so the refusals below are real)."""
    a, b, good = pair
    b.read(forge(good, tmp_path / "same.wic"))
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
def test_each_bad_file_is_refused_and_changes_nothing(pair, tmp_path, case, match):
    a, b, good = pair
    target = tmp_path / "bad.wic"

    def rows(edit):
        def apply(chunks):
            edit(chunks[-1][-1])
            return chunks
        return apply

    forged = {
        "unknown frame": lambda: forge(good, target, extra=frame(b"X", b"{}")),
        "after the end": lambda: forge(good, target, after_end=frame(b"C", b"[]")),
        "manifest key": lambda: forge(good, target, manifest_edit=lambda m: m.update(extra=1)),
        "unknown table": lambda: forge(good, target, rows_edit=rows(lambda r: r.__setitem__(3, "secrets"))),
        "unknown column": lambda: forge(good, target, rows_edit=rows(lambda r: r[5].update(shoe_size=44))),
        "bomb declared": lambda: forge(good, target, extra=frame(b"C", b"[]", declared=100 * 2**20)),
        "bomb hidden": lambda: forge(good, target, extra=frame(b"C", b" " * (50 * 2**20), declared=100)),
        "newer format": lambda: forge(good, target, manifest_edit=lambda m: m.update(format=fileformat.FORMAT_VERSION + 1, more="x")),
        "checksum": lambda: forge(good, target, rows_edit=rows(lambda r: r[5].update(deleted=True)),
                                  fix_checksum=False),
        "count": lambda: forge(good, target, manifest_edit=lambda m: m.update(changes=m["changes"] + 1)),
        "change above clock": lambda: forge(good, target, manifest_edit=lambda m: m.update(hlc=1)),
        "bad value": lambda: forge(good, target, rows_edit=rows(lambda r: r[5].update(deleted="yes"))),
    }
    refused(b, forged[case](), match)


def test_a_file_stamped_far_ahead_names_the_desk_and_its_clock(pair, tmp_path):
    _, b, good = pair
    ahead = dt.datetime.now() + dt.timedelta(days=31)
    stamp = hlc.pack(int(ahead.timestamp() * 1000), 0)
    error = refused(b, forge(good, tmp_path / "ahead.wic", manifest_edit=lambda m: m.update(hlc=stamp)),
                    "30 days ahead")
    assert "Recepcja A" in str(error) and ahead.strftime("%Y-%m-%d") in str(error)
    # 29 days ahead is only a wrong clock: accepted, and the reader's clock follows
    near = hlc.pack(int((dt.datetime.now() + dt.timedelta(days=29)).timestamp() * 1000), 0)
    b.read(forge(good, tmp_path / "near.wic", manifest_edit=lambda m: m.update(hlc=near)))


def test_a_change_number_reused_with_other_content_is_refused_outright(pair, tmp_path):
    a, b, good = pair
    b.read(good)

    def change_family(chunks):
        for chunk in chunks:
            for row in chunk:
                if row[3] == "persons":
                    row[5]["family_name"] = "Someone Else"
        return chunks

    refused(b, forge(good, tmp_path / "reused.wic", rows_edit=change_family), "reuses change number")
    # in one file, the same number twice with different content
    def twice(chunks):
        row = json.loads(json.dumps(chunks[-1][-1]))
        row[5] = {"deleted": True}
        chunks[-1].append(row)
        return chunks
    fresh = a.export(full=True)
    refused(b, forge(fresh, tmp_path / "twice.wic", rows_edit=twice), "reuses change number")


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


def test_a_wrong_passphrase_changes_nothing(pair):
    _, b, good = pair
    before = state(b)
    with pytest.raises(UserError, match="passphrase is wrong"):
        sync_service.import_file(b.db, b.admin, good, "not the passphrase")
    with pytest.raises(UserError, match="passphrase"):
        sync_service.import_file(b.db, b.admin, good, "")
    assert state(b) == before


def test_export_writes_atomically_and_removes_a_file_that_does_not_read_back(pair, tmp_path, monkeypatch):
    a, b, _ = pair
    out = tmp_path / "out" / "x.wic"
    with pytest.raises(UserError, match="folder"):
        sync_service.export_changes(a.db, a.admin, out, PASSPHRASE)
    out.parent.mkdir()
    real = fileformat.read_file
    monkeypatch.setattr(fileformat, "read_file", lambda *args, **kw: (_ for _ in ()).throw(UserError("x")))
    with pytest.raises(UserError, match="did not read back"):
        sync_service.export_changes(a.db, a.admin, out, PASSPHRASE)
    assert list(out.parent.iterdir()) == []
    monkeypatch.setattr(fileformat, "read_file", real)
    result = sync_service.export_changes(a.db, a.admin, out, PASSPHRASE, for_desk=b.db.desk_id)
    assert [p.name for p in out.parent.iterdir()] == ["x.wic"] and result.changes >= 1
    assert result.size == out.stat().st_size


# -- the real cipher (argon2id at fixed parameters, AES-256-GCM) -------------------------------------

def test_real_files_round_trip_and_refuse_damage(tmp_path, fast_cipher):  # noqa: F811
    made = centre(tmp_path, 2)
    previous = fileformat.set_cipher(fileformat.SealedPassphrase())
    try:
        a, b = made
        register(a, "Lesya", "Ukrainka")
        good = a.export(for_desk=b)
        data = good.read_bytes()
        assert data.startswith(fileformat.SealedPassphrase.MAGIC) and b"Ukrainka" not in data
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
        with pytest.raises(UserError, match="passphrase is wrong"):
            sync_service.import_file(b.db, b.admin, good, "wrong passphrase")
        assert state(b) == before
        b.read(good)
        assert b.digest() != before[0]
    finally:
        fileformat.set_cipher(previous)
        close_all(made)


def test_every_file_carries_the_same_fixed_work_and_opens_anywhere():
    """Nothing in a file depends on how fast the writing machine was: the key derivation's
    parameters are constants of the format, so a slow or busy reader opens what a fast one wrote
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


def test_files_written_by_age_in_earlier_versions_are_still_read():
    import pyrage
    old = pyrage.passphrase.encrypt(b"written before", "invented passphrase")
    assert fileformat.SealedPassphrase().decrypt(old, "invented passphrase") == b"written before"
    with pytest.raises(UserError, match="passphrase is wrong"):
        fileformat.SealedPassphrase().decrypt(old, "another passphrase")
    with pytest.raises(UserError, match="not a WIC Desk exchange file"):
        fileformat.SealedPassphrase().decrypt(b"PK\x03\x04 a zip file", "invented passphrase")
