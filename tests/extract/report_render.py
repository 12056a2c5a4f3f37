"""Render a report sample with *real* activity tables, as PDF and DOCX.

The sample text (004) is text extracted from a PDF: its tables are flattened into lines.
This module rebuilds them from the hand-checked expectation (activity text, start, end,
deviation for every row, and the source line where each row starts): the sample's lines
are kept as paragraphs, the lines of each activity row are replaced by a row of a real
table ("Aktivitet | Startdatum | Slutdatum | Avvikelse"), and an "Analys" between two
rows splits the table into parts, the later parts without a header row (as in the ILS
print-outs, where the analysis stands under its activity).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tests.render import TableSpec, render_docx, render_pdf
from tracker.domain import Line
from tracker.extract.report_layout import match_header
from tracker.ingest import txt_reader

HEADER = ["Aktivitet", "Startdatum", "Slutdatum", "Avvikelse"]
#: Column widths in points: 17 cm of A4 between 2 cm margins.
WIDTHS = [255.0, 75.0, 75.0, 77.0]
_DATEISH = re.compile(r"^[\d\s-]*$")


def _norm(text: str) -> str:
    return re.sub(r"[^0-9a-zåäö]+", "", text.lower())


def _row_span(lines: list[Line], start: int, text: str, deviation: str = "") -> int:
    """Index after the last source line of the row whose text starts at ``start``:
    text lines are consumed while they continue the expected text; date lines, broken
    date tails ("31") and page numbers inside the row are consumed too."""
    want = _norm(text)
    pos = 0
    k = start
    while k < len(lines):
        t = lines[k].text.strip()
        if _DATEISH.match(t):
            k += 1
            continue
        frag = _norm(re.sub(r"\d{4}-\d{2}-(?:\d{2})?", "", t))
        if frag and deviation and re.search(r"\d{4}-\d{2}", t) and frag.endswith(_norm(deviation)):
            # A date line that ends with the Avvikelse cell's text.
            frag = frag[: len(frag) - len(_norm(deviation))]
            if not frag:
                k += 1
                continue
        if frag and want.startswith(frag, pos):
            pos += len(frag)
            k += 1
            continue
        break
    return k


def report_blocks(sample: Path, expectation: dict[str, Any]) -> list[Any]:
    """The sample's lines with its activity tables rebuilt (blocks for tests.render)."""
    _pages, lines = txt_reader.read(sample)
    by_line = {a["line"]: a for a in expectation["activities"]}
    index_of = {ln.line: k for k, ln in enumerate(lines)}
    blocks: list[Any] = []
    table: list[list[str]] | None = None
    in_table = False
    k = 0

    def close() -> None:
        nonlocal table
        if table:
            blocks.append(TableSpec(table, col_widths=WIDTHS, header=table[0] == HEADER))
        table = None

    while k < len(lines):
        ln = lines[k]
        header = match_header(lines, k)
        if header:
            close()
            table = [list(HEADER)]
            in_table = True
            k = header[0]
            continue
        row = by_line.get(ln.line)
        if row is not None and index_of.get(ln.line) == k:
            if table is None:
                table = []  # a later part of the table: no header row
            table.append([row["text"], row["start"], row["end"], row.get("deviation") or ""])
            k = _row_span(lines, k, row["text"], row.get("deviation") or "")
            continue
        if in_table and table is not None:
            close()
        if not row and re.fullmatch(r"(?:KF:s mål|Nämndmål|KF:s inriktningsmål).*", ln.text):
            in_table = False
        blocks.append(ln.text)
        k += 1
    close()
    return blocks


def render_report(sample: Path, expectation: dict[str, Any], out: Path, fmt: str) -> Path:
    """Render the sample with real tables as ``fmt`` ("pdf" or "docx") to ``out``."""
    blocks = report_blocks(sample, expectation)
    if fmt == "pdf":
        return render_pdf(
            blocks, out, header=expectation.get("body"), footer="Sida {page} av {pages}"
        )
    return render_docx(blocks, out, lines_per_page=45)
