"""Renders every screen, landscape and portrait, to docs/screenshots/ (run by `make screenshots`).

Uses the real window from kiosk.app.create_window, offscreen, with default settings but for a
sample take-home web address, and a throw-away data folder. The request screens show a made-up
patient; the staff panel's reading insight shows a made-up month.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

from kiosk.app import LANDSCAPE, PORTRAIT, create_window
from kiosk.config import ClinicSettings, Config
from kiosk.storage import Database, FormEvent, InsightStore, ReadingTally
from kiosk.ui.display import DisplayPrefs
from kiosk.ui.read_aloud import ReadAloud
from kiosk.ui.window import KioskWindow

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SCREEN = Path(__file__).resolve().parent / "offscreen-screen.json"
SAMPLE_CODE = "K-4F7Q"
# Each way of seeing the kiosk, on a screen where it shows: (name, display, language, screen).
MODES = [
    ("spanish", DisplayPrefs(), "es", "step-3"),
    ("spanish-start", DisplayPrefs(), "es", "start"),
    ("text-150", DisplayPrefs(text_scale=1.5), "en", "step-3"),
    ("high-contrast", DisplayPrefs(high_contrast=True), "en", "menu"),
    ("seated", DisplayPrefs(seated=True), "en", "menu"),
]
SAMPLE_SETTINGS = Config(clinic=ClinicSettings(take_home_url="https://clinic.example/rfa"))


def seed_reading_insight(data_dir: Path, page_ids: list[str]) -> None:
    """A made-up month of anonymous counts, the same every run."""
    rng = random.Random(7)
    today = dt.date.today()
    with Database.open(data_dir) as database:
        store = InsightStore(database)
        for days_ago in range(30):
            tally = ReadingTally()
            for _ in range(rng.randint(0, 14)):
                page = rng.choice(page_ids[:6] * 3 + page_ids)
                tally.page_opened(page)
                tally.page_read(page, rng.uniform(20, 150))
            for event in (FormEvent.SUBMITTED, FormEvent.ABANDONED):
                for _ in range(rng.randint(0, 2)):
                    tally.form_event(FormEvent.STARTED)
                    tally.form_event(event)
            store.add(tally, day=today - dt.timedelta(days=days_ago))


def fill_sample_request(window: KioskWindow) -> None:
    """Types a made-up request into the form the way the tests do, through its widgets."""
    window.show_topic("step-5")
    window.show_request()
    form = window.form_page
    for name, text in (("nameField", "Sam Lee"), ("phoneField", "555-201-4477")):
        field = form.findChild(QLineEdit, name)
        assert field is not None
        field.setText(text)
    message = form.findChild(QPlainTextEdit, "messageField")
    consent = form.findChild(QCheckBox, "consentBox")
    phone = form.findChild(QPushButton, "contact_phone")
    assert message is not None
    assert consent is not None
    assert phone is not None
    message.setPlainText("Can someone drive me home if I come by bus?")
    consent.setChecked(True)
    phone.setChecked(True)


def capture(window: KioskWindow, app: QApplication, path: Path) -> None:
    app.processEvents()
    window.grab().save(str(path))
    print(path.relative_to(OUT.parent.parent))


def capture_reading_aloud(window: KioskWindow, app: QApplication, path: Path) -> None:
    """A page being read aloud, with its fourth sentence marked (the test engine is silent)."""
    window.reset()
    window.show_topic("after")
    page = window.reading_pages["after"]
    speech = window.findChild(ReadAloud)
    assert speech is not None
    deadline = time.monotonic() + 20
    while not speech.speaks("en") and time.monotonic() < deadline:  # the voice's own process
        app.processEvents()
    page.findChild(QPushButton, "readAloudButton").click()  # type: ignore[union-attr]
    page.mark_spoken(3)
    capture(window, app, path)


def capture_seated_typing(window: KioskWindow, app: QApplication, path: Path) -> None:
    """Seated, typing a name: the keyboard, fields and buttons in the lower half."""
    window.reset()
    window.show_request()
    window.set_display_prefs(DisplayPrefs(seated=True))
    app.processEvents()
    field = window.form_page.findChild(QLineEdit, "nameField")
    assert field is not None
    field.setFocus()
    app.processEvents()  # the top bar makes way: the frame is laid out again
    capture(window, app, path)


def capture_reading_insight(window: KioskWindow, app: QApplication, path: Path) -> None:
    """The staff panel scrolled to the reading insight chart."""
    window.show_screen("staff-panel")
    app.processEvents()
    scroll = window.staff_panel_page.findChild(QScrollArea, "panelScroll")
    insight = window.staff_panel_page.findChild(QWidget, "readingInsight")
    assert scroll is not None
    assert insight is not None
    scroll.ensureWidgetVisible(insight)
    capture(window, app, path)


def main() -> int:
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"
    app = QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as data:
        window = create_window(SAMPLE_SETTINGS, Path(data), speech_engine="mock")
        window.allow_close()
        seed_reading_insight(Path(data), list(window.reading_pages))
        for orientation, size in (("landscape", LANDSCAPE), ("portrait", PORTRAIT)):
            window.resize(size)
            window.show()
            for name in window.screen_names():
                window.reset()
                if name in ("form", "review", "thanks", "urgent"):
                    fill_sample_request(window)
                    window.thanks_page.show_reference(SAMPLE_CODE)
                    window.urgent_page.show_reference(SAMPLE_CODE)
                if name == "review":
                    window.form_page.findChild(QPushButton, "reviewButton").click()  # type: ignore[union-attr]
                else:
                    window.show_screen(name)
                capture(window, app, OUT / f"{orientation}-{name}.png")
            window.show_request()
            field = window.form_page.findChild(QLineEdit, "nameField")
            assert field is not None
            field.setFocus()
            capture(window, app, OUT / f"{orientation}-form-keyboard.png")
            capture_reading_aloud(window, app, OUT / f"{orientation}-mode-read-aloud.png")
            capture_reading_insight(window, app, OUT / f"{orientation}-staff-insight.png")
            window.reset()
            window.show_check()
            window.teach_back_page.findChild(QPushButton, "notSureButton").click()  # type: ignore[union-attr]
            capture(window, app, OUT / f"{orientation}-check-answered.png")
            for mode, prefs, language, screen in MODES:
                window.reset()
                window.set_language(language)
                window.show_screen(screen)
                window.set_display_prefs(prefs)
                capture(window, app, OUT / f"{orientation}-mode-{mode}.png")
            capture_seated_typing(window, app, OUT / f"{orientation}-mode-seated-keyboard.png")
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
