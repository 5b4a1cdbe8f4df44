"""The content review status staff see: every file a patient reads facts from, in every
language, counted once; unreviewed and overdue files named (no Qt)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from kiosk.content import Learning, Library, load_library
from kiosk.content.model import Review
from kiosk.content.review_status import ReviewedFile, content_files, review_status
from tests.unit.content_files import builtin_files, image_names
from tests.unit.test_learning_content import builtin_learning

TODAY = dt.date(2026, 6, 1)
REVIEWED = Review(
    sources=("A",),
    reviewed_by="Dr Ana Ruiz",
    reviewed_on=dt.date(2026, 1, 31),
    review_due=dt.date(2027, 1, 31),
)
OVERDUE = replace(REVIEWED, reviewed_on=dt.date(2025, 1, 31), review_due=dt.date(2026, 1, 31))


def shipped() -> tuple[list[Library], list[Learning]]:
    libraries, learning = [], []
    for language in ("en", "es"):
        libraries.append(load_library(language, builtin_files(language), image_names()).library)
        learning.append(Learning(*builtin_learning(language)))
    return libraries, learning


def test_every_page_and_learning_file_of_both_languages_is_counted_once() -> None:
    libraries, learning = shipped()
    names = [f.name for f in content_files(libraries, learning)]
    assert len(names) == len(set(names))
    for library in libraries:
        assert {f"{library.language}/{page.id}" for page in library.pages} <= set(names)
    for language in ("en", "es"):
        assert f"{language}/teach-back" in names
        assert f"{language}/questions-to-ask" in names
    pages = sum(len(library.pages) for library in libraries)
    assert len(names) == pages + 4


def test_the_shipped_content_is_honestly_unreviewed_and_nothing_is_overdue() -> None:
    files = content_files(*shipped())
    status = review_status(files, TODAY)
    assert status.total == len(files)
    assert status.unreviewed == tuple(f.name for f in files)
    assert status.overdue == ()


def test_a_reviewed_file_is_not_counted_and_an_overdue_one_is_named() -> None:
    libraries, (english, spanish) = shipped()
    english = replace(english, teach_back=replace(english.teach_back, review=OVERDUE))
    spanish = replace(spanish, questions=replace(spanish.questions, review=REVIEWED))
    about = replace(libraries[1].page("about"), review=OVERDUE)
    libraries[1] = replace(
        libraries[1], pages=tuple(about if p.id == "about" else p for p in libraries[1].pages)
    )
    status = review_status(content_files(libraries, [english, spanish]), TODAY)
    assert set(status.overdue) == {"es/about", "en/teach-back"}
    reviewed = {"es/about", "en/teach-back", "es/questions-to-ask"}
    assert len(status.unreviewed) == status.total - len(reviewed)
    assert not reviewed & set(status.unreviewed)


def test_a_review_falls_overdue_the_day_after_it_is_due() -> None:
    files = [ReviewedFile("en/about", OVERDUE)]
    assert review_status(files, dt.date(2026, 1, 31)).overdue == ()
    assert review_status(files, dt.date(2026, 2, 1)).overdue == ("en/about",)
