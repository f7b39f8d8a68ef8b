"""Where WIC Desk's data, backups and assets live.

Assets (ui/, resources/, db/, exports/) are found in three places, in this order:
- a PyInstaller build: beside the frozen executable's bundle (``sys._MEIPASS``);
- the source tree: the folders beside the ``wic_desk`` package (a checkout or an editable install);
- an installed wheel: ``wic_desk/_assets/`` inside the package (setup.py copies them in).

User data follow platformdirs: the database and settings in the user data folder, backups in a
``backups`` folder beside the database. ``WIC_DESK_HOME`` moves everything (tests, portable use).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "WIC Desk"
APP_AUTHOR = "WIC"
ASSET_DIRS = ("ui", "resources", "db", "exports")

_PACKAGE_DIR = Path(__file__).resolve().parent


def _asset_roots() -> list[Path]:
    roots: list[Path] = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        roots.append(Path(frozen_root))
    roots.append(_PACKAGE_DIR.parent)
    roots.append(_PACKAGE_DIR / "_assets")
    return roots


def asset_dir(name: str) -> Path:
    """The folder of one asset kind ("ui", "resources", "db" or "exports"), wherever installed."""
    if name not in ASSET_DIRS:
        raise ValueError(f"unknown asset folder {name!r}")
    for root in _asset_roots():
        candidate = root / name
        # The source tree's root also holds unrelated folders; require a marker that only
        # our asset folders carry, so a stray "db" folder elsewhere is not mistaken for ours.
        if candidate.is_dir() and (candidate / ".wic-assets").is_file():
            return candidate
    raise FileNotFoundError(f"WIC Desk asset folder {name!r} not found in {[str(r) for r in _asset_roots()]}")


def migrations_dir() -> Path:
    return asset_dir("db")


def resources_dir() -> Path:
    return asset_dir("resources")


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def exports_dir() -> Path:
    return asset_dir("exports")


def keep_files_private() -> None:
    """From now on, files and folders this process creates are the user's alone (0600 / 0700 on
    POSIX): the database and its -wal, backups, the log, exports. Called first thing by every
    entry point; SQLite gives the -wal and -shm files the database file's own permissions."""
    if os.name == "posix":
        os.umask(0o077)


def data_dir() -> Path:
    """The user data folder (created on demand)."""
    home = os.environ.get("WIC_DESK_HOME")
    path = Path(home) if home else user_data_path(APP_NAME, APP_AUTHOR)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "wic-desk.db"


def settings_path() -> Path:
    return data_dir() / "settings.json"


def backups_dir_for(database: Path) -> Path:
    """Backups sit in a folder beside the database file they copy."""
    path = database.resolve().parent / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path
