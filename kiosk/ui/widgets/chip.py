"""Large choices for fingers: chips ("Phone", "Weekday mornings") and a whole-row tick box."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QCheckBox, QWidget

from kiosk.ui.widgets.touch_button import TouchButton


class ChipButton(TouchButton):
    """A checkable button for one choice among a few."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(object_name, variant="chip", parent=parent)
        self.setCheckable(True)


class TouchCheckBox(QCheckBox):
    """A tick box that a touch anywhere on its row toggles, not only on the small square."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 (Qt override)
        return self.rect().contains(pos)
