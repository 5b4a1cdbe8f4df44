"""The take-home QR code: shown only with a link, exact to the module, crisp, and captioned."""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import segno
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QFontInfo, QImage, QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kiosk.ui.theme import DEFAULT_THEME, HIGH_CONTRAST_THEME, Theme, style_sheet
from kiosk.ui.widgets.qr_code import TakeHomeCode
from tests.conftest import ROOT
from tests.screen_checks import MIN_TEXT_PX

QSS = ROOT / "resources" / "styles" / "kiosk.qss"
URL = "https://example-clinic.org/rfa#recovery"
OTHER_URL = "https://example-clinic.org/rfa#aftercare"
BLACK = 0xFF000000
WHITE = 0xFFFFFFFF
QUIET_ZONE = 4


class Page(QWidget):
    """Stands for the page the code sits on; counts the presses that reach it."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("testPage")
        self.presses = 0

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        self.presses += 1
        super().mousePressEvent(event)


@dataclass
class Shown:
    page: Page
    code: TakeHomeCode


@pytest.fixture(autouse=True)
def _kiosk_style(qapp: QApplication) -> Iterator[None]:
    """Caption sizes come from the app's style sheet, so every test here runs with it."""
    previous = qapp.styleSheet()
    qapp.setStyleSheet(style_sheet(QSS.read_text(encoding="utf-8")))
    yield
    qapp.setStyleSheet(previous)


def show(qtbot: QtBot, side_px: int = 240, url: str | None = URL) -> Shown:
    page = Page()
    code = TakeHomeCode(side_px=side_px)
    layout = QVBoxLayout(page)
    layout.addWidget(code)
    code.set_link(url)
    qtbot.addWidget(page)
    page.resize(600, side_px + 200)
    page.show()
    qtbot.waitExposed(page)
    return Shown(page, code)


def image_widget(code: TakeHomeCode) -> QWidget:
    found = code.findChild(QWidget, "takeHomeCodeImage")
    assert found is not None
    return found


def caption(code: TakeHomeCode) -> QLabel:
    found = code.findChild(QLabel, "takeHomeCaption")
    assert found is not None
    return found


def pixels(image: QImage) -> list[array[int]]:
    """Rows of 0xAARRGGBB values."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    data = array("I", bytes(image.constBits()))
    width = image.width()
    return [data[y * width : (y + 1) * width] for y in range(image.height())]


def rendered(code: TakeHomeCode) -> list[array[int]]:
    return pixels(image_widget(code).grab().toImage())


def shows_on_screen(shown: Shown, url: str) -> bool:
    """Whether the window itself (its backing store, not a fresh render) shows ``url``'s code."""
    image = image_widget(shown.code)
    corner = image.mapTo(shown.page, QPoint(0, 0))
    grabbed = shown.page.screen().grabWindow(
        shown.page.winId(), corner.x(), corner.y(), image.width(), image.height()
    )
    if grabbed.isNull():  # not painted yet
        return False
    return mismatched_modules(pixels(grabbed.toImage()), url) == []


@dataclass
class Geometry:
    left: int
    top: int
    module: int
    """Device pixels per module."""


