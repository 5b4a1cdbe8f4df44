"""A reading page on its own: review note, step label, picture placement, body markup."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kiosk.content.model import BulletList, Page, Paragraph, Review, Section, SpokenPart, WarningBox
from kiosk.ui.pages.reading_page import BodyColours, PageBody, ReadingPage, body_html

TODAY = dt.date(2026, 12, 3)
PAGE = Page(
    id="step-2",
    section=Section.STEPS,
    order=32,
    title="Placing the needles",
    menu_title="Placing the needles",
    subtitle="",
    image="about.svg",
    body=(Paragraph("Thin <needles> & care."), BulletList(("One.", "Two."))),
    review=Review(sources=("Source A", "Source B")),
    origin="test",
)


def make_page(
    qtbot: QtBot, page: Page = PAGE, step: tuple[int, int] | None = (2, 5)
) -> ReadingPage:
    widget = ReadingPage(page, step=step, has_previous=True)
    qtbot.addWidget(widget)
    widget.resize(1600, 800)
    widget.show()
    return widget


def label(widget: ReadingPage, name: str) -> QLabel:
    found = widget.findChild(QLabel, name)
    assert found is not None, name
    return found


def test_an_unreviewed_page_says_so_and_lists_its_sources(qtbot: QtBot) -> None:
    widget = make_page(qtbot)
    assert label(widget, "reviewNote").text().startswith("Not yet reviewed by your care team.")
    assert label(widget, "sourcesNote").text() == "Sources: Source A; Source B"


def test_a_reviewed_page_names_the_reviewer_and_date(qtbot: QtBot) -> None:
    review = Review(sources=("A",), reviewed_by="Dr Ana Ruiz", reviewed_on=dt.date(2026, 3, 1))
    widget = make_page(qtbot, replace(PAGE, review=review))
    assert label(widget, "reviewNote").text().startswith("Reviewed by Dr Ana Ruiz on 2026-03-01.")


def test_step_label_shows_only_on_steps(qtbot: QtBot) -> None:
    assert label(make_page(qtbot), "stepLabel").text() == "Step 2 of 5"
    assert not label(make_page(qtbot, step=None), "stepLabel").isVisible()


def test_picture_sits_beside_the_text_when_wide_and_above_it_when_tall(qtbot: QtBot) -> None:
    widget = make_page(qtbot)
    title = label(widget, "pageTitle")
    beside = title.mapTo(widget, title.rect().topLeft()).x()
    assert beside > 400  # to the right of the picture
    widget.resize(900, 1600)
    qtbot.waitUntil(lambda: title.mapTo(widget, title.rect().topLeft()).x() < 200)


def test_a_short_page_on_a_narrow_screen_keeps_the_picture_above(qtbot: QtBot) -> None:
    """Seated on a portrait screen the page is wider than tall, but beside the picture the
    text would have half a column."""
    widget = make_page(qtbot)
    title = label(widget, "pageTitle")
    widget.resize(1080, 520)
    qtbot.waitUntil(lambda: title.mapTo(widget, title.rect().topLeft()).x() < 200)
    assert title.width() > 900


def test_body_text_is_escaped_not_interpreted() -> None:
    html = body_html(PAGE.body)
    assert "Thin &lt;needles&gt; &amp; care." in html
    assert "<li" in html
    assert html.count("<li") == 2


def test_a_warning_box_is_framed_and_headed_in_the_warning_colour() -> None:
    blocks = (WarningBox("Call 911 <now> if:", ("You cannot move a leg.", "You faint.")),)
    colours = BodyColours(warning="#7A1A12", warning_background="#FFFFFF")
    html = body_html(blocks, colours=colours)
    assert "<table" in html
    assert "border: 4px solid #7A1A12" in html
    assert '<p style="color:#7A1A12"><b>Call 911 &lt;now&gt; if:</b></p>' in html
    assert html.count("<li") == 2
    # Read aloud, the heading is part 0 and the bullets follow.
    spoken = body_html(blocks, SpokenPart("You faint.", "body", 0, 2), colours)
    assert 'background-color:#FFFFFF">You faint.</span>' in spoken


def test_the_style_sheet_colours_the_warning_box(qtbot: QtBot) -> None:
    body = PageBody((WarningBox("Call 911 if:", ("You faint.",)),))
    qtbot.addWidget(body)
    body.setStyleSheet("#pageBody { qproperty-warningColour: #FFB3B3; }")
    body.ensurePolished()
    assert "#ffb3b3" in body.text().lower()


def test_a_page_past_its_review_date_says_a_new_review_was_due(qtbot: QtBot) -> None:
    review = Review(
        sources=("A",),
        reviewed_by="Dr Ana Ruiz",
        reviewed_on=dt.date(2025, 3, 1),
        review_due=dt.date(2026, 3, 1),
    )
    widget = ReadingPage(
        replace(PAGE, review=review), step=None, has_previous=True, today=lambda: TODAY
    )
    qtbot.addWidget(widget)
    assert "a new review was due on 2026-03-01" in label(widget, "reviewNote").text()
