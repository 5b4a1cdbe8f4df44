"""A save that cannot happen says why, writes nothing half-way, and leaves the queue usable."""

from __future__ import annotations

import fcntl
import os
import stat
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from kiosk.requests.model import Status
from kiosk.storage import (
    RequestQueue,
    StorageCorrupt,
    StorageError,
    StorageFull,
    StorageLocked,
    StorageReadOnly,
)
from tests.storage.children import (
    IS_ROOT,
    hand_over,
    hand_over_all,
    run_in_child,
    shared_folder,
)
from tests.storage.support import integrity_check, patient_request, raw_database, stored_ids


def test_a_full_disk_raises_storage_full_and_writes_nothing(
    queue: RequestQueue, data_dir: Path
) -> None:
    kept = patient_request()
    queue.save(kept)
    # The only way to fill the disk without a small filesystem: cap this connection's file size.
    connection = queue._connection
    assert connection is not None
    (pages,) = connection.execute("PRAGMA page_count").fetchone()
    connection.execute(f"PRAGMA max_page_count = {pages}")
    too_big = patient_request(message="x" * 100_000)  # needs overflow pages

    with pytest.raises(StorageFull, match="full"):
        queue.save(too_big)

    assert not connection.in_transaction
    assert queue.get(too_big.id) is None
    assert stored_ids(data_dir) == {kept.id}
    connection.execute("PRAGMA max_page_count = 1073741823")  # space freed
    assert queue.save(too_big).created
    assert stored_ids(data_dir) == {kept.id, too_big.id}
    assert integrity_check(data_dir) == ["ok"]


def test_a_failed_save_is_recorded_as_an_alert_when_it_can_be(
    queue: RequestQueue, data_dir: Path
) -> None:
    connection = queue._connection  # see the full-disk test above
    assert connection is not None
    (pages,) = connection.execute("PRAGMA page_count").fetchone()
    connection.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StorageFull):
        queue.save(patient_request(message="x" * 100_000))
    alerts = queue.alerts()
    assert [alert.kind for alert in alerts] == ["save_failed"]
    assert "StorageFull" in alerts[0].message


def test_a_writer_holding_the_database_past_the_timeout_raises_storage_locked(
    data_dir: Path,
) -> None:
    RequestQueue.open(data_dir).close()
    with RequestQueue.open(data_dir, busy_timeout_ms=100) as queue:
        request = patient_request()
        with raw_database(data_dir) as other:
            other.execute("BEGIN IMMEDIATE")
            with pytest.raises(StorageLocked, match="locked"):
                queue.save(request)
            other.execute("ROLLBACK")
        assert queue.get(request.id) is None
        assert queue.save(request).created  # usable once the other writer is done
    assert stored_ids(data_dir) == {request.id}


