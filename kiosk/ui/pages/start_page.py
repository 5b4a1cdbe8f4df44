"""The start screen: what this kiosk is about, and a touch anywhere begins."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QHideEvent, QMouseEvent, QResizeEvent, QShowEvent
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.widgets.kinetic import make_scroll_area
from kiosk.ui.widgets.labels import make_label
from kiosk.ui.widgets.language_button import LanguageButton
from kiosk.ui.widgets.retranslating import RetranslatingWidget
from kiosk.ui.widgets.tile_button import TileButton

PICTURE_PX = 320
PICTURE_MIN_SCREEN_PX = 900
START_BUTTON_MAX_PX = 1100


@dataclass(frozen=True)
class Highlight:
    """One topic the start screen shows for a few seconds: its picture and its title."""

    image_path: str
    caption: str


class StartPage(RetranslatingWidget):
    """The attract screen: calm, never blank, slowly showing what there is to read.

    A touch anywhere only wakes the kiosk: the press and release both land on this page, so
    nothing under the finger on the next screen is pressed. The highlight timer runs only
    while the page is on screen and ticks every few seconds, so an idle kiosk costs almost no
    processor time.
    """

    start_requested = Signal()
    language_chosen = Signal(str)

    def __init__(
        self,
        clinic_name: str,
        languages: list[str],
        highlights: list[Highlight],
        *,
        change_ms: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._highlights = highlights
        self._shown = 0
        self._timer = QTimer(self)
        self._timer.setObjectName("attractTimer")
        self._timer.setInterval(change_ms)
        self._timer.timeout.connect(self._on_timer_timeout)

        self._clinic = make_label("startClinicName", "barTitle", clinic_name, centred=True)
        self._title = make_label("startTitle", "display", centred=True)
        self._intro = make_label("startIntro", None, centred=True)
        self._picture = QSvgWidget()
        self._picture.setObjectName("startPicture")
        # The picture gives way first when the words need the height (a small panel, big text):
        # it asks for no room of its own and takes up to a fifth of the height.
        self._picture.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        self._picture.setMinimumSize(0, 0)
        self._picture.setMaximumSize(QSize(PICTURE_PX, PICTURE_PX))
        self._highlight = make_label("startHighlight", "eyebrow", centred=True)
        self._start_button = TileButton("startButton", variant="primary", centred=True)
        self._start_button.setMaximumWidth(START_BUTTON_MAX_PX)
        self._start_button.clicked.connect(self.start_requested)
        self._language_button = LanguageButton("startLanguageButton", languages)
        self._language_button.language_chosen.connect(self.language_chosen)

        centre = Qt.AlignmentFlag.AlignHCenter
        content = QWidget()
        content.setObjectName("startContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(80, 32, 80, 32)
        layout.setSpacing(20)
        layout.addStretch(1)
        for label in (self._clinic, self._title, self._intro):
            layout.addWidget(label)
        layout.addWidget(self._picture, 0, centre)
        layout.addWidget(self._highlight)
        # Centred by stretches, not by alignment, so the button's words may wrap (150 % text).
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self._start_button, 100)
        button_row.addStretch(1)
        layout.addLayout(button_row)
        layout.addWidget(self._language_button, 0, centre)
        layout.addStretch(1)
        # Only a small panel with big text (a patient who went Back from the topics) needs to
        # scroll; a touch that does not scroll still starts (the scroll area passes it up).
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(make_scroll_area("startScroll", content))
        self._show_highlight(0)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self._title.setText(self.tr("Learn about radiofrequency ablation"))
        self._intro.setText(
            self.tr(
                "Also called rhizotomy. A short, plain guide to this treatment for joint pain, "
                "one screen at a time."
            )
        )
        self._start_button.set_label(self.tr("Touch anywhere to start"))

    def clinic_label(self) -> QLabel:
        """Where staff press and hold to sign in."""
        return self._clinic

    def show_language(self, language: str) -> None:
        self._language_button.show_language(language)

    def set_highlights(self, highlights: list[Highlight]) -> None:
        self._highlights = highlights
        self._show_highlight(self._shown % len(highlights) if highlights else 0)

    def current_highlight(self) -> str:
        return self._highlight.text()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        height = event.size().height()
        side = min(PICTURE_PX, height // 5)
        self._picture.setMaximumSize(QSize(side, side))
        # On a low panel (1280 x 720, 1366 x 768) the picture and its caption give their room
        # to the words and the buttons, so the language button is in view without scrolling.
        roomy = height >= PICTURE_MIN_SCREEN_PX
        self._picture.setVisible(roomy)
        self._highlight.setVisible(roomy)
        super().resizeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        self._show_highlight(0)
        if len(self._highlights) > 1:
            self._timer.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        self._timer.stop()
        super().hideEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        # A touch anywhere starts, not only on the button.
        if self.rect().contains(event.position().toPoint()):
            self.start_requested.emit()
        super().mouseReleaseEvent(event)

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._show_highlight((self._shown + 1) % len(self._highlights))

    def _show_highlight(self, index: int) -> None:
        if not self._highlights:
            return
        self._shown = index
        highlight = self._highlights[index]
        self._picture.load(highlight.image_path)
        self._picture.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self._highlight.setText(highlight.caption)
