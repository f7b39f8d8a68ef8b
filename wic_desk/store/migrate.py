"""Bringing a database to the schema this app knows, safely.

Opening a database: a new one is created by the migrations; an older one is first copied into the
backup folder, then upgraded step by step; one made by a newer app is refused untouched.

Alembic is imported only when a database is behind: opening a database that is up to date (every
command of a working day) reads the head revision from the migration files' own headers and the
database's from ``alembic_version``, which spares each command the 0.1 s of importing Alembic.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, exc, inspect, text

from wic_desk.domain.errors import UserError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.store import cipher, keyfile

if TYPE_CHECKING:
    from alembic.config import Config

BACKUPS_KEPT = 30


def _config(migrations_dir: Path) -> Config:
    from alembic.config import Config
    config = Config()
    config.set_main_option("script_location", str(migrations_dir))
    return config


def head_revision(migrations_dir: Path) -> str:
    from alembic.script import ScriptDirectory
    head = ScriptDirectory.from_config(_config(migrations_dir)).get_current_head()
    assert head is not None
    return head


_REVISION_RE = re.compile(r"^revision(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN_RE = re.compile(r"^down_revision(?::[^=]*)?=\s*(?:['\"]([^'\"]+)['\"]|None)", re.M)


def quick_head(migrations_dir: Path) -> str | None:
    """The head revision read from the migration files' headers (``revision = '0013'``,
    ``down_revision = '0012'``) without Alembic; None when the files do not read as one line of
    revisions (then Alembic decides)."""
    revisions: set[str] = set()
    downs: set[str] = set()
    for path in (migrations_dir / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION_RE.search(source), _DOWN_RE.search(source)
        if revision is None or down is None:
            return None
        revisions.add(revision.group(1))
        if down.group(1):
            downs.add(down.group(1))
    heads = revisions - downs
    return next(iter(heads)) if len(heads) == 1 and downs <= revisions else None


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
        except exc.DBAPIError:  # no such table: a new database
            return None
    return rows[0][0] if len(rows) == 1 else None


def backup_sqlite(source: Path, backups_dir: Path, label: str = "backup", key: bytes | None = None) -> Path:
    """A consistent copy of a live SQLite file (the online backup API), kept among the last 30,
    encrypted with the same key as the database (``key`` None: a plain file is copied plain)."""
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backups_dir / f"{source.stem}-{label}-{stamp}.db"
    src = cipher.connect(source, key, mode="ro")
    try:
        dst = cipher.connect(target, key, mode="rwc")
        try:
            src.backup(dst)
            # a copy is a single self-contained file: no -wal/-shm beside it when it is opened later
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    keys = keyfile.key_file_path(source)
    if key is not None and keys.exists():  # what opens the copy with the recovery key, elsewhere
        keyfile.KeyFile.load(keys).copy_for_backup(keyfile.key_file_path(target))
    kept = sorted(backups_dir.glob(f"{source.stem}-*.db"), key=_made_at)
    for old in kept[:-BACKUPS_KEPT]:
        old.unlink(missing_ok=True)
        old.with_name(old.name + ".keys").unlink(missing_ok=True)
    return target


_STAMP_RE = re.compile(r"(\d{8}-\d{6}(?:-\d{1,6})?)")


def _made_at(path: Path) -> tuple[str, float]:
    """When a backup was made: the stamp in its name (whatever label precedes it), else its mtime."""
    found = _STAMP_RE.findall(path.stem)
    return (found[-1] if found else "", path.stat().st_mtime)


def migrate(engine: Engine, migrations_dir: Path, db_file: Path | None, backups_dir: Path | None,
            key: bytes | None = None) -> bool:
    """Upgrade to head. Returns True when anything was applied. A backup precedes any upgrade
    of a database that already holds tables."""
    current = current_revision(engine)
    if current is not None and current == quick_head(migrations_dir):
        return False
    from alembic import command
    from alembic.script import ScriptDirectory
    head = head_revision(migrations_dir)
    script = ScriptDirectory.from_config(_config(migrations_dir))
    if current == head:
        return False
    if current is not None:
        try:
            script.get_revision(current)
        except Exception:
            raise UserError(T("Errors", "This database was made by a newer version of WIC Desk. "
                                        "Please update the app; the database was not changed.")) from None
    has_tables = bool(inspect(engine).get_table_names())
    if db_file is not None and backups_dir is not None and has_tables and db_file.exists():
        backup_sqlite(db_file, backups_dir, label=f"before-upgrade-{current or 'none'}", key=key)
    config = _config(migrations_dir)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return True
