"""The kiosk rewrites its heartbeat from the event loop; write failures never stop it."""

from __future__ import annotations

import errno
import logging
import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from kiosk.heartbeat import read_heartbeat, read_heartbeat_problems
from kiosk.lifecycle import HeartbeatTimer

START = datetime(2025, 3, 1, 14, 0, 0, tzinfo=UTC)


def ticking_clock() -> Callable[[], datetime]:
    """Each call is one minute later than the one before."""
    calls = iter(range(1_000_000))
    return lambda: START + timedelta(minutes=next(calls))


@pytest.fixture
def timers() -> Iterator[list[HeartbeatTimer]]:
    made: list[HeartbeatTimer] = []
    yield made
    for timer in made:
        timer.stop()


def test_beats_at_start_and_then_every_interval(
    qtbot: Any, data_dir: Path, timers: list[HeartbeatTimer]
) -> None:
    data_dir.mkdir()
    heartbeat = HeartbeatTimer(data_dir, interval_ms=10, clock=ticking_clock())
    timers.append(heartbeat)
    heartbeat.start()
    assert read_heartbeat(data_dir) == START, "written at once, before the loop runs"
    assert heartbeat.active

    qtbot.waitUntil(
        lambda: (read_heartbeat(data_dir) or START) >= START + timedelta(minutes=3), timeout=5000
    )
    heartbeat.stop()
    assert not heartbeat.active


def test_the_default_interval_is_a_minute(qtbot: Any, data_dir: Path) -> None:
    heartbeat = HeartbeatTimer(data_dir)
    timer = heartbeat.findChild(QTimer, "heartbeatTimer")
    assert timer is not None
    assert timer.interval() == 60_000


def test_a_missing_folder_is_logged_and_the_beat_resumes_when_it_is_back(
    qtbot: Any, data_dir: Path, caplog: pytest.LogCaptureFixture, timers: list[HeartbeatTimer]
) -> None:
    heartbeat = HeartbeatTimer(data_dir, interval_ms=10, clock=ticking_clock())
    timers.append(heartbeat)
    with caplog.at_level(logging.INFO, logger="kiosk.lifecycle"):
        heartbeat.start()  # must not raise
        assert heartbeat.active
        assert "cannot write the heartbeat file" in caplog.text

        data_dir.mkdir()
        qtbot.waitUntil(lambda: read_heartbeat(data_dir) is not None, timeout=5000)
        qtbot.waitUntil(lambda: "written again" in caplog.text, timeout=5000)
    assert caplog.text.count("cannot write the heartbeat file") == 1, "one line per outage"


def test_a_full_disk_never_reaches_the_event_loop(
    qtbot: Any,
    data_dir: Path,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    timers: list[HeartbeatTimer],
) -> None:
    """pytest-qt fails the test if a timer slot raises; here every write fails."""
    data_dir.mkdir()
    attempts: list[int] = []

    def disk_full(fd: int) -> None:
        attempts.append(fd)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    heartbeat = HeartbeatTimer(data_dir, interval_ms=10, clock=ticking_clock())
    timers.append(heartbeat)
    with caplog.at_level(logging.ERROR, logger="kiosk.lifecycle"):
        heartbeat.start()
        qtbot.waitUntil(lambda: len(attempts) >= 3, timeout=5000)
    assert "No space left on device" in caplog.text
    assert read_heartbeat(data_dir) is None
    assert [p.name for p in data_dir.iterdir()] == [], "no temporary files pile up"


def test_every_beat_runs_the_upkeep_and_reports_what_it_found(
    qtbot: Any, data_dir: Path, timers: list[HeartbeatTimer]
) -> None:
    """A queue that would not open at start is retried each minute and named in the heartbeat."""
    data_dir.mkdir()
    problems = ["the request database cannot be opened (disk full)"]
    runs: list[None] = []

    def upkeep() -> list[str]:
        runs.append(None)
        return list(problems)

    heartbeat = HeartbeatTimer(data_dir, upkeep=upkeep, interval_ms=10, clock=ticking_clock())
    timers.append(heartbeat)
    heartbeat.start()
    assert read_heartbeat_problems(data_dir) == problems
    problems.clear()  # the disk has room again
    qtbot.waitUntil(lambda: len(runs) >= 3, timeout=5000)
    qtbot.waitUntil(lambda: read_heartbeat_problems(data_dir) == [], timeout=5000)
    assert read_heartbeat(data_dir) is not None
