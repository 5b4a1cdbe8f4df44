"""Teach-back questions and questions to ask: the shipped files load in both languages, the
twins match, every bad file is named with its problem, and the answers keep CONTENT.md's facts."""

from __future__ import annotations

import re

import pytest

from kiosk.content import (
    CheckQuestion,
    ContentError,
    Library,
    QuestionsToAsk,
    TeachBack,
    load_library,
    load_questions_to_ask,
    load_teach_back,
)
from kiosk.content.learning_loader import plain_text
from tests.conftest import ROOT
from tests.unit.content_files import builtin_files, image_names

LEARNING = ROOT / "resources" / "learning"
LANGUAGES = ("en", "es")
LIBRARIES = {
    language: load_library(language, builtin_files(language), image_names()).library
    for language in LANGUAGES
}


def learning_text(language: str, name: str) -> str:
    return (LEARNING / language / name).read_text(encoding="utf-8")


def builtin_learning(language: str) -> tuple[TeachBack, QuestionsToAsk]:
    """The shipped files of one language, loaded the way the kiosk loads them."""
    teach_back = load_teach_back(
        language,
        learning_text(language, "teach-back.toml"),
        f"built-in learning/{language}/teach-back.toml",
        LIBRARIES[language],
    )
    questions = load_questions_to_ask(
        language,
        learning_text(language, "questions-to-ask.toml"),
        f"built-in learning/{language}/questions-to-ask.toml",
    )
    return teach_back, questions


ENGLISH, ENGLISH_ASK = builtin_learning("en")
SPANISH, SPANISH_ASK = builtin_learning("es")


def check(teach_back: TeachBack, question_id: str) -> CheckQuestion:
    return next(q for q in teach_back.questions if q.id == question_id)


# --- the shipped files ---------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_built_in_file_loads(language: str) -> None:
    teach_back, questions = builtin_learning(language)
    assert teach_back.language == questions.language == language
    assert 3 <= len(teach_back.questions) <= 5
    for question in teach_back.questions:
        assert 2 <= len(question.answers) <= 3
        assert question.correct_answer.correct
        assert question.page_id in {page.id for page in LIBRARIES[language].pages}
    assert 4 <= len(questions.questions) <= 8
    # Not yet reviewed by a clinician, and it must say so (CONTENT.md).
    assert not teach_back.review.is_reviewed
    assert not questions.review.is_reviewed
    assert teach_back.review.sources
    assert questions.review.sources


def test_english_and_spanish_teach_back_are_twins() -> None:
    def shape(teach_back: TeachBack) -> list[tuple[str, str, int, int]]:
        return [
            (q.id, q.page_id, len(q.answers), q.answers.index(q.correct_answer))
            for q in teach_back.questions
        ]

    assert shape(SPANISH) == shape(ENGLISH)
    assert SPANISH.review.sources == ENGLISH.review.sources
    for english, spanish in zip(ENGLISH.questions, SPANISH.questions, strict=True):
        assert spanish.question != english.question  # written in Spanish, not copied
        assert spanish.explanation != english.explanation
        assert spanish.draft_question != english.draft_question


def test_english_and_spanish_questions_to_ask_are_twins() -> None:
    assert [q.id for q in SPANISH_ASK.questions] == [q.id for q in ENGLISH_ASK.questions]
    assert SPANISH_ASK.review.sources == ENGLISH_ASK.review.sources
    for english, spanish in zip(ENGLISH_ASK.questions, SPANISH_ASK.questions, strict=True):
        assert spanish.text != english.text


def test_the_right_answer_is_not_always_in_the_same_place() -> None:
    places = {q.answers.index(q.correct_answer) for q in ENGLISH.questions}
    assert len(places) > 1


# --- facts (shared/CONTENT.md) -------------------------------------------------------------


def test_relief_does_not_last_forever() -> None:
    question = check(ENGLISH, "relief-lasts")
    assert question.question == "Will the pain relief last forever?"
    right = question.correct_answer.text.lower()
    assert right.startswith("usually not")
    wrong = [a.text.lower() for a in question.answers if not a.correct]
    assert any(text.startswith("yes") for text in wrong)
    explanation = question.explanation.lower()
    for fact in ("grow back", "a few months to about a year", "years", "little relief", "again"):
        assert fact in explanation

    spanish = check(SPANISH, "relief-lasts")
    assert spanish.correct_answer.text.lower().startswith("por lo general, no")
    assert "poco alivio" in spanish.explanation


