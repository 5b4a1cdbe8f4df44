"""Every page reads at US school grade 6 or below (Flesch-Kincaid), as AMA recommends.

The teach-back questions and the questions to ask are held to the same targets: each teach-back
question with its answers, explanation and draft question, each whole file, and in Spanish the
same Fernández-Huerta score as the Spanish pages (tests/unit/test_spanish.py).
"""

from __future__ import annotations

import pytest
import textstat

from kiosk.content import CheckQuestion, Page, QuestionsToAsk, TeachBack, load_library
from kiosk.content.learning_loader import plain_text
from tests.unit.content_files import builtin_files, image_names
from tests.unit.test_learning_content import builtin_learning
from tests.unit.test_spanish import EASY_SPANISH

CEILING = 6.0
LIBRARY = load_library("en", builtin_files(), image_names()).library
LEARNING = {language: builtin_learning(language) for language in ("en", "es")}


def learning_texts(language: str) -> list[CheckQuestion | TeachBack | QuestionsToAsk]:
    teach_back, questions = LEARNING[language]
    return [*teach_back.questions, teach_back, questions]


def learning_id(item: CheckQuestion | TeachBack | QuestionsToAsk) -> str:
    if isinstance(item, CheckQuestion):
        return f"teach-back:{item.id}"
    return "teach-back" if isinstance(item, TeachBack) else "questions-to-ask"


@pytest.mark.parametrize("page", LIBRARY.pages, ids=lambda page: page.id)
def test_page_reads_at_grade_6_or_below(page: Page) -> None:
    grade = textstat.flesch_kincaid_grade(page.plain_text())
    assert grade <= CEILING, f"{page.id} reads at grade {grade}"


@pytest.mark.parametrize("item", learning_texts("en"), ids=learning_id)
def test_learning_text_reads_at_grade_6_or_below(
    item: CheckQuestion | TeachBack | QuestionsToAsk,
) -> None:
    grade = textstat.flesch_kincaid_grade(plain_text(item))
    assert grade <= CEILING, f"{learning_id(item)} reads at grade {grade}"


@pytest.mark.parametrize("item", learning_texts("es"), ids=learning_id)
def test_spanish_learning_text_reads_easily(
    item: CheckQuestion | TeachBack | QuestionsToAsk,
) -> None:
    textstat.set_lang("es")
    try:
        score = textstat.fernandez_huerta(plain_text(item))
    finally:
        textstat.set_lang("en_US")
    assert score >= EASY_SPANISH, f"{learning_id(item)}: Fernández-Huerta {score}"


def test_the_measure_tells_hard_text_from_plain_text() -> None:
    """Guards the tool itself: the clinic's original sentence scores far above the ceiling."""
    original = (
        "Rhizotomy, also known as radiofrequency rhizotomy or nerve ablation, is a medical "
        "procedure that involves selectively damaging or disabling specific nerve roots to "
        "alleviate chronic pain."
    )
    assert textstat.flesch_kincaid_grade(original) > CEILING
    assert textstat.flesch_kincaid_grade("You lie on a bed. The nurse helps you.") < 6
