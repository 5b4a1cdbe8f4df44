"""A stack of screens that asks only for the room of the screen it shows."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QStackedWidget, QWidget


class ScreenStack(QStackedWidget):
    """QStackedWidget asks for the minimum of its largest screen, so one tall screen (large
    text, a QR code) would hold every other one, and the window, taller than a small panel.
    This one asks for the shown screen's needs only, and again whenever another is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(self.updateGeometry)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        shown = self.currentWidget()
        return shown.minimumSizeHint() if shown is not None else QSize(0, 0)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        shown = self.currentWidget()
        return shown.sizeHint() if shown is not None else QSize(0, 0)

    def event(self, event: QEvent) -> bool:
        # A screen's needs changed (the keyboard came up, bigger text): QStackedWidget passes
        # that on only when its largest screen's needs change, so the window would keep the
        # shown screen's old needs.
        if event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().event(event)
