"""A queue that would not open at start (a full disk at boot) opens again without a restart."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.heartbeat import read_heartbeat_problems, write_heartbeat
from kiosk.requests.intake import NotSaved, RequestIntake, Saved
from kiosk.requests.model import ContactMethod, Draft
from kiosk.requests.validation import Rules
from kiosk.staff.doctor import run_checks
from kiosk.storage import RequestQueue, StorageError, StorageFull
from kiosk.storage.keeper import QueueKeeper

T0 = datetime(2026, 12, 3, 8, 0, tzinfo=UTC)


class FullDiskAtBoot:
    """Opens the real queue, except while ``full`` is set: then fails as a full disk does."""

    def __init__(self) -> None:
        self.full = True
        self.tries = 0

    def __call__(self, data_dir: Path) -> RequestQueue:
        self.tries += 1
        if self.full:
            raise StorageFull("opening requests.db: database or disk is full (SQLITE_FULL)")
        return RequestQueue.open(data_dir)


def draft() -> Draft:
    return Draft(
        name="Ada Lovelace",
        phone="(212) 555-0100",
        message="Does it hurt after?",
        contact=ContactMethod.PHONE,
        consent=True,
    )


@pytest.fixture
def disk() -> FullDiskAtBoot:
    return FullDiskAtBoot()


def test_saving_works_again_once_the_disk_has_room_without_a_restart(
    data_dir: Path, disk: FullDiskAtBoot
) -> None:
    clock = iter(T0 + timedelta(minutes=minute) for minute in range(100))
    keeper = QueueKeeper(data_dir, opener=disk, clock=lambda: next(clock))
    intake = RequestIntake(keeper, rules=Rules(region="US"), kiosk_id="k", max_per_10_min=5)
    assert keeper.queue is None
    assert intake.submit(draft(), request_id="a", language="en") == NotSaved("StorageError")
    assert intake.submit(draft(), request_id="a", language="en") == NotSaved("StorageError")
    assert keeper.upkeep() == [keeper.problem]
    assert "disk is full" in (keeper.problem or "")
    assert "patients cannot send requests" in (keeper.problem or "")

    disk.full = False
    outcome = intake.submit(draft(), request_id="b", language="en")  # the next save retries
    assert isinstance(outcome, Saved)
    assert keeper.problem is None
    assert keeper.upkeep() == []
    queue = keeper.queue
    assert queue is not None
    [alert] = queue.alerts()
    assert alert.kind == "queue_unavailable"
    assert "1 were asked to see the front desk" in alert.message  # a second tap is one patient
    assert "disk is full" in alert.message
    keeper.close()


def test_the_minute_upkeep_opens_the_queue_before_any_patient_tries(
    data_dir: Path, disk: FullDiskAtBoot
) -> None:
    keeper = QueueKeeper(data_dir, opener=disk)
    assert keeper.upkeep() != []
    disk.full = False
    assert keeper.upkeep() == []
    assert keeper.queue is not None
    assert [alert.kind for alert in keeper.queue.alerts()] == ["queue_unavailable"]
    keeper.close()


def test_while_closed_every_call_says_why(data_dir: Path, disk: FullDiskAtBoot) -> None:
    keeper = QueueKeeper(data_dir, opener=disk)
    for call in (
        lambda: keeper.get("x"),
        lambda: keeper.count_since(T0),
    ):
        with pytest.raises(StorageError, match="cannot be opened"):
            call()
    assert disk.tries == 3  # each call tried again
    keeper.close()


def test_doctor_reads_the_problem_from_the_heartbeat(data_dir: Path, disk: FullDiskAtBoot) -> None:
    data_dir.mkdir()
    keeper = QueueKeeper(data_dir, opener=disk)
    write_heartbeat(data_dir, datetime.now(UTC), keeper.upkeep())
    assert read_heartbeat_problems(data_dir) == [keeper.problem]
    [heartbeat] = [check for check in run_checks(None, data_dir) if check.name == "heartbeat"]
    assert not heartbeat.ok
    assert "the kiosk reports: the request database cannot be opened" in heartbeat.line()
