"""The one way pages make a label: plain text (never interpreted as HTML), wrapping, named."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def make_label(
    name: str, role: str | None = None, text: str = "", *, centred: bool = False
) -> QLabel:
    """A word-wrapping plain-text label; ``role`` picks its look in the style sheet."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if centred:
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    if role:
        label.setProperty("role", role)
    return label
