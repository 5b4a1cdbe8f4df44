"""Child process that measures the real kiosk window (built by kiosk.app.create_window).

``python -m tools.bench.kiosk_probe MODE [COUNT]`` with QT_QPA_PLATFORM set by the parent:

  pss      build at 1920x1080, show, visit every screen, report PSS (and PSS after the first
           paint)
  ui       screen switches (show_screen + repaint) and on-screen key taps, COUNT rounds
  idle     show the start screen and run the event loop until killed ("ready" once painted)
  startup  where the time of a cold start goes: imports, QApplication, create_window, first
           paint (the same steps as ``main.py --smoke``)
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from tools.bench.common import pss_alone_mib, pss_mib, report, smaps_mib
from tools.bench.nonerefs import affected, none_refs, pin_none

STARTED = time.perf_counter()

from PySide6.QtCore import QEvent, QObject, QPoint, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget  # noqa: E402

from kiosk.app import LANDSCAPE, create_window  # noqa: E402
from kiosk.config import Config  # noqa: E402
from kiosk.ui.window import KioskWindow  # noqa: E402

IMPORTED = time.perf_counter()


class _Painted(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def build(data_dir: Path) -> tuple[QApplication, KioskWindow]:
    app = QApplication(sys.argv[:1])
    app.setApplicationName("rfa-kiosk")
    window = create_window(Config(), data_dir)
    window.allow_close()
    return app, window


def show_and_paint(app: QApplication, window: KioskWindow, watched: QWidget) -> None:
    probe = _Painted()
    watched.installEventFilter(probe)
    window.resize(LANDSCAPE)
    window.show()
    deadline = time.monotonic() + 15
    while not probe.painted and time.monotonic() < deadline:
        app.processEvents()
    watched.removeEventFilter(probe)
    if not probe.painted:
        raise RuntimeError("the start screen was never painted")
    for _ in range(5):
        app.processEvents()


def pss(data_dir: Path) -> int:
    pin_none()
    app, window = build(data_dir)
    show_and_paint(app, window, window.start_page)
    first = pss_mib()
    for name in window.screen_names():
        window.show_screen(name)
        for _ in range(3):
            app.processEvents()
    window.show_screen("start")
    app.processEvents()
    memory = smaps_mib()
    report(
        {
            "pss_first_paint_mib": first,
            "pss_mib": memory["pss"],
            "rss_mib": memory["rss"],
            "uss_mib": memory["uss"],
            "alone_mib": pss_alone_mib(),
            "screens": window.screen_names(),
        }
    )
    return 0


def ui(data_dir: Path, rounds: int) -> int:
    app, window = build(data_dir)
    show_and_paint(app, window, window.start_page)
    none_at_start = none_refs()
    pin_none()  # see nonerefs.py: without it Python 3.11 aborts after ~1,000 switches
    names = window.screen_names()
    for name in names:  # warm-up: first show of each page polishes and lays it out
        window.show_screen(name)
        window.repaint()
        app.processEvents()
    switch_ms: dict[str, list[float]] = {name: [] for name in names}
    switch_events_ms: list[float] = []
    none_before = none_refs()
    for _ in range(rounds):
        for name in names:
            started = time.perf_counter()
            window.show_screen(name)
            window.repaint()
            switch_ms[name].append((time.perf_counter() - started) * 1000)
            app.processEvents()
            switch_events_ms.append((time.perf_counter() - started) * 1000)
    none_per_switch = (none_before - none_refs()) / (rounds * len(names))

    none_before = none_refs()
    tap_ms, tap_painted_ms = taps(app, window, rounds * len(names))
    none_per_tap = (none_before - none_refs()) / len(tap_ms)
    report(
        {
            "switch_ms": switch_ms,
            "switch_events_ms": switch_events_ms,
            "tap_ms": tap_ms,
            "tap_painted_ms": tap_painted_ms,
            "none_affected": affected(),
            "none_at_start": none_at_start,
            "none_lost_per_switch": none_per_switch if affected() else 0.0,
            "none_lost_per_tap": none_per_tap if affected() else 0.0,
        }
    )
    return 0


def taps(app: QApplication, window: KioskWindow, count: int) -> tuple[list[float], list[float]]:
    """Taps key_a with the name field as the keyboard's target, as a patient types."""
    window.show_screen("start")
    window.show_screen("form")
    app.processEvents()
    field = window.form_page.findChild(QLineEdit, "nameField")
    if field is None:
        raise RuntimeError("no nameField on the form")
    QTest.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    app.processEvents()
    keys = [k for k in window.form_page.findChildren(QPushButton, "key_a") if k.isVisible()]
    if len(keys) != 1:
        raise RuntimeError(f"{len(keys)} visible key_a buttons after touching the name field")
    key = keys[0]
    text_ms: list[float] = []
    painted_ms: list[float] = []
    for _ in range(count):
        if len(field.text()) >= 90:  # the field holds 100: start again, untimed
            field.setText("")
            app.processEvents()
        before = field.text()
        started = time.perf_counter()
        QTest.mouseClick(key, Qt.MouseButton.LeftButton)
        changed = field.text() != before
        text_ms.append((time.perf_counter() - started) * 1000)
        app.processEvents()  # what the event loop does next: repaint the key and the field
        painted_ms.append((time.perf_counter() - started) * 1000)
        if not changed:
            raise RuntimeError("a tap on key_a did not change the name field")
    return text_ms, painted_ms


def idle(data_dir: Path) -> int:
    pin_none()
    app, window = build(data_dir)
    show_and_paint(app, window, window.start_page)
    print("ready", flush=True)
    return app.exec()


def startup(data_dir: Path) -> int:
    """The steps of main.py --smoke, timed one by one (imports were timed at module load)."""
    before_app = time.perf_counter()
    app = QApplication(sys.argv[:1])
    app.setApplicationName("rfa-kiosk")
    made_app = time.perf_counter()
    window = create_window(Config(), data_dir)
    window.allow_close()
    built = time.perf_counter()
    show_and_paint(app, window, window.start_page)
    painted = time.perf_counter()
    report(
        {
            "imports_s": IMPORTED - STARTED,
            "qapplication_s": made_app - before_app,
            "create_window_s": built - made_app,
            "show_paint_s": painted - built,
        }
    )
    return 0


def main(argv: list[str]) -> int:
    mode = argv[1] if len(argv) > 1 else "pss"
    count = int(argv[2]) if len(argv) > 2 else 30
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as data:
        data_dir = Path(data) / "data"
        if mode == "pss":
            return pss(data_dir)
        if mode == "ui":
            return ui(data_dir, count)
        if mode == "idle":
            return idle(data_dir)
        if mode == "startup":
            return startup(data_dir)
    print(f"unknown mode {mode!r}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
