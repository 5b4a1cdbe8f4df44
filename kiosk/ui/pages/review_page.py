"""Check before sending: what the patient typed, read back plainly, with Change and Send."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.requests.model import ContactMethod, Draft, RequestKind, TimeSlot
from kiosk.ui import request_words
from kiosk.ui.widgets.kinetic import make_scroll_area
from kiosk.ui.widgets.labels import make_label
from kiosk.ui.widgets.retranslating import RetranslatingWidget
from kiosk.ui.widgets.touch_button import TouchButton

_ROWS = ("kind", "name", "contact", "phone", "email", "times", "message", "topic")


class ReviewPage(RetranslatingWidget):
    send_requested = Signal()
    change_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._draft = Draft()
        self._heading = make_label("reviewHeading", "heading")
        self._problem = make_label("saveProblem", "alert")
        self._problem.hide()
        self._captions = {row: make_label(f"caption_{row}", "fieldLabel") for row in _ROWS}
        self._values = {row: make_label(f"value_{row}", None) for row in _ROWS}
        self._change_button = TouchButton("changeButton", icon="previous")
        self._send_button = TouchButton("sendButton", variant="primary", icon="next-light")
        self._send_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self._change_button.clicked.connect(self.change_requested)
        self._send_button.clicked.connect(self.send_requested)

        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 24, 0)
        grid.setHorizontalSpacing(32)
        grid.setVerticalSpacing(18)
        grid.setColumnStretch(1, 1)
        for index, row in enumerate(_ROWS):
            grid.addWidget(self._captions[row], index, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self._values[row], index, 1)
        grid.setRowStretch(len(_ROWS), 1)
        scroll = make_scroll_area("reviewScroll", holder)

        buttons = QHBoxLayout()
        buttons.addWidget(self._change_button)
        buttons.addStretch(1)
        buttons.addWidget(self._send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 32, 24)
        layout.setSpacing(20)
        layout.addWidget(self._heading)
        layout.addWidget(self._problem)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def show_draft(self, draft: Draft) -> None:
        self._draft = draft
        self.show_problem("")
        self._fill()

    def show_problem(self, text: str) -> None:
        """A calm message above the summary; the patient's words stay as they are."""
        self._problem.setText(text)
        self._problem.setVisible(bool(text))

    def clear(self) -> None:
        self.show_draft(Draft())

    def retranslate_ui(self) -> None:
        self._heading.setText(self.tr("Please check your request"))
        captions = {
            "kind": self.tr("You want to"),
            "name": self.tr("Name"),
            "contact": self.tr("We reach you by"),
            "phone": self.tr("Phone"),
            "email": self.tr("Email"),
            "times": self.tr("Best times"),
            "message": self.tr("Message"),
            "topic": self.tr("Topic"),
        }
        for row, text in captions.items():
            self._captions[row].setText(text)
        self._change_button.setText(self.tr("Change"))
        self._send_button.setText(self.tr("Send"))
        self._fill()

    def _fill(self) -> None:
        draft = self._draft
        empty = self.tr("(none)")
        values = {
            "kind": request_words.kind_label(draft.kind),
            "name": draft.name,
            "contact": request_words.contact_label(draft.contact or ContactMethod.FRONT_DESK),
            "phone": draft.phone.strip() or empty,
            "email": draft.email.strip() or empty,
            "times": self._times(draft),
            "message": draft.message.strip() or empty,
            "topic": draft.topic or self.tr("No particular topic"),
        }
        for row, text in values.items():
            self._values[row].setText(text)
        appointment = draft.kind is RequestKind.APPOINTMENT
        self._captions["times"].setVisible(appointment)
        self._values["times"].setVisible(appointment)

    def _times(self, draft: Draft) -> str:
        chosen = [request_words.slot_label(s) for s in TimeSlot if s in draft.time_slots]
        return ", ".join(chosen) or self.tr("Any time")
