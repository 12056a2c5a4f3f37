"""The kind of a table's rows in minutes: a log of decisions (no items), an action list
(things to do) or a balance list (matters carried from meeting to meeting), from the
table's header and the headings above it (:func:`table_kind`).

Tables reach the extractor with cells: PDF and Word tables from their readers, text tables
from :mod:`tracker.ingest.text_tables`; which column holds what is read by
:func:`tracker.language.table_words.columns`.
"""

from __future__ import annotations

from tracker.language.table_words import vocabulary


def _clean_cell(raw: str) -> str:
    return " ".join(raw.split()).strip(" :*")


def table_kind(header: list[str], cols: dict[str, int], headings: list[str]) -> str:
    """"decision", "action" or "balance_row" for a table with this header row, these
    column roles and these headings (the section title and the line before the table).

    A log of decisions taken is no list of open items.  Tables that with_text_tables
    (:mod:`tracker.ingest.text_tables`) makes from other shapes carry a neutral
    "Beskrivning" header, so their kind comes from the headings and the columns.  The
    heading says what the list is ("Åtgärdslista", "Kvarstående frågor"); without such
    words, the header of the column that names the matter does ("Vad"/"Åtgärd":
    something to do; "Fråga": a matter raised); else a "Väckt av" or "Status" column
    makes a balance list."""
    v = vocabulary()
    what = _clean_cell(header[cols["what"]]) if "what" in cols else ""
    cells = [_clean_cell(c) for c in header]
    # A log with an owner column ("Beslutslogg/Åtgärdslista | Ansvarig | Deadline") is
    # kept as a list of things to do; "Beslutsfattare" is no owner.
    decisions = (
        any(v.decision_heading.search(h) for h in headings)
        or v.decision_header.match(what)
        or any(v.decision_header.match(c) for c in cells)
    )
    if decisions and "who" not in cols:
        return "decision"
    # The nearest heading wins: the line before the table, then the section title.
    for h in reversed(headings):
        if v.action_heading.search(h):
            return "action"
        if v.balance_heading.search(h):
            return "balance_row"
    if v.action_what.match(what):
        return "action"
    if v.balance_what.match(what):
        return "balance_row"
    return "balance_row" if ("status" in cols or "raised" in cols) else "action"


__all__ = ["table_kind"]
