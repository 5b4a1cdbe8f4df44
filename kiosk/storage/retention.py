"""Purging handled requests so that nothing of them is left on the disk (no Qt).

A deleted row normally lingers: in free space inside the database file, and as old page
copies in the write-ahead log. ``secure_delete`` (on for every connection, see database.py)
overwrites the freed space with zeros, and a TRUNCATE checkpoint under the write lock copies
the zeroed pages home and cuts the WAL to zero bytes. The -shm file only indexes the WAL (page
numbers and frame numbers), never row content.

The same purge deletes reading statistics older than insights.RETENTION_DAYS days.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from kiosk.requests.model import Status
from kiosk.storage import audit
from kiosk.storage.database import Database
from kiosk.storage.insights import purge_old_insights
from kiosk.storage.times import to_text, utc


def purge_handled(
    database: Database,
    older_than_days: int,
    *,
    now: datetime | None = None,
    staff_name: str,
    origin: audit.Origin = audit.Origin.PANEL,
) -> int:
    """Deletes requests handled more than ``older_than_days`` days before ``now``.

    Age counts from when a request was marked handled (so a request handled today stays for
    the whole retention period, however old it is). Also deletes reading statistics older than
    insights.RETENTION_DAYS (not counted). Records the count in the audit trail in
    the same transaction, then wipes the WAL; the wipe runs even when nothing was deleted, so
    purging again finishes a wipe that a reader once held up. Raises StorageError on failure
    (StorageLocked if the wipe was held up: the rows are gone, their old copies not yet).
    """
    if isinstance(older_than_days, bool) or older_than_days < 0:
        raise ValueError("older_than_days must be a whole number of days, 0 or more")
    moment = utc(now)
    cutoff = to_text(moment - timedelta(days=older_than_days))
    with database.transaction("purging handled requests") as connection:
        deleted = connection.execute(
            "DELETE FROM requests WHERE status = ? AND COALESCE(handled_at, status_changed_at) < ?",
            (Status.HANDLED.value, cutoff),
        ).rowcount
        purge_old_insights(connection, moment.astimezone().date())
        audit.write(
            connection, audit.Action.PURGE, staff_name, origin=origin, at=moment, count=deleted
        )
    database.wipe_wal("wiping purged requests from the write-ahead log")
    return deleted
