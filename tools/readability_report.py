"""Prints the reading grade of every content page as a Markdown table (for the README).

Flesch-Kincaid grade from textstat, the same measure tests/unit/test_readability.py enforces.
"""

from __future__ import annotations

from pathlib import Path

import textstat

from kiosk.content import load_library

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    folder = ROOT / "resources" / "content" / "en"
    files = {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.toml"))}
    images = {p.name for p in (ROOT / "resources" / "images").glob("*.svg")}
    library = load_library("en", files, images).library
    print("| page | words | Flesch-Kincaid grade |")
    print("| --- | ---: | ---: |")
    for page in library.pages:
        text = page.plain_text()
        grade = textstat.flesch_kincaid_grade(text)
        print(f"| {page.title} (`{page.id}`) | {textstat.lexicon_count(text)} | {grade:.1f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