@pytest.mark.parametrize(
    ("question_id", "english", "spanish", "on_the_page"),
    [
        ("what-rfa-does", "heat", "calor", "not taken out"),
        ("test-first", "test nerve block", "bloqueo nervioso de prueba", "nerve block"),
        ("drive-home", "adult must drive", "adulto lo/la debe llevar", "an adult must drive you"),
        ("relief-starts", "1 to 3 weeks", "1 a 3 semanas", "1 to 3 weeks"),
        ("relief-lasts", "months or years", "meses o años", "a few months to about a year"),
    ],
)
def test_the_right_answer_keeps_the_fact_and_its_page_answers_it(
    question_id: str, english: str, spanish: str, on_the_page: str
) -> None:
    question = check(ENGLISH, question_id)
    assert english in question.correct_answer.text.lower()
    assert all(english not in a.text.lower() for a in question.answers if not a.correct)
    assert spanish in check(SPANISH, question_id).correct_answer.text.lower()
    page = LIBRARIES["en"].page(question.page_id)
    assert on_the_page in page.plain_text().lower()


def test_explanations_keep_the_details() -> None:
    assert "not taken out" in check(ENGLISH, "what-rfa-does").explanation
    assert "24 hours" in check(ENGLISH, "drive-home").explanation
    assert "24 horas" in check(SPANISH, "drive-home").explanation
    assert "one or two test nerve blocks" in check(ENGLISH, "test-first").explanation
    assert "about half or more" in check(ENGLISH, "test-first").explanation
    # Numbing medicine alone can leave a leg weak: no driving even without sedation.
    assert "numbing medicine" in check(ENGLISH, "drive-home").explanation.lower()


def test_the_checklist_asks_about_what_patients_most_need() -> None:
    ids = {q.id for q in ENGLISH_ASK.questions}
    needed = {"recovery-time", "driving", "blood-thinners", "relief-lasts", "not-working", "cost"}
    assert needed <= ids
    text = plain_text(ENGLISH_ASK).lower()
    for topic in ("recover", "drive", "blood thinner", "relief last", "does not help", "cost"):
        assert topic in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_clinic_pages_errors_stay_out(language: str) -> None:
    teach_back, questions = builtin_learning(language)
    everything = f"{plain_text(teach_back)} {plain_text(questions)}".lower()
    for wrong in ("incision", "incisión", "destructive", "destructiva", "chemical", "químic"):
        assert wrong not in everything


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_question_is_asked_as_a_question(language: str) -> None:
    teach_back, questions = builtin_learning(language)
    texts = [q.question for q in teach_back.questions]
    texts += [q.draft_question for q in teach_back.questions]
    texts += [q.text for q in questions.questions]
    assert all(text.endswith("?") for text in texts)
    if language == "es":
        assert all("¿" in text for text in texts)


def test_the_screen_alone_offers_not_sure() -> None:
    for question in ENGLISH.questions + SPANISH.questions:
        for answer in question.answers:
            assert "not sure" not in answer.text.lower()
            assert "no estoy segur" not in answer.text.lower()


def test_draft_questions_are_in_the_patients_voice() -> None:
    for question in ENGLISH.questions:
        assert re.search(r"\b(I|me|my)\b", question.draft_question), question.draft_question


# --- validation ----------------------------------------------------------------------------

REVIEW = """
[review]
sources = ["A source"]
reviewed_by = ""
reviewed_on = ""
review_due = ""
"""


ANSWERS = (
    '[{ text = "Yes, always.", correct = false }, { text = "No, it can fade.", correct = true }]'
)


def check_block(number: int) -> str:
    return f"""
[[question]]
id = "question-{number}"
question = "Will it last, question {number}?"
answers = {ANSWERS}
explanation = "It often lasts months, then can fade."
page_id = "after"
draft_question = "How long might it last for me?"
"""


def teach_back_text(count: int = 3) -> str:
    return "".join(check_block(n) for n in range(1, count + 1)) + REVIEW


def ask_block(number: int) -> str:
    return f'\n[[question]]\nid = "ask-{number}"\ntext = "Question {number}?"\n'


def ask_text(count: int = 4) -> str:
    return "".join(ask_block(n) for n in range(1, count + 1)) + REVIEW


