"""`make bench`: every measurement, a table of figures beside a bare baseline, docs/performance.md.

Figures are reported, never asserted: the run exits 0 even when a target is missed, and says
MISS where it is. Settings (environment):

  BENCH_IDLE_SECONDS   idle CPU measurement length (default 60; 10 for a quick run)
  BENCH_STARTUP_RUNS   cold starts of each kind (default 10)
  BENCH_MEMORY_RUNS    PSS readings of each kind (default 5)
  BENCH_UI_ROUNDS      rounds over every screen, and taps per screen (default 30)
  BENCH_SAVES          saves timed for the queue and for the bare insert (default 300)
  BENCH_EXPORT_ROWS    rows of the large export (default 100000; the small one has a tenth)
  BENCH_EXPORT_RUNS    timed exports of each kind (default 3)
  BENCH_REPORT         where to write the report (default docs/performance.md; "-": nowhere)
"""

from __future__ import annotations

import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from tools.bench.common import (
    ROOT,
    Row,
    child_env,
    cpu_seconds,
    figures,
    machine,
    median,
    p99,
    run_child,
)

REPORT = ROOT / "docs" / "performance.md"
KEEP_MARKER = "<!-- Everything below this line is kept when make bench rewrites this file. -->"
FIRST_FRAME = re.compile(r"first frame painted in ([0-9.]+) s")
BARE = [str(ROOT / "tools" / "bench" / "bare_window.py")]
PROBE = ["-m", "tools.bench.kiosk_probe"]


def setting(name: str, default: float) -> float:
    value = os.environ.get(name, "")
    try:
        return float(value) if value else default
    except ValueError:
        print(f"bench: ignoring {name}={value!r} (not a number)", file=sys.stderr)
        return default


def verdict(ok: bool | None) -> str:
    if ok is None:
        return "n/a"
    return "PASS" if ok else "MISS"


def ratio(
    samples: list[float], baseline: list[float], *, at: Callable[..., float] = median
) -> float:
    if not samples or not baseline or at(baseline) == 0:
        return math.nan
    return at(samples) / at(baseline)


