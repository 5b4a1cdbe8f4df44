"""A row of dots, one per step, the current one filled: "Step k of n" at a glance."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

DOT_PX = 28


class StepDots(QWidget):
    def __init__(self, current: int, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepDots")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        for number in range(1, count + 1):
            dot = QLabel(self)
            dot.setObjectName(f"stepDot{number}")
            dot.setProperty("current", number == current)
            dot.setFixedSize(DOT_PX, DOT_PX)
            layout.addWidget(dot)
