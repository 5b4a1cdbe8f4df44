"""The topic menu ("Home"): every section one tap away, the walkthrough from the start, the
check of what was learned and the questions to ask the care team."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from kiosk import resources
from kiosk.content import Library, Page, Section
from kiosk.ui.widgets.kinetic import make_scroll_area
from kiosk.ui.widgets.retranslating import RetranslatingWidget
from kiosk.ui.widgets.tile_button import TileButton
from kiosk.ui.widgets.touch_button import TouchButton

THREE_COLUMNS_PX = 1400


def menu_entries(library: Library) -> list[Page]:
    """One entry per page, except the five steps, which share one entry (the first step)."""
    entries: list[Page] = []
    for page in library.pages:
        if page.section is Section.STEPS and any(e.section is Section.STEPS for e in entries):
            continue
        entries.append(page)
    return entries


class MenuPage(RetranslatingWidget):
    topic_chosen = Signal(str)
    walkthrough_requested = Signal()
    check_requested = Signal()
    questions_requested = Signal()

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("menuPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._entries = menu_entries(library)
        self._columns = 0

        self._heading = QLabel()
        self._heading.setObjectName("menuHeading")
        self._heading.setProperty("role", "heading")
        self._heading.setWordWrap(True)
        self._walkthrough_button = TouchButton(
            "walkthroughButton", variant="primary", icon="next-light"
        )
        self._walkthrough_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self._walkthrough_button.clicked.connect(self.walkthrough_requested)

        self._topic_tiles: list[TileButton] = []
        self._grid = QGridLayout()
        self._grid.setSpacing(20)
        for page in self._entries:
            tile = TileButton(f"topic_{page.id}", resources.image_path(page.image))
            tile.clicked.connect(
                lambda _checked=False, page_id=page.id: self.topic_chosen.emit(page_id)
            )
            self._topic_tiles.append(tile)
        self._check_tile = TileButton("checkTile", resources.image_path("check-learning.svg"))
        self._check_tile.clicked.connect(self.check_requested)
        self._questions_tile = TileButton(
            "questionsTile", resources.image_path("questions-to-ask.svg")
        )
        self._questions_tile.clicked.connect(self.questions_requested)
        self._tiles = [*self._topic_tiles, self._check_tile, self._questions_tile]
        # The heading scrolls with the tiles: on a small panel with big text there is no room
        # to keep it above them.
        scrolled = QWidget()
        column = QVBoxLayout(scrolled)
        column.setContentsMargins(0, 0, 16, 0)
        column.setSpacing(24)
        column.addWidget(self._heading)
        # Absolute: the button's right-to-left direction (arrow after the words) must not flip it.
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
        column.addWidget(self._walkthrough_button, 0, left)
        column.addLayout(self._grid, 1)
        self._scroll = make_scroll_area("menuScroll", scrolled)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 28, 32, 28)
        layout.addWidget(self._scroll)
        self._place_tiles(3)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self._heading.setText(self.tr("What would you like to read about?"))
        self._walkthrough_button.setText(self.tr("Start from the beginning"))
        for page, tile in zip(self._entries, self._topic_tiles, strict=True):
            label = self.tr("The five steps") if page.section is Section.STEPS else page.menu_title
            tile.set_label(label)
        self._check_tile.set_label(self.tr("Check what you learned"))
        self._questions_tile.set_label(self.tr("Questions to ask your care team"))

    def scroll_to_top(self) -> None:
        self._scroll.verticalScrollBar().setValue(0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        # By width alone: in seated mode a portrait page is wide and short, not landscape.
        self._place_tiles(3 if event.size().width() >= THREE_COLUMNS_PX else 2)
        super().resizeEvent(event)

    def _place_tiles(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for index, tile in enumerate(self._tiles):
            self._grid.removeWidget(tile)
            self._grid.addWidget(tile, index // columns, index % columns)
        for column in range(3):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        rows = -(-len(self._tiles) // columns)
        for row in range(len(self._tiles) + 1):
            # Tiles keep their natural height; spare room collects below the last row.
            self._grid.setRowStretch(row, 1 if row == rows else 0)
