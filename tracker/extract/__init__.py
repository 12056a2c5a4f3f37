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
        file=doc.file_name, sha256=doc.sha256, format=doc.format, pages=doc.pages, kind=kind,
        ocr_pages=list(doc.ocr_pages),
    )
    if kind == "report":
        from tracker.extract.report import extract_report

        result = extract_report(doc, info)
    else:
        from tracker.extract.minutes import extract_minutes

        result = extract_minutes(doc, info)
    if doc.ocr_pages:
        from tracker.ingest.ocr import mark_ocr_items

        mark_ocr_items(result)
    return result


__all__ = ["detect_kind", "extract"]
