"""Notes encrypted for their readers, end to end (services.notes): every role x kind x level cell
read through the services; no note in the database file, a backup or an exchange file written by
any role; a new member, a deactivated member, a password changed and reset, the recovery key, notes
from before sealing, a note read on another desk."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from tests import rawdb
from tests.conftest import ADMIN_PASSWORD, STAFF_PASSWORD
from tests.unit.test_consultations import CASES, EVERYONE, LAWYER, PSY
from tests.unit.test_sync_helpers import PIN, centre, close_all, fast_cipher, key_of  # noqa: F401
from wic_desk.domain.enums import Confidentiality, ConsultationKind, Role, Sex
from wic_desk.domain.errors import PermissionDenied, UserError
from wic_desk.services import auth, notes, people, setup
from wic_desk.services import consultations as cs
from wic_desk.services import sync as sync_service
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import AuditEntry, ChangeLogEntry, Consultation, NoteGrant, Staff
from wic_desk.sync import fileformat

TODAY = dt.date.today()


@pytest.fixture
def started(db):
    return setup.initialise(db, "Centrum Integracji Test", "Recepcja 1", "admin", "Anna Admin", ADMIN_PASSWORD)


@pytest.fixture
def admin(started):
    return started.admin


@pytest.fixture
def team(make_staff, admin):
    return {
        "receptionist": make_staff(Role.RECEPTIONIST, "recep"),
        "coordinator": make_staff(Role.COORDINATOR, "coord"),
        "admin": admin,
        "counsellor": make_staff(Role.COUNSELLOR, "couns"),
        "counsellor2": make_staff(Role.COUNSELLOR, "couns2"),
        "psychologist": make_staff(Role.SPECIALIST, "psy", PSY),
        "psychologist2": make_staff(Role.SPECIALIST, "psy2", PSY),
        "lawyer": make_staff(Role.SPECIALIST, "law", LAWYER),
    }


@pytest.fixture
def person(db, admin, consent):
    return people.register(db, admin, people.PersonInput(given_name="Olha", family_name="Marchenko", sex=Sex.FEMALE),
                           consent)


def _login(db, login, password=STAFF_PASSWORD):
    return auth.login(db, login, password)


def _row(db, actor, person, consultation_id):
    return next(r for r in cs.for_person(db, actor, person) if r.id == consultation_id)


def _all_rows_text(path, key) -> str:
    """Every row of every table of a database file (opened with its key), as one text."""
    conn = rawdb.connect(path, key, mode="ro")
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return "\n".join(str(row) for t in tables for row in conn.execute(f'SELECT * FROM "{t}"'))
    finally:
        conn.close()


def _file_text(path, db) -> str:
    ef = fileformat.read_file(path, key_of(db))
    return "\n".join(str(row) for frame in ef.rows() for row in frame)


@pytest.mark.parametrize("author,kind,level,readers", CASES)
def test_every_role_kind_and_level_reads_only_its_notes_and_no_file_holds_one(
        db, tmp_path, team, person, author, kind, level, readers):
    marker = f"Marker {kind.value} {level.value} notatka"
    cid = cs.record(db, team[author], person, cs.ConsultationInput(kind=kind, held_on=TODAY, note=marker,
                                                                   confidentiality=level))
    for who in EVERYONE:
        row = _row(db, team[who], person, cid)
        if who in readers:
            assert (row.note_readable, row.note, row.note_pending) == (True, marker, False), who
        else:
            assert (row.note_readable, row.note) == (False, None), who
        # a reader logging in afresh (a keyring built from the password alone) reads it too
        if who in readers:
            assert _row(db, _login(db, team[who].login), person, cid).note == marker
    with db.read() as s:
        stored = s.get(Consultation, cid).note
    assert stored.startswith(notes.PREFIX) and marker not in stored
    # the database file as any desk holds it, opened with its key: tables and change log
    assert marker not in _all_rows_text(db.path, db.key)
    # a backup
    backup = db.backup("test")
    assert marker not in _all_rows_text(backup, db.key)
    # an exchange file written by each role (and a full one by those allowed)
    for who in EVERYONE:
        out = tmp_path / f"{who}.wicsync"
        sync_service.export_changes(db, team[who], out)
        text = _file_text(out, db)
        assert cid.hex[:8] in text.replace("-", "") and marker not in text, who
    full = tmp_path / "full.wicsync"
    sync_service.export_changes(db, team["coordinator"], full, full=True)
    assert marker not in _file_text(full, db)


def test_a_new_member_is_pending_until_a_colleague_logs_in(db, team, person, admin):
    cid = cs.record(db, team["counsellor"], person, cs.ConsultationInput(kind=ConsultationKind.VOCATIONAL,
                                                                         held_on=TODAY, note="Plan zawodowy"))
    auth.add_staff(db, admin, "couns3", "Nowa Doradczyni", Role.COUNSELLOR, STAFF_PASSWORD)
    newcomer = _login(db, "couns3")
    row = _row(db, newcomer, person, cid)
    assert (row.note, row.note_readable, row.note_pending) == (None, False, True)
    assert [p.full_name for p in notes.pending(db)] == ["Nowa Doradczyni"]
    _login(db, "psy")  # any member of the group, on any desk: the key reaches the newcomer
    assert _row(db, newcomer, person, cid).note == "Plan zawodowy"  # the same session, no new login
    assert notes.pending(db) == []
    with db.read() as s:
        assert s.execute(select(AuditEntry.id).where(AuditEntry.action == "notes.grant")).first()


def test_a_pending_author_still_writes_and_edits_keep_a_note_they_cannot_see(db, team, person, admin):
    old = cs.record(db, team["counsellor"], person, cs.ConsultationInput(kind=ConsultationKind.VOCATIONAL,
                                                                         held_on=TODAY, note="Stara notatka"))
    auth.add_staff(db, admin, "couns3", "Nowa Doradczyni", Role.COUNSELLOR, STAFF_PASSWORD)
    newcomer = _login(db, "couns3")
    mine = cs.record(db, newcomer, person, cs.ConsultationInput(kind=ConsultationKind.VOCATIONAL, held_on=TODAY,
                                                                note="Moja notatka"))
    # a key of the newcomer's own making reaches every colleague at once
    assert _row(db, team["counsellor2"], person, mine).note == "Moja notatka"
    assert _row(db, newcomer, person, old).note_pending
    # the author edits their own note while their access to it is pending: it stays
    with UnitOfWork(db, team["counsellor"]) as uow:
        uow.session.get(Consultation, old).staff_id = newcomer.staff_id
    cs.update(db, newcomer, old, cs.ConsultationInput(kind=ConsultationKind.VOCATIONAL, held_on=TODAY, minutes=30))
    assert _row(db, team["counsellor2"], person, old).note == "Stara notatka"
    with pytest.raises(UserError):
        cs.update(db, newcomer, old, cs.ConsultationInput(kind=ConsultationKind.VOCATIONAL, held_on=TODAY,
                                                          confidentiality=Confidentiality.AUTHOR_ONLY))


def test_a_deactivated_member_reads_no_note_written_after(db, team, person, admin):
    before = cs.record(db, team["counsellor"], person, cs.ConsultationInput(kind=ConsultationKind.LEGAL,
                                                                            held_on=TODAY, note="Przed"))
    leaving = team["counsellor2"]
    assert _row(db, leaving, person, before).note == "Przed"
    auth.update_staff(db, admin, leaving.staff_id, full_name="Test Counsellor", role=Role.COUNSELLOR,
                      specialist_kind=None, active=False)
    after = cs.record(db, team["counsellor"], person, cs.ConsultationInput(kind=ConsultationKind.LEGAL,
                                                                           held_on=TODAY, note="Po odejściu"))
    with db.read() as s:
        stored = s.get(Consultation, after).note
        recipient = notes.recipient_of(s.get(Staff, leaving.staff_id).note_identity)
        grants = s.execute(select(NoteGrant.recipient).where(NoteGrant.key_id == notes.key_of(stored))).scalars().all()
        # even with the keys they held in memory, the new note does not open
        assert notes.open_note(s, leaving.keyring, after, stored) == (None, True)
    assert recipient not in grants and len(grants) >= 3  # the other readers and the recovery key
    assert _row(db, team["psychologist"], person, after).note == "Po odejściu"
    assert _row(db, team["counsellor"], person, after).note == "Po odejściu"


def test_leaving_a_group_by_another_role_closes_its_new_notes(db, team, person, admin):
    psy = team["psychologist2"]
    auth.update_staff(db, admin, psy.staff_id, full_name="Test Specialist", role=Role.SPECIALIST,
                      specialist_kind=LAWYER, active=True)
    cid = cs.record(db, team["psychologist"], person, cs.ConsultationInput(
        kind=PSY, held_on=TODAY, note="Tylko psycholodzy", confidentiality=Confidentiality.SPECIALIST_ONLY))
    with db.read() as s:
        assert notes.open_note(s, psy.keyring, cid, s.get(Consultation, cid).note) == (None, True)


def test_own_password_change_keeps_access_and_a_reset_waits_for_colleagues_or_the_recovery_key(
        db, team, person, admin, started):
    psy = team["psychologist"]
    shared = cs.record(db, psy, person, cs.ConsultationInput(kind=PSY, held_on=TODAY, note="Wspólna",
                                                             confidentiality=Confidentiality.SPECIALIST_ONLY))
    own = cs.record(db, psy, person, cs.ConsultationInput(kind=PSY, held_on=TODAY, note="Tylko moja",
                                                          confidentiality=Confidentiality.AUTHOR_ONLY))
    auth.change_own_password(db, psy, STAFF_PASSWORD, "nowe hasło do notatek")
    again = _login(db, "psy", "nowe hasło do notatek")
    assert (_row(db, again, person, shared).note, _row(db, again, person, own).note) == ("Wspólna", "Tylko moja")

    auth.reset_password(db, admin, psy.staff_id, "hasło od administratora")
    reset = _login(db, "psy", "hasło od administratora")
    assert _row(db, reset, person, shared).note_pending and _row(db, reset, person, own).note_pending
    _login(db, "psy2")  # a colleague of the group lets them in to the shared notes
    assert _row(db, reset, person, shared).note == "Wspólna"
    assert _row(db, reset, person, own).note_pending  # their own notes: only the recovery key
    with pytest.raises(PermissionDenied):
        notes.grant_with_recovery(db, team["coordinator"], started.recovery_key)
    with pytest.raises(UserError):
        notes.grant_with_recovery(db, admin, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    assert notes.grant_with_recovery(db, admin, started.recovery_key) >= 1
    assert _row(db, reset, person, own).note == "Tylko moja"


def test_the_recovery_key_opens_any_note_and_the_read_is_audited(db, team, person, admin, started):
    cid = cs.record(db, team["psychologist"], person, cs.ConsultationInput(
        kind=PSY, held_on=TODAY, note="Dla sądu", confidentiality=Confidentiality.AUTHOR_ONLY))
    assert notes.read_with_recovery(db, admin, started.recovery_key.lower().replace("-", " "), cid) == "Dla sądu"
    with pytest.raises(UserError):
        notes.read_with_recovery(db, admin, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH", cid)
    with pytest.raises(PermissionDenied):
        notes.read_with_recovery(db, team["psychologist2"], started.recovery_key, cid)
    with db.read() as s:
        reads = s.execute(select(AuditEntry.staff_id).where(AuditEntry.action == "note.read_recovery")).scalars().all()
    assert reads == [admin.staff_id]


def test_a_new_recovery_key_is_let_in_at_the_next_login(db, team, person, admin):
    from wic_desk.services import keys
    cid = cs.record(db, team["lawyer"], person, cs.ConsultationInput(kind=LAWYER, held_on=TODAY, note="Sprawa",
                                                                     confidentiality=Confidentiality.AUTHOR_ONLY))
    fresh = keys.new_recovery_key(db, admin)
    assert notes.read_with_recovery(db, admin, fresh, cid) is None  # not yet
    _login(db, "law")
    assert notes.read_with_recovery(db, admin, fresh, cid) == "Sprawa"


def test_the_identity_opens_with_the_password_only(db, team):
    with db.read() as s:
        staff = s.get(Staff, team["counsellor"].staff_id)
        stored, password_hash, staff_id = staff.note_identity, staff.password_hash, staff.id
    assert notes.open_identity(staff_id, stored, STAFF_PASSWORD) == team["counsellor"].keyring.identity
    assert notes.open_identity(staff_id, stored, "something else") is None
    assert notes.open_identity(team["counsellor2"].staff_id, stored, STAFF_PASSWORD) is None  # bound to its account
    # nothing derived from the travelling password hash opens it
    assert notes.open_identity(staff_id, stored, password_hash) is None
    assert "AGE-SECRET-KEY" not in stored and json.loads(stored)["recipient"].startswith("age1")
    with db.read() as s:  # roles that read no note have no identity
        assert s.get(Staff, team["receptionist"].staff_id).note_identity is None


def test_notes_from_before_sealing_are_sealed_at_a_readers_login(db, team, person):
    cid = cs.record(db, team["counsellor"], person, cs.ConsultationInput(kind=ConsultationKind.VOCATIONAL,
                                                                         held_on=TODAY, note=None))
    with UnitOfWork(db, team["counsellor"]) as uow:  # as an older version wrote it
        uow.session.get(Consultation, cid).note = "Stara jawna notatka"
    assert _row(db, team["counsellor2"], person, cid).note == "Stara jawna notatka"
    _login(db, "couns2")
    assert "Stara jawna notatka" not in _all_rows_text(db.path, db.key)
    assert _row(db, team["counsellor"], person, cid).note == "Stara jawna notatka"
    with db.read() as s:
        assert any(f.get("note") is None for f in s.execute(select(ChangeLogEntry.fields).where(
            ChangeLogEntry.record_id == cid)).scalars())


def test_a_note_written_on_one_desk_is_read_on_another(tmp_path, fast_cipher):  # noqa: F811
    desks = centre(tmp_path, 2)
    try:
        a, b = desks
        auth.add_staff(a.db, a.admin, "couns", "Doradca A", Role.COUNSELLOR, STAFF_PASSWORD)
        auth.add_staff(a.db, a.admin, "couns2", "Doradca B", Role.COUNSELLOR, STAFF_PASSWORD)
        pid = people.register(a.db, a.admin, people.PersonInput(given_name="Iryna", family_name="Bondar",
                                                                sex=Sex.FEMALE),
                              people.ConsentInput(people.ConsentKind.WRITTEN, TODAY, "Usługi"))
        cid = cs.record(a.db, auth.login(a.db, "couns", STAFF_PASSWORD), pid, cs.ConsultationInput(
            kind=ConsultationKind.LEGAL, held_on=TODAY, note="Przeczytaj na B",
            confidentiality=Confidentiality.SPECIALIST_ONLY))
        b.read(a.export())
        reader = auth.login(b.db, "couns2", STAFF_PASSWORD)
        assert _row(b.db, reader, pid, cid).note == "Przeczytaj na B"
        assert _row(b.db, b.admin, pid, cid).note is None
        assert "Przeczytaj na B" not in _all_rows_text(b.db.path, b.db.key)
    finally:
        close_all(desks)


def test_a_pin_unlock_keeps_the_keys(db, team, person):
    couns = team["counsellor"]
    cid = cs.record(db, couns, person, cs.ConsultationInput(kind=ConsultationKind.VOCATIONAL, held_on=TODAY,
                                                            note="Po przerwie"))
    auth.set_own_pin(db, couns, STAFF_PASSWORD, "5821")
    back = auth.unlock(db, couns, "5821")
    assert back.keyring is couns.keyring and _row(db, back, person, cid).note == "Po przerwie"
    assert "keyring" not in repr(back) and "AGE-SECRET" not in repr(back)


def test_the_demo_notes_are_sealed(tmp_path):
    from wic_desk.services import demo
    path = tmp_path / "demo.db"
    demo.build_demo_file(path, persons=60, seed=3)
    db = rawdb.open_demo(path)
    try:
        with db.read() as s:
            stored = [n for n in s.execute(select(Consultation.note)).scalars() if n]
            some = s.execute(select(Consultation.id, Consultation.person_id).where(
                Consultation.note.is_not(None), Consultation.confidentiality == Confidentiality.NORMAL)).first()
        assert stored and all(n.startswith(notes.PREFIX) for n in stored)
        reader = next(a for a in (auth.login(db, login, demo.DEMO_PASSWORD) for login, _n, role, _k in demo._DEMO_STAFF
                                  if role == Role.COUNSELLOR) if a)
        assert _row(db, reader, some.person_id, some.id).note
    finally:
        db.close()


def test_a_database_from_before_sealed_notes_seals_them_at_the_first_readers_login(db, team, person):
    cid = cs.record(db, team["psychologist"], person, cs.ConsultationInput(
        kind=PSY, held_on=TODAY, note=None, confidentiality=Confidentiality.SPECIALIST_ONLY))
    with UnitOfWork(db, team["admin"]) as uow:  # as the upgrade finds it: no identities, no keys, plain notes
        uow.session.get(Consultation, cid).note = "Notatka sprzed szyfrowania"
        for staff in uow.session.execute(select(Staff)).scalars():
            staff.note_identity = None
        for grant in uow.session.execute(select(NoteGrant)).scalars():
            uow.session.delete(grant)
    first = _login(db, "psy2")  # gets an identity, a key of the group, and seals the old note
    with db.read() as s:
        assert s.get(Staff, first.staff_id).note_identity and notes.is_sealed(s.get(Consultation, cid).note)
    assert "Notatka sprzed szyfrowania" not in _all_rows_text(db.path, db.key)
    assert _row(db, first, person, cid).note == "Notatka sprzed szyfrowania"
    later = _login(db, "psy")  # an identity now; pending until a colleague holding the key logs in
    assert _row(db, later, person, cid).note_pending
    _login(db, "psy2")
    assert _row(db, later, person, cid).note == "Notatka sprzed szyfrowania"
    assert _row(db, _login(db, "couns"), person, cid).note is None  # not a reader of psychologists' notes
