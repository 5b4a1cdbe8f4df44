"""Intake on a real queue: a double tap or a retry saves one row; limits; a failed save."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import replace

from kiosk.requests.intake import Invalid, NotSaved, RequestIntake, Saved, TooMany
from kiosk.requests.model import ContactMethod, Draft, RequestKind
from kiosk.requests.validation import Field, Rules
from kiosk.storage import RequestQueue

NOW = dt.datetime(2026, 11, 23, 15, 0, tzinfo=dt.UTC)
DRAFT = Draft(
    kind=RequestKind.QUESTION,
    name="Lucía Ortega",
    contact=ContactMethod.FRONT_DESK,
    message="¿Puedo comer antes?",
    consent=True,
)


def intake(queue: RequestQueue | None, *, limit: int = 6, now: dt.datetime = NOW) -> RequestIntake:
    return RequestIntake(
        queue,
        rules=Rules(urgent_phrases=("fiebre",)),
        kiosk_id="lobby",
        max_per_10_min=limit,
        clock=lambda: now,
    )


def test_a_second_send_of_the_same_form_saves_one_row(queue: RequestQueue) -> None:
    request_id = str(uuid.uuid4())
    first = intake(queue).submit(DRAFT, request_id=request_id, language="es")
    second = intake(queue).submit(DRAFT, request_id=request_id, language="es")
    assert isinstance(first, Saved)
    assert second == first
    stored = queue.requests()
    assert len(stored) == 1
    assert stored[0].request.name == "Lucía Ortega"
    assert stored[0].request.language == "es"
    assert stored[0].request.kiosk_id == "lobby"


def test_the_same_words_sent_twice_in_ten_minutes_are_kept_once(queue: RequestQueue) -> None:
    first = intake(queue).submit(DRAFT, request_id=str(uuid.uuid4()), language="en")
    later = NOW + dt.timedelta(minutes=3)
    second = intake(queue, now=later).submit(DRAFT, request_id=str(uuid.uuid4()), language="en")
    assert isinstance(first, Saved)
    assert isinstance(second, Saved)
    assert second.reference == first.reference
    assert len(queue.requests()) == 1


def test_the_limit_counts_the_last_ten_minutes(queue: RequestQueue) -> None:
    def send(message: str, at: dt.datetime) -> object:
        draft = replace(DRAFT, message=message)
        return intake(queue, limit=2, now=at).submit(
            draft, request_id=str(uuid.uuid4()), language="en"
        )

    assert isinstance(send("one", NOW), Saved)
    assert isinstance(send("two", NOW + dt.timedelta(minutes=1)), Saved)
    assert isinstance(send("three", NOW + dt.timedelta(minutes=2)), TooMany)
    assert isinstance(send("four", NOW + dt.timedelta(minutes=11)), Saved)
    assert len(queue.requests()) == 3


def test_urgent_words_are_flagged_in_the_queue(queue: RequestQueue) -> None:
    draft = replace(DRAFT, message="Tengo fiebre desde ayer")
    outcome = intake(queue).submit(draft, request_id=str(uuid.uuid4()), language="es")
    assert outcome == Saved(queue.requests()[0].reference, urgent=True)
    assert queue.requests()[0].request.urgent


def test_an_invalid_form_saves_nothing(queue: RequestQueue) -> None:
    outcome = intake(queue).submit(Draft(), request_id=str(uuid.uuid4()), language="en")
    assert isinstance(outcome, Invalid)
    assert any(error.field is Field.NAME for error in outcome.errors)
    assert queue.requests() == []


def test_without_a_database_the_request_is_not_saved_and_says_so() -> None:
    outcome = intake(None).submit(DRAFT, request_id=str(uuid.uuid4()), language="en")
    assert isinstance(outcome, NotSaved)


def test_a_closed_database_gives_not_saved_not_an_exception(queue: RequestQueue) -> None:
    queue.close()
    outcome = intake(queue).submit(DRAFT, request_id=str(uuid.uuid4()), language="en")
    assert isinstance(outcome, NotSaved)
