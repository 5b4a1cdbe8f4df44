"""Why a save did not happen, as exception types the app can act on (no Qt).

Every sqlite3 or OS error that leaves this package is translated into one of these, so callers
never catch raw ``sqlite3`` exceptions. ``str()`` of any of them is for logs and staff, never for
patients: the app shows its own plain-language text.
"""

from __future__ import annotations

import errno
import sqlite3

# Primary result codes (https://sqlite.org/rescode.html); extended codes keep them in the low byte.
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_NOTADB = 26


class StorageError(Exception):
    """A save (or read) did not happen; the message is for logs, never shown to patients."""


class StorageFull(StorageError):  # noqa: N818 (the names the app and issue use)
    """The disk (or the database's size limit) is full: SQLITE_FULL or ENOSPC."""


class StorageReadOnly(StorageError):  # noqa: N818 (the names the app and issue use)
    """The database file or its folder cannot be written (read-only file, folder or mount)."""


class StorageLocked(StorageError):  # noqa: N818 (the names the app and issue use)
    """Another process held the database past the busy timeout."""


class StorageCorrupt(StorageError):  # noqa: N818 (the names the app and issue use)
    """The database file is damaged (SQLITE_CORRUPT or SQLITE_NOTADB)."""


_BY_PRIMARY_CODE: dict[int, type[StorageError]] = {
    SQLITE_FULL: StorageFull,
    SQLITE_READONLY: StorageReadOnly,
    SQLITE_PERM: StorageReadOnly,
    SQLITE_BUSY: StorageLocked,
    SQLITE_LOCKED: StorageLocked,
    SQLITE_CORRUPT: StorageCorrupt,
    SQLITE_NOTADB: StorageCorrupt,
}

_BY_ERRNO: dict[int, type[StorageError]] = {
    errno.ENOSPC: StorageFull,
    errno.EDQUOT: StorageFull,
    errno.EROFS: StorageReadOnly,
    errno.EACCES: StorageReadOnly,
    errno.EPERM: StorageReadOnly,
}


def translate(error: BaseException, action: str) -> StorageError:
    """The StorageError subclass for a sqlite3 or OS error, with ``action`` saying what failed.

    Use as ``raise translate(exc, "saving a request") from exc`` so the original stays attached
    for the log.
    """
    if isinstance(error, StorageError):
        return error
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        name = getattr(error, "sqlite_errorname", None) or type(error).__name__
        kind = _BY_PRIMARY_CODE.get(code & 0xFF, StorageError) if code is not None else None
        return (kind or StorageError)(f"{action}: {error} ({name})")
    if isinstance(error, OSError):
        kind = _BY_ERRNO.get(error.errno or 0, StorageError)
        code_name = errno.errorcode.get(error.errno or 0, "OSError")
        return kind(f"{action}: {error.strerror or error} ({code_name})")
    return StorageError(f"{action}: {type(error).__name__}: {error}")
