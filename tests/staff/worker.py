"""A child process for the kill -9 tests of sign-in throttling.

Run as ``python -m tests.staff.worker MODE DATA_DIR`` from the project root; prints "READY"
once the directory is open. Modes:

- ``guess``: tries wrong PINs for "Ann" two hours apart (so no wait ever refuses one), printing
  "FAILED <n>" after the n-th attempt returned, until the account is disabled.
- ``stall``: makes one attempt whose PIN check never finishes, printing "CHECKING" once the
  check has started: a kill then lands in the middle of verifying.
"""

from __future__ import annotations

import sys
import time
from datetime import timedelta
from pathlib import Path

from kiosk.staff import Disabled, WrongPin
from kiosk.staff import directory as directory_module
from tests.staff.support import T0, WRONG_PIN, open_fast

ATTEMPT_GAP = timedelta(hours=2)


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def stalled_check(pin: str, encoded: str) -> bool:
    say("CHECKING")
    while True:
        time.sleep(60)


def main(argv: list[str]) -> int:
    mode, data_dir = argv[0], Path(argv[1])
    with open_fast(data_dir) as directory:
        say("READY")
        if mode == "guess":
            attempt = 0
            while True:
                result = directory.sign_in("Ann", WRONG_PIN, now=T0 + attempt * ATTEMPT_GAP)
                attempt += 1
                if isinstance(result, Disabled):
                    say("DISABLED")
                    return 0
                assert isinstance(result, WrongPin), result
                say(f"FAILED {attempt}")
        elif mode == "stall":
            directory_module.verify_pin = stalled_check  # type: ignore[attr-defined]
            directory.sign_in("Ann", WRONG_PIN, now=T0)
        else:
            raise SystemExit(f"unknown mode {mode!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
