"""A staff PIN is six or more digits and not one an attacker would try first."""

from __future__ import annotations

import pytest

from kiosk.staff import StaffError, check_pin, pin_problem
from kiosk.staff.pins import COMMON_PINS

NAMED_IN_THE_ISSUE = [
    "000000",
    "111111",
    "222222",
    "333333",
    "444444",
    "555555",
    "666666",
    "777777",
    "888888",
    "999999",
    "123456",
    "654321",
    "123123",
    "112233",
    "121212",
    "123321",
    "696969",
    "159753",
    "147258",
    "012345",
    "234567",
    "456789",
    "987654",
    "101010",
    "131313",
    "789456",
]


@pytest.mark.parametrize("pin", NAMED_IN_THE_ISSUE)
def test_every_common_pin_named_in_the_issue_is_refused(pin: str) -> None:
    with pytest.raises(StaffError, match="attacker would try"):
        check_pin(pin)


@pytest.mark.parametrize(
    "pin",
    [
        "345678",  # runs up, of any length, wrapping past 9
        "567890",
        "8901234",
        "3456789012",
        "876543",  # runs down
        "210987",
        "43210",  # too short anyway
        "0000000",  # one digit repeated, any length
        "99999999",
        "454545",  # a block repeated
        "827827",
        "38113811",
        "909090909090",
    ],
)
def test_runs_repeated_digits_and_repeated_blocks_are_refused(pin: str) -> None:
    assert pin_problem(pin) is not None


@pytest.mark.parametrize(
    ("pin", "problem"),
    [
        ("", "only contain the digits"),
        ("12345", "at least 6 digits"),
        ("27401", "at least 6 digits"),
        ("2740191234567", "at most 12 digits"),
        ("27 4019", "only contain the digits"),
        ("274O19", "only contain the digits"),  # a letter O
        ("\uff12\uff17\uff14\uff10\uff11\uff19", "only contain the digits"),  # full-width
        ("٢٧٤٠١٩", "only contain the digits"),  # Arabic-Indic digits
        ("274019\n", "only contain the digits"),
        ("-274019", "only contain the digits"),
    ],
)
def test_only_six_to_twelve_ascii_digits_are_accepted(pin: str, problem: str) -> None:
    with pytest.raises(StaffError, match=problem):
        check_pin(pin)


@pytest.mark.parametrize("pin", ["274019", "803615", "5027193", "918273645012", "135792"])
def test_ordinary_pins_are_accepted(pin: str) -> None:
    assert pin_problem(pin) is None
    check_pin(pin)


def test_the_blocklist_holds_only_well_formed_pins() -> None:
    assert all(pin.isascii() and pin.isdigit() and len(pin) >= 6 for pin in COMMON_PINS)
