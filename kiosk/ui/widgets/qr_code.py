"""The take-home QR code: the clinic's public page to read at home, never anything personal.

The code is drawn here, module by module, rather than from an SVG or a scaled image: every module
is a whole number of device pixels, black on white whatever the theme, so phone cameras read it
at any size and also in the high-contrast theme.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.ui.widgets.labels import make_label
from kiosk.ui.widgets.retranslating import RetranslatingWidget

QUIET_ZONE_MODULES = 4
"""The white margin around the symbol that ISO/IEC 18004 asks for, in modules."""
DEFAULT_SIDE_PX = 240
CAPTION_GAP_PX = 12


def qr_matrix(url: str) -> tuple[bytearray, ...]:
    """The symbol's modules without quiet zone, one row per bytearray; non-zero is dark.

    ``micro=False``: segno would pick a Micro QR for a short address, which most phone cameras
    cannot read.
    """
    # Imported here, not at start-up: segno brings in about 9 MiB of modules (urllib, codecs),
    # which a kiosk without a take-home address never needs.
    import segno  # noqa: PLC0415

    return segno.make(url, error="m", micro=False).matrix


class TakeHomeCodeImage(QWidget):
    """The square the code is painted in; white everywhere but the dark modules."""

    def __init__(self, side_px: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("takeHomeCodeImage")
        self.setFixedSize(side_px, side_px)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self._matrix: tuple[bytearray, ...] = ()

    def set_matrix(self, matrix: tuple[bytearray, ...]) -> None:
        self._matrix = matrix
        self.update()

    def module_px(self) -> int:
        """The largest whole number of device pixels per module that fits code and quiet zone."""
        if not self._matrix:
            return 0
        ratio = self.devicePixelRatioF()
        side = min(round(self.width() * ratio), round(self.height() * ratio))
        return side // (len(self._matrix) + 2 * QUIET_ZONE_MODULES)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        ratio = self.devicePixelRatioF()
        # From here on one unit is one device pixel, so whole-number modules stay crisp.
        painter.scale(1 / ratio, 1 / ratio)
        width, height = round(self.width() * ratio), round(self.height() * ratio)
        painter.fillRect(QRect(0, 0, width, height), Qt.GlobalColor.white)
        module = self.module_px()
        if module < 1:
            painter.end()
            return
        symbol = len(self._matrix) * module
        left, top = (width - symbol) // 2, (height - symbol) // 2
        for row, modules in enumerate(self._matrix):
            y = top + row * module
            column = 0
            while column < len(modules):
                if not modules[column]:
                    column += 1
                    continue
                start = column
                while column < len(modules) and modules[column]:
                    column += 1
                painter.fillRect(
                    QRect(left + start * module, y, (column - start) * module, module),
                    Qt.GlobalColor.black,
                )
        painter.end()


class TakeHomeCode(RetranslatingWidget):
    """A QR code of a link with "Scan to read this at home" under it; hidden without a link.

    Only something to look at: it takes no focus and touches go through to the page under it.
    """

    def __init__(self, side_px: int = DEFAULT_SIDE_PX, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("takeHomeCode")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self._link: str | None = None
        self._image = TakeHomeCodeImage(side_px, self)
        self._caption = make_label("takeHomeCaption", "smallPrint", centred=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(CAPTION_GAP_PX)
        layout.addWidget(self._image, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self._caption)
        self.setVisible(False)
        self.retranslate_ui()

    def link(self) -> str | None:
        return self._link

    def set_link(self, url: str | None) -> None:
        """Shows the code of ``url``; None (no take-home address configured) hides it."""
        self._link = url or None
        self._image.set_matrix(qr_matrix(url) if url else ())
        self.setAccessibleDescription(url or "")
        self.setVisible(bool(url))

    def retranslate_ui(self) -> None:
        self._caption.setText(self.tr("Scan to read this at home"))
        self.setAccessibleName(self.tr("QR code: scan to read this at home"))
