"""SIGTERM (systemctl stop, shutdown) and SIGINT (Ctrl+C) stop the kiosk cleanly, exit code 0."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from kiosk.lifecycle import ShutdownSignals
from tests.conftest import ROOT
from tests.lifecycle.processes import EXIT_TIMEOUT_S, read_line, worker

PROMPTLY_S = 5.0
STOP_DEADLINE_S = 2.0
"""systemd's stop, a reboot and an update must not wait for the kiosk (issue: real screens)."""
READY_TIMEOUT_S = 60.0


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_running_qt_app_stops_cleanly_on(signum: signal.Signals) -> None:
    with worker("signals") as app:
        assert read_line(app) == "READY"  # its event loop runs
        sent = time.monotonic()
        app.send_signal(signum)
        out, err = app.communicate(timeout=EXIT_TIMEOUT_S)
        took = time.monotonic() - sent
    assert app.returncode == 0, err
    assert out.splitlines() == [f"cleanup: {signum.name}", "handlers restored"], err
    assert took < PROMPTLY_S


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_the_locked_kiosk_stops_within_2_s_and_closes_its_database(
    tmp_path: Path, signum: signal.Signals
) -> None:
    """The locked window refuses every close request; a stop signal must still end it."""
    notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    notify.bind(str(tmp_path / "notify"))
    notify.settimeout(0.1)
    data = tmp_path / "data"
    # Qt's offscreen platform with the tests' kiosk-sized screen (tests/conftest.py).
    env = {**os.environ, "NOTIFY_SOCKET": str(tmp_path / "notify")}
    kiosk = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--kiosk", "--data-dir", str(data)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert _ready(notify, kiosk), kiosk.communicate(timeout=EXIT_TIMEOUT_S)[1]
        sent = time.monotonic()
        kiosk.send_signal(signum)
        try:
            kiosk.wait(timeout=STOP_DEADLINE_S)
        except subprocess.TimeoutExpired:
            pytest.fail(f"still running {STOP_DEADLINE_S} s after {signum.name}")
        took = time.monotonic() - sent
    finally:
        if kiosk.poll() is None:
            kiosk.kill()
        _, err = kiosk.communicate(timeout=EXIT_TIMEOUT_S)
        notify.close()
    assert kiosk.returncode == 0, err
    assert took < STOP_DEADLINE_S
    # SQLite removes the write-ahead log when the last connection closes cleanly.
    assert (data / "requests.db").exists()
    assert not (data / "requests.db-wal").exists(), err
    assert not (data / "kiosk.lock").exists()


def _ready(notify: socket.socket, kiosk: subprocess.Popen[str]) -> bool:
    """Whether the kiosk said READY=1 (its event loop runs) before it ended or time ran out."""
    deadline = time.monotonic() + READY_TIMEOUT_S
    while kiosk.poll() is None and time.monotonic() < deadline:
        try:
            return notify.recv(64) == b"READY=1"
        except TimeoutError:
            continue
    return False


def _record(signum: int, frame: FrameType | None) -> None:
    """Stands in as the previous SIGUSR1 handler, so a broken bridge cannot kill pytest."""
    _recorded.append(signum)


_recorded: list[int] = []


@pytest.fixture
def sigusr1_guard() -> Iterator[None]:
    original = signal.signal(signal.SIGUSR1, _record)
    _recorded.clear()
    try:
        yield
    finally:
        signal.signal(signal.SIGUSR1, original)


def _current_wakeup_fd() -> int:
    fd = signal.set_wakeup_fd(-1)
    signal.set_wakeup_fd(fd)
    return fd


@pytest.mark.usefixtures("sigusr1_guard")
def test_a_signal_becomes_a_qt_signal_and_uninstall_restores_everything(qtbot: Any) -> None:
    wakeup_before = _current_wakeup_fd()
    bridge = ShutdownSignals([signal.SIGUSR1])
    bridge.install()
    try:
        assert signal.getsignal(signal.SIGUSR1) is not _record
        with qtbot.waitSignal(bridge.received, timeout=5000) as blocker:
            os.kill(os.getpid(), signal.SIGUSR1)
        assert blocker.args == [signal.SIGUSR1]
    finally:
        bridge.uninstall()
    assert not bridge.installed
    assert signal.getsignal(signal.SIGUSR1) is _record
    assert _current_wakeup_fd() == wakeup_before
    assert _recorded == [], "the previous handler must not run while the bridge is installed"

    os.kill(os.getpid(), signal.SIGUSR1)  # back with the previous handler
    assert _recorded == [signal.SIGUSR1]


@pytest.mark.usefixtures("sigusr1_guard")
def test_only_the_signals_it_watches_are_passed_on(qtbot: Any) -> None:
    previous_usr2 = signal.getsignal(signal.SIGUSR2)
    emitted: list[int] = []
    with ShutdownSignals([signal.SIGUSR2]) as bridge:
        bridge.received.connect(emitted.append)
        with qtbot.waitSignal(bridge.received, timeout=5000):
            os.kill(os.getpid(), signal.SIGUSR1)  # handled by Python, so it reaches the socket
            os.kill(os.getpid(), signal.SIGUSR2)
    assert emitted == [signal.SIGUSR2]
    assert _recorded == [signal.SIGUSR1]
    assert signal.getsignal(signal.SIGUSR2) == previous_usr2


def test_install_and_uninstall_twice_are_harmless() -> None:
    before = signal.getsignal(signal.SIGTERM)
    bridge = ShutdownSignals()
    bridge.install()
    bridge.install()
    bridge.uninstall()
    bridge.uninstall()
    assert signal.getsignal(signal.SIGTERM) == before
