"""Work off the UI thread: one small API over QThreadPool.

``run_in_background(fn, on_success, on_error, on_progress)`` runs ``fn(progress)`` on a pool thread;
``progress(done, total, what)`` may be called from it; every callback arrives on the GUI thread.
Services take the plain progress callable and never touch Qt. Tests swap in ``ImmediateRunner``,
which runs the job at once on the calling thread (picard's test pattern).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]


class Cancelled(Exception):
    """Raised inside a job's progress callback once the user pressed Cancel."""


class _Signals(QObject):
    success = Signal(object)
    error = Signal(object)
    progress = Signal(int, int, str)


class Job:
    """Handle on a running job: ``cancel()`` makes its next progress report raise Cancelled."""

    def __init__(self) -> None:
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Task(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], job: Job, signals: _Signals) -> None:
        super().__init__()
        self.fn, self.job, self.signals = fn, job, signals

    def run(self) -> None:
        def progress(done: int, total: int, what: str = "") -> None:
            if self.job.cancelled:
                raise Cancelled()
            self.signals.progress.emit(done, total, what)

        try:
            result = self.fn(progress)
        except BaseException as exc:  # handed to the GUI thread, which decides
            self.signals.error.emit(exc)
        else:
            self.signals.success.emit(result)


class BackgroundRunner:
    """Runs jobs on a thread pool; keeps their signal objects alive until they finish."""

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self.pool = pool or QThreadPool.globalInstance()
        self._live: set[_Signals] = set()

    def run_in_background(self, fn: Callable[[Progress], Any], on_success: Callable[[Any], None] | None = None,
                          on_error: Callable[[BaseException], None] | None = None,
                          on_progress: Callable[[int, int, str], None] | None = None) -> Job:
        job = Job()
        signals = _Signals()
        self._live.add(signals)

        def finished() -> None:
            self._live.discard(signals)

        def succeeded(result: Any) -> None:
            finished()
            if on_success and not job.cancelled:
                on_success(result)

        def failed(exc: BaseException) -> None:
            finished()
            if isinstance(exc, Cancelled):
                return
            if on_error:
                on_error(exc)
            else:
                log.error("background job failed", exc_info=exc)

        signals.success.connect(succeeded)
        signals.error.connect(failed)
        if on_progress:
            signals.progress.connect(on_progress)
        self.pool.start(_Task(fn, job, signals))
        return job

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)


class ImmediateRunner(BackgroundRunner):
    """For tests: runs the job at once on the calling thread, callbacks straight after."""

    def __init__(self) -> None:
        self._live = set()

    def run_in_background(self, fn, on_success=None, on_error=None, on_progress=None) -> Job:
        job = Job()

        def progress(done: int, total: int, what: str = "") -> None:
            if job.cancelled:
                raise Cancelled()
            if on_progress:
                on_progress(done, total, what)

        try:
            result = fn(progress)
        except Cancelled:
            return job
        except BaseException as exc:
            if on_error:
                on_error(exc)
            else:
                raise
        else:
            if on_success:
                on_success(result)
        return job

    def wait(self, msecs: int = 0) -> bool:
        return True
