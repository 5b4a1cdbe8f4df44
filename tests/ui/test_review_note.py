"""The review note's three wordings, in English and in the shipped Spanish translation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk import resources
from kiosk.content.model import Review
from kiosk.ui.widgets.review_note import make_review_note, review_note_text

UNREVIEWED = Review(sources=("A",))
REVIEWED = Review(
    sources=("A",),
    reviewed_by="Dr Ana Ruiz",
    reviewed_on=dt.date(2025, 3, 1),
    review_due=dt.date(2026, 3, 1),
)


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(resources.translation_path("es"))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_unreviewed_content_says_so() -> None:
    assert review_note_text(UNREVIEWED, dt.date(2026, 1, 1)) == (
        "Not yet reviewed by your care team. For learning only, not medical advice."
    )


def test_a_review_names_the_reviewer_and_date_until_it_falls_due() -> None:
    assert review_note_text(REVIEWED, dt.date(2026, 3, 1)) == (
        "Reviewed by Dr Ana Ruiz on 2025-03-01. For learning only, not medical advice."
    )


def test_a_review_past_its_due_date_says_when_a_new_one_was_due() -> None:
    assert review_note_text(REVIEWED, dt.date(2026, 3, 2)) == (
        "Reviewed by Dr Ana Ruiz on 2025-03-01; a new review was due on 2026-03-01. "
        "For learning only, not medical advice."
    )


def test_every_wording_is_translated_to_spanish(spanish: None) -> None:
    assert review_note_text(UNREVIEWED, dt.date(2026, 1, 1)) == (
        "Su equipo médico aún no lo ha revisado. Solo para aprender, no es un consejo médico."
    )
    assert review_note_text(REVIEWED, dt.date(2026, 1, 1)).startswith(
        "Revisado por Dr Ana Ruiz el 2025-03-01. "
    )
    assert review_note_text(REVIEWED, dt.date(2026, 3, 2)).startswith(
        "Revisado por Dr Ana Ruiz el 2025-03-01; debía revisarse de nuevo el 2026-03-01. "
    )


def test_the_label_is_small_print_named_for_tests_and_never_rich_text(qtbot: QtBot) -> None:
    label = make_review_note()
    qtbot.addWidget(label)
    assert label.objectName() == "reviewNote"
    assert label.property("role") == "smallPrint"
    assert label.wordWrap()
    assert label.textFormat() is Qt.TextFormat.PlainText
