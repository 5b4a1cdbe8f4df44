"""One connection to ``requests.db`` opened the way DESIGN.md's storage rules demand (no Qt).

The request queue, the staff directory, exports and purges all share this file and these
rules: an autocommit connection with every write in ``BEGIN IMMEDIATE ... COMMIT``; WAL with
synchronous=FULL, so a returned write survives a crash or power cut; every write, checkpoint
and close under the advisory lock file (see lockfile.py for the SQLite WAL-reset bug this
avoids); a damaged file renamed aside, never deleted; files private to the kiosk's user.
Keeping it in one place means a new store cannot forget one of them.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from kiosk.storage import audit, wal
from kiosk.storage.errors import (
    StorageCorrupt,
    StorageError,
    StorageReadOnly,
    translate,
)
from kiosk.storage.files import (
    make_private_dir,
    make_private_file,
    not_a_file,
    not_a_folder,
    sync_dir,
)
from kiosk.storage.lockfile import WriteLock
from kiosk.storage.migrations import LATEST_VERSION, NewerSchemaError, migrate, schema_version
from kiosk.storage.times import from_text, to_text, utc

log = logging.getLogger(__name__)

DATABASE_NAME = "requests.db"
LOCK_NAME = DATABASE_NAME + ".lock"
DEFAULT_BUSY_TIMEOUT_MS = 5000
WIPE_WAIT_MS = 100
"""Longest a WAL wipe waits for readers while holding the write lock (a save waits behind it)."""
_NOTE_SUFFIX = ".alert"
"""Beside a kept copy of a damaged WAL until its staff alert is recorded."""
WIPE_PENDING_SUFFIX = ".wipe-pending"
"""Beside the database while a purge's WAL wipe is still to finish, for whoever opens it next."""
CHECKPOINT_AFTER_PAGES = 1000
"""Checkpoint (under the lock) once the WAL holds about this many pages."""


@dataclass(frozen=True)
class Alert:
    """A problem for staff to see: a failed save, a quarantined database file."""

    id: int
    created_at: datetime
    kind: str
    message: str
    dismissed_at: datetime | None = None
    """When staff dismissed it; None while it is still pending."""


