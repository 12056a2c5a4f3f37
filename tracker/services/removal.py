"""Deleting items and undoing imports — both recoverable, both in the history.

Nothing is erased: a deleted item gets the status ``removed`` (every list, count,
export and import match leaves it out, see :data:`tracker.store.REMOVED`) with a history
event saying so, and :func:`undelete_item` brings it back with the status it had.
:func:`undo_import` takes back everything one imported document did, in one
transaction: the items it created are removed, the items it re-dated, gave an owner or
closed get their previous values back (each with a history event), the meeting it
recorded is deleted, and the document no longer counts as imported (the same file can
be imported again); the history keeps every event with its link to the document.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from tracker.errors import StaleEditError, TrackerError
from tracker.labels import STATUS_LABELS
from tracker.store import REMOVED, STALE_MESSAGE, ItemRow, Store

#: Fields an import changes on an existing item, which undo_import puts back.
_REVERTIBLE = ("due", "owner", "status")


def delete_item(
    store: Store,
    item_id: int,
    expected_version: int,
    *,
    note: str | None = None,
    meeting_id: int | None = None,
) -> ItemRow:
    """Delete an item whatever its status: status ``removed``, one history event
    (code ``deleted``: "Borttagen", or "Borttagen: <note>").  StaleEditError when the
    item changed since it was loaded; TrackerError when it is already deleted."""
    with store.transaction():
        item = store.get_item(item_id)
        if item.version != expected_version:
            raise StaleEditError(STALE_MESSAGE)
        if item.status == REMOVED:
            raise TrackerError(f"Punkt {item_id} är redan borttagen.")
        store.add_event(item_id, "status", item.status, REMOVED, code="deleted", note=note,
                        meeting_id=meeting_id)  # fmt: skip
        # Why it was deleted is not news about the matter: the latest note stays.
        store.update_item_fields(
            item_id, expected_version, {"status": REMOVED, "last_note": item.last_note}
        )
    return store.get_item(item_id)


def status_before_removal(store: Store, item_id: int) -> str:
    """The status a removed item had before it was removed (open when unknown)."""
    for event in reversed(store.item_history(item_id)):
        if event.field == "status" and event.new == REMOVED:
            return event.old if event.old in STATUS_LABELS else "open"
    return "open"


def undelete_item(
    store: Store, item_id: int, expected_version: int, *, meeting_id: int | None = None
) -> ItemRow:
    """Bring a deleted item back with the status it had before."""
    with store.transaction():
        item = store.get_item(item_id)
        if item.version != expected_version:
            raise StaleEditError(STALE_MESSAGE)
        if item.status != REMOVED:
            raise TrackerError(f"Punkt {item_id} är inte borttagen.")
        back = status_before_removal(store, item_id)
        store.add_event(item_id, "status", REMOVED, back, code="undeleted",
                        meeting_id=meeting_id)  # fmt: skip
        store.update_item_fields(item_id, expected_version, {"status": back})
    return store.get_item(item_id)


def list_removed(store: Store) -> list[ItemRow]:
    """Every removed item, most recently changed first (the GUI's "Borttagna punkter")."""
    return store.fetch_items(store.removed_item_ids())


@dataclass
class UndoImportResult:
    """What :func:`undo_import` did (item ids), and what it left because the item had
    been changed since the import (``kept``: id → Swedish reason)."""

    document_id: int
    file_name: str
    removed: list[int] = field(default_factory=list)
    reverted: list[int] = field(default_factory=list)
    reopened: list[int] = field(default_factory=list)
    meetings_deleted: int = 0
    kept: dict[int, str] = field(default_factory=dict)

    def summary(self) -> str:
        text = (
            f"Importen av {self.file_name} är ångrad: {len(self.removed)} punkter borttagna, "
            f"{len(self.reverted)} återställda, {len(self.reopened)} öppnade igen."
        )
        if self.kept:
            text += f" {len(self.kept)} punkter har ändrats sedan importen och lämnades orörda."
        return text


def _value(field_name: str, text: str | None) -> Any:
    if field_name == "due":
        return dt.date.fromisoformat(text) if text else None
    return text


def undo_import(store: Store, document_id: int) -> UndoImportResult:
    """Take back one imported document's changes, all in one transaction (see the
    module docstring).  An item changed after the import in the same field (someone
    re-dated it again) keeps that later change and is reported in ``kept``."""
    doc = store.get_document(document_id)
    result = UndoImportResult(document_id, doc.file_name)
    why: dict[str, Any] = {"code": "import_undone", "params": {"file": doc.file_name}}
    with store.transaction():
        events = store.document_events(document_id)
        created = {e.item_id for e in events if e.field == "created"}
        for item_id in sorted(created):
            item = store.get_item(item_id)
            if item.status == REMOVED:
                continue
            store.add_event(item_id, "status", item.status, REMOVED, **why,
                            document_id=document_id)  # fmt: skip
            store.update_item_fields(item_id, item.version, {"status": REMOVED})
            result.removed.append(item_id)
        # Newest first, so that two changes of one field go back in order.
        for event in reversed(events):
            if event.item_id in created or event.field not in _REVERTIBLE:
                continue
            item = store.get_item(event.item_id)
            if item.status == REMOVED:
                continue
            current = getattr(item, event.field)
            wanted_now = _value(event.field, event.new)
            if current != wanted_now:
                result.kept[item.id] = f"{event.field} har ändrats sedan importen"
                continue
            old = _value(event.field, event.old)
            changes: dict[str, Any] = {event.field: old}
            if event.field == "due":
                changes.update(due_text=None, due_precision="day" if old else None)
            store.update_item_fields(item.id, item.version, changes)
            store.add_event(item.id, event.field, current, old, **why,
                            document_id=document_id)  # fmt: skip
            if event.field == "status" and old == "open":
                result.reopened.append(item.id)
            elif item.id not in result.reverted:
                result.reverted.append(item.id)
        for meeting in store.list_meetings():
            if meeting.document_id == document_id:
                store.delete_meeting(meeting.id)
                result.meetings_deleted += 1
        # The candidates it offered and nobody took go with it (a row some later import
        # took up keeps its item: that import made it).
        store.delete_not_taken_of_document(document_id)
        store.mark_document_undone(document_id)
    return result
