"""Every earlier schema version upgrades to the latest with its data; a newer one is refused."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from kiosk.storage import (
    FormEvent,
    InsightStore,
    ReadingTally,
    RequestQueue,
    StorageCorrupt,
    StorageError,
)
from kiosk.storage.migrations import LATEST_VERSION, MIGRATIONS, migrate, split_statements
from kiosk.storage.queue import DATABASE_NAME

REQUEST_ID = "0b5e6c1e-7f4c-4a59-9b8e-2f6c1d7a9e01"
V1_ROW = {
    "id": REQUEST_ID,
    "reference": "K-4F7Q",
    "kind": "appointment",
    "name": "Zoë O'Brien",
    "phone": "555 0100",
    "phone_e164": "+15555550100",
    "email": "zoe@example.org",
    "contact": "phone",
    "time_slots": '["saturday", "weekday_morning"]',
    "message": "Can I drive home afterwards? 🚗",
    "topic": "recovery",
    "language": "en",
    "urgent": 1,
    "kiosk_id": "kiosk-2",
    "created_at": "2026-03-14T09:26:53.000000+00:00",
    "status": "exported",
    "status_changed_at": "2026-03-14T10:00:00.000000+00:00",
    "exported_at": "2026-03-14T10:00:00.000000+00:00",
    "handled_at": None,
}


def database_at(data_dir: Path, version: int) -> Path:
    """A database built by the real migrations up to ``version``, with a request saved at v1."""
    data_dir.mkdir(mode=0o700)
    path = data_dir / DATABASE_NAME
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        migrate(connection, target=min(version, 1))
        if version >= 1:
            columns = ", ".join(V1_ROW)
            marks = ", ".join("?" * len(V1_ROW))
            connection.execute(
                f"INSERT INTO requests ({columns}) VALUES ({marks})", tuple(V1_ROW.values())
            )
        migrate(connection, target=version)
        assert connection.execute("PRAGMA user_version").fetchone() == (version,)
    return path


def test_there_is_a_migration_for_each_version() -> None:
    assert LATEST_VERSION == len(MIGRATIONS) >= 2
    assert all(list(split_statements(script)) for script in MIGRATIONS)


@pytest.mark.parametrize("version", range(LATEST_VERSION))
def test_every_earlier_version_upgrades_to_the_latest(data_dir: Path, version: int) -> None:
    path = database_at(data_dir, version)
    with RequestQueue.open(data_dir) as queue:
        assert queue.pragmas()["user_version"] == LATEST_VERSION
        assert queue.quarantined is None
        assert queue.add_alert("test", "the alerts table exists")
        insights = InsightStore(queue.database)
        tally = ReadingTally()
        tally.page_opened("what-is-rfa")
        tally.form_event(FormEvent.STARTED)
        insights.add(tally, day=date(2026, 3, 14))
        (day,) = insights.days(today=date(2026, 3, 14), count=1)
        assert (day.page_opens, day.forms[FormEvent.STARTED]) == ({"what-is-rfa": 1}, 1)
        stored = queue.get(REQUEST_ID)
        if version >= 1:
            assert stored is not None
            assert (stored.reference, stored.request.name, stored.request.message) == (
                "K-4F7Q",
                "Zoë O'Brien",
                "Can I drive home afterwards? 🚗",
            )
            assert stored.request.urgent
        else:
            assert stored is None
    with closing(sqlite3.connect(path)) as connection:
        indexes = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_schema WHERE type = 'index'")
        }
        assert {"requests_by_created_at", "requests_by_status"} <= indexes
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_a_failing_migration_leaves_the_previous_version_whole(tmp_path: Path) -> None:
    broken = "CREATE TABLE half_done (x INTEGER); INSERT INTO no_such_table VALUES (1);"
    with closing(sqlite3.connect(tmp_path / "db", isolation_level=None)) as connection:
        with pytest.raises(sqlite3.OperationalError, match="no_such_table"):
            migrate(connection, target=LATEST_VERSION + 1, migrations=[*MIGRATIONS, broken])
        assert connection.execute("PRAGMA user_version").fetchone() == (LATEST_VERSION,)
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_schema")}
        assert "half_done" not in tables
        assert "alerts" in tables
        assert not connection.in_transaction


def test_a_database_from_a_newer_kiosk_is_refused_and_left_untouched(data_dir: Path) -> None:
    path = database_at(data_dir, LATEST_VERSION)
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        connection.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    before = path.read_bytes()
    with pytest.raises(StorageError, match="newer kiosk") as refused:
        RequestQueue.open(data_dir)
    assert not isinstance(refused.value, StorageCorrupt)  # not a reason to quarantine it
    assert path.read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir() if "corrupt" in p.name) == []


def test_statements_split_only_where_sqlite_says_they_end() -> None:
    script = """
        CREATE TABLE t (a TEXT DEFAULT 'x;y', b TEXT);  -- a comment; with a semicolon
        CREATE TRIGGER t_after AFTER INSERT ON t BEGIN UPDATE t SET b = 'z;'; END;
        ;
        INSERT INTO t (b) VALUES (NULL);
    """
    statements = list(split_statements(script))
    assert len(statements) == 3
    with closing(sqlite3.connect(":memory:")) as connection:
        for statement in statements:
            connection.execute(statement)
        assert connection.execute("SELECT a, b FROM t").fetchall() == [("x;y", "z;")]
