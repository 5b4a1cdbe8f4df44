"""Anonymous reading insight for clinic staff: counts per day, nothing per patient (no Qt).

What is kept: per calendar day, how often each content page was opened and for how many whole
seconds it was on screen, and how many request forms were started, abandoned and submitted.
What is not: any session, any time of day, anything typed. The rules, and why:

- One patient session is counted in memory (``ReadingTally``) and added to the day's counters
  in one transaction when the session ends; the tables hold a day and counters only.
- The tables are WITHOUT ROWID, keyed on (day, page) and (day, event): an ordinary rowid
  would grow in the order pages were first opened and so hint at one session's path.
- A page id must look like a content page id (``PAGE_ID``, at most 40 characters). Anything
  else is dropped, so text from a form field cannot ride along as a "page". The UI must still
  pass only content page ids: a lowercase hyphenated word would pass the check.
- Seconds are clamped per reading (0 to one hour, so a kiosk left on one page overnight does
  not swamp the chart) and rounded to whole seconds per session.

docs/export.md describes the CSV file ``kiosk stats`` writes.
"""

from __future__ import annotations

import csv
import logging
import math
import re
import sqlite3
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TextIO

from kiosk.storage.database import DEFAULT_BUSY_TIMEOUT_MS, Database
from kiosk.storage.errors import StorageError

# The atomic, private, never-overwrite file writing of the request export, shared on purpose.
from kiosk.storage.export import (
    ExportError,
    ExportFormat,
    atomic_file,
    neutralise_cell,
    refusal_to_replace,
)
from kiosk.storage.times import utc

log = logging.getLogger(__name__)

PAGE_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
"""What a content page id looks like; nothing else is ever counted."""
MAX_PAGE_ID = 40
MAX_SECONDS_PER_READING = 3600.0
"""One page_read counts at most an hour on screen."""
RETENTION_DAYS = 400
"""Counters older than this are deleted by the request purge (retention.py)."""
MAX_EXPORT_DAYS = 400
STATS_FIELDS: tuple[str, ...] = ("day", "measure", "item", "count", "seconds")
"""Column order of the stats CSV file (docs/export.md)."""
BATCH_ROWS = 500


class FormEvent(StrEnum):
    STARTED = "started"
    """The patient opened the question/appointment form."""
    ABANDONED = "abandoned"
    """The form was left (idle reset, Start over, Home) without sending."""
    SUBMITTED = "submitted"
    """A request was saved."""


def is_page_id(text: object) -> bool:
    """True if ``text`` may be stored as a page id (see PAGE_ID and MAX_PAGE_ID)."""
    return (
        isinstance(text, str) and len(text) <= MAX_PAGE_ID and PAGE_ID.fullmatch(text) is not None
    )


class ReadingTally:
    """One patient session's counts, kept in memory until the session ends. No Qt, no clock.

    Anything that is not a page id or a FormEvent is ignored; the warning logged then names no
    value, because the value may be something a patient typed.
    """

    def __init__(self) -> None:
        self._opens: dict[str, int] = {}
        self._seconds: dict[str, float] = {}
        self._forms: dict[FormEvent, int] = {}

    def page_opened(self, page_id: str) -> None:
        if not is_page_id(page_id):
            log.warning("ignored a page opening: not a page id")
            return
        self._opens[page_id] = self._opens.get(page_id, 0) + 1

    def page_read(self, page_id: str, seconds: float) -> None:
        """Adds on-screen time: negative or NaN counts 0, more than an hour counts an hour."""
        if not is_page_id(page_id):
            log.warning("ignored reading time: not a page id")
            return
        if math.isnan(seconds) or seconds <= 0:
            return
        self._seconds[page_id] = self._seconds.get(page_id, 0.0) + min(
            float(seconds), MAX_SECONDS_PER_READING
        )

    def form_event(self, event: FormEvent) -> None:
        if not isinstance(event, FormEvent):
            log.warning("ignored a form event that is not a FormEvent")
            return
        self._forms[event] = self._forms.get(event, 0) + 1

    @property
    def is_empty(self) -> bool:
        return not (self._opens or self.page_seconds or self._forms)

    @property
    def page_opens(self) -> dict[str, int]:
        """Page id -> times opened in this session."""
        return dict(self._opens)

    @property
    def page_seconds(self) -> dict[str, int]:
        """Page id -> whole seconds on screen in this session (pages rounding to 0 left out)."""
        rounded = {page: round(seconds) for page, seconds in self._seconds.items()}
        return {page: seconds for page, seconds in rounded.items() if seconds > 0}

    @property
    def forms(self) -> dict[FormEvent, int]:
        """Form events that happened in this session, and how often."""
        return dict(self._forms)

    def clear(self) -> None:
        self._opens.clear()
        self._seconds.clear()
        self._forms.clear()


