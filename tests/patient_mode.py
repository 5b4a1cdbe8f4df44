"""For tests: patient mode must never start a program, a file dialog or a browser.

ForbidChildProcesses patches every Python way of doing so to fail (and records the attempt,
in case the code under test swallows the error). tests/conftest.py wraps every test with a
screen in it. Qt's own C++ code is covered in the product by block_external_launches().
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import webbrowser
from collections.abc import Callable
from types import TracebackType
from typing import Any

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QFileDialog

_PROCESS = "a program"
_DIALOG = "a file dialog"
_BROWSER = "a web browser"
_OS_STARTERS = (
    "system",
    "popen",
    "execl",
    "execle",
    "execlp",
    "execlpe",
    "execv",
    "execve",
    "execvp",
    "execvpe",
    "spawnl",
    "spawnle",
    "spawnlp",
    "spawnlpe",
    "spawnv",
    "spawnve",
    "spawnvp",
    "spawnvpe",
    "posix_spawn",
    "posix_spawnp",
    "fork",
    "forkpty",
)
_QPROCESS_STARTERS = ("start", "startDetached", "startCommand", "execute", "open")
_FILE_DIALOGS = (
    "getOpenFileName",
    "getOpenFileNames",
    "getSaveFileName",
    "getExistingDirectory",
    "getOpenFileUrl",
    "getOpenFileUrls",
    "getSaveFileUrl",
    "getExistingDirectoryUrl",
)


def forbidden_calls() -> list[tuple[Any, str, str]]:
    """(owner, attribute, what it starts) for everything ForbidChildProcesses replaces."""
    calls: list[tuple[Any, str, str]] = [(subprocess, "Popen", _PROCESS)]
    calls += [(os, name, _PROCESS) for name in _OS_STARTERS if hasattr(os, name)]
    try:  # what subprocess and multiprocessing use underneath, on POSIX
        posix_subprocess = importlib.import_module("_posixsubprocess")
    except ImportError:
        pass
    else:
        calls.append((posix_subprocess, "fork_exec", _PROCESS))
    calls += [(QProcess, name, _PROCESS) for name in _QPROCESS_STARTERS if hasattr(QProcess, name)]
    calls += [(QFileDialog, name, _DIALOG) for name in _FILE_DIALOGS if hasattr(QFileDialog, name)]
    calls += [(webbrowser, name, _BROWSER) for name in ("open", "open_new", "open_new_tab")]
    return calls


def is_speech_service(program: object, arguments: object = ()) -> bool:
    """The kiosk's own voice process (kiosk.speech_service), the one program it starts."""
    from kiosk.ui.read_aloud import SERVICE  # noqa: PLC0415

    return program == sys.executable and list(arguments)[: len(SERVICE)] == SERVICE  # type: ignore[call-overload]


def _owner_name(owner: Any) -> str:
    return str(owner.__name__)


class ForbidChildProcesses:
    """A context manager for tests: starting a program, a file dialog or a browser fails.

    Inside it, subprocess.Popen (and so run/call/check_output), os.system/popen/exec*/spawn*/
    posix_spawn*/fork, QProcess.start/startDetached/startCommand/execute/open (but for the
    kiosk's own voice process, kiosk.speech_service, through QProcess.start), the static
    QFileDialog getters and webbrowser.open* raise ``AssertionError("patient mode must not
    start ...")``. Each attempt is also recorded in ``violations`` in case the code under test
    swallows the error. On exit everything is put back exactly as it was.

    It patches Python attributes only: Qt's own C++ code (a QLabel link opening a browser
    through QDesktopServices) is not seen here; block_external_launches() covers that.
    """

    def __init__(self) -> None:
        self.violations: list[str] = []
        self._saved: list[tuple[Any, str, bool, Any]] = []

    def __enter__(self) -> ForbidChildProcesses:
        if self._saved:
            raise RuntimeError("ForbidChildProcesses is already active")
        try:
            for owner, name, what in forbidden_calls():
                own = name in vars(owner)
                self._saved.append((owner, name, own, vars(owner).get(name)))
                refusal = self._refusal(f"{_owner_name(owner)}.{name}", what)
                if owner is QProcess and name == "start":
                    setattr(owner, name, self._speech_only(getattr(owner, name), refusal))
                    continue
                setattr(owner, name, staticmethod(refusal) if isinstance(owner, type) else refusal)
        except BaseException:
            self._restore()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._restore()

    def _restore(self) -> None:
        while self._saved:
            owner, name, own, original = self._saved.pop()
            if own:
                setattr(owner, name, original)
            else:
                delattr(owner, name)

    @staticmethod
    def _speech_only(start: Callable[..., Any], refusal: Callable[..., Any]) -> Callable[..., Any]:
        """QProcess.start for the kiosk's voice process; anything else is refused."""

        def start_speech_only(*args: object, **kwargs: object) -> Any:
            if len(args) >= 2 and isinstance(args[0], QProcess) and is_speech_service(*args[1:3]):
                return start(*args, **kwargs)
            return refusal(*args, **kwargs)

        return start_speech_only

    def _refusal(self, label: str, what: str) -> Callable[..., Any]:
        def refuse(*args: object, **kwargs: object) -> Any:
            message = f"patient mode must not start {what}: {label}() was called"
            self.violations.append(message)
            raise AssertionError(message)

        refuse.__name__ = refuse.__qualname__ = f"forbidden_{label.replace('.', '_')}"
        return refuse
