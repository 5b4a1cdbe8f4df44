"""The durable queue of patient requests: one SQLite file shared by the kiosk and staff tools.

The connection rules (WAL, synchronous=FULL, ``BEGIN IMMEDIATE`` writes under the lock file,
quarantine of a damaged file) live in database.py; this module knows what a request row is.
``save`` returning means the request survives a crash or power cut.
"""

from __future__ import annotations

import json
import logging
import secrets
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from kiosk.requests.model import (
    ContactMethod,
    PatientRequest,
    RequestKind,
    Status,
    StoredRequest,
    TimeSlot,
)
from kiosk.storage import audit, retention
from kiosk.storage.database import (
    CHECKPOINT_AFTER_PAGES,
    DATABASE_NAME,
    DEFAULT_BUSY_TIMEOUT_MS,
    LOCK_NAME,
    Alert,
    Database,
)
from kiosk.storage.errors import StorageCorrupt, StorageError
from kiosk.storage.times import from_text, to_text, utc

__all__ = [
    "CHECKPOINT_AFTER_PAGES",
    "DATABASE_NAME",
    "LOCK_NAME",
    "Alert",
    "RequestQueue",
    "RequestSummary",
    "SaveResult",
    "new_reference",
]

log = logging.getLogger(__name__)

REFERENCE_PREFIX = "K-"
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
"""Digits and capitals without look-alikes (no 0/O, 1/I/L): easy to read out at the desk."""
REFERENCE_LENGTH = 4
DUPLICATE_WINDOW = timedelta(minutes=10)
"""An identical request saved this recently is the same patient tapping "send" again."""
FAILURE_ALERT_TIMEOUT_MS = 250
"""How long recording a "save_failed" alert may wait, so a failed save does not wait twice."""
_REFERENCE_ATTEMPTS = 1000

_COLUMNS = (
    "id, reference, kind, name, phone, phone_e164, email, contact, time_slots, message, topic, "
    "language, urgent, kiosk_id, created_at, status, status_changed_at"
)


@dataclass(frozen=True)
class SaveResult:
    reference: str
    """The code to show the patient, e.g. "K-4F7Q"."""
    created: bool
    """False when this request id, or an identical request within ten minutes, was already
    saved; ``reference`` is then the earlier one's."""


@dataclass(frozen=True)
class RequestSummary:
    """A request without anything the patient typed: what a list on screen may show."""

    id: str
    reference: str
    created_at: datetime
    kind: RequestKind
    status: Status
    urgent: bool
    topic: str


def new_reference() -> str:
    """A random reference code such as "K-4F7Q" (about 920,000 possibilities)."""
    return REFERENCE_PREFIX + "".join(
        secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH)
    )


