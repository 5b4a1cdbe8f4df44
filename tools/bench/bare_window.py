"""The bare baseline: a plain PySide6 window with as much text as a kiosk screen, nothing else.

Standalone on purpose (imports only PySide6 and the standard library), so its cold start is
what Qt itself costs on this machine. ``python tools/bench/bare_window.py MODE``:

  startup  build, show at 1920x1080, quit on the first paint event, print the time like
           ``main.py --smoke`` does ("first frame painted in X s", from QApplication creation)
  pss      build, show, paint, report PSS from /proc/self/smaps_rollup
  switch   two pages of labels in a QStackedWidget: time setCurrentIndex + repaint()
  tap      a key button typing into a QLineEdit: time QTest.mouseClick until the text changed
  idle     show and run the event loop until killed (prints "ready" once painted)
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

RESULT_PREFIX = "BENCH-RESULT "
WIDTH, HEIGHT = 1920, 1080

TITLE = "Learn about radiofrequency ablation"
INTRO = (
    "Also called rhizotomy. A short, plain guide to this treatment for joint pain, one screen "
    "at a time. Touch anywhere to start."
)
BODY = (
    "Radiofrequency ablation uses gentle heat to quiet the small nerves that carry pain "
    "signals from a joint in your spine. It is done with a thin needle, guided by an x-ray "
    "picture, while you are awake and comfortable. Most people go home the same day. Before "
    "the treatment your doctor will usually test the nerves with a numbing medicine. If the "
    "test takes most of your pain away for a few hours, the nerves are a good target for the "
    "treatment. On the day, you lie on your front on a padded table. The skin is cleaned and "
    "numbed. The doctor places the needle next to the nerve and checks its position with a "
    "small electrical signal that you may feel as a tingle or a pulse. Then the tip of the "
    "needle warms the nerve for about a minute and a half. You may feel pressure, but it "
    "should not be sharp. Afterwards you rest for a while before going home with someone who "
    "can drive you. The area may be sore for a week or two. Pain relief usually starts after "
    "two or three weeks and can last from six months to more than a year, because the nerve "
    "slowly grows back. If the pain returns, the treatment can be repeated. Ask the front desk "
    "or your care team about anything on this screen: there are no silly questions, and we "
    "would rather you ask than worry. Bring a list of your medicines and tell us about blood "
    "thinners, allergies, a pacemaker or any chance of pregnancy before the day."
)
"""About 300 words in all, like a reading screen of the kiosk."""


def smaps_mib() -> dict[str, float]:
    """Pss, Rss and USS (private pages) of this process, in MiB."""
    text = Path("/proc/self/smaps_rollup").read_text()
    kib = {key: int(value) for key, value in re.findall(r"^(\w+):\s+(\d+) kB", text, re.M)}
    return {
        "pss": kib.get("Pss", 0) / 1024,
        "rss": kib.get("Rss", 0) / 1024,
        "uss": (kib.get("Private_Clean", 0) + kib.get("Private_Dirty", 0)) / 1024,
    }


ALONE_MARKS = ("/PySide6/", "/shiboken6/", "/fonts/", "site-packages", "/python3", "/.pyenv/")


def pss_alone_mib() -> float:
    """PSS with Qt, font and Python pages counted whole (see tools/bench/common.py)."""
    total_kib = 0
    whole = False
    for line in Path("/proc/self/smaps").read_text().splitlines():
        head = line.split(maxsplit=5)
        if len(head) >= 5 and "-" in head[0] and ":" not in head[0]:
            whole = len(head) == 6 and any(mark in head[5] for mark in ALONE_MARKS)
        elif line.startswith("Rss:" if whole else "Pss:"):
            total_kib += int(line.split()[1])
    return total_kib / 1024


def report(result: dict[str, object]) -> None:
    print(RESULT_PREFIX + json.dumps(result), flush=True)


def text_page() -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(80, 60, 80, 60)
    for text in (TITLE, INTRO, *BODY.split(". Then ")):
        label = QLabel(text)
        label.setWordWrap(True)
        layout.addWidget(label)
    layout.addStretch(1)
    return page


class FirstPaint(QObject):
    def __init__(self, then: object) -> None:
        super().__init__()
        self.painted = False
        self.at = 0.0
        self._then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            self.at = time.perf_counter()
            if callable(self._then):
                QTimer.singleShot(0, self._then)
        return False


def make_app() -> QApplication:
    app = QApplication(sys.argv[:1])
    font = QFont("DejaVu Sans")
    font.setPixelSize(32)  # the kiosk's body size
    app.setFont(font)
    return app


def startup() -> int:
    started = time.perf_counter()
    app = make_app()
    window = text_page()
    probe = FirstPaint(app.quit)
    window.installEventFilter(probe)
    window.resize(WIDTH, HEIGHT)
    window.show()
    QTimer.singleShot(15_000, app.quit)
    app.exec()
    if not probe.painted:
        print("bare window: never painted", file=sys.stderr)
        return 1
    print(f"bare window: first frame painted in {probe.at - started:.3f} s")
    return 0


def shown(app: QApplication, window: QWidget) -> None:
    probe = FirstPaint(None)
    window.installEventFilter(probe)
    window.resize(WIDTH, HEIGHT)
    window.show()
    deadline = time.monotonic() + 10
    while not probe.painted and time.monotonic() < deadline:
        app.processEvents()
    for _ in range(5):
        app.processEvents()
    window.removeEventFilter(probe)


def pss() -> int:
    app = make_app()
    window = text_page()
    shown(app, window)
    memory = smaps_mib()
    report(
        {
            "pss_mib": memory["pss"],
            "rss_mib": memory["rss"],
            "uss_mib": memory["uss"],
            "alone_mib": pss_alone_mib(),
        }
    )
    return 0


def switch(rounds: int) -> int:
    app = make_app()
    window = QStackedWidget()
    for _ in range(2):
        window.addWidget(text_page())
    shown(app, window)
    samples: list[float] = []
    for i in range(rounds):
        started = time.perf_counter()
        window.setCurrentIndex(i % 2)
        window.repaint()
        samples.append((time.perf_counter() - started) * 1000)
        app.processEvents()
    report({"switch_ms": samples})
    return 0


def tap(taps: int) -> int:
    from PySide6.QtTest import QTest  # noqa: PLC0415

    app = make_app()
    window = QWidget()
    layout = QVBoxLayout(window)
    field = QLineEdit()
    field.setMaxLength(100)
    key = QPushButton("a")
    key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    key.setMinimumSize(96, 96)
    key.clicked.connect(lambda: field.insert("a"))
    layout.addWidget(field)
    layout.addWidget(key)
    layout.addStretch(1)
    shown(app, window)
    field.setFocus()
    text_ms: list[float] = []
    painted_ms: list[float] = []
    for _ in range(taps):
        if len(field.text()) >= 90:
            field.setText("")
            app.processEvents()
        before = field.text()
        started = time.perf_counter()
        QTest.mouseClick(key, Qt.MouseButton.LeftButton)
        changed = field.text() != before
        text_ms.append((time.perf_counter() - started) * 1000)
        app.processEvents()  # what the event loop does next: paint the key and the field
        painted_ms.append((time.perf_counter() - started) * 1000)
        if not changed:
            print("bare tap: the text did not change", file=sys.stderr)
            return 1
    report({"tap_ms": text_ms, "tap_painted_ms": painted_ms})
    return 0


def idle() -> int:
    app = make_app()
    window = text_page()
    shown(app, window)
    print("ready", flush=True)
    return app.exec()


def main(argv: list[str]) -> int:
    mode = argv[1] if len(argv) > 1 else "startup"
    count = int(argv[2]) if len(argv) > 2 else 400
    if mode == "startup":
        return startup()
    if mode == "pss":
        return pss()
    if mode == "switch":
        return switch(count)
    if mode == "tap":
        return tap(count)
    if mode == "idle":
        return idle()
    print(f"unknown mode {mode!r}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
