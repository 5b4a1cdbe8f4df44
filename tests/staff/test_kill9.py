"""Killing the process (kill -9, a power cut) never gives an attacker fresh guesses.

A child guesses wrong PINs and is killed with SIGKILL mid-sequence; the parent reopens the
same folder and must find every acknowledged failure still counted. A second child is killed
while its PIN is being checked: that attempt counts too, because it is counted before the
check starts.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from kiosk.staff import Disabled, MustWait, WrongPin
from kiosk.staff.throttle import DEFAULT_POLICY
from tests.conftest import ROOT
from tests.staff.support import PIN, T0, WRONG_PIN, open_fast
from tests.staff.worker import ATTEMPT_GAP

TIMEOUT_S = 60


def start(mode: str, data_dir: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.staff.worker", mode, str(data_dir)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def read_until(child: subprocess.Popen[str], wanted: str) -> list[str]:
    assert child.stdout is not None
    lines: list[str] = []
    while True:
        line = child.stdout.readline()
        assert line, f"the child ended before {wanted!r}: {lines}"
        lines.append(line.strip())
        if line.strip() == wanted:
            return lines


def kill(child: subprocess.Popen[str]) -> None:
    child.send_signal(signal.SIGKILL)
    _, errors = child.communicate(timeout=TIMEOUT_S)  # also closes the pipes
    assert child.returncode == -signal.SIGKILL, errors


def stored_failures(data_dir: Path) -> int:
    with open_fast(data_dir) as directory:
        (account,) = directory.accounts(now=T0 + timedelta(days=365))
    return account.failures


def test_failures_counted_before_a_kill_9_are_still_counted_after_it(data_dir: Path) -> None:
    with open_fast(data_dir) as directory:
        directory.add("Ann", PIN)
    child = start("guess", data_dir)
    try:
        read_until(child, "FAILED 4")
    finally:
        kill(child)

    failures = stored_failures(data_dir)
    assert failures >= 4  # 5 if the kill landed after the next attempt was counted
    with open_fast(data_dir) as directory:
        last_failure = T0 + (failures - 1) * ATTEMPT_GAP
        waiting = directory.sign_in("Ann", PIN, now=last_failure + timedelta(seconds=1))
        assert waiting == MustWait(DEFAULT_POLICY.wait_after(failures) - 1)
        # The sequence goes on where it stopped: the 10th failure in all disables.
        now = last_failure + timedelta(hours=2)
        results = []
        for _ in range(10 - failures):
            results.append(directory.sign_in("Ann", WRONG_PIN, now=now))
            now += timedelta(hours=2)
        assert all(isinstance(result, WrongPin) for result in results[:-1])
        assert results[-1] == Disabled()


def test_a_kill_while_the_pin_is_being_checked_still_counts_the_attempt(data_dir: Path) -> None:
    with open_fast(data_dir) as directory:
        directory.add("Ann", PIN)
    for expected in (1, 2, 3):
        child = start("stall", data_dir)
        try:
            read_until(child, "CHECKING")
        finally:
            kill(child)
        assert stored_failures(data_dir) == expected
    with open_fast(data_dir) as directory:
        assert directory.sign_in("Ann", PIN, now=T0 + timedelta(seconds=5)) == MustWait(25)
