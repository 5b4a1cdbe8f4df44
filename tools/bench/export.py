"""Staff export of many requests to CSV, against a bare csv-module export (no Qt).

``python -m tools.bench.export ROWS_SMALL ROWS_LARGE RUNS DIR``

Only measures when ``kiosk.storage.export.export_requests`` exists; otherwise it reports
"export not available yet". Its exact signature is not fixed yet, so ``call_export`` works out
the arguments from the parameter names (queue, connection, database path, data folder; an
output path, folder or open file). The databases are filled directly with valid rows, in one
transaction, and copied fresh before every run (an export may mark rows as exported).
"""

from __future__ import annotations

import contextlib
import csv
import importlib
import importlib.util
import inspect
import json
import random
import shutil
import sqlite3
import sys
import time
import tracemalloc
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from kiosk.storage import RequestQueue
from tools.bench.common import report

COLUMNS = (
    "id",
    "reference",
    "kind",
    "name",
    "phone",
    "phone_e164",
    "email",
    "contact",
    "time_slots",
    "message",
    "topic",
    "language",
    "urgent",
    "kiosk_id",
    "created_at",
    "status",
    "status_changed_at",
)
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
_WORD_TEXT = (
    "pain knee back neck drive home eat before after needle nerve heat sore week doctor "
    "appointment question medicine blood thinner allergy pacemaker tomorrow morning help "
    "ablation rhizotomy joint spine numb tingle rest bus parking cost insurance ¿cuándo? "
    "¿puedo? manejar después dolor rodilla cita 痛み 運転 ألم موعد 😊 👍 e\u0301te\u0301"
)
WORDS = tuple(_WORD_TEXT.split())
FIRST = ("Ana", "Bo", "Chen", "Dana", "Émile", "Farah", "Gus", "Hana", "Ivan", "José", "Zoë")
LAST = ("Ruiz", "Lee", "O'Brien", "Nguyen", "Smith-Jones", "Müller", "Kowalski", "García")


def find_export() -> tuple[Callable[..., Any] | None, str]:
    """The export function, or None and why not."""
    if importlib.util.find_spec("kiosk.storage.export") is None:
        return None, "export not available yet (no kiosk/storage/export.py)"
    try:
        module = importlib.import_module("kiosk.storage.export")
    except Exception as error:  # a module being written may not import yet
        return None, f"export not available yet (kiosk.storage.export fails to import: {error})"
    function = getattr(module, "export_requests", None)
    if not callable(function):
        return None, "export not available yet (kiosk.storage.export has no export_requests)"
    return function, ""


def reference(index: int) -> str:
    letters = []
    for _ in range(4):
        index, digit = divmod(index, len(ALPHABET))
        letters.append(ALPHABET[digit])
    return "K-" + "".join(letters)


def fill(data_dir: Path, rows: int, seed: int = 7) -> Path:
    """A request database made by RequestQueue.open, holding ``rows`` valid requests."""
    RequestQueue.open(data_dir).close()
    path = data_dir / "requests.db"
    rng = random.Random(seed)
    start = datetime(2025, 1, 1, tzinfo=UTC)
    codes = rng.sample(range(len(ALPHABET) ** 4), rows)
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA synchronous = OFF")
    connection.execute("BEGIN IMMEDIATE")
    placeholders = ", ".join("?" for _ in COLUMNS)
    connection.executemany(
        f"INSERT INTO requests ({', '.join(COLUMNS)}) VALUES ({placeholders})",
        (_row(rng, n, codes[n], start) for n in range(rows)),
    )
    connection.execute("COMMIT")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return path


