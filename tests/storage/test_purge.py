"""Purged requests leave no trace on disk: not in requests.db, its -wal or its -shm.

The test hides a unique marker in a request's name and message, proves the marker is in the
files before the purge (so the search works), purges, and searches the raw bytes again.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.requests.model import Status
from kiosk.storage import PurgeResult, RequestQueue
from kiosk.storage.retention import finish_pending_wipe
from tests.storage.support import patient_request, raw_database

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
COMPANIONS = ("", "-wal", "-shm")


def traces(data_dir: Path, marker: str) -> list[str]:
    """The database files whose raw bytes contain ``marker`` (UTF-8, as SQLite stores it)."""
    needle = marker.encode("utf-8")
    found = []
    for suffix in COMPANIONS:
        path = data_dir / f"requests.db{suffix}"
        if path.exists() and needle in path.read_bytes():
            found.append(path.name)
    return found


def test_a_purged_request_leaves_no_trace_in_any_database_file(data_dir: Path) -> None:
    marker = f"PURGE-MARKER-{uuid.uuid4().hex}"
    doomed = patient_request(name=f"Ada {marker}", message=f"My secret: {marker}. " * 40)
    with RequestQueue.open(data_dir) as kiosk, RequestQueue.open(data_dir) as staff:
        for _ in range(30):
            kiosk.save(patient_request(message="other words " * 50), now=NOW - timedelta(days=60))
        kiosk.save(doomed, now=NOW - timedelta(days=60))
        for _ in range(30):
            kiosk.save(patient_request(message="more words " * 50), now=NOW - timedelta(days=59))
        RequestQueue.open(data_dir).close()  # a checkpoint: the marker is in requests.db too
        assert "requests.db" in traces(data_dir, marker)

        staff.mark_handled([doomed.id], "Ann", now=NOW - timedelta(days=45))
        kept = patient_request()
        staff.save(kept, now=NOW)  # the WAL holds pages with the marker too
        assert traces(data_dir, marker), "the search cannot see the marker"

        assert staff.purge_handled(30, now=NOW, staff_name="Ann").deleted == 1
        assert traces(data_dir, marker) == []
        assert staff.get(doomed.id) is None
        assert staff.get(kept.id) is not None
        assert kiosk.save(patient_request()).created  # the kiosk, open all along, goes on
    assert traces(data_dir, marker) == []
    with raw_database(data_dir) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_only_handled_requests_past_the_retention_period_are_purged(queue: RequestQueue) -> None:
    handled_long_ago = patient_request()
    handled_recently = patient_request()
    created_long_ago_handled_today = patient_request()
    new_long_ago = patient_request()
    exported_long_ago = patient_request()
    for request in (
        handled_long_ago,
        handled_recently,
        created_long_ago_handled_today,
        new_long_ago,
        exported_long_ago,
    ):
        queue.save(request, now=NOW - timedelta(days=100))
    queue.mark_handled([handled_long_ago.id], "Ann", now=NOW - timedelta(days=31))
    queue.mark_handled([handled_recently.id], "Ann", now=NOW - timedelta(days=29))
    queue.mark_handled([created_long_ago_handled_today.id], "Ann", now=NOW)
    queue.set_status([exported_long_ago.id], Status.EXPORTED, now=NOW - timedelta(days=90))

    assert queue.purge_handled(30, now=NOW, staff_name="Ann").deleted == 1
    left = {stored.request.id for stored in queue.requests()}
    assert left == {
        handled_recently.id,
        created_long_ago_handled_today.id,
        new_long_ago.id,
        exported_long_ago.id,
    }
    assert queue.purge_handled(0, now=NOW + timedelta(seconds=1), staff_name="Ann").deleted == 2
    assert queue.purge_handled(0, now=NOW + timedelta(seconds=1), staff_name="Ann").deleted == 0


def test_a_reader_holding_the_wal_leaves_the_wipe_pending_until_it_lets_go(
    data_dir: Path,
) -> None:
    marker = f"PURGE-MARKER-{uuid.uuid4().hex}"
    doomed = patient_request(message=marker)
    with RequestQueue.open(data_dir) as queue:
        queue.save(doomed, now=NOW - timedelta(days=60))
        queue.mark_handled([doomed.id], "Ann", now=NOW - timedelta(days=60))
        with raw_database(data_dir) as reader:
            reader.execute("BEGIN")
            reader.execute("SELECT count(*) FROM requests").fetchall()  # holds a snapshot
            result = queue.purge_handled(30, now=NOW, staff_name="Ann")
            assert result == PurgeResult(deleted=1, wiped=False)
            assert queue.database.wipe_pending()
            assert not finish_pending_wipe(queue.database)  # still reading
            reader.execute("COMMIT")
        assert queue.get(doomed.id) is None  # the rows went; only the wipe waited
        assert finish_pending_wipe(queue.database)
        assert not queue.database.wipe_pending()
        assert traces(data_dir, marker) == []
    with RequestQueue.open(data_dir) as queue:
        assert queue.purge_handled(30, now=NOW, staff_name="Ann") == PurgeResult(0, wiped=True)


def test_purges_and_mark_handled_are_audited(queue: RequestQueue) -> None:
    first, second = patient_request(), patient_request()
    queue.save(first, now=NOW - timedelta(days=40))
    queue.save(second, now=NOW - timedelta(days=40))
    assert (
        queue.mark_handled([first.id, second.id, first.id], "Ann", now=NOW - timedelta(days=35))
        == 2
    )
    assert queue.mark_handled([first.id], "Bob", now=NOW - timedelta(days=34)) == 0
    assert queue.purge_handled(30, now=NOW, staff_name="Cy").deleted == 2
    entries = [(e.action, e.staff_name, e.count, e.origin) for e in reversed(queue.audit_log())]
    assert entries == [
        ("mark_handled", "Ann", 2, "panel"),
        ("mark_handled", "Bob", 0, "panel"),
        ("purge", "Cy", 2, "panel"),
    ]


def test_negative_retention_is_refused(queue: RequestQueue) -> None:
    with pytest.raises(ValueError, match="days"):
        queue.purge_handled(-1, staff_name="Ann")


def test_counts_by_status_and_urgent(queue: RequestQueue) -> None:
    assert queue.counts() == {"new": 0, "exported": 0, "handled": 0, "total": 0, "urgent": 0}
    urgent_new = patient_request(urgent=True)
    urgent_handled = patient_request(urgent=True)
    plain = [patient_request() for _ in range(3)]
    for request in (urgent_new, urgent_handled, *plain):
        queue.save(request)
    queue.set_status([plain[0].id], Status.EXPORTED)
    queue.mark_handled([urgent_handled.id, plain[1].id], "Ann")
    assert queue.counts() == {"new": 2, "exported": 1, "handled": 2, "total": 5, "urgent": 1}


def test_summaries_hold_nothing_the_patient_typed(queue: RequestQueue) -> None:
    request = patient_request(name="Ada Secret", message="private words", urgent=True)
    queue.save(request, now=NOW)
    (summary,) = queue.summaries()
    assert (summary.reference, summary.urgent, summary.topic, summary.created_at) == (
        queue.requests()[0].reference,
        True,
        request.topic,
        NOW,
    )
    assert "Secret" not in repr(summary)
    assert "private" not in repr(summary)
    assert queue.summaries(Status.HANDLED) == []
