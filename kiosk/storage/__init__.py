"""The request database: stdlib sqlite3, schema migrations, export, purge and audit, no Qt.

``RequestQueue.open(data_dir)`` is the way in for the kiosk and the staff panel;
``export_requests`` writes a file from its own connection. ``InsightStore`` keeps anonymous
per-day reading counts beside the queue and ``write_stats_csv`` exports them. Every failure is
a StorageError subclass whose message is for logs and staff, never for patients.
"""

from kiosk.storage.audit import Action, AuditEntry, Origin, command_line_user
from kiosk.storage.database import Alert, Database
from kiosk.storage.errors import (
    StorageCorrupt,
    StorageError,
    StorageFull,
    StorageLocked,
    StorageReadOnly,
)
from kiosk.storage.export import (
    ExportError,
    ExportFormat,
    ExportResult,
    default_export_name,
    export_requests,
)
from kiosk.storage.insights import (
    DayStats,
    FormEvent,
    InsightStore,
    ReadingTally,
    StatsResult,
    write_stats_csv,
)
from kiosk.storage.queue import RequestQueue, RequestSummary, SaveResult
from kiosk.storage.retention import PurgeResult

__all__ = [
    "Action",
    "Alert",
    "AuditEntry",
    "Database",
    "DayStats",
    "ExportError",
    "ExportFormat",
    "ExportResult",
    "FormEvent",
    "InsightStore",
    "Origin",
    "PurgeResult",
    "ReadingTally",
    "RequestQueue",
    "RequestSummary",
    "SaveResult",
    "StatsResult",
    "StorageCorrupt",
    "StorageError",
    "StorageFull",
    "StorageLocked",
    "StorageReadOnly",
    "command_line_user",
    "default_export_name",
    "export_requests",
    "write_stats_csv",
]
