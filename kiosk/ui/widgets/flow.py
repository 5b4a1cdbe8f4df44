"""A layout that puts widgets side by side while they fit and wraps onto new lines when not.

Buttons and chips keep their natural size, so big text never squeezes their words; on a
narrow portrait screen or at 150 % text they simply take more lines. With `stretch`, each line
is shared out so the buttons fill it.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        spacing: int = 16,
        stretch: bool = False,
        report_height_for_width: bool = True,
    ) -> None:
        """`report_height_for_width=False` is for a row beside a scroll area: Qt would take
        the scroll area's full preferred height as the minimum of their shared parent. The
        row then sets its own minimum height each time it is laid out instead."""
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch = stretch
        self._report_hfw = report_height_for_width
        self.setSpacing(spacing)
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt override)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt override)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return self._report_hfw

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt override)
        super().setGeometry(rect)
        height = self._arrange(rect, move=True)
        owner = self.parentWidget()
        if not self._report_hfw and owner is not None and owner.minimumHeight() != height:
            owner.setMinimumHeight(height)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt override)
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.sizeHint())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        gap = self.spacing()
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible():
            width = item.sizeHint().width()
            if lines[-1] and used + gap + width > area.width():
                lines.append([])
                used = 0
            used += (gap if lines[-1] else 0) + width
            lines[-1].append(item)
        y = area.top()
        for line in lines:
            if not line:
                continue
            height = max(item.sizeHint().height() for item in line)
            if move:
                self._place_line(line, QPoint(area.left(), y), area.width(), height)
            y += height + gap
        return y - gap - area.top() + margins.top() + margins.bottom() if self._visible() else 0

    def _place_line(self, line: list[QLayoutItem], origin: QPoint, width: int, height: int) -> None:
        gap = self.spacing()
        natural = sum(item.sizeHint().width() for item in line) + gap * (len(line) - 1)
        extra = (width - natural) // len(line) if self._stretch and natural < width else 0
        x = origin.x()
        for item in line:
            item_width = min(item.sizeHint().width() + extra, width)
            item.setGeometry(QRect(x, origin.y(), item_width, height))
            x += item_width + gap
