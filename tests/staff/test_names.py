"""A staff name is one line of visible characters, wherever an invisible one would hide."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.staff import StaffError
from kiosk.staff.names import clean_name, name_key

INVISIBLE = [
    "\u200b",  # zero-width space
    "\u200c",  # zero-width non-joiner
    "\u200d",  # zero-width joiner
    "\u2060",  # word joiner
    "\ufeff",  # byte order mark
    "\u200e",  # left-to-right mark
    "\u200f",  # right-to-left mark
    "\u202a",  # left-to-right embedding
    "\u202e",  # right-to-left override
    "\u2066",  # left-to-right isolate
    "\u2069",  # pop directional isolate
    "\u00ad",  # soft hyphen
    "\u2028",  # line separator
    "\u2029",  # paragraph separator
    "\x85",  # next line
    "\x1c",  # file separator (str.strip() counts it as a space)
    "\n",
    "\t",
]


@pytest.mark.parametrize("invisible", INVISIBLE)
@pytest.mark.parametrize("typed", ["Ann{}Lee", "{}Ann Lee", "Ann Lee{}", "  Ann Lee {} "])
def test_an_invisible_or_control_character_anywhere_is_refused(typed: str, invisible: str) -> None:
    # At the ends too: "Ann Lee" followed by a line separator is not quietly taken as "Ann Lee".
    with pytest.raises(StaffError, match="one line of printable characters"):
        clean_name(typed.format(invisible))
    with pytest.raises(StaffError):
        name_key(typed.format(invisible))


@given(
    st.text(st.characters(categories=("L", "N")), min_size=1, max_size=20),
    st.characters(categories=("Cc", "Cf", "Zl", "Zp")),
    st.integers(0, 20),
)
def test_any_control_format_or_line_separator_character_is_refused(
    text: str, bad: str, at: int
) -> None:
    with pytest.raises(StaffError, match="one line of printable characters"):
        clean_name(text[:at] + bad + text[at:])


def test_ordinary_spaces_around_a_name_are_still_trimmed() -> None:
    assert clean_name("  Ann Lee  ") == "Ann Lee"
    assert clean_name("\u3000Émile\u00a0") == "Émile"  # ideographic and no-break spaces
