"""Helpers shared by the minutes tests: a document built from text or lines as a reader
would give it, run through the minutes extractor; the open items of an extraction; and the
meeting heads and the action-point table several test files build on."""

from __future__ import annotations

import hashlib
from pathlib import Path

from tracker.domain import Document, DocumentInfo, Extraction, Line
from tracker.extract.minutes import extract_minutes


def doc_from_text(text: str, name: str = "test.txt") -> Document:
    """A document as the text reader would give it (one Line per source line)."""
    lines = [Line(t, 1, i) for i, t in enumerate(text.split("\n"), 1)]
    return Document(Path(name), hashlib.sha256(text.encode()).hexdigest(), "txt", 1, lines)


def nonblank_doc(text: str, name: str = "rapport.txt") -> Document:
    """A document of ``text``'s non-blank lines, each keeping its line number (as a reader
    that drops empty lines gives it)."""
    lines = [
        Line(text=t, page=1, line=k)
        for k, t in enumerate(text.strip("\n").split("\n"), 1)
        if t.strip()
    ]
    return Document(path=Path(name), sha256="0", format="txt", pages=1, lines=lines)


def run(text: str) -> Extraction:
    """Minutes extraction of ``text`` read as a one-page text file."""
    doc = doc_from_text(text)
    return extract_minutes(doc, DocumentInfo(doc.file_name, doc.sha256, "txt", 1, "minutes"))


def run_lines(lines: list[Line]) -> Extraction:
    """Minutes extraction of lines as the Word reader gives them (cells, headings)."""
    doc = Document(Path("t.docx"), "0" * 64, "docx", 1, lines)
    return extract_minutes(doc, DocumentInfo(doc.file_name, doc.sha256, "docx", 1, "minutes"))


def open_items(ex: Extraction) -> list:
    """The items of ``ex`` still open."""
    return [c for c in ex.items if c.status == "open"]


def check_one(items: list, kind: str | None, owner: str | None = None,
              due: object | None = None) -> None:
    """Assert that ``items`` is empty when ``kind`` is None, else exactly one item of that
    kind, with that owner and due where they are given (the phrase tables' check)."""
    if kind is None:
        assert items == [], [(it.kind, it.title) for it in items]
        return
    assert [it.kind for it in items] == [kind], [(it.kind, it.title) for it in items]
    if owner is not None:
        assert items[0].owner == owner
    if due is not None:
        assert items[0].due == due


# Samverkan minutes (FVG), 2024-03-12: parties present, an open "Övriga frågor" item at the
# end for a sentence to be appended to.
FVG = """Protokoll från förvaltningsgruppen den 12 mars 2024

Närvarande:
Arbetsgivaren: Lars Wennberg, Anna Ek
Vision: Indu Bala Chopra
Kommunal: Emma Stålkrantz

1 Mötets öppnande
Lars Wennberg öppnade mötet.

7. Övriga frågor
"""

# An FSG protocol, 2026-01-27, with initials for two of those present; and its next meeting.
FSG_HEAD = ("Protokoll förvaltningssamverkansgrupp (FSG)\n"
            "Datum: 2026-01-27 kl. 08.30–11.00\n"
            "Närvarande: Helena Strömberg, Lotta Brandt, Mattias Ek, Tobias Ekman (TE), "
            "Marie Berglund (MB)\n")
FSG_NEXT = "Nästa FSG: tisdag 24 februari 2026 kl. 08.30.\n"

# A skyddskommitté protocol, 2025-09-24.
SK_HEAD = ("Protokoll skyddskommitté\n"
           "Datum: 2025-09-24 kl. 15.00–16.30\n"
           "Deltagare: Maria Sjöberg, Peter Gustafsson, Lina Ek, Johanna Berg\n")


# An IT management group's action-point table (Word cells), those present with initials.
def table_doc(present: str, header: list[str], rows: list[list[str]]) -> list[Line]:
    lines = [Line("Ledningsgruppsmöte Regional IT", 1, 1, heading=1),
             Line("Datum: måndag 19 januari 2026, 08.30–10.00", 1, 2),
             Line(f"Närvarande: {present}", 1, 3),
             Line("1. Föregående åtgärdspunkter", 1, 4, heading=2),
             Line(" ".join(header), 1, 5, cells=header, table=1)]
    for i, r in enumerate(rows, 6):
        lines.append(Line(" ".join(r), 1, i, cells=r, table=1))
    lines.append(Line("2. Nästa möte", 1, 20, heading=2))
    lines.append(Line("Måndag 2 februari 2026, 08.30.", 1, 21))
    return lines


IT_PRESENT = ("Jonas Hedlund, IT-chef (JH, ordf.); Henrik Sandberg, sektionschef infrastruktur "
              "(HS); Eva Lund, sektionschef förvaltning (EL); Hanna Rask, controller (HR)")
IT_HEADER = ["Åtgärdspunkter", "Ansvarig", "Datum", "Kommentar"]
