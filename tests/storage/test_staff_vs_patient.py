"""Staff tools never make a patient's save fail or wait long.

A child process saves requests every 20 ms, like a kiosk's patients pressing Send, and times
each save, while this process does what staff and the clinic's IT do to the same queue: hold
a long read open (a slow export to a USB stick, a backup, a sqlite3 shell) while purging,
export and mark ten thousand requests, purge ten thousand handled ones. No save may fail and
none may wait more than MAX_SAVE_S.

STAFF_ROUNDS sets the number of rounds (default 1; ``make soak`` runs 20), each on a fresh
queue with its own saver.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.storage import ExportFormat, PurgeResult, RequestQueue, export_requests
from kiosk.storage.queue import DATABASE_NAME
from kiosk.storage.retention import finish_pending_wipe
from tests.storage.bulk import insert_requests

ROUNDS = int(os.environ.get("STAFF_ROUNDS", "1"))
MAX_SAVE_S = 0.5
ROWS = 10_000
PROJECT = Path(__file__).resolve().parents[2]


@contextmanager
def timed_saver(data_dir: Path) -> Iterator[list[str]]:
    """Runs tests/storage/timed_saver.py; yields the list its SAVE lines are put in at exit."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.storage.timed_saver", str(data_dir)],
        cwd=PROJECT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "READY"
    lines: list[str] = []
    try:
        yield lines
    finally:
        output, _ = child.communicate(timeout=60)
        lines.extend(line for line in output.splitlines() if line.startswith("SAVE "))
    assert child.returncode == 0


@contextmanager
def long_reader(data_dir: Path) -> Iterator[None]:
    """A connection holding one read snapshot open, as a slow export or a backup does."""
    with closing(sqlite3.connect(data_dir / DATABASE_NAME, isolation_level=None)) as reader:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM requests").fetchall()
        yield
        reader.execute("COMMIT")


def staff_round(data_dir: Path, export_dir: Path) -> list[str]:
    """One round of staff work against a queue a patient is saving into; the SAVE lines."""
    now = datetime.now(UTC)
    insert_requests(data_dir, ROWS, status="handled", start=now - timedelta(days=90))
    insert_requests(data_dir, ROWS, status="new", start=now - timedelta(days=2))
    export_dir.mkdir()
    with timed_saver(data_dir) as saves, RequestQueue.open(data_dir) as staff:
        with long_reader(data_dir):
            purged = staff.purge_handled(30, staff_name="Ann")
        assert purged == PurgeResult(deleted=ROWS, wiped=False)  # the reader held old copies
        assert finish_pending_wipe(staff.database)
        result = export_requests(
            data_dir, export_dir, ExportFormat.CSV, mark_exported=True, staff_name="Ann"
        )
        assert result.count >= ROWS
        with long_reader(data_dir):
            staff.purge_handled(30, staff_name="Ann")
    return saves


def test_no_save_fails_or_waits_long_while_staff_work(tmp_path: Path) -> None:
    saves: list[str] = []
    for number in range(ROUNDS):
        saves += staff_round(tmp_path / f"kiosk-{number}", tmp_path / f"exports-{number}")
    seconds = [float(line.split()[1]) for line in saves]
    failures = [line for line in saves if not line.endswith(" ok")]
    print(
        f"staff vs patient: {ROUNDS} round(s), {len(seconds)} saves, median "
        f"{statistics.median(seconds) * 1000:.0f} ms, p99 "
        f"{statistics.quantiles(seconds, n=100)[98] * 1000:.0f} ms, longest "
        f"{max(seconds) * 1000:.0f} ms, {len(failures)} failed"
    )
    assert len(seconds) >= 10 * ROUNDS, "the saver should have saved throughout"
    assert failures == []
    assert max(seconds) < MAX_SAVE_S
