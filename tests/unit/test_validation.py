"""Every rule of the request form, and that no input ever raises anything but a validation error."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.requests.model import ContactMethod, Draft, RequestKind, TimeSlot
from kiosk.requests.urgent import DEFAULT_URGENT_PHRASES
from kiosk.requests.validation import (
    MAX_MESSAGE,
    MAX_NAME,
    Field,
    FieldError,
    Problem,
    Rules,
    Validation,
    validate,
)

RULES = Rules(region="US", urgent_phrases=DEFAULT_URGENT_PHRASES)
GOOD = Draft(
    kind=RequestKind.QUESTION,
    name="Ana García",
    phone="(555) 201-4477",
    contact=ContactMethod.PHONE,
    message="How long does the numbness last?",
    topic="After your RFA",
    consent=True,
)


def check(draft: Draft) -> Validation:
    return validate(draft, request_id="id-1", language="en", kiosk_id="lobby", rules=RULES)


def errors_of(draft: Draft) -> set[tuple[Field, Problem]]:
    return {(e.field, e.problem) for e in check(draft).errors}


def with_(**changes: object) -> Draft:
    return replace(GOOD, **changes)  # type: ignore[arg-type]


def test_a_good_request_is_accepted_exactly_as_typed() -> None:
    result = check(GOOD)
    assert result.errors == ()
    request = result.request
    assert request is not None
    assert request.name == "Ana García"
    assert request.phone == "(555) 201-4477"
    assert request.phone_e164 == "+15552014477"
    assert request.id == "id-1"
    assert request.kiosk_id == "lobby"
    assert request.language == "en"
    assert not request.urgent


@pytest.mark.parametrize(
    "name", ["A", "Madonna", "O'Brien-Smith", "María-José", "李小龍", "محمد علي", "N'Dour", "Ng"]
)
def test_names_in_any_script_with_apostrophes_hyphens_and_single_letters(name: str) -> None:
    result = check(with_(name=name))
    assert result.errors == ()
    assert result.request is not None
    assert result.request.name == name


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        (with_(name=""), (Field.NAME, Problem.REQUIRED)),
        (with_(name="   "), (Field.NAME, Problem.REQUIRED)),
        (with_(name="1234"), (Field.NAME, Problem.NEEDS_A_LETTER)),
        (with_(name="x" * (MAX_NAME + 1)), (Field.NAME, Problem.TOO_LONG)),
        (with_(name="Ana\x00"), (Field.NAME, Problem.UNSAFE_CHARACTERS)),
        (with_(name="Ana\nBob"), (Field.NAME, Problem.UNSAFE_CHARACTERS)),
        (with_(name="Ana\u202egnp.exe"), (Field.NAME, Problem.UNSAFE_CHARACTERS)),
        (with_(name="Ana\ud800"), (Field.NAME, Problem.UNSAFE_CHARACTERS)),
        (with_(phone="12"), (Field.PHONE, Problem.PHONE_NOT_POSSIBLE)),
        (with_(phone="call me maybe"), (Field.PHONE, Problem.PHONE_NOT_POSSIBLE)),
        (with_(phone=""), (Field.PHONE, Problem.REQUIRED)),
        (with_(contact=ContactMethod.EMAIL), (Field.EMAIL, Problem.REQUIRED)),
        (with_(email="ana@", contact=ContactMethod.EMAIL), (Field.EMAIL, Problem.EMAIL_NOT_VALID)),
        (with_(contact=None), (Field.CONTACT, Problem.CHOOSE_HOW)),
        (with_(message=""), (Field.MESSAGE, Problem.REQUIRED)),
        (with_(message="x" * (MAX_MESSAGE + 1)), (Field.MESSAGE, Problem.TOO_LONG)),
        (with_(message="tab\there"), (Field.MESSAGE, Problem.UNSAFE_CHARACTERS)),
        (with_(consent=False), (Field.CONSENT, Problem.REQUIRED)),
    ],
)
def test_each_rule_names_its_field_and_problem(
    draft: Draft, expected: tuple[Field, Problem]
) -> None:
    result = check(draft)
    assert result.request is None
    assert expected in errors_of(draft)


def test_front_desk_makes_phone_and_email_optional_but_still_checked() -> None:
    at_desk = with_(contact=ContactMethod.FRONT_DESK, phone="", email="")
    assert check(at_desk).errors == ()
    assert errors_of(with_(contact=ContactMethod.FRONT_DESK, email="not-an-email")) == {
        (Field.EMAIL, Problem.EMAIL_NOT_VALID)
    }


def test_email_is_checked_without_the_network_and_kept_as_typed() -> None:
    result = check(with_(contact=ContactMethod.EMAIL, phone="", email="Ana.Garcia@Example.org"))
    assert result.request is not None
    assert result.request.email == "Ana.Garcia@Example.org"


def test_phone_with_country_code_and_other_region() -> None:
    uk = validate(
        with_(phone="020 7946 0018"),
        request_id="x",
        language="en",
        kiosk_id="k",
        rules=Rules(region="GB"),
    )
    assert uk.request is not None
    assert uk.request.phone_e164 == "+442079460018"
    assert check(with_(phone="+44 20 7946 0018")).request is not None


def test_message_may_have_line_breaks_and_appointments_may_leave_it_empty() -> None:
    assert check(with_(message="Line one\nLine two")).errors == ()
    appointment = with_(
        kind=RequestKind.APPOINTMENT,
        message="",
        time_slots=frozenset({TimeSlot.SATURDAY, TimeSlot.WEEKDAY_MORNING}),
    )
    result = check(appointment)
    assert result.request is not None
    assert result.request.time_slots == (TimeSlot.WEEKDAY_MORNING, TimeSlot.SATURDAY)


def test_time_slots_are_dropped_from_a_question() -> None:
    result = check(with_(time_slots=frozenset({TimeSlot.SATURDAY})))
    assert result.request is not None
    assert result.request.time_slots == ()


def test_urgent_words_flag_the_request() -> None:
    result = check(with_(message="Since yesterday I have a fever and redness at the spot"))
    assert result.request is not None
    assert result.request.urgent


def test_a_huge_paste_is_refused_by_length_before_any_character_is_read() -> None:
    class Untouchable(str):
        def __iter__(self) -> object:  # type: ignore[override]
            raise AssertionError("read character by character")

    huge = Untouchable("x" * 10_000_000)
    assert (Field.MESSAGE, Problem.TOO_LONG) in errors_of(with_(message=huge))
    assert (Field.NAME, Problem.TOO_LONG) in errors_of(with_(name=huge))


def test_several_problems_are_reported_together() -> None:
    found = errors_of(Draft())
    assert {(Field.NAME, Problem.REQUIRED), (Field.CONTACT, Problem.CHOOSE_HOW)} <= found
    assert (Field.CONSENT, Problem.REQUIRED) in found


INVISIBLE = {
    "zero-width space": "\u200b",
    "zero-width non-joiner": "\u200c",
    "zero-width joiner": "\u200d",
    "word joiner": "\u2060",
    "byte order mark": "\ufeff",
    "left-to-right mark": "\u200e",
    "right-to-left mark": "\u200f",
    "left-to-right embedding": "\u202a",
    "pop directional formatting": "\u202c",
    "right-to-left override": "\u202e",
    "first strong isolate": "\u2068",
    "pop directional isolate": "\u2069",
    "soft hyphen": "\u00ad",
    "line separator": "\u2028",
    "paragraph separator": "\u2029",
    "next line": "\x85",
    "escape": "\x1b",
}
REFUSED_CATEGORIES = ("Cc", "Cf", "Zl", "Zp")
"""Controls, format characters, line and paragraph separators: only a message's newline may stay."""


