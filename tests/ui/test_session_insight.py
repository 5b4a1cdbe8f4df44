"""One session's anonymous counts: written once at the end, and a failed write costs only them."""

from __future__ import annotations

import datetime as dt
import logging
from typing import cast

import pytest

from kiosk.storage import FormEvent, InsightStore, ReadingTally, StorageFull
from kiosk.ui.session_insight import SessionInsight


class FakeStore:
    def __init__(self, *, fail: bool = False) -> None:
        self.fail = fail
        self.added: list[tuple[dict[str, int], dict[FormEvent, int], dt.date]] = []

    def add(self, tally: ReadingTally, *, day: dt.date) -> None:
        if self.fail:
            raise StorageFull("database or disk is full")
        self.added.append((dict(tally.page_opens), dict(tally.forms), day))


def test_counts_are_handed_over_once_at_the_end() -> None:
    store = FakeStore()
    insight = SessionInsight(cast(InsightStore, store))
    insight.shown("about")
    insight.shown("about")  # the same page in another language
    insight.shown(None)
    insight.shown("after")
    insight.form_started()
    assert store.added == []
    insight.end(form_left_open=True)
    [(opens, forms, day)] = store.added
    assert opens == {"about": 1, "after": 1}
    assert forms[FormEvent.STARTED] == 1
    assert forms[FormEvent.ABANDONED] == 1
    assert day == dt.date.today()
    insight.end(form_left_open=False)
    assert len(store.added) == 1  # nothing new: nothing written


def test_a_failed_write_is_logged_by_kind_and_the_next_session_starts_clean(
    caplog: pytest.LogCaptureFixture,
) -> None:
    store = FakeStore(fail=True)
    insight = SessionInsight(cast(InsightStore, store))
    insight.shown("about")
    with caplog.at_level(logging.WARNING):
        insight.end(form_left_open=False)
    assert "reading insight not saved: StorageFull" in caplog.text
    assert "disk is full" not in caplog.text
    store.fail = False
    insight.shown("before")
    insight.end(form_left_open=False)
    [(opens, _forms, _day)] = store.added
    assert opens == {"before": 1}  # the failed session's counts are not carried over
