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
    from tracker.extract.mentions import annotate
    from tracker.extract.minutes import extract_minutes

    extraction = extract_minutes(doc, info)
    # What identifies each matter (dnr, number in the list, topic label) and the
    # passages that speak of earlier ones: used when importing, items left as they are.
    annotate(doc, extraction)
    return extraction


__all__ = ["detect_kind", "extract"]
