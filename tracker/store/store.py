"""The :class:`Store`: one open balance-list database.

Reads return row dataclasses (``ItemRow``, ``ItemEvent``, ``MeetingRow``,
``DocumentRow``).  Writes are low-level building blocks used by
:mod:`tracker.services.balance`, which adds the history events and the rules; every
write runs inside :meth:`Store.transaction` (BEGIN IMMEDIATE), so an import or an edit
is saved completely or not at all, and an item update checks the item's ``version``
so that an edit made on a stale copy is refused, never silently overwritten.

This module holds the items and the opening of the file; the other kinds of data are
parts in modules of their own (``documents``, ``meetings``, ``events``) on top of
``core.StoreCore`` (connection, SQL helpers, transactions).

The connection is wrapped in a ``sqlite_utils.Database`` (``store.db``) for
introspection and ad-hoc reads.  Writes use plain SQL on purpose: sqlite-utils' write
helpers commit on their own (``with conn:``), which would break our transactions.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from tracker.errors import NotFoundError, StaleEditError, StoreError, TrackerError
from tracker.store import backups as backups_mod
from tracker.store import connection as conn_mod
from tracker.store.convert import item_row, to_sql
from tracker.store.documents import UNDONE_PREFIX, DocumentsPart
from tracker.store.events import EventsPart
from tracker.store.meetings import MeetingsPart
from tracker.store.models import EDITABLE_FIELDS, REMOVED, ItemRow
from tracker.store.not_taken import NotTakenPart
from tracker.store.queries import (
    ITEM_COLUMNS,
    ITEM_FROM,
    ITEM_JSON,
    ITEM_JSON_WITH_HISTORY,
    ItemFilter,
    build_order,
    build_where,
    fts_query,
    search_only,
)

STALE_MESSAGE = (
    "Punkten har ändrats av någon annan sedan du öppnade den. Ladda om och gör ändringen igen."
)

#: Columns ``insert_item`` accepts (besides the automatic ones).
_ITEM_INSERT_FIELDS = (
    *EDITABLE_FIELDS,
    "co_owners",
    "page",
    "line",
    "evidence",
    "document_id",
    "meeting_id",
    "last_note",
    "dnr",
    "ref_no",
)

__all__ = ["STALE_MESSAGE", "UNDONE_PREFIX", "Store"]


class Store(DocumentsPart, MeetingsPart, EventsPart, NotTakenPart):
    """An open database.  Use :meth:`open`; close with :meth:`close` or ``with``.

    One Store is meant for one thread at a time (the GUI's main thread, or one CLI
    command).  Two programs on the same file are fine: SQLite's locks serialise their
    writes and the ``version`` column catches edits based on stale reads.
    """

    # --- lifecycle ---------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, backup: bool = True) -> Store:
        """Open (create, migrate) the database at ``path``; StoreError on failure.

        ``backup``: take a rolling backup in ``backups/`` beside the file (skipped when
        the database is empty or unchanged since the newest backup; the last 10 and one
        a day for 14 days kept).  When it fails, or the file is damaged, the store still
        opens and says why in :attr:`warnings` (the CLI prints them on stderr, the
        window in its status bar).
        """
        path = Path(path).expanduser()
        had_data = conn_mod.check_file(path)
        conn = conn_mod.connect(path)
        try:
            conn_mod.migrate(conn, path)
            store = cls(conn, path)
            if backup and had_data:
                try:
                    backups_mod.rolling_backup(conn, path)
                except StoreError as exc:
                    # Working on is better than refusing to open the list; the GUI
                    # shows the warning.
                    store.warnings.append(exc.message)
        except BaseException:
            conn.close()
            raise
        return store

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def db(self) -> Any:
        """A ``sqlite_utils.Database`` on the same connection (imported on first use:
        it costs a noticeable part of a short command's start-up)."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    @property
    def database_id(self) -> str:
        """A random id made when the file was created (stable ICS UIDs, backups)."""
        if self._database_id is None:
            row = self._one("SELECT value FROM meta WHERE key = 'database_id'")
            self._database_id = row[0] if row else self.path.stem
        return self._database_id

    def backup_now(self, *, suffix: str = "manuell") -> Path:
        """Copy the database to ``backups/`` now, ``suffix`` in the file name; returns the
        copy.  (No menu or command calls it yet.)"""
        return conn_mod.backup_copy(self.conn, self.path, suffix=suffix)

    def restore_backup(self, backup: Path) -> backups_mod.RestoreResult:
        """Replace the content with ``backup`` through this store's own connection
        (the current content is kept as ``…-fore-aterstallning.db``).  StoreError,
        nothing changed, when another program has the file open or the backup is bad."""
        if self._depth:
            raise StoreError("Återställningen kan inte göras mitt i en ändring.")
        result = backups_mod.restore_into(self.conn, self.path, Path(backup))
        self._due_order = None
        self._overdue = None
        self._database_id = None
        return result

    # --- items: reading --------------------------------------------------------------

    def query_item_ids(self, flt: ItemFilter | None = None) -> list[int]:
        """Ids of the items matching ``flt``, in its sort order.

        The list of all items in due order – what the GUI shows with the status on
        "Alla" – is kept between calls while the data is unchanged: a cleared search
        field then costs a copy of it, and a search by words of three letters or more
        the trigram index's matches picked out of it in order (no look-up of every
        match's due date, no sort).  Everything else is one SQL query.
        """
        flt = flt or ItemFilter()
        if search_only(flt):
            ids = self._search_in_due_order(flt.text or "")
            if ids is not None:
                return ids
        where, params = build_where(flt)
        order, needs_docs = build_order(flt)
        src = ITEM_FROM if needs_docs else "items"
        return self._id_list(f"SELECT items.id FROM {src} WHERE {where} ORDER BY {order}", params)

    def _id_list(self, sql: str, params: Sequence[Any] = ()) -> list[int]:
        """The ``id`` column of ``sql`` as a list, in the query's order.

        SQLite builds one JSON array of them: at 100,000 ids a third cheaper than a row
        tuple per id.  (An ORDER BY in a FROM-clause subquery is kept when the outer
        query aggregates with a function other than count/min/max, as here.)"""
        row = self._one(f"SELECT json_group_array(id) FROM ({sql})", params)
        return json.loads(row[0])

    def _data_key(self) -> tuple[int, int] | None:
        """A key that changes whenever the items may have changed: rows changed through
        this connection (``total_changes``) or a commit by any other connection,
        another program's included (``PRAGMA data_version``).  None inside a
        transaction: its changes may still be rolled back, so nothing read then is kept.
        """
        if self.conn.in_transaction:
            return None
        return (self.conn.total_changes, int(self._one("PRAGMA data_version")[0]))

    def _all_in_due_order(self, key: tuple[int, int]) -> list[int]:
        """Ids of all items in due order (ItemFilter(status=None)), kept for ``key``."""
        if self._due_order is None or self._due_order[0] != key:
            everything = ItemFilter(status=None)
            where, params = build_where(everything)
            order, _ = build_order(everything)
            # Walks the items_due_order index: no sort.
            sql = f"SELECT items.id FROM items WHERE {where} ORDER BY {order}"
            self._due_order = (key, self._id_list(sql, params))
        return self._due_order[1]

    def _search_in_due_order(self, text: str) -> list[int] | None:
        """All items matching ``text``, in due order, from the kept list; None when that
        does not apply (inside a transaction, or a word too short for the trigram index:
        the SQL query over the items_due_order index does those)."""
        match, short = fts_query(text)
        if short:
            return None
        key = self._data_key()
        if key is None:
            return None
        ordered = self._all_in_due_order(key)
        if match is None:
            return list(ordered)
        found = set(
            self._id_list("SELECT rowid AS id FROM items_fts WHERE items_fts MATCH ?", (match,))
        )
        return [i for i in ordered if i in found]

    def count_overdue(self, ids: Iterable[int], today: dt.date | None = None) -> int:
        """How many of ``ids`` are overdue (open, due before ``today``).

        The GUI's status bar says how many of the listed items are overdue after every
        keystroke; counting them among the ids it already holds, against the overdue
        ids kept while the data and the day are unchanged, costs a pass over the list
        instead of a second search."""
        today = today or dt.date.today()
        key = self._data_key()
        if key is not None and self._overdue is not None and self._overdue[0] == (key, today):
            overdue = self._overdue[1]
        else:
            where, params = build_where(ItemFilter(status="open", overdue=True, today=today))
            overdue = set(self._id_list(f"SELECT items.id FROM items WHERE {where}", params))
            if key is not None:
                self._overdue = ((key, today), overdue)
        return len(overdue.intersection(ids))

    def count_items(self, flt: ItemFilter | None = None) -> int:
        where, params = build_where(flt or ItemFilter())
        return int(self._one(f"SELECT count(*) FROM items WHERE {where}", params)[0])

    def list_items(self, flt: ItemFilter | None = None, limit: int | None = None) -> list[ItemRow]:
        """The matching items as rows, sorted, in one query."""
        flt = flt or ItemFilter()
        where, params = build_where(flt)
        order, _ = build_order(flt)
        sql = f"SELECT {ITEM_COLUMNS} FROM {ITEM_FROM} WHERE {where} ORDER BY {order}"
        if limit is not None:
            sql += " LIMIT ?"
            params = [*params, int(limit)]
        return [item_row(r) for r in self._all(sql, params)]

    def list_items_json(
        self, flt: ItemFilter | None = None, limit: int | None = None, *, history: bool = False
    ) -> list[str]:
        """Like :meth:`list_items`, but each item as the JSON text of
        ``ItemRow.to_dict(history)``, built by SQLite itself: this is what keeps
        ``tracker list --json`` of a 100,000-item list fast."""
        flt = flt or ItemFilter()
        where, params = build_where(flt)
        order, _ = build_order(flt)
        columns = ITEM_JSON_WITH_HISTORY if history else ITEM_JSON
        sql = f"SELECT {columns} FROM {ITEM_FROM} WHERE {where} ORDER BY {order}"
        if limit is not None:
            sql += " LIMIT ?"
            params = [*params, int(limit)]
        return [r[0] for r in self._all(sql, params)]

    def fetch_items(self, ids: Iterable[int]) -> list[ItemRow]:
        """Rows for ``ids`` in the given order (unknown ids are left out)."""
        id_list = [int(i) for i in ids]
        if not id_list:
            return []
        # One JSON parameter instead of thousands of "?" (SQLite caps their number).
        rows = self._all(
            f"SELECT {ITEM_COLUMNS} FROM {ITEM_FROM} "
            "WHERE items.id IN (SELECT value FROM json_each(?))",
            (json.dumps(id_list),),
        )
        by_id = {r[0]: r for r in rows}
        return [item_row(by_id[i]) for i in id_list if i in by_id]

    def get_item(self, item_id: int) -> ItemRow:
        row = self._one(f"SELECT {ITEM_COLUMNS} FROM {ITEM_FROM} WHERE items.id = ?", (item_id,))
        if row is None:
            raise NotFoundError(f"Punkt {item_id} finns inte i balanslistan.")
        return item_row(row)

    def removed_item_ids(self) -> list[int]:
        """Ids of the REMOVED items, most recently changed first."""
        rows = self._all(
            "SELECT id FROM items WHERE status = ? ORDER BY updated_at DESC, id DESC",
            (REMOVED,),
        )
        return [int(r[0]) for r in rows]

    # A name used only by removed items (a typo in an item added by mistake) is not
    # offered.  The check runs once per distinct name, not once per item.

    def distinct_owners(self) -> list[str]:
        rows = self._all(
            "SELECT owner FROM (SELECT DISTINCT owner FROM items "
            "WHERE owner IS NOT NULL AND owner != '') AS o WHERE EXISTS (SELECT 1 FROM items "
            "WHERE items.owner = o.owner AND items.status != ?) ORDER BY sv_key(owner)",
            (REMOVED,),
        )
        return [r[0] for r in rows]

    def distinct_bodies(self) -> list[str]:
        rows = self._all(
            "SELECT body FROM (SELECT body FROM (SELECT DISTINCT body FROM items "
            "WHERE body IS NOT NULL AND body != '') AS b WHERE EXISTS (SELECT 1 FROM items "
            "WHERE items.body = b.body AND items.status != ?) "
            "UNION SELECT body FROM meetings WHERE body IS NOT NULL AND body != '') "
            "ORDER BY sv_key(body)",
            (REMOVED,),
        )
        return [r[0] for r in rows]

    # --- items: writing (building blocks for tracker.services.balance) -----------------

    def insert_item(self, fields: dict[str, Any]) -> int:
        """Insert an item (no history event: the service writes it) and return its id."""
        unknown = set(fields) - set(_ITEM_INSERT_FIELDS)
        if unknown:
            raise ValueError(f"unknown item fields: {sorted(unknown)}")
        if not str(fields.get("title") or "").strip():
            raise TrackerError("En punkt måste ha en rubrik.")
        now = conn_mod.now_iso()
        cols = [*fields, "created_at", "updated_at", "version"]
        values = [to_sql(k, v) for k, v in fields.items()] + [now, now, 1]
        if "text" in fields and fields["text"] is None:
            values[list(fields).index("text")] = ""
        with self.transaction():
            cur = self._exec(
                f"INSERT INTO items ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                values,
            )
            return int(cur.lastrowid or 0)

    def update_item_fields(
        self, item_id: int, expected_version: int, changes: dict[str, Any]
    ) -> int:
        """Set ``changes`` if the item is still at ``expected_version``; return the new
        version.  StaleEditError when someone else saved first; NotFoundError when gone."""
        unknown = set(changes) - set(_ITEM_INSERT_FIELDS)
        if unknown:
            raise ValueError(f"unknown item fields: {sorted(unknown)}")
        sets = [f"{k} = ?" for k in changes]
        values = [to_sql(k, v) for k, v in changes.items()]
        if "text" in changes and changes["text"] is None:
            values[list(changes).index("text")] = ""
        sets += ["updated_at = ?", "version = version + 1"]
        values += [conn_mod.now_iso(), item_id, int(expected_version)]
        with self.transaction():
            cur = self._exec(
                f"UPDATE items SET {', '.join(sets)} WHERE id = ? AND version = ?", values
            )
            if cur.rowcount != 1:
                row = self._one("SELECT version FROM items WHERE id = ?", (item_id,))
                if row is None:
                    raise NotFoundError(f"Punkt {item_id} finns inte i balanslistan.")
                raise StaleEditError(STALE_MESSAGE)
            return int(expected_version) + 1

    # --- checks ---------------------------------------------------------------------

    def integrity_ok(self) -> bool:
        """Full integrity check of the file and the search index (slow on big files)."""
        ok = self._one("PRAGMA integrity_check")[0] == "ok"
        try:
            self.conn.execute(
                "INSERT INTO items_fts(items_fts, rank) VALUES ('integrity-check', 1)"
            )
        except sqlite3.Error:
            return False
        return ok
