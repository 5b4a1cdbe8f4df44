"""The kiosk window: top bar, one page at a time, footer. It alone decides which page shows."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QClipboard, QCloseEvent, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from kiosk import resources
from kiosk.config import Config
from kiosk.content import Library
from kiosk.requests.intake import Invalid, NotSaved, RequestIntake, Saved, TooMany
from kiosk.ui.display import DisplayPrefs, apply_display
from kiosk.ui.pages.menu_page import MenuPage
from kiosk.ui.pages.reading_page import ReadingPage
from kiosk.ui.pages.request_form_page import RequestFormPage
from kiosk.ui.pages.review_page import ReviewPage
from kiosk.ui.pages.start_page import Highlight, StartPage
from kiosk.ui.pages.thanks_page import ThanksPage, UrgentPage
from kiosk.ui.session import IdleGuard, IdleTimes, Stage
from kiosk.ui.widgets.bars import FooterBar, TopBar
from kiosk.ui.widgets.display_panel import DisplayPanel
from kiosk.ui.widgets.still_there import StillThereOverlay

MAX_HISTORY = 100


class KioskWindow(QWidget):
    def __init__(
        self,
        library: Library,
        config: Config,
        intake: RequestIntake,
        *,
        idle_times: IdleTimes,
        kiosk_mode: bool,
        parent: QWidget | None = None,
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
        self._intake = intake
        self._language = config.kiosk.language
        self._history: list[QWidget] = []

        self.top_bar = TopBar(config.clinic.name)
        self.footer = FooterBar()
        self.start_page = StartPage(
            config.clinic.name,
            [Highlight(resources.image_path(p.image), p.menu_title) for p in library.pages],
            change_ms=idle_times.attract_change_ms,
        )
        self.menu_page = MenuPage(library)
        self.form_page = RequestFormPage([p.title for p in library.pages])
        self.review_page = ReviewPage()
        self.thanks_page = ThanksPage(config.clinic.phone)
        self.urgent_page = UrgentPage()
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
        self._build_layout()
        self._build_overlays(idle_times)
        self._connect_pages()
        self._show(self.start_page, remember=False)

    def _build_overlays(self, idle_times: IdleTimes) -> None:
        """The idle guard with its "Are you still there?" card, and the display panel."""
        self._idle = IdleGuard(idle_times, self)
        self._idle.warn.connect(self._on_idle_warn)
        self._idle.expired.connect(self.reset)
        self._still_there = StillThereOverlay(self._idle.remaining_warning_ms, self)
        self._still_there.still_here.connect(self._on_still_there_still_here)
        self._display = DisplayPrefs()
        self._display_panel = DisplayPanel(self)
        self._display_panel.prefs_changed.connect(self._on_display_panel_prefs_changed)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._idle)

    def _connect_pages(self) -> None:
        self.start_page.start_requested.connect(self.show_menu)
        self.menu_page.topic_chosen.connect(self.show_topic)
        self.menu_page.walkthrough_requested.connect(self._on_menu_walkthrough_requested)
        self.top_bar.home_requested.connect(self.show_menu)
        self.top_bar.back_requested.connect(self.go_back)
        self.top_bar.display_requested.connect(self._display_panel.open)
        self.footer.ask_requested.connect(self.show_request)
        self.form_page.review_requested.connect(self._on_form_review_requested)
        self.form_page.start_over_requested.connect(self.reset)
        self.review_page.change_requested.connect(self._on_review_change_requested)
        self.review_page.send_requested.connect(self._on_review_send_requested)
        self.urgent_page.understood.connect(self._on_urgent_understood)
        self.thanks_page.done_requested.connect(self.reset)

    def _build_layout(self) -> None:
        """Full-window screens (start, urgent) and framed ones, between the top bar and footer."""
        self._stack = QStackedWidget()
        self._stack.setObjectName("pageStack")
        for widget in (
            self.menu_page,
            self.form_page,
            self.review_page,
            self.thanks_page,
            *self.reading_pages.values(),
        ):
            self._stack.addWidget(widget)
        framed = QWidget()
        framed.setObjectName("framedPages")
        self._framed_layout = QVBoxLayout(framed)
        self._framed_layout.setContentsMargins(0, 0, 0, 0)
        self._framed_layout.setSpacing(0)
        self._seated_space = QWidget()
        self._seated_space.setObjectName("seatedSpace")
        self._arrange_frame(seated=False)
        self._screens = QStackedWidget()
        self._screens.setObjectName("screenStack")
        self._screens.addWidget(self.start_page)
        self._screens.addWidget(self.urgent_page)
        self._screens.addWidget(framed)
        self._framed = framed
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._screens)

    # Navigation -----------------------------------------------------------------------------

    def current_page(self) -> QWidget:
        screen = self._screens.currentWidget()
        if screen is not self._framed:
            assert screen is not None
            return screen
        page = self._stack.currentWidget()
        assert page is not None  # the stack always holds the pages built above
        return page

    def screen_names(self) -> list[str]:
        """Every screen a patient can reach, for screenshots, previews and tests."""
        return ["start", "menu", "form", "review", "urgent", "thanks", *self.reading_pages]

    def show_screen(self, name: str) -> None:
        """Shows a screen by name as a patient would reach it (see ``screen_names``)."""
        pages: dict[str, QWidget] = {
            "menu": self.menu_page,
            "review": self.review_page,
            "urgent": self.urgent_page,
            "thanks": self.thanks_page,
        }
        if name == "start":
            self.reset()
        elif name == "form":
            self.show_request()
        elif name in pages:
            self._show(pages[name])
        else:
            self.show_topic(name)

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
        """The form, fresh with a new request id, or as the patient left it if one is open."""
        if not self.form_page.request_id:
            reading = self._current_reading()
            self.form_page.begin(str(uuid.uuid4()), reading.page.title if reading else "")
        self._show(self.form_page)

    @Slot()
    def go_back(self) -> None:
        if not self._history:
            self._show(self.start_page, remember=False)
            return
        self._show(self._history.pop(), remember=False)

    @Slot()
    def reset(self) -> None:
        """The one way back to a clean start screen, for the next patient.

        Idle time-out, "Start over", "Done" after a request and the end of the thank-you screen
        all come here: every field and its undo history, every choice, scroll position,
        overlay and the clipboard are wiped.
        """
        self._still_there.close_overlay()
        self._display_panel.close_panel()
        self.set_display_prefs(DisplayPrefs())
        self._history.clear()
        for reading in self.reading_pages.values():
            reading.scroll_to_top()
        self.menu_page.scroll_to_top()
        self._forget_patient_words()
        self.thanks_page.clear()
        self.urgent_page.clear()
        self._show(self.start_page, remember=False)
        self.start_page.setFocus()

    def _forget_patient_words(self) -> None:
        """Everything the patient typed or copied: the form with its undo history, the review
        and the clipboard. Done at every reset and as soon as a request is saved."""
        self.form_page.clear()
        self.review_page.clear()
        clipboard = QGuiApplication.clipboard()
        for mode in (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection):
            clipboard.clear(mode)

    def display_prefs(self) -> DisplayPrefs:
        return self._display

    def set_display_prefs(self, prefs: DisplayPrefs) -> None:
        """Text size, contrast and seated reach for the whole window, kept on the same page."""
        if prefs != self._display:
            apply_display(prefs)
            self._arrange_frame(seated=prefs.seated)
        self._display = prefs
        self._display_panel.show_prefs(prefs)

    def allow_close(self) -> None:
        """Lets a locked kiosk window close (for a clean shutdown or staff maintenance)."""
        self._may_close = True

    # The request flow -------------------------------------------------------------------------

    @Slot()
    def _on_form_review_requested(self) -> None:
        problems = self._intake.check(
            self.form_page.draft(), request_id=self.form_page.request_id, language=self._language
        )
        if problems is not None:
            self.form_page.show_errors(problems.errors)
            return
        self.form_page.show_errors(())
        self.review_page.show_draft(self.form_page.draft())
        self._show(self.review_page)

    @Slot()
    def _on_review_change_requested(self) -> None:
        self._show(self.form_page)

    @Slot()
    def _on_review_send_requested(self) -> None:
        outcome = self._intake.submit(
            self.form_page.draft(), request_id=self.form_page.request_id, language=self._language
        )
        if isinstance(outcome, Saved):
            self._forget_patient_words()
            self._history.clear()  # Back must not lead into a sent form
            self.thanks_page.show_reference(outcome.reference)
            self.urgent_page.show_reference(outcome.reference)
            self._show(self.urgent_page if outcome.urgent else self.thanks_page, remember=False)
        elif isinstance(outcome, Invalid):
            self.form_page.show_errors(outcome.errors)
            self._show(self.form_page)
        elif isinstance(outcome, TooMany):
            self.review_page.show_problem(
                self.tr(
                    "This kiosk has sent many requests in the last few minutes. "
                    "Please show this screen to the front desk and they will help you."
                )
            )
        elif isinstance(outcome, NotSaved):
            self.review_page.show_problem(
                self.tr("We could not save this. Please show this screen to the front desk.")
            )

    @Slot(object)
    def _on_display_panel_prefs_changed(self, prefs: DisplayPrefs) -> None:
        self.set_display_prefs(prefs)

    def _arrange_frame(self, *, seated: bool) -> None:
        """Top bar, page, footer; seated, an empty upper half and the top bar moved down, so
        every control is within reach from a wheelchair."""
        for widget in (self._seated_space, self.top_bar, self._stack, self.footer):
            self._framed_layout.removeWidget(widget)
        order = (
            [self._seated_space, self._stack, self.top_bar, self.footer]
            if seated
            else [
                self.top_bar,
                self._stack,
                self.footer,
            ]
        )
        for widget in order:
            self._framed_layout.addWidget(widget, 1 if widget is self._stack else 0)
        self._seated_space.setVisible(seated)
        self._seated_space.setFixedHeight(self.height() // 2)

    @Slot()
    def _on_idle_warn(self) -> None:
        self._still_there.open()

    @Slot()
    def _on_still_there_still_here(self) -> None:
        self._still_there.close_overlay()
        self._idle.still_here()

    @Slot()
    def _on_urgent_understood(self) -> None:
        self._show(self.thanks_page, remember=False)

    # Walkthrough ---------------------------------------------------------------------------

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
        current = self.current_page() if self._screens.count() else None
        if remember and current is not None and current is not page:
            self._history.append(current)
            del self._history[:-MAX_HISTORY]
        if page in (self.start_page, self.urgent_page):
            self._screens.setCurrentWidget(page)
        else:
            # On the form itself the button would lead nowhere new; its room goes to the form.
            self.footer.ask_button.setVisible(page not in (self.form_page, self.review_page))
            self._stack.setCurrentWidget(page)
            self._screens.setCurrentWidget(self._framed)
        self._still_there.close_overlay()
        self._idle.set_stage(self._stage_of(page))

    def _stage_of(self, page: QWidget) -> Stage:
        if page is self.start_page:
            return Stage.START
        if page is self.thanks_page:
            return Stage.THANK_YOU
        if page in (self.form_page, self.review_page, self.urgent_page):
            return Stage.FORM
        return Stage.READING

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        self._still_there.setGeometry(self.rect())
        self._display_panel.setGeometry(self.rect())
        self._seated_space.setFixedHeight(event.size().height() // 2)
        super().resizeEvent(event)

    # Kiosk lock -----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        # In kiosk mode a window manager's close request (Alt+F4, a stray gesture) is ignored.
        if self._may_close:
            event.accept()
        else:
            event.ignore()
