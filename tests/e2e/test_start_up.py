"""The kiosk as a whole process: the smoke start, and a clear word when there is no display."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.app import EXIT_SCREEN_TOO_SMALL, display_problem
from tests.conftest import ROOT


def run_main(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_smoke_paints_the_start_screen_and_exits_0(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}  # --smoke must not need a display
    env.pop("DISPLAY", None)
    result = run_main(["--smoke", "--data-dir", str(tmp_path / "data")], env)
    assert result.returncode == 0, result.stderr
    assert "first frame painted" in result.stdout
    assert (tmp_path / "data").is_dir()
    assert (tmp_path / "data").stat().st_mode & 0o777 == 0o700


def offscreen_screen(tmp_path: Path, width: int, height: int) -> str:
    """QT_QPA_PLATFORM for Qt's offscreen platform with one screen of this size."""
    screen = {"name": "panel", "x": 0, "y": 0, "width": width, "height": height, "dpr": 1}
    path = tmp_path / "screen.json"
    path.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    return f"offscreen:configfile={path}"


@pytest.mark.parametrize(
    ("screen", "settings", "shown"),
    [
        ((1024, 600), "", "1024x600"),
        ((1920, 1080), "[kiosk]\nscreen_scale = 2\n", "960x540"),  # the scale is applied
    ],
)
def test_a_screen_too_small_is_refused_in_one_line_with_code_5(
    tmp_path: Path, screen: tuple[int, int], settings: str, shown: str
) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text(settings, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": offscreen_screen(tmp_path, *screen)}
    env.pop("QT_SCALE_FACTOR", None)
    args = ["--kiosk", "--config", str(config), "--data-dir", str(tmp_path / "data")]
    result = run_main(args, env)
    assert result.returncode == EXIT_SCREEN_TOO_SMALL, result.stderr
    line = result.stderr.strip().splitlines()[-1]  # after the log's lines, if any
    assert line.startswith(f"kiosk: the screen is {shown} at this scale")
    assert "1280x720" in line


def test_without_a_display_it_explains_in_one_line(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    result = run_main(["--data-dir", str(tmp_path)], env)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "no display" in lines[0]
    assert "'kiosk --smoke'" in lines[0]
    assert "xvfb-run make run" in lines[0]


def test_a_bad_settings_file_is_named_without_a_traceback(tmp_path: Path) -> None:
    settings = tmp_path / "kiosk.toml"
    settings.write_text("[clinic]\nname = 3\n", encoding="utf-8")
    result = run_main(["--smoke", "--config", str(settings)], dict(os.environ))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"{settings}: clinic.name: expected a text in quotes" in result.stderr


def test_display_problem_reads_the_environment() -> None:
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}) is None
    assert display_problem({}) is not None
    assert display_problem({"QT_QPA_PLATFORM": "xcb"}) is not None
