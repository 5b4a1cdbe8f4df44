"""Check what you learned: one question at a time, kind feedback, then a warm summary.

Nothing here is a test the patient can fail: every answer, "I'm not sure" included, leads to the
fact being explained, the page that explains it, and (when unsure) a question for the care team.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.learning import CheckQuestion, TeachBack
from kiosk.ui.widgets.columns import COLUMN_MAX_WIDTH_PX, centred_row, scrolled_column
from kiosk.ui.widgets.flow import FlowLayout
from kiosk.ui.widgets.labels import make_label
from kiosk.ui.widgets.qr_code import TakeHomeCode
from kiosk.ui.widgets.retranslating import RetranslatingWidget
from kiosk.ui.widgets.review_note import Today, make_review_note, review_note_text
from kiosk.ui.widgets.tile_button import TileButton
from kiosk.ui.widgets.touch_button import TouchButton

NOT_SURE = -1
"""The answer index recorded for "I'm not sure"."""
SCROLL_MARGIN_PX = 32


def set_variant(button: QAbstractButton, variant: str) -> None:
    """Restyles a button for a new look; its words (a child label) are restyled too, because
    a style sheet rule on the button's property does not reach them by itself."""
    if button.property("variant") == variant:
        return
    button.setProperty("variant", variant)
    for widget in (button, *button.findChildren(QLabel)):
        widget.style().unpolish(widget)
        widget.style().polish(widget)


