"""Text fields for the request form: bounded, plain text only, no menus, no drag and drop."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget


class FormLineEdit(QLineEdit):
    def __init__(self, object_name: str, max_chars: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setMaxLength(max_chars)
        self.setDragEnabled(False)
        self.setAcceptDrops(False)
        self.setClearButtonEnabled(False)


class FormTextEdit(QPlainTextEdit):
    """Multi-line text with a hard limit: a paste that would go past it is refused whole."""

    def __init__(self, object_name: str, max_chars: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.max_chars = max_chars
        self.setAcceptDrops(False)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 (Qt override)
        return source.hasText() and self._room_for(len(source.text()))

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt override)
        if source.hasText() and self._room_for(len(source.text())):
            self.insertPlainText(source.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        typed = event.text()
        if typed and typed.isprintable() and not self._room_for(len(typed)):
            event.accept()  # full: the key does nothing
            return
        super().keyPressEvent(event)

    def _room_for(self, extra: int) -> bool:
        # characterCount() counts the document's closing paragraph separator as well.
        selected = len(self.textCursor().selectedText())
        return self.document().characterCount() - 1 - selected + extra <= self.max_chars
