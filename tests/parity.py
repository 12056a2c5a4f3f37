"""Parity: one document rendered to every format gives the same items.

:func:`blocks_of` turns a read document back into blocks for ``tests/render.py`` (text
lines, paragraph gaps where the source has empty lines, DOCX heading levels, tables
rebuilt from their cells); :func:`render_variants` writes the variants the parity test
compares: text, PDF with ruling lines and a running header and footer, PDF without
ruling lines (tables placed by position only) with the same header and footer, and
DOCX.  :func:`item_set` is what must agree: (title, owner, due, status) of each item.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.render import TableSpec, render_docx, render_pdf
from tracker.domain import Document, Extraction

HEADER = "Hägersten-Älvsjö stadsdelsförvaltning\tProtokoll"
FOOTER = "Sida {page} av {pages}"
VARIANTS = ("txt", "pdf", "pdf-utan-linjer", "docx")


def blocks_of(doc: Document, *, rules: bool = True) -> list[Any]:
    out: list[Any] = []
    prev = None
    i = 0
    lines = doc.lines
    while i < len(lines):
        ln = lines[i]
        gap = prev is not None and ln.page == prev.page and ln.line > prev.line + 1
        if gap and out and out[-1] != "":
            out.append("")
        if ln.cells is not None and ln.table is not None:
            j = i
            rows: list[list[str]] = []
            while j < len(lines) and lines[j].table == ln.table and lines[j].cells is not None:
                rows.append(list(lines[j].cells or []))
                j += 1
            width = max(len(r) for r in rows)
            rows = [r + [""] * (width - len(r)) for r in rows]
            out.append(TableSpec(rows, col_widths=_widths(rows), rules=rules))
            prev = lines[j - 1]
            i = j
            continue
        text = ln.text
        if ln.heading:
            text = "#" * min(3, ln.heading) + " " + text
        elif ln.bold and doc.format != "txt":
            text = f"**{text}**"
        out.append(text)
        prev = ln
        i += 1
    return out


#: Width of the text column of an A4 page between 2 cm margins, in points, and the
#: width of an average character of the 9 pt cell font.
TEXT_WIDTH = 482.0
CHAR = 5.3


def _widths(rows: list[list[str]]) -> list[float]:
    """Column widths as a word processor's "fit to contents" gives them: wide columns
    for long texts, and no column narrower than its longest word (so no word is cut
    inside a cell, which no reader can tell from two words)."""
    n = len(rows[0])
    longest = [max((len(w) for r in rows for w in r[k].split()), default=1) for k in range(n)]
    mean = [sum(len(r[k]) for r in rows) / len(rows) for k in range(n)]
    floor = [(w + 2) * CHAR + 12 for w in longest]
    weight = [max(m, 1.0) for m in mean]
    spare = max(0.0, TEXT_WIDTH - sum(floor))
    return [f + spare * w / sum(weight) for f, w in zip(floor, weight, strict=True)]


def as_text(blocks: list[Any]) -> str:
    rows: list[str] = []
    for b in blocks:
        if isinstance(b, TableSpec):
            rows += ["\t".join(r) for r in b.rows]
        else:
            rows.append(b.lstrip("# ").removeprefix("**").removesuffix("**"))
    return "\n".join(rows) + "\n"


def running_parts(doc: Document) -> tuple[list[str], list[str]]:
    """The source's own running header and footer lines, from the furniture its reader
    removed: those above the first body line of the first page that has any, and those
    below the last body line of the first page that has any (a DOCX hands its header
    lines over numbered from 1 and its footer lines from 10,000)."""
    if doc.format == "docx":
        return (
            [ln.text for ln in doc.furniture if ln.line < 10_000],
            [ln.text for ln in doc.furniture if ln.line >= 10_000],
        )
    body: dict[int, list[int]] = {}
    for ln in doc.lines:
        body.setdefault(ln.page, []).append(ln.line)
    heads: dict[int, list[str]] = {}
    foots: dict[int, list[str]] = {}
    for ln in doc.furniture:
        numbers = body.get(ln.page)
        if numbers and ln.line < min(numbers):
            heads.setdefault(ln.page, []).append(ln.text)
        elif numbers and ln.line > max(numbers):
            foots.setdefault(ln.page, []).append(ln.text)
    first = [parts[min(parts)] if parts else [] for parts in (heads, foots)]
    return first[0], first[1]


def render_variants(source: Path, doc: Document, folder: Path) -> dict[str, Path]:
    """The source's variants (the text variant is the source itself when it is text).

    The rendered files carry the source's own running header and footer when it has
    them (they may be the only place that names the meeting, and the source's reader
    kept them for that), else the made-up header; the "Sida N av M" footer is added
    below the source's own."""
    stem = source.stem
    ruled = blocks_of(doc, rules=True)
    plain = blocks_of(doc, rules=False)
    if doc.format == "txt":
        txt = source
    else:
        txt = folder / f"{stem}.txt"
        txt.write_text(as_text(ruled), encoding="utf-8")
    heads, foots = running_parts(doc)
    header = "\n".join(heads) if heads else HEADER
    footer = "\n".join([*foots, FOOTER])
    return {
        "txt": txt,
        "pdf": render_pdf(ruled, folder / f"{stem}.pdf", header=header, footer=footer),
        "pdf-utan-linjer": render_pdf(
            plain, folder / f"{stem}-utan-linjer.pdf", header=header, footer=footer
        ),
        "docx": render_docx(ruled, folder / f"{stem}.docx", header=header, footer=footer),
    }


def item_set(result: Extraction) -> set[tuple[str, str | None, str | None, str]]:
    return {
        (" ".join(it.title.split()), it.owner, it.due.isoformat() if it.due else None, it.status)
        for it in result.items
    }
