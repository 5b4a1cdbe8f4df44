"""The audit trail: who did what to the request queue and the staff accounts, and when (no Qt).

Rows hold an action, a staff name, where it came from (the staff panel or the command line),
a UTC time and at most a count, a file name and the staff account acted on. Never patient
data: an audit trail is kept far longer than the requests it describes, so anything a patient
typed must not end up here.
"""

from __future__ import annotations

import getpass
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from kiosk.storage.times import from_text, to_text, utc

COMMAND_LINE = "cli"
"""The staff name recorded for command-line actions when the OS user cannot be found."""
MAX_TEXT = 200


class Action(StrEnum):
    SIGN_IN = "sign_in"
    SIGN_IN_FAILED = "sign_in_failed"
    SIGN_IN_REFUSED_WAIT = "sign_in_refused_wait"
    """A try during a wait after wrong PINs (its PIN unchecked); the first of each wait only."""
    SIGN_IN_REFUSED_DISABLED = "sign_in_refused_disabled"
    """A try on a disabled account (its PIN unchecked); the first after it was disabled only."""
    EXPORT = "export"
    PURGE = "purge"
    PURGE_EVIDENCE = "purge_evidence"
    """Copies of a damaged database deleted by a purge (count: files)."""
    MARK_HANDLED = "mark_handled"
    STAFF_ADD = "staff_add"
    STAFF_REMOVE = "staff_remove"
    STAFF_RESET = "staff_reset"
    DISMISS_ALERTS = "dismiss_alerts"


class Origin(StrEnum):
    PANEL = "panel"
    """The staff panel on the kiosk, after a staff member signed in."""
    CLI = "cli"
    """``python -m kiosk ...`` on the kiosk's computer."""


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    action: Action
    staff_name: str
    origin: Origin
    count: int | None = None
    """Rows exported, purged or marked handled; alerts dismissed."""
    file_name: str | None = None
    """The export file's name (not its folder)."""
    subject: str | None = None
    """The staff account that was added, removed or reset."""


def command_line_user() -> str:
    """The OS user running a command-line action, or "cli" if it cannot be told."""
    try:
        return getpass.getuser() or COMMAND_LINE
    except (KeyError, OSError):  # no passwd entry and no LOGNAME/USER
        return COMMAND_LINE


def write(
    connection: sqlite3.Connection,
    action: Action,
    staff_name: str,
    *,
    origin: Origin,
    at: datetime | None = None,
    count: int | None = None,
    file_name: str | None = None,
    subject: str | None = None,
) -> None:
    """Adds one row inside the caller's transaction, so an action and its record commit
    together or not at all."""
    connection.execute(
        "INSERT INTO audit (at, action, staff_name, origin, count, file_name, subject) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            to_text(utc(at)),
            Action(action).value,
            _short(staff_name),
            Origin(origin).value,
            count,
            None if file_name is None else _short(file_name),
            None if subject is None else _short(subject),
        ),
    )


def read(connection: sqlite3.Connection, *, limit: int | None = None) -> list[AuditEntry]:
    """Rows newest first."""
    rows = connection.execute(
        "SELECT id, at, action, staff_name, origin, count, file_name, subject FROM audit "
        "ORDER BY id DESC LIMIT ?",
        (-1 if limit is None else limit,),
    ).fetchall()
    return [
        AuditEntry(
            id=row[0],
            at=from_text(row[1]),
            action=Action(row[2]),
            staff_name=row[3],
            origin=Origin(row[4]),
            count=row[5],
            file_name=row[6],
            subject=row[7],
        )
        for row in rows
    ]


def _short(text: str) -> str:
    """One line of at most MAX_TEXT characters: an audit row is evidence, not a dump."""
    line = "".join(ch if ch.isprintable() else "?" for ch in text)
    return line[:MAX_TEXT]
