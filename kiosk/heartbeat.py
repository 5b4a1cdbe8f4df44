"""The heartbeat file: a UTC timestamp the running kiosk rewrites every minute (no Qt).

Anything outside the kiosk (``kiosk doctor``, a monitoring script, a technician with
``cat``) can tell from its age whether the kiosk's event loop is alive, without talking to it.
A line "problem: ..." follows the time for each thing a running kiosk cannot do (its request
database would not open), which a process that merely runs would not show. The file is
replaced atomically, so a reader sees the old lines or the new ones, never half of them.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

HEARTBEAT_NAME = "heartbeat"
_MAX_BYTES = 4096  # a timestamp and a few problem lines; anything longer is not ours
PROBLEM_PREFIX = "problem: "
_MAX_PROBLEM_CHARS = 300
_MAX_PROBLEMS = 3
"""At most 3 lines of 300 characters (4 bytes each at worst): always within _MAX_BYTES."""


def heartbeat_path(data_dir: Path) -> Path:
    return data_dir / HEARTBEAT_NAME


def format_heartbeat(now: datetime) -> str:
    """``now`` as one ISO 8601 UTC line, for example ``2025-03-01T14:05:09Z``."""
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("the heartbeat time must be timezone-aware")
    return now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") + "\n"


def write_heartbeat(data_dir: Path, now: datetime, problems: Sequence[str] = ()) -> None:
    """Atomically replaces ``<data_dir>/heartbeat`` (mode 0600) with ``now`` in UTC and a
    "problem: ..." line for each of ``problems``.

    Raises OSError when the folder is missing, full or read-only (the caller decides whether
    that matters); a temporary file left half-written is removed. ``now`` must be aware.
    """
    text = format_heartbeat(now) + "".join(
        f"{PROBLEM_PREFIX}{' '.join(problem.split())[:_MAX_PROBLEM_CHARS]}\n"
        for problem in problems[:_MAX_PROBLEMS]
    )
    line = text.encode("utf-8")
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

    None when the file is missing or unreadable, or does not start with exactly one aware
    ISO 8601 timestamp line followed only by problem lines. Never raises.
    """
    lines = _heartbeat_lines(data_dir)
    if not lines:
        return None
    try:
        moment = datetime.fromisoformat(lines[0].strip())
    except ValueError:
        return None
    if moment.tzinfo is None or moment.utcoffset() is None:
        return None
    return moment.astimezone(UTC)


def read_heartbeat_problems(data_dir: Path) -> list[str]:
    """The problems the kiosk reported in its last heartbeat (empty if none or unreadable)."""
    return [line.removeprefix(PROBLEM_PREFIX) for line in _heartbeat_lines(data_dir)[1:]]


def _heartbeat_lines(data_dir: Path) -> list[str]:
    try:
        with heartbeat_path(data_dir).open("rb") as file:
            raw = file.read(_MAX_BYTES + 1)
        text = raw.decode("utf-8")
    except (OSError, ValueError):  # UnicodeDecodeError is a ValueError
        return []
    if len(raw) > _MAX_BYTES or not text.endswith("\n"):
        return []
    lines = [line.removesuffix("\r") for line in text.removesuffix("\n").split("\n")]
    if any(not line.startswith(PROBLEM_PREFIX) for line in lines[1:]):
        return []
    return lines
