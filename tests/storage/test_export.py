"""Exports open cleanly in a spreadsheet, never run a formula, and are written whole or not
at all."""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import re
import stat
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from kiosk.requests.model import RequestKind, Status, TimeSlot
from kiosk.staff.doctor import run_checks
from kiosk.storage import (
    Database,
    ExportError,
    ExportFormat,
    RequestQueue,
    StorageError,
    export_requests,
)
from kiosk.storage import export as export_module
from kiosk.storage.export import FIELDS, neutralise_cell
from tests.storage.bulk import T0 as BULK_T0
from tests.storage.bulk import insert_requests
from tests.storage.children import IS_ROOT, hand_over, hand_over_all, run_in_child, shared_folder
from tests.storage.support import patient_request, raw_database

T0 = datetime(2026, 3, 14, 9, 26, 53, tzinfo=UTC)
ISO_WITH_OFFSET = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d")

DOCUMENTED_COLUMNS = (
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

INJECTIONS = [
    "=1+1",
    "+1",
    "-1",
    "@SUM(A1:A2)",
    "|cmd",
    "%0A",
    "\tx",
    "\rx",
    "\nx",
    "  =cmd|' /C calc'!A0",
    " \t+1",
    "\uff1d1+1",  # full-width equals
    "\uff0b1",  # full-width plus
    "\uff0d1",  # full-width hyphen-minus
    "\uff20SUM(A1)",  # full-width commercial at
    "\u3000=1",  # an ideographic space first
    "\ufe621",  # small equals sign
    "\x00=1+1",  # spreadsheets drop a leading NUL
    "\x00\x00@SUM(A1)",
    "\x01\x1f-1",
    " \x00 |cmd",
]
HARMLESS = [
    "Is it painful - really?",
    "O'Brien",
    "Ada@home",
    "100%",
    "a=b",
    "email me: a+b@example.org",
    "Zoë 👩🏽‍⚕️",
    "",
]


def write(data_dir: Path, out: Path, fmt: str = "csv", **options: Any) -> Path:
    options.setdefault("staff_name", "Ann")
    return export_requests(data_dir, out, fmt, **options).path


def read_csv(path: Path) -> list[list[str]]:
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline="")))