GOOD_CHECK = teach_back_text()
GOOD_ASK = ask_text()


def teach_back_with(old: str, new: str) -> str:
    assert old in GOOD_CHECK
    return GOOD_CHECK.replace(old, new, 1)


def load_check(text: str) -> TeachBack:
    return load_teach_back("en", text, "clinic/teach-back.toml", LIBRARIES["en"])


def test_a_good_teach_back_file_loads() -> None:
    teach_back = load_check(GOOD_CHECK)
    assert [q.id for q in teach_back.questions] == ["question-1", "question-2", "question-3"]
    first = teach_back.questions[0]
    assert first.correct_answer.text == "No, it can fade."
    assert [a.correct for a in first.answers] == [False, True]
    assert first.page_id == "after"
    assert load_questions_to_ask("en", GOOD_ASK, "q.toml").questions[0].text == "Question 1?"


LONG = "x" * 121
TEACH_BACK_PROBLEMS = [
    ("broken TOML", 'id = "question-1', "", "valid TOML"),
    (
        "unknown field",
        'colour = "red"\n' + GOOD_CHECK,
        "colour",
        "one of the fields question, review",
    ),
    ("too few", teach_back_text(2), "question", "3 to 5 [[question]] tables, not 2"),
    ("too many", teach_back_text(6), "question", "3 to 5 [[question]] tables, not 6"),
    ("not a list", '[question]\nid = "a"\n' + REVIEW, "question", "[[question]] tables"),
    (
        "unknown question field",
        teach_back_with('page_id = "after"', 'page_id = "after"\nhint = "x"'),
        "question[1].hint",
        "one of the fields answers, draft_question",
    ),
    (
        "bad id",
        teach_back_with('id = "question-1"', 'id = "Question 1"'),
        "question[1].id",
        "lower-case letters, digits and dashes",
    ),
    (
        "same id twice",
        teach_back_with('id = "question-2"', 'id = "question-1"'),
        "question[2].id",
        "an id no other question has, not 'question-1'",
    ),
    (
        "no question",
        teach_back_with('question = "Will it last, question 1?"', 'question = " "'),
        "question[1].question",
        "not empty",
    ),
    (
        "long question",
        teach_back_with('question = "Will it last, question 1?"', f'question = "{LONG}"'),
        "question[1].question",
        "at most 120 characters, not 121",
    ),
    (
        "control character",
        teach_back_with("question 1?", "question\\t1?"),
        "question[1].question",
        "control characters",
    ),
    (
        "long answer",
        teach_back_with('"Yes, always."', '"' + "x" * 81 + '"'),
        "question[1].answers[1].text",
        "at most 80 characters",
    ),
    (
        "long explanation",
        teach_back_with("It often lasts months, then can fade.", "x" * 301),
        "question[1].explanation",
        "at most 300 characters",
    ),
    (
        "long draft",
        teach_back_with("How long might it last for me?", "x" * 201),
        "question[1].draft_question",
        "at most 200 characters",
    ),
    (
        "no draft",
        teach_back_with('draft_question = "How long might it last for me?"', ""),
        "question[1].draft_question",
        "not empty",
    ),
    (
        "one answer",
        teach_back_with('{ text = "Yes, always.", correct = false }, ', ""),
        "question[1].answers",
        "2 or 3 answers",
    ),
    (
        "four answers",
        teach_back_with(
            '{ text = "Yes, always.", correct = false }, ',
            '{ text = "A", correct = false }, { text = "B", correct = false }, '
            '{ text = "C", correct = false }, ',
        ),
        "question[1].answers",
        "2 or 3 answers",
    ),
    (
        "answers not tables",
        teach_back_with(ANSWERS, '["Yes", "No"]'),
        "question[1].answers",
        "2 or 3 answers",
    ),
    (
        "two right answers",
        teach_back_with('"Yes, always.", correct = false', '"Yes, always.", correct = true'),
        "question[1].answers",
        "exactly one answer with correct = true, not 2",
    ),
    (
        "no right answer",
        teach_back_with(
            '"No, it can fade.", correct = true', '"No, it can fade.", correct = false'
        ),
        "question[1].answers",
        "exactly one answer with correct = true, not 0",
    ),
    (
        "correct in quotes",
        teach_back_with("correct = false", 'correct = "false"'),
        "question[1].answers[1].correct",
        "true or false",
    ),
    (
        "unknown answer field",
        teach_back_with("correct = false }", 'correct = false, why = "x" }'),
        "question[1].answers[1].why",
        "one of the fields correct, text",
    ),
    (
        "same answer twice",
        teach_back_with('"No, it can fade."', '"yes, always."'),
        "question[1].answers",
        "differ from each other",
    ),
    (
        "unknown page",
        teach_back_with('page_id = "after"', 'page_id = "aftercare"'),
        "question[1].page_id",
        "the id of a page (about, after, after-life, before, before-day, benefits",
    ),
    ("no review", GOOD_CHECK.split("[review]")[0], "review", "a [review] table"),
    (
        "bad review date",
        teach_back_with('reviewed_on = ""', 'reviewed_on = "soon"'),
        "review.reviewed_on",
        "2026-01-31",
    ),
    (
        "unknown review field",
        teach_back_with('review_due = ""', 'review_due = ""\nnote = "x"'),
        "review.note",
        "one of the fields",
    ),
]


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [case[1:] for case in TEACH_BACK_PROBLEMS],
    ids=[case[0] for case in TEACH_BACK_PROBLEMS],
)
def test_a_bad_teach_back_file_is_named_with_what_was_expected(
    text: str, field: str, expected: str
) -> None:
    with pytest.raises(ContentError) as caught:
        load_check(text)
    assert caught.value.origin == "clinic/teach-back.toml"
    assert caught.value.field == field
    assert expected in caught.value.expected
    assert str(caught.value).startswith(f"clinic/teach-back.toml: {field}" if field else "clinic")


