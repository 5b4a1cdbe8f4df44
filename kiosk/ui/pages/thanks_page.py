"""After a saved request: the reference code to say at the desk, and nothing personal."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QVBoxLayout, QWidget

from kiosk.ui.widgets.kinetic import make_scroll_area
from kiosk.ui.widgets.labels import make_label
from kiosk.ui.widgets.qr_code import TakeHomeCode
from kiosk.ui.widgets.retranslating import RetranslatingWidget
from kiosk.ui.widgets.touch_button import TouchButton


class ThanksPage(RetranslatingWidget):
    done_requested = Signal()

    def __init__(
        self, clinic_phone: str, take_home: str | None = None, parent: QWidget | None = None
    ) -> None:
        """``take_home`` is the clinic's web address, shown as a QR code to read at home."""
        super().__init__(parent)
        self.setObjectName("thanksPage")
        self._clinic_phone = clinic_phone
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._heading = make_label("thanksHeading", "display", centred=True)
        self._text = make_label("thanksText", None, centred=True)
        self._code = make_label("referenceCode", "code", centred=True)
        self._hint = make_label("thanksHint", None, centred=True)
        self._phone = make_label("thanksPhone", None, centred=True)
        self._phone.setVisible(bool(clinic_phone))
        self._done_button = TouchButton("doneButton", variant="primary")
        self._done_button.clicked.connect(self.done_requested)
        self._take_home = TakeHomeCode()
        self._take_home.set_link(take_home)
        words = QWidget()
        words.setObjectName("thanksWords")
        column = QVBoxLayout(words)
        column.setSpacing(28)
        column.addStretch(1)
        for label in (self._heading, self._text, self._code, self._hint, self._phone):
            column.addWidget(label)
        column.addWidget(self._done_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        # On a small panel with big text the words scroll, the code at the top in view.
        scroll = make_scroll_area("thanksScroll", words)
        # The QR code beside the words on a wide screen, under them on a tall one.
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(96, 48, 96, 48)
        self._layout.setSpacing(48)
        self._layout.addWidget(scroll, 1)
        self._layout.addWidget(self._take_home, 0, Qt.AlignmentFlag.AlignCenter)
        self.retranslate_ui()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        wide = event.size().width() > event.size().height()
        self._layout.setDirection(
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        )
        super().resizeEvent(event)

    def show_reference(self, reference: str) -> None:
        self._code.setText(reference)
        self._code.setAccessibleName(" ".join(reference))  # read out one character at a time

    def clear(self) -> None:
        self.show_reference("")

    def retranslate_ui(self) -> None:
        self._heading.setText(self.tr("Thank you"))
        self._text.setText(self.tr("We have your request. Your code is:"))
        self._hint.setText(
            self.tr(
                "Tell this code to the front desk, or show them this screen. They will help you."
            )
        )
        self._phone.setText(self.tr("Questions later? Call us at {0}.").format(self._clinic_phone))
        self._done_button.setText(self.tr("Done"))


class UrgentPage(RetranslatingWidget):
    """Shown first when a message mentions something that needs care now; fills the window."""

    understood = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("urgentPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._heading = make_label("urgentHeading", "display", centred=True)
        self._text = make_label("urgentText", None, centred=True)
        self._code = make_label("urgentCode", "code", centred=True)
        self._ok_button = TouchButton("urgentOkButton", variant="primary")
        self._ok_button.clicked.connect(self.understood)
        words = QWidget()
        words.setObjectName("urgentWords")
        layout = QVBoxLayout(words)
        layout.setContentsMargins(96, 48, 96, 48)
        layout.setSpacing(32)
        layout.addStretch(1)
        for label in (self._heading, self._text, self._code):
            layout.addWidget(label)
        layout.addWidget(self._ok_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        # Scrolls only on a small panel with big text; the heading stays at the top.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(make_scroll_area("urgentScroll", words))
        self.retranslate_ui()

    def show_reference(self, reference: str) -> None:
        self._code.setText(reference)

    def clear(self) -> None:
        self.show_reference("")

    def retranslate_ui(self) -> None:
        self._heading.setText(self.tr("Please tell the front desk now"))
        self._text.setText(
            self.tr(
                "What you wrote may need care soon. Please go to the front desk and speak to "
                "a staff member now. If this is an emergency, call 911. Your request is saved "
                "with this code:"
            )
        )
        self._ok_button.setText(self.tr("I will tell them now"))
