"""kill -9 at any moment never loses a request the patient was thanked for, nor damages the file.

A saver child prints "ACK <id>" only after ``save()`` returned (the moment the kiosk would show
"thank you"); an exporter child marks rows exported and reads them meanwhile. The saver is
killed with SIGKILL at a random moment, then the exporter too, and the database must hold every
acknowledged id and pass ``PRAGMA integrity_check``.

KILL9_RUNS sets the number of runs (default 50; ``make soak`` runs 200) and KILL9_SEED replays
a failing series; the seed is printed and named in every failure.
"""

from __future__ import annotations

import os
import random
import select
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.storage import RequestQueue
from tests.conftest import ROOT
from tests.storage.support import integrity_check, raw_database

RUNS = int(os.environ.get("KILL9_RUNS", "50"))
MAX_KILL_DELAY_S = 0.3
START_TIMEOUT_S = 30.0
CONTROL_RUNS = 3


class ChildOutput:
    """What a child has printed so far, read from its stdout pipe without blocking forever."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        assert process.stdout is not None
        self._fd = process.stdout.fileno()
        self._data = bytearray()

    def lines(self) -> list[str]:
        """Complete lines only: a line cut short by the kill was never fully acknowledged."""
        complete = self._data[: self._data.rfind(b"\n") + 1]
        return complete.decode().splitlines()

    def ready(self) -> bool:
        return "READY" in self.lines()

    def acked(self) -> list[str]:
        return [line.removeprefix("ACK ") for line in self.lines() if line.startswith("ACK ")]

    def read_until(self, done: Callable[[], bool], deadline: float) -> None:
        """Reads until ``done()``, end of output, or the deadline, whichever comes first."""
        while not done():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            readable, _, _ = select.select([self._fd], [], [], remaining)
            if readable and not self._read_once():
                return

    def read_to_end(self) -> None:
        while self._read_once():
            pass

    def _read_once(self) -> bool:
        chunk = os.read(self._fd, 65536)
        self._data += chunk
        return bool(chunk)


@dataclass
class Outcome:
    acked: list[str]
    present: set[str]
    integrity: list[str]
    mismatched_export_times: int
    quarantined: bool
    exit_codes: tuple[int, int]
    errors: str

    @property
    def lost(self) -> set[str]:
        return set(self.acked) - self.present


def start(mode: str, data_dir: Path) -> subprocess.Popen[bytes]:
    errors = (data_dir.parent / f"{data_dir.name}-{mode}.err").open("wb")
    with errors:
        return subprocess.Popen(
            [sys.executable, "-m", "tests.storage.worker", mode, str(data_dir)],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"},
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=errors,
            bufsize=0,
        )


def run_once(data_dir: Path, saver_mode: str, kill_after_s: float | None) -> Outcome:
    """One saver and one exporter; kills the saver ``kill_after_s`` after it is ready, or right
    after its first ACK when ``kill_after_s`` is None."""
    exporter = start("export", data_dir)
    saver = start(saver_mode, data_dir)
    try:
        outputs = [ChildOutput(exporter), ChildOutput(saver)]
        for output in outputs:
            output.read_until(output.ready, time.monotonic() + START_TIMEOUT_S)
        saver_output = outputs[1]
        if all(output.ready() for output in outputs):
            if kill_after_s is None:
                saver_output.read_until(
                    lambda: bool(saver_output.acked()), time.monotonic() + START_TIMEOUT_S
                )
            else:
                saver_output.read_until(lambda: False, time.monotonic() + kill_after_s)
        saver.kill()
        saver_output.read_to_end()  # ACKs already in the pipe were given before the kill
        exporter.kill()
    finally:
        for process in (saver, exporter):
            process.kill()
            process.wait()
            if process.stdout is not None:
                process.stdout.close()
    errors = "".join(
        path.read_text(errors="replace")
        for path in sorted(data_dir.parent.glob(f"{data_dir.name}-*.err"))
    )
    integrity = integrity_check(data_dir)  # before open(), which would quarantine damage
    with raw_database(data_dir) as connection:
        (mismatched,) = connection.execute(
            "SELECT count(*) FROM requests WHERE (status = 'exported') != (exported_at IS NOT NULL)"
        ).fetchone()
    with RequestQueue.open(data_dir) as queue:
        present = {stored.request.id for stored in queue.requests()}
        quarantined = queue.quarantined is not None
    return Outcome(
        acked=saver_output.acked(),
        present=present,
        integrity=integrity,
        mismatched_export_times=mismatched,
        quarantined=quarantined,
        exit_codes=(saver.returncode, exporter.returncode),
        errors=errors,
    )


def test_kill_9_never_loses_an_acknowledged_request(tmp_path: Path) -> None:
    seed = int(os.environ.get("KILL9_SEED", random.randrange(2**32)))
    print(f"kill -9 harness: KILL9_SEED={seed} KILL9_RUNS={RUNS}")
    rng = random.Random(seed)
    problems = []
    acked_total = 0
    for run in range(RUNS):
        delay = rng.uniform(0, MAX_KILL_DELAY_S)
        outcome = run_once(tmp_path / f"run-{run}", "save", delay)
        acked_total += len(outcome.acked)
        healthy = (
            not outcome.lost
            and outcome.integrity == ["ok"]
            and outcome.mismatched_export_times == 0
            and not outcome.quarantined
            and outcome.exit_codes == (-9, -9)  # neither child stopped on an error first
        )
        if not healthy:
            problems.append(
                f"run {run} (kill after {delay * 1000:.0f} ms): lost {sorted(outcome.lost)}, "
                f"integrity {outcome.integrity}, {outcome.mismatched_export_times} rows with "
                f"inconsistent export times, quarantined={outcome.quarantined}, "
                f"exit codes {outcome.exit_codes}\n{outcome.errors}"
            )
    assert problems == [], f"KILL9_SEED={seed}"
    assert acked_total > RUNS, "the saver hardly ever acknowledged anything: nothing was tested"


def test_the_harness_notices_an_acknowledgement_given_before_commit(tmp_path: Path) -> None:
    """Negative control: a saver that says ACK before saving must be caught losing a request."""
    outcomes = [
        run_once(tmp_path / f"control-{run}", "ack-early", kill_after_s=None)
        for run in range(CONTROL_RUNS)
    ]
    assert all(outcome.acked for outcome in outcomes), [o.errors for o in outcomes]
    assert any(outcome.lost for outcome in outcomes)
    assert all(outcome.integrity == ["ok"] for outcome in outcomes)
