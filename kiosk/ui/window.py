"""The kiosk window: top bar, one page at a time, footer. It alone decides which page shows."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    Qt,
    QTimer,
    QTranslator,
    Signal,
    Slot,
)
from PySide6.QtGui import QClipboard, QCloseEvent, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QApplication, QLayout, QVBoxLayout, QWidget

from kiosk import resources
from kiosk.config import ClinicSettings, Config
from kiosk.content import Learning, Library
from kiosk.requests.intake import Invalid, NotSaved, RequestIntake, Saved, TooMany
from kiosk.storage import InsightStore
from kiosk.ui.background import wait_for_tasks
from kiosk.ui.display import DisplayPrefs, apply_display
from kiosk.ui.pages.menu_page import MenuPage
from kiosk.ui.pages.questions_page import QuestionsPage
from kiosk.ui.pages.reading_page import ReadingPage
from kiosk.ui.pages.request_form_page import SHORT_SCREEN_PX, RequestFormPage
from kiosk.ui.pages.review_page import ReviewPage
from kiosk.ui.pages.staff_panel_page import StaffPanelPage, StaffTools
from kiosk.ui.pages.staff_sign_in_page import StaffSignInPage
from kiosk.ui.pages.start_page import Highlight, StartPage
from kiosk.ui.pages.teach_back_page import TeachBackPage
from kiosk.ui.pages.thanks_page import ThanksPage, UrgentPage
from kiosk.ui.read_aloud import ReadAloud
from kiosk.ui.session import IdleGuard, IdleTimes, Stage
from kiosk.ui.session_insight import SessionInsight
from kiosk.ui.widgets.bars import FooterBar, TopBar
from kiosk.ui.widgets.display_panel import DisplayPanel
from kiosk.ui.widgets.hold import HoldDetector
from kiosk.ui.widgets.page_frame import PageFrame
from kiosk.ui.widgets.screen_stack import ScreenStack
from kiosk.ui.widgets.still_there import StillThereOverlay

MAX_HISTORY = 100
CHECK_INSIGHT_ID = "check-what-you-learned"
QUESTIONS_INSIGHT_ID = "questions-to-ask"
"""How the two screens after the reading are counted in the reading insight, beside pages."""
SOURCE_LANGUAGE = "en"
"""The language the screens are written in; others come from Qt translation files."""


@dataclass(frozen=True)
class _Edition:
    """One language's content on screen."""

    library: Library
    menu: MenuPage
    reading_pages: dict[str, ReadingPage]


