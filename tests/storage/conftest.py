"""Fixtures for the request-queue tests: a queue in a fresh data folder under tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.storage import RequestQueue


@pytest.fixture
def queue(data_dir: Path) -> Iterator[RequestQueue]:
    with RequestQueue.open(data_dir) as opened:
        yield opened
