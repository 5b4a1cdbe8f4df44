"""A kiosk set to start in Spanish: every word Spanish from its first frame and after every reset.

``kiosk.default_language`` is what every patient starts with. The topics come from the Spanish
content, the screens' own words (headings, buttons, the emergency line) from the Qt translation:
both must be Spanish at once, or the patient sees a half-English screen.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace
from functools import cache
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from kiosk.config import Config
from kiosk.ui.session import IdleTimes
from kiosk.ui.window import KioskWindow
from tests.conftest import LANDSCAPE, ROOT, WindowFactory
from tests.e2e.test_languages import visible_words
from tests.touch import tap

SLOW = 60_000
TRANSLATIONS = ROOT / "resources" / "translations" / "kiosk_es.ts"

# What a patient reads on the start screen and around the topic menu, as translated.
SPANISH_START = {
    "startTitle": "Aprenda sobre la ablación por radiofrecuencia",
    "startButton": "Toque la pantalla para empezar",
    "startLanguageButton": "English",
}
SPANISH_MENU = {
    "menuHeading": "¿Sobre qué le gustaría leer?",
    "homeButton": "Inicio",
    "backButton": "Atrás",
    "askButton": "Hacer una pregunta o pedir una cita",
    "emergencyNotice": (
        "No es para emergencias. Si es una emergencia, llame al 911 o avise ahora en la recepción."
    ),
}


@cache
def english_screen_words() -> frozenset[str]:
    """The screens' own English words, from the translation file: each source text whose
    Spanish differs (the words a missing translation would leave on screen)."""
    words = set()
    for message in ET.parse(TRANSLATIONS).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        if source.strip() and source != translation:
            words.add(source.strip())
    return frozenset(words)


def english_left(window: KioskWindow) -> set[str]:
    return visible_words(window) & english_screen_words()


def shown_text(window: KioskWindow, name: str) -> str:
    """The words of the one widget of that name on screen (a label, or a button's label)."""
    on_screen = [w for w in window.findChildren(QWidget, name) if w.isVisible()]
    assert len(on_screen) == 1, f"{len(on_screen)} widgets named {name} on screen"
    widget = on_screen[0]
    if isinstance(widget, QLabel | QAbstractButton) and widget.text():
        return widget.text()
    labels = [label.text() for label in widget.findChildren(QLabel) if label.text()]
    assert len(labels) == 1, f"{name} shows {labels}"
    return labels[0]


def assert_spanish(window: KioskWindow, expected: dict[str, str]) -> None:
    assert window.language == "es"
    assert {name: shown_text(window, name) for name in expected} == expected
    assert english_left(window) == set()


def spanish(config: Config) -> Config:
    return replace(config, kiosk=replace(config.kiosk, default_language="es"))


def idle(**changes: int) -> IdleTimes:
    times = {"reading_ms": SLOW, "form_ms": SLOW, "warning_ms": SLOW, "thank_you_ms": SLOW}
    return IdleTimes(**{**times, **changes})


class _FirstPaint(QObject):
    """The words on screen when the watched widget is first painted."""

    def __init__(self, window: KioskWindow) -> None:
        super().__init__()
        self._window = window
        self.words: set[str] | None = None
        self.start_button = ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint and self.words is None:
            self.words = visible_words(self._window)
            self.start_button = shown_text(self._window, "startButton")
        return False


def test_the_first_frame_of_a_spanish_kiosk_is_all_spanish(
    qtbot: QtBot, config: Config, data_dir: Path
) -> None:
    from kiosk.app import create_window  # noqa: PLC0415 (as conftest: Qt only in GUI tests)

    settings = spanish(config)
    settings = replace(settings, kiosk=replace(settings.kiosk, read_aloud=False))
    window = create_window(settings, data_dir, speech_engine="mock")
    window.allow_close()
    qtbot.addWidget(window)
    probe = _FirstPaint(window)
    window.start_page.installEventFilter(probe)
    window.resize(*LANDSCAPE)
    window.show()
    qtbot.waitUntil(lambda: probe.words is not None)
    window.start_page.removeEventFilter(probe)
    assert probe.start_button == SPANISH_START["startButton"]
    assert probe.words is not None
    assert probe.words & english_screen_words() == set()
    assert SPANISH_START["startTitle"] in probe.words
    window.close()


def test_a_spanish_kiosk_shows_its_start_screen_and_topics_in_spanish(
    make_window: WindowFactory, config: Config, qtbot: QtBot
) -> None:
    window = make_window(settings=spanish(config))
    assert_spanish(window, SPANISH_START)
    tap(qtbot, window, "startButton")
    assert window.current_page() is window.menu_page
    assert_spanish(window, SPANISH_MENU)
    assert window.library.language == "es"  # the topic tiles too


def test_after_an_idle_reset_a_spanish_kiosk_is_all_spanish_again(
    make_window: WindowFactory, config: Config, qtbot: QtBot
) -> None:
    window = make_window(settings=spanish(config), idle_times=idle(reading_ms=40, warning_ms=40))
    tap(qtbot, window, "startButton")
    window.show_topic("step-2")
    qtbot.waitUntil(lambda: window.current_page() is window.start_page)
    assert_spanish(window, SPANISH_START)
    tap(qtbot, window, "startButton")
    assert_spanish(window, SPANISH_MENU)


def test_after_start_over_a_spanish_kiosk_is_all_spanish_again(
    make_window: WindowFactory, config: Config, qtbot: QtBot
) -> None:
    window = make_window(settings=spanish(config))
    tap(qtbot, window, "startButton")
    tap(qtbot, window, "askButton")
    assert window.current_page() is window.form_page
    tap(qtbot, window, "startOverButton")
    assert window.current_page() is window.start_page
    assert_spanish(window, SPANISH_START)
    tap(qtbot, window, "startButton")
    assert_spanish(window, SPANISH_MENU)


def test_a_patient_who_switched_to_english_leaves_a_spanish_kiosk_behind(
    make_window: WindowFactory, config: Config, qtbot: QtBot
) -> None:
    window = make_window(settings=spanish(config), idle_times=idle(reading_ms=40, warning_ms=40))
    tap(qtbot, window, "startLanguageButton")
    assert window.language == "en"
    assert shown_text(window, "startButton") == "Touch anywhere to start"
    tap(qtbot, window, "startButton")
    assert shown_text(window, "homeButton") == "Home"
    window.show_topic("step-2")
    qtbot.waitUntil(lambda: window.current_page() is window.start_page)  # walked away
    assert_spanish(window, SPANISH_START)
    tap(qtbot, window, "startButton")
    assert_spanish(window, SPANISH_MENU)
