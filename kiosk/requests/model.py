"""A patient's question or appointment request, as typed and as stored (no Qt)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum


class RequestKind(Enum):
    QUESTION = "question"
    APPOINTMENT = "appointment"


class ContactMethod(Enum):
    """How the patient would like to hear back."""

    PHONE = "phone"
    EMAIL = "email"
    FRONT_DESK = "front_desk"
    """"I'll ask at the front desk today": the reference code is enough."""


class TimeSlot(Enum):
    """Preferred appointment times, offered as large tap chips."""

    WEEKDAY_MORNING = "weekday_morning"
    WEEKDAY_AFTERNOON = "weekday_afternoon"
    WEEKDAY_EVENING = "weekday_evening"
    SATURDAY = "saturday"
    ANY_TIME = "any_time"


class Status(Enum):
    NEW = "new"
    EXPORTED = "exported"
    HANDLED = "handled"


@dataclass(frozen=True)
class Draft:
    """Everything on the form exactly as the patient left it; nothing here is trusted."""

    kind: RequestKind = RequestKind.QUESTION
    name: str = ""
    phone: str = ""
    email: str = ""
    contact: ContactMethod | None = None
    time_slots: frozenset[TimeSlot] = field(default_factory=frozenset)
    message: str = ""
    topic: str = ""
    consent: bool = False


@dataclass(frozen=True)
class PatientRequest:
    """A validated request, ready to be queued. Text is kept exactly as typed."""

    id: str
    """UUID made when the form opened: a double tap or a retry saves one row."""
    kind: RequestKind
    name: str
    phone: str
    """The phone number as typed ("" if none)."""
    phone_e164: str
    """The same number in E.164 form, e.g. +15555550100 ("" if none)."""
    email: str
    contact: ContactMethod
    time_slots: tuple[TimeSlot, ...]
    message: str
    topic: str
    language: str
    urgent: bool
    kiosk_id: str


@dataclass(frozen=True)
class StoredRequest:
    """A request as the queue holds it."""

    request: PatientRequest
    reference: str
    """Short code the patient can say at the desk, e.g. K-4F7Q."""
    created_at: dt.datetime
    status: Status
    status_changed_at: dt.datetime
