"""A finger on the real window: tap the one button of a name that is on screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot


def tap(qtbot: QtBot, window: QWidget, name: str) -> None:
    """Taps the one visible button of that name (each language's pages have their own)."""
    on_screen = [b for b in window.findChildren(QPushButton, name) if b.isVisible()]
    assert len(on_screen) == 1, f"{len(on_screen)} buttons named {name} on screen"
    qtbot.mouseClick(on_screen[0], Qt.MouseButton.LeftButton)
