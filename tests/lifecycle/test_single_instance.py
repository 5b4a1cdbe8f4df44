"""Only one kiosk runs on a data folder; a crashed kiosk's lock never blocks the restart."""

from __future__ import annotations

import os
import signal
import socket
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSysInfo

from kiosk.lifecycle import LOCK_NAME, UNFINISHED_LOCK_S, SingleInstance
from tests.lifecycle.processes import EXIT_TIMEOUT_S, read_line, worker


def test_a_second_kiosk_is_refused_while_the_first_runs(data_dir: Path) -> None:
    with worker("hold-lock", str(data_dir)) as first:
        assert read_line(first) == f"LOCKED {first.pid}"

        second = SingleInstance(data_dir)
        assert not second.acquire()
        assert second.owner_pid() == first.pid
        assert not second.held
        assert (data_dir / LOCK_NAME).exists(), "a refused kiosk must not remove the lock"

        first.communicate("", timeout=EXIT_TIMEOUT_S)  # stdin closed: it releases and exits
        assert first.returncode == 0
    assert second.acquire()
    second.release()


def test_a_child_process_is_refused_while_this_one_holds_the_lock(data_dir: Path) -> None:
    kiosk = SingleInstance(data_dir)
    assert kiosk.acquire()
    try:
        with worker("hold-lock", str(data_dir)) as other:
            assert read_line(other) == f"BUSY {os.getpid()}"
            assert other.wait(timeout=EXIT_TIMEOUT_S) == 1
    finally:
        kiosk.release()
    assert not (data_dir / LOCK_NAME).exists()


def test_the_lock_of_a_killed_kiosk_does_not_block_the_restart(data_dir: Path) -> None:
    with worker("hold-lock", str(data_dir)) as crashed:
        assert read_line(crashed) == f"LOCKED {crashed.pid}"
        crashed.send_signal(signal.SIGKILL)
        assert crashed.wait(timeout=EXIT_TIMEOUT_S) == -signal.SIGKILL
    assert (data_dir / LOCK_NAME).exists(), "kill -9 leaves the lock file behind"

    restarted = SingleInstance(data_dir)
    assert restarted.acquire()
    assert restarted.owner_pid() == os.getpid()
    restarted.release()


@pytest.mark.skipif(not Path("/proc/self/exe").exists(), reason="needs Linux /proc")
def test_a_lock_whose_process_id_was_reused_does_not_block(data_dir: Path) -> None:
    """After a crash the recorded pid can belong to another live python: still not a kiosk."""
    data_dir.mkdir(mode=0o700)
    live_python = os.getpid()  # alive, and named like the kiosk's interpreter
    exe_name = Path(os.readlink("/proc/self/exe")).name
    fields = [
        str(live_python),
        exe_name,
        QSysInfo.machineHostName() or socket.gethostname(),
        bytes(QSysInfo.machineUniqueId().data()).decode(),
        bytes(QSysInfo.bootUniqueId().data()).decode(),
    ]
    (data_dir / LOCK_NAME).write_text("\n".join(fields) + "\n")

    kiosk = SingleInstance(data_dir)
    assert kiosk.owner_pid() == live_python
    assert kiosk.acquire()
    kiosk.release()


def test_release_lets_the_next_kiosk_start(data_dir: Path) -> None:
    first = SingleInstance(data_dir)
    assert first.acquire()
    assert first.acquire(), "acquiring again while holding is harmless"
    first.release()
    assert not (data_dir / LOCK_NAME).exists()
    assert SingleInstance(data_dir).owner_pid() is None

    second = SingleInstance(data_dir)
    assert second.acquire()
    second.release()


def test_creates_a_private_data_folder(data_dir: Path) -> None:
    kiosk = SingleInstance(data_dir)
    assert kiosk.acquire()
    kiosk.release()
    assert data_dir.stat().st_mode & 0o777 == 0o700


def test_an_unusable_data_folder_is_an_error_not_another_kiosk(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    with pytest.raises(OSError):  # noqa: PT011 (any OSError is right here)
        SingleInstance(blocker / "data").acquire()


def age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


@pytest.mark.parametrize("content", [b"", b"\x00\x00\x00", b"garbage\nnot a pid\n"])
def test_an_empty_or_garbled_lock_left_by_a_power_cut_does_not_block(
    data_dir: Path, content: bytes
) -> None:
    data_dir.mkdir(mode=0o700)
    lock = data_dir / LOCK_NAME
    lock.write_bytes(content)
    age(lock, UNFINISHED_LOCK_S + 5)

    kiosk = SingleInstance(data_dir)
    assert kiosk.acquire()
    assert kiosk.owner_pid() == os.getpid()
    kiosk.release()


def test_an_empty_lock_just_written_may_be_a_kiosk_starting_and_is_left_alone(
    data_dir: Path,
) -> None:
    data_dir.mkdir(mode=0o700)
    (data_dir / LOCK_NAME).write_bytes(b"")
    assert not SingleInstance(data_dir).acquire()
    assert (data_dir / LOCK_NAME).exists()


def test_a_garbled_lock_held_by_a_running_kiosk_still_refuses_a_second(data_dir: Path) -> None:
    with worker("hold-lock", str(data_dir)) as first:
        assert read_line(first) == f"LOCKED {first.pid}"
        lock = data_dir / LOCK_NAME
        lock.write_bytes(b"garbage")  # same file, still locked by the first kiosk
        age(lock, UNFINISHED_LOCK_S + 5)

        second = SingleInstance(data_dir)
        assert not second.acquire()
        assert lock.exists()
        first.communicate("", timeout=EXIT_TIMEOUT_S)


def test_a_folder_where_the_lock_belongs_is_set_aside_not_deleted(data_dir: Path) -> None:
    folder = data_dir / LOCK_NAME
    folder.mkdir(parents=True)
    (folder / "note.txt").write_text("kept")

    kiosk = SingleInstance(data_dir)
    assert kiosk.acquire()
    kiosk.release()
    kept = list(data_dir.glob(f"{LOCK_NAME}.folder-*"))
    assert len(kept) == 1
    assert (kept[0] / "note.txt").read_text() == "kept"
