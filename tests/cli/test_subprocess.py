"""``python -m kiosk <command>`` as staff run it: a real process on a machine with no display.

The staff command line must never import Qt (a kiosk reached over SSH has no display, and Qt
aborts without one), so these run with DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM unset.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

TIMEOUT_S = 60
GUI_MODULES = ("PySide6", "shiboken6", "kiosk.app", "kiosk.ui", "kiosk.resources")


def headless_env() -> dict[str, str]:
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    return {**env, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}


def kiosk(*arguments: str, cwd: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *arguments],
        cwd=cwd,
        env=headless_env(),
        input=stdin,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )


def test_staff_commands_run_without_a_display(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    added = kiosk(
        "--data-dir", data, "staff", "add", "Ann", "--pin-stdin", cwd=tmp_path, stdin="274019\n"
    )
    assert (added.returncode, added.stderr) == (0, "")
    assert "Added Ann" in added.stdout

    weak = kiosk(
        "staff", "add", "Bob", "--pin-stdin", "--data-dir", data, cwd=tmp_path, stdin="123456\n"
    )
    assert weak.returncode == 1
    assert weak.stderr.startswith("kiosk: that PIN is among the first")
    assert "Traceback" not in weak.stderr

    doctor = kiosk("doctor", "--data-dir", data, cwd=tmp_path)
    assert doctor.returncode == 0  # the kiosk has not started here yet: not a problem
    assert "OK       staff accounts: 1 can sign in" in doctor.stdout
    assert "NOT YET  heartbeat: none yet" in doctor.stdout

    out = tmp_path / "requests.json"
    export = kiosk(
        "export", "--format", "json", "--out", str(out), "--data-dir", data, cwd=tmp_path
    )
    assert (export.returncode, export.stderr) == (0, "")
    assert json.loads(out.read_text()) == []

    usage = kiosk("export", cwd=tmp_path)
    assert usage.returncode == 2
    assert len(usage.stderr.splitlines()) == 1


def test_the_command_line_never_loads_qt(tmp_path: Path) -> None:
    script = (
        "import sys, kiosk.__main__, kiosk.cli\n"
        f"code = kiosk.__main__.main(['--data-dir', {str(tmp_path / 'data')!r}, 'requests'])\n"
        f"loaded = sorted(m for m in sys.modules if m.startswith({GUI_MODULES!r}))\n"
        "print(loaded)\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env=headless_env(),
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "[]"


def test_help_lists_the_commands_without_a_display(tmp_path: Path) -> None:
    result = kiosk("staff", "--help", cwd=tmp_path)
    assert result.returncode == 0
    for action in ("add", "list", "remove", "reset"):
        assert action in result.stdout
