"""One page of the walkthrough: picture, heading, plain text, review note, Previous and Next."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk import resources
from kiosk.content import Page
from kiosk.content.model import Block, BulletList, Paragraph
from kiosk.ui.widgets.kinetic import make_kinetic
from kiosk.ui.widgets.labels import make_label
from kiosk.ui.widgets.retranslating import RetranslatingWidget
from kiosk.ui.widgets.step_dots import StepDots
from kiosk.ui.widgets.swipe import SwipeFilter
from kiosk.ui.widgets.touch_button import TouchButton

LANDSCAPE_PICTURE_PX = 420
PORTRAIT_PICTURE_PX = 300
TEXT_MAX_WIDTH_PX = 1160  # about 70 characters a line at body size


def body_html(blocks: tuple[Block, ...]) -> str:
    """Content blocks as the small subset of HTML that QLabel renders; all text is escaped."""
    parts: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            parts.append(f'<p style="line-height:135%">{html.escape(block.text)}</p>')
        elif isinstance(block, BulletList):
            items = "".join(
                f'<li style="line-height:135%">{html.escape(item)}</li>' for item in block.items
            )
            parts.append(f"<ul>{items}</ul>")
    return "".join(parts)


class ReadingPage(RetranslatingWidget):
    next_requested = Signal()
    previous_requested = Signal()

    def __init__(
        self,
        page: Page,
        *,
        step: tuple[int, int] | None,
        has_previous: bool,
        is_last: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.page = page
        self._step = step
        self._has_previous = has_previous
        self._is_last = is_last
        self.setObjectName(f"page_{page.id}")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        self._picture = QSvgWidget(resources.image_path(page.image))
        self._picture.setObjectName("pagePicture")
        self._picture.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self._eyebrow = make_label("stepLabel", "eyebrow")
        self._eyebrow.setVisible(step is not None)
        self._review = make_label("reviewNote", "smallPrint")
        self._sources = make_label("sourcesNote", "smallPrint")
        self._previous_button = TouchButton("previousButton", icon="previous")
        self._previous_button.setVisible(has_previous)
        self._next_button = TouchButton("nextButton", variant="primary", icon="next-light")
        self._next_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # arrow after text
        self._previous_button.clicked.connect(self.previous_requested)
        self._next_button.clicked.connect(self.next_requested)

        scrolled = QWidget()
        self._content_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, scrolled)
        self._content_layout.setContentsMargins(0, 0, 24, 0)
        self._content_layout.setSpacing(48)
        self._content_layout.addWidget(self._picture, 0, Qt.AlignmentFlag.AlignTop)
        self._content_layout.addWidget(self._build_text_column(), 1)
        self._scroll = QScrollArea()
        self._scroll.setObjectName("pageScroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setWidget(scrolled)
        make_kinetic(self._scroll)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 28, 32, 24)
        layout.setSpacing(20)
        layout.addWidget(self._scroll, 1)
        layout.addLayout(self._build_nav_row())

        swipe = SwipeFilter(self)
        swipe.swiped_left.connect(self.next_requested)
        swipe.swiped_right.connect(self._on_swipe_swiped_right)
        self.installEventFilter(swipe)
        self._scroll.viewport().installEventFilter(swipe)
        self._apply_orientation(landscape=True)
        self.retranslate_ui()

    def _build_text_column(self) -> QWidget:
        title = make_label("pageTitle", "heading", self.page.title)
        subtitle = make_label("pageSubtitle", "subtitle", self.page.subtitle)
        subtitle.setVisible(bool(self.page.subtitle))
        body = make_label("pageBody", None, body_html(self.page.body))
        body.setTextFormat(Qt.TextFormat.RichText)
        column = QWidget()
        column.setMaximumWidth(TEXT_MAX_WIDTH_PX)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        for widget in (self._eyebrow, title, subtitle, body, self._review, self._sources):
            layout.addWidget(widget)
        layout.addStretch(1)
        return column

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
        if review.is_reviewed and review.reviewed_on is not None:
            self._review.setText(
                self.tr("Reviewed by {0} on {1}. For learning only, not medical advice.").format(
                    review.reviewed_by, review.reviewed_on.isoformat()
                )
            )
        else:
            self._review.setText(
                self.tr(
                    "Not yet reviewed by your care team. For learning only, not medical advice."
                )
            )
        self._sources.setText(self.tr("Sources: {0}").format("; ".join(review.sources)))
        self._previous_button.setText(self.tr("Previous"))
        # The walkthrough's last page leads back to the topic menu.
        self._next_button.setText(self.tr("All topics") if self._is_last else self.tr("Next"))

    def scroll_to_top(self) -> None:
        self._scroll.verticalScrollBar().setValue(0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        self._apply_orientation(landscape=event.size().width() > event.size().height())
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
