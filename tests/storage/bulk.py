"""Filling the queue quickly for the export and purge tests (no pytest, no Qt).

``RequestQueue.save`` commits one fsynced transaction per request, which is right for
patients and slow for a test needing thousands of rows; this writes the same columns in one
transaction through a plain connection.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.storage import RequestQueue
from kiosk.storage.queue import DATABASE_NAME

T0 = datetime(2026, 3, 14, 9, 0, tzinfo=UTC)


def insert_requests(
    data_dir: Path,
    count: int,
    *,
    status: str = "new",
    message: str = "How long does the numbness last after the procedure?",
    start: datetime = T0,
) -> list[str]:
    """Adds ``count`` requests a second apart from ``start``; returns their ids in order."""
    RequestQueue.open(data_dir).close()  # the schema
    ids = [str(uuid.uuid4()) for _ in range(count)]
    rows = []
    for number, request_id in enumerate(ids):
        created = (start + timedelta(seconds=number)).isoformat(timespec="microseconds")
        rows.append(
            (
                request_id,
                f"B-{request_id.replace('-', '').upper()}",
                "appointment" if number % 2 else "question",
                f"Patient {number}",
                "(555) 555-0100",
                "+15555550100",
                f"patient{number}@example.org",
                "phone",
                json.dumps(["weekday_morning", "saturday"] if number % 2 else []),
                f"{message} #{number}",
                "recovery",
                "en",
                int(number % 10 == 0),
                "kiosk-1",
                created,
                status,
                created,
                created if status == "exported" else None,
                created if status == "handled" else None,
            )
        )
    with closing(sqlite3.connect(data_dir / DATABASE_NAME, isolation_level=None)) as raw:
        raw.execute("BEGIN IMMEDIATE")
        raw.executemany(
            "INSERT INTO requests (id, reference, kind, name, phone, phone_e164, email, contact, "
            "time_slots, message, topic, language, urgent, kiosk_id, created_at, status, "
            "status_changed_at, exported_at, handled_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        raw.execute("COMMIT")
    RequestQueue.open(data_dir).close()  # checkpointed into requests.db
    return ids
