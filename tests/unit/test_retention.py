"""Retention: who is due for erasure, erasing them, old backups, consent withdrawal; real SQLite files."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import uuid

import pytest
from sqlalchemy import select

from tests.conftest import ADMIN_PASSWORD
from tests.unit.test_sync_helpers import fast_cipher  # noqa: F401  (a fixture)
from wic_desk import cli, paths
from wic_desk.domain.enums import (
    ActivityKind,
    AttendanceStatus,
    ConsentKind,
    ConsultationKind,
    ContractKind,
    Role,
)
from wic_desk.domain.errors import PermissionDenied, UserError
from wic_desk.domain.permissions import Action, allowed, roles_for
from wic_desk.services import backup, people, retention
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import (
    Activity,
    ActivitySession,
    Attendance,
    AuditEntry,
    Certificate,
    Consultation,
    EmploymentOutcome,
    Person,
    Visit,
)

# The seed project ends 2024-06-15: from 2029-06-16 the project no longer holds anyone back.
TODAY = dt.date(2031, 3, 1)
CUTOFF = dt.date(2026, 3, 1)  # TODAY minus the default 5 years


def _person(db, actor, consent, given, family, first_contact):
    return people.register(db, actor, people.PersonInput(given_name=given, family_name=family,
                                                         first_contact_date=first_contact), consent)


def _add(db, actor, *records):
    with UnitOfWork(db, actor) as uow:
        for record in records:
            uow.session.add(record)
            uow.session.flush()


def _activity_session(db, actor, held_on):
    activity = Activity(id=uuid.uuid4(), kind=ActivityKind.LANGUAGE_CLUB, title="Klub językowy")
    session = ActivitySession(id=uuid.uuid4(), activity_id=activity.id, number=1, held_on=held_on)
    _add(db, actor, activity, session)
    return activity, session


@pytest.fixture
def population(db, admin, consent):
    """Invented persons with known last contacts; the keys say what their last contact was."""
    old = dt.date(2024, 1, 10)
    p = {name: _person(db, admin, consent, given, "Testowa", old) for name, given in (
        ("only_registered", "Ilona"), ("recent_visit", "Iryna"), ("old_visit", "Olena"),
        ("attended", "Mariia"), ("absent", "Daria"), ("employed", "Nadiia"), ("consulted", "Sofiia"),
        ("certified", "Hanna"))}
    p["recent_first_contact"] = _person(db, admin, consent, "Kateryna", "Nowa", dt.date(2026, 6, 1))
    activity, session_recent = _activity_session(db, admin, dt.date(2027, 5, 4))
    _, session_old = _activity_session(db, admin, dt.date(2025, 1, 4))
    _add(db, admin,
         Visit(person_id=p["recent_visit"], visit_date=dt.date(2026, 9, 1)),
         Visit(person_id=p["old_visit"], visit_date=dt.date(2025, 2, 3)),
         Attendance(session_id=session_recent.id, person_id=p["attended"], status=AttendanceStatus.PRESENT),
         Attendance(session_id=session_old.id, person_id=p["absent"], status=AttendanceStatus.PRESENT),
         # absent from a recent session: that is no contact
         Attendance(session_id=session_recent.id, person_id=p["absent"], status=AttendanceStatus.ABSENT),
         EmploymentOutcome(person_id=p["employed"], start_date=dt.date(2028, 2, 1),
                           contract_kind=ContractKind.EMPLOYMENT),
         Consultation(person_id=p["consulted"], kind=ConsultationKind.LEGAL, held_on=dt.date(2026, 4, 2)),
         Certificate(serial="WIC/2027/TEST/000001", person_id=p["certified"], activity_id=activity.id,
                     issued_on=dt.date(2027, 6, 30), language="pl", verification_code="ABCD1234"))
    return p


def test_last_contact_is_the_latest_of_every_source(db, admin, population):
    with db.read() as s:
        contacts = retention.last_contacts(s)
    p = population
    assert contacts[p["only_registered"]] == dt.date(2024, 1, 10)
    assert contacts[p["recent_visit"]] == dt.date(2026, 9, 1)
    assert contacts[p["old_visit"]] == dt.date(2025, 2, 3)
    assert contacts[p["attended"]] == dt.date(2027, 5, 4)
    assert contacts[p["absent"]] == dt.date(2025, 1, 4)  # the absence is not a contact
    assert contacts[p["employed"]] == dt.date(2028, 2, 1)
    assert contacts[p["consulted"]] == dt.date(2026, 4, 2)
    assert contacts[p["certified"]] == dt.date(2027, 6, 30)
    assert contacts[p["recent_first_contact"]] == dt.date(2026, 6, 1)


def test_due_lists_those_whose_last_contact_is_older_than_the_period(db, admin, population):
    p = population
    due = retention.due(db, admin, TODAY)
    assert [(r.id, r.last_contact) for r in due] == [
        (p["only_registered"], dt.date(2024, 1, 10)), (p["absent"], dt.date(2025, 1, 4)),
        (p["old_visit"], dt.date(2025, 2, 3))]
    assert {r.latin_name for r in due} == {"Ilona Testowa", "Daria Testowa", "Olena Testowa"}
    # a longer period keeps everyone; a shorter one lets the recent contacts go too
    retention.set_years(db, admin, 8)
    assert retention.due(db, admin, TODAY) == []
    retention.set_years(db, admin, 4)  # before 2027-03-01: activity, certificate and employment still keep theirs
    assert {r.id for r in retention.due(db, admin, TODAY)} == {
        p["only_registered"], p["absent"], p["old_visit"], p["consulted"], p["recent_visit"],
        p["recent_first_contact"]}


def test_the_current_project_holds_everyone_for_five_years_after_its_end(db, admin, population):
    retention.set_years(db, admin, 1)
    assert retention.due(db, admin, dt.date(2029, 6, 15)) == []  # project end 2024-06-15 + 5 years
    assert len(retention.due(db, admin, dt.date(2029, 6, 16))) == 9  # every last contact is before 2028-06-16


def test_the_setting_is_on_the_synced_centre_record_and_audited(db, admin):
    assert retention.policy(db, admin).years == retention.DEFAULT_YEARS
    assert retention.policy(db, admin).set_years is None
    assert retention.set_years(db, admin, 7).years == 7
    with db.read() as s:
        assert s.execute(select(AuditEntry.detail).where(AuditEntry.action == "settings.retention")).scalars().all() \
            == ["7"]
        from wic_desk.store.models import ChangeLogEntry
        logged = s.execute(select(ChangeLogEntry.fields).where(ChangeLogEntry.table_name == "centres")).scalars().all()
    assert any(f.get("retention_years") == 7 for f in logged)
    with pytest.raises(UserError):
        retention.set_years(db, admin, 0)
    assert retention.set_years(db, admin, None).years == retention.DEFAULT_YEARS


def test_erase_erases_exactly_those_due_and_audits(db, admin, population):
    p = population
    due = retention.due(db, admin, TODAY)
    # a person not due is not erased even when asked
    erased = retention.erase(db, admin, [r.id for r in due] + [p["employed"]], TODAY)
    assert erased == 3
    with db.read() as s:
        anonymised = {pid for pid, in s.execute(select(Person.id).where(Person.anonymised.is_(True)))}
        names = dict(s.execute(select(Person.id, Person.given_name)).all())
        audits = s.execute(select(AuditEntry.person_id).where(AuditEntry.action == "retention.erase")).scalars().all()
    assert anonymised == {r.id for r in due}
    assert names[p["employed"]] == "Nadiia" and names[p["old_visit"]] == people.ANONYMOUS_NAME
    assert set(audits) == {r.id for r in due}
    assert retention.due(db, admin, TODAY) == []


def test_a_merged_record_counts_for_and_is_erased_with_its_person(db, admin, consent):
    kept = _person(db, admin, consent, "Larysa", "Scalona", dt.date(2024, 1, 5))
    merged = _person(db, admin, consent, "Larysa", "Scalona", dt.date(2024, 1, 5))
    _add(db, admin, Visit(person_id=merged, visit_date=dt.date(2025, 3, 3)))
    with UnitOfWork(db, admin) as uow:
        uow.session.get(Person, merged).merged_into = kept
    due = retention.due(db, admin, TODAY)
    assert [(r.id, r.last_contact) for r in due] == [(kept, dt.date(2025, 3, 3))]
    retention.erase(db, admin, [kept], TODAY)
    with db.read() as s:
        assert s.get(Person, merged).anonymised and s.get(Person, kept).anonymised


def _fake_backup(db, made: dt.datetime):
    folder = paths.backups_dir_for(db.path)
    path = folder / f"{db.path.stem}-auto-{made:%Y%m%d-%H%M%S}-000000.db"
    path.write_bytes(b"SQLite format 3\x00")
    os.utime(path, (made.timestamp(), made.timestamp()))
    return path


def test_backups_older_than_the_period_are_deleted_recent_kept(db, admin):
    today = dt.date.today()
    old = _fake_backup(db, dt.datetime.combine(retention.add_years(today, -5) - dt.timedelta(days=2), dt.time(9)))
    recent = _fake_backup(db, dt.datetime.combine(retention.add_years(today, -5) + dt.timedelta(days=2), dt.time(9)))
    other = paths.backups_dir_for(db.path) / "notes-2019.txt"  # not a backup of this database
    other.write_text("x")
    made = backup.automatic_if_due(db)
    assert made is not None and made.exists()
    assert not old.exists() and recent.exists() and other.exists()
    retention.set_years(db, admin, 2)
    assert retention.delete_old_backups(db) == 1
    assert not recent.exists() and made.exists()


def test_permissions_per_role(db, admin, make_staff, population):
    assert roles_for(Action.PEOPLE_RETENTION) == {Role.ADMIN}
    assert roles_for(Action.CONSENT_WITHDRAW) == {Role.RECEPTIONIST, Role.COUNSELLOR, Role.COORDINATOR, Role.ADMIN}
    for role in (Role.RECEPTIONIST, Role.COUNSELLOR, Role.SPECIALIST, Role.COORDINATOR):
        actor = make_staff(role, kind=ConsultationKind.PSYCHOLOGIST if role == Role.SPECIALIST else None)
        assert not allowed(role, Action.PEOPLE_RETENTION)
        with pytest.raises(PermissionDenied):
            retention.due(db, actor, TODAY)
        with pytest.raises(PermissionDenied):
            retention.erase(db, actor, [population["old_visit"]], TODAY)
        with pytest.raises(PermissionDenied):
            retention.set_years(db, actor, 3)
        with pytest.raises(PermissionDenied):
            people.anonymise(db, actor, population["old_visit"])
        if role == Role.SPECIALIST:
            with pytest.raises(PermissionDenied):
                people.withdraw_consent(db, actor, population["old_visit"])
    with db.read() as s:
        assert not s.get(Person, population["old_visit"]).anonymised


@pytest.mark.parametrize("role", [Role.RECEPTIONIST, Role.COUNSELLOR, Role.COORDINATOR, Role.ADMIN])
def test_consent_withdrawal_records_who_and_when_then_erases_when_asked_to(db, admin, make_staff, consent, role):
    actor = admin if role == Role.ADMIN else make_staff(role)
    pid = _person(db, admin, consent, "Wiktoria", "Cofnięta", dt.date(2025, 5, 5))
    _add(db, admin, Visit(person_id=pid, visit_date=dt.date(2025, 5, 6), note="Wiktoria asked about work"))
    people.withdraw_consent(db, actor, pid, on=dt.date(2025, 6, 1), erase=True)
    detail = people.get_person(db, admin, pid)
    assert detail.consent_withdrawn_on == dt.date(2025, 6, 1)
    assert detail.consent_withdrawn_by_name == actor.full_name
    assert detail.data.given_name == people.ANONYMOUS_NAME
    assert people.search(db, "Wiktoria") == []
    with db.read() as s:
        person = s.get(Person, pid)
        assert person.anonymised and person.consent_withdrawn_by == actor.staff_id
        assert s.execute(select(Visit.note).where(Visit.person_id == pid)).scalar_one() is None
        assert s.execute(select(Visit.visit_date).where(Visit.person_id == pid)).scalar_one() == dt.date(2025, 5, 6)
        actions = s.execute(select(AuditEntry.action, AuditEntry.staff_id).where(AuditEntry.person_id == pid,
                                                                                  AuditEntry.action.like("person.%"))
                            ).all()
    assert ("person.consent_withdrawn", actor.staff_id) in actions
    assert ("person.anonymise", actor.staff_id) in actions
    with pytest.raises(UserError):
        people.withdraw_consent(db, actor, pid, on=dt.date.today() + dt.timedelta(days=1))


def test_cli_lists_ids_and_dates_then_applies(db, db_path, admin, population, cli_login, capsys, monkeypatch):
    p = population
    monkeypatch.setattr(retention, "_today", lambda: TODAY)
    old = _fake_backup(db, dt.datetime(2025, 1, 1, 9))
    recent = _fake_backup(db, dt.datetime(2027, 1, 1, 9))
    db.close()
    assert cli.main(["people", "retention", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines() == [f"{p['only_registered']}\t2024-01-10", f"{p['absent']}\t2025-01-04",
                                f"{p['old_visit']}\t2025-02-03"]
    assert "Testowa" not in out
    assert old.exists()
    assert cli.main(["people", "retention", "--apply", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[-2:] == ["erased\t3", "backups-deleted\t1"]
    assert not old.exists() and recent.exists()
    assert cli.main(["people", "retention", "--db", str(db_path)]) == 0
    assert capsys.readouterr().out == ""


def test_cli_refuses_non_administrators(db, db_path, admin, make_staff, monkeypatch, capsys):
    from tests.conftest import STAFF_PASSWORD
    make_staff(Role.COORDINATOR, login="koordynatorka")
    db.close()
    monkeypatch.setenv("WIC_DESK_USER", "koordynatorka")
    monkeypatch.setenv("WIC_DESK_PASSWORD", STAFF_PASSWORD)
    assert cli.main(["people", "retention", "--apply", "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("wic-desk: ") and len(err.strip().splitlines()) == 1


def test_cli_as_a_subprocess(db, db_path, admin, consent):
    pid = _person(db, admin, consent, "Zoriana", "Podproces", dt.date(2019, 1, 2))
    with UnitOfWork(db, admin) as uow:  # no current project holds anyone back
        from wic_desk.store.models import Project
        for project in uow.session.execute(select(Project)).scalars():
            project.current = False
    db.close()
    env = {**os.environ, "WIC_DESK_USER": "admin", "WIC_DESK_PASSWORD": ADMIN_PASSWORD}
    run = subprocess.run([sys.executable, "-m", "wic_desk", "people", "retention", "--db", str(db_path)],
                         capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout == f"{pid}\t2019-01-02\n"
    run = subprocess.run([sys.executable, "-m", "wic_desk", "people", "retention", "--apply", "--db", str(db_path)],
                         capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[-2] == "erased\t1"


def test_the_policy_and_a_withdrawal_travel_to_every_desk(tmp_path, fast_cipher):  # noqa: F811
    from tests.unit.test_sync_helpers import centre, close_all, exchange_all
    desks = centre(tmp_path, 2)
    try:
        a, b = desks
        pid = people.register(a.db, a.admin, people.PersonInput(given_name="Marta", family_name="Wędrowna"),
                              people.ConsentInput(ConsentKind.WRITTEN, dt.date(2024, 1, 10), "Services"))
        exchange_all(desks)
        retention.set_years(a.db, a.admin, 9)
        people.withdraw_consent(b.db, b.admin, pid, on=dt.date(2025, 2, 2), erase=True)
        exchange_all(desks)
        for desk in desks:
            assert retention.policy(desk.db, desk.admin).years == 9
            detail = people.get_person(desk.db, desk.admin, pid)
            assert detail.anonymised and detail.consent_withdrawn_on == dt.date(2025, 2, 2)
            assert detail.consent_withdrawn_by_name == b.admin.full_name
        assert a.digest() == b.digest()
    finally:
        close_all(desks)
