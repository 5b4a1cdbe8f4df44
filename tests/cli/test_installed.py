"""The kiosk as a deployed kiosk has it: built into a wheel and installed as a copy (``make
install``), run from outside the source tree, so nothing can come from resources/ on disk."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import ROOT

BUILD_TIMEOUT_S = 120
RUN_TIMEOUT_S = 60


def build_wheel(tmp_path: Path) -> Path:
    """A wheel of the project, built from a copy of it (setuptools writes into the tree it
    builds) with the installed setuptools, as ``make install`` builds it."""
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    ignore = shutil.ignore_patterns("__pycache__")
    for folder in ("kiosk", "resources"):
        shutil.copytree(ROOT / folder, source / folder, symlinks=True, ignore=ignore)
    pip_wheel = [
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--quiet",
        "--no-deps",
        "--no-build-isolation",
    ]
    subprocess.run(
        [*pip_wheel, "--wheel-dir", str(tmp_path / "dist"), str(source)],
        check=True,
        capture_output=True,
        timeout=BUILD_TIMEOUT_S,
    )
    (wheel,) = (tmp_path / "dist").glob("rfa_kiosk-*.whl")
    return wheel


def test_the_installed_kiosk_carries_its_content_and_doctor_checks_that_copy(
    tmp_path: Path,
) -> None:
    wheel = build_wheel(tmp_path)
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {
        path.relative_to(ROOT / "resources").as_posix()
        for path in (ROOT / "resources").rglob("*")
        if path.is_file()
    }
    assert {f"kiosk/builtin/{name}" for name in shipped} <= names
    assert "kiosk/resources_rc.py" in names

    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:  # what pip does with a pure-Python wheel
        archive.extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    doctor = subprocess.run(
        [sys.executable, "-m", "kiosk", "doctor", "--data-dir", str(tmp_path / "data")],
        cwd=elsewhere,
        env={**env, "PYTHONPATH": str(site), "PYTHONDONTWRITEBYTECODE": "1"},
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
        check=False,
    )
    lines = doctor.stdout.splitlines()
    assert doctor.stderr == ""
    assert lines[1].startswith("OK       content: 38 pages and 4 learning files valid"), lines
    where = subprocess.run(
        [sys.executable, "-c", "import kiosk.staff.doctor as d; print(d.BUILTIN.resolve())"],
        cwd=elsewhere,
        env={**env, "PYTHONPATH": str(site)},
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
        check=True,
    )
    assert Path(where.stdout.strip()).is_relative_to(site)
