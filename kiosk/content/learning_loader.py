"""Reads and validates the teach-back questions and the questions-to-ask checklist.

Two TOML files per language sit beside the pages (see docs/content.md): ``teach-back.toml``
and ``questions-to-ask.toml``. Every problem is a ContentError naming the file, the field and
what was expected, with the same wording as the pages. A field inside the n-th ``[[question]]``
table is named ``question[n].<field>``, counting from 1, and an answer ``answers[n]`` likewise.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from kiosk.content.learning import (
    Answer,
    CheckQuestion,
    QuestionsToAsk,
    QuestionToAsk,
    TeachBack,
)
from kiosk.content.loader import (
    _PAGE_ID,
    ContentError,
    _check_fields,
    _parse_review,
    _required_str,
    _toml_table,
)
from kiosk.content.model import Library, _as_sentence

MIN_CHECK_QUESTIONS = 3
MAX_CHECK_QUESTIONS = 5
MIN_ANSWERS = 2
MAX_ANSWERS = 3
MIN_QUESTIONS_TO_ASK = 4
MAX_QUESTIONS_TO_ASK = 8
MAX_QUESTION_CHARS = 120
MAX_ANSWER_CHARS = 80
MAX_EXPLANATION_CHARS = 300
MAX_DRAFT_CHARS = 200
MAX_QUESTION_TO_ASK_CHARS = 100

_FILE_FIELDS = {"question", "review"}
_CHECK_FIELDS = {"id", "question", "answers", "explanation", "page_id", "draft_question"}
_ANSWER_FIELDS = {"text", "correct"}
_ASK_FIELDS = {"id", "text"}


def load_teach_back(language: str, text: str, origin: str, library: Library) -> TeachBack:
    """Parses ``teach-back.toml``; every ``page_id`` must be a page of ``library``."""
    if library.language != language:
        raise ValueError(f"a {language!r} teach-back needs the {language!r} pages")
    data = _toml_table(text, origin)
    _check_fields(data, _FILE_FIELDS, origin)
    tables = _question_tables(data, origin, MIN_CHECK_QUESTIONS, MAX_CHECK_QUESTIONS)
    page_ids = [page.id for page in library.pages]
    seen: set[str] = set()
    questions: list[CheckQuestion] = []
    for where, table in tables:
        _check_fields(table, _CHECK_FIELDS, origin, f"{where}.")
        questions.append(
            CheckQuestion(
                id=_unique_id(table, where, origin, seen),
                question=_text(table, "question", where, origin, MAX_QUESTION_CHARS),
                answers=_answers(table.get("answers"), where, origin),
                explanation=_text(table, "explanation", where, origin, MAX_EXPLANATION_CHARS),
                page_id=_page_id(table, where, origin, page_ids),
                draft_question=_text(table, "draft_question", where, origin, MAX_DRAFT_CHARS),
            )
        )
    return TeachBack(language, tuple(questions), _parse_review(data.get("review"), origin))


def load_questions_to_ask(language: str, text: str, origin: str) -> QuestionsToAsk:
    """Parses ``questions-to-ask.toml``, the checklist of questions for the care team."""
    data = _toml_table(text, origin)
    _check_fields(data, _FILE_FIELDS, origin)
    tables = _question_tables(data, origin, MIN_QUESTIONS_TO_ASK, MAX_QUESTIONS_TO_ASK)
    seen: set[str] = set()
    questions: list[QuestionToAsk] = []
    for where, table in tables:
        _check_fields(table, _ASK_FIELDS, origin, f"{where}.")
        questions.append(
            QuestionToAsk(
                id=_unique_id(table, where, origin, seen),
                text=_text(table, "text", where, origin, MAX_QUESTION_TO_ASK_CHARS),
            )
        )
    return QuestionsToAsk(language, tuple(questions), _parse_review(data.get("review"), origin))


def plain_text(content: CheckQuestion | TeachBack | QuestionsToAsk) -> str:
    """Everything a patient reads, one sentence per line of text (for readability measures)."""
    if isinstance(content, CheckQuestion):
        parts = [
            content.question,
            *(answer.text for answer in content.answers),
            content.explanation,
            content.draft_question,
        ]
        return " ".join(_as_sentence(part) for part in parts)
    if isinstance(content, TeachBack):
        return " ".join(plain_text(question) for question in content.questions)
    return " ".join(_as_sentence(question.text) for question in content.questions)


def _question_tables(
    data: Mapping[str, Any], origin: str, low: int, high: int
) -> list[tuple[str, Mapping[str, Any]]]:
    """The ``[[question]]`` tables, each with the name errors give it (``question[2]``)."""
    tables = data.get("question")
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise ContentError(origin, "question", f"{low} to {high} [[question]] tables")
    if not low <= len(tables) <= high:
        raise ContentError(
            origin, "question", f"{low} to {high} [[question]] tables, not {len(tables)}"
        )
    return [(f"question[{number}]", table) for number, table in enumerate(tables, start=1)]


def _text(table: Mapping[str, Any], key: str, where: str, origin: str, max_chars: int) -> str:
    """A required text of a nested table, its problems named ``<where>.<key>``."""
    try:
        return _required_str(table, key, origin, max_chars)
    except ContentError as error:
        raise ContentError(origin, f"{where}.{key}", error.expected) from None


def _unique_id(table: Mapping[str, Any], where: str, origin: str, seen: set[str]) -> str:
    value = _text(table, "id", where, origin, 60)
    if not _PAGE_ID.fullmatch(value):
        raise ContentError(
            origin, f"{where}.id", "lower-case letters, digits and dashes, like relief-lasts"
        )
    if value in seen:
        raise ContentError(origin, f"{where}.id", f"an id no other question has, not {value!r}")
    seen.add(value)
    return value


def _answers(value: object, where: str, origin: str) -> tuple[Answer, ...]:
    field = f"{where}.answers"
    if (
        not isinstance(value, list)
        or not all(isinstance(answer, dict) for answer in value)
        or not MIN_ANSWERS <= len(value) <= MAX_ANSWERS
    ):
        raise ContentError(
            origin,
            field,
            f'{MIN_ANSWERS} or {MAX_ANSWERS} answers like {{ text = "...", correct = false }}',
        )
    answers: list[Answer] = []
    for number, table in enumerate(value, start=1):
        name = f"{field}[{number}]"
        _check_fields(table, _ANSWER_FIELDS, origin, f"{name}.")
        text = _text(table, "text", name, origin, MAX_ANSWER_CHARS)
        correct = table.get("correct")
        if not isinstance(correct, bool):
            raise ContentError(origin, f"{name}.correct", "true or false, without quotes")
        answers.append(Answer(text, correct))
    right = sum(answer.correct for answer in answers)
    if right != 1:
        raise ContentError(origin, field, f"exactly one answer with correct = true, not {right}")
    if len({answer.text.casefold() for answer in answers}) != len(answers):
        raise ContentError(origin, field, "answers that differ from each other")
    return tuple(answers)


def _page_id(table: Mapping[str, Any], where: str, origin: str, page_ids: Collection[str]) -> str:
    value = _text(table, "page_id", where, origin, 60)
    if value not in page_ids:
        raise ContentError(
            origin,
            f"{where}.page_id",
            f"the id of a page ({', '.join(sorted(page_ids))}), not {value!r}",
        )
    return value
