"""Wrong PINs slow guessing down (3 free, then 30 s doubling to 60 min) and ten disable.

The state lives in the database: reopening, kill -9 or a clock moved back does not reset it.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from tempfile import TemporaryDirectory

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.staff import (
    Disabled,
    MustWait,
    SignedIn,
    SignInResult,
    StaffDirectory,
    ThrottlePolicy,
    WrongPin,
)
from kiosk.staff.throttle import DEFAULT_POLICY, remaining_wait
from tests.staff.support import FAST, OTHER_PIN, PIN, T0, WRONG_PIN, open_fast

EXPECTED_WAITS = [0, 0, 30, 60, 120, 240, 480, 960, 1920]
"""After failures 1 to 9."""


def fail_once_more(directory: StaffDirectory, now: datetime) -> SignInResult:
    return directory.sign_in("Ann", WRONG_PIN, now=now)


@pytest.fixture
def ann(directory: StaffDirectory) -> StaffDirectory:
    directory.add("Ann", PIN)
    return directory


def test_three_failures_wait_30_s_then_the_wait_doubles_and_the_tenth_disables(
    ann: StaffDirectory,
) -> None:
    now = T0
    waits = []
    for _ in range(9):
        result = fail_once_more(ann, now)
        assert isinstance(result, WrongPin)
        waits.append(result.wait_seconds)
        now += timedelta(seconds=result.wait_seconds)  # tries again the moment it may
    assert waits == EXPECTED_WAITS
    assert fail_once_more(ann, now) == Disabled()
    assert ann.sign_in("Ann", PIN, now=now + timedelta(days=365)) == Disabled()


def test_during_a_wait_even_the_right_pin_is_not_checked(ann: StaffDirectory) -> None:
    for _ in range(3):
        fail_once_more(ann, T0)
    assert ann.sign_in("Ann", PIN, now=T0 + timedelta(seconds=1)) == MustWait(29)
    assert ann.sign_in("Ann", WRONG_PIN, now=T0 + timedelta(seconds=29.5)) == MustWait(1)
    # Refused tries during the wait are not failures: the next wait is still 60 s, not more.
    assert fail_once_more(ann, T0 + timedelta(seconds=30)) == WrongPin(60)


def test_the_wait_is_the_same_however_close_the_guess(ann: StaffDirectory) -> None:
    near, far = PIN[:-1] + "8", "999900"
    now = T0
    results = []
    for guess in (near, far, near, far):
        result = ann.sign_in("Ann", guess, now=now)
        results.append(result)
        now += timedelta(hours=1)
    assert results == [WrongPin(0), WrongPin(0), WrongPin(30), WrongPin(60)]


def test_a_success_clears_the_failure_count(ann: StaffDirectory) -> None:
    for _ in range(2):
        fail_once_more(ann, T0)
    assert ann.sign_in("Ann", PIN, now=T0) == SignedIn("Ann")
    assert [fail_once_more(ann, T0) for _ in range(2)] == [WrongPin(0), WrongPin(0)]
    assert fail_once_more(ann, T0) == WrongPin(30)


def test_the_right_pin_after_a_wait_signs_in_and_starts_afresh(ann: StaffDirectory) -> None:
    for _ in range(5):
        fail_once_more(ann, T0)  # the 4th and 5th are refused as waits, not failures
    assert ann.sign_in("Ann", PIN, now=T0 + timedelta(seconds=30)) == SignedIn("Ann")
    assert ann.accounts()[0].failures == 0
    assert fail_once_more(ann, T0 + timedelta(seconds=31)) == WrongPin(0)


def test_reset_clears_failures_and_the_disabled_state(ann: StaffDirectory) -> None:
    now = T0
    for _ in range(10):
        fail_once_more(ann, now)
        now += timedelta(hours=2)
    assert ann.sign_in("Ann", PIN, now=now) == Disabled()
    ann.reset("Ann", OTHER_PIN)
    assert ann.names() == ["Ann"]
    assert ann.sign_in("Ann", OTHER_PIN, now=now) == SignedIn("Ann")
    assert [fail_once_more(ann, now) for _ in range(3)] == [WrongPin(0), WrongPin(0), WrongPin(30)]


def test_the_wait_never_exceeds_sixty_minutes() -> None:
    endless = ThrottlePolicy(disable_after=None)
    waits = [endless.wait_after(failures) for failures in range(1, 40)]
    assert waits[:9] == EXPECTED_WAITS
    assert waits[9] == 3600  # 3840 capped
    assert max(waits) == 3600
    assert endless.wait_after(10_000) == 3600
    assert DEFAULT_POLICY.disables(10)
    assert not DEFAULT_POLICY.disables(9)


def test_the_cap_applies_to_sign_ins_too(data_dir: Path) -> None:
    with StaffDirectory.open(
        data_dir, parameters=FAST, policy=ThrottlePolicy(disable_after=None)
    ) as directory:
        directory.add("Ann", PIN)
        now = T0
        result: SignInResult = WrongPin(0)
        for _ in range(14):
            result = fail_once_more(directory, now)
            assert isinstance(result, WrongPin)
            now += timedelta(seconds=result.wait_seconds)
        assert result == WrongPin(3600)


def test_failures_survive_reopening_the_directory(data_dir: Path) -> None:
    with open_fast(data_dir) as directory:
        directory.add("Ann", PIN)
        for _ in range(4):
            fail_once_more(directory, T0)  # the 4th is refused: 3 failures, 30 s to wait
    with open_fast(data_dir) as reopened:
        assert reopened.sign_in("Ann", PIN, now=T0 + timedelta(seconds=10)) == MustWait(20)
        assert fail_once_more(reopened, T0 + timedelta(seconds=30)) == WrongPin(60)


def test_a_clock_moved_backwards_makes_the_wait_longer_by_as_much(ann: StaffDirectory) -> None:
    for _ in range(3):
        fail_once_more(ann, T0)  # 30 s to wait from T0
    earlier = T0 - timedelta(hours=5)
    assert ann.sign_in("Ann", PIN, now=earlier) == MustWait(5 * 3600 + 30)
    # The wait still ends at T0 + 30 s by the clock, and nothing was moved in the database.
    assert ann.sign_in("Ann", PIN, now=earlier + timedelta(seconds=30)) == MustWait(5 * 3600)
    assert ann.accounts(now=earlier)[0].wait_seconds == 5 * 3600 + 30
    assert ann.sign_in("Ann", PIN, now=T0 + timedelta(seconds=29)) == MustWait(1)
    assert ann.sign_in("Ann", PIN, now=T0 + timedelta(seconds=30)) == SignedIn("Ann")


def test_a_clock_moved_back_by_a_little_still_waits_the_whole_wait(ann: StaffDirectory) -> None:
    for _ in range(3):
        fail_once_more(ann, T0)
    assert fail_once_more(ann, T0 + timedelta(seconds=30)) == WrongPin(60)
    # The clock jumps back by one second: the whole 60 s and that second are still to wait.
    assert ann.sign_in("Ann", PIN, now=T0 + timedelta(seconds=29)) == MustWait(61)


def test_remaining_wait_rounds_up_and_ends_at_the_failure_time_plus_the_wait() -> None:
    assert remaining_wait(None, 30, T0) == 0
    assert remaining_wait(T0, 0, T0) == 0
    assert remaining_wait(T0, 0, T0 - timedelta(days=1)) == 0
    assert remaining_wait(T0, 30, T0) == 30
    assert remaining_wait(T0, 30, T0 + timedelta(seconds=29.1)) == 1
    assert remaining_wait(T0, 30, T0 + timedelta(seconds=30)) == 0
    assert remaining_wait(T0, 30, T0 - timedelta(days=1)) == 86400 + 30


def test_the_throttle_state_is_in_the_database_file(ann: StaffDirectory, data_dir: Path) -> None:
    for _ in range(3):
        fail_once_more(ann, T0)
    with closing(sqlite3.connect(data_dir / "requests.db")) as raw:
        row = raw.execute(
            "SELECT failures, last_failure_at, wait_seconds, disabled FROM staff"
        ).fetchone()
    assert row == (3, T0.isoformat(timespec="microseconds"), 30, 0)


def test_a_clock_set_back_and_then_right_again_does_not_end_a_running_wait(
    ann: StaffDirectory,
) -> None:
    noon = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)
    for _ in range(3):
        fail_once_more(ann, noon)  # the third failure starts a 30 s wait at 12:00:00
    # At 12:00:05 the clock is set back an hour; a try at 11:00:06 is refused.
    back_an_hour = noon - timedelta(minutes=59, seconds=54)
    assert isinstance(ann.sign_in("Ann", PIN, now=back_an_hour), MustWait)
    # At 12:00:10 the clock is right again: only 10 s of the 30 s have really run.
    assert ann.sign_in("Ann", PIN, now=noon + timedelta(seconds=10)) == MustWait(20)
    assert ann.sign_in("Ann", PIN, now=noon + timedelta(seconds=30)) == SignedIn("Ann")


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 20), st.integers(0, 2 * 3600)),
        min_size=1,
        max_size=8,
    )
)
def test_a_clock_that_is_never_ahead_of_the_real_time_never_shortens_a_wait(
    tries: list[tuple[int, int]],
) -> None:
    """Each try comes some real seconds after the last and reads a clock that may be behind
    (set back, then maybe right again, in any order) but never ahead: no try is checked
    before the 30 s have really run."""
    with TemporaryDirectory() as folder, open_fast(Path(folder) / "data") as directory:
        directory.add("Ann", PIN)
        for _ in range(3):
            directory.sign_in("Ann", WRONG_PIN, now=T0)  # a 30 s wait from T0
        real = T0
        for real_step, behind in tries:
            real += timedelta(seconds=real_step)
            result = directory.sign_in("Ann", PIN, now=real - timedelta(seconds=behind))
            if not isinstance(result, MustWait):
                assert real - T0 >= timedelta(seconds=30)
                break
