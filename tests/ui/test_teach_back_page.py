"""The teach-back check on its own: answers, kind feedback, drafted questions, the summary,
language switches, and sizes a patient can read and touch."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QSize
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kiosk.content.learning import Answer, CheckQuestion, TeachBack
from kiosk.content.model import Review
from kiosk.ui.display import DisplayPrefs, apply_display
from kiosk.ui.pages.teach_back_page import TeachBackPage
from tests import screen_checks
from tests.conftest import LANDSCAPE, PORTRAIT
from tests.touch import tap


def check_question(number: int, *, long: bool = False) -> CheckQuestion:
    if long:
        # About as long as the Spanish texts get: 110 characters, answers of about 75.
        question = (
            "¿Cuánto tiempo después del procedimiento de radiofrecuencia debería usted "
            f"esperar antes de conducir? ({number})"
        )
        answers = (
            "Puede conducir en cuanto salga de la clínica, porque no hace falta esperar.",
            "Debe esperar al menos veinticuatro horas y pedir a alguien que le lleve.",
            "Nunca podrá volver a conducir después de este procedimiento de la espalda.",
        )
    else:
        question = f"Question text {number}?"
        answers = (f"First answer {number}", f"Second answer {number}", f"Third answer {number}")
    return CheckQuestion(
        id=f"q{number}",
        question=question,
        answers=tuple(Answer(text, correct=index == 1) for index, text in enumerate(answers)),
        explanation=f"Explanation {number}. The medicine can make you sleepy for the day.",
        page_id=f"page-{number}",
        draft_question=f"Draft question {number}?",
    )


def teach_back(count: int = 4, *, long: bool = False) -> TeachBack:
    return TeachBack(
        language="en",
        questions=tuple(check_question(n, long=long) for n in range(1, count + 1)),
        review=Review(sources=("Source A",)),
    )


def spanish(original: TeachBack) -> TeachBack:
    """The same questions (same ids, same correct answers) in other words."""
    return replace(
        original,
        language="es",
        questions=tuple(
            replace(q, question=f"ES {q.question}", draft_question=f"ES {q.draft_question}")
            for q in original.questions
        ),
    )


@pytest.fixture
def kiosk_style(qapp: QApplication) -> Iterator[None]:
    """Sizes come from the app's style sheet, so the checks run with it."""
    previous_sheet, previous_font = qapp.styleSheet(), QFont(qapp.font())
    yield
    qapp.setStyleSheet(previous_sheet)
    qapp.setFont(previous_font)


def show(qtbot: QtBot, page: TeachBackPage, size: tuple[int, int] = LANDSCAPE) -> QStackedWidget:
    """The page in a stack, as the window holds its pages (the stack paints the background)."""
    host = QStackedWidget()
    host.setObjectName("testHost")
    host.addWidget(page)
    qtbot.addWidget(host)
    host.resize(*size)
    host.show()
    qtbot.waitExposed(host)
    return host


def make_page(qtbot: QtBot, content: TeachBack | None = None) -> TeachBackPage:
    page = TeachBackPage(content or teach_back())
    qtbot.addWidget(page)
    page.resize(*LANDSCAPE)
    page.show()
    qtbot.waitExposed(page)
    return page


def press(qtbot: QtBot, page: TeachBackPage, name: str) -> None:
    """A tap, then the moment a finger needs to reach the next button: the page has laid out
    what the tap showed and scrolled it into view."""
    scroll_into_view(page, name)
    tap(qtbot, page, name)
    settle(qtbot)


def scroll_into_view(page: TeachBackPage, name: str) -> None:
    """What a patient does first when a button is below the fold: scroll down to it."""
    target = button(page, name)
    for scroll in page.findChildren(QScrollArea):
        if scroll.isAncestorOf(target):
            scroll.ensureWidgetVisible(target)


def settle(qtbot: QtBot) -> None:
    """A shown or hidden part changes the size of its neighbours, which lay out in turn:
    a few passes of the event loop, far less than any finger needs."""
    for _ in range(3):
        qtbot.wait(1)


def button(page: TeachBackPage, name: str) -> QPushButton:
    found = page.findChild(QPushButton, name)
    assert found is not None, name
    return found


def text_of(page: TeachBackPage, name: str) -> str:
    found = page.findChild(QLabel, name)
    assert found is not None, name
    return found.text()


