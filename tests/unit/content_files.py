"""The shipped content read straight from resources/, the way the loader sees it (no Qt)."""

from __future__ import annotations

from tests.conftest import ROOT

CONTENT = ROOT / "resources" / "content"
IMAGES = ROOT / "resources" / "images"


def builtin_files(language: str = "en") -> dict[str, str]:
    return {
        p.name: p.read_text(encoding="utf-8") for p in sorted((CONTENT / language).glob("*.toml"))
    }


def image_names() -> set[str]:
    return {p.name for p in IMAGES.glob("*.svg")}
