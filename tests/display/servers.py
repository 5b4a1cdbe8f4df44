"""The real kiosk process on real display servers: Xvfb (bare, or with openbox) and cage.

Everything is looked at from outside, as a person at the screen would: screenshots (xwd, grim),
window geometry (xdotool, xwininfo), a tap (xdotool). Every wait polls with a deadline, and a
failure carries the kiosk's own output. Each server and the kiosk run in a session (process
group) of their own, which the teardown ends by its id: the kiosk's speech service and cage's
Xwayland go with them.
"""

from __future__ import annotations

import os
import selectors
import shutil
import signal
import subprocess
import sys
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import pytest

from kiosk.ui.theme import DEFAULT_THEME
from tests.conftest import ROOT
from tests.display.screenshots import Shot, colour, hex_colour, parse_ppm, parse_xwd

STARTUP_S = 60.0
"""From starting the kiosk to its start screen on the display (about 3 s on 2 idle cores)."""
SETTLE_S = 10.0
"""For the screen to show what a check waits for (full screen, the menu after a tap)."""
POLL_S = 0.1
TOOL_TIMEOUT_S = 30.0
END_TIMEOUT_S = 10.0
XWD_RETRY_S = 10.0

PAGE_BG = colour(DEFAULT_THEME.page_bg)
"""The start screen's background: most of the screen once the kiosk is up."""
X11_BACKGROUND = colour("#FF00FF")
"""The bare X screen, set with xsetroot: no colour of the kiosk's default theme is magenta."""
CAGE_BACKGROUND = 0x000000
"""cage clears its output to black; the kiosk's default theme and pictures have no pure black."""

KIOSK_CLASS = "rfa-kiosk"  # the application name, which Qt gives X11 as the window's WM_CLASS


def require(*programs: str) -> None:
    """Fails (never skips) when a tool is missing: CI must have every one of them."""
    missing = [program for program in programs if shutil.which(program) is None]
    if missing:
        pytest.fail(
            f"{', '.join(missing)} not found: the display tests need the Debian packages that "
            "tools/system-packages.sh --test installs (as root or with password-less sudo)",
            pytrace=False,
        )


def kiosk_command(workdir: Path) -> list[str]:
    return [sys.executable, str(ROOT / "main.py"), "--kiosk", "--data-dir", str(workdir / "data")]


def base_env(workdir: Path) -> dict[str, str]:
    """The test's environment without its display, and every XDG folder under ``workdir``, so
    nothing real is touched; a private runtime folder (0700, as Qt and cage expect)."""
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    runtime = workdir / "runtime"
    runtime.mkdir(mode=0o700)
    env.update(
        XDG_RUNTIME_DIR=str(runtime),
        XDG_CONFIG_HOME=str(workdir / "xdg-config"),
        XDG_DATA_HOME=str(workdir / "xdg-data"),
        XDG_STATE_HOME=str(workdir / "xdg-state"),  # the kiosk's log
        XDG_CACHE_HOME=str(workdir / "xdg-cache"),
    )
    return env


def spawn(
    args: list[str], env: dict[str, str], log: Path, **options: Any
) -> subprocess.Popen[bytes]:
    """Output goes to a file, never a pipe: cage logs a line on every frame, and a full pipe
    would stall it."""
    with log.open("ab") as out:
        return subprocess.Popen(
            args,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            **options,
        )


def end(process: subprocess.Popen[bytes]) -> None:
    """Kills a process started by spawn and the rest of its session, and reaps it."""
    with suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=END_TIMEOUT_S)


def run_tool(args: list[str], env: dict[str, str]) -> bytes:
    result = subprocess.run(args, env=env, capture_output=True, timeout=TOOL_TIMEOUT_S, check=False)
    if result.returncode != 0:
        raise AssertionError(f"{' '.join(args)} failed ({result.returncode}): {result.stderr!r}")
    return result.stdout


def tail(path: Path, limit: int = 4000) -> str:
    text = path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""
    return text[-limit:] or "(nothing)"


@dataclass(frozen=True)
class Rect:
    x: int
    y: int
    width: int
    height: int

    def __str__(self) -> str:
        return f"{self.width}x{self.height}+{self.x}+{self.y}"


