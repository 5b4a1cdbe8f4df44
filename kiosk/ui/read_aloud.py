"""Reads a page aloud, one sentence at a time, through the voice's own process.

The engine (Qt's text-to-speech) runs in ``kiosk.speech_service``, a child process, because its
calls can block for as long as a speech server waits for a sound card (see that module). From
here everything is asynchronous: nothing the engine does can hold up the screen. Until the
voice has said which languages it has, and for good where it has none (no speech engine, no
PulseAudio client library, the process failed), "Read to me" is not offered.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import sys
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QLocale, QObject, QProcess, QTimer, Signal, Slot

from kiosk.speech_service import DEFAULT_VOLUME

log = logging.getLogger(__name__)

VOLUME_STEP = 0.2
MIN_VOLUME = 0.2
STOP_WAIT_MS = 100
"""How long closing waits for the voice's process to end by itself before stopping it hard.

A voice whose speech server is stuck waiting for a sound card never ends by itself; the kiosk's
stop (systemd's, a reboot's, an update's) must not wait for it."""
SERVICE = ["-m", "kiosk.speech_service"]


def installed() -> bool:
    """Whether Qt's text-to-speech is here. It comes with PySide6-Addons, which a kiosk
    installed without its voice (``make install VOICE=no``) does not have."""
    return importlib.util.find_spec("PySide6.QtTextToSpeech") is not None


class ReadAloud(QObject):
    """One voice for the whole kiosk: reads a list of sentences and says which one it is on.

    Every method returns at once; the voice answers through the signals.
    """

    voices_found = Signal()
    """The voice said which languages it has (or that it has none: it failed)."""
    sentence_started = Signal(int)
    """The index, in the list given to ``read``, of the sentence now being spoken."""
    stopped = Signal()
    """Reading ended: the last sentence was spoken, the voice failed, or ``stop`` was called."""

    def __init__(self, engine: str | None = None, parent: QObject | None = None) -> None:
        """``engine`` None means the first real engine Qt finds (speech-dispatcher on Debian)."""
        super().__init__(parent)
        self._locales: list[QLocale] = []
        self._answered = False
        self._reading = 0
        """The number of the reading under way; 0 when silent. News of an earlier reading
        (the voice answers later) is recognised by its number and ignored."""
        self._readings = 0
        self._volume = DEFAULT_VOLUME
        self._closed = False
        self._process = QProcess(self)
        self._process.setObjectName("speechProcess")
        # The voice's warnings go where the kiosk's own do (the journal on a kiosk).
        self._process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        self._process.readyReadStandardOutput.connect(self._on_process_ready_read)
        self._process.errorOccurred.connect(self._on_process_error_occurred)
        self._process.finished.connect(self._on_process_finished)
        self._arguments = [*SERVICE, *([engine] if engine else [])]
        # Started once the event loop runs, so the voice never delays the first frame.
        QTimer.singleShot(0, self, self._start_process)

    def _start_process(self) -> None:
        if self._process.state() is QProcess.ProcessState.NotRunning and not self._closed:
            self._process.start(sys.executable, self._arguments)

    def speaks(self, language: str) -> bool:
        """Whether there is a voice for ``language`` (an English voice reading Spanish is no
        help)."""
        return self._locale_for(language) is not None

    def has_answered(self) -> bool:
        """Whether the voice has said which languages it has (or has failed)."""
        return self._answered

    def is_reading(self) -> bool:
        return self._reading != 0

    def volume(self) -> float:
        return self._volume

    def read(self, sentences: Sequence[str], language: str) -> bool:
        """Stops whatever is being read and reads ``sentences`` in order; False if it cannot."""
        self.stop()
        locale = self._locale_for(language)
        if locale is None or not sentences:
            return False
        self._readings += 1
        self._reading = self._readings
        self._send({"read": self._reading, "sentences": list(sentences), "locale": locale.name()})
        return True

    def stop(self) -> None:
        if not self._reading:
            return
        self._reading = 0
        self._send({"stop": True})
        self.stopped.emit()

    def louder(self) -> None:
        self._set_volume(min(1.0, self._volume + VOLUME_STEP))

    def quieter(self) -> None:
        self._set_volume(max(MIN_VOLUME, self._volume - VOLUME_STEP))

    def reset(self) -> None:
        """For the next patient: silent, at the usual volume."""
        self.stop()
        self._set_volume(DEFAULT_VOLUME)

    def close(self) -> None:
        """Ends the voice's process (when the window closes): its input closes, and a process
        that does not end by itself in STOP_WAIT_MS is stopped hard (it holds nothing that
        could be lost)."""
        self.stop()
        self._closed = True
        if self._process.state() is QProcess.ProcessState.NotRunning:
            return
        self._process.closeWriteChannel()
        if not self._process.waitForFinished(STOP_WAIT_MS):
            log.info("the voice was still busy after %d ms; stopped hard", STOP_WAIT_MS)
            self._process.kill()
            self._process.waitForFinished(STOP_WAIT_MS)

    def _set_volume(self, volume: float) -> None:
        self._volume = volume
        self._send({"volume": volume})

    def _send(self, message: dict[str, Any]) -> None:
        if self._process.state() is QProcess.ProcessState.Running:
            self._process.write((json.dumps(message) + "\n").encode())

    def _locale_for(self, language: str) -> QLocale | None:
        wanted = QLocale(language)
        voices = [locale for locale in self._locales if locale.language() == wanted.language()]
        if not voices:
            return None
        # The language's main country first (es -> es_ES, en -> en_US), else the first voice.
        return next((v for v in voices if v.territory() == wanted.territory()), voices[0])

    @Slot()
    def _on_process_ready_read(self) -> None:
        while self._process.canReadLine():
            line = bytes(self._process.readLine().data()).decode("utf-8", "replace")
            try:
                message = json.loads(line)
            except ValueError:
                continue
            if isinstance(message, dict):
                self._handle(message)

    def _handle(self, message: dict[str, Any]) -> None:
        if "voices" in message:
            self._locales = [QLocale(str(name)) for name in message["voices"]]
            self._answered = True
            self.voices_found.emit()
        elif "sentence" in message:
            reading, index = message["sentence"]
            if reading == self._reading:
                self.sentence_started.emit(int(index))
        elif "finished" in message and message["finished"] == self._reading:
            self._reading = 0
            self.stopped.emit()

    @Slot(QProcess.ProcessError)
    def _on_process_error_occurred(self, error: QProcess.ProcessError) -> None:
        if not self._closed:  # stopping it hard on close is no failure
            log.warning("the voice's process failed: %s", error.name)
        self._lose_voice()

    @Slot(int, QProcess.ExitStatus)
    def _on_process_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        if (code or status is not QProcess.ExitStatus.NormalExit) and not self._closed:
            log.warning("the voice's process ended (%s, code %d)", status.name, code)
        self._lose_voice()

    def _lose_voice(self) -> None:
        """No more voice: no "Read to me" anywhere, and a reading under way ends."""
        self.stop()
        self._answered = True
        if self._locales:
            self._locales = []
            self.voices_found.emit()
