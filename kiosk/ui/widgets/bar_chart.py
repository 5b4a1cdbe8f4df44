"""A bar chart of daily counts (the staff panel's last 30 days), painted with QPainter.

The app applies its theme as one style sheet and does not hand the Theme to widgets, and a
style sheet cannot colour what a widget paints itself: the chart takes its Theme in the
constructor or through set_theme().
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.ui.theme import DEFAULT_THEME, Theme
from kiosk.ui.widgets.retranslating import RetranslatingWidget

MIN_WIDTH_PX = 900
MIN_HEIGHT_PX = 360
MIN_PLOT_HEIGHT_PX = 160
MIN_LABEL_PX = 18
MARGIN_PX = 16
SPACING_PX = 8
LABEL_PADDING_PX = 6
"""Added on each side of an x label's text, so neighbouring labels never touch."""
BAR_SHARE = 0.7
"""The part of each day's slot the bar fills; the rest is the gap."""
MIN_BAR_PX = 2
"""A day with any activity stays visible even next to a much busier day."""


@dataclass(frozen=True)
class Bar:
    label: str
    """Short x-axis label, e.g. "24"; the chart may skip some to avoid overlap."""
    value: int

    def __post_init__(self) -> None:
        if self.value < 0:
            raise ValueError(f"a bar cannot be negative: {self.label!r} is {self.value}")


def nice_maximum(value: int) -> int:
    """The smallest 1, 2 or 5 x 10^n that is at least value (and at least 1)."""
    scale = 1
    while True:
        for step in (1, 2, 5):
            if step * scale >= value:
                return step * scale
        scale *= 10


@dataclass(frozen=True)
class _Layout:
    title: QRect
    plot: QRect
    """The baseline is plot.bottom() + 1; the nice maximum sits at plot.top()."""
    slot: float
    bar_width: int


