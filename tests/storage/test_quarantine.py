"""A damaged database found at start is moved aside (never deleted) and a fresh one is used."""

from __future__ import annotations

import os
import random
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.storage import RequestQueue
from tests.storage.support import integrity_check, patient_request

PAGE_SIZE = 4096
QUARANTINE_NAME = re.compile(r"^requests\.db\.corrupt-\d{8}T\d{6}Z$")


def overwrite_header(database: Path) -> None:
    with database.open("r+b") as file:
        file.write(b"this is no db :(")  # the 16-byte "SQLite format 3\0" magic


def truncate(database: Path) -> None:
    os.truncate(database, 300)


def overwrite_a_middle_page(database: Path) -> None:
    pages = database.stat().st_size // PAGE_SIZE
    assert pages >= 10, "the database should span several pages"
    garbage = b"\xff" + random.Random(20260314).randbytes(PAGE_SIZE - 1)
    with database.open("r+b") as file:
        file.seek(pages // 2 * PAGE_SIZE)
        file.write(garbage)


DAMAGE: dict[str, Callable[[Path], None]] = {
    "header": overwrite_header,
    "truncated": truncate,
    "middle page": overwrite_a_middle_page,
}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_a_damaged_database_is_moved_aside_and_a_fresh_one_used(
    data_dir: Path, damage: Callable[[Path], None]
) -> None:
    database = data_dir / "requests.db"
    with RequestQueue.open(data_dir) as queue:
        for number in range(200):
            queue.save(patient_request(message=f"{number}: " + "please call me back " * 20))
    assert not Path(f"{database}-wal").exists()  # everything is in requests.db itself
    damage(database)
    damaged_bytes = database.read_bytes()

    with RequestQueue.open(data_dir) as queue:
        moved = queue.quarantined
        assert moved is not None
        assert QUARANTINE_NAME.match(moved.name), moved.name
        assert moved.parent == data_dir
        assert moved.read_bytes() == damaged_bytes
        assert queue.requests() == []
        request = patient_request()
        assert queue.save(request).created
        [alert] = queue.alerts()
        assert alert.kind == "quarantined"
        assert moved.name in alert.message

    # No crash loop: the next start opens the fresh database as it is.
    with RequestQueue.open(data_dir) as reopened:
        assert reopened.quarantined is None
        assert [stored.request.id for stored in reopened.requests()] == [request.id]
        assert [alert.kind for alert in reopened.alerts()] == ["quarantined"]
    assert integrity_check(data_dir) == ["ok"]
    assert moved.read_bytes() == damaged_bytes


def test_the_wal_and_shm_files_move_aside_with_the_database(data_dir: Path) -> None:
    """The WAL may hold the latest commits: it is kept, byte for byte, beside the damaged file
    (the -shm is only SQLite's index of the WAL, rebuilt on every open)."""
    database = data_dir / "requests.db"
    RequestQueue.open(data_dir).close()
    overwrite_header(database)
    Path(f"{database}-wal").write_bytes(b"old wal")
    Path(f"{database}-shm").write_bytes(b"old shm")
    with RequestQueue.open(data_dir) as queue:
        moved = queue.quarantined
        assert moved is not None
        assert Path(f"{moved}-wal").read_bytes() == b"old wal"
        assert Path(f"{moved}-shm").exists()
        assert queue.requests() == []
    assert not Path(f"{database}-wal").exists()  # closed cleanly: no stale WAL beside it


def test_an_empty_database_beside_a_non_empty_wal_is_moved_aside(data_dir: Path) -> None:
    """SQLite would delete a WAL found beside an empty file, and with it the latest commits."""
    database = data_dir / "requests.db"
    RequestQueue.open(data_dir).close()
    database.write_bytes(b"")
    Path(f"{database}-wal").write_bytes(b"committed requests, perhaps")
    with RequestQueue.open(data_dir) as queue:
        moved = queue.quarantined
        assert moved is not None
        assert Path(f"{moved}-wal").read_bytes() == b"committed requests, perhaps"


def test_two_quarantines_in_the_same_second_keep_both_files(data_dir: Path) -> None:
    moved = []
    for _ in range(2):
        RequestQueue.open(data_dir).close()
        overwrite_header(data_dir / "requests.db")
        with RequestQueue.open(data_dir) as queue:
            moved.append(queue.quarantined)
    assert None not in moved
    assert len(set(moved)) == 2
    assert all(path is not None and path.exists() for path in moved)


def test_a_healthy_database_is_never_moved(data_dir: Path) -> None:
    for _ in range(3):
        with RequestQueue.open(data_dir) as queue:
            queue.save(patient_request())
            assert queue.quarantined is None
    assert sorted(p.name for p in data_dir.iterdir()) == ["requests.db", "requests.db.lock"]
