"""No way out of patient mode: links open nothing, no program or dialog starts, no pointer."""

from __future__ import annotations

import contextlib
import inspect
import logging
import os
import subprocess
import sys
import webbrowser
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QProcess, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog

from kiosk.lifecycle import (
    ExternalLaunchBlocker,
    block_external_launches,
    hide_cursor,
    show_cursor,
)
from kiosk.ui.read_aloud import SERVICE
from tests.conftest import WindowFactory
from tests.patient_mode import ForbidChildProcesses, forbidden_calls

SECRET = "Jane-Doe-555-0100"


@pytest.fixture
def blocker(qapp: QApplication) -> Iterator[ExternalLaunchBlocker]:
    blocked = block_external_launches()
    yield blocked
    blocked.release()


@pytest.mark.parametrize(
    "url",
    [
        f"http://example.org/?name={SECRET}",
        f"https://example.org/{SECRET}",
        f"file:///home/kiosk/{SECRET}.pdf",
        f"mailto:{SECRET}@example.org",
        "tel:+15555550100",
        f"ftp://example.org/{SECRET}",
        f"{SECRET}.pdf",
    ],
    ids=lambda url: url.split(":")[0] if ":" in url else "no-scheme",
)
def test_a_link_opens_nothing_and_the_log_names_only_its_scheme(
    qtbot: Any, blocker: ExternalLaunchBlocker, caplog: pytest.LogCaptureFixture, url: str
) -> None:
    with caplog.at_level(logging.INFO), qtbot.waitSignal(blocker.refused) as refused:
        assert QDesktopServices.openUrl(QUrl(url)), "handled (by refusing), not passed on"
    assert refused.args == [QUrl(url).scheme()]
    assert "refused to open" in caplog.text
    assert SECRET not in caplog.text
    assert "555" not in caplog.text


def test_release_hands_links_back_to_the_platform(
    qtbot: Any, qtlog: Any, qapp: QApplication
) -> None:
    if QGuiApplication.platformName() != "offscreen":
        pytest.skip("would open a real browser; the offscreen platform opens nothing")
    blocker = block_external_launches()
    blocker.release()
    with qtbot.assertNotEmitted(blocker.refused), qtlog.disabled():  # "cannot open URLs"
        assert not QDesktopServices.openUrl(QUrl("https://example.org/"))


# Programs, dialogs, browsers -----------------------------------------------------------------

OriginalMap = dict[tuple[int, str], object]


def originals() -> OriginalMap:
    return {(id(owner), name): inspect.getattr_static(owner, name) for owner, name, _ in CALLS}


CALLS = forbidden_calls()


def _examples() -> list[tuple[str, Any, str, Callable[[], object]]]:
    """How kiosk code would really call each of them (all harmless if the patch held).

    Every call is a lambda that looks the function up when called: a function taken at import
    time (``os.fork`` itself) would bypass the patch and really fork pytest.
    """
    missing = "/nonexistent/kiosk-test-program"
    return [
        ("subprocess.run", subprocess, "Popen", lambda: subprocess.run([missing], check=False)),
        ("subprocess.Popen", subprocess, "Popen", lambda: subprocess.Popen([missing])),
        ("os.system", os, "system", lambda: os.system(missing)),
        ("os.popen", os, "popen", lambda: os.popen(missing)),
        ("os.execv", os, "execv", lambda: os.execv(missing, [missing])),
        ("os.execvp", os, "execvp", lambda: os.execvp(missing, [missing])),
        ("os.execl", os, "execl", lambda: os.execl(missing, missing)),
        ("os.spawnv", os, "spawnv", lambda: os.spawnv(os.P_WAIT, missing, [missing])),
        ("os.spawnlp", os, "spawnlp", lambda: os.spawnlp(os.P_NOWAIT, missing, missing)),
        ("os.posix_spawn", os, "posix_spawn", lambda: os.posix_spawn(missing, [missing], {})),
        ("os.fork", os, "fork", lambda: os.fork()),  # noqa: PLW0108 (late lookup)
        ("QProcess.start", QProcess, "start", lambda: QProcess().start(missing, [])),
        (
            "QProcess.startDetached",
            QProcess,
            "startDetached",
            lambda: QProcess.startDetached(missing, []),
        ),
        ("QProcess.execute", QProcess, "execute", lambda: QProcess.execute(missing, [])),
        (
            "getOpenFileName",
            QFileDialog,
            "getOpenFileName",
            lambda: QFileDialog.getOpenFileName(None, "Open"),
        ),
        (
            "getOpenFileNames",
            QFileDialog,
            "getOpenFileNames",
            lambda: QFileDialog.getOpenFileNames(None, "Open"),
        ),
        (
            "getSaveFileName",
            QFileDialog,
            "getSaveFileName",
            lambda: QFileDialog.getSaveFileName(None, "Save"),
        ),
        (
            "getExistingDirectory",
            QFileDialog,
            "getExistingDirectory",
            lambda: QFileDialog.getExistingDirectory(None, "Folder"),
        ),
        ("webbrowser.open", webbrowser, "open", lambda: webbrowser.open("https://example.org")),
        (
            "webbrowser.open_new_tab",
            webbrowser,
            "open_new_tab",
            lambda: webbrowser.open_new_tab("https://example.org"),
        ),
    ]


