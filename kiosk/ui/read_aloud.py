"""Reads a page aloud, one sentence at a time, through Qt's text-to-speech.

Only app.py imports this module: Qt's text-to-speech loads Qt Multimedia, which needs PulseAudio's
client library (Debian's libpulse0). Without it, or without a speech engine with a voice for the
patient's language, "Read to me" is simply not offered.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QLocale, QObject, Signal, Slot
from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger(__name__)

DEFAULT_VOLUME = 0.8
VOLUME_STEP = 0.2
MIN_VOLUME = 0.2
SPEAKING_RATE = -0.15
"""A little slower than the engine's normal pace: many patients are older or not native speakers."""

TEST_ENGINE = "mock"
"""Qt's silent engine for tests; a kiosk never picks it on its own."""


def open_speech(engine: str | None = None) -> ReadAloud | None:
    """The read-aloud voice, or None where this machine cannot speak.

    ``engine`` None means the first real engine Qt finds (speech-dispatcher on Debian).
    """
    real = [name for name in QTextToSpeech.availableEngines() if name != TEST_ENGINE]
    names = [engine] if engine else real
    for name in names:
        speech = ReadAloud(QTextToSpeech(name))
        if speech.works():
            return speech
        log.warning("text-to-speech engine %r cannot speak here", name)
        speech.deleteLater()
    return None


class ReadAloud(QObject):
    """One voice for the whole kiosk: reads a list of sentences and says which one it is on.

    Sentences are spoken one at a time, each after the engine is done with the one before, so
    the sentence on screen is the one being heard with every engine (not all report their
    progress word by word).
    """

    sentence_started = Signal(int)
    """The index, in the list given to ``read``, of the sentence now being spoken."""
    stopped = Signal()
    """Reading ended: the last sentence was spoken, or ``stop`` was called."""

    def __init__(self, engine: QTextToSpeech, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        engine.setParent(self)
        self._sentences: list[str] = []
        self._next = 0
        engine.setRate(SPEAKING_RATE)
        engine.setVolume(DEFAULT_VOLUME)
        engine.stateChanged.connect(self._on_engine_state_changed)

    def works(self) -> bool:
        return self._engine.state() is not QTextToSpeech.State.Error and bool(
            self._engine.availableLocales()
        )

    def speaks(self, language: str) -> bool:
        """Whether there is a voice for ``language`` (an English voice reading Spanish is no
        help)."""
        return self._locale_for(language) is not None

    def is_reading(self) -> bool:
        return bool(self._sentences)

    def volume(self) -> float:
        return float(self._engine.volume())

    def read(self, sentences: Sequence[str], language: str) -> bool:
        """Stops whatever is being read and reads ``sentences`` in order; False if it cannot."""
        self.stop()
        locale = self._locale_for(language)
        if locale is None or not sentences:
            return False
        if self._engine.locale() != locale:
            self._engine.setLocale(locale)
        self._sentences = list(sentences)
        self._next = 0
        self._say_next()
        return True

    def stop(self) -> None:
        if not self._sentences:
            return
        self._sentences = []
        self._engine.stop(QTextToSpeech.BoundaryHint.Immediate)
        self.stopped.emit()

    def louder(self) -> None:
        self._engine.setVolume(min(1.0, self.volume() + VOLUME_STEP))

    def quieter(self) -> None:
        self._engine.setVolume(max(MIN_VOLUME, self.volume() - VOLUME_STEP))

    def reset(self) -> None:
        """For the next patient: silent, at the usual volume."""
        self.stop()
        self._engine.setVolume(DEFAULT_VOLUME)

    def _say_next(self) -> None:
        if self._next >= len(self._sentences):
            self.stop()
            return
        index = self._next
        self._next += 1
        self.sentence_started.emit(index)
        self._engine.say(self._sentences[index])

    def _locale_for(self, language: str) -> QLocale | None:
        wanted = QLocale(language)
        voices = [
            locale
            for locale in self._engine.availableLocales()
            if locale.language() == wanted.language()
        ]
        if not voices:
            return None
        # The language's main country first (es -> es_ES, en -> en_US), else the first voice.
        return next((v for v in voices if v.territory() == wanted.territory()), voices[0])

    @Slot(QTextToSpeech.State)
    def _on_engine_state_changed(self, state: QTextToSpeech.State) -> None:
        if not self._sentences:
            return
        if state is QTextToSpeech.State.Ready:
            self._say_next()
        elif state is QTextToSpeech.State.Error:
            # The patient must not be left with a "Stop reading" button that stops nothing.
            log.warning("text-to-speech failed: %s", self._engine.errorReason().name)
            self.stop()
