"""How the screen looks for this patient: text size, high contrast, seated reach.

Chosen on the display panel, applied to the whole application at once (one style sheet), and
put back to the defaults by the reset between patients.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from kiosk import resources
from kiosk.ui.theme import DEFAULT_THEME, HIGH_CONTRAST_THEME, TEXT_SCALES, Theme, style_sheet

FONT_FAMILY = "DejaVu Sans"


@dataclass(frozen=True)
class DisplayPrefs:
    text_scale: float = TEXT_SCALES[0]
    high_contrast: bool = False
    seated: bool = False
    """Every control in the lower half of the screen, within reach from a wheelchair."""

    def theme(self) -> Theme:
        base = HIGH_CONTRAST_THEME if self.high_contrast else DEFAULT_THEME
        return base.scaled(self.text_scale)


def apply_display(prefs: DisplayPrefs) -> None:
    """Restyles every widget of the application for these preferences."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("apply_display needs a QApplication")
    theme = prefs.theme()
    font = QFont(FONT_FAMILY)
    font.setPixelSize(theme.body_px)
    app.setFont(font)
    app.setStyleSheet(style_sheet(resources.read_text(resources.STYLE_SHEET), theme))
