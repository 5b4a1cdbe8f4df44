"""The language button: it names the other language in that language ("Español", "English"),
so a patient who cannot read the current one still finds it."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QWidget

from kiosk.ui.widgets.touch_button import TouchButton

NATIVE_NAMES = {"en": "English", "es": "Español"}


class LanguageButton(TouchButton):
    language_chosen = Signal(str)

    def __init__(self, object_name: str, languages: list[str], parent: QWidget | None = None):
        super().__init__(object_name, parent=parent)
        self._languages = languages
        self._next = ""
        self.setVisible(len(languages) > 1)
        self.clicked.connect(self._on_clicked)
        self.show_language(languages[0])

    def show_language(self, current: str) -> None:
        """Offers the language after the current one (with two: the other one)."""
        index = self._languages.index(current) if current in self._languages else -1
        self._next = self._languages[(index + 1) % len(self._languages)]
        name = NATIVE_NAMES.get(self._next, self._next)
        self.setText(name)
        self.setAccessibleName(name)

    @Slot()
    def _on_clicked(self) -> None:
        self.language_chosen.emit(self._next)
