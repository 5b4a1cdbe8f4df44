"""Shared helpers for the benchmarks: statistics, child processes, /proc readings (no Qt)."""

from __future__ import annotations

import json
import math
import os
import platform
import re
import sqlite3
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent.parent
SCREEN_FILE = ROOT / "tools" / "offscreen-screen.json"
OFFSCREEN = f"offscreen:configfile={SCREEN_FILE}"
RESULT_PREFIX = "BENCH-RESULT "
MIB = 1024 * 1024


def quantile(values: Sequence[float], q: float) -> float:
    """Linear interpolation between closest ranks (numpy's default); NaN for no values."""
    if not values:
        return math.nan
    ordered = sorted(values)
    position = (len(ordered) - 1) * q
    low = math.floor(position)
    high = math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def median(values: Sequence[float]) -> float:
    return quantile(values, 0.5)


def p99(values: Sequence[float]) -> float:
    return quantile(values, 0.99)


@dataclass
class Row:
    """One line of the results table."""

    section: str
    what: str
    unit: str
    samples: list[float] = field(default_factory=list)
    baseline: list[float] = field(default_factory=list)
    baseline_name: str = ""
    target: str = ""
    verdict: str = ""
    """PASS, MISS, n/a or empty (a figure reported without a target)."""
    note: str = ""
    single: bool = False
    """The samples hold one figure (a count, a ratio): print it once, not as median/p99."""


_DECIMALS = {"ms": 2, "s": 3, "MiB": 2, "%": 2, "x": 2, "refs": 1, "KiB": 0}


def fmt(value: float, unit: str) -> str:
    if math.isnan(value):
        return "n/a"
    if unit in _DECIMALS:
        return f"{value:.{_DECIMALS[unit]}f}"
    return f"{value:g}"


def figures(values: Sequence[float], unit: str, *, single: bool = False) -> str:
    if not values:
        return "n/a"
    if single:
        return fmt(values[0], unit)
    return f"{fmt(median(values), unit)} / {fmt(p99(values), unit)}"


def child_env(**extra: str) -> dict[str, str]:
    """Environment for child processes: offscreen Qt on a screen that holds 1920x1080, quiet
    Qt logging, and the default settings (never this machine's own kiosk.toml)."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = OFFSCREEN
    env.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra)
    return env


def run_child(
    args: Sequence[str], *, env: dict[str, str] | None = None, timeout: float = 600
) -> dict[str, Any]:
    """Runs ``python args...`` from the project root and returns the JSON it reported on a
    line starting with RESULT_PREFIX. Raises RuntimeError with its output if it failed."""
    completed = subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=env or child_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    for line in completed.stdout.splitlines():
        if line.startswith(RESULT_PREFIX):
            result: dict[str, Any] = json.loads(line[len(RESULT_PREFIX) :])
            return result
    raise RuntimeError(
        f"{' '.join(args)} exited {completed.returncode} without a result:\n"
        f"{completed.stdout[-2000:]}\n{completed.stderr[-3000:]}"
    )


def report(result: dict[str, Any]) -> None:
    """Hands a child's result to the parent (one JSON line on stdout)."""
    print(RESULT_PREFIX + json.dumps(result), flush=True)


def pss_mib(pid: int | str = "self") -> float:
    """Proportional set size from /proc/<pid>/smaps_rollup, in MiB."""
    text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    match = re.search(r"^Pss:\s+(\d+) kB", text, re.MULTILINE)
    return int(match.group(1)) / 1024 if match else math.nan


def smaps_mib(pid: int | str = "self") -> dict[str, float]:
    """Pss, Rss and USS (Private_Clean + Private_Dirty) from smaps_rollup, in MiB.

    PSS shares each library page among the processes that map it, so it drops while other Qt
    processes (a test run) happen to be running; RSS and USS do not depend on them."""
    values: dict[str, float] = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[2] == "kB":
            values[parts[0].rstrip(":")] = int(parts[1]) / 1024
    return {
        "pss": values.get("Pss", math.nan),
        "rss": values.get("Rss", math.nan),
        "uss": values.get("Private_Clean", 0.0) + values.get("Private_Dirty", 0.0),
    }


def pss_alone_mib(
    pid: int | str = "self", marks: tuple[str, ...] = ("/PySide6/", "/shiboken6/")
) -> float:
    """PSS as if no other process mapped the Qt libraries: their pages counted whole (Rss),
    everything else shared as it is now (Pss). On a kiosk the app is the only Qt process."""
    total_kib = 0
    whole = False
    for line in Path(f"/proc/{pid}/smaps").read_text().splitlines():
        head = line.split(maxsplit=5)
        if len(head) >= 5 and "-" in head[0] and ":" not in head[0]:
            whole = len(head) == 6 and any(mark in head[5] for mark in marks)
        elif line.startswith("Rss:" if whole else "Pss:"):
            total_kib += int(line.split()[1])
    return total_kib / 1024


def rss_kib(pid: int | str = "self") -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process (all its threads), in seconds."""
    text = Path(f"/proc/{pid}/stat").read_text()
    fields = text[text.rindex(")") + 2 :].split()
    # After "pid (comm) ", fields[0] is state (field 3); utime and stime are fields 14 and 15.
    ticks = int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def machine() -> dict[str, str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    # Asked of a child: a parent with Qt loaded would share its libraries with the measured
    # children and lower their PSS.
    probe = (
        "from PySide6 import __version__ as v; from PySide6.QtCore import qVersion; "
        "print(f'Qt {qVersion()}, PySide6 {v}')"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=False
    )
    qt = done.stdout.strip() if done.returncode == 0 else "Qt not importable"
    memory = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = f"{int(line.split()[1]) / MIB:.1f} GiB"
    except OSError:
        pass
    return {
        "cpus": str(os.cpu_count() or 0),
        "nproc": str(len(os.sched_getaffinity(0))),
        "cpu": cpu,
        "memory": memory,
        "kernel": platform.release(),
        "python": platform.python_version(),
        "qt": qt,
        "sqlite": sqlite3.sqlite_version,
    }


class Stopwatch:
    """``with Stopwatch() as w: ...`` then ``w.seconds``."""

    seconds: float = 0.0

    def __enter__(self) -> Stopwatch:
        self._start = time.perf_counter()
        return self

    def __exit__(self, *_: object) -> None:
        self.seconds = time.perf_counter() - self._start
