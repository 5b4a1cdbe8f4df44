"""Every staff action leaves an audit row with who, where from and when, and no patient data."""

from __future__ import annotations

import getpass
from datetime import UTC, timedelta
from pathlib import Path

import pytest

from kiosk.requests.model import PatientRequest
from kiosk.staff import Disabled, MustWait, StaffDirectory, ThrottlePolicy, WrongPin
from kiosk.storage import Origin, RequestQueue, export_requests
from kiosk.storage.audit import COMMAND_LINE, Action, command_line_user
from tests.staff.support import FAST, OTHER_PIN, PIN, T0, WRONG_PIN, open_fast
from tests.storage.support import patient_request, raw_database

SECRET = "Zebulon-Quixote-7731"


def secret_request() -> PatientRequest:
    return patient_request(
        name=f"Ada {SECRET}",
        phone="+1 555 0199 7731",
        email=f"{SECRET.lower()}@example.org",
        message=f"My knee hurts, {SECRET}",
        topic="recovery",
    )


def test_every_action_is_audited_and_no_patient_data_is_in_the_trail(
    data_dir: Path, tmp_path: Path
) -> None:
    with open_fast(data_dir) as directory:
        directory.add("Ann", PIN, now=T0)  # from the command line, as the OS user
        directory.add("Bob", PIN, staff_name="Ann", origin=Origin.PANEL, now=T0)
        directory.sign_in("Ann", PIN, now=T0)
        directory.sign_in("Ann", WRONG_PIN, now=T0)
        directory.sign_in(f"{SECRET} is not staff", PIN, now=T0)
        directory.reset("Bob", OTHER_PIN, now=T0)
    with RequestQueue.open(data_dir) as queue:
        request = secret_request()
        queue.save(request, now=T0 - timedelta(days=90))
        queue.add_alert("save_failed", "disk full")
        export_requests(
            data_dir,
            tmp_path / "march.csv",
            "csv",
            mark_exported=True,
            staff_name="Ann",
            now=T0,
        )
        queue.mark_handled([request.id], "Ann", now=T0 - timedelta(days=60))
        queue.purge_handled(30, now=T0, staff_name="Ann")
        queue.dismiss_alerts("Ann", now=T0)
    with open_fast(data_dir) as directory:
        directory.remove("Bob", now=T0)
    with RequestQueue.open(data_dir) as queue:
        entries = list(reversed(queue.audit_log()))

    user = command_line_user()
    assert [
        (e.action, e.staff_name, e.origin, e.count, e.file_name, e.subject) for e in entries
    ] == [
        ("staff_add", user, "cli", None, None, "Ann"),
        ("staff_add", "Ann", "panel", None, None, "Bob"),
        ("sign_in", "Ann", "panel", None, None, None),
        ("sign_in_failed", "Ann", "panel", None, None, None),
        ("sign_in_failed", "(no such account)", "panel", None, None, None),
        ("staff_reset", user, "cli", None, None, "Bob"),
        ("export", "Ann", "panel", 1, "march.csv", None),
        ("mark_handled", "Ann", "panel", 1, None, None),
        ("purge", "Ann", "panel", 1, None, None),
        ("dismiss_alerts", "Ann", "panel", 1, None, None),
        ("staff_remove", user, "cli", None, None, "Bob"),
    ]
    assert all(entry.at.tzinfo == UTC for entry in entries)
    assert user

    with raw_database(data_dir) as connection:
        rows = connection.execute("SELECT * FROM audit").fetchall()
    dumped = repr(rows)
    for patient_text in (SECRET, "Ada", "0199", "knee", "example.org"):
        assert patient_text not in dumped
    assert all(row[1].endswith("+00:00") for row in rows)  # UTC times


def test_the_command_line_user_falls_back_to_cli(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_user() -> str:
        raise OSError("no user")

    monkeypatch.setattr(getpass, "getuser", no_user)
    assert command_line_user() == COMMAND_LINE


def test_a_refused_try_is_audited_once_per_wait_and_once_per_lock(data_dir: Path) -> None:
    # Five failures disable here, so one test walks through a wait, a longer wait and a lock.
    policy = ThrottlePolicy(disable_after=5)
    with StaffDirectory.open(data_dir, parameters=FAST, policy=policy) as directory:
        directory.add("Ann", PIN, now=T0)
        for _ in range(3):
            directory.sign_in("Ann", WRONG_PIN, now=T0)  # the third starts a 30 s wait
        for second in range(1, 30):  # someone keeps tapping the PIN pad through the wait
            refused = directory.sign_in("Ann", PIN, now=T0 + timedelta(seconds=second))
            assert isinstance(refused, MustWait)
        assert directory.sign_in("Ann", WRONG_PIN, now=T0 + timedelta(seconds=30)) == WrongPin(60)
        for second in (31, 32):
            assert isinstance(
                directory.sign_in("Ann", PIN, now=T0 + timedelta(seconds=second)), MustWait
            )
        assert directory.sign_in("Ann", WRONG_PIN, now=T0 + timedelta(seconds=90)) == Disabled()
        for hour in range(1, 4):
            assert directory.sign_in("Ann", PIN, now=T0 + timedelta(hours=hour)) == Disabled()
    with RequestQueue.open(data_dir) as queue:
        entries = list(reversed(queue.audit_log()))

    assert [(e.action, e.staff_name, e.origin) for e in entries[1:]] == [
        ("sign_in_failed", "Ann", "panel"),
        ("sign_in_failed", "Ann", "panel"),
        ("sign_in_failed", "Ann", "panel"),
        ("sign_in_refused_wait", "Ann", "panel"),  # the first of the 29 taps, not all of them
        ("sign_in_failed", "Ann", "panel"),
        ("sign_in_refused_wait", "Ann", "panel"),
        ("sign_in_failed", "Ann", "panel"),  # the fifth: disabled
        ("sign_in_refused_disabled", "Ann", "panel"),
    ]
    assert entries[4].at == T0 + timedelta(seconds=1)
    assert all(e.count is None and e.file_name is None and e.subject is None for e in entries[1:])


def test_refused_tries_are_recorded_again_after_a_reset(data_dir: Path) -> None:
    with open_fast(data_dir) as directory:
        directory.add("Ann", PIN, now=T0)
        for _ in range(3):
            directory.sign_in("Ann", WRONG_PIN, now=T0)
        directory.sign_in("Ann", PIN, now=T0)  # refused: waiting
        directory.reset("Ann", OTHER_PIN, now=T0)
        for _ in range(3):
            directory.sign_in("Ann", WRONG_PIN, now=T0)
        directory.sign_in("Ann", OTHER_PIN, now=T0)  # refused: a new wait
    with RequestQueue.open(data_dir) as queue:
        actions = [e.action for e in reversed(queue.audit_log())]
    assert actions.count(Action.SIGN_IN_REFUSED_WAIT) == 2
