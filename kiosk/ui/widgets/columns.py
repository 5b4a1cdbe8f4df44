"""A centred column of text and buttons that scrolls under a finger, as the pages after the
reading use it."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QWidget

from kiosk.ui.widgets.kinetic import make_scroll_area

COLUMN_MAX_WIDTH_PX = 1400
SCROLL_BAR_ROOM_PX = 24


def centred_row(widget: QWidget, parent: QWidget | None = None) -> QHBoxLayout:
    """The widget centred, as wide as it may be; the scroll bar's room kept on the right so
    the buttons under a scroll area line up with the column in it."""
    layout = QHBoxLayout()
    if parent is not None:
        parent.setLayout(layout)
    layout.setContentsMargins(0, 0, SCROLL_BAR_ROOM_PX, 0)
    # The widget takes the width up to its maximum; only then do the sides share the rest.
    layout.addStretch(1)
    layout.addWidget(widget, 1000)
    layout.addStretch(1)
    return layout


def scrolled_column(name: str, column: QWidget) -> QScrollArea:
    """A finger-scrolled area holding a column of at most COLUMN_MAX_WIDTH_PX, centred."""
    column.setMaximumWidth(COLUMN_MAX_WIDTH_PX)
    holder = QWidget()
    centred_row(column, holder)
    return make_scroll_area(name, holder)
