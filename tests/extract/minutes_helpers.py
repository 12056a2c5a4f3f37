"""Helpers shared by the minutes tests: a document built from text or lines as a reader
would give it, run through the minutes extractor."""

from __future__ import annotations

import hashlib
from pathlib import Path

from tracker.domain import Document, DocumentInfo, Extraction, Line
from tracker.extract.minutes import extract_minutes


def doc_from_text(text: str, name: str = "test.txt") -> Document:
    """A document as the text reader would give it (one Line per source line)."""
    lines = [Line(t, 1, i) for i, t in enumerate(text.split("\n"), 1)]
    return Document(Path(name), hashlib.sha256(text.encode()).hexdigest(), "txt", 1, lines)


def run(text: str) -> Extraction:
    """Minutes extraction of ``text`` read as a one-page text file."""
    doc = doc_from_text(text)
    return extract_minutes(doc, DocumentInfo(doc.file_name, doc.sha256, "txt", 1, "minutes"))


def run_lines(lines: list[Line]) -> Extraction:
    """Minutes extraction of lines as the Word reader gives them (cells, headings)."""
    doc = Document(Path("t.docx"), "0" * 64, "docx", 1, lines)
    return extract_minutes(doc, DocumentInfo(doc.file_name, doc.sha256, "docx", 1, "minutes"))
