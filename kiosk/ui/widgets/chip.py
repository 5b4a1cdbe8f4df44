"""Large choices for fingers: chips ("Phone", "Weekday mornings") and a whole-row tick box."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from kiosk.ui.widgets.touch_button import TouchButton

INDICATOR_ROOM_PX = 84
"""The tick square (56 px, style sheet) and the gap before the words."""
MIN_HEIGHT_PX = 88


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


class WrappingCheckBox(TouchCheckBox):
    """A tick box whose words wrap onto more lines (the consent sentence at 150 % text)."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(object_name, parent)
        self._label = QLabel(self)
        self._label.setObjectName(f"{object_name}Label")
        self._label.setWordWrap(True)
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # Unlike a plain tick box, it may be narrower than its words: they wrap.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(INDICATOR_ROOM_PX, 8, 0, 8)
        self._layout.addWidget(self._label)

    def set_label(self, text: str) -> None:
        self._label.setText(text)
        self.setAccessibleName(text)
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self._layout.sizeHint().expandedTo(QSize(INDICATOR_ROOM_PX, MIN_HEIGHT_PX))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self._layout.minimumSize().expandedTo(QSize(INDICATOR_ROOM_PX, MIN_HEIGHT_PX))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        return max(self._layout.heightForWidth(width), MIN_HEIGHT_PX)
