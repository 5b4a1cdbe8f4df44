"""Staff names: what may be one, and when two are the same person (no Qt).

A name is shown on the sign-in screen and written in the audit trail, so it must be one
printable line. Uniqueness ignores case and Unicode compatibility forms ("ANN", "ann" and
"ANN" in full-width letters are one account), so nobody can add a look-alike second account.
"""

from __future__ import annotations

import unicodedata

from kiosk.staff.errors import StaffError

MAX_NAME = 60

# Controls, format characters (zero-width, direction marks and overrides, soft hyphens), line
# and paragraph separators. Refused anywhere in what was typed, the ends included: str.strip()
# takes some of them for spaces (tabs, newlines, U+001C to U+001F, U+0085, U+2028, U+2029) and
# would quietly drop them, hiding that the name came with something odd attached.
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp"})


def clean_name(name: str) -> str:
    """``name`` without surrounding spaces; raises StaffError if it cannot be a staff name."""
    cleaned = name.strip()
    if not cleaned:
        raise StaffError("a staff name must not be empty")
    if len(cleaned) > MAX_NAME:
        raise StaffError(f"a staff name may have at most {MAX_NAME} characters")
    # isprintable() also refuses unassigned, private-use and broken characters, and spaces
    # other than U+0020 inside the name.
    if not cleaned.isprintable() or any(
        unicodedata.category(ch) in _REFUSED_CATEGORIES for ch in name
    ):
        raise StaffError("a staff name must be one line of printable characters")
    return cleaned


def name_key(name: str) -> str:
    """What two names must share to be the same account: NFKC-normalised and case-folded."""
    return unicodedata.normalize("NFKC", clean_name(name)).casefold()
