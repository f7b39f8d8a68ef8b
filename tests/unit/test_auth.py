"""Set-up, login, PINs and roles, enforced in the services."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.conftest import ADMIN_PIN
from wic_desk.domain.enums import ConsultationKind, Role
from wic_desk.domain.errors import PermissionDenied, UserError, ValidationError
from wic_desk.services import auth, setup
from wic_desk.store.models import Indicator, Project, Staff


def test_setup_makes_desk_admin_and_seed_project(db, admin):
    assert db.is_set_up()
    info = setup.desk_info(db)
    assert (info.centre_name, info.desk_name, info.idle_lock_minutes) == ("Centrum Integracji Test", "Recepcja 1", 5)
    assert admin.role == Role.ADMIN
    with db.read() as s:
        period = s.execute(select(Project.period_start, Project.period_end).where(Project.current.is_(True))).one()
        targets = dict(s.execute(select(Indicator.code, Indicator.target)).all())
    assert (period[0].isoformat(), period[1].isoformat()) == ("2023-07-01", "2024-06-15")
    assert targets == {"stable_employment": 100, "adaptation_meetings": 5, "adaptation_meetings_ua": 10,
                       "integration_workshops": 5, "festival_hours": 60, "language_club": 12}


def test_setup_twice_is_refused(db, admin):
    with pytest.raises(UserError, match="already set up"):
        setup.initialise(db, "Other", "Desk 2", "root", "Root", "9999")


def test_pin_is_stored_salted_and_slow(db, admin):
    with db.read() as s:
        stored = s.execute(select(Staff.pin_hash)).scalar_one()
    assert stored.startswith("scrypt$") and ADMIN_PIN not in stored
    assert auth.hash_pin(ADMIN_PIN) != auth.hash_pin(ADMIN_PIN)  # salted


def test_login_is_case_insensitive_on_login_and_strict_on_pin(db, admin):
    assert auth.login(db, "ADMIN", ADMIN_PIN).staff_id == admin.staff_id
    with pytest.raises(UserError, match="Wrong login or PIN"):
        auth.login(db, "admin", "0000")
    with pytest.raises(UserError, match="Wrong login or PIN"):
        auth.login(db, "nobody", ADMIN_PIN)


def test_deactivated_user_cannot_log_in_and_keeps_their_name(db, admin, make_staff):
    receptionist = make_staff(Role.RECEPTIONIST, login="recep")
    auth.update_staff(db, admin, receptionist.staff_id, full_name="Test Receptionist", role=Role.RECEPTIONIST,
                      specialist_kind=None, active=False)
    with pytest.raises(UserError, match="deactivated"):
        auth.login(db, "recep", "1357")
    names = {r.full_name for r in auth.list_staff(db, admin)}
    assert "Test Receptionist" in names


def test_only_admins_manage_staff(db, admin, make_staff):
    for role in (Role.RECEPTIONIST, Role.COUNSELLOR, Role.COORDINATOR):
        someone = make_staff(role)
        with pytest.raises(PermissionDenied):
            auth.add_staff(db, someone, "x" + role.value, "X", Role.ADMIN, "1234")
        with pytest.raises(PermissionDenied):
            auth.list_staff(db, someone)
        with pytest.raises(PermissionDenied):
            auth.reset_pin(db, someone, admin.staff_id, "0000")


def test_specialist_needs_a_kind_and_logins_are_unique(db, admin):
    with pytest.raises(ValidationError) as no_kind:
        auth.add_staff(db, admin, "psy", "Psy Chologist", Role.SPECIALIST, "1234")
    assert no_kind.value.field == "specialist_kind"
    auth.add_staff(db, admin, "psy", "Psy Chologist", Role.SPECIALIST, "1234", ConsultationKind.PSYCHOLOGIST)
    assert auth.login(db, "psy", "1234").specialist_kind == ConsultationKind.PSYCHOLOGIST
    with pytest.raises(ValidationError, match="taken"):
        auth.add_staff(db, admin, "PSY", "Another", Role.COUNSELLOR, "1234")


def test_admin_cannot_lock_themselves_out(db, admin):
    with pytest.raises(UserError):
        auth.update_staff(db, admin, admin.staff_id, full_name="Anna Admin", role=Role.ADMIN,
                          specialist_kind=None, active=False)


def test_reset_pin_and_verify_for_unlock(db, admin, make_staff):
    user = make_staff(Role.COUNSELLOR)
    auth.reset_pin(db, admin, user.staff_id, "8642")
    assert auth.verify_actor(db, user, "8642")
    assert not auth.verify_actor(db, user, "1357")


def test_short_pin_refused(db, admin):
    with pytest.raises(UserError, match="at least 4"):
        auth.add_staff(db, admin, "short", "Short Pin", Role.RECEPTIONIST, "12")


def test_idle_lock_setting_admin_only_and_bounded(db, admin, make_staff):
    setup.set_idle_lock_minutes(db, admin, 10)
    assert setup.desk_info(db).idle_lock_minutes == 10
    with pytest.raises(ValidationError):
        setup.set_idle_lock_minutes(db, admin, 0)
    with pytest.raises(PermissionDenied):
        setup.set_idle_lock_minutes(db, make_staff(Role.RECEPTIONIST), 3)
