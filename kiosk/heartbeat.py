"""The heartbeat file: one UTC timestamp the running kiosk rewrites every minute (no Qt).

Anything outside the kiosk (``kiosk doctor``, a monitoring script, a technician with
``cat``) can tell from its age whether the kiosk's event loop is alive, without talking to it.
The file is replaced atomically, so a reader sees the old line or the new one, never half of one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path

HEARTBEAT_NAME = "heartbeat"
_MAX_BYTES = 100  # one timestamp line; anything longer is not ours


def heartbeat_path(data_dir: Path) -> Path:
    return data_dir / HEARTBEAT_NAME


def format_heartbeat(now: datetime) -> str:
    """``now`` as one ISO 8601 UTC line, for example ``2025-03-01T14:05:09Z``."""
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("the heartbeat time must be timezone-aware")
    return now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") + "\n"


def write_heartbeat(data_dir: Path, now: datetime) -> None:
    """Atomically replaces ``<data_dir>/heartbeat`` (mode 0600) with ``now`` in UTC.

    Raises OSError when the folder is missing, full or read-only (the caller decides whether
    that matters); a temporary file left half-written is removed. ``now`` must be aware.
    """
    line = format_heartbeat(now).encode("ascii")
    descriptor, temporary = tempfile.mkstemp(dir=data_dir, prefix=".heartbeat-", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "wb") as file:
            if hasattr(os, "fchmod"):  # mkstemp makes it 0600 already; Windows has no fchmod
                os.fchmod(file.fileno(), 0o600)
            file.write(line)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, heartbeat_path(data_dir))
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def read_heartbeat(data_dir: Path) -> datetime | None:
    """The time in ``<data_dir>/heartbeat`` (aware, UTC), or None.

    None when the file is missing, unreadable, or does not hold exactly one aware ISO 8601
    timestamp. Never raises.
    """
    try:
        with heartbeat_path(data_dir).open("rb") as file:
            raw = file.read(_MAX_BYTES + 1)
        if len(raw) > _MAX_BYTES:
            return None
        text = raw.decode("ascii")
        if text.count("\n") > 1 or (text and not text.endswith("\n")):
            return None
        moment = datetime.fromisoformat(text.strip())
    except (OSError, ValueError):  # UnicodeDecodeError is a ValueError
        return None
    if moment.tzinfo is None or moment.utcoffset() is None:
        return None
    return moment.astimezone(UTC)
