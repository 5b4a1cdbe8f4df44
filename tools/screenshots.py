"""Renders every screen, landscape and portrait, to docs/screenshots/ (run by `make screenshots`).

Uses the real window from kiosk.app.create_window, offscreen, with default settings and a
throw-away data folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from kiosk.app import LANDSCAPE, PORTRAIT, create_window
from kiosk.config import Config

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SCREEN = Path(__file__).resolve().parent / "offscreen-screen.json"


def main() -> int:
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"
    app = QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as data:
        window = create_window(Config(), Path(data))
        window.allow_close()
        for orientation, size in (("landscape", LANDSCAPE), ("portrait", PORTRAIT)):
            window.resize(size)
            window.show()
            for name in window.screen_names():
                window.show_screen(name)
                app.processEvents()
                path = OUT / f"{orientation}-{name}.png"
                window.grab().save(str(path))
                print(path.relative_to(OUT.parent.parent))
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