class TeachBackPage(RetranslatingWidget):
    page_requested = Signal(str)
    question_drafted = Signal(str)
    ask_requested = Signal()
    topics_requested = Signal()

    def __init__(
        self,
        teach_back: TeachBack,
        take_home: str | None = None,
        parent: QWidget | None = None,
        *,
        today: Today = dt.date.today,
    ) -> None:
        """``take_home`` is the clinic's web address, shown as a QR code on the last screen.
        ``today`` dates the review note (is the questions' review overdue?)."""
        super().__init__(parent)
        self.setObjectName("teachBackPage")
        self._take_home = take_home
        self._today = today
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._teach_back = teach_back
        self._index = 0
        self._chosen: dict[str, int] = {}
        """Question id -> the answer index chosen, or NOT_SURE."""
        self._drafted: list[str] = []
        """Ids of the questions the patient chose to ask, in the order chosen."""

        self._views = QStackedWidget()
        self._views.setObjectName("teachBackViews")
        self._views.addWidget(self._build_question_view())
        self._views.addWidget(self._build_summary_view())

        self._next_button = TouchButton("nextQuestionButton", variant="primary", icon="next-light")
        self._next_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # arrow after text
        self._next_button.clicked.connect(self._on_next_button_clicked)
        self._topics_button = TouchButton("backToTopicsButton")
        self._topics_button.clicked.connect(self.topics_requested)
        self._ask_now_button = TouchButton("askNowButton", variant="primary")
        self._ask_now_button.clicked.connect(self.ask_requested)
        buttons = QWidget()
        buttons.setObjectName("teachBackButtons")
        buttons.setMaximumWidth(COLUMN_MAX_WIDTH_PX)
        row = FlowLayout(buttons, spacing=24, stretch=True, report_height_for_width=False)
        for button in (self._topics_button, self._ask_now_button, self._next_button):
            row.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 32, 24)
        layout.setSpacing(20)
        layout.addWidget(self._views, 1)
        layout.addLayout(centred_row(buttons))
        self.retranslate_ui()

    # The window's interface --------------------------------------------------------------------

    def set_teach_back(self, teach_back: TeachBack) -> None:
        """The same check in another language: the patient keeps their place and answers when
        the questions match; otherwise the check starts again."""
        same = _same_shape(self._teach_back, teach_back)
        self._teach_back = teach_back
        if same:
            self._refresh()
        else:
            self.restart()

    def restart(self) -> None:
        self._index = 0
        self._chosen.clear()
        self._drafted.clear()
        self._refresh()
        self._question_scroll.verticalScrollBar().setValue(0)
        self._summary_scroll.verticalScrollBar().setValue(0)

    def current_index(self) -> int:
        """The question shown (from 0); the number of questions while the summary shows."""
        return self._index

    def drafted_questions(self) -> tuple[str, ...]:
        by_id = {q.id: q for q in self._teach_back.questions}
        return tuple(by_id[i].draft_question for i in self._drafted if i in by_id)

    def score(self) -> tuple[int, int]:
        """(answered correctly, number of questions)."""
        right = sum(
            1
            for q in self._teach_back.questions
            if self._chosen.get(q.id, NOT_SURE) != NOT_SURE
            and q.answers[self._chosen[q.id]].correct
        )
        return right, len(self._teach_back.questions)

    def retranslate_ui(self) -> None:
        self._show_page_button.setText(self.tr("Show me the page"))
        self._show_page_button.setAccessibleName(self.tr("Show me the page that explains this"))
        self._topics_button.setText(self.tr("Back to topics"))
        self._topics_button.setAccessibleName(self._topics_button.text())
        self._ask_now_button.setText(self.tr("Ask my questions now"))
        self._ask_now_button.setAccessibleName(self._ask_now_button.text())
        self._drafted_heading.setText(self.tr("Your questions for your care team:"))
        self._drafted_hint.setText(self.tr("You can change the words before you send them."))
        self._refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        # The kiosk runs for days: a review that falls due meanwhile shows on the next visit.
        self._show_review_note()
        super().showEvent(event)

    # Building ----------------------------------------------------------------------------------

    def _build_question_view(self) -> QWidget:
        self._number = make_label("questionNumber", "eyebrow")
        self._question = make_label("questionText", "heading")
        self._answers_layout = QVBoxLayout()
        self._answers_layout.setSpacing(16)
        self._answer_buttons: list[TileButton] = []
        self._not_sure_button = TileButton("notSureButton")
        self._not_sure_button.clicked.connect(self._on_not_sure_button_clicked)

        self._feedback = QWidget()
        self._feedback.setObjectName("feedbackPanel")
        self._feedback.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._feedback_heading = make_label("feedbackHeading", "heading")
        self._feedback_text = make_label("feedbackText")
        self._show_page_button = TouchButton("showPageButton")
        self._show_page_button.clicked.connect(self._on_show_page_button_clicked)
        self._draft_button = TouchButton("askCareTeamButton")
        self._draft_button.clicked.connect(self._on_draft_button_clicked)
        actions = QWidget()
        actions.setObjectName("feedbackActions")
        flow = FlowLayout(actions, spacing=24)
        flow.addWidget(self._show_page_button)
        flow.addWidget(self._draft_button)
        feedback_layout = QVBoxLayout(self._feedback)
        feedback_layout.setContentsMargins(24, 16, 24, 24)
        feedback_layout.setSpacing(16)
        feedback_layout.addWidget(self._feedback_heading)
        feedback_layout.addWidget(self._feedback_text)
        feedback_layout.addWidget(actions)

        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(20)
        layout.addWidget(self._number)
        layout.addWidget(self._question)
        layout.addLayout(self._answers_layout)
        layout.addWidget(self._not_sure_button)
        layout.addWidget(self._feedback)
        self._review_note = make_review_note()
        layout.addWidget(self._review_note)
        layout.addStretch(1)
        self._question_scroll = scrolled_column("teachBackScroll", column)
        return self._question_scroll

    def _build_summary_view(self) -> QWidget:
        self._summary_heading = make_label("summaryHeading", "heading")
        self._summary_text = make_label("summaryText")
        self._drafted_heading = make_label("draftedHeading", "fieldLabel")
        self._drafted_list = make_label("draftedList")
        self._drafted_hint = make_label("draftedHint")
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(20)
        for label in (
            self._summary_heading,
            self._summary_text,
            self._drafted_heading,
            self._drafted_list,
            self._drafted_hint,
        ):
            layout.addWidget(label)
        code = TakeHomeCode()
        code.set_link(self._take_home)
        layout.addWidget(code, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self._summary_scroll = scrolled_column("summaryScroll", column)
        return self._summary_scroll

    def _answer_button(self, index: int) -> TileButton:
        """The button for answer ``index``, made the first time a question has that many."""
        while len(self._answer_buttons) <= index:
            number = len(self._answer_buttons)
            button = TileButton(f"answerButton_{number}")
            button.clicked.connect(lambda _checked=False, i=number: self._choose(i))
            self._answers_layout.addWidget(button)
            self._answer_buttons.append(button)
        return self._answer_buttons[index]

    # Showing the state -------------------------------------------------------------------------

    def _current(self) -> CheckQuestion | None:
        questions = self._teach_back.questions
        return questions[self._index] if self._index < len(questions) else None

    def _refresh(self) -> None:
        """Every word and control that depends on where the patient is, from the state alone
        (so a language change re-derives them)."""
        question = self._current()
        self._show_review_note()
        self._views.setCurrentIndex(0 if question is not None else 1)
        self._topics_button.setVisible(question is None)
        self._ask_now_button.setVisible(question is None and bool(self._drafted))
        if question is None:
            self._next_button.hide()
            self._fill_summary()
        else:
            self._fill_question(question)

    def _show_review_note(self) -> None:
        self._review_note.setText(review_note_text(self._teach_back.review, self._today()))

    def _fill_question(self, question: CheckQuestion) -> None:
        total = len(self._teach_back.questions)
        self._number.setText(
            self.tr("Check what you learned: question {0} of {1}").format(self._index + 1, total)
        )
        self._question.setText(question.question)
        chosen = self._chosen.get(question.id)
        answered = chosen is not None
        for index, answer in enumerate(question.answers):
            button = self._answer_button(index)
            self._show_answer(button, answer.text, answered=answered, mine=chosen == index)
        for button in self._answer_buttons[len(question.answers) :]:
            button.hide()
        self._show_answer(
            self._not_sure_button,
            self.tr("I'm not sure"),
            answered=answered,
            mine=chosen == NOT_SURE,
        )

        self._feedback.setVisible(answered)
        self._next_button.setVisible(answered)
        last = self._index == total - 1
        self._next_button.setText(self.tr("See how I did") if last else self.tr("Next question"))
        self._next_button.setAccessibleName(self._next_button.text())
        if chosen is None:
            return
        if chosen == NOT_SURE:
            heading = self.tr("That's a good thing to ask about.")
        elif question.answers[chosen].correct:
            heading = self.tr("That's right.")
        else:
            heading = self.tr("Not quite.")
        self._feedback_heading.setText(heading)
        self._feedback_text.setText(question.explanation)
        right = chosen != NOT_SURE and question.answers[chosen].correct
        self._show_page_button.setVisible(not right)
        self._draft_button.setVisible(chosen == NOT_SURE)
        drafted = question.id in self._drafted
        self._draft_button.setEnabled(not drafted)
        self._draft_button.setText(
            self.tr("Added to your questions") if drafted else self.tr("Ask my care team this")
        )
        self._draft_button.setAccessibleName(self._draft_button.text())

    def _show_answer(self, button: TileButton, text: str, *, answered: bool, mine: bool) -> None:
        """Before an answer every choice is open; after it the chosen one is filled in and the
        others are locked, so a second tap changes nothing."""
        button.set_label(text)
        if mine:
            button.setAccessibleName(self.tr("Your answer: {0}").format(text))
        button.setEnabled(not answered or mine)
        set_variant(button, "primary" if mine else "tile")
        button.show()

    def _fill_summary(self) -> None:
        right, total = self.score()
        if right == 0:
            heading = self.tr("Thank you for checking what you learned.")
        elif 2 * right >= total:
            heading = self.tr("You knew {0} of {1}. Well done.").format(right, total)
        else:
            heading = self.tr("You knew {0} of {1}. That is a good start.").format(right, total)
        self._summary_heading.setText(heading)
        self._summary_text.setText(
            self.tr("You can ask your care team about anything, at any time.")
            if right == total
            else self.tr(
                "Many people need to hear these things more than once. The pages explain "
                "each answer again, and your care team is happy to go over them with you."
            )
        )
        drafted = self.drafted_questions()
        self._drafted_heading.setVisible(bool(drafted))
        self._drafted_list.setVisible(bool(drafted))
        self._drafted_hint.setVisible(bool(drafted))
        self._drafted_list.setText("\n".join(f"• {text}" for text in drafted))

    def _bring_into_view_soon(self, widget: QWidget) -> None:
        """Once the layout has made room for it, scrolls so the widget's top shows, and its
        bottom too when it fits. The timer belongs to this page, so it dies with it."""

        def scroll() -> None:
            bar = self._question_scroll.verticalScrollBar()
            viewport = self._question_scroll.viewport().height()
            on_screen = widget.mapTo(self._question_scroll.viewport(), QPoint(0, 0)).y()
            top = bar.value() + on_screen - SCROLL_MARGIN_PX
            bottom = top + widget.height() + 2 * SCROLL_MARGIN_PX
            bar.setValue(max(bar.value(), min(bottom - viewport, top)))

        QTimer.singleShot(0, self, scroll)

    # Behaviour ---------------------------------------------------------------------------------

    def _choose(self, answer: int) -> None:
        question = self._current()
        if question is None or question.id in self._chosen:
            return
        self._chosen[question.id] = answer
        self._refresh()
        self._bring_into_view_soon(self._feedback)

    @Slot()
    def _on_not_sure_button_clicked(self) -> None:
        self._choose(NOT_SURE)

    @Slot()
    def _on_show_page_button_clicked(self) -> None:
        question = self._current()
        if question is not None:
            self.page_requested.emit(question.page_id)

    @Slot()
    def _on_draft_button_clicked(self) -> None:
        question = self._current()
        if question is None or question.id in self._drafted:
            return
        self._drafted.append(question.id)
        self._refresh()
        self.question_drafted.emit(question.draft_question)

    @Slot()
    def _on_next_button_clicked(self) -> None:
        question = self._current()
        if question is None or question.id not in self._chosen:
            return
        self._index += 1
        self._refresh()
        self._question_scroll.verticalScrollBar().setValue(0)
        self._summary_scroll.verticalScrollBar().setValue(0)


def _same_shape(old: TeachBack, new: TeachBack) -> bool:
    """Whether answers given to ``old`` mean the same in ``new``: the same questions in the
    same order, each with as many answers and the correct one in the same place."""
    if len(old.questions) != len(new.questions):
        return False
    return all(
        a.id == b.id and len(a.answers) == len(b.answers) and _correct_index(a) == _correct_index(b)
        for a, b in zip(old.questions, new.questions, strict=True)
    )


def _correct_index(question: CheckQuestion) -> int:
    return next(i for i, answer in enumerate(question.answers) if answer.correct)
