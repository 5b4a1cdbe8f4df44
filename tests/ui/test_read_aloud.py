"""The read-aloud voice on Qt's silent test engine, and a page marking what is being read."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea
from pytestqt.qtbot import QtBot

from kiosk.content.model import BulletList, Page, Paragraph, Review, Section, split_sentences
from kiosk.speech_service import DEFAULT_VOLUME, TEST_ENGINE
from kiosk.ui import read_aloud
from kiosk.ui.pages.reading_page import ReadingPage
from kiosk.ui.read_aloud import MIN_VOLUME, ReadAloud
from tests.ui.test_reading_page import make_page

HUNG_VOICE_CLOSE_S = 1.0

PAGE = Page(
    id="after",
    section=Section.AFTER,
    order=50,
    title="After RFA",
    menu_title="After RFA",
    subtitle="Going home.",
    image="about.svg",
    body=(Paragraph("Rest today. Walk tomorrow."), BulletList(("Ice helps.", "Call us."))),
    review=Review(sources=("Source A",)),
    origin="test",
)


@pytest.fixture
def speech(qtbot: QtBot) -> Iterator[ReadAloud]:
    voice = ReadAloud(TEST_ENGINE)
    with qtbot.waitSignal(voice.voices_found, timeout=10_000):
        pass
    yield voice
    voice.close()
    voice.deleteLater()


def test_sentences_split_at_full_stops_and_join_back() -> None:
    text = "Rest today. Does it hurt? Call us! Then sleep."
    assert split_sentences(text) == ("Rest today.", "Does it hurt?", "Call us!", "Then sleep.")
    assert " ".join(split_sentences(text)) == text


def test_a_page_is_read_title_first_then_every_sentence_and_bullet() -> None:
    assert [part.text for part in PAGE.spoken_parts()] == [
        "After RFA",
        "Going home.",
        "Rest today.",
        "Walk tomorrow.",
        "Ice helps.",
        "Call us.",
    ]


def test_the_voice_says_which_sentence_it_is_on_and_when_it_is_done(
    qtbot: QtBot, speech: ReadAloud
) -> None:
    started: list[int] = []
    speech.sentence_started.connect(started.append)
    with qtbot.waitSignal(speech.stopped, timeout=20_000):
        assert speech.read(["Rest today.", "Walk tomorrow.", "Call us."], "en")
        assert speech.is_reading()
    assert started == [0, 1, 2]
    assert not speech.is_reading()


def test_stop_silences_at_once_and_says_so_once(qtbot: QtBot, speech: ReadAloud) -> None:
    stops: list[bool] = []
    started: list[int] = []
    speech.stopped.connect(lambda: stops.append(True))
    speech.read(["One.", "Two."], "en")
    speech.sentence_started.connect(started.append)
    speech.stop()
    speech.stop()
    assert stops == [True]
    assert not speech.is_reading()
    # The test engine speaks both in well under a second (see the test above); were the first
    # not cut off, the second would start within this wait.
    qtbot.wait(1500)
    assert started == []


def test_a_voice_is_offered_only_for_languages_it_has(speech: ReadAloud) -> None:
    # Qt's test engine has English, Norwegian and Finnish voices, no Spanish.
    assert speech.speaks("en")
    assert not speech.speaks("es")
    assert not speech.read(["Hola."], "es")
    assert not speech.is_reading()


def test_volume_steps_stay_in_range_and_reset_restores_the_default(speech: ReadAloud) -> None:
    assert speech.volume() == pytest.approx(DEFAULT_VOLUME)
    for _ in range(10):
        speech.louder()
    assert speech.volume() == pytest.approx(1.0)
    for _ in range(10):
        speech.quieter()
    assert speech.volume() == pytest.approx(MIN_VOLUME)
    speech.read(["One.", "Two."], "en")
    speech.reset()
    assert speech.volume() == pytest.approx(DEFAULT_VOLUME)
    assert not speech.is_reading()


def test_an_engine_that_cannot_start_gives_no_voice(qtbot: QtBot) -> None:
    speech = ReadAloud("no-such-engine")
    with qtbot.waitSignal(speech.voices_found, timeout=10_000):
        pass
    assert not speech.speaks("en")
    assert not speech.read(["Hello."], "en")
    speech.close()


def test_a_voice_that_dies_mid_sentence_stops_the_reading_and_goes_away(
    qtbot: QtBot, speech: ReadAloud
) -> None:
    assert speech.read(["One two three four five six seven.", "Eight."], "en")
    with qtbot.waitSignal(speech.stopped, timeout=5000):
        speech.findChild(QProcess, "speechProcess").kill()  # type: ignore[union-attr]
    assert not speech.is_reading()
    assert not speech.speaks("en")  # no "Read to me" any more
    assert not speech.read(["Hello."], "en")


def test_closing_a_voice_that_never_ends_does_not_wait_for_it(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A speech server stuck waiting for a sound card keeps the voice's process from ending;
    the kiosk's stop (systemd's, a reboot's) must not wait for it."""
    monkeypatch.setattr(read_aloud, "SERVICE", ["-c", "import time; time.sleep(120)"])
    speech = ReadAloud(TEST_ENGINE)
    process = speech.findChild(QProcess, "speechProcess")
    assert process is not None
    qtbot.waitUntil(lambda: process.state() is QProcess.ProcessState.Running, timeout=10_000)
    started = time.monotonic()
    speech.close()
    took = time.monotonic() - started
    assert process.state() is QProcess.ProcessState.NotRunning
    assert took < HUNG_VOICE_CLOSE_S  # it used to wait 2 s, then 2 s more after killing


