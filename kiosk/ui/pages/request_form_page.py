"""The request form: question or appointment, name, how to reach you, message, consent.

The built-in keyboard is docked under the fields and types into whichever field was touched;
the field is scrolled into view above it. The page holds the patient's words only until the
window calls clear(), which leaves no text and no undo history behind.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.requests.model import ContactMethod, Draft, RequestKind, TimeSlot
from kiosk.requests.validation import (
    MAX_EMAIL,
    MAX_MESSAGE,
    MAX_NAME,
    MAX_PHONE,
    Field,
    FieldError,
)
from kiosk.ui import request_words
from kiosk.ui.widgets.chip import ChipButton, WrappingCheckBox
from kiosk.ui.widgets.flow import FlowLayout
from kiosk.ui.widgets.keyboard import KeyboardMode, OnScreenKeyboard
from kiosk.ui.widgets.kinetic import make_scroll_area
from kiosk.ui.widgets.retranslating import RetranslatingWidget
from kiosk.ui.widgets.text_fields import FormLineEdit, FormTextEdit
from kiosk.ui.widgets.tile_button import TileButton
from kiosk.ui.widgets.touch_button import TouchButton

TextField = QLineEdit | QPlainTextEdit
FORM_MIN_VISIBLE_PX = 96
# Seated, the keyboard goes beside the fields where there is room for both: its own width
# (about 1000 px) and a column of fields.
KEYBOARD_BESIDE_MIN_WIDTH_PX = 1700
SHORT_SCREEN_PX = 1000
"""A window lower than this (1280 x 720, 1366 x 768) has no room for the keyboard, the bars and
some of the form: while the keyboard is up its keys take the least touch size and the bars
make way (see KioskWindow)."""
MARGINS = (40, 16, 32, 12)
BESIDE_MARGINS = (16, 16, 16, 12)


class RequestFormPage(RetranslatingWidget):
    review_requested = Signal()
    start_over_requested = Signal()
    keyboard_on_screen_changed = Signal(bool)

    def __init__(self, topics: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestFormPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._topics = topics
        self._request_id = ""
        self._topic = ""

        self._kind_group = QButtonGroup(self)
        self._kind_chips = {kind: ChipButton(f"kind_{kind.value}") for kind in RequestKind}
        for chip in self._kind_chips.values():
            self._kind_group.addButton(chip)
        self._kind_group.buttonToggled.connect(self._on_kind_group_button_toggled)

        self._name = FormLineEdit("nameField", MAX_NAME)
        self._phone = FormLineEdit("phoneField", MAX_PHONE)
        self._email = FormLineEdit("emailField", MAX_EMAIL)
        self._message = FormTextEdit("messageField", MAX_MESSAGE)
        self._message.setMinimumHeight(180)
        self._contact_group = QButtonGroup(self)
        self._contact_chips = {m: ChipButton(f"contact_{m.value}") for m in ContactMethod}
        for chip in self._contact_chips.values():
            self._contact_group.addButton(chip)
        self._slot_chips = {slot: ChipButton(f"slot_{slot.value}") for slot in TimeSlot}
        self._consent = WrappingCheckBox("consentBox")
        self._topic_button = TouchButton("topicButton")
        self._topic_button.clicked.connect(self._on_topic_button_clicked)

        self._labels: dict[str, QLabel] = {}
        self._errors = {field: self._make_label(f"error_{field.value}", "error") for field in Field}

        self._keyboard = self._build_keyboard()
        self._seated = False
        self._short_screen = False
        self._buttons_make_way = False
        self._fields: dict[TextField, KeyboardMode] = {
            self._name: KeyboardMode.TEXT,
            self._phone: KeyboardMode.PHONE,
            self._email: KeyboardMode.EMAIL,
            self._message: KeyboardMode.TEXT,
        }
        # A touch lands on a multi-line field's viewport, not on the field itself.
        self._touch_targets: dict[QObject, TextField] = {}
        for field in self._fields:
            self._touch_targets[field] = field
            if isinstance(field, QPlainTextEdit):
                self._touch_targets[field.viewport()] = field
        for target in self._touch_targets:
            target.installEventFilter(self)

        self._start_over_button = TouchButton("startOverButton")
        self._start_over_button.clicked.connect(self.start_over_requested)
        self._show_keyboard_button = TouchButton("showKeyboardButton")
        self._show_keyboard_button.clicked.connect(self._on_show_keyboard_button_clicked)
        self._review_button = TouchButton("reviewButton", variant="primary", icon="next-light")
        self._review_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self._review_button.clicked.connect(self.review_requested)

        self._views = QStackedWidget()
        self._views.addWidget(self._build_form())
        self._views.addWidget(self._build_topic_picker())

        self._layout = self._build_layout()
        self.retranslate_ui()
        self.clear()

    # The window's interface --------------------------------------------------------------------

    def begin(self, request_id: str, topic: str) -> None:
        """A fresh form for a new request; the id stays with it through retries and double taps."""
        self.clear()
        self._request_id = request_id
        self._set_topic(topic)

    def add_questions(self, questions: Sequence[str]) -> None:
        """Adds questions the patient picked to their message, one a line, each once; they stay
        editable. A question that would not fit whole is left out rather than cut."""
        text = self._message.toPlainText().rstrip("\n")
        for question in questions:
            if question in text:
                continue
            longer = f"{text}\n{question}" if text else question
            if len(longer) <= MAX_MESSAGE:
                text = longer
        self._message.setPlainText(text)

    def set_topics(self, topics: list[str]) -> None:
        """The topic choices in the current language (same order, one per page)."""
        for button, title in zip(self._topic_buttons, topics, strict=True):
            button.set_label(title)
        self._topics = topics

    @property
    def request_id(self) -> str:
        return self._request_id

    def draft(self) -> Draft:
        kind = next((k for k, chip in self._kind_chips.items() if chip.isChecked()), None)
        contact = next((m for m, chip in self._contact_chips.items() if chip.isChecked()), None)
        return Draft(
            kind=kind or RequestKind.QUESTION,
            name=self._name.text(),
            phone=self._phone.text(),
            email=self._email.text(),
            contact=contact,
            time_slots=frozenset(s for s, chip in self._slot_chips.items() if chip.isChecked()),
            message=self._message.toPlainText(),
            topic=self._topic,
            consent=self._consent.isChecked(),
        )

    def show_errors(self, errors: tuple[FieldError, ...]) -> None:
        for field, label in self._errors.items():
            problems = [e.problem for e in errors if e.field is field]
            label.setText(request_words.problem_text(field, problems[0]) if problems else "")
            label.setVisible(bool(problems))
        first = next((self._errors[e.field] for e in errors), None)
        if first is not None:
            self._views.setCurrentIndex(0)
            self._scroll_into_view_soon(first, margin=120)

    def set_seated(self, seated: bool) -> None:
        """Seated reach: the keyboard's keys at the least touch size and, on a wide screen,
        beside the fields, so the fields, buttons and keys all fit in the lower half."""
        self._seated = seated
        self._fit_keyboard()

    def set_short_screen(self, short: bool, *, big_text: bool) -> None:
        """On a panel lower than SHORT_SCREEN_PX the keys take the least touch size too; with
        big text there, the form's buttons also make way while the keys are up (the keyboard's
        Hide key brings them back): the keys and the field being typed in fill the screen."""
        self._short_screen = short
        self._buttons_make_way = short and big_text
        self._fit_keyboard()

    def _fit_keyboard(self) -> None:
        self._keyboard.set_compact(self._seated or self._short_screen)
        if self._keyboard.isVisible():
            self._fix_keyboard_height()
        self._show_buttons(not (self._buttons_make_way and self._keyboard.isVisible()))
        self._place_keyboard()

    def _show_buttons(self, shown: bool) -> None:
        self._buttons.setVisible(shown)

    def keyboard_on_screen(self) -> bool:
        return self._keyboard.isVisible()

    def _place_keyboard(self) -> None:
        beside = self._seated and self.width() >= KEYBOARD_BESIDE_MIN_WIDTH_PX
        self._layout.setDirection(
            QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        )
        # Beside the keyboard the fields have about 850 px: the widest choice at 150 % text
        # ("I'll ask at the front desk today") needs the side margins' room.
        self._layout.setContentsMargins(*(BESIDE_MARGINS if beside else MARGINS))

    def clear(self) -> None:
        """Empties every field with its undo history, unticks every choice, hides the keyboard."""
        for field in self._fields:
            if isinstance(field, QLineEdit):
                field.setText("")  # setText, unlike clear(), also drops the undo history
            else:
                field.setPlainText("")
            field.clearFocus()
        for group in (self._kind_group, self._contact_group):
            group.setExclusive(False)
            for chip in group.buttons():
                chip.setChecked(False)
            group.setExclusive(True)
        self._kind_chips[RequestKind.QUESTION].setChecked(True)
        for chip in self._slot_chips.values():
            chip.setChecked(False)
        self._consent.setChecked(False)
        self.show_errors(())
        self._request_id = ""
        self._set_topic("")
        self._keyboard.reset()
        self._keyboard.hide()
        self._show_keyboard_button.show()
        self._views.setCurrentIndex(0)
        self._form_scroll.verticalScrollBar().setValue(0)

    def retranslate_ui(self) -> None:
        for kind, chip in self._kind_chips.items():
            chip.setText(request_words.kind_label(kind))
        for method, chip in self._contact_chips.items():
            chip.setText(request_words.contact_label(method))
        for slot, chip in self._slot_chips.items():
            chip.setText(request_words.slot_label(slot))
        self._labels["name"].setText(self.tr("Your name"))
        self._labels["contact"].setText(self.tr("How should we reach you?"))
        self._labels["phone"].setText(self.tr("Phone number"))
        self._labels["email"].setText(self.tr("Email"))
        self._labels["slots"].setText(self.tr("Best days and times for you"))
        self._labels["topic_heading"].setText(self.tr("What is it about?"))
        self._labels["privacy"].setText(
            self.tr(
                "What you type stays on this kiosk, for the clinic's staff only. "
                "They use it to answer this request and for nothing else."
            )
        )
        self._labels["picker_heading"].setText(self.tr("Choose a topic"))
        self._no_topic_button.set_label(self.tr("No particular topic"))
        self._consent.set_label(self.tr("The clinic may contact me about this request"))
        self._start_over_button.setText(self.tr("Start over"))
        self._show_keyboard_button.setText(self.tr("Show keyboard"))
        self._review_button.setText(self.tr("Check and send"))
        self._topic_button.setText(self.tr("Change"))
        self._retranslate_kind()
        self._set_topic(self._topic)

    # Building ----------------------------------------------------------------------------------

    def _build_form(self) -> QWidget:
        form = QWidget()
        grid = QVBoxLayout(form)
        grid.setContentsMargins(0, 0, 24, 24)
        grid.setSpacing(10)
        grid.addWidget(self._chip_row(list(self._kind_chips.values())))
        self._add_field(grid, "name", self._name, Field.NAME)
        grid.addWidget(self._make_label("contactLabel", "fieldLabel", key="contact"))
        grid.addWidget(self._chip_row(list(self._contact_chips.values())))
        grid.addWidget(self._errors[Field.CONTACT])
        self._add_field(grid, "phone", self._phone, Field.PHONE)
        self._add_field(grid, "email", self._email, Field.EMAIL)
        self._slots_block = QWidget()
        slots_layout = QVBoxLayout(self._slots_block)
        slots_layout.setContentsMargins(0, 0, 0, 0)
        slots_layout.addWidget(self._make_label("slotsLabel", "fieldLabel", key="slots"))
        slots_layout.addWidget(self._chip_row(list(self._slot_chips.values())))
        grid.addWidget(self._slots_block)
        self._add_field(grid, "message", self._message, Field.MESSAGE)
        grid.addWidget(self._make_label("topicHeading", "fieldLabel", key="topic_heading"))
        topic_row = QHBoxLayout()
        topic_row.addWidget(self._make_label("topicValue", None, key="topic_value"), 1)
        topic_row.addWidget(self._topic_button)
        grid.addLayout(topic_row)
        grid.addWidget(self._consent)
        grid.addWidget(self._errors[Field.CONSENT])
        grid.addWidget(self._make_label("privacyNotice", "smallPrint", key="privacy"))
        grid.addStretch(1)

        self._form_scroll = make_scroll_area("formScroll", form)
        # Room for at least the field being typed in, so the keyboard keeps its full size
        # even with big text on a landscape screen.
        self._form_scroll.setMinimumHeight(FORM_MIN_VISIBLE_PX)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self._form_scroll, 1)
        self._buttons = self._flow(
            [self._start_over_button, self._show_keyboard_button, self._review_button],
            "formButtons",
            beside_scroll_area=True,
        )
        layout.addWidget(self._buttons)
        return page

    def _build_keyboard(self) -> OnScreenKeyboard:
        keyboard = OnScreenKeyboard()
        keyboard.hide_requested.connect(self._on_keyboard_hide_requested)
        keyboard.on_screen_changed.connect(self._on_keyboard_on_screen_changed)
        keyboard.on_screen_changed.connect(self.keyboard_on_screen_changed)
        keyboard.hide()
        return keyboard

    def _build_layout(self) -> QBoxLayout:
        """The fields (or the topic picker) and the keyboard under them; beside them when
        seated on a wide screen (see set_seated)."""
        layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        layout.setContentsMargins(*MARGINS)
        layout.setSpacing(12)
        layout.addWidget(self._views, 1)
        layout.addWidget(self._keyboard, 0, Qt.AlignmentFlag.AlignBottom)
        return layout

    def _build_topic_picker(self) -> QWidget:
        """One wrapping button per topic, so a long title never runs off the screen."""
        picker = QWidget()
        layout = QVBoxLayout(picker)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._make_label("pickerHeading", "heading", key="picker_heading"))
        holder = QWidget()
        choices = QVBoxLayout(holder)
        choices.setContentsMargins(0, 0, 24, 0)
        choices.setSpacing(16)
        self._no_topic_button = TileButton("topicChoice_none")
        self._no_topic_button.clicked.connect(lambda: self._on_topic_chosen(""))
        choices.addWidget(self._no_topic_button)
        self._topic_buttons: list[TileButton] = []
        for index, title in enumerate(self._topics):
            button = TileButton(f"topicChoice_{index}")
            button.set_label(title)
            button.clicked.connect(
                lambda _checked=False, i=index: self._on_topic_chosen(self._topics[i])
            )
            choices.addWidget(button)
            self._topic_buttons.append(button)
        choices.addStretch(1)
        layout.addWidget(make_scroll_area("topicPickerScroll", holder), 1)
        return picker

    def _add_field(self, layout: QVBoxLayout, key: str, editor: QWidget, field: Field) -> None:
        label = self._make_label(f"{key}Label", "fieldLabel", key=key)
        label.setBuddy(editor)
        layout.addWidget(label)
        layout.addWidget(editor)
        layout.addWidget(self._errors[field])

    def _chip_row(self, chips: list[ChipButton]) -> QWidget:
        return self._flow(list(chips), "")

    def _flow(
        self, buttons: list[QWidget], name: str, *, beside_scroll_area: bool = False
    ) -> QWidget:
        """Side by side while they fit, wrapping at large text or on a narrow screen."""
        row = QWidget()
        row.setObjectName(name)
        flow = FlowLayout(
            row, spacing=16, stretch=True, report_height_for_width=not beside_scroll_area
        )
        for button in buttons:
            flow.addWidget(button)
        return row

    def _make_label(self, name: str, role: str | None, *, key: str = "") -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if role:
            label.setProperty("role", role)
        if key:
            self._labels[key] = label
        return label

    # Behaviour ---------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._place_keyboard()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """Beside the fields, the keyboard's width is not counted: made narrower, the page puts
        it back under them (a seated patient's screen turned to portrait); counted, it would
        hold the window too wide to turn."""
        needs = super().minimumSizeHint()
        if self._layout.direction() == QBoxLayout.Direction.LeftToRight:
            beside = self._keyboard.minimumSizeHint().width() + self._layout.spacing()
            needs.setWidth(needs.width() - beside)
        return needs

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        field = self._touch_targets.get(watched)
        if field is not None and event.type() in (
            QEvent.Type.FocusIn,
            QEvent.Type.MouseButtonRelease,
        ):
            self._type_into(field)
        return False

    def _type_into(self, field: TextField) -> None:
        self._keyboard.set_target(field, self._fields[field])
        self._fix_keyboard_height()
        # Whatever makes way for the keyboard (its own button, the bars on a short panel) does
        # so before it takes its room: otherwise the window would grow past the screen.
        self._show_keyboard_button.hide()
        self._show_buttons(not self._buttons_make_way)
        if not self._keyboard.isVisible():
            self.keyboard_on_screen_changed.emit(True)
        self._keyboard.show()
        self._scroll_into_view_soon(field, margin=40)

    def _fix_keyboard_height(self) -> None:
        """The keyboard never gives up height to the form: a squeezed key is a missed key. Its
        height is taken when shown or resized (seated keys), after any restyling."""
        self._keyboard.setFixedHeight(self._keyboard.sizeHint().height())

    def _scroll_into_view_soon(self, widget: QWidget, *, margin: int) -> None:
        """Once layouts have settled (the keyboard may just have taken its room), bring the
        widget into view. The timer belongs to this page, so it dies with it."""
        QTimer.singleShot(0, self, lambda: self._form_scroll.ensureWidgetVisible(widget, 0, margin))

    def _set_topic(self, topic: str) -> None:
        self._topic = topic
        self._labels["topic_value"].setText(topic or self.tr("No particular topic"))

    def _retranslate_kind(self) -> None:
        appointment = self._kind_chips[RequestKind.APPOINTMENT].isChecked()
        self._slots_block.setVisible(appointment)
        self._labels["message"].setText(
            self.tr("Anything we should know? (you may leave this empty)")
            if appointment
            else self.tr("Your question")
        )

    @Slot()
    def _on_kind_group_button_toggled(self) -> None:
        self._retranslate_kind()

    @Slot()
    def _on_keyboard_hide_requested(self) -> None:
        self._keyboard.hide()
        self._show_keyboard_button.show()

    @Slot(bool)
    def _on_keyboard_on_screen_changed(self, on_screen: bool) -> None:
        self._show_buttons(not (on_screen and self._buttons_make_way))

    @Slot()
    def _on_show_keyboard_button_clicked(self) -> None:
        field = self._keyboard.target() or self._name
        field.setFocus()
        self._type_into(field)

    @Slot()
    def _on_topic_button_clicked(self) -> None:
        self._keyboard.hide()
        self._views.setCurrentIndex(1)

    def _on_topic_chosen(self, topic: str) -> None:
        self._set_topic(topic)
        self._views.setCurrentIndex(0)
        self._show_keyboard_button.show()
