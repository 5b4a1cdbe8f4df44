"""Front-desk staff: the hidden way in, their own PIN, the panel, and locking that leaves
nothing behind."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QListWidget
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from kiosk.app import _close, create_window
from kiosk.config import Config, KioskSettings
from kiosk.requests.model import ContactMethod, Draft
from kiosk.staff import StaffDirectory
from kiosk.staff.hashing import ScryptParameters
from kiosk.storage import RequestQueue, StorageFull
from kiosk.storage.export import ExportResult, export_requests
from kiosk.storage.keeper import QueueKeeper
from kiosk.ui import background
from kiosk.ui.pages import staff_panel_page
from kiosk.ui.session import IdleTimes
from kiosk.ui.window import KioskWindow
from tests.conftest import LANDSCAPE, WindowFactory
from tests.privacy import traces_of
from tests.touch import tap
from tests.unit.content_files import builtin_files

SLOW = 60_000
PIN = "739184"
FAST_HASH = ScryptParameters(n=2**8, r=8, p=1)
POOL_WAIT_MS = 5000


def times(**changes: int) -> IdleTimes:
    base = {"reading_ms": SLOW, "form_ms": SLOW, "warning_ms": SLOW, "thank_you_ms": SLOW}
    return IdleTimes(**{**base, "staff_hold_ms": 30, **changes})


def add_staff(data_dir: Path, name: str = "Maria Lopez") -> None:
    with StaffDirectory.open(data_dir, parameters=FAST_HASH) as directory:
        directory.add(name, PIN, staff_name="test")


def hold_clinic_name(qtbot: QtBot, window: KioskWindow) -> None:
    label = window.start_page.clinic_label()
    QTest.mousePress(label, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    qtbot.waitUntil(lambda: window.current_page() is window.staff_sign_in_page)
    QTest.mouseRelease(label, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))


def sign_in(qtbot: QtBot, window: KioskWindow, pin: str = PIN) -> None:
    tap(qtbot, window, "staffName_0")
    for digit in pin:
        tap(qtbot, window, f"pin_{digit}")
    tap(qtbot, window, "pinEnter")


def message(window: KioskWindow) -> str:
    label = window.findChild(QLabel, "staffMessage")
    assert label is not None
    return label.text()


def save_a_request(window: KioskWindow, name: str, text: str) -> None:
    draft = Draft(name=name, contact=ContactMethod.FRONT_DESK, message=text, consent=True)
    window._intake.submit(draft, request_id=f"id-{name}", language="en")


def test_a_short_press_opens_nothing_and_a_long_hold_opens_sign_in(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(idle_times=times(staff_hold_ms=400))
    label = window.start_page.clinic_label()
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)  # a tap: starts the walkthrough
    assert window.current_page() is window.menu_page
    window.reset()
    hold_clinic_name(qtbot, window)
    assert message(window) == "No staff accounts yet. Ask IT to add one: kiosk staff add NAME"


def test_staff_sign_in_with_their_own_pin_and_see_the_queue(
    make_window: WindowFactory, qtbot: QtBot, data_dir: Path
) -> None:
    add_staff(data_dir)
    window = make_window(idle_times=times())
    save_a_request(window, "Zoe Marker", "Is it safe with a pacemaker?")
    hold_clinic_name(qtbot, window)
    sign_in(qtbot, window)
    qtbot.waitUntil(lambda: window.current_page() is window.staff_panel_page)
    counts = window.findChild(QLabel, "panelCounts")
    assert counts is not None
    assert counts.text().startswith("New 1 ")
    requests = window.findChild(QListWidget, "requestList")
    assert requests is not None
    assert requests.count() == 1
    assert "Zoe" not in requests.item(0).text()  # the list shows no names
    requests.setCurrentRow(0)
    details = window.findChild(QLabel, "requestDetails")
    assert details is not None
    assert "Zoe Marker" in details.text()
    assert "pacemaker" in details.text()

    tap(qtbot, window, "markHandledButton")
    assert counts.text().startswith("New 0 · Exported 0 · Handled 1")

    tap(qtbot, window, "lockButton")
    assert window.current_page() is window.start_page
    assert traces_of("Zoe", window) == []
    assert traces_of("Maria", window) == []
    assert requests.count() == 0


def test_export_writes_the_new_requests_to_the_export_folder(
    make_window: WindowFactory, qtbot: QtBot, data_dir: Path
) -> None:
    add_staff(data_dir)
    window = make_window(idle_times=times())
    save_a_request(window, "Ana", "First question")
    hold_clinic_name(qtbot, window)
    sign_in(qtbot, window)
    qtbot.waitUntil(lambda: window.current_page() is window.staff_panel_page)
    tap(qtbot, window, "exportButton")
    status = window.findChild(QLabel, "panelStatus")
    assert status is not None
    qtbot.waitUntil(lambda: status.text().startswith("Exported 1 requests to "))
    exported = list((data_dir / "exports").glob("*.csv"))
    assert len(exported) == 1
    assert "First question" in exported[0].read_text(encoding="utf-8-sig")


def test_a_wrong_pin_says_to_wait_never_how_close_it_was(
    make_window: WindowFactory, qtbot: QtBot, data_dir: Path
) -> None:
    add_staff(data_dir)
    window = make_window(idle_times=times())
    hold_clinic_name(qtbot, window)
    for attempt in range(3):
        sign_in(qtbot, window, pin="000111")
        qtbot.waitUntil(lambda: message(window).startswith("That PIN did not work"))
        if attempt < 2:
            tap(qtbot, window, "staffCancelButton")
            hold_clinic_name(qtbot, window)
    assert "wait 30 s" in message(window)
    assert window.current_page() is window.staff_sign_in_page


def test_the_tenth_wrong_pin_locks_the_account_and_names_the_command_that_opens_it(
    make_window: WindowFactory, qtbot: QtBot, data_dir: Path
) -> None:
    add_staff(data_dir)
    month_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=30)
    with StaffDirectory.open(data_dir, parameters=FAST_HASH) as directory:
        for day in range(9):  # a day apart: no wait is left by now
            directory.sign_in("Maria Lopez", "000111", now=month_ago + dt.timedelta(days=day))
    window = make_window(idle_times=times())
    hold_clinic_name(qtbot, window)
    sign_in(qtbot, window, pin="000111")
    qtbot.waitUntil(lambda: message(window).startswith("This account is locked"))
    assert message(window) == "This account is locked. Ask IT to run: kiosk staff reset NAME"


def test_the_panel_locks_after_idle_and_after_its_session_time(
    make_window: WindowFactory, qtbot: QtBot, data_dir: Path
) -> None:
    add_staff(data_dir)
    for change in ({"staff_ms": 80}, {"staff_session_ms": 80}):
        window = make_window(idle_times=times(**change))
        hold_clinic_name(qtbot, window)
        sign_in(qtbot, window)

        def on_panel(window: KioskWindow = window) -> bool:
            return window.current_page() is window.staff_panel_page

        qtbot.waitUntil(on_panel)
        qtbot.waitUntil(lambda: not on_panel())
        assert window.current_page() is window.start_page
        assert traces_of("Maria", window) == []


def test_exit_kiosk_asks_the_app_to_close_for_maintenance(
    make_window: WindowFactory, qtbot: QtBot, data_dir: Path
) -> None:
    add_staff(data_dir)
    window = make_window(kiosk_mode=True, idle_times=times())
    hold_clinic_name(qtbot, window)
    sign_in(qtbot, window)
    qtbot.waitUntil(lambda: window.current_page() is window.staff_panel_page)
    with qtbot.waitSignal(window.maintenance_exit_requested):
        tap(qtbot, window, "exitKioskButton")
    assert window.current_page() is window.start_page


def test_purge_deletes_requests_handled_before_the_retention_period(
    make_window: WindowFactory, qtbot: QtBot, data_dir: Path
) -> None:
    add_staff(data_dir)
    window = make_window(idle_times=times())
    save_a_request(window, "Old", "Handled long ago")
    save_a_request(window, "Recent", "Handled today")
    with RequestQueue.open(data_dir) as queue:
        old, recent = sorted(queue.summaries(), key=lambda s: s.created_at)
        long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=45)
        queue.mark_handled([old.id], staff_name="test", now=long_ago)
        queue.mark_handled([recent.id], staff_name="test")
    hold_clinic_name(qtbot, window)
    sign_in(qtbot, window)
    qtbot.waitUntil(lambda: window.current_page() is window.staff_panel_page)
    tap(qtbot, window, "purgeButton")
    status = window.findChild(QLabel, "panelStatus")
    assert status is not None
    qtbot.waitUntil(lambda: status.text().startswith("Deleted 1 requests handled more than 30"))
    assert "still reading" not in status.text()
    with RequestQueue.open(data_dir) as queue:
        assert [s.id for s in queue.summaries()] == [recent.id]


def test_a_purge_beside_a_long_reader_says_the_wipe_comes_later(
    make_window: WindowFactory, qtbot: QtBot, data_dir: Path
) -> None:
    """A backup or a sqlite3 shell reading the database holds old copies in the WAL."""
    add_staff(data_dir)
    window = make_window(idle_times=times())
    hold_clinic_name(qtbot, window)
    sign_in(qtbot, window)
    qtbot.waitUntil(lambda: window.current_page() is window.staff_panel_page)
    status = window.findChild(QLabel, "panelStatus")
    assert status is not None
    with closing(sqlite3.connect(data_dir / "requests.db", isolation_level=None)) as reader:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM requests").fetchall()
        tap(qtbot, window, "purgeButton")
        qtbot.waitUntil(lambda: status.text().startswith("Deleted 0 requests"), timeout=10_000)
        reader.execute("COMMIT")
    assert "still reading the database" in status.text()


def test_the_panel_comes_back_once_a_queue_that_would_not_open_at_start_opens(
    make_window: WindowFactory, qtbot: QtBot, data_dir: Path
) -> None:
    """A full disk at boot: no restart needed for staff to see the queue and the alert."""
    add_staff(data_dir)
    disk_full = True

    def opener(folder: Path) -> RequestQueue:
        if disk_full:
            raise StorageFull("opening requests.db: database or disk is full")
        return RequestQueue.open(folder)

    keeper = QueueKeeper(data_dir, opener=opener)
    window = make_window(idle_times=times(), keeper=keeper)
    hold_clinic_name(qtbot, window)
    assert "cannot be read" in message(window)
    window.reset()

    disk_full = False
    assert keeper.upkeep() == []  # the kiosk's minute upkeep
    hold_clinic_name(qtbot, window)
    sign_in(qtbot, window)
    qtbot.waitUntil(lambda: window.current_page() is window.staff_panel_page)
    alerts = window.findChild(QLabel, "staffAlerts")
    assert alerts is not None
    assert "could not be opened" in alerts.text()


def test_the_content_review_counts_both_languages_and_the_learning_files(
    make_window: WindowFactory, qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    """Every file a patient reads facts from, in each language, is counted; a clinic's page
    whose review has fallen due is named."""
    folder = tmp_path / "our-pages" / "en"
    folder.mkdir(parents=True)
    about = builtin_files()["about.toml"]
    for field, value in (
        ("reviewed_by", "Dr Ana Ruiz"),
        ("reviewed_on", "2020-01-31"),
        ("review_due", "2021-01-31"),
    ):
        about, found = re.subn(rf'^{field} = ""$', f'{field} = "{value}"', about, flags=re.M)
        assert found == 1, field
    (folder / "about.toml").write_text(about, encoding="utf-8")
    add_staff(data_dir)
    window = make_window(
        settings=Config(kiosk=KioskSettings(content_dir=tmp_path / "our-pages")),
        idle_times=times(),
    )
    english = len(window.library.pages)
    window.set_language("es")
    spanish = len(window.library.pages)
    window.set_language("en")
    files = english + spanish + 4  # and each language's teach-back and questions-to-ask files

    hold_clinic_name(qtbot, window)
    sign_in(qtbot, window)
    qtbot.waitUntil(lambda: window.current_page() is window.staff_panel_page)
    review = window.findChild(QLabel, "contentReview")
    assert review is not None
    assert review.text() == (
        f"Content review: {files - 1} of {files} files not yet reviewed by a clinician.\n"
        "Review overdue: en/about"
    )


class _OnClose(QObject):
    """Does something the moment the window is asked to close, before the window handles it."""

    def __init__(self, action: Callable[[], object]) -> None:
        super().__init__()
        self._action = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Close:
            self._action()
        return False


@pytest.fixture
def kiosk(qtbot: QtBot, config: Config, data_dir: Path) -> Iterator[KioskWindow]:
    """The real window, for a test that shuts it down as the app does at exit (closed, then
    destroyed at once); shut down after the test if the test stopped before doing it."""
    quiet = replace(config, kiosk=replace(config.kiosk, read_aloud=False))
    window = create_window(quiet, data_dir, idle_times=times())
    window.resize(*LANDSCAPE)
    window.show()
    qtbot.waitExposed(window)
    yield window
    if Shiboken.isValid(window):
        _close(window)


def export_after(gate: threading.Event, monkeypatch: pytest.MonkeyPatch) -> None:
    """The panel's export starts only once ``gate`` is set: an export still running."""

    def export(*args: Any, **kwargs: Any) -> ExportResult:
        assert gate.wait(POOL_WAIT_MS / 1000)
        return export_requests(*args, **kwargs)

    monkeypatch.setattr(staff_panel_page, "export_requests", export)


