"""A button whose words wrap onto more lines instead of being cut: menu tiles, and the long
buttons ("Ask a question or request an appointment") that must survive 150 % text."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

PICTURE_PX = 84
MIN_HEIGHT_PX = 88


class TileButton(QPushButton):
    def __init__(
        self,
        object_name: str,
        image_path: str | None = None,
        *,
        variant: str = "tile",
        picture_px: int = PICTURE_PX,
        centred: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setProperty("variant", variant)
        self.setProperty("wraps", True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._layout = layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 20, 12)
        layout.setSpacing(20)
        self._picture_px = picture_px if image_path else 0
        if image_path:
            picture = QSvgWidget(image_path, self)
            picture.setFixedSize(QSize(picture_px, picture_px))
            picture.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
            # Clicks on the picture and label fall through to the button.
            picture.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(picture)
        self._label = QLabel(self)
        self._label.setObjectName(f"{object_name}Label")
        self._label.setWordWrap(True)
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        if centred:
            self._label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self._label, 1)

    def set_label(self, text: str) -> None:
        self._label.setText(text)
        self.setAccessibleName(text)
        self.updateGeometry()

    def label(self) -> str:
        return self._label.text()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self._layout.sizeHint().expandedTo(QSize(0, self._min_height()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self._layout.minimumSize().expandedTo(QSize(MIN_HEIGHT_PX, self._min_height()))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        return max(self._layout.heightForWidth(width), self._min_height())

    def _min_height(self) -> int:
        return max(self._picture_px + 24, MIN_HEIGHT_PX)
