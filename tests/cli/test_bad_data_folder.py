"""Something else where the data folder or its database belongs: one line that says so."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_subprocess import TIMEOUT_S, headless_env
from tests.conftest import ROOT


def run(tmp_path: Path, data_dir: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *arguments, "--data-dir", str(data_dir)],
        cwd=tmp_path,
        env={**headless_env(), "XDG_STATE_HOME": str(tmp_path / "xdg-state")},
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )


@pytest.mark.parametrize(
    ("command", "exit_code"),
    [([str(ROOT / "main.py"), "--smoke"], 2), (["-m", "kiosk", "requests"], 1)],
    ids=["kiosk", "staff-command"],
)
def test_a_file_where_the_data_folder_belongs(
    tmp_path: Path, command: list[str], exit_code: int
) -> None:
    data_dir = tmp_path / "data"
    data_dir.write_text("not a folder")
    result = run(tmp_path, data_dir, *command)
    assert result.returncode == exit_code
    assert result.stderr.splitlines() == [
        f"kiosk: {data_dir} is a file, not a folder; move it away or choose another data folder"
    ]


def test_a_folder_where_the_database_belongs(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    (data_dir / "requests.db").mkdir(parents=True)
    result = run(tmp_path, data_dir, "-m", "kiosk", "requests")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"kiosk: {data_dir / 'requests.db'} is a folder, not the database file; move it away"
    ]