def ask_with(old: str, new: str) -> str:
    assert old in GOOD_ASK
    return GOOD_ASK.replace(old, new, 1)


ASK_PROBLEMS = [
    ("too few", ask_text(3), "question", "4 to 8 [[question]] tables, not 3"),
    ("too many", ask_text(9), "question", "4 to 8 [[question]] tables, not 9"),
    ("unknown field", "extra = 1\n" + GOOD_ASK, "extra", "one of the fields question, review"),
    (
        "unknown item field",
        ask_with('text = "Question 1?"', 'text = "Question 1?"\nanswer = "x"'),
        "question[1].answer",
        "one of the fields id, text",
    ),
    (
        "same id twice",
        ask_with('id = "ask-3"', 'id = "ask-1"'),
        "question[3].id",
        "an id no other question has",
    ),
    ("bad id", ask_with('id = "ask-2"', 'id = "ask_2"'), "question[2].id", "lower-case"),
    ("no text", ask_with('text = "Question 2?"', ""), "question[2].text", "not empty"),
    (
        "long text",
        ask_with("Question 4?", "x" * 101),
        "question[4].text",
        "at most 100 characters, not 101",
    ),
    (
        "control character",
        ask_with("Question 1?", "Question\\u00071?"),
        "question[1].text",
        "control characters",
    ),
    ("no review", GOOD_ASK.split("[review]")[0], "review", "a [review] table"),
    ("no sources", ask_with('["A source"]', "[]"), "review.sources", "at least one source"),
]


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [case[1:] for case in ASK_PROBLEMS],
    ids=[case[0] for case in ASK_PROBLEMS],
)
def test_a_bad_questions_to_ask_file_is_named_with_what_was_expected(
    text: str, field: str, expected: str
) -> None:
    with pytest.raises(ContentError) as caught:
        load_questions_to_ask("en", text, "clinic/questions-to-ask.toml")
    assert caught.value.origin == "clinic/questions-to-ask.toml"
    assert caught.value.field == field
    assert expected in caught.value.expected


def test_a_page_id_must_be_a_page_of_the_library_it_is_loaded_with() -> None:
    english = LIBRARIES["en"]
    without_benefits = Library("en", tuple(p for p in english.pages if p.id != "benefits"))
    with pytest.raises(ContentError) as caught:
        load_teach_back("en", learning_text("en", "teach-back.toml"), "built-in", without_benefits)
    assert caught.value.field == "question[5].page_id"
    assert "benefits" not in caught.value.expected.split("), not")[0]
    assert "about, after, after-life, before" in caught.value.expected
    assert caught.value.expected.endswith("not 'benefits'")


def test_the_library_must_be_in_the_same_language() -> None:
    with pytest.raises(ValueError, match="'es'"):
        load_teach_back("es", GOOD_CHECK, "x", LIBRARIES["en"])
