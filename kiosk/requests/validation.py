"""Checks a patient's form and turns it into a request, or says in plain terms what to fix.

Any input at all gives either a PatientRequest or a list of FieldErrors: nothing else is ever
raised. Lengths are checked before any per-character work, so a huge paste is refused at once.
The screen turns each (field, problem) pair into words in the patient's language.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import Enum

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from kiosk.requests.model import ContactMethod, Draft, PatientRequest, RequestKind, TimeSlot
from kiosk.requests.urgent import is_urgent

MAX_NAME = 100
MAX_PHONE = 32
MAX_EMAIL = 254
MAX_MESSAGE = 2000
MAX_TOPIC = 80


class Field(Enum):
    NAME = "name"
    CONTACT = "contact"
    PHONE = "phone"
    EMAIL = "email"
    TIME_SLOTS = "time_slots"
    MESSAGE = "message"
    TOPIC = "topic"
    CONSENT = "consent"


class Problem(Enum):
    REQUIRED = "required"
    TOO_LONG = "too_long"
    UNSAFE_CHARACTERS = "unsafe_characters"
    """Control characters, invisible ones (zero-width, direction marks and overrides, soft
    hyphens), line separators other than a message's newlines, or broken characters."""
    NEEDS_A_LETTER = "needs_a_letter"
    PHONE_NOT_POSSIBLE = "phone_not_possible"
    EMAIL_NOT_VALID = "email_not_valid"
    CHOOSE_HOW = "choose_how"
    """No way of reaching the patient was chosen."""


@dataclass(frozen=True)
class FieldError:
    field: Field
    problem: Problem


@dataclass(frozen=True)
class Validation:
    request: PatientRequest | None
    errors: tuple[FieldError, ...]


@dataclass(frozen=True)
class Rules:
    region: str = "US"
    """Region for phone numbers typed without a country code."""
    urgent_phrases: tuple[str, ...] = ()


# Characters that show nothing themselves yet change what staff see or what a search finds:
# controls (Cc), format characters (Cf: zero-width spaces and joiners, direction marks,
# embeddings, overrides and isolates, the "Trojan Source" trick, soft hyphens, byte order
# marks), line and paragraph separators (Zl, Zp), and halves of broken characters (Cs). A
# name "Ana Garc\u200bía" looks like "Ana García" to staff but is another name to a search.
# Ordinary letters and marks of any script, right-to-left ones too, and every kind of visible
# space are fine. The cost: the joiners that Persian and Indic writing
# and some emoji ("family" and the like) use are refused too; the kiosk's languages need none.
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})


def validate(
    draft: Draft, *, request_id: str, language: str, kiosk_id: str, rules: Rules
) -> Validation:
    errors: list[FieldError] = []

    def check(
        field: Field, value: str, limit: int, *, required: bool, multiline: bool = False
    ) -> str:
        problem = _text_problem(value, limit, required=required, multiline=multiline)
        if problem:
            errors.append(FieldError(field, problem))
        return value

    name = check(Field.NAME, draft.name, MAX_NAME, required=True)
    if not any(e.field is Field.NAME for e in errors) and not _has_letter(name):
        errors.append(FieldError(Field.NAME, Problem.NEEDS_A_LETTER))

    wants = draft.contact
    phone = check(Field.PHONE, draft.phone, MAX_PHONE, required=wants is ContactMethod.PHONE)
    phone_e164 = ""
    if phone.strip() and not any(e.field is Field.PHONE for e in errors):
        phone_e164 = _e164(phone, rules.region)
        if not phone_e164:
            errors.append(FieldError(Field.PHONE, Problem.PHONE_NOT_POSSIBLE))

    email = check(Field.EMAIL, draft.email, MAX_EMAIL, required=wants is ContactMethod.EMAIL)
    if email.strip() and not any(e.field is Field.EMAIL for e in errors) and not _email_ok(email):
        errors.append(FieldError(Field.EMAIL, Problem.EMAIL_NOT_VALID))
    if wants is None:
        errors.append(FieldError(Field.CONTACT, Problem.CHOOSE_HOW))

    message = check(
        Field.MESSAGE,
        draft.message,
        MAX_MESSAGE,
        required=draft.kind is RequestKind.QUESTION,
        multiline=True,
    )
    topic = check(Field.TOPIC, draft.topic, MAX_TOPIC, required=False)
    if not draft.consent:
        errors.append(FieldError(Field.CONSENT, Problem.REQUIRED))

    if errors or wants is None:
        return Validation(None, tuple(errors))
    slots = tuple(s for s in TimeSlot if s in draft.time_slots)
    return Validation(
        PatientRequest(
            id=request_id,
            kind=draft.kind,
            name=name,
            phone=phone if phone.strip() else "",
            phone_e164=phone_e164,
            email=email if email.strip() else "",
            contact=wants,
            time_slots=slots if draft.kind is RequestKind.APPOINTMENT else (),
            message=message,
            topic=topic,
            language=language,
            urgent=is_urgent(message, rules.urgent_phrases),
            kiosk_id=kiosk_id,
        ),
        (),
    )


def _text_problem(value: str, limit: int, *, required: bool, multiline: bool) -> Problem | None:
    # Length first: len() is O(1), so a huge paste costs nothing to refuse.
    if len(value) > limit:
        return Problem.TOO_LONG
    if not value.strip():
        return Problem.REQUIRED if required else None
    # A plain newline is how a patient breaks a message into lines; U+2028 and U+2029 are not.
    allowed_controls = "\n" if multiline else ""
    for ch in value:
        if unicodedata.category(ch) in _UNSAFE_CATEGORIES and ch not in allowed_controls:
            return Problem.UNSAFE_CHARACTERS
    return None


def _has_letter(text: str) -> bool:
    return any(unicodedata.category(ch).startswith("L") for ch in text)


def _e164(raw: str, region: str) -> str:
    """The number in E.164 form, or "" when it cannot be a real number."""
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return ""
    if not phonenumbers.is_possible_number(number):
        return ""
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _email_ok(raw: str) -> bool:
    try:
        validate_email(raw, check_deliverability=False)  # the kiosk is offline
    except EmailNotValidError:
        return False
    return True
