"""Running unattended: one kiosk at a time, clean stops, systemd's watchdog, a heartbeat file,
and no way out of patient mode into a browser, a file dialog or another program.

Only ``kiosk/app.py`` constructs the long-lived ones; each is an owned object with a start and
a stop, so tests run them with millisecond intervals and leave nothing behind.
ForbidChildProcesses is for the test suite.
"""

from __future__ import annotations

import errno
import logging
import os
import signal
import socket
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType, TracebackType
from typing import Any

from PySide6.QtCore import (
    QLockFile,
    QObject,
    QSocketNotifier,
    Qt,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QCursor, QDesktopServices, QGuiApplication

from kiosk.heartbeat import write_heartbeat

log = logging.getLogger("kiosk.lifecycle")

LOCK_NAME = "kiosk.lock"
UNFINISHED_LOCK_S = 10.0
"""An empty or unreadable lock file older than this is not a kiosk starting up."""
HEARTBEAT_INTERVAL_MS = 60_000

_SignalHandler = Callable[[int, FrameType | None], Any] | int | None


# One kiosk at a time ---------------------------------------------------------------------------


class SingleInstance:
    """A lock file, ``<data_dir>/kiosk.lock``, held for as long as the kiosk runs.

    A second kiosk started on the same data folder (a double-clicked icon, an autostart entry
    next to the systemd unit) cannot take it and should exit. A lock left behind by a kiosk that
    crashed, was killed or lost power never blocks the next start:

    - the lock never expires by age (``setStaleLockTime(0)``): a kiosk runs for months;
    - QLockFile itself removes a lock whose process is gone, or that was written before the
      last reboot;
    - if the recorded process id now belongs to another live program of the same name (a pid
      reused after a crash), ``removeStaleLockFile()`` still succeeds, because it deletes the
      file only when no process holds it (an flock on Unix, an open handle on Windows), which a
      running kiosk always does.
    """

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_NAME
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)

    @property
    def held(self) -> bool:
        return self._lock.isLocked()

    def acquire(self) -> bool:
        """True if this process now holds the lock; False if another running kiosk does.

        Creates the data folder (0700) if missing. Raises OSError when the lock file cannot be
        written at all (permissions, read-only disk): that is not "another kiosk is running".
        """
        if self._lock.isLocked():
            return True
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if self.path.is_dir():
            self._set_aside_folder()
        if self._try_lock():
            return True
        # removeStaleLockFile() deletes the file only if it can take the flock, i.e. when no
        # running kiosk holds it. A complete file is judged at once. An empty or garbled one
        # (what a power cut just after a start leaves: the pid is written without fsync) is
        # judged once it is older than a starting kiosk needs to lock and write it, so a kiosk
        # caught between creating its file and locking it is never robbed of it.
        complete = self.owner_pid() is not None
        if (complete or self._older_than(UNFINISHED_LOCK_S)) and self._lock.removeStaleLockFile():
            log.warning("removed a lock file left by a kiosk that is no longer running")
            return self._try_lock()
        return False

    def owner_pid(self) -> int | None:
        """The process id written in the lock file, or None without a readable lock file."""
        pid = self._lock.getLockInfo()[0]
        return pid if pid > 0 else None

    def release(self) -> None:
        """Removes the lock file if this process holds it; otherwise does nothing."""
        self._lock.unlock()

    def _older_than(self, seconds: float) -> bool:
        try:
            return time.time() - self.path.stat().st_mtime > seconds
        except OSError:  # gone meanwhile: the next try will tell
            return False

    def _set_aside_folder(self) -> None:
        """A folder where the lock file belongs is nobody's lock: keep it, renamed, and say so."""
        aside = self.path.with_name(f"{LOCK_NAME}.folder-{int(time.time())}")
        self.path.rename(aside)
        log.warning("moved a folder named %s aside to %s", LOCK_NAME, aside.name)

    def _try_lock(self) -> bool:
        if self._lock.tryLock(0):
            return True
        error = self._lock.error()
        if error == QLockFile.LockError.LockFailedError:
            return False
        if error == QLockFile.LockError.PermissionError:
            raise PermissionError(errno.EACCES, "cannot create the lock file", str(self.path))
        raise OSError(errno.EIO, "cannot create the lock file", str(self.path))


