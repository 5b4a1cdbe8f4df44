"""Kiosk mode keeps the window up; context menus never open, in either mode."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from kiosk.app import create_window
from kiosk.config import Config
from tests.conftest import WindowFactory

ESCAPE_KEYS = [
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier),
]


class KeySpy(QLabel):
    """Records the keys that reach it."""

    def __init__(self) -> None:
        super().__init__("spy")
        self.keys: list[int] = []

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        self.keys.append(event.key())


def test_a_locked_window_ignores_close_requests(
    qtbot: QtBot, config: Config, data_dir: Path
) -> None:
    quiet = replace(config, kiosk=replace(config.kiosk, read_aloud=False))
    window = create_window(quiet, data_dir, kiosk_mode=True)
    qtbot.addWidget(window)
    window.show()
    assert window.close() is False
    assert window.isVisible()
    window.allow_close()
    assert window.close() is True


def test_a_window_run_by_hand_closes_normally(make_window: WindowFactory) -> None:
    window = make_window(kiosk_mode=False)
    assert not window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.close() is True


def test_kiosk_mode_is_frameless(make_window: WindowFactory) -> None:
    window = make_window(kiosk_mode=True)
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint


@pytest.mark.parametrize(("key", "modifier"), ESCAPE_KEYS)
def test_kiosk_mode_swallows_escape_keys(
    make_window: WindowFactory, qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier
) -> None:
    window = make_window(kiosk_mode=True)
    spy = KeySpy()
    spy.setParent(window)
    spy.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    spy.show()
    QTest.keyClick(spy, key, modifier)
    QTest.keyClick(spy, Qt.Key.Key_A)
    assert key not in spy.keys
    assert spy.keys[-1] == Qt.Key.Key_A  # ordinary typing still works


def test_windowed_mode_lets_escape_through(make_window: WindowFactory) -> None:
    window = make_window(kiosk_mode=False)
    spy = KeySpy()
    spy.setParent(window)
    spy.show()
    QTest.keyClick(spy, Qt.Key.Key_Escape)
    assert spy.keys == [Qt.Key.Key_Escape]


@pytest.mark.parametrize("kiosk_mode", [True, False])
def test_no_context_menu_event_reaches_any_widget(
    make_window: WindowFactory, kiosk_mode: bool
) -> None:
    window = make_window(kiosk_mode=kiosk_mode)
    reached: list[str] = []

    class MenuSpy(QLabel):
        def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
            reached.append("menu")

    spy = MenuSpy("spy")
    spy.setParent(window)
    spy.show()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, QPoint(2, 2), spy.mapToGlobal(QPoint(2, 2))
    )
    QApplication.sendEvent(spy, event)
    assert reached == []
