"""Exporting while the kiosk saves requests: neither side sees "database is locked".

A saver child (a very busy kiosk) saves requests one by one, each fsynced; meanwhile this process
exports with --mark-exported again and again. Every save and every export must succeed, every
acknowledged request must be in the database, and each request must be in at most one file,
marked exported if and only if it is in one.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from kiosk.requests.model import Status
from kiosk.storage import RequestQueue, export_requests
from tests.conftest import ROOT
from tests.storage.bulk import insert_requests
from tests.storage.support import integrity_check

SAVES = 120
TIMEOUT_S = 120


def test_exports_and_saves_at_the_same_time_both_succeed(data_dir: Path, tmp_path: Path) -> None:
    insert_requests(data_dir, 1000)  # so that each export takes a while
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}
    saver = subprocess.Popen(
        [sys.executable, "-m", "tests.storage.paced_saver", str(data_dir), str(SAVES)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    files: list[Path] = []
    exports_during_saves = 0
    try:
        assert saver.stdout is not None
        assert saver.stdout.readline() == "READY\n"
        assert saver.stdout.readline().startswith("ACK ")  # saving has begun
        while saver.poll() is None:
            out = tmp_path / f"export-{len(files)}.json"
            export_requests(data_dir, out, "json", mark_exported=True, staff_name="Ann")
            files.append(out)
            exports_during_saves += saver.poll() is None
        rest, errors = saver.communicate(timeout=TIMEOUT_S)
    finally:
        if saver.poll() is None:
            saver.kill()
            saver.communicate()
    assert saver.returncode == 0, errors
    assert "locked" not in errors.lower()
    assert exports_during_saves >= 2, f"{exports_during_saves} exports overlapped the saves"
    acked = [line.removeprefix("ACK ") for line in rest.splitlines() if line.startswith("ACK ")]
    assert len(acked) == SAVES - 1  # the first ACK was read above

    in_files = [record["id"] for path in files for record in json.loads(path.read_text())]
    assert len(in_files) == len(set(in_files)), "a request was exported twice"
    with RequestQueue.open(data_dir) as queue:
        exported = {stored.request.id for stored in queue.requests(Status.EXPORTED)}
        new = {stored.request.id for stored in queue.requests(Status.NEW)}
        assert exported == set(in_files)
        assert set(acked) <= exported | new
        assert len(exported) + len(new) == 1000 + SAVES
    assert integrity_check(data_dir) == ["ok"]
