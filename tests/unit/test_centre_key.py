"""The centre key (issue 10): exchange files that only the centre reads, and that only its files
enter; a new desk joins with the join file and a one-time join code (or the recovery key); a desk
set up before centre keys takes the key once from the former sync passphrase.

Real files, real databases, the real sealing of join codes (argon2id) where the code is the point.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import delete, select

from tests.unit.test_at_rest import as_the_app_starts, talkative_log  # noqa: F401
from tests.unit.test_sync_helpers import PASSPHRASE, PIN, first_desk, join, key_of
from wic_desk.domain.errors import UserError
from wic_desk.services import auth, setup
from wic_desk.services import sync as sync_service
from wic_desk.services.context import Database
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import AuditEntry, ChangeLogEntry, LocalState
from wic_desk.sync import centrekey, fileformat


def _bytes_of(db_file: Path) -> str:
    """The database file and its -wal, as they are on disk."""
    digest = hashlib.sha256()
    for suffix in ("", "-wal"):
        part = Path(f"{db_file}{suffix}")
        digest.update(part.read_bytes() if part.exists() else b"")
    return digest.hexdigest()


def _forget_centre_key(desk) -> None:
    """As a desk set up before centre keys is: no key in its local state."""
    with UnitOfWork(desk.db, desk.admin) as uow:
        uow.session.execute(delete(LocalState).where(LocalState.key == sync_service.CENTRE_KEY))
    assert not sync_service.has_centre_key(desk.db)


def test_set_up_makes_a_centre_key_kept_only_in_the_desks_own_state(tmp_path):
    a = first_desk(tmp_path / "a")
    try:
        key = key_of(a)
        assert key.startswith("AGE-SECRET-KEY-1") and centrekey.valid(key)
        with a.db.read() as s:
            logged = s.execute(select(ChangeLogEntry.fields)).scalars().all()
        assert logged and not any(key in str(fields) for fields in logged)  # never travels as a change
        other = first_desk(tmp_path / "b")
        assert key_of(other) != key  # every centre its own
        other.db.close()
    finally:
        a.db.close()


def test_every_file_is_an_age_file_for_the_centre_with_no_work_factor_and_no_key_in_it(tmp_path):
    a = first_desk(tmp_path)
    try:
        key = key_of(a)
        recipient = str(centrekey._identity(key).to_public()).encode()
        for path in (a.export(), a.export(full=True)):
            data = path.read_bytes()
            body = centrekey.split(data, UserError("x"))[1]
            assert body.startswith(centrekey.FILE_MAGIC)
            assert body[len(centrekey.FILE_MAGIC) + 32:].startswith(b"age-encryption.org/v1\n-> X25519 ")
            assert b"-> scrypt" not in data  # nothing a slower machine could refuse to compute
            assert key.encode() not in data and key.lower().encode() not in data and recipient not in data
        assert not a.export().read_bytes().startswith(centrekey.JOIN_MAGIC)  # only full files carry a head
    finally:
        a.db.close()


def test_a_file_of_another_centre_is_refused_and_changes_not_a_byte(tmp_path):
    a = first_desk(tmp_path / "a")
    b = first_desk(tmp_path / "b")  # another centre, set up the same way (same names, same password)
    try:
        foreign = a.export()
        foreign_full = a.export(full=True)
        before, digest = _bytes_of(b.db.path), b.digest()
        for path in (foreign, foreign_full):
            with pytest.raises(UserError) as caught:
                b.read(path)
            assert caught.value.text == fileformat.E_OTHER_CENTRE
        assert b.digest() == digest and _bytes_of(b.db.path) == before
        with b.db.read() as s:  # not even an audit line: the file never opened
            assert not s.execute(select(AuditEntry.id).where(AuditEntry.action == "sync.import")).first()
    finally:
        a.db.close()
        b.db.close()


def test_a_file_made_with_the_recipient_alone_is_refused(tmp_path):
    """age lets anyone who knows a recipient write for it; the tag in front says a holder of the
    key wrote the file. A file re-encrypted for our recipient (a genuine payload, even) with no
    valid tag is refused and changes nothing."""
    import pyrage

    a = first_desk(tmp_path)
    b = join(tmp_path, a, "B")
    try:
        genuine = a.export(for_desk=b)
        key = key_of(a)
        plain = centrekey.decrypt(genuine.read_bytes(), key)
        recipient = centrekey._identity(key).to_public()
        forged = tmp_path / "forged.wicsync"
        forged.write_bytes(centrekey.FILE_MAGIC + bytes(32) + pyrage.encrypt(plain, [recipient]))
        digest = b.digest()
        with pytest.raises(UserError) as caught:
            b.read(forged)
        assert caught.value.text == fileformat.E_NOT_MADE_HERE
        assert b.digest() == digest
        assert b.read(genuine).changes == len([r for frame in fileformat.decode(plain).rows() for r in frame]) > 0
    finally:
        a.db.close()
        b.db.close()


def test_a_file_sealed_with_a_passphrase_by_an_older_version_is_refused(tmp_path):
    a = first_desk(tmp_path)
    try:
        old = tmp_path / "old.wicsync"
        old.write_bytes(fileformat.SealedPassphrase().encrypt(fileformat.MAGIC + b"anything", PASSPHRASE))
        digest = a.digest()
        with pytest.raises(UserError) as caught:
            a.read(old)
        assert caught.value.text == fileformat.E_OLD_FILE
        assert a.digest() == digest
    finally:
        a.db.close()


def test_a_damaged_file_of_the_centre_is_refused(tmp_path):
    a = first_desk(tmp_path)
    b = join(tmp_path, a, "B")
    try:
        path = a.export(for_desk=b)
        data = bytearray(path.read_bytes())
        data[-40] ^= 0x01
        path.write_bytes(bytes(data))
        digest = b.digest()
        with pytest.raises(UserError) as caught:
            b.read(path)
        assert caught.value.text == fileformat.E_DAMAGED
        assert b.digest() == digest
    finally:
        a.db.close()
        b.db.close()


def test_the_join_code_opens_its_own_file_only_and_is_kept_nowhere(tmp_path, talkative_log):  # noqa: F811
    a = first_desk(tmp_path / "a")
    try:
        first = sync_service.export_changes(a.db, a.admin, tmp_path / "first.wicsync", new_desk="Recepcja 2")
        second = sync_service.export_changes(a.db, a.admin, tmp_path / "second.wicsync", full=True)
        assert first.join_code and second.join_code and first.join_code != second.join_code
        assert len(first.join_code.replace("-", "")) == 16
        fresh = Database.open(tmp_path / "fresh.db")
        try:
            for code in (first.join_code, "AAAA-BBBB-CCCC-DDDD", ""):
                with pytest.raises(UserError) as caught:
                    sync_service.join_centre(fresh, second.path, code, "Recepcja 3")
                assert caught.value.text in (centrekey.E_WRONG_CODE, centrekey.E_NO_CODE)
                assert not fresh.is_set_up()
            # an ordinary file is no join file, whatever the code
            with pytest.raises(UserError) as caught:
                sync_service.join_centre(fresh, a.export(), second.join_code, "Recepcja 3")
            assert caught.value.text == centrekey.E_NOT_JOIN
            assert not fresh.is_set_up()
            # typed as from paper: small letters, no dashes
            joined = sync_service.join_centre(fresh, first.path, first.join_code.replace("-", " ").lower(),
                                              "Recepcja 2")
            assert joined.staff >= 1
            assert key_of(fresh) == key_of(a)
        finally:
            fresh.close()
        for db in (a.db,):
            with db.read() as s:
                state = [v for (v,) in s.execute(select(LocalState.value))]
                audit = [d or "" for (d,) in s.execute(select(AuditEntry.detail))]
            for code in (first.join_code, second.join_code):
                assert not any(code in text for text in state + audit)
        logged = talkative_log.read_bytes()
        assert logged  # the log was written (at DEBUG), and holds neither code nor the key
        for secret in (first.join_code, second.join_code, key_of(a)):
            assert secret.encode() not in logged
    finally:
        a.db.close()


def test_the_recovery_key_opens_a_join_file_too(tmp_path):
    folder = tmp_path / "a"
    folder.mkdir()
    db = Database.open(folder / "A.db")
    made = setup.initialise(db, "Centrum Testowe", "Recepcja A", "admin", "Anna Admin", PIN)
    try:
        result = sync_service.export_changes(db, made.admin, tmp_path / "join.wicsync", full=True)
        fresh = Database.open(tmp_path / "fresh.db")
        try:
            wrong = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"
            with pytest.raises(UserError) as caught:
                sync_service.join_centre(fresh, result.path, wrong, "Recepcja B")
            assert caught.value.text == centrekey.E_WRONG_CODE
            sync_service.join_centre(fresh, result.path, made.recovery_key, "Recepcja B")
            assert fresh.local(sync_service.CENTRE_KEY) == db.local(sync_service.CENTRE_KEY)
            admin = auth.login(fresh, "admin", PIN)
            # the joined desk and the first one now read each other's files
            back = tmp_path / "back.wicsync"
            sync_service.export_changes(fresh, admin, back)
            assert sync_service.import_file(db, made.admin, back).changes >= 1
        finally:
            fresh.close()
    finally:
        db.close()


def test_desks_from_before_centre_keys_take_the_same_key_from_the_former_passphrase(tmp_path):
    a = first_desk(tmp_path)
    b = join(tmp_path, a, "B")
    c = join(tmp_path, a, "C")
    try:
        for desk in (a, b, c):
            _forget_centre_key(desk)
        with pytest.raises(UserError) as caught:
            a.export()
        assert caught.value.text == sync_service.E_NO_CENTRE_KEY
        with pytest.raises(UserError):
            sync_service.adopt_passphrase(a.db, a.admin, "")
        for desk in (a, b):
            sync_service.adopt_passphrase(desk.db, desk.admin, PASSPHRASE)
        sync_service.adopt_passphrase(c.db, c.admin, "another passphrase altogether")
        assert key_of(a) == key_of(b) != key_of(c)
        assert b.read(a.export(for_desk=b)).changes >= 0
        with pytest.raises(UserError) as caught:  # b's key opened a file of the centre: kept for good
            sync_service.adopt_passphrase(b.db, b.admin, PASSPHRASE)
        assert caught.value.text == sync_service.E_HAS_CENTRE_KEY
        with pytest.raises(UserError) as caught:
            c.read(a.export(for_desk=c))
        assert caught.value.text == sync_service.E_OTHER_CENTRE_OR_TYPO
        with a.db.read() as s:
            assert s.execute(select(AuditEntry.id).where(AuditEntry.action == "sync.centre_key")).first()
    finally:
        for desk in (a, b, c):
            desk.db.close()


def test_a_mistyped_former_passphrase_may_be_entered_again_until_a_file_opens(tmp_path):
    a = first_desk(tmp_path)
    b = join(tmp_path, a, "B")
    try:
        for desk in (a, b):
            _forget_centre_key(desk)
        sync_service.adopt_passphrase(a.db, a.admin, PASSPHRASE)
        sync_service.adopt_passphrase(b.db, b.admin, PASSPHRASE + "x")  # a typo
        from_a = a.export(for_desk=b)
        digest = b.digest()
        with pytest.raises(UserError) as caught:
            b.read(from_a)
        assert caught.value.text == sync_service.E_OTHER_CENTRE_OR_TYPO
        assert b.digest() == digest
        assert sync_service.may_adopt_again(b.db)
        sync_service.adopt_passphrase(b.db, b.admin, PASSPHRASE)  # typed again, right this time
        assert key_of(b) == key_of(a)
        b.read(from_a)
        assert not sync_service.may_adopt_again(b.db)  # proven by a file of the centre: kept for good
        with pytest.raises(UserError) as caught:
            sync_service.adopt_passphrase(b.db, b.admin, "anything")
        assert caught.value.text == sync_service.E_HAS_CENTRE_KEY
        # a desk with a key of its own (made at set-up) says "another centre", plainly
        other = first_desk(tmp_path / "other")
        with pytest.raises(UserError) as caught:
            other.read(from_a)
        assert caught.value.text == fileformat.E_OTHER_CENTRE
        other.db.close()
    finally:
        a.db.close()
        b.db.close()
