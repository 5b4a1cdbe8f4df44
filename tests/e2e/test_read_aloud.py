"""Read to me, through the whole window on Qt's silent test engine: marks what it reads, stops
whenever the patient moves on, and leaves nothing behind for the next patient."""

from __future__ import annotations

import importlib.util
from dataclasses import replace

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from kiosk.config import Config
from kiosk.speech_service import DEFAULT_VOLUME
from kiosk.ui.pages.reading_page import ReadingPage
from kiosk.ui.read_aloud import ReadAloud
from kiosk.ui.window import KioskWindow
from tests.conftest import WindowFactory
from tests.touch import tap


@pytest.fixture
def window(make_window: WindowFactory) -> KioskWindow:
    return make_window(read_aloud=True)


def voice(window: KioskWindow) -> ReadAloud:
    found = window.findChild(ReadAloud)
    assert isinstance(found, ReadAloud)
    return found


def reading(window: KioskWindow) -> ReadingPage:
    page = window.current_page()
    assert isinstance(page, ReadingPage)
    return page


def marked_text(page: ReadingPage) -> str:
    """What the page shows as being read: the title, subtitle or marked part of the body."""
    for name in ("pageTitle", "pageSubtitle"):
        label = page.findChild(QLabel, name)
        assert label is not None
        if label.property("spoken"):
            return label.text()
    body = page.findChild(QLabel, "pageBody")
    assert body is not None
    if "background-color" not in body.text():
        return ""
    return body.text().split("background-color")[1].split(">", 1)[1].split("</span>")[0]


def read_button(window: KioskWindow) -> QPushButton:
    shown = [b for b in window.findChildren(QPushButton, "readAloudButton") if b.isVisible()]
    assert len(shown) == 1
    return shown[0]


def start_reading(window: KioskWindow, qtbot: QtBot, page_id: str = "about") -> ReadingPage:
    window.show_topic(page_id)
    page = reading(window)
    # The voice starts in its own process; "Read to me" shows once it has named its voices.
    qtbot.waitUntil(lambda: voice(window).speaks("en"), timeout=10_000)
    tap(qtbot, window, "readAloudButton")
    qtbot.waitUntil(lambda: marked_text(page) != "")
    return page


def test_the_page_is_read_in_order_with_the_sentence_marked(
    window: KioskWindow, qtbot: QtBot
) -> None:
    page = start_reading(window, qtbot)
    assert marked_text(page) == page.page.title
    assert read_button(window).text() == "Stop reading"
    heard: list[str] = []
    voice(window).sentence_started.connect(lambda _index: heard.append(marked_text(page)))
    qtbot.waitUntil(lambda: len(heard) >= 3, timeout=20_000)
    spoken = page.spoken_texts()
    assert heard[:3] == spoken[1:4]  # each sentence marked as it is spoken, in order


def test_stop_reading_stops_and_unmarks(window: KioskWindow, qtbot: QtBot) -> None:
    page = start_reading(window, qtbot)
    tap(qtbot, window, "readAloudButton")
    assert not voice(window).is_reading()
    assert marked_text(page) == ""
    assert read_button(window).text() == "Read to me"


@pytest.mark.parametrize("move", ["next", "home", "ask"])
def test_moving_on_stops_the_reading(window: KioskWindow, qtbot: QtBot, move: str) -> None:
    page = start_reading(window, qtbot)
    tap(qtbot, window, {"next": "nextButton", "home": "homeButton", "ask": "askButton"}[move])
    assert window.current_page() is not page
    assert not voice(window).is_reading()
    assert marked_text(page) == ""


def test_a_language_change_stops_the_reading(window: KioskWindow, qtbot: QtBot) -> None:
    english = start_reading(window, qtbot)
    window.set_language("es")
    assert not voice(window).is_reading()
    assert marked_text(english) == ""
    # Qt's test engine has no Spanish voice: an English voice must not read Spanish.
    assert not reading(window).findChild(QPushButton, "readAloudButton").isVisible()  # type: ignore[union-attr]


def test_reset_silences_and_brings_the_volume_back(window: KioskWindow, qtbot: QtBot) -> None:
    start_reading(window, qtbot)
    tap(qtbot, window, "louderButton")
    assert voice(window).volume() > DEFAULT_VOLUME
    window.reset()
    assert not voice(window).is_reading()
    assert voice(window).volume() == pytest.approx(DEFAULT_VOLUME)


def test_listening_counts_as_being_there(window: KioskWindow, qtbot: QtBot) -> None:
    page = start_reading(window, qtbot)
    timer = window.findChild(QTimer, "idleQuietTimer")
    assert timer is not None
    quiet_ms = timer.interval()
    qtbot.wait(200)
    before = timer.remainingTime()
    with qtbot.waitSignal(voice(window).sentence_started, timeout=10_000):
        pass
    assert timer.remainingTime() > before  # restarted by the new sentence, not by a touch
    assert timer.remainingTime() <= quiet_ms
    assert marked_text(page) != ""


def test_without_a_voice_there_is_no_read_to_me(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window(read_aloud=True, speech_engine="no-such-engine")
    qtbot.waitUntil(voice(window).has_answered, timeout=10_000)
    for page_id in window.reading_pages:
        window.show_topic(page_id)
        buttons = reading(window).findChildren(QPushButton, "readAloudButton")
        assert [b for b in buttons if b.isVisible()] == []


def test_a_kiosk_installed_without_its_voice_offers_no_read_to_me(
    make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``make install VOICE=no`` leaves out PySide6-Addons and with it QtTextToSpeech."""
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *args: None if name == "PySide6.QtTextToSpeech" else real_find_spec(name),
    )
    window = make_window(read_aloud=True)
    window.show_topic("about")
    assert window.findChild(ReadAloud) is None  # no voice process started
    assert not reading(window).findChild(QPushButton, "readAloudButton").isVisible()  # type: ignore[union-attr]


def test_a_clinic_can_turn_read_aloud_off(make_window: WindowFactory, config: Config) -> None:
    quiet = replace(config, kiosk=replace(config.kiosk, read_aloud=False))
    window = make_window(settings=quiet)
    window.show_topic("about")
    assert window.findChild(ReadAloud) is None
    assert not reading(window).findChild(QPushButton, "readAloudButton").isVisible()  # type: ignore[union-attr]