def read_csv_records(path: Path) -> list[dict[str, str]]:
    header, *rows = read_csv(path)
    return [dict(zip(header, row, strict=True)) for row in rows]


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder another user can reach (pytest's tmp_path is private to root)."""
    yield from shared_folder()


@pytest.fixture
def queue_with_two(queue: RequestQueue) -> RequestQueue:
    queue.save(patient_request(name="Ann", urgent=True), now=T0)
    queue.save(
        patient_request(
            name="Bob",
            kind=RequestKind.QUESTION,
            time_slots=(),
            message='Line one\nline "two", with a comma',
        ),
        now=T0 + timedelta(minutes=1),
    )
    return queue


def test_csv_has_a_bom_crlf_line_ends_and_every_field_quoted(
    queue_with_two: RequestQueue, data_dir: Path, tmp_path: Path
) -> None:
    path = write(data_dir, tmp_path / "out.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw[3:].split(b"\r\n")
    assert lines[-1] == b""  # the file ends with CRLF
    assert lines[0] == b",".join(b'"' + name.encode() + b'"' for name in DOCUMENTED_COLUMNS)
    records = [line for line in lines[1:] if line.startswith(b'"K-')]
    assert len(records) == 2
    for record in records:
        cells = next(csv.reader([record.decode()]))
        quoted = ",".join('"' + cell.replace('"', '""') + '"' for cell in cells)
        assert record.decode() == quoted  # QUOTE_ALL: even numbers and empty cells
    assert b'"Line one\nline ""two"", with a comma"' in raw  # a line break inside a cell is kept


def test_the_header_and_column_order_are_the_documented_ones(
    queue_with_two: RequestQueue, data_dir: Path, tmp_path: Path
) -> None:
    path = write(data_dir, tmp_path / "out.csv")
    assert tuple(read_csv(path)[0]) == DOCUMENTED_COLUMNS == FIELDS
    documented = (Path(__file__).parents[2] / "docs" / "export.md").read_text(encoding="utf-8")
    positions = [documented.index(f"| `{name}` |") for name in DOCUMENTED_COLUMNS]
    assert positions == sorted(positions)


def test_csv_values_are_the_stored_request_with_local_iso_times(
    queue_with_two: RequestQueue, data_dir: Path, tmp_path: Path
) -> None:
    path = write(data_dir, tmp_path / "out.csv")
    first, second = read_csv_records(path)
    stored = {s.request.name: s for s in queue_with_two.requests()}
    ann = stored["Ann"]
    assert first["reference"] == ann.reference
    assert first["id"] == ann.request.id
    assert (first["name"], first["kind"], first["status"], first["urgent"]) == (
        "Ann",
        "appointment",
        "new",
        "yes",
    )
    assert first["phone"] == ann.request.phone
    assert first["phone_e164"] == "'+15555550100"  # a leading + is a formula trigger
    assert first["time_slots"] == "weekday_morning;saturday"
    assert ISO_WITH_OFFSET.fullmatch(first["created_at"])
    assert datetime.fromisoformat(first["created_at"]) == T0
    assert first["exported_at"] == first["handled_at"] == ""
    assert second["urgent"] == "no"
    assert second["time_slots"] == ""


def test_json_has_the_same_fields_in_the_same_order(
    queue_with_two: RequestQueue, data_dir: Path, tmp_path: Path
) -> None:
    path = write(data_dir, tmp_path / "out.json", "json")
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    records = json.loads(raw.decode("utf-8"))
    assert [tuple(record) for record in records] == [DOCUMENTED_COLUMNS] * 2
    first = records[0]
    assert first["urgent"] is True
    assert first["time_slots"] == [TimeSlot.WEEKDAY_MORNING.value, TimeSlot.SATURDAY.value]
    assert first["phone_e164"] == "+15555550100"  # no apostrophes in JSON
    assert first["handled_at"] is None
    assert datetime.fromisoformat(first["created_at"]) == T0
    assert records[1]["message"] == 'Line one\nline "two", with a comma'


def test_an_empty_export_is_a_header_or_an_empty_list(
    queue: RequestQueue, data_dir: Path, tmp_path: Path
) -> None:
    assert read_csv(write(data_dir, tmp_path / "out.csv")) == [list(DOCUMENTED_COLUMNS)]
    assert json.loads((write(data_dir, tmp_path / "out.json", "json")).read_text()) == []


@pytest.mark.parametrize("text", INJECTIONS)
def test_every_formula_trigger_gets_an_apostrophe(text: str) -> None:
    assert neutralise_cell(text) == "'" + text


@pytest.mark.parametrize("text", HARMLESS)
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert neutralise_cell(text) == text


def test_the_injection_corpus_is_neutralised_in_the_file_and_kept_raw_in_json(
    queue: RequestQueue, data_dir: Path, tmp_path: Path
) -> None:
    for number, text in enumerate(INJECTIONS + HARMLESS):
        queue.save(
            patient_request(name=text or "x", message=text, topic=text, kiosk_id=str(number)),
            now=T0 + timedelta(seconds=number),
        )
    records = read_csv_records(write(data_dir, tmp_path / "out.csv"))
    assert [record["message"] for record in records] == [
        "'" + text for text in INJECTIONS
    ] + HARMLESS
    assert [record["topic"] for record in records] == [record["message"] for record in records]
    assert [record["name"] for record in records[: len(INJECTIONS)]] == [
        "'" + text for text in INJECTIONS
    ]
    for record in records:  # no cell of the file starts with a trigger after normalising
        for cell in record.values():
            assert not cell or neutralise_cell(cell) == cell or cell.startswith("'")
    in_json = json.loads(write(data_dir, tmp_path / "out.json", "json").read_text())
    assert [record["message"] for record in in_json] == INJECTIONS + HARMLESS


def test_the_file_is_private_and_no_temporary_file_is_left(
    queue_with_two: RequestQueue, data_dir: Path, tmp_path: Path
) -> None:
    previous = os.umask(0o022)
    try:
        path = write(data_dir, tmp_path / "out.csv")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "out.csv"]


def test_an_existing_file_is_never_replaced_without_force(
    queue_with_two: RequestQueue, data_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "out.csv"
    target.write_text("the clinic's own notes")
    with pytest.raises(ExportError, match=r"already exists.*--force"):
        write(data_dir, target)
    assert target.read_text() == "the clinic's own notes"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "out.csv"]
    assert queue_with_two.audit_log() == []  # nothing happened, nothing recorded

    write(data_dir, target, force=True)
    assert len(read_csv(target)) == 3
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_file_appearing_while_exporting_is_not_replaced(
    queue_with_two: RequestQueue,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The existence check at the start is not enough: the final step refuses too."""
    target = tmp_path / "out.csv"
    real_record_of = export_module._record_of

    def record_of_while_someone_writes(row: Any) -> dict[str, Any]:
        if not target.exists():
            target.write_text("written meanwhile")
        return real_record_of(row)

    monkeypatch.setattr(export_module, "_record_of", record_of_while_someone_writes)
    with pytest.raises(ExportError, match="already exists"):
        write(data_dir, target)
    assert target.read_text() == "written meanwhile"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "out.csv"]


def test_a_folder_as_out_path_gets_a_dated_file_name(
    queue_with_two: RequestQueue, data_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    result = export_requests(data_dir, folder, ExportFormat.JSON, staff_name="Ann", now=T0)
    assert result.path.parent == folder
    assert re.fullmatch(r"requests-\d{8}-\d{6}\.json", result.path.name)
    assert result.count == 2


def test_a_failure_mid_stream_leaves_no_file_and_marks_nothing(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    insert_requests(data_dir, 1200, message="x" * 200)
    real_record_of = export_module._record_of
    written = 0

    def record_of_until_the_disk_fills(row: Any) -> dict[str, Any]:
        nonlocal written
        written += 1
        if written > 700:  # past the first batch: part of the file is already on disk
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_record_of(row)

    monkeypatch.setattr(export_module, "_record_of", record_of_until_the_disk_fills)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ExportError, match="the disk is full"):
        write(data_dir, out / "requests.csv", mark_exported=True)
    assert list(out.iterdir()) == []
    with RequestQueue.open(data_dir) as queue:
        assert queue.counts()["new"] == 1200
        assert queue.audit_log() == []


def test_a_file_size_limit_reached_mid_stream_leaves_no_file(
    data_dir: Path, shared_dir: Path
) -> None:
    """A real write failure (RLIMIT_FSIZE, as on a full or FAT-limited stick), in a child."""
    insert_requests(data_dir, 2000, message="y" * 300)
    out = shared_dir / "stick"
    out.mkdir()

    def export_with_a_small_limit() -> dict[str, Any]:
        import resource  # noqa: PLC0415 (only the child needs it)
        import signal  # noqa: PLC0415

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (256 * 1024, resource.RLIM_INFINITY))
        try:
            write(data_dir, out / "requests.csv", mark_exported=True)
        except ExportError as error:
            return {"error": str(error)}
        return {"error": None}

    result = run_in_child(export_with_a_small_limit, as_nobody=False)
    assert "too large" in str(result["error"])
    assert list(out.iterdir()) == []
    with RequestQueue.open(data_dir) as queue:
        assert queue.counts()["new"] == 2000


def test_a_folder_that_cannot_be_written_is_a_clear_error(shared_dir: Path) -> None:
    data_dir = shared_dir / "data"
    insert_requests(data_dir, 3)
    hand_over_all(data_dir)
    hand_over(shared_dir)
    locked = shared_dir / "locked"
    locked.mkdir(mode=0o755)  # not the child's: it may look inside, not write

    def export_into_locked_folder() -> dict[str, Any]:
        try:
            write(data_dir, locked / "requests.csv")
        except ExportError as error:
            return {"error": str(error)}
        return {"error": None}

    result = run_in_child(export_into_locked_folder, as_nobody=IS_ROOT)
    assert f"no permission to write in {locked}" in str(result["error"])
    assert list(locked.iterdir()) == []


def test_a_missing_folder_is_a_clear_error(
    queue_with_two: RequestQueue, data_dir: Path, tmp_path: Path
) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        write(data_dir, tmp_path / "no-such-folder" / "out.csv")


def test_mark_exported_marks_exactly_the_new_rows_in_the_file(
    data_dir: Path, tmp_path: Path
) -> None:
    new = insert_requests(data_dir, 5)
    old = insert_requests(data_dir, 3, status="handled", start=BULK_T0 - timedelta(days=2))
    after = insert_requests(data_dir, 2, start=BULK_T0 + timedelta(days=1))
    exported = insert_requests(data_dir, 2, status="exported", start=BULK_T0 + timedelta(days=2))

    result = export_requests(
        data_dir,
        tmp_path / "out.json",
        "json",
        status=None,
        since=BULK_T0,
        mark_exported=True,
        staff_name="Ann",
    )
    in_file = [record["id"] for record in json.loads(result.path.read_text())]
    assert in_file == new + after + exported  # oldest first; the handled are before --since
    assert (result.count, result.marked) == (9, 7)  # the exported ones were not new
    with RequestQueue.open(data_dir) as queue:
        assert {s.request.id for s in queue.requests(Status.EXPORTED)} == set(in_file)
        assert {s.request.id for s in queue.requests(Status.HANDLED)} == set(old)
        assert queue.requests(Status.NEW) == []

    again = export_requests(
        data_dir, tmp_path / "again.csv", "csv", mark_exported=True, staff_name="Ann"
    )
    assert (again.count, again.marked) == (0, 0)  # nothing new since


def test_without_mark_exported_nothing_changes_status(
    queue_with_two: RequestQueue, data_dir: Path, tmp_path: Path
) -> None:
    result = export_requests(data_dir, tmp_path / "out.csv", "csv", staff_name="Ann")
    assert (result.count, result.marked) == (2, 0)
    assert queue_with_two.counts()["new"] == 2


def test_status_filter(data_dir: Path, tmp_path: Path) -> None:
    new = insert_requests(data_dir, 2)
    handled = insert_requests(data_dir, 3, status="handled")
    exported = insert_requests(data_dir, 1, status="exported")
    for status, expected in (
        (Status.NEW, new),
        (Status.HANDLED, handled),
        (Status.EXPORTED, exported),
    ):
        path = write(data_dir, tmp_path / f"{status.value}.json", "json", status=status)
        assert {record["id"] for record in json.loads(path.read_text())} == set(expected)


def test_export_is_recorded_in_the_audit_trail(
    queue_with_two: RequestQueue, data_dir: Path, tmp_path: Path
) -> None:
    write(data_dir, tmp_path / "march.csv", mark_exported=True)
    (entry,) = queue_with_two.audit_log()
    assert (entry.action, entry.staff_name, entry.count, entry.file_name) == (
        "export",
        "Ann",
        2,
        "march.csv",
    )


def test_an_unknown_format_is_refused(queue: RequestQueue, data_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="xlsx"):
        write(data_dir, tmp_path / "out.xlsx", "xlsx")


def test_marking_records_when_and_keeps_the_creation_time(data_dir: Path, tmp_path: Path) -> None:
    insert_requests(data_dir, 1)
    moment = datetime(2026, 4, 1, 12, 0, tzinfo=UTC)
    export_requests(
        data_dir, tmp_path / "out.csv", "csv", mark_exported=True, staff_name="Ann", now=moment
    )
    with raw_database(data_dir) as connection:
        row = connection.execute(
            "SELECT status, exported_at, status_changed_at, created_at FROM requests"
        ).fetchone()
    stamp = moment.isoformat(timespec="microseconds")
    assert row == ("exported", stamp, stamp, BULK_T0.isoformat(timespec="microseconds"))


def test_a_half_written_file_left_by_a_killed_export_is_reported_then_removed(
    queue: RequestQueue, data_dir: Path, tmp_path: Path
) -> None:
    """A killed export leaves its hidden .partial file, holding patient rows, behind."""
    out = tmp_path / "exports"
    out.mkdir()
    stale = out / ".requests-20260301-090000.csv.1a2b3c4d.partial"
    stale.write_text("Ada Lovelace,(555) 555-0100")
    two_hours_ago = datetime.now(UTC).timestamp() - 2 * 60 * 60
    os.utime(stale, (two_hours_ago, two_hours_ago))
    running = out / ".requests-20260301-100000.csv.5e6f7a8b.partial"  # another export, now
    running.write_text("in progress")
    foreign = out / ".notes.partial"  # another program's file, however old
    foreign.write_text("theirs")
    os.utime(foreign, (two_hours_ago, two_hours_ago))
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[kiosk]\nexport_dir = "{out}"\n')
    [leftovers] = [c for c in run_checks(config, data_dir) if c.name == "leftover files"]
    assert "1 half-written export file(s)" in leftovers.detail

    write(data_dir, out)
    assert not stale.exists()
    assert running.exists()
    assert foreign.exists()


def test_an_export_that_fails_midway_says_one_thing(
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """No second message ("checkpoint failed: database table is locked") after the failure."""
    insert_requests(data_dir, 1200)
    rows = 0

    def fill_the_disk(row: Any) -> dict[str, Any]:
        nonlocal rows
        rows += 1
        if rows > 600:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_record_of(row)

    real_record_of = export_module._record_of
    monkeypatch.setattr(export_module, "_record_of", fill_the_disk)
    with pytest.raises(ExportError, match="the disk is full"):
        write(data_dir, tmp_path)
    assert [record.getMessage() for record in caplog.records if record.levelname != "DEBUG"] == []
    assert list(tmp_path.glob(".*.partial")) == []


def test_marking_that_fails_part_way_says_how_far_it_got(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Marks go 1,000 a transaction (so saves never wait long): a failure says which."""
    insert_requests(data_dir, 2500)
    real_transaction = Database.transaction
    batches = 0

    def fails_on_the_third(self: Database, action: str, **options: Any) -> Any:
        nonlocal batches
        if action == "marking requests exported":
            batches += 1
            if batches == 3:
                raise StorageError("marking requests exported: disk I/O error")
        return real_transaction(self, action, **options)

    monkeypatch.setattr(Database, "transaction", fails_on_the_third)
    with pytest.raises(ExportError, match="only 2000 of its 2500 requests were marked exported"):
        write(data_dir, tmp_path / "out.csv", mark_exported=True)
    monkeypatch.setattr(Database, "transaction", real_transaction)
    with RequestQueue.open(data_dir) as queue:
        assert queue.counts()["exported"] == 2000
