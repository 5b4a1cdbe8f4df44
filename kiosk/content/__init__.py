"""Patient-education content: the page model, the learning checks and their validating loaders
(no Qt)."""

from kiosk.content.learning import (
    Answer,
    CheckQuestion,
    Learning,
    QuestionsToAsk,
    QuestionToAsk,
    TeachBack,
)
from kiosk.content.learning_loader import load_questions_to_ask, load_teach_back
from kiosk.content.loader import ContentError, LoadResult, load_library, read_override_dir
from kiosk.content.model import Library, Page, Section

__all__ = [
    "Answer",
    "CheckQuestion",
    "ContentError",
    "Learning",
    "Library",
    "LoadResult",
    "Page",
    "QuestionToAsk",
    "QuestionsToAsk",
    "Section",
    "TeachBack",
    "load_library",
    "load_questions_to_ask",
    "load_teach_back",
    "read_override_dir",
]
