"""One page of the walkthrough: picture, heading, plain text, review note, Previous and Next.

Where the kiosk can speak, "Read to me" asks the window to read the page aloud; the window then
tells the page which part is being spoken, and the page marks it.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass, replace

from PySide6.QtCore import Property, QPoint, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QIcon, QResizeEvent, QShowEvent
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kiosk import resources
from kiosk.content import Page
from kiosk.content.model import Block, BulletList, Paragraph, SpokenPart
from kiosk.ui.widgets.kinetic import make_scroll_area
from kiosk.ui.widgets.labels import make_label
from kiosk.ui.widgets.qr_code import TakeHomeCode
from kiosk.ui.widgets.retranslating import RetranslatingWidget
from kiosk.ui.widgets.review_note import Today, make_review_note, review_note_text
from kiosk.ui.widgets.step_dots import StepDots
from kiosk.ui.widgets.swipe import SwipeFilter
from kiosk.ui.widgets.touch_button import TouchButton

LANDSCAPE_PICTURE_PX = 420
PORTRAIT_PICTURE_PX = 300
# The picture beside the text needs room for both: the picture and a column of about 60
# characters at 150 % text.
SIDE_BY_SIDE_MIN_WIDTH_PX = 1400
TEXT_MAX_WIDTH_PX = 1160  # about 70 characters a line at body size


def body_html(
    blocks: tuple[Block, ...],
    spoken: SpokenPart | None = None,
    colours: BodyColours | None = None,
) -> str:
    """Content blocks as the small subset of HTML that QLabel renders; all text is escaped.

    ``spoken`` marks one sentence or bullet of the body, for reading aloud.
    """
    colours = colours or BodyColours()

    def text(number: int, index: int, words: str) -> str:
        escaped = html.escape(words)
        if spoken is None or (spoken.place, spoken.block, spoken.index) != ("body", number, index):
            return escaped
        return (
            f'<span style="color:{colours.spoken_text}; '
            f'background-color:{colours.spoken_background}">{escaped}</span>'
        )

    def items(number: int, texts: tuple[str, ...], first: int = 0) -> str:
        return "".join(
            f'<li style="line-height:135%">{text(number, i, item)}</li>'
            for i, item in enumerate(texts, start=first)
        )

    parts: list[str] = []
    for number, block in enumerate(blocks):
        if isinstance(block, Paragraph):
            sentences = block.sentences()
            words = " ".join(text(number, i, sentence) for i, sentence in enumerate(sentences))
            parts.append(f'<p style="line-height:135%">{words}</p>')
        elif isinstance(block, BulletList):
            parts.append(f"<ul>{items(number, block.items)}</ul>")
        else:
            # A table is the one box with a border and a background that QLabel draws.
            parts.append(
                f'<table width="100%" cellpadding="16" cellspacing="0" border="4" '
                f'style="border: 4px solid {colours.warning}; border-collapse: collapse; '
                f'background-color: {colours.warning_background}"><tr><td>'
                f'<p style="color:{colours.warning}"><b>{text(number, 0, block.heading)}</b></p>'
                f"<ul>{items(number, block.items, first=1)}</ul></td></tr></table><p></p>"
            )
    return "".join(parts)


@dataclass(frozen=True)
class BodyColours:
    """The colours that rich text cannot take from the style sheet; the page body's properties
    (set in the style sheet) fill them in, so the high-contrast theme applies."""

    spoken_text: str = "#000000"
    spoken_background: str = "#FFFFFF"
    warning: str = "#7A1A12"
    """A warning box's border and heading."""
    warning_background: str = "#FFFFFF"


class _TextColumnLayout(QVBoxLayout):
    """Lays out the title and text in a column that is at most TEXT_MAX_WIDTH_PX wide.

    The layout around it asks for the column's height at the whole width it has, although the
    column will be no wider than its maximum: on a screen a little wider than that (1366 x 768)
    the text got fewer lines than it wraps to, and its end was cut off."""

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        column = self.parentWidget()
        return super().heightForWidth(min(width, column.maximumWidth()) if column else width)


