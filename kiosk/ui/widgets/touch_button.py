"""Large buttons for fingers: at least 88 px each way (style sheet), a visible pressed state."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from kiosk import resources

ICON_PX = 40


class TouchButton(QPushButton):
    def __init__(
        self,
        object_name: str,
        *,
        variant: str = "secondary",
        icon: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setProperty("variant", variant)
        # Buttons act on release, so a finger that slides off cancels; no autorepeat, no focus
        # ring left behind on a touch screen.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        # A button never shrinks below the size its words need: layouts squeeze labels instead.
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        if icon:
            self.setIcon(QIcon(resources.icon_path(icon)))
            self.setIconSize(QSize(ICON_PX, ICON_PX))