drafts = st.builds(
    Draft,
    kind=st.sampled_from(RequestKind),
    name=st.text(max_size=150),
    phone=st.one_of(st.text(max_size=40), st.from_regex(r"\+?[0-9 ()-]{0,20}", fullmatch=True)),
    email=st.one_of(st.text(max_size=60), st.emails()),
    contact=st.one_of(st.none(), st.sampled_from(ContactMethod)),
    time_slots=st.frozensets(st.sampled_from(TimeSlot)),
    message=st.text(max_size=300),
    topic=st.text(max_size=100),
    consent=st.booleans(),
)


@settings(max_examples=300, deadline=None)
@given(drafts)
def test_any_input_gives_a_request_or_field_errors_never_an_exception(draft: Draft) -> None:
    result = check(draft)
    assert (result.request is None) != (result.errors == ())
    assert all(isinstance(e, FieldError) for e in result.errors)
    if result.request is not None:
        assert result.request.name == draft.name
        assert result.request.message == draft.message
        assert result.request.topic == draft.topic
        request = result.request
        kept = request.name + request.phone + request.email + request.message + request.topic
        assert not any(
            unicodedata.category(ch) in REFUSED_CATEGORIES for ch in kept.replace("\n", "")
        )


@pytest.mark.parametrize("invisible", INVISIBLE.values(), ids=INVISIBLE.keys())
@pytest.mark.parametrize(
    ("field", "typed"),
    [
        (Field.NAME, "Ana{}García"),
        (Field.PHONE, "(555) 201{}-4477"),
        (Field.EMAIL, "ana{}@example.org"),
        (Field.MESSAGE, "How long does{} the numbness last?\nThanks"),
        (Field.TOPIC, "After your{} RFA"),
    ],
)
def test_invisible_and_layout_characters_are_refused_in_every_field(
    field: Field, typed: str, invisible: str
) -> None:
    draft = with_(**{field.value: typed.format(invisible)})
    assert errors_of(draft) == {(field, Problem.UNSAFE_CHARACTERS)}


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from([Field.NAME, Field.MESSAGE, Field.TOPIC]),
    st.text(st.characters(categories=("L", "M", "N", "P", "Zs")), min_size=1, max_size=40),
    st.characters(categories=("Cc", "Cf", "Zl", "Zp"), exclude_characters="\n"),
    st.data(),
)
def test_any_control_or_format_character_anywhere_is_refused(
    field: Field, text: str, bad: str, data: st.DataObject
) -> None:
    text = "A" + text  # a name needs a letter, and that is another rule
    at = data.draw(st.integers(0, len(text)))
    typed = text[:at] + bad + text[at:]
    assert errors_of(with_(**{field.value: typed})) == {(field, Problem.UNSAFE_CHARACTERS)}


def test_letters_marks_and_plain_spaces_of_any_script_are_still_fine() -> None:
    for text in (
        "Nguyễn Văn Anh",
        "e\u0301le\u0301onore",
        "שרה כהן",
        "محمد علي",
        "Ana\u00a0García",
    ):
        assert check(with_(name=text, message=text, topic=text)).errors == ()
