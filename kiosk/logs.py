"""The kiosk's log: a rotating file in the platform's log folder, and never a patient's words.

Our own log lines name what happened, not what anybody typed. Exceptions that escape into the
event loop are logged by type and place only: their messages and values could hold a name or
a message, so they are left out of the file and of stderr alike.
"""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

import platformdirs

from kiosk.config import APP_NAME

LOG_NAME = "kiosk.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger("kiosk")


def default_log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME))


def setup_logging(log_dir: Path) -> Path:
    """Logs to ``log_dir/kiosk.log`` (1 MB, 5 old files kept, mode 0600) and to stderr."""
    log_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = log_dir / LOG_NAME
    file_handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS)
    path.chmod(0o600)
    stderr_handler = logging.StreamHandler(sys.stderr)
    root = logging.getLogger()
    for handler in (file_handler, stderr_handler):
        handler.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    sys.excepthook = log_unexpected
    return path


def log_unexpected(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """sys.excepthook: where it happened, never the message (it may quote a patient)."""
    frames = traceback.extract_tb(trace)
    where = " <- ".join(f"{Path(f.filename).name}:{f.lineno} in {f.name}" for f in frames[::-1])
    log.error("unexpected %s at %s", kind.__name__, where or "an unknown place")
