"""Every screen, landscape and portrait, passes what a patient would notice first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kiosk.ui.display import DisplayPrefs
from kiosk.ui.screen_fit import MIN_LANDSCAPE, MIN_PORTRAIT
from kiosk.ui.window import KioskWindow
from tests import screen_checks
from tests.conftest import LANDSCAPE, PORTRAIT, WindowFactory

ORIENTATIONS = {"landscape": LANDSCAPE, "portrait": PORTRAIT}
SIZES = {
    **ORIENTATIONS,
    # The smallest panels the kiosk starts on (kiosk/ui/screen_fit.py).
    "smallest landscape": MIN_LANDSCAPE.toTuple(),
    "smallest portrait": MIN_PORTRAIT.toTuple(),
}
SMALLEST = {"smallest landscape", "smallest portrait"}
DISPLAYS = {
    "standard": DisplayPrefs(),
    "text 150%": DisplayPrefs(text_scale=1.5),
    "high contrast 125%": DisplayPrefs(text_scale=1.25, high_contrast=True),
}


def open_keyboard(window: KioskWindow, qtbot: QtBot) -> None:
    """Touches the form's name field as a patient would, scrolled into view first (an earlier
    pass may have left the form scrolled down), and checks the keyboard came up."""
    field = window.form_page.findChild(QLineEdit, "nameField")
    scroll = window.form_page.findChild(QScrollArea, "formScroll")
    assert field is not None
    assert scroll is not None
    scroll.ensureWidgetVisible(field)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    assert window.form_page.findChild(QWidget, "onScreenKeyboard").isVisible()  # type: ignore[union-attr]


# At the smallest sizes, the two largest text sizes; 125 % in high contrast adds little there.
SIZE_AND_DISPLAY = [
    pytest.param(size, display, id=f"{size}-{display}")
    for size in SIZES
    for display in DISPLAYS
    if size not in SMALLEST or display != "high contrast 125%"
]


@pytest.mark.parametrize(("size", "display"), SIZE_AND_DISPLAY)
def test_every_screen_is_readable_and_touchable(
    make_window: WindowFactory, qtbot: QtBot, size: str, display: str
) -> None:
    window = make_window(SIZES[size])
    window.set_display_prefs(DISPLAYS[display])
    problems: list[str] = []
    for name in [*window.screen_names(), "form with keyboard"]:
        if name == "form with keyboard":
            window.show_screen("form")
            open_keyboard(window, qtbot)
        else:
            window.show_screen(name)
            window.set_display_prefs(DISPLAYS[display])  # "start" resets it
        qtbot.wait(1)  # let the layout settle before measuring
        if window.size() != QSize(*SIZES[size]):
            problems.append(f"{name}: the window grew to {window.width()}x{window.height()}")
        problems += [f"{name}: {p}" for p in screen_checks.small_targets(window)]
        problems += [f"{name}: {p}" for p in screen_checks.small_text(window)]
        problems += [f"{name}: {p}" for p in screen_checks.clipped_text(window)]
        # Contrast is measured on what is in view: at the top, then scrolled to the bottom.
        for scroll_area in screen_checks.shown(window, QScrollArea):
            assert isinstance(scroll_area, QScrollArea)
            for position in (0, scroll_area.verticalScrollBar().maximum()):
                scroll_area.verticalScrollBar().setValue(position)
                image = window.grab().toImage()
                problems += [f"{name}: {p}" for p in screen_checks.low_contrast(window, image)]
        problems += [
            f"{name}: {p}" for p in screen_checks.low_contrast(window, window.grab().toImage())
        ]
    assert sorted(set(problems)) == []


@pytest.mark.parametrize("display", ["standard", "text 150%"])
def test_on_a_low_panel_the_bars_make_way_for_the_keyboard_and_come_back_after(
    make_window: WindowFactory, qtbot: QtBot, display: str
) -> None:
    window = make_window(SIZES["smallest landscape"])
    window.show_screen("form")
    window.set_display_prefs(DISPLAYS[display])
    buttons = window.form_page.findChild(QWidget, "formButtons")
    assert buttons is not None
    open_keyboard(window, qtbot)
    assert not window.top_bar.isVisible()
    assert not window.footer.isVisible()
    assert buttons.isVisible() == (display == "standard")  # with big text they make way too
    hide = window.form_page.findChild(QPushButton, "key_hide")
    assert hide is not None
    qtbot.mouseClick(hide, Qt.MouseButton.LeftButton)
    assert window.top_bar.isVisible()
    assert window.footer.isVisible()  # "Not for emergencies ... call 911" is back
    assert buttons.isVisible()


@pytest.mark.parametrize("language", ["en", "es"])
def test_on_the_smallest_panel_the_start_screen_needs_no_scrolling(
    make_window: WindowFactory, qtbot: QtBot, language: str
) -> None:
    """A patient who reads no English must see the language button at once."""
    window = make_window(SIZES["smallest landscape"])
    window.show_screen("start")
    window.set_language(language)
    qtbot.wait(1)
    assert window.language == language
    scroll = window.start_page.findChild(QScrollArea, "startScroll")
    button = window.start_page.findChild(QWidget, "startLanguageButton")
    assert scroll is not None
    assert button is not None
    assert scroll.verticalScrollBar().maximum() == 0
    assert button.isVisible()
    assert button.mapTo(window, button.rect().bottomLeft()).y() < window.height()


# Screens that fill the window on purpose: the start screen and "Please tell the front desk now".
FULL_WINDOW = {"start", "urgent", "staff-sign-in", "staff-panel"}


def test_home_back_and_ask_are_on_every_screen_but_the_full_window_ones(
    window: KioskWindow,
) -> None:
    for name in window.screen_names():
        window.show_screen(name)
        for button_name in ("homeButton", "backButton", "askButton"):
            button = window.findChild(QPushButton, button_name)
            assert button is not None
            expected = name not in FULL_WINDOW
            if button_name == "askButton" and name in ("form", "review"):
                expected = False  # the patient is already asking
            assert button.isVisible() is expected, (name, button_name)


def test_the_checks_catch_a_tiny_button_and_clipped_text(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    """The checks themselves can fail: shrink a button or fade a text, and they say so."""
    window = make_window()
    window.show_screen("menu")
    button = window.menu_page.findChild(QPushButton, "walkthroughButton")
    assert button is not None
    button.setMinimumSize(10, 10)
    button.setFixedSize(60, 60)
    qtbot.wait(1)
    assert any("walkthroughButton" in p for p in screen_checks.small_targets(window))
    assert any("walkthroughButton" in p for p in screen_checks.clipped_text(window))


def test_the_contrast_check_catches_faint_text(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    window.show_screen("menu")
    heading = window.menu_page.findChild(QLabel, "menuHeading")
    assert heading is not None
    assert screen_checks.low_contrast(window, window.grab().toImage()) == []
    heading.setStyleSheet("color: #B0B0B0;")  # pale grey on the warm white page
    qtbot.wait(1)
    problems = screen_checks.low_contrast(window, window.grab().toImage())
    assert [p for p in problems if p.startswith("menuHeading")]


def test_the_reach_check_catches_a_control_in_the_upper_half(window: KioskWindow) -> None:
    window.show_screen("menu")  # standing: the top bar is at the top of the screen
    high = screen_checks.above_half(window, window.height())
    assert any(p.startswith("homeButton") for p in high)
    assert not any(p.startswith("askButton") for p in high)  # the footer is low


@pytest.mark.parametrize("text_scale", [1.0, 1.5])
@pytest.mark.parametrize("orientation", ORIENTATIONS)
def test_seated_mode_puts_every_control_in_the_lower_half(
    make_window: WindowFactory, qtbot: QtBot, orientation: str, text_scale: float
) -> None:
    """Measured against the screen: the window must not have grown to make room."""
    screen = QSize(*ORIENTATIONS[orientation])
    window = make_window(ORIENTATIONS[orientation])
    seated = DisplayPrefs(seated=True, text_scale=text_scale)
    problems: list[str] = []
    for name in [*window.screen_names(), "form with keyboard"]:
        if name.startswith("staff"):
            continue  # seated reach is a patient's choice; the staff panel keeps its layout
        window.show_screen("form" if name == "form with keyboard" else name)
        window.set_display_prefs(seated)  # "start" resets it
        qtbot.wait(1)  # let the layout settle before measuring
        if name == "form with keyboard":
            open_keyboard(window, qtbot)
            qtbot.wait(1)
        if window.size() != screen:
            problems.append(f"{name}: the window grew to {window.width()}x{window.height()}")
        problems += [f"{name}: {p}" for p in screen_checks.above_half(window, screen.height())]
        problems += [f"{name}: {p}" for p in screen_checks.clipped_text(window)]
    assert problems == []


def test_the_reset_stands_the_kiosk_up_again_at_the_screen_size(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(LANDSCAPE)
    window.show_screen("thanks")  # the tallest page
    window.set_display_prefs(DisplayPrefs(seated=True, text_scale=1.5))
    qtbot.wait(1)
    window.reset()
    window.show_topic("about")
    qtbot.wait(1)
    assert window.size() == QSize(*LANDSCAPE)
    top_bar = window.findChild(QWidget, "topBar")
    assert top_bar is not None
    assert top_bar.mapTo(window, top_bar.rect().topLeft()).y() == 0


def test_display_choices_apply_at_once_and_the_reset_undoes_them(
    window: KioskWindow, qtbot: QtBot
) -> None:
    window.show_topic("about")
    title = window.reading_pages["about"].findChild(QLabel, "pageTitle")
    assert title is not None
    normal_px = QFontInfo(title.font()).pixelSize()
    qtbot.mouseClick(window.findChild(QPushButton, "displayButton"), Qt.MouseButton.LeftButton)
    panel = window.findChild(QWidget, "displayPanel")
    assert panel is not None
    assert panel.isVisible()
    for chip in ("textSize150", "highContrastChip"):
        qtbot.mouseClick(window.findChild(QPushButton, chip), Qt.MouseButton.LeftButton)
    assert QFontInfo(title.font()).pixelSize() == round(normal_px * 1.5)
    assert window.current_page() is window.reading_pages["about"]  # same place
    assert window.display_prefs() == DisplayPrefs(text_scale=1.5, high_contrast=True)
    window.reset()
    assert window.display_prefs() == DisplayPrefs()
    assert not panel.isVisible()
    assert QFontInfo(title.font()).pixelSize() == normal_px
