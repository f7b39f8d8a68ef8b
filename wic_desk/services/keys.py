"""Opening an encrypted database with a password, keeping its key file current, converting a
plain one, and the centre's recovery key.

The database file is encrypted with SQLCipher (``store.cipher``) under a random key; the key file
beside it (``store.keyfile``) holds that key wrapped for every active account's password and for
the centre's recovery key. Every way in goes through ``open_for_login``: the lock-out is checked
first, then the password unwraps the key (one argon2id), then the database opens and the account
is checked there as well (``auth.login``: deactivated, an old PIN to replace, the lock-out kept in
the database). Failed attempts before the database could be opened are counted in the key file
and written into the audit log at the next successful login.

The key file is a function of the database: whenever a unit of work writes a staff account or the
centre record, its wraps are made anew from the accounts' password hashes (``refresh``), and so
after a sync import brings accounts from other desks. A deactivated account's wrap goes.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from wic_desk import paths
from wic_desk.domain.errors import UserError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.domain.permissions import Action
from wic_desk.services import auth
from wic_desk.services.context import Actor, Database, local_value
from wic_desk.store import cipher, keyfile, lock
from wic_desk.store.engine import busy_timeout_ms, database_url, make_engine, sqlite_path
from wic_desk.store.models import Centre, Staff

E_NO_RECOVERY = T("Errors", "This centre has no recovery key yet: an administrator makes one in Administration.")


@dataclass(frozen=True)
class Conversion:
    """What converting a plain database did (the screen and the command line say so)."""

    backup: Path
    plain_backups_removed: int


# -- the key file follows the accounts ------------------------------------------------------------

def _accounts(session: Session) -> tuple[dict[str, str], list[str], str | None]:
    verifiers: dict[str, str] = {}
    deactivated: list[str] = []
    for login, password_hash, pin_hash, active in session.execute(
            select(Staff.login, Staff.password_hash, Staff.pin_hash, Staff.active).where(Staff.deleted.is_(False))):
        if not active:
            deactivated.append(login)
        elif password_hash:
            verifiers[login] = password_hash
        elif pin_hash:  # an account from before passwords: its old PIN opens, once, to choose one
            verifiers[login] = pin_hash
    recovery = session.execute(select(Centre.recovery_verifier).where(Centre.deleted.is_(False))
                               .order_by(Centre.id)).scalars().first()
    return verifiers, deactivated, recovery


def _public(session: Session) -> dict[str, object]:
    centre = session.execute(select(Centre.name).where(Centre.deleted.is_(False)).order_by(Centre.id)).scalars().first()
    return {"centre": centre or "", "desk": local_value(session, "desk_name") or "",
            "demo": local_value(session, "demo") == "1"}


def refresh(db: Database, session: Session | None = None, *, keep_old: bool = False) -> None:
    """Make the key file's wraps anew from the accounts in ``session`` (a unit of work's, before
    its commit, with ``keep_old``) or in the database. Nothing for a database without a key file
    (PostgreSQL)."""
    path = db.key_file
    if path is None:
        return
    kf = keyfile.KeyFile.load(path) if path.exists() else keyfile.KeyFile.create(path)
    if session is None:
        with db.read() as s:
            verifiers, deactivated, recovery = _accounts(s)
            public = _public(s)
    else:
        verifiers, deactivated, recovery = _accounts(session)
        public = _public(session)
    if not verifiers and kf.pending_setup:
        return  # nobody to open it yet: the key stays in memory only
    kf.set_wraps(db.key, verifiers, deactivated, recovery, keep_old=keep_old)
    kf.public = public
    kf.save()


# -- ways in ----------------------------------------------------------------------------------------

def _url(db_path: str | os.PathLike | None, url: str | None) -> str:
    return url or database_url(db_path, default_path=paths.default_database_path())


def is_encrypted(db_path: str | os.PathLike | None = None, *, url: str | None = None) -> bool:
    """Whether the database file is encrypted and set up (its key file has wraps): a login must
    come before it opens."""
    file = sqlite_path(_url(db_path, url))
    if file is None or not file.is_file() or file.stat().st_size == 0 or cipher.is_plain(file):
        return False
    keys = keyfile.key_file_path(file)
    if not keys.exists():
        return False  # Database.open says what is wrong: not a database, or its key file missing
    try:
        return not keyfile.KeyFile.load(keys).pending_setup
    except UserError:
        return True


def login_screen_names(db_path: str | os.PathLike | None = None, *, url: str | None = None) -> dict[str, object]:
    """The centre's and desk's names and whether it is a demo, as the key file tells them before
    the database is open (nothing secret)."""
    file = sqlite_path(_url(db_path, url))
    if file is None:
        return {}
    try:
        return dict(keyfile.KeyFile.load(keyfile.key_file_path(file)).public)
    except UserError:
        return {}


def open_for_login(db_path: str | os.PathLike | None, login_name: str, password: str, *,
                   url: str | None = None, via: str = auth.VIA_LOGIN) -> tuple[Database, Actor]:
    """Open the database as ``login_name``: the open database and the actor. WrongCredentials,
    LockedOut, or ``auth.PasswordChangeRequired`` (which carries the open database as ``db``:
    the caller lets the person choose a password there, then closes it)."""
    url = _url(db_path, url)
    file = sqlite_path(url)
    if file is None or not is_encrypted(url=url):
        db = Database.open(url=url)
        return db, _login(db, login_name, password, via)
    lock.acquire(file, wait_s=0.0 if lock.process_role() == lock.WINDOW else busy_timeout_ms() / 1000)
    try:
        kf = keyfile.KeyFile.load(keyfile.key_file_path(file))
        now = auth.clock()
        until = kf.locked_until(login_name)
        if until is not None and now < until:
            raise auth.LockedOut(max(1, -(-int((until - now).total_seconds() * 1000) // 1000)))
        try:
            key = kf.open_with_password(login_name, password)
        except keyfile.WrongSecret:
            wait = kf.record_failure(login_name, now, auth.lockout_seconds, via)
            kf.save()
            if wait:
                raise auth.LockedOut(wait) from None
            if kf.is_deactivated(login_name):
                raise UserError(auth.E_DEACTIVATED) from None
            raise auth.WrongCredentials(auth.E_WRONG_UNLOCK if via == auth.VIA_UNLOCK else auth.E_WRONG) from None
        db = Database.open(url=url, key=key)
        try:
            _audit_failures_before_open(db, kf, login_name)
            return db, _login(db, login_name, password, via)
        except auth.PasswordChangeRequired as exc:
            exc.db = db
            raise
        except BaseException:
            db.close()
            raise
    finally:
        lock.release(file)


def _login(db: Database, login_name: str, password: str, via: str) -> Actor:
    try:
        actor = auth.login(db, login_name, password, via=via)
    except auth.PasswordChangeRequired as exc:
        exc.db = db
        raise
    refresh(db)  # a key file left behind by a crash mends itself at the next login
    return actor


def _audit_failures_before_open(db: Database, kf: keyfile.KeyFile, login_name: str) -> None:
    """The failed attempts counted in the key file go into the audit log (which account, when,
    never what was typed); a success clears its own count."""
    from wic_desk.services.uow import UnitOfWork
    events = kf.take_events()
    cleared = kf.clear_failures(login_name)
    if not events and not cleared:
        return
    if events:
        with db.read() as s:
            staff_of = {kf.wrap_id(login): staff_id for staff_id, login in s.execute(select(Staff.id, Staff.login))}
        with UnitOfWork(db, None) as uow:
            for wrap_id, happened in events.items():
                staff_id = staff_of.get(wrap_id)
                for at, what, *how in happened:
                    kind = "auth.lockout" if what.startswith("lockout") else "auth.failure"
                    seconds = "; " + what.split(" ", 1)[1] + " s" if kind == "auth.lockout" else ""
                    via = how[0] if how and how[0] else auth.VIA_LOGIN
                    detail = f"{via}{seconds}; at {at}, before the database was opened"
                    if staff_id is None:
                        detail += "; unknown login"
                    uow.audit(kind, "staff" if staff_id else None, staff_id, detail=detail)
    kf.save()


# -- the recovery key ---------------------------------------------------------------------------------

def recovery_verifier(recovery_key: str) -> str:
    """The recovery key's argon2id hash, with the same parameters as a password's."""
    return auth.HASHER.hash(keyfile.normalise_recovery_key(recovery_key))


def has_recovery_key(db: Database) -> bool:
    with db.read() as s:
        return bool(s.execute(select(Centre.recovery_verifier).where(Centre.deleted.is_(False))).scalars().first())


def new_recovery_key(db: Database, actor: Actor) -> str:
    """A new recovery key for the centre (administrators), to be printed and sealed: shown once,
    never stored, only its argon2id hash. The one before it stops opening any desk as the change
    reaches it."""
    auth.require_action(actor, Action.RECOVERY_KEY)
    from wic_desk.services.uow import UnitOfWork
    recovery_key = keyfile.new_recovery_key()
    verifier = recovery_verifier(recovery_key)
    with UnitOfWork(db, actor) as uow:
        centre = uow.session.execute(select(Centre).where(Centre.deleted.is_(False)).order_by(Centre.id)).scalars().first()
        if centre is None:
            raise UserError(T("Errors", "This desk is not set up yet."))
        centre.recovery_verifier = verifier
        # the note keys reach the new recovery key at the next login of each group's members
        from wic_desk.services import notes
        centre.recovery_recipient = notes.recovery_recipient(recovery_key)
        uow.audit("centre.recovery_key", "centres", centre.id)
    return recovery_key


def recover(db_path: str | os.PathLike | None, recovery_key: str, admin_login: str, new_password: str, *,
            url: str | None = None) -> Actor:
    """An administrator who forgot their password (or whose account's wrap is gone): the
    recovery key opens the database and ``admin_login`` gets ``new_password``; audited."""
    from wic_desk.services.uow import UnitOfWork
    url = _url(db_path, url)
    file = sqlite_path(url)
    if file is None:
        raise UserError(T("Errors", "The recovery key opens only a database file on this computer."))
    lock.acquire(file, wait_s=busy_timeout_ms() / 1000)
    try:
        kf = keyfile.KeyFile.load(keyfile.key_file_path(file))
        key = kf.open_with_recovery(recovery_key)
        db = Database.open(url=url, key=key)
        try:
            with UnitOfWork(db, None) as uow:
                staff = auth._find_staff(uow.session, admin_login)
                if staff is None or staff.role.value != "admin":
                    raise UserError(T("Errors", "There is no administrator with this login."))
                auth._check_new_password(staff, new_password)
                staff.password_hash = auth.hash_secret(new_password)
                staff.pin_hash = None
                staff.active = True
                centre = uow.session.execute(select(Centre).where(Centre.deleted.is_(False))
                                             .order_by(Centre.id)).scalars().first()
                if centre is not None and not centre.recovery_recipient:
                    # a centre from before sealed notes: its recovery key now opens them too
                    from wic_desk.services import notes
                    centre.recovery_recipient = notes.recovery_recipient(recovery_key)
                uow.audit("staff.recovered", "staff", staff.id)
                staff_id = staff.id
            kf = keyfile.KeyFile.load(keyfile.key_file_path(file))
            kf.clear_failures(admin_login)
            kf.save()
            return auth._actor(db, staff_id)
        finally:
            db.close()
    finally:
        lock.release(file)


# -- a plain database from before encryption ------------------------------------------------------------

def convert_plain(db: Database) -> Conversion | None:
    """Encrypt a plain database in place, before anyone logs in: a new key, wrapped for every
    account from their password hashes (nobody types anything); an encrypted copy written beside
    and moved over the plain file; an encrypted backup; the plain backups deleted. Audited. A
    crash at any point leaves either the plain database (converted at the next start) or the
    encrypted one with its key file."""
    assert db.path is not None and db.key is None
    path = db.path
    key = keyfile.new_key()
    with db.read() as s:
        verifiers, deactivated, recovery = _accounts(s)
        public = _public(s)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.engine.dispose()
    for leftover in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    building = path.with_name(f".{path.name}.encrypting")
    building.unlink(missing_ok=True)
    try:
        cipher.export_encrypted(path, building, key)
        kf = keyfile.KeyFile.create(keyfile.key_file_path(path), public)
        if verifiers:
            kf.set_wraps(key, verifiers, deactivated, recovery)
        else:
            kf.pending_setup = True  # an empty database: nothing to keep
        kf.save()  # first the key file: a plain file beside it is still converted next time
        os.replace(building, path)
    except BaseException:
        building.unlink(missing_ok=True)
        raise
    db.engine = make_engine(db.url, key)
    db._sessions = sessionmaker(db.engine, expire_on_commit=False)
    db.key = key
    removed = 0
    folder = paths.backups_dir_for(path)
    if folder.exists():
        for old in folder.glob(f"{path.stem}-*.db"):
            try:
                plain = cipher.is_plain(old)
            except OSError:
                continue
            if plain:
                old.unlink(missing_ok=True)
                removed += 1
    backup = db.backup("encrypted") if verifiers else path
    if verifiers:
        from wic_desk.services.uow import UnitOfWork
        with UnitOfWork(db, None) as uow:
            uow.audit("database.encrypted", detail=f"plain backups removed={removed}")
    # an empty file (a set-up that never finished) held nothing to tell anyone about
    db.converted = Conversion(backup=backup, plain_backups_removed=removed) if verifiers or removed else None
    return db.converted

