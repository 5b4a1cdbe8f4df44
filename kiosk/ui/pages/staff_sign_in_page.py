"""Staff sign-in: choose your name, type your own PIN. Reached only by a 3-second hold.

The PIN is checked on a worker thread (scrypt takes a moment) and the pad is off meanwhile.
After wrong PINs the page says how long to wait, never how close a guess was.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk.staff import (
    Disabled,
    MustWait,
    SignedIn,
    SignInResult,
    StaffDirectory,
    UnknownName,
    WrongPin,
)
from kiosk.storage import StorageError
from kiosk.ui.background import BackgroundTask
from kiosk.ui.widgets.kinetic import make_scroll_area
from kiosk.ui.widgets.labels import make_label
from kiosk.ui.widgets.pin_pad import PinPad
from kiosk.ui.widgets.retranslating import RetranslatingWidget
from kiosk.ui.widgets.tile_button import TileButton
from kiosk.ui.widgets.touch_button import TouchButton


class StaffSignInPage(RetranslatingWidget):
    signed_in = Signal(str)
    cancelled = Signal()

    def __init__(self, directory: StaffDirectory | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffSignInPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._directory = directory
        self._name = ""
        self._check = BackgroundTask(self)
        self._check.finished.connect(self._on_check_finished)
        self._check.failed.connect(self._on_check_failed)

        self._heading = make_label("staffHeading", "heading")
        self._message = make_label("staffMessage", None)
        self._names_holder = QWidget()
        self._names = QVBoxLayout(self._names_holder)
        self._names.setSpacing(16)
        names_scroll = make_scroll_area("staffNamesScroll", self._names_holder)
        self._pin_pad = PinPad()
        self._pin_pad.setMaximumWidth(700)
        self._pin_pad.submitted.connect(self._on_pin_pad_submitted)
        pin_view = QWidget()
        pin_layout = QVBoxLayout(pin_view)
        pin_layout.addWidget(self._pin_pad, 0, Qt.AlignmentFlag.AlignHCenter)
        pin_layout.addStretch(1)
        self._views = QStackedWidget()
        self._views.addWidget(names_scroll)
        self._views.addWidget(pin_view)
        self._cancel = TouchButton("staffCancelButton")
        self._cancel.clicked.connect(self.cancelled)

        words = QVBoxLayout()
        words.setSpacing(24)
        words.addWidget(self._heading)
        words.addWidget(self._message)
        words.addStretch(1)
        words.addWidget(self._cancel, 0, Qt.AlignmentFlag.AlignLeft)
        # The names or the PIN pad beside the words on a wide screen (a 720-pixel-high panel
        # has no room for both above each other), under them on a tall one.
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(64, 32, 64, 32)
        self._layout.setSpacing(48)
        self._layout.addLayout(words, 1)
        self._layout.addWidget(self._views)
        self.retranslate_ui()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        wide = event.size().width() > event.size().height()
        self._layout.setDirection(
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        )
        super().resizeEvent(event)

    def begin(self) -> None:
        """Fresh for each visit: the names as they are now, no PIN typed, no message."""
        self._name = ""
        self._pin_pad.clear()
        self._pin_pad.set_enabled_input(True)
        self._views.setCurrentIndex(0)
        self._clear_names()
        names = self._staff_names()
        for index, name in enumerate(names):
            button = TileButton(f"staffName_{index}")
            button.set_label(name)
            button.clicked.connect(lambda _checked=False, n=name: self._choose(n))
            self._names.addWidget(button)
        self._names.addStretch(1)
        if self._directory is None:
            self._say(self.tr("The staff list cannot be read. Ask IT to run: kiosk doctor"))
        elif not names:
            self._say(self.tr("No staff accounts yet. Ask IT to add one: kiosk staff add NAME"))
        else:
            self._say(self.tr("Choose your name."))

    def use_directory(self, directory: StaffDirectory) -> None:
        """The staff accounts, readable now (the database opened after the start)."""
        self._directory = directory

    def clear(self) -> None:
        """No name, PIN digit or message left once the sign-in is over."""
        self._name = ""
        self._pin_pad.clear()
        self._clear_names()
        self._say("")

    def _clear_names(self) -> None:
        while self._names.count():
            item = self._names.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.setParent(None)  # gone from the window now, not at the next event loop
                old.deleteLater()

    def retranslate_ui(self) -> None:
        self._heading.setText(self.tr("Staff sign-in"))
        self._cancel.setText(self.tr("Cancel"))

    def _staff_names(self) -> list[str]:
        if self._directory is None:
            return []
        try:
            return self._directory.names()
        except StorageError:
            self._directory = None
            return []

    def _choose(self, name: str) -> None:
        self._name = name
        self._pin_pad.clear()
        self._views.setCurrentIndex(1)
        self._say(self.tr("{0}, type your PIN.").format(name))

    @Slot(str)
    def _on_pin_pad_submitted(self, pin: str) -> None:
        directory = self._directory
        if directory is None or not self._name:
            return
        name = self._name
        if self._check.run(lambda: directory.sign_in(name, pin)):
            self._pin_pad.set_enabled_input(False)
            self._say(self.tr("Checking..."))

    @Slot(object)
    def _on_check_finished(self, result: SignInResult) -> None:
        self._pin_pad.set_enabled_input(True)
        if isinstance(result, SignedIn):
            self.signed_in.emit(result.name)
        elif isinstance(result, WrongPin | MustWait):
            if result.wait_seconds:
                self._say(
                    self.tr("That PIN did not work. Please wait {0} before trying again.").format(
                        _duration(result.wait_seconds)
                    )
                )
            else:
                self._say(self.tr("That PIN did not work. Please try again."))
        elif isinstance(result, Disabled):
            self._say(self.tr("This account is locked. Ask IT to run: kiosk staff reset NAME"))
        elif isinstance(result, UnknownName):
            self.begin()

    @Slot(object)
    def _on_check_failed(self, error: object) -> None:
        self._pin_pad.set_enabled_input(True)
        self._say(self.tr("The PIN could not be checked. Please try again, or ask IT."))

    def _say(self, text: str) -> None:
        self._message.setText(text)


def _duration(seconds: int) -> str:
    minutes, rest = divmod(seconds, 60)
    if minutes and rest:
        return f"{minutes} min {rest} s"
    return f"{minutes} min" if minutes else f"{rest} s"
