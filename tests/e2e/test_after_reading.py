"""After the reading, through the whole window: the check of what was learned, the questions to
ask, the take-home QR code and the anonymous reading insight that holds nothing personal."""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3
from contextlib import closing
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QCheckBox, QLabel, QPlainTextEdit, QPushButton, QScrollArea
from pytestqt.qtbot import QtBot

from kiosk.config import Config
from kiosk.storage import FormEvent, write_stats_csv
from kiosk.ui.widgets.bar_chart import DailyBarChart
from kiosk.ui.widgets.qr_code import TakeHomeCode
from kiosk.ui.window import KioskWindow
from tests.conftest import WindowFactory
from tests.e2e.test_request_flow import fill_question, touch_field, type_on_screen
from tests.touch import tap

MARKER_NAME = "Zqxmarkname"
MARKER_WORDS = "zqx marker seven"


def press(qtbot: QtBot, window: KioskWindow, name: str) -> None:
    """Scrolls the one shown button of that name into view, taps it, lets the page lay out."""
    shown = [b for b in window.findChildren(QPushButton, name) if b.isVisible()]
    assert len(shown) == 1, f"{len(shown)} buttons named {name} on screen"
    for scroll in window.findChildren(QScrollArea):
        if scroll.isVisible() and scroll.isAncestorOf(shown[0]):
            scroll.ensureWidgetVisible(shown[0])
    tap(qtbot, window, name)
    for _ in range(3):
        qtbot.wait(1)


def message(window: KioskWindow) -> str:
    field = window.form_page.findChild(QPlainTextEdit, "messageField")
    assert field is not None
    return field.toPlainText()


def test_the_walkthrough_ends_with_the_check(window: KioskWindow, qtbot: QtBot) -> None:
    window.show_topic(window.library.pages[-1].id)
    press(qtbot, window, "nextButton")
    assert window.current_page() is window.teach_back_page
    assert window.teach_back_page.current_index() == 0


def test_not_sure_becomes_a_question_in_the_form(window: KioskWindow, qtbot: QtBot) -> None:
    tap(qtbot, window, "startButton")
    press(qtbot, window, "checkTile")
    first = window.learning.teach_back.questions[0]
    press(qtbot, window, "notSureButton")
    press(qtbot, window, "askCareTeamButton")
    press(qtbot, window, "askButton")  # the footer's "Ask a question", from the check
    assert window.current_page() is window.form_page
    assert message(window) == first.draft_question
    # Editable: the patient's own words go after it.
    touch_field(qtbot, window, "messageField")
    field = window.form_page.findChild(QPlainTextEdit, "messageField")
    assert field is not None
    field.moveCursor(QTextCursor.MoveOperation.End)  # as a touch after the last word does
    type_on_screen(qtbot, window, " ok")
    assert message(window) == first.draft_question + " ok"


def test_show_me_the_page_and_back_returns_to_the_same_question(
    window: KioskWindow, qtbot: QtBot
) -> None:
    window.show_check()
    press(qtbot, window, "answerButton_0")
    press(qtbot, window, "nextQuestionButton")
    press(qtbot, window, "notSureButton")
    second = window.learning.teach_back.questions[1]
    press(qtbot, window, "showPageButton")
    assert window.current_page() is window.reading_pages[second.page_id]
    press(qtbot, window, "backButton")
    assert window.current_page() is window.teach_back_page
    assert window.teach_back_page.current_index() == 1


def test_ticked_questions_to_ask_are_added_to_the_form_once(
    window: KioskWindow, qtbot: QtBot
) -> None:
    window.show_questions()
    items = window.learning.questions.questions
    for item in (items[1], items[0]):
        box = window.questions_page.findChild(QCheckBox, f"askQuestion_{item.id}")
        assert box is not None
        box.click()
    press(qtbot, window, "addQuestionsButton")
    assert window.current_page() is window.form_page
    assert message(window).splitlines() == [items[0].text, items[1].text]  # in list order
    window.show_questions()
    press(qtbot, window, "addQuestionsButton")  # the same two again: not added twice
    assert message(window).splitlines() == [items[0].text, items[1].text]


def test_the_check_keeps_its_place_across_languages_and_reset_starts_it_again(
    window: KioskWindow, qtbot: QtBot
) -> None:
    window.show_check()
    press(qtbot, window, "notSureButton")
    press(qtbot, window, "askCareTeamButton")
    press(qtbot, window, "nextQuestionButton")
    window.set_language("es")
    assert window.current_page() is window.teach_back_page
    assert window.teach_back_page.current_index() == 1
    window.reset()
    assert window.teach_back_page.current_index() == 0
    assert window.teach_back_page.drafted_questions() == ()
    window.show_request()
    assert message(window) == ""  # the last patient's drafted question is gone


def with_take_home(config: Config, url: str, anchors: dict[str, str]) -> Config:
    clinic = replace(config.clinic, take_home_url=url, take_home_anchors=MappingProxyType(anchors))
    return replace(config, clinic=clinic)


def shown_code(window: KioskWindow) -> TakeHomeCode | None:
    codes = [c for c in window.findChildren(TakeHomeCode) if c.isVisible()]
    assert len(codes) <= 1
    return codes[0] if codes else None


def review_note_on(window: KioskWindow) -> str:
    """The small print of the screen shown (one note on it, in view once scrolled down)."""
    notes = [n for n in window.current_page().findChildren(QLabel, "reviewNote") if n.isVisible()]
    assert len(notes) == 1
    return notes[0].text()


