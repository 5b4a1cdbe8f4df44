"""Notices when a patient has walked away, so the window can wipe the screen for the next one.

Any touch, click or key anywhere restarts the quiet period of the current stage. When it runs
out the guard first asks "Are you still there?" (warn), and if nobody answers within the
warning time it says so (expired); the thank-you screen simply times out. QTimer runs on the
monotonic clock, so moving the wall clock neither fires nor delays any of this.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal, Slot

from kiosk.config import Timeouts

_ACTIVITY = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseMove,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
}


class Stage(Enum):
    START = "start"
    """The start screen: nothing to wipe, no timer."""
    READING = "reading"
    FORM = "form"
    """Form, review and the urgent notice: the patient's words are on screen."""
    THANK_YOU = "thank_you"
    """Ends without asking: the request is already saved."""
    STAFF = "staff"
    """Staff sign-in and panel: lock without asking."""


@dataclass(frozen=True)
class IdleTimes:
    """Milliseconds, so tests can use short ones; the app builds them from the settings."""

    reading_ms: int
    form_ms: int
    warning_ms: int
    thank_you_ms: int
    staff_ms: int = 60_000
    staff_session_ms: int = 15 * 60_000
    """However busy, the staff panel locks after this long."""
    staff_hold_ms: int = 3000
    """How long staff press the clinic name to reach the sign-in."""
    attract_change_ms: int = 8000
    """How long the start screen shows each topic before the next."""

    @classmethod
    def from_settings(cls, timeouts: Timeouts) -> IdleTimes:
        return cls(
            reading_ms=timeouts.reading_idle * 1000,
            form_ms=timeouts.form_idle * 1000,
            warning_ms=timeouts.warning * 1000,
            thank_you_ms=timeouts.thank_you * 1000,
            staff_ms=timeouts.staff_idle * 1000,
        )


class IdleGuard(QObject):
    warn = Signal()
    """The quiet period ran out: ask whether the patient is still there."""
    expired = Signal()
    """Nobody answered (or the thank-you screen timed out): start over."""

    def __init__(self, times: IdleTimes, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._times = times
        self._stage = Stage.START
        self._warning = False
        self._quiet = QTimer(self)
        self._quiet.setObjectName("idleQuietTimer")
        self._quiet.setSingleShot(True)
        # Precise, so the time left is exact to the millisecond (it is restarted on every touch,
        # so the cost of precision is nil).
        self._quiet.setTimerType(Qt.TimerType.PreciseTimer)
        self._quiet.timeout.connect(self._on_quiet_timeout)
        self._countdown = QTimer(self)
        self._countdown.setObjectName("idleWarningTimer")
        self._countdown.setSingleShot(True)
        self._countdown.timeout.connect(self.expired)
        self._warning_clock = QElapsedTimer()

    @property
    def warning_ms(self) -> int:
        return self._times.warning_ms

    def set_stage(self, stage: Stage) -> None:
        """Called by the window on every page change; restarts the quiet period."""
        self._stage = stage
        self._restart()

    def still_here(self) -> None:
        """The patient answered the warning: carry on with a full quiet period."""
        self._restart()

    def activity(self) -> None:
        """Something the patient is following without touching (a sentence read aloud) counts
        like a touch."""
        if not self._warning and self._quiet.isActive():
            self._quiet.start()

    def stop(self) -> None:
        self._quiet.stop()
        self._countdown.stop()
        self._warning = False

    def remaining_warning_ms(self) -> int:
        if not self._warning:
            return 0
        return max(0, self._times.warning_ms - self._warning_clock.elapsed())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        # During the warning only the overlay's answer counts, so a stray touch elsewhere on
        # the way out does not silently keep the last patient's words on screen.
        if event.type() in _ACTIVITY:
            self.activity()
        return False

    def _restart(self) -> None:
        self.stop()
        quiet = {
            Stage.START: 0,
            Stage.READING: self._times.reading_ms,
            Stage.FORM: self._times.form_ms,
            Stage.THANK_YOU: self._times.thank_you_ms,
            Stage.STAFF: self._times.staff_ms,
        }[self._stage]
        if quiet:
            self._quiet.setInterval(quiet)
            self._quiet.start()

    @Slot()
    def _on_quiet_timeout(self) -> None:
        if self._stage in (Stage.THANK_YOU, Stage.STAFF):
            self.expired.emit()
            return
        self._warning = True
        self._warning_clock.start()
        self._countdown.setInterval(self._times.warning_ms)
        self._countdown.start()
        self.warn.emit()
