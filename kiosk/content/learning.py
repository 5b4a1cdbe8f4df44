"""What a patient can do after reading: check what they learned, and pick questions to ask.

Plain Python, no Qt. Both come from content files beside the pages (see docs/content.md), one per
language, validated like the pages by kiosk.content.learning_loader.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.content.model import Review


@dataclass(frozen=True)
class Answer:
    text: str
    correct: bool


@dataclass(frozen=True)
class CheckQuestion:
    """One teach-back question. The screen adds an "I'm not sure" answer to every question."""

    id: str
    question: str
    answers: tuple[Answer, ...]
    """Two or three answers, exactly one correct."""
    explanation: str
    """Said kindly after any answer: the fact the question checks, in one or two sentences."""
    page_id: str
    """The page that answers the question, offered after a wrong answer or "I'm not sure"."""
    draft_question: str
    """What "Ask this" puts in the patient's question, written in the patient's own voice."""

    @property
    def correct_answer(self) -> Answer:
        return next(answer for answer in self.answers if answer.correct)


@dataclass(frozen=True)
class TeachBack:
    language: str
    questions: tuple[CheckQuestion, ...]
    """Three to five questions, in the order asked."""
    review: Review


@dataclass(frozen=True)
class QuestionToAsk:
    id: str
    text: str
    """As the patient would ask it, e.g. "When can I drive again?"."""


@dataclass(frozen=True)
class QuestionsToAsk:
    language: str
    questions: tuple[QuestionToAsk, ...]
    review: Review


@dataclass(frozen=True)
class Learning:
    """What follows the reading, in one language."""

    teach_back: TeachBack
    questions: QuestionsToAsk