def _row(rng: random.Random, n: int, code: int, start: datetime) -> tuple[object, ...]:
    when = (start + timedelta(seconds=n * 37)).isoformat(timespec="microseconds")
    appointment = rng.random() < 0.3
    contact = rng.choice(("phone", "email", "front_desk"))
    slots = rng.sample(("weekday_morning", "weekday_afternoon", "saturday"), rng.randint(0, 2))
    message = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3 if appointment else 8, 60)))
    if rng.random() < 0.1:
        message += '\nSecond line, with "quotes", commas; and =SUM(A1) formula-looking text.'
    return (
        str(uuid.UUID(int=rng.getrandbits(128))),
        reference(code),
        "appointment" if appointment else "question",
        f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        "555-201-4477" if contact == "phone" else "",
        "+15552014477" if contact == "phone" else "",
        "ana@example.org" if contact == "email" else "",
        contact,
        json.dumps(slots if appointment else []),
        message,
        rng.choice(("", "After the treatment", "Before the treatment")),
        "en",
        int(rng.random() < 0.02),
        "kiosk-1",
        when,
        "new",
        when,
    )


def bare_export(database: Path, out: Path) -> int:
    """The baseline: stream every row (all columns) through csv.writer, 500 rows at a time."""
    connection = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True, isolation_level=None)
    written = 0
    try:
        cursor = connection.execute("SELECT * FROM requests ORDER BY created_at, rowid")
        with out.open("w", newline="", encoding="utf-8") as file:
            writer = csv.writer(file)
            writer.writerow([column[0] for column in cursor.description])
            while batch := cursor.fetchmany(500):
                writer.writerows(batch)
                written += len(batch)
    finally:
        connection.close()
    return written


_FILE_WORDS = {"file", "stream", "fp", "fh", "writer", "sink", "handle"}
_OUT_WORDS = {"out", "output", "dest", "destination", "target", "path", *_FILE_WORDS}


def _argument_kind(name: str, hint: str) -> str:  # noqa: PLR0911 (one answer per kind)
    """What a parameter of export_requests wants, guessed from its name and annotation."""
    words = set(name.lower().split("_"))
    if "queue" in words or "requestqueue" in hint or words == {"store"}:
        return "queue"
    if words & {"connection", "conn", "con"} or "connection" in hint:
        return "connection"
    if words & {"data", "db", "database"} and words & {"dir", "folder"}:
        return "data_dir"
    if words in ({"db"}, {"database"}, {"db", "path"}, {"database", "path"}, {"source"}):
        return "database"
    if words & {"fmt", "format"} or "exportformat" in hint:
        return "format"
    if words & {"staff", "user", "operator", "who"}:
        return "staff"
    if words & {"dir", "folder", "directory"}:
        return "out_dir"
    if words & _OUT_WORDS:
        if any(w in hint for w in ("textio", "iobase", "stringio", "supportswrite")):
            return "out_file_handle"
        if "path" not in hint and "str" not in hint and words & _FILE_WORDS:
            return "out_file_handle"
        return "out_file"
    return ""


@contextlib.contextmanager
def export_arguments(
    function: Callable[..., Any],
    data_dir: Path,
    out_dir: Path,
    overrides: dict[str, Any] | None = None,
) -> Iterator[dict[str, Any]]:
    """Keyword arguments for export_requests, worked out from its parameter names.

    ``overrides`` (e.g. mark_exported=True) are passed where the signature has them."""
    out_file = out_dir / "export.csv"
    arguments: dict[str, Any] = {}
    with contextlib.ExitStack() as stack:
        simple: dict[str, Callable[[], Any]] = {
            "queue": lambda: stack.enter_context(RequestQueue.open(data_dir)),
            "connection": lambda: _connection(stack, data_dir / "requests.db"),
            "data_dir": lambda: data_dir,
            "database": lambda: data_dir / "requests.db",
            "format": lambda: "csv",
            "staff": lambda: "make bench",
            "out_dir": lambda: out_dir,
            "out_file": lambda: out_file,
            "out_file_handle": lambda: stack.enter_context(
                out_file.open("w", newline="", encoding="utf-8")
            ),
        }
        for name, parameter in inspect.signature(function).parameters.items():
            if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
                continue
            if overrides and name in overrides:
                arguments[name] = overrides[name]
                continue
            kind = _argument_kind(name, str(parameter.annotation).lower())
            if kind:
                arguments[name] = simple[kind]()
            elif parameter.default is parameter.empty:
                raise TypeError(
                    f"export_requests{inspect.signature(function)}: "
                    f"cannot tell what to pass as {name!r}"
                )
        yield arguments


