"""'Are you still there?': a card over the whole window with a visible countdown.

A touch anywhere on it, or on its big button, means yes. The countdown is read from the idle
guard, so what the patient sees is what will happen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.ui.widgets.labels import make_label
from kiosk.ui.widgets.retranslating import RetranslatingWidget
from kiosk.ui.widgets.touch_button import TouchButton

TICK_MS = 250


class StillThereOverlay(RetranslatingWidget):
    still_here = Signal()

    def __init__(self, remaining_ms: Callable[[], int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stillThereOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._remaining_ms = remaining_ms
        self._tick = QTimer(self)
        self._tick.setObjectName("stillThereTick")
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick_timeout)

        card = QWidget()
        card.setObjectName("stillThereCard")
        card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        card.setMaximumWidth(1000)
        self._heading = make_label("stillThereHeading", "heading", centred=True)
        self._countdown = make_label("stillThereCountdown", None, centred=True)
        self._button = TouchButton("stillHereButton", variant="primary")
        self._button.clicked.connect(self.still_here)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(56, 48, 56, 48)
        card_layout.setSpacing(32)
        card_layout.addWidget(self._heading)
        card_layout.addWidget(self._countdown)
        card_layout.addWidget(self._button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addWidget(card, 0, Qt.AlignmentFlag.AlignCenter)
        self.hide()
        self.retranslate_ui()

    def open(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self._show_seconds()
        self.show()
        self.raise_()
        self._tick.start()

    def close_overlay(self) -> None:
        self._tick.stop()
        self.hide()

    def retranslate_ui(self) -> None:
        self._heading.setText(self.tr("Are you still there?"))
        self._button.setText(self.tr("I'm still here"))
        self._show_seconds()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        self.still_here.emit()
        super().mouseReleaseEvent(event)

    @Slot()
    def _on_tick_timeout(self) -> None:
        self._show_seconds()

    def _show_seconds(self) -> None:
        seconds = -(-self._remaining_ms() // 1000)  # round up: "1 second" until it is over
        if seconds == 1:
            text = self.tr("To keep your information private, this screen starts over in 1 second.")
        else:
            text = self.tr(
                "To keep your information private, this screen starts over in {0} seconds."
            ).format(seconds)
        self._countdown.setText(text)
