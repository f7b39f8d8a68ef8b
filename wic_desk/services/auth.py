"""Staff accounts, passwords, PINs, lock-out, and who may do what.

Passwords open the desk and the command line; a PIN only lifts the idle lock of the person who is
still logged in (rules: ``domain.passwords``). Both are hashed with argon2id through argon2-cffi's
``PasswordHasher`` (parameters in ``HASHER``: RFC 9106's second recommended option, 3 passes over
64 MiB in 4 lanes, a 16-byte salt, a 32-byte hash), never with a hash of our own.

Every way in (the login dialog, the lock screen, the command line) goes through
``_authenticate``, which keeps the lock-out in the database (``LoginFailures``): after
``LOCKOUT_AFTER`` failed attempts in a row a login waits 30 s, twice as long with each further
failure (up to an hour); while it waits, nothing is checked. A success resets the count. An
unknown login is counted and made to wait exactly as a real one, with the same message, and costs
the same time. Each failure and each lock-out is audited, never with the text typed.

Accounts from before passwords hold only their old login PIN (scrypt, in ``pin_hash``). That PIN
is accepted once more, and only to choose a password: ``login`` then raises
``PasswordChangeRequired`` and the screen asks for one (``choose_password``); the command line
says to log in to the app first.

The role rules live in ``domain.permissions`` and every service checks them, so hiding a button
is never the only guard.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import secrets
import uuid
from dataclasses import dataclass, replace

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select

from wic_desk.domain.enums import ConsultationKind, Role
from wic_desk.domain.errors import NotFound, PermissionDenied, UserError, ValidationError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.domain.passwords import check_password, check_pin
from wic_desk.domain.permissions import Action, roles_for
from wic_desk.services.context import Actor, Database, set_local_value
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import LocalState, LoginFailures, Staff

# RFC 9106, section 4, second recommended option: argon2id, t=3, m=64 MiB, p=4 (about 0.1-0.3 s).
HASHER = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4, hash_len=32, salt_len=16,
                        type=Type.ID)

LOCKOUT_AFTER = 5  # failed attempts in a row before a login must wait
FIRST_WAIT = 30  # seconds after the LOCKOUT_AFTER-th failure; doubled with each further one
MAX_WAIT = 3600  # a forgotten password never keeps someone out for days (an administrator's reset lifts it)

# How the way in is named in the audit log (no secret, no typed login).
VIA_LOGIN, VIA_UNLOCK, VIA_COMMAND, VIA_ACCOUNT = "login", "unlock", "command line", "own account"

E_WRONG = T("Errors", "The login or the password is wrong.")
E_WRONG_UNLOCK = T("Errors", "Wrong PIN or password.")
E_LOCKED_SECONDS = T("Errors", "Account locked after too many failed attempts; try again in {seconds} s.")
E_LOCKED_MINUTES = T("Errors", "Account locked after too many failed attempts; try again in {minutes} min.")
E_DEACTIVATED = T("Errors", "This account has been deactivated. Ask an administrator.")
E_CHOOSE_PASSWORD = T("Errors", "This account has no password yet: log in to the app once and choose one.")
E_PASSWORDS_DIFFER = T("Errors", "The two passwords are not the same.")
E_PINS_DIFFER = T("Errors", "The two PINs are not the same.")
E_SAME_PASSWORD = T("Errors", "Choose a password other than the one you have now.")

_LEGACY_SCHEME = "scrypt$"
_FAILURE_KEY = "login_failure_key"  # local_state: the HMAC key that names logins in login_failures


def clock() -> dt.datetime:
    """Now, in UTC without a zone (tests replace this to pass a lock-out without waiting)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class WrongCredentials(UserError):
    """A wrong login, password or PIN (one message for all: no hint which)."""


