"""The request queue keeps what a patient sent, exactly, once, and lists it for staff."""

from __future__ import annotations

import dataclasses
import fcntl
import os
import re
import stat
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from kiosk.requests.model import RequestKind, Status, TimeSlot
from kiosk.storage import RequestQueue, SaveResult, StorageError
from kiosk.storage import queue as queue_module
from kiosk.storage.migrations import LATEST_VERSION
from tests.storage.support import patient_request, raw_database

T0 = datetime(2026, 3, 14, 9, 26, 53, 589793, tzinfo=UTC)
REFERENCE = re.compile(r"^K-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}$")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def loose_umask() -> Iterator[None]:
    """A umask that would leave files world-readable, so only the queue can make them private."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.mark.usefixtures("loose_umask")
def test_open_makes_a_private_folder_and_private_files(tmp_path: Path) -> None:
    data_dir = tmp_path / "var" / "kiosk"
    with RequestQueue.open(data_dir) as queue:
        queue.save(patient_request())  # creates the -wal and -shm files
        files = ["requests.db", "requests.db-wal", "requests.db-shm", "requests.db.lock"]
        assert {name: mode(data_dir / name) for name in files} == dict.fromkeys(files, 0o600)
    assert mode(data_dir) == 0o700


@pytest.mark.usefixtures("loose_umask")
def test_open_takes_group_and_other_access_off_an_existing_folder_and_file(
    data_dir: Path,
) -> None:
    data_dir.mkdir(mode=0o755)
    os.chmod(data_dir, 0o755)
    (data_dir / "requests.db").touch(mode=0o644)
    os.chmod(data_dir / "requests.db", 0o644)
    RequestQueue.open(data_dir).close()
    assert (mode(data_dir), mode(data_dir / "requests.db")) == (0o700, 0o600)


def test_durability_settings_are_in_force(data_dir: Path) -> None:
    with RequestQueue.open(data_dir, busy_timeout_ms=7000) as queue:
        assert queue.pragmas() == {
            "journal_mode": "wal",
            "synchronous": 2,  # FULL
            "busy_timeout": 7000,
            "foreign_keys": 1,
            "secure_delete": 1,
            "wal_autocheckpoint": 0,  # checkpoints only under the lock file
            "user_version": LATEST_VERSION,
        }


def test_the_default_busy_timeout_is_five_seconds(queue: RequestQueue) -> None:
    assert queue.pragmas()["busy_timeout"] == 5000


def test_a_used_database_passes_sqlites_own_checks(queue: RequestQueue, data_dir: Path) -> None:
    for _ in range(20):
        queue.save(patient_request())
    queue.set_status([r.request.id for r in queue.requests()[:5]], Status.EXPORTED)
    with raw_database(data_dir) as connection:
        assert connection.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []


def test_requests_survive_a_restart(data_dir: Path) -> None:
    request = patient_request()
    with RequestQueue.open(data_dir) as queue:
        saved = queue.save(request, now=T0)
    with RequestQueue.open(data_dir) as reopened:
        stored = reopened.get(request.id)
    assert stored is not None
    assert (stored.request, stored.reference, stored.created_at) == (request, saved.reference, T0)
    assert (stored.status, stored.status_changed_at) == (Status.NEW, T0)


AWKWARD_TEXT = {
    "name": "مريم O'Brien-Ñúñez 👩🏽‍⚕️",  # RTL, apostrophe, emoji with skin tone and ZWJ
    "phone": "+1 (555) 555\u20110100 ext. 7",  # non-breaking hyphen, as typed
    "email": "zoë.o'hara+kiosk@exämple.org",
    "message": 'Line one\nLine "two"\twith tab; DROP TABLE requests; --\r\n e\u0301 vs \u00e9 ',
    "topic": "re\u0301cupe\u0301ration",  # combining accents (NFD), not composed
    "kiosk_id": "  lobby kiosk  ",  # leading and trailing spaces kept
}


def test_every_field_round_trips_exactly(data_dir: Path) -> None:
    request = patient_request(
        **AWKWARD_TEXT,
        kind=RequestKind.QUESTION,
        time_slots=(TimeSlot.SATURDAY, TimeSlot.WEEKDAY_EVENING, TimeSlot.ANY_TIME),
        urgent=True,
        language="ar",
    )
    with RequestQueue.open(data_dir) as queue:
        queue.save(request)
    with RequestQueue.open(data_dir) as reopened:
        stored = reopened.get(request.id)
    assert stored is not None
    assert stored.request == request
    with raw_database(data_dir) as connection:
        for column, text in AWKWARD_TEXT.items():
            (stored_bytes,) = connection.execute(
                f"SELECT CAST({column} AS BLOB) FROM requests WHERE id = ?", (request.id,)
            ).fetchone()
            assert stored_bytes == text.encode("utf-8"), column


def test_empty_optional_fields_and_no_time_slots_round_trip(queue: RequestQueue) -> None:
    request = patient_request(phone="", phone_e164="", email="", time_slots=(), message="")
    queue.save(request)
    stored = queue.get(request.id)
    assert stored is not None
    assert stored.request == request


def test_saving_the_same_request_twice_keeps_one_row(queue: RequestQueue) -> None:
    request = patient_request()
    first = queue.save(request, now=T0)
    again = queue.save(request, now=T0 + timedelta(hours=5))
    assert first.created
    assert again == SaveResult(reference=first.reference, created=False)
    assert len(queue.requests()) == 1


def test_an_identical_request_within_ten_minutes_is_not_saved_again(queue: RequestQueue) -> None:
    first_tap = patient_request()
    second_tap = dataclasses.replace(first_tap, id="another-form-id")
    first = queue.save(first_tap, now=T0)
    second = queue.save(second_tap, now=T0 + timedelta(minutes=9, seconds=59))
    assert second == SaveResult(reference=first.reference, created=False)
    assert queue.get(second_tap.id) is None
    assert len(queue.requests()) == 1


def test_an_identical_request_after_ten_minutes_is_a_new_request(queue: RequestQueue) -> None:
    earlier = patient_request()
    later = dataclasses.replace(earlier, id="another-form-id")
    first = queue.save(earlier, now=T0)
    second = queue.save(later, now=T0 + timedelta(minutes=10, seconds=1))
    assert second.created
    assert second.reference != first.reference
    assert len(queue.requests()) == 2


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("kind", RequestKind.QUESTION),
        ("name", "Ada Lovelace "),
        ("phone", "(555) 555-0101"),
        ("email", "ADA@example.org"),
        ("topic", "risks"),
        ("name", "Ade\u0301"),  # same letters on screen as "Adé", different text
    ],
)
def test_a_request_differing_in_one_field_is_not_a_duplicate(
    queue: RequestQueue, field: str, value: Any
) -> None:
    first = patient_request(name="Ad\u00e9")
    second = dataclasses.replace(first, id="another-form-id", **{field: value})
    queue.save(first, now=T0)
    assert queue.save(second, now=T0 + timedelta(minutes=1)).created


def test_references_are_short_unambiguous_and_unique(queue: RequestQueue) -> None:
    references = [queue.save(patient_request()).reference for _ in range(300)]
    assert [r for r in references if not REFERENCE.match(r)] == []
    assert len(set(references)) == len(references)


def test_a_reference_already_in_use_is_not_handed_out_again(
    queue: RequestQueue, monkeypatch: pytest.MonkeyPatch
) -> None:
    codes = iter(["K-AAAA", "K-AAAA", "K-AAAA", "K-BBBB"])
    monkeypatch.setattr(queue_module, "new_reference", lambda: next(codes))
    assert queue.save(patient_request()).reference == "K-AAAA"
    assert queue.save(patient_request()).reference == "K-BBBB"


def test_requests_are_listed_urgent_first_then_newest_first(queue: RequestQueue) -> None:
    saved = {}
    for minutes, label, urgent in [
        (0, "old routine", False),
        (1, "old urgent", True),
        (2, "new routine", False),
        (3, "new urgent", True),
        (4, "newest routine", False),
    ]:
        request = patient_request(message=label, urgent=urgent)
        queue.save(request, now=T0 + timedelta(minutes=minutes))
        saved[request.id] = label
    listed = [saved[stored.request.id] for stored in queue.requests()]
    assert listed == ["new urgent", "old urgent", "newest routine", "new routine", "old routine"]


def test_requests_can_be_listed_by_status(queue: RequestQueue) -> None:
    exported, handled, new = patient_request(), patient_request(), patient_request()
    for request in (exported, handled, new):
        queue.save(request)
    queue.set_status([exported.id], Status.EXPORTED)
    queue.set_status([handled.id], Status.HANDLED)

    def ids(status: Status) -> list[str]:
        return [stored.request.id for stored in queue.requests(status)]

    assert (ids(Status.NEW), ids(Status.EXPORTED), ids(Status.HANDLED)) == (
        [new.id],
        [exported.id],
        [handled.id],
    )


def status_times(data_dir: Path, request_id: str) -> tuple[str, str, str | None, str | None]:
    with raw_database(data_dir) as connection:
        row = connection.execute(
            "SELECT status, status_changed_at, exported_at, handled_at FROM requests WHERE id = ?",
            (request_id,),
        ).fetchone()
    return row  # type: ignore[no-any-return]


def test_set_status_records_when_a_request_was_exported_and_handled(
    queue: RequestQueue, data_dir: Path
) -> None:
    request, other = patient_request(), patient_request()
    queue.save(request, now=T0)
    queue.save(other, now=T0)
    t1, t2 = T0 + timedelta(hours=1), T0 + timedelta(hours=2)

    assert queue.set_status([request.id, other.id], Status.EXPORTED, now=t1) == 2
    assert status_times(data_dir, request.id) == ("exported", t1.isoformat(), t1.isoformat(), None)

    assert queue.set_status([request.id], Status.HANDLED, now=t2) == 1
    assert status_times(data_dir, request.id) == (
        "handled",
        t2.isoformat(),
        t1.isoformat(),
        t2.isoformat(),
    )
    stored = queue.get(request.id)
    assert stored is not None
    assert (stored.status, stored.status_changed_at) == (Status.HANDLED, t2)


def test_set_status_leaves_rows_already_in_that_status_alone(
    queue: RequestQueue, data_dir: Path
) -> None:
    request = patient_request()
    queue.save(request, now=T0)
    queue.set_status([request.id], Status.EXPORTED, now=T0 + timedelta(hours=1))
    before = status_times(data_dir, request.id)
    changed = queue.set_status(
        [request.id, request.id, "no-such-id"], Status.EXPORTED, now=T0 + timedelta(hours=2)
    )
    assert changed == 0
    assert status_times(data_dir, request.id) == before
    assert queue.set_status([], Status.HANDLED) == 0


def test_set_status_refuses_a_single_string_for_a_list_of_ids(queue: RequestQueue) -> None:
    with pytest.raises(TypeError):
        queue.set_status("abc", Status.EXPORTED)


def test_count_since_counts_requests_at_or_after_a_moment(queue: RequestQueue) -> None:
    for minutes in (0, 5, 11):
        queue.save(patient_request(), now=T0 + timedelta(minutes=minutes))
    assert queue.count_since(T0) == 3
    assert queue.count_since(T0 + timedelta(minutes=5)) == 2
    assert queue.count_since(T0 + timedelta(minutes=5, microseconds=1)) == 1
    assert queue.count_since(T0 + timedelta(minutes=12)) == 0


def test_times_in_other_zones_are_stored_as_utc(queue: RequestQueue) -> None:
    local = T0.astimezone(datetime.fromisoformat("2026-01-01T00:00:00-05:00").tzinfo)
    request = patient_request()
    queue.save(request, now=local)
    stored = queue.get(request.id)
    assert stored is not None
    assert stored.created_at == T0
    assert stored.created_at.utcoffset() == timedelta(0)


def test_naive_times_are_refused(queue: RequestQueue) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        queue.save(patient_request(), now=datetime(2026, 1, 1, 12, 0))
    assert queue.requests() == []


def test_alerts_are_recorded_and_listed_newest_first(queue: RequestQueue) -> None:
    assert queue.add_alert("printer", "out of paper", now=T0)
    assert queue.add_alert("save_failed", "disk full", now=T0 + timedelta(minutes=1))
    listed = [(alert.kind, alert.message, alert.created_at) for alert in queue.alerts()]
    assert listed == [
        ("save_failed", "disk full", T0 + timedelta(minutes=1)),
        ("printer", "out of paper", T0),
    ]


def test_a_closed_queue_refuses_work_but_add_alert_never_raises(data_dir: Path) -> None:
    queue = RequestQueue.open(data_dir)
    queue.close()
    queue.close()  # idempotent
    with pytest.raises(StorageError, match="closed"):
        queue.save(patient_request())
    with pytest.raises(StorageError, match="closed"):
        queue.requests()
    assert queue.add_alert("test", "after close") is False


def test_the_queue_can_be_shared_between_threads(queue: RequestQueue) -> None:
    failures: list[BaseException] = []

    def save_many() -> None:
        try:
            for _ in range(50):
                queue.save(patient_request())
        except BaseException as error:  # reported below
            failures.append(error)

    workers = [threading.Thread(target=save_many) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert failures == []
    assert len(queue.requests()) == 100


def test_the_wal_is_checkpointed_before_it_grows_large(queue: RequestQueue, data_dir: Path) -> None:
    """wal_autocheckpoint is off (checkpoints run only under the lock file), so without the
    queue's own checkpoints the WAL would grow with every request, forever."""
    wal = data_dir / "requests.db-wal"
    page_size = 4096
    largest = 0
    for number in range(500):  # about 1500 pages of WAL if never checkpointed
        queue.save(patient_request(message=f"{number} " + "long story " * 800))
        largest = max(largest, wal.stat().st_size)
    assert largest < 1100 * (page_size + 24)
    assert len(queue.requests()) == 500


def test_close_waits_for_the_lock_file_and_then_closes_anyway(data_dir: Path) -> None:
    """The last connection to close checkpoints, so close takes the lock when it can; a stuck
    staff command must not keep the kiosk from shutting down though."""
    queue = RequestQueue.open(data_dir, busy_timeout_ms=200)
    other = os.open(data_dir / "requests.db.lock", os.O_RDWR)
    try:
        fcntl.flock(other, fcntl.LOCK_EX)
        started = time.monotonic()
        queue.close()
        waited = time.monotonic() - started
    finally:
        os.close(other)
    assert waited >= 0.2
    with pytest.raises(StorageError, match="closed"):
        queue.requests()


def test_text_that_cannot_be_encoded_is_a_storage_error_not_a_crash(queue: RequestQueue) -> None:
    """Validation refuses lone surrogates; if one slipped through, the kiosk must not crash."""
    broken = patient_request(message="half an emoji: \ud83d")
    with pytest.raises(StorageError, match="UTF-8"):
        queue.save(broken)
    assert queue.requests() == []
    assert queue.save(patient_request()).created
