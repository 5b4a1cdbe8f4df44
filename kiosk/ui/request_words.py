"""Patient-facing words for the request's choices and problems, in the current language.

Shared by the form and the review screen; each call translates at the time it is made, so a
language change shows on the next retranslate_ui().
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.requests.model import ContactMethod, RequestKind, TimeSlot
from kiosk.requests.validation import Field, Problem


def kind_label(kind: RequestKind) -> str:
    return {
        RequestKind.QUESTION: QCoreApplication.translate("RequestWords", "Ask a question"),
        RequestKind.APPOINTMENT: QCoreApplication.translate(
            "RequestWords", "Request an appointment"
        ),
    }[kind]


def contact_label(method: ContactMethod) -> str:
    return {
        ContactMethod.PHONE: QCoreApplication.translate("RequestWords", "Phone"),
        ContactMethod.EMAIL: QCoreApplication.translate("RequestWords", "Email"),
        ContactMethod.FRONT_DESK: QCoreApplication.translate(
            "RequestWords", "I'll ask at the front desk today"
        ),
    }[method]


def slot_label(slot: TimeSlot) -> str:
    return {
        TimeSlot.WEEKDAY_MORNING: QCoreApplication.translate("RequestWords", "Weekday mornings"),
        TimeSlot.WEEKDAY_AFTERNOON: QCoreApplication.translate(
            "RequestWords", "Weekday afternoons"
        ),
        TimeSlot.WEEKDAY_EVENING: QCoreApplication.translate("RequestWords", "Weekday evenings"),
        TimeSlot.SATURDAY: QCoreApplication.translate("RequestWords", "Saturdays"),
        TimeSlot.ANY_TIME: QCoreApplication.translate("RequestWords", "Any time"),
    }[slot]


def problem_text(field: Field, problem: Problem) -> str:
    """One plain sentence saying what to do, shown next to the field."""
    if problem is Problem.REQUIRED:
        return {
            Field.NAME: QCoreApplication.translate("RequestWords", "Please type your name."),
            Field.PHONE: QCoreApplication.translate(
                "RequestWords", "Please type your phone number, or choose another way."
            ),
            Field.EMAIL: QCoreApplication.translate(
                "RequestWords", "Please type your email, or choose another way."
            ),
            Field.MESSAGE: QCoreApplication.translate("RequestWords", "Please type your question."),
            Field.CONSENT: QCoreApplication.translate(
                "RequestWords", "Please tick this box so the clinic may answer you."
            ),
        }.get(field, QCoreApplication.translate("RequestWords", "Please fill this in."))
    return {
        Problem.TOO_LONG: QCoreApplication.translate(
            "RequestWords", "This is too long. Please make it shorter."
        ),
        Problem.UNSAFE_CHARACTERS: QCoreApplication.translate(
            "RequestWords",
            "This has a hidden or special character we cannot keep. Please type it again.",
        ),
        Problem.NEEDS_A_LETTER: QCoreApplication.translate(
            "RequestWords", "Please type your name with letters."
        ),
        Problem.PHONE_NOT_POSSIBLE: QCoreApplication.translate(
            "RequestWords", "This does not look like a phone number. Please check it."
        ),
        Problem.EMAIL_NOT_VALID: QCoreApplication.translate(
            "RequestWords", "This does not look like an email address. Please check it."
        ),
        Problem.CHOOSE_HOW: QCoreApplication.translate(
            "RequestWords", "Please choose how we can reach you."
        ),
    }.get(problem, QCoreApplication.translate("RequestWords", "Please check this."))