class LockedOut(UserError):
    """Too many failures: ``seconds`` to wait before the next attempt is even checked."""

    def __init__(self, seconds: int) -> None:
        self.seconds = seconds
        if seconds >= 120:
            super().__init__(E_LOCKED_MINUTES, minutes=-(-seconds // 60))
        else:
            super().__init__(E_LOCKED_SECONDS, seconds=seconds)


class PasswordChangeRequired(UserError):
    """The old login PIN of an account from before passwords was right: choose a password
    (``choose_password``) before anything else."""

    def __init__(self) -> None:
        super().__init__(E_CHOOSE_PASSWORD)


ALL_ROLES = frozenset(Role)
STAFF_ROLES = frozenset({Role.COUNSELLOR, Role.SPECIALIST, Role.COORDINATOR, Role.ADMIN})


# -- hashes -------------------------------------------------------------------------------------

def hash_secret(secret: str) -> str:
    """argon2id, salted (``HASHER``'s parameters, kept in the hash itself)."""
    return HASHER.hash(secret)


def _matches(stored: str | None, secret: str) -> bool:
    if not stored or stored.startswith(_LEGACY_SCHEME):
        return False
    try:
        return HASHER.verify(stored, secret)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


_DUMMY_HASH: str | None = None


def _waste_a_verification(secret: str) -> None:
    """As long as checking a real password, so the time taken tells no one a login is unknown."""
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = HASHER.hash(secrets.token_urlsafe(16))
    _matches(_DUMMY_HASH, secret)


def _matches_legacy_pin(stored: str | None, pin: str) -> bool:
    """The scrypt PIN hash of an account from before passwords (read only, never written)."""
    if not stored or not stored.startswith(_LEGACY_SCHEME):
        return False
    try:
        _scheme, n, r, p, salt, digest = stored.split("$")
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(pin.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
                                dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def generate_password() -> str:
    """A password for an administrator to hand over: 3 groups of 5 letters and digits (about 77
    bits; no 0/O, 1/l/I to misread), which the policy always accepts."""
    alphabet = "abcdefghijkmnpqrstuvwxyz23456789"
    while True:
        text = "-".join("".join(secrets.choice(alphabet) for _ in range(5)) for _ in range(3))
        try:
            check_password(text)
        except ValidationError:
            continue
        return text


# -- roles ---------------------------------------------------------------------------------------

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


# -- proving who you are -------------------------------------------------------------------------

def lockout_seconds(failures: int) -> int:
    """How long a login waits after ``failures`` failed attempts in a row (0: not at all)."""
    if failures < LOCKOUT_AFTER:
        return 0
    return min(FIRST_WAIT * 2 ** min(failures - LOCKOUT_AFTER, 20), MAX_WAIT)


def _fold(login_name: str) -> str:
    return login_name.strip().casefold()


def _failure_key(session, login_name: str, create: bool) -> str | None:
    """The name of ``login_name``'s row in login_failures: an HMAC under this database's own
    random key, so the table holds no typed text. None before any failure was ever recorded."""
    row = session.get(LocalState, _FAILURE_KEY)
    if row is None:
        if not create:
            return None
        set_local_value(session, _FAILURE_KEY, secrets.token_hex(32))
        row = session.get(LocalState, _FAILURE_KEY)
    return hmac.new(bytes.fromhex(row.value), _fold(login_name).encode("utf-8"), hashlib.sha256).hexdigest()


def _find_staff(session, login_name: str) -> Staff | None:
    return session.execute(select(Staff).where(func.lower(Staff.login) == login_name.strip().lower(),
                                               Staff.deleted.is_(False))).scalar_one_or_none()


@dataclass(frozen=True)
class _Proven:
    staff_id: uuid.UUID
    legacy: bool  # the old login PIN of an account without a password


def _record_failure(db: Database, login_name: str, staff_id: uuid.UUID | None, via: str, now: dt.datetime) -> int:
    """Count a failure (audited) and start a wait when due (audited); the seconds to wait."""
    with UnitOfWork(db, None) as uow:
        key = _failure_key(uow.session, login_name, create=True)
        row = uow.session.get(LoginFailures, key)
        if row is None:
            row = LoginFailures(key=key, failures=0)
            uow.session.add(row)
        row.failures = (row.failures or 0) + 1
        wait = lockout_seconds(row.failures)
        uow.audit("auth.failure", "staff" if staff_id else None, staff_id,
                  detail=via if staff_id else f"{via}; unknown login")
        if wait:
            row.locked_until = now + dt.timedelta(seconds=wait)
            uow.audit("auth.lockout", "staff" if staff_id else None, staff_id, detail=f"{via}; {wait} s")
    return wait


def _clear_failures(db: Database, login_name: str) -> None:
    with UnitOfWork(db, None) as uow:
        key = _failure_key(uow.session, login_name, create=False)
        row = uow.session.get(LoginFailures, key) if key else None
        if row is not None:
            uow.session.delete(row)


def _authenticate(db: Database, login_name: str, secret: str, *, via: str, pin_too: bool = False,
                  legacy_too: bool = False) -> _Proven:
    """The one check behind every way in. Refuses at once while the login must wait; otherwise
    checks ``secret`` (the password; with ``pin_too`` the PIN too; with ``legacy_too`` an old
    login PIN), counts a failure or clears the count."""
    now = clock()
    with db.read() as s:
        key = _failure_key(s, login_name, create=False)
        failures = s.get(LoginFailures, key) if key else None
        locked_until = failures.locked_until if failures else None
        staff = _find_staff(s, login_name)
        found = (staff.id, staff.password_hash, staff.pin_hash, staff.active) if staff is not None else None
        had_failures = failures is not None
    if locked_until is not None and now < locked_until:
        raise LockedOut(max(1, -(-int((locked_until - now).total_seconds() * 1000) // 1000)))
    legacy = False
    if found is None:
        _waste_a_verification(secret)
        ok = False
    else:
        _staff_id, password_hash, pin_hash, _active = found
        ok = _matches(password_hash, secret) or (pin_too and password_hash is not None and _matches(pin_hash, secret))
        if not ok and password_hash is None and legacy_too:
            ok = legacy = _matches_legacy_pin(pin_hash, secret)
        elif not ok and password_hash is None:
            _waste_a_verification(secret)
    if not ok:
        wait = _record_failure(db, login_name, found[0] if found else None, via, now)
        if wait:
            raise LockedOut(wait)
        raise WrongCredentials(E_WRONG_UNLOCK if via == VIA_UNLOCK else E_WRONG)
    if had_failures:
        _clear_failures(db, login_name)
    staff_id, _password_hash, _pin_hash, active = found
    if not active:
        raise UserError(E_DEACTIVATED)
    return _Proven(staff_id, legacy)


def _actor(db: Database, staff_id: uuid.UUID) -> Actor:
    with db.read() as s:
        staff = s.get(Staff, staff_id)
        assert staff is not None
        return actor_of(staff)


def login(db: Database, login_name: str, password: str, *, via: str = VIA_LOGIN) -> Actor:
    """The staff member whose login and password these are. WrongCredentials (one message for
    an unknown login and a wrong password), LockedOut while the login must wait, and
    PasswordChangeRequired for the right old PIN of an account that has no password yet."""
    proven = _authenticate(db, login_name, password, via=via, legacy_too=True)
    if proven.legacy:
        raise PasswordChangeRequired()
    # A success writes nothing (a command that then fails leaves the database as it was), but
    # for notes: a reader's first identity, keys sealed for colleagues still pending (notes); and
    # only a failure that followed others clears their count.
    return _with_keyring(db, _actor(db, proven.staff_id), password)


def _with_keyring(db: Database, actor: Actor, password: str) -> Actor:
    from wic_desk.services import notes
    return replace(actor, keyring=notes.unlock(db, actor, password))


def unlock(db: Database, actor: Actor, secret: str) -> Actor:
    """Lift the idle lock: ``secret`` is the PIN or the password of ``actor`` (who is still
    logged in); the same lock-out as a login."""
    proven = _authenticate(db, actor.login, secret, via=VIA_UNLOCK, pin_too=True)
    if proven.staff_id != actor.staff_id:  # the login was renamed under us: not the same person
        raise WrongCredentials(E_WRONG_UNLOCK)
    again = _actor(db, proven.staff_id)
    if again.role != actor.role or again.specialist_kind != actor.specialist_kind or actor.keyring is None:
        # another role now (changed on a desk meanwhile): the password opens the notes again
        return _with_keyring(db, again, secret) if _matches(_password_hash(db, actor.staff_id), secret) else again
    return replace(again, keyring=actor.keyring)


def _password_hash(db: Database, staff_id: uuid.UUID) -> str | None:
    with db.read() as s:
        return s.execute(select(Staff.password_hash).where(Staff.id == staff_id)).scalar_one_or_none()


def _check_new_password(staff: Staff, password: str, field: str = "password") -> None:
    check_password(password, (staff.login, staff.full_name), field=field)


def choose_password(db: Database, login_name: str, current: str, new_password: str, *,
                    via: str = VIA_LOGIN) -> Actor:
    """Log in and set a password in one step: for an account from before passwords (``current``
    is its old PIN). The old PIN is gone afterwards (no PIN is set; the person may set one)."""
    check_password(new_password, (login_name,))  # the same for any login: it tells no one which exist
    proven = _authenticate(db, login_name, current, via=via, legacy_too=True)
    if not proven.legacy and current == new_password:
        raise ValidationError("password", E_SAME_PASSWORD)
    with UnitOfWork(db, None) as uow:
        staff = uow.session.get(Staff, proven.staff_id)
        _check_new_password(staff, new_password)
        staff.password_hash = hash_secret(new_password)
        staff.pin_hash = None
        _reseal_identity(staff, current, new_password)
        uow.audit("staff.choose_password", "staff", staff.id, detail=via)
    return _with_keyring(db, _actor(db, proven.staff_id), new_password)


def _reseal_identity(staff: Staff, current: str | None, new_password: str, identity: str | None = None) -> None:
    """The notes identity sealed under the new password: the same identity where the current
    password (or the open keyring) gives it, else a new one (keys then reach it as for a
    newcomer). Only for those who read notes."""
    from wic_desk.services import notes
    if staff.role not in notes.NOTE_READERS and not staff.note_identity:
        return
    if identity is None and current is not None:
        identity = notes.open_identity(staff.id, staff.note_identity, current)
    staff.note_identity = notes.new_identity(staff.id, new_password, identity)


def change_own_password(db: Database, actor: Actor, current: str, new_password: str) -> None:
    """The logged-in person changes their password (the current one proves it is them)."""
    require_action(actor, Action.OWN_PASSWORD)
    with db.read() as s:
        staff = s.get(Staff, actor.staff_id)
        if staff is None:
            raise NotFound(T("Errors", "No such staff member."))
        _check_new_password(staff, new_password)
    if current == new_password:
        raise ValidationError("password", E_SAME_PASSWORD)
    _authenticate(db, actor.login, current, via=VIA_ACCOUNT)
    with UnitOfWork(db, actor) as uow:
        staff = uow.session.get(Staff, actor.staff_id)
        staff.password_hash = hash_secret(new_password)
        _reseal_identity(staff, current, new_password, actor.keyring.identity if actor.keyring else None)
        uow.audit("staff.change_password", "staff", staff.id)


def set_own_pin(db: Database, actor: Actor, current_password: str, pin: str | None,
                birth_year: int | None = None) -> None:
    """The logged-in person sets the PIN that lifts their idle lock (None: no PIN, only the
    password lifts it). Trivial PINs are refused (``domain.passwords.check_pin``)."""
    require_action(actor, Action.OWN_PIN)
    if pin is not None:
        check_pin(pin, birth_year)
    _authenticate(db, actor.login, current_password, via=VIA_ACCOUNT)
    with UnitOfWork(db, actor) as uow:
        staff = uow.session.get(Staff, actor.staff_id)
        if staff is None:
            raise NotFound(T("Errors", "No such staff member."))
        staff.pin_hash = hash_secret(pin) if pin is not None else None
        uow.audit("staff.set_pin" if pin is not None else "staff.remove_pin", "staff", staff.id)


def has_pin(db: Database, actor: Actor) -> bool:
    with db.read() as s:
        staff = s.get(Staff, actor.staff_id)
        return bool(staff and staff.password_hash and staff.pin_hash and not staff.pin_hash.startswith(_LEGACY_SCHEME))


def first_admin(db: Database) -> Actor | None:
    """The earliest active administrator (the demo adds to its own database as them). Never a
    way in: commands authenticate."""
    with db.read() as s:
        staff = s.execute(select(Staff).where(Staff.role == Role.ADMIN, Staff.active.is_(True),
                                              Staff.deleted.is_(False)).order_by(Staff.created_at)).scalars().first()
        return actor_of(staff) if staff else None


def password_is(db: Database, login_name: str, password: str) -> bool:
    """Whether ``password`` is ``login_name``'s password, without counting or auditing: only for
    the demo, to say whether a demo database still has its documented training password."""
    with db.read() as s:
        staff = _find_staff(s, login_name)
        return bool(staff is not None and _matches(staff.password_hash, password))


# -- staff accounts (administrators) -------------------------------------------------------------

@dataclass(frozen=True)
class StaffRow:
    id: uuid.UUID
    login: str
    full_name: str
    role: Role
    specialist_kind: ConsultationKind | None
    active: bool


def list_staff(db: Database, actor: Actor) -> list[StaffRow]:
    require_action(actor, Action.STAFF_LIST)
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


def add_staff_in(uow: UnitOfWork, login_name: str, full_name: str, role: Role, password: str,
                 specialist_kind: ConsultationKind | None = None, sealer=None) -> uuid.UUID:
    """``sealer``: a notes.sealer(password) made once for several accounts of one password (the
    demo's); else each reader's identity costs one key derivation."""
    _check_staff_fields(login_name, full_name, role, specialist_kind)
    check_password(password, (login_name, full_name))
    exists = uow.session.execute(
        select(Staff.id).where(func.lower(Staff.login) == login_name.strip().lower())).first()
    if exists:
        raise ValidationError("login", T("Errors", "This login is already taken."))
    staff = Staff(id=uuid.uuid4(), login=login_name.strip(), full_name=full_name.strip(), role=role,
                  specialist_kind=specialist_kind if role == Role.SPECIALIST else None,
                  password_hash=hash_secret(password), pin_hash=None, active=True)
    from wic_desk.services import notes
    if role in notes.NOTE_READERS:
        staff.note_identity = notes.new_identity(staff.id, sealer or password)
    uow.session.add(staff)
    uow.session.flush()
    uow.audit("staff.create", "staff", staff.id)
    return staff.id


def add_staff(db: Database, actor: Actor, login_name: str, full_name: str, role: Role, password: str,
              specialist_kind: ConsultationKind | None = None) -> uuid.UUID:
    """A new account with a password an administrator typed or generated (and hands over)."""
    require_action(actor, Action.STAFF_CREATE)
    with UnitOfWork(db, actor) as uow:
        return add_staff_in(uow, login_name, full_name, role, password, specialist_kind)


def update_staff(db: Database, actor: Actor, staff_id: uuid.UUID, *, full_name: str, role: Role,
                 specialist_kind: ConsultationKind | None, active: bool) -> None:
    require_action(actor, Action.STAFF_UPDATE)
    with UnitOfWork(db, actor) as uow:
        staff = uow.session.get(Staff, staff_id)
        if staff is None:
            raise NotFound(T("Errors", "No such staff member."))
        _check_staff_fields(staff.login, full_name, role, specialist_kind)
        if staff.id == actor.staff_id and (not active or role != Role.ADMIN):
            raise UserError(T("Errors", "You cannot deactivate your own account or take away your own administrator role."))
        from wic_desk.services import notes
        before = notes.groups_of(staff.role, staff.specialist_kind, staff.id) if staff.active else set()
        staff.full_name = full_name.strip()
        staff.role = role
        staff.specialist_kind = specialist_kind if role == Role.SPECIALIST else None
        staff.active = active
        after = notes.groups_of(staff.role, staff.specialist_kind, staff.id) if active else set()
        # who leaves a group reads none of its notes written from now on
        left = {g for g in before - after if not g.startswith("author:")}
        if left:
            notes.rotate(uow.session, left)
        uow.audit("staff.update", "staff", staff.id)


def reset_password(db: Database, actor: Actor, staff_id: uuid.UUID, new_password: str) -> None:
    """An administrator sets a new password for someone who forgot theirs (typed, or made by
    ``generate_password`` and shown once). Their PIN goes too (they set a new one), and a
    lock-out of their login is lifted."""
    require_action(actor, Action.STAFF_RESET_PASSWORD)
    with UnitOfWork(db, actor) as uow:
        staff = uow.session.get(Staff, staff_id)
        if staff is None:
            raise NotFound(T("Errors", "No such staff member."))
        _check_new_password(staff, new_password)
        staff.password_hash = hash_secret(new_password)
        staff.pin_hash = None
        # the old identity is sealed under the forgotten password: a new one, which the keys of
        # their groups reach at a colleague's next login (or at once with the recovery key)
        _reseal_identity(staff, None, new_password)
        key = _failure_key(uow.session, staff.login, create=False)
        failures = uow.session.get(LoginFailures, key) if key else None
        if failures is not None:
            uow.session.delete(failures)
        uow.audit("staff.reset_password", "staff", staff.id)
