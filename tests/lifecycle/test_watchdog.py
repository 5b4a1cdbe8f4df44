"""systemd hears READY=1, then WATCHDOG=1 from the event loop, and STOPPING=1 at the end."""

from __future__ import annotations

import logging
import os
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTimer

from kiosk.lifecycle import Watchdog, notify_address, watchdog_usec

FAST_USEC = "40000"  # a ping every 20 ms
RECV_TIMEOUT_S = 5.0


class Systemd:
    """The receiving end of $NOTIFY_SOCKET: a real AF_UNIX datagram socket."""

    def __init__(self, address: str | bytes, notify_socket: str) -> None:
        self.socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.socket.bind(address)
        self.notify_socket = notify_socket
        self.messages: list[str] = []

    def env(self, **extra: str) -> dict[str, str]:
        return {"NOTIFY_SOCKET": self.notify_socket, **extra}

    def drain(self) -> list[str]:
        """Everything sent so far, without waiting; also kept in ``messages``."""
        self.socket.setblocking(False)
        try:
            while True:
                self.messages.append(self.socket.recv(4096).decode())
        except BlockingIOError:
            pass
        return self.messages

    def next_message(self, timeout: float = RECV_TIMEOUT_S) -> str:
        self.socket.settimeout(timeout)
        message = self.socket.recv(4096).decode()
        self.messages.append(message)
        return message

    def count(self, message: str) -> int:
        return self.drain().count(message)


@pytest.fixture
def systemd(tmp_path: Path) -> Iterator[Systemd]:
    path = tmp_path / "notify"
    listener = Systemd(str(path), str(path))
    yield listener
    listener.socket.close()


@pytest.fixture
def watchdogs() -> Iterator[list[Watchdog]]:
    """Watchdogs made by a test, stopped at its end even when it fails."""
    made: list[Watchdog] = []
    yield made
    for watchdog in made:
        watchdog.stop()


def active_timers(watchdog: Watchdog) -> list[str]:
    return [timer.objectName() for timer in watchdog.findChildren(QTimer) if timer.isActive()]


def test_ready_once_the_loop_runs_then_pings_then_stopping(
    qtbot: Any, systemd: Systemd, watchdogs: list[Watchdog]
) -> None:
    watchdog = Watchdog(systemd.env(WATCHDOG_USEC=FAST_USEC, WATCHDOG_PID=str(os.getpid())))
    watchdogs.append(watchdog)
    assert watchdog.interval_ms == 20
    watchdog.start()
    assert systemd.drain() == [], "READY=1 waits for the event loop"

    qtbot.waitUntil(lambda: systemd.count("WATCHDOG=1") >= 3, timeout=5000)
    assert systemd.messages[0] == "READY=1"
    assert systemd.messages.count("READY=1") == 1

    watchdog.stop()
    assert systemd.drain()[-1] == "STOPPING=1"
    assert active_timers(watchdog) == []


def test_pings_come_from_the_event_loop_so_a_frozen_loop_stops_them(
    qtbot: Any, systemd: Systemd, watchdogs: list[Watchdog]
) -> None:
    watchdog = Watchdog(systemd.env(WATCHDOG_USEC=FAST_USEC))
    watchdogs.append(watchdog)
    watchdog.start()
    qtbot.waitUntil(lambda: systemd.count("WATCHDOG=1") >= 2, timeout=5000)

    # Freeze the GUI thread: block it in recv() for 15 ping intervals. Pings sent from a
    # thread would arrive meanwhile; pings from the event loop cannot.
    systemd.drain()
    with pytest.raises(TimeoutError):
        systemd.next_message(timeout=0.3)

    before = systemd.count("WATCHDOG=1")
    qtbot.waitUntil(lambda: systemd.count("WATCHDOG=1") >= before + 2, timeout=5000)


