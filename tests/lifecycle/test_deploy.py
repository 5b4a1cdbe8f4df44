"""The files that keep a real kiosk running: the systemd unit and the X11 session loop."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.lifecycle.processes import EXIT_TIMEOUT_S, read_line

DEPLOY = ROOT / "deploy"
SESSION = DEPLOY / "xsession" / "kiosk-session"


def unit_settings(path: Path) -> dict[str, dict[str, list[str]]]:
    """systemd's ini dialect: repeated keys add up, so every key maps to a list."""
    sections: dict[str, dict[str, list[str]]] = {}
    current: dict[str, list[str]] = {}
    for raw in path.read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            current = sections.setdefault(line.strip("[]"), {})
            continue
        key, _, value = line.partition("=")
        current.setdefault(key.strip(), []).append(value.strip())
    return sections


def test_the_unit_restarts_the_kiosk_forever_and_watches_its_event_loop() -> None:
    unit = unit_settings(DEPLOY / "rfa-kiosk.service")
    service = unit["Service"]
    assert unit["Unit"]["StartLimitIntervalSec"] == ["0"]
    assert service["Type"] == ["notify"]
    assert service["NotifyAccess"] == ["all"], "READY=1 comes from cage's child"
    assert service["WatchdogSec"] == ["30"]
    assert service["Restart"] == ["always"]
    assert service["RestartSec"] == ["1"]
    # Settings, content, a screen too small: restarting cannot help (kiosk/app.py's exit codes).
    assert service["RestartPreventExitStatus"] == ["2 3 5"]
    assert service["User"] == ["kiosk"]
    assert service["PAMName"] == ["login"]
    assert service["TTYPath"] == ["/dev/tty1"]
    assert '"QT_QPA_PLATFORM=wayland;xcb"' in service["Environment"]
    assert service["ExecStart"] == ["/usr/bin/cage -d -- /opt/rfa-kiosk/.venv/bin/kiosk --kiosk"]
    # The kiosk, cage's child, gets SIGTERM before cage does (cage 0.1.4 aborts on its own).
    [stop] = service["ExecStop"]
    assert 'pkill -TERM -P ${MAINPID} -f "bin/kiosk --kiosk"' in stop


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="needs systemd-analyze")
def test_systemd_accepts_the_unit(tmp_path: Path) -> None:
    # cage is rarely installed where tests run; systemd-analyze checks that it exists.
    unit = tmp_path / "rfa-kiosk.service"
    unit.write_text(
        (DEPLOY / "rfa-kiosk.service").read_text().replace("/usr/bin/cage", "/bin/true")
    )
    result = subprocess.run(
        ["systemd-analyze", "verify", str(unit)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def fake_kiosk(tmp_path: Path, script: str) -> Path:
    """A stand-in for /opt/rfa-kiosk whose kiosk runs ``script`` (sh) instead."""
    kiosk = tmp_path / "kiosk" / ".venv" / "bin" / "kiosk"
    kiosk.parent.mkdir(parents=True)
    kiosk.write_text(f"#!/bin/sh\n{script}\n")
    kiosk.chmod(0o755)
    return tmp_path / "kiosk"


def start_session(kiosk_dir: Path) -> subprocess.Popen[str]:
    path = f"{kiosk_dir}/bin-without-x:/usr/bin:/bin"  # no xset or unclutter here
    return subprocess.Popen(
        ["/bin/sh", str(SESSION)],
        env={"KIOSK_DIR": str(kiosk_dir), "KIOSK_RESTART_DELAY": "0", "PATH": path},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_the_x11_session_starts_the_kiosk_again_after_every_exit(tmp_path: Path) -> None:
    assert os.access(SESSION, os.X_OK)
    # Each run prints its arguments and how many runs came before it, then "crashes".
    kiosk = fake_kiosk(
        tmp_path,
        'runs="$(dirname "$0")/runs"; echo x >> "$runs"; echo "run $(wc -l < "$runs") $*"; exit 1',
    )
    session = start_session(kiosk)
    try:
        for run in (1, 2, 3):
            assert read_line(session) == f"run {run} --kiosk"
    finally:
        session.terminate()
        _, err = session.communicate(timeout=EXIT_TIMEOUT_S)
    assert session.returncode == 0
    assert "the kiosk exited with status 1; starting it again" in err


@pytest.mark.parametrize("status", [2, 3, 5])
def test_the_x11_session_does_not_restart_a_kiosk_that_cannot_start(
    tmp_path: Path, status: int
) -> None:
    kiosk = fake_kiosk(tmp_path, f"echo started; exit {status}")
    # The session's pauses say what it decided: "sleep 0" before a restart, a long one not.
    tools = kiosk / "bin-without-x"
    tools.mkdir()
    (tools / "sleep").write_text('#!/bin/sh\necho "sleep $*"\nexec /bin/sleep "$@"\n')
    (tools / "sleep").chmod(0o755)
    session = start_session(kiosk)
    try:
        assert read_line(session) == "started"
        assert read_line(session) == "sleep 3600"
        session.terminate()
        assert session.wait(timeout=EXIT_TIMEOUT_S) == 0
    finally:
        if session.poll() is None:
            session.kill()
        _, err = session.communicate(timeout=EXIT_TIMEOUT_S)
    assert f"the kiosk cannot start (status {status}); not starting it again" in err


def test_stopping_the_x11_session_stops_the_kiosk_too(tmp_path: Path) -> None:
    kiosk = fake_kiosk(tmp_path, 'echo "pid $$"; exec sleep 600')
    session = start_session(kiosk)
    kiosk_pid = None
    try:
        line = read_line(session)
        assert line.startswith("pid ")
        kiosk_pid = int(line.removeprefix("pid "))
        session.send_signal(signal.SIGTERM)  # at once: also covers a stop during start-up
        assert session.wait(timeout=EXIT_TIMEOUT_S) == 0
        left_running = _alive(kiosk_pid)
    finally:
        if session.poll() is None:
            session.kill()
        if kiosk_pid is not None and _alive(kiosk_pid):
            os.kill(kiosk_pid, signal.SIGKILL)  # never leave it behind, even when failing
        session.communicate(timeout=EXIT_TIMEOUT_S)
    assert not left_running, "the kiosk kept running after its session stopped"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True