class Database:
    """One checked, migrated connection to ``data_dir/requests.db`` and its write lock.

    Build it with ``Database.open(data_dir)``. Safe to share between threads (calls are
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
    def open(cls, data_dir: Path, *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Self:
        """Opens (creating, migrating or quarantining as needed) ``data_dir/requests.db``.

        Raises StorageError (or a subclass) if the database cannot be used; never crash-loops
        on a damaged file, because the damaged file is moved aside before a fresh one is made.
        """
        if busy_timeout_ms < 0:
            raise ValueError("busy_timeout_ms must not be negative")
        path = data_dir / DATABASE_NAME
        try:
            problem = not_a_folder(data_dir) or not_a_file(path)
            if problem:
                raise StorageError(problem)
            make_private_dir(data_dir)
            lock = WriteLock(data_dir / LOCK_NAME)
        except OSError as error:
            raise translate(error, f"opening {data_dir}") from error
        # Checking a large WAL takes up to about 150 ms: first without the lock, so that a staff
        # tool opening beside a running kiosk never makes a save wait for it; only damage found
        # then is checked again, and kept, under the lock.
        suspect = _wal_may_be_damaged(path)
        try:
            with lock.held(busy_timeout_ms / 1000):
                kept_now = _keep_damaged_log(path) if suspect else False
                moved_to = None
                try:
                    connection = _connect(path, busy_timeout_ms)
                except StorageCorrupt as damage:
                    reason = str(damage)
                    moved_to = _quarantine(path)
                    log.error("%s was damaged (%s); moved aside to %s", path, reason, moved_to)
                    connection = _connect(path, busy_timeout_ms)
                database = cls(
                    connection, lock, path, busy_timeout_ms=busy_timeout_ms, quarantined=moved_to
                )
                try:
                    if kept_now:
                        database._clear_damaged_log()
                    database._report_kept_logs()
                    if moved_to is not None:
                        database.add_alert(
                            "quarantined",
                            f"{DATABASE_NAME} could not be read ({reason}). It was moved aside "
                            f"to {moved_to} and a new, empty queue was started; requests saved "
                            "before may still be recoverable from that file.",
                        )
                except BaseException:
                    database.close()
                    raise
                return database
        except BaseException:
            lock.close()
            raise

    @property
    def path(self) -> Path:
        """The database file."""
        return self._path

    @property
    def busy_timeout_ms(self) -> int:
        return self._busy_timeout_ms

    @contextmanager
    def reading(self, action: str) -> Iterator[sqlite3.Connection]:
        """Runs reads in autocommit (no snapshot is kept) and translates their errors.

        ``action`` ("listing requests") names what failed in the StorageError's message. Only
        sqlite3 errors are translated: an OSError raised in the block (an export writing its
        file) is the caller's to explain.
        """
        with self._guard:
            connection = self.live_connection()
            try:
                yield connection
            except sqlite3.Error as error:
                raise translate(error, action) from error

    @contextmanager
    def transaction(
        self, action: str, *, timeout_ms: int | None = None
    ) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE ... COMMIT`` under the lock file; ROLLBACK on any error.

        After the commit, checkpoints if the WAL has grown large (still under the lock).
        ``timeout_ms`` shortens the waits for this one transaction.
        """
        with self._guard:
            connection = self.live_connection()
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

    def wipe_wal(self, action: str) -> bool:
        """One try at copying the WAL into the database and truncating it to zero bytes.

        After a delete (secure_delete is on) this leaves no copy of the deleted rows in
        ``-wal``. A TRUNCATE checkpoint must wait for readers of old pages, and it waits holding
        the write lock, so a patient's save would wait too: it waits at most WIPE_WAIT_MS.
        Returns True once wiped; False if a reader held it up, leaving the wipe pending (see
        ``wipe_pending``) for a later try.
        """
        with self._guard:
            connection = self.live_connection()
            try:
                with (
                    self._lock.held(self._busy_timeout_ms / 1000),
                    self._busy_timeout(connection, WIPE_WAIT_MS),
                ):
                    busy, _, _ = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                pending = Path(f"{self._path}{WIPE_PENDING_SUFFIX}")
                if busy:
                    make_private_file(pending)
                    log.info("%s: a reader held old pages; the wipe will be tried again", action)
                    return False
                pending.unlink(missing_ok=True)
            except (sqlite3.Error, OSError) as error:
                raise translate(error, action) from error
        return True

    def _clear_damaged_log(self) -> None:
        """Wipes a WAL whose damage was just kept: its unreadable frames still follow the
        readable part, and a crash before the next checkpoint would report them again."""
        try:
            self.wipe_wal("clearing the damaged write-ahead log")
        except StorageError as error:
            log.warning("the damaged write-ahead log stays until the next checkpoint: %s", error)

    def _report_kept_logs(self) -> None:
        """Records an alert for each damaged WAL kept (now or at an open that failed later);
        a note beside the copy holds the alert until it is recorded."""
        for note in sorted(self._path.parent.glob(f"{self._path.name}.corrupt-*{_NOTE_SUFFIX}")):
            try:
                text = note.read_text(encoding="utf-8")
            except (OSError, ValueError) as error:
                log.error("cannot read %s: %s", note, error)
                continue
            if self.add_alert("wal_damaged", text):
                note.unlink(missing_ok=True)

    def wipe_pending(self) -> bool:
        """Whether a purge's WAL wipe is still to finish (a reader held it up)."""
        return Path(f"{self._path}{WIPE_PENDING_SUFFIX}").exists()

    def add_alert(
        self, kind: str, message: str, *, now: datetime | None = None, timeout_ms: int | None = None
    ) -> bool:
        """Records a problem for staff; best effort: never raises, False if not recorded."""
        try:
            moment = to_text(utc(now))
            with self.transaction("recording an alert", timeout_ms=timeout_ms) as connection:
                connection.execute(
                    "INSERT INTO alerts (created_at, kind, message) VALUES (?, ?, ?)",
                    (moment, kind, message),
                )
        except Exception as error:  # best effort by contract: the caller is already failing
            log.error("could not record a %r alert (%s): %s", kind, error, message)
            return False
        return True

    def alerts(self, *, pending_only: bool = False) -> list[Alert]:
        """Recorded alerts, newest first; with ``pending_only``, those not yet dismissed."""
        where = "WHERE dismissed_at IS NULL" if pending_only else ""
        with self.reading("listing alerts") as connection:
            rows = connection.execute(
                f"SELECT id, created_at, kind, message, dismissed_at FROM alerts {where} "
                "ORDER BY id DESC"
            ).fetchall()
        return [
            Alert(row[0], from_text(row[1]), row[2], row[3], from_text(row[4]) if row[4] else None)
            for row in rows
        ]

    def dismiss_alerts(
        self,
        *,
        staff_name: str,
        origin: audit.Origin = audit.Origin.PANEL,
        now: datetime | None = None,
    ) -> int:
        """Marks every pending alert seen by staff (audited); returns how many."""
        moment = utc(now)
        with self.transaction("dismissing alerts") as connection:
            count = connection.execute(
                "UPDATE alerts SET dismissed_at = ? WHERE dismissed_at IS NULL",
                (to_text(moment),),
            ).rowcount
            audit.write(
                connection,
                audit.Action.DISMISS_ALERTS,
                staff_name,
                origin=origin,
                at=moment,
                count=count,
            )
        return count

    def record_audit(
        self,
        action: audit.Action,
        staff_name: str,
        *,
        origin: audit.Origin = audit.Origin.PANEL,
        count: int | None = None,
        file_name: str | None = None,
        subject: str | None = None,
        now: datetime | None = None,
    ) -> None:
        """Adds one audit row in its own transaction (see audit.write for the fields)."""
        with self.transaction("recording an audit entry") as connection:
            audit.write(
                connection,
                action,
                staff_name,
                origin=origin,
                at=utc(now),
                count=count,
                file_name=file_name,
                subject=subject,
            )

    def audit_log(self, *, limit: int | None = None) -> list[audit.AuditEntry]:
        """Audit rows, newest first (at most ``limit``)."""
        with self.reading("reading the audit log") as connection:
            return audit.read(connection, limit=limit)

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
        with self.reading("reading settings") as connection:
            return {name: connection.execute(f"PRAGMA {name}").fetchall()[0][0] for name in names}

    def live_connection(self) -> sqlite3.Connection:
        """The open connection; StorageError once closed. Callers hold no lock with it."""
        if self._connection is None:
            raise StorageError("the request database is closed")
        return self._connection

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


