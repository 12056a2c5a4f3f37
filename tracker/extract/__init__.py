"""Extraction: a read :class:`~tracker.domain.Document` → meeting facts, candidate items
and warnings (:class:`~tracker.domain.Extraction`).

``extract(doc)`` decides the document kind (minutes or follow-up report) and hands the
document to the matching extractor.  Rules are data where that helps (phrase tables,
organisation aliases), compiled once per process.
"""

from __future__ import annotations

from tracker.domain import Document, DocumentInfo, Extraction
from tracker.extract.kind import detect_kind


def extract(doc: Document) -> Extraction:
    kind = detect_kind(doc)
    info = DocumentInfo(
        file=doc.file_name, sha256=doc.sha256, format=doc.format, pages=doc.pages, kind=kind
    )
    if kind == "report":
        from tracker.extract.report import extract_report

        return extract_report(doc, info)
    from tracker.extract.minutes import extract_minutes

    return extract_minutes(doc, info)


__all__ = ["detect_kind", "extract"]