class KioskWindow(QWidget):
    maintenance_exit_requested = Signal()
    """A signed-in staff member chose "Exit kiosk"."""

    def __init__(
        self,
        libraries: dict[str, Library],
        learning: dict[str, Learning],
        config: Config,
        intake: RequestIntake,
        *,
        idle_times: IdleTimes,
        kiosk_mode: bool,
        staff: StaffTools | None = None,
        speech: ReadAloud | None = None,
        insights: InsightStore | None = None,
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
        self._intake = intake
        self._default_language = config.kiosk.default_language
        self._language = self._default_language
        self._translator = QTranslator(self)
        self._history: list[QWidget] = []
        self._speech = speech
        if speech is not None:
            speech.setParent(self)
        self._clinic: ClinicSettings = config.clinic
        self._insight = SessionInsight(insights)
        self._learning = learning
        # Questions the patient picked (teach-back, checklist), added to their form when it opens.
        self._pending_questions: list[str] = []
        self._read_aloud_page: ReadingPage | None = None

        self._editions = {lang: self._build_edition(lib) for lang, lib in libraries.items()}
        languages = list(self._editions)
        self.top_bar = TopBar(config.clinic.name, languages)
        self.footer = FooterBar()
        self.start_page = StartPage(
            config.clinic.name,
            languages,
            self._highlights(self.library),
            change_ms=idle_times.attract_change_ms,
        )
        self.teach_back_page = TeachBackPage(
            learning[self._language].teach_back, config.clinic.take_home_link()
        )
        self.questions_page = QuestionsPage(learning[self._language].questions)
        self.form_page = RequestFormPage([p.title for p in self.library.pages])
        self.review_page = ReviewPage()
        self.thanks_page = ThanksPage(config.clinic.phone, config.clinic.take_home_link())
        self.urgent_page = UrgentPage()
        self.staff_sign_in_page = StaffSignInPage(staff.directory if staff else None)
        self.staff_panel_page = StaffPanelPage(
            staff, self.library, libraries=libraries.values(), learning=learning.values()
        )
        self._build_layout()
        self._build_overlays(idle_times)
        self._connect_pages()
        self._connect_speech()
        # The pages were built in the clinic's first language; their screen words too.
        self._translate_screens(self._language)
        self.top_bar.show_language(self._language)
        self.start_page.show_language(self._language)
        self._show(self.start_page, remember=False)

    def _build_edition(self, library: Library) -> _Edition:
        """The topic menu and reading pages of one language."""
        reading_pages: dict[str, ReadingPage] = {}
        for page in library.pages:
            reading = ReadingPage(
                page,
                step=library.step_number(page.id),
                has_previous=library.previous_of(page.id) is not None,
                take_home=self._clinic.take_home_link(page.id),
            )
            reading.next_requested.connect(self._on_reading_next_requested)
            reading.previous_requested.connect(self._on_reading_previous_requested)
            reading.read_aloud_requested.connect(self._on_reading_read_aloud_requested)
            reading_pages[page.id] = reading
        menu = MenuPage(library)
        menu.topic_chosen.connect(self.show_topic)
        menu.walkthrough_requested.connect(self._on_menu_walkthrough_requested)
        menu.check_requested.connect(self.show_check)
        menu.questions_requested.connect(self.show_questions)
        return _Edition(library, menu, reading_pages)

    @staticmethod
    def _highlights(library: Library) -> list[Highlight]:
        return [Highlight(resources.image_path(p.image), p.menu_title) for p in library.pages]

    # The current language's content ------------------------------------------------------

    @property
    def language(self) -> str:
        return self._language

    @property
    def library(self) -> Library:
        return self._editions[self._language].library

    @property
    def learning(self) -> Learning:
        return self._learning[self._language]

    @property
    def menu_page(self) -> MenuPage:
        return self._editions[self._language].menu

    @property
    def reading_pages(self) -> dict[str, ReadingPage]:
        return self._editions[self._language].reading_pages

    def set_language(self, language: str) -> None:
        """Switches every screen live to ``language``, keeping the patient's place."""
        if language == self._language or language not in self._editions:
            return
        self._stop_reading_aloud()
        before = self._editions[self._language]
        self._language = language
        self._translate_screens(language)
        self.start_page.set_highlights(self._highlights(self.library))
        self.form_page.set_topics([p.title for p in self.library.pages])
        self.teach_back_page.set_teach_back(self.learning.teach_back)
        self.questions_page.set_questions(self.learning.questions)
        self.top_bar.show_language(language)
        self.start_page.show_language(language)
        self._history = [self._in_language(page, before) for page in self._history]
        current = self.current_page()
        moved = self._in_language(current, before)
        if moved is not current:
            self._show(moved, remember=False)

    def _translate_screens(self, language: str) -> None:
        """Loads the screens' words for ``language`` (the source language needs none)."""
        app = QApplication.instance()
        if app is None:
            return
        app.removeTranslator(self._translator)
        if language != SOURCE_LANGUAGE and self._translator.load(
            resources.translation_path(language)
        ):
            app.installTranslator(self._translator)
        else:
            # Widgets hear about a language change only through a translator event.
            QApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
        # Qt posts the change to every widget; deliver it now so no screen is ever shown
        # half in the old language.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

    def _in_language(self, page: QWidget, before: _Edition) -> QWidget:
        """The same place in the current language's content."""
        if page is before.menu:
            return self.menu_page
        for page_id, reading in before.reading_pages.items():
            if page is reading:
                return self.reading_pages[page_id]
        return page

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
        self._staff_hold = HoldDetector(idle_times.staff_hold_ms, parent=self)
        self._staff_hold.watch(self.top_bar.clinic_label)
        self._staff_hold.watch(self.start_page.clinic_label())
        self._staff_hold.held.connect(self._on_staff_hold_held)
        self._staff_session = QTimer(self)
        self._staff_session.setObjectName("staffSessionTimer")
        self._staff_session.setSingleShot(True)
        self._staff_session.setInterval(idle_times.staff_session_ms)
        self._staff_session.timeout.connect(self.reset)

    def _connect_pages(self) -> None:
        self.start_page.start_requested.connect(self.show_menu)
        self.start_page.language_chosen.connect(self.set_language)
        self.top_bar.language_chosen.connect(self.set_language)
        self.top_bar.home_requested.connect(self.show_menu)
        self.top_bar.back_requested.connect(self.go_back)
        self.top_bar.display_requested.connect(self._display_panel.open)
        self.footer.ask_requested.connect(self.show_request)
        self.teach_back_page.page_requested.connect(self.show_topic)
        self.teach_back_page.question_drafted.connect(self._keep_question_for_form)
        self.teach_back_page.ask_requested.connect(self.show_request)
        self.teach_back_page.topics_requested.connect(self.show_menu)
        self.questions_page.questions_chosen.connect(self._on_questions_questions_chosen)
        self.form_page.review_requested.connect(self._on_form_review_requested)
        self.form_page.start_over_requested.connect(self.reset)
        self.form_page.keyboard_on_screen_changed.connect(
            self._on_form_page_keyboard_on_screen_changed
        )
        self.review_page.change_requested.connect(self._on_review_change_requested)
        self.review_page.send_requested.connect(self._on_review_send_requested)
        self.urgent_page.understood.connect(self._on_urgent_understood)
        self.thanks_page.done_requested.connect(self.reset)
        self.staff_sign_in_page.cancelled.connect(self.reset)
        self.staff_sign_in_page.signed_in.connect(self._on_staff_signed_in)
        self.staff_panel_page.lock_requested.connect(self.reset)
        self.staff_panel_page.exit_requested.connect(self._on_staff_exit_requested)

    def _build_layout(self) -> None:
        """Full-window screens (start, urgent) and framed ones, between the top bar and footer."""
        self._stack = ScreenStack()
        self._stack.setObjectName("pageStack")
        for widget in (
            self.teach_back_page,
            self.questions_page,
            self.form_page,
            self.review_page,
            self.thanks_page,
        ):
            self._stack.addWidget(widget)
        for edition in self._editions.values():
            for page in (edition.menu, *edition.reading_pages.values()):
                self._stack.addWidget(page)
        self._framed = PageFrame(self.top_bar, self._stack, self.footer)
        self._screens = ScreenStack()
        self._screens.setObjectName("screenStack")
        self._screens.addWidget(self.start_page)
        self._screens.addWidget(self.urgent_page)
        self._screens.addWidget(self.staff_sign_in_page)
        self._screens.addWidget(self.staff_panel_page)
        self._screens.addWidget(self._framed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The screen decides the window's size, never what a page asks for: a page that asks
        # for more, even for a moment while it is being shown, would otherwise grow the window
        # past the screen for good (a window does not shrink back by itself).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
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
        """Every screen, for screenshots and tests: what patients reach, then the staff's."""
        return [
            "start",
            "menu",
            "check",
            "questions",
            "form",
            "review",
            "urgent",
            "thanks",
            *self.reading_pages,
            "staff-sign-in",
            "staff-panel",
        ]

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
        elif name == "check":
            self.show_check()
        elif name == "questions":
            self.show_questions()
        elif name == "form":
            self.show_request()
        elif name == "staff-sign-in":
            self.show_staff_sign_in()
        elif name == "staff-panel":
            # Code only (screenshots, tests): on the kiosk the panel opens after a PIN.
            self._on_staff_signed_in("Staff preview")
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
    def show_check(self) -> None:
        """The check of what was learned, where the patient left it, or afresh once finished."""
        _answered, total = self.teach_back_page.score()
        if self.teach_back_page.current_index() >= total:
            self.teach_back_page.restart()
        self._show(self.teach_back_page)

    @Slot()
    def show_questions(self) -> None:
        self._show(self.questions_page)

    @Slot()
    def show_request(self) -> None:
        """The form, fresh with a new request id, or as the patient left it if one is open;
        with any questions the patient picked since added to their message."""
        if not self.form_page.request_id:
            reading = self._current_reading()
            self.form_page.begin(str(uuid.uuid4()), reading.page.title if reading else "")
            self._insight.form_started()
        if self._pending_questions:
            self.form_page.add_questions(self._pending_questions)
            self._pending_questions.clear()
        self._show(self.form_page)

    @Slot(str)
    def _keep_question_for_form(self, question: str) -> None:
        """A question the patient picked, added to their message when the form next opens."""
        if question not in self._pending_questions:
            self._pending_questions.append(question)

    @Slot(list)
    def _on_questions_questions_chosen(self, questions: list[str]) -> None:
        for question in questions:
            self._keep_question_for_form(question)
        self.show_request()

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
        self._insight.end(form_left_open=bool(self.form_page.request_id))
        self._still_there.close_overlay()
        self._display_panel.close_panel()
        if self._speech is not None:
            self._speech.reset()
        self._staff_session.stop()
        self.staff_panel_page.clear()
        self.staff_sign_in_page.clear()
        self.set_display_prefs(DisplayPrefs())
        self._history.clear()
        self.set_language(self._default_language)
        for edition in self._editions.values():
            edition.menu.scroll_to_top()
            for reading in edition.reading_pages.values():
                reading.scroll_to_top()
        self._forget_patient_words()
        self.teach_back_page.restart()
        self.questions_page.clear()
        self.thanks_page.clear()
        self.urgent_page.clear()
        self._show(self.start_page, remember=False)
        self.start_page.setFocus()

    def _forget_patient_words(self) -> None:
        """Everything the patient typed or copied: the form with its undo history, the review
        and the clipboard. Done at every reset and as soon as a request is saved."""
        self._pending_questions.clear()
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
            self._framed.set_seated(prefs.seated)
            self.form_page.set_seated(prefs.seated)
            self.staff_panel_page.set_theme(prefs.theme())
        self._display = prefs
        self._display_panel.show_prefs(prefs)
        self._fit_form_to_screen()

    def use_storage(self, staff: StaffTools | None, insights: InsightStore) -> None:
        """The request database opened after the start (a full disk at boot freed up): the
        reading insight counts again, and the staff panel opens again if its accounts read."""
        self._insight.use_store(insights)
        if staff is not None:
            self.staff_sign_in_page.use_directory(staff.directory)
            self.staff_panel_page.use_tools(staff)

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
            self._insight.form_sent()
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

    def show_staff_sign_in(self) -> None:
        """What a 3-second hold on the clinic name opens; nothing on screen hints at it."""
        self._forget_patient_words()
        self.staff_sign_in_page.begin()
        self._show(self.staff_sign_in_page, remember=False)

    @Slot()
    def _on_staff_hold_held(self) -> None:
        self.show_staff_sign_in()

    @Slot(str)
    def _on_staff_signed_in(self, name: str) -> None:
        self.staff_sign_in_page.clear()
        self.staff_panel_page.open_for(name)
        self._staff_session.start()
        self._show(self.staff_panel_page, remember=False)

    @Slot()
    def _on_staff_exit_requested(self) -> None:
        self.reset()
        self.allow_close()
        self.maintenance_exit_requested.emit()

    @Slot(bool)
    def _on_form_page_keyboard_on_screen_changed(self, on_screen: bool) -> None:
        """Seated, the keyboard needs the lower half to itself: the top bar makes way while it
        is on screen (the keyboard's Hide key brings the bar back). On a short panel both bars
        make way: the keys, the field being typed in and the form's buttons fill the screen."""
        short = self._short_screen()
        self.top_bar.setVisible(not (on_screen and (self._display.seated or short)))
        self.footer.setVisible(not (on_screen and short))

    def _short_screen(self) -> bool:
        return self.height() < SHORT_SCREEN_PX

    def _fit_form_to_screen(self) -> None:
        """The keyboard's room on a short panel depends on the panel and the text size."""
        big_text = self._display.text_scale > DisplayPrefs().text_scale
        self.form_page.set_short_screen(self._short_screen(), big_text=big_text)
        self._on_form_page_keyboard_on_screen_changed(self.form_page.keyboard_on_screen())

    @Slot(object)
    def _on_display_panel_prefs_changed(self, prefs: DisplayPrefs) -> None:
        self.set_display_prefs(prefs)

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
            self.show_check()  # the end of the walkthrough
        else:
            self.show_topic(following.id)

    @Slot()
    def _on_reading_previous_requested(self) -> None:
        reading = self._current_reading()
        before = self.library.previous_of(reading.page.id) if reading else None
        if before is not None:
            self.show_topic(before.id)

    # Reading aloud ---------------------------------------------------------------------------

    def _connect_speech(self) -> None:
        speech = self._speech
        if speech is None:
            return
        for edition in self._editions.values():
            for reading in edition.reading_pages.values():
                reading.louder_requested.connect(speech.louder)
                reading.quieter_requested.connect(speech.quieter)
        speech.voices_found.connect(self._on_speech_voices_found)
        speech.sentence_started.connect(self._on_speech_sentence_started)
        speech.stopped.connect(self._on_speech_stopped)

    @Slot()
    def _on_speech_voices_found(self) -> None:
        """ "Read to me" on the pages of each language the engine has a voice for."""
        for language, edition in self._editions.items():
            offered = self._speech is not None and self._speech.speaks(language)
            for reading in edition.reading_pages.values():
                reading.offer_read_aloud(offered)

    def _stop_reading_aloud(self) -> None:
        if self._speech is not None:
            self._speech.stop()

    @Slot()
    def _on_reading_read_aloud_requested(self) -> None:
        reading = self._current_reading()
        if self._speech is None or reading is None:
            return
        if self._speech.is_reading():
            self._speech.stop()
            return
        self._read_aloud_page = reading
        reading.set_reading(True)
        if not self._speech.read(reading.spoken_texts(), self._language):
            self._on_speech_stopped()

    @Slot(int)
    def _on_speech_sentence_started(self, index: int) -> None:
        if self._read_aloud_page is not None:
            self._read_aloud_page.mark_spoken(index)
        self._idle.activity()  # a patient listening is a patient still there

    @Slot()
    def _on_speech_stopped(self) -> None:
        if self._read_aloud_page is not None:
            self._read_aloud_page.set_reading(False)
            self._read_aloud_page = None

    # Reading insight -------------------------------------------------------------------------

    def _insight_id(self, page: QWidget) -> str | None:
        """How a screen is counted in the staff's reading insight (None: not at all)."""
        if isinstance(page, ReadingPage):
            return page.page.id
        if page is self.teach_back_page:
            return CHECK_INSIGHT_ID
        if page is self.questions_page:
            return QUESTIONS_INSIGHT_ID
        return None

    def _current_reading(self) -> ReadingPage | None:
        current = self.current_page()
        return current if isinstance(current, ReadingPage) else None

    def _show(self, page: QWidget, *, remember: bool = True) -> None:
        current = self.current_page() if self._screens.count() else None
        if current is not page:
            self._stop_reading_aloud()
            self._insight.shown(self._insight_id(page))
        if remember and current is not None and current is not page:
            self._history.append(current)
            del self._history[:-MAX_HISTORY]
        if page in self._full_window_pages():
            self._screens.setCurrentWidget(page)
        else:
            # On the form itself the button would lead nowhere new; its room goes to the form.
            self.footer.ask_button.setVisible(page not in (self.form_page, self.review_page))
            self._stack.setCurrentWidget(page)
            self._screens.setCurrentWidget(self._framed)
        self._still_there.close_overlay()
        self._idle.set_stage(self._stage_of(page))

    def _full_window_pages(self) -> tuple[QWidget, ...]:
        return (
            self.start_page,
            self.urgent_page,
            self.staff_sign_in_page,
            self.staff_panel_page,
        )

    def _stage_of(self, page: QWidget) -> Stage:
        if page is self.start_page:
            return Stage.START
        if page in (self.staff_sign_in_page, self.staff_panel_page):
            return Stage.STAFF
        if page is self.thanks_page:
            return Stage.THANK_YOU
        if page in (self.form_page, self.review_page, self.urgent_page):
            return Stage.FORM
        return Stage.READING

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        self._still_there.setGeometry(self.rect())
        self._display_panel.setGeometry(self.rect())
        self._fit_form_to_screen()
        super().resizeEvent(event)

    # Kiosk lock -----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        # In kiosk mode a window manager's close request (Alt+F4, a stray gesture) is ignored.
        if self._may_close:
            if self._speech is not None:
                self._speech.close()
            # A staff export, purge or PIN check still running ends before the databases close
            # with the window (app.create_window); bounded, so stuck work cannot hold up a
            # shutdown.
            wait_for_tasks(self)
            event.accept()
        else:
            event.ignore()