def test_an_abstract_notify_socket(qtbot: Any, watchdogs: list[Watchdog]) -> None:
    name = f"rfa-kiosk-test-{uuid.uuid4().hex}"
    listener = Systemd(b"\0" + name.encode(), f"@{name}")
    try:
        watchdog = Watchdog(listener.env(WATCHDOG_USEC=FAST_USEC))
        watchdogs.append(watchdog)
        watchdog.start()
        qtbot.waitUntil(lambda: listener.count("WATCHDOG=1") >= 1, timeout=5000)
        assert listener.messages[0] == "READY=1"
    finally:
        listener.socket.close()


def test_without_notify_socket_nothing_happens(watchdogs: list[Watchdog]) -> None:
    watchdog = Watchdog({"WATCHDOG_USEC": FAST_USEC})
    watchdogs.append(watchdog)
    assert not watchdog.enabled
    assert watchdog.interval_ms is None
    watchdog.start()
    QCoreApplication.processEvents()
    assert active_timers(watchdog) == []
    assert not watchdog.notify("READY=1")


def test_ready_without_pings_when_the_watchdog_is_for_another_process(
    qtbot: Any, systemd: Systemd, watchdogs: list[Watchdog]
) -> None:
    watchdog = Watchdog(systemd.env(WATCHDOG_USEC=FAST_USEC, WATCHDOG_PID="1"))
    watchdogs.append(watchdog)
    assert watchdog.interval_ms is None
    watchdog.start()
    qtbot.waitUntil(lambda: systemd.drain() == ["READY=1"], timeout=5000)
    QCoreApplication.processEvents()
    assert active_timers(watchdog) == []


def test_a_missing_notify_socket_is_logged_not_raised(
    qtbot: Any, tmp_path: Path, caplog: pytest.LogCaptureFixture, watchdogs: list[Watchdog]
) -> None:
    watchdog = Watchdog({"NOTIFY_SOCKET": str(tmp_path / "gone"), "WATCHDOG_USEC": FAST_USEC})
    watchdogs.append(watchdog)
    with caplog.at_level(logging.WARNING, logger="kiosk.lifecycle"):
        watchdog.start()
        qtbot.waitUntil(lambda: "cannot notify systemd (READY=1)" in caplog.text, timeout=5000)
        assert not watchdog.notify("WATCHDOG=1")
        assert not watchdog.notify("WATCHDOG=1")
    assert caplog.text.count("cannot notify systemd") == 1, "logged once, not at every ping"


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, None),
        ({"WATCHDOG_USEC": "30000000"}, 30_000_000),
        ({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "{pid}"}, 30_000_000),
        ({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "{ppid}"}, None),
        ({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "1"}, None),
        ({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "abc"}, None),
        ({"WATCHDOG_USEC": "0"}, None),
        ({"WATCHDOG_USEC": "-5"}, None),
        ({"WATCHDOG_USEC": "soon"}, None),
    ],
)
def test_watchdog_usec_follows_sd_watchdog_enabled(
    environ: dict[str, str], expected: int | None
) -> None:
    resolved = {
        key: value.format(pid=os.getpid(), ppid=os.getppid()) for key, value in environ.items()
    }
    assert watchdog_usec(resolved) == expected


def test_the_parent_process_counts_only_when_asked() -> None:
    """Under cage, systemd's WATCHDOG_PID is cage's pid: the kiosk's parent."""
    environ = {"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": str(os.getppid())}
    assert watchdog_usec(environ) is None
    assert watchdog_usec(environ, accept_parent_pid=True) == 30_000_000
    watchdog = Watchdog({**environ, "NOTIFY_SOCKET": "/run/systemd/notify"}, accept_parent_pid=True)
    assert watchdog.interval_ms == 15_000


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("", None),
        ("/run/systemd/notify", b"/run/systemd/notify"),
        ("@/org/freedesktop/systemd1/notify/42", b"\0/org/freedesktop/systemd1/notify/42"),
        ("relative/path", None),
    ],
)
def test_notify_address(value: str, expected: bytes | None) -> None:
    assert notify_address(value) == expected
