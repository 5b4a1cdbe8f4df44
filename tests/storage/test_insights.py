"""Reading statistics are per-day counters only: they add up, keep days apart, survive the
failures a save survives, and can never carry what a patient typed."""

from __future__ import annotations

import errno
import logging
import math
import os
import re
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from itertools import islice
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.storage import (
    Database,
    DayStats,
    ExportError,
    FormEvent,
    InsightStore,
    ReadingTally,
    StorageError,
    StorageFull,
    StorageLocked,
    retention,
    write_stats_csv,
)
from kiosk.storage import insights as insights_module
from kiosk.storage.insights import MAX_PAGE_ID, RETENTION_DAYS, is_page_id
from tests.storage.children import IS_ROOT, hand_over_all, run_in_child, shared_folder
from tests.storage.support import integrity_check, raw_database

TODAY = date(2026, 3, 14)
MARKER = "ZQX-MARKER-7731"
NO_FORMS = dict.fromkeys(FormEvent, 0)


@pytest.fixture
def database(data_dir: Path) -> Iterator[Database]:
    with Database.open(data_dir) as opened:
        yield opened


@pytest.fixture
def store(database: Database) -> InsightStore:
    return InsightStore(database)


def tally_of(
    opens: dict[str, int] | None = None,
    seconds: dict[str, float] | None = None,
    forms: list[FormEvent] | None = None,
) -> ReadingTally:
    tally = ReadingTally()
    for page, times in (opens or {}).items():
        for _ in range(times):
            tally.page_opened(page)
    for page, number in (seconds or {}).items():
        tally.page_read(page, number)
    for event in forms or []:
        tally.form_event(event)
    return tally


def one_day(store: InsightStore, day: date) -> DayStats:
    (stats,) = store.days(today=day, count=1)
    return stats


# Adding and reading back -----------------------------------------------------------------


def test_adding_twice_on_the_same_day_sums(store: InsightStore) -> None:
    store.add(
        tally_of({"what-is-rfa": 2, "risks": 1}, {"what-is-rfa": 30.0}, [FormEvent.STARTED]),
        day=TODAY,
    )
    store.add(
        tally_of(
            {"what-is-rfa": 1},
            {"what-is-rfa": 12.0, "risks": 5.0},
            [FormEvent.STARTED, FormEvent.SUBMITTED],
        ),
        day=TODAY,
    )
    assert one_day(store, TODAY) == DayStats(
        day=TODAY,
        page_opens={"what-is-rfa": 3, "risks": 1},
        page_seconds={"what-is-rfa": 42, "risks": 5},
        forms={FormEvent.STARTED: 2, FormEvent.ABANDONED: 0, FormEvent.SUBMITTED: 1},
    )


def test_different_days_stay_separate(store: InsightStore) -> None:
    yesterday = TODAY - timedelta(days=1)
    store.add(tally_of({"risks": 1}, forms=[FormEvent.ABANDONED]), day=yesterday)
    store.add(tally_of({"recovery": 4}), day=TODAY)
    before, after = store.days(today=TODAY, count=2)
    assert (before.day, before.page_opens, before.forms[FormEvent.ABANDONED]) == (
        yesterday,
        {"risks": 1},
        1,
    )
    assert (after.day, after.page_opens, after.forms) == (TODAY, {"recovery": 4}, NO_FORMS)


@pytest.mark.parametrize("count", [1, 2, 30, 400])
def test_days_fills_gaps_and_returns_exactly_count_days_oldest_first(
    store: InsightStore, count: int
) -> None:
    store.add(tally_of({"risks": 1}), day=TODAY - timedelta(days=1))
    store.add(tally_of({"risks": 1}), day=TODAY + timedelta(days=1))  # after `today`: not shown
    store.add(tally_of({"risks": 1}), day=TODAY - timedelta(days=count))  # just before the span
    days = store.days(today=TODAY, count=count)
    assert [stats.day for stats in days] == [
        TODAY - timedelta(days=count - 1 - offset) for offset in range(count)
    ]
    with_data = [stats.day for stats in days if stats.page_opens]
    assert with_data == ([TODAY - timedelta(days=1)] if count >= 2 else [])
    for stats in days:
        if stats.day not in with_data:
            assert (stats.page_opens, stats.page_seconds, stats.forms) == ({}, {}, NO_FORMS)