class PageBody(QLabel):
    """The page's text; the style sheet gives the colours of the part being read aloud and of
    warning boxes."""

    def __init__(self, blocks: tuple[Block, ...]) -> None:
        super().__init__()
        self.setObjectName("pageBody")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self._blocks = blocks
        self._spoken: SpokenPart | None = None
        self._colours = BodyColours()
        self._render()

    def mark(self, spoken: SpokenPart | None) -> None:
        if spoken != self._spoken:
            self._spoken = spoken
            self._render()

    def _render(self) -> None:
        self.setText(body_html(self._blocks, self._spoken, self._colours))

    def _set_colour(self, **colour: QColor) -> None:
        self._colours = replace(self._colours, **{k: v.name() for k, v in colour.items()})
        self._render()

    # Set from the style sheet (qproperty-spokenText...), so the high-contrast theme applies.
    spokenText = Property(  # noqa: N815
        QColor,
        lambda self: QColor(self._colours.spoken_text),
        lambda self, colour: self._set_colour(spoken_text=QColor(colour)),
    )
    spokenBackground = Property(  # noqa: N815
        QColor,
        lambda self: QColor(self._colours.spoken_background),
        lambda self, colour: self._set_colour(spoken_background=QColor(colour)),
    )
    warningColour = Property(  # noqa: N815
        QColor,
        lambda self: QColor(self._colours.warning),
        lambda self, colour: self._set_colour(warning=QColor(colour)),
    )
    warningBackground = Property(  # noqa: N815
        QColor,
        lambda self: QColor(self._colours.warning_background),
        lambda self, colour: self._set_colour(warning_background=QColor(colour)),
    )