def _connection(stack: contextlib.ExitStack, database: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(database, isolation_level=None)
    stack.callback(connection.close)
    return connection


def output_bytes(out_dir: Path) -> int:
    return sum(p.stat().st_size for p in out_dir.rglob("*") if p.is_file())


def timed(action: Callable[[], object], *, trace: bool) -> tuple[float, float]:
    """Seconds, and the tracemalloc peak in MiB (0 when not traced)."""
    if trace:
        tracemalloc.start()
        tracemalloc.reset_peak()
    started = time.perf_counter()
    action()
    seconds = time.perf_counter() - started
    peak = 0.0
    if trace:
        peak = tracemalloc.get_traced_memory()[1] / (1024 * 1024)
        tracemalloc.stop()
    return seconds, peak


def measure(rows_small: int, rows_large: int, runs: int, folder: Path) -> int:
    function, why = find_export()
    if function is None:
        report({"available": False, "reason": why})
        return 0
    found: Callable[..., Any] = function
    pristine: dict[int, Path] = {}
    fill_s: dict[int, float] = {}
    for rows in (rows_small, rows_large):
        started = time.perf_counter()
        pristine[rows] = fill(folder / f"pristine-{rows}", rows)
        fill_s[rows] = time.perf_counter() - started

    def fresh(rows: int) -> tuple[Path, Path]:
        data_dir = folder / "work"
        out_dir = folder / "out"
        for place in (data_dir, out_dir):
            shutil.rmtree(place, ignore_errors=True)
            place.mkdir(mode=0o700)
        shutil.copyfile(pristine[rows], data_dir / "requests.db")
        return data_dir, out_dir

    def kiosk_run(rows: int, *, trace: bool) -> tuple[float, float, int]:
        data_dir, out_dir = fresh(rows)
        with export_arguments(found, data_dir, out_dir) as arguments:
            seconds, peak = timed(lambda: found(**arguments), trace=trace)
        return seconds, peak, output_bytes(out_dir)

    def bare_run(rows: int, *, trace: bool) -> tuple[float, float, int]:
        data_dir, out_dir = fresh(rows)
        out = out_dir / "bare.csv"
        seconds, peak = timed(lambda: bare_export(data_dir / "requests.db", out), trace=trace)
        return seconds, peak, output_bytes(out_dir)

    try:
        kiosk_run(rows_small, trace=False)  # first call: imports, statement cache
    except Exception as error:
        report({"available": False, "reason": f"export_requests failed: {error!r}"})
        return 0
    kiosk_s: list[float] = []
    bare_s: list[float] = []
    sizes: dict[str, int] = {}
    for _ in range(runs):  # interleaved, so drift on the machine hits both alike
        seconds, _, sizes["kiosk"] = kiosk_run(rows_large, trace=False)
        kiosk_s.append(seconds)
        seconds, _, sizes["bare"] = bare_run(rows_large, trace=False)
        bare_s.append(seconds)
    peaks = {
        f"{who}_{rows}": run(rows, trace=True)[1]
        for rows in (rows_small, rows_large)
        for who, run in (("kiosk", kiosk_run), ("bare", bare_run))
    }
    report(
        {
            "available": True,
            "rows_small": rows_small,
            "rows_large": rows_large,
            "fill_s": fill_s,
            "kiosk_s": kiosk_s,
            "bare_s": bare_s,
            "peak_mib": peaks,
            "output_bytes": sizes,
            "signature": str(inspect.signature(found)),
        }
    )
    return 0


def main(argv: list[str]) -> int:
    if len(argv) < 5:
        print(__doc__, file=sys.stderr)
        return 2
    return measure(int(argv[1]), int(argv[2]), int(argv[3]), Path(argv[4]))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
