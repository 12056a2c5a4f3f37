"""The balance list's SQLite database: schema and migrations, safe opening (WAL, busy
timeout, foreign keys, backups), item queries and the history of every change.

``Store.open(path)`` is the entry point; see ``docs/CONTRACTS.md`` for the API that the
services, the GUI and the CLI use.
"""

from __future__ import annotations

from tracker.store.models import (
    EDITABLE_FIELDS,
    REMOVED,
    STATUSES,
    DocumentRow,
    ItemEvent,
    ItemRow,
    MeetingRow,
    NotTakenRow,
)
from tracker.store.queries import SORT_KEYS, ItemFilter
from tracker.store.schema import SCHEMA_VERSION
from tracker.store.store import STALE_MESSAGE, Store

__all__ = [
    "EDITABLE_FIELDS",
    "REMOVED",
    "SCHEMA_VERSION",
    "SORT_KEYS",
    "STALE_MESSAGE",
    "STATUSES",
    "DocumentRow",
    "ItemEvent",
    "ItemFilter",
    "ItemRow",
    "MeetingRow",
    "NotTakenRow",
    "Store",
]
