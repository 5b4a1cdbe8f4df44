"""Searches everything a next patient could see or bring back for a previous patient's words."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPlainTextEdit, QWidget


def traces_of(marker: str, root: QWidget) -> list[str]:
    """Where the marker still is: widget texts, accessible names, undo histories, clipboard."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        name = widget.objectName() or type(widget).__name__
        texts = [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.text())
            while widget.isUndoAvailable():
                widget.undo()
                texts.append(widget.text())
        if isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
            while widget.document().isUndoAvailable():
                widget.undo()
                texts.append(widget.toPlainText())
        found += [f"{name}: {text!r}" for text in texts if marker in text]
    clipboard = QGuiApplication.clipboard().text()
    if marker in clipboard:
        found.append(f"clipboard: {clipboard!r}")
    return found
