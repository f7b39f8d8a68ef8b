"""Set-up, passwords, PINs, lock-out and roles, enforced in the services (real SQLite files)."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import os

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select, update

from tests.conftest import ADMIN_PASSWORD, STAFF_PASSWORD
from wic_desk.domain import passwords
from wic_desk.domain.enums import ConsultationKind, Role
from wic_desk.domain.errors import PermissionDenied, UserError, ValidationError
from wic_desk.domain.permissions import PERMISSIONS, Action
from wic_desk.services import auth, setup
from wic_desk.store.models import AuditEntry, Indicator, LoginFailures, Project, Staff

NEW_PASSWORD = "sosna-brzoza-wierzba-olcha"


class Clock:
    """auth.clock, moved by hand: a lock-out passes without waiting."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 3, 2, 9, 0, 0)

    def __call__(self) -> dt.datetime:
        return self.now

    def wait(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


@pytest.fixture
def clock(monkeypatch):
    c = Clock()
    monkeypatch.setattr(auth, "clock", c)
    return c


def audit(db, action=None):
    with db.read() as s:
        stmt = select(AuditEntry).order_by(AuditEntry.at, AuditEntry.action)
        rows = s.execute(stmt).scalars().all()
        return [(r.action, r.staff_id, r.record_id, r.detail) for r in rows if action is None or r.action == action]


# -- set-up --------------------------------------------------------------------------------------

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
                       "integration_workshops": 5, "festival_hours": 60, "language_club": 12,
                       # counted for each service and course, no target yet
                       "vocational_counselling": 0, "job_search_support": 0, "legal_administrative": 0, "lawyer": 0,
                       "psychologist": 0, "tax_advisor": 0, "online_course": 0, "polish_course": 0}


def test_setup_twice_is_refused(db, admin):
    with pytest.raises(UserError, match="already set up"):
        setup.initialise(db, "Other", "Desk 2", "root", "Root", NEW_PASSWORD)


@pytest.mark.parametrize("password", ["12", "krotkie1", "password123", "qwertyuiop", "1234567890"])
def test_setup_refuses_a_weak_first_password_and_stays_empty(db, password):
    with pytest.raises(ValidationError) as refused:
        setup.initialise(db, "Centrum", "Recepcja", "admin", "Anna Admin", password)
    assert refused.value.field == "password" and not db.is_set_up()


# -- the password policy -------------------------------------------------------------------------

@pytest.mark.parametrize("password, why", [
    ("", passwords.E_PASSWORD_SHORT),
    ("Lipa2024", passwords.E_PASSWORD_SHORT),  # 8 characters, one word
    ("kot i psa", passwords.E_PASSWORD_SHORT),  # 9 characters, 2 words: "i" is none
    ("password123", passwords.E_PASSWORD_COMMON),
    ("1234567890", passwords.E_PASSWORD_COMMON),
    ("qwertyuiop", passwords.E_PASSWORD_COMMON),
    ("iloveyou12", passwords.E_PASSWORD_COMMON),
    ("abcdefghij", passwords.E_PASSWORD_WEAK),  # a sequence
    ("aaaaaaaaaaaa", passwords.E_PASSWORD_WEAK),  # a repeat
])
def test_weak_passwords_are_refused_saying_why(password, why):
    with pytest.raises(ValidationError) as refused:
        passwords.check_password(password)
    assert refused.value.text == why and refused.value.field == "password"
    assert password == "" or password not in refused.value.render()  # the message never repeats the secret


def test_a_password_made_of_the_login_and_name_is_refused():
    with pytest.raises(ValidationError) as refused:
        passwords.check_password("akowalska2024", ("akowalska", "Anna Kowalska"))
    assert refused.value.text == passwords.E_PASSWORD_PERSONAL
    passwords.check_password("akowalska2024")  # for anyone else it is no worse than other 13 characters


@pytest.mark.parametrize("password", [
    "zielona-lipa-nad-odra", "kot pies dom las", "ala ma kota psa", "correct horse battery staple",
    "demo-szkolenie-2024", "Wrocław-Rynek-7",
])
def test_good_passwords_and_passphrases_are_accepted(password):
    passwords.check_password(password)


