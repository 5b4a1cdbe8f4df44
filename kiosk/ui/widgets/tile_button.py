"""A menu tile: a picture and a label that wraps onto two lines if it must."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

PICTURE_PX = 84


class TileButton(QPushButton):
    def __init__(self, object_name: str, image_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setProperty("variant", "tile")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._layout = layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 20, 12)
        layout.setSpacing(20)
        picture = QSvgWidget(image_path, self)
        picture.setFixedSize(QSize(PICTURE_PX, PICTURE_PX))
        picture.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        # Clicks on the picture and label fall through to the button.
        picture.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._label = QLabel(self)
        self._label.setObjectName(f"{object_name}Label")
        self._label.setWordWrap(True)
        self._label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout.addWidget(picture)
        layout.addWidget(self._label, 1)

    def set_label(self, text: str) -> None:
        self._label.setText(text)
        self.setAccessibleName(text)
        self.updateGeometry()

    def label(self) -> str:
        return self._label.text()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self._layout.sizeHint().expandedTo(QSize(0, PICTURE_PX + 24))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self._layout.minimumSize()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        return max(self._layout.heightForWidth(width), PICTURE_PX + 24)
