"""A child that saves requests like a very busy kiosk: COUNT saves, PAUSE_S apart.

Run as ``python -m tests.storage.paced_saver DATA_DIR COUNT`` from the project root; prints
"READY" once the queue is open and "ACK <id>" after each ``save()`` returned. A real kiosk
saves a few requests an hour; a few milliseconds apart is already far busier. (worker.py's
"save" mode saves back to back, which starves other writers of the lock file by design.)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from kiosk.storage import RequestQueue
from tests.storage.support import patient_request

PAUSE_S = 0.004


def main(argv: list[str]) -> int:
    data_dir, count = Path(argv[0]), int(argv[1])
    with RequestQueue.open(data_dir) as queue:
        print("READY", flush=True)
        for number in range(count):
            request = patient_request(kiosk_id=f"saver-{number}")
            queue.save(request)
            print(f"ACK {request.id}", flush=True)
            time.sleep(PAUSE_S)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
