"""What the kiosk teaches: pages of plain-language text with review metadata.

Plain Python, no Qt: the staff command line validates content on a machine with no display.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import Enum
from typing import Literal

_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")


class Section(Enum):
    """The fixed structure of the walkthrough; each page belongs to one section."""

    ABOUT = "about"
    BEFORE = "before"
    STEPS = "steps"
    AFTER = "after"
    CONDITIONS = "conditions"
    BENEFITS = "benefits"
    CONSIDERATIONS = "considerations"


@dataclass(frozen=True)
class Paragraph:
    text: str

    def sentences(self) -> tuple[str, ...]:
        return split_sentences(self.text)


@dataclass(frozen=True)
class BulletList:
    items: tuple[str, ...]

    def sentences(self) -> tuple[str, ...]:
        return self.items


@dataclass(frozen=True)
class WarningBox:
    """When to get help, set apart in a box so a patient cannot miss it: a heading such as
    "Call 911 if:" and its bullets. Written in a content file as a line starting with "! "
    followed by "- " bullets."""

    heading: str
    items: tuple[str, ...]

    def sentences(self) -> tuple[str, ...]:
        return (self.heading, *self.items)


Block = Paragraph | BulletList | WarningBox


@dataclass(frozen=True)
class Review:
    """Who checked a page and when. Empty until a clinician reviews the shipped text."""

    sources: tuple[str, ...]
    reviewed_by: str = ""
    reviewed_on: dt.date | None = None
    review_due: dt.date | None = None

    @property
    def is_reviewed(self) -> bool:
        return bool(self.reviewed_by) and self.reviewed_on is not None

    def is_overdue(self, today: dt.date) -> bool:
        return self.review_due is not None and self.review_due < today


@dataclass(frozen=True)
class Page:
    id: str
    section: Section
    order: int
    title: str
    menu_title: str
    subtitle: str
    image: str
    body: tuple[Block, ...]
    review: Review
    origin: str
    """Where the page came from (built-in resource or override file), for error messages."""

    def plain_text(self) -> str:
        """Everything a patient reads on the page, one sentence per bullet (for readability)."""
        parts = [_as_sentence(self.title)]
        if self.subtitle:
            parts.append(_as_sentence(self.subtitle))
        for block in self.body:
            if isinstance(block, Paragraph):
                parts.append(block.text)
            else:
                parts.extend(_as_sentence(sentence) for sentence in block.sentences())
        return " ".join(parts)

    def spoken_parts(self) -> tuple[SpokenPart, ...]:
        """Everything on the page in reading order, one sentence or bullet at a time."""
        parts = [SpokenPart(self.title, "title")]
        if self.subtitle:
            parts.append(SpokenPart(self.subtitle, "subtitle"))
        for number, block in enumerate(self.body):
            parts.extend(
                SpokenPart(text, "body", number, i) for i, text in enumerate(block.sentences())
            )
        return tuple(parts)


def split_sentences(text: str) -> tuple[str, ...]:
    """A paragraph's sentences; joined with single spaces they give the paragraph back."""
    return tuple(part for part in _SENTENCE_BREAK.split(text.strip()) if part)


@dataclass(frozen=True)
class SpokenPart:
    """One piece of a page as read aloud, and where it stands, so the screen can mark it."""

    text: str
    place: Literal["title", "subtitle", "body"]
    block: int = 0
    """For the body: the index of the paragraph or list in ``Page.body``."""
    index: int = 0
    """For the body: the sentence in the paragraph, the item in the list, or in a warning box
    0 for its heading and 1 on for its items."""


def _as_sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "?", "!", ":")) else text + "."


@dataclass(frozen=True)
class Library:
    """All pages of one language, in walkthrough order."""

    language: str
    pages: tuple[Page, ...]

    def page(self, page_id: str) -> Page:
        for page in self.pages:
            if page.id == page_id:
                return page
        raise KeyError(page_id)

    def in_section(self, section: Section) -> tuple[Page, ...]:
        return tuple(p for p in self.pages if p.section is section)

    def next_of(self, page_id: str) -> Page | None:
        index = self._index(page_id)
        return self.pages[index + 1] if index + 1 < len(self.pages) else None

    def previous_of(self, page_id: str) -> Page | None:
        index = self._index(page_id)
        return self.pages[index - 1] if index > 0 else None

    def step_number(self, page_id: str) -> tuple[int, int] | None:
        """(k, n) for "Step k of n" when the page is one of the procedure steps."""
        steps = self.in_section(Section.STEPS)
        for k, page in enumerate(steps, start=1):
            if page.id == page_id:
                return k, len(steps)
        return None

    def _index(self, page_id: str) -> int:
        for index, page in enumerate(self.pages):
            if page.id == page_id:
                return index
        raise KeyError(page_id)
