"""No patient's words in the log file or on stderr, even when saving fails or code breaks."""

from __future__ import annotations

import datetime as dt
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.app import load_libraries
from kiosk.config import Config
from kiosk.logs import log_unexpected, setup_logging
from kiosk.requests.intake import NotSaved, RequestIntake
from kiosk.requests.model import ContactMethod, Draft, PatientRequest, StoredRequest
from kiosk.requests.validation import Rules
from kiosk.storage import RequestQueue, SaveResult, StorageFull

MARKER = "Qwzmarker"


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    before = list(root.handlers)
    hook = sys.excepthook
    path = setup_logging(tmp_path / "logs")
    yield path
    for handler in root.handlers[len(before) :]:
        handler.close()
        root.removeHandler(handler)
    sys.excepthook = hook


class LeakyDisk:
    """A full disk whose error message quotes the request, as a careless driver might."""

    def get(self, request_id: str) -> StoredRequest | None:
        return None

    def count_since(self, since: dt.datetime) -> int:
        return 0

    def save(self, request: PatientRequest, *, now: dt.datetime | None = None) -> SaveResult:
        raise StorageFull(f"disk full while writing {request.name}: {request.message}")


def draft() -> Draft:
    return Draft(
        name=f"Ana {MARKER}",
        contact=ContactMethod.FRONT_DESK,
        message=f"my secret {MARKER}",
        consent=True,
    )


def test_a_failed_save_is_logged_without_the_patients_words(
    log_file: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    intake = RequestIntake(LeakyDisk(), rules=Rules(), kiosk_id="k", max_per_10_min=6)
    outcome = intake.submit(draft(), request_id="r1", language="en")
    assert isinstance(outcome, NotSaved)
    assert MARKER not in outcome.reason
    logged = log_file.read_text(encoding="utf-8")
    assert "could not be saved: StorageFull" in logged
    assert MARKER not in logged
    assert MARKER not in capfd.readouterr().err


def test_an_unexpected_error_is_logged_by_place_not_by_message(
    log_file: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    try:
        raise ValueError(f"could not parse {MARKER}")
    except ValueError as error:
        log_unexpected(type(error), error, error.__traceback__)
    logged = log_file.read_text(encoding="utf-8")
    assert "unexpected ValueError at test_logs.py:" in logged
    assert MARKER not in logged
    assert MARKER not in capfd.readouterr().err
    assert log_file.stat().st_mode & 0o777 == 0o600


def test_real_submissions_leave_nothing_personal_in_the_log(
    log_file: Path, capfd: pytest.CaptureFixture[str], qtbot: QtBot, data_dir: Path
) -> None:
    config = Config()
    load_libraries(config)  # logs content problems, if any: none may quote a patient
    with RequestQueue.open(data_dir) as queue:
        intake = RequestIntake(queue, rules=Rules(), kiosk_id="k", max_per_10_min=6)
        for number in range(3):
            intake.submit(draft(), request_id=f"r{number}", language="en")
        assert len(queue.requests()) == 1  # the same words within ten minutes: kept once
    logged = log_file.read_text(encoding="utf-8")
    assert MARKER not in logged
    assert MARKER not in capfd.readouterr().err
