"""Colour and size tokens, and the one application style sheet built from them.

resources/styles/kiosk.qss uses ``@token`` placeholders; ``style_sheet()`` fills them in. Contrast
between every text colour and the background it sits on is checked by tests/unit/test_theme.py.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, replace

TEXT_SCALES = (1.0, 1.25, 1.5)
MAX_DISPLAY_SCALE = 1.2
"""The text-size control's three steps: 100 %, 125 % and 150 %."""


@dataclass(frozen=True)
class Theme:
    # Colours
    page_bg: str = "#FAF7F2"
    surface_bg: str = "#FFFFFF"
    text: str = "#1F2933"
    muted_text: str = "#35414D"
    header_bg: str = "#E3EEF0"
    footer_bg: str = "#F1EADF"
    primary: str = "#0A4F5C"
    primary_pressed: str = "#06323A"
    on_primary: str = "#FFFFFF"
    secondary_text: str = "#0A4F5C"
    secondary_pressed_bg: str = "#DCEAEC"
    notice_text: str = "#7A1A12"
    spoken_bg: str = "#FFE39A"
    """Behind the sentence being read aloud."""
    spoken_text: str = "#1F2933"
    # Sizes in pixels at 1920x1080
    body_px: int = 32
    small_px: int = 28
    button_px: int = 30
    heading_px: int = 52
    action_px: int = 40
    """The start screen's one big button."""
    display_px: int = 72
    code_px: int = 96
    touch_px: int = 88
    radius_px: int = 18
    key_px: int = 52
    """On-screen key letters; already large, so they keep their size at every text size and
    the docked keyboard leaves room for the form."""
    key_word_px: int = 30

    def scaled(self, factor: float) -> Theme:
        """The same theme with every text size multiplied (controls grow with their words).

        The start screen's display title is already very large; it grows at most by a fifth,
        so a long word like "radiofrequency" still fits a portrait screen.
        """
        return replace(
            self,
            body_px=round(self.body_px * factor),
            small_px=round(self.small_px * factor),
            button_px=round(self.button_px * factor),
            heading_px=round(self.heading_px * factor),
            action_px=round(self.action_px * factor),
            display_px=round(self.display_px * min(factor, MAX_DISPLAY_SCALE)),
            code_px=round(self.code_px * factor),
        )

    def boundary_pairs(self) -> dict[str, tuple[str, str]]:
        """Every (control edge, background) pair: a control must stand out at 3:1 (WCAG 1.4.11)."""
        return {
            "button edge on page": (self.primary, self.page_bg),
            "button edge on top bar": (self.primary, self.header_bg),
            "button edge on footer": (self.primary, self.footer_bg),
            "text field edge": (self.muted_text, self.surface_bg),
            "chosen chip on page": (self.primary, self.page_bg),
        }

    def text_pairs(self) -> dict[str, tuple[str, str]]:
        """Every (text colour, background) pair the style sheet uses, by where it is used."""
        return {
            "body on page": (self.text, self.page_bg),
            "small print on page": (self.muted_text, self.page_bg),
            "body on card": (self.text, self.surface_bg),
            "top bar": (self.text, self.header_bg),
            "footer": (self.text, self.footer_bg),
            "emergency notice": (self.notice_text, self.footer_bg),
            "form error on page": (self.notice_text, self.page_bg),
            "urgent screen and save problem": (self.notice_text, self.surface_bg),
            "keyboard key": (self.secondary_text, self.surface_bg),
            "code on thank-you": (self.secondary_text, self.page_bg),
            "primary button": (self.on_primary, self.primary),
            "primary button pressed": (self.on_primary, self.primary_pressed),
            "secondary button": (self.secondary_text, self.surface_bg),
            "secondary button pressed": (self.secondary_text, self.secondary_pressed_bg),
            "sentence being read aloud": (self.spoken_text, self.spoken_bg),
        }


DEFAULT_THEME = Theme()

HIGH_CONTRAST_THEME = Theme(
    page_bg="#000000",
    surface_bg="#000000",
    text="#FFFFFF",
    muted_text="#E8E8E8",
    header_bg="#000000",
    footer_bg="#000000",
    primary="#FFE14D",
    primary_pressed="#FFFFFF",
    on_primary="#000000",
    secondary_text="#FFE14D",
    secondary_pressed_bg="#3A3300",
    notice_text="#FFB3B3",
    spoken_bg="#FFE14D",
    spoken_text="#000000",
)


def style_sheet(template: str, theme: Theme = DEFAULT_THEME) -> str:
    """Replaces each ``@token`` in the template (``@body_pxpx`` reads as 32px).

    An ``@`` left over names no token: that is a typo in the style sheet, so it raises.
    """
    tokens = {name: str(value) for name, value in asdict(theme).items()}
    names = "|".join(sorted(tokens, key=len, reverse=True))
    result = re.sub(f"@({names})", lambda match: tokens[match.group(1)], template)
    leftover = re.search(r"@\w+", result)
    if leftover:
        raise ValueError(f"style sheet names an unknown token {leftover.group(0)}")
    return result


def relative_luminance(hex_colour: str) -> float:
    """WCAG 2.x relative luminance of an #RRGGBB colour."""
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(foreground: str, background: str) -> float:
    lighter, darker = sorted(
        (relative_luminance(foreground), relative_luminance(background)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)
