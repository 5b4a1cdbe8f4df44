"""The kiosk window: top bar, one page at a time, footer. It alone decides which page shows."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from kiosk.config import Config
from kiosk.content import Library
from kiosk.ui.pages.menu_page import MenuPage
from kiosk.ui.pages.reading_page import ReadingPage
from kiosk.ui.pages.request_page import RequestPage
from kiosk.ui.pages.start_page import StartPage
from kiosk.ui.widgets.bars import FooterBar, TopBar

MAX_HISTORY = 100


class KioskWindow(QWidget):
    def __init__(
        self, library: Library, config: Config, *, kiosk_mode: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kioskWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(config.clinic.name)
        self.kiosk_mode = kiosk_mode
        if kiosk_mode:
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint)
        self._may_close = not kiosk_mode
        self.library = library
        self._history: list[QWidget] = []

        self.top_bar = TopBar(config.clinic.name)
        self.footer = FooterBar()
        self._stack = QStackedWidget()
        self._stack.setObjectName("pageStack")

        self.start_page = StartPage(config.clinic.name)
        self.menu_page = MenuPage(library)
        self.request_page = RequestPage(config.clinic.phone)
        self.reading_pages: dict[str, ReadingPage] = {}
        for page in library.pages:
            reading = ReadingPage(
                page,
                step=library.step_number(page.id),
                has_previous=library.previous_of(page.id) is not None,
                is_last=library.next_of(page.id) is None,
            )
            reading.next_requested.connect(self._on_reading_next_requested)
            reading.previous_requested.connect(self._on_reading_previous_requested)
            self.reading_pages[page.id] = reading
        for widget in (self.menu_page, self.request_page, *self.reading_pages.values()):
            self._stack.addWidget(widget)

        # The start screen fills the window; every other page sits between the two bars.
        framed = QWidget()
        framed.setObjectName("framedPages")
        framed_layout = QVBoxLayout(framed)
        framed_layout.setContentsMargins(0, 0, 0, 0)
        framed_layout.setSpacing(0)
        framed_layout.addWidget(self.top_bar)
        framed_layout.addWidget(self._stack, 1)
        framed_layout.addWidget(self.footer)
        self._screens = QStackedWidget()
        self._screens.setObjectName("screenStack")
        self._screens.addWidget(self.start_page)
        self._screens.addWidget(framed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._screens)

        self.start_page.start_requested.connect(self.show_menu)
        self.menu_page.topic_chosen.connect(self.show_topic)
        self.menu_page.walkthrough_requested.connect(self._on_menu_walkthrough_requested)
        self.top_bar.home_requested.connect(self.show_menu)
        self.top_bar.back_requested.connect(self.go_back)
        self.footer.ask_requested.connect(self.show_request)
        self._show(self.start_page, remember=False)

    # Navigation -----------------------------------------------------------------------------

    def current_page(self) -> QWidget:
        if self._screens.currentWidget() is self.start_page:
            return self.start_page
        page = self._stack.currentWidget()
        assert page is not None  # the stack always holds the pages built above
        return page

    @Slot()
    def show_menu(self) -> None:
        self._show(self.menu_page)

    @Slot(str)
    def show_topic(self, page_id: str) -> None:
        reading = self.reading_pages[page_id]
        reading.scroll_to_top()
        self._show(reading)

    @Slot()
    def show_request(self) -> None:
        self._show(self.request_page)

    @Slot()
    def go_back(self) -> None:
        if not self._history:
            self._show(self.start_page, remember=False)
            return
        self._show(self._history.pop(), remember=False)

    @Slot()
    def reset(self) -> None:
        """The one way back to a clean start screen, for the next patient."""
        self._history.clear()
        for reading in self.reading_pages.values():
            reading.scroll_to_top()
        self._show(self.start_page, remember=False)

    def allow_close(self) -> None:
        """Lets a locked kiosk window close (for a clean shutdown or staff maintenance)."""
        self._may_close = True

    def screen_names(self) -> list[str]:
        """Every screen a patient can reach, for screenshots, previews and tests."""
        return ["start", "menu", "request", *self.reading_pages]

    def show_screen(self, name: str) -> None:
        """Shows a screen by name as a patient would reach it (see ``screen_names``)."""
        if name == "start":
            self.reset()
        elif name == "menu":
            self.show_menu()
        elif name == "request":
            self.show_request()
        else:
            self.show_topic(name)

    @Slot()
    def _on_menu_walkthrough_requested(self) -> None:
        self.show_topic(self.library.pages[0].id)

    @Slot()
    def _on_reading_next_requested(self) -> None:
        reading = self._current_reading()
        following = self.library.next_of(reading.page.id) if reading else None
        if following is None:
            self.show_menu()
        else:
            self.show_topic(following.id)

    @Slot()
    def _on_reading_previous_requested(self) -> None:
        reading = self._current_reading()
        before = self.library.previous_of(reading.page.id) if reading else None
        if before is not None:
            self.show_topic(before.id)

    def _current_reading(self) -> ReadingPage | None:
        current = self.current_page()
        return current if isinstance(current, ReadingPage) else None

    def _show(self, page: QWidget, *, remember: bool = True) -> None:
        current = self.current_page()
        if remember and current is not page:
            self._history.append(current)
            del self._history[:-MAX_HISTORY]
        if page is self.start_page:
            self._screens.setCurrentWidget(self.start_page)
        else:
            self._stack.setCurrentWidget(page)
            self._screens.setCurrentIndex(1)

    # Kiosk lock -----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        # In kiosk mode a window manager's close request (Alt+F4, a stray gesture) is ignored.
        if self._may_close:
            event.accept()
        else:
            event.ignore()
