"""The kiosk and the staff command line can write at the same moment without losing anything."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from kiosk.storage import RequestQueue
from tests.conftest import ROOT
from tests.storage.support import integrity_check, raw_database, stored_ids

SAVES_PER_PROCESS = 100


def worker(mode: str, data_dir: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.storage.worker", mode, str(data_dir), *args],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_processes_saving_at_once_keep_every_request(data_dir: Path) -> None:
    RequestQueue.open(data_dir).close()
    savers = [worker("save-on-go", data_dir, str(SAVES_PER_PROCESS)) for _ in range(2)]
    try:
        for saver in savers:
            assert saver.stdout is not None
            assert saver.stdout.readline() == "READY\n"
        for saver in savers:  # both are open and waiting: start them together
            assert saver.stdin is not None
            saver.stdin.write("GO\n")
            saver.stdin.flush()
        outputs = [saver.communicate(timeout=120) for saver in savers]
    finally:
        for saver in savers:
            saver.kill()
            saver.wait()
    assert [saver.returncode for saver in savers] == [0, 0], [err for _, err in outputs]
    acked = [
        [line.removeprefix("ACK ") for line in out.splitlines() if line.startswith("ACK ")]
        for out, _ in outputs
    ]
    assert [len(ids) for ids in acked] == [SAVES_PER_PROCESS, SAVES_PER_PROCESS]
    assert stored_ids(data_dir) == set(acked[0]) | set(acked[1])
    assert integrity_check(data_dir) == ["ok"]
    first, second = (save_times(data_dir, ids) for ids in acked)
    assert max(first[0], second[0]) < min(first[1], second[1]), "the saves did not overlap"


def save_times(data_dir: Path, ids: list[str]) -> tuple[str, str]:
    """The first and last created_at among ``ids`` (ISO text sorts as time)."""
    with raw_database(data_dir) as connection:
        times = [
            connection.execute("SELECT created_at FROM requests WHERE id = ?", (i,)).fetchone()[0]
            for i in ids
        ]
    return min(times), max(times)
