"""The durable queue of patient requests: one SQLite file shared by the kiosk and staff tools.

Durability rules (DESIGN.md, "Storage"): autocommit connection with every write in
``BEGIN IMMEDIATE ... COMMIT``; WAL with synchronous=FULL, so ``save`` returning means the
request survives a crash or power cut; every write, checkpoint and close under an advisory lock
file (see lockfile.py for the SQLite WAL-reset bug this avoids); a damaged file is renamed aside,
never deleted; files private to the kiosk's user.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import sqlite3
import stat
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from kiosk.requests.model import (
    ContactMethod,
    PatientRequest,
    RequestKind,
    Status,
    StoredRequest,
    TimeSlot,
)
from kiosk.storage.errors import StorageCorrupt, StorageError, StorageReadOnly, translate
from kiosk.storage.lockfile import WriteLock
from kiosk.storage.migrations import LATEST_VERSION, NewerSchemaError, migrate, schema_version

log = logging.getLogger(__name__)

DATABASE_NAME = "requests.db"
LOCK_NAME = DATABASE_NAME + ".lock"
REFERENCE_PREFIX = "K-"
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
"""Digits and capitals without look-alikes (no 0/O, 1/I/L): easy to read out at the desk."""
REFERENCE_LENGTH = 4
DUPLICATE_WINDOW = timedelta(minutes=10)
"""An identical request saved this recently is the same patient tapping "send" again."""
CHECKPOINT_AFTER_PAGES = 1000
"""Checkpoint (under the lock) once the WAL holds about this many pages."""
FAILURE_ALERT_TIMEOUT_MS = 250
"""How long recording a "save_failed" alert may wait, so a failed save does not wait twice."""
_REFERENCE_ATTEMPTS = 1000
_DEFAULT_BUSY_TIMEOUT_MS = 5000

_COLUMNS = (
    "id, reference, kind, name, phone, phone_e164, email, contact, time_slots, message, topic, "
    "language, urgent, kiosk_id, created_at, status, status_changed_at"
)


@dataclass(frozen=True)
class SaveResult:
    reference: str
    """The code to show the patient, e.g. "K-4F7Q"."""
    created: bool
    """False when this request id, or an identical request within ten minutes, was already
    saved; ``reference`` is then the earlier one's."""


@dataclass(frozen=True)
class Alert:
    """A problem for staff to see: a failed save, a quarantined database file."""

    id: int
    created_at: datetime
    kind: str
    message: str


def new_reference() -> str:
    """A random reference code such as "K-4F7Q" (about 920,000 possibilities)."""
    return REFERENCE_PREFIX + "".join(
        secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH)
    )


