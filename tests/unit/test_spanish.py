"""Spanish: every screen word translated, every page written in plain Spanish, same structure."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import textstat

from kiosk.content import Page, load_library
from kiosk.content.model import BulletList, Paragraph
from tests.conftest import ROOT
from tests.unit.content_files import builtin_files, image_names

TS = ROOT / "resources" / "translations" / "kiosk_es.ts"
QM = ROOT / "resources" / "translations" / "kiosk_es.qm"
ENGLISH = load_library("en", builtin_files("en"), image_names()).library
SPANISH = load_library("es", builtin_files("es"), image_names()).library
# Fernández-Huerta 70 and above reads as "fairly easy" or easier (grade 6 to 7).
EASY_SPANISH = 70.0


def test_every_screen_word_has_a_finished_spanish_translation() -> None:
    messages = list(ET.parse(TS).getroot().iter("message"))
    assert messages
    unfinished = []
    for message in messages:
        translation = message.find("translation")
        if (
            translation is None
            or translation.get("type") in ("unfinished", "obsolete")
            or not (translation.text or "").strip()
        ):
            unfinished.append(message.findtext("source"))
    assert unfinished == []


def test_placeholders_survive_translation() -> None:
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        for placeholder in ("{0}", "{1}", "{2}", "{3}", "%n", "911"):
            assert (placeholder in source) == (placeholder in translation), source


def test_the_ts_file_lists_every_word_on_the_screens(tmp_path: Path) -> None:
    """A fresh lupdate finds no string the .ts lacks: run `make translations` and translate."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "kiosk" / "ui").rglob("*.py"))
    lupdate = ROOT / ".venv" / "bin" / "pyside6-lupdate"
    command = [str(lupdate) if lupdate.exists() else "pyside6-lupdate", *sources, "-ts", str(fresh)]
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
    wanted = {m.findtext("source") for m in ET.parse(fresh).getroot().iter("message")}
    have = {m.findtext("source") for m in ET.parse(TS).getroot().iter("message")}
    assert wanted - have == set()


def test_the_compiled_translation_is_current(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    lrelease = ROOT / ".venv" / "bin" / "pyside6-lrelease"
    command = [
        str(lrelease) if lrelease.exists() else "pyside6-lrelease",
        str(TS),
        "-qm",
        str(fresh),
    ]
    subprocess.run(command, check=True, capture_output=True)
    assert fresh.read_bytes() == QM.read_bytes(), "run 'make translations' and commit"


def shape(page: Page) -> list[object]:
    return [
        ("list", len(block.items)) if isinstance(block, BulletList) else "paragraph"
        for block in page.body
        if isinstance(block, BulletList | Paragraph)
    ]


@pytest.mark.parametrize("page", ENGLISH.pages, ids=lambda page: page.id)
def test_every_english_page_has_a_spanish_twin_with_the_same_structure(page: Page) -> None:
    twin = SPANISH.page(page.id)
    assert (twin.section, twin.order, twin.image) == (page.section, page.order, page.image)
    assert shape(twin) == shape(page)
    assert twin.review.sources == page.review.sources
    assert twin.title != page.title  # written in Spanish, not copied


@pytest.mark.parametrize("page", SPANISH.pages, ids=lambda page: page.id)
def test_spanish_pages_read_easily(page: Page) -> None:
    textstat.set_lang("es")
    try:
        score = textstat.fernandez_huerta(page.plain_text())
    finally:
        textstat.set_lang("en_US")
    assert score >= EASY_SPANISH, f"{page.id}: Fernández-Huerta {score}"


def test_spanish_keeps_the_corrections() -> None:
    about = SPANISH.page("about").plain_text().lower()
    assert "ablación por radiofrecuencia (arf)" in about
    assert "rizotomía" in about
    everything = " ".join(p.plain_text().lower() for p in SPANISH.pages)
    for wrong in ("incisión", "incisiones", "no destructiva", "químic"):
        assert wrong not in everything
