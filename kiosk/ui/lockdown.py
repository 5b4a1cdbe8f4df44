"""Application-wide event filter: no context menus anywhere, and in kiosk mode no escape keys."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

# Keys that would close, leave or un-fullscreen a locked kiosk window.
_BLOCKED_KEYS = {
    Qt.Key.Key_Escape,
    Qt.Key.Key_F11,
    Qt.Key.Key_Menu,
}
_BLOCKED_SEQUENCES = {
    QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_F4),
    QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_W),
    QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q),
}


class Lockdown(QObject):
    """Install on the QApplication. Context menus (and so long-press menus) never open."""

    def __init__(self, *, kiosk_mode: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kiosk_mode = kiosk_mode

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind == QEvent.Type.ContextMenu:
            return True
        if self._kiosk_mode and kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return isinstance(event, QKeyEvent) and is_blocked_key(event)
        return False


def is_blocked_key(event: QKeyEvent) -> bool:
    if Qt.Key(event.key()) in _BLOCKED_KEYS:
        return True
    return QKeySequence(event.keyCombination()) in _BLOCKED_SEQUENCES
