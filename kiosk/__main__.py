"""``python -m kiosk`` and the ``kiosk`` console script start the kiosk."""

from __future__ import annotations

from kiosk.app import main

if __name__ == "__main__":
    raise SystemExit(main())
