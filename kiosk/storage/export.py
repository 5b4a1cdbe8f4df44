"""Exporting requests to a CSV or JSON file for the clinic's own systems (no Qt).

docs/export.md documents the columns. The rules, and why:

- Streamed: rows are read from one database snapshot in batches and written as they come, so
  100,000 requests take no more memory than a hundred.
- Atomic: written to a hidden temporary file in the target folder, fsynced, renamed into place
  and the folder fsynced; a failure (a full USB stick, a pulled cable) leaves no half file.
  Files are 0600, and an existing file is never replaced unless ``force`` is given.
- Safe to open in a spreadsheet: a CSV cell that a spreadsheet could run as a formula gets a
  leading apostrophe (see ``neutralise_cell``).
- ``mark_exported`` marks exactly the rows in the file (their ids are kept in a temporary table
  while streaming, not in Python), and only once the file is safely on disk.
- The export opens its own connection, so the kiosk's saves never wait behind it.
"""

from __future__ import annotations

import csv
import errno
import json
import os
import re
import secrets
import stat
import time
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, TextIO

from kiosk.requests.model import Status
from kiosk.storage import audit
from kiosk.storage.database import DEFAULT_BUSY_TIMEOUT_MS, Database
from kiosk.storage.errors import StorageError
from kiosk.storage.files import sync_dir
from kiosk.storage.times import from_text, to_text, utc

FIELDS: tuple[str, ...] = (
    "reference",
    "created_at",
    "kind",
    "status",
    "urgent",
    "name",
    "contact",
    "phone",
    "phone_e164",
    "email",
    "time_slots",
    "topic",
    "language",
    "message",
    "kiosk_id",
    "status_changed_at",
    "exported_at",
    "handled_at",
    "id",
)
"""Column order of the CSV file and key order of each JSON object (docs/export.md)."""

BATCH_ROWS = 500
"""Rows fetched from SQLite at a time."""
PARTIAL_SUFFIX = ".partial"
_PARTIAL_NAME = re.compile(r"^\..+\.[0-9a-f]{8}\.partial$")
"""What ``atomic_file`` names its temporary file: ".<target name>.<8 hex digits>.partial"."""
STALE_PARTIAL_S = 60 * 60
"""A hidden .partial file this old belongs to no running export (100,000 rows take seconds)."""
MARK_BATCH = 1000
"""Requests marked exported per write transaction (a save waits behind at most one batch)."""

FORMULA_TRIGGERS = frozenset("=+-@|%\t\r\n")
"""First characters that make a spreadsheet treat a cell as a formula or split it (OWASP)."""

_SELECT = (
    "SELECT reference, created_at, kind, status, urgent, name, contact, phone, phone_e164, "
    "email, time_slots, topic, language, message, kiosk_id, status_changed_at, exported_at, "
    "handled_at, id FROM requests"
)
_TIME_FIELDS = frozenset({"created_at", "status_changed_at", "exported_at", "handled_at"})


class ExportFormat(StrEnum):
    CSV = "csv"
    JSON = "json"


class ExportError(StorageError):
    """The export did not happen (or happened only in part); the message says what to do."""


@dataclass(frozen=True)
class ExportResult:
    count: int
    """Requests written to the file."""
    path: Path
    """The file written."""
    marked: int = 0
    """Requests that moved from "new" to "exported" (with ``mark_exported``)."""


def neutralise_cell(text: str) -> str:
    """``text`` with a leading apostrophe if a spreadsheet could read it as a formula.

    Triggers (OWASP "CSV injection"): = + - @ | % tab CR LF as the first character, also after
    leading whitespace or control characters (spreadsheets drop a leading NUL, and validation
    should have refused it anyway: this is defence in depth), and also once NFKC-normalised,
    because spreadsheets fold full-width forms such as U+FF1D (full-width equals) into "=".
    Anything else is left exactly as it is.
    """
    if not text:
        return text
    if text[0] in FORMULA_TRIGGERS or _first_shown(text) in FORMULA_TRIGGERS:
        return "'" + text
    if text.isascii():  # NFKC changes no ASCII text: the common case stops here
        return text
    normal = unicodedata.normalize("NFKC", text)
    if normal[:1] in FORMULA_TRIGGERS or _first_shown(normal) in FORMULA_TRIGGERS:
        return "'" + text
    return text


