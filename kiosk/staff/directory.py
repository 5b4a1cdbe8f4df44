"""Staff accounts in the kiosk's database: add, remove, reset and sign in with a PIN (no Qt).

Each member of staff has a name and a PIN of their own; only a salted scrypt hash is kept
(hashing.py). Wrong PINs are throttled per account (throttle.py) and the state lives in the
same database, so neither a restart nor kill -9 resets it.

A sign-in attempt is counted as a failure *before* its PIN is checked and forgiven after a
match. Checking takes about 0.2 s on purpose; counting first means a kiosk switched off or
killed during those 0.2 s has still spent the guess, and two attempts at once cannot both slip
past the limit. The write lock is not held while hashing, so patient saves never wait on it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Self

from kiosk.staff.errors import StaffError
from kiosk.staff.hashing import (
    DEFAULT_PARAMETERS,
    ScryptParameters,
    hash_pin,
    needs_rehash,
    verify_pin,
)
from kiosk.staff.names import clean_name, name_key
from kiosk.staff.pins import check_pin
from kiosk.staff.throttle import DEFAULT_POLICY, ThrottlePolicy, remaining_wait
from kiosk.storage import Database, Origin, command_line_user
from kiosk.storage.audit import Action
from kiosk.storage.audit import write as write_audit
from kiosk.storage.database import DEFAULT_BUSY_TIMEOUT_MS
from kiosk.storage.times import from_text, to_text, utc

UNKNOWN_NAME_IN_AUDIT = "(no such account)"


@dataclass(frozen=True)
class SignedIn:
    name: str
    """The account's name as it was added (the caller may have typed another case)."""


@dataclass(frozen=True)
class WrongPin:
    wait_seconds: int
    """Seconds before the next try is accepted (0: try again now)."""


@dataclass(frozen=True)
class MustWait:
    wait_seconds: int
    """The PIN was not checked: this account is still waiting after earlier wrong PINs."""


@dataclass(frozen=True)
class Disabled:
    """Too many wrong PINs: only ``kiosk staff reset NAME`` opens it again."""


@dataclass(frozen=True)
class UnknownName:
    """No account has this name (it may have been removed since the list was shown)."""


SignInResult = SignedIn | WrongPin | MustWait | Disabled | UnknownName


@dataclass(frozen=True)
class StaffAccount:
    """An account as ``staff list`` shows it (never the hash)."""

    name: str
    created_at: datetime
    failures: int
    """Consecutive wrong PINs since the last success or reset."""
    wait_seconds: int
    """Seconds still to wait before a sign-in is accepted."""
    disabled: bool


@dataclass(frozen=True)
class _Attempt:
    """What the first step of a sign-in reserved: the hash to check and the failure state
    that stands if the PIN does not match."""

    account_id: int
    name: str
    encoded: str
    wait_seconds: int
    disabled: bool


