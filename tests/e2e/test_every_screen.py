"""Every screen, landscape and portrait, passes what a patient would notice first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from kiosk.ui.window import KioskWindow
from tests import screen_checks
from tests.conftest import LANDSCAPE, PORTRAIT, WindowFactory

ORIENTATIONS = {"landscape": LANDSCAPE, "portrait": PORTRAIT}


@pytest.mark.parametrize("orientation", ORIENTATIONS)
def test_every_screen_is_readable_and_touchable(
    make_window: WindowFactory, qtbot: QtBot, orientation: str
) -> None:
    window = make_window(ORIENTATIONS[orientation])
    problems: list[str] = []
    for name in [*window.screen_names(), "form with keyboard"]:
        if name == "form with keyboard":
            window.show_screen("form")
            field = window.form_page.findChild(QLineEdit, "nameField")
            assert field is not None
            qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
            assert window.form_page.findChild(QWidget, "onScreenKeyboard").isVisible()  # type: ignore[union-attr]
        else:
            window.show_screen(name)
        qtbot.wait(1)  # let the layout settle before measuring
        if window.size() != QSize(*ORIENTATIONS[orientation]):
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


# Screens that fill the window on purpose: the start screen and "Please tell the front desk now".
FULL_WINDOW = {"start", "urgent"}


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
    button = window.findChild(QPushButton, "walkthroughButton")
    assert button is not None
    button.setMinimumSize(10, 10)
    button.setFixedSize(60, 60)
    qtbot.wait(1)
    assert any("walkthroughButton" in p for p in screen_checks.small_targets(window))
    assert any("walkthroughButton" in p for p in screen_checks.clipped_text(window))


def test_the_contrast_check_catches_faint_text(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    window.show_screen("menu")
    heading = window.findChild(QLabel, "menuHeading")
    assert heading is not None
    assert screen_checks.low_contrast(window, window.grab().toImage()) == []
    heading.setStyleSheet("color: #B0B0B0;")  # pale grey on the warm white page
    qtbot.wait(1)
    problems = screen_checks.low_contrast(window, window.grab().toImage())
    assert [p for p in problems if p.startswith("menuHeading")]
