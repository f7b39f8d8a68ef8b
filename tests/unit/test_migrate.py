"""Opening databases: created by migrations, backed up before an upgrade, newer ones refused."""

from __future__ import annotations

import shutil

import pytest

from tests import rawdb
from wic_desk import paths
from wic_desk.domain.errors import UserError
from wic_desk.services.context import Database
from wic_desk.store.migrate import head_revision


def _tables(path, key):
    with rawdb.connect(path, key) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table')")}


def test_new_database_is_made_by_the_migrations_in_wal_mode(db, db_path):
    tables = _tables(db_path, db.key)
    assert {"persons", "visits", "consultations", "activities", "certificates", "audit_log", "change_log",
            "person_fts", "alembic_version"} <= tables
    with rawdb.connect(db_path, db.key) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision(
            paths.migrations_dir())


def test_foreign_keys_and_cache_pragmas_are_on(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() <= -64 * 1024


SECOND_MIGRATION = """
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("persons") as batch:
        batch.add_column(sa.Column("nickname", sa.String(40)))


def downgrade():
    with op.batch_alter_table("persons") as batch:
        batch.drop_column("nickname")
"""


def test_an_older_database_is_backed_up_then_upgraded(tmp_path, db_path, admin, db, consent):
    from wic_desk.services import people
    from wic_desk.store.migrate import migrate

    people.register(db, admin, people.PersonInput(given_name="Anna", family_name="Lis"), consent)
    newer_scripts = tmp_path / "migrations"
    shutil.copytree(paths.migrations_dir(), newer_scripts)
    (newer_scripts / "versions" / "9999_nickname.py").write_text(
        SECOND_MIGRATION.format(head=head_revision(paths.migrations_dir())))
    backups = tmp_path / "backups"
    assert migrate(db.engine, newer_scripts, db_path, backups, key=db.key) is True
    copies = list(backups.glob("*.db"))
    assert len(copies) == 1 and "before-upgrade" in copies[0].name
    with rawdb.connect(copies[0], db.key) as old, rawdb.connect(db_path, db.key) as new:
        assert old.execute("SELECT count(*) FROM persons").fetchone()[0] == 1
        assert "nickname" not in [r[1] for r in old.execute("PRAGMA table_info(persons)")]
        assert "nickname" in [r[1] for r in new.execute("PRAGMA table_info(persons)")]
        assert new.execute("SELECT family_name FROM persons").fetchone()[0] == "Lis"
        assert new.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9999"
    assert migrate(db.engine, newer_scripts, db_path, backups, key=db.key) is False  # nothing more to do


def test_a_database_from_a_newer_app_is_refused_untouched(db_path, db, admin):
    path, key = db_path, db.key
    db.close()
    with rawdb.connect(path, key) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    before = path.read_bytes()
    with pytest.raises(UserError, match="newer version"):
        Database.open(path, key=key)
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are not the tables you are looking for" * 10)
    with pytest.raises(UserError, match="not a WIC Desk database"):
        Database.open(path)
    assert path.read_bytes().startswith(b"these are not")


def test_a_missing_folder_is_a_plain_error(tmp_path):
    with pytest.raises(UserError, match="folder"):
        Database.open(tmp_path / "no" / "such" / "desk.db")


def test_0007_keeps_old_pin_accounts_until_they_choose_a_password(tmp_path, db_path, db, admin):
    """A database of the version before passwords (revision 0006): its accounts hold only a
    scrypt login PIN. After the upgrade that PIN is accepted once, only to choose a password."""
    import base64
    import hashlib
    import os

    from alembic import command

    from wic_desk.services import auth
    from wic_desk.store.migrate import _config

    config = _config(paths.migrations_dir())
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0006")
    key = db.key
    db.close()
    salt = os.urandom(16)
    digest = hashlib.scrypt(b"0000", salt=salt, n=2**14, r=8, p=1, dklen=32)
    old_hash = f"scrypt$16384$8$1${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"
    with rawdb.connect(db_path, key) as conn:
        assert "password_hash" not in [r[1] for r in conn.execute("PRAGMA table_info(staff)")]
        conn.execute("UPDATE staff SET pin_hash = ?", (old_hash,))
    upgraded = Database.open(db_path, key=key)
    try:
        with rawdb.connect(db_path, key) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision(paths.migrations_dir())
            assert conn.execute("SELECT password_hash FROM staff").fetchone()[0] is None
        with pytest.raises(auth.WrongCredentials):
            auth.login(upgraded, "admin", "1111")
        with pytest.raises(auth.PasswordChangeRequired):
            auth.login(upgraded, "admin", "0000")
        auth.choose_password(upgraded, "admin", "0000", "sosna-brzoza-wierzba-olcha")
        assert auth.login(upgraded, "admin", "sosna-brzoza-wierzba-olcha").staff_id == admin.staff_id
        with pytest.raises(auth.WrongCredentials):
            auth.login(upgraded, "admin", "0000")
    finally:
        upgraded.close()


def test_0011_numbers_the_audit_entries_of_each_desk_and_keeps_the_log_append_only(db_path, db, admin, consent):
    """A database of the version before audit entries travelled (revision 0010): its entries are
    numbered per desk in the order they were made (time, then id); the log still refuses UPDATE
    and DELETE, and the next entry takes the next number."""
    import uuid

    from alembic import command

    from wic_desk.services import audit, people
    from wic_desk.store import cipher
    from wic_desk.store.migrate import _config

    people.register(db, admin, people.PersonInput(given_name="Anna", family_name="Lis"), consent)
    config = _config(paths.migrations_dir())
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0010")
    key, own = db.key, db.desk_id
    db.close()
    other = uuid.uuid4()  # entries of another desk (held here as a copy of its database would hold them)
    with rawdb.connect(db_path, key) as conn:
        assert "seq" not in [r[1] for r in conn.execute("PRAGMA table_info(audit_log)")]
        ours = conn.execute("SELECT count(*) FROM audit_log WHERE desk_id = ?", (own.hex,)).fetchone()[0]
        for at in ("2026-01-02 10:00:00.000000", "2026-01-01 09:00:00.000000", "2026-01-02 10:00:00.000000"):
            conn.execute("INSERT INTO audit_log (id, at, desk_id, action) VALUES (?, ?, ?, 'person.view')",
                         (uuid.uuid4().hex, at, other.hex))
        conn.execute("INSERT INTO audit_log (id, at, action) VALUES (?, '2026-01-01 08:00:00.000000', 'x.y')",
                     (uuid.uuid4().hex,))
    upgraded = Database.open(db_path, key=key)
    try:
        with rawdb.connect(db_path, key) as conn:
            numbered = conn.execute("SELECT seq, at, id FROM audit_log WHERE desk_id = ? ORDER BY seq",
                                    (other.hex,)).fetchall()
            assert [n for n, _at, _id in numbered] == [1, 2, 3]
            assert [(at, i) for _n, at, i in numbered] == sorted((at, i) for _n, at, i in numbered)
            assert [r[0] for r in conn.execute("SELECT seq FROM audit_log WHERE desk_id = ? ORDER BY seq",
                                               (own.hex,))] == list(range(1, ours + 1))
            assert conn.execute("SELECT seq FROM audit_log WHERE desk_id IS NULL").fetchall() == [(None,)]
            for sql in ("UPDATE audit_log SET seq = 7", "DELETE FROM audit_log"):
                with pytest.raises(cipher.DatabaseError, match="append-only"):
                    conn.execute(sql)
        assert len(audit.entries(upgraded, admin)) == ours + 4  # readable as before
        people.register(upgraded, admin, people.PersonInput(given_name="Ola", family_name="Lis"), consent)
        with rawdb.connect(db_path, key) as conn:
            assert conn.execute("SELECT max(seq), count(*) FROM audit_log WHERE desk_id = ?",
                                (own.hex,)).fetchone() == (ours + 1, ours + 1)
    finally:
        upgraded.close()


def test_the_quick_head_is_alembics_head():
    """Opening an up-to-date database skips Alembic: the head read from the files' headers must be
    the one Alembic computes (a migration written differently makes quick_head give up, not lie)."""
    from wic_desk.store.migrate import quick_head
    assert quick_head(paths.migrations_dir()) == head_revision(paths.migrations_dir())


def test_a_second_head_makes_the_quick_head_give_up(tmp_path):
    import shutil

    from wic_desk.store.migrate import quick_head
    copy = tmp_path / "db"
    shutil.copytree(paths.migrations_dir(), copy)
    (copy / "versions" / "9999_other.py").write_text("revision = '9999'\ndown_revision = '0001'\n")
    assert quick_head(copy) is None


def test_opening_an_up_to_date_database_does_not_import_alembic(db, monkeypatch):
    """Every command opens the database: when it is up to date, Alembic is not needed (its import
    is a tenth of a second of each command's start)."""
    import sys

    from wic_desk.store.migrate import migrate
    for name in [m for m in sys.modules if m == "alembic" or m.startswith("alembic.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "alembic", None)  # importing it now fails
    assert migrate(db.engine, paths.migrations_dir(), None, None) is False


def test_the_services_start_without_alembic():
    import subprocess
    import sys
    code = "import sys, wic_desk.services.people, wic_desk.services.context; print('alembic' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split()[-1] == "False"
