"""Child processes for the lifecycle tests: ``python -m tests.lifecycle.worker MODE ...``.

hold-lock DATA_DIR   take the kiosk lock, print "LOCKED <pid>" (or "BUSY <owner>" and exit 1),
                     then hold it until stdin closes, release it and exit 0.
signals              a tiny Qt app with ShutdownSignals installed: prints "READY" once its
                     event loop runs; on SIGTERM/SIGINT prints "cleanup: <name>", quits, puts the
                     old handlers back, prints "handlers restored" and exits with app.exec()'s
                     code. Exits 3 by itself after 60 s so a broken run never hangs.
"""

from __future__ import annotations

import signal
import sys
from pathlib import Path


def hold_lock(data_dir: Path) -> int:
    from kiosk.lifecycle import SingleInstance  # noqa: PLC0415

    instance = SingleInstance(data_dir)
    if not instance.acquire():
        print(f"BUSY {instance.owner_pid()}", flush=True)
        return 1
    print(f"LOCKED {instance.owner_pid()}", flush=True)
    sys.stdin.read()
    instance.release()
    return 0


def signals() -> int:
    from PySide6.QtCore import QTimer  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from kiosk.lifecycle import ShutdownSignals  # noqa: PLC0415

    app = QApplication(sys.argv[:1])
    previous = {signum: signal.getsignal(signum) for signum in (signal.SIGTERM, signal.SIGINT)}
    shutdown = ShutdownSignals(parent=app)

    def on_signal(signum: int) -> None:
        print(f"cleanup: {signal.Signals(signum).name}", flush=True)
        app.quit()

    shutdown.received.connect(on_signal)
    shutdown.install()
    QTimer.singleShot(0, lambda: print("READY", flush=True))
    QTimer.singleShot(60_000, lambda: app.exit(3))
    code = app.exec()
    shutdown.uninstall()
    if all(signal.getsignal(signum) == handler for signum, handler in previous.items()):
        print("handlers restored", flush=True)
    return code


def main(argv: list[str]) -> int:
    mode, *rest = argv
    if mode == "hold-lock":
        return hold_lock(Path(rest[0]))
    if mode == "signals":
        return signals()
    raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
