"""Helpers shared by the storage tests and their child processes (no pytest, no Qt)."""

from __future__ import annotations

import dataclasses
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from kiosk.requests.model import ContactMethod, PatientRequest, RequestKind, TimeSlot
from kiosk.storage.queue import DATABASE_NAME


def patient_request(**changes: Any) -> PatientRequest:
    """A valid request with a fresh id and unique text (so it is never a duplicate)."""
    request_id = str(uuid.uuid4())
    base = PatientRequest(
        id=request_id,
        kind=RequestKind.APPOINTMENT,
        name="Ada Lovelace",
        phone="(555) 555-0100",
        phone_e164="+15555550100",
        email="ada@example.org",
        contact=ContactMethod.PHONE,
        time_slots=(TimeSlot.WEEKDAY_MORNING, TimeSlot.SATURDAY),
        message=f"Is the ablation painful? ({request_id})",
        topic="recovery",
        language="en",
        urgent=False,
        kiosk_id="kiosk-1",
    )
    return dataclasses.replace(base, **changes)


@contextmanager
def raw_database(data_dir: Path) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection to the queue's file, for looking behind the API."""
    with closing(sqlite3.connect(data_dir / DATABASE_NAME, isolation_level=None)) as connection:
        yield connection


def integrity_check(data_dir: Path) -> list[str]:
    with raw_database(data_dir) as connection:
        return [row[0] for row in connection.execute("PRAGMA integrity_check").fetchall()]


def stored_ids(data_dir: Path) -> set[str]:
    with raw_database(data_dir) as connection:
        return {row[0] for row in connection.execute("SELECT id FROM requests").fetchall()}