def test_the_check_and_the_questions_say_they_are_not_yet_reviewed_in_both_languages(
    window: KioskWindow,
) -> None:
    """The shipped learning files carry no clinician's review yet, and patients are told."""
    english = "Not yet reviewed by your care team. For learning only, not medical advice."
    spanish = "Su equipo médico aún no lo ha revisado. Solo para aprender, no es un consejo médico."
    window.show_check()
    assert review_note_on(window) == english
    window.set_language("es")
    assert review_note_on(window) == spanish
    window.show_questions()
    assert review_note_on(window) == spanish
    window.set_language("en")
    assert review_note_on(window) == english


def test_the_take_home_code_carries_the_clinic_page_and_its_anchor(
    make_window: WindowFactory, config: Config
) -> None:
    url = "https://clinic.example/rfa"
    window = make_window(settings=with_take_home(config, url, {"after": "recovery"}))
    window.show_topic("after")
    code = shown_code(window)
    assert code is not None
    assert code.link() == f"{url}#recovery"
    window.show_topic("about")
    code = shown_code(window)
    assert code is not None
    assert code.link() == url
    window.show_screen("thanks")
    code = shown_code(window)
    assert code is not None
    assert code.link() == url
    window.show_check()  # the walkthrough's end: after the last question
    for _ in window.learning.teach_back.questions:
        window.teach_back_page.findChild(QPushButton, "notSureButton").click()  # type: ignore[union-attr]
        window.teach_back_page.findChild(QPushButton, "nextQuestionButton").click()  # type: ignore[union-attr]
    code = shown_code(window)
    assert code is not None
    assert code.link() == url


def test_no_take_home_url_means_no_code_anywhere(window: KioskWindow) -> None:
    for name in window.screen_names():
        window.show_screen(name)
        assert shown_code(window) is None, name


def insight_rows(data_dir: Path) -> list[tuple[object, ...]]:
    # closing(): a connection's own "with" ends a transaction but leaves it open, which
    # Python 3.13 reports as a ResourceWarning (an error in this suite).
    with closing(sqlite3.connect(data_dir / "requests.db")) as connection:
        pages = connection.execute("SELECT * FROM insight_pages").fetchall()
        forms = connection.execute("SELECT * FROM insight_forms").fetchall()
    return [*pages, *forms]


def stats(data_dir: Path, tmp_path: Path) -> dict[tuple[str, str], int]:
    out = tmp_path / "stats.csv"
    write_stats_csv(data_dir, out, force=True)
    with out.open(encoding="utf-8-sig", newline="") as file:
        return {(row["measure"], row["item"]): int(row["count"]) for row in csv.DictReader(file)}


def test_a_session_is_counted_once_it_ends(
    window: KioskWindow, qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    tap(qtbot, window, "startButton")
    tap(qtbot, window, "walkthroughButton")  # the first page
    tap(qtbot, window, "nextButton")
    tap(qtbot, window, "backButton")  # the first page again
    window.set_language("es")  # the same reading, not a new one
    window.show_check()
    tap(qtbot, window, "askButton")
    assert stats(data_dir, tmp_path) == {}  # nothing written while the patient is here
    window.reset()
    counted = stats(data_dir, tmp_path)
    first, second = (p.id for p in window.library.pages[:2])
    assert counted[("page", first)] == 2
    assert counted[("page", second)] == 1
    assert counted[("page", "check-what-you-learned")] == 1
    assert counted[("form", FormEvent.STARTED.value)] == 1
    assert counted[("form", FormEvent.ABANDONED.value)] == 1
    assert ("form", FormEvent.SUBMITTED.value) not in counted


@pytest.mark.parametrize("sent", [True, False], ids=["sent", "left"])
def test_the_insight_holds_nothing_typed_into_the_form(
    window: KioskWindow, qtbot: QtBot, data_dir: Path, tmp_path: Path, sent: bool
) -> None:
    window.show_topic("after")
    window.show_request()
    fill_question(qtbot, window, MARKER_WORDS)
    touch_field(qtbot, window, "nameField")
    type_on_screen(qtbot, window, MARKER_NAME)
    if sent:
        press(qtbot, window, "reviewButton")
        press(qtbot, window, "sendButton")
        assert window.current_page() is window.thanks_page
    window.reset()
    counted = stats(data_dir, tmp_path)
    assert counted[("page", "after")] == 1  # the search below looks where the counts are
    assert counted[("form", "submitted" if sent else "abandoned")] == 1
    everything = repr(insight_rows(data_dir)) + (tmp_path / "stats.csv").read_text("utf-8-sig")
    for marker in (MARKER_NAME, *MARKER_WORDS.split()):
        assert marker.lower() not in everything.lower()
    if not sent:  # nothing was saved, so no trace anywhere in the database or its log
        for path in data_dir.glob("requests.db*"):
            assert MARKER_NAME.encode() not in path.read_bytes()


def test_staff_see_the_counts_as_a_chart(window: KioskWindow, qtbot: QtBot) -> None:
    window.show_topic("about")
    window.reset()
    window.show_screen("staff-panel")
    summary = window.staff_panel_page.findChild(QLabel, "insightSummary")
    assert summary is not None
    assert "What is RFA" in summary.text()
    chart = window.staff_panel_page.findChild(DailyBarChart, "dailyBarChart")
    assert chart is not None
    assert chart.bars()[-1].label == str(dt.date.today().day)
    assert chart.bars()[-1].value == 1
