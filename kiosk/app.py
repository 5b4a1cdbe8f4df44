"""The composition root: arguments, settings, Qt application, theme, content, window, event loop.

``create_window`` builds the whole kiosk without starting the event loop; tests and benchmarks
drive the real window through it.
"""

from __future__ import annotations

import argparse
import ctypes.util
import datetime as dt
import logging
import os
import sys
import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from kiosk import resources
from kiosk.config import Config, ConfigError, default_data_dir, load_config
from kiosk.content import (
    ContentError,
    Learning,
    Library,
    load_library,
    load_questions_to_ask,
    load_teach_back,
    read_override_dir,
)
from kiosk.lifecycle import (
    HeartbeatTimer,
    ShutdownSignals,
    SingleInstance,
    Watchdog,
    block_external_launches,
    hide_cursor,
)
from kiosk.logs import default_log_dir, setup_logging
from kiosk.requests.intake import RequestIntake
from kiosk.requests.validation import Rules
from kiosk.staff import StaffDirectory
from kiosk.storage import InsightStore, RequestQueue, StorageError
from kiosk.storage.files import not_a_folder
from kiosk.storage.keeper import QueueKeeper
from kiosk.ui import read_aloud
from kiosk.ui.display import DisplayPrefs, apply_display
from kiosk.ui.lockdown import Lockdown
from kiosk.ui.pages.staff_panel_page import StaffTools
from kiosk.ui.read_aloud import ReadAloud
from kiosk.ui.screen_fit import ScreenFit, automatic_scale, too_small
from kiosk.ui.session import IdleTimes
from kiosk.ui.window import KioskWindow

log = logging.getLogger("kiosk")

LANDSCAPE = QSize(1920, 1080)
PORTRAIT = QSize(1080, 1920)
SMOKE_TIMEOUT_MS = 15_000
EXIT_ALREADY_RUNNING = 4
EXIT_SCREEN_TOO_SMALL = 5
MAINTENANCE_FLAG = "maintenance"
"""Left by "Exit kiosk" so the service manager does not start the kiosk again at once."""
_HEADLESS_PLATFORMS = {"offscreen", "minimal", "vnc", "linuxfb", "eglfs", "vkkhrdisplay"}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk", description="Patient-education kiosk about radiofrequency ablation."
    )
    parser.add_argument("--config", type=Path, help="settings file (default: %(default)s)")
    parser.add_argument("--data-dir", type=Path, help="where the kiosk keeps its data")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--kiosk",
        action="store_true",
        help="frameless full screen, locked: ignores close requests, Alt+F4 and Escape",
    )
    mode.add_argument(
        "--smoke",
        action="store_true",
        help="build the window offscreen, paint the start screen once and exit 0",
    )
    parser.add_argument(
        "--portrait", action="store_true", help="without --kiosk: a 1080x1920 window"
    )
    return parser


def load_content(config: Config, language: str) -> Library:
    """Built-in pages of one language, with the clinic's override files where they are valid.

    A bad override file is logged and its built-in page shown instead: patients always see a
    whole, valid walkthrough.
    """
    overrides: dict[str, str] = {}
    problems: list[ContentError] = []
    folder = config.kiosk.content_dir
    if folder is not None:
        overrides, problems = read_override_dir(folder, language)
    result = load_library(
        language,
        resources.content_files(language),
        resources.image_names(),
        overrides,
        override_origin=str(folder / language) if folder else "",
    )
    for problem in [*problems, *result.problems]:
        log.error("content override ignored: %s", problem)
    return result.library


def load_learning(library: Library) -> Learning:
    """The teach-back questions and the questions to ask, in the language of ``library``.

    Built-in files only (clinics cannot override them yet). A problem raises ContentError, like
    a problem in a built-in page: shipped content must be valid.
    """
    language = library.language
    origin = f"built-in learning/{language}"
    teach_back = load_teach_back(
        language,
        resources.learning_file(language, "teach-back.toml"),
        f"{origin}/teach-back.toml",
        library,
    )
    questions = load_questions_to_ask(
        language,
        resources.learning_file(language, "questions-to-ask.toml"),
        f"{origin}/questions-to-ask.toml",
    )
    return Learning(teach_back, questions)


