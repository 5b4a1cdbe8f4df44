"""The theme's colours meet the contrast targets, and the style sheet names only real tokens."""

from __future__ import annotations

import pytest

from kiosk.ui.theme import DEFAULT_THEME, contrast_ratio, style_sheet
from tests.conftest import ROOT

TEMPLATE = (ROOT / "resources" / "styles" / "kiosk.qss").read_text(encoding="utf-8")


@pytest.mark.parametrize("where", DEFAULT_THEME.text_pairs())
def test_every_text_colour_has_7_to_1_contrast(where: str) -> None:
    foreground, background = DEFAULT_THEME.text_pairs()[where]
    assert contrast_ratio(foreground, background) >= 7.0


def test_contrast_ratio_matches_wcag_reference_values() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)


def test_style_sheet_fills_every_token() -> None:
    sheet = style_sheet(TEMPLATE)
    assert "@" not in sheet
    assert f"font-size: {DEFAULT_THEME.body_px}px" in sheet
    assert DEFAULT_THEME.primary in sheet


def test_nothing_depends_on_hover() -> None:
    """Touch screens have no hover: a look that only shows on hover never shows."""
    assert ":hover" not in TEMPLATE


def test_buttons_have_a_pressed_look() -> None:
    assert "QPushButton:pressed" in TEMPLATE
    assert 'QPushButton[variant="primary"]:pressed' in TEMPLATE


def test_an_unknown_token_is_an_error() -> None:
    with pytest.raises(ValueError, match="@colour_of_sky"):
        style_sheet("QLabel { color: @colour_of_sky; }")