# Clean stop on SIGTERM and SIGINT --------------------------------------------------------------


def _wake_event_loop(signum: int, frame: FrameType | None) -> None:
    """Python's C-level handler has already written ``signum`` to the wakeup socket."""


class ShutdownSignals(QObject):
    """Turns SIGTERM and SIGINT into ``received(signum)`` on the GUI thread.

    While Qt's event loop runs, Python signal handlers do not run until some Python code does.
    ``signal.set_wakeup_fd`` makes Python's C-level handler write the signal number into a
    socket pair at once; a QSocketNotifier on the other end wakes the event loop, which emits
    ``received``. A signal that arrives before the loop runs is delivered when it starts.

    ``install()`` and ``uninstall()`` must be called on the main thread; ``uninstall()`` puts
    back the previous handlers and wakeup descriptor.
    """

    received = Signal(int)

    def __init__(
        self,
        signals: Iterable[int] = (signal.SIGTERM, signal.SIGINT),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shutdownSignals")
        self._signals = frozenset(int(signum) for signum in signals)
        self._previous_handlers: dict[int, _SignalHandler] = {}
        self._previous_wakeup_fd = -1
        self._reader: socket.socket | None = None
        self._writer: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None

    @property
    def installed(self) -> bool:
        return self._notifier is not None

    def install(self) -> None:
        if self.installed:
            return
        reader, writer = socket.socketpair()
        try:
            reader.setblocking(False)
            writer.setblocking(False)
            self._previous_wakeup_fd = signal.set_wakeup_fd(
                writer.fileno(), warn_on_full_buffer=False
            )
        except BaseException:
            reader.close()
            writer.close()
            raise
        self._reader, self._writer = reader, writer
        notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, self)
        notifier.setObjectName("shutdownSignalNotifier")
        notifier.activated.connect(self._on_notifier_activated)
        self._notifier = notifier
        try:
            for signum in sorted(self._signals):
                self._previous_handlers[signum] = signal.signal(signum, _wake_event_loop)
        except BaseException:
            self.uninstall()
            raise

    def uninstall(self) -> None:
        if not self.installed:
            return
        for signum, handler in self._previous_handlers.items():
            signal.signal(signum, signal.SIG_DFL if handler is None else handler)
        self._previous_handlers.clear()
        assert self._writer is not None
        ours = self._writer.fileno()
        current = signal.set_wakeup_fd(self._previous_wakeup_fd)
        if current != ours:  # someone replaced ours in the meantime: keep theirs
            signal.set_wakeup_fd(current)
        assert self._notifier is not None
        self._notifier.setEnabled(False)
        self._notifier.setParent(None)
        self._notifier = None
        for end in (self._reader, self._writer):
            if end is not None:
                end.close()
        self._reader = self._writer = None

    def __enter__(self) -> ShutdownSignals:
        self.install()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.uninstall()

    @Slot()
    def _on_notifier_activated(self) -> None:
        if self._reader is None:
            return
        numbers = bytearray()
        while True:
            try:
                chunk = self._reader.recv(256)
            except (BlockingIOError, InterruptedError):
                break
            if not chunk:
                break
            numbers += chunk
        for signum in numbers:
            if signum in self._signals:
                log.info("received %s: stopping", signal.Signals(signum).name)
                self.received.emit(signum)


# systemd's watchdog ------------------------------------------------------------------------------


def notify_address(value: str) -> bytes | None:
    """The AF_UNIX address in ``$NOTIFY_SOCKET``: a path, or ``@name`` for an abstract socket."""
    if not value:
        return None
    if value.startswith("@"):
        return b"\0" + os.fsencode(value[1:])
    if value.startswith("/"):
        return os.fsencode(value)
    log.warning("NOTIFY_SOCKET is neither a path nor an @abstract name; not notifying systemd")
    return None