def test_a_four_word_passphrase_counts_even_under_ten_characters():
    assert passwords.passphrase_words("ab cd ef gh") == 4
    passwords.check_password("ty my on ja")  # 11 characters; 4 words
    with pytest.raises(ValidationError):
        passwords.check_password("tym ona")  # short, 2 words


@pytest.mark.parametrize("pin", ["0000", "1111", "9999", "1234", "4321", "0123", "3210", "7890", "123456",
                                 "987654", "1987", "2001", "1900", "2099", "12", "123456789", "12a4", "", "１２３９"])
def test_trivial_or_malformed_pins_are_refused(pin):
    with pytest.raises(ValidationError) as refused:
        passwords.check_pin(pin)
    assert refused.value.field == "pin"
    assert refused.value.text in (passwords.E_PIN_FORMAT, passwords.E_PIN_TRIVIAL)


@pytest.mark.parametrize("pin", ["2468", "8642", "1357", "0519", "2100", "1899", "90210", "48151623"])
def test_ordinary_pins_are_accepted(pin):
    passwords.check_pin(pin)


def test_the_birth_year_is_refused_when_known():
    passwords.check_pin("519854")
    with pytest.raises(ValidationError, match="too easy"):
        passwords.check_pin("519854", birth_year=1985)


# -- hashes --------------------------------------------------------------------------------------

def test_passwords_are_stored_as_argon2id_salted(db, admin):
    with db.read() as s:
        stored, pin = s.execute(select(Staff.password_hash, Staff.pin_hash)).one()
    assert stored.startswith("$argon2id$") and ADMIN_PASSWORD not in stored and pin is None
    assert auth.hash_secret(ADMIN_PASSWORD) != auth.hash_secret(ADMIN_PASSWORD)  # salted


def test_the_app_hashes_with_rfc_9106_parameters(monkeypatch):
    """The tests use a cheap hasher (conftest); the app's own is RFC 9106's second option."""
    import importlib

    fresh = importlib.reload(auth)
    try:
        assert isinstance(fresh.HASHER, PasswordHasher)
        made = fresh.HASHER.hash("zielona-lipa-nad-odra")
        assert made.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    finally:
        importlib.reload(auth)


# -- logging in ----------------------------------------------------------------------------------

def test_login_is_case_insensitive_on_login_and_strict_on_password(db, admin, clock):
    assert auth.login(db, "ADMIN", ADMIN_PASSWORD).staff_id == admin.staff_id
    with pytest.raises(auth.WrongCredentials) as wrong:
        auth.login(db, "admin", ADMIN_PASSWORD.upper())
    with pytest.raises(auth.WrongCredentials) as unknown:
        auth.login(db, "nobody", ADMIN_PASSWORD)
    assert wrong.value.text == unknown.value.text == "The login or the password is wrong."


def test_deactivated_user_cannot_log_in_and_keeps_their_name(db, admin, make_staff):
    receptionist = make_staff(Role.RECEPTIONIST, login="recep")
    auth.update_staff(db, admin, receptionist.staff_id, full_name="Test Receptionist", role=Role.RECEPTIONIST,
                      specialist_kind=None, active=False)
    with pytest.raises(UserError, match="deactivated"):
        auth.login(db, "recep", STAFF_PASSWORD)
    names = {r.full_name for r in auth.list_staff(db, admin)}
    assert "Test Receptionist" in names


