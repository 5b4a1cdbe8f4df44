"""Keeping the kiosk's request queue usable while nobody watches it (no Qt).

A kiosk that could not open its queue at start (a full disk, a folder that was not mounted
yet) must not stay unable to save until someone restarts it. ``QueueKeeper`` tries again on
the next patient's save and at every ``upkeep`` (the kiosk calls it once a minute), says why
the queue is closed for the heartbeat and ``doctor``, and tells staff, in an alert recorded
once the queue opens, how long saving was down. ``upkeep`` also finishes a purge's WAL wipe
that a reader held up (retention.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from kiosk.requests.model import PatientRequest, StoredRequest
from kiosk.storage.errors import StorageError
from kiosk.storage.queue import RequestQueue, SaveResult
from kiosk.storage.retention import finish_pending_wipe

log = logging.getLogger(__name__)


def _utc_now() -> datetime:
    return datetime.now(UTC)


class QueueKeeper:
    """The kiosk's RequestQueue, opened again whenever it could not be opened before.

    Offers what the request intake needs (``get``, ``count_since``, ``save``); each raises
    StorageError while the queue cannot be opened.
    """

    def __init__(
        self,
        data_dir: Path,
        *,
        opener: Callable[[Path], RequestQueue] = RequestQueue.open,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        self._data_dir = data_dir
        self._opener = opener
        self._clock = clock
        self._queue: RequestQueue | None = None
        self._cause: str | None = None
        self._closed_since: datetime | None = None
        self._refused: set[str] = set()
        """Ids of the requests refused while closed (a double tap is one patient)."""
        self._when_reopened: list[Callable[[RequestQueue], None]] = []
        self.reopen()

    @property
    def queue(self) -> RequestQueue | None:
        """The open queue, or None while it cannot be opened (see ``problem``)."""
        return self._queue

    @property
    def problem(self) -> str | None:
        """Why the queue is not open, in one line for the heartbeat and staff; None if open."""
        if self._closed_since is None:
            return None
        return (
            "the request database cannot be opened, so patients cannot send requests (since "
            f"{_minute(self._closed_since)}): {self._cause}"
        )

    def when_reopened(self, callback: Callable[[RequestQueue], None]) -> None:
        """Calls ``callback(queue)`` when a queue that could not be opened opens (so the staff
        panel and the reading insight, which need it too, can come back without a restart)."""
        self._when_reopened.append(callback)

    def reopen(self) -> RequestQueue | None:
        """Opens the queue if it is not open yet; the queue, or None if it still cannot be."""
        if self._queue is not None:
            return self._queue
        try:
            queue = self._opener(self._data_dir)
        except StorageError as error:
            if self._closed_since is None:
                self._closed_since = self._clock()
                log.error("the request database cannot be opened: %s", error)
            self._cause = str(error)
            return None
        closed_since, cause = self._closed_since, self._cause
        self._queue, self._closed_since, self._cause = queue, None, None
        if closed_since is not None:
            log.info("the request database is open again")
            queue.add_alert(
                "queue_unavailable",
                f"The request database could not be opened from {_minute(closed_since)} to "
                f"{_minute(self._clock())}, so patients could not send requests; "
                f"{len(self._refused)} were asked to see the front desk instead. Saving works "
                f"again. The cause was: {cause}",
            )
            self._refused.clear()
            for callback in self._when_reopened:
                try:
                    callback(queue)
                except Exception:  # a part that cannot come back must not stop saving
                    log.exception("could not bring back what needs the request database")
        return queue

    def upkeep(self) -> list[str]:
        """The minute's care: opens the queue if needed and finishes a pending wipe.

        Returns the problems that remain, one line each (for the heartbeat). Never raises.
        """
        queue = self.reopen()
        if queue is not None:
            try:
                finish_pending_wipe(queue.database)
            except StorageError as error:
                log.warning("could not finish wiping purged requests: %s", error)
        problem = self.problem
        return [problem] if problem else []

    def get(self, request_id: str) -> StoredRequest | None:
        return self._open_or_refuse(request_id).get(request_id)

    def count_since(self, since: datetime) -> int:
        return self._open_or_refuse().count_since(since)

    def save(self, request: PatientRequest, *, now: datetime | None = None) -> SaveResult:
        return self._open_or_refuse(request.id).save(request, now=now)

    def close(self) -> None:
        if self._queue is not None:
            self._queue.close()

    def _open_or_refuse(self, request_id: str | None = None) -> RequestQueue:
        queue = self.reopen()
        if queue is None:
            if request_id is not None:
                self._refused.add(request_id)
            raise StorageError(self.problem or "the request database cannot be opened")
        return queue


def _minute(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")
