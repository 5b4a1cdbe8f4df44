"""The questions-to-ask list on its own: ticking, the button, what it sends, language switches,
and sizes a patient can read and touch."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QSize, Qt, QTranslator
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QPushButton, QStackedWidget
from pytestqt.qtbot import QtBot

from kiosk.content.learning import QuestionsToAsk, QuestionToAsk
from kiosk.content.model import Review
from kiosk.ui.display import DisplayPrefs, apply_display
from kiosk.ui.pages.questions_page import QuestionsPage
from tests import screen_checks
from tests.conftest import LANDSCAPE, PORTRAIT
from tests.touch import tap

LONG = (
    "¿Cuánto tiempo tendré que esperar después del procedimiento antes de volver a "
    "conducir o a trabajar? ({0})"
)


def questions(*ids: str, language: str = "en", long: bool = False) -> QuestionsToAsk:
    return QuestionsToAsk(
        language=language,
        questions=tuple(
            QuestionToAsk(q, LONG.format(q) if long else f"{language} question {q}?") for q in ids
        ),
        review=Review(sources=("Source A",)),
    )


@pytest.fixture
def kiosk_style(qapp: QApplication) -> Iterator[None]:
    previous_sheet, previous_font = qapp.styleSheet(), QFont(qapp.font())
    yield
    qapp.setStyleSheet(previous_sheet)
    qapp.setFont(previous_font)


def make_page(qtbot: QtBot, content: QuestionsToAsk | None = None) -> QuestionsPage:
    page = QuestionsPage(content or questions("a", "b", "c"))
    qtbot.addWidget(page)
    page.resize(*LANDSCAPE)
    page.show()
    qtbot.waitExposed(page)
    return page


def box(page: QuestionsPage, question_id: str) -> QCheckBox:
    found = [b for b in page.findChildren(QCheckBox, f"askQuestion_{question_id}") if b.isVisible()]
    assert len(found) == 1, question_id
    return found[0]


def tick(qtbot: QtBot, page: QuestionsPage, question_id: str) -> None:
    """A touch near the end of the row, on the words, far from the tick square."""
    target = box(page, question_id)
    qtbot.mouseClick(
        target, Qt.MouseButton.LeftButton, pos=QPoint(target.width() - 40, target.height() // 2)
    )


def add_button(page: QuestionsPage) -> QPushButton:
    found = page.findChild(QPushButton, "addQuestionsButton")
    assert found is not None
    return found


def hint(page: QuestionsPage) -> QLabel:
    found = page.findChild(QLabel, "questionsHint")
    assert found is not None
    return found


def test_the_button_waits_for_a_tick_and_says_why(qtbot: QtBot) -> None:
    page = make_page(qtbot)
    assert add_button(page).text() == "Add to my question"
    assert not add_button(page).isEnabled()
    assert hint(page).isVisible()
    assert hint(page).text() == "Tick at least one question first."
    accessible = QAccessible.queryAccessibleInterface(add_button(page))
    assert accessible.text(QAccessible.Text.Name) == "Add to my question"
    assert accessible.text(QAccessible.Text.Description) == "Tick at least one question first."
    tick(qtbot, page, "b")
    assert box(page, "b").isChecked()
    assert add_button(page).isEnabled()
    assert not hint(page).isVisible()
    tick(qtbot, page, "b")
    assert not box(page, "b").isChecked()
    assert not add_button(page).isEnabled()
    assert hint(page).isVisible()


def test_each_row_reads_its_question(qtbot: QtBot) -> None:
    page = make_page(qtbot)
    for question_id in ("a", "b", "c"):
        accessible = QAccessible.queryAccessibleInterface(box(page, question_id))
        assert accessible.text(QAccessible.Text.Name) == f"en question {question_id}?"


def test_the_ticked_questions_go_in_list_order_once_per_tap(qtbot: QtBot) -> None:
    page = make_page(qtbot)
    tick(qtbot, page, "c")
    tick(qtbot, page, "a")
    assert page.ticked_questions() == ("en question a?", "en question c?")
    chosen: list[list[str]] = []
    page.questions_chosen.connect(chosen.append)
    tap(qtbot, page, "addQuestionsButton")
    assert chosen == [["en question a?", "en question c?"]]
    tap(qtbot, page, "addQuestionsButton")
    assert len(chosen) == 2


def test_a_tap_on_the_disabled_button_sends_nothing(qtbot: QtBot) -> None:
    page = make_page(qtbot)
    chosen: list[list[str]] = []
    page.questions_chosen.connect(chosen.append)
    tap(qtbot, page, "addQuestionsButton")
    assert chosen == []


def test_clear_unticks_everything(qtbot: QtBot) -> None:
    page = make_page(qtbot)
    tick(qtbot, page, "a")
    tick(qtbot, page, "b")
    page.clear()
    assert page.ticked_questions() == ()
    assert not any(box(page, q).isChecked() for q in ("a", "b", "c"))
    assert not add_button(page).isEnabled()
    assert hint(page).isVisible()


def test_a_new_language_keeps_the_same_questions_ticked(qtbot: QtBot) -> None:
    page = make_page(qtbot)
    tick(qtbot, page, "a")
    tick(qtbot, page, "c")
    page.set_questions(questions("a", "b", "d", language="es"))
    assert page.ticked_questions() == ("es question a?",)
    assert box(page, "a").isChecked()
    assert not box(page, "d").isChecked()
    assert not [b for b in page.findChildren(QCheckBox, "askQuestion_c") if b.isVisible()]
    assert add_button(page).isEnabled()
    tick(qtbot, page, "a")
    assert not add_button(page).isEnabled()


def test_a_language_change_retranslates_and_keeps_the_ticks(
    qtbot: QtBot, qapp: QApplication
) -> None:
    class Prefixing(QTranslator):
        def translate(
            self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
        ) -> str:
            return f"ES {source_text}"

        def isEmpty(self) -> bool:  # noqa: N802 (Qt override)
            return False

    page = make_page(qtbot)
    translator = Prefixing(qapp)
    qapp.installTranslator(translator)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    try:
        assert add_button(page).text() == "ES Add to my question"
        assert hint(page).text() == "ES Tick at least one question first."
        heading = page.findChild(QLabel, "questionsHeading")
        assert heading is not None
        assert heading.text() == "ES Questions to ask your care team"
        tick(qtbot, page, "b")
        accessible = QAccessible.queryAccessibleInterface(add_button(page))
        assert accessible.text(QAccessible.Text.Name) == "ES Add to my question"
        assert note(page).text().startswith("ES Not yet reviewed by your care team.")
    finally:
        qapp.removeTranslator(translator)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert add_button(page).text() == "Add to my question"
    assert box(page, "b").isChecked()


def note(page: QuestionsPage) -> QLabel:
    found = page.findChild(QLabel, "reviewNote")
    assert found is not None
    return found


def test_the_list_says_it_is_not_yet_reviewed_in_small_print(qtbot: QtBot) -> None:
    page = make_page(qtbot)
    assert note(page).isVisible()
    assert note(page).text() == (
        "Not yet reviewed by your care team. For learning only, not medical advice."
    )
    assert note(page).property("role") == "smallPrint"


def test_an_overdue_review_says_when_a_new_one_was_due(qtbot: QtBot) -> None:
    review = Review(
        sources=("Source A",),
        reviewed_by="Dr Ana Ruiz",
        reviewed_on=dt.date(2025, 3, 1),
        review_due=dt.date(2026, 3, 1),
    )
    day = dt.date(2026, 3, 1)
    page = QuestionsPage(replace(questions("a", "b"), review=review), today=lambda: day)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert note(page).text() == (
        "Reviewed by Dr Ana Ruiz on 2025-03-01. For learning only, not medical advice."
    )
    day = dt.date(2026, 3, 2)  # the kiosk ran overnight; the next patient opens the list
    page.hide()
    page.show()
    assert note(page).text() == (
        "Reviewed by Dr Ana Ruiz on 2025-03-01; a new review was due on 2026-03-01. "
        "For learning only, not medical advice."
    )
    page.set_questions(questions("a", "b", language="es"))  # that file is not reviewed
    assert note(page).text().startswith("Not yet reviewed by your care team.")


@pytest.mark.parametrize("scale", [1.0, 1.5])
@pytest.mark.parametrize("size", [LANDSCAPE, PORTRAIT], ids=["landscape", "portrait"])
def test_long_questions_are_readable_and_touchable(
    qtbot: QtBot, kiosk_style: None, size: tuple[int, int], scale: float
) -> None:
    apply_display(DisplayPrefs(text_scale=scale))
    page = QuestionsPage(questions(*"abcdefgh", long=True))
    host = QStackedWidget()  # as the window holds its pages
    host.addWidget(page)
    qtbot.addWidget(host)
    host.resize(*size)
    host.show()
    qtbot.waitExposed(host)
    problems: list[str] = []
    for state in ("nothing ticked", "one ticked"):
        if state == "one ticked":
            tick(qtbot, page, "a")
        for _ in range(3):
            qtbot.wait(1)  # let the layout settle before measuring
        assert host.size() == QSize(*size)
        for check in (
            screen_checks.small_targets,
            screen_checks.small_text,
            screen_checks.clipped_text,
        ):
            problems += [f"{state}: {p}" for p in check(host)]
    assert problems == []
    assert all(b.height() >= 80 for b in page.findChildren(QCheckBox))
