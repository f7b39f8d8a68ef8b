"""Staff accounts, PINs and who may do what.

PINs and passwords are stored as salted scrypt hashes (slow on purpose). The role rules live here
and every service checks them, so hiding a button is never the only guard.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select

from wic_desk.domain.enums import ConsultationKind, Role
from wic_desk.domain.errors import NotFound, PermissionDenied, UserError, ValidationError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.domain.permissions import Action, roles_for
from wic_desk.domain.validation import check_pin
from wic_desk.services.context import Actor, Database
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import Staff

_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1

ALL_ROLES = frozenset(Role)
STAFF_ROLES = frozenset({Role.COUNSELLOR, Role.SPECIALIST, Role.COORDINATOR, Role.ADMIN})


def hash_pin(pin: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P, dklen=32)
    b64 = base64.b64encode
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${b64(salt).decode()}${b64(digest).decode()}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(pin.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
                                dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def require(actor: Actor | None, roles: frozenset[Role] | set[Role]) -> Actor:
    """The actor, if their role is among ``roles``; PermissionDenied otherwise."""
    if actor is None or actor.role not in roles:
        raise PermissionDenied()
    return actor


def require_action(actor: Actor | None, action: Action) -> Actor:
    """The actor, if domain.permissions allows their role ``action``; PermissionDenied otherwise."""
    return require(actor, roles_for(action))


def actor_of(staff: Staff) -> Actor:
    return Actor(staff_id=staff.id, login=staff.login, full_name=staff.full_name, role=staff.role,
                 specialist_kind=staff.specialist_kind)


def login(db: Database, login_name: str, pin: str) -> Actor:
    """The staff member whose login and PIN these are. One message for every failure, so the
    screen does not tell a stranger which logins exist."""
    with db.read() as s:
        staff = s.execute(select(Staff).where(func.lower(Staff.login) == login_name.strip().lower(),
                                              Staff.deleted.is_(False))).scalar_one_or_none()
        if staff is None or not verify_pin(pin, staff.pin_hash):
            raise UserError(T("Errors", "Wrong login or PIN."))
        if not staff.active:
            raise UserError(T("Errors", "This account has been deactivated. Ask an administrator."))
        return actor_of(staff)


def verify_actor(db: Database, actor: Actor, pin: str) -> bool:
    """For unlocking: is this the PIN of the user who was logged in (and still active)?"""
    with db.read() as s:
        staff = s.get(Staff, actor.staff_id)
        return bool(staff and staff.active and verify_pin(pin, staff.pin_hash))


@dataclass(frozen=True)
class StaffRow:
    id: uuid.UUID
    login: str
    full_name: str
    role: Role
    specialist_kind: ConsultationKind | None
    active: bool


def list_staff(db: Database, actor: Actor) -> list[StaffRow]:
    require(actor, {Role.ADMIN})
    with db.read() as s:
        rows = s.execute(select(Staff).where(Staff.deleted.is_(False)).order_by(Staff.full_name)).scalars()
        return [StaffRow(r.id, r.login, r.full_name, r.role, r.specialist_kind, r.active) for r in rows]


def _check_staff_fields(login_name: str, full_name: str, role: Role, kind: ConsultationKind | None) -> None:
    if not login_name.strip():
        raise ValidationError("login", T("Errors", "This field is required."))
    if not full_name.strip():
        raise ValidationError("full_name", T("Errors", "This field is required."))
    if role == Role.SPECIALIST and kind is None:
        raise ValidationError("specialist_kind", T("Errors", "Choose the kind of specialist."))


def add_staff_in(uow: UnitOfWork, login_name: str, full_name: str, role: Role, pin: str,
                 specialist_kind: ConsultationKind | None = None) -> uuid.UUID:
    _check_staff_fields(login_name, full_name, role, specialist_kind)
    check_pin(pin)
    exists = uow.session.execute(
        select(Staff.id).where(func.lower(Staff.login) == login_name.strip().lower())).first()
    if exists:
        raise ValidationError("login", T("Errors", "This login is already taken."))
    staff = Staff(login=login_name.strip(), full_name=full_name.strip(), role=role,
                  specialist_kind=specialist_kind if role == Role.SPECIALIST else None,
                  pin_hash=hash_pin(pin), active=True)
    uow.session.add(staff)
    uow.session.flush()
    uow.audit("staff.create", "staff", staff.id)
    return staff.id


def add_staff(db: Database, actor: Actor, login_name: str, full_name: str, role: Role, pin: str,
              specialist_kind: ConsultationKind | None = None) -> uuid.UUID:
    require(actor, {Role.ADMIN})
    with UnitOfWork(db, actor) as uow:
        return add_staff_in(uow, login_name, full_name, role, pin, specialist_kind)


def update_staff(db: Database, actor: Actor, staff_id: uuid.UUID, *, full_name: str, role: Role,
                 specialist_kind: ConsultationKind | None, active: bool) -> None:
    require(actor, {Role.ADMIN})
    with UnitOfWork(db, actor) as uow:
        staff = uow.session.get(Staff, staff_id)
        if staff is None:
            raise NotFound(T("Errors", "No such staff member."))
        _check_staff_fields(staff.login, full_name, role, specialist_kind)
        if staff.id == actor.staff_id and (not active or role != Role.ADMIN):
            raise UserError(T("Errors", "You cannot deactivate your own account or take away your own administrator role."))
        staff.full_name = full_name.strip()
        staff.role = role
        staff.specialist_kind = specialist_kind if role == Role.SPECIALIST else None
        staff.active = active
        uow.audit("staff.update", "staff", staff.id)


def reset_pin(db: Database, actor: Actor, staff_id: uuid.UUID, new_pin: str) -> None:
    require(actor, {Role.ADMIN})
    check_pin(new_pin)
    with UnitOfWork(db, actor) as uow:
        staff = uow.session.get(Staff, staff_id)
        if staff is None:
            raise NotFound(T("Errors", "No such staff member."))
        staff.pin_hash = hash_pin(new_pin)
        uow.audit("staff.reset_pin", "staff", staff.id)


def change_own_pin(db: Database, actor: Actor, old_pin: str, new_pin: str) -> None:
    check_pin(new_pin)
    with UnitOfWork(db, actor) as uow:
        staff = uow.session.get(Staff, actor.staff_id)
        if staff is None or not verify_pin(old_pin, staff.pin_hash):
            raise UserError(T("Errors", "Wrong login or PIN."))
        staff.pin_hash = hash_pin(new_pin)
        uow.audit("staff.change_pin", "staff", staff.id)


def first_admin(db: Database) -> Actor | None:
    """The earliest active administrator (commands run on the desk's own machine act as them)."""
    with db.read() as s:
        staff = s.execute(select(Staff).where(Staff.role == Role.ADMIN, Staff.active.is_(True),
                                              Staff.deleted.is_(False)).order_by(Staff.created_at)).scalars().first()
        return actor_of(staff) if staff else None
