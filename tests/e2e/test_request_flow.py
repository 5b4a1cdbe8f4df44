"""A patient asks a question with the on-screen keyboard alone, from a page to the code."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kiosk.app import load_learning, load_libraries
from kiosk.config import Config, RequestSettings
from kiosk.requests.intake import RequestIntake
from kiosk.requests.model import PatientRequest, StoredRequest
from kiosk.requests.validation import Rules
from kiosk.storage import RequestQueue, SaveResult, StorageFull
from kiosk.ui.session import IdleTimes
from kiosk.ui.window import KioskWindow
from tests.conftest import WindowFactory
from tests.touch import tap

REFERENCE = re.compile(r"K-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}")


def type_on_screen(qtbot: QtBot, window: KioskWindow, text: str) -> None:
    """Types letters and spaces with the on-screen keys only; capitals through Shift."""
    for char in text:
        if char == " ":
            tap(qtbot, window, "key_space")
            continue
        if char.isupper():
            tap(qtbot, window, "key_shift")
        tap(qtbot, window, f"key_{char.lower()}")


def touch_field(qtbot: QtBot, window: KioskWindow, name: str) -> None:
    field = window.form_page.findChild(QLineEdit, name) or window.form_page.findChild(
        QPlainTextEdit, name
    )
    assert field is not None, name
    scroll_to(window, field)
    target = field.viewport() if isinstance(field, QPlainTextEdit) else field
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))


def label_text(window: KioskWindow, name: str) -> str:
    label = window.findChild(QLabel, name)
    assert label is not None, name
    return label.text()


def scroll_to(window: KioskWindow, widget: QWidget) -> None:
    """As a patient scrolls the form until the control is in view."""
    scroll = window.form_page.findChild(QScrollArea, "formScroll")
    assert scroll is not None
    scroll.ensureWidgetVisible(widget)


def fill_question(qtbot: QtBot, window: KioskWindow, message: str = "Can I drive after") -> None:
    touch_field(qtbot, window, "nameField")
    type_on_screen(qtbot, window, "Ana Ruiz")
    front_desk = window.form_page.findChild(QPushButton, "contact_front_desk")
    assert front_desk is not None
    scroll_to(window, front_desk)
    tap(qtbot, window, "contact_front_desk")
    touch_field(qtbot, window, "messageField")
    type_on_screen(qtbot, window, message)
    consent = window.form_page.findChild(QCheckBox, "consentBox")
    assert consent is not None
    scroll_to(window, consent)
    qtbot.mouseClick(consent, Qt.MouseButton.LeftButton, pos=consent.rect().center())


def test_a_question_typed_on_screen_is_saved_and_a_code_shown(
    window: KioskWindow, qtbot: QtBot, data_dir: Path
) -> None:
    window.show_topic("after")
    tap(qtbot, window, "askButton")
    assert window.current_page() is window.form_page
    assert label_text(window, "topicValue") == window.library.page("after").title

    fill_question(qtbot, window)
    assert window.findChild(QLineEdit, "nameField").text() == "Ana Ruiz"  # type: ignore[union-attr]
    tap(qtbot, window, "reviewButton")
    assert window.current_page() is window.review_page
    assert label_text(window, "value_name") == "Ana Ruiz"

    tap(qtbot, window, "sendButton")
    assert window.current_page() is window.thanks_page
    code = label_text(window, "referenceCode")
    assert REFERENCE.fullmatch(code)
    visible = " ".join(w.text() for w in window.findChildren(QLabel) if w.isVisible())
    assert "Ana" not in visible  # no personal data on the thank-you screen
    assert "drive" not in visible

    with RequestQueue.open(data_dir) as queue:
        stored = queue.requests()
    assert [(s.reference, s.request.name, s.request.message) for s in stored] == [
        (code, "Ana Ruiz", "Can I drive after")
    ]
    assert stored[0].request.topic == window.library.page("after").title


def test_problems_are_shown_next_to_the_fields_and_nothing_is_saved(
    window: KioskWindow, qtbot: QtBot, data_dir: Path
) -> None:
    window.show_request()
    tap(qtbot, window, "reviewButton")
    assert window.current_page() is window.form_page
    assert label_text(window, "error_name") == "Please type your name."
    assert label_text(window, "error_contact") == "Please choose how we can reach you."
    assert window.findChild(QLabel, "error_email").isHidden()  # type: ignore[union-attr]
    with RequestQueue.open(data_dir) as queue:
        assert queue.requests() == []


def test_urgent_words_show_the_front_desk_screen_first_and_flag_the_request(
    window: KioskWindow, qtbot: QtBot, data_dir: Path
) -> None:
    window.show_request()
    fill_question(qtbot, window, message="I have chest pain")
    tap(qtbot, window, "reviewButton")
    tap(qtbot, window, "sendButton")
    assert window.current_page() is window.urgent_page
    assert not window.top_bar.isVisible()  # the whole screen says it
    assert label_text(window, "urgentHeading") == "Please tell the front desk now"
    tap(qtbot, window, "urgentOkButton")
    assert window.current_page() is window.thanks_page
    with RequestQueue.open(data_dir) as queue:
        assert [s.request.urgent for s in queue.requests()] == [True]


class FullDisk:
    """A queue whose disk is full: every save fails."""

    def __init__(self) -> None:
        self.tries = 0

    def get(self, request_id: str) -> StoredRequest | None:
        return None

    def count_since(self, since: dt.datetime) -> int:
        return 0

    def save(self, request: PatientRequest, *, now: dt.datetime | None = None) -> SaveResult:
        self.tries += 1
        raise StorageFull("database or disk is full")


def test_a_failed_save_keeps_the_text_and_never_says_thank_you(
    qtbot: QtBot, config: Config
) -> None:
    disk = FullDisk()
    intake = RequestIntake(disk, rules=Rules(), kiosk_id="k", max_per_10_min=6)
    libraries = load_libraries(config)
    window = KioskWindow(
        libraries,
        {language: load_learning(library) for language, library in libraries.items()},
        config,
        intake,
        idle_times=IdleTimes.from_settings(config.timeouts),
        kiosk_mode=False,
    )
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    window.show_request()
    fill_question(qtbot, window)
    tap(qtbot, window, "reviewButton")
    tap(qtbot, window, "sendButton")
    assert disk.tries == 1
    assert window.current_page() is window.review_page
    assert label_text(window, "saveProblem") == (
        "We could not save this. Please show this screen to the front desk."
    )
    tap(qtbot, window, "changeButton")
    assert window.findChild(QLineEdit, "nameField").text() == "Ana Ruiz"  # type: ignore[union-attr]
    assert label_text(window, "referenceCode") == ""


def test_the_kiosk_limit_sends_patients_to_the_desk(
    make_window: WindowFactory, qtbot: QtBot, config: Config, data_dir: Path
) -> None:
    window = make_window(settings=replace(config, requests=RequestSettings(max_per_10_min=1)))
    for expected in ("thanks", "limit"):
        window.show_request()
        fill_question(qtbot, window)
        tap(qtbot, window, "reviewButton")
        tap(qtbot, window, "sendButton")
        if expected == "thanks":
            assert window.current_page() is window.thanks_page
            tap(qtbot, window, "doneButton")
        else:
            assert window.current_page() is window.review_page
            assert "many requests" in label_text(window, "saveProblem")
    with RequestQueue.open(data_dir) as queue:
        assert len(queue.requests()) == 1


def test_start_over_wipes_the_form_and_its_undo_history(window: KioskWindow, qtbot: QtBot) -> None:
    window.show_request()
    fill_question(qtbot, window)
    tap(qtbot, window, "startOverButton")
    assert window.current_page() is window.start_page
    window.show_request()
    name = window.findChild(QLineEdit, "nameField")
    message = window.findChild(QPlainTextEdit, "messageField")
    consent = window.findChild(QCheckBox, "consentBox")
    assert name is not None
    assert message is not None
    assert consent is not None
    for field in (name, message):
        field.setFocus()
        QTest.keySequence(field, QKeySequence.StandardKey.Undo)
    assert name.text() == ""
    assert message.toPlainText() == ""
    assert not consent.isChecked()


def test_an_appointment_request_keeps_the_chosen_times_and_a_new_topic(
    window: KioskWindow, qtbot: QtBot, data_dir: Path
) -> None:
    window.show_topic("condition-facet")
    window.show_request()
    tap(qtbot, window, "kind_appointment")
    assert label_text(window, "messageLabel").startswith("Anything we should know?")
    touch_field(qtbot, window, "nameField")
    type_on_screen(qtbot, window, "Bo")
    touch_field(qtbot, window, "phoneField")
    for digit in "5552014477":
        tap(qtbot, window, f"key_{digit}")
    for name in ("contact_phone", "slot_weekday_morning", "slot_saturday"):
        chip = window.form_page.findChild(QPushButton, name)
        assert chip is not None
        scroll_to(window, chip)
        tap(qtbot, window, name)

    topic_button = window.form_page.findChild(QPushButton, "topicButton")
    assert topic_button is not None
    scroll_to(window, topic_button)
    tap(qtbot, window, "topicButton")
    after_title = window.library.page("after").title
    choice = next(
        b for b in window.form_page.findChildren(QPushButton) if b.accessibleName() == after_title
    )
    picker = window.form_page.findChild(QScrollArea, "topicPickerScroll")
    assert picker is not None
    picker.ensureWidgetVisible(choice)
    qtbot.mouseClick(choice, Qt.MouseButton.LeftButton)
    assert label_text(window, "topicValue") == after_title

    consent = window.form_page.findChild(QCheckBox, "consentBox")
    assert consent is not None
    scroll_to(window, consent)
    qtbot.mouseClick(consent, Qt.MouseButton.LeftButton)
    tap(qtbot, window, "reviewButton")
    assert label_text(window, "value_times") == "Weekday mornings, Saturdays"
    tap(qtbot, window, "sendButton")
    assert window.current_page() is window.thanks_page

    with RequestQueue.open(data_dir) as queue:
        (stored,) = queue.requests()
    assert stored.request.phone == "5552014477"
    assert stored.request.phone_e164 == "+15552014477"
    assert [slot.value for slot in stored.request.time_slots] == ["weekday_morning", "saturday"]
    assert stored.request.topic == after_title


def test_the_keyboard_follows_the_touched_field(window: KioskWindow, qtbot: QtBot) -> None:
    window.show_request()
    keyboard = window.form_page.findChild(QWidget, "onScreenKeyboard")
    assert keyboard is not None
    assert not keyboard.isVisible()
    touch_field(qtbot, window, "phoneField")
    assert keyboard.isVisible()
    assert window.form_page.findChild(QPushButton, "key_5").isVisible()  # type: ignore[union-attr]
    touch_field(qtbot, window, "emailField")
    assert window.form_page.findChild(QPushButton, "key_at").isVisible()  # type: ignore[union-attr]
    tap(qtbot, window, "key_hide")
    assert not keyboard.isVisible()
    tap(qtbot, window, "showKeyboardButton")
    assert keyboard.isVisible()
