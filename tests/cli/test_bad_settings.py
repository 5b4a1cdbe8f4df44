"""A hostile settings file, as a real process meets it: one short line naming it, no traceback.

The kiosk itself (``main.py``) and a staff command (``python -m kiosk requests``) read the file
before anything else and stop with exit code 2; ``doctor`` reports it as a PROBLEM line and
exits 1, as docs/deployment.md says. None of them may crash on the file or read it for ever.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_subprocess import TIMEOUT_S, headless_env
from tests.conftest import ROOT

MAX_LINE = 300


@pytest.fixture(params=["nested", "endless"])
def hostile(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    if request.param == "endless":
        return Path("/dev/zero")
    path = tmp_path / "kiosk.toml"
    path.write_text("x = " + "[" * 20_000 + "]" * 20_000 + "\n", encoding="utf-8")
    return path


def run(tmp_path: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    env = {**headless_env(), "XDG_STATE_HOME": str(tmp_path / "xdg-state")}  # the kiosk's log
    return subprocess.run(
        [sys.executable, *arguments, "--data-dir", str(tmp_path / "data")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )


@pytest.mark.parametrize(
    "command",
    [[str(ROOT / "main.py"), "--smoke"], ["-m", "kiosk", "requests"]],
    ids=["kiosk", "staff-command"],
)
def test_a_hostile_settings_file_exits_2_with_one_short_line(
    tmp_path: Path, hostile: Path, command: list[str]
) -> None:
    result = run(tmp_path, *command, "--config", str(hostile))
    assert result.returncode == 2, result.stderr[:MAX_LINE]
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr[:MAX_LINE]
    assert len(lines[0]) < MAX_LINE
    assert lines[0].startswith(f"kiosk: {hostile}: ")


def test_doctor_reports_a_hostile_settings_file_in_one_short_line(
    tmp_path: Path, hostile: Path
) -> None:
    result = run(tmp_path, "-m", "kiosk", "doctor", "--config", str(hostile))
    assert (result.returncode, result.stderr[:MAX_LINE]) == (1, "")
    settings = [line for line in result.stdout.splitlines() if "settings:" in line]
    assert len(settings) == 1, result.stdout
    assert settings[0].startswith(f"PROBLEM  settings: {hostile}: ")
    assert len(settings[0]) < MAX_LINE
