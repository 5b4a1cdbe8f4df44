"""Starting and watching child processes in the lifecycle tests, with deadlines (no sleeps)."""

from __future__ import annotations

import os
import selectors
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from tests.conftest import ROOT

LINE_TIMEOUT_S = 30.0
EXIT_TIMEOUT_S = 10.0


def start_worker(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.lifecycle.worker", *args],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@contextmanager
def worker(*args: str) -> Iterator[subprocess.Popen[str]]:
    """A worker that is killed and reaped when the block ends, whatever happened."""
    process = start_worker(*args)
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=EXIT_TIMEOUT_S)


def read_line(process: subprocess.Popen[str], timeout: float = LINE_TIMEOUT_S) -> str:
    """The child's next stdout line; fails if none comes within ``timeout`` seconds.

    The workers print one line and then wait, so nothing is left in Python's buffer unseen.
    """
    assert process.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        if not selector.select(timeout):
            raise AssertionError(f"no line from the child within {timeout} s")
    line = process.stdout.readline()
    if not line:
        _, err = process.communicate(timeout=EXIT_TIMEOUT_S)
        raise AssertionError(f"the child exited ({process.returncode}) without a line: {err}")
    return line.rstrip("\n")
