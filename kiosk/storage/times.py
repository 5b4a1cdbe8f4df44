"""How the database writes times: fixed-width ISO 8601 text in UTC (no Qt).

Fixed width and one zone make text order equal time order, so SQL can compare times as text
and use an index on them.
"""

from __future__ import annotations

from datetime import UTC, datetime


def utc(moment: datetime | None) -> datetime:
    """``moment`` in UTC, or now; refuses naive times, whose zone would be a guess."""
    if moment is None:
        return datetime.now(UTC)
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("times must be timezone-aware")
    return moment.astimezone(UTC)


def to_text(moment: datetime) -> str:
    """Fixed-width ISO 8601 in UTC, so text order is time order in SQL comparisons."""
    return utc(moment).isoformat(timespec="microseconds")


def from_text(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)
