"""`make soak`: thousands of simulated patients through the real kiosk window, offscreen.

Each session is a patient: reading paths (topics, Next and Previous, Back and Home), requests
typed partly on the on-screen keyboard and partly as pasted or physical-keyboard text from a
corpus of awkward strings (emoji, right-to-left, combining marks, very long, empty, control
characters), review and change, submissions (some urgent), abandoned forms, "Start over",
idle time-outs through the real timers and through the idle guard's expiry signal, "I'm still
here" answers, and the language button and display panel when the window has them. Every 500
sessions a staff export and purge run when kiosk.storage has them.

After a warm-up it samples, every 500 sessions: RSS, tracemalloc, live widgets, shiboken
wrappers, QTimers, threads, file descriptors, the WAL's size and the submit latency; at the end
it checks that nothing grows and exits 1 if something does (a soak is a check, unlike
`make bench`).

Settings (environment): SOAK_SESSIONS (default 10000), SOAK_SEED (1), SOAK_WARMUP (500),
SOAK_EVERY (500), SOAK_PIN_NONE (1: on Python < 3.12 give None a reference count it cannot run
out of, so the run finishes and reports the PySide6 reference loss as a failed check instead of
aborting; 0: let it abort, as a kiosk would).
"""

from __future__ import annotations

import dataclasses
import gc
import math
import os
import random
import shutil
import sys
import tempfile
import threading
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
if os.environ.get("QT_QPA_PLATFORM", "offscreen").startswith("offscreen"):
    # A virtual screen that holds the 1920x1080 window (Qt's default offscreen one is 800x800).
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={ROOT / 'tools/offscreen-screen.json'}"

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

from kiosk.app import LANDSCAPE, create_window  # noqa: E402
from kiosk.config import Config  # noqa: E402
from kiosk.ui.session import IdleGuard, IdleTimes  # noqa: E402
from kiosk.ui.widgets.keyboard import key_name  # noqa: E402
from kiosk.ui.window import KioskWindow  # noqa: E402
from tools.bench.common import median, p99  # noqa: E402
from tools.bench.nonerefs import (  # noqa: E402
    PINNED,
    SINGLETONS,
    affected,
    pin_none,
    singleton_refs,
)

try:
    import shiboken6
except ImportError:  # pragma: no cover - PySide6 always ships it
    shiboken6 = None  # type: ignore[assignment]

IDLE = IdleTimes(
    reading_ms=400, form_ms=400, warning_ms=120, thank_you_ms=150, attract_change_ms=100
)
"""Short enough to wait for in a soak, long enough never to fire between two taps."""

TRICKY = [
    "",
    " ",
    "   \t ",
    "Ana Ruiz",
    "José Ñúñez-Müller",
    "Zoë O'Brien",
    "李小龍",
    "محمد عبد الله",
    "שרה כהן",
    "Nguyễn Văn Anh",
    "e\u0301e\u0301e\u0301 combining",
    "Z\u0337\u0322\u034ea\u0335l\u0338g\u0336o\u0334 text",
    "😊👍🏽 emoji",
    "👨\u200d👩\u200d👧\u200d👦 family",
    "🇪🇸🇺🇸 flags",
    "\u202eevil override",
    "bidi \u2067isolate\u2069",
    "nul\x00byte",
    "tab\tand\nnewline",
    '=HYPERLINK("http://x","y")',
    "＝SUM(A1:A9)",  # noqa: RUF001 (a full-width equals sign, on purpose)
    "+1 555 0100",
    "@mention",
    "'); DROP TABLE requests;--",
    "<b>bold</b> &amp; <script>",
    "%s %d {0} {name}",
    "a" * 100,
    "b" * 101,
    "x" * 1999,
    "y" * 2001,
    "word " * 400,
    "nospace" * 300,
    "\u00a0\u2007\u202f odd spaces",
    "ﬁ ligature ǅ titlecase ẞ",
    "I have chest pain and can't breathe",
    "My face is drooping since this morning",
]
PHONES = [
    "555-201-4477",
    "(555) 201 4477",
    "+44 20 7946 0958",
    "12",
    "call me",
    "+1 \u0665\u0665\u0665 0100",  # Arabic-Indic digits
]
EMAILS = ["ana@example.org", "josé@exämple.com", "no-at-sign", "a@b", "x" * 250 + "@ex.org"]


