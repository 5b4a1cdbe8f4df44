"""What a patient must not miss, in English and Spanish: the dangerous and wrong findings of the
clinical review (shared/reviews/content-review.md) stay corrected.

Each test reads the pages and learning files the way the kiosk loads them and fails if a fact
is gone: warning signs with 911, implanted devices, blood-thinner advice, eye care after face
pain treatment, the face-pain caveat on every shared page and quiz answer, relief not promised.
"""

from __future__ import annotations

import re

import pytest

from kiosk.content import Library, Page, Section, load_library
from kiosk.content.model import BulletList, Paragraph, WarningBox
from tests.unit.content_files import builtin_files, image_names
from tests.unit.test_learning_content import builtin_learning

LANGUAGES = ("en", "es")
LIBRARIES: dict[str, Library] = {
    language: load_library(language, builtin_files(language), image_names()).library
    for language in LANGUAGES
}

# The words each check looks for, as the patient reads them in each language.
WORDS = {
    "en": {
        "care team": "care team",
        "call now": ["fever", "pus", "weakness", "numbness", "headache"],
        "call 911": ["bladder", "bowels", "cannot move"],
        "devices": [
            "pacemaker",
            "defibrillator",
            "spinal cord stimulator",
            "brain stimulator",
            "pain pump",
        ],
        "blood thinner": ["warfarin", "apixaban", "clopidogrel", "aspirin", "on your own"],
        "also tell": ["allergy, for example to numbing medicine", "bleed easily", "diabetes"],
        "eye care": ["rub", "dust", "drops"],
        "eye warning": ["red", "painful", "waters", "blurry"],
        "trigeminal facts": [
            "carbamazepine",
            "oxcarbazepine",
            "radiosurgery",
            "no test block",
            "right away",
            "years",
            "6 in 100",
            "anesthesia dolorosa",
            "1 or 2 in 100",
            "done again",
        ],
        "face pain": "trigeminal neuralgia",
        "face": "face",
        "current": ["electric current", "not radio waves"],
        "hedges": r"\b(may|might|usually|often|some|about|average|can|not)\b",
        "relief lasting": r"\brelief\b.*\blast",
        "promises": ["will last", "guarantee", "always works", "permanent relief"],
    },
    "es": {
        "care team": "equipo médico",
        "call now": ["fiebre", "pus", "debilidad", "adormecimiento", "dolor de cabeza"],
        "call 911": ["vejiga", "intestino", "no puede mover"],
        "devices": [
            "marcapasos",
            "desfibrilador",
            "estimulador de la médula espinal",
            "estimulador cerebral",
            "bomba para el dolor",
        ],
        "blood thinner": ["warfarina", "apixabán", "clopidogrel", "aspirina", "por su cuenta"],
        "also tell": [
            "alergia, por ejemplo a la medicina para adormecer",
            "sangra con facilidad",
            "diabetes",
        ],
        "eye care": ["frote", "polvo", "gotas"],
        "eye warning": ["roj", "duele", "lágrimas", "borros"],
        "trigeminal facts": [
            "carbamazepina",
            "oxcarbazepina",
            "radiocirugía",
            "bloqueo de prueba",
            "enseguida",
            "años",
            "6 de cada 100",
            "anestesia dolorosa",
            "1 o 2 de cada 100",
            "repetir",
        ],
        "face pain": "neuralgia del trigémino",
        "face": "cara",
        "current": ["corriente eléctrica", "no son ondas de radio"],
        "hedges": (
            r"\b(puede|pueden|podría|suele|suelen|por lo general|a menudo|muchas veces"
            r"|algun\w*|alguna\w*|unos|unas|más o menos|promedio|no)\b"
        ),
        "relief lasting": r"\balivio\b.*\bdur",
        "promises": ["durará", "garantiza", "siempre funciona", "alivio permanente"],
    },
}

# Shared pages with a fact that does not hold for face pain (trigeminal neuralgia): a test
# block, light sedation, the leg or arm test, relief in weeks lasting months, the risks.
FACE_PAIN_DIFFERS = (
    "about",
    "before",
    "step-1",
    "step-2",
    "step-3",
    "step-4",
    "step-5",
    "after",
    "benefits",
    "results",
    "considerations",
)
# Shared pages whose facts hold for face pain too.
FACE_PAIN_SAME = ("rf-kinds", "before-day", "after-life", "cost")


def words(language: str, key: str) -> list[str]:
    value = WORDS[language][key]
    assert isinstance(value, list)
    return value


def word(language: str, key: str) -> str:
    value = WORDS[language][key]
    assert isinstance(value, str)
    return value


def block_text(block: Paragraph | BulletList | WarningBox) -> str:
    return " ".join(block.sentences()).lower()


def missing(text: str, wanted: list[str]) -> list[str]:
    return [item for item in wanted if item not in text.lower()]


def warning_boxes(page: Page) -> list[tuple[int, WarningBox]]:
    return [(i, block) for i, block in enumerate(page.body) if isinstance(block, WarningBox)]


def box_saying(page: Page, heading_word: str) -> tuple[int, WarningBox]:
    boxes = [(i, box) for i, box in warning_boxes(page) if heading_word in box.heading.lower()]
    assert boxes, f"{page.origin}: no warning box headed with {heading_word!r}"
    return boxes[0]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_id", ["after", "considerations"])
