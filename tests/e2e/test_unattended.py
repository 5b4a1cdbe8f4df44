"""Left alone, the kiosk asks once, then wipes everything and returns to its start screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from kiosk.ui.session import IdleTimes
from kiosk.ui.window import KioskWindow
from tests.conftest import WindowFactory
from tests.privacy import traces_of
from tests.touch import tap

SLOW = 60_000
MARKER = "Zyqxmarker"


def idle(**changes: int) -> IdleTimes:
    times = {"reading_ms": SLOW, "form_ms": SLOW, "warning_ms": SLOW, "thank_you_ms": SLOW}
    return IdleTimes(**{**times, **changes})


def overlay(window: KioskWindow) -> QWidget:
    found = window.findChild(QWidget, "stillThereOverlay")
    assert found is not None
    return found


def test_a_reading_screen_asks_then_starts_over(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window(idle_times=idle(reading_ms=40, warning_ms=300))
    window.show_topic("step-2")
    qtbot.waitUntil(overlay(window).isVisible)
    countdown = window.findChild(QLabel, "stillThereCountdown")
    assert countdown is not None
    assert "starts over in" in countdown.text()
    assert window.current_page() is window.reading_pages["step-2"]  # not yet
    qtbot.waitUntil(lambda: window.current_page() is window.start_page)
    assert not overlay(window).isVisible()


def test_im_still_here_keeps_the_page_as_often_as_needed(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(idle_times=idle(reading_ms=40, warning_ms=SLOW))
    window.show_topic("after")
    for _ in range(3):
        qtbot.waitUntil(overlay(window).isVisible)
        tap(qtbot, window, "stillHereButton")
        assert not overlay(window).isVisible()
        assert window.current_page() is window.reading_pages["after"]


def test_forms_use_their_own_time_and_the_thank_you_screen_just_ends(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(idle_times=idle(form_ms=40, warning_ms=40, thank_you_ms=40))
    window.show_topic("after")
    window.show_request()
    qtbot.waitUntil(lambda: window.current_page() is window.start_page)
    window.show_screen("thanks")
    qtbot.waitUntil(lambda: window.current_page() is window.start_page)


def test_touches_restart_the_quiet_period(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window(idle_times=idle(reading_ms=5_000))
    window.show_topic("before")
    quiet = window.findChild(QTimer, "idleQuietTimer")
    assert quiet is not None
    qtbot.waitUntil(lambda: quiet.remainingTime() < 4_950)
    qtbot.mouseClick(window.reading_pages["before"], Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert quiet.remainingTime() > 4_950


def test_the_start_screen_has_no_idle_timer_and_timers_are_monotonic(
    window: KioskWindow,
) -> None:
    quiet = window.findChild(QTimer, "idleQuietTimer")
    assert quiet is not None
    assert window.current_page() is window.start_page
    assert not quiet.isActive()
    # Qt timers and the countdown clock run on the monotonic clock: wall-clock changes
    # (daylight saving, an NTP jump, a wrong date set by hand) neither fire nor delay them.
    assert QElapsedTimer.clockType() == QElapsedTimer.ClockType.MonotonicClock


def type_marker_everywhere(window: KioskWindow) -> None:
    window.show_request()
    for field in window.form_page.findChildren(QLineEdit):
        field.setFocus()
        field.insert(f"{MARKER} {field.objectName()}")
    message = window.form_page.findChild(QPlainTextEdit, "messageField")
    assert message is not None
    message.insertPlainText(f"{MARKER} in the message")
    QGuiApplication.clipboard().setText(f"{MARKER} copied")


@pytest.mark.parametrize("path", ["idle", "start over", "after sending"])
def test_every_reset_path_leaves_no_trace_of_the_patient(
    make_window: WindowFactory, qtbot: QtBot, path: str, data_dir: Path
) -> None:
    window = make_window(idle_times=idle(form_ms=40, warning_ms=40, thank_you_ms=40))
    type_marker_everywhere(window)
    assert traces_of(MARKER, window)  # the search finds what is there
    type_marker_everywhere(window)  # the search above used up the undo history

    if path == "idle":
        qtbot.waitUntil(lambda: window.current_page() is window.start_page)
    elif path == "start over":
        tap(qtbot, window, "startOverButton")
    else:
        window.form_page.findChild(QPushButton, "contact_front_desk").setChecked(True)  # type: ignore[union-attr]
        window.form_page.findChild(QCheckBox, "consentBox").setChecked(True)  # type: ignore[union-attr]
        window.form_page.findChild(QLineEdit, "phoneField").setText("")  # type: ignore[union-attr]
        window.form_page.findChild(QLineEdit, "emailField").setText("")  # type: ignore[union-attr]
        tap(qtbot, window, "reviewButton")
        tap(qtbot, window, "sendButton")
        assert window.current_page() is window.thanks_page
        assert traces_of(MARKER, window) == []  # nothing personal on the thank-you screen
        qtbot.waitUntil(lambda: window.current_page() is window.start_page)

    assert window.current_page() is window.start_page
    assert traces_of(MARKER, window) == []


def test_the_start_screen_changes_slowly_and_stops_when_hidden(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(idle_times=IdleTimes(SLOW, SLOW, SLOW, SLOW, attract_change_ms=30))
    first = window.start_page.current_highlight()
    qtbot.waitUntil(lambda: window.start_page.current_highlight() != first)
    attract = window.findChild(QTimer, "attractTimer")
    assert attract is not None
    assert attract.isActive()
    window.show_menu()
    assert not attract.isActive()


def test_the_first_touch_only_wakes_the_kiosk(window: KioskWindow, qtbot: QtBot) -> None:
    window.show_menu()
    tile = window.menu_page.findChild(QPushButton, "topic_about")
    assert tile is not None
    spot = tile.mapTo(window, tile.rect().center())
    window.reset()
    touched = window.childAt(spot)  # what a finger at that spot lands on
    assert touched is not None
    qtbot.mouseClick(touched, Qt.MouseButton.LeftButton, pos=touched.mapFrom(window, spot))
    assert window.current_page() is window.menu_page  # woke up; the tile was not pressed
