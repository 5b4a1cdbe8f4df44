"""Which content files a clinician has not reviewed yet, and whose review has fallen due (no Qt).

Counts every file a patient reads facts from, in every language: each page, and each
language's teach-back and questions-to-ask files. The staff panel and ``doctor`` both report it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from kiosk.content.learning import Learning
from kiosk.content.model import Library, Review

TEACH_BACK = "teach-back"
QUESTIONS_TO_ASK = "questions-to-ask"


@dataclass(frozen=True)
class ReviewedFile:
    name: str
    """``<language>/<page id>``, ``<language>/teach-back`` or ``<language>/questions-to-ask``:
    the file under resources/content/ or resources/learning/ without ``.toml``."""
    review: Review


@dataclass(frozen=True)
class ReviewStatus:
    total: int
    unreviewed: tuple[str, ...]
    """Names of the files no clinician has signed off yet."""
    overdue: tuple[str, ...]
    """Names of the files whose ``review_due`` date has passed."""


def content_files(
    libraries: Iterable[Library], learning: Iterable[Learning]
) -> tuple[ReviewedFile, ...]:
    """Every file a patient reads facts from: each language's pages in walkthrough order, then
    each language's teach-back and questions-to-ask files."""
    files = [
        ReviewedFile(f"{library.language}/{page.id}", page.review)
        for library in libraries
        for page in library.pages
    ]
    for learned in learning:
        files.append(
            ReviewedFile(f"{learned.teach_back.language}/{TEACH_BACK}", learned.teach_back.review)
        )
        files.append(
            ReviewedFile(
                f"{learned.questions.language}/{QUESTIONS_TO_ASK}", learned.questions.review
            )
        )
    return tuple(files)


def review_status(files: Iterable[ReviewedFile], today: dt.date) -> ReviewStatus:
    files = tuple(files)
    return ReviewStatus(
        total=len(files),
        unreviewed=tuple(f.name for f in files if not f.review.is_reviewed),
        overdue=tuple(f.name for f in files if f.review.is_overdue(today)),
    )
