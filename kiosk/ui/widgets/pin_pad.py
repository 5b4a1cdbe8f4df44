"""A large digit pad for staff PINs: digits show as dots, never as numbers."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from kiosk.ui.widgets.retranslating import RetranslatingWidget
from kiosk.ui.widgets.touch_button import TouchButton

MAX_PIN_DIGITS = 12


class PinPad(RetranslatingWidget):
    submitted = Signal(str)
    """The PIN typed so far, when the staff member taps Sign in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinPad")
        self._pin = ""
        self._dots = QLabel()
        self._dots.setObjectName("pinDots")
        self._dots.setProperty("role", "heading")
        self._dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid = QGridLayout()
        grid.setSpacing(14)
        for index, digit in enumerate("123456789"):
            grid.addWidget(self._digit_button(digit), index // 3, index % 3)
        self._delete = TouchButton("pinDelete")
        self._delete.clicked.connect(self._on_delete_clicked)
        self._enter = TouchButton("pinEnter", variant="primary")
        self._enter.clicked.connect(self._on_enter_clicked)
        grid.addWidget(self._delete, 3, 0)
        grid.addWidget(self._digit_button("0"), 3, 1)
        grid.addWidget(self._enter, 3, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(20)
        layout.addWidget(self._dots)
        layout.addLayout(grid)
        self.clear()
        self.retranslate_ui()

    def clear(self) -> None:
        self._pin = ""
        self._show_dots()

    def set_enabled_input(self, enabled: bool) -> None:
        """Off while a PIN is being checked or the account must wait."""
        for button in self.findChildren(TouchButton):
            button.setEnabled(enabled)

    def retranslate_ui(self) -> None:
        self._delete.setText(self.tr("Delete"))
        self._enter.setText(self.tr("Sign in"))
        self._show_dots()

    def _digit_button(self, digit: str) -> TouchButton:
        button = TouchButton(f"pin_{digit}")
        button.setText(digit)
        button.clicked.connect(lambda _checked=False, d=digit: self._on_digit(d))
        return button

    def _on_digit(self, digit: str) -> None:
        if len(self._pin) < MAX_PIN_DIGITS:
            self._pin += digit
        self._show_dots()

    @Slot()
    def _on_delete_clicked(self) -> None:
        self._pin = self._pin[:-1]
        self._show_dots()

    @Slot()
    def _on_enter_clicked(self) -> None:
        pin, self._pin = self._pin, ""
        self._show_dots()
        self.submitted.emit(pin)

    def _show_dots(self) -> None:
        self._dots.setText("\u25cf " * len(self._pin) if self._pin else self.tr("Type your PIN"))
        self._dots.setAccessibleName(self.tr("PIN digits typed: {0}").format(len(self._pin)))