@pytest.mark.parametrize("count", [0, -1])
def test_days_refuses_a_count_below_one(store: InsightStore, count: int) -> None:
    with pytest.raises(ValueError, match="1 or more"):
        store.days(today=TODAY, count=count)


def test_a_day_given_with_a_time_keeps_only_the_date(store: InsightStore, data_dir: Path) -> None:
    store.add(tally_of({"risks": 1}), day=datetime(2026, 3, 14, 23, 59, 58, tzinfo=UTC))
    assert one_day(store, TODAY).page_opens == {"risks": 1}
    with raw_database(data_dir) as connection:
        assert connection.execute("SELECT day FROM insight_pages").fetchall() == [("2026-03-14",)]


def test_an_empty_tally_writes_nothing(store: InsightStore, data_dir: Path) -> None:
    tally = tally_of(seconds={"risks": 0.4})  # rounds to 0 seconds
    assert tally.is_empty
    store.add(tally, day=TODAY)
    with raw_database(data_dir) as connection:
        assert connection.execute("SELECT count(*) FROM insight_pages").fetchone() == (0,)


def test_clear_empties_the_tally() -> None:
    tally = tally_of({"risks": 1}, {"risks": 3.0}, [FormEvent.STARTED])
    assert not tally.is_empty
    tally.clear()
    assert tally.is_empty
    assert (tally.page_opens, tally.page_seconds, tally.forms) == ({}, {}, {})


# What a tally accepts ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "page_id", ["a", "7", "what-is-rfa", "step-2-needle", "x" * MAX_PAGE_ID, "a-" * 19 + "bb"]
)
def test_content_page_ids_are_counted(page_id: str) -> None:
    assert tally_of({page_id: 1}).page_opens == {page_id: 1}


@pytest.mark.parametrize(
    "page_id",
    [
        "",
        "x" * (MAX_PAGE_ID + 1),
        "Risks",
        "what is rfa",
        "what_is_rfa",
        "-risks",
        "risks-",
        "what--is",
        "risks\n",
        " risks",
        "risks.",
        "café",
        "\u0661\u0662",  # Arabic-Indic digits: not 0-9
        "\uff52isks",  # a full-width r
        "ada@example.org",
        "555-0100 call me",
    ],
)
def test_anything_else_is_ignored(page_id: str) -> None:
    tally = ReadingTally()
    tally.page_opened(page_id)
    tally.page_read(page_id, 10.0)
    assert tally.is_empty


@settings(max_examples=300, deadline=None, database=None)
@given(text=st.text(max_size=50))
def test_any_text_is_counted_only_if_it_looks_like_a_page_id(text: str) -> None:
    tally = ReadingTally()
    tally.page_opened(text)
    looks_like_one = re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", text, re.ASCII) and len(text) <= 40
    assert tally.page_opens == ({text: 1} if looks_like_one else {})
    assert is_page_id(text) is bool(looks_like_one)


@pytest.mark.parametrize(
    ("readings", "stored"),
    [
        ([12.4], 12),
        ([12.6], 13),
        ([1.4, 1.4], 3),  # rounded once per session, not per reading
        ([-30.0, 5.0], 5),  # a negative reading counts 0
        ([math.nan, 5.0], 5),
        ([7200.0], 3600),  # one reading counts at most an hour
        ([math.inf], 3600),
        ([3000.0, 3000.0], 6000),  # but two readings add up
    ],
)
def test_seconds_are_clamped_per_reading_and_stored_whole(
    store: InsightStore, readings: list[float], stored: int
) -> None:
    tally = ReadingTally()
    for seconds in readings:
        tally.page_read("risks", seconds)
    store.add(tally, day=TODAY)
    assert one_day(store, TODAY).page_seconds == {"risks": stored}


# Privacy ----------------------------------------------------------------------------------


def database_bytes(data_dir: Path) -> dict[str, bytes]:
    """The raw bytes of requests.db and its -wal, the files a thief would read."""
    files = {}
    for suffix in ("", "-wal"):
        path = data_dir / f"requests.db{suffix}"
        files[path.name] = path.read_bytes() if path.exists() else b""
    return files