def visible(page: TeachBackPage, name: str) -> bool:
    found = page.findChild(QPushButton, name) or page.findChild(QLabel, name)
    assert found is not None, name
    return found.isVisible()


def accessible_name(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def on_screen_words(page: TeachBackPage) -> str:
    words = [w.text() for w in screen_checks.shown(page, QLabel) if isinstance(w, QLabel)]
    words += [
        w.text() for w in screen_checks.shown(page, QPushButton) if isinstance(w, QPushButton)
    ]
    return " ".join(words).lower()


# Answering -------------------------------------------------------------------------------------


def test_a_question_shows_its_number_words_and_answers_and_nothing_else_yet(
    qtbot: QtBot,
) -> None:
    page = make_page(qtbot)
    assert text_of(page, "questionNumber") == "Check what you learned: question 1 of 4"
    assert text_of(page, "questionText") == "Question text 1?"
    assert [button(page, f"answerButton_{i}").accessibleName() for i in range(3)] == [
        "First answer 1",
        "Second answer 1",
        "Third answer 1",
    ]
    assert button(page, "notSureButton").accessibleName() == "I'm not sure"
    assert not visible(page, "feedbackHeading")
    assert not visible(page, "nextQuestionButton")


def test_a_right_answer_says_so_explains_and_moves_on(qtbot: QtBot) -> None:
    page = make_page(qtbot)
    press(qtbot, page, "answerButton_1")
    assert text_of(page, "feedbackHeading") == "That's right."
    assert text_of(page, "feedbackText") == page_explanation(1)
    assert not visible(page, "showPageButton")
    assert not visible(page, "askCareTeamButton")
    assert button(page, "nextQuestionButton").text() == "Next question"
    assert accessible_name(button(page, "answerButton_1")) == "Your answer: Second answer 1"
    assert page.score() == (1, 4)


def page_explanation(number: int) -> str:
    return f"Explanation {number}. The medicine can make you sleepy for the day."


def test_another_answer_is_explained_kindly_and_offers_the_page(qtbot: QtBot) -> None:
    page = make_page(qtbot)
    press(qtbot, page, "answerButton_2")
    assert text_of(page, "feedbackHeading") == "Not quite."
    assert text_of(page, "feedbackText") == page_explanation(1)
    words = on_screen_words(page)
    assert "wrong" not in words
    assert "incorrect" not in words
    assert not visible(page, "askCareTeamButton")
    with qtbot.waitSignal(page.page_requested) as shown:
        press(qtbot, page, "showPageButton")
    assert shown.args == ["page-1"]
    assert page.score() == (0, 4)


def test_not_sure_offers_the_page_and_a_question_for_the_care_team(qtbot: QtBot) -> None:
    page = make_page(qtbot)
    press(qtbot, page, "notSureButton")
    assert text_of(page, "feedbackHeading") == "That's a good thing to ask about."
    assert text_of(page, "feedbackText") == page_explanation(1)
    assert visible(page, "showPageButton")
    ask = button(page, "askCareTeamButton")
    assert ask.text() == "Ask my care team this"
    assert ask.isEnabled()
    with qtbot.waitSignal(page.page_requested) as shown:
        press(qtbot, page, "showPageButton")
    assert shown.args == ["page-1"]


def test_asking_the_care_team_drafts_the_question_once_even_on_a_double_tap(
    qtbot: QtBot,
) -> None:
    page = make_page(qtbot)
    press(qtbot, page, "notSureButton")
    drafted: list[str] = []
    page.question_drafted.connect(drafted.append)
    press(qtbot, page, "askCareTeamButton")
    press(qtbot, page, "askCareTeamButton")
    assert drafted == ["Draft question 1?"]
    ask = button(page, "askCareTeamButton")
    assert ask.text() == "Added to your questions"
    assert accessible_name(ask) == "Added to your questions"
    assert not ask.isEnabled()
    assert page.drafted_questions() == ("Draft question 1?",)


def test_the_first_answer_counts_and_later_taps_change_nothing(qtbot: QtBot) -> None:
    page = make_page(qtbot)
    press(qtbot, page, "answerButton_0")
    press(qtbot, page, "answerButton_0")
    press(qtbot, page, "answerButton_1")
    press(qtbot, page, "notSureButton")
    assert text_of(page, "feedbackHeading") == "Not quite."
    assert page.score() == (0, 4)
    assert not visible(page, "askCareTeamButton")
    assert not button(page, "answerButton_1").isEnabled()
    assert button(page, "answerButton_0").property("variant") == "primary"
    assert button(page, "answerButton_1").property("variant") == "tile"


def test_the_feedback_is_scrolled_into_view_on_a_tall_narrow_screen(
    qtbot: QtBot, kiosk_style: None
) -> None:
    apply_display(DisplayPrefs(text_scale=1.5))
    page = TeachBackPage(teach_back(long=True))
    host = show(qtbot, page, PORTRAIT)
    assert host.isVisible()
    scroll = page.findChild(QScrollArea, "teachBackScroll")
    assert scroll is not None
    feedback = page.findChild(QLabel, "feedbackHeading")
    assert feedback is not None
    tap(qtbot, page, "notSureButton")  # in view at the start, below the question
    settle(qtbot)  # until then the hidden heading keeps the place it had before

    def heading_in_view() -> bool:
        viewport = scroll.viewport()
        top_left = feedback.mapTo(viewport, QPoint(0, 0))
        return viewport.rect().contains(QRect(top_left, feedback.size()))

    qtbot.waitUntil(heading_in_view)
    assert scroll.verticalScrollBar().value() > 0


# Going through -------------------------------------------------------------------------------


def answer_all(qtbot: QtBot, page: TeachBackPage, choices: list[str]) -> None:
    """Answers each question with the button named, drafting the not-sure ones."""
    for choice in choices:
        press(qtbot, page, choice)
        if choice == "notSureButton":
            press(qtbot, page, "askCareTeamButton")
        press(qtbot, page, "nextQuestionButton")


def test_next_goes_through_the_questions_and_the_last_leads_to_the_summary(
    qtbot: QtBot,
) -> None:
    page = make_page(qtbot)
    answer_all(qtbot, page, ["answerButton_1", "answerButton_0"])
    assert page.current_index() == 2
    assert text_of(page, "questionNumber") == "Check what you learned: question 3 of 4"
    assert text_of(page, "questionText") == "Question text 3?"
    assert not visible(page, "feedbackHeading")
    assert button(page, "answerButton_0").isEnabled()
    press(qtbot, page, "notSureButton")
    assert button(page, "nextQuestionButton").text() == "Next question"
    press(qtbot, page, "nextQuestionButton")
    press(qtbot, page, "answerButton_1")
    assert button(page, "nextQuestionButton").text() == "See how I did"
    press(qtbot, page, "nextQuestionButton")
    assert page.current_index() == 4
    assert visible(page, "summaryHeading")
    assert not visible(page, "questionText")


def test_the_summary_counts_lists_the_drafted_questions_and_offers_to_ask(
    qtbot: QtBot,
) -> None:
    page = make_page(qtbot)
    answer_all(qtbot, page, ["answerButton_1", "notSureButton", "answerButton_1", "notSureButton"])
    assert page.score() == (2, 4)
    assert text_of(page, "summaryHeading") == "You knew 2 of 4. Well done."
    assert text_of(page, "draftedList") == "• Draft question 2?\n• Draft question 4?"
    assert page.drafted_questions() == ("Draft question 2?", "Draft question 4?")
    assert not visible(page, "nextQuestionButton")
    with qtbot.waitSignal(page.ask_requested):
        press(qtbot, page, "askNowButton")
    with qtbot.waitSignal(page.topics_requested):
        press(qtbot, page, "backToTopicsButton")


@pytest.mark.parametrize(
    ("choices", "heading"),
    [
        (["answerButton_1"] * 4, "You knew 4 of 4. Well done."),
        (["answerButton_1", "answerButton_0", "answerButton_2", "answerButton_0"], None),
        (["answerButton_0"] * 4, "Thank you for checking what you learned."),
    ],
)
def test_every_score_is_met_warmly_and_without_drafts_there_is_nothing_to_ask(
    qtbot: QtBot, choices: list[str], heading: str | None
) -> None:
    page = make_page(qtbot)
    answer_all(qtbot, page, choices)
    expected = heading or "You knew 1 of 4. That is a good start."
    assert text_of(page, "summaryHeading") == expected
    words = on_screen_words(page)
    for unkind in ("wrong", "incorrect", "fail"):
        assert unkind not in words
    assert not visible(page, "askNowButton")
    assert not visible(page, "draftedList")
    assert visible(page, "backToTopicsButton")


def test_restart_forgets_every_answer_and_drafted_question(qtbot: QtBot) -> None:
    page = make_page(qtbot)
    answer_all(qtbot, page, ["notSureButton", "answerButton_1", "answerButton_1", "answerButton_1"])
    assert page.drafted_questions()
    page.restart()
    assert page.current_index() == 0
    assert page.drafted_questions() == ()
    assert page.score() == (0, 4)
    assert text_of(page, "questionNumber") == "Check what you learned: question 1 of 4"
    assert not visible(page, "feedbackHeading")
    assert not visible(page, "backToTopicsButton")
    assert all(button(page, f"answerButton_{i}").isEnabled() for i in range(3))
    assert button(page, "notSureButton").property("variant") == "tile"
    press(qtbot, page, "notSureButton")
    assert button(page, "askCareTeamButton").text() == "Ask my care team this"


def test_a_new_language_keeps_the_place_answers_and_drafts(qtbot: QtBot) -> None:
    content = teach_back()
    page = make_page(qtbot, content)
    answer_all(qtbot, page, ["answerButton_1"])
    press(qtbot, page, "notSureButton")
    press(qtbot, page, "askCareTeamButton")
    page.set_teach_back(spanish(content))
    assert page.current_index() == 1
    assert text_of(page, "questionText") == "ES Question text 2?"
    assert text_of(page, "feedbackHeading") == "That's a good thing to ask about."
    ask = button(page, "askCareTeamButton")
    assert ask.text() == "Added to your questions"
    assert not ask.isEnabled()
    assert page.drafted_questions() == ("ES Draft question 2?",)
    assert page.score() == (1, 4)


def test_different_questions_start_the_check_again(qtbot: QtBot) -> None:
    page = make_page(qtbot)
    answer_all(qtbot, page, ["notSureButton"])
    page.set_teach_back(teach_back(3))
    assert page.current_index() == 0
    assert page.drafted_questions() == ()
    assert text_of(page, "questionNumber") == "Check what you learned: question 1 of 3"


class PrefixTranslator:
    """Installs a translator that puts "ES " before every word the screens ask for."""

    def __init__(self, qapp: QApplication) -> None:
        from PySide6.QtCore import QTranslator  # noqa: PLC0415

        class Prefixing(QTranslator):
            def translate(
                self,
                context: str,
                source_text: str,
                disambiguation: str | None = None,
                n: int = -1,
            ) -> str:
                return f"ES {source_text}"

            def isEmpty(self) -> bool:  # noqa: N802 (Qt override)
                return False

        self._app = qapp
        self._translator = Prefixing(qapp)

    def __enter__(self) -> None:
        self._app.installTranslator(self._translator)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

    def __exit__(self, *_: object) -> None:
        self._app.removeTranslator(self._translator)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def test_a_language_change_retranslates_words_and_keeps_the_state(
    qtbot: QtBot, qapp: QApplication
) -> None:
    page = make_page(qtbot)
    press(qtbot, page, "notSureButton")
    press(qtbot, page, "askCareTeamButton")
    with PrefixTranslator(qapp):
        assert text_of(page, "questionNumber") == "ES Check what you learned: question 1 of 4"
        assert text_of(page, "feedbackHeading") == "ES That's a good thing to ask about."
        ask = button(page, "askCareTeamButton")
        assert ask.text() == "ES Added to your questions"
        assert accessible_name(ask) == "ES Added to your questions"
        assert not ask.isEnabled()
        assert button(page, "showPageButton").text() == "ES Show me the page"
        assert accessible_name(button(page, "notSureButton")) == "ES Your answer: ES I'm not sure"
        assert button(page, "nextQuestionButton").text() == "ES Next question"
        assert text_of(page, "reviewNote").startswith("ES Not yet reviewed by your care team.")
    assert button(page, "askCareTeamButton").text() == "Added to your questions"


# The review note --------------------------------------------------------------------------------

NOT_REVIEWED = "Not yet reviewed by your care team. For learning only, not medical advice."


def test_the_questions_say_they_are_not_yet_reviewed_in_small_print(qtbot: QtBot) -> None:
    page = make_page(qtbot)
    note = page.findChild(QLabel, "reviewNote")
    assert note is not None
    assert note.isVisible()
    assert note.text() == NOT_REVIEWED
    assert note.property("role") == "smallPrint"


def test_an_overdue_review_says_when_a_new_one_was_due(qtbot: QtBot) -> None:
    review = Review(
        sources=("Source A",),
        reviewed_by="Dr Ana Ruiz",
        reviewed_on=dt.date(2025, 3, 1),
        review_due=dt.date(2026, 3, 1),
    )
    day = dt.date(2026, 3, 1)
    page = TeachBackPage(replace(teach_back(), review=review), today=lambda: day)
    host = show(qtbot, page)
    assert text_of(page, "reviewNote") == (
        "Reviewed by Dr Ana Ruiz on 2025-03-01. For learning only, not medical advice."
    )
    day = dt.date(2026, 3, 2)  # the kiosk ran overnight; the next patient opens the check
    page.hide()
    page.show()
    assert host.currentWidget() is page
    assert text_of(page, "reviewNote") == (
        "Reviewed by Dr Ana Ruiz on 2025-03-01; a new review was due on 2026-03-01. "
        "For learning only, not medical advice."
    )
    page.set_teach_back(spanish(teach_back()))  # the other language's file, not reviewed
    assert text_of(page, "reviewNote") == NOT_REVIEWED


# What a patient sees -----------------------------------------------------------------------------


SIZES = {
    "landscape": LANDSCAPE,
    "portrait": PORTRAIT,
    # What is left of a landscape screen between the top bar and footer at 150 % text.
    "landscape framed": (LANDSCAPE[0], 760),
}


def walk_and_check(qtbot: QtBot, page: TeachBackPage, host: QStackedWidget) -> list[str]:
    """Every kind of screen the check shows, each measured as a patient would see it."""
    problems: list[str] = []
    size = host.size()

    def measure(state: str) -> None:
        settle(qtbot)
        if host.size() != size:
            problems.append(f"{state}: grew to {host.width()}x{host.height()}")
        for check in (
            screen_checks.small_targets,
            screen_checks.small_text,
            screen_checks.clipped_text,
        ):
            problems.extend(f"{state}: {p}" for p in check(host))
        for widget in screen_checks.shown(host, QPushButton):
            if not accessible_name(widget).strip():
                problems.append(f"{state}: {widget.objectName()} has no accessible name")

    measure("question")
    press(qtbot, page, "notSureButton")
    press(qtbot, page, "askCareTeamButton")
    measure("not sure, drafted")
    press(qtbot, page, "nextQuestionButton")
    press(qtbot, page, "answerButton_0")
    measure("another answer")
    press(qtbot, page, "nextQuestionButton")
    press(qtbot, page, "answerButton_1")
    measure("right answer")
    press(qtbot, page, "nextQuestionButton")
    press(qtbot, page, "notSureButton")
    press(qtbot, page, "askCareTeamButton")
    press(qtbot, page, "nextQuestionButton")
    measure("summary")
    return problems


@pytest.mark.parametrize("scale", [1.0, 1.5])
@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_every_state_is_readable_and_touchable_with_long_words(
    qtbot: QtBot, kiosk_style: None, size: tuple[int, int], scale: float
) -> None:
    apply_display(DisplayPrefs(text_scale=scale))
    page = TeachBackPage(teach_back(long=True))
    host = show(qtbot, page, size)
    assert host.size() == QSize(*size)
    assert walk_and_check(qtbot, page, host) == []


def test_the_checks_see_a_squeezed_answer(qtbot: QtBot, kiosk_style: None) -> None:
    """The size checks above can fail: a squeezed answer button is reported."""
    apply_display(DisplayPrefs(text_scale=1.5))
    page = TeachBackPage(teach_back(long=True))
    host = show(qtbot, page, PORTRAIT)
    button(page, "answerButton_0").setFixedHeight(60)
    qtbot.wait(1)
    problems = screen_checks.small_targets(host) + screen_checks.clipped_text(host)
    assert any("answerButton_0" in p for p in problems)
