"""The shipped pages keep the facts and corrections of the content brief (shared/CONTENT.md).

A check here fails if an edit brings back one of the clinic page's errors or drops a fact a
patient needs.
"""

from __future__ import annotations

import re

import pytest

from kiosk.content import Section, load_library
from tests.unit.content_files import builtin_files, image_names

LIBRARY = load_library("en", builtin_files(), image_names()).library


def text_of(page_id: str) -> str:
    return LIBRARY.page(page_id).plain_text().lower()


def all_text() -> str:
    return " ".join(page.plain_text().lower() for page in LIBRARY.pages)


def test_the_procedure_is_named_rfa_also_called_rhizotomy_or_neurotomy() -> None:
    about = text_of("about")
    assert "radiofrequency ablation (rfa)" in about
    assert "rhizotomy" in about
    assert "neurotomy" in about
    assert "nerve root" in about  # explains why "rhizotomy" is a misnomer


@pytest.mark.parametrize("wrong", ["incision", "non-destructive", "nondestructive", "chemical"])
def test_the_clinic_pages_errors_stay_out(wrong: str) -> None:
    assert wrong not in all_text()


def test_standard_rfa_destroys_a_small_area_and_only_pulsed_rf_does_not() -> None:
    assert "destroy a small area" in text_of("about")
    for sentence in re.split(r"(?<=[.!?])\s+", all_text()):
        assert "does not destroy" not in sentence  # pulsed RF "is not meant to" destroy it
    assert "not meant to destroy" in text_of("condition-occipital")


def test_no_chemical_agent_appears_in_the_rfa_steps() -> None:
    for page in LIBRARY.in_section(Section.STEPS):
        assert "glycerol" not in page.plain_text().lower()


@pytest.mark.parametrize(
    ("page_id", "facts"),
    [
        ("about", ["grow back", "not taken out", "a joint is a place where two bones meet"]),
        ("rf-kinds", ["standard rf", "cooled rf", "pulsed rf", "water", "short bursts"]),
        (
            "before",
            [
                "nerve block",
                "write down your pain",
                "about half or more",
                "blood thinner",
                "infection",
                "pregnant",
                "latex",
                "contrast dye",
                "iodine",
            ],
        ),
        (
            "before-day",
            ["food and drink", "usual medicines", "diabetes", "loose", "drive you home"],
        ),
        ("step-1", ["local anesthetic", "answer questions", "grounding pad"]),
        ("step-2", ["fluoroscopy is a kind of live x-ray", "thin needles", "bandage"]),
        (
            "step-3",
            ["sensory test", "tingling", "usual pain", "motor test", "move your leg", "twitch"],
        ),
        ("step-4", ["more numbing", "1 to 3 minutes"]),
        ("step-5", ["30 minutes to 2 hours", "drive", "numbing medicine"]),
        ("after", ["24 hours", "sunburn", "1 to 2 weeks", "several weeks", "neck", "1 to 3 weeks"]),
        (
            "after-life",
            ["1 to 2 days", "physical therapy", "follow-up", "pain diary", "new test block"],
        ),
        ("benefits", ["a few months to about a year", "done again", "results vary", "little"]),
        (
            "results",
            ["about half", "681", "3 months", "experts do not agree", "spinal cord stimulator"],
        ),
        (
            "considerations",
            [
                "temporary",
                "neuritis",
                "numb",
                "leg or arm",
                "infection",
                "bleeding",
                "allergic",
                "burn",
                "care team",
            ],
        ),
        ("cost", ["prior authorization", "sacroiliac", "front desk"]),
        ("condition-facet", ["medial branch", "about half or more"]),
        (
            "condition-sacroiliac",
            [
                "l5",
                "lowest bone of your lower back",
                "sacral lateral branches",
                "cooled rf (cooled radiofrequency)",
                "test block",
                "not the hip joint",
                "not many good studies",
                "insurance",
            ],
        ),
        (
            "condition-trigeminal",
            ["different procedure", "skull", "glycerol", "balloon compression", "eye", "chew"],
        ),
        (
            "condition-occipital",
            [
                "occipital nerves",
                "test block",
                "numb",
                "46 people",
                "6.5 months",
                "very different",
                "pulsed rf (pulsed radiofrequency)",
                "not sure how it works",
                "weak",
            ],
        ),
    ],
)
def test_each_page_carries_its_facts(page_id: str, facts: list[str]) -> None:
    text = text_of(page_id)
    missing = [fact for fact in facts if fact not in text]
    assert missing == []


def test_every_page_lists_its_sources_and_none_claims_a_review() -> None:
    for page in LIBRARY.pages:
        assert page.review.sources
        assert not page.review.is_reviewed  # shipped text has not been clinician-reviewed
