"""Child processes for the cross-process and kill -9 tests.

Run as ``python -m tests.storage.worker MODE DATA_DIR [COUNT]`` from the project root. Every mode
prints "READY" once its queue is open. Modes:

- ``save``: saves requests in a loop (COUNT of them, or until killed), printing "ACK <id>"
  only after ``save()`` returned, i.e. after COMMIT.
- ``ack-early``: the negative control: prints "ACK <id>" first, then waits, then saves. A kill
  after the ACK loses an acknowledged request, which the harness must notice.
- ``export``: until killed, marks new requests exported (like the staff export) and reads them
  all back, so a second process writes and reads while the saver runs.
- ``save-on-go``: waits for a "GO" line on stdin, saves COUNT requests, prints "DONE".
"""

from __future__ import annotations

import sys
import time
from itertools import count
from pathlib import Path

from kiosk.requests.model import Status
from kiosk.storage import RequestQueue
from tests.storage.support import patient_request

EARLY_ACK_PAUSE_S = 0.5
"""Long enough that the parent's kill after an early ACK always lands before the save."""


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def save(queue: RequestQueue, limit: int | None, *, ack_first: bool = False) -> None:
    numbers = range(limit) if limit is not None else count()
    for number in numbers:
        request = patient_request(kiosk_id=f"worker-{number}", urgent=number % 7 == 0)
        if ack_first:
            say(f"ACK {request.id}")
            time.sleep(EARLY_ACK_PAUSE_S)
        queue.save(request)
        if not ack_first:
            say(f"ACK {request.id}")


def export_forever(queue: RequestQueue) -> None:
    while True:
        new = [stored.request.id for stored in queue.requests(Status.NEW)]
        queue.set_status(new, Status.EXPORTED)
        queue.requests()


def main(argv: list[str]) -> int:
    mode, data_dir = argv[0], Path(argv[1])
    limit = int(argv[2]) if len(argv) > 2 else None
    with RequestQueue.open(data_dir) as queue:
        say("READY")
        if mode == "save":
            save(queue, limit)
        elif mode == "ack-early":
            save(queue, limit, ack_first=True)
        elif mode == "export":
            export_forever(queue)
        elif mode == "save-on-go":
            if sys.stdin.readline().strip() != "GO":
                return 2
            save(queue, limit)
            say("DONE")
        else:
            raise SystemExit(f"unknown mode {mode!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
