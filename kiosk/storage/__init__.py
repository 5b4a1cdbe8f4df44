"""The durable request queue: stdlib sqlite3, schema migrations, no Qt.

``RequestQueue.open(data_dir)`` is the way in; every failure is a StorageError subclass whose
message is for logs and staff, never for patients.
"""

from kiosk.storage.errors import (
    StorageCorrupt,
    StorageError,
    StorageFull,
    StorageLocked,
    StorageReadOnly,
)
from kiosk.storage.queue import Alert, RequestQueue, SaveResult

__all__ = [
    "Alert",
    "RequestQueue",
    "SaveResult",
    "StorageCorrupt",
    "StorageError",
    "StorageFull",
    "StorageLocked",
    "StorageReadOnly",
]