@dataclass(frozen=True)
class DayStats:
    day: date
    page_opens: Mapping[str, int]
    """Page id -> times opened that day (every page with a counter that day, maybe 0)."""
    page_seconds: Mapping[str, int]
    """Page id -> whole seconds on screen that day (the same pages as page_opens)."""
    forms: Mapping[FormEvent, int]
    """Every FormEvent, 0 when none."""


@dataclass(frozen=True)
class StatsResult:
    rows: int
    """Rows written to the file (the header not counted)."""
    path: Path
    first_day: date
    last_day: date


class InsightStore:
    """Adds session tallies to the per-day counters and reads them back for the chart.

    Shares the Database (and so its lock and transaction rules) with the RequestQueue. Every
    failure surfaces as a StorageError subclass.
    """

    def __init__(self, database: Database) -> None:
        self._database = database

    def add(self, tally: ReadingTally, *, day: date) -> None:
        """Adds ``tally`` to ``day``'s counters in one transaction (all of it or nothing).

        ``day`` is the kiosk's local calendar day. An empty tally writes nothing. Raises
        StorageError (or a subclass) on failure; the counters are then unchanged.
        """
        if tally.is_empty:
            return
        day_text = _day_text(day)
        opens, seconds, forms = tally.page_opens, tally.page_seconds, tally.forms
        pages = sorted(opens.keys() | seconds.keys())
        with self._database.transaction("adding reading statistics") as connection:
            connection.executemany(
                "INSERT INTO insight_pages (day, page, opens, seconds) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (day, page) DO UPDATE SET "
                "opens = opens + excluded.opens, seconds = seconds + excluded.seconds",
                [(day_text, page, opens.get(page, 0), seconds.get(page, 0)) for page in pages],
            )
            connection.executemany(
                "INSERT INTO insight_forms (day, event, count) VALUES (?, ?, ?) "
                "ON CONFLICT (day, event) DO UPDATE SET count = count + excluded.count",
                [(day_text, event.value, number) for event, number in sorted(forms.items())],
            )

    def days(self, *, today: date, count: int = 30) -> list[DayStats]:
        """The ``count`` days ending at ``today``, oldest first; days without data are zeros."""
        if isinstance(count, bool) or count < 1:
            raise ValueError("count must be a whole number of days, 1 or more")
        last = _as_date(today)
        first = last - timedelta(days=count - 1)
        span = (first.isoformat(), last.isoformat())
        with self._database.reading("reading statistics") as connection:
            page_rows = connection.execute(
                "SELECT day, page, opens, seconds FROM insight_pages WHERE day BETWEEN ? AND ?",
                span,
            ).fetchall()
            form_rows = connection.execute(
                "SELECT day, event, count FROM insight_forms WHERE day BETWEEN ? AND ?", span
            ).fetchall()
        opens: dict[str, dict[str, int]] = {}
        seconds: dict[str, dict[str, int]] = {}
        for day_text, page, page_opens, page_seconds in page_rows:
            opens.setdefault(day_text, {})[page] = int(page_opens)
            seconds.setdefault(day_text, {})[page] = int(page_seconds)
        forms: dict[str, dict[FormEvent, int]] = {}
        for day_text, event, number in form_rows:
            forms.setdefault(day_text, {})[FormEvent(event)] = int(number)
        result = []
        for offset in range(count):
            day = first + timedelta(days=offset)
            key = day.isoformat()
            day_forms = forms.get(key, {})
            result.append(
                DayStats(
                    day=day,
                    page_opens=opens.get(key, {}),
                    page_seconds=seconds.get(key, {}),
                    forms={event: day_forms.get(event, 0) for event in FormEvent},
                )
            )
        return result