def _first_shown(text: str) -> str:
    """The first character that is neither whitespace nor a control character ("" if none)."""
    for character in text:
        if not character.isspace() and unicodedata.category(character) != "Cc":
            return character
    return ""


def default_export_name(fmt: ExportFormat | str, now: datetime | None = None) -> str:
    """A file name such as "requests-20260314-092653.csv", in local time."""
    return f"requests-{utc(now).astimezone():%Y%m%d-%H%M%S}.{ExportFormat(fmt).value}"


def export_requests(
    data_dir: Path,
    out_path: Path,
    fmt: ExportFormat | str,
    *,
    status: Status | None = Status.NEW,
    since: datetime | None = None,
    mark_exported: bool = False,
    force: bool = False,
    staff_name: str,
    origin: audit.Origin = audit.Origin.PANEL,
    now: datetime | None = None,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
) -> ExportResult:
    """Writes the requests with ``status`` (None: all) created at or after ``since`` to a file.

    ``out_path`` is the file, or an existing folder to write a ``default_export_name`` file
    in. Oldest first. Records the export (count and file name) in the audit trail. Raises
    ExportError, with a message for staff, if the file exists and ``force`` is not given, if
    the folder cannot be written, if the disk fills up, or if the database cannot be read.
    """
    fmt = ExportFormat(fmt)
    moment = utc(now)
    target = out_path / default_export_name(fmt, moment) if out_path.is_dir() else out_path
    if not force and (target.exists() or target.is_symlink()):
        raise refusal_to_replace(target)
    query, parameters = _query(status, since)
    try:
        with Database.open(data_dir, busy_timeout_ms=busy_timeout_ms) as database:
            with atomic_file(target, fmt, force=force) as handle:
                count = _stream(database, query, parameters, handle, fmt, remember=mark_exported)
            marked = _record(
                database,
                target,
                count,
                mark_exported=mark_exported,
                staff_name=staff_name,
                origin=origin,
                moment=moment,
            )
    except ExportError:
        raise
    except StorageError as error:
        raise ExportError(f"reading the requests failed: {error}") from error
    except UnicodeEncodeError as error:  # validation refuses such text; never crash on it
        raise ExportError(
            f"a request holds text that UTF-8 cannot encode ({error.reason})"
        ) from error
    return ExportResult(count=count, path=target, marked=marked)


def _query(status: Status | None, since: datetime | None) -> tuple[str, list[str]]:
    conditions: list[str] = []
    parameters: list[str] = []
    if status is not None:
        conditions.append("status = ?")
        parameters.append(Status(status).value)
    if since is not None:
        conditions.append("created_at >= ?")
        parameters.append(to_text(since))
    where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
    return f"{_SELECT}{where} ORDER BY created_at, rowid", parameters


def _stream(
    database: Database,
    query: str,
    parameters: Sequence[str],
    handle: TextIO,
    fmt: ExportFormat,
    *,
    remember: bool,
) -> int:
    """Writes every matching row from one snapshot; with ``remember``, keeps their ids in
    temp.exported_ids for marking. Returns the number of rows."""
    write_row, finish = _csv_writer(handle) if fmt is ExportFormat.CSV else _json_writer(handle)
    count = 0
    with database.reading("reading requests to export") as connection:
        connection.execute("BEGIN")  # one snapshot: the file is one moment of the queue
        try:
            if remember:
                connection.execute(
                    "CREATE TEMP TABLE IF NOT EXISTS exported_ids (id TEXT PRIMARY KEY)"
                )
                connection.execute("DELETE FROM temp.exported_ids")
            # Closed however the block ends: a statement left open keeps the tables locked,
            # and the checkpoint at close would fail with "database table is locked".
            with closing(connection.execute(query, parameters)) as cursor:
                while batch := cursor.fetchmany(BATCH_ROWS):
                    for row in batch:
                        write_row(_record_of(row))
                    count += len(batch)
                    if remember:
                        connection.executemany(
                            "INSERT OR IGNORE INTO temp.exported_ids (id) VALUES (?)",
                            [(row[-1],) for row in batch],
                        )
                    del batch
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
    finish()
    return count