def test_a_process_holding_the_lock_file_past_the_timeout_raises_storage_locked(
    data_dir: Path,
) -> None:
    with RequestQueue.open(data_dir, busy_timeout_ms=200) as queue:
        request = patient_request()
        other = os.open(data_dir / "requests.db.lock", os.O_RDWR)
        try:
            fcntl.flock(other, fcntl.LOCK_EX)
            started = time.monotonic()
            with pytest.raises(StorageLocked, match=r"requests\.db\.lock"):
                queue.save(request)
            waited = time.monotonic() - started
            assert queue.add_alert("test", "cannot be written either") is False
        finally:
            os.close(other)  # releases the lock
        assert waited >= 0.2  # it waited for the busy timeout before giving up
        assert queue.get(request.id) is None
        assert queue.save(request).created


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder the unprivileged child can reach (pytest's tmp_path is private to root)."""
    yield from shared_folder()


def test_a_read_only_database_raises_storage_read_only_and_still_reads(shared_dir: Path) -> None:
    data_dir = shared_dir / "data"
    kept, refused = patient_request(), patient_request()
    with RequestQueue.open(data_dir) as queue:
        queue.save(kept)
    hand_over_all(shared_dir)
    os.chmod(data_dir / "requests.db", 0o400)

    def save_on_read_only_file() -> dict[str, Any]:
        with RequestQueue.open(data_dir) as queue:
            readable = queue.get(kept.id) is not None
            try:
                queue.save(refused)
            except StorageError as error:
                outcome = type(error).__name__
            else:
                outcome = "saved"
            return {"readable": readable, "save": outcome, "alert": queue.add_alert("t", "t")}

    result = run_in_child(save_on_read_only_file, as_nobody=IS_ROOT)
    assert result == {"readable": True, "save": "StorageReadOnly", "alert": False}

    os.chmod(data_dir / "requests.db", 0o600)  # storage writable again
    with RequestQueue.open(data_dir) as queue:
        # the read-only process left -wal and -shm behind with the database's 0400
        companions = [data_dir / "requests.db-wal", data_dir / "requests.db-shm"]
        assert [stat.S_IMODE(path.stat().st_mode) for path in companions] == [0o600, 0o600]
        assert [stored.request.id for stored in queue.requests()] == [kept.id]
        assert queue.save(refused).created
    assert integrity_check(data_dir) == ["ok"]


def test_a_read_only_folder_raises_storage_read_only_at_open(shared_dir: Path) -> None:
    data_dir = shared_dir / "data"
    data_dir.mkdir(mode=0o700)
    hand_over_all(shared_dir)
    os.chmod(data_dir, 0o500)

    def open_in_read_only_folder() -> dict[str, Any]:
        try:
            RequestQueue.open(data_dir).close()
        except StorageError as error:
            return {"open": type(error).__name__}
        return {"open": "opened"}

    assert run_in_child(open_in_read_only_folder, as_nobody=IS_ROOT) == {
        "open": StorageReadOnly.__name__
    }
    assert list(data_dir.iterdir()) == []


def test_a_read_only_folder_with_an_existing_database_raises_storage_read_only(
    shared_dir: Path,
) -> None:
    """SQLite cannot make its -wal and -shm files: still "read-only", not a generic error."""
    data_dir = shared_dir / "data"
    RequestQueue.open(data_dir).close()
    hand_over_all(shared_dir)
    os.chmod(data_dir, 0o500)

    def open_read_only() -> dict[str, Any]:
        try:
            RequestQueue.open(data_dir).close()
        except StorageError as error:
            return {"open": type(error).__name__}
        return {"open": "opened"}

    assert run_in_child(open_read_only, as_nobody=IS_ROOT) == {"open": "StorageReadOnly"}


def test_a_data_folder_inside_a_folder_nobody_may_enter_is_read_only(shared_dir: Path) -> None:
    """Checking what the data folder is must not escape as a raw PermissionError."""
    data_dir = shared_dir / "locked" / "data"
    data_dir.mkdir(parents=True, mode=0o700)
    os.chmod(shared_dir / "locked", 0o000)

    def open_behind_a_locked_folder() -> dict[str, Any]:
        try:
            RequestQueue.open(data_dir).close()
        except StorageError as error:
            return {"open": type(error).__name__}
        except OSError as error:
            return {"open": f"raw {type(error).__name__}"}
        return {"open": "opened"}

    hand_over(shared_dir)
    try:
        result = run_in_child(open_behind_a_locked_folder, as_nobody=IS_ROOT)
    finally:
        os.chmod(shared_dir / "locked", 0o700)
    assert result == {"open": StorageReadOnly.__name__}


def damage_every_page_but_the_first(database: Path) -> None:
    page_size = 4096
    garbage = b"\xff" * page_size
    fd = os.open(database, os.O_WRONLY)
    try:
        for page in range(1, database.stat().st_size // page_size):
            os.pwrite(fd, garbage, page * page_size)
        os.fsync(fd)
    finally:
        os.close(fd)


def test_damage_while_open_raises_storage_corrupt_and_the_next_open_recovers(
    data_dir: Path,
) -> None:
    with RequestQueue.open(data_dir) as queue:
        for _ in range(100):
            queue.save(patient_request(message="words " * 300))
    with RequestQueue.open(data_dir) as queue:
        damage_every_page_but_the_first(data_dir / "requests.db")
        # Another process commits, so this connection drops its page cache and meets the damage.
        with raw_database(data_dir) as other:
            other.execute("PRAGMA user_version = 2")
        request = patient_request()

        with pytest.raises(StorageCorrupt):
            queue.save(request)
        with pytest.raises(StorageCorrupt):
            queue.requests()
        with pytest.raises(StorageCorrupt):
            queue.get(request.id)

    with RequestQueue.open(data_dir) as reopened:
        assert reopened.quarantined is not None
        assert reopened.save(request).created
        assert [alert.kind for alert in reopened.alerts()] == ["quarantined"]


def test_raw_sqlite_errors_never_escape(data_dir: Path) -> None:
    """Every call that meets damage reaches the caller as a StorageError subclass."""
    RequestQueue.open(data_dir).close()  # the schema is checkpointed into requests.db
    with RequestQueue.open(data_dir) as queue:
        damage_every_page_but_the_first(data_dir / "requests.db")
        with raw_database(data_dir) as other:
            other.execute("PRAGMA user_version = 2")
        calls: dict[str, Callable[[], object]] = {
            "save": lambda: queue.save(patient_request()),
            "requests": queue.requests,
            "get": lambda: queue.get("some-id"),
            "alerts": queue.alerts,
            "count_since": lambda: queue.count_since(datetime(2020, 1, 1, tzinfo=UTC)),
            "set_status": lambda: queue.set_status(["some-id"], Status.EXPORTED),
        }
        escaped = {}
        for name, call in calls.items():
            try:
                call()
            except StorageCorrupt:
                continue
            except Exception as error:  # collected and reported below
                escaped[name] = repr(error)
            else:
                escaped[name] = "no error"
        assert escaped == {}
        assert queue.add_alert("test", "cannot be recorded") is False
