"""Submit to durable commit: fsync calls per save and RequestQueue.save() latency (no Qt).

``python -m tools.bench.storage fsync queue|bare N DIR``
    N saves (after one warm-up save) into DIR; run under ``strace -f -c`` by the parent, which
    subtracts an N=0 run to get the calls of N saves alone.
``python -m tools.bench.storage latency N DIR``
    N saves through RequestQueue.save() interleaved with N bare inserts (same schema, same
    pragmas: WAL, synchronous=FULL, BEGIN IMMEDIATE ... COMMIT), each into its own database.
"""

from __future__ import annotations

import sqlite3
import sys
import time
import uuid
from pathlib import Path

from kiosk.requests.model import ContactMethod, PatientRequest, RequestKind
from kiosk.storage import RequestQueue
from kiosk.storage.migrations import MIGRATIONS, split_statements
from tools.bench.common import report

_COLUMNS = (
    "id, reference, kind, name, phone, phone_e164, email, contact, time_slots, message, topic, "
    "language, urgent, kiosk_id, created_at, status, status_changed_at"
)


def sample_request(n: int) -> PatientRequest:
    return PatientRequest(
        id=str(uuid.uuid4()),
        kind=RequestKind.QUESTION,
        name=f"Patient {n}",
        phone="555-201-4477",
        phone_e164="+15552014477",
        email="",
        contact=ContactMethod.PHONE,
        time_slots=(),
        message=f"Can I drive home after the treatment? Question number {n}.",
        topic="After the treatment",
        language="en",
        urgent=False,
        kiosk_id="kiosk-1",
    )


class BareStore:
    """What a save costs without the queue: one INSERT in BEGIN IMMEDIATE ... COMMIT."""

    def __init__(self, path: Path) -> None:
        self._connection = sqlite3.connect(path, isolation_level=None)
        for pragma in (
            "busy_timeout = 5000",
            "journal_mode = WAL",
            "synchronous = FULL",
            "foreign_keys = ON",
            "secure_delete = ON",
            "wal_autocheckpoint = 0",
        ):
            self._connection.execute(f"PRAGMA {pragma}").fetchall()
        self._connection.execute("BEGIN IMMEDIATE")
        for script in MIGRATIONS:
            for statement in split_statements(script):
                self._connection.execute(statement)
        self._connection.execute("COMMIT")

    def save(self, request: PatientRequest) -> None:
        now = time.strftime("%Y-%m-%dT%H:%M:%S.000000+00:00", time.gmtime())
        self._connection.execute("BEGIN IMMEDIATE")
        self._connection.execute(
            f"INSERT INTO requests ({_COLUMNS}) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                request.id,
                "B-" + request.id[:8],
                request.kind.value,
                request.name,
                request.phone,
                request.phone_e164,
                request.email,
                request.contact.value,
                "[]",
                request.message,
                request.topic,
                request.language,
                int(request.urgent),
                request.kiosk_id,
                now,
                "new",
                now,
            ),
        )
        self._connection.execute("COMMIT")

    def close(self) -> None:
        self._connection.close()


def fsync_run(kind: str, count: int, folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    if kind == "queue":
        with RequestQueue.open(folder / "queue") as queue:
            queue.save(sample_request(-1))
            for n in range(count):
                queue.save(sample_request(n))
    else:
        bare = BareStore(folder / "bare.db")
        bare.save(sample_request(-1))
        for n in range(count):
            bare.save(sample_request(n))
        bare.close()
    return 0


def latency(count: int, folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    queue = RequestQueue.open(folder / "queue")
    bare = BareStore(folder / "bare.db")
    for n in range(5):  # warm-up: first pages, statement cache
        queue.save(sample_request(-n - 1))
        bare.save(sample_request(-n - 1))
    queue_ms: list[float] = []
    bare_ms: list[float] = []
    for n in range(count):
        request = sample_request(n)
        started = time.perf_counter()
        queue.save(request)
        queue_ms.append((time.perf_counter() - started) * 1000)
        request = sample_request(n)
        started = time.perf_counter()
        bare.save(request)
        bare_ms.append((time.perf_counter() - started) * 1000)
    queue.close()
    bare.close()
    report({"queue_ms": queue_ms, "bare_ms": bare_ms})
    return 0


def main(argv: list[str]) -> int:
    if len(argv) >= 5 and argv[1] == "fsync":
        return fsync_run(argv[2], int(argv[3]), Path(argv[4]))
    if len(argv) >= 4 and argv[1] == "latency":
        return latency(int(argv[2]), Path(argv[3]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
