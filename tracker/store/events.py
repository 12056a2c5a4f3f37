"""The history of every item, in a :class:`~tracker.store.Store`: one event per
change, note, creation or "behandlad" mark.

An event is stored as a code and parameters (``tracker.labels`` renders them in the
reader's language), the changed field with its old and new value, and the note a person
wrote, if any; see ``schema`` step 5.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from tracker.store import connection as conn_mod
from tracker.store.convert import EVENT_COLUMNS, event_row, to_sql
from tracker.store.core import StoreCore
from tracker.store.models import ItemEvent

#: The code of an event without one of the program's notes, by its field.
_PLAIN_CODE = {"created": "created", "discussed": "discussed", "note": "note"}


class EventsPart(StoreCore):
    """Reading and writing items' history events."""

    def item_history(self, item_id: int) -> list[ItemEvent]:
        """The item's events, oldest first."""
        rows = self._all(
            f"SELECT {EVENT_COLUMNS} FROM item_events WHERE item_id = ? ORDER BY id", (item_id,)
        )
        return [event_row(r) for r in rows]

    def document_events(self, document_id: int) -> list[ItemEvent]:
        """Every history event an import of the document wrote, oldest first."""
        rows = self._all(
            f"SELECT {EVENT_COLUMNS} FROM item_events WHERE document_id = ? ORDER BY id",
            (document_id,),
        )
        return [event_row(r) for r in rows]

    def histories(self, ids: Iterable[int]) -> dict[int, list[ItemEvent]]:
        """Events of many items at once (oldest first per item)."""
        id_list = [int(i) for i in ids]
        out: dict[int, list[ItemEvent]] = {i: [] for i in id_list}
        if not id_list:
            return out
        rows = self._all(
            f"SELECT {EVENT_COLUMNS} FROM item_events "
            "WHERE item_id IN (SELECT value FROM json_each(?)) ORDER BY item_id, id",
            (json.dumps(id_list),),
        )
        for r in rows:
            out[r[1]].append(event_row(r))
        return out

    def add_event(
        self,
        item_id: int,
        field: str,
        old: Any = None,
        new: Any = None,
        *,
        code: str | None = None,
        params: dict[str, Any] | None = None,
        note: str | None = None,
        document_id: int | None = None,
        meeting_id: int | None = None,
    ) -> ItemEvent:
        """Record one history entry.  ``field``: what happened ("created", "discussed",
        "note" or the changed field, with ``old`` and ``new``); ``code`` and ``params``:
        why, when the program did it (a code of ``tracker.labels``; by default the plain
        one for the field); ``note``: what a person wrote, which also becomes the item's
        ``last_note``."""
        at = conn_mod.now_iso()
        old_s = to_sql(field, old)
        new_s = to_sql(field, new)
        old_s = None if old_s is None else str(old_s)
        new_s = None if new_s is None else str(new_s)
        note = note.strip() if note and note.strip() else None
        code = code or _PLAIN_CODE.get(field, "changed")
        params = dict(params or {})
        with self.transaction():
            cur = self._exec(
                "INSERT INTO item_events (item_id, at, user, field, old, new, note, "
                "document_id, meeting_id, code, params) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    item_id, at, self._user, field, old_s, new_s, note, document_id,
                    meeting_id, code, json.dumps(params, ensure_ascii=False),
                ),
            )  # fmt: skip
            if note:
                self._exec("UPDATE items SET last_note = ? WHERE id = ?", (note, item_id))
            event_id = int(cur.lastrowid or 0)
        return ItemEvent(
            event_id, item_id, at, self._user, field, old_s, new_s, note, document_id,
            meeting_id, code=code, params=params,
        )  # fmt: skip
