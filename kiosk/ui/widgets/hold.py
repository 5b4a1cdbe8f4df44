"""Press and hold: the hidden way into the staff sign-in (nothing on screen hints at it)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot


class HoldDetector(QObject):
    """Event filter: emits `held` when a watched widget is pressed for `hold_ms` without release.

    A finger that lifts or slides away early cancels it, so a patient resting a hand on the
    clinic name does not open anything unless they keep still for the whole time.
    """

    held = Signal()

    def __init__(self, hold_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setObjectName("staffHoldTimer")
        self._timer.setSingleShot(True)
        self._timer.setInterval(hold_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._fired = False

    def watch(self, widget: QObject) -> None:
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            self._fired = False
            self._timer.start()
        elif kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd) and self._fired:
            # The finger lifting after a hold ends the gesture; it is not also a tap on
            # whatever is under it (the start screen would start the walkthrough).
            self._fired = False
            return True
        elif kind in (
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.TouchEnd,
            QEvent.Type.TouchCancel,
            QEvent.Type.Leave,
            QEvent.Type.Hide,
        ):
            self._timer.stop()
        return False

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._fired = True
        self.held.emit()
