"""A patient's taps and swipes through the whole walkthrough, driven on the real window."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QScroller, QWidget
from pytestqt.qtbot import QtBot

from kiosk.content import Section
from kiosk.ui.display import DisplayPrefs
from kiosk.ui.pages.reading_page import ReadingPage
from kiosk.ui.window import KioskWindow
from tests.conftest import PORTRAIT, WindowFactory
from tests.e2e.test_every_screen import FULL_WINDOW
from tests.touch import tap


def current_title(window: KioskWindow) -> str:
    page = window.current_page()
    assert isinstance(page, ReadingPage)
    title = page.findChild(QLabel, "pageTitle")
    assert title is not None
    return title.text()


def swipe(widget: QWidget, dx: int) -> None:
    """A one-finger horizontal swipe across the middle of the widget."""
    device = QTest.createTouchDevice()
    start = QPoint(widget.width() // 2 - dx // 2, widget.height() // 2)
    QTest.touchEvent(widget, device).press(0, start)
    for step in range(1, 9):
        QTest.touchEvent(widget, device).move(0, start + QPoint(dx * step // 8, 0))
    QTest.touchEvent(widget, device).release(0, start + QPoint(dx, 0))


def test_touching_the_start_screen_anywhere_opens_the_topics(
    window: KioskWindow, qtbot: QtBot
) -> None:
    assert window.current_page() is window.start_page
    qtbot.mouseClick(window.start_page, Qt.MouseButton.LeftButton, pos=QPoint(40, 40))
    assert window.current_page() is window.menu_page


def test_next_walks_through_every_page_in_order_and_ends_at_the_check(
    window: KioskWindow, qtbot: QtBot
) -> None:
    library = window.library
    tap(qtbot, window, "startButton")
    tap(qtbot, window, "walkthroughButton")
    seen = []
    for page in library.pages:
        assert current_title(window) == page.title
        seen.append(page.id)
        step = library.step_number(page.id)
        step_label = window.current_page().findChild(QLabel, "stepLabel")
        assert step_label is not None
        assert step_label.isVisible() is (step is not None)
        if step is not None:
            assert step_label.text() == f"Step {step[0]} of 5"
        tap(qtbot, window, "nextButton")
    assert seen == [p.id for p in library.pages]
    assert window.current_page() is window.teach_back_page


def test_every_topic_tile_opens_its_page_and_home_comes_back(
    window: KioskWindow, qtbot: QtBot
) -> None:
    tap(qtbot, window, "startButton")
    tiles = [
        b for b in window.menu_page.findChildren(QPushButton) if b.objectName().startswith("topic_")
    ]
    # One tile per page; the five steps share one (the first step's).
    pages = window.reading_pages.values()
    wanted = {p.page.id for p in pages if p.page.section is not Section.STEPS} | {"step-1"}
    assert {tile.objectName().removeprefix("topic_") for tile in tiles} == wanted
    scroll = window.menu_page.findChild(QScrollArea, "menuScroll")
    assert scroll is not None
    for tile in tiles:
        page_id = tile.objectName().removeprefix("topic_")
        # As a patient scrolls down to a tile below the fold before tapping it.
        scroll.ensureWidgetVisible(tile)
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
        assert window.current_page() is window.reading_pages[page_id]
        tap(qtbot, window, "homeButton")
        assert window.current_page() is window.menu_page
    steps_tile = window.menu_page.findChild(QPushButton, "topic_step-1")
    assert steps_tile is not None


def test_back_retraces_the_patients_path(window: KioskWindow, qtbot: QtBot) -> None:
    tap(qtbot, window, "startButton")
    window.show_topic("condition-facet")
    tap(qtbot, window, "nextButton")
    assert window.current_page() is window.reading_pages["condition-sacroiliac"]
    tap(qtbot, window, "askButton")
    assert window.current_page() is window.form_page
    tap(qtbot, window, "backButton")
    assert window.current_page() is window.reading_pages["condition-sacroiliac"]
    tap(qtbot, window, "backButton")
    assert window.current_page() is window.reading_pages["condition-facet"]
    tap(qtbot, window, "backButton")
    assert window.current_page() is window.menu_page
    tap(qtbot, window, "backButton")
    assert window.current_page() is window.start_page


def test_ask_button_works_from_every_screen(window: KioskWindow, qtbot: QtBot) -> None:
    for name in window.screen_names():
        if name in FULL_WINDOW or name in ("form", "review"):
            continue
        window.show_screen(name)
        tap(qtbot, window, "askButton")
        assert window.current_page() is window.form_page, name


def test_swiping_moves_through_the_five_steps(window: KioskWindow, qtbot: QtBot) -> None:
    library = window.library
    steps = [p.id for p in library.in_section(Section.STEPS)]
    window.show_topic(steps[0])
    for expected in steps[1:]:
        swipe(window.current_page(), -500)
        assert window.current_page() is window.reading_pages[expected]
    for expected in reversed(steps[:-1]):
        swipe(window.current_page(), 500)
        assert window.current_page() is window.reading_pages[expected]


def test_a_short_or_vertical_drag_is_not_a_swipe(window: KioskWindow, qtbot: QtBot) -> None:
    window.show_topic("step-3")
    page = window.current_page()
    swipe(page, -60)
    assert window.current_page() is page
    device = QTest.createTouchDevice()
    QTest.touchEvent(page, device).press(0, QPoint(600, 700))
    QTest.touchEvent(page, device).move(0, QPoint(500, 300))
    QTest.touchEvent(page, device).release(0, QPoint(450, 200))
    assert window.current_page() is page


def test_swiping_right_on_the_first_page_stays_put(window: KioskWindow) -> None:
    window.show_topic("about")
    page = window.current_page()
    swipe(page, 500)
    assert window.current_page() is page


def test_a_finger_drag_scrolls_a_long_page(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window(PORTRAIT)
    window.show_topic("condition-trigeminal")
    window.set_display_prefs(DisplayPrefs(text_scale=1.5))  # a page surely taller than the screen
    scroll = window.current_page().findChild(QScrollArea, "pageScroll")
    assert scroll is not None
    assert QScroller.hasScroller(scroll.viewport())
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 400, "the page should be much taller than the screen"
    device = QTest.createTouchDevice()
    viewport = scroll.viewport()
    start = QPoint(viewport.width() // 2, viewport.height() - 100)
    QTest.touchEvent(viewport, device).press(0, start)
    for step in range(1, 11):
        QTest.touchEvent(viewport, device).move(0, start - QPoint(0, 60 * step))
        qtbot.wait(16)
    QTest.touchEvent(viewport, device).release(0, start - QPoint(0, 600))
    qtbot.waitUntil(lambda: bar.value() >= 400)  # moved with the finger
    QScroller.scroller(viewport).stop()


def test_every_scroll_area_scrolls_by_finger(window: KioskWindow) -> None:
    for name in window.screen_names():
        window.show_screen(name)
        for scroll in window.findChildren(QScrollArea):
            if scroll.isVisible():
                assert QScroller.hasScroller(scroll.viewport()), (name, scroll.objectName())


def test_a_pressed_button_looks_different(window: KioskWindow, qtbot: QtBot) -> None:
    window.show_screen("menu")
    for name in ("walkthroughButton", "homeButton"):
        button = window.findChild(QPushButton, name)
        assert button is not None
        normal = button.grab().toImage()
        button.setDown(True)
        pressed = button.grab().toImage()
        button.setDown(False)
        assert normal != pressed, name