def test_warning_signs_say_when_to_call_the_care_team_and_when_to_call_911(
    language: str, page_id: str
) -> None:
    page = LIBRARIES[language].page(page_id)
    _, call_now = box_saying(page, word(language, "care team"))
    assert missing(block_text(call_now), words(language, "call now")) == []
    _, call_911 = box_saying(page, "911")
    assert missing(block_text(call_911), words(language, "call 911")) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_patient_reading_about_recovery_meets_the_warning_signs_first(language: str) -> None:
    """Right after the rules for the first day (a line and two bullets), before the longer
    text on soreness and relief."""
    page = LIBRARIES[language].page("after")
    places = [i for i, _ in warning_boxes(page)]
    assert places
    assert max(places) <= 3, places


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_implanted_device_is_named_in_what_to_tell_the_care_team(language: str) -> None:
    before = LIBRARIES[language].page("before")
    lists = [block for block in before.body if isinstance(block, BulletList)]
    assert any(missing(block_text(b), words(language, "devices")) == [] for b in lists)


@pytest.mark.parametrize("language", LANGUAGES)
def test_blood_thinners_are_named_with_examples_and_never_stopped_alone(language: str) -> None:
    before = LIBRARIES[language].page("before")
    items = [item for b in before.body if isinstance(b, BulletList) for item in b.items]
    wanted = words(language, "blood thinner")
    assert any(missing(item, wanted) == [] for item in items), wanted
    # In the list of what to tell the care team, not merely somewhere on the page.
    assert missing(" ".join(items), words(language, "also tell")) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_numb_eye_comes_with_eye_care_and_its_warning_signs(language: str) -> None:
    page = LIBRARIES[language].page("condition-trigeminal")
    boxes = [block_text(box) for _, box in warning_boxes(page)]
    assert any(missing(text, words(language, "eye care")) == [] for text in boxes), boxes
    calls = [block_text(box) for _, box in warning_boxes(page)]
    calls = [text for text in calls if word(language, "care team") in text]
    assert any(missing(text, words(language, "eye warning")) == [] for text in calls), calls


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_face_pain_page_has_its_own_facts(language: str) -> None:
    text = LIBRARIES[language].page("condition-trigeminal").plain_text()
    assert missing(text, words(language, "trigeminal facts")) == []


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_id", FACE_PAIN_DIFFERS)
def test_every_shared_page_that_differs_for_face_pain_says_so(language: str, page_id: str) -> None:
    page = LIBRARIES[language].page(page_id)
    assert any(word(language, "face pain") in block_text(block) for block in page.body)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_shared_page_is_judged_for_face_pain(language: str) -> None:
    """A new page must be put in one of the two lists above: does it hold for face pain?"""
    shared = {p.id for p in LIBRARIES[language].pages if p.section is not Section.CONDITIONS}
    assert shared == set(FACE_PAIN_DIFFERS) | set(FACE_PAIN_SAME)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("question_id", ["test-first", "relief-starts", "relief-lasts"])
def test_quiz_answers_that_differ_for_face_pain_say_so(language: str, question_id: str) -> None:
    teach_back, _ = builtin_learning(language)
    question = next(q for q in teach_back.questions if q.id == question_id)
    assert word(language, "face") in question.explanation.lower()


@pytest.mark.parametrize("language", LANGUAGES)
def test_radiofrequency_is_an_electric_current_not_radio_waves(language: str) -> None:
    about = LIBRARIES[language].page("about").plain_text().lower()
    assert missing(about, words(language, "current")) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_about_page_keeps_rhizotomy_as_the_name_for_face_pain(language: str) -> None:
    about = LIBRARIES[language].page("about").plain_text().lower()
    assert "not quite the right name" not in about
    assert "no es el nombre correcto" not in about
    sentences = re.split(r"(?<=[.!?])\s+", about)
    face = word(language, "face")
    assert any(face in s and ("rhizotomy" in s or "rizotomía" in s) for s in sentences)


def patient_texts(language: str) -> list[str]:
    """Every sentence and bullet a patient can read: pages, the check, the questions."""
    teach_back, questions = builtin_learning(language)
    texts = [sentence for page in LIBRARIES[language].pages for sentence in page_sentences(page)]
    for question in teach_back.questions:
        texts += [question.question, question.explanation]
        texts += [answer.text for answer in question.answers]
    texts += [question.text for question in questions.questions]
    return texts


def page_sentences(page: Page) -> list[str]:
    return [
        page.subtitle,
        *(
            s
            for block in page.body
            for s in re.split(r"(?<=[.!?])\s+", " ".join(block.sentences()))
        ),
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_relief_is_never_promised(language: str) -> None:
    lasting = re.compile(str(WORDS[language]["relief lasting"]), re.IGNORECASE)
    hedge = re.compile(str(WORDS[language]["hedges"]), re.IGNORECASE)
    statements = [t for t in patient_texts(language) if not t.endswith("?")]
    unhedged = [t for t in statements if lasting.search(t) and not hedge.search(t)]
    assert unhedged == []
    everything = " ".join(patient_texts(language)).lower()
    assert missing(everything, words(language, "promises")) == words(language, "promises")


def test_the_relief_check_finds_an_unhedged_promise() -> None:
    """Guards the check above: a plain promise of lasting relief is caught."""
    lasting = re.compile(str(WORDS["en"]["relief lasting"]), re.IGNORECASE)
    hedge = re.compile(str(WORDS["en"]["hedges"]), re.IGNORECASE)
    promise = "Your relief lasts 6 to 12 months."
    assert lasting.search(promise)
    assert not hedge.search(promise)