def purge_old_insights(connection: sqlite3.Connection, today: date) -> int:
    """Deletes counters older than RETENTION_DAYS inside the caller's transaction; returns
    how many rows went."""
    cutoff = (_as_date(today) - timedelta(days=RETENTION_DAYS)).isoformat()
    deleted = 0
    for table in ("insight_pages", "insight_forms"):
        deleted += connection.execute(f"DELETE FROM {table} WHERE day < ?", (cutoff,)).rowcount
    return deleted


def default_stats_name(now: datetime | None = None) -> str:
    """A file name such as "reading-stats-20260314-092653.csv", in local time."""
    return f"reading-stats-{utc(now).astimezone():%Y%m%d-%H%M%S}.csv"


def write_stats_csv(
    data_dir: Path,
    out_path: Path,
    *,
    days: int = 30,
    today: date | None = None,
    force: bool = False,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
) -> StatsResult:
    """Writes the counters of the ``days`` days ending at ``today`` (default: the local date)
    to a CSV file in the request export's dialect (UTF-8 with BOM, CRLF, every field quoted).

    ``out_path`` is the file, or an existing folder to write a ``default_stats_name`` file in.
    Long format, one row per nonzero counter: day, measure ("page" or "form"), item (the page
    id or the FormEvent), count, seconds (pages only). Written atomically, 0600, never
    replacing a file unless ``force``. Raises ExportError with a message for staff.
    """
    if isinstance(days, bool) or not 1 <= days <= MAX_EXPORT_DAYS:
        raise ValueError(f"days must be from 1 to {MAX_EXPORT_DAYS}")
    last = date.today() if today is None else _as_date(today)
    first = last - timedelta(days=days - 1)
    target = out_path / default_stats_name() if out_path.is_dir() else out_path
    if not force and (target.exists() or target.is_symlink()):
        raise refusal_to_replace(target)
    try:
        with (
            Database.open(data_dir, busy_timeout_ms=busy_timeout_ms) as database,
            atomic_file(target, ExportFormat.CSV, force=force) as handle,
        ):
            rows = _write_rows(database, first, last, handle)
    except ExportError:
        raise
    except StorageError as error:
        raise ExportError(f"reading the statistics failed: {error}") from error
    return StatsResult(rows=rows, path=target, first_day=first, last_day=last)


_STATS_QUERY = """
    SELECT day, 'page', page, opens, seconds, 0 AS rank FROM insight_pages
        WHERE day BETWEEN :first AND :last AND (opens > 0 OR seconds > 0)
    UNION ALL
    SELECT day, 'form', event, count, NULL,
        CASE event WHEN 'started' THEN 1 WHEN 'abandoned' THEN 2 ELSE 3 END FROM insight_forms
        WHERE day BETWEEN :first AND :last AND count > 0
    ORDER BY 1, 6, 3
"""


def _write_rows(database: Database, first: date, last: date, handle: TextIO) -> int:
    writer = csv.writer(handle, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(STATS_FIELDS)
    count = 0
    with database.reading("reading statistics to export") as connection:
        connection.execute("BEGIN")  # one snapshot
        try:
            for batch in _batches(
                connection, {"first": first.isoformat(), "last": last.isoformat()}
            ):
                writer.writerows(
                    [
                        day,
                        measure,
                        neutralise_cell(str(item)),
                        int(number),
                        "" if seconds is None else int(seconds),
                    ]
                    for day, measure, item, number, seconds, _rank in batch
                )
                count += len(batch)
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
    return count


def _batches(
    connection: sqlite3.Connection, parameters: Mapping[str, str]
) -> Iterator[list[tuple[str, str, str, int, int | None, int]]]:
    cursor = connection.execute(_STATS_QUERY, parameters)
    while batch := cursor.fetchmany(BATCH_ROWS):
        yield batch


def _as_date(day: date) -> date:
    """A plain date: a datetime (a date subclass) would carry its time of day along."""
    return date(day.year, day.month, day.day)


def _day_text(day: date) -> str:
    return _as_date(day).isoformat()
