"""The content loader: shipped content is valid, and every bad file is named with its problem."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kiosk.content import ContentError, Section, load_library, read_override_dir
from kiosk.content.loader import parse_page
from kiosk.content.model import BulletList, Paragraph, WarningBox
from tests.unit.content_files import builtin_files, image_names

GOOD = """
section = "about"
order = 10
title = "What is RFA?"
menu_title = "What is RFA?"
image = "about.svg"
body = '''
A short paragraph.
It goes on.

- One point.
- Another point.
'''

[review]
sources = ["A source"]
reviewed_by = ""
reviewed_on = ""
review_due = ""
"""


def test_shipped_content_loads_in_walkthrough_order() -> None:
    result = load_library("en", builtin_files(), image_names())
    pages = result.library.pages
    assert result.problems == ()
    # Sections in the order of the walkthrough, each one run of pages.
    assert list(dict.fromkeys(p.section for p in pages)) == list(Section)
    assert [p.order for p in pages] == sorted(p.order for p in pages)
    assert len(result.library.in_section(Section.STEPS)) == 5
    assert {p.id for p in result.library.in_section(Section.CONDITIONS)} == {
        "condition-facet",
        "condition-sacroiliac",
        "condition-trigeminal",
        "condition-occipital",
    }


def test_step_numbers_count_only_the_steps() -> None:
    library = load_library("en", builtin_files(), image_names()).library
    steps = library.in_section(Section.STEPS)
    assert [library.step_number(p.id) for p in steps] == [(k, 5) for k in range(1, 6)]
    assert library.step_number("about") is None


def test_body_markup_becomes_paragraphs_and_bullets() -> None:
    page = parse_page("about", GOOD, "about.toml", {"about.svg"})
    assert page.body == (
        Paragraph("A short paragraph. It goes on."),
        BulletList(("One point.", "Another point.")),
    )
    assert not page.review.is_reviewed


def test_a_warning_line_and_its_bullets_become_a_warning_box() -> None:
    text = GOOD.replace("- One point.", "! Call 911 if:\n- You cannot move a leg.\n\n- One point.")
    page = parse_page("about", text, "about.toml", {"about.svg"})
    assert page.body[1] == WarningBox("Call 911 if:", ("You cannot move a leg.",))
    # Read aloud and measured like the rest: the heading, then each bullet.
    assert "Call 911 if: You cannot move a leg." in page.plain_text()
    spoken = [(part.text, part.block, part.index) for part in page.spoken_parts()]
    assert ("Call 911 if:", 1, 0) in spoken
    assert ("You cannot move a leg.", 1, 1) in spoken


def test_review_dates_accept_toml_dates_and_text() -> None:
    text = GOOD.replace('reviewed_by = ""', 'reviewed_by = "Dr Ana Ruiz"')
    text = text.replace('reviewed_on = ""', "reviewed_on = 2026-03-01")
    text = text.replace('review_due = ""', 'review_due = "2027-03-01"')
    review = parse_page("about", text, "about.toml", {"about.svg"}).review
    assert review.is_reviewed
    assert review.reviewed_on == dt.date(2026, 3, 1)
    assert review.is_overdue(dt.date(2027, 3, 2))
    assert not review.is_overdue(dt.date(2027, 3, 1))


def test_a_review_without_a_due_date_falls_due_a_year_later() -> None:
    text = GOOD.replace('reviewed_by = ""', 'reviewed_by = "Dr Ana Ruiz"')
    text = text.replace('reviewed_on = ""', 'reviewed_on = "2024-02-29"')
    review = parse_page("about", text, "about.toml", {"about.svg"}).review
    assert review.review_due == dt.date(2025, 2, 28)
    assert review.is_overdue(dt.date(2025, 3, 1))


@pytest.mark.parametrize(
    ("change", "field", "expected"),
    [
        (("order = 10", "order = 'ten'"), "order", "whole number"),
        (('section = "about"', 'section = "aftercare"'), "section", "one of about"),
        (('title = "What is RFA?"', 'title = ""'), "title", "not empty"),
        (('title = "What is RFA?"', "title = 5"), "title", "text in quotes"),
        (('image = "about.svg"', 'image = "missing.svg"'), "image", "resources/images"),
        (
            ('menu_title = "What is RFA?"', 'menu_title = "' + "x" * 40 + '"'),
            "menu_title",
            "at most",
        ),
        (("- One point.", "Not a bullet\n- One point."), "body", "blank line"),
        (("- One point.", "! Call 911 if:\nNot a bullet"), "body", "followed by '- ' bullets"),
        (
            ("- One point.\n- Another point.", "! Call 911 if:"),
            "body",
            "followed by '- ' bullets",
        ),
        (('sources = ["A source"]', "sources = []"), "review.sources", "at least one source"),
        (('reviewed_on = ""', 'reviewed_on = "last spring"'), "review.reviewed_on", "2026-01-31"),
        (('reviewed_by = ""', 'reviewed_by = "Dr Ana Ruiz"'), "review", "both filled in"),
        (('reviewed_on = ""', 'reviewed_on = "2026-03-01"'), "review", "both filled in"),
        (
            (
                'reviewed_by = ""\nreviewed_on = ""\nreview_due = ""',
                'reviewed_by = "Dr A"\nreviewed_on = "2026-03-01"\nreview_due = "2026-01-01"',
            ),
            "review.review_due",
            "after reviewed_on",
        ),
        (("order = 10", 'order = 10\ncolour = "red"'), "colour", "one of the fields"),
        (('title = "What is RFA?"', 'title = "Tab\\there"'), "title", "control characters"),
    ],
)
def test_a_bad_field_is_named_with_what_was_expected(
    change: tuple[str, str], field: str, expected: str
) -> None:
    text = GOOD.replace(*change)
    assert text != GOOD
    with pytest.raises(ContentError) as caught:
        parse_page("about", text, "override/about.toml", {"about.svg"})
    assert caught.value.origin == "override/about.toml"
    assert caught.value.field == field
    assert expected in caught.value.expected
    assert str(caught.value).startswith(f"override/about.toml: {field}: ")


def test_broken_toml_names_the_file() -> None:
    with pytest.raises(ContentError, match=r"^about.toml: valid TOML \("):
        parse_page("about", 'title = "unterminated', "about.toml", {"about.svg"})


def test_a_valid_override_replaces_the_built_in_page() -> None:
    override = builtin_files()["after.toml"].replace('title = "', 'title = "Our clinic: ', 1)
    result = load_library("en", builtin_files(), image_names(), {"after.toml": override}, "clinic")
    assert result.problems == ()
    page = result.library.page("after")
    assert page.title.startswith("Our clinic: ")
    assert page.origin == "clinic/after.toml"


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("after.toml", 'title = "no body"', "section"),
        ("extra-page.toml", GOOD, "the name of a built-in page"),
        ("after.toml", GOOD, "'after', as built in"),
    ],
)
def test_a_bad_override_is_reported_and_the_built_in_page_kept(
    name: str, text: str, message: str
) -> None:
    builtin = builtin_files()
    result = load_library("en", builtin, image_names(), {name: text}, "clinic")
    assert len(result.problems) == 1
    assert result.problems[0].origin == f"clinic/{name}"
    assert message in str(result.problems[0])
    assert result.library.page("after").origin == "built-in en/after.toml"


def test_a_broken_built_in_file_stops_the_load() -> None:
    builtin = builtin_files()
    builtin["after.toml"] = builtin["after.toml"].replace("order = ", "order = -")
    with pytest.raises(ContentError, match=r"built-in en/after\.toml: order"):
        load_library("en", builtin, image_names())


def test_missing_step_is_a_structure_error() -> None:
    builtin = builtin_files()
    del builtin["step-3.toml"]
    with pytest.raises(ContentError, match=r"5 pages in 'steps', not 4"):
        load_library("en", builtin, image_names())


def test_override_folder_problems_are_collected_not_raised(tmp_path: Path) -> None:
    folder = tmp_path / "en"
    folder.mkdir()
    (folder / "after.toml").write_text(GOOD, encoding="utf-8")
    (folder / "before.toml").write_bytes(b'title = "\xff\xfe"')
    (folder / "benefits.toml").write_bytes(b"x" * (70 * 1024))
    texts, problems = read_override_dir(tmp_path, "en")
    assert set(texts) == {"after.toml"}
    assert sorted(Path(p.origin).name for p in problems) == ["before.toml", "benefits.toml"]
    assert any("UTF-8" in p.expected for p in problems)
    assert any("KiB" in p.expected for p in problems)


def test_a_missing_override_folder_is_no_problem(tmp_path: Path) -> None:
    assert read_override_dir(tmp_path / "nowhere", "en") == ({}, [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("title = " + "[" * 20_000 + "]" * 20_000, "lists or tables nested too deeply"),
        ("title = " + "9" * 5_000, "a whole number too long to read"),
    ],
    ids=["nested", "long number"],
)
def test_hostile_toml_names_the_file(text: str, expected: str) -> None:
    with pytest.raises(ContentError, match=rf"^about.toml: valid TOML \({expected}\)"):
        parse_page("about", text, "about.toml", {"about.svg"})


def test_a_device_named_like_a_page_is_a_problem_not_an_endless_read(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "about.toml").symlink_to("/dev/zero")
    texts, [problem] = read_override_dir(tmp_path, "en")
    assert texts == {}
    assert problem.expected == "a regular file"
