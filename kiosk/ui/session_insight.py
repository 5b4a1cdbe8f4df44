"""One patient session's anonymous reading counts, handed to the store when the session ends.

Counted in memory and written once, at the reset, so nothing is stored while the patient is
still there and no write ever marks the moment a page was opened.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QElapsedTimer

from kiosk.storage import FormEvent, InsightStore, ReadingTally, StorageError

log = logging.getLogger(__name__)


class SessionInsight:
    def __init__(self, store: InsightStore | None) -> None:
        self._store = store
        self._tally = ReadingTally()
        self._page_id: str | None = None
        self._clock = QElapsedTimer()

    def use_store(self, store: InsightStore) -> None:
        """Counts into ``store`` from now on (the database opened after the start)."""
        self._store = store

    def shown(self, page_id: str | None) -> None:
        """A screen was shown: a counted page (its id) or another screen (None). The same page
        again (in another language) goes on being the same reading."""
        if page_id == self._page_id:
            return
        if self._page_id is not None:
            self._tally.page_read(self._page_id, self._clock.elapsed() / 1000)
        self._page_id = page_id
        if page_id is not None:
            self._tally.page_opened(page_id)
            self._clock.start()

    def form_started(self) -> None:
        self._tally.form_event(FormEvent.STARTED)

    def form_sent(self) -> None:
        self._tally.form_event(FormEvent.SUBMITTED)

    def end(self, *, form_left_open: bool) -> None:
        """Adds the session's counts to today's and starts afresh for the next patient."""
        self.shown(None)
        if form_left_open:
            self._tally.form_event(FormEvent.ABANDONED)
        if self._store is not None and not self._tally.is_empty:
            try:
                self._store.add(self._tally, day=dt.date.today())
            except StorageError as error:
                # Losing one session's counts is acceptable; the kiosk goes on.
                log.warning("reading insight not saved: %s", type(error).__name__)
        self._tally.clear()