class RequestQueue:
    """Saves patient requests durably and lists them for staff.

    Build it with ``RequestQueue.open(data_dir)``. Safe to share between threads (calls are
    serialized) and between processes (writes are serialized by the lock file). Every failure
    surfaces as a StorageError subclass, never as a raw sqlite3 exception.
    """

    quarantined: Path | None
    """Where open() moved a damaged database file, or None if it found none."""

    def __init__(
        self,
        connection: sqlite3.Connection,
        lock: WriteLock,
        path: Path,
        *,
        busy_timeout_ms: int,
        quarantined: Path | None = None,
    ) -> None:
        """Use ``open()``; this only assembles parts that open() has already checked."""
        self._connection: sqlite3.Connection | None = connection
        self._lock = lock
        self._path = path
        self._busy_timeout_ms = busy_timeout_ms
        self._page_size = _page_size(connection)
        self._guard = threading.RLock()
        self.quarantined = quarantined

    @classmethod
    def open(cls, data_dir: Path, *, busy_timeout_ms: int = _DEFAULT_BUSY_TIMEOUT_MS) -> Self:
        """Opens (creating, migrating or quarantining as needed) ``data_dir/requests.db``.

        Raises StorageError (or a subclass) if the queue cannot be used; never crash-loops on a
        damaged file, because the damaged file is moved aside before a fresh one is made.
        """
        if busy_timeout_ms < 0:
            raise ValueError("busy_timeout_ms must not be negative")
        path = data_dir / DATABASE_NAME
        try:
            _make_private_dir(data_dir)
            lock = WriteLock(data_dir / LOCK_NAME)
        except OSError as error:
            raise translate(error, f"opening {data_dir}") from error
        try:
            with lock.held(busy_timeout_ms / 1000):
                try:
                    return cls(
                        _connect(path, busy_timeout_ms), lock, path, busy_timeout_ms=busy_timeout_ms
                    )
                except StorageCorrupt as damage:
                    reason = str(damage)
                moved_to = _quarantine(path)
                log.error("%s was damaged (%s); moved aside to %s", path, reason, moved_to)
                queue = cls(
                    _connect(path, busy_timeout_ms),
                    lock,
                    path,
                    busy_timeout_ms=busy_timeout_ms,
                    quarantined=moved_to,
                )
                queue.add_alert(
                    "quarantined",
                    f"{DATABASE_NAME} could not be read ({reason}). It was moved aside to "
                    f"{moved_to} and a new, empty queue was started; requests saved before may "
                    "still be recoverable from that file.",
                )
                return queue
        except BaseException:
            lock.close()
            raise

    @property
    def path(self) -> Path:
        """The database file."""
        return self._path

    def save(self, request: PatientRequest, *, now: datetime | None = None) -> SaveResult:
        """Saves ``request`` durably; the patient may be thanked once this returns.

        Idempotent on ``request.id`` (a double tap or a retry) and on an identical request
        (same kind, name, phone, email, message and topic) saved within the last ten minutes.
        On failure nothing is written, a "save_failed" alert is attempted, and the StorageError
        is raised.
        """
        moment = _utc(now)
        try:
            try:
                with self._guard, self._transaction("saving a request") as connection:
                    result = _save_in(connection, request, moment)
            except UnicodeEncodeError as error:  # validation should have refused it
                raise StorageError(
                    f"saving a request: text that UTF-8 cannot encode ({error.reason})"
                ) from error
        except StorageError as failure:
            self._add_alert(
                "save_failed",
                f"a request could not be saved: {type(failure).__name__}: {failure}",
                None,
                timeout_ms=min(FAILURE_ALERT_TIMEOUT_MS, self._busy_timeout_ms),
            )
            raise
        return result

    def count_since(self, since: datetime) -> int:
        """Requests created at or after ``since`` (for the per-ten-minutes limit)."""
        with self._reading("counting requests") as connection:
            row = connection.execute(
                "SELECT count(*) FROM requests WHERE created_at >= ?", (_to_text(since),)
            ).fetchall()
        return int(row[0][0])

    def requests(self, status: Status | None = None) -> list[StoredRequest]:
        """All requests, or those with ``status``: urgent first, then newest first."""
        where, params = ("WHERE status = ?", (status.value,)) if status is not None else ("", ())
        with self._reading("listing requests") as connection:
            rows = connection.execute(
                f"SELECT {_COLUMNS} FROM requests {where} "
                "ORDER BY urgent DESC, created_at DESC, rowid DESC",
                params,
            ).fetchall()
        return [_decode(row) for row in rows]

    def get(self, request_id: str) -> StoredRequest | None:
        with self._reading("reading a request") as connection:
            rows = connection.execute(
                f"SELECT {_COLUMNS} FROM requests WHERE id = ?", (request_id,)
            ).fetchall()
        return _decode(rows[0]) if rows else None

    def set_status(
        self, request_ids: Sequence[str], status: Status, *, now: datetime | None = None
    ) -> int:
        """Moves requests to ``status``, recording when; returns how many rows changed.

        Rows already in ``status`` are left alone (their times too). Becoming EXPORTED sets
        exported_at and becoming HANDLED sets handled_at, besides status_changed_at.
        """
        if isinstance(request_ids, str):
            raise TypeError("request_ids must be a sequence of ids, not one string")
        moment = _to_text(_utc(now))
        assignments = ["status = :status", "status_changed_at = :now"]
        if status is Status.EXPORTED:
            assignments.append("exported_at = :now")
        elif status is Status.HANDLED:
            assignments.append("handled_at = :now")
        statement = (
            f"UPDATE requests SET {', '.join(assignments)} WHERE id = :id AND status != :status"
        )
        ids = list(dict.fromkeys(request_ids))
        if not ids:
            self._live_connection()
            return 0
        changed = 0
        with self._guard, self._transaction("changing request status") as connection:
            for request_id in ids:
                parameters = {"status": status.value, "now": moment, "id": request_id}
                changed += connection.execute(statement, parameters).rowcount
        return changed

    def add_alert(self, kind: str, message: str, *, now: datetime | None = None) -> bool:
        """Records a problem for staff; best effort: never raises, False if not recorded."""
        return self._add_alert(kind, message, now, timeout_ms=self._busy_timeout_ms)

    def alerts(self) -> list[Alert]:
        """Every recorded alert, newest first."""
        with self._reading("listing alerts") as connection:
            rows = connection.execute(
                "SELECT id, created_at, kind, message FROM alerts ORDER BY id DESC"
            ).fetchall()
        return [Alert(row[0], _from_text(row[1]), row[2], row[3]) for row in rows]

    def pragmas(self) -> dict[str, Any]:
        """The connection's durability settings as SQLite reports them now (for `doctor`)."""
        names = (
            "journal_mode",
            "synchronous",
            "busy_timeout",
            "foreign_keys",
            "secure_delete",
            "wal_autocheckpoint",
            "user_version",
        )
        with self._reading("reading settings") as connection:
            return {name: connection.execute(f"PRAGMA {name}").fetchall()[0][0] for name in names}

    def close(self) -> None:
        """Checkpoints and closes (under the lock); idempotent, never raises."""
        with self._guard:
            connection, self._connection = self._connection, None
            if connection is None:
                return
            try:
                with self._lock.held(self._busy_timeout_ms / 1000):
                    _checkpoint(connection)
                    connection.close()
            except StorageError as error:
                log.warning("closing %s without the write lock: %s", self._path, error)
            except sqlite3.Error as error:
                log.warning("closing %s: %s", self._path, error)
            finally:
                try:
                    connection.close()
                except sqlite3.Error as error:
                    log.warning("closing %s: %s", self._path, error)
                self._lock.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _add_alert(self, kind: str, message: str, now: datetime | None, *, timeout_ms: int) -> bool:
        try:
            moment = _to_text(_utc(now))
            with (
                self._guard,
                self._transaction("recording an alert", timeout_ms=timeout_ms) as connection,
            ):
                connection.execute(
                    "INSERT INTO alerts (created_at, kind, message) VALUES (?, ?, ?)",
                    (moment, kind, message),
                )
        except Exception as error:  # best effort by contract: the caller is already failing
            log.error("could not record a %r alert (%s): %s", kind, error, message)
            return False
        return True

    def _live_connection(self) -> sqlite3.Connection:
        if self._connection is None:
            raise StorageError("the request queue is closed")
        return self._connection

    @contextmanager
    def _reading(self, action: str) -> Iterator[sqlite3.Connection]:
        """Runs reads in autocommit (no snapshot is kept) and translates their errors."""
        with self._guard:
            connection = self._live_connection()
            try:
                yield connection
            except (sqlite3.Error, OSError) as error:
                raise translate(error, action) from error

    @contextmanager
    def _transaction(
        self, action: str, *, timeout_ms: int | None = None
    ) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE ... COMMIT`` under the lock file; ROLLBACK on any error.

        After the commit, checkpoints if the WAL has grown large (still under the lock).
        ``timeout_ms`` shortens the waits for this one transaction.
        """
        connection = self._live_connection()
        wait_ms = self._busy_timeout_ms if timeout_ms is None else timeout_ms
        try:
            with self._lock.held(wait_ms / 1000), self._busy_timeout(connection, wait_ms):
                connection.execute("BEGIN IMMEDIATE")
                try:
                    yield connection
                    connection.execute("COMMIT")
                except BaseException:
                    _roll_back(connection)
                    raise
                self._checkpoint_if_large(connection)
        except (sqlite3.Error, OSError) as error:
            raise translate(error, action) from error

    @contextmanager
    def _busy_timeout(self, connection: sqlite3.Connection, wait_ms: int) -> Iterator[None]:
        if wait_ms == self._busy_timeout_ms:
            yield
            return
        connection.execute(f"PRAGMA busy_timeout = {int(wait_ms)}")
        try:
            yield
        finally:
            connection.execute(f"PRAGMA busy_timeout = {int(self._busy_timeout_ms)}")

    def _checkpoint_if_large(self, connection: sqlite3.Connection) -> None:
        """Checkpoints when the WAL passes CHECKPOINT_AFTER_PAGES; the caller holds the lock.

        wal_autocheckpoint is off so no commit checkpoints on its own, outside our control.
        """
        try:
            wal_bytes = os.stat(f"{self._path}-wal").st_size
        except OSError:
            return
        if wal_bytes >= CHECKPOINT_AFTER_PAGES * self._page_size:
            _checkpoint(connection)


def _save_in(
    connection: sqlite3.Connection, request: PatientRequest, moment: datetime
) -> SaveResult:
    """The body of save(), inside its write transaction."""
    earlier = connection.execute(
        "SELECT reference FROM requests WHERE id = ?", (request.id,)
    ).fetchall()
    if not earlier:
        earlier = connection.execute(
            "SELECT reference FROM requests WHERE created_at >= ? AND kind = ? AND name = ? "
            "AND phone = ? AND email = ? AND message = ? AND topic = ? "
            "ORDER BY created_at DESC LIMIT 1",
            (
                _to_text(moment - DUPLICATE_WINDOW),
                request.kind.value,
                request.name,
                request.phone,
                request.email,
                request.message,
                request.topic,
            ),
        ).fetchall()
    if earlier:
        return SaveResult(reference=earlier[0][0], created=False)
    reference = _unused_reference(connection)
    created_at = _to_text(moment)
    connection.execute(
        f"INSERT INTO requests ({_COLUMNS}) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            request.id,
            reference,
            request.kind.value,
            request.name,
            request.phone,
            request.phone_e164,
            request.email,
            request.contact.value,
            json.dumps([slot.value for slot in request.time_slots]),
            request.message,
            request.topic,
            request.language,
            int(request.urgent),
            request.kiosk_id,
            created_at,
            Status.NEW.value,
            created_at,
        ),
    )
    return SaveResult(reference=reference, created=True)


def _unused_reference(connection: sqlite3.Connection) -> str:
    for _ in range(_REFERENCE_ATTEMPTS):
        reference = new_reference()
        taken = connection.execute(
            "SELECT 1 FROM requests WHERE reference = ?", (reference,)
        ).fetchall()
        if not taken:
            return reference
    raise StorageError(f"no unused reference code after {_REFERENCE_ATTEMPTS} tries")


def _decode(row: Sequence[Any]) -> StoredRequest:
    try:
        request = PatientRequest(
            id=row[0],
            kind=RequestKind(row[2]),
            name=row[3],
            phone=row[4],
            phone_e164=row[5],
            email=row[6],
            contact=ContactMethod(row[7]),
            time_slots=tuple(TimeSlot(value) for value in json.loads(row[8])),
            message=row[9],
            topic=row[10],
            language=row[11],
            urgent=bool(row[12]),
            kiosk_id=row[13],
        )
        return StoredRequest(
            request=request,
            reference=row[1],
            created_at=_from_text(row[14]),
            status=Status(row[15]),
            status_changed_at=_from_text(row[16]),
        )
    except (ValueError, TypeError) as error:
        raise StorageCorrupt(f"request {row[1]!r} cannot be read back: {error}") from error


def _connect(path: Path, busy_timeout_ms: int) -> sqlite3.Connection:
    """A connection with every durability setting confirmed, checked and migrated.

    Raises StorageCorrupt for a damaged file (the caller quarantines it) and another
    StorageError for anything else; the caller holds the write lock.
    """
    wal_and_shm = [Path(f"{path}-wal"), Path(f"{path}-shm")]
    try:
        _make_private_file(path)
        for companion in wal_and_shm:
            # A process that had the database read-only leaves these 0400 behind.
            _make_private_file(companion, create=False, mode=0o600)
        _inspect_read_only(path, busy_timeout_ms)
        connection = sqlite3.connect(
            path,
            isolation_level=None,
            timeout=busy_timeout_ms / 1000,
            check_same_thread=False,  # RequestQueue serializes calls itself
        )
    except NewerSchemaError as error:
        raise StorageError(f"{path}: {error}") from error
    except (sqlite3.Error, OSError) as error:
        raise translate(error, f"opening {path}") from error
    try:
        _set_pragma(connection, path, "busy_timeout", str(int(busy_timeout_ms)), busy_timeout_ms)
        for name, value, expected in _REQUIRED_PRAGMAS:
            _set_pragma(connection, path, name, value, expected)
        migrate(connection)
        for companion in wal_and_shm:
            _make_private_file(companion, create=False)
    except NewerSchemaError as error:
        connection.close()
        raise StorageError(f"{path}: {error}") from error
    except (sqlite3.Error, OSError) as error:
        connection.close()
        raise translate(error, f"opening {path}") from error
    except BaseException:
        connection.close()
        raise
    return connection


def _inspect_read_only(path: Path, busy_timeout_ms: int) -> None:
    """Runs quick_check and the schema-version check through a read-only connection.

    A read-write connection to a damaged file could checkpoint its WAL into it or delete the
    WAL when it closes; a read-only one changes nothing, so the evidence is quarantined whole.
    Raises StorageCorrupt, NewerSchemaError or sqlite3.Error.
    """
    wal = Path(f"{path}-wal")
    if path.stat().st_size == 0 and wal.exists() and wal.stat().st_size > 0:
        # SQLite would silently delete a WAL found beside an empty database file.
        raise StorageCorrupt(f"{path.name} is empty but {wal.name} is not")
    probe = sqlite3.connect(
        f"{path.as_uri()}?mode=ro", uri=True, isolation_level=None, timeout=busy_timeout_ms / 1000
    )
    try:
        _refuse_newer_schema(probe)
        _quick_check(probe)
    finally:
        probe.close()


# name, value to set, value SQLite must report back (busy_timeout is set first, separately)
_REQUIRED_PRAGMAS: tuple[tuple[str, str, object], ...] = (
    ("journal_mode", "WAL", "wal"),
    ("synchronous", "FULL", 2),
    ("foreign_keys", "ON", 1),
    ("secure_delete", "ON", 1),
    ("wal_autocheckpoint", "0", 0),
    ("journal_size_limit", "0", 0),
)


def _set_pragma(
    connection: sqlite3.Connection, path: Path, name: str, value: str, expected: object
) -> None:
    """Sets one PRAGMA and reads it back: a durability setting that did not take is fatal."""
    connection.execute(f"PRAGMA {name} = {value}").fetchall()
    actual = connection.execute(f"PRAGMA {name}").fetchall()[0][0]
    if actual != expected:
        problem = f"{path}: PRAGMA {name} is {actual!r}, expected {expected!r}"
        if name == "journal_mode" and not os.access(path, os.W_OK):
            raise StorageReadOnly(problem)
        raise StorageError(problem)


def _refuse_newer_schema(connection: sqlite3.Connection) -> None:
    version = schema_version(connection)
    if version > LATEST_VERSION:
        raise NewerSchemaError(
            f"the database is at schema version {version}, but this kiosk only knows versions "
            f"up to {LATEST_VERSION}: it was written by a newer kiosk. Update the kiosk "
            "software; the file was left untouched"
        )


def _quick_check(connection: sqlite3.Connection) -> None:
    rows = connection.execute("PRAGMA quick_check").fetchall()
    lines = [line for row in rows for line in str(row[0]).splitlines()]
    if lines != ["ok"]:
        problems = [line for line in lines if not line.startswith("*** in database")]
        shown = "; ".join(problems[:3])
        more = f" and {len(problems) - 3} more" if len(problems) > 3 else ""
        raise StorageCorrupt(f"quick_check failed: {shown}{more}")


def _page_size(connection: sqlite3.Connection) -> int:
    try:
        return int(connection.execute("PRAGMA page_size").fetchone()[0])
    except sqlite3.Error:
        return 4096  # SQLite's default; only used to decide when to checkpoint


def _checkpoint(connection: sqlite3.Connection) -> None:
    """A PASSIVE checkpoint (never waits for readers); failures are logged, not raised,
    because the data is already committed in the WAL."""
    try:
        busy, wal_frames, copied = connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    except sqlite3.Error as error:
        log.warning("checkpoint failed: %s", error)
        return
    log.debug("checkpoint: busy=%s, %s of %s WAL frames copied", busy, copied, wal_frames)


def _roll_back(connection: sqlite3.Connection) -> None:
    if not connection.in_transaction:
        return  # SQLite already rolled back (e.g. after SQLITE_FULL)
    try:
        connection.execute("ROLLBACK")
    except sqlite3.Error as error:
        log.error("rollback failed: %s", error)


def _quarantine(path: Path) -> Path:
    """Renames a damaged database (and its -wal/-shm) aside, never deleting anything.

    The -wal goes first: a stale WAL left beside a fresh database would be replayed into it.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    attempt = 1
    while any(Path(f"{target}{suffix}").exists() for suffix in ("", "-wal", "-shm")):
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{attempt}")
        attempt += 1
    try:
        for suffix in ("-wal", "-shm", ""):
            source = Path(f"{path}{suffix}")
            if source.exists():
                source.rename(f"{target}{suffix}")
        _sync_dir(path.parent)
    except OSError as error:
        raise translate(error, f"moving the damaged {path} aside") from error
    return target


