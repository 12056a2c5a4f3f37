"""Databases as earlier program versions wrote them, for the migration tests.

``store_at`` opens a file with only the first schema steps; ``old_event`` writes a
history event the way versions before schema 5 did (no code or parameters: the
program's own notes as Swedish sentences in ``note``), with their SQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.store import Store
from tracker.store import connection as conn_mod


def store_at(path: Path, version: int, monkeypatch: pytest.MonkeyPatch) -> Store:
    """A database of schema ``version`` (this program's first steps only)."""
    with monkeypatch.context() as m:
        m.setattr(conn_mod, "MIGRATIONS", conn_mod.MIGRATIONS[:version])
        m.setattr(conn_mod, "SCHEMA_VERSION", version)
        return Store.open(path, backup=False)


def old_event(
    store: Store,
    item_id: int,
    field: str,
    old: str | None = None,
    new: str | None = None,
    *,
    note: str | None = None,
    document_id: int | None = None,
    meeting_id: int | None = None,
    user: str = "anna",
) -> None:
    """One history event as ``Store.add_event`` wrote it up to schema 4 (a note also
    became the item's ``last_note``)."""
    with store.transaction():
        store.conn.execute(
            "INSERT INTO item_events (item_id, at, user, field, old, new, note, "
            "document_id, meeting_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (item_id, "2024-04-09T13:02:00", user, field, old, new, note, document_id,
             meeting_id),
        )  # fmt: skip
        if note:
            store.conn.execute("UPDATE items SET last_note = ? WHERE id = ?", (note, item_id))
