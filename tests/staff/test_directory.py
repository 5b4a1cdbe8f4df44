"""Each member of staff has an account of their own; there is no default PIN."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from kiosk.staff import (
    Disabled,
    SignedIn,
    StaffDirectory,
    StaffError,
    UnknownName,
    WrongPin,
)
from kiosk.staff.names import MAX_NAME
from tests.staff.support import OTHER_PIN, PIN, T0, WRONG_PIN, open_fast


def test_with_no_account_nobody_can_sign_in(directory: StaffDirectory) -> None:
    assert directory.names() == []
    for pin in ("000000", "123456", "1234", "", PIN):
        assert directory.sign_in("admin", pin) == UnknownName()
        assert directory.sign_in("", pin) == UnknownName()


def test_an_added_account_signs_in_with_its_own_pin_only(directory: StaffDirectory) -> None:
    directory.add("Ann Lee", PIN)
    directory.add("Bob", OTHER_PIN)
    assert directory.sign_in("Ann Lee", PIN) == SignedIn("Ann Lee")
    assert directory.sign_in("Bob", OTHER_PIN) == SignedIn("Bob")
    assert directory.sign_in("Ann Lee", OTHER_PIN) == WrongPin(0)
    assert directory.sign_in("Bob", PIN) == WrongPin(0)


def test_names_are_sorted_ignoring_case_and_compared_ignoring_case(
    directory: StaffDirectory,
) -> None:
    for name in ("carol", "Bob", "  Ann Lee  ", "ÉMILE"):
        directory.add(name, PIN)
    assert directory.names() == ["Ann Lee", "Bob", "carol", "ÉMILE"]
    assert directory.sign_in("ANN LEE", PIN) == SignedIn("Ann Lee")
    assert directory.sign_in(" émile ", PIN) == SignedIn("ÉMILE")
    for duplicate in ("ann lee", "BOB", " Carol", "\uff22\uff4f\uff42"):  # full-width Bob too
        with pytest.raises(StaffError, match="already exists"):
            directory.add(duplicate, OTHER_PIN)
    assert len(directory.names()) == 4


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("x" * (MAX_NAME + 1), f"at most {MAX_NAME}"),
        ("Ann\nLee", "printable"),
        ("Ann\tLee", "printable"),
        ("Ann\x00", "printable"),
        ("Ann\u202eeeL", "printable"),  # a direction override
        ("Ann\x1b[31m", "printable"),
    ],
)
def test_bad_names_are_refused(directory: StaffDirectory, name: str, problem: str) -> None:
    with pytest.raises(StaffError, match=problem):
        directory.add(name, PIN)
    assert directory.names() == []


def test_a_name_of_sixty_characters_is_fine(directory: StaffDirectory) -> None:
    name = "Ñ" * MAX_NAME
    directory.add(f"  {name} ", PIN)
    assert directory.names() == [name]


def test_a_weak_pin_is_refused_and_nothing_is_stored(
    directory: StaffDirectory, data_dir: Path
) -> None:
    with pytest.raises(StaffError, match="attacker would try"):
        directory.add("Ann", "123456")
    with pytest.raises(StaffError, match="at least 6"):
        directory.add("Ann", "2740")
    assert directory.names() == []
    with closing(sqlite3.connect(data_dir / "requests.db")) as raw:
        assert raw.execute("SELECT count(*) FROM staff").fetchone() == (0,)


def test_only_a_salted_hash_is_stored(directory: StaffDirectory, data_dir: Path) -> None:
    directory.add("Ann", PIN)
    directory.add("Bob", PIN)
    with closing(sqlite3.connect(data_dir / "requests.db")) as raw:
        hashes = [row[0] for row in raw.execute("SELECT pin_hash FROM staff")]
    assert all(encoded.startswith("scrypt$") and PIN not in encoded for encoded in hashes)
    assert hashes[0] != hashes[1]  # same PIN, different salts


def test_remove_takes_the_account_away(directory: StaffDirectory) -> None:
    directory.add("Ann", PIN)
    directory.add("Bob", OTHER_PIN)
    directory.remove("ANN")
    assert directory.names() == ["Bob"]
    assert directory.sign_in("Ann", PIN) == UnknownName()
    with pytest.raises(StaffError, match="no staff account named 'Ann'"):
        directory.remove("Ann")
    with pytest.raises(StaffError, match="no staff account"):
        directory.remove("")


def test_reset_gives_a_new_pin_and_the_old_one_stops_working(directory: StaffDirectory) -> None:
    directory.add("Ann", PIN)
    directory.reset("ann", OTHER_PIN)
    assert directory.sign_in("Ann", PIN) == WrongPin(0)
    assert directory.sign_in("Ann", OTHER_PIN) == SignedIn("Ann")
    with pytest.raises(StaffError, match="attacker would try"):
        directory.reset("Ann", "111111")
    with pytest.raises(StaffError, match="no staff account"):
        directory.reset("Zed", OTHER_PIN)


def test_accounts_survive_reopening(data_dir: Path) -> None:
    with open_fast(data_dir) as directory:
        directory.add("Ann", PIN)
    with open_fast(data_dir) as reopened:
        assert reopened.names() == ["Ann"]
        assert reopened.sign_in("Ann", PIN) == SignedIn("Ann")


def test_a_disabled_account_is_listed_but_not_offered_for_sign_in(
    directory: StaffDirectory,
) -> None:
    directory.add("Ann", PIN)
    directory.add("Bob", OTHER_PIN)
    result = None
    for attempt in range(10):
        result = directory.sign_in("Ann", WRONG_PIN, now=T0.replace(day=1 + attempt))
    assert result == Disabled()
    assert directory.names() == ["Bob"]
    accounts = {account.name: account for account in directory.accounts()}
    assert accounts["Ann"].disabled
    assert accounts["Ann"].failures == 10
    assert not accounts["Bob"].disabled


def test_a_successful_sign_in_upgrades_a_hash_made_with_old_parameters(data_dir: Path) -> None:
    with open_fast(data_dir) as directory:
        directory.add("Ann", PIN)
    with StaffDirectory.open(data_dir) as current:  # the real, stronger parameters
        assert current.sign_in("Ann", PIN) == SignedIn("Ann")
    with closing(sqlite3.connect(data_dir / "requests.db")) as raw:
        (encoded,) = raw.execute("SELECT pin_hash FROM staff").fetchone()
    assert encoded.startswith("scrypt$n=16384,r=8,p=5$")
    with open_fast(data_dir) as directory:
        assert directory.sign_in("Ann", PIN) == SignedIn("Ann")