class ReadingPage(RetranslatingWidget):
    next_requested = Signal()
    previous_requested = Signal()
    read_aloud_requested = Signal()
    """"Read to me" or "Stop reading" was tapped."""
    louder_requested = Signal()
    quieter_requested = Signal()

    def __init__(
        self,
        page: Page,
        *,
        step: tuple[int, int] | None,
        has_previous: bool,
        take_home: str | None = None,
        today: Today = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        """``take_home`` is the clinic's web address for this topic, shown as a QR code."""
        super().__init__(parent)
        self.page = page
        self._today = today
        self._step = step
        self._has_previous = has_previous
        self.setObjectName(f"page_{page.id}")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        self._picture = QSvgWidget(resources.image_path(page.image))
        self._picture.setObjectName("pagePicture")
        self._picture.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self._eyebrow = make_label("stepLabel", "eyebrow")
        self._eyebrow.setVisible(step is not None)
        self._review = make_review_note()
        self._sources = make_label("sourcesNote", "smallPrint")
        self._take_home = TakeHomeCode()
        self._take_home.set_link(take_home)
        self._previous_button = TouchButton("previousButton", icon="previous")
        self._previous_button.setVisible(has_previous)
        self._next_button = TouchButton("nextButton", variant="primary", icon="next-light")
        self._next_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # arrow after text
        self._previous_button.clicked.connect(self.previous_requested)
        self._next_button.clicked.connect(self.next_requested)
        self._parts = page.spoken_parts()
        self._reading = False

        scrolled = QWidget()
        self._content_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, scrolled)
        self._content_layout.setContentsMargins(0, 0, 24, 0)
        self._content_layout.setSpacing(48)
        self._content_layout.addWidget(self._picture, 0, Qt.AlignmentFlag.AlignTop)
        self._content_layout.addWidget(self._build_text_column(), 1)
        self._scroll = make_scroll_area("pageScroll", scrolled)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 28, 32, 24)
        layout.setSpacing(20)
        layout.addWidget(self._scroll, 1)
        self._read_row = self._build_read_row()
        layout.addWidget(self._read_row)
        layout.addLayout(self._build_nav_row())

        swipe = SwipeFilter(self)
        swipe.swiped_left.connect(self.next_requested)
        swipe.swiped_right.connect(self._on_swipe_swiped_right)
        self.installEventFilter(swipe)
        self._scroll.viewport().installEventFilter(swipe)
        self._apply_orientation(landscape=True)
        self.retranslate_ui()

    def _build_text_column(self) -> QWidget:
        title = self._title = make_label("pageTitle", "heading", self.page.title)
        subtitle = self._subtitle = make_label("pageSubtitle", "subtitle", self.page.subtitle)
        subtitle.setVisible(bool(self.page.subtitle))
        body = self._body = PageBody(self.page.body)
        column = QWidget()
        column.setMaximumWidth(TEXT_MAX_WIDTH_PX)
        layout = _TextColumnLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        for widget in (self._eyebrow, title, subtitle, body, self._review, self._sources):
            layout.addWidget(widget)
        layout.addWidget(self._take_home, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return column

    def _build_read_row(self) -> QWidget:
        """ "Read to me", and while reading, "Quieter" and "Louder"; hidden where no voice."""
        self._read_button = TouchButton("readAloudButton", icon="speaker")
        self._quieter_button = TouchButton("quieterButton")
        self._louder_button = TouchButton("louderButton")
        self._read_button.clicked.connect(self.read_aloud_requested)
        self._quieter_button.clicked.connect(self.quieter_requested)
        self._louder_button.clicked.connect(self.louder_requested)
        row = QWidget()
        row.setObjectName("readAloudRow")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        layout.addWidget(self._read_button)
        layout.addWidget(self._quieter_button)
        layout.addWidget(self._louder_button)
        layout.addStretch(1)
        row.setVisible(False)
        return row

    def _build_nav_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(24)
        row.addWidget(self._previous_button)
        row.addStretch(1)
        if self._step is not None:
            row.addWidget(StepDots(*self._step))
            row.addStretch(1)
        row.addWidget(self._next_button)
        return row

    def retranslate_ui(self) -> None:
        if self._step is not None:
            self._eyebrow.setText(self.tr("Step {0} of {1}").format(*self._step))
        review = self.page.review
        self._review.setText(review_note_text(review, self._today()))
        self._sources.setText(self.tr("Sources: {0}").format("; ".join(review.sources)))
        self._previous_button.setText(self.tr("Previous"))
        # The walkthrough's last page leads on to the check of what was learned.
        self._next_button.setText(self.tr("Next"))
        self._quieter_button.setText(self.tr("Quieter"))
        self._louder_button.setText(self.tr("Louder"))
        self._show_reading_controls()

    # Reading aloud ----------------------------------------------------------------------------

    def spoken_texts(self) -> list[str]:
        """What "Read to me" reads, in order; ``mark_spoken`` takes an index into it."""
        return [part.text for part in self._parts]

    def offer_read_aloud(self, offered: bool) -> None:
        """Shows "Read to me" only where the kiosk has a voice for the page's language."""
        self._read_row.setVisible(offered)

    def set_reading(self, reading: bool) -> None:
        """While reading: "Stop reading" and the volume buttons; after: nothing marked."""
        self._reading = reading
        if not reading:
            self.mark_spoken(None)
        self._show_reading_controls()

    def mark_spoken(self, index: int | None) -> None:
        """Marks the title, subtitle, sentence or bullet being read (None: nothing)."""
        part = self._parts[index] if index is not None and 0 <= index < len(self._parts) else None
        for label, place in ((self._title, "title"), (self._subtitle, "subtitle")):
            spoken = part is not None and part.place == place
            if label.property("spoken") != spoken:
                label.setProperty("spoken", spoken)
                label.style().unpolish(label)
                label.style().polish(label)
        self._body.mark(part if part is not None and part.place == "body" else None)
        if index is not None and part is not None:
            self._keep_in_view(index)

    def _keep_in_view(self, index: int) -> None:
        """Scrolls so the part being read stays in the middle of the view. A sentence's share of
        the words before it is close enough to where it stands in the text."""
        part = self._parts[index]
        if part.place == "title":
            self._scroll.ensureWidgetVisible(self._title)
            return
        if part.place == "subtitle":
            self._scroll.ensureWidgetVisible(self._subtitle)
            return
        body = [p for p in self._parts if p.place == "body"]
        before = sum(len(p.text) for p in self._parts[:index] if p.place == "body")
        total = sum(len(p.text) for p in body) or 1
        scrolled = self._scroll.widget()
        assert scrolled is not None  # set in the constructor
        top = self._body.mapTo(scrolled, QPoint(0, 0)).y()
        y = top + round(self._body.height() * before / total)
        self._scroll.ensureVisible(0, y, 0, self._scroll.viewport().height() // 3)

    def _show_reading_controls(self) -> None:
        if self._reading:
            self._read_button.setText(self.tr("Stop reading"))
            self._read_button.setIcon(QIcon(resources.icon_path("stop")))
        else:
            self._read_button.setText(self.tr("Read to me"))
            self._read_button.setIcon(QIcon(resources.icon_path("speaker")))
        self._quieter_button.setVisible(self._reading)
        self._louder_button.setVisible(self._reading)

    def scroll_to_top(self) -> None:
        self._scroll.verticalScrollBar().setValue(0)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        # The kiosk runs for days: a review can fall due while the page waits in the stack.
        self._review.setText(review_note_text(self.page.review, self._today()))
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        # By width, not shape: seated on a tall screen the page is short and wide, and beside
        # the picture the text would have half a column.
        self._apply_orientation(landscape=event.size().width() >= SIDE_BY_SIDE_MIN_WIDTH_PX)
        super().resizeEvent(event)

    @Slot()
    def _on_swipe_swiped_right(self) -> None:
        if self._has_previous:
            self.previous_requested.emit()

    def _apply_orientation(self, *, landscape: bool) -> None:
        """Picture beside the text on a wide screen, above it on a tall one."""
        direction = (
            QBoxLayout.Direction.LeftToRight if landscape else QBoxLayout.Direction.TopToBottom
        )
        size = LANDSCAPE_PICTURE_PX if landscape else PORTRAIT_PICTURE_PX
        self._content_layout.setDirection(direction)
        self._picture.setFixedSize(QSize(size, size))
        alignment = Qt.AlignmentFlag.AlignTop if landscape else Qt.AlignmentFlag.AlignHCenter
        self._content_layout.setAlignment(self._picture, alignment)