class Session(ABC):
    """A display server with the kiosk started on it."""

    def __init__(
        self, name: str, size: tuple[int, int], background: int, env: dict[str, str], workdir: Path
    ) -> None:
        self.name = name
        self.slug = name.lower().replace(" ", "-")
        """For file names: x11-bare-1920x1080, cage-1280x720."""
        self.size = size
        self.background = background
        """The colour of the bare screen, wherever the kiosk does not cover it."""
        self.env = env
        """For the tools that look at the screen: the display's variables."""
        self.workdir = workdir
        self.log = workdir / "kiosk.log"
        """The kiosk's own output (Qt's warnings, the kiosk's log lines)."""
        self.server: subprocess.Popen[bytes] | None = None
        """Xvfb, or cage."""

    @abstractmethod
    def screenshot(self) -> Shot: ...

    @abstractmethod
    def kiosk_pid(self) -> int | None:
        """The running kiosk's process id; None once it has ended."""

    @abstractmethod
    def exit_code(self, timeout: float) -> int | None:
        """Waits up to ``timeout`` s for the kiosk to end: its exit code, or None if it runs."""

    def fail(self, message: str, shot: Shot | None = None) -> NoReturn:
        """Fails the test with the kiosk's output and, if given, the screen as it was."""
        if shot is not None:
            path = self.workdir / f"{self.slug}-failed.png"
            shot.save_png(path)
            message += f" (the screen: {path})"
        pytest.fail(
            f"{self.name}: {message}\n--- the kiosk's output ---\n{tail(self.log)}", pytrace=False
        )

    def settle(
        self, problem: Callable[[Shot], str | None], timeout: float
    ) -> tuple[Shot, str | None]:
        """Takes screenshots until ``problem`` finds none or ``timeout`` s have passed: the last
        screenshot, and the problem still found in it (None if the screen settled)."""
        deadline = time.monotonic() + timeout
        while True:
            if self.kiosk_pid() is None:
                self.fail(f"the kiosk has ended (exit code {self.exit_code(0)})")
            if self.server is not None and self.server.poll() is not None:
                self.fail(f"the display server has ended (exit {self.server.returncode})")
            shot = self.screenshot()
            found = problem(shot)
            if found is None or time.monotonic() > deadline:
                return shot, found
            time.sleep(POLL_S)

    def wait_for(self, problem: Callable[[Shot], str | None], timeout: float) -> Shot:
        """As settle, but fails when the screen does not settle."""
        shot, found = self.settle(problem, timeout)
        if found is not None:
            self.fail(f"after {timeout:.0f} s, {found}", shot)
        return shot

    def wait_for_start_screen(self) -> None:
        """Until the kiosk has painted its start screen somewhere: whether it fills the screen
        is for the tests to find out."""

        def not_painted(shot: Shot) -> str | None:
            share = shot.share(PAGE_BG)
            if share >= 0.05:
                return None
            return f"the start screen's {hex_colour(PAGE_BG)} covers {share:.1%} of the screen"

        self.wait_for(not_painted, STARTUP_S)


class X11Session(Session):
    process: subprocess.Popen[bytes] | None = None
    """The kiosk, a child of the test."""

    def screenshot(self) -> Shot:
        # xwd walks the window tree and reads each window's visual region: a window that Qt
        # destroys meanwhile makes it fail with BadWindow or BadDrawable. That happens only in
        # the kiosk's first two seconds or so (measured: 4 of 80 screenshots); the next try works.
        deadline = time.monotonic() + XWD_RETRY_S
        while True:
            result = subprocess.run(
                ["xwd", "-root", "-silent"],
                env=self.env,
                capture_output=True,
                timeout=TOOL_TIMEOUT_S,
                check=False,
            )
            if result.returncode == 0:
                return parse_xwd(result.stdout)
            if b"X Error" not in result.stderr or time.monotonic() > deadline:
                raise AssertionError(f"xwd failed ({result.returncode}): {result.stderr!r}")
            time.sleep(POLL_S)

    def kiosk_pid(self) -> int | None:
        assert self.process is not None
        return self.process.pid if self.process.poll() is None else None

    def exit_code(self, timeout: float) -> int | None:
        assert self.process is not None
        with suppress(subprocess.TimeoutExpired):
            return self.process.wait(timeout=timeout)
        return None

    def kiosk_windows(self) -> list[Rect]:
        """Every visible window of the kiosk, as placed on the screen (after any WM's frame)."""
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--class", KIOSK_CLASS],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=TOOL_TIMEOUT_S,
            check=False,
        )  # exits 1 when there is none
        return [self._geometry(window) for window in found.stdout.split()]

    def tap(self, x: int, y: int) -> None:
        """A press and release at a screen position, through the X server like a real pointer
        (XTEST), so it reaches whichever window is there. The server handles the move before
        the click (one connection, in order); no --sync, which waits 15 s for a motion event
        when the pointer is already there (Xvfb starts it in the middle of the screen)."""
        run_tool(["xdotool", "mousemove", str(x), str(y), "click", "1"], self.env)

    def _geometry(self, window: str) -> Rect:
        info = run_tool(["xwininfo", "-id", window], self.env).decode()
        fields = dict(line.strip().split(": ", 1) for line in info.splitlines() if ": " in line)
        return Rect(
            int(fields["Absolute upper-left X"]),
            int(fields["Absolute upper-left Y"]),
            int(fields["Width"]),
            int(fields["Height"]),
        )


