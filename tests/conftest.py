"""Shared fixtures. Every test runs offscreen with its data and settings under tmp_path.

Qt is imported only inside the window fixtures, so tests/unit never loads it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from kiosk.config import Config

if TYPE_CHECKING:
    from kiosk.storage.keeper import QueueKeeper
    from kiosk.ui.session import IdleTimes
    from kiosk.ui.window import KioskWindow

ROOT = Path(__file__).resolve().parent.parent

LANDSCAPE = (1920, 1080)
PORTRAIT = (1080, 1920)

WindowFactory = Callable[..., "KioskWindow"]


def pytest_configure(config: pytest.Config) -> None:
    """Offscreen Qt's default screen is 800x800 and drops touches outside it; this one holds a
    whole kiosk window in either orientation. Read when the QApplication starts."""
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
        screen = ROOT / "tools" / "offscreen-screen.json"
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"


@pytest.fixture(autouse=True)
def _no_real_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keeps tests away from the real kiosk's settings and data folders."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


@pytest.fixture(autouse=True)
def _patient_mode_starts_no_program(request: pytest.FixtureRequest) -> Iterator[None]:
    """In every test with a screen: no child process, file dialog or browser is ever started
    (an attempt fails the test even if the code under test swallowed the error)."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    from tests.patient_mode import ForbidChildProcesses  # noqa: PLC0415 (unit tests: no Qt)

    with ForbidChildProcesses() as guard:
        yield
    assert guard.violations == []


@pytest.fixture
def config() -> Config:
    return Config()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def make_window(qtbot: Any, config: Config, data_dir: Path) -> Iterator[WindowFactory]:
    """Builds the real kiosk window through the app's own factory, shown at a kiosk size.

    The windows live until the test ends and are closed as the kiosk closes them (pytest-qt
    holds them weakly: a window dropped by the test would otherwise be destroyed unclosed,
    its voice's process still running)."""
    from kiosk.app import create_window  # noqa: PLC0415 (unit tests never load Qt)

    windows: list[KioskWindow] = []

    def make(
        size: tuple[int, int] = LANDSCAPE,
        *,
        kiosk_mode: bool = False,
        settings: Config | None = None,
        idle_times: IdleTimes | None = None,
        read_aloud: bool = False,
        speech_engine: str = "mock",
        keeper: QueueKeeper | None = None,
    ) -> KioskWindow:
        """``read_aloud``: with a voice (Qt's silent test engine unless ``speech_engine`` says
        otherwise) in its own process; off by default, so screens do not change as the voice
        comes up. ``keeper``: the request queue's keeper (one for ``data_dir`` by default)."""
        settings = settings or config
        settings = replace(settings, kiosk=replace(settings.kiosk, read_aloud=read_aloud))
        window = create_window(
            settings,
            data_dir,
            kiosk_mode=kiosk_mode,
            idle_times=idle_times,
            speech_engine=speech_engine,
            keeper=keeper,
        )
        window.allow_close()  # so it can be closed after the test
        qtbot.addWidget(window)
        windows.append(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    for window in windows:
        window.close()


@pytest.fixture
def window(make_window: WindowFactory) -> KioskWindow:
    return make_window()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> object:
    """Leak guard: a GUI test may not leave a window open or a timer running.

    Runs after pytest-qt has closed the widgets the test registered with qtbot.addWidget.
    """
    result = yield
    if "qtbot" in getattr(item, "fixturenames", ()):
        leftovers = _gui_leftovers()
        if leftovers:
            pytest.fail(f"the test left behind: {', '.join(leftovers)}", pytrace=False)
    return result


def _gui_leftovers() -> list[str]:
    from PySide6.QtCore import QCoreApplication, QEvent, QTimer  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    leftovers = []
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            leftovers.append(f"a visible {type(widget).__name__} {widget.objectName()!r}")
        leftovers += [
            f"a running timer {timer.objectName()!r} in {type(widget).__name__}"
            for timer in widget.findChildren(QTimer)
            if timer.isActive()
        ]
    return leftovers
