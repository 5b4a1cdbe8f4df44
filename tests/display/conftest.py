"""Fixtures for the display tests: the kiosk started on a real display, and its screenshots."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path

import pytest

from tests.display.screenshots import Shot
from tests.display.servers import Session, cage, x11

SHOTS_ENV = "KIOSK_DISPLAY_SHOTS"
"""A folder that receives a copy of every screenshot the tests keep (the README's pictures)."""

KeepShot = Callable[[Shot, str], Path]


def screen(kind: str, width: int, height: int) -> object:
    """A parameter for the ``session`` fixture: "x11" (Xvfb, no window manager), "openbox"
    (Xvfb with openbox) or "cage" (cage, headless), at width x height."""
    return pytest.param((kind, (width, height)), id=f"{kind}-{width}x{height}")


@pytest.fixture
def session(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Session]:
    """The kiosk started with --kiosk on the display its parameter names (see ``screen``),
    showing its start screen; ended with the display when the test is over."""
    kind, size = request.param
    started: AbstractContextManager[Session]
    if kind == "cage":
        started = cage(tmp_path, size)
    else:
        started = x11(tmp_path, size, window_manager=kind == "openbox")
    with started as running:
        yield running


@pytest.fixture
def keep_shot(tmp_path: Path) -> KeepShot:
    """Saves a screenshot as ``tmp_path/<name>.png``, and a copy in $KIOSK_DISPLAY_SHOTS if set."""

    def keep(shot: Shot, name: str) -> Path:
        path = tmp_path / f"{name}.png"
        shot.save_png(path)
        if folder := os.environ.get(SHOTS_ENV):
            Path(folder).mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, Path(folder) / path.name)
        return path

    return keep
