"""The theme's colours meet the contrast targets, and the style sheet names only real tokens."""

from __future__ import annotations

import pytest

from kiosk.ui.theme import DEFAULT_THEME, HIGH_CONTRAST_THEME, contrast_ratio, style_sheet
from tests.conftest import ROOT

TEMPLATE = (ROOT / "resources" / "styles" / "kiosk.qss").read_text(encoding="utf-8")


THEMES = {"standard": DEFAULT_THEME, "high contrast": HIGH_CONTRAST_THEME}


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("where", DEFAULT_THEME.text_pairs())
def test_every_text_colour_has_7_to_1_contrast(theme: str, where: str) -> None:
    foreground, background = THEMES[theme].text_pairs()[where]
    assert contrast_ratio(foreground, background) >= 7.0


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("where", DEFAULT_THEME.boundary_pairs())
def test_every_control_edge_has_3_to_1_contrast(theme: str, where: str) -> None:
    edge, background = THEMES[theme].boundary_pairs()[where]
    assert contrast_ratio(edge, background) >= 3.0


def test_high_contrast_is_higher_than_standard() -> None:
    for where, (fg, bg) in HIGH_CONTRAST_THEME.text_pairs().items():
        standard = contrast_ratio(*DEFAULT_THEME.text_pairs()[where])
        assert contrast_ratio(fg, bg) >= min(standard, 12.0), where


def test_text_scales_grow_text_but_not_touch_targets_or_keys() -> None:
    large = DEFAULT_THEME.scaled(1.5)
    assert large.body_px == 48
    assert large.heading_px == 78
    assert large.touch_px == DEFAULT_THEME.touch_px
    assert large.key_px == DEFAULT_THEME.key_px


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