@contextmanager
def x11(workdir: Path, size: tuple[int, int], *, window_manager: bool) -> Iterator[X11Session]:
    """Xvfb at ``size`` with a magenta root window, optionally openbox, then the kiosk."""
    require("Xvfb", "xsetroot", "xwd", "xwininfo", "xdotool")
    if window_manager:
        require("openbox", "xprop")
    width, height = size
    env = base_env(workdir)
    with ExitStack() as stack:
        # -displayfd: Xvfb picks a free display number and writes it once it accepts clients.
        # -noreset: else the server resets (and the root goes back to black) when xsetroot,
        # its first client, disconnects.
        read_end, write_end = os.pipe()
        stack.callback(os.close, read_end)
        xvfb = ["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{width}x{height}x24"]
        server = spawn(
            [*xvfb, "-nolisten", "tcp", "-noreset"],
            env,
            workdir / "xvfb.log",
            pass_fds=(write_end,),
        )
        os.close(write_end)
        stack.callback(end, server)
        number = _read_display_number(read_end, server, workdir / "xvfb.log")
        env["DISPLAY"] = f":{number}"
        env["QT_QPA_PLATFORM"] = "xcb"
        run_tool(["xsetroot", "-solid", "#ff00ff"], env)
        if window_manager:
            wm = spawn(["openbox", "--sm-disable"], env, workdir / "openbox.log")
            stack.callback(end, wm)
            _wait_for_window_manager(env, wm, workdir / "openbox.log")
        name = f"X11 {'openbox' if window_manager else 'bare'} {width}x{height}"
        session = X11Session(name, size, X11_BACKGROUND, env, workdir)
        session.server = server
        session.process = spawn(kiosk_command(workdir), env, session.log)
        stack.callback(end, session.process)
        session.wait_for_start_screen()
        yield session


def _read_display_number(fd: int, server: subprocess.Popen[bytes], log: Path) -> int:
    with selectors.DefaultSelector() as selector:
        selector.register(fd, selectors.EVENT_READ)
        ready = selector.select(STARTUP_S)
    text = os.read(fd, 64).decode().strip() if ready else ""
    if not text.isdigit():
        pytest.fail(f"Xvfb did not start (exit {server.poll()}): {tail(log)}", pytrace=False)
    return int(text)


def _wait_for_window_manager(env: dict[str, str], wm: subprocess.Popen[bytes], log: Path) -> None:
    """An EWMH window manager says it runs through this property on the root window."""
    deadline = time.monotonic() + STARTUP_S
    while b"window id" not in run_tool(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env):
        if wm.poll() is not None or time.monotonic() > deadline:
            pytest.fail(f"openbox did not start (exit {wm.poll()}): {tail(log)}", pytrace=False)
        time.sleep(POLL_S)


class CageSession(Session):
    pid = 0
    """The kiosk's, found below cage."""

    @property
    def status(self) -> Path:
        """The kiosk's exit code, written by CAGE_CLIENT when it has ended."""
        return self.workdir / "kiosk.status"

    def screenshot(self) -> Shot:
        return parse_ppm(run_tool(["grim", "-t", "ppm", "-"], self.env))

    def kiosk_pid(self) -> int | None:
        assert self.server is not None
        ended = self.status.exists() or self.server.poll() is not None
        return None if ended else self.pid

    def exit_code(self, timeout: float) -> int | None:
        deadline = time.monotonic() + timeout
        while not self.status.exists():
            if time.monotonic() > deadline:
                return None
            time.sleep(0.01)
        return int(self.status.read_text())


