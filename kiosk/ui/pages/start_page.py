"""The start screen: what this kiosk is about, and a touch anywhere begins."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk import resources
from kiosk.ui.widgets.retranslating import RetranslatingWidget
from kiosk.ui.widgets.touch_button import TouchButton

PICTURE_PX = 360


class StartPage(RetranslatingWidget):
    start_requested = Signal()

    def __init__(self, clinic_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 60, 80, 60)
        layout.setSpacing(28)
        centre = Qt.AlignmentFlag.AlignHCenter

        self._clinic = QLabel(clinic_name)
        self._clinic.setObjectName("startClinicName")
        self._clinic.setProperty("role", "barTitle")
        self._title = QLabel()
        self._title.setObjectName("startTitle")
        self._title.setProperty("role", "display")
        self._intro = QLabel()
        self._intro.setObjectName("startIntro")
        picture = QSvgWidget(resources.image_path("about.svg"), self)
        picture.setObjectName("startPicture")
        picture.setFixedSize(QSize(PICTURE_PX, PICTURE_PX))
        picture.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self._start_button = TouchButton("startButton", variant="primary", icon="next-light")
        self._start_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # icon after text
        self._start_button.clicked.connect(self.start_requested)

        for label in (self._clinic, self._title, self._intro):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        layout.addWidget(self._clinic)
        layout.addWidget(self._title)
        layout.addWidget(self._intro)
        layout.addWidget(picture, 0, centre)
        layout.addWidget(self._start_button, 0, centre)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self._title.setText(self.tr("Learn about radiofrequency ablation"))
        self._intro.setText(
            self.tr(
                "Also called rhizotomy. A short, plain guide to this treatment for joint pain, "
                "one screen at a time."
            )
        )
        self._start_button.setText(self.tr("Touch to start"))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        # A touch anywhere starts, not only on the button.
        if self.rect().contains(event.position().toPoint()):
            self.start_requested.emit()
        super().mouseReleaseEvent(event)