def _record(
    database: Database,
    target: Path,
    count: int,
    *,
    mark_exported: bool,
    staff_name: str,
    origin: audit.Origin,
    moment: datetime,
) -> int:
    """After the file is on disk: audits the export, then marks the rows it holds (if asked)."""
    marked: list[int] = []
    recorded = False
    try:
        database.record_audit(
            audit.Action.EXPORT,
            staff_name,
            origin=origin,
            count=count,
            file_name=target.name,
            now=moment,
        )
        recorded = True
        if mark_exported:
            _mark_exported(database, moment, marked)
    except StorageError as error:
        if not recorded:
            what = "the export could not be recorded" + (
                " and its requests were not marked exported" if mark_exported else ""
            )
        else:
            what = (
                f"only {sum(marked)} of its {count} requests were marked exported (export the "
                "new requests again to mark the rest)"
            )
        raise ExportError(f"{target} was written, but {what}: {error}") from error
    # The connection closes next anyway, and the temporary table with it.
    with suppress(StorageError), database.reading("cleaning up after the export") as connection:
        connection.execute("DROP TABLE IF EXISTS temp.exported_ids")
    return sum(marked)


def _mark_exported(database: Database, moment: datetime, marked: list[int]) -> None:
    """Marks the rows in temp.exported_ids exported, MARK_BATCH per transaction so that a
    patient's save waits behind one batch, not the whole file; appends each batch's count to
    ``marked`` (so a failure part-way can say how far it got)."""
    with database.reading("counting exported requests") as connection:
        last_row = connection.execute("SELECT max(rowid) FROM temp.exported_ids").fetchone()[0]
    for start in range(0, int(last_row or 0), MARK_BATCH):
        with database.transaction("marking requests exported") as connection:
            changed = connection.execute(
                "UPDATE requests SET status = ?, status_changed_at = ?, exported_at = ? "
                "WHERE status = ? AND id IN "
                "(SELECT id FROM temp.exported_ids WHERE rowid > ? AND rowid <= ?)",
                (
                    Status.EXPORTED.value,
                    to_text(moment),
                    to_text(moment),
                    Status.NEW.value,
                    start,
                    start + MARK_BATCH,
                ),
            ).rowcount
        marked.append(changed)


def _record_of(row: Sequence[Any]) -> dict[str, Any]:
    """One request as the export shows it: local times with their offset, typed values."""
    record = dict(zip(FIELDS, row, strict=True))
    for name in _TIME_FIELDS:
        text = record[name]
        record[name] = from_text(text).astimezone().isoformat(timespec="seconds") if text else None
    record["urgent"] = bool(record["urgent"])
    record["time_slots"] = list(json.loads(record["time_slots"]))
    return record


