"""The staff panel's reading insight: anonymous daily counts as a bar chart, one measure at a time.

Shows only what kiosk.storage.insights keeps: per day, how often each page was opened and for
how long, and how many forms were started, left and sent. Nothing about any one patient.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from enum import Enum

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.storage import DayStats, FormEvent
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.bar_chart import Bar, DailyBarChart
from kiosk.ui.widgets.chip import ChipButton
from kiosk.ui.widgets.flow import FlowLayout
from kiosk.ui.widgets.labels import make_label
from kiosk.ui.widgets.retranslating import RetranslatingWidget

TOP_PAGES = 3


class Measure(Enum):
    PAGES_OPENED = "pages"
    MINUTES_READING = "minutes"
    FORMS_SENT = "forms"


class ReadingInsightView(RetranslatingWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readingInsight")
        self._days: list[DayStats] = []
        self._titles: Mapping[str, str] = {}
        self._measure = Measure.PAGES_OPENED
        self._heading = make_label("insightHeading", "fieldLabel")
        self._chart = DailyBarChart()
        self._summary = make_label("insightSummary", "smallPrint")
        self._choices: dict[Measure, ChipButton] = {}
        choices = QWidget()
        flow = FlowLayout(choices, spacing=16)
        for measure in Measure:
            chip = ChipButton(f"insight_{measure.value}")
            chip.clicked.connect(self._on_choice_clicked)
            flow.addWidget(chip)
            self._choices[measure] = chip
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        for widget in (self._heading, choices, self._chart, self._summary):
            layout.addWidget(widget)
        self.retranslate_ui()

    def show_days(self, days: Sequence[DayStats], page_titles: Mapping[str, str]) -> None:
        """The last days' counts, oldest first; ``page_titles`` names pages for the summary."""
        self._days = list(days)
        self._titles = page_titles
        self._draw()

    def clear(self) -> None:
        self.show_days([], {})

    def set_theme(self, theme: Theme) -> None:
        self._chart.set_theme(theme)

    def measure(self) -> Measure:
        return self._measure

    def choose(self, measure: Measure) -> None:
        self._measure = measure
        self._draw()

    def retranslate_ui(self) -> None:
        self._heading.setText(self.tr("Reading insight, last 30 days (anonymous counts)"))
        for measure, chip in self._choices.items():
            chip.setText(self._measure_name(measure))
        self._draw()

    def _measure_name(self, measure: Measure) -> str:
        return {
            Measure.PAGES_OPENED: self.tr("Pages opened"),
            Measure.MINUTES_READING: self.tr("Minutes reading"),
            Measure.FORMS_SENT: self.tr("Requests sent"),
        }[measure]

    def _draw(self) -> None:
        for measure, chip in self._choices.items():
            chip.setChecked(measure is self._measure)
        bars = [Bar(str(day.day.day), self._value(day)) for day in self._days]
        self._chart.set_bars(self._measure_name(self._measure), bars)
        self._summary.setText(self._summary_text())

    def _value(self, day: DayStats) -> int:
        if self._measure is Measure.PAGES_OPENED:
            return sum(day.page_opens.values())
        if self._measure is Measure.MINUTES_READING:
            return round(sum(day.page_seconds.values()) / 60)
        return day.forms.get(FormEvent.SUBMITTED, 0)

    def _summary_text(self) -> str:
        if not self._days:
            return ""
        opens: Counter[str] = Counter()
        forms: Counter[FormEvent] = Counter()
        for day in self._days:
            opens.update(day.page_opens)
            forms.update(day.forms)
        top = ", ".join(
            f"{self._titles.get(page, page)} ({count})"
            for page, count in opens.most_common(TOP_PAGES)
        )
        lines = [
            self.tr("Forms: {0} started, {1} left unsent, {2} sent.").format(
                forms[FormEvent.STARTED], forms[FormEvent.ABANDONED], forms[FormEvent.SUBMITTED]
            )
        ]
        if top:
            lines.insert(0, self.tr("Most opened: {0}").format(top))
        return "\n".join(lines)

    @Slot()
    def _on_choice_clicked(self) -> None:
        for measure, chip in self._choices.items():
            if chip is self.sender():
                self.choose(measure)
