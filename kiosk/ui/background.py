"""Slow work (checking a PIN, writing an export) off the screen's thread, so it never freezes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, Signal


class BackgroundTask(QObject):
    """Runs one function at a time on Qt's thread pool; the result arrives as a signal on the
    thread that owns this object (the screen's), never a blocked event loop."""

    finished = Signal(object)
    failed = Signal(object)
    """The exception the function raised."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._busy = False

    @property
    def busy(self) -> bool:
        return self._busy

    def run(self, work: Callable[[], object]) -> bool:
        """Starts the work; False (and nothing started) while the previous one still runs, so
        a second tap never starts it twice."""
        if self._busy:
            return False
        self._busy = True
        QThreadPool.globalInstance().start(lambda: self._run(work))
        return True

    def _run(self, work: Callable[[], object]) -> None:
        try:
            result = work()
        except Exception as error:
            self._busy = False
            self.failed.emit(error)
            return
        self._busy = False
        self.finished.emit(result)
