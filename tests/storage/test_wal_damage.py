"""A damaged write-ahead log is kept as evidence and reported, never silently replayed short.

The crash is simulated by copying the files of a queue that is still open, after its saves
returned: with synchronous=FULL that is exactly what a kill -9 or a power cut leaves on disk.
"""

from __future__ import annotations

import os
import random
import re
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.staff.doctor import run_checks
from kiosk.storage import RequestQueue, wal
from kiosk.storage.database import DATABASE_NAME
from tests.storage.support import integrity_check, patient_request, stored_ids

SAVED = 60
EVIDENCE = re.compile(r"^requests\.db\.corrupt-\d{8}T\d{6}Z(-\d+)?$")


def crashed_queue(source: Path, target: Path, saves: int = SAVED) -> list[str]:
    """Saves ``saves`` requests in ``source`` and leaves in ``target`` the files a crash
    right after the last acknowledgement would leave; returns the acknowledged ids."""
    acknowledged = []
    with RequestQueue.open(source) as queue:
        for number in range(saves):
            request = patient_request(message=f"{number}: please call me about my back")
            queue.save(request)
            acknowledged.append(request.id)
        target.mkdir(mode=0o700, parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            shutil.copyfile(
                source / f"{DATABASE_NAME}{suffix}", target / f"{DATABASE_NAME}{suffix}"
            )
    return acknowledged


def flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x40
    path.write_bytes(bytes(data))


def evidence_copies(data_dir: Path) -> list[Path]:
    return sorted(path for path in data_dir.iterdir() if EVIDENCE.match(path.name))


@pytest.fixture
def crashed(tmp_path: Path) -> tuple[Path, list[str]]:
    data_dir = tmp_path / "kiosk"
    return data_dir, crashed_queue(tmp_path / "original", data_dir)


def test_a_crash_without_damage_replays_every_request_and_raises_no_alert(
    crashed: tuple[Path, list[str]],
) -> None:
    data_dir, acknowledged = crashed
    assert (data_dir / f"{DATABASE_NAME}-wal").stat().st_size > 0
    with RequestQueue.open(data_dir) as queue:
        assert {stored.request.id for stored in queue.requests()} == set(acknowledged)
        assert queue.alerts() == []
    assert evidence_copies(data_dir) == []


@pytest.mark.parametrize("keep_shm", [True, False], ids=["with -shm", "after a power cut"])
def test_a_flipped_byte_mid_log_is_kept_as_evidence_and_counted(
    crashed: tuple[Path, list[str]], keep_shm: bool
) -> None:
    data_dir, acknowledged = crashed
    log = data_dir / f"{DATABASE_NAME}-wal"
    if not keep_shm:
        (data_dir / f"{DATABASE_NAME}-shm").unlink()
    flip(log, log.stat().st_size // 2)
    damaged_log, damaged_database = log.read_bytes(), (data_dir / DATABASE_NAME).read_bytes()

    with RequestQueue.open(data_dir) as queue:
        present = {stored.request.id for stored in queue.requests()}
        [alert] = queue.alerts()
        assert alert.kind == "wal_damaged"
        frames, changes = (
            int(number) for number in re.findall(r"(\d+) (?:of its|saved)", alert.message)
        )
        assert 0 < len(present) < SAVED  # the damage really lost some, as the log had them
        assert changes >= SAVED - len(present), alert.message
        assert frames >= changes
        assert queue.save(patient_request()).created  # the kiosk goes on saving
        crash = data_dir.parent / "after-a-second-crash"
        crash.mkdir()
        for suffix in ("", "-wal"):  # and a power cut: no -shm to say what was committed
            shutil.copyfile(
                data_dir / f"{DATABASE_NAME}{suffix}", crash / f"{DATABASE_NAME}{suffix}"
            )
    with RequestQueue.open(crash) as queue:  # the same damage is not reported twice
        assert [alert.kind for alert in queue.alerts()] == ["wal_damaged"]
        assert len(queue.requests()) == len(present) + 1

    [copy, copy_shm, copy_log] = evidence_copies(data_dir)[:1] + [
        Path(f"{evidence_copies(data_dir)[0]}{suffix}") for suffix in ("-shm", "-wal")
    ]
    assert copy.name in alert.message
    assert copy_log.read_bytes() == damaged_log
    assert copy.read_bytes() == damaged_database
    assert copy_shm.exists() == keep_shm
    assert oct(copy_log.stat().st_mode & 0o777) == oct(0o600)
    assert present <= set(acknowledged)
    assert integrity_check(data_dir) == ["ok"]


def test_a_log_of_pure_garbage_is_kept_and_reported(crashed: tuple[Path, list[str]]) -> None:
    data_dir, _ = crashed
    log = data_dir / f"{DATABASE_NAME}-wal"
    garbage = random.Random(16).randbytes(log.stat().st_size)
    log.write_bytes(garbage)

    with RequestQueue.open(data_dir) as queue:
        [alert] = queue.alerts()
        assert alert.kind == "wal_damaged"
        assert "could not be read at all" in alert.message
    copy = evidence_copies(data_dir)[0]
    assert Path(f"{copy}-wal").read_bytes() == garbage


def test_damage_in_the_last_commit_is_caught(crashed: tuple[Path, list[str]]) -> None:
    """The newest request is the one a patient was just thanked for."""
    data_dir, acknowledged = crashed
    log = data_dir / f"{DATABASE_NAME}-wal"
    flip(log, log.stat().st_size - 100)

    with RequestQueue.open(data_dir) as queue:
        assert stored_ids(data_dir) == set(acknowledged[:-1])
        [alert] = queue.alerts()
        assert "1 of its " in alert.message
        assert "holding at least 1 saved change" in alert.message


def test_a_log_cut_short_mid_frame_is_a_crash_not_damage(tmp_path: Path) -> None:
    """A write cut short by a crash ends the file mid-frame: nothing acknowledged is lost."""
    data_dir = tmp_path / "kiosk"
    acknowledged = crashed_queue(tmp_path / "original", data_dir)
    log = data_dir / f"{DATABASE_NAME}-wal"
    (data_dir / f"{DATABASE_NAME}-shm").unlink()  # a reboot: the index may be gone
    with log.open("ab") as file:  # an unfinished transaction's frames, the last one half written
        file.write(os.urandom(4096 + 24 + 1000))
    assert wal.inspect(data_dir / DATABASE_NAME) is None

    with RequestQueue.open(data_dir) as queue:
        assert {stored.request.id for stored in queue.requests()} == set(acknowledged)
        assert queue.alerts() == []
    assert evidence_copies(data_dir) == []


def test_old_copies_are_reported_by_doctor_then_deleted_by_the_purge(data_dir: Path) -> None:
    RequestQueue.open(data_dir).close()
    old = [data_dir / f"requests.db.corrupt-20200102T030405Z{suffix}" for suffix in ("", "-wal")]
    recent = data_dir / f"requests.db.corrupt-{datetime.now(UTC):%Y%m%dT%H%M%SZ}-1"
    for path in [*old, recent]:
        path.write_bytes(b"patient rows")
    [leftovers] = [check for check in run_checks(None, data_dir) if check.name == "leftover files"]
    assert leftovers.warning
    assert "3 file(s) of a damaged database" in leftovers.detail
    assert "oldest set aside 2020-01-0" in leftovers.detail

    with RequestQueue.open(data_dir) as queue:
        result = queue.purge_handled(30, staff_name="Ann")
        assert result.evidence_deleted == 2
        assert [entry.count for entry in queue.audit_log() if entry.action == "purge_evidence"] == [
            2
        ]
    assert not any(path.exists() for path in old)
    assert recent.exists()


RUNS = int(os.environ.get("WAL_DAMAGE_RUNS", "12"))


def damage_at_random(log: Path, rng: random.Random) -> str:
    """Damages ``log`` as a failing disk might; returns what was done (for the report)."""
    data = bytearray(log.read_bytes())
    kind = rng.choice(["bit", "bits", "range", "zeroed frame", "header"])
    if kind == "bit":
        offset = rng.randrange(len(data))
        data[offset] ^= 1 << rng.randrange(8)
    elif kind == "bits":
        for _ in range(rng.randint(2, 20)):
            data[rng.randrange(len(data))] ^= 0xFF
    elif kind == "range":  # a run of bad sectors: same length, other bytes
        start = rng.randrange(len(data))
        end = min(len(data), start + rng.randint(1, 9000))
        data[start:end] = rng.randbytes(end - start)
    elif kind == "zeroed frame":
        frame = wal.FRAME_HEADER_SIZE + 4096
        start = wal.WAL_HEADER_SIZE + rng.randrange((len(data) - 32) // frame) * frame
        data[start : start + frame] = bytes(frame)
    else:
        data[rng.randrange(wal.WAL_HEADER_SIZE)] ^= 0x10
    log.write_bytes(bytes(data))
    return kind


def test_random_damage_never_loses_an_acknowledged_request_without_saying_so(
    tmp_path: Path,
) -> None:
    """WAL_DAMAGE_RUNS runs (``make soak``: 300): random damage after acknowledged saves. Every
    acknowledged request is in the queue or counted in the alert, and the log is kept."""
    seed = int(os.environ.get("WAL_DAMAGE_SEED", random.randrange(1 << 32)))
    print(f"WAL damage series: WAL_DAMAGE_SEED={seed} WAL_DAMAGE_RUNS={RUNS}")
    rng = random.Random(seed)
    lost_and_counted = caught = 0
    for run in range(RUNS):
        data_dir = tmp_path / f"kiosk-{run}"
        acknowledged = crashed_queue(tmp_path / f"original-{run}", data_dir, rng.randint(3, 80))
        if rng.random() < 0.3:
            (data_dir / f"{DATABASE_NAME}-shm").unlink()  # a power cut lost the index
        log = data_dir / f"{DATABASE_NAME}-wal"
        kind = damage_at_random(log, rng)
        damaged = log.read_bytes()
        with RequestQueue.open(data_dir) as queue:
            missing = set(acknowledged) - {stored.request.id for stored in queue.requests()}
            alerts = [alert for alert in queue.alerts() if alert.kind == "wal_damaged"]
            assert queue.save(patient_request()).created
        if not missing:
            continue
        lost_and_counted += 1
        where = f"run {run} ({kind}): {len(missing)} of {len(acknowledged)} missing"
        assert len(alerts) == 1, where
        frames = int(re.findall(r"(\d+) (?:of its \d+ )?frames", alerts[0].message)[0])
        assert frames >= len(missing), f"{where}, but only {frames} frames counted"
        [copy] = evidence_copies(data_dir)[:1]
        assert Path(f"{copy}-wal").read_bytes() == damaged, where
        caught += 1
    print(
        f"WAL damage series: {RUNS} runs, {lost_and_counted} lost requests to the damage, "
        f"{caught} of them counted in an alert with the damaged files kept"
    )
