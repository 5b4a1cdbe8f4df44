"""The Qt binding must not leak references to None: on Python before 3.12 that aborts the
kiosk after a few thousand calls ("Fatal Python error: none_dealloc"), as PySide6 6.12.0 did."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

CALLS = 20_000


def test_void_calls_keep_their_reference_to_none(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        timer.stop()
        label.setText("x")
        label.hide()
    # Immortal from 3.12 on (the count does not move); before that it must not fall.
    assert sys.getrefcount(None) >= before - 100
