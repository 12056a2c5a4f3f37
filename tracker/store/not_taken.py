"""The candidates an import did not take, of a :class:`~tracker.store.Store` (schema
step 6): kept per forum so that later minutes can speak of them, bounded, and never read
by a list, agenda or export (those read ``items`` only)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tracker.store import connection as conn_mod
from tracker.store.convert import date_value, json_list, to_sql
from tracker.store.core import StoreCore
from tracker.store.models import REMOVED, NotTakenRow

#: Columns a caller gives :meth:`NotTakenPart.insert_not_taken`.
NOT_TAKEN_FIELDS = (
    "body", "document_id", "meeting_id", "meeting_date", "tier", "title", "text", "kind",
    "owner", "co_owners", "raised_by", "due", "due_text", "due_precision", "start",
    "deviation", "section", "page", "line", "evidence", "dnr", "ref_no", "label",
)  # fmt: skip

_COLUMNS = (
    "n.id, n.body, n.document_id, d.file_name, n.meeting_id, n.meeting_date, n.tier, "
    "n.title, n.text, n.kind, n.owner, n.co_owners, n.raised_by, n.due, n.due_text, "
    "n.due_precision, n.start, n.deviation, n.section, n.page, n.line, n.evidence, n.dnr, "
    "n.ref_no, n.taken_item_id, n.created_at, n.label"
)
_FROM = "not_taken AS n JOIN documents AS d ON d.id = n.document_id"


def _row(r: Any) -> NotTakenRow:
    return NotTakenRow(
        id=r[0], body=r[1], document_id=r[2], document_file=r[3], meeting_id=r[4],
        meeting_date=date_value(r[5]), tier=r[6], title=r[7], text=r[8] or "", kind=r[9],
        owner=r[10], co_owners=json_list(r[11]), raised_by=r[12], due=date_value(r[13]),
        due_text=r[14], due_precision=r[15], start=date_value(r[16]), deviation=r[17],
        section=r[18], page=r[19], line=r[20], evidence=r[21], dnr=r[22], ref_no=r[23],
        taken_item_id=r[24], created_at=r[25], label=r[26],
    )  # fmt: skip


def _body_where(body: str | None) -> tuple[str, list[Any]]:
    # As ``balance.open_items_of_body``: the forum by its name, case ignored; with no
    # forum, the rows of documents that had none.
    if body:
        return "fold(n.body) = ?", [body.strip().casefold()]
    return "(n.body IS NULL OR n.body = '')", []


class NotTakenPart(StoreCore):
    """Candidates not taken, per forum (see the module text)."""

    def insert_not_taken(self, fields: dict[str, Any]) -> int:
        unknown = set(fields) - set(NOT_TAKEN_FIELDS)
        if unknown:
            raise ValueError(f"unknown not-taken fields: {sorted(unknown)}")
        cols = [*fields, "created_at"]
        values = [to_sql(k, v) for k, v in fields.items()] + [conn_mod.now_iso()]
        if "text" in fields and fields["text"] is None:
            values[list(fields).index("text")] = ""
        with self.transaction():
            cur = self._exec(
                f"INSERT INTO not_taken ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                values,
            )
            return int(cur.lastrowid or 0)

    def list_not_taken(self, body: str | None, *, waiting: bool = True) -> list[NotTakenRow]:
        """The forum's rows, oldest first.  ``waiting``: only those no later import took
        up (or whose item was taken back as added by mistake, e.g. by undoing that
        import), from documents whose import stands."""
        where, params = _body_where(body)
        sql = f"SELECT {_COLUMNS} FROM {_FROM} WHERE {where}"
        if waiting:
            sql += (
                " AND d.sha256 NOT LIKE 'undone-%' AND (n.taken_item_id IS NULL OR "
                "EXISTS (SELECT 1 FROM items AS i WHERE i.id = n.taken_item_id "
                "AND i.status = ?))"
            )
            params.append(REMOVED)
        return [_row(r) for r in self._all(sql + " ORDER BY n.id", params)]

    def get_not_taken(self, row_id: int) -> NotTakenRow | None:
        r = self._one(f"SELECT {_COLUMNS} FROM {_FROM} WHERE n.id = ?", (row_id,))
        return _row(r) if r else None

    def count_not_taken(self) -> int:
        return int(self._one("SELECT count(*) FROM not_taken")[0])

    def mark_not_taken_taken(self, row_id: int, item_id: int) -> None:
        """Record that the item ``item_id`` was made of the row."""
        with self.transaction():
            self._exec("UPDATE not_taken SET taken_item_id = ? WHERE id = ?", (item_id, row_id))

    def delete_not_taken_of_document(self, document_id: int) -> int:
        """Forget the rows of one document (its import was undone); returns how many."""
        with self.transaction():
            cur = self._exec("DELETE FROM not_taken WHERE document_id = ?", (document_id,))
            return cur.rowcount

    def prune_not_taken(
        self, body: str | None, *, keep_documents: int, newest: dt.date | None, max_days: int
    ) -> int:
        """Keep the forum's rows bounded: only those of its last ``keep_documents``
        documents, and none from a meeting more than ``max_days`` before ``newest`` (a
        row without a meeting date is judged by the time it was stored).  Returns how
        many rows were deleted.  Why these bounds: ``tracker.services.not_taken``."""
        where, params = _body_where(body)
        with self.transaction():
            cur = self._exec(
                f"DELETE FROM not_taken WHERE id IN (SELECT n.id FROM not_taken AS n "
                f"WHERE {where} AND n.document_id NOT IN (SELECT n2.document_id FROM "
                f"not_taken AS n2 WHERE {where.replace('n.', 'n2.')} "
                "GROUP BY n2.document_id ORDER BY max(n2.id) DESC LIMIT ?))",
                [*params, *params, int(keep_documents)],
            )
            deleted = cur.rowcount
            if newest is not None:
                oldest = (newest - dt.timedelta(days=max_days)).isoformat()
                cur = self._exec(
                    f"DELETE FROM not_taken WHERE id IN (SELECT n.id FROM not_taken AS n "
                    f"WHERE {where} AND coalesce(n.meeting_date, substr(n.created_at, 1, 10))"
                    " < ?)",
                    [*params, oldest],
                )
                deleted += cur.rowcount
            return deleted
