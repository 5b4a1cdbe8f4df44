"""Seated reach while typing: the keyboard, the fields and their buttons in the lower half.

That every control on every screen is in the lower half is checked with the other screen
checks (tests/e2e/test_every_screen.py); here, what the form does to get there."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk.ui.display import DisplayPrefs
from kiosk.ui.window import KioskWindow
from tests.conftest import LANDSCAPE, PORTRAIT, WindowFactory
from tests.e2e.test_request_flow import touch_field, type_on_screen
from tests.touch import tap

SEATED = DisplayPrefs(seated=True)


def found(window: KioskWindow, name: str) -> QWidget:
    widget = window.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def keyboard_under_field(window: KioskWindow) -> bool:
    keyboard, field = found(window, "onScreenKeyboard"), found(window, "nameField")
    keyboard_top = keyboard.mapTo(window, keyboard.rect().topLeft()).y()
    return keyboard_top > field.mapTo(window, field.rect().bottomLeft()).y()


def seated_at_the_form(
    make_window: WindowFactory, qtbot: QtBot, size: tuple[int, int]
) -> KioskWindow:
    window = make_window(size)
    window.show_request()
    window.set_display_prefs(SEATED)
    qtbot.wait(1)  # laid out before the field is touched
    touch_field(qtbot, window, "nameField")
    qtbot.wait(1)
    return window


def test_seated_the_top_bar_makes_way_for_the_keyboard_and_comes_back(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = seated_at_the_form(make_window, qtbot, LANDSCAPE)
    top_bar = found(window, "topBar")
    assert found(window, "onScreenKeyboard").isVisible()
    assert not top_bar.isVisible()
    type_on_screen(qtbot, window, "Ana")
    tap(qtbot, window, "key_hide")
    assert top_bar.isVisible()
    touch_field(qtbot, window, "nameField")
    assert not top_bar.isVisible()
    window.set_display_prefs(DisplayPrefs())  # standing: the keyboard has room as it is
    assert top_bar.isVisible()
    window.set_display_prefs(SEATED)
    assert not top_bar.isVisible()
    window.show_menu()  # leaving the form takes the keyboard off the screen
    assert top_bar.isVisible()


def test_the_reset_brings_the_top_bar_back(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = seated_at_the_form(make_window, qtbot, LANDSCAPE)
    window.reset()
    window.show_request()
    assert found(window, "topBar").isVisible()


def test_seated_on_a_wide_screen_the_keyboard_sits_beside_the_fields(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = seated_at_the_form(make_window, qtbot, LANDSCAPE)
    keyboard, field = found(window, "onScreenKeyboard"), found(window, "nameField")
    assert (
        keyboard.mapTo(window, keyboard.rect().topLeft()).x()
        > field.mapTo(window, field.rect().topRight()).x()
    )
    assert keyboard.height() < 480  # keys of the least touch size: it fits the lower half
    type_on_screen(qtbot, window, "Ana")
    assert window.form_page.findChild(QWidget, "nameField").text() == "Ana"  # type: ignore[union-attr]


def test_seated_on_a_tall_screen_the_keyboard_stays_under_the_fields(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = seated_at_the_form(make_window, qtbot, PORTRAIT)
    assert keyboard_under_field(window)


def test_standing_the_keyboard_is_back_under_the_fields_at_full_size(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = seated_at_the_form(make_window, qtbot, LANDSCAPE)
    keyboard = found(window, "onScreenKeyboard")
    seated_height = keyboard.height()
    window.set_display_prefs(DisplayPrefs())
    qtbot.wait(1)
    assert keyboard.height() > seated_height
    assert keyboard_under_field(window)


def test_a_screen_turned_to_portrait_while_typing_seated_puts_the_keyboard_under(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    """The keyboard beside the fields must not hold the window at landscape width."""
    window = seated_at_the_form(make_window, qtbot, LANDSCAPE)
    window.resize(*PORTRAIT)
    qtbot.waitUntil(lambda: window.width() == PORTRAIT[0])
    qtbot.waitUntil(lambda: keyboard_under_field(window))
