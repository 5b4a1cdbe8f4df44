"""A screen reader can name every control on every screen, in the current language."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kiosk.ui.window import KioskWindow
from tests import screen_checks

INTERACTIVE = (QAbstractButton, QLineEdit, QPlainTextEdit, QAbstractItemView)


def unnamed(window: KioskWindow) -> list[str]:
    missing = []
    for kind in INTERACTIVE:
        for widget in screen_checks.shown(window, kind):
            accessible = QAccessible.queryAccessibleInterface(widget)
            name = accessible.text(QAccessible.Text.Name) if accessible else ""
            if not name.strip():
                missing.append(widget.objectName() or type(widget).__name__)
    return missing


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_control_on_every_screen_has_a_name(
    window: KioskWindow, qtbot: QtBot, language: str
) -> None:
    problems: list[str] = []
    for name in window.screen_names():
        window.show_screen(name)
        window.set_language(language)
        if name == "form":
            keyboard = window.form_page.findChild(QWidget, "onScreenKeyboard")
            assert keyboard is not None
            keyboard.show()  # its keys too
        problems += [f"{name}: {control}" for control in unnamed(window)]
    assert problems == []


def test_names_follow_the_language(window: KioskWindow) -> None:
    window.show_screen("menu")
    home = window.top_bar.home_button
    english = QAccessible.queryAccessibleInterface(home).text(QAccessible.Text.Name)
    window.set_language("es")
    spanish = QAccessible.queryAccessibleInterface(home).text(QAccessible.Text.Name)
    assert english.startswith("Home")
    assert spanish
    assert spanish != english
