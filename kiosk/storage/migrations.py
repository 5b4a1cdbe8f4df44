"""The database schema, built only through numbered migrations keyed on PRAGMA user_version.

``MIGRATIONS[n - 1]`` takes a database from version ``n - 1`` to version ``n``. Append new
scripts; never edit one that has shipped, because kiosks in the field have already run it.
Each migration runs in its own ``BEGIN IMMEDIATE`` transaction together with the user_version
bump, so a failure leaves the database at the previous version with nothing half-applied.
Callers that share the database with other processes hold the write lock around ``migrate``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence

MIGRATIONS: tuple[str, ...] = (
    # 1: the request queue. time_slots is a JSON list of TimeSlot values; text is stored as given.
    """
    CREATE TABLE requests (
        id TEXT PRIMARY KEY NOT NULL,
        reference TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('question', 'appointment')),
        name TEXT NOT NULL,
        phone TEXT NOT NULL,
        phone_e164 TEXT NOT NULL,
        email TEXT NOT NULL,
        contact TEXT NOT NULL CHECK (contact IN ('phone', 'email', 'front_desk')),
        time_slots TEXT NOT NULL,
        message TEXT NOT NULL,
        topic TEXT NOT NULL,
        language TEXT NOT NULL,
        urgent INTEGER NOT NULL CHECK (urgent IN (0, 1)),
        kiosk_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('new', 'exported', 'handled')),
        status_changed_at TEXT NOT NULL,
        exported_at TEXT,
        handled_at TEXT
    ) STRICT;
    """,
    # 2: problems for staff to see (failed saves, quarantined files) and the queue's indexes.
    """
    CREATE TABLE alerts (
        id INTEGER PRIMARY KEY,
        created_at TEXT NOT NULL,
        kind TEXT NOT NULL,
        message TEXT NOT NULL
    ) STRICT;
    CREATE INDEX requests_by_created_at ON requests (created_at);
    CREATE INDEX requests_by_status ON requests (status, urgent, created_at);
    """,
    # 3: staff accounts (each with its own PIN hash and sign-in throttling state), the audit
    # trail, and alerts that staff can dismiss. name_key is the name NFKC-normalised and
    # case-folded, so "Ann" and "ANN" cannot both exist. Audit rows never hold patient data.
    """
    CREATE TABLE staff (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        pin_hash TEXT NOT NULL,
        created_at TEXT NOT NULL,
        failures INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
        last_failure_at TEXT,
        wait_seconds INTEGER NOT NULL DEFAULT 0 CHECK (wait_seconds >= 0),
        disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1))
    ) STRICT;
    CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        staff_name TEXT NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('panel', 'cli')),
        count INTEGER,
        file_name TEXT,
        subject TEXT
    ) STRICT;
    ALTER TABLE alerts ADD COLUMN dismissed_at TEXT;
    """,
    # 4: anonymous reading statistics (insights.py): per local day, counters only. WITHOUT
    # ROWID, so no row number records the order in which sessions first touched a page; no
    # time of day; a page is a content page id, never free text.
    """
    CREATE TABLE insight_pages (
        day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        page TEXT NOT NULL CHECK (
            length(page) BETWEEN 1 AND 40 AND page NOT GLOB '*[^a-z0-9-]*'
        ),
        opens INTEGER NOT NULL CHECK (opens >= 0),
        seconds INTEGER NOT NULL CHECK (seconds >= 0),
        PRIMARY KEY (day, page)
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE insight_forms (
        day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        event TEXT NOT NULL CHECK (event IN ('started', 'abandoned', 'submitted')),
        count INTEGER NOT NULL CHECK (count >= 0),
        PRIMARY KEY (day, event)
    ) STRICT, WITHOUT ROWID;
    """,
)

LATEST_VERSION = len(MIGRATIONS)


class NewerSchemaError(Exception):
    """The database was written by a newer version of the kiosk than this one."""


def schema_version(connection: sqlite3.Connection) -> int:
    (version,) = connection.execute("PRAGMA user_version").fetchone()
    return int(version)


def migrate(
    connection: sqlite3.Connection,
    *,
    target: int = LATEST_VERSION,
    migrations: Sequence[str] = MIGRATIONS,
) -> list[int]:
    """Brings the database up to ``target``; returns the versions applied, oldest first.

    ``connection`` must be in autocommit mode (isolation_level=None). Raises NewerSchemaError
    for a database newer than ``migrations`` know, and whatever sqlite3 raises if a script
    fails (after rolling that one migration back).
    """
    if not 0 <= target <= len(migrations):
        raise ValueError(f"no migration to version {target}")
    current = schema_version(connection)
    if current > len(migrations):
        raise NewerSchemaError(
            f"the database is at schema version {current}, but this kiosk only knows versions "
            f"up to {len(migrations)}: it was written by a newer kiosk. Update the kiosk "
            "software; the file was left untouched"
        )
    applied: list[int] = []
    for version in range(current + 1, target + 1):
        if _apply(connection, version, migrations[version - 1]):
            applied.append(version)
    return applied


def _apply(connection: sqlite3.Connection, version: int, script: str) -> bool:
    """Runs one migration in its own transaction; False if another process got there first."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        if schema_version(connection) != version - 1:
            connection.execute("ROLLBACK")
            return False
        for statement in split_statements(script):
            connection.execute(statement)
        connection.execute(f"PRAGMA user_version = {int(version)}")
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
    return True


def split_statements(script: str) -> Iterator[str]:
    """The SQL statements of ``script``, one at a time.

    ``Cursor.executescript`` would COMMIT any open transaction first, so a migration could not
    share one transaction with its user_version bump; SQLite's own ``complete_statement``
    decides where each statement ends (semicolons inside strings or triggers stay put).
    """
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \t\r\n;"):
                yield pending.strip()
            pending = ""
    if pending.strip(" \t\r\n;"):
        raise ValueError(f"incomplete SQL statement at the end of a migration: {pending!r}")
