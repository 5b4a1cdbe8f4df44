"""Migration 3 (staff accounts, audit trail, dismissable alerts) upgrades a version 2 file."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.storage import RequestQueue, StorageCorrupt
from kiosk.storage.database import check_file
from kiosk.storage.migrations import LATEST_VERSION, migrate
from kiosk.storage.queue import DATABASE_NAME
from tests.storage.support import raw_database

T0 = datetime(2026, 3, 14, 9, 0, tzinfo=UTC)


def version_2_database(data_dir: Path) -> Path:
    data_dir.mkdir(mode=0o700)
    path = data_dir / DATABASE_NAME
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        migrate(connection, target=2)
        connection.execute(
            "INSERT INTO alerts (created_at, kind, message) VALUES (?, 'save_failed', 'disk full')",
            (T0.isoformat(timespec="microseconds"),),
        )
    return path


def test_version_2_upgrades_with_its_alerts_pending(data_dir: Path) -> None:
    version_2_database(data_dir)
    assert LATEST_VERSION >= 3
    with RequestQueue.open(data_dir) as queue:
        (alert,) = queue.pending_alerts()
        assert (alert.kind, alert.message, alert.created_at, alert.dismissed_at) == (
            "save_failed",
            "disk full",
            T0,
            None,
        )
        assert queue.dismiss_alerts("Ann", now=T0) == 1
        assert queue.pending_alerts() == []
        assert [a.dismissed_at for a in queue.alerts()] == [T0]
        (entry,) = queue.audit_log()
        assert (entry.action, entry.staff_name, entry.count) == ("dismiss_alerts", "Ann", 1)
    with raw_database(data_dir) as connection:
        columns = {
            table: [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
            for table in ("staff", "audit")
        }
    assert columns == {
        "staff": [
            "id",
            "name",
            "name_key",
            "pin_hash",
            "created_at",
            "failures",
            "last_failure_at",
            "wait_seconds",
            "disabled",
        ],
        "audit": ["id", "at", "action", "staff_name", "origin", "count", "file_name", "subject"],
    }


def test_names_are_unique_in_the_schema_too(data_dir: Path) -> None:
    RequestQueue.open(data_dir).close()
    with raw_database(data_dir) as connection:
        insert = "INSERT INTO staff (name, name_key, pin_hash, created_at) VALUES (?, ?, 'x', 't')"
        connection.execute(insert, ("Ann", "ann"))
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute(insert, ("ANN", "ann"))


def test_check_file_reports_the_version_without_changing_anything(data_dir: Path) -> None:
    path = version_2_database(data_dir)
    before = path.read_bytes()
    assert check_file(path) == 2
    assert path.read_bytes() == before
    path.write_bytes(b"this is not a database, just some text" * 200)
    with pytest.raises(StorageCorrupt):
        check_file(path)
