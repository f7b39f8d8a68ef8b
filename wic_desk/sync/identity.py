"""Noticing a database restored from a backup or copied elsewhere, before it writes.

A desk's change numbers must never be reused with different content. Two things would reuse them:
a copy of the database file written to on two laptops, and an older copy (a restored backup) that
numbers again what an earlier state already numbered and sent away.

Each database holds a random *instance token* and the number of exchange files it has written
(``local_state``); each computer keeps, outside the database, a small registry (a JSON file in the
user data folder) of the tokens it knows: for each, the database file's path, the desk id, and
the number of exchange files written. Before the first change of a unit of work is numbered (and
before an export or an import):

- a token unknown here (the file was copied from another computer), a token registered for
  another path (the file was copied or moved on this computer), or a database that has written
  fewer exchange files than the registry counts (an older state: restored from a backup, after
  its numbers and what it held had been announced to other desks): take a new desk id;
- no token yet (a new desk): make one and register it.

Counting files rather than change numbers also catches a restored desk that lost changes it had
*received* and announced holding: under its new id, the other desks send it everything again.

Peers are the second line: a file saying a peer holds more of our changes than we hold ourselves
also makes us take a new desk id (see the import). Taking a new desk id is always safe: the old
changes keep their numbers under the old id, and new ones start afresh under the new one.
Databases that are not a file here (PostgreSQL, shared by many computers) skip the registry.
"""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path
from typing import Any

INSTANCE_KEY = "instance_token"
REGISTRY_NAME = "desk-instances.json"


def load(registry: Path) -> dict[str, Any]:
    try:
        data = json.loads(Path(registry).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save(registry: Path, data: dict[str, Any]) -> None:
    """Write the registry atomically (temporary file, rename)."""
    registry = Path(registry)
    registry.parent.mkdir(parents=True, exist_ok=True)
    temp = registry.with_name(f".{registry.name}.{uuid.uuid4().hex[:8]}")
    try:
        temp.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(temp, registry)
    except OSError:
        temp.unlink(missing_ok=True)  # a registry that cannot be written only weakens the check


def _path_text(db_file: Path) -> str:
    return os.path.normcase(str(Path(db_file).resolve()))


EXPORTS_KEY = "sync.exports"


def verdict(registry: Path, token: str | None, db_file: Path, desk_id: uuid.UUID, exports: int) -> str:
    """``"adopt"`` (no token yet), ``"ok"``, or ``"renew"`` (take a new desk id)."""
    if token is None:
        return "adopt"
    entry = load(registry).get(token)
    if not isinstance(entry, dict):
        return "renew"
    if entry.get("path") != _path_text(db_file) or entry.get("desk_id") != str(desk_id):
        return "renew"
    if exports < int(entry.get("exports", 0) or 0):
        return "renew"
    return "ok"


def register(registry: Path, token: str, db_file: Path, desk_id: uuid.UUID, exports: int = 0) -> None:
    data = load(registry)
    data[token] = {"path": _path_text(db_file), "desk_id": str(desk_id), "exports": exports}
    save(registry, data)


def note_export(registry: Path, token: str | None, db_file: Path | None, desk_id: uuid.UUID, exports: int) -> None:
    """Remember, before the file is written, that this database is writing its ``exports``-th file
    (the database records the same number once the file is safely written)."""
    if token is None or db_file is None:
        return
    data = load(registry)
    entry = data.get(token)
    if not isinstance(entry, dict) or entry.get("desk_id") != str(desk_id):
        return
    if exports > int(entry.get("exports", 0) or 0):
        entry["exports"] = exports
        save(registry, data)


def new_token() -> str:
    return uuid.uuid4().hex