def start_an_export(qtbot: QtBot, window: KioskWindow, data_dir: Path) -> None:
    add_staff(data_dir)
    save_a_request(window, "Ana", "First question")
    hold_clinic_name(qtbot, window)
    sign_in(qtbot, window)
    qtbot.waitUntil(lambda: window.current_page() is window.staff_panel_page)
    tap(qtbot, window, "exportButton")
    status = window.findChild(QLabel, "panelStatus")
    assert status is not None
    assert status.text() == "Exporting..."


def assert_one_whole_export(data_dir: Path) -> None:
    files = list((data_dir / "exports").iterdir())
    assert [f.suffix for f in files] == [".csv"]  # no hidden .partial left beside it
    assert "First question" in files[0].read_text(encoding="utf-8-sig")


def test_closing_the_kiosk_during_an_export_waits_for_the_file(
    kiosk: KioskWindow,
    qtbot: QtBot,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    gate = threading.Event()
    export_after(gate, monkeypatch)
    start_an_export(qtbot, kiosk, data_dir)
    on_close = _OnClose(gate.set)  # the export goes on only once the kiosk is closing
    kiosk.installEventFilter(on_close)

    kiosk.allow_close()
    assert kiosk.close()  # the first half of the app's shutdown (app._close)
    assert_one_whole_export(data_dir)  # written before the close returned
    _close(kiosk)  # the window, and the databases with it, go only now
    assert QThreadPool.globalInstance().waitForDone(POOL_WAIT_MS)
    QCoreApplication.processEvents()
    assert capfd.readouterr().err == ""


def test_an_export_that_outlasts_the_kiosk_window_ends_without_a_word(
    kiosk: KioskWindow,
    qtbot: QtBot,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    """The window waits for its work only so long; work still running then finishes on its
    own and its result is dropped."""
    monkeypatch.setattr(background, "CLOSE_WAIT_MS", 50)
    gate = threading.Event()
    export_after(gate, monkeypatch)
    start_an_export(qtbot, kiosk, data_dir)

    _close(kiosk)
    gate.set()  # the export goes on after the window is gone
    assert QThreadPool.globalInstance().waitForDone(POOL_WAIT_MS)
    QCoreApplication.processEvents()

    assert_one_whole_export(data_dir)
    assert capfd.readouterr().err == ""  # was: RuntimeError: Signal source has been deleted
