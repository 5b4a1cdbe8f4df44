"""The language switch: live, on every screen, keeping the patient's place."""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from kiosk.config import Config
from kiosk.ui.window import KioskWindow
from tests import screen_checks
from tests.conftest import WindowFactory

# Words that are the same in both languages or are not words: codes, names, numbers.
SAME_IN_BOTH = {"Aa", "OK", "CSV", "911", "Email", "English", "Español"}


def visible_words(window: KioskWindow) -> set[str]:
    words = set()
    for widget in screen_checks.shown(window, QLabel) + screen_checks.shown(
        window, QAbstractButton
    ):
        assert isinstance(widget, QLabel | QAbstractButton)
        text = widget.text().strip()
        if re.search(r"[A-Za-z]{3,}", text) and text not in SAME_IN_BOTH:
            words.add(text)
    return words


def test_switching_to_spanish_keeps_the_place_and_leaves_no_english(
    window: KioskWindow, qtbot: QtBot
) -> None:
    clinic = window.top_bar.clinic_label.text()
    for name in window.screen_names():
        if name.startswith("staff"):
            continue
        window.show_screen(name)
        english = visible_words(window) - {clinic}
        page = window.current_page()
        page_id = getattr(getattr(page, "page", None), "id", None)
        window.set_language("es")
        if page_id is not None:
            assert window.current_page() is window.reading_pages[page_id]  # same place
        spanish = visible_words(window)
        assert english & spanish == set(), name
        window.set_language("en")


def test_the_language_button_switches_and_the_reset_switches_back(
    window: KioskWindow, qtbot: QtBot
) -> None:
    button = window.start_page.findChild(QPushButton, "startLanguageButton")
    assert button is not None
    assert button.text() == "Español"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.language == "es"
    assert button.text() == "English"
    window.show_topic("step-2")
    title = window.current_page().findChild(QLabel, "pageTitle")
    assert title is not None
    assert title.text() == window.library.page("step-2").title
    assert window.library.language == "es"
    window.reset()
    assert window.language == "en"


def test_a_kiosk_set_to_spanish_starts_in_spanish_and_resets_to_it(
    make_window: WindowFactory, config: Config
) -> None:
    # The English start screen's words first: the translator is the application's, and the
    # Spanish window installs it.
    english_words = visible_words(make_window()) - {config.clinic.name}
    spanish = replace(config, kiosk=replace(config.kiosk, default_language="es"))
    window = make_window(settings=spanish)
    for _ in range(2):  # at start, and after a patient who switched to English
        assert window.language == "es"
        assert window.top_bar.home_button.text() == "Inicio"
        assert visible_words(window) & english_words == set()
        window.set_language("en")
        window.show_topic("step-2")
        window.reset()