def test_the_voice_starts_once_the_event_loop_runs(qtbot: QtBot) -> None:
    """Starting a process costs time the first frame should not wait for."""
    speech = ReadAloud(TEST_ENGINE)
    process = speech.findChild(QProcess, "speechProcess")
    assert process is not None
    assert process.state() is QProcess.ProcessState.NotRunning
    with qtbot.waitSignal(speech.voices_found, timeout=10_000):
        pass
    assert speech.speaks("en")
    speech.close()


def button(page: ReadingPage, name: str) -> QPushButton:
    found = page.findChild(QPushButton, name)
    assert found is not None, name
    return found


def test_read_to_me_is_hidden_until_offered(qtbot: QtBot) -> None:
    page = make_page(qtbot, PAGE, step=None)
    assert not button(page, "readAloudButton").isVisible()
    page.offer_read_aloud(True)
    assert button(page, "readAloudButton").isVisible()
    assert button(page, "readAloudButton").text() == "Read to me"
    assert not button(page, "louderButton").isVisible()


def test_while_reading_the_page_marks_the_part_being_spoken(qtbot: QtBot) -> None:
    page = make_page(qtbot, PAGE, step=None)
    page.offer_read_aloud(True)
    page.set_reading(True)
    assert button(page, "readAloudButton").text() == "Stop reading"
    assert button(page, "louderButton").isVisible()
    assert button(page, "quieterButton").isVisible()
    title = page.findChild(QLabel, "pageTitle")
    body = page.findChild(QLabel, "pageBody")
    assert title is not None
    assert body is not None

    page.mark_spoken(0)
    assert title.property("spoken") is True
    assert "background-color" not in body.text()

    page.mark_spoken(page.spoken_texts().index("Walk tomorrow."))
    assert title.property("spoken") is False
    marked = body.text().split("background-color")[1]
    assert marked.split("</span>")[0].endswith("Walk tomorrow.")
    assert body.text().count("background-color") == 1

    page.mark_spoken(page.spoken_texts().index("Call us."))
    assert body.text().split("background-color")[1].split("</span>")[0].endswith("Call us.")

    page.set_reading(False)
    assert "background-color" not in body.text()
    assert button(page, "readAloudButton").text() == "Read to me"
    assert not button(page, "louderButton").isVisible()


def test_the_part_being_read_is_kept_in_view(qtbot: QtBot) -> None:
    long_page = replace(
        PAGE, body=tuple(Paragraph(f"Sentence {n} is here. And one more.") for n in range(40))
    )
    page = make_page(qtbot, long_page, step=None)
    page.resize(1600, 700)
    qtbot.waitExposed(page)
    scroll = page.findChild(QScrollArea, "pageScroll")
    assert scroll is not None
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0
    page.set_reading(True)
    last = len(page.spoken_texts()) - 1
    page.mark_spoken(last)
    assert bar.value() == bar.maximum()
    page.mark_spoken(last // 2)
    assert 0 < bar.value() < bar.maximum()
    page.mark_spoken(0)
    assert bar.value() == 0
