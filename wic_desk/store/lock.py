"""One process at a time on a database file: a lock that nothing else in the process can drop.

Why: SQLite guards a WAL database with POSIX advisory locks, and POSIX locks belong to the
process: when *anything* in the process opens and closes the database file (Qt's file dialogs
sniffing a file's type by content, QMimeDatabase, a library, Python's ``open()``), the kernel
silently drops all of the process's locks on it. Another process that then opens and closes the
database believes it is alone: it checkpoints and deletes the -wal file, the desk keeps writing
into the deleted file, and a crash or power cut loses every commit made since (SQLite's "How To
Corrupt an SQLite Database File", 2.2). The desk cannot keep Qt and every library away from the
file, so it does not rely on SQLite's locks to keep other processes out.

How: every WIC Desk process (the window, each command) takes an exclusive lock on a small
sidecar file, ``<database>.lock``, before its first connection and holds it until its last one is
closed. On POSIX the lock is ``flock()``, which belongs to the open file description, not to the
process: closing some other descriptor of the database (or of the lock file) leaves it in place,
and the kernel releases it when the process dies, so a crash leaves no stale lock. On Windows it
is ``msvcrt.locking`` on the open handle (and SQLite's own locks there are per handle already).
The lock file holds who took it (process id, "window" or "command", the time), no personal data;
it is never deleted, since deleting a lock file races with the next process taking it.

Within one process the lock is shared: opening the same database twice (the window and a
background job, a test and the service it calls) counts references.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from wic_desk.domain.errors import UserError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T

WINDOW = "window"
COMMAND = "command"

# What this process is (the app sets WINDOW before it opens the database).
_role = COMMAND


def set_process_role(role: str) -> None:
    """Say what this process is, for the message another process shows while we hold a lock."""
    global _role
    _role = role


def process_role() -> str:
    return _role


class DatabaseInUse(UserError):
    """Another WIC Desk process holds the database. ``holder`` says which kind, when known."""

    def __init__(self, text: str, holder: Holder | None, **params) -> None:
        self.holder = holder
        super().__init__(text, **params)


@dataclass(frozen=True)
class Holder:
    pid: int
    role: str
    since: str


def lock_path(db_file: Path) -> Path:
    return db_file.with_name(db_file.name + ".lock")


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

    _INFO_OFFSET = 1  # byte 0 is the locked byte; Windows forbids reading it from another handle
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    _INFO_OFFSET = 1


def read_holder(db_file: Path) -> Holder | None:
    """Who holds (or last held) the database's lock, as written in the lock file."""
    try:
        with open(lock_path(db_file), "rb") as fh:
            fh.seek(_INFO_OFFSET)
            data = json.loads(fh.read(4096).decode("utf-8") or "{}")
        return Holder(int(data["pid"]), str(data["role"]), str(data.get("since", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


class _Held:
    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.count = 0


_held: dict[str, _Held] = {}
_mutex = threading.Lock()


def _key(db_file: Path) -> str:
    return os.path.normcase(str(Path(db_file).resolve()))


def acquire(db_file: Path, wait_s: float = 0.0) -> None:
    """Take (or share, within this process) the lock on ``db_file``. Waits up to ``wait_s``
    seconds for another *command* to finish; a window holding it is reported at once, since it
    holds the database until someone closes it. Raises DatabaseInUse when it cannot be had."""
    key = _key(db_file)
    with _mutex:
        held = _held.get(key)
        if held is not None:
            held.count += 1
            return
        path = lock_path(Path(key))
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        except OSError:
            raise UserError(T("Errors", "The database file cannot be opened for writing. "
                                        "Check the folder's permissions.")) from None
        deadline = time.monotonic() + max(0.0, wait_s)
        while not _try_lock(fd):
            holder = read_holder(Path(key))
            if (holder is not None and holder.role == WINDOW) or time.monotonic() >= deadline:
                os.close(fd)
                raise _in_use(holder)
            time.sleep(0.05)
        info = json.dumps({"pid": os.getpid(), "role": _role,
                           "since": dt.datetime.now().isoformat(timespec="seconds")}).encode()
        try:
            os.lseek(fd, _INFO_OFFSET, os.SEEK_SET)
            os.write(fd, info)
            os.ftruncate(fd, _INFO_OFFSET + len(info))
        except OSError:
            pass  # who holds it is a courtesy for the message; the lock is what matters
        _held[key] = held = _Held(fd)
        held.count = 1


def release(db_file: Path) -> None:
    """Give back one reference; the last one unlocks."""
    key = _key(db_file)
    with _mutex:
        held = _held.get(key)
        if held is None:
            return
        held.count -= 1
        if held.count > 0:
            return
        del _held[key]
        try:
            _unlock(held.fd)
        finally:
            os.close(held.fd)


def holds(db_file: Path) -> bool:
    """Whether this process holds the lock on ``db_file``."""
    with _mutex:
        return _key(db_file) in _held


def _in_use(holder: Holder | None) -> DatabaseInUse:
    if holder is not None and holder.role == WINDOW:
        return DatabaseInUse(T("Errors", "This database is open in the WIC Desk window (process {pid}). "
                                         "Do this in the app, or close the app first; nothing was changed."),
                             holder, pid=holder.pid)
    return DatabaseInUse(T("Errors", "Another WIC Desk command is using this database. Try again when it "
                                     "has finished; nothing was changed."), holder)