def _make_private_dir(path: Path) -> None:
    """Creates the data folder 0700, or takes group and other bits off an existing one."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    mode = path.stat().st_mode
    if mode & 0o077:
        try:
            path.chmod(mode & 0o700)
        except PermissionError as error:  # someone else's folder: warn, keep going
            log.warning("could not make %s private: %s", path, error.strerror)


def _make_private_file(path: Path, *, create: bool = True, mode: int | None = None) -> None:
    """Creates ``path`` 0600 before SQLite does (SQLite gives -wal/-shm the database's mode).

    An existing file loses its group and other bits, or gets exactly ``mode`` if given.
    """
    if create:
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600))
        except FileExistsError:
            pass
        else:
            return
    try:
        current = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return
    wanted = current & 0o700 if mode is None else mode
    if current != wanted:
        try:
            path.chmod(wanted)
        except PermissionError as error:  # someone else's file: warn, keep going
            log.warning("could not set the mode of %s: %s", path, error.strerror)


def _sync_dir(path: Path) -> None:
    """Makes renames in ``path`` durable."""
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _utc(moment: datetime | None) -> datetime:
    if moment is None:
        return datetime.now(UTC)
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("times must be timezone-aware")
    return moment.astimezone(UTC)


def _to_text(moment: datetime) -> str:
    """Fixed-width ISO 8601 in UTC, so text order is time order in SQL comparisons."""
    return _utc(moment).isoformat(timespec="microseconds")


def _from_text(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)