def symbol_geometry(rows: list[array[int]], count: int) -> Geometry:
    """Where the symbol is, from its dark pixels: the finder patterns fill its three corners."""
    dark_rows = [y for y, row in enumerate(rows) if BLACK in row]
    dark_columns = [x for x in range(len(rows[0])) if any(row[x] == BLACK for row in rows)]
    assert dark_rows, "no dark pixel at all"
    width = dark_columns[-1] - dark_columns[0] + 1
    height = dark_rows[-1] - dark_rows[0] + 1
    assert width == height
    assert width % count == 0, f"{width} px for {count} modules: not a whole number each"
    return Geometry(dark_columns[0], dark_rows[0], width // count)


def mismatched_modules(rows: list[array[int]], url: str) -> list[tuple[int, int]]:
    """Modules of segno's symbol for ``url`` whose centre pixel is not black iff dark."""
    matrix = segno.make(url, error="m", micro=False).matrix
    where = symbol_geometry(rows, len(matrix))
    half = where.module // 2
    return [
        (row, column)
        for row, modules in enumerate(matrix)
        for column, dark in enumerate(modules)
        if (
            rows[where.top + row * where.module + half][where.left + column * where.module + half]
            == BLACK
        )
        != bool(dark)
    ]


def test_without_a_link_there_is_no_code(qtbot: QtBot) -> None:
    shown = show(qtbot, url=None)
    assert not shown.code.isVisible()
    shown.code.set_link(URL)
    assert shown.code.isVisible()
    assert shown.code.link() == URL
    shown.code.set_link(None)
    assert not shown.code.isVisible()
    assert shown.code.link() is None
    assert shown.code.accessibleDescription() == ""


@pytest.mark.parametrize("theme", [DEFAULT_THEME, HIGH_CONTRAST_THEME], ids=["default", "hc"])
@pytest.mark.parametrize("side_px", [200, 333])
def test_every_module_is_exact_and_crisp(
    qtbot: QtBot, qapp: QApplication, side_px: int, theme: Theme
) -> None:
    qapp.setStyleSheet(style_sheet(QSS.read_text(encoding="utf-8"), theme))
    shown = show(qtbot, side_px)
    rows = rendered(shown.code)
    assert len(rows) == len(rows[0]) == side_px
    matrix = segno.make(URL, error="m", micro=False).matrix
    count = len(matrix)
    where = symbol_geometry(rows, count)

    assert mismatched_modules(rows, URL) == []
    # The largest whole module that leaves room for the quiet zone, and the symbol centred.
    assert where.module == side_px // (count + 2 * QUIET_ZONE)
    symbol = count * where.module
    right, bottom = side_px - where.left - symbol, side_px - where.top - symbol
    assert min(where.left, where.top, right, bottom) >= QUIET_ZONE * where.module
    assert abs(where.left - right) <= 1
    assert abs(where.top - bottom) <= 1
    # Every pixel pure black or white: each module's whole square, the quiet zone all white.
    for y, row in enumerate(rows):
        for x, value in enumerate(row):
            inside = 0 <= x - where.left < symbol and 0 <= y - where.top < symbol
            dark = (
                inside and matrix[(y - where.top) // where.module][(x - where.left) // where.module]
            )
            assert value == (BLACK if dark else WHITE), (x, y, hex(value))


def test_another_address_does_not_match(qtbot: QtBot) -> None:
    """The check above can fail: the same-size symbol of another address differs."""
    mine = segno.make(URL, error="m", micro=False)
    other = segno.make(OTHER_URL, error="m", micro=False)
    assert mine.designator == other.designator
    shown = show(qtbot)
    rows = rendered(shown.code)
    assert mismatched_modules(rows, URL) == []
    assert len(mismatched_modules(rows, OTHER_URL)) > 20


def test_a_short_address_still_makes_a_full_qr_code(qtbot: QtBot) -> None:
    """segno would make a Micro QR of it, which most phone cameras cannot read."""
    short = "http://a.io"
    assert segno.make(short, error="m").is_micro
    shown = show(qtbot, url=short)
    rows = rendered(shown.code)
    assert symbol_geometry(rows, 21).module == 240 // (21 + 2 * QUIET_ZONE)
    assert mismatched_modules(rows, short) == []


def test_a_new_link_repaints_the_code_on_screen(qtbot: QtBot) -> None:
    shown = show(qtbot)
    qtbot.waitUntil(lambda: shows_on_screen(shown, URL))
    shown.code.set_link(OTHER_URL)
    qtbot.waitUntil(lambda: shows_on_screen(shown, OTHER_URL))
    assert not shows_on_screen(shown, URL)
    assert shown.code.accessibleDescription() == OTHER_URL


def test_the_caption_is_large_and_retranslated(qtbot: QtBot) -> None:
    shown = show(qtbot)
    code = shown.code
    label = caption(code)
    assert label.isVisible()
    assert label.text() == "Scan to read this at home"
    assert QFontInfo(label.font()).pixelSize() >= MIN_TEXT_PX
    assert label.geometry().top() >= image_widget(code).geometry().bottom()
    label.setText("")
    QApplication.sendEvent(code, QEvent(QEvent.Type.LanguageChange))
    assert label.text() == "Scan to read this at home"


def test_it_is_named_for_screen_readers_and_is_not_a_button(qtbot: QtBot) -> None:
    shown = show(qtbot)
    code = shown.code
    assert code.objectName() == "takeHomeCode"
    assert code.accessibleName() == "QR code: scan to read this at home"
    assert code.accessibleDescription() == URL
    assert code.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert all(
        child.focusPolicy() == Qt.FocusPolicy.NoFocus for child in code.findChildren(QWidget)
    )
    # A tap on the code reaches the page under it (a swipe there still turns the page).
    qtbot.mouseClick(image_widget(code), Qt.MouseButton.LeftButton)
    assert shown.page.presses == 1
