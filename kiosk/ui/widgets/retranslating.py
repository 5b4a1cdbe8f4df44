"""Base for every screen part with words on it: the language can change while it is shown."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget


class RetranslatingWidget(QWidget):
    def retranslate_ui(self) -> None:
        """Sets every translatable text; called once at build and on each language change."""
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
