"""The :class:`Store`: one open balance-list database.

Reads return row dataclasses (``ItemRow``, ``ItemEvent``, ``MeetingRow``,
``DocumentRow``).  Writes are low-level building blocks used by
:mod:`tracker.services.balance`, which adds the history events and the rules; every
write runs inside :meth:`Store.transaction` (BEGIN IMMEDIATE), so an import or an edit
is saved completely or not at all, and an item update checks the item's ``version``
so that an edit made on a stale copy is refused, never silently overwritten.

The connection is wrapped in a ``sqlite_utils.Database`` (``store.db``) for
introspection and ad-hoc reads.  Writes use plain SQL on purpose: sqlite-utils' write
helpers commit on their own (``with conn:``), which would break our transactions.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from tracker.errors import NotFoundError, StaleEditError, StoreError, TrackerError
from tracker.store import backups as backups_mod
from tracker.store import connection as conn_mod
from tracker.store.models import (
    DATE_FIELDS,
    EDITABLE_FIELDS,
    REMOVED,
    DocumentRow,
    ItemEvent,
    ItemRow,
    MeetingRow,
)
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
    "Punkten har ändrats av någon annan sedan du öppnade den. Ladda om och gör "
    "ändringen igen."
)

_MEETING_COLUMNS = (
    "id, body, organisation, date, time, place, next_meeting, present, absent, adjusters, "
    "document_id, chair, created_at"
)
_EVENT_COLUMNS = "id, item_id, at, user, field, old, new, note, document_id, meeting_id"
_DOCUMENT_COLUMNS = "id, file_name, path, sha256, format, kind, pages, imported_at, imported_by"

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
#: sha256 prefix of a document whose import was undone (Store.mark_document_undone).
UNDONE_PREFIX = "undone-"

_MEETING_FIELDS = (
    "body",
    "organisation",
    "date",
    "time",
    "place",
    "next_meeting",
    "present",
    "absent",
    "adjusters",
    "chair",
    "document_id",
)


def _date(value: Any) -> dt.date | None:
    if not value:
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _to_sql(field: str, value: Any) -> Any:
    """Python value → stored value (dates as ISO text, lists as JSON)."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    if field in ("co_owners", "present", "absent", "adjusters"):
        return json.dumps(list(value), ensure_ascii=False)
    if field in DATE_FIELDS or field in ("date", "next_meeting"):
        parsed = _date(value)
        return parsed.isoformat() if parsed else None
    return value


def _json_list(value: str | None) -> list[Any]:
    if not value or value == "[]":
        return []
    try:
        loaded = json.loads(value)
    except ValueError:
        return []
    return loaded if isinstance(loaded, list) else []


def _item_row(r: Sequence[Any]) -> ItemRow:
    return ItemRow(
        r[0], r[1], r[2] or "", r[3], r[4], r[5], r[6], _date(r[7]), r[8], r[9],
        _date(r[10]), r[11], r[12], r[13], r[14], r[15], r[16], r[17], r[18], r[19],
        r[20], r[21], r[22], r[23], r[24], _json_list(r[25]), r[26], r[27],
    )  # fmt: skip


def _event_row(r: Sequence[Any]) -> ItemEvent:
    return ItemEvent(*r)


def _meeting_row(r: Sequence[Any]) -> MeetingRow:
    return MeetingRow(
        id=r[0],
        body=r[1],
        organisation=r[2],
        date=_date(r[3]),
        time=r[4],
        place=r[5],
        next_meeting=_date(r[6]),
        present=_json_list(r[7]),
        absent=_json_list(r[8]),
        adjusters=_json_list(r[9]),
        document_id=r[10],
        chair=r[11],
        created_at=r[12],
    )


