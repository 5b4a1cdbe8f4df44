"""``python -m kiosk stats``: the anonymous reading statistics as a CSV file, run in-process.

The same promises as ``export``: the request export's CSV dialect, a private file written whole
or not at all, no overwriting without --force, one line on stderr and exit code 1 or 2.
"""

from __future__ import annotations

import csv
import io
import re
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest

import kiosk.__main__ as entry
from kiosk import cli
from kiosk.storage import Database, FormEvent, InsightStore, ReadingTally
from tests.cli.test_cli import Run as CliRun

OK, FAILED, USAGE = 0, 1, 2
HEADER = ["day", "measure", "item", "count", "seconds"]


class Run(CliRun):
    """``kiosk.cli.main(["stats", ...])`` with the data folder given, and what it printed."""

    def __call__(self, *arguments: str, stdin: str | None = None) -> int:
        return super().__call__("stats", *arguments, stdin=stdin)


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], data_dir: Path) -> Run:
    return Run(capsys, data_dir)


def record(data_dir: Path, day: date, tally: ReadingTally) -> None:
    with Database.open(data_dir) as database:
        InsightStore(database).add(tally, day=day)


def read_rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


@pytest.fixture
def today(data_dir: Path) -> date:
    """Two sessions today and one two days ago, recorded before the command runs."""
    day = date.today()
    first = ReadingTally()
    first.page_opened("what-is-rfa")
    first.page_opened("risks")
    first.page_read("what-is-rfa", 61.4)
    first.page_read("risks", 0.2)  # rounds to 0 seconds: "risks" has its opening only
    first.form_event(FormEvent.STARTED)
    first.form_event(FormEvent.ABANDONED)
    record(data_dir, day, first)
    second = ReadingTally()
    second.page_opened("what-is-rfa")
    second.page_read("recovery", 5.0)  # on screen, but its opening was not counted
    second.form_event(FormEvent.STARTED)
    second.form_event(FormEvent.SUBMITTED)
    record(data_dir, day, second)
    earlier = ReadingTally()
    earlier.page_opened("cost")
    record(data_dir, day - timedelta(days=2), earlier)
    return day


def test_stats_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["stats", "--help"]) == OK
    out = capsys.readouterr().out
    assert out.startswith("usage: kiosk stats")
    for option in ("--out", "--days", "--force", "--data-dir"):
        assert option in out


def test_python_m_kiosk_stats_is_a_staff_command(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    assert cli.is_cli_command(["stats", "--out", "x.csv"])
    assert cli.is_cli_command(["--data-dir", "d", "stats"])
    out = tmp_path / "stats.csv"
    assert entry.main(["stats", "--out", str(out), "--data-dir", str(data_dir)]) == OK
    assert capsys.readouterr().err == ""
    assert read_rows(out) == [HEADER]  # no statistics yet: the header only


def test_stats_writes_one_row_per_nonzero_counter(run: Run, tmp_path: Path, today: date) -> None:
    out = tmp_path / "stats.csv"
    assert run("--out", str(out)) == OK
    assert run.err == ""
    first = today - timedelta(days=29)
    assert run.out == f"Wrote 7 rows of reading statistics ({first} to {today}) to {out}.\n"
    earlier, day = str(today - timedelta(days=2)), str(today)
    assert read_rows(out) == [
        HEADER,
        [earlier, "page", "cost", "1", "0"],
        [day, "page", "recovery", "0", "5"],
        [day, "page", "risks", "1", "0"],
        [day, "page", "what-is-rfa", "2", "61"],
        [day, "form", "started", "2", ""],
        [day, "form", "abandoned", "1", ""],
        [day, "form", "submitted", "1", ""],
    ]


def test_the_csv_dialect_is_the_request_exports(run: Run, tmp_path: Path, today: date) -> None:
    out = tmp_path / "stats.csv"
    assert run("--out", str(out)) == OK
    content = out.read_bytes()
    assert content.startswith(b'\xef\xbb\xbf"day","measure","item","count","seconds"\r\n')
    lines = content[3:].split(b"\r\n")
    assert lines[-1] == b""  # every line, the last too, ends with CRLF
    assert all(re.fullmatch(rb'"[^"]*"(,"[^"]*")*', line) for line in lines[:-1])
    assert b"\n" not in content.replace(b"\r\n", b"")


def test_days_limits_the_span(run: Run, tmp_path: Path, today: date) -> None:
    out = tmp_path / "today.csv"
    assert run("--out", str(out), "--days", "1") == OK
    assert f"({today} to {today})" in run.out
    assert {row[0] for row in read_rows(out)[1:]} == {str(today)}
    out = tmp_path / "three.csv"
    assert run("--out", str(out), "--days", "3") == OK
    assert {row[0] for row in read_rows(out)[1:]} == {str(today), str(today - timedelta(days=2))}
    assert run("--out", str(tmp_path / "most.csv"), "--days", "400") == OK


@pytest.mark.parametrize("days", ["0", "401", "-3", "ten", "2.5", ""])
def test_days_out_of_range_is_a_usage_mistake(run: Run, tmp_path: Path, days: str) -> None:
    out = tmp_path / "stats.csv"
    assert run("--out", str(out), "--days", days) == USAGE
    error = run.one_line_error()
    assert "from 1 to 400" in error
    assert "--help" in error
    assert not out.exists()


def test_out_is_required(run: Run) -> None:
    assert run() == USAGE
    assert "required: --out" in run.one_line_error()


def test_the_file_is_private_and_no_temporary_file_is_left(
    run: Run, tmp_path: Path, today: date
) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    assert run("--out", str(folder / "stats.csv")) == OK
    assert [path.name for path in folder.iterdir()] == ["stats.csv"]
    assert stat.S_IMODE((folder / "stats.csv").stat().st_mode) == 0o600


def test_an_existing_file_is_never_replaced_without_force(
    run: Run, tmp_path: Path, today: date
) -> None:
    out = tmp_path / "stats.csv"
    out.write_text("staff notes")
    assert run("--out", str(out)) == FAILED
    assert (
        run.one_line_error() == f"kiosk: {out} already exists; choose another name or use --force"
    )
    assert out.read_text() == "staff notes"
    assert run("--out", str(out), "--force") == OK
    assert read_rows(out)[0] == HEADER
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_a_folder_as_out_gets_a_dated_file_name(run: Run, tmp_path: Path, today: date) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    assert run("--out", str(folder)) == OK
    (written,) = folder.iterdir()
    assert re.fullmatch(r"reading-stats-\d{8}-\d{6}\.csv", written.name)
    assert f"to {written}." in run.out


def test_a_missing_folder_fails_with_one_line(run: Run, tmp_path: Path, today: date) -> None:
    assert run("--out", str(tmp_path / "nowhere" / "stats.csv")) == FAILED
    assert "does not exist" in run.one_line_error()
    assert not (tmp_path / "nowhere").exists()


def test_a_storage_failure_exits_1_with_one_line(run: Run, tmp_path: Path) -> None:
    run.data_dir.parent.mkdir(parents=True, exist_ok=True)
    run.data_dir.write_text("a file where the data folder should be")
    out = tmp_path / "stats.csv"
    assert run("--out", str(out)) == FAILED
    assert run.one_line_error().startswith("kiosk: ")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["data"]


def test_a_settings_mistake_exits_2(run: Run, tmp_path: Path) -> None:
    settings = tmp_path / "kiosk.toml"
    settings.write_text("[kiosk]\nnonsense = 1\n")
    assert run("--out", str(tmp_path / "stats.csv"), "--config", str(settings)) == USAGE
    assert "kiosk.nonsense" in run.one_line_error()