EXAMPLES = _examples()


@pytest.mark.parametrize(
    ("owner", "name", "call"),
    [(owner, name, call) for _, owner, name, call in EXAMPLES],
    ids=[label for label, *_ in EXAMPLES],
)
def test_each_real_call_raises_inside_and_works_again_after(
    qapp: QApplication, owner: Any, name: str, call: Callable[[], object]
) -> None:
    original = inspect.getattr_static(owner, name)
    with ForbidChildProcesses() as guard:
        # Checked before calling: an unpatched os.fork() would fork pytest itself.
        assert inspect.getattr_static(owner, name) is not original
        with pytest.raises(AssertionError, match=r"^patient mode must not start "):
            call()
        assert len(guard.violations) == 1
    assert inspect.getattr_static(owner, name) is original


def test_every_replaced_call_raises_and_everything_is_put_back(qapp: QApplication) -> None:
    before = originals()
    labels = [f"{getattr(owner, '__name__', owner)}.{name}" for owner, name, _ in CALLS]
    assert {"Popen", "system", "execv", "fork", "posix_spawn", "startDetached"} <= {
        name for _, name, _ in CALLS
    }
    with ForbidChildProcesses() as guard:
        for owner, name, _ in CALLS:
            assert inspect.getattr_static(owner, name) is not before[(id(owner), name)], name
            with pytest.raises(AssertionError, match=r"^patient mode must not start "):
                getattr(owner, name)()
    assert len(guard.violations) == len(CALLS)
    assert all(label in " ".join(guard.violations) for label in labels)
    assert originals() == before


def test_the_kiosk_voice_process_is_the_one_program_allowed(qapp: QApplication) -> None:
    with ForbidChildProcesses() as guard:
        voice = QProcess()
        voice.start(sys.executable, [*SERVICE, "no-such-engine"])
        assert voice.waitForStarted(10_000)
        voice.closeWriteChannel()
        assert voice.waitForFinished(10_000)
        with pytest.raises(AssertionError, match=r"^patient mode must not start "):
            QProcess().start(sys.executable, ["-c", "print('not the voice')"])
    assert len(guard.violations) == 1


def test_programs_start_again_after_the_block(qapp: QApplication) -> None:
    with ForbidChildProcesses():
        pass
    done = subprocess.run(
        [sys.executable, "-c", "print('ok')"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert done.stdout == "ok\n"
    process = QProcess()
    process.start(sys.executable, ["-c", "pass"])
    assert process.waitForFinished(30_000)
    assert process.exitCode() == 0


def test_everything_is_put_back_when_the_test_inside_fails(qapp: QApplication) -> None:
    before = originals()
    with pytest.raises(ZeroDivisionError), ForbidChildProcesses():
        _ = 1 / 0
    assert originals() == before


def test_a_guard_cannot_be_entered_twice(qapp: QApplication) -> None:
    guard = ForbidChildProcesses()
    with guard, pytest.raises(RuntimeError, match="already active"), guard:
        pass


def test_the_guard_records_attempts_the_code_swallowed(qapp: QApplication) -> None:
    # The code under test hides the error; the guard still knows.
    with ForbidChildProcesses() as guard, contextlib.suppress(Exception):
        subprocess.run(["true"], check=False)
    assert guard.violations == [
        "patient mode must not start a program: subprocess.Popen() was called"
    ]


# Cursor ---------------------------------------------------------------------------------------


def test_hide_cursor_blanks_the_pointer_and_show_cursor_brings_it_back(
    qapp: QApplication,
) -> None:
    assert QGuiApplication.overrideCursor() is None
    try:
        hide_cursor(qapp)
        hide_cursor(qapp)  # twice is the same as once
        cursor = QGuiApplication.overrideCursor()
        assert cursor is not None
        assert cursor.shape() == Qt.CursorShape.BlankCursor
    finally:
        show_cursor(qapp)
    assert QGuiApplication.overrideCursor() is None


def test_the_whole_kiosk_window_starts_no_program(make_window: WindowFactory) -> None:
    """Also shows the guard can wrap GUI tests (the autouse fixture in tests/conftest.py)."""
    with ForbidChildProcesses() as guard:
        window = make_window(kiosk_mode=True)
        window.reset()
    assert guard.violations == []