# The kiosk is cage's client, as in deploy/rfa-kiosk.service. Debian 12's cage (0.1.4) does not
# say how its client ended, so this shell between them writes the kiosk's exit code to a file
# (renamed into place, so it is never read half-written) and keeps its output apart from cage's.
CAGE_CLIENT = (
    'status=$1 log=$2; shift 2; "$@" >"$log" 2>&1; '
    'echo $? >"$status.new"; mv "$status.new" "$status"'
)


def _turns(portrait: bool) -> list[str]:
    """cage's options that turn its output: portrait by 90 degrees, landscape by 180.

    The kiosk sees an upright screen either way, and so does grim. Unturned, Debian 12's cage
    (0.1.4) hands a buffer the size of the output straight to the screen (direct scan-out), and
    wlroots 0.15's headless screencopy then shows grim black or half-drawn screens (5 starts of
    6, measured); turned, it composites every frame. cage 0.2 (Debian 13) has no -r (it turns
    outputs through wlr-randr) and no such trouble: there the output stays landscape.
    """
    usage = subprocess.run(["cage", "-h"], capture_output=True, text=True, check=False, timeout=10)
    if "\n -r" not in usage.stdout + usage.stderr:
        return []
    return ["-r"] if portrait else ["-r", "-r"]


@contextmanager
def cage(workdir: Path, size: tuple[int, int]) -> Iterator[CageSession]:
    """cage on a headless output, the kiosk as its client, as in deploy/rfa-kiosk.service.

    wlroots makes every headless output 1280x720, and Debian 12's cage (0.1.4) has no output
    management protocol, so wlr-randr cannot change that: 1280x720 is the landscape screen,
    and turned by 90 degrees (cage -r, as for a screen mounted upright) the portrait one.
    """
    require("cage", "grim")
    portrait = size[1] > size[0]
    env = base_env(workdir)
    env.update(
        QT_QPA_PLATFORM="wayland",
        WLR_BACKENDS="headless",
        WLR_RENDERER="pixman",  # no GPU here
        WLR_LIBINPUT_NO_DEVICES="1",
    )
    session = CageSession(f"cage {size[0]}x{size[1]}", size, CAGE_BACKGROUND, env, workdir)
    client = ["/bin/sh", "-c", CAGE_CLIENT, "cage-client", str(session.status), str(session.log)]
    command = ["cage", "-d", *_turns(portrait), "--", *client, *kiosk_command(workdir)]
    if os.geteuid() == 0:
        # cage refuses to run as root (it checks that it could not become root again). In a
        # user namespace that maps a plain user id onto ours it runs, and its files, and the
        # kiosk's, keep our real owner, so the kiosk still reads a venv under /root.
        require("unshare")
        command = ["unshare", "--user", "--map-user=1000", "--map-group=1000", *command]
    with ExitStack() as stack:
        session.server = compositor = spawn(command, env, workdir / "cage.log")
        stack.callback(end, compositor)
        runtime = Path(env["XDG_RUNTIME_DIR"])
        env["WAYLAND_DISPLAY"] = _wait_for(
            "cage's Wayland socket",
            lambda: next((p.name for p in runtime.glob("wayland-*") if p.is_socket()), None),
            compositor,
            workdir / "cage.log",
        )
        session.pid = _wait_for(
            "the kiosk under cage",
            lambda: _descendant(compositor, kiosk_command(workdir)[:2]),
            compositor,
            workdir / "cage.log",
        )
        session.wait_for_start_screen()
        yield session


T = TypeVar("T")


def _wait_for(
    what: str, find: Callable[[], T | None], server: subprocess.Popen[bytes], log: Path
) -> T:
    deadline = time.monotonic() + STARTUP_S
    while (found := find()) is None:
        if server.poll() is not None or time.monotonic() > deadline:
            pytest.fail(f"no {what} (exit {server.poll()}): {tail(log)}", pytrace=False)
        time.sleep(POLL_S)
    return found


def _descendant(parent: subprocess.Popen[bytes], argv_start: list[str]) -> int | None:
    """The process below ``parent`` whose command line starts with ``argv_start``."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with suppress(OSError):  # a process that ended meanwhile
            ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])  # after "pid (name) state"
            children.setdefault(ppid, []).append(int(stat.parent.name))
    todo = list(children.get(parent.pid, []))
    while todo:
        pid = todo.pop()
        with suppress(OSError):
            argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
            if [arg.decode() for arg in argv[: len(argv_start)]] == argv_start:
                return pid
        todo += children.get(pid, [])
    return None
