"""Recognises a horizontal swipe on a page, from a finger or a mouse drag."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Signal
from PySide6.QtGui import QMouseEvent

# A swipe travels at least this far sideways and mostly sideways; anything less is a tap or a
# scroll. 120 px is about 3 cm on a 21.5" 1080p screen.
MIN_DISTANCE_PX = 120
MAX_SLOPE = 0.6


class SwipeFilter(QObject):
    """Event filter: install on the page and on its scroll viewport (see ReadingPage).

    Touch arrives as synthesised mouse events; kinetic scrolling replays the press and release of
    a drag it does not use, so a sideways drag over scrolling text still reaches this filter.
    Positions are compared in global coordinates because press and release may be seen on
    different widgets of the page.
    """

    swiped_left = Signal()
    swiped_right = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._start: QPointF | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            self._start = event.globalPosition()
        elif kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            start, self._start = self._start, None
            if start is not None:
                self._judge(event.globalPosition() - start)
        return False

    def _judge(self, delta: QPointF) -> None:
        dx, dy = delta.x(), delta.y()
        if abs(dx) < MIN_DISTANCE_PX or abs(dy) > abs(dx) * MAX_SLOPE:
            return
        if dx < 0:
            self.swiped_left.emit()
        else:
            self.swiped_right.emit()
