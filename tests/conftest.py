"""Shared fixtures: a fresh data folder per test, a real SQLite file, a set-up desk."""

from __future__ import annotations

import datetime as dt
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Every test gets its own user data folder (settings, backups, log), never the real one."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("WIC_DESK_HOME", str(home))
    monkeypatch.delenv("WIC_DESK_DATABASE_URL", raising=False)
    monkeypatch.delenv("WIC_DESK_USER", raising=False)
    # no sync secret from the developer's shell: a test gives the one it means
    monkeypatch.delenv("WIC_DESK_PASSPHRASE", raising=False)
    monkeypatch.delenv("WIC_DESK_JOIN_CODE", raising=False)
    monkeypatch.setenv("WIC_DESK_LANG", "en")
    return home


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "desk.db"


@pytest.fixture
def db(db_path):
    from wic_desk.services.context import Database
    database = Database.open(db_path)
    yield database
    database.close()


ADMIN_PASSWORD = "zielona-lipa-nad-odra"
STAFF_PASSWORD = "buk jesion klon dąb"  # a passphrase of 4 words (fewer than 10 letters would not do)


@pytest.fixture(autouse=True)
def _quick_password_hashing(monkeypatch):
    """argon2id with the smallest cost in tests (hundreds of accounts are made); the hashes name
    their parameters, so they verify as any other. tests/unit/test_passwords.py checks that the
    app's own parameters are RFC 9106's."""
    from argon2 import PasswordHasher, Type

    from wic_desk.services import auth
    monkeypatch.setattr(auth, "HASHER", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1, type=Type.ID))
    monkeypatch.setattr(auth, "_DUMMY_HASH", None)


@pytest.fixture
def admin(db):
    """The database set up with a centre, a desk and its first administrator; returns the Actor."""
    from wic_desk.services import setup
    return setup.initialise(db, "Centrum Integracji Test", "Recepcja 1", "admin", "Anna Admin", ADMIN_PASSWORD).admin


@pytest.fixture
def make_staff(db, admin):
    """make_staff(role, login=None, kind=None) -> Actor, password STAFF_PASSWORD."""
    from wic_desk.services import auth

    def make(role, login=None, kind=None, password=STAFF_PASSWORD):
        login = login or f"{role.value}{len(auth.list_staff(db, admin))}"
        staff_id = auth.add_staff(db, admin, login, f"Test {role.value.title()}", role, password, kind)
        return auth.login(db, login, password) if staff_id else None
    return make


@pytest.fixture
def consent():
    from wic_desk.domain.enums import ConsentKind
    from wic_desk.services.people import ConsentInput
    return ConsentInput(ConsentKind.WRITTEN, dt.date.today(), "Services of the centre and donor reporting")


@pytest.fixture
def cli_login(monkeypatch):
    """Commands run as the test administrator, proven by password (as a script would)."""
    monkeypatch.setenv("WIC_DESK_USER", "admin")
    monkeypatch.setenv("WIC_DESK_PASSWORD", ADMIN_PASSWORD)
    return ADMIN_PASSWORD
