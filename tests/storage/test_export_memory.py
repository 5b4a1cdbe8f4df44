"""An export streams: its memory does not grow with the number of requests.

Measured with tracemalloc at two sizes, 2,000 and 8,000 requests: the peak must stay the same
and far below the file's size. Rows held in a list would need more than the file itself (the
negative control shows the measure catches that), so 100,000 requests, which take five times
longer to export than 20,000, are covered without the wait.
"""

from __future__ import annotations

import functools
import sqlite3
import tracemalloc
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from kiosk.storage import export_requests
from kiosk.storage.queue import DATABASE_NAME
from tests.storage.bulk import insert_requests

SMALL, LARGE = 2_000, 8_000
MESSAGE = "Will I be able to drive home myself after the ablation, or should someone come? " * 5


@pytest.fixture(scope="module")
def data_dirs(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Path]:
    folders = {}
    for rows in (SMALL, LARGE):
        folders[rows] = tmp_path_factory.mktemp(f"rows{rows}") / "data"
        insert_requests(folders[rows], rows, message=MESSAGE)
    return folders


def peak_while(action: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        action()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_export_memory_stays_flat_as_the_number_of_requests_grows(
    data_dirs: dict[int, Path], tmp_path: Path, fmt: str
) -> None:
    peaks, sizes = {}, {}
    for rows, data_dir in data_dirs.items():
        out = tmp_path / f"{rows}.{fmt}"
        peaks[rows] = peak_while(
            functools.partial(
                export_requests,
                data_dir,
                out,
                fmt,
                status=None,
                mark_exported=True,
                staff_name="Ann",
            )
        )
        sizes[rows] = out.stat().st_size
    assert sizes[LARGE] > 3.5 * sizes[SMALL] > 1_000_000
    report = f"peaks {peaks} bytes for files of {sizes} bytes"
    assert peaks[LARGE] < peaks[SMALL] * 1.25 + 256 * 1024, report  # flat, not 4x
    assert peaks[LARGE] < sizes[LARGE] / 4, report
    per_row = sizes[LARGE] / LARGE
    assert peaks[LARGE] < 100_000 * per_row / 50, report  # far below what 100k rows need


def test_the_measure_would_catch_rows_held_in_a_list(data_dirs: dict[int, Path]) -> None:
    """The negative control: reading every row into a list shows up above the file's size."""

    def read_all() -> None:
        with closing(sqlite3.connect(data_dirs[LARGE] / DATABASE_NAME)) as connection:
            rows = connection.execute("SELECT * FROM requests").fetchall()
            assert len(rows) == LARGE

    assert peak_while(read_all) > 5_000_000
