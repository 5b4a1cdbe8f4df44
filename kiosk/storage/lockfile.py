"""An advisory lock file that serializes writes and checkpoints across processes (no Qt).

SQLite 3.7.0 to 3.51.2 (Debian's 3.40 included) can corrupt a WAL database when two processes
write or checkpoint at the same moment (the "WAL-reset" bug, fixed in 3.51.3). The kiosk and the
staff command line both write, so every write transaction, every checkpoint and every close (the
last connection to close checkpoints) runs while holding an exclusive ``flock`` on
``requests.db.lock``.

``flock`` locks belong to an open file description, so two queues in one process exclude each
other just as two processes do, and the kernel drops the lock when a process dies (kill -9).
"""

from __future__ import annotations

import errno
import fcntl
import logging
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kiosk.storage.errors import StorageError, StorageLocked

log = logging.getLogger(__name__)

_FIRST_POLL_S = 0.001
_LONGEST_POLL_S = 0.02


class WriteLock:
    """Exclusive, re-entrant (within one holder), time-limited lock on one lock file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd = _open_lock_file(path)
        self._depth = 0

    @contextmanager
    def held(self, timeout_s: float) -> Iterator[None]:
        """Holds the lock for the ``with`` block; raises StorageLocked after ``timeout_s``.

        Polls with LOCK_NB so the wait respects the same busy timeout as SQLite itself; a
        blocking flock could hang the kiosk forever behind a stuck staff command.
        """
        if self._fd < 0:
            raise StorageError(f"{self.path.name} is closed")
        if self._depth == 0:
            self._acquire(timeout_s)
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if self._depth == 0:
                fcntl.flock(self._fd, fcntl.LOCK_UN)

    def close(self) -> None:
        """Closes the file (which also releases the lock); idempotent."""
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1
            self._depth = 0

    def _acquire(self, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        pause = _FIRST_POLL_S
        while True:
            try:
                fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                pass
            else:
                return
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise StorageLocked(
                    f"{self.path.name} was held by another writer for more than {timeout_s:g} s"
                )
            time.sleep(min(pause, remaining))
            pause = min(pause * 2, _LONGEST_POLL_S)


def _open_lock_file(path: Path) -> int:
    """Opens (creating 0600 if needed) the lock file; read-only if that is all we may do.

    flock works on a read-only descriptor too, so a queue on read-only storage can still take
    the lock while it reads.
    """
    flags = os.O_CLOEXEC | os.O_NOFOLLOW
    try:
        fd = os.open(path, flags | os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as error:
        if error.errno not in (errno.EACCES, errno.EROFS, errno.EPERM) or not path.exists():
            raise
        return os.open(path, flags | os.O_RDONLY)
    try:
        if os.fstat(fd).st_mode & 0o077:
            os.fchmod(fd, 0o600)
    except OSError as error:  # someone else's file: the lock still works
        log.warning("could not make %s private: %s", path, error.strerror)
    return fd
