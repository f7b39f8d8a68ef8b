"""This computer's preferences (the language chosen, window layout) in a small JSON file in the
user data folder. Unreadable or missing files give the defaults; writes are atomic."""

from __future__ import annotations

import json
import locale
import os
import tempfile
from pathlib import Path
from typing import Any

from wic_desk import paths

LANGUAGES = ("pl", "uk", "en")
DEFAULT_LANGUAGE = "pl"


def load(path: Path | None = None) -> dict[str, Any]:
    path = path or paths.settings_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save(values: dict[str, Any], path: Path | None = None) -> None:
    path = path or paths.settings_path()
    merged = load(path) | values
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(merged, fh, ensure_ascii=False, indent=2)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def language() -> str:
    """The chosen language; else WIC_DESK_LANG; else the system's if we have it; else Polish."""
    chosen = load().get("language") or os.environ.get("WIC_DESK_LANG")
    if chosen in LANGUAGES:
        return chosen
    system = (locale.getlocale()[0] or os.environ.get("LANG") or "")[:2].lower()
    return system if system in LANGUAGES else DEFAULT_LANGUAGE


def set_language(code: str) -> None:
    if code not in LANGUAGES:
        raise ValueError(code)
    save({"language": code})