class Store:
    """An open database.  Use :meth:`open`; close with :meth:`close` or ``with``.

    One Store is meant for one thread at a time (the GUI's main thread, or one CLI
    command).  Two programs on the same file are fine: SQLite's locks serialise their
    writes and the ``version`` column catches edits based on stale reads.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self._db: Any = None
        self._depth = 0
        #: Non-fatal problems found while opening (e.g. the rolling backup failed).
        self.warnings: list[str] = []
        self._user = conn_mod.os_user()
        self._database_id: str | None = None
        # Facts about the whole list, kept while the data is unchanged (see _data_key):
        # all item ids in due order, and the overdue ids (with the day they are for).
        self._due_order: tuple[tuple[int, int], list[int]] | None = None
        self._overdue: tuple[tuple[tuple[int, int], dt.date], set[int]] | None = None

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
    def user(self) -> str:
        """The person recorded in history entries (:func:`tracker.user.history_user`)."""
        return self._user

    @user.setter
    def user(self, name: str) -> None:
        # The window asks for the name at its first start; later changes are theirs.
        self._user = " ".join(name.split()) or self._user

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

    # --- SQL helpers ---------------------------------------------------------------

    def _exec(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> sqlite3.Cursor:
        try:
            return self.conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise conn_mod.translate_error(exc, self.path) from None

    def _all(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[Any]:
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise conn_mod.translate_error(exc, self.path) from None

    def _one(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        try:
            return self.conn.execute(sql, params).fetchone()
        except sqlite3.Error as exc:
            raise conn_mod.translate_error(exc, self.path) from None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Store]:
        """One write transaction (BEGIN IMMEDIATE: the write lock is taken at the start,
        so a busy database is reported before any work is done).  Nested use becomes a
        savepoint: an inner failure undoes only the inner part if the caller catches it.
        """
        if self._depth:
            name = f"sp{self._depth}"
            self._exec(f"SAVEPOINT {name}")
            self._depth += 1
            try:
                yield self
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute(f"ROLLBACK TO {name}")
                    self.conn.execute(f"RELEASE {name}")
                raise
            else:
                self._exec(f"RELEASE {name}")
            finally:
                self._depth -= 1
            return
        self._exec("BEGIN IMMEDIATE")
        self._depth = 1
        changes_before = self.conn.total_changes
        try:
            yield self
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            raise
        else:
            try:
                if self.conn.total_changes != changes_before:
                    # A persistent change counter: the rolling backup compares it with
                    # the one at the last backup (file times are unreliable in WAL mode).
                    self.conn.execute(
                        "INSERT INTO meta (key, value) VALUES ('changes', 1) "
                        "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
                    )
                self.conn.execute("COMMIT")
            except sqlite3.Error as exc:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
                raise conn_mod.translate_error(exc, self.path) from None
        finally:
            self._depth = 0

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

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
        return [_item_row(r) for r in self._all(sql, params)]

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
        return [_item_row(by_id[i]) for i in id_list if i in by_id]

    def get_item(self, item_id: int) -> ItemRow:
        row = self._one(f"SELECT {ITEM_COLUMNS} FROM {ITEM_FROM} WHERE items.id = ?", (item_id,))
        if row is None:
            raise NotFoundError(f"Punkt {item_id} finns inte i balanslistan.")
        return _item_row(row)

    def item_history(self, item_id: int) -> list[ItemEvent]:
        """The item's events, oldest first."""
        rows = self._all(
            f"SELECT {_EVENT_COLUMNS} FROM item_events WHERE item_id = ? ORDER BY id", (item_id,)
        )
        return [_event_row(r) for r in rows]

    def removed_item_ids(self) -> list[int]:
        """Ids of the REMOVED items, most recently changed first."""
        rows = self._all(
            "SELECT id FROM items WHERE status = ? ORDER BY updated_at DESC, id DESC",
            (REMOVED,),
        )
        return [int(r[0]) for r in rows]

    def document_events(self, document_id: int) -> list[ItemEvent]:
        """Every history event an import of the document wrote, oldest first."""
        rows = self._all(
            f"SELECT {_EVENT_COLUMNS} FROM item_events WHERE document_id = ? ORDER BY id",
            (document_id,),
        )
        return [_event_row(r) for r in rows]

    def histories(self, ids: Iterable[int]) -> dict[int, list[ItemEvent]]:
        """Events of many items at once (oldest first per item)."""
        id_list = [int(i) for i in ids]
        out: dict[int, list[ItemEvent]] = {i: [] for i in id_list}
        if not id_list:
            return out
        rows = self._all(
            f"SELECT {_EVENT_COLUMNS} FROM item_events "
            "WHERE item_id IN (SELECT value FROM json_each(?)) ORDER BY item_id, id",
            (json.dumps(id_list),),
        )
        for r in rows:
            out[r[1]].append(_event_row(r))
        return out

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
        values = [_to_sql(k, v) for k, v in fields.items()] + [now, now, 1]
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
        values = [_to_sql(k, v) for k, v in changes.items()]
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

    def add_event(
        self,
        item_id: int,
        field: str,
        old: Any = None,
        new: Any = None,
        *,
        note: str | None = None,
        document_id: int | None = None,
        meeting_id: int | None = None,
    ) -> ItemEvent:
        """Record one history entry (and keep the item's ``last_note`` current)."""
        at = conn_mod.now_iso()
        old_s = _to_sql(field, old)
        new_s = _to_sql(field, new)
        old_s = None if old_s is None else str(old_s)
        new_s = None if new_s is None else str(new_s)
        note = note.strip() if note and note.strip() else None
        with self.transaction():
            cur = self._exec(
                "INSERT INTO item_events (item_id, at, user, field, old, new, note, "
                "document_id, meeting_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (item_id, at, self._user, field, old_s, new_s, note, document_id, meeting_id),
            )
            if note:
                self._exec("UPDATE items SET last_note = ? WHERE id = ?", (note, item_id))
            event_id = int(cur.lastrowid or 0)
        return ItemEvent(
            event_id, item_id, at, self._user, field, old_s, new_s, note, document_id, meeting_id
        )

    # --- documents -----------------------------------------------------------------

    def find_document(self, sha256: str) -> DocumentRow | None:
        row = self._one(f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE sha256 = ?", (sha256,))
        return DocumentRow(*row) if row else None

    def get_document(self, document_id: int) -> DocumentRow:
        row = self._one(f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE id = ?", (document_id,))
        if row is None:
            raise NotFoundError(f"Dokument {document_id} finns inte i databasen.")
        return DocumentRow(*row)

    def list_documents(self) -> list[DocumentRow]:
        rows = self._all(f"SELECT {_DOCUMENT_COLUMNS} FROM documents ORDER BY id DESC")
        return [DocumentRow(*r) for r in rows]

    def mark_document_undone(self, document_id: int) -> None:
        """After its import was undone: the document stays (the history points to it)
        but no longer counts as imported, so the same file can be imported again.  Its
        sha256 gets the prefix ``undone-<id>-`` (UNIQUE column); see
        :data:`UNDONE_PREFIX` and ``DocumentRow.undone``."""
        with self.transaction():
            cur = self._exec(
                "UPDATE documents SET sha256 = ? || id || '-' || sha256 "
                "WHERE id = ? AND sha256 NOT LIKE ?",
                (UNDONE_PREFIX, document_id, UNDONE_PREFIX + "%"),
            )
            if cur.rowcount != 1:
                raise NotFoundError(f"Dokument {document_id} finns inte i databasen.")

    def insert_document(
        self,
        *,
        file_name: str,
        sha256: str,
        path: str | None = None,
        format: str | None = None,
        kind: str | None = None,
        pages: int | None = None,
    ) -> int:
        with self.transaction():
            cur = self._exec(
                "INSERT INTO documents (file_name, path, sha256, format, kind, pages, "
                "imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (file_name, path, sha256, format, kind, pages, conn_mod.now_iso(), self._user),
            )
            return int(cur.lastrowid or 0)

    # --- meetings ------------------------------------------------------------------

    def list_meetings(self, body: str | None = None) -> list[MeetingRow]:
        """Meetings, newest first (of one body when given; case ignored)."""
        if body:
            rows = self._all(
                f"SELECT {_MEETING_COLUMNS} FROM meetings WHERE fold(body) = ? "
                "ORDER BY date IS NULL, date DESC, id DESC",
                (body.strip().casefold(),),
            )
        else:
            rows = self._all(
                f"SELECT {_MEETING_COLUMNS} FROM meetings "
                "ORDER BY date IS NULL, date DESC, id DESC"
            )
        return [_meeting_row(r) for r in rows]

    def get_meeting(self, meeting_id: int) -> MeetingRow:
        row = self._one(f"SELECT {_MEETING_COLUMNS} FROM meetings WHERE id = ?", (meeting_id,))
        if row is None:
            raise NotFoundError(f"Möte {meeting_id} finns inte i databasen.")
        return _meeting_row(row)

    def latest_meeting(self, body: str | None) -> MeetingRow | None:
        """The body's meeting with the latest date (None when it has none)."""
        meetings = self.list_meetings(body) if body else self.list_meetings()
        dated = [m for m in meetings if m.date]
        return dated[0] if dated else (meetings[0] if meetings else None)

    def find_meeting(self, body: str | None, date: dt.date | None) -> MeetingRow | None:
        """The meeting of ``body`` on ``date`` (case of the body ignored)."""
        if date is None:
            return None
        if body:
            row = self._one(
                f"SELECT {_MEETING_COLUMNS} FROM meetings WHERE fold(body) = ? AND date = ? "
                "ORDER BY id LIMIT 1",
                (body.strip().casefold(), date.isoformat()),
            )
        else:
            row = self._one(
                f"SELECT {_MEETING_COLUMNS} FROM meetings WHERE body IS NULL AND date = ? "
                "ORDER BY id LIMIT 1",
                (date.isoformat(),),
            )
        return _meeting_row(row) if row else None

    def insert_meeting(self, **fields: Any) -> int:
        unknown = set(fields) - set(_MEETING_FIELDS)
        if unknown:
            raise ValueError(f"unknown meeting fields: {sorted(unknown)}")
        for key in ("present", "absent", "adjusters"):
            fields.setdefault(key, [])
        cols = [*fields, "created_at"]
        values = [_to_sql(k, v) for k, v in fields.items()] + [conn_mod.now_iso()]
        with self.transaction():
            cur = self._exec(
                f"INSERT INTO meetings ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                values,
            )
            return int(cur.lastrowid or 0)

    def update_meeting(self, meeting_id: int, **fields: Any) -> None:
        unknown = set(fields) - set(_MEETING_FIELDS)
        if unknown:
            raise ValueError(f"unknown meeting fields: {sorted(unknown)}")
        if not fields:
            return
        sets = ", ".join(f"{k} = ?" for k in fields)
        values = [_to_sql(k, v) for k, v in fields.items()] + [meeting_id]
        with self.transaction():
            cur = self._exec(f"UPDATE meetings SET {sets} WHERE id = ?", values)
            if cur.rowcount != 1:
                raise NotFoundError(f"Möte {meeting_id} finns inte i databasen.")

    def get_setting(self, key: str) -> str | None:
        """A value the program keeps in the database (table ``meta``), None when unset."""
        row = self._one("SELECT value FROM meta WHERE key = ?", ("setting:" + key,))
        return None if row is None else row[0]

    def set_setting(self, key: str, value: str | None) -> None:
        """Keep ``value`` under ``key`` in the database (None removes it); shared by
        everyone who opens the file, unlike the window's own settings."""
        with self.transaction():
            if value is None:
                self._exec("DELETE FROM meta WHERE key = ?", ("setting:" + key,))
            else:
                self._exec(
                    "INSERT INTO meta (key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    ("setting:" + key, value),
                )

    def delete_meeting(self, meeting_id: int) -> int:
        """Delete a meeting (one recorded by mistake).  History events and items that
        named it keep everything else and lose only the link to it (ON DELETE SET
        NULL).  Returns how many history events named it; NotFoundError when missing."""
        with self.transaction():
            events = self._one(
                "SELECT COUNT(*) FROM item_events WHERE meeting_id = ?", (meeting_id,)
            )[0]
            cur = self._exec("DELETE FROM meetings WHERE id = ?", (meeting_id,))
            if cur.rowcount != 1:
                raise NotFoundError(f"Möte {meeting_id} finns inte i databasen.")
        return int(events)

    def meeting_event_counts(self) -> dict[int, int]:
        """How many history events name each meeting (meetings with none left out)."""
        rows = self._all(
            "SELECT meeting_id, COUNT(*) FROM item_events WHERE meeting_id IS NOT NULL "
            "GROUP BY meeting_id"
        )
        return {int(r[0]): int(r[1]) for r in rows}

    # --- aliases -------------------------------------------------------------------

    def set_alias(self, alias: str, name: str, kind: str = "owner") -> None:
        """Make ``alias`` (e.g. "AG", "FVG") stand for ``name`` for that kind (case of
        the alias ignored: "fvg" replaces "FVG")."""
        with self.transaction():
            self._exec(
                "DELETE FROM aliases WHERE kind = ? AND fold(alias) = ?",
                (kind, alias.strip().casefold()),
            )
            self._exec(
                "INSERT INTO aliases (alias, name, kind) VALUES (?, ?, ?)",
                (alias.strip(), name.strip(), kind),
            )

    def remove_alias(self, alias: str, kind: str = "owner") -> None:
        """Forget ``alias`` for that kind (case ignored)."""
        with self.transaction():
            self._exec(
                "DELETE FROM aliases WHERE kind = ? AND fold(alias) = ?",
                (kind, alias.strip().casefold()),
            )

    def resolve_alias(self, value: str | None, kind: str = "owner") -> str | None:
        """The canonical name for ``value`` (case ignored), or ``value`` itself."""
        if not value:
            return value
        row = self._one(
            "SELECT name FROM aliases WHERE kind = ? AND fold(alias) = ?",
            (kind, value.strip().casefold()),
        )
        return row[0] if row else value

    def list_aliases(self, kind: str | None = None) -> list[tuple[str, str, str]]:
        """(alias, name, kind) rows."""
        if kind:
            rows = self._all(
                "SELECT alias, name, kind FROM aliases WHERE kind = ? ORDER BY sv_key(alias)",
                (kind,),
            )
        else:
            rows = self._all("SELECT alias, name, kind FROM aliases ORDER BY kind, sv_key(alias)")
        return [tuple(r) for r in rows]

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
