"""Purging handled requests so that nothing of them is left on the disk (no Qt).

A deleted row normally lingers: in free space inside the database file, and as old page
copies in the write-ahead log. ``secure_delete`` (on for every connection, see database.py)
overwrites the freed space with zeros, and a TRUNCATE checkpoint under the write lock copies
the zeroed pages home and cuts the WAL to zero bytes. The -shm file only indexes the WAL (page
numbers and frame numbers), never row content.

The same purge deletes reading statistics older than insights.RETENTION_DAYS days, and the
copies of a damaged database kept as evidence (database.py) once they are older than the
retention period: they hold patient requests too.
"""

from __future__ import annotations

import itertools
import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.requests.model import Status
from kiosk.storage import audit
from kiosk.storage.database import Database
from kiosk.storage.insights import purge_old_insights
from kiosk.storage.times import to_text, utc

_EVIDENCE_STAMP = re.compile(r"^(\d{8}T\d{6}Z)(-\d+)?(-wal|-shm|\.alert)?$")
EVIDENCE_MIN_DAYS = 30
"""Copies of a damaged database hold requests that may never have reached the queue: they are
kept at least this long, however short a purge's period (``purge --older-than 0``)."""
PURGE_BATCH = 1000
"""Requests deleted per transaction: each holds the write lock, so a patient's save waits
behind at most one batch (about 20 ms on the test machine), not the whole purge.
Each batch has its own audit row, so a purge cut short is audited as far as it went."""
WIPE_TRIES_S = 2.0
"""How long a purge keeps trying to wipe the WAL (each try short) before leaving it pending."""
_WIPE_PAUSE_S = 0.1


@dataclass(frozen=True)
class PurgeResult:
    deleted: int
    """Requests deleted."""
    wiped: bool
    """False while a reader still held old copies in the WAL: the kiosk finishes the wipe on
    its own within a minute of the reader letting go (``finish_pending_wipe``)."""
    evidence_deleted: int = 0
    """Files of damaged-database copies deleted for being older than the retention period
    (and EVIDENCE_MIN_DAYS)."""


def purge_handled(
    database: Database,
    older_than_days: int,
    *,
    now: datetime | None = None,
    staff_name: str,
    origin: audit.Origin = audit.Origin.PANEL,
    wipe_tries_s: float = WIPE_TRIES_S,
) -> PurgeResult:
    """Deletes requests handled more than ``older_than_days`` days before ``now``.

    Age counts from when a request was marked handled (so a request handled today stays for
    the whole retention period, however old it is). Also deletes reading statistics older than
    insights.RETENTION_DAYS (not counted), and damaged-database copies older than the period
    (and at least EVIDENCE_MIN_DAYS old). Deletes PURGE_BATCH requests per transaction, each
    with its audit row, then wipes the WAL in short tries for up to ``wipe_tries_s`` (a save
    never waits long behind it); the wipe runs even when nothing was deleted, so purging again
    also finishes a wipe that a reader held up. Raises StorageError on failure.
    """
    if isinstance(older_than_days, bool) or older_than_days < 0:
        raise ValueError("older_than_days must be a whole number of days, 0 or more")
    moment = utc(now)
    cutoff = to_text(moment - timedelta(days=older_than_days))
    deleted = 0
    for batch_number in itertools.count():
        with database.transaction("purging handled requests") as connection:
            batch = connection.execute(
                "DELETE FROM requests WHERE rowid IN (SELECT rowid FROM requests "
                "WHERE status = ? AND COALESCE(handled_at, status_changed_at) < ? LIMIT ?)",
                (Status.HANDLED.value, cutoff, PURGE_BATCH),
            ).rowcount
            if batch_number == 0:
                purge_old_insights(connection, moment.astimezone().date())
            if batch or batch_number == 0:
                audit.write(
                    connection,
                    audit.Action.PURGE,
                    staff_name,
                    origin=origin,
                    at=moment,
                    count=batch,
                )
        deleted += batch
        if batch < PURGE_BATCH:
            break
    deadline = time.monotonic() + wipe_tries_s
    while not (wiped := database.wipe_wal("wiping purged requests from the write-ahead log")):
        if time.monotonic() >= deadline:
            break
        time.sleep(_WIPE_PAUSE_S)  # nothing held: saves go ahead while the reader finishes
    evidence_days = max(older_than_days, EVIDENCE_MIN_DAYS)
    evidence = delete_old_evidence(database.path, moment - timedelta(days=evidence_days))
    if evidence:
        database.record_audit(
            audit.Action.PURGE_EVIDENCE, staff_name, origin=origin, now=moment, count=evidence
        )
    return PurgeResult(deleted, wiped, evidence)


def kept_evidence(database_path: Path) -> list[tuple[Path, datetime]]:
    """The copies of a damaged database kept beside it (``requests.db.corrupt-<UTC time>``,
    with their -wal and -shm), each with the time it was set aside, oldest first."""
    found = []
    for path in database_path.parent.glob(f"{database_path.name}.corrupt-*"):
        stamp = _EVIDENCE_STAMP.match(path.name.removeprefix(f"{database_path.name}.corrupt-"))
        if not stamp:
            continue
        try:
            moment = datetime.strptime(stamp.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        except ValueError:  # not a time the kiosk wrote (month 13): not the kiosk's file
            continue
        found.append((path, moment))
    return sorted(found, key=lambda item: (item[1], item[0].name))


def delete_old_evidence(database_path: Path, cutoff: datetime) -> int:
    """Deletes kept copies set aside before ``cutoff``; returns how many files went."""
    deleted = 0
    for path, moment in kept_evidence(database_path):
        if moment < cutoff:
            path.unlink(missing_ok=True)
            deleted += 1
    return deleted


def finish_pending_wipe(database: Database) -> bool:
    """Tries once more to finish a wipe a reader held up; True if none is left pending.

    Cheap when nothing is pending (one stat), so the kiosk calls it every minute.
    """
    if not database.wipe_pending():
        return True
    return database.wipe_wal("finishing the wipe of purged requests")
