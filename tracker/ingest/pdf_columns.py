"""Columns and tables in the lines of a PDF page: a gap wider than about one text height
may separate columns, and counts when it is very wide or lines up with a column on a
nearby line (justified text and list markers make no tables); consecutive rows and the
wrapped cell lines between them form one table, numbered through the document, and a
table that runs over a page break keeps its number when the columns match.  Used by
:mod:`tracker.ingest.pdf_reader`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from tracker.ingest.cleanup import ZONE
from tracker.ingest.pdf_runs import COLUMN_GAP, MIN_COLUMN_GAP, MIN_TEXT_HEIGHT, _RawLine, _Run

#: Tolerance in points when a wrapped cell line must start where its column starts.
ALIGN_TOLERANCE = 4.0


def _split_columns(line: _RawLine) -> _RawLine:
    """Merge the runs of a line into cells: runs closer than the column gap belong
    together (words, bold parts); wider gaps start a new cell."""
    heights = sorted(r.top - r.bottom for r in line.runs)
    h = max(heights[len(heights) // 2], MIN_TEXT_HEIGHT)
    gap_limit = max(MIN_COLUMN_GAP, COLUMN_GAP * h)
    merged: list[_Run] = []
    for run in line.runs:
        text = run.text.strip()
        if not text:
            continue
        if merged:
            prev = merged[-1]
            gap = run.left - prev.right
            if gap < gap_limit:
                # A visible gap is a word space; touching runs are one word (e.g. a
                # bold first letter drawn separately).
                sep = " " if gap > 0.25 * h else ""
                prev.text = prev.text + sep + text
                prev.right = max(prev.right, run.right)
                prev.bold = prev.bold and run.bold
                continue
        merged.append(_Run(run.left, run.right, run.bottom, run.top, text, run.bold, run.base))
    line.runs = merged  # never empty: _read_page keeps only runs with text
    return line


#: A list marker before a gap is not a column: "•   text", "1.   text".
_LIST_MARKER = re.compile(
    r"^(?:[•◦▪▫■□●○·∙‣⁃\-–—*>\uf0a7\uf0b7\uf076\uf0d8\uf0e0\uf0fc]|\(?\d{1,2}[.)]|\(?[a-zA-Z][.)])$"
)
#: A gap this wide (in text heights) is a column boundary even on a line of its own;
#: a narrower one must line up with a column start on another line nearby.
WIDE_GAP = 3.0
#: How many lines up and down to look for a matching column start, and how exactly
#: it must match (table cells line up to a fraction of a point; stray gaps in loosely
#: set text rarely do).
ALIGN_WINDOW = 25
CONFIRM_TOLERANCE = 2.0


def _merge_runs(line: _RawLine, k: int) -> None:
    """Merge run k+1 into run k (the gap between them is not a column)."""
    a, b = line.runs[k], line.runs[k + 1]
    a.text = f"{a.text} {b.text}"
    a.right = max(a.right, b.right)
    a.bold = a.bold and b.bold
    del line.runs[k + 1]


def _confirm_columns(lines: list[_RawLine]) -> None:
    """Keep a wide gap as a column boundary only when it is a real column: very wide,
    or the text after it starts (or ends) where text after a gap starts (or ends) on a
    nearby line.  Justified or loosely set text and list markers are merged back."""
    for ln in lines:
        if len(ln.runs) > 1 and _LIST_MARKER.match(ln.runs[0].text):
            _merge_runs(ln, 0)
    edges = [[(r.left, r.right) for r in ln.runs[1:]] if len(ln.runs) > 1 else [] for ln in lines]
    for i, ln in enumerate(lines):
        if len(ln.runs) < 2:
            continue
        heights = sorted(r.top - r.bottom for r in ln.runs)
        wide = WIDE_GAP * max(heights[len(heights) // 2], MIN_TEXT_HEIGHT)
        nearby = [
            e
            for j in range(max(0, i - ALIGN_WINDOW), min(len(lines), i + ALIGN_WINDOW + 1))
            if j != i
            for e in edges[j]
        ]
        # One confirmed boundary makes the line a table row: then its other gaps are
        # columns too (a header cell over a column that is empty on this page).
        confirmed = any(
            run.left - prev.right >= wide
            or any(
                abs(run.left - left) <= CONFIRM_TOLERANCE
                or abs(run.right - right) <= CONFIRM_TOLERANCE
                for left, right in nearby
            )
            for prev, run in pairwise(ln.runs)
        )
        if not confirmed:
            while len(ln.runs) > 1:
                _merge_runs(ln, 0)


@dataclass(slots=True)
class _TableState:
    """Table numbering across pages."""

    count: int = 0
    open_columns: list[list[float]] | None = None  # columns of a table that ended a page


def _overlapping(columns: list[list[float]], left: float, right: float) -> list[int]:
    return [i for i, (cl, cr) in enumerate(columns) if left < cr and right > cl]


def _add_row(columns: list[list[float]], runs: list[_Run]) -> None:
    """Update the column intervals [left, right] with one table row.  A run over one
    column widens it; a column that two runs of this row fall into was a spanning cell
    (a header over two columns) and is split; a run over several columns is a spanning
    cell itself and changes nothing."""
    for run in runs:
        hits = _overlapping(columns, run.left, run.right)
        if not hits:
            columns.append([run.left, run.right])
        elif len(hits) == 1:
            col = columns[hits[0]]
            shared = [r for r in runs if _overlapping([col], r.left, r.right)]
            if len(shared) > 1:
                columns[hits[0] : hits[0] + 1] = [[r.left, r.right] for r in shared]
            else:
                col[0], col[1] = min(col[0], run.left), max(col[1], run.right)
    columns.sort()
    # Widening may have made neighbours touch: join them.
    merged: list[list[float]] = []
    for col in columns:
        if merged and col[0] < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], col[1])
        else:
            merged.append(col)
    columns[:] = merged


def _continues(columns: list[list[float]], run: _Run) -> bool:
    """A single run below a table row continues the table when it stays inside one
    column and starts where that column starts (a wrapped cell)."""
    hits = _overlapping(columns, run.left, run.right)
    return len(hits) == 1 and abs(run.left - columns[hits[0]][0]) <= ALIGN_TOLERANCE


def _same_columns(a: list[list[float]], b: list[list[float]]) -> bool:
    return len(a) == len(b) and all(x[0] < y[1] and x[1] > y[0] for x, y in zip(a, b, strict=True))


def _final_columns(segment: list[_RawLine]) -> list[list[float]]:
    """The table's columns: the intervals of all its rows, then neighbours that no row
    uses both of joined.  A header cell often sits apart from its data (left-aligned
    over right-aligned numbers); it never shares a row with that data, so the two
    intervals are one column."""
    rows = [ln for ln in segment if len(ln.runs) > 1]
    columns: list[list[float]] = []
    for ln in rows:
        _add_row(columns, ln.runs)
    used = [{k for r in ln.runs for k in _overlapping(columns, r.left, r.right)} for ln in rows]
    k = 0
    while k < len(columns) - 1:
        if any(k in u and k + 1 in u for u in used):
            k += 1
            continue
        columns[k][1] = columns[k + 1][1]
        del columns[k + 1]
        used = [{i if i <= k else i - 1 for i in u} for u in used]
    return columns


def _first_word_width(run: _Run) -> float:
    text = run.text.strip()
    char = (run.right - run.left) / max(len(text), 1)
    return char * len(text.split(" ", 1)[0]) + char  # the word and the space before it


def _trim_trailing_text(seg: list[_RawLine], columns: list[list[float]]) -> None:
    """Give the text right after a table back to the text.  The single lines after the
    table's last row of several cells stay in the table only while each is the wrapped
    rest of the cell above it: that cell ran so close to its column's right edge that
    the line's first word would not have fitted.  "6. Övrigt" under a last row whose
    first cell is short starts where the first column starts, but no word processor
    would have wrapped it there (a table drawn without ruling lines gives no other
    sign of where it ends).  Lines between two rows of several cells, and lines under
    a later column than the first, are not judged: they lie inside the table."""
    last_multi = max((i for i, ln in enumerate(seg) if len(ln.runs) > 1), default=-1)
    for i in range(last_multi + 1, len(seg)):
        run = seg[i].runs[0]
        hits = _overlapping(columns, run.left, run.right)
        above = next(
            (
                r
                for ln in reversed(seg[:i])
                for r in ln.runs
                if hits and _overlapping([columns[hits[0]]], r.left, r.right)
            ),
            None,
        )
        if hits and hits[0] > 0:
            continue  # under a later column: a cell of the table, never body text
        if above is None or columns[hits[0]][1] - above.right >= _first_word_width(run):
            del seg[i:]
            return


def _mark_tables(lines: list[_RawLine], state: _TableState) -> None:
    """Find tables (rows of several cells plus their wrapped lines) and fill in
    ``cells`` (one slot per column of the whole table) and ``table``."""
    _confirm_columns(lines)
    segments: list[tuple[list[_RawLine], list[list[float]]]] = []
    first_row = last_row = len(lines)  # indices of the first/last table line of the page
    current: list[_RawLine] | None = None
    columns: list[list[float]] = []
    for index, ln in enumerate(lines):
        if current is not None:
            prev = current[-1]
            near = prev.bottom - ln.top <= 1.6 * max(prev.height, ln.height)
            if near and (len(ln.runs) > 1 or _continues(columns, ln.runs[0])):
                current.append(ln)
                if len(ln.runs) > 1:
                    _add_row(columns, ln.runs)
                last_row = index
                continue
            current = None
        if len(ln.runs) > 1:
            current = [ln]
            columns = []
            _add_row(columns, ln.runs)
            segments.append((current, columns))
            first_row = min(first_row, index)
            last_row = index

    for seg, grown in segments:
        _trim_trailing_text(seg, grown)
    members = {id(ln) for seg, _ in segments for ln in seg}
    rows_at = [i for i, ln in enumerate(lines) if id(ln) in members]
    last_row = max(rows_at) if rows_at else len(lines)

    # A lone line of two or three parts at the very top or bottom of the page is a
    # letterhead ("Socialnämnden      Protokoll      Sida 2 (5)"), not a table: as text it
    # can be recognised as a running header and removed, instead of standing as a table
    # row in the middle of a paragraph that runs over the page break.
    kept: list[tuple[list[_RawLine], list[list[float]]]] = []
    for seg, grown in segments:
        index = next(i for i, ln in enumerate(lines) if ln is seg[0])
        if len(seg) == 1 and len(seg[0].runs) <= 3 and (
            index < ZONE or index >= len(lines) - ZONE
        ):
            while len(seg[0].runs) > 1:
                _merge_runs(seg[0], 0)
            continue
        kept.append((seg, grown))
    if len(kept) != len(segments):
        segments = kept
        members = {id(ln) for s, _ in kept for ln in s}
        rows = [i for i, ln in enumerate(lines) if id(ln) in members]
        last_row = max(rows) if rows else len(lines)
        first_row = min(rows) if rows else len(lines)
    for n, (seg, grown) in enumerate(segments):
        cols = _final_columns(seg) or grown
        # A table continued from the previous page: starts right below the page header
        # with the same columns.
        continued = (
            n == 0
            and state.open_columns is not None
            and first_row < ZONE
            and _same_columns(state.open_columns, cols)
        )
        if not continued:
            state.count += 1
        for ln in seg:
            cells = [""] * len(cols)
            for run in ln.runs:
                hits = _overlapping(cols, run.left, run.right)
                if hits:
                    k = hits[0]
                else:  # in a gap between columns: the nearest one
                    mid = (run.left + run.right) / 2
                    k = min(
                        range(len(cols)), key=lambda i: abs((cols[i][0] + cols[i][1]) / 2 - mid)
                    )
                cells[k] = f"{cells[k]} {run.text}" if cells[k] else run.text
            ln.cells = cells
            ln.table = state.count
    # The page's last table stays open when only furniture (a few lines) follows it.
    state.open_columns = None
    if segments and len(lines) - 1 - last_row < ZONE:
        state.open_columns = _final_columns(segments[-1][0]) or segments[-1][1]