def key_clicks(widget: QWidget, text: str) -> None:
    """Types ``text`` as a physical keyboard with an input method would: one key press and
    release per character, carrying the character (QTest.keyClicks only knows ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def setting(name: str, default: int) -> int:
    value = os.environ.get(name, "")
    return int(value) if value.strip() else default


class WrongScreenError(Exception):
    """The window was not where the patient expected it to be."""


@dataclasses.dataclass
class Sample:
    session: int
    rss_kib: int
    traced_kib: float
    widgets: int
    wrappers: int
    timers: int
    active_timers: int
    threads: int
    tasks: int
    fds: int
    wal_kib: float
    gc_objects: int
    singletons: dict[str, int]
    submit_p50_ms: float
    submit_p99_ms: float


class Patient:
    """Drives the window like a person: taps and typing, never private attributes."""

    def __init__(self, app: QApplication, window: KioskWindow, rng: random.Random) -> None:
        self.app = app
        self.window = window
        self.rng = rng
        self._buttons: dict[str, list[QAbstractButton]] = {}
        self.submit_ms: list[float] = []
        self.counts: dict[str, int] = {}
        guard = window.findChild(IdleGuard)
        if guard is None:
            raise RuntimeError("the window has no IdleGuard")
        self.guard = guard
        self.has_display_panel = bool(window.findChildren(QPushButton, "displayButton"))
        self.has_languages = any(
            b.isVisible() for b in window.findChildren(QPushButton, "startLanguageButton")
        )

    # Touch --------------------------------------------------------------------------------

    def buttons(self, name: str) -> list[QAbstractButton]:
        cached = self._buttons.get(name)
        if cached is None or not all(shiboken6.isValid(b) for b in cached):
            cached = list(self.window.findChildren(QAbstractButton, name))
            self._buttons[name] = cached
        return cached

    def visible(self, name: str) -> QAbstractButton | None:
        shown = [b for b in self.buttons(name) if b.isVisible()]
        return shown[0] if len(shown) == 1 else None

    def press(self, widget: QWidget, spot: QPoint | None = None) -> None:
        """Scrolls ``widget`` into view as a finger would, then taps it at ``spot``.

        QTest delivers the click where the widget is on the window, so whatever covers that
        spot gets it; a tap that would land on something else is an error, not a tap."""
        spot = spot or widget.rect().center()
        for attempt in range(2):
            parent = widget.parentWidget()
            while parent is not None:
                if isinstance(parent, QScrollArea):
                    parent.ensureWidgetVisible(widget)
                parent = parent.parentWidget()
            hit = self.window.childAt(widget.mapTo(self.window, spot))
            if hit is widget or (hit is not None and widget.isAncestorOf(hit)):
                break
            if attempt == 0:
                self.count("waited for the screen to settle before a tap")
                self.settle()
                continue
            covered = f"{type(hit).__name__} {hit.objectName()!r}" if hit else "nothing"
            raise WrongScreenError(
                f"{widget.objectName() or type(widget).__name__} is covered by {covered} "
                f"on {self.page_name()}"
            )
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=spot)

    def tap(self, name: str) -> None:
        button = self.visible(name)
        if button is None:
            detail = ""
            if name.startswith("key_"):
                keyboard = self.window.form_page.findChild(QWidget, "onScreenKeyboard")
                detail = f" (keyboard visible: {keyboard is not None and keyboard.isVisible()})"
            raise WrongScreenError(f"no visible {name} on {self.page_name()}{detail}")
        self.press(button)

    def settle(self) -> None:
        """What the event loop does between two touches: posted events, paints, deletes."""
        self.app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def page_name(self) -> str:
        page = self.window.current_page()
        return page.objectName() or type(page).__name__

    def expect(self, page: QWidget, what: str) -> None:
        if self.window.current_page() is not page:
            errors = [
                f"{label.objectName()}: {label.text()}"
                for label in self.window.form_page.findChildren(QLabel)
                if label.objectName().startswith("error_") and label.isVisible()
            ]
            shown = f" showing {'; '.join(errors)}" if errors else ""
            raise WrongScreenError(f"expected {what}, found {self.page_name()}{shown}")

    def count(self, what: str) -> None:
        self.counts[what] = self.counts.get(what, 0) + 1

    # Sessions -----------------------------------------------------------------------------

    def session(self) -> None:
        """One patient, from the start screen back to it."""
        window = self.window
        self.expect(window.start_page, "the start screen")
        kind = self.rng.choices(
            ["reader", "request", "change", "abandon", "display", "language"],
            weights=[
                30,
                44,
                10,
                14,
                0.5 if self.has_display_panel else 0,
                1.5 if self.has_languages else 0,
            ],
        )[0]
        self.count(kind)
        if kind == "language" and self.visible("startLanguageButton") is not None:
            self.tap("startLanguageButton")
            self.settle()
            self.expect(window.start_page, "the start screen after choosing a language")
        QTest.mouseClick(window.start_page, Qt.MouseButton.LeftButton, pos=QPoint(200, 200))
        self.expect(window.menu_page, "the menu after a touch on the start screen")
        self.settle()
        if kind == "reader":
            self.read(self.rng.randint(1, 8))
            self.leave()
        elif kind == "request":
            if self.rng.random() < 0.6:
                self.read(self.rng.randint(1, 4))
            self.tap("askButton")
            self.request(change_first=False)
        elif kind == "change":
            self.tap("askButton")
            self.request(change_first=True)
        elif kind == "abandon":
            self.tap("askButton")
            self.fill(self.rng.random())
            self.leave(form=True)
        elif kind == "display":
            self.read(1)
            self.display_panel()
            self.read(self.rng.randint(1, 3))
            self.leave()
        else:
            self.read(self.rng.randint(1, 3))
            if self.visible("languageButton") is not None:
                self.tap("languageButton")  # and the page goes on in the other language
                self.settle()
            self.read(self.rng.randint(0, 2))
            if self.rng.random() < 0.5:
                self.tap("askButton")
                self.request(change_first=False)
            else:
                self.leave()
        self.settle()
        self.expect(window.start_page, "the start screen after the session")

    def read(self, pages: int) -> None:
        """Chooses a topic or the walkthrough, then Next / Previous / Back / Home."""
        window = self.window
        if window.current_page() is not window.menu_page:
            self.tap("homeButton")
        if self.rng.random() < 0.3:
            self.tap("walkthroughButton")
        else:
            self.open_topic()
        self.settle()
        for _ in range(pages):
            if window.current_page() is window.start_page:  # Back past the first page
                QTest.mouseClick(window.start_page, Qt.MouseButton.LeftButton, pos=QPoint(9, 9))
                self.settle()
            if window.current_page() is window.menu_page:
                self.open_topic()
                self.settle()
                continue
            if window.current_page() is window.teach_back_page:  # the walkthrough's end
                self.check()
                continue
            move = self.rng.random()
            if move < 0.6:
                self.tap("nextButton")
            elif move < 0.8 and self.visible("previousButton") is not None:
                self.tap("previousButton")
            elif move < 0.9:
                self.tap("backButton")
            else:
                self.tap("homeButton")
            self.settle()
        if window.current_page() is window.start_page:
            QTest.mouseClick(window.start_page, Qt.MouseButton.LeftButton, pos=QPoint(9, 9))
            self.settle()

    def check(self) -> None:
        """One answer of the check of what was learned; when unsure, sometimes "Ask my care
        team this" (a question kept for the form until the reset); then Home."""
        self.count("check")
        answer = self.rng.choice(["answerButton_0", "answerButton_1", "notSureButton"])
        self.tap(answer)
        self.settle()
        # Back at a question answered earlier in the session, the answer stays as it was.
        ask = self.visible("askCareTeamButton")
        if ask is not None and ask.isEnabled() and self.rng.random() < 0.5:
            self.press(ask)
            self.settle()
        self.tap("homeButton")
        self.settle()

    def open_topic(self) -> None:
        tiles = [
            b
            for b in self.window.menu_page.findChildren(QAbstractButton)
            if b.objectName().startswith("topic_") and b.isVisible()
        ]
        if not tiles:
            raise WrongScreenError("no topic tiles on the menu")
        tile = self.rng.choice(tiles)
        self.press(tile)

    def leave(self, *, form: bool = False) -> None:
        """The patient walks away (or taps Start over on a form)."""
        if form and self.rng.random() < 0.35:
            self.count("start over")
            self.tap("startOverButton")
            return
        how = self.rng.random()
        if how < 0.05:
            self.count("idle: real timers")
            self.wait_for(lambda: self.window.current_page() is self.window.start_page, 3.0)
        elif how < 0.07:
            self.count("idle: still here, then timers")
            self.wait_for(self.overlay_open, 3.0)
            self.tap("stillHereButton")
            self.settle()
            self.wait_for(lambda: self.window.current_page() is self.window.start_page, 3.0)
        else:
            self.count("idle: expiry path")
            self.guard.expired.emit()

    def dwell(self, seconds: float) -> None:
        """Nobody at the kiosk: the event loop runs (timers tick) for ``seconds``."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.01)

    def overlay_open(self) -> bool:
        return self.visible("stillHereButton") is not None

    def wait_for(self, condition: Callable[[], bool], seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > deadline:
                raise WrongScreenError(f"waited {seconds} s in vain on {self.page_name()}")
            self.app.processEvents()
            time.sleep(0.002)

    def display_panel(self) -> None:
        self.tap("displayButton")
        self.settle()
        sizes = [
            b.objectName()
            for b in self.window.findChildren(QAbstractButton)
            if b.objectName().startswith("textSize") and b.isVisible()
        ]
        if sizes:
            self.tap(self.rng.choice(sizes))
        for chip in ("highContrastChip", "seatedChip"):
            if self.rng.random() < 0.3 and self.visible(chip) is not None:
                self.tap(chip)
        self.tap("displayDoneButton")
        self.settle()

    # The form -----------------------------------------------------------------------------

    def field(self, name: str) -> QLineEdit | QPlainTextEdit:
        form = self.window.form_page
        found = form.findChild(QLineEdit, name) or form.findChild(QPlainTextEdit, name)
        if found is None:
            raise WrongScreenError(f"no {name} on the form")
        return found

    def touch(self, name: str) -> QLineEdit | QPlainTextEdit:
        """Scrolls the field into view and touches it, until the keyboard types into it."""
        editor = self.field(name)
        target = editor.viewport() if isinstance(editor, QPlainTextEdit) else editor
        keyboard = self.window.form_page.findChild(QWidget, "onScreenKeyboard")
        for _ in range(3):
            self.press(target, QPoint(20, 20))
            if keyboard is None or (
                keyboard.isVisible() and getattr(keyboard, "target", lambda: editor)() is editor
            ):
                return editor
            self.count("touched a field again (keyboard did not come up)")
            self.settle()
        raise WrongScreenError(f"touching {name} three times did not bring up the keyboard")

    def type_on_keys(self, text: str) -> None:
        for char in text:
            if char.isupper():
                self.tap("key_shift")
            self.tap(key_name(char.lower()))

    def enter(self, name: str, text: str, *, keys: str = "") -> None:
        """Touches a field, types ``keys`` on the on-screen keyboard, then the rest as a
        physical keyboard or a paste would (any Unicode)."""
        editor = self.touch(name)
        if keys:
            self.type_on_keys(keys)
        if text:
            if len(text) <= 40 and self.rng.random() < 0.5:
                key_clicks(editor, text)  # key events, one per character
            elif isinstance(editor, QLineEdit):
                editor.insert(text)
            else:
                editor.insertPlainText(text)
        if self.rng.random() < 0.2:
            self.tap("key_backspace")

    def tricky(self) -> str:
        return self.rng.choice(TRICKY)

    def fill(self, how_far: float) -> None:
        """Fills the form, up to ``how_far`` (0..1) of the way."""
        rng = self.rng
        self.expect(self.window.form_page, "the form")
        appointment = rng.random() < 0.3
        if appointment:
            self.tap("kind_appointment")
        self.enter("nameField", self.tricky() if rng.random() < 0.5 else "", keys="Ana")
        if how_far < 0.3:
            return
        contact = rng.choice(["phone", "email", "front_desk"])
        self.tap(f"contact_{contact}")
        if contact == "phone" or rng.random() < 0.2:
            editor = self.touch("phoneField")
            for digit in rng.choice(["5552014477", "2125550100"]):
                self.tap(f"key_{digit}")
            if rng.random() < 0.2 and isinstance(editor, QLineEdit):
                editor.selectAll()  # then a pasted number replaces the typed one
                editor.insert(rng.choice(PHONES))
        if contact == "email" or rng.random() < 0.1:
            self.enter("emailField", rng.choice(EMAILS))
        if appointment:
            for slot in rng.sample(["weekday_morning", "weekday_evening", "saturday"], 2):
                self.tap(f"slot_{slot}")
        if how_far < 0.6:
            return
        if rng.random() < 0.2:
            self.tap("topicButton")
            choices = [
                b.objectName()
                for b in self.window.form_page.findChildren(QPushButton)
                if b.objectName().startswith("topicChoice_") and b.isVisible()
            ]
            self.tap(rng.choice(choices))
        self.enter(
            "messageField",
            " ".join(self.tricky() for _ in range(rng.randint(0, 3))),
            keys=rng.choice(["can i", "dolor", "", "when"]),
        )
        if rng.random() < 0.05:
            self.tap("key_hide")
        if rng.random() < 0.95:
            self.tick_consent()

    def tick_consent(self) -> None:
        consent = self.window.form_page.findChild(QCheckBox, "consentBox")
        if consent is None:
            raise WrongScreenError("no consentBox")
        for _ in range(3):
            if consent.isChecked():
                return
            self.press(consent)
            if not consent.isChecked():
                self.count("tapped the consent box again")
                self.settle()
        raise WrongScreenError("the consent box did not tick")

    def fix(self) -> None:
        """After errors: plain valid values, as a patient would correct them."""
        for name in ("nameField", "phoneField", "emailField"):
            editor = self.field(name)
            if isinstance(editor, QLineEdit):
                editor.setText("")
        self.enter("nameField", "", keys="Bo")
        self.tap("contact_front_desk")
        message = self.field("messageField")
        if isinstance(message, QPlainTextEdit):
            message.setPlainText("")
        self.enter("messageField", "", keys="ok")
        self.tick_consent()

    def request(self, *, change_first: bool) -> None:
        window = self.window
        self.fill(1.0)
        self.tap("reviewButton")
        self.settle()
        if window.current_page() is window.form_page:  # errors shown next to the fields
            self.count("form with errors")
            if self.rng.random() < 0.3:
                self.leave(form=True)
                return
            self.fix()
            self.tap("reviewButton")
            self.settle()
        self.expect(window.review_page, "the review page")
        if change_first:
            self.tap("changeButton")
            self.enter("messageField", " " + self.tricky()[:50])
            self.tap("reviewButton")
            self.settle()
            if window.current_page() is window.form_page:
                self.fix()
                self.tap("reviewButton")
                self.settle()
            self.expect(window.review_page, "the review page after a change")
        if self.rng.random() < 0.08:
            self.count("abandoned on review")
            self.leave()
            return
        started = time.perf_counter()
        self.tap("sendButton")
        if window.current_page() not in (window.thanks_page, window.urgent_page):
            raise WrongScreenError(f"send led to {self.page_name()}")
        self.submit_ms.append((time.perf_counter() - started) * 1000)
        self.count("submitted")
        self.settle()
        if window.current_page() is window.urgent_page:
            self.count("urgent")
            self.tap("urgentOkButton")
        self.expect(window.thanks_page, "the thank-you page")
        if self.rng.random() < 0.8:
            self.tap("doneButton")
        else:
            self.count("thank-you timed out")
            self.wait_for(lambda: window.current_page() is window.start_page, 3.0)


class Staff:
    """Export and purge every so often, if kiosk.storage has them (looked up at run time)."""

    def __init__(self, data_dir: Path, scratch: Path) -> None:
        self.data_dir = data_dir
        self.out_dir = scratch / "exports"
        self.notes: list[str] = []
        self.errors: list[str] = []
        self.exported = 0
        self.purged = 0
        from tools.bench.export import find_export  # noqa: PLC0415

        self.export, why = find_export()
        if self.export is None:
            self.notes.append(f"staff export skipped: {why}")
        self.purge: Callable[..., Any] | None = None
        self.open_database: Callable[[Path], Any] | None = None
        try:
            from kiosk.storage.database import Database  # noqa: PLC0415
            from kiosk.storage.retention import purge_handled  # noqa: PLC0415

            self.purge, self.open_database = purge_handled, Database.open
        except ImportError as error:
            self.notes.append(f"staff purge skipped: {error}")

    def run(self) -> None:
        from kiosk.requests.model import Status  # noqa: PLC0415
        from kiosk.storage import RequestQueue  # noqa: PLC0415
        from tools.bench.export import export_arguments  # noqa: PLC0415

        try:
            if self.export is not None:
                shutil.rmtree(self.out_dir, ignore_errors=True)
                self.out_dir.mkdir(mode=0o700)
                with export_arguments(
                    self.export, self.data_dir, self.out_dir, {"mark_exported": True}
                ) as arguments:
                    result = self.export(**arguments)
                self.exported += int(getattr(result, "count", 0))
            if self.purge is not None and self.open_database is not None:
                with RequestQueue.open(self.data_dir) as queue:
                    ids = [s.request.id for s in queue.requests(Status.EXPORTED)]
                    queue.set_status(ids, Status.HANDLED)
                with self.open_database(self.data_dir) as database:
                    self.purged += int(self.purge(database, 0, staff_name="soak"))
        except Exception as error:
            self.errors.append(repr(error))


def wal_kib(data_dir: Path) -> float:
    wal = data_dir / "requests.db-wal"
    return wal.stat().st_size / 1024 if wal.exists() else 0.0


def sample(session: int, window: KioskWindow, wal: float, submit_ms: list[float]) -> Sample:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    gc.collect()
    timers = {id(t): t for t in [*app.findChildren(QTimer), *window.findChildren(QTimer)]}
    return Sample(
        session=session,
        rss_kib=rss_kib(),
        traced_kib=tracemalloc.get_traced_memory()[0] / 1024 if tracemalloc.is_tracing() else 0,
        widgets=len(QApplication.allWidgets()),
        wrappers=len(shiboken6.getAllValidWrappers()) if shiboken6 is not None else -1,
        timers=len(timers),
        active_timers=sum(t.isActive() for t in timers.values()),
        threads=threading.active_count(),
        tasks=len(os.listdir("/proc/self/task")),
        fds=len(os.listdir("/proc/self/fd")),
        wal_kib=wal,
        gc_objects=len(gc.get_objects()),
        singletons=singleton_refs(),
        submit_p50_ms=median(submit_ms) if submit_ms else math.nan,
        submit_p99_ms=p99(submit_ms) if submit_ms else math.nan,
    )


def rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def slope(xs: list[float], ys: list[float]) -> float:
    """Least-squares slope of ys over xs."""
    if len(xs) < 2:
        return 0.0
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    if spread == 0:
        return 0.0
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread


HEADER = (
    f"{'session':>8} {'RSS KiB':>9} {'traced KiB':>10} {'widgets':>7} {'wrappers':>8} "
    f"{'timers':>6} {'active':>6} {'threads':>7} {'tasks':>5} {'fds':>4} {'WAL KiB':>8} "
    f"{'gc objs':>8} {'None refs':>10} {'submit p50':>10} {'p99 ms':>7}"
)


def table_row(s: Sample) -> str:
    # A pinned None shows as the change from the pinned count.
    none = s.singletons["None"]
    refs = f"{none - PINNED:+d}" if none > PINNED // 2 else str(none)
    return (
        f"{s.session:>8} {s.rss_kib:>9} {s.traced_kib:>10.0f} {s.widgets:>7} "
        f"{s.wrappers:>8} {s.timers:>6} {s.active_timers:>6} {s.threads:>7} {s.tasks:>5} "
        f"{s.fds:>4} {s.wal_kib:>8.0f} {s.gc_objects:>8} {refs:>10} "
        f"{s.submit_p50_ms:>10.2f} {s.submit_p99_ms:>7.2f}"
    )


def judge(
    samples: list[Sample],
    submit_log: list[tuple[int, float]],
    *,
    warmup: int,
    total: int,
    failures: int,
    staff: Staff,
    at_start: dict[str, int],
) -> list[tuple[str, bool, str]]:
    checks: list[tuple[str, bool, str]] = []
    for name in ("widgets", "wrappers", "timers", "active_timers", "threads", "tasks", "fds"):
        values = [getattr(s, name) for s in samples]
        checks.append((f"{name} identical at every checkpoint", len(set(values)) <= 1, f"{values}"))
    xs = [float(s.session) for s in samples]
    rss_slope = slope(xs, [float(s.rss_kib) for s in samples])
    checks.append(
        ("RSS slope <= 1 KiB per session", rss_slope <= 1.0, f"{rss_slope:.3f} KiB/session")
    )
    traced = slope(xs, [s.traced_kib for s in samples])
    checks.append(("tracemalloc slope (info)", True, f"{traced:.3f} KiB/session"))
    first = [ms for n, ms in submit_log if warmup < n <= warmup + 1000]
    last = [ms for n, ms in submit_log if n > total - 1000]
    if first and last:
        growth = p99(last) / p99(first) - 1
        checks.append(
            (
                "submit p99, last 1,000 sessions within 20 % of the first 1,000 after warm-up",
                growth <= 0.20,
                f"{p99(first):.2f} ms -> {p99(last):.2f} ms ({growth:+.0%}; "
                f"{len(first)} and {len(last)} submissions)",
            )
        )
    else:
        checks.append(("submit p99 comparison", False, "no submissions to compare"))
    if affected() and len(samples) >= 2:
        sessions = samples[-1].session - samples[0].session
        for name in SINGLETONS:
            lost = (samples[0].singletons[name] - samples[-1].singletons[name]) / sessions
            detail = (
                f"{lost:.1f} lost per session (driver's own calls included)"
                if lost >= 0
                else f"none lost ({-lost:.1f} gained per session: an extra reference, harmless)"
            )
            if lost > 0.5:
                detail += (
                    f"; the kiosk held {at_start[name]:,} after start-up, so on Python "
                    f"{sys.version.split()[0]} it would abort ('deallocating {name}') after "
                    f"~{at_start[name] / lost:,.0f} sessions"
                )
            checks.append(
                (f"references to {name} not lost (PySide6, Python < 3.12)", lost <= 0.5, detail)
            )
    checks.append(("sessions that went wrong", failures == 0, str(failures)))
    checks.append(("staff export/purge errors", not staff.errors, "; ".join(staff.errors[:3])))
    return checks


@dataclasses.dataclass
class Soak:
    total: int
    seed: int
    warmup: int
    every: int
    scratch: Path
    samples: list[Sample] = dataclasses.field(default_factory=list)
    submit_log: list[tuple[int, float]] = dataclasses.field(default_factory=list)
    failures: list[str] = dataclasses.field(default_factory=list)
    at_start: dict[str, int] = dataclasses.field(default_factory=dict)
    cpu_started: float = 0.0
    max_wal_kib: float = 0.0
    cpu_s: float = 0.0

    def start(self) -> tuple[QApplication, KioskWindow, Path]:
        """The real window on a fresh data folder, shown at kiosk size."""
        app = QApplication(sys.argv[:1])
        app.setApplicationName("rfa-kiosk")
        config = Config()
        # Thousands of requests a minute: the per-kiosk limit would refuse nearly all of them.
        config = dataclasses.replace(
            config, requests=dataclasses.replace(config.requests, max_per_10_min=10**9)
        )
        data_dir = self.scratch / "data"
        window = create_window(config, data_dir, idle_times=IDLE)
        window.allow_close()
        window.resize(LANDSCAPE)
        window.show()
        QTest.qWaitForWindowExposed(window)
        self.at_start = singleton_refs()
        if setting("SOAK_PIN_NONE", 1) == 1 and pin_none():
            print(
                "note: Python < 3.12: the reference counts of None, True and False are pinned, "
                "so a PySide6 that drops references to them (6.12.0 did, see "
                "tools/bench/nonerefs.py) is reported below instead of aborting the run"
            )
        self.patient = Patient(app, window, random.Random(self.seed))
        self.staff = Staff(data_dir, self.scratch)
        display = (
            "exercised (displayButton found)"
            if self.patient.has_display_panel
            else "not in this build, skipped"
        )
        for note in [
            "language changes: "
            + (
                "exercised (startLanguageButton on screen)"
                if self.patient.has_languages
                else "one language configured or not built, skipped"
            ),
            f"text size / display panel: {display}",
            *self.staff.notes,
        ]:
            print(f"note: {note}")
        return app, window, data_dir

    def run(self) -> float:
        """All sessions; returns the seconds they took."""
        _, window, data_dir = self.start()
        patient, staff = self.patient, self.staff
        if setting("SOAK_TRACEMALLOC", 1):
            tracemalloc.start()
        started = time.perf_counter()
        self.cpu_started = time.process_time()
        window_submits: list[float] = []
        for n in range(1, self.total + 1):
            before = len(patient.submit_ms)
            try:
                patient.session()
            except WrongScreenError as problem:
                self.failures.append(f"session {n}: {problem}")
                window.reset()
                patient.settle()
            for ms in patient.submit_ms[before:]:
                self.submit_log.append((n, ms))
                window_submits.append(ms)
            if n % 100 == 0:  # the start screen's attract timer gets to tick now and then
                patient.dwell(0.25)
                self.max_wal_kib = max(self.max_wal_kib, wal_kib(data_dir))
            if n % self.every == 0:
                wal = wal_kib(data_dir)  # before the staff purge empties it
                staff.run()
                if n >= self.warmup:
                    self.samples.append(sample(n, window, wal, window_submits))
                    if len(self.samples) == 1:
                        print(HEADER)
                    print(table_row(self.samples[-1]), flush=True)
                window_submits = []
            if n == min(1000, self.total):
                each = (time.perf_counter() - started) / n
                cpu = (time.process_time() - self.cpu_started) / n
                print(
                    f"{n:,} sessions in {each * n:.0f} s ({each * 1000:.0f} ms each, "
                    f"{cpu * 1000:.0f} ms of CPU): {self.total:,} would take about "
                    f"{each * self.total / 60:.0f} min here, {cpu * self.total / 60:.0f} min of "
                    "CPU (the time on an otherwise idle machine)",
                    flush=True,
                )
        took = time.perf_counter() - started
        self.cpu_s = time.process_time() - self.cpu_started
        tracemalloc.stop()
        window.close()
        return took

    def report(self, took: float) -> bool:
        print()
        print(HEADER)
        for row in self.samples:
            print(table_row(row))
        print()
        counts = ", ".join(f"{k} {v:,}" for k, v in sorted(self.patient.counts.items()))
        print(
            f"sessions: {counts}; staff exported {self.staff.exported:,} and purged "
            f"{self.staff.purged:,} requests; largest WAL seen {self.max_wal_kib:,.0f} KiB"
        )
        for failure in self.failures[:10]:
            print(f"went wrong: {failure}")
        checks = judge(
            self.samples,
            self.submit_log,
            warmup=self.warmup,
            total=self.total,
            failures=len(self.failures),
            staff=self.staff,
            at_start=self.at_start,
        )
        print()
        passed = True
        for name, ok, detail in checks:
            passed &= ok
            print(f"{'PASS' if ok else 'FAIL'}  {name}: {detail}")
        print()
        print(
            f"soak {'passed' if passed else 'FAILED'}: {self.total:,} sessions in "
            f"{took / 60:.1f} min ({took / self.total * 1000:.0f} ms per session, "
            f"{self.cpu_s / self.total * 1000:.0f} ms of CPU)"
        )
        return passed


def main() -> int:
    total = setting("SOAK_SESSIONS", 10_000)
    seed = setting("SOAK_SEED", 1)
    warmup = setting("SOAK_WARMUP", 500)
    every = setting("SOAK_EVERY", 500)
    command = " ".join(
        [
            *(f"{k}={os.environ[k]}" for k in sorted(os.environ) if k.startswith("SOAK_")),
            f"QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM'].split(':')[0]}",
            f"{Path(sys.executable).name} tools/soak.py",
        ]
    )
    print(f"soak: {total:,} sessions, seed {seed}, warm-up {warmup}, sample every {every}")
    print(f"command: {command}", flush=True)
    scratch = Path(tempfile.mkdtemp(prefix="kiosk-soak-"))
    os.environ["XDG_CONFIG_HOME"] = str(scratch / "xdg-config")
    os.environ["XDG_DATA_HOME"] = str(scratch / "xdg-data")
    try:
        soak = Soak(total, seed, warmup, every, scratch)
        passed = soak.report(soak.run())
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"command: {command}")
    return 0 if passed else 1


if __name__ == "__main__":
    raise SystemExit(main())
