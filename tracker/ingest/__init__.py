"""Reading documents: one reader per format behind one small interface.

``read_document(path)`` returns a :class:`tracker.domain.Document` of cleaned lines with
page and line numbers, or raises :class:`tracker.errors.InputError` with a Swedish
message (empty, wrong type, corrupt, encrypted, scanned, too large …).
"""

from __future__ import annotations

from tracker.ingest.base import MAX_FILE_BYTES, read_document, supported_suffixes

__all__ = ["MAX_FILE_BYTES", "read_document", "supported_suffixes"]
