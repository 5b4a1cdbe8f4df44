"""Staff names: what may be one, and when two are the same person (no Qt).

A name is shown on the sign-in screen and written in the audit trail, so it must be one
printable line. Uniqueness ignores case and Unicode compatibility forms ("ANN", "ann" and
"ANN" in full-width letters are one account), so nobody can add a look-alike second account.
"""

from __future__ import annotations

import unicodedata

from kiosk.staff.errors import StaffError

MAX_NAME = 60


def clean_name(name: str) -> str:
    """``name`` without surrounding spaces; raises StaffError if it cannot be a staff name."""
    cleaned = name.strip()
    if not cleaned:
        raise StaffError("a staff name must not be empty")
    if len(cleaned) > MAX_NAME:
        raise StaffError(f"a staff name may have at most {MAX_NAME} characters")
    if not cleaned.isprintable() or any(unicodedata.category(ch) == "Cc" for ch in cleaned):
        raise StaffError("a staff name must be one line of printable characters")
    return cleaned


def name_key(name: str) -> str:
    """What two names must share to be the same account: NFKC-normalised and case-folded."""
    return unicodedata.normalize("NFKC", clean_name(name)).casefold()
