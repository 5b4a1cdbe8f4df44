"""Patient-facing words for the request's choices and problems, in the current language.

Shared by the form and the review screen; each call translates at the time it is made, so a
language change shows on the next retranslate_ui().
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.requests.model import ContactMethod, RequestKind, TimeSlot
from kiosk.requests.validation import Field, Problem

_CONTEXT = "RequestWords"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def kind_label(kind: RequestKind) -> str:
    return {
        RequestKind.QUESTION: _tr("Ask a question"),
        RequestKind.APPOINTMENT: _tr("Request an appointment"),
    }[kind]


def contact_label(method: ContactMethod) -> str:
    return {
        ContactMethod.PHONE: _tr("Phone"),
        ContactMethod.EMAIL: _tr("Email"),
        ContactMethod.FRONT_DESK: _tr("I'll ask at the front desk today"),
    }[method]


def slot_label(slot: TimeSlot) -> str:
    return {
        TimeSlot.WEEKDAY_MORNING: _tr("Weekday mornings"),
        TimeSlot.WEEKDAY_AFTERNOON: _tr("Weekday afternoons"),
        TimeSlot.WEEKDAY_EVENING: _tr("Weekday evenings"),
        TimeSlot.SATURDAY: _tr("Saturdays"),
        TimeSlot.ANY_TIME: _tr("Any time"),
    }[slot]


def problem_text(field: Field, problem: Problem) -> str:
    """One plain sentence saying what to do, shown next to the field."""
    if problem is Problem.REQUIRED:
        return {
            Field.NAME: _tr("Please type your name."),
            Field.PHONE: _tr("Please type your phone number, or choose another way."),
            Field.EMAIL: _tr("Please type your email, or choose another way."),
            Field.MESSAGE: _tr("Please type your question."),
            Field.CONSENT: _tr("Please tick this box so the clinic may answer you."),
        }.get(field, _tr("Please fill this in."))
    return {
        Problem.TOO_LONG: _tr("This is too long. Please make it shorter."),
        Problem.UNSAFE_CHARACTERS: _tr(
            "This has a hidden or special character we cannot keep. Please type it again."
        ),
        Problem.NEEDS_A_LETTER: _tr("Please type your name with letters."),
        Problem.PHONE_NOT_POSSIBLE: _tr("This does not look like a phone number. Please check it."),
        Problem.EMAIL_NOT_VALID: _tr("This does not look like an email address. Please check it."),
        Problem.CHOOSE_HOW: _tr("Please choose how we can reach you."),
    }.get(problem, _tr("Please check this."))
