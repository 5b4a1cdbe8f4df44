"""Private folders and files, and durable renames (no Qt).

Everything the kiosk writes holds patient data or guards it, so folders are 0700 and files 0600
whatever the process umask, and a rename only counts once its folder has been fsynced.
"""

from __future__ import annotations

import errno
import logging
import os
import stat
from pathlib import Path

log = logging.getLogger(__name__)


def not_a_folder(path: Path) -> str | None:
    """Why ``path`` cannot be a data folder (something else has its name), or None.

    One stat: another process may be creating the folder this very moment.
    """
    mode = _mode(path)
    if mode is None or stat.S_ISDIR(mode):
        return None
    return f"{path} is a file, not a folder; move it away or choose another data folder"


def not_a_file(path: Path) -> str | None:
    """Why ``path`` cannot be a database file (a folder or device has its name), or None."""
    mode = _mode(path)
    if mode is None or stat.S_ISREG(mode):
        return None
    kind = "a folder" if stat.S_ISDIR(mode) else "not a regular file"
    return f"{path} is {kind}, not the database file; move it away"


def _mode(path: Path) -> int | None:
    """``path``'s file type and mode, or None if nothing (or a dangling link) is there."""
    try:
        return path.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):
        return None


def make_private_dir(path: Path) -> None:
    """Creates the data folder 0700, or takes group and other bits off an existing one."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    mode = path.stat().st_mode
    if mode & 0o077:
        try:
            path.chmod(mode & 0o700)
        except PermissionError as error:  # someone else's folder: warn, keep going
            log.warning("could not make %s private: %s", path, error.strerror)


def make_private_file(path: Path, *, create: bool = True, mode: int | None = None) -> None:
    """Creates ``path`` 0600 before SQLite does (SQLite gives -wal/-shm the database's mode).

    An existing file loses its group and other bits, or gets exactly ``mode`` if given.
    """
    if create:
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600))
        except FileExistsError:
            pass
        else:
            return
    try:
        current = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return
    wanted = current & 0o700 if mode is None else mode
    if current != wanted:
        try:
            path.chmod(wanted)
        except PermissionError as error:  # someone else's file: warn, keep going
            log.warning("could not set the mode of %s: %s", path, error.strerror)


def sync_dir(path: Path) -> None:
    """Makes renames in ``path`` durable.

    Some filesystems (FAT on a USB stick) refuse fsync on a folder with EINVAL; their renames
    are as durable as they get, so that one refusal is not an error.
    """
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        os.fsync(fd)
    except OSError as error:
        if error.errno not in (errno.EINVAL, errno.ENOTSUP):
            raise
    finally:
        os.close(fd)
