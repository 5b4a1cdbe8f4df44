"""Reads and validates content files.

A content file is TOML named ``<page id>.toml``. Every problem is reported as a ContentError that
names the file, the field and what was expected, so a clinic editing an override file can fix it
without reading Python. See docs/content.md for the format.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.content.model import (
    Block,
    BulletList,
    Library,
    Page,
    Paragraph,
    Review,
    Section,
    WarningBox,
)

STEP_COUNT = 5
MAX_TITLE_CHARS = 60
MAX_MENU_TITLE_CHARS = 32
MAX_BODY_CHARS = 4000
MAX_FILE_BYTES = 64 * 1024
REVIEW_YEARS = 1
"""A review falls due this long after it was done, unless the file says otherwise."""

_PAGE_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_FIELDS = {"section", "order", "title", "menu_title", "subtitle", "image", "body", "review"}
_REVIEW_FIELDS = {"sources", "reviewed_by", "reviewed_on", "review_due"}


@dataclass(frozen=True)
class ContentError(Exception):
    origin: str
    field: str
    expected: str

    def __str__(self) -> str:
        where = f"{self.origin}: {self.field}" if self.field else self.origin
        return f"{where}: {self.expected}"


@dataclass(frozen=True)
class LoadResult:
    library: Library
    problems: tuple[ContentError, ...]
    """Override files that were refused; the built-in page is shown instead of each."""


def parse_page(page_id: str, text: str, origin: str, images: Collection[str]) -> Page:
    """Parses one content file, raising ContentError on the first problem found."""
    if not _PAGE_ID.fullmatch(page_id):
        raise ContentError(origin, "", "a file name of lower-case letters, digits and dashes")
    data = _toml_table(text, origin)
    _check_fields(data, _FIELDS, origin)

    section_name = _required_str(data, "section", origin, 40)
    try:
        section = Section(section_name)
    except ValueError:
        choices = ", ".join(s.value for s in Section)
        raise ContentError(origin, "section", f"one of {choices}") from None

    order = data.get("order")
    if not isinstance(order, int) or isinstance(order, bool) or not 0 < order < 10_000:
        raise ContentError(origin, "order", "a whole number from 1 to 9999")

    title = _required_str(data, "title", origin, MAX_TITLE_CHARS)
    menu_title = _optional_str(data, "menu_title", origin, MAX_MENU_TITLE_CHARS) or title
    if len(menu_title) > MAX_MENU_TITLE_CHARS:
        raise ContentError(
            origin, "menu_title", f"a short label of at most {MAX_MENU_TITLE_CHARS} characters"
        )
    subtitle = _optional_str(data, "subtitle", origin, 200)

    image = _required_str(data, "image", origin, 80)
    if image not in images:
        raise ContentError(
            origin, "image", f"the name of an image in resources/images, not {image!r}"
        )

    body = _parse_body(_required_str(data, "body", origin, MAX_BODY_CHARS), origin)
    review = _parse_review(data.get("review"), origin)
    return Page(
        id=page_id,
        section=section,
        order=order,
        title=title,
        menu_title=menu_title,
        subtitle=subtitle,
        image=image,
        body=body,
        review=review,
        origin=origin,
    )


def load_library(
    language: str,
    builtin: Mapping[str, str],
    images: Collection[str],
    overrides: Mapping[str, str] | None = None,
    override_origin: str = "override",
) -> LoadResult:
    """Builds the library from the built-in files, replacing pages with valid override files.

    ``builtin`` and ``overrides`` map file names (``about.toml``) to their text. A problem in a
    built-in file raises ContentError: shipped content must be valid. A problem in an override file
    is collected in ``problems`` and the built-in page is kept, so patients always see a page.
    """
    pages: dict[str, Page] = {}
    for name, text in sorted(builtin.items()):
        page_id = _page_id(name, f"{language}/{name}")
        pages[page_id] = parse_page(page_id, text, f"built-in {language}/{name}", images)

    problems: list[ContentError] = []
    for name, text in sorted((overrides or {}).items()):
        origin = f"{override_origin}/{name}"
        try:
            page_id = _page_id(name, origin)
            if page_id not in pages:
                raise ContentError(
                    origin, "", f"the name of a built-in page ({', '.join(sorted(pages))})"
                )
            page = parse_page(page_id, text, origin, images)
            if page.section is not pages[page_id].section:
                raise ContentError(
                    origin, "section", f"{pages[page_id].section.value!r}, as built in"
                )
        except ContentError as error:
            problems.append(error)
            continue
        pages[page_id] = page

    library = Library(language, tuple(sorted(pages.values(), key=lambda p: p.order)))
    _check_structure(library, override_origin if problems else f"built-in {language}")
    return LoadResult(library, tuple(problems))


def read_override_dir(folder: Path, language: str) -> tuple[dict[str, str], list[ContentError]]:
    """Reads ``folder/<language>/*.toml``; unreadable files become problems, not crashes."""
    texts: dict[str, str] = {}
    problems: list[ContentError] = []
    language_dir = folder / language
    if not language_dir.is_dir():
        return texts, problems
    for path in sorted(language_dir.glob("*.toml")):
        try:
            if not path.is_file():  # a device or pipe named *.toml would be read forever
                raise ContentError(str(path), "", "a regular file")
            if path.stat().st_size > MAX_FILE_BYTES:
                raise ContentError(
                    str(path), "", f"a file smaller than {MAX_FILE_BYTES // 1024} KiB"
                )
            texts[path.name] = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            problems.append(ContentError(str(path), "", "text saved as UTF-8"))
        except OSError as error:
            problems.append(ContentError(str(path), "", f"a readable file ({error.strerror})"))
        except ContentError as error:
            problems.append(error)
    return texts, problems


def _page_id(file_name: str, origin: str) -> str:
    if not file_name.endswith(".toml"):
        raise ContentError(origin, "", "a file name ending in .toml")
    return file_name.removesuffix(".toml")


def _toml_table(text: str, origin: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except RecursionError:  # tomllib reads nested lists and tables by recursion
        raise ContentError(origin, "", "valid TOML (lists or tables nested too deeply)") from None
    except tomllib.TOMLDecodeError as error:
        raise ContentError(origin, "", f"valid TOML ({error})") from None
    except ValueError:  # Python turns no more than 4300 digits into a whole number
        raise ContentError(origin, "", "valid TOML (a whole number too long to read)") from None


def _check_fields(
    data: Mapping[str, Any], allowed: Collection[str], origin: str, prefix: str = ""
) -> None:
    """Refuses a field not in ``allowed``; ``prefix`` names the table it is in ("review.")."""
    unknown = sorted(set(data) - set(allowed))
    if unknown:
        fields = ", ".join(sorted(allowed))
        raise ContentError(origin, f"{prefix}{unknown[0]}", f"one of the fields {fields}")


def _required_str(data: Mapping[str, Any], field: str, origin: str, max_chars: int) -> str:
    value = data.get(field)
    if not isinstance(value, str) or not value.strip():
        raise ContentError(origin, field, "a text in quotes that is not empty")
    return _checked_str(value, field, origin, max_chars)


def _optional_str(data: Mapping[str, Any], field: str, origin: str, max_chars: int) -> str:
    value = data.get(field, "")
    if not isinstance(value, str):
        raise ContentError(origin, field, "a text in quotes")
    return _checked_str(value, field, origin, max_chars)


def _checked_str(value: str, field: str, origin: str, max_chars: int) -> str:
    if len(value) > max_chars:
        raise ContentError(origin, field, f"at most {max_chars} characters, not {len(value)}")
    if any(ord(ch) < 32 and ch != "\n" for ch in value):
        raise ContentError(origin, field, "text without control characters or tabs")
    return value.strip()


def _parse_body(text: str, origin: str) -> tuple[Block, ...]:
    """Paragraphs are separated by blank lines; lines starting with "- " are bullets; a line
    starting with "! " followed by bullets is a warning box."""
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", text.strip()):
        lines = [line.strip() for line in chunk.splitlines() if line.strip()]
        bullets = [line.startswith("- ") for line in lines]
        if lines[0].startswith("! "):
            if len(lines) < 2 or not all(bullets[1:]):
                raise ContentError(
                    origin, "body", "a warning line starting with '! ' followed by '- ' bullets"
                )
            items = tuple(line[2:].strip() for line in lines[1:])
            blocks.append(WarningBox(lines[0][2:].strip(), items))
        elif all(bullets):
            blocks.append(BulletList(tuple(line[2:].strip() for line in lines)))
        elif not any(bullets):
            blocks.append(Paragraph(" ".join(lines)))
        else:
            raise ContentError(
                origin, "body", "a blank line between a paragraph and a list of '- ' bullets"
            )
    return tuple(blocks)


def _parse_review(value: object, origin: str) -> Review:
    if not isinstance(value, dict):
        raise ContentError(origin, "review", "a [review] table with sources")
    _check_fields(value, _REVIEW_FIELDS, origin, "review.")
    sources = value.get("sources")
    if (
        not isinstance(sources, list)
        or not sources
        or not all(isinstance(s, str) and s.strip() for s in sources)
    ):
        raise ContentError(origin, "review.sources", "a list of at least one source in quotes")
    reviewed_by = value.get("reviewed_by", "")
    if not isinstance(reviewed_by, str) or len(reviewed_by) > 120:
        raise ContentError(origin, "review.reviewed_by", 'a name in quotes, or "" if not reviewed')
    reviewed_on = _optional_date(value, "reviewed_on", origin)
    review_due = _optional_date(value, "review_due", origin)
    if bool(reviewed_by.strip()) != (reviewed_on is not None):
        raise ContentError(
            origin, "review", "reviewed_by and reviewed_on both filled in, or both left empty"
        )
    if reviewed_on is not None and review_due is None:
        # A review that never falls due is never repeated: default to a year after it.
        review_due = _a_year_after(reviewed_on)
    if review_due is not None and reviewed_on is not None and review_due <= reviewed_on:
        raise ContentError(origin, "review.review_due", "a date after reviewed_on")
    return Review(
        sources=tuple(s.strip() for s in sources),
        reviewed_by=reviewed_by.strip(),
        reviewed_on=reviewed_on,
        review_due=review_due,
    )


def _a_year_after(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year + REVIEW_YEARS)
    except ValueError:  # 29 February
        return day.replace(year=day.year + REVIEW_YEARS, day=28)


def _optional_date(data: Mapping[str, Any], field: str, origin: str) -> dt.date | None:
    value = data.get(field, "")
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if value == "":
        return None
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise ContentError(origin, f"review.{field}", 'a date like 2026-01-31, or "" if not reviewed')


def _check_structure(library: Library, origin: str) -> None:
    orders = [p.order for p in library.pages]
    if len(set(orders)) != len(orders):
        raise ContentError(origin, "order", "a different order number on every page")
    for section in Section:
        count = len(library.in_section(section))
        if section is Section.STEPS and count != STEP_COUNT:
            raise ContentError(origin, "section", f"{STEP_COUNT} pages in 'steps', not {count}")
        if count == 0:
            raise ContentError(origin, "section", f"at least one page in {section.value!r}")