def load_libraries(config: Config) -> dict[str, Library]:
    """Every configured language's content, the default language first."""
    order = [config.kiosk.default_language] + [
        lang for lang in config.kiosk.languages if lang != config.kiosk.default_language
    ]
    return {language: load_content(config, language) for language in order}


def create_window(
    config: Config,
    data_dir: Path,
    *,
    kiosk_mode: bool = False,
    idle_times: IdleTimes | None = None,
    speech_engine: str | None = None,
    keeper: QueueKeeper | None = None,
) -> KioskWindow:
    """Builds the kiosk window (not shown) on the running QApplication.

    ``data_dir`` is where the kiosk keeps what it stores; it is made private (0700) if missing.
    ``keeper`` keeps its request queue (one is made for ``data_dir`` if not given).
    ``idle_times`` overrides the settings' time-outs (tests use milliseconds).
    ``speech_engine`` names Qt's text-to-speech engine (tests use "mock"); None picks the first
    real one.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("create_window needs a QApplication")
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    keeper = keeper or QueueKeeper(data_dir)
    queue = keeper.queue
    if queue is not None and queue.quarantined is not None:
        log.error("a damaged request database was set aside as %s", queue.quarantined)
    intake = RequestIntake(
        keeper,
        rules=Rules(region=config.clinic.region, urgent_phrases=config.requests.urgent_phrases),
        kiosk_id=config.kiosk.id,
        max_per_10_min=config.requests.max_per_10_min,
    )
    insights = InsightStore(queue.database) if queue is not None else None
    staff = open_staff_tools(config, data_dir, queue, insights)
    libraries = load_libraries(config)
    window = KioskWindow(
        libraries,
        {language: load_learning(library) for language, library in libraries.items()},
        config,
        intake,
        idle_times=idle_times or IdleTimes.from_settings(config.timeouts),
        kiosk_mode=kiosk_mode,
        staff=staff,
        speech=voice(config, speech_engine),
        insights=insights,
    )
    # Styled once, after building: styling first would restyle every widget again each time
    # a layout took it in (about half of the start-up time).
    apply_display(DisplayPrefs())
    window.destroyed.connect(keeper.close)

    def storage_opened(queue: RequestQueue) -> None:
        insights = InsightStore(queue.database)
        tools = open_staff_tools(config, data_dir, queue, insights)
        window.use_storage(tools, insights)
        if tools is not None:
            window.destroyed.connect(tools.directory.close)

    keeper.when_reopened(storage_opened)
    if staff is not None:
        window.destroyed.connect(staff.directory.close)
    app.installEventFilter(Lockdown(kiosk_mode=kiosk_mode, parent=window))
    return window


def voice(config: Config, engine: str | None) -> ReadAloud | None:
    """The voice, which starts in its own process ("Read to me" shows once it has named its
    voices); None where the clinic turned read-aloud off or the kiosk was installed without it."""
    if not config.kiosk.read_aloud:
        return None
    if not read_aloud.installed():
        log.info("read-aloud is not installed (PySide6-Addons); there is no Read to me")
        return None
    return ReadAloud(engine)


def open_staff_tools(
    config: Config, data_dir: Path, queue: RequestQueue | None, insights: InsightStore | None
) -> StaffTools | None:
    """Staff accounts and the queue for the staff panel; None (panel says so) if unreadable."""
    if queue is None or insights is None:
        return None
    try:
        directory = StaffDirectory.open(data_dir)
    except StorageError as error:
        log.error("the staff accounts cannot be opened: %s", error)
        return None
    return StaffTools(
        queue=queue,
        directory=directory,
        data_dir=data_dir,
        export_dir=config.kiosk.export_dir or data_dir / "exports",
        retention_days=config.requests.retention_days,
        insights=insights,
    )


def display_problem(environ: dict[str, str] | os._Environ[str] = os.environ) -> str | None:
    """Why Qt could not open a window here, in one line, or None if it should work.

    Without this check Qt aborts with a core dump when there is no display.
    """
    platform = environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    if platform in _HEADLESS_PLATFORMS or not sys.platform.startswith("linux"):
        return None
    if not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
        return (
            "no display found (neither DISPLAY nor WAYLAND_DISPLAY is set). "
            "To check the kiosk without a screen run 'kiosk --smoke'; to see it on a virtual "
            "screen install xvfb and run 'xvfb-run kiosk' (in its source folder: "
            "'xvfb-run make run')."
        )
    wants_x11 = platform in ("", "xcb") and not environ.get("WAYLAND_DISPLAY")
    if wants_x11 and ctypes.util.find_library("xcb-cursor") is None:
        return "Qt needs the X11 library libxcb-cursor0: 'sudo apt install libxcb-cursor0'."
    return None


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    os.umask(0o077)
    try:
        setup_logging(default_log_dir())
    except OSError as error:  # the kiosk runs on without a log file rather than not at all
        logging.basicConfig(level=logging.INFO)
        logging.getLogger("kiosk").warning("no log file: %s", error.strerror)
    if args.smoke:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    else:
        problem = display_problem()
        if problem:
            print(f"kiosk: {problem}", file=sys.stderr)
            return 2
    try:
        config = load_config(args.config)
    except ConfigError as error:
        print(f"kiosk: {error}", file=sys.stderr)
        return 2

    data_dir = args.data_dir or default_data_dir()
    problem = not_a_folder(data_dir)
    if problem:
        print(f"kiosk: {problem}", file=sys.stderr)
        return 2
    instance = SingleInstance(data_dir)
    if not args.smoke:  # a smoke check may run beside the real kiosk
        try:
            acquired = instance.acquire()
        except OSError as error:
            print(f"kiosk: cannot use the data folder: {error}", file=sys.stderr)
            return 2
        if not acquired:
            owner = instance.owner_pid()
            who = f"process {owner}" if owner else "its lock file is not written yet"
            print(f"kiosk: another kiosk is already running ({who})", file=sys.stderr)
            return EXIT_ALREADY_RUNNING
    try:
        return _run(args, config, data_dir)
    finally:
        instance.release()


def _run(args: argparse.Namespace, config: Config, data_dir: Path) -> int:
    started = time.perf_counter()
    app = QApplication(sys.argv[:1])
    if not args.smoke:
        app = _at_screen_scale(app, config.kiosk.screen_scale)
        problem = too_small(app.primaryScreen().size()) if args.kiosk else None
        if problem:
            print(f"kiosk: {problem}", file=sys.stderr)
            return EXIT_SCREEN_TOO_SMALL
    app.setApplicationName("rfa-kiosk")
    shutdown = ShutdownSignals(parent=app)  # SIGTERM and SIGINT end the loop cleanly
    # exit(), not quit(): quit() first asks every window to close, and the locked kiosk window
    # refuses, which cancels the quit. The window is closed properly after the loop.
    shutdown.received.connect(lambda: app.exit(0))
    shutdown.install()
    links = block_external_launches(parent=app)
    if args.smoke:  # the smoke check paints once and exits: no voice to start and stop
        config = replace(config, kiosk=replace(config.kiosk, read_aloud=False))
    try:
        try:
            keeper = QueueKeeper(data_dir)
            window = create_window(config, data_dir, kiosk_mode=args.kiosk, keeper=keeper)
        except ContentError as error:
            print(f"kiosk: the built-in content is not valid: {error}", file=sys.stderr)
            return 3
        except OSError as error:
            print(f"kiosk: cannot use the data folder: {error}", file=sys.stderr)
            return 2
        if args.smoke:
            return _smoke(app, window, started)
        maintenance = data_dir / MAINTENANCE_FLAG
        maintenance.unlink(missing_ok=True)  # started on purpose: maintenance is over
        window.maintenance_exit_requested.connect(lambda: _stop_for_maintenance(maintenance))
        if config.kiosk.hide_cursor:
            hide_cursor(app)
        if args.kiosk:
            ScreenFit(window).start()
        else:
            window.resize(_windowed_size(PORTRAIT if args.portrait else LANDSCAPE))
            window.show()
        heartbeat = HeartbeatTimer(data_dir, upkeep=keeper.upkeep, parent=app)
        # Under cage, systemd's WATCHDOG_PID is cage, the kiosk's parent.
        watchdog = Watchdog(accept_parent_pid=True, parent=app)
        heartbeat.start()
        watchdog.start()  # READY=1 once app.exec() runs
        code = app.exec()
        watchdog.stop()  # STOPPING=1
        heartbeat.stop()
        _close(window)
        return code
    finally:
        links.release()
        shutdown.uninstall()


def _at_screen_scale(app: QApplication, setting: float | None) -> QApplication:
    """The application, drawn at the scale the settings ask for or the screen needs.

    Qt reads its scale (QT_SCALE_FACTOR) only when the application starts, and the screen is
    known only once it has: when the scale is not 1, the application is started again (about
    0.1 s, on high-density panels only). A QT_SCALE_FACTOR set by IT wins over both.
    """
    if "QT_SCALE_FACTOR" in os.environ:
        return app
    screen = app.primaryScreen()
    ratio = screen.devicePixelRatio()
    pixels = QSize(round(screen.size().width() * ratio), round(screen.size().height() * ratio))
    scale = (
        setting if setting is not None else automatic_scale(pixels, screen.physicalSize(), ratio)
    )
    if scale == 1.0:
        return app
    log.info(
        "drawing at %g times the design size on a %dx%d screen (%s)",
        scale,
        pixels.width(),
        pixels.height(),
        "kiosk.screen_scale" if setting is not None else "chosen for its pixel density",
    )
    app.shutdown()
    os.environ["QT_SCALE_FACTOR"] = f"{scale:g}"
    return QApplication(sys.argv[:1])


def _stop_for_maintenance(flag: Path) -> None:
    """Staff chose "Exit kiosk": leave a flag that keeps systemd from starting it again
    (deploy/rfa-kiosk.service, ConditionPathExists) until someone starts it by hand."""
    try:
        flag.write_text(f"{dt.datetime.now(dt.UTC).isoformat()}\n", encoding="utf-8")
    except OSError as error:
        log.error("the maintenance flag could not be written: %s", error)
    QCoreApplication.quit()


def _close(window: KioskWindow) -> None:
    """Destroys the window now, which closes the databases (window.destroyed)."""
    window.allow_close()
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _windowed_size(wanted: QSize) -> QSize:
    """Kiosk proportions, scaled down to fit the desktop when it is smaller."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return wanted
    available = screen.availableSize()
    scale = min(1.0, available.width() / wanted.width(), available.height() / wanted.height())
    return QSize(int(wanted.width() * scale), int(wanted.height() * scale))


class _FirstPaint(QObject):
    """Notes when the watched widget is first painted, then quits the event loop."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.painted_at: float | None = None
        self._app = app

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint and self.painted_at is None:
            self.painted_at = time.perf_counter()
            QTimer.singleShot(0, self._app.quit)
        return False


def _smoke(app: QApplication, window: KioskWindow, started: float) -> int:
    probe = _FirstPaint(app)
    window.start_page.installEventFilter(probe)
    window.resize(LANDSCAPE)
    window.show()
    QTimer.singleShot(SMOKE_TIMEOUT_MS, app.quit)
    app.exec()
    window.start_page.removeEventFilter(probe)
    if probe.painted_at is None:
        print("kiosk: smoke test failed: the start screen was never painted", file=sys.stderr)
        return 1
    print(f"kiosk: smoke test passed: first frame painted in {probe.painted_at - started:.2f} s")
    return 0
