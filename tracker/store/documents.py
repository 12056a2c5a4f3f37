"""The imported documents of a :class:`~tracker.store.Store`."""

from __future__ import annotations

from tracker.errors import NotFoundError
from tracker.store import connection as conn_mod
from tracker.store.convert import DOCUMENT_COLUMNS
from tracker.store.core import StoreCore
from tracker.store.models import DocumentRow

#: sha256 prefix of a document whose import was undone (Store.mark_document_undone).
UNDONE_PREFIX = "undone-"


class DocumentsPart(StoreCore):
    """Documents: one row per distinct file content, keyed by sha256."""

    def find_document(self, sha256: str) -> DocumentRow | None:
        row = self._one(f"SELECT {DOCUMENT_COLUMNS} FROM documents WHERE sha256 = ?", (sha256,))
        return DocumentRow(*row) if row else None

    def get_document(self, document_id: int) -> DocumentRow:
        row = self._one(f"SELECT {DOCUMENT_COLUMNS} FROM documents WHERE id = ?", (document_id,))
        if row is None:
            raise NotFoundError(f"Dokument {document_id} finns inte i databasen.")
        return DocumentRow(*row)

    def list_documents(self) -> list[DocumentRow]:
        rows = self._all(f"SELECT {DOCUMENT_COLUMNS} FROM documents ORDER BY id DESC")
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
