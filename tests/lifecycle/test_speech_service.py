"""The voice's own process, spoken to as the kiosk does: JSON lines in, JSON lines out."""

from __future__ import annotations

import json
import subprocess
import sys

SERVICE = [sys.executable, "-m", "kiosk.speech_service"]


def talk(commands: list[dict[str, object]], *, engine: str = "mock") -> list[dict[str, object]]:
    """Sends the commands, closes the input and returns every answer once the process ended."""
    lines = "".join(json.dumps(command) + "\n" for command in commands)
    done = subprocess.run(
        [*SERVICE, engine], input=lines, capture_output=True, text=True, timeout=60, check=True
    )
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_it_names_its_voices_then_reads_sentence_by_sentence() -> None:
    # The input closes after the command, which ends the process: only what the engine
    # started before then is answered, so ask for a reading and give it no time to finish.
    answers = talk([{"read": 7, "sentences": ["One.", "Two."], "locale": "en_US"}])
    assert "en_US" in answers[0]["voices"]  # type: ignore[operator]
    assert {"sentence": [7, 0]} in answers


def test_a_missing_engine_has_no_voices_and_reading_ends_at_once() -> None:
    answers = talk([{"read": 3, "sentences": ["One."], "locale": "en_US"}], engine="no-such-engine")
    assert answers == [{"voices": []}, {"finished": 3}]


def test_without_qt_speech_it_says_it_has_no_voice() -> None:
    # What a machine without PulseAudio's client library sees: the module does not load.
    code = (
        "import sys; sys.modules['PySide6.QtTextToSpeech'] = None; "
        "from kiosk.speech_service import main; raise SystemExit(main(['mock']))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        input="",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0
    assert done.stdout.splitlines() == ['{"voices": []}']
    assert "read-aloud is off" in done.stderr


def test_nonsense_input_is_ignored_and_the_voice_goes_on() -> None:
    answers = talk(
        [
            {"nonsense": 1},
            {"read": "x"},
            {"read": 1, "sentences": 5, "locale": "en_US"},
            {"read": 2, "sentences": ["Hi."], "locale": "en_US"},
        ]
    )
    assert answers[1:] == [{"sentence": [2, 0]}]
