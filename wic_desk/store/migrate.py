"""Bringing a database to the schema this app knows, safely.

Opening a database: a new one is created by the migrations; an older one is first copied into the
backup folder, then upgraded step by step; one made by a newer app is refused untouched.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from wic_desk.domain.errors import UserError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.store import cipher, keyfile

BACKUPS_KEPT = 30


def _config(migrations_dir: Path) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir))
    return config


def head_revision(migrations_dir: Path) -> str:
    head = ScriptDirectory.from_config(_config(migrations_dir)).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


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
    head = head_revision(migrations_dir)
    script = ScriptDirectory.from_config(_config(migrations_dir))
    current = current_revision(engine)
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
