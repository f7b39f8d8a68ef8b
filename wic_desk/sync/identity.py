"""Noticing a database restored from a backup or copied elsewhere, before it writes.

A desk's change numbers must never be reused with different content. Two things would reuse them:
a copy of the database file written to on two laptops, and an older copy (a restored backup) that
numbers again what an earlier state already numbered and sent away. One desk must stay one desk,
though: the same database opened from another data folder (another user account, ``WIC_DESK_HOME``
elsewhere, a moved folder) is the same desk, and renewing it there would only leave a dead desk id
behind.

The database itself holds a random *instance token*, the number of exchange files it has written
(``local_state``), and the file it last found itself in: its path and its identity on the disk
(device and file number, which a copy never keeps and a rename within a disk always keeps). Each
data folder keeps, outside the database, a small registry (a JSON file) of the tokens it has
seen: for each, the database file's path and identity, the desk id, and the number of exchange
files written. Before the first change of a unit of work is numbered (and before an export or an
import):

- no token yet (a new desk): make one and register it;
- a token this registry knows: the same desk id, at least as many exchange files written as
  registered (fewer: an older state, restored after its numbers and what it held had been
  announced), and the same path or the same file (moved or renamed): the same desk; anything else
  (a copy beside the original, another desk id): take a new desk id;
- a token this registry has never seen (a fresh data folder, another account, another computer):
  the same desk only if the file is the one the database last found itself in (same file
  identity; where the disk gives none, the same path). A copy carried to another computer is a
  new file there, so it takes a new desk id; a database from before this record takes a new id.

Counting files rather than change numbers also catches a restored desk that lost changes it had
*received* and announced holding: under its new id, the other desks send it everything again.

Peers are the second line: a file saying a peer holds more of our changes than we hold ourselves
also makes us take a new desk id (see the import): a backup restored where no registry knew the
database is caught there. Taking a new desk id is always safe: the old changes keep their numbers
under the old id, new ones start afresh under the new one, and the new desk's record says which id
it replaces, so the other desks stop waiting for the old one.
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
FILE_KEY = "instance_file"  # in local_state: JSON {"path", "file"} of where the database last found itself


def file_identity(db_file: Path) -> dict[str, str | None]:
    """Where this database is: its path (normalised) and its identity on the disk ("device:number"
    or None where the file system gives none)."""
    identity: str | None = None
    try:
        st = os.stat(db_file)
        if st.st_ino:
            identity = f"{st.st_dev}:{st.st_ino}"
    except OSError:
        pass
    return {"path": _path_text(db_file), "file": identity}


def read_recorded(text: str | None) -> dict[str, str | None] | None:
    """The database's own record of its file (``FILE_KEY``), or None."""
    try:
        data = json.loads(text) if text else None
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def _same_file(a: dict[str, Any], here: dict[str, str | None]) -> bool:
    if here["file"] is not None and a.get("file") == here["file"]:
        return True
    return here["file"] is None and not a.get("file") and a.get("path") == here["path"]


def verdict(registry: Path, token: str | None, here: dict[str, str | None], desk_id: uuid.UUID, exports: int,
            recorded: dict[str, Any] | None) -> str:
    """``"adopt"`` (no token yet), ``"ok"`` (the same desk), or ``"renew"`` (take a new desk id).

    ``here`` is ``file_identity`` of the database now; ``recorded`` what the database last
    recorded of itself (``read_recorded``)."""
    if token is None:
        return "adopt"
    entry = load(registry).get(token)
    if isinstance(entry, dict):
        if entry.get("desk_id") != str(desk_id) or exports < int(entry.get("exports", 0) or 0):
            return "renew"
        if entry.get("path") == here["path"] or (here["file"] is not None and entry.get("file") == here["file"]):
            return "ok"
        return "renew"
    # A registry that has never seen this database: no evidence of a copy unless the file is
    # another one than the database last found itself in.
    if recorded is not None and _same_file(recorded, here):
        return "ok"
    return "renew"


def register(registry: Path, token: str, here: dict[str, str | None], desk_id: uuid.UUID, exports: int = 0) -> None:
    """Record (or bring up to date) this database in the registry; writes only what changed, and
    never lowers the number of files written."""
    data = load(registry)
    entry = data.get(token)
    before = int(entry.get("exports", 0) or 0) if isinstance(entry, dict) else 0
    wanted = {"path": here["path"], "file": here["file"], "desk_id": str(desk_id), "exports": max(exports, before)}
    if entry != wanted:
        data[token] = wanted
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
