"""Slow work (checking a PIN, writing an export) off the screen's thread, so it never freezes.

A page can go away while its work still runs (the kiosk shuts down during an export). The
worker thread therefore never touches the page's objects: it reports to a small carrier object
of its own, which lives until the report is sent, and the task receives from it through the
event loop. Qt drops a report whose receiver was deleted meanwhile, so the result is dropped
without a word. The window also waits, for a bounded time, for the work before it closes
(``wait_for_tasks``), so an export or purge is not cut off by the databases closing with it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

CLOSE_WAIT_MS = 3000
"""How long a closing window waits for its running work: long enough for an export or a PIN
check, short enough that the databases still close well inside systemd's 10 s stop timeout
(deploy/rfa-kiosk.service, TimeoutStopSec)."""


class _Outcome(QObject):
    """One run's result, carried from the worker thread to the screen's thread."""

    finished = Signal(object)
    failed = Signal(object)


class BackgroundTask(QObject):
    """Runs one function at a time on Qt's thread pool; the result arrives as a signal on the
    thread that owns this object (the screen's), never a blocked event loop. If this object
    is deleted first, the result is dropped."""

    finished = Signal(object)
    failed = Signal(object)
    """The exception the function raised."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._busy = False
        self._idle = threading.Event()  # set by the worker, so a closing owner can wait on it
        self._idle.set()

    @property
    def busy(self) -> bool:
        return self._busy

    def run(self, work: Callable[[], object]) -> bool:
        """Starts the work; False (and nothing started) while the previous one still runs, so
        a second tap never starts it twice."""
        if self._busy:
            return False
        self._busy = True
        self._idle.clear()
        pool = QThreadPool.globalInstance()
        # The pool, not this task, owns the carrier: a child of the task would be deleted
        # with it, under the worker that is about to emit ("Signal source has been deleted"),
        # and a carrier owned by Python could be deleted on the worker thread, where Qt forbids
        # deleting an object of the screen's thread. The worker has it deleted once it emitted.
        outcome = _Outcome(pool)
        # Queued: the result waits in this task's event queue, which Qt empties if the task is
        # deleted first; the receiver going away also ends both connections.
        outcome.finished.connect(self._on_outcome_finished, Qt.ConnectionType.QueuedConnection)
        outcome.failed.connect(self._on_outcome_failed, Qt.ConnectionType.QueuedConnection)
        idle = self._idle
        pool.start(lambda: _run(work, outcome, idle))
        return True

    def wait(self, timeout_ms: int) -> bool:
        """Blocks until the running work has ended, for at most ``timeout_ms``; True if none
        runs now. Its result still arrives through the event loop, if this task is still
        there then."""
        return self._idle.wait(max(timeout_ms, 0) / 1000)

    @Slot(object)
    def _on_outcome_finished(self, result: object) -> None:
        self._busy = False
        self.finished.emit(result)

    @Slot(object)
    def _on_outcome_failed(self, error: object) -> None:
        self._busy = False
        self.failed.emit(error)


def _run(work: Callable[[], object], outcome: _Outcome, idle: threading.Event) -> None:
    """On the worker thread: touches only what the run itself owns, never the task."""
    try:
        try:
            result = work()
        except Exception as error:
            outcome.failed.emit(error)
        else:
            outcome.finished.emit(result)
    finally:
        outcome.deleteLater()  # on the screen's thread, after the result queued before it
        idle.set()


def wait_for_tasks(owner: QObject, timeout_ms: int | None = None) -> bool:
    """Waits for the work of every task under ``owner``, for at most ``timeout_ms`` in all
    (``CLOSE_WAIT_MS`` if not given); True if none runs any more. For an owner about to go:
    work still running after that finishes on its own and its result is dropped."""
    limit = CLOSE_WAIT_MS if timeout_ms is None else timeout_ms
    deadline = time.monotonic() + limit / 1000
    running = [task for task in owner.findChildren(BackgroundTask) if not task.wait(0)]
    for task in running:
        if not task.wait(round((deadline - time.monotonic()) * 1000)):
            log.warning("work in the background still runs after %d ms; it ends on its own", limit)
            return False
    return True