def test_typed_text_never_reaches_the_database_files(
    data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    typed = [
        MARKER,
        f"my name is Ada {MARKER}",
        MARKER.lower() + " ",
        MARKER.lower() + "\n",
        " " + MARKER.lower(),
        MARKER.lower().replace("-", "_"),
        MARKER.lower() + "-" + "x" * MAX_PAGE_ID,
    ]
    control = "zqx-control-7731"  # a real page id, to prove the search sees stored ids
    caplog.set_level(logging.DEBUG)
    with Database.open(data_dir) as database:
        store = InsightStore(database)
        tally = ReadingTally()
        tally.page_opened(control)
        for text in typed:
            tally.page_opened(text)
            tally.page_read(text, 60.0)
            tally.form_event(text)  # type: ignore[arg-type]
        store.add(tally, day=TODAY)

        files = database_bytes(data_dir)
        assert control.encode() in files["requests.db-wal"], "the search cannot see stored ids"
        for name, content in files.items():
            assert b"marker" not in content.lower(), name
        (stats,) = store.days(today=TODAY, count=1)
        assert (stats.page_opens, stats.page_seconds, stats.forms) == (
            {control: 1},
            {control: 0},
            NO_FORMS,
        )
    files = database_bytes(data_dir)  # closing checkpointed the WAL into requests.db
    assert control.encode() in files["requests.db"]
    for name, content in files.items():
        assert b"marker" not in content.lower(), name
    assert "marker" not in caplog.text.lower()  # the ignored text is not logged either


def test_the_tables_hold_a_day_and_counters_only(database: Database, data_dir: Path) -> None:
    with raw_database(data_dir) as connection:
        columns = {
            table: [(row[1], row[2]) for row in connection.execute(f"PRAGMA table_info({table})")]
            for table in ("insight_pages", "insight_forms")
        }
        assert columns == {
            "insight_pages": [
                ("day", "TEXT"),
                ("page", "TEXT"),
                ("opens", "INTEGER"),
                ("seconds", "INTEGER"),
            ],
            "insight_forms": [("day", "TEXT"), ("event", "TEXT"), ("count", "INTEGER")],
        }
        for table in ("insight_pages", "insight_forms"):
            # WITHOUT ROWID: no row number that grows in the order sessions added rows
            with pytest.raises(sqlite3.OperationalError, match="no such column: rowid"):
                connection.execute(f"SELECT rowid FROM {table}")


@pytest.mark.parametrize(
    ("statement", "values"),
    [
        ("INSERT INTO insight_pages VALUES (?, ?, 1, 1)", ("2026-03-14T09:26", "risks")),
        ("INSERT INTO insight_pages VALUES (?, ?, 1, 1)", ("2026-03-14", "Ada Lovelace")),
        ("INSERT INTO insight_pages VALUES (?, ?, 1, 1)", ("2026-03-14", "x" * 41)),
        ("INSERT INTO insight_pages VALUES (?, ?, -1, 1)", ("2026-03-14", "risks")),
        ("INSERT INTO insight_forms VALUES (?, ?, 1)", ("2026-03-14", "typed")),
    ],
)
def test_the_schema_refuses_times_text_and_negative_counts(
    database: Database, data_dir: Path, statement: str, values: tuple[str, str]
) -> None:
    with raw_database(data_dir) as connection, pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        connection.execute(statement, values)


# Failures ---------------------------------------------------------------------------------


def test_a_full_disk_raises_storage_full_and_adds_nothing(
    store: InsightStore, database: Database, data_dir: Path
) -> None:
    store.add(tally_of({"risks": 1}, forms=[FormEvent.STARTED]), day=TODAY)
    connection = database.live_connection()
    (pages,) = connection.execute("PRAGMA page_count").fetchone()
    connection.execute(f"PRAGMA max_page_count = {pages}")
    many = tally_of(
        {"risks": 1, **{f"page-{number}": 1 for number in range(400)}},
        forms=[FormEvent.STARTED],
    )

    with pytest.raises(StorageFull):
        store.add(many, day=TODAY)

    assert not connection.in_transaction
    stats = one_day(store, TODAY)
    assert (stats.page_opens, stats.forms[FormEvent.STARTED]) == ({"risks": 1}, 1)
    connection.execute("PRAGMA max_page_count = 1073741823")  # space freed
    store.add(many, day=TODAY)
    stats = one_day(store, TODAY)
    assert (len(stats.page_opens), stats.page_opens["risks"]) == (401, 2)
    assert integrity_check(data_dir) == ["ok"]


def test_a_writer_holding_the_database_raises_storage_locked(data_dir: Path) -> None:
    Database.open(data_dir).close()
    with Database.open(data_dir, busy_timeout_ms=100) as database:
        store = InsightStore(database)
        with raw_database(data_dir) as other:
            other.execute("BEGIN IMMEDIATE")
            with pytest.raises(StorageLocked):
                store.add(tally_of({"risks": 1}), day=TODAY)
            other.execute("ROLLBACK")
        assert one_day(store, TODAY).page_opens == {}
        store.add(tally_of({"risks": 1}), day=TODAY)
        assert one_day(store, TODAY).page_opens == {"risks": 1}


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder the unprivileged child can reach (pytest's tmp_path is private to root)."""
    yield from shared_folder()


def test_a_read_only_database_raises_a_storage_error_and_is_not_damaged(
    shared_dir: Path,
) -> None:
    data_dir = shared_dir / "data"
    with Database.open(data_dir) as database:
        InsightStore(database).add(tally_of({"risks": 2}), day=TODAY)
    hand_over_all(shared_dir)
    os.chmod(data_dir / "requests.db", 0o400)

    def add_to_read_only_file() -> dict[str, Any]:
        with Database.open(data_dir) as database:
            store = InsightStore(database)
            try:
                store.add(tally_of({"risks": 1}, forms=[FormEvent.SUBMITTED]), day=TODAY)
            except StorageError as error:
                outcome = type(error).__name__
            else:
                outcome = "added"
            return {"add": outcome, "opens": one_day(store, TODAY).page_opens}

    result = run_in_child(add_to_read_only_file, as_nobody=IS_ROOT)
    assert result == {"add": "StorageReadOnly", "opens": {"risks": 2}}

    os.chmod(data_dir / "requests.db", 0o600)
    with Database.open(data_dir) as database:
        store = InsightStore(database)
        assert one_day(store, TODAY).forms == NO_FORMS
        store.add(tally_of({"risks": 1}), day=TODAY)
        assert one_day(store, TODAY).page_opens == {"risks": 3}
    assert integrity_check(data_dir) == ["ok"]


# Retention --------------------------------------------------------------------------------


def test_the_purge_deletes_counters_older_than_the_retention_period(
    store: InsightStore, database: Database
) -> None:
    now = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
    today = now.astimezone().date()  # the purge counts in the kiosk's local days
    for age in (RETENTION_DAYS + 1, RETENTION_DAYS, 0):
        store.add(
            tally_of({"risks": 1}, forms=[FormEvent.STARTED]), day=today - timedelta(days=age)
        )
    assert retention.purge_handled(database, 30, now=now, staff_name="Ann").deleted == 0
    kept = [
        stats.day
        for stats in store.days(today=today, count=RETENTION_DAYS + 2)
        if stats.page_opens or any(stats.forms.values())
    ]
    assert kept == [today - timedelta(days=RETENTION_DAYS), today]


# The CSV file ------------------------------------------------------------------------------


def test_a_failure_mid_stream_leaves_no_file(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Database.open(data_dir) as database:
        store = InsightStore(database)
        for age in range(30):
            store.add(tally_of({"risks": 1}), day=TODAY - timedelta(days=age))
    real_batches = insights_module._batches

    def batches_until_the_disk_fills(*arguments: Any) -> Iterator[Any]:
        yield from islice(real_batches(*arguments), 1)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(insights_module, "BATCH_ROWS", 10)
    monkeypatch.setattr(insights_module, "_batches", batches_until_the_disk_fills)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ExportError, match="the disk is full"):
        write_stats_csv(data_dir, out / "stats.csv", today=TODAY)
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("days", [0, 401])
def test_write_stats_csv_refuses_a_span_out_of_range(
    data_dir: Path, tmp_path: Path, days: int
) -> None:
    with pytest.raises(ValueError, match="from 1 to 400"):
        write_stats_csv(data_dir, tmp_path / "stats.csv", days=days)
    assert not (tmp_path / "stats.csv").exists()
