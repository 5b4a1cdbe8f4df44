"""Every staff action leaves an audit row with who, where from and when, and no patient data."""

from __future__ import annotations

import getpass
from datetime import UTC, timedelta
from pathlib import Path

import pytest

from kiosk.requests.model import PatientRequest
from kiosk.storage import Origin, RequestQueue, export_requests
from kiosk.storage.audit import COMMAND_LINE, command_line_user
from tests.staff.support import OTHER_PIN, PIN, T0, WRONG_PIN, open_fast
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
