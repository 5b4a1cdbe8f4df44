"""The frame around the pages: seated, the upper half stays empty unless the page needs it."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kiosk.ui.widgets.page_frame import PageFrame
from tests import screen_checks

WINDOW = (1000, 800)
BAR_PX = 100


def block(height: int) -> QWidget:
    """A page or bar that needs ``height`` pixels."""
    widget = QWidget()
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    inner = QWidget()  # plain: no style sheet of an earlier test changes its size
    inner.setFixedHeight(height)
    layout.addWidget(inner)
    return widget


class Frame:
    def __init__(self, qtbot: QtBot, *pages: QWidget) -> None:
        self.window = QWidget()
        qtbot.addWidget(self.window)
        self.top_bar = block(BAR_PX)
        self.footer = block(BAR_PX)
        self.stack = QStackedWidget()
        for page in pages:
            self.stack.addWidget(page)
        self.frame = PageFrame(self.top_bar, self.stack, self.footer)
        layout = QVBoxLayout(self.window)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.frame)
        self.window.resize(*WINDOW)
        self.window.show()
        qtbot.waitExposed(self.window)
        self.qtbot = qtbot

    def settle(self) -> None:
        self.qtbot.wait(1)  # posted layout requests

    def top_of(self, widget: QWidget) -> int:
        return widget.mapTo(self.window, widget.rect().topLeft()).y()

    def fits_the_screen(self) -> bool:
        """Neither grown nor laid out past the window's bottom edge."""
        footer_bottom = self.top_of(self.footer) + self.footer.height()
        return self.window.height() == WINDOW[1] and footer_bottom == WINDOW[1]


def test_standing_the_top_bar_is_at_the_top_and_the_page_fills_the_rest(qtbot: QtBot) -> None:
    short = block(200)
    frame = Frame(qtbot, short)
    frame.settle()
    assert frame.top_of(frame.top_bar) == 0
    assert frame.top_of(frame.stack) == BAR_PX
    assert frame.stack.height() == WINDOW[1] - 2 * BAR_PX
    assert frame.top_of(frame.footer) == WINDOW[1] - BAR_PX


def test_seated_a_short_page_and_the_bars_fill_the_lower_half(qtbot: QtBot) -> None:
    frame = Frame(qtbot, block(150))
    frame.frame.set_seated(True)
    frame.settle()
    half = WINDOW[1] // 2
    assert frame.top_of(frame.stack) == half
    assert frame.top_of(frame.top_bar) == half + frame.stack.height()
    assert frame.top_of(frame.footer) == WINDOW[1] - BAR_PX
    assert frame.fits_the_screen()


def test_seated_a_tall_page_starts_higher_and_the_window_never_grows(qtbot: QtBot) -> None:
    tall = block(500)
    frame = Frame(qtbot, block(150), tall)
    frame.frame.set_seated(True)
    frame.settle()
    frame.stack.setCurrentWidget(tall)
    frame.settle()
    assert frame.fits_the_screen()
    assert tall.height() == 500  # its minimum, not squeezed
    assert frame.top_of(frame.stack) == WINDOW[1] - 500 - 2 * BAR_PX


def test_seated_the_space_comes_back_for_a_short_page(qtbot: QtBot) -> None:
    short, tall = block(150), block(500)
    frame = Frame(qtbot, tall, short)
    frame.frame.set_seated(True)
    frame.settle()
    assert frame.top_of(frame.stack) < WINDOW[1] // 2
    frame.stack.setCurrentWidget(short)
    frame.settle()
    assert frame.top_of(frame.stack) == WINDOW[1] // 2


def test_seated_a_bar_that_grows_takes_its_room_from_the_space(qtbot: QtBot) -> None:
    tall = block(500)
    frame = Frame(qtbot, tall)
    extra = QWidget()
    extra.setFixedHeight(60)
    extra.hide()
    layout = frame.footer.layout()
    assert layout is not None
    layout.addWidget(extra)
    frame.frame.set_seated(True)
    frame.settle()
    extra.show()  # lays the window out at once, before the frame hears of it
    frame.settle()
    assert frame.fits_the_screen()
    assert tall.height() == 500
    assert frame.footer.height() >= 2 * BAR_PX // 2 + 60


def test_seated_wrapped_text_gets_the_lines_it_needs_at_the_frame_width(qtbot: QtBot) -> None:
    """A centred column of large wrapped text, as on the thank-you screen."""
    page = QWidget()
    text = QLabel(" ".join(["a few words that wrap"] * 12))
    text.setWordWrap(True)
    # Large text: a label's minimum size assumes a line of 80 characters, wider than the frame.
    text.setStyleSheet("font-size: 40px;")
    column = QVBoxLayout()
    column.addStretch(1)
    column.addWidget(text)
    column.addWidget(QPushButton("Done"))
    column.addStretch(1)
    QHBoxLayout(page).addLayout(column, 1)
    frame = Frame(qtbot, page)
    frame.frame.set_seated(True)
    frame.settle()
    assert screen_checks.clipped_text(frame.window) == []
    assert frame.fits_the_screen()


def test_standing_again_the_space_goes_and_the_top_bar_returns(qtbot: QtBot) -> None:
    frame = Frame(qtbot, block(150))
    frame.frame.set_seated(True)
    frame.settle()
    frame.frame.set_seated(False)
    frame.settle()
    assert not frame.frame.is_seated()
    assert frame.top_of(frame.top_bar) == 0
    assert frame.stack.height() == WINDOW[1] - 2 * BAR_PX


def test_seated_a_hidden_bar_leaves_its_room_to_the_space(qtbot: QtBot) -> None:
    """While typing seated the top bar makes way for the keyboard: the page moves down."""
    frame = Frame(qtbot, block(300))
    frame.frame.set_seated(True)
    frame.settle()
    with_bar = frame.top_of(frame.stack)
    frame.top_bar.hide()
    frame.settle()
    assert frame.top_of(frame.stack) == WINDOW[1] - 300 - BAR_PX > with_bar
    assert frame.fits_the_screen()
