"""Finger scrolling for scroll areas (QScroller), the same everywhere text can overflow."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QScrollArea,
    QScroller,
    QScrollerProperties,
    QWidget,
)


def make_kinetic(area: QAbstractScrollArea) -> None:
    """Drag to scroll with a finger (or mouse), with gentle deceleration and no rubber band.

    Touch screens deliver taps and drags as synthesised mouse events to widgets that do not take
    touch events, so the left-button gesture serves both.
    """
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(area.viewport())
    properties = scroller.scrollerProperties()
    off = QScrollerProperties.OvershootPolicy.OvershootAlwaysOff
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.VerticalOvershootPolicy, off)
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy, off)
    scroller.setScrollerProperties(properties)


def make_scroll_area(name: str, content: QWidget) -> QScrollArea:
    """``content`` in a vertical scroll area a finger drags, for a screen whose words fit a
    kiosk panel at the usual text size but may not fit a small one at a large size."""
    area = QScrollArea()
    area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setWidget(content)
    make_kinetic(area)
    return area