class StaffDirectory:
    """The staff accounts in ``data_dir/requests.db``.

    Build it with ``StaffDirectory.open(data_dir)``. Thread-safe: the staff panel runs
    ``sign_in`` on a worker thread (it takes about 0.2 s) while the screen reads ``names()``.
    Database failures raise StorageError; refused requests raise StaffError.
    """

    def __init__(
        self,
        database: Database,
        *,
        policy: ThrottlePolicy = DEFAULT_POLICY,
        parameters: ScryptParameters = DEFAULT_PARAMETERS,
    ) -> None:
        self._database = database
        self._policy = policy
        self._parameters = parameters

    @classmethod
    def open(
        cls,
        data_dir: Path,
        *,
        policy: ThrottlePolicy = DEFAULT_POLICY,
        parameters: ScryptParameters = DEFAULT_PARAMETERS,
        busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    ) -> Self:
        """Opens the kiosk's database (the same requests.db the queue uses).

        ``parameters`` are for new hashes only; tests pass cheap ones to stay fast.
        """
        database = Database.open(data_dir, busy_timeout_ms=busy_timeout_ms)
        return cls(database, policy=policy, parameters=parameters)

    def names(self) -> list[str]:
        """Names of the accounts that can sign in (not disabled), sorted ignoring case."""
        with self._database.reading("listing staff") as connection:
            rows = connection.execute(
                "SELECT name FROM staff WHERE disabled = 0 ORDER BY name_key, id"
            ).fetchall()
        return [row[0] for row in rows]

    def accounts(self, *, now: datetime | None = None) -> list[StaffAccount]:
        """Every account, disabled ones too, sorted ignoring case."""
        moment = utc(now)
        with self._database.reading("listing staff") as connection:
            rows = connection.execute(
                "SELECT name, created_at, failures, last_failure_at, wait_seconds, disabled "
                "FROM staff ORDER BY name_key, id"
            ).fetchall()
        return [
            StaffAccount(
                name=name,
                created_at=from_text(created_at),
                failures=failures,
                wait_seconds=remaining_wait(
                    from_text(last) if last else None, wait_seconds, moment
                ),
                disabled=bool(disabled),
            )
            for name, created_at, failures, last, wait_seconds, disabled in rows
        ]

    def add(
        self,
        name: str,
        pin: str,
        *,
        staff_name: str | None = None,
        origin: Origin = Origin.CLI,
        now: datetime | None = None,
    ) -> None:
        """Adds an account. ``staff_name`` is who did it, for the audit (default: the OS user).

        Raises StaffError for a bad name or PIN, or a name that exists in any case.
        """
        cleaned = clean_name(name)
        check_pin(pin)
        self._refuse_duplicate(cleaned)
        encoded = hash_pin(pin, self._parameters)  # slow: outside the write lock
        moment = utc(now)
        with self._database.transaction("adding a staff account") as connection:
            self._refuse_duplicate(cleaned, connection)
            connection.execute(
                "INSERT INTO staff (name, name_key, pin_hash, created_at) VALUES (?, ?, ?, ?)",
                (cleaned, name_key(cleaned), encoded, to_text(moment)),
            )
            self._audit(
                connection,
                Action.STAFF_ADD,
                staff_name=staff_name,
                origin=origin,
                moment=moment,
                subject=cleaned,
            )

    def remove(
        self,
        name: str,
        *,
        staff_name: str | None = None,
        origin: Origin = Origin.CLI,
        now: datetime | None = None,
    ) -> None:
        """Removes an account; raises StaffError if there is none by that name."""
        key = self._key_or_refuse(name)
        moment = utc(now)
        with self._database.transaction("removing a staff account") as connection:
            row = connection.execute("SELECT name FROM staff WHERE name_key = ?", (key,)).fetchone()
            if row is None:
                raise StaffError(f"there is no staff account named {name.strip()!r}")
            connection.execute("DELETE FROM staff WHERE name_key = ?", (key,))
            self._audit(
                connection,
                Action.STAFF_REMOVE,
                staff_name=staff_name,
                origin=origin,
                moment=moment,
                subject=row[0],
            )

    def reset(
        self,
        name: str,
        pin: str,
        *,
        staff_name: str | None = None,
        origin: Origin = Origin.CLI,
        now: datetime | None = None,
    ) -> None:
        """Gives an account a new PIN and clears its failures and disabled state."""
        key = self._key_or_refuse(name)
        check_pin(pin)
        encoded = hash_pin(pin, self._parameters)
        moment = utc(now)
        with self._database.transaction("resetting a staff account") as connection:
            row = connection.execute("SELECT name FROM staff WHERE name_key = ?", (key,)).fetchone()
            if row is None:
                raise StaffError(f"there is no staff account named {name.strip()!r}")
            connection.execute(
                "UPDATE staff SET pin_hash = ?, failures = 0, last_failure_at = NULL, "
                "wait_seconds = 0, disabled = 0 WHERE name_key = ?",
                (encoded, key),
            )
            self._audit(
                connection,
                Action.STAFF_RESET,
                staff_name=staff_name,
                origin=origin,
                moment=moment,
                subject=row[0],
            )

    def sign_in(self, name: str, pin: str, *, now: datetime | None = None) -> SignInResult:
        """Checks ``pin`` for the account ``name`` (any case); never says how close it was.

        Takes about 0.2 s when the PIN is checked: call it off the GUI thread. Raises
        StorageError if the database cannot be used.
        """
        moment = utc(now)
        reserved = self._reserve_attempt(name, moment)
        if not isinstance(reserved, _Attempt):
            return reserved
        matched = verify_pin(pin, reserved.encoded)
        fresh = (
            hash_pin(pin, self._parameters)
            if matched and needs_rehash(reserved.encoded, self._parameters)
            else None
        )
        with self._database.transaction("recording a sign-in") as connection:
            if matched:
                connection.execute(
                    "UPDATE staff SET failures = 0, last_failure_at = NULL, wait_seconds = 0, "
                    "disabled = 0, pin_hash = coalesce(?, pin_hash) WHERE id = ?",
                    (fresh, reserved.account_id),
                )
            action = Action.SIGN_IN if matched else Action.SIGN_IN_FAILED
            write_audit(connection, action, reserved.name, origin=Origin.PANEL, at=moment)
        if matched:
            return SignedIn(reserved.name)
        if reserved.disabled:
            return Disabled()
        return WrongPin(reserved.wait_seconds)

    def close(self) -> None:
        """Closes the database connection; idempotent."""
        self._database.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _reserve_attempt(self, name: str, moment: datetime) -> _Attempt | SignInResult:
        """Step one of sign_in, in one transaction: refuse if disabled or waiting; otherwise
        count this attempt as a failure now (forgiven later if the PIN matches)."""
        try:
            key = name_key(name)
        except StaffError:
            key = None
        with self._database.transaction("checking a sign-in") as connection:
            row = (
                connection.execute(
                    "SELECT id, name, pin_hash, failures, last_failure_at, wait_seconds, disabled "
                    "FROM staff WHERE name_key = ?",
                    (key,),
                ).fetchone()
                if key is not None
                else None
            )
            if row is None:
                write_audit(
                    connection,
                    Action.SIGN_IN_FAILED,
                    UNKNOWN_NAME_IN_AUDIT,
                    origin=Origin.PANEL,
                    at=moment,
                )
                return UnknownName()
            account_id, account_name, encoded, failures, last_text, wait_s, disabled = row
            if disabled:
                _audit_refusal(connection, Action.SIGN_IN_REFUSED_DISABLED, account_name, moment)
                return Disabled()
            # The last failure's time is never moved, not even when the clock is found earlier
            # than it (throttle.py says why).
            last = from_text(last_text) if last_text else None
            left = remaining_wait(last, wait_s, moment)
            if left > 0:
                _audit_refusal(connection, Action.SIGN_IN_REFUSED_WAIT, account_name, moment)
                return MustWait(left)
            failures += 1
            wait_after = 0 if self._policy.disables(failures) else self._policy.wait_after(failures)
            disables = self._policy.disables(failures)
            connection.execute(
                "UPDATE staff SET failures = ?, last_failure_at = ?, wait_seconds = ?, "
                "disabled = ? WHERE id = ?",
                (failures, to_text(moment), wait_after, int(disables), account_id),
            )
        return _Attempt(account_id, account_name, encoded, wait_after, disables)

    def _refuse_duplicate(self, name: str, connection: sqlite3.Connection | None = None) -> None:
        query = "SELECT name FROM staff WHERE name_key = ?"
        if connection is None:
            with self._database.reading("looking up a staff account") as reader:
                row = reader.execute(query, (name_key(name),)).fetchone()
        else:
            row = connection.execute(query, (name_key(name),)).fetchone()
        if row is not None:
            raise StaffError(f"a staff account named {row[0]!r} already exists")

    @staticmethod
    def _key_or_refuse(name: str) -> str:
        try:
            return name_key(name)
        except StaffError:
            raise StaffError(f"there is no staff account named {name.strip()!r}") from None

    @staticmethod
    def _audit(
        connection: sqlite3.Connection,
        action: Action,
        *,
        staff_name: str | None,
        origin: Origin,
        moment: datetime,
        subject: str,
    ) -> None:
        write_audit(
            connection,
            action,
            staff_name if staff_name is not None else command_line_user(),
            origin=origin,
            at=moment,
            subject=subject,
        )


def _audit_refusal(
    connection: sqlite3.Connection, action: Action, account_name: str, moment: datetime
) -> None:
    """Records a try refused without checking its PIN, but only the first of each wait or lock.

    While a wait lasts the screen shows it, so further tries are someone tapping on regardless;
    a row for each would let anyone at the PIN pad grow the audit table without bound. Whether
    this wait or lock is already recorded shows in the account's latest sign-in row, found by
    id rather than time since the clock may have moved: the same refusal means yes, a failure
    (the only thing that starts a wait or a lock) means no. So refusal rows never outnumber
    failure rows, which the throttling itself keeps few.
    """
    latest = connection.execute(
        "SELECT action FROM audit WHERE staff_name = ? AND action IN (?, ?, ?, ?) "
        "ORDER BY id DESC LIMIT 1",
        (
            account_name,
            Action.SIGN_IN.value,
            Action.SIGN_IN_FAILED.value,
            Action.SIGN_IN_REFUSED_WAIT.value,
            Action.SIGN_IN_REFUSED_DISABLED.value,
        ),
    ).fetchone()
    if latest is not None and latest[0] == action.value:
        return
    write_audit(connection, action, account_name, origin=Origin.PANEL, at=moment)
