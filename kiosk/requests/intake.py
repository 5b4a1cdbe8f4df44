"""Takes a submitted form: validates it, applies the kiosk's limits and saves it (no Qt).

The outcome tells the screen what to show. "Saved" is returned only after the database has
committed the request, so the thank-you screen never appears for a request that was not kept.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from kiosk.requests.model import Draft, PatientRequest, StoredRequest
from kiosk.requests.validation import FieldError, Rules, validate
from kiosk.storage import SaveResult, StorageError

log = logging.getLogger(__name__)

RATE_WINDOW = dt.timedelta(minutes=10)


@dataclass(frozen=True)
class Saved:
    reference: str
    urgent: bool


@dataclass(frozen=True)
class Invalid:
    errors: tuple[FieldError, ...]


@dataclass(frozen=True)
class TooMany:
    """More submissions in ten minutes than this kiosk accepts: ask at the desk instead."""


@dataclass(frozen=True)
class NotSaved:
    """The database could not keep the request; the patient's text stays on screen."""

    reason: str


Outcome = Saved | Invalid | TooMany | NotSaved


class RequestStore(Protocol):
    """What intake needs of the queue (kiosk.storage.RequestQueue)."""

    def get(self, request_id: str) -> StoredRequest | None: ...
    def count_since(self, since: dt.datetime) -> int: ...
    def save(self, request: PatientRequest, *, now: dt.datetime | None = None) -> SaveResult: ...


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class RequestIntake:
    def __init__(
        self,
        queue: RequestStore | None,
        *,
        rules: Rules,
        kiosk_id: str,
        max_per_10_min: int,
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        self._queue = queue
        self._rules = rules
        self._kiosk_id = kiosk_id
        self._max_per_window = max_per_10_min
        self._clock = clock

    def check(self, draft: Draft, *, request_id: str, language: str) -> Invalid | None:
        """Validation only, for the review step before anything is saved."""
        result = validate(
            draft,
            request_id=request_id,
            language=language,
            kiosk_id=self._kiosk_id,
            rules=self._rules,
        )
        return Invalid(result.errors) if result.errors else None

    def submit(self, draft: Draft, *, request_id: str, language: str) -> Outcome:
        result = validate(
            draft,
            request_id=request_id,
            language=language,
            kiosk_id=self._kiosk_id,
            rules=self._rules,
        )
        if result.request is None:
            return Invalid(result.errors)
        if self._queue is None:
            return NotSaved("the request database could not be opened at start")
        now = self._clock()
        try:
            earlier = self._queue.get(request_id)
            if earlier is not None:  # a second tap on Send, or a retry after an error
                return Saved(earlier.reference, earlier.request.urgent)
            if self._queue.count_since(now - RATE_WINDOW) >= self._max_per_window:
                return TooMany()
            saved = self._queue.save(result.request, now=now)
        except StorageError as error:
            # The type says what went wrong (full, read-only, locked, damaged); the message
            # is left out of the log in case it ever quotes what the patient typed.
            log.error("a patient request could not be saved: %s", type(error).__name__)
            return NotSaved(type(error).__name__)
        return Saved(saved.reference, result.request.urgent)