class RequestQueue:
    """Saves patient requests durably and lists them for staff.

    Build it with ``RequestQueue.open(data_dir)``. Safe to share between threads (calls are
    serialized) and between processes (writes are serialized by the lock file). Every failure
    surfaces as a StorageError subclass, never as a raw sqlite3 exception.
    """

    def __init__(self, database: Database) -> None:
        """Use ``open()``, or pass a Database already open."""
        self._database = database

    @classmethod
    def open(cls, data_dir: Path, *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Self:
        """Opens (creating, migrating or quarantining as needed) ``data_dir/requests.db``.

        Raises StorageError (or a subclass) if the queue cannot be used; never crash-loops on a
        damaged file, because the damaged file is moved aside before a fresh one is made.
        """
        return cls(Database.open(data_dir, busy_timeout_ms=busy_timeout_ms))

    @property
    def path(self) -> Path:
        """The database file."""
        return self._database.path

    @property
    def database(self) -> Database:
        return self._database

    @property
    def quarantined(self) -> Path | None:
        """Where open() moved a damaged database file, or None if it found none."""
        return self._database.quarantined

    @property
    def _connection(self) -> sqlite3.Connection | None:
        """The raw connection, None once closed (tests reach it to simulate a full disk)."""
        return self._database._connection

    def save(self, request: PatientRequest, *, now: datetime | None = None) -> SaveResult:
        """Saves ``request`` durably; the patient may be thanked once this returns.

        Idempotent on ``request.id`` (a double tap or a retry) and on an identical request
        (same kind, name, phone, email, message and topic) saved within the last ten minutes.
        On failure nothing is written, a "save_failed" alert is attempted, and the StorageError
        is raised.
        """
        moment = utc(now)
        try:
            try:
                with self._database.transaction("saving a request") as connection:
                    result = _save_in(connection, request, moment)
            except UnicodeEncodeError as error:  # validation should have refused it
                raise StorageError(
                    f"saving a request: text that UTF-8 cannot encode ({error.reason})"
                ) from error
        except StorageError as failure:
            self._database.add_alert(
                "save_failed",
                f"a request could not be saved: {type(failure).__name__}: {failure}",
                timeout_ms=min(FAILURE_ALERT_TIMEOUT_MS, self._database.busy_timeout_ms),
            )
            raise
        return result

    def count_since(self, since: datetime) -> int:
        """Requests created at or after ``since`` (for the per-ten-minutes limit)."""
        with self._database.reading("counting requests") as connection:
            row = connection.execute(
                "SELECT count(*) FROM requests WHERE created_at >= ?", (to_text(since),)
            ).fetchall()
        return int(row[0][0])

    def counts(self) -> dict[str, int]:
        """How many requests there are, for the staff panel's overview.

        Keys: "new", "exported", "handled" (by status), "total", and "urgent": urgent requests
        not yet handled (the ones someone should look at now).
        """
        with self._database.reading("counting requests") as connection:
            rows = connection.execute(
                "SELECT status, count(*), sum(urgent) FROM requests GROUP BY status"
            ).fetchall()
        counts = dict.fromkeys((status.value for status in Status), 0)
        urgent = 0
        for status, number, urgent_number in rows:
            counts[status] = int(number)
            if status != Status.HANDLED.value:
                urgent += int(urgent_number or 0)
        counts["total"] = sum(counts.values())
        counts["urgent"] = urgent
        return counts

    def requests(self, status: Status | None = None) -> list[StoredRequest]:
        """All requests, or those with ``status``: urgent first, then newest first."""
        where, params = ("WHERE status = ?", (status.value,)) if status is not None else ("", ())
        with self._database.reading("listing requests") as connection:
            rows = connection.execute(
                f"SELECT {_COLUMNS} FROM requests {where} "
                "ORDER BY urgent DESC, created_at DESC, rowid DESC",
                params,
            ).fetchall()
        return [_decode(row) for row in rows]

    def summaries(self, status: Status | None = None) -> list[RequestSummary]:
        """Like ``requests`` but without names, contact details or messages (for lists)."""
        where, params = ("WHERE status = ?", (status.value,)) if status is not None else ("", ())
        with self._database.reading("listing requests") as connection:
            rows = connection.execute(
                "SELECT id, reference, created_at, kind, status, urgent, topic FROM requests "
                f"{where} ORDER BY urgent DESC, created_at DESC, rowid DESC",
                params,
            ).fetchall()
        try:
            return [
                RequestSummary(
                    id=row[0],
                    reference=row[1],
                    created_at=from_text(row[2]),
                    kind=RequestKind(row[3]),
                    status=Status(row[4]),
                    urgent=bool(row[5]),
                    topic=row[6],
                )
                for row in rows
            ]
        except (ValueError, TypeError) as error:
            raise StorageCorrupt(f"a request cannot be read back: {error}") from error

    def get(self, request_id: str) -> StoredRequest | None:
        with self._database.reading("reading a request") as connection:
            rows = connection.execute(
                f"SELECT {_COLUMNS} FROM requests WHERE id = ?", (request_id,)
            ).fetchall()
        return _decode(rows[0]) if rows else None

    def set_status(
        self, request_ids: Sequence[str], status: Status, *, now: datetime | None = None
    ) -> int:
        """Moves requests to ``status``, recording when; returns how many rows changed.

        Rows already in ``status`` are left alone (their times too). Becoming EXPORTED sets
        exported_at and becoming HANDLED sets handled_at, besides status_changed_at.
        """
        return self._set_status(request_ids, status, utc(now), None)

    def mark_handled(
        self,
        request_ids: Sequence[str],
        staff_name: str,
        *,
        origin: audit.Origin = audit.Origin.PANEL,
        now: datetime | None = None,
    ) -> int:
        """Marks requests handled and records who did it in the audit trail (one transaction).

        Returns how many changed; requests already handled are left alone and not counted.
        """
        return self._set_status(request_ids, Status.HANDLED, utc(now), (staff_name, origin))

    def purge_handled(
        self,
        older_than_days: int,
        *,
        now: datetime | None = None,
        staff_name: str,
        origin: audit.Origin = audit.Origin.PANEL,
    ) -> retention.PurgeResult:
        """Deletes handled requests handled more than ``older_than_days`` ago, leaving no trace
        in the database file or its WAL once wiped; audited. See retention.py.

        ``wiped`` is False if another program was reading: the rows are gone, and their old
        copies are wiped as soon as it lets go (the kiosk tries every minute).
        """
        return retention.purge_handled(
            self._database, older_than_days, now=now, staff_name=staff_name, origin=origin
        )

    def add_alert(self, kind: str, message: str, *, now: datetime | None = None) -> bool:
        """Records a problem for staff; best effort: never raises, False if not recorded."""
        return self._database.add_alert(kind, message, now=now)

    def alerts(self) -> list[Alert]:
        """Every recorded alert, newest first."""
        return self._database.alerts()

    def pending_alerts(self) -> list[Alert]:
        """Alerts staff have not dismissed yet, newest first."""
        return self._database.alerts(pending_only=True)

    def dismiss_alerts(
        self,
        staff_name: str,
        *,
        origin: audit.Origin = audit.Origin.PANEL,
        now: datetime | None = None,
    ) -> int:
        """Marks every pending alert seen (audited); returns how many."""
        return self._database.dismiss_alerts(staff_name=staff_name, origin=origin, now=now)

    def audit_log(self, *, limit: int | None = None) -> list[audit.AuditEntry]:
        """The audit trail, newest first."""
        return self._database.audit_log(limit=limit)

    def pragmas(self) -> dict[str, Any]:
        """The connection's durability settings as SQLite reports them now (for `doctor`)."""
        return self._database.pragmas()

    def close(self) -> None:
        """Checkpoints and closes (under the lock); idempotent, never raises."""
        self._database.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _set_status(
        self,
        request_ids: Sequence[str],
        status: Status,
        moment: datetime,
        audited: tuple[str, audit.Origin] | None,
    ) -> int:
        if isinstance(request_ids, str):
            raise TypeError("request_ids must be a sequence of ids, not one string")
        assignments = ["status = :status", "status_changed_at = :now"]
        if status is Status.EXPORTED:
            assignments.append("exported_at = :now")
        elif status is Status.HANDLED:
            assignments.append("handled_at = :now")
        statement = (
            f"UPDATE requests SET {', '.join(assignments)} WHERE id = :id AND status != :status"
        )
        ids = list(dict.fromkeys(request_ids))
        if not ids and audited is None:
            self._database.live_connection()
            return 0
        changed = 0
        with self._database.transaction("changing request status") as connection:
            for request_id in ids:
                parameters = {"status": status.value, "now": to_text(moment), "id": request_id}
                changed += connection.execute(statement, parameters).rowcount
            if audited is not None:
                staff_name, origin = audited
                audit.write(
                    connection,
                    audit.Action.MARK_HANDLED,
                    staff_name,
                    origin=origin,
                    at=moment,
                    count=changed,
                )
        return changed


def _save_in(
    connection: sqlite3.Connection, request: PatientRequest, moment: datetime
) -> SaveResult:
    """The body of save(), inside its write transaction."""
    earlier = connection.execute(
        "SELECT reference FROM requests WHERE id = ?", (request.id,)
    ).fetchall()
    if not earlier:
        earlier = connection.execute(
            "SELECT reference FROM requests WHERE created_at >= ? AND kind = ? AND name = ? "
            "AND phone = ? AND email = ? AND message = ? AND topic = ? "
            "ORDER BY created_at DESC LIMIT 1",
            (
                to_text(moment - DUPLICATE_WINDOW),
                request.kind.value,
                request.name,
                request.phone,
                request.email,
                request.message,
                request.topic,
            ),
        ).fetchall()
    if earlier:
        return SaveResult(reference=earlier[0][0], created=False)
    reference = _unused_reference(connection)
    created_at = to_text(moment)
    connection.execute(
        f"INSERT INTO requests ({_COLUMNS}) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            request.id,
            reference,
            request.kind.value,
            request.name,
            request.phone,
            request.phone_e164,
            request.email,
            request.contact.value,
            json.dumps([slot.value for slot in request.time_slots]),
            request.message,
            request.topic,
            request.language,
            int(request.urgent),
            request.kiosk_id,
            created_at,
            Status.NEW.value,
            created_at,
        ),
    )
    return SaveResult(reference=reference, created=True)


def _unused_reference(connection: sqlite3.Connection) -> str:
    for _ in range(_REFERENCE_ATTEMPTS):
        reference = new_reference()
        taken = connection.execute(
            "SELECT 1 FROM requests WHERE reference = ?", (reference,)
        ).fetchall()
        if not taken:
            return reference
    raise StorageError(f"no unused reference code after {_REFERENCE_ATTEMPTS} tries")


def _decode(row: Sequence[Any]) -> StoredRequest:
    try:
        request = PatientRequest(
            id=row[0],
            kind=RequestKind(row[2]),
            name=row[3],
            phone=row[4],
            phone_e164=row[5],
            email=row[6],
            contact=ContactMethod(row[7]),
            time_slots=tuple(TimeSlot(value) for value in json.loads(row[8])),
            message=row[9],
            topic=row[10],
            language=row[11],
            urgent=bool(row[12]),
            kiosk_id=row[13],
        )
        return StoredRequest(
            request=request,
            reference=row[1],
            created_at=from_text(row[14]),
            status=Status(row[15]),
            status_changed_at=from_text(row[16]),
        )
    except (ValueError, TypeError) as error:
        raise StorageCorrupt(f"request {row[1]!r} cannot be read back: {error}") from error
