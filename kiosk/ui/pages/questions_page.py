"""Questions to ask your care team: tick the ones you want, then add them to your message."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.content.learning import QuestionsToAsk, QuestionToAsk
from kiosk.ui.widgets.chip import WrappingCheckBox
from kiosk.ui.widgets.columns import COLUMN_MAX_WIDTH_PX, centred_row, scrolled_column
from kiosk.ui.widgets.labels import make_label
from kiosk.ui.widgets.retranslating import RetranslatingWidget
from kiosk.ui.widgets.review_note import Today, make_review_note, review_note_text
from kiosk.ui.widgets.touch_button import TouchButton


class QuestionsPage(RetranslatingWidget):
    questions_chosen = Signal(list)

    def __init__(
        self,
        questions: QuestionsToAsk,
        parent: QWidget | None = None,
        *,
        today: Today = dt.date.today,
    ) -> None:
        """``today`` dates the review note (is the list's review overdue?)."""
        super().__init__(parent)
        self.setObjectName("questionsPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._questions = questions
        self._today = today
        self._boxes: list[WrappingCheckBox] = []

        self._heading = make_label("questionsHeading", "heading")
        self._intro = make_label("questionsIntro")
        self._list_layout = QVBoxLayout()
        self._list_layout.setSpacing(12)
        self._review_note = make_review_note()
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(20)
        layout.addWidget(self._heading)
        layout.addWidget(self._intro)
        layout.addLayout(self._list_layout)
        layout.addWidget(self._review_note)
        layout.addStretch(1)
        self._scroll = scrolled_column("questionsScroll", column)

        self._hint = make_label("questionsHint")
        self._add_button = TouchButton("addQuestionsButton", variant="primary")
        self._add_button.clicked.connect(self._on_add_button_clicked)
        bottom = QWidget()
        bottom.setMaximumWidth(COLUMN_MAX_WIDTH_PX)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.setSpacing(12)
        bottom_layout.addWidget(self._hint)
        bottom_layout.addWidget(self._add_button)

        page_layout = QVBoxLayout(self)
        page_layout.setContentsMargins(48, 24, 32, 24)
        page_layout.setSpacing(20)
        page_layout.addWidget(self._scroll, 1)
        page_layout.addLayout(centred_row(bottom))
        self._build_boxes(frozenset())
        self.retranslate_ui()

    # The window's interface --------------------------------------------------------------------

    def set_questions(self, questions: QuestionsToAsk) -> None:
        """The list in another language; the same questions (by id) stay ticked."""
        ticked = frozenset(q.id for q, box in self._rows() if box.isChecked())
        for box in self._boxes:
            self._list_layout.removeWidget(box)
            box.hide()  # gone from the screen now, deleted once control returns to the loop
            box.deleteLater()
        self._questions = questions
        self._build_boxes(ticked)
        self._update_button()
        self._show_review_note()

    def clear(self) -> None:
        for box in self._boxes:
            box.setChecked(False)
        self._scroll.verticalScrollBar().setValue(0)

    def ticked_questions(self) -> tuple[str, ...]:
        return tuple(q.text for q, box in self._rows() if box.isChecked())

    def retranslate_ui(self) -> None:
        self._heading.setText(self.tr("Questions to ask your care team"))
        self._intro.setText(
            self.tr(
                "Tick the questions you want to ask. We will add them to a message for your "
                "care team. You can change the words."
            )
        )
        self._hint.setText(self.tr("Tick at least one question first."))
        self._add_button.setText(self.tr("Add to my question"))
        self._add_button.setAccessibleName(self._add_button.text())
        self._update_button()
        self._show_review_note()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        # The kiosk runs for days: a review that falls due meanwhile shows on the next visit.
        self._show_review_note()
        super().showEvent(event)

    # Behaviour ---------------------------------------------------------------------------------

    def _rows(self) -> list[tuple[QuestionToAsk, WrappingCheckBox]]:
        return list(zip(self._questions.questions, self._boxes, strict=True))

    def _build_boxes(self, ticked: frozenset[str]) -> None:
        self._boxes = []
        for question in self._questions.questions:
            box = WrappingCheckBox(f"askQuestion_{question.id}")
            box.set_label(question.text)
            box.setChecked(question.id in ticked)
            box.toggled.connect(self._on_box_toggled)
            self._list_layout.addWidget(box)
            box.show()  # at once, not after the event loop's next turn, when the page shows
            self._boxes.append(box)

    def _show_review_note(self) -> None:
        self._review_note.setText(review_note_text(self._questions.review, self._today()))

    def _update_button(self) -> None:
        """The button works once something is ticked; until then the hint says why not."""
        anything = any(box.isChecked() for box in self._boxes)
        self._add_button.setEnabled(anything)
        self._hint.setVisible(not anything)
        self._add_button.setAccessibleDescription("" if anything else self._hint.text())

    @Slot()
    def _on_box_toggled(self) -> None:
        self._update_button()

    @Slot()
    def _on_add_button_clicked(self) -> None:
        ticked = list(self.ticked_questions())
        if ticked:
            self.questions_chosen.emit(ticked)
