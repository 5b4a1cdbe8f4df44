"""What a staff PIN must be: six or more digits that are not among the first an attacker tries.

A PIN pad on a waiting-room screen is watched and can be tried by anyone, so the rules refuse
the guesses that come first in every published PIN-frequency list: one digit repeated, runs up
or down the keypad digits, short blocks repeated (121212, 123123), keypad shapes (147258,
159753) and a list of other favourites. Throttling (throttle.py) bounds the rest.
"""

from __future__ import annotations

import itertools
import re

from kiosk.staff.errors import StaffError

MIN_LENGTH = 6
MAX_LENGTH = 12
"""Long enough for anyone's choice; short enough to type on a pin pad."""

COMMON_PINS = frozenset(
    {
        "000000", "111111", "222222", "333333", "444444", "555555", "666666", "777777",
        "888888", "999999", "123456", "654321", "123123", "112233", "121212", "123321",
        "696969", "159753", "147258", "012345", "234567", "456789", "987654", "101010",
        "131313", "789456", "456123", "123654", "147852", "159357", "258369", "369258",
        "741852", "852963", "963852", "753951", "357159", "951753", "123789", "789123",
        "147369", "321321", "111222", "112112", "252525", "520520", "007007", "100200",
        "102030", "112211", "122333", "123000", "123457", "123455", "222333", "212121",
        "232323", "010101", "202020", "303030", "686868", "777888", "999000", "000111",
        "246810", "135790", "123098", "121314", "142536", "654123", "778899", "998877",
        "445566", "332211", "223344", "556677", "111000", "101101", "100100", "110110",
        "198484", "314159", "271828", "420420", "080808", "090909", "131415",
        "123654789", "1234567890", "0987654321", "12345678", "87654321", "11223344",
    }
)  # fmt: skip
"""Favourites from published PIN-frequency lists that the rules below do not already catch."""

_DIGITS = re.compile(r"[0-9]+")


def pin_problem(pin: str) -> str | None:
    """Why ``pin`` cannot be used, in words for staff, or None if it can."""
    if not _DIGITS.fullmatch(pin):
        return "a PIN may only contain the digits 0 to 9"
    if len(pin) < MIN_LENGTH:
        return f"a PIN must have at least {MIN_LENGTH} digits"
    if len(pin) > MAX_LENGTH:
        return f"a PIN may have at most {MAX_LENGTH} digits"
    if is_guessable(pin):
        return (
            "that PIN is among the first an attacker would try (a repeated digit, a run such "
            "as 123456, a repeated block or a common PIN); choose another"
        )
    return None


def check_pin(pin: str) -> None:
    """Raises StaffError if ``pin`` cannot be used."""
    problem = pin_problem(pin)
    if problem:
        raise StaffError(problem)


def is_guessable(pin: str) -> bool:
    """True for a blocklisted PIN, a run up or down (wrapping 9 to 0), one digit repeated, or a
    shorter block repeated to fill the PIN."""
    if pin in COMMON_PINS:
        return True
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(pin)}
    if steps in ({0}, {1}, {9}):
        return True
    return any(
        len(pin) % size == 0 and pin == pin[:size] * (len(pin) // size)
        for size in range(2, len(pin) // 2 + 1)
    )
