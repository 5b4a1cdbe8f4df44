"""What a patient would notice on a screen: small targets, small text, clipped text, low contrast.

Each check returns a list of human-readable problems (empty when the screen is fine), so a
failing test says which widget on which screen is wrong.
"""

from __future__ import annotations

from array import array
from collections import Counter

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QFontInfo, QFontMetrics, QImage
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QLineEdit, QWidget

from kiosk.ui.theme import contrast_ratio

MIN_TARGET_PX = 80
MIN_TEXT_PX = 28
MIN_CONTRAST = 7.0


def shown(root: QWidget, kind: type[QWidget]) -> list[QWidget]:
    return [w for w in root.findChildren(kind) if w.isVisible()]


def texts(root: QWidget) -> list[QWidget]:
    """Visible labels and buttons that carry words."""
    return [w for w in shown(root, QLabel) if _text_of(w)] + [
        w for w in shown(root, QAbstractButton) if _text_of(w)
    ]


def small_targets(root: QWidget) -> list[str]:
    return [
        f"{_name(b)} is {b.width()}x{b.height()} px"
        for b in shown(root, QAbstractButton)
        if b.width() < MIN_TARGET_PX or b.height() < MIN_TARGET_PX
    ]


def above_half(root: QWidget, screen_height: int) -> list[str]:
    """Controls whose part in view has its centre in the upper half of the screen. A control
    scrolled out of view is out of reach for everyone; scrolled in, it comes into the view."""
    problems = []
    for control in shown(root, QAbstractButton) + shown(root, QLineEdit):
        in_view = _visible_rect(control, root)
        if not in_view.isEmpty() and in_view.center().y() < screen_height // 2:
            problems.append(f"{_name(control)} at y={in_view.center().y()}")
    return problems


def small_text(root: QWidget) -> list[str]:
    return [
        f"{_name(w)} text is {QFontInfo(w.font()).pixelSize()} px"
        for w in texts(root)
        if QFontInfo(w.font()).pixelSize() < MIN_TEXT_PX
    ]


def clipped_text(root: QWidget) -> list[str]:
    """Text that does not fit its widget, or a widget cut off by its parent or the window."""
    problems = []
    for widget in texts(root):
        if isinstance(widget, QLabel) and widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height():
                problems.append(
                    f"{_name(widget)} needs {needed} px of height, has {widget.height()}"
                )
            longest_word = widget.minimumSizeHint().width()
            if longest_word > widget.width():
                problems.append(
                    f"{_name(widget)} has a word {longest_word} px wide in {widget.width()}"
                )
        else:
            hint = widget.sizeHint()
            if hint.width() > widget.width() or hint.height() > widget.height():
                problems.append(
                    f"{_name(widget)} needs {hint.width()}x{hint.height()}, "
                    f"has {widget.width()}x{widget.height()}"
                )
        cut = _cut_by_ancestor(widget, root)
        if cut:
            problems.append(f"{_name(widget)} is cut off by {cut}")
    return problems


def low_contrast(root: QWidget, image: QImage) -> list[str]:
    """Contrast between each text's most common pixel (its background) and its strongest
    differing pixel (the ink), measured on a grab of the whole window as a patient sees it."""
    problems = []
    for widget in texts(root):
        area = _visible_rect(widget, root)
        if isinstance(widget, QAbstractButton):
            # Keep the middle of the button: rounded corners show the page behind them.
            area = area.adjusted(24, 20, -24, -20)
        if area.width() < 4 or area.height() < QFontMetrics(widget.font()).height():
            continue  # scrolled almost out of view: measured when scrolled into view
        ratio = _ink_contrast(image.copy(area))
        if ratio < MIN_CONTRAST:
            problems.append(f"{_name(widget)} has contrast {ratio:.2f}:1")
    return problems


def _ink_contrast(image: QImage) -> float:
    pixels = array("I", bytes(image.convertToFormat(QImage.Format.Format_RGB32).constBits()))
    counts = Counter(value & 0xFFFFFF for value in pixels)
    background = _hex(counts.most_common(1)[0][0])
    return max(contrast_ratio(_hex(colour), background) for colour in counts)


def _hex(rgb: int) -> str:
    return QColor.fromRgb(rgb).name()


def _visible_rect(widget: QWidget, root: QWidget) -> QRect:
    """The part of the widget on screen, in root coordinates (scrolled-away parts removed)."""
    rect = QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        rect = rect.intersected(QRect(parent.mapTo(root, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return rect.intersected(root.rect())


def _cut_by_ancestor(widget: QWidget, root: QWidget) -> str | None:
    """Names the ancestor that hides part of the widget; scroll areas only hide vertically."""
    child: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None:
        inside = parent.rect().contains(child.geometry())
        scrolling = isinstance(parent.parentWidget(), QAbstractScrollArea)
        if scrolling:
            fits_across = (
                child.geometry().left() >= 0 and child.geometry().right() <= parent.width()
            )
            if not fits_across:
                return _name(parent)
        elif not inside:
            return _name(parent)
        if parent is root:
            return None
        child, parent = parent, parent.parentWidget()
    return None


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        return widget.text()
    if isinstance(widget, QAbstractButton):
        return widget.text()
    return ""


def _name(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__
