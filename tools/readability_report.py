"""Prints the reading level of every content page as Markdown tables (for the README).

Flesch-Kincaid grade from textstat, the same measure tests/unit/test_readability.py enforces; the
teach-back questions and the questions to ask follow, with the Spanish Fernández-Huerta score
(70 and above reads easily, the target of tests/unit/test_spanish.py).
"""

from __future__ import annotations

from pathlib import Path

import textstat

from kiosk.content import (
    CheckQuestion,
    Library,
    QuestionsToAsk,
    TeachBack,
    load_library,
    load_questions_to_ask,
    load_teach_back,
)
from kiosk.content.learning_loader import plain_text

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"


def library(language: str) -> Library:
    folder = RESOURCES / "content" / language
    files = {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.toml"))}
    images = {p.name for p in (RESOURCES / "images").glob("*.svg")}
    return load_library(language, files, images).library


def learning(language: str) -> tuple[TeachBack, QuestionsToAsk]:
    folder = RESOURCES / "learning" / language
    teach_back = folder / "teach-back.toml"
    questions = folder / "questions-to-ask.toml"
    return (
        load_teach_back(
            language, teach_back.read_text(encoding="utf-8"), str(teach_back), library(language)
        ),
        load_questions_to_ask(language, questions.read_text(encoding="utf-8"), str(questions)),
    )


def learning_items(language: str) -> list[CheckQuestion | TeachBack | QuestionsToAsk]:
    """Each teach-back question, then the whole teach-back file, then the questions to ask."""
    teach_back, questions = learning(language)
    return [*teach_back.questions, teach_back, questions]


def fernandez_huerta(text: str) -> float:
    textstat.set_lang("es")
    try:
        return float(textstat.fernandez_huerta(text))
    finally:
        textstat.set_lang("en_US")


def main() -> int:
    print("| page | words | Flesch-Kincaid grade |")
    print("| --- | ---: | ---: |")
    for page in library("en").pages:
        text = page.plain_text()
        grade = textstat.flesch_kincaid_grade(text)
        print(f"| {page.title} (`{page.id}`) | {textstat.lexicon_count(text)} | {grade:.1f} |")

    rows: list[tuple[str, str, str]] = []
    for item, twin in zip(learning_items("en"), learning_items("es"), strict=True):
        if isinstance(item, CheckQuestion):
            name = f"{item.question} (`{item.id}`)"
        else:
            name = "all teach-back questions" if isinstance(item, TeachBack) else "questions to ask"
        rows.append((name, plain_text(item), plain_text(twin)))
    print()
    print("| check what you learned | words | Flesch-Kincaid grade | Spanish Fernández-Huerta |")
    print("| --- | ---: | ---: | ---: |")
    for name, text, spanish_text in rows:
        grade = textstat.flesch_kincaid_grade(text)
        score = fernandez_huerta(spanish_text)
        print(f"| {name} | {textstat.lexicon_count(text)} | {grade:.1f} | {score:.1f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
