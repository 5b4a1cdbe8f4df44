"""A child that saves requests like a kiosk's patients and times every save.

Run as ``python -m tests.storage.timed_saver DATA_DIR`` from the project root; prints "READY"
once the queue is open, then for each save "SAVE <seconds> ok" or "SAVE <seconds> <error
type>", PAUSE_S apart, until its standard input is closed. Its own process, like the kiosk
beside the staff command line, so the timings are not the test process's GIL.
"""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

from kiosk.storage import RequestQueue, StorageError
from tests.storage.support import patient_request

PAUSE_S = 0.02


def main(argv: list[str]) -> int:
    data_dir = Path(argv[0])
    stop = threading.Event()

    def wait_for_end_of_input() -> None:
        sys.stdin.read()
        stop.set()

    threading.Thread(target=wait_for_end_of_input, daemon=True).start()
    with RequestQueue.open(data_dir) as queue:
        print("READY", flush=True)
        while not stop.is_set():
            started = time.monotonic()
            try:
                queue.save(patient_request())
                outcome = "ok"
            except StorageError as error:
                outcome = type(error).__name__
            print(f"SAVE {time.monotonic() - started:.4f} {outcome}", flush=True)
            stop.wait(PAUSE_S)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
