"""A clinic's own wording replaces a built-in page; a broken file never reaches a patient."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from kiosk.config import Config, KioskSettings
from kiosk.ui.window import KioskWindow
from tests.conftest import WindowFactory
from tests.unit.content_files import builtin_files


def title_on(window: KioskWindow, page_id: str) -> str:
    title = window.reading_pages[page_id].findChild(QLabel, "pageTitle")
    assert title is not None
    return title.text()


def test_override_folder_changes_one_page_and_logs_a_broken_one(
    make_window: WindowFactory, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "our-pages" / "en"
    folder.mkdir(parents=True)
    after = builtin_files()["after.toml"].replace('title = "', 'title = "At Riverside: ', 1)
    (folder / "after.toml").write_text(after, encoding="utf-8")
    (folder / "before.toml").write_text('section = "before"\norder = "soon"\n', encoding="utf-8")
    settings = Config(kiosk=KioskSettings(content_dir=tmp_path / "our-pages"))

    with caplog.at_level(logging.ERROR, logger="kiosk"):
        window = make_window(settings=settings)

    assert title_on(window, "after").startswith("At Riverside: ")
    assert title_on(window, "before") == "Before your RFA"
    assert any("before.toml: order" in message for message in caplog.messages)