def test_five_failures_lock_the_login_for_30_s_then_doubling(db, admin, clock):
    for _ in range(4):
        with pytest.raises(auth.WrongCredentials):
            auth.login(db, "admin", "zla-lipa-nad-odra")
    with pytest.raises(auth.LockedOut) as fifth:
        auth.login(db, "admin", "zla-lipa-nad-odra")
    assert fifth.value.seconds == 30
    assert fifth.value.render() == "Account locked after too many failed attempts; try again in 30 s."
    # while it waits, even the right password is not looked at
    clock.wait(29)
    with pytest.raises(auth.LockedOut) as waiting:
        auth.login(db, "admin", ADMIN_PASSWORD)
    assert waiting.value.seconds == 1
    clock.wait(1)
    with pytest.raises(auth.LockedOut) as sixth:  # the 6th failure: 60 s
        auth.login(db, "admin", "zla-lipa-nad-odra")
    assert sixth.value.seconds == 60
    clock.wait(60)
    with pytest.raises(auth.LockedOut) as seventh:
        auth.login(db, "admin", "zla-lipa-nad-odra")
    assert seventh.value.seconds == 120
    assert seventh.value.render() == "Account locked after too many failed attempts; try again in 2 min."
    clock.wait(120)
    assert auth.login(db, "admin", ADMIN_PASSWORD).staff_id == admin.staff_id  # and the count starts again
    with pytest.raises(auth.WrongCredentials):
        auth.login(db, "admin", "zla-lipa-nad-odra")


def test_the_wait_doubles_up_to_an_hour():
    assert [auth.lockout_seconds(n) for n in range(1, 14)] == [0, 0, 0, 0, 30, 60, 120, 240, 480, 960, 1920,
                                                               3600, 3600]


def test_an_unknown_login_is_locked_out_just_like_a_real_one(db, admin, clock):
    def attempts(login):
        seen = []
        for _ in range(6):
            try:
                auth.login(db, login, "zla-lipa-nad-odra")
            except UserError as exc:
                seen.append((type(exc).__name__, exc.render()))
        return seen
    assert attempts("admin") == attempts("nikt-taki")
    with db.read() as s:
        keys = s.execute(select(LoginFailures.key)).scalars().all()
    assert len(keys) == 2 and all("admin" not in k and "nikt" not in k for k in keys)


def test_failures_and_lock_outs_are_audited_without_secrets(db, admin, clock):
    for _ in range(5):
        with pytest.raises(UserError):
            auth.login(db, "admin", "tajne-haslo-ktore-nie-pasuje")
    with pytest.raises(UserError):
        auth.login(db, "zgubiony-login", "inne-tajne-haslo-123")
    failures = audit(db, "auth.failure")
    assert len(failures) == 6
    assert failures[:5] == [("auth.failure", None, admin.staff_id, "login")] * 5
    assert failures[5] == ("auth.failure", None, None, "login; unknown login")
    assert audit(db, "auth.lockout") == [("auth.lockout", None, admin.staff_id, "login; 30 s")]
    with db.read() as s:
        dumped = " ".join(str(v) for row in s.execute(select(AuditEntry)).scalars()
                          for v in (row.detail, row.action, row.table_name))
    for secret in ("tajne-haslo", "inne-tajne", "zgubiony"):
        assert secret not in dumped


def test_the_lock_screen_takes_the_pin_or_the_password_and_shares_the_lock_out(db, admin, make_staff, clock):
    user = make_staff(Role.COUNSELLOR, login="doradca")
    assert auth.unlock(db, user, STAFF_PASSWORD).staff_id == user.staff_id
    with pytest.raises(auth.WrongCredentials, match="Wrong PIN or password"):
        auth.unlock(db, user, "2468")  # no PIN set yet
    auth.set_own_pin(db, user, STAFF_PASSWORD, "2468")
    assert auth.has_pin(db, user)
    assert auth.unlock(db, user, "2468").staff_id == user.staff_id
    with pytest.raises(auth.WrongCredentials):
        auth.login(db, "doradca", "2468")  # a PIN never logs in
    for _ in range(3):
        with pytest.raises(auth.WrongCredentials):
            auth.unlock(db, user, "8642")
    with pytest.raises(auth.LockedOut) as locked:  # the 5th failure of this login, counting the login above
        auth.unlock(db, user, "8642")
    assert locked.value.seconds == 30
    with pytest.raises(auth.LockedOut):
        auth.login(db, "doradca", STAFF_PASSWORD)  # the same account waits on every path
    assert [d for (_a, _s, _r, d) in audit(db, "auth.failure")][-4:] == ["unlock"] * 4
    clock.wait(30)
    assert auth.unlock(db, user, "2468").staff_id == user.staff_id


