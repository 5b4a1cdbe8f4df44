"""Running a test step in a forked child, as another user when the tests run as root.

Root ignores file modes, so "this folder cannot be written" only means something for another
user; a resource limit set in a child does not reach pytest. (The same approach as
test_failures.py, shared here for the export tests.)
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

NOBODY = 65534
IS_ROOT = os.geteuid() == 0


def run_in_child(action: Callable[[], dict[str, Any]], *, as_nobody: bool) -> dict[str, Any]:
    """Runs ``action`` in a forked child (as uid/gid 65534 if asked); returns its result."""
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        os.close(reader)
        try:
            if as_nobody:
                os.setgroups([])
                os.setgid(NOBODY)
                os.setuid(NOBODY)
            outcome = action()
        except BaseException:
            outcome = {"crashed": traceback.format_exc()}
        try:
            os.write(writer, json.dumps(outcome).encode())
        finally:
            os._exit(0)
    os.close(writer)
    with os.fdopen(reader, "rb") as pipe:
        output = pipe.read()
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    result: dict[str, Any] = json.loads(output)
    assert "crashed" not in result, result.get("crashed")
    return result


def shared_folder() -> Iterator[Path]:
    """A folder outside pytest's root-only tmp_path that the child's user can reach; removed
    afterwards. Use as ``yield from shared_folder()`` in a fixture."""
    folder = Path(tempfile.mkdtemp(prefix="kiosk-export-"))
    try:
        yield folder
    finally:
        for path in [folder, *folder.rglob("*")]:
            if path.is_dir():
                path.chmod(0o700)
        shutil.rmtree(folder)


def hand_over(folder: Path) -> None:
    """Gives ``folder`` (not what is in it) to the child's user when the tests run as root."""
    if IS_ROOT:
        os.chown(folder, NOBODY, NOBODY)


def hand_over_all(folder: Path) -> None:
    """Gives ``folder`` and everything in it to the child's user when the tests run as root."""
    if IS_ROOT:
        for path in [folder, *folder.rglob("*")]:
            os.chown(path, NOBODY, NOBODY)