class DailyBarChart(RetranslatingWidget):
    def __init__(self, parent: QWidget | None = None, *, theme: Theme = DEFAULT_THEME) -> None:
        super().__init__(parent)
        self.setObjectName("dailyBarChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._title = ""
        self._unit = ""
        self._bars: tuple[Bar, ...] = ()
        self._theme = theme
        self.set_theme(theme)
        self.retranslate_ui()

    def set_bars(self, title: str, bars: Sequence[Bar], unit: str = "") -> None:
        self._title = title
        self._bars = tuple(bars)
        self._unit = unit
        self.retranslate_ui()

    def bars(self) -> tuple[Bar, ...]:
        return self._bars

    def set_theme(self, theme: Theme) -> None:
        """Colours and text sizes; call again when the display (contrast, text size) changes."""
        self._theme = theme
        needed = (
            2 * MARGIN_PX
            + self._line_height(self._title_font())
            + 3 * SPACING_PX
            + 2 * self._line_height(self._label_font())
            + MIN_PLOT_HEIGHT_PX
        )
        self.setMinimumSize(MIN_WIDTH_PX, max(MIN_HEIGHT_PX, needed))
        self.updateGeometry()
        self.update()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self._title)
        self.setAccessibleDescription(self.summary())
        self.update()

    def summary(self) -> str:
        """What a screen reader says about the data (the accessible description)."""
        if self.empty_message_shown():
            return self.tr("No activity yet")
        total = sum(bar.value for bar in self._bars)
        top = self._bars[self._peak_index()]
        if self._unit:
            return self.tr("Total {0} {1} over {2} days; most on {3}: {4}").format(
                total, self._unit, len(self._bars), top.label, top.value
            )
        return self.tr("Total {0} over {1} days; most on {2}: {3}").format(
            total, len(self._bars), top.label, top.value
        )

    def empty_message_shown(self) -> bool:
        return all(bar.value == 0 for bar in self._bars)

    def scale_maximum(self) -> int:
        return nice_maximum(max((bar.value for bar in self._bars), default=0))

    def plot_rect(self) -> QRect:
        """The bars' area: its bottom edge rests on the baseline, its top is the nice maximum."""
        return self._layout().plot

    def bar_rects(self) -> list[QRect]:
        """One rectangle per bar, in order; empty (zero height) for a zero value."""
        layout = self._layout()
        plot = layout.plot
        maximum = self.scale_maximum()
        rects = []
        for index, bar in enumerate(self._bars):
            height = round(bar.value / maximum * plot.height())
            if bar.value > 0:
                height = max(height, MIN_BAR_PX)
            left = plot.left() + round(index * layout.slot + (layout.slot - layout.bar_width) / 2)
            rects.append(QRect(left, plot.bottom() + 1 - height, layout.bar_width, height))
        return rects

    def label_rects(self) -> dict[int, QRect]:
        """The x labels that are drawn, by bar index, thinned (every 2nd, 5th, 10th... day
        counted back from the newest) until no two overlap."""
        layout = self._layout()
        metrics = QFontMetrics(self._label_font())
        top = layout.plot.bottom() + 1 + SPACING_PX
        height = self._line_height(self._label_font())
        count = len(self._bars)
        for step in _label_steps(count):
            rects: dict[int, QRect] = {}
            for index in range(count - 1, -1, -step):
                text = self._bars[index].label
                if not text:
                    continue
                width = metrics.horizontalAdvance(text) + 2 * LABEL_PADDING_PX
                centre = layout.plot.left() + (index + 0.5) * layout.slot
                left = round(centre - width / 2)
                # Kept clear of the y-axis labels on the left and of the widget's right edge.
                left = max(layout.plot.left(), min(left, layout.plot.right() + 1 - width))
                rects[index] = QRect(left, top, width, height)
            if not any(a.intersects(b) for a, b in combinations(rects.values(), 2)):
                return dict(sorted(rects.items()))
        return {}

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        theme = self._theme
        layout = self._layout()
        plot = layout.plot
        baseline = plot.bottom() + 1
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), QColor(theme.surface_bg))
            painter.setPen(QColor(theme.text))
            painter.setFont(self._title_font())
            title = painter.fontMetrics().elidedText(
                self._title, Qt.TextElideMode.ElideRight, layout.title.width()
            )
            painter.drawText(
                layout.title, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title
            )
            painter.setFont(self._label_font())
            if self.empty_message_shown():
                painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No activity yet"))
            else:
                self._paint_scale(painter, layout)
                for rect in self.bar_rects():
                    if rect.height() > 0:
                        painter.fillRect(rect, QColor(theme.primary))
                self._paint_peak_label(painter)
            painter.setPen(QColor(theme.text))
            for index, rect in self.label_rects().items():
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._bars[index].label)
            painter.fillRect(QRect(plot.left(), baseline, plot.width(), 2), QColor(theme.text))
        finally:
            painter.end()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self.minimumSize()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(max(1200, self.minimumWidth()), self.minimumHeight())

    def _paint_scale(self, painter: QPainter, layout: _Layout) -> None:
        """0 and the nice maximum on the y axis, with a dotted line at the maximum."""
        plot = layout.plot
        height = self._line_height(self._label_font())
        gutter = QRect(MARGIN_PX, 0, plot.left() - MARGIN_PX - SPACING_PX, height)
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.setPen(QColor(self._theme.muted_text))
        painter.drawText(gutter.translated(0, plot.bottom() + 1 - height // 2), align, "0")
        painter.drawText(
            gutter.translated(0, plot.top() - height // 2), align, str(self.scale_maximum())
        )
        painter.setPen(QPen(QColor(self._theme.muted_text), 1, Qt.PenStyle.DotLine))
        painter.drawLine(plot.left(), plot.top(), plot.right(), plot.top())

    def _paint_peak_label(self, painter: QPainter) -> None:
        index = self._peak_index()
        bar = self.bar_rects()[index]
        text = str(self._bars[index].value)
        metrics = QFontMetrics(self._label_font())
        width = metrics.horizontalAdvance(text) + 2 * LABEL_PADDING_PX
        height = self._line_height(self._label_font())
        plot = self.plot_rect()
        left = round(bar.left() + bar.width() / 2 - width / 2)
        left = max(plot.left(), min(left, plot.right() + 1 - width))
        rect = QRect(left, bar.top() - SPACING_PX // 2 - height, width, height)
        # Clears the dotted maximum line where the label crosses it.
        painter.fillRect(rect, QColor(self._theme.surface_bg))
        painter.setPen(QColor(self._theme.text))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    def _peak_index(self) -> int:
        values = [bar.value for bar in self._bars]
        return values.index(max(values))

    def _layout(self) -> _Layout:
        title_height = self._line_height(self._title_font())
        label_height = self._line_height(self._label_font())
        metrics = QFontMetrics(self._label_font())
        gutter = metrics.horizontalAdvance(str(self.scale_maximum())) + SPACING_PX
        title = QRect(MARGIN_PX, MARGIN_PX, self.width() - 2 * MARGIN_PX, title_height)
        # The band above the plot holds the largest bar's value when it reaches the maximum.
        top = title.bottom() + 1 + SPACING_PX + label_height + SPACING_PX
        bottom = self.height() - MARGIN_PX - label_height - SPACING_PX
        left = MARGIN_PX + gutter
        plot = QRect(left, top, max(1, self.width() - MARGIN_PX - left), max(1, bottom - top))
        count = max(1, len(self._bars))
        slot = plot.width() / count
        return _Layout(title, plot, slot, max(1, int(slot * BAR_SHARE)))

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(self._theme.body_px)
        font.setBold(True)
        return font

    def _label_font(self) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(MIN_LABEL_PX, self._theme.small_px))
        return font

    @staticmethod
    def _line_height(font: QFont) -> int:
        return QFontMetrics(font).height()


def _label_steps(count: int) -> list[int]:
    """1, 2, 5, 10, 20, 50... below count, then count itself (the newest label alone)."""
    steps = []
    scale = 1
    while scale < count:
        steps += [step * scale for step in (1, 2, 5) if step * scale < count]
        scale *= 10
    return [*steps, max(1, count)]
