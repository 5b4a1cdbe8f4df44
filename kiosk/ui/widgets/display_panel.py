"""The display panel: bigger text, high contrast and seated reach, one large tap each.

It lies over the current page as a card; the page stays where it was, so a patient who
changes the text size goes on reading in the same place.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QVBoxLayout, QWidget

from kiosk.ui.display import DisplayPrefs
from kiosk.ui.theme import TEXT_SCALES
from kiosk.ui.widgets.chip import ChipButton
from kiosk.ui.widgets.labels import make_label
from kiosk.ui.widgets.retranslating import RetranslatingWidget
from kiosk.ui.widgets.touch_button import TouchButton


class DisplayPanel(RetranslatingWidget):
    prefs_changed = Signal(object)
    """A new DisplayPrefs, at each tap."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("displayPanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._prefs = DisplayPrefs()
        card = QWidget()
        card.setObjectName("displayCard")
        card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        card.setMaximumWidth(1100)
        self._heading = make_label("displayHeading", "heading")
        self._size_label = make_label("textSizeLabel", "fieldLabel")
        self._size_group = QButtonGroup(self)
        self._size_chips = {
            scale: ChipButton(f"textSize{round(scale * 100)}") for scale in TEXT_SCALES
        }
        for chip in self._size_chips.values():
            self._size_group.addButton(chip)
            chip.clicked.connect(self._on_choice_clicked)
        self._contrast_chip = ChipButton("highContrastChip")
        self._seated_chip = ChipButton("seatedChip")
        for chip in (self._contrast_chip, self._seated_chip):
            chip.clicked.connect(self._on_choice_clicked)
        self._done = TouchButton("displayDoneButton", variant="primary")
        self._done.clicked.connect(self.close_panel)

        sizes = QGridLayout()
        sizes.setSpacing(16)
        for column, chip in enumerate(self._size_chips.values()):
            sizes.addWidget(chip, 0, column)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(48, 40, 48, 40)
        card_layout.setSpacing(24)
        card_layout.addWidget(self._heading)
        card_layout.addWidget(self._size_label)
        card_layout.addLayout(sizes)
        card_layout.addWidget(self._contrast_chip)
        card_layout.addWidget(self._seated_chip)
        card_layout.addWidget(self._done, 0, Qt.AlignmentFlag.AlignRight)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(32, 32, 32, 32)
        self._layout.addWidget(card, 0, Qt.AlignmentFlag.AlignCenter)
        self._card = card
        self.hide()
        self.show_prefs(self._prefs)
        self.retranslate_ui()

    def open(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()

    @Slot()
    def close_panel(self) -> None:
        self.hide()

    def show_prefs(self, prefs: DisplayPrefs) -> None:
        """Sets the chips to match (no signal): used at start and after a reset."""
        self._prefs = prefs
        self._size_chips[prefs.text_scale].setChecked(True)
        self._contrast_chip.setChecked(prefs.high_contrast)
        self._seated_chip.setChecked(prefs.seated)
        # Within reach in seated mode: the card sits at the bottom of the screen.
        where = Qt.AlignmentFlag.AlignBottom if prefs.seated else Qt.AlignmentFlag.AlignVCenter
        self._layout.setAlignment(self._card, where | Qt.AlignmentFlag.AlignHCenter)

    def retranslate_ui(self) -> None:
        self._heading.setText(self.tr("Make the screen easier to use"))
        self._size_label.setText(self.tr("Text size"))
        for scale, chip in self._size_chips.items():
            chip.setText(f"{round(scale * 100)} %")
            chip.setAccessibleName(self.tr("Text size {0} percent").format(round(scale * 100)))
        self._contrast_chip.setText(self.tr("High contrast"))
        self._contrast_chip.setAccessibleName(self.tr("High contrast: light text on black"))
        self._seated_chip.setText(self.tr("Seated: buttons at the bottom"))
        self._seated_chip.setAccessibleName(
            self.tr("Seated: move every button to the lower half of the screen")
        )
        self._done.setText(self.tr("Done"))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        # A touch outside the card closes the panel, as people expect of a pop-up.
        if not self._card.geometry().contains(event.position().toPoint()):
            self.close_panel()
        super().mouseReleaseEvent(event)

    @Slot()
    def _on_choice_clicked(self) -> None:
        scale = next(s for s, chip in self._size_chips.items() if chip.isChecked())
        prefs = replace(
            self._prefs,
            text_scale=scale,
            high_contrast=self._contrast_chip.isChecked(),
            seated=self._seated_chip.isChecked(),
        )
        self.show_prefs(prefs)
        self.prefs_changed.emit(prefs)