class Bench:
    def __init__(self, scratch: Path) -> None:
        self.scratch = scratch
        self.rows: list[Row] = []
        self.notes: list[str] = []

    def add(self, row: Row) -> Row:
        self.rows.append(row)
        print(
            f"  {row.what}: {figures(row.samples, row.unit, single=row.single)} {row.unit}"
            + (
                f" (baseline {figures(row.baseline, row.unit, single=row.single)})"
                if row.baseline
                else ""
            )
            + (f"  [{row.verdict}]" if row.verdict else ""),
            flush=True,
        )
        return row

    # 1. Cold start ---------------------------------------------------------------------------

    def startup(self, runs: int) -> None:
        print("1. cold start to first painted frame", flush=True)
        data_dir = self.scratch / "startup-data"
        env = child_env(
            QT_QPA_PLATFORM="offscreen",  # what main.py --smoke uses
            XDG_CONFIG_HOME=str(self.scratch / "xdg-config"),
            XDG_DATA_HOME=str(self.scratch / "xdg-data"),
        )
        kiosk_cmd = [sys.executable, "main.py", "--smoke", "--data-dir", str(data_dir)]
        bare_cmd = [sys.executable, *BARE, "startup"]
        wall: dict[str, list[float]] = {"kiosk": [], "bare": []}
        frame: dict[str, list[float]] = {"kiosk": [], "bare": []}
        for command in (kiosk_cmd, bare_cmd):  # untimed: creates the database, fills caches
            subprocess.run(command, cwd=ROOT, env=env, capture_output=True, check=False)
        for _ in range(runs):
            for who, command in (("kiosk", kiosk_cmd), ("bare", bare_cmd)):
                started = time.perf_counter()
                done = subprocess.run(
                    command, cwd=ROOT, env=env, capture_output=True, text=True, check=False
                )
                elapsed = time.perf_counter() - started
                match = FIRST_FRAME.search(done.stdout)
                if done.returncode != 0 or match is None:
                    self.notes.append(f"{who} cold start failed: {done.stderr[-500:]}")
                    continue
                wall[who].append(elapsed)
                frame[who].append(float(match.group(1)))
        whole = ratio(wall["kiosk"], wall["bare"])
        first = ratio(frame["kiosk"], frame["bare"])
        self.add(
            Row(
                "Cold start",
                "spawn to exit, `main.py --smoke` (whole process)",
                "s",
                wall["kiosk"],
                wall["bare"],
                "bare QWidget script",
                "<= 1.3x bare",
                verdict(None if math.isnan(whole) else whole <= 1.3),
                f"{whole:.2f}x",
            )
        )
        self.add(
            Row(
                "Cold start",
                'first frame, as printed ("painted in X s")',
                "s",
                frame["kiosk"],
                frame["bare"],
                "bare QWidget script",
                "<= 1.3x bare",
                verdict(None if math.isnan(first) else first <= 1.3),
                f"{first:.2f}x",
            )
        )
        parts: dict[str, list[float]] = {}
        for _ in range(3):
            try:
                result = run_child([*PROBE, "startup"])
            except RuntimeError as error:
                self.notes.append(f"startup breakdown failed: {error}")
                break
            for key, value in result.items():
                parts.setdefault(key, []).append(float(value))
        names = {
            "imports_s": "of which: Python + kiosk imports",
            "create_window_s": "of which: create_window()",
            "show_paint_s": "of which: show() to first paint",
        }
        for key, label in names.items():
            if key in parts:
                self.add(Row("Cold start", label, "s", parts[key], note="3 runs, info"))

    # 2. Memory -------------------------------------------------------------------------------

    def memory(self, runs: int) -> None:
        print("2. memory (PSS)", flush=True)
        keys = ("pss", "alone", "rss", "uss")
        kiosk: dict[str, list[float]] = {key: [] for key in (*keys, "first")}
        bare: dict[str, list[float]] = {key: [] for key in keys}
        others = qt_processes()
        for _ in range(runs):
            try:
                result = run_child([*PROBE, "pss"])
                baseline = run_child([*BARE, "pss"])
            except RuntimeError as error:
                self.notes.append(f"memory measurement failed: {error}")
                break
            kiosk["first"].append(result["pss_first_paint_mib"])
            for key in keys:
                kiosk[key].append(result[f"{key}_mib"])
                bare[key].append(baseline[f"{key}_mib"])
        others = max(others, qt_processes())
        # PSS divides each shared page among the processes mapping it, so other Qt processes
        # on this machine (a test run) lower it. On a kiosk the app is the only Qt process: the
        # figure judged counts the Qt libraries' pages whole.
        alone = kiosk["alone"]
        self.add(
            Row(
                "Memory",
                "PSS after visiting every screen at 1920x1080, as the only Qt process",
                "MiB",
                alone,
                bare["alone"],
                "bare QWidget script, painted",
                "<= 90 MiB",
                verdict(None if not alone else median(alone) <= 90 and p99(alone) <= 90),
                "pages of Qt, PySide6, fonts and Python counted whole",
            )
        )
        self.add(
            Row(
                "Memory",
                "PSS as measured (shared with other processes now)",
                "MiB",
                kiosk["pss"],
                bare["pss"],
                "bare QWidget script",
                note=f"info; {others} other processes had Qt loaded" if others else "info",
            )
        )
        self.add(
            Row(
                "Memory",
                "PSS at the first paint of the start screen, as measured",
                "MiB",
                kiosk["first"],
                note="info",
            )
        )
        for key, label in (("rss", "RSS"), ("uss", "USS (private pages)")):
            self.add(
                Row(
                    "Memory",
                    f"{label} after visiting every screen",
                    "MiB",
                    kiosk[key],
                    bare[key],
                    "bare QWidget script",
                    note="info",
                )
            )

    # 3 and 4. Screen switch and key tap ------------------------------------------------------

    def ui(self, rounds: int) -> None:
        print("3-4. screen switch and key tap", flush=True)
        try:
            kiosk = run_child([*PROBE, "ui", str(rounds)])
        except RuntimeError as error:
            self.notes.append(f"UI latency measurement failed: {error}")
            return
        per_screen: dict[str, list[float]] = kiosk["switch_ms"]
        switch = [value for values in per_screen.values() for value in values]
        count = len(switch)
        bare_switch = run_child([*BARE, "switch", str(count)])["switch_ms"]
        bare_tap = run_child([*BARE, "tap", str(len(kiosk["tap_ms"]))])
        self.add(
            Row(
                "Screen switch",
                f"show_screen + repaint(), {len(per_screen)} screens, {count} switches",
                "ms",
                switch,
                bare_switch,
                "QStackedWidget of two text pages",
                "p99 <= 16 ms",
                verdict(p99(switch) <= 16),
            )
        )
        slowest = max(per_screen, key=lambda name: p99(per_screen[name]))
        self.add(
            Row(
                "Screen switch",
                f"slowest screen: {slowest}",
                "ms",
                per_screen[slowest],
                note="info",
            )
        )
        self.add(
            Row(
                "Screen switch",
                "with the posted events that follow (processEvents)",
                "ms",
                kiosk["switch_events_ms"],
                note="info",
            )
        )
        taps = kiosk["tap_ms"]
        self.add(
            Row(
                "Key tap",
                "QTest.mouseClick(key_a) until nameField's text changed",
                "ms",
                taps,
                bare_tap["tap_ms"],
                "QPushButton inserting into a QLineEdit",
                "p99 <= 16 ms",
                verdict(p99(taps) <= 16),
            )
        )
        self.add(
            Row(
                "Key tap",
                "with the repaint that follows (processEvents)",
                "ms",
                kiosk["tap_painted_ms"],
                bare_tap["tap_painted_ms"],
                "QPushButton inserting into a QLineEdit",
                note="info",
            )
        )
        lost = float(kiosk["none_lost_per_switch"])
        start = int(kiosk["none_at_start"])
        if kiosk["none_affected"] and lost > 0.5:
            self.notes.append(
                "PySide6 (stable-ABI wheel) drops references to None; on this Python "
                f"({sys.version.split()[0]}) a fresh kiosk holds {start:,} and loses "
                f"{lost:.1f} per screen switch and {kiosk['none_lost_per_tap']:.1f} per key "
                f"tap, so it aborts with 'Fatal Python error: none_dealloc' after about "
                f"{start / lost:,.0f} switches. The measuring "
                "processes pin None's count (tools/bench/nonerefs.py) to finish. Python >= "
                "3.12 (immortal None) is not affected."
            )
        self.add(
            Row(
                "Crash budget",
                "references to None lost per screen switch (PySide6 on Python < 3.12)",
                "refs",
                [lost],
                target="0",
                verdict=verdict(lost <= 0.5),
                note=(
                    f"aborts after ~{start / lost:,.0f} switches ({start:,} refs at start)"
                    if lost > 0.5
                    else "Python >= 3.12: None is immortal"
                    if not kiosk["none_affected"]
                    else ""
                ),
                single=True,
            )
        )

    # 5. Submit to durable commit -------------------------------------------------------------

    def storage(self, saves: int) -> None:
        print("5. submit to durable commit", flush=True)
        strace = shutil.which("strace")
        if strace is None:
            print("strace not installed: apt install strace", flush=True)
            self.notes.append("fsync count: strace not installed: apt install strace")
            self.add(
                Row(
                    "Durable commit",
                    "fsync + fdatasync calls per save",
                    "calls",
                    target="1",
                    verdict="n/a",
                    single=True,
                    note="strace not installed: apt install strace",
                )
            )
        else:
            per_save = {who: self._syncs_per_save(strace, who) for who in ("queue", "bare")}
            queue = per_save["queue"]
            self.add(
                Row(
                    "Durable commit",
                    "fsync + fdatasync calls per RequestQueue.save()",
                    "calls",
                    [queue] if not math.isnan(queue) else [],
                    [per_save["bare"]] if not math.isnan(per_save["bare"]) else [],
                    "bare INSERT, same pragmas",
                    "1",
                    verdict(None if math.isnan(queue) else round(queue, 2) == 1),
                    "strace -f -c, 50 saves minus 0",
                    single=True,
                )
            )
        try:
            result = run_child(
                ["-m", "tools.bench.storage", "latency", str(saves), str(self.scratch / "latency")]
            )
        except RuntimeError as error:
            self.notes.append(f"save latency failed: {error}")
            return
        queue_ms, bare_ms = result["queue_ms"], result["bare_ms"]
        times = ratio(queue_ms, bare_ms)
        self.add(
            Row(
                "Durable commit",
                "RequestQueue.save() latency",
                "ms",
                queue_ms,
                bare_ms,
                "bare INSERT in BEGIN IMMEDIATE/COMMIT, WAL, synchronous=FULL",
                "<= 2x bare",
                verdict(times <= 2),
                f"{times:.2f}x median, {ratio(queue_ms, bare_ms, at=p99):.2f}x p99; "
                f"database on {filesystem(self.scratch)}",
            )
        )

    def _syncs_per_save(self, strace: str, who: str) -> float:
        counts = []
        for saves in (0, 50):
            summary = self.scratch / f"strace-{who}-{saves}.txt"
            done = subprocess.run(
                [
                    strace,
                    "-f",
                    "-c",
                    "-e",
                    "trace=fsync,fdatasync",
                    "-o",
                    str(summary),
                    sys.executable,
                    "-m",
                    "tools.bench.storage",
                    "fsync",
                    who,
                    str(saves),
                    str(self.scratch / f"fsync-{who}-{saves}"),
                ],
                cwd=ROOT,
                env=child_env(),
                capture_output=True,
                text=True,
                check=False,
            )
            if done.returncode != 0 or not summary.exists():
                self.notes.append(f"strace run failed ({who}): {done.stderr[-500:]}")
                return math.nan
            counts.append(sync_calls(summary.read_text()))
        return (counts[1] - counts[0]) / 50

    # 6. Export -------------------------------------------------------------------------------

    def export(self, rows: int, runs: int) -> None:
        print(f"6. export of {rows:,} requests to CSV", flush=True)
        small = max(1, rows // 10)
        try:
            result = run_child(
                [
                    "-m",
                    "tools.bench.export",
                    str(small),
                    str(rows),
                    str(runs),
                    str(self.scratch / "export"),
                ]
            )
        except RuntimeError as error:
            self.notes.append(f"export measurement failed: {error}")
            return
        if not result["available"]:
            print(result["reason"], flush=True)
            self.notes.append(f"export: {result['reason']}")
            self.add(
                Row(
                    "Export",
                    f"{rows:,} requests to CSV",
                    "s",
                    target="<= 1.2x bare",
                    verdict="n/a",
                    note=result["reason"],
                )
            )
            return
        kiosk_s, bare_s = result["kiosk_s"], result["bare_s"]
        self.notes.append(f"export measured through export_requests{result['signature']}")
        times = ratio(kiosk_s, bare_s)
        self.add(
            Row(
                "Export",
                f"export_requests, {rows:,} requests to CSV",
                "s",
                kiosk_s,
                bare_s,
                "csv.writer streaming the same rows",
                "<= 1.2x bare",
                verdict(times <= 1.2),
                f"{times:.2f}x",
            )
        )
        peaks = result["peak_mib"]
        growth = peaks[f"kiosk_{rows}"] / peaks[f"kiosk_{small}"] if peaks[f"kiosk_{small}"] else 0
        self.add(
            Row(
                "Export",
                f"tracemalloc peak at {small:,} rows",
                "MiB",
                [peaks[f"kiosk_{small}"]],
                [peaks[f"bare_{small}"]],
                "csv.writer",
                single=True,
                note="info",
            )
        )
        self.add(
            Row(
                "Export",
                f"tracemalloc peak at {rows:,} rows",
                "MiB",
                [peaks[f"kiosk_{rows}"]],
                [peaks[f"bare_{rows}"]],
                "csv.writer",
                f"bounded: <= 2x the {small:,}-row peak",
                verdict(growth <= 2),
                f"grows {growth:.1f}x for 10x the rows",
                single=True,
            )
        )

    # 7. Idle CPU -----------------------------------------------------------------------------

    def idle(self, seconds: float) -> None:
        print(f"7. idle CPU over {seconds:g} s on the start screen", flush=True)
        windows = 6
        children = {
            "kiosk": [sys.executable, *PROBE, "idle"],
            "bare": [sys.executable, *BARE, "idle"],
        }
        logs = {who: (self.scratch / f"idle-{who}.log").open("w") for who in children}
        processes = {
            who: subprocess.Popen(
                command,
                cwd=ROOT,
                env=child_env(),
                stdout=subprocess.PIPE,
                stderr=logs[who],
                text=True,
            )
            for who, command in children.items()
        }
        try:
            for who, process in processes.items():
                assert process.stdout is not None
                if process.stdout.readline().strip() != "ready":
                    self.notes.append(f"idle {who} window did not start")
                    return
            time.sleep(2)  # let start-up work (deferred deletes, first timers) settle
            percent: dict[str, list[float]] = {who: [] for who in processes}
            total: dict[str, float] = {}
            began = {who: cpu_seconds(p.pid) for who, p in processes.items()}
            last = dict(began)
            for _ in range(windows):
                time.sleep(seconds / windows)
                for who, process in processes.items():
                    now = cpu_seconds(process.pid)
                    percent[who].append((now - last[who]) / (seconds / windows) * 100)
                    last[who] = now
            for who in processes:
                total[who] = (last[who] - began[who]) / seconds * 100
        finally:
            for process in processes.values():
                process.terminate()
            for process in processes.values():
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
            for log in logs.values():
                log.close()
        self.add(
            Row(
                "Idle CPU",
                f"start screen, event loop running, {seconds:g} s in {windows} windows",
                "%",
                percent["kiosk"],
                percent["bare"],
                "bare QWidget script, event loop running",
                "<= 0.5 % of one core",
                verdict(total["kiosk"] <= 0.5),
                f"whole period {total['kiosk']:.2f} % (bare {total['bare']:.2f} %); "
                f"clock tick {1000 / os.sysconf('SC_CLK_TCK'):g} ms",
            )
        )


def qt_processes() -> int:
    """Other processes that have a Qt library mapped right now (their sharing lowers PSS)."""
    count = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if "libQt6Core" in (entry / "maps").read_text():
                count += 1
        except OSError:
            continue
    return count


def sync_calls(strace_summary: str) -> int:
    calls = 0
    for line in strace_summary.splitlines():
        parts = line.split()
        if parts and parts[-1] in ("fsync", "fdatasync") and len(parts) >= 5:
            calls += int(parts[3])
    return calls


def filesystem(path: Path) -> str:
    """The type of the file system holding ``path`` (tmpfs would make fsync free)."""
    best, kind = "", "unknown"
    try:
        for line in Path("/proc/self/mounts").read_text().splitlines():
            _, mount, fs_type, *_ = line.split()
            if str(path.resolve()).startswith(mount) and len(mount) > len(best):
                best, kind = mount, fs_type
    except OSError:
        pass
    return kind


def table(rows: list[Row]) -> str:
    lines = [
        "| Measurement | Kiosk (median / p99) | Bare baseline (median / p99) | Target | Result "
        "| Notes |",
        "|---|---|---|---|---|---|",
    ]
    for row in rows:
        unit = f" {row.unit}" if row.samples else ""
        base = figures(row.baseline, row.unit, single=row.single) if row.baseline else ""
        if base and row.baseline_name:
            base += f" {row.unit} ({row.baseline_name})"
        what = f"**{row.section}**: {row.what}"
        if not row.single and row.samples:
            what += f" (n={len(row.samples)})"
        result = f"**{row.verdict}**" if row.verdict == "MISS" else row.verdict
        lines.append(
            f"| {what} | {figures(row.samples, row.unit, single=row.single)}{unit} | {base} "
            f"| {row.target} | {result} | {row.note} |"
        )
    return "\n".join(lines)


def write_report(path: Path, bench: Bench, info: dict[str, str], command: str, took: float) -> None:
    kept = ""
    if path.exists():
        text = path.read_text(encoding="utf-8")
        if KEEP_MARKER in text:
            kept = text.split(KEEP_MARKER, 1)[1]
    missed = [row for row in bench.rows if row.verdict == "MISS"]
    starred = [row for row in bench.rows if row.verdict.endswith("*")]
    parts = [
        "# Performance",
        "",
        "Written by `make bench` (tools/bench/); do not edit above the marker line, the next run "
        "replaces it. Each figure is the median and the 99th percentile over repeated runs (with "
        "ten runs the p99 is close to the slowest), beside a bare PySide6 or sqlite3 baseline "
        "measured in the same run on the same machine. Targets are reported, never enforced.",
        "",
        f"- Date: {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')}",
        f"- Machine: {info['nproc']} CPUs usable ({info['cpus']} online), {info['cpu']}, "
        f"{info['memory']} RAM, Linux {info['kernel']}",
        f"- Software: Python {info['python']}, {info['qt']}, SQLite {info['sqlite']}",
        f"- Command: `{command}` ({took:.0f} s)",
        "",
        table(bench.rows),
        "",
    ]
    if missed:
        parts += ["Missed targets: " + "; ".join(f"{r.section} ({r.what})" for r in missed), ""]
    if starred:
        parts += ["A result marked * passed only thanks to other processes; see its notes.", ""]
    if bench.notes:
        parts += ["Notes from this run:", "", *[f"- {note}" for note in bench.notes], ""]
    parts += [
        "## How each figure is taken",
        "",
        "1. **Cold start**: `python main.py --smoke --data-dir <tmp>` as a whole process, wall "
        "time from spawn to exit, and the time it prints (QApplication creation to the first "
        "paint event of the start screen). Baseline: tools/bench/bare_window.py, a QWidget with "
        "about 300 words in QLabels at the kiosk's font size, quitting on its first paint. Both "
        "run with `QT_QPA_PLATFORM=offscreen`, warm file cache, after one untimed run each. "
        "The breakdown rows time the same steps inside one process.",
        "2. **Memory**: PSS from /proc/self/smaps_rollup in a process that built the real window "
        "with `create_window`, showed it at 1920x1080 and visited every screen "
        "(`show_screen` for each of `screen_names()`, then processEvents). PSS shares each "
        "page among the processes that map it, so it drops while another Qt program (a test "
        "run) is up; the judged figure counts the pages of Qt, PySide6, fonts and Python whole, "
        "as on a kiosk where the app is their only user. Measured PSS, RSS and USS follow as "
        "information.",
        "3. **Screen switch**: `show_screen(name) + window.repaint()` (a synchronous paint of the "
        "whole window) for every screen, after one untimed warm-up round; then the posted "
        "events are processed, untimed (the info row times them too).",
        "4. **Key tap**: `QTest.mouseClick` on `key_a` with `nameField` as the keyboard's "
        "target, until the field's text has changed (synchronous); the info row includes the "
        "repaint the event loop does next.",
        "5. **Durable commit**: `strace -f -c -e trace=fsync,fdatasync` around a child that "
        "saves 50 requests, minus one that saves none. Latency: `RequestQueue.save()` "
        "interleaved with a bare INSERT into the same schema with the same pragmas (WAL, "
        "synchronous=FULL, BEGIN IMMEDIATE ... COMMIT), each into its own database.",
        "6. **Export**: `kiosk.storage.export.export_requests` (when it exists) against a "
        "csv.writer streaming the same rows from the same database, copied fresh before each "
        "run; tracemalloc peaks at a tenth of the rows and at all of them show whether memory "
        "stays bounded.",
        "7. **Idle CPU**: utime+stime from /proc/<pid>/stat of a child showing the real window "
        "on the start screen with its event loop running, over `BENCH_IDLE_SECONDS` (default "
        "60) split into six windows; the bare window runs alongside.",
        "",
        KEEP_MARKER,
    ]
    path.write_text("\n".join(parts) + (kept or "\n"), encoding="utf-8")


def main() -> int:
    started = time.perf_counter()
    idle_seconds = setting("BENCH_IDLE_SECONDS", 60)
    command = " ".join(
        [
            *(f"{k}={os.environ[k]}" for k in sorted(os.environ) if k.startswith("BENCH_")),
            "python -m tools.bench",
        ]
    )
    info = machine()
    print(
        f"make bench on {info['nproc']} CPUs ({info['cpu']}), Python {info['python']}, "
        f"{info['qt']}, SQLite {info['sqlite']}",
        flush=True,
    )
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as scratch:
        bench = Bench(Path(scratch))
        steps: list[tuple[str, Callable[[], None]]] = [
            ("startup", lambda: bench.startup(int(setting("BENCH_STARTUP_RUNS", 10)))),
            ("memory", lambda: bench.memory(int(setting("BENCH_MEMORY_RUNS", 5)))),
            ("ui", lambda: bench.ui(int(setting("BENCH_UI_ROUNDS", 30)))),
            ("storage", lambda: bench.storage(int(setting("BENCH_SAVES", 300)))),
            (
                "export",
                lambda: bench.export(
                    int(setting("BENCH_EXPORT_ROWS", 100_000)), int(setting("BENCH_EXPORT_RUNS", 3))
                ),
            ),
            ("idle", lambda: bench.idle(idle_seconds)),
        ]
        for name, step in steps:
            try:
                step()
            except Exception as error:  # one broken measurement must not hide the others
                bench.notes.append(f"{name} measurement failed: {error!r}")
                print(f"bench: {name} measurement failed: {error!r}", file=sys.stderr)
    took = time.perf_counter() - started
    print()
    print(table(bench.rows))
    print()
    for note in bench.notes:
        print(f"note: {note}")
    missed = [row for row in bench.rows if row.verdict == "MISS"]
    for row in missed:
        print(
            f"MISS: {row.section}: {row.what}: "
            f"{figures(row.samples, row.unit, single=row.single)} {row.unit}, "
            f"target {row.target}"
        )
    print(
        f"{len(missed)} target(s) missed, "
        f"{sum(r.verdict == 'PASS' for r in bench.rows)} met; took {took:.0f} s"
    )
    destination = os.environ.get("BENCH_REPORT", str(REPORT))
    if destination != "-":
        write_report(Path(destination), bench, info, command, took)
        print(f"wrote {destination}")
    return 0
