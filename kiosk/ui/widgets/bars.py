"""The window's top bar (Home, Back, clinic name) and footer (emergency notice, Ask button).

They stay on every screen but the start screen; the window connects their signals.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QWidget

from kiosk import resources
from kiosk.ui.widgets.language_button import LanguageButton
from kiosk.ui.widgets.retranslating import RetranslatingWidget
from kiosk.ui.widgets.tile_button import TileButton
from kiosk.ui.widgets.touch_button import TouchButton

WIDE_FOOTER_PX = 1400
ASK_MAX_WIDE_PX = 900
QWIDGETSIZE_MAX = 16_777_215


class TopBar(RetranslatingWidget):
    home_requested = Signal()
    back_requested = Signal()
    display_requested = Signal()
    language_chosen = Signal(str)

    def __init__(
        self, clinic_name: str, languages: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("topBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(20)
        self.home_button = TouchButton("homeButton", icon="home")
        self.back_button = TouchButton("backButton", icon="back")
        self.display_button = TouchButton("displayButton")
        self.language_button = LanguageButton("languageButton", languages)
        self.language_button.language_chosen.connect(self.language_chosen)
        self.clinic_label = QLabel(clinic_name)
        self.clinic_label.setObjectName("clinicName")
        self.clinic_label.setProperty("role", "barTitle")
        self.clinic_label.setWordWrap(True)
        self.clinic_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.home_button)
        layout.addWidget(self.back_button)
        layout.addWidget(self.display_button)
        layout.addWidget(self.language_button)
        layout.addWidget(self.clinic_label, 1)
        self.home_button.clicked.connect(self.home_requested)
        self.back_button.clicked.connect(self.back_requested)
        self.display_button.clicked.connect(self.display_requested)
        self.retranslate_ui()

    def show_language(self, language: str) -> None:
        self.language_button.show_language(language)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        # On a narrow screen the buttons need the room; the start screen still names the clinic.
        self.clinic_label.setVisible(event.size().width() >= WIDE_FOOTER_PX)
        super().resizeEvent(event)

    def retranslate_ui(self) -> None:
        self.home_button.setText(self.tr("Home"))
        self.home_button.setAccessibleName(self.tr("Home: list of topics"))
        self.back_button.setText(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back to the screen before"))
        # "Aa" is the sign for text size that phones and tablets use; short, so the top bar
        # keeps its four buttons on one line even at 150 % text on a portrait screen.
        self.display_button.setText("Aa")
        self.display_button.setAccessibleName(self.tr("Bigger text, high contrast, seated reach"))


class FooterBar(RetranslatingWidget):
    ask_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("footerBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._layout = layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        layout.setContentsMargins(24, 14, 24, 14)
        layout.setSpacing(16)
        self.notice_label = QLabel()
        self.notice_label.setObjectName("emergencyNotice")
        self.notice_label.setProperty("role", "notice")
        self.notice_label.setWordWrap(True)
        self.ask_button = TileButton(
            "askButton", resources.icon_path("ask-light"), variant="primary", picture_px=44
        )
        layout.addWidget(self.notice_label, 1)
        layout.addWidget(self.ask_button)
        self.ask_button.clicked.connect(self.ask_requested)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.notice_label.setText(
            self.tr(
                "Not for emergencies. If this is an emergency, call 911 or tell the front desk now."
            )
        )
        self.ask_button.set_label(self.tr("Ask a question or request an appointment"))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        # Side by side on a wide screen; on a tall, narrow one the button gets the full width.
        wide = event.size().width() >= WIDE_FOOTER_PX
        self.ask_button.setMaximumWidth(ASK_MAX_WIDE_PX if wide else QWIDGETSIZE_MAX)
        self._layout.setDirection(
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        )
        super().resizeEvent(event)
