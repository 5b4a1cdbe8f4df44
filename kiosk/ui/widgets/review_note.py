"""The small print under every fact a patient reads: who reviewed it and when, or that nobody has.

One wording for every screen that shows content (reading pages, the check of what was learned,
the questions to ask). A screen makes the label with ``make_review_note()`` and sets its text with
``review_note_text(review, today())`` whenever its content or the language changes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from kiosk.content.model import Review
from kiosk.ui.widgets.labels import make_label

Today = Callable[[], dt.date]
"""Where a screen gets today's date; tests pass a fixed one."""


def review_note_text(review: Review, today: dt.date) -> str:
    """The note in the current language: not yet reviewed; reviewed by whom and when; or, once
    ``review_due`` has passed, reviewed but due for a new review."""
    if not review.is_reviewed or review.reviewed_on is None:
        return QCoreApplication.translate(
            "ReviewNote",
            "Not yet reviewed by your care team. For learning only, not medical advice.",
        )
    if review.review_due is not None and review.is_overdue(today):
        return QCoreApplication.translate(
            "ReviewNote",
            "Reviewed by {0} on {1}; a new review was due on {2}. "
            "For learning only, not medical advice.",
        ).format(review.reviewed_by, review.reviewed_on.isoformat(), review.review_due.isoformat())
    return QCoreApplication.translate(
        "ReviewNote", "Reviewed by {0} on {1}. For learning only, not medical advice."
    ).format(review.reviewed_by, review.reviewed_on.isoformat())


def make_review_note() -> QLabel:
    """The label that shows the note: small print, named ``reviewNote``, text set by the page."""
    return make_label("reviewNote", "smallPrint")
