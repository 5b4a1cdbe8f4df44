"""A staff directory with cheap hashes in a fresh data folder under tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.staff import StaffDirectory
from tests.staff.support import open_fast


@pytest.fixture
def directory(data_dir: Path) -> Iterator[StaffDirectory]:
    with open_fast(data_dir) as opened:
        yield opened