def check_file(path: Path, *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> int:
    """Runs quick_check and the version check read-only; returns the schema version.

    For `doctor`: unlike ``Database.open`` it changes nothing (a damaged file is reported, not
    moved). Raises StorageCorrupt for damage and StorageError for anything else.
    """
    try:
        # Before any connection: even a read-only one rebuilds the -shm from the readable part
        # of a damaged WAL, and then nothing tells the damage any more.
        damage = wal.inspect(path)
        if damage is not None:
            raise StorageCorrupt(
                f"{path.name}-wal is damaged ({damage.unreadable_frames} frames cannot be read)"
            )
        _inspect_read_only(path, busy_timeout_ms)
        probe = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, isolation_level=None)
        try:
            return schema_version(probe)
        finally:
            probe.close()
    except NewerSchemaError as error:
        raise StorageError(f"{path}: {error}") from error
    except (sqlite3.Error, OSError) as error:
        raise translate(error, f"checking {path}") from error


def _connect(path: Path, busy_timeout_ms: int) -> sqlite3.Connection:
    """A connection with every durability setting confirmed, checked and migrated.

    Raises StorageCorrupt for a damaged file (the caller quarantines it) and another
    StorageError for anything else; the caller holds the write lock.
    """
    wal_and_shm = [Path(f"{path}-wal"), Path(f"{path}-shm")]
    try:
        make_private_file(path)
        for companion in wal_and_shm:
            # A process that had the database read-only leaves these 0400 behind.
            make_private_file(companion, create=False, mode=0o600)
        _inspect_read_only(path, busy_timeout_ms)
        connection = sqlite3.connect(
            path,
            isolation_level=None,
            timeout=busy_timeout_ms / 1000,
            check_same_thread=False,  # Database serializes calls itself
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
            make_private_file(companion, create=False)
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


def _wal_may_be_damaged(path: Path) -> bool:
    """A first look at the WAL, without the lock (a writer may be appending to it)."""
    try:
        return wal.inspect(path) is not None
    except OSError:
        return True  # let the look under the lock say what is wrong


def _keep_damaged_log(path: Path) -> bool:
    """Copies the database and its -wal/-shm aside if the WAL would lose commits (see wal.py);
    True if it did (or had already, for the same log).

    The caller holds the write lock and has not yet opened any connection: even a read-only
    one would rebuild the -shm from the readable part, and a read-write one would then replay
    only that part and delete the log. The live files stay, so the queue goes on with
    everything SQLite can still read. The staff alert waits in a note beside the copy until
    it is recorded, so an open that fails after the copy still reports it later.
    """
    try:
        damage = wal.inspect(path)
        if damage is None:
            return False
        log_bytes = Path(f"{path}-wal").read_bytes()
        for earlier in _evidence_sets(path):
            if (
                Path(f"{earlier}-wal").is_file()
                and Path(f"{earlier}-wal").read_bytes() == log_bytes
            ):
                return True  # kept by an open that failed afterwards: no second copy
        copy = _evidence_name(path)
        copies = [Path(f"{copy}{suffix}") for suffix in ("", "-wal", "-shm")]
        try:
            for source, target in zip(
                (Path(f"{path}{suffix}") for suffix in ("", "-wal", "-shm")), copies, strict=True
            ):
                if source.exists():
                    _copy_privately(source, target)
            note = Path(f"{copy}{_NOTE_SUFFIX}")
            _write_privately(note, _damage_alert(damage, copy.name))
            sync_dir(path.parent)
        except BaseException:
            for target in [*copies, Path(f"{copy}{_NOTE_SUFFIX}")]:
                target.unlink(missing_ok=True)  # half a copy is no evidence, and eats the disk
            raise
    except OSError as error:
        raise translate(error, f"keeping a copy of the damaged {path.name}-wal") from error
    log.error("%s-wal is damaged; copied as found to %s", path, copy)
    return True


def _damage_alert(damage: wal.WalDamage, copy_name: str) -> str:
    if damage.header_damaged:
        what = f"could not be read at all: {damage.unreadable_frames} frames"
    else:
        what = (
            f"was damaged: {damage.unreadable_frames} of its {damage.total_frames} frames could "
            "not be read"
        )
    return (
        f"The write-ahead log of {DATABASE_NAME} {what}, holding at least "
        f"{damage.lost_commits} saved change(s) (each saved request, status change or alert is "
        "one; at most one per frame). Those changes are missing from the queue. The files as "
        f"found were copied to {copy_name} (and its -wal and -shm) before anything was "
        "changed; the kiosk goes on with everything that could be read."
    )


def _evidence_sets(path: Path) -> list[Path]:
    """The kept copies of a damaged database (their main file names), newest first."""
    names = {
        candidate.name.removesuffix("-wal").removesuffix("-shm").removesuffix(_NOTE_SUFFIX)
        for candidate in path.parent.glob(f"{path.name}.corrupt-*")
    }
    return [path.with_name(name) for name in sorted(names, reverse=True)]


def _write_privately(target: Path, text: str) -> None:
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as file:
        file.write(text)
        file.flush()
        os.fsync(file.fileno())


def _copy_privately(source: Path, target: Path) -> None:
    """Copies ``source`` to a new file 0600 and flushes it to the disk."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
    with source.open("rb") as reading, os.fdopen(fd, "wb") as writing:
        shutil.copyfileobj(reading, writing)
        writing.flush()
        os.fsync(writing.fileno())


def _evidence_name(path: Path) -> Path:
    """A free ``requests.db.corrupt-<UTC time>`` name (with no -wal, -shm or note beside it)."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    attempt = 1
    while any(Path(f"{target}{suffix}").exists() for suffix in ("", "-wal", "-shm", _NOTE_SUFFIX)):
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{attempt}")
        attempt += 1
    return target


def _quarantine(path: Path) -> Path:
    """Renames a damaged database (and its -wal/-shm) aside, never deleting anything.

    The -wal goes first: a stale WAL left beside a fresh database would be replayed into it.
    """
    target = _evidence_name(path)
    try:
        for suffix in ("-wal", "-shm", ""):
            source = Path(f"{path}{suffix}")
            if source.exists():
                source.rename(f"{target}{suffix}")
        sync_dir(path.parent)
    except OSError as error:
        raise translate(error, f"moving the damaged {path} aside") from error
    return target
