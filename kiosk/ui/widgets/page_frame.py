"""The frame around the patient's pages: top bar, page, footer; and, seated, the same moved
down to the lower half of the screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Slot
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget


class _FittingLayout(QVBoxLayout):
    """A column that lets its owner size a part for the rectangle before laying it out, in the
    same pass. Sized afterwards (on a resize or layout request), the column would be laid out
    once with the old size: a pass in which the page overlaps the bars."""

    def __init__(self, parent: QWidget, fit: Callable[[QRect], None]) -> None:
        super().__init__(parent)
        self._fit = fit

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt override)
        self._fit(rect)
        super().setGeometry(rect)


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
        # A child from the start: standing, it is in no layout, and a parentless widget would be
        # a hidden window of its own, freed whenever Python's collector gets to this frame,
        # perhaps while Qt is going through every widget.
        self._space = QWidget(self)
        self._space.setObjectName("seatedSpace")
        self._layout = _FittingLayout(self, self._fit_space)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._arrange()
        # Another page may need more or less: lay out again. (A bar or page whose needs change
        # asks for that itself.)
        stack.currentChanged.connect(self._on_stack_current_changed)

    def is_seated(self) -> bool:
        return self._seated

    def set_seated(self, seated: bool) -> None:
        if seated != self._seated:
            self._seated = seated
            self._arrange()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """What the page and bars need: the space is not part of it. Showing a page or a button
        lays the window out at once, before the space is fitted to the new page; counting the
        old space then would make the window grow past the screen for good."""
        needs = super().minimumSizeHint()
        if self._seated:
            needs.setHeight(needs.height() - self._space.minimumHeight())
        return needs

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
        self._fit_space(self.rect())

    @Slot()
    def _on_stack_current_changed(self) -> None:
        self._fit_space(self.rect())

    def _fit_space(self, rect: QRect) -> None:
        """The space: half the frame, less whatever the page and bars need beyond the other half.

        Seated, the stack asks only for the shown page's minimum (not the tallest page's, which
        a stack asks for by default), so a short page gets the whole lower half."""
        if not self._seated:
            self._stack.setMinimumHeight(0)
            return
        page = self._stack.currentWidget()
        page_needs = self._height_at_width(page, rect.width()) if page is not None else 0
        bars = sum(
            self._height_at_width(bar, rect.width()) for bar in (self._top_bar, self._footer)
        )
        self._stack.setMinimumHeight(page_needs)
        height = rect.height()
        self._space.setFixedHeight(max(0, min(height // 2, height - page_needs - bars)))

    @staticmethod
    def _height_at_width(part: QWidget, width: int) -> int:
        """The least height a bar or page needs at the frame's width (wrapped text takes more
        lines than a widget's minimum size, which is for its widest, says); none if hidden."""
        if part.isHidden():
            return 0
        layout = part.layout()
        if layout is None:
            return part.minimumSizeHint().height()
        # Its own request to be laid out may still be waiting behind the frame's: take in a
        # change of text size or words now, or this pass would fit the space to the old needs.
        layout.activate()
        at_width = layout.minimumHeightForWidth(width)
        return max(part.minimumSizeHint().height(), at_width)
