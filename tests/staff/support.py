"""Helpers for the staff-account tests and their child processes (no pytest, no Qt)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from kiosk.staff import StaffDirectory
from kiosk.staff.hashing import ScryptParameters

FAST = ScryptParameters(n=2**8, r=8, p=1)
"""Cheap hashes, so throttling tests can try dozens of PINs; the format is the same."""
T0 = datetime(2026, 3, 14, 9, 0, tzinfo=UTC)
PIN = "274019"
OTHER_PIN = "803615"
WRONG_PIN = "502719"


def open_fast(data_dir: Path) -> StaffDirectory:
    return StaffDirectory.open(data_dir, parameters=FAST)
