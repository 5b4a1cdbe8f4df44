"""The staff panel's daily bar chart: honest bar heights, readable labels, and words for a
screen reader. Heights are measured on a grab of the widget, in the bar colour."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage
from PySide6.QtWidgets import QSizePolicy
from pytestqt.qtbot import QtBot

from kiosk.ui.theme import DEFAULT_THEME, HIGH_CONTRAST_THEME, Theme
from kiosk.ui.widgets.bar_chart import Bar, DailyBarChart, nice_maximum

MONTH = [Bar(str(day), value) for day, value in enumerate([3, 0, 12, 7, 41, 1, 20] * 4 + [9, 2], 1)]


def make_chart(
    qtbot: QtBot,
    values: list[int],
    *,
    width: int = 900,
    theme: Theme = DEFAULT_THEME,
) -> DailyBarChart:
    chart = DailyBarChart(theme=theme)
    qtbot.addWidget(chart)
    chart.set_bars("Pages opened", [Bar(str(i + 1), v) for i, v in enumerate(values)], "pages")
    chart.resize(width, chart.minimumHeight())
    return chart


def grab(chart: DailyBarChart) -> QImage:
    return chart.grab().toImage()


def bar_height_at(image: QImage, x: int, plot: QRect, colour: str) -> int:
    """Rows of bar colour rising without a break from the baseline at column x."""
    height = 0
    for y in range(plot.bottom(), plot.top() - 2, -1):
        if image.pixelColor(x, y) != QColor(colour):
            break
        height += 1
    return height


def colour_pixels(image: QImage, area: QRect, colour: str) -> int:
    return sum(
        image.pixelColor(x, y) == QColor(colour)
        for x in range(area.left(), area.right() + 1)
        for y in range(area.top(), area.bottom() + 1)
    )


def centres(chart: DailyBarChart) -> list[int]:
    return [rect.left() + rect.width() // 2 for rect in chart.bar_rects()]


@pytest.mark.parametrize(
    ("value", "expected"),
    [(0, 1), (1, 1), (2, 2), (3, 5), (7, 10), (10, 10), (12, 20), (45, 50), (101, 200), (500, 500)],
)
def test_the_scale_ends_on_a_nice_number(value: int, expected: int) -> None:
    assert nice_maximum(value) == expected


def test_a_negative_value_is_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        Bar("24", -1)


def test_bar_heights_are_proportional_to_the_values(qtbot: QtBot) -> None:
    values = [10, 20, 40, 5, 30]
    chart = make_chart(qtbot, values)
    image = grab(chart)
    plot = chart.plot_rect()
    heights = [bar_height_at(image, x, plot, DEFAULT_THEME.primary) for x in centres(chart)]
    assert chart.scale_maximum() == 50
    for value, height in zip(values, heights, strict=True):
        assert abs(height - value / 50 * plot.height()) <= 1.5, (value, height)
    for value, height in zip(values, heights, strict=True):
        assert abs(height - heights[0] * value / values[0]) <= 2, (value, height)


def test_the_tallest_bar_reaches_its_share_of_the_nice_maximum(qtbot: QtBot) -> None:
    chart = make_chart(qtbot, [9, 45, 0])
    plot = chart.plot_rect()
    tallest = bar_height_at(grab(chart), centres(chart)[1], plot, DEFAULT_THEME.primary)
    assert abs(tallest - 0.9 * plot.height()) <= 1

    chart.set_bars("Pages opened", [Bar("1", 50), Bar("2", 10)])
    tallest = bar_height_at(grab(chart), centres(chart)[0], plot, DEFAULT_THEME.primary)
    assert tallest == plot.height()


def test_a_zero_day_draws_no_bar(qtbot: QtBot) -> None:
    chart = make_chart(qtbot, [8, 0, 8])
    image = grab(chart)
    plot = chart.plot_rect()
    left, empty, right = centres(chart)
    column = QRect(empty - 2, plot.top(), 5, plot.height())
    assert colour_pixels(image, column, DEFAULT_THEME.primary) == 0
    assert bar_height_at(image, left, plot, DEFAULT_THEME.primary) > 0
    assert bar_height_at(image, right, plot, DEFAULT_THEME.primary) > 0


@pytest.mark.parametrize("values", [[0] * 30, []], ids=["all zero", "no days"])
def test_no_activity_shows_a_message_and_a_flat_baseline(qtbot: QtBot, values: list[int]) -> None:
    chart = make_chart(qtbot, values)
    image = grab(chart)
    plot = chart.plot_rect()
    assert chart.empty_message_shown()
    assert chart.accessibleDescription() == "No activity yet"
    assert colour_pixels(image, plot, DEFAULT_THEME.primary) == 0
    middle = QRect(plot.center().x() - 150, plot.center().y() - 20, 300, 40)
    assert colour_pixels(image, middle, DEFAULT_THEME.text) > 50, "no message text drawn"
    baseline = QRect(plot.left(), plot.bottom() + 1, plot.width(), 1)
    assert colour_pixels(image, baseline, DEFAULT_THEME.text) == plot.width()

    chart.set_bars("Pages opened", [Bar("1", 0), Bar("2", 1)])
    assert not chart.empty_message_shown()


@pytest.mark.parametrize("width", [900, 1800])
@pytest.mark.parametrize("labels", ["day", "weekday"])
def test_day_labels_never_overlap(qtbot: QtBot, width: int, labels: str) -> None:
    chart = DailyBarChart()
    qtbot.addWidget(chart)
    names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    chart.set_bars(
        "Pages opened",
        [
            Bar(bar.label if labels == "day" else f"{names[i % 7]} {bar.label}", bar.value)
            for i, bar in enumerate(MONTH)
        ],
    )
    chart.resize(width, chart.minimumHeight())
    rects = chart.label_rects()
    shown = list(rects.values())
    assert len(MONTH) - 1 in rects, "the newest day always has its label"
    if width == 900:
        assert len(shown) < len(MONTH), "30 labels cannot fit in 900 px: some are skipped"
    for i, a in enumerate(shown):
        for b in shown[i + 1 :]:
            assert not a.intersects(b), (a, b)
    image = grab(chart)
    for rect in shown:
        assert chart.rect().contains(rect)
        assert rect.top() > chart.plot_rect().bottom()
        assert colour_pixels(image, rect, DEFAULT_THEME.text) > 0, "label not drawn"


def test_day_labels_stay_at_least_18_px(qtbot: QtBot) -> None:
    chart = DailyBarChart(theme=Theme(small_px=10))
    qtbot.addWidget(chart)
    chart.set_bars("Pages opened", MONTH)
    chart.resize(900, chart.minimumHeight())
    font = QFont(chart.font())
    font.setPixelSize(18)
    assert all(
        rect.height() >= QFontMetrics(font).height() for rect in chart.label_rects().values()
    )


def test_a_screen_reader_gets_the_title_and_a_summary(qtbot: QtBot) -> None:
    chart = DailyBarChart()
    qtbot.addWidget(chart)
    chart.set_bars("Pages opened", MONTH, "pages")
    assert chart.accessibleName() == "Pages opened"
    total = sum(bar.value for bar in MONTH)
    assert chart.accessibleDescription() == (f"Total {total} pages over 30 days; most on 5: 41")
    chart.set_bars("Forms started", [Bar("1", 2), Bar("2", 3)])
    assert chart.accessibleName() == "Forms started"
    assert chart.accessibleDescription() == "Total 5 over 2 days; most on 2: 3"


def test_the_chart_follows_the_high_contrast_theme(qtbot: QtBot) -> None:
    chart = make_chart(qtbot, [4, 8])
    chart.set_theme(HIGH_CONTRAST_THEME)
    image = grab(chart)
    plot = chart.plot_rect()
    assert image.pixelColor(2, 2) == QColor(HIGH_CONTRAST_THEME.surface_bg)
    heights = [bar_height_at(image, x, plot, HIGH_CONTRAST_THEME.primary) for x in centres(chart)]
    assert heights[0] > 0
    assert abs(heights[1] - 2 * heights[0]) <= 2
    assert colour_pixels(image, plot, DEFAULT_THEME.primary) == 0


def test_the_chart_is_big_enough_for_the_staff_panel_and_grows_across(qtbot: QtBot) -> None:
    chart = DailyBarChart()
    qtbot.addWidget(chart)
    assert chart.objectName() == "dailyBarChart"
    assert chart.minimumWidth() >= 900
    assert chart.minimumHeight() >= 360
    assert chart.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Expanding
    bigger = DailyBarChart(theme=DEFAULT_THEME.scaled(1.5))
    qtbot.addWidget(bigger)
    assert bigger.minimumHeight() >= chart.minimumHeight()


def test_the_largest_bar_carries_its_value(qtbot: QtBot) -> None:
    chart = make_chart(qtbot, [5, 0, 0, 0, 0, 40, 0, 0, 0, 0, 5])
    image = grab(chart)
    rects = chart.bar_rects()
    line = QFontMetrics(chart.font()).height()

    def above(bar: QRect) -> QRect:
        return QRect(bar.left(), bar.top() - 2 * line, bar.width(), 2 * line)

    assert colour_pixels(image, above(rects[5]), DEFAULT_THEME.text) > 20
    assert colour_pixels(image, above(rects[0]), DEFAULT_THEME.text) == 0