def test_a_pin_must_not_be_trivial_and_needs_the_password(db, admin, make_staff, clock):
    user = make_staff(Role.RECEPTIONIST)
    with pytest.raises(ValidationError, match="too easy"):
        auth.set_own_pin(db, user, STAFF_PASSWORD, "0000")
    with pytest.raises(auth.WrongCredentials):
        auth.set_own_pin(db, user, "nie-to-haslo-wcale", "2468")
    assert not auth.has_pin(db, user)
    auth.set_own_pin(db, user, STAFF_PASSWORD, "2468")
    auth.set_own_pin(db, user, STAFF_PASSWORD, None)
    assert not auth.has_pin(db, user)
    assert sorted(a for (a, *_rest) in audit(db) if a in ("staff.set_pin", "staff.remove_pin")) == [
        "staff.remove_pin", "staff.set_pin"]


def test_change_own_password(db, admin, make_staff, clock):
    user = make_staff(Role.COORDINATOR, login="koord")
    with pytest.raises(ValidationError, match="common"):
        auth.change_own_password(db, user, STAFF_PASSWORD, "password123")
    with pytest.raises(auth.WrongCredentials):
        auth.change_own_password(db, user, "nie-to-haslo-wcale", NEW_PASSWORD)
    auth.change_own_password(db, user, STAFF_PASSWORD, NEW_PASSWORD)
    assert auth.login(db, "koord", NEW_PASSWORD).staff_id == user.staff_id
    with pytest.raises(auth.WrongCredentials):
        auth.login(db, "koord", STAFF_PASSWORD)


def test_an_administrator_resets_a_password_lifting_the_lock_out_and_the_pin(db, admin, make_staff, clock):
    user = make_staff(Role.COUNSELLOR, login="zapominalska")
    auth.set_own_pin(db, user, STAFF_PASSWORD, "2468")
    for _ in range(5):
        with pytest.raises(UserError):
            auth.login(db, "zapominalska", "nie-pamietam-hasla")
    with pytest.raises(auth.LockedOut):
        auth.login(db, "zapominalska", STAFF_PASSWORD)
    made = auth.generate_password()
    passwords.check_password(made)
    auth.reset_password(db, admin, user.staff_id, made)
    assert auth.login(db, "zapominalska", made).staff_id == user.staff_id
    assert not auth.has_pin(db, user)
    assert audit(db, "staff.reset_password") == [("staff.reset_password", admin.staff_id, user.staff_id, None)]
    with pytest.raises(ValidationError, match="common"):
        auth.reset_password(db, admin, user.staff_id, "qwertyuiop")


# -- accounts from before passwords --------------------------------------------------------------

def _old_pin_hash(pin: str) -> str:
    """How the app stored a login PIN before passwords (scrypt, n=2**14, r=8, p=1)."""
    salt = os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
    return f"scrypt$16384$8$1${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def test_an_account_with_only_an_old_pin_must_choose_a_password(db, admin, make_staff, clock):
    user = make_staff(Role.RECEPTIONIST, login="stara")
    with db.engine.begin() as conn:  # as migration 0007 leaves an account of an older version
        conn.execute(update(Staff).where(Staff.id == user.staff_id)
                     .values(password_hash=None, pin_hash=_old_pin_hash("0000")))
    with pytest.raises(auth.WrongCredentials):
        auth.login(db, "stara", "1111")
    with pytest.raises(auth.PasswordChangeRequired):
        auth.login(db, "stara", "0000")
    with pytest.raises(ValidationError, match="at least 10"):
        auth.choose_password(db, "stara", "0000", "0000")
    with pytest.raises(auth.WrongCredentials):
        auth.choose_password(db, "stara", "1111", NEW_PASSWORD)
    actor = auth.choose_password(db, "stara", "0000", NEW_PASSWORD)
    assert actor.staff_id == user.staff_id
    assert auth.login(db, "stara", NEW_PASSWORD).staff_id == user.staff_id
    with pytest.raises(auth.WrongCredentials):
        auth.login(db, "stara", "0000")  # the old PIN is gone for good
    with pytest.raises(auth.WrongCredentials):
        auth.unlock(db, actor, "0000")
    with db.read() as s:
        assert s.get(Staff, user.staff_id).pin_hash is None


