"""The kiosk fills its screen exactly, at a scale that keeps its designed physical size, and
refuses a screen too small to show every screen unclipped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, QSizeF
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk.ui.screen_fit import ScreenFit, automatic_scale, too_small

NO_SIZE = QSizeF(0, 0)


@pytest.mark.parametrize(
    ("size", "fits"),
    [
        ((1280, 720), True),
        ((1366, 768), True),
        ((1280, 1024), True),
        ((1920, 1080), True),
        ((1080, 1280), True),
        ((1024, 1280), False),  # a 1280 x 1024 panel turned: the keyboard is too wide
        ((1080, 1920), True),
        ((1024, 600), False),
        ((1279, 720), False),
        ((768, 1366), False),
    ],
)
def test_the_smallest_screens_that_show_everything_unclipped(
    size: tuple[int, int], fits: bool
) -> None:
    problem = too_small(QSize(*size))
    assert (problem is None) == fits
    if problem:
        assert f"{size[0]}x{size[1]}" in problem
        assert "\n" not in problem


@pytest.mark.parametrize(
    ("pixels", "millimetres", "scale"),
    [
        ((1920, 1080), (509, 286), 1.0),  # 23 inches: the design
        ((1920, 1080), (0, 0), 1.0),
        ((1366, 768), (0, 0), 1.0),  # never drawn smaller than designed
        ((2560, 1440), (0, 0), 1.25),
        ((3840, 2160), (0, 0), 2.0),
        ((1080, 1920), (0, 0), 1.0),  # portrait: by the short side too
        ((2160, 3840), (0, 0), 2.0),
        ((3840, 2160), (597, 336), 1.75),  # 27 inches: 163 dots per inch
        ((3840, 2160), (1428, 804), 1.0),  # 65 inches: as coarse as the design
        ((1920, 1080), (160, 90), 1.0),  # a made-up size some panels report: not believed
        ((3840, 2160), (600, 600), 2.0),  # the wrong shape: not believed
    ],
)
def test_the_automatic_scale_keeps_the_designed_physical_size(
    pixels: tuple[int, int], millimetres: tuple[int, int], scale: float
) -> None:
    assert automatic_scale(QSize(*pixels), QSizeF(*millimetres), 1.0) == scale


def test_a_display_server_that_already_scales_is_not_scaled_again() -> None:
    assert automatic_scale(QSize(3840, 2160), NO_SIZE, 2.0) == 1.0


def test_the_window_covers_its_screen_and_fits_again_when_the_screen_changes(
    qtbot: QtBot,
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(300, 200)
    fit = ScreenFit(window)
    fit.start()
    qtbot.waitExposed(window)
    screen = window.screen()
    assert window.geometry() == screen.geometry()
    window.setGeometry(10, 10, 300, 200)  # as if the screen had been rotated under it
    screen.geometryChanged.emit(screen.geometry())
    assert window.geometry() == screen.geometry()
