"""Where "Ask a question or request an appointment" leads.

Until the on-screen form is built, the page says plainly how to ask at the front desk, so the
button on every screen is never a dead end.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.ui.widgets.retranslating import RetranslatingWidget


class RequestPage(RetranslatingWidget):
    def __init__(self, clinic_phone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._clinic_phone = clinic_phone
        self._heading = QLabel()
        self._heading.setObjectName("requestHeading")
        self._heading.setProperty("role", "heading")
        self._text = QLabel()
        self._text.setObjectName("requestText")
        self._phone = QLabel()
        self._phone.setObjectName("requestPhone")
        self._phone.setVisible(bool(clinic_phone))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(96, 60, 96, 60)
        layout.setSpacing(32)
        for label in (self._heading, self._text, self._phone):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setMaximumWidth(1200)
            layout.addWidget(label)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self._heading.setText(self.tr("Ask a question or request an appointment"))
        self._text.setText(
            self.tr(
                "Please ask at the front desk. The staff there can answer questions about this "
                "treatment and help you make an appointment. You do not need to remember what "
                "you read here: tell them which topic you were reading."
            )
        )
        self._phone.setText(self.tr("From home, call us at {0}.").format(self._clinic_phone))
