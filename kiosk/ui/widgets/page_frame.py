"""The frame around the patient's pages: top bar, page, footer; and, seated, the same moved
down to the lower half of the screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget


class PageFrame(QWidget):
    """Top bar, the page stack, footer.

    Seated, an empty space fills the upper half and the bars follow the page, so every control
    is within reach from a wheelchair. The space never takes room the page needs: where the
    page's minimum and the bars do not fit in the lower half (a landscape screen, large text),
    it gives way and the page starts higher, rather than the window growing past the screen or
    the page being squeezed below its minimum."""

    def __init__(
        self,
        top_bar: QWidget,
        stack: QStackedWidget,
        footer: QWidget,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("framedPages")
        self._top_bar = top_bar
        self._stack = stack
        self._footer = footer
        self._seated = False
        self._space = QWidget()
        self._space.setObjectName("seatedSpace")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._arrange()
        stack.currentChanged.connect(self._fit_space)
        # A bar or page changed what it needs (text size, language, a button shown or hidden),
        # or a bar came or went.
        # Heard from the bars and the stack themselves, after their own layouts have taken
        # the change in and before the frame's does: a frame laid out with the old space would
        # ask the window to grow.
        for part in (top_bar, stack, footer):
            part.installEventFilter(self)

    def is_seated(self) -> bool:
        return self._seated

    def set_seated(self, seated: bool) -> None:
        if seated != self._seated:
            self._seated = seated
            self._arrange()

    def _arrange(self) -> None:
        for widget in (self._space, self._top_bar, self._stack, self._footer):
            self._layout.removeWidget(widget)
        order = (
            [self._space, self._stack, self._top_bar, self._footer]
            if self._seated
            else [self._top_bar, self._stack, self._footer]
        )
        for widget in order:
            self._layout.addWidget(widget, 1 if widget is self._stack else 0)
        self._space.setVisible(self._seated)
        self._fit_space()

    @Slot()
    def _fit_space(self) -> None:
        """The space: half the frame, less whatever the page and bars need beyond the other half.

        Seated, the stack asks only for the shown page's minimum (not the tallest page's, which
        a stack asks for by default), so a short page gets the whole lower half."""
        if not self._seated:
            self._stack.setMinimumHeight(0)
            return
        page = self._stack.currentWidget()
        page_needs = self._height_at_width(page) if page is not None else 0
        bars = self._height_at_width(self._top_bar) + self._height_at_width(self._footer)
        needed = page_needs + bars
        height = self.height()
        self._stack.setMinimumHeight(page_needs)
        self._space.setFixedHeight(max(0, min(height // 2, height - needed)))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """What the page and bars need: the space is not part of it. Showing a page or a button
        lays the window out at once, before the space is fitted to the new page; counting the
        old space then would make the window grow past the screen for good."""
        needs = super().minimumSizeHint()
        if self._seated:
            needs.setHeight(needs.height() - self._space.minimumHeight())
        return needs

    def _height_at_width(self, part: QWidget) -> int:
        """The least height a bar or page needs at the frame's width (wrapped text takes more
        lines than a widget's minimum size, which is for its widest, says)."""
        if part.isHidden():
            return 0
        layout = part.layout()
        at_width = layout.minimumHeightForWidth(self.width()) if layout is not None else -1
        return max(part.minimumSizeHint().height(), at_width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show, QEvent.Type.Hide):
            self._fit_space()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        self._fit_space()
        super().resizeEvent(event)