def _csv_writer(handle: TextIO) -> tuple[Callable[[dict[str, Any]], None], Callable[[], None]]:
    writer = csv.writer(handle, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(FIELDS)

    def write_row(record: dict[str, Any]) -> None:
        writer.writerow([neutralise_cell(_csv_text(record[name])) for name in FIELDS])

    return write_row, lambda: None


def _csv_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ";".join(str(item) for item in value)
    return str(value)


def _json_writer(handle: TextIO) -> tuple[Callable[[dict[str, Any]], None], Callable[[], None]]:
    """A JSON list written one object at a time (json.dump would need the whole list)."""
    written = 0

    def write_row(record: dict[str, Any]) -> None:
        nonlocal written
        handle.write("[\n  " if written == 0 else ",\n  ")
        handle.write(json.dumps(record, ensure_ascii=False))
        written += 1

    def finish() -> None:
        handle.write("[]\n" if written == 0 else "\n]\n")

    return write_row, finish


@contextmanager
def atomic_file(target: Path, fmt: ExportFormat, *, force: bool) -> Iterator[TextIO]:
    """A hidden 0600 temporary file beside ``target``, renamed into place after the block.

    UTF-8 with a byte-order mark for CSV (so spreadsheets read it as UTF-8), plain UTF-8 for
    JSON. Any failure, including one in the block, removes the temporary file.
    """
    folder = target.parent
    remove_stale_partials(folder)
    temporary = folder / f".{target.name}.{secrets.token_hex(4)}{PARTIAL_SUFFIX}"
    encoding = "utf-8-sig" if fmt is ExportFormat.CSV else "utf-8"
    try:
        fd = os.open(
            temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC | os.O_NOFOLLOW, 0o600
        )
    except OSError as error:
        raise ExportError(f"cannot write {target}: {_explain(error, folder)}") from error
    try:
        with suppress(OSError):  # FAT and some network shares have no modes
            os.fchmod(fd, 0o600)
        with open(fd, "w", encoding=encoding, newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _publish(temporary, target, force=force)
        sync_dir(folder)
    except OSError as error:
        _remove(temporary)
        raise ExportError(f"cannot write {target}: {_explain(error, folder)}") from error
    except BaseException:
        _remove(temporary)
        raise


def stale_partials(folder: Path, *, now: float | None = None) -> list[Path]:
    """Hidden half-written export files in ``folder`` older than STALE_PARTIAL_S: left by an
    export that was killed (a power cut, kill -9). They hold patient rows."""
    moment = time.time() if now is None else now
    found = []
    for path in folder.glob(f".*{PARTIAL_SUFFIX}"):
        if not _PARTIAL_NAME.match(path.name):
            continue  # not one of ours: another program's file is not ours to delete
        with suppress(OSError):
            status = path.lstat()
            if stat.S_ISREG(status.st_mode) and moment - status.st_mtime > STALE_PARTIAL_S:
                found.append(path)
    return sorted(found)


def remove_stale_partials(folder: Path) -> None:
    """Deletes what ``stale_partials`` finds; an export in progress elsewhere is never that old."""
    for path in stale_partials(folder):
        _remove(path)


def _publish(temporary: Path, target: Path, *, force: bool) -> None:
    """Moves the finished file into place; never replaces an existing file unless ``force``.

    A hard link fails if the name is taken, with no window between checking and renaming;
    filesystems without hard links (FAT on a USB stick) fall back to check-then-rename.
    """
    if force:
        os.replace(temporary, target)
        return
    try:
        os.link(temporary, target, follow_symlinks=False)
    except FileExistsError:
        raise refusal_to_replace(target) from None
    except OSError as error:
        if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK):
            raise
        if target.exists() or target.is_symlink():
            raise refusal_to_replace(target) from None
        os.rename(temporary, target)
        return
    temporary.unlink()


def refusal_to_replace(target: Path) -> ExportError:
    return ExportError(f"{target} already exists; choose another name or use --force")


def _remove(path: Path) -> None:
    with suppress(OSError):
        path.unlink()


def _explain(error: OSError, folder: Path) -> str:
    """What went wrong, in words for staff."""
    reasons = {
        errno.ENOSPC: "the disk is full",
        errno.EDQUOT: "the disk quota is used up",
        errno.EFBIG: "the file is too large for this disk",
        errno.EACCES: f"no permission to write in {folder}",
        errno.EPERM: f"no permission to write in {folder}",
        errno.EROFS: f"{folder} is on a read-only disk",
        errno.ENOENT: f"the folder {folder} does not exist",
        errno.ENOTDIR: f"{folder} is not a folder",
        errno.EIO: "the disk reported an input/output error (was it removed?)",
    }
    return reasons.get(error.errno or 0, error.strerror or str(error))