# -- who may do what -----------------------------------------------------------------------------

STAFF_ACTIONS = (Action.STAFF_LIST, Action.STAFF_CREATE, Action.STAFF_UPDATE, Action.STAFF_RESET_PASSWORD,
                 Action.OWN_PASSWORD, Action.OWN_PIN)


def test_every_role_may_do_exactly_what_the_table_says_on_staff_accounts(db, admin, make_staff, clock):
    """Walk the table: each role tries each staff-account action through the real services."""
    target = make_staff(Role.RECEPTIONIST, login="cel")
    actors = {Role.ADMIN: admin}
    for role in Role:
        if role != Role.ADMIN:
            actors[role] = make_staff(role, login=f"kto-{role.value}",
                                      kind=ConsultationKind.PSYCHOLOGIST if role == Role.SPECIALIST else None)
    passwords_of = {Role.ADMIN: ADMIN_PASSWORD, **{r: STAFF_PASSWORD for r in Role if r != Role.ADMIN}}

    def attempt(action: Action, role: Role):
        actor = actors[role]
        if action == Action.STAFF_LIST:
            auth.list_staff(db, actor)
        elif action == Action.STAFF_CREATE:
            auth.add_staff(db, actor, f"nowy-{role.value}", "Nowy Pracownik", Role.RECEPTIONIST, NEW_PASSWORD)
        elif action == Action.STAFF_UPDATE:
            auth.update_staff(db, actor, target.staff_id, full_name="Cel Zmieniony", role=Role.RECEPTIONIST,
                              specialist_kind=None, active=True)
        elif action == Action.STAFF_RESET_PASSWORD:
            auth.reset_password(db, actor, target.staff_id, NEW_PASSWORD)
        elif action == Action.OWN_PASSWORD:
            auth.change_own_password(db, actor, passwords_of[role], NEW_PASSWORD)
            auth.change_own_password(db, actor, NEW_PASSWORD, passwords_of[role])  # back, for the next action
        elif action == Action.OWN_PIN:
            auth.set_own_pin(db, actor, passwords_of[role], "2468")
        else:  # pragma: no cover - a new action needs its line here
            raise AssertionError(action)

    for action in STAFF_ACTIONS:
        for role in Role:
            if role in PERMISSIONS[action]:
                attempt(action, role)
            else:
                with pytest.raises(PermissionDenied):
                    attempt(action, role)


def test_specialist_needs_a_kind_and_logins_are_unique(db, admin):
    with pytest.raises(ValidationError) as no_kind:
        auth.add_staff(db, admin, "psy", "Psy Chologist", Role.SPECIALIST, NEW_PASSWORD)
    assert no_kind.value.field == "specialist_kind"
    auth.add_staff(db, admin, "psy", "Psy Chologist", Role.SPECIALIST, NEW_PASSWORD, ConsultationKind.PSYCHOLOGIST)
    assert auth.login(db, "psy", NEW_PASSWORD).specialist_kind == ConsultationKind.PSYCHOLOGIST
    with pytest.raises(ValidationError, match="taken"):
        auth.add_staff(db, admin, "PSY", "Another", Role.COUNSELLOR, NEW_PASSWORD)


def test_admin_cannot_lock_themselves_out(db, admin):
    with pytest.raises(UserError):
        auth.update_staff(db, admin, admin.staff_id, full_name="Anna Admin", role=Role.ADMIN,
                          specialist_kind=None, active=False)


def test_a_weak_password_for_a_new_account_is_refused(db, admin):
    with pytest.raises(ValidationError, match="at least 10"):
        auth.add_staff(db, admin, "short", "Short Password", Role.RECEPTIONIST, "12")


def test_idle_lock_setting_admin_only_and_bounded(db, admin, make_staff):
    setup.set_idle_lock_minutes(db, admin, 10)
    assert setup.desk_info(db).idle_lock_minutes == 10
    with pytest.raises(ValidationError):
        setup.set_idle_lock_minutes(db, admin, 0)
    with pytest.raises(PermissionDenied):
        setup.set_idle_lock_minutes(db, make_staff(Role.RECEPTIONIST), 3)
