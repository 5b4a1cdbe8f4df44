"""The voice's own process: ``python -m kiosk.speech_service [ENGINE]``, started by the kiosk.

Qt's text-to-speech calls are synchronous and, in PySide6, hold Python's lock while they run. A
speech server that waits for a sound card that is not there (no sound server for the kiosk's
user, a screen's speakers unplugged) blocks them for as long as it waits; in the kiosk's own
process that would freeze the screen, and after the watchdog's restart freeze it again. Here it
only keeps this process waiting, and the kiosk goes on without a voice.

One JSON object per line. The kiosk writes ``{"read": N, "sentences": [...], "locale": "es_ES"}``,
``{"stop": true}`` and ``{"volume": 0.8}``; this process answers ``{"voices": ["en_US", ...]}``
once at the start (empty: it cannot speak here), then ``{"sentence": [N, i]}`` as sentence i of
reading N starts and ``{"finished": N}`` when reading N ends. It exits when its input closes.
"""

from __future__ import annotations

import json
import logging
import sys
import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QLoggingCategory, QObject, Signal, Slot

DEFAULT_VOLUME = 0.8
SPEAKING_RATE = -0.15
"""A little slower than the engine's normal pace: many patients are older or not native speakers."""
TEST_ENGINE = "mock"
"""Qt's silent engine for tests; a kiosk never picks it on its own."""

log = logging.getLogger("kiosk.speech")


class Voice(QObject):
    """Speaks sentences one at a time, each after the engine is done with the one before, so
    the sentence on screen is the one being heard with every engine (not all of them report
    their progress word by word)."""

    def __init__(self, engine: str) -> None:
        super().__init__()
        self._engine: Any = None
        self._reading = 0
        self._sentences: list[str] = []
        self._next = 0
        # Imported here: loading Qt Multimedia reports every sound system it does not find
        # (PipeWire on a PulseAudio machine), which is no fault of the kiosk's.
        QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver.warning=false")
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech  # noqa: PLC0415
        except ImportError as error:  # Qt Multimedia needs PulseAudio's libpulse0
            log.warning("read-aloud is off: Qt's text-to-speech did not load (%s)", error)
            self._engine = None
            _send({"voices": []})
            return

        self._states = QTextToSpeech.State
        self._immediately = QTextToSpeech.BoundaryHint.Immediate
        real = [name for name in QTextToSpeech.availableEngines() if name != TEST_ENGINE]
        for name in [engine] if engine else real:
            candidate = QTextToSpeech(name, self)
            if candidate.state() is not self._states.Error and candidate.availableLocales():
                candidate.setRate(SPEAKING_RATE)
                candidate.setVolume(DEFAULT_VOLUME)
                candidate.stateChanged.connect(self._on_engine_state_changed)
                self._engine = candidate
                break
            log.warning("text-to-speech engine %r cannot speak here", name)
            candidate.deleteLater()
        locales = self._engine.availableLocales() if self._engine is not None else []
        _send({"voices": [locale.name() for locale in locales]})

    @Slot(str)
    def handle(self, line: str) -> None:
        """One command from the kiosk; anything else is ignored."""
        try:
            command = json.loads(line)
            if "read" in command:
                reading = int(command["read"])
                sentences = [str(sentence) for sentence in command["sentences"]]
                self._read(reading, sentences, str(command["locale"]))
            elif "stop" in command:
                self._stop()
            elif "volume" in command and self._engine is not None:
                self._engine.setVolume(float(command["volume"]))
        except (ValueError, TypeError, KeyError) as error:
            log.warning("a command was not understood: %s", type(error).__name__)

    def _read(self, reading: int, sentences: list[str], locale: str) -> None:
        if self._engine is None:
            _send({"finished": reading})
            return
        self._stop()
        if self._engine.locale() != QLocale(locale):
            self._engine.setLocale(QLocale(locale))
        self._reading = reading
        self._sentences = sentences
        self._next = 0
        self._say_next()

    def _stop(self) -> None:
        self._sentences = []
        if self._engine is not None:
            self._engine.stop(self._immediately)

    def _say_next(self) -> None:
        if self._next >= len(self._sentences):
            self._sentences = []
            _send({"finished": self._reading})
            return
        index = self._next
        self._next += 1
        _send({"sentence": [self._reading, index]})
        self._engine.say(self._sentences[index])

    @Slot(object)
    def _on_engine_state_changed(self, state: object) -> None:
        if not self._sentences:
            return
        if state is self._states.Ready:
            self._say_next()
        elif state is self._states.Error:
            # The patient must not be left with a "Stop reading" button that stops nothing.
            log.warning("text-to-speech failed: %s", self._engine.errorReason().name)
            self._sentences = []
            _send({"finished": self._reading})


class _Input(QObject):
    """The kiosk's commands, read on a thread of their own and handed to the main thread."""

    line = Signal(str)
    closed = Signal()

    def read_forever(self) -> None:
        for line in sys.stdin:
            self.line.emit(line)
        self.closed.emit()


def _send(message: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.WARNING, format="speech: %(message)s")
    app = QCoreApplication(sys.argv[:1])
    voice = Voice(argv[0] if argv else "")
    commands = _Input()
    commands.line.connect(voice.handle)
    commands.closed.connect(app.quit)
    threading.Thread(target=commands.read_forever, name="commands", daemon=True).start()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
