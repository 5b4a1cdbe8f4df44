"""Full screen on any lobby display: the locked window covers its screen exactly, follows the
screen when it is rotated or re-plugged, and is drawn at a scale that keeps touch targets their
designed physical size on a high-density panel.

The screens are designed in pixels for a 1920 x 1080 panel of about 23 inches (96 dots per
inch). Below MIN_LANDSCAPE (or MIN_PORTRAIT) some screen would be clipped, so the kiosk does not
start there: ``too_small`` says why in one line (docs/deployment.md, "Screens").
"""

from __future__ import annotations

import logging
import math

from PySide6.QtCore import QObject, QSize, QSizeF, Slot
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

MIN_LANDSCAPE = QSize(1280, 720)
MIN_PORTRAIT = QSize(1080, 1280)
DESIGN_DPI = 96.0
"""The pixel density the screens are designed for (a 23-inch 1920 x 1080 panel)."""
DESIGN_SHORT_SIDE_PX = 1080
SCALE_STEP = 0.25
_PLAUSIBLE_DIAGONAL_MM = (254.0, 2540.0)  # 10 to 100 inches: no touch kiosk is smaller
_PLAUSIBLE_DPI = (60.0, 400.0)
_MM_PER_INCH = 25.4


def too_small(logical: QSize) -> str | None:
    """Why a screen of this size (in the kiosk's pixels, after scaling) cannot show every screen
    unclipped, in one line; None if it can."""
    portrait = logical.height() > logical.width()
    least = MIN_PORTRAIT if portrait else MIN_LANDSCAPE
    if logical.width() >= least.width() and logical.height() >= least.height():
        return None
    return (
        f"the screen is {logical.width()}x{logical.height()} at this scale; the kiosk needs "
        f"at least {least.width()}x{least.height()} in {'portrait' if portrait else 'landscape'}"
        " (a smaller kiosk.screen_scale fits more on it)"
    )


def automatic_scale(pixels: QSize, millimetres: QSizeF, platform_ratio: float) -> float:
    """The scale that gives the kiosk its designed physical size on this screen, never below 1.

    ``pixels`` is the screen's size in device pixels, ``millimetres`` what the panel says its
    size is (0 or nonsense on many panels and virtual screens), ``platform_ratio`` how much the
    display server already scales (a Wayland output scale, X11's Xft.dpi): then nothing more.
    Without a believable physical size the panel is taken to be of the designed size class, so
    a 3840 x 2160 panel is drawn at 2 and a 2560 x 1440 one at 1.25.
    """
    if platform_ratio > 1.0:
        return 1.0
    dpi = _physical_dpi(pixels, millimetres)
    if dpi is None:
        dpi = DESIGN_DPI * min(pixels.width(), pixels.height()) / DESIGN_SHORT_SIDE_PX
    steps = math.floor(dpi / DESIGN_DPI / SCALE_STEP + 0.5)
    return max(1.0, steps * SCALE_STEP)


def _physical_dpi(pixels: QSize, millimetres: QSizeF) -> float | None:
    width_mm, height_mm = millimetres.width(), millimetres.height()
    if width_mm <= 0 or height_mm <= 0 or pixels.isEmpty():
        return None
    diagonal = math.hypot(width_mm, height_mm)
    if not _PLAUSIBLE_DIAGONAL_MM[0] <= diagonal <= _PLAUSIBLE_DIAGONAL_MM[1]:
        return None
    across = pixels.width() / (width_mm / _MM_PER_INCH)
    down = pixels.height() / (height_mm / _MM_PER_INCH)
    # A panel that reports another shape than its pixels (a fixed 16:9 guess) is not believed.
    if abs(across - down) > 0.1 * max(across, down):
        return None
    dpi = (across + down) / 2
    return dpi if _PLAUSIBLE_DPI[0] <= dpi <= _PLAUSIBLE_DPI[1] else None


class ScreenFit(QObject):
    """Keeps a window covering the whole of its screen, and no more.

    ``showFullScreen()`` only asks a window manager; on X11 without one (xinit, the kiosk's
    X11 route) the window would keep its size in the top-left corner. Giving it the screen's
    geometry as well works with a window manager, without one, and under cage, which sizes
    the window itself. It fits again when the screen changes size (rotated) or the window
    moves to another screen (the panel re-plugged, or replaced).
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("screenFit")
        self._window = window
        self._screen: QScreen | None = None

    def start(self) -> None:
        self.fit()
        self._window.showFullScreen()
        handle = self._window.windowHandle()
        if handle is not None:
            handle.screenChanged.connect(self._on_window_screen_changed)
        self._watch(self._window.screen())

    def fit(self) -> None:
        screen = self._window.screen()
        geometry = screen.geometry()
        if self._window.geometry() != geometry:
            log.info(
                "filling the screen %s: %dx%d", screen.name(), geometry.width(), geometry.height()
            )
            self._window.setGeometry(geometry)

    def _watch(self, screen: QScreen) -> None:
        if self._screen is not None:
            self._screen.geometryChanged.disconnect(self._on_screen_geometry_changed)
        self._screen = screen
        screen.geometryChanged.connect(self._on_screen_geometry_changed)

    @Slot(QScreen)
    def _on_window_screen_changed(self, screen: QScreen) -> None:
        self._watch(screen)
        self.fit()

    @Slot()
    def _on_screen_geometry_changed(self) -> None:
        problem = too_small(self._window.screen().size())
        if problem:
            log.error("%s: some screens will be clipped until it is larger", problem)
        self.fit()
