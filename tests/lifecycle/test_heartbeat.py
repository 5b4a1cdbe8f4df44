"""The heartbeat file: written atomically and privately, read back safely (no Qt here)."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from kiosk.heartbeat import (
    HEARTBEAT_NAME,
    read_heartbeat,
    read_heartbeat_problems,
    write_heartbeat,
)
from tests.conftest import ROOT

MOMENT = datetime(2025, 3, 1, 14, 5, 9, tzinfo=UTC)


@pytest.fixture
def folder(data_dir: Path) -> Path:
    data_dir.mkdir(mode=0o700)
    return data_dir


def test_writes_one_utc_line_readable_only_by_the_kiosk(folder: Path) -> None:
    write_heartbeat(folder, MOMENT)
    path = folder / HEARTBEAT_NAME
    assert path.read_text() == "2025-03-01T14:05:09Z\n"
    assert path.stat().st_mode & 0o777 == 0o600
    assert read_heartbeat(folder) == MOMENT
    assert sorted(p.name for p in folder.iterdir()) == [HEARTBEAT_NAME], "no temporary files"


def test_another_time_zone_is_stored_as_utc(folder: Path) -> None:
    write_heartbeat(folder, datetime(2025, 3, 1, 9, 5, 9, tzinfo=timezone(timedelta(hours=-5))))
    assert (folder / HEARTBEAT_NAME).read_text() == "2025-03-01T14:05:09Z\n"
    assert read_heartbeat(folder) == MOMENT


def test_a_naive_time_is_refused(folder: Path) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        write_heartbeat(folder, datetime(2025, 3, 1, 14, 5, 9))
    assert not (folder / HEARTBEAT_NAME).exists()


def test_a_new_beat_replaces_the_old(folder: Path) -> None:
    write_heartbeat(folder, MOMENT)
    write_heartbeat(folder, MOMENT + timedelta(minutes=1))
    assert read_heartbeat(folder) == MOMENT + timedelta(minutes=1)


def test_a_failed_write_keeps_the_old_beat_and_leaves_no_temporary_file(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_heartbeat(folder, MOMENT)

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space left"):
        write_heartbeat(folder, MOMENT + timedelta(minutes=1))
    assert read_heartbeat(folder) == MOMENT
    assert sorted(p.name for p in folder.iterdir()) == [HEARTBEAT_NAME]


def test_a_missing_folder_is_an_os_error(data_dir: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_heartbeat(data_dir, MOMENT)


def test_no_file_reads_as_none(folder: Path) -> None:
    assert read_heartbeat(folder) is None
    assert read_heartbeat(folder / "missing") is None


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\n",
        b"not a time\n",
        b"2025-03-01T14:05:09\n",  # no time zone
        b"2025-03-01T14:05:09Z",  # cut off before the end of the line
        b"2025-03-01T14:05:09Z\n2025-03-01T14:06:09Z\n",
        b"\xff\xfe\x00garbage\n",
        b"2025-13-45T99:99:99Z\n",
        b"2" * 10_000,
    ],
    ids=[
        "empty",
        "blank",
        "words",
        "naive",
        "truncated",
        "two-lines",
        "binary",
        "impossible-date",
        "huge",
    ],
)
def test_a_garbled_file_reads_as_none(folder: Path, content: bytes) -> None:
    (folder / HEARTBEAT_NAME).write_bytes(content)
    assert read_heartbeat(folder) is None


@pytest.mark.parametrize(
    "content",
    [b"2025-03-01T14:05:09Z\r\n", b" 2025-03-01T14:05:09Z \n", b"2025-03-01T14:05:09+00:00\n"],
    ids=["crlf", "spaces", "offset"],
)
def test_a_time_another_tool_wrote_reads_as_before(folder: Path, content: bytes) -> None:
    (folder / HEARTBEAT_NAME).write_bytes(content)
    assert read_heartbeat(folder) == datetime(2025, 3, 1, 14, 5, 9, tzinfo=UTC)


def test_problems_follow_the_time_and_never_overflow_the_file(folder: Path) -> None:
    problems = ["é" * 1000, "second\nline", "third", "fourth"]
    write_heartbeat(folder, MOMENT, problems)
    assert read_heartbeat(folder) == MOMENT
    assert read_heartbeat_problems(folder) == ["é" * 300, "second line", "third"]


def test_an_unreadable_heartbeat_reads_as_none(folder: Path) -> None:
    (folder / HEARTBEAT_NAME).mkdir()  # a folder where the file should be
    assert read_heartbeat(folder) is None


def test_the_heartbeat_module_does_not_load_qt() -> None:
    """The staff command line reads the heartbeat on machines without a display."""
    code = (
        "import sys, kiosk.heartbeat; "
        "sys.exit(any(m.split('.')[0] in ('PySide6', 'shiboken6') for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 0, result.stderr