def watchdog_usec(environ: Mapping[str, str], *, accept_parent_pid: bool = False) -> int | None:
    """The watchdog timeout in microseconds if this process should ping, else None.

    The rules of ``sd_watchdog_enabled()``: ``$WATCHDOG_USEC`` must be a positive whole number,
    and ``$WATCHDOG_PID``, when set, must be this process. systemd sets it to the service's main
    process; with ``accept_parent_pid`` the parent process also counts, for a kiosk started by
    a compositor (cage) that is itself the main process.
    """
    text = environ.get("WATCHDOG_USEC", "")
    if not text:
        return None
    if not text.isdigit() or int(text) <= 0:
        log.warning("WATCHDOG_USEC=%r is not a positive number; no watchdog pings", text)
        return None
    pid_text = environ.get("WATCHDOG_PID", "")
    if pid_text:
        if not pid_text.isdigit() or int(pid_text) <= 0:
            log.warning("WATCHDOG_PID=%r is not a process id; no watchdog pings", pid_text)
            return None
        ours = {os.getpid(), os.getppid()} if accept_parent_pid else {os.getpid()}
        if int(pid_text) not in ours:
            return None
    return int(text)


class Watchdog(QObject):
    """Tells systemd (``Type=notify``) that the kiosk is up and that its event loop still turns.

    With ``$NOTIFY_SOCKET`` set: ``start()`` sends ``READY=1`` as soon as the event loop runs,
    then ``WATCHDOG=1`` every half ``$WATCHDOG_USEC`` from a QTimer in that loop (not a thread:
    a frozen loop stops the pings and systemd restarts the kiosk); ``stop()`` sends
    ``STOPPING=1``. Without it, nothing happens and no timer runs. Sending never raises; a
    failure is logged once.
    """

    def __init__(
        self,
        environ: Mapping[str, str] | None = None,
        *,
        accept_parent_pid: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("watchdog")
        env = os.environ if environ is None else environ
        self._address = notify_address(env.get("NOTIFY_SOCKET", ""))
        usec = watchdog_usec(env, accept_parent_pid=accept_parent_pid) if self._address else None
        self._interval_ms = max(1, usec // 2000) if usec else None
        self._socket: socket.socket | None = None
        self._send_failed = False
        self._running = False
        self._ready_timer = QTimer(self)
        self._ready_timer.setObjectName("watchdogReadyTimer")
        self._ready_timer.setSingleShot(True)
        self._ready_timer.setInterval(0)
        self._ready_timer.timeout.connect(self._on_ready_timer_timeout)
        self._ping_timer = QTimer(self)
        self._ping_timer.setObjectName("watchdogTimer")
        self._ping_timer.setInterval(self._interval_ms or 0)
        self._ping_timer.timeout.connect(self._on_ping_timer_timeout)

    @property
    def enabled(self) -> bool:
        """Whether systemd asked to be notified ($NOTIFY_SOCKET)."""
        return self._address is not None

    @property
    def interval_ms(self) -> int | None:
        """Milliseconds between pings, or None when systemd runs no watchdog for us."""
        return self._interval_ms

    def start(self) -> None:
        if not self.enabled or self._running:
            return
        self._running = True
        self._ready_timer.start()

    def stop(self) -> None:
        if not self._running:
            return
        self._running = False
        self._ready_timer.stop()
        self._ping_timer.stop()
        self.notify("STOPPING=1")
        if self._socket is not None:
            self._socket.close()
            self._socket = None

    def notify(self, message: str) -> bool:
        """Sends one sd_notify message; False (and a log line the first time) on failure."""
        if self._address is None:
            return False
        try:
            if self._socket is None:
                self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
                self._socket.setblocking(False)
            self._socket.sendto(message.encode("utf-8"), self._address)
        except OSError as error:
            if not self._send_failed:
                log.warning("cannot notify systemd (%s): %s", message, error)
            self._send_failed = True
            return False
        if self._send_failed:
            log.info("notifying systemd works again")
            self._send_failed = False
        return True

    @Slot()
    def _on_ready_timer_timeout(self) -> None:
        self.notify("READY=1")
        if self._interval_ms is not None:
            self._ping_timer.start()

    @Slot()
    def _on_ping_timer_timeout(self) -> None:
        self.notify("WATCHDOG=1")


# Heartbeat file --------------------------------------------------------------------------------


def _utc_now() -> datetime:
    return datetime.now(UTC)


class HeartbeatTimer(QObject):
    """Rewrites ``<data_dir>/heartbeat`` on start and then every ``interval_ms`` (60 s).

    Before each beat it runs ``upkeep`` (the kiosk's storage upkeep: reopening a queue that
    would not open, finishing a purge's wipe), which returns the problems the heartbeat then
    reports. A failure (disk full, read-only, folder gone) is logged when it starts and when
    it ends, and never raised into the event loop: a kiosk that cannot write its heartbeat
    still shows its pages.
    """

    def __init__(
        self,
        data_dir: Path,
        *,
        upkeep: Callable[[], Sequence[str]] = tuple,
        interval_ms: int = HEARTBEAT_INTERVAL_MS,
        clock: Callable[[], datetime] = _utc_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("heartbeat")
        self._data_dir = data_dir
        self._upkeep = upkeep
        self._clock = clock
        self._failure: str | None = None
        self._timer = QTimer(self)
        self._timer.setObjectName("heartbeatTimer")
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        self.beat()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def beat(self) -> bool:
        """Writes the heartbeat now; False if that failed (logged, not raised)."""
        try:
            write_heartbeat(self._data_dir, self._clock(), self._upkeep())
        except OSError as error:
            failure = error.strerror or str(error)
            if failure != self._failure:
                log.error("cannot write the heartbeat file in %s: %s", self._data_dir, failure)
            self._failure = failure
            return False
        except Exception:  # a bug here must not take the kiosk down either
            if self._failure != "bug":
                log.exception("cannot write the heartbeat file")
            self._failure = "bug"
            return False
        if self._failure is not None:
            log.info("the heartbeat file is written again")
            self._failure = None
        return True

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.beat()


# No way out of patient mode --------------------------------------------------------------------

BLOCKED_URL_SCHEMES = (
    "http",
    "https",
    "file",
    "mailto",
    "tel",
    "ftp",
    # Less common ways out, and "" for a link without a scheme (a bare file name).
    "",
    "ftps",
    "sftp",
    "smb",
    "ssh",
    "sms",
    "callto",
    "data",
    "javascript",
    "about",
)


class ExternalLaunchBlocker(QObject):
    """The handler QDesktopServices calls instead of the desktop's browser, mail or file app.

    It only logs the URL's scheme (never the URL: it may carry what a patient typed) and emits
    ``refused(scheme)``. Keep it alive (give it a parent) for as long as links must stay inside.
    """

    refused = Signal(str)

    def __init__(
        self, schemes: Iterable[str] = BLOCKED_URL_SCHEMES, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("externalLaunchBlocker")
        self.schemes = tuple(schemes)

    def block(self) -> None:
        for scheme in self.schemes:
            # PySide6 6.12 accepts the slot name only as str, although its stub says bytes.
            QDesktopServices.setUrlHandler(scheme, self, "refuse_url")  # type: ignore[arg-type]

    def release(self) -> None:
        for scheme in self.schemes:
            QDesktopServices.unsetUrlHandler(scheme)

    @Slot(QUrl)
    def refuse_url(self, url: QUrl) -> None:
        scheme = url.scheme()
        log.warning("patient mode: refused to open a %s link", scheme or "scheme-less")
        self.refused.emit(scheme)


def block_external_launches(parent: QObject | None = None) -> ExternalLaunchBlocker:
    """Makes ``QDesktopServices.openUrl`` (and so every clickable link) open nothing.

    Covers the schemes in BLOCKED_URL_SCHEMES; a link with any other scheme would still reach
    the desktop. Pass ``parent`` (the QApplication) so the handler lives as long as the app.
    """
    blocker = ExternalLaunchBlocker(parent=parent)
    blocker.block()
    return blocker


def hide_cursor(app: QGuiApplication) -> None:
    """No mouse pointer over any window of ``app`` (touch-only kiosks). Idempotent."""
    current = app.overrideCursor()
    if current is not None and current.shape() == Qt.CursorShape.BlankCursor:
        return
    app.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))


def show_cursor(app: QGuiApplication) -> None:
    """Undoes hide_cursor()."""
    while (current := app.overrideCursor()) is not None:
        if current.shape() != Qt.CursorShape.BlankCursor:
            break
        app.restoreOverrideCursor()
