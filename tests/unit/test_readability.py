"""Every page reads at US school grade 8 or below (Flesch-Kincaid); the aim is 6."""

from __future__ import annotations

import pytest
import textstat

from kiosk.content import Page, load_library
from tests.unit.content_files import builtin_files, image_names

CEILING = 8.0
LIBRARY = load_library("en", builtin_files(), image_names()).library


@pytest.mark.parametrize("page", LIBRARY.pages, ids=lambda page: page.id)
def test_page_reads_at_grade_8_or_below(page: Page) -> None:
    grade = textstat.flesch_kincaid_grade(page.plain_text())
    assert grade <= CEILING, f"{page.id} reads at grade {grade}"


def test_the_measure_tells_hard_text_from_plain_text() -> None:
    """Guards the tool itself: the clinic's original sentence scores far above the ceiling."""
    original = (
        "Rhizotomy, also known as radiofrequency rhizotomy or nerve ablation, is a medical "
        "procedure that involves selectively damaging or disabling specific nerve roots to "
        "alleviate chronic pain."
    )
    assert textstat.flesch_kincaid_grade(original) > CEILING
    assert textstat.flesch_kincaid_grade("You lie on a bed. The nurse helps you.") < 6
