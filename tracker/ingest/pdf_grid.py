"""Tables drawn as a grid in a PDF: the page's rules (thin path objects) give the row
borders, and the lines between two horizontal rules become one row, each cell's wrapped
lines joined (a word broken by a hyphen rejoined); in a table without rules the extra
space between rows tells them apart.  Used by :mod:`tracker.ingest.pdf_reader`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from tracker.ingest.pdf_columns import _merge_runs
from tracker.ingest.pdf_runs import _RawLine

# --- drawn grids ----------------------------------------------------------------------

#: A path at most this thick (points) is a rule; longer than MIN_RULE it may be a border.
RULE_THICKNESS = 2.5
MIN_RULE = 12.0


@dataclass(slots=True)
class _Rules:
    horizontal: list[tuple[float, float, float]]  # (y, left, right), PDF coordinates
    vertical: list[tuple[float, float, float]]  # (x, bottom, top)


def _rules(page: pdfium.PdfPage) -> _Rules:
    """The page's drawn lines: thin paths, and the edges of drawn boxes (cells stroked
    or filled one by one, as Word does)."""
    horizontal: list[tuple[float, float, float]] = []
    vertical: list[tuple[float, float, float]] = []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=3):
        left, bottom, right, top = obj.get_bounds()
        width, height = right - left, top - bottom
        if height <= RULE_THICKNESS and width >= MIN_RULE:
            horizontal.append(((top + bottom) / 2, left, right))
        elif width <= RULE_THICKNESS and height >= MIN_RULE:
            vertical.append(((left + right) / 2, bottom, top))
        elif width >= MIN_RULE and height >= MIN_RULE:
            horizontal += [(top, left, right), (bottom, left, right)]
            vertical += [(left, bottom, top), (right, bottom, top)]
    return _Rules(horizontal, vertical)


def _row_borders(seg: list[_RawLine], rules: _Rules) -> list[float] | None:
    """The heights (descending) of the horizontal rules that divide this table into
    rows, or None when the table is not drawn as a grid.  A rule counts when it spans
    most of one of the table's columns (a cell's border, not an underline); the table
    is a grid when rules part it into three or more bands with text (header and two
    rows) or vertical rules stand between its columns (a one-row grid).  Rules only
    under the header and at the end (a "booktabs" table) leave its rows as they are."""
    lefts = [r.left for ln in seg for r in ln.runs]
    rights = [r.right for ln in seg for r in ln.runs]
    left, right = min(lefts), max(rights)
    top = max(ln.top for ln in seg) + 2 * seg[0].height
    bottom = min(ln.bottom for ln in seg) - 2 * seg[-1].height
    ys = sorted(
        (
            y
            for y, rl, rr in rules.horizontal
            if bottom <= y <= top
            and rl < right
            and rr > left
            and min(rr, right) - max(rl, left) >= 0.8 * min(right - left, 40.0)
        ),
        reverse=True,
    )
    borders: list[float] = []
    for y in ys:
        if not borders or borders[-1] - y > 1.5:
            borders.append(y)
    if len(borders) < 2:
        return None
    inside = [ln for ln in seg if 0 < _band(ln, borders) < len(borders)]
    bands = {_band(ln, borders) for ln in inside}
    if len(bands) >= 3:
        return borders
    inner = [
        x
        for x, rb, rt in rules.vertical
        if left + 2 < x < right - 2 and rb < seg[0].top and rt > seg[-1].bottom
    ]
    return borders if inner and len(bands) < len(inside) else None


def _band(ln: _RawLine, borders: list[float]) -> int:
    middle = (ln.top + ln.bottom) / 2
    return sum(1 for y in borders if y > middle)


#: A piece of a cell that ends with a hyphen after a digit ("2015-12-") goes on without a
#: space; after a letter ("bygg-") it does unless a conjunction follows ("bygg- och").
_DIGIT_HYPHEN = re.compile(r"\d-$")
_WORD_HYPHEN = re.compile(r"[^\W\d_]-$")
_CONJUNCTION = re.compile(r"^(?:och|eller|samt|till)\b")


def _join_cell(a: str, b: str) -> str:
    """Join two lines of one cell.  A word cut at the cell's edge without a hyphen
    ("Akademikerf" / "örbundet") cannot be told from two words without a dictionary
    ("Förskjuten" / "tidplan" in a narrow column), so it keeps the space."""
    if not a:
        return b
    if not b:
        return a
    if _DIGIT_HYPHEN.search(a) and b[0].isdigit():
        return a + b
    if _WORD_HYPHEN.search(a) and b[0].islower() and not _CONJUNCTION.match(b):
        return a + b
    frag = _CELL_FRAGMENT.match(b)
    if frag and a[-1:].isalpha() and frag.group(1) not in _SHORT_WORDS:
        # … but a lone one- or two-letter lower-case piece that is no Swedish word
        # ("Regionfastighete" / "r", "Vårdförbund" / "et") can only be the word's end.
        return a + b
    return f"{a} {b}"


_CELL_FRAGMENT = re.compile(r"^([a-zåäöé]{1,2})(?=$|[\s/,.;:)])")
#: One- and two-letter Swedish words (and abbreviations) that may open a cell's next line.
_SHORT_WORDS = frozenset({
    "i", "å", "ö", "o", "e", "a", "s", "t", "v", "k", "m", "x", "av", "en", "ej", "er", "ha",
    "in", "ju", "må", "ni", "nu", "om", "på", "så", "då", "du", "vi", "ut", "än", "år", "är",
    "se", "gå", "få", "bo", "ur", "el", "ca", "st", "kr", "nr", "mm", "dv", "ex", "fr", "tf",
    "jf", "kl", "ev", "pg", "ty", "oj", "ja",
})


def _join_grid_rows(lines: list[_RawLine], rules: _Rules) -> list[_RawLine]:
    """Join the lines of a drawn table that lie between the same two horizontal rules
    into one row: each cell gets its whole text, wrapped lines and all."""
    out: list[_RawLine] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.table is None or ln.cells is None:
            out.append(ln)
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].table == ln.table and lines[j].cells is not None:
            j += 1
        seg = lines[i:j]
        borders = _row_borders(seg, rules) if len(seg) > 1 else None
        if borders is not None:
            out += _merge_bands(seg, borders, rules)
        else:
            out += _merge_by_spacing(seg)
        i = j
    return out


#: Extra space (points) between two rows over the line pitch inside a cell that tells
#: rows apart in a table without rules (cell padding, space after a paragraph).
ROW_SPACING = 2.0


def _merge_by_spacing(seg: list[_RawLine]) -> list[_RawLine]:
    """Rows of a table drawn without rules (or with rules only under the header): the
    lines of one row lie closer together than the rows do, so a line whose distance
    to the line above is the table's smallest line pitch continues that row — when
    every cell it has text in has text in the row too (a wrapped cell never starts
    below an empty one).  A table whose lines are all equally spaced is left as it is:
    its rows cannot be told from wrapped cells by position."""
    if len(seg) < 3:
        return seg
    pitches = [a.runs[0].baseline - b.runs[0].baseline for a, b in pairwise(seg)]
    # The pitch of lines inside a cell: the smallest ones, give or take a little.
    if min(pitches) <= 0:
        return seg
    small = max(p for p in pitches if p <= min(pitches) + 1.0)
    if max(pitches) - small < ROW_SPACING + 0.5:
        return seg
    # Text after the table that lines up with its first column ("5. Övrigt", "Beslut")
    # stands further below the last row than rows stand apart: it is no row.
    rows = sorted(p for p in pitches if p > small + ROW_SPACING - 0.5)
    row_pitch = rows[len(rows) // 2] if rows else small
    after: list[_RawLine] = []
    while len(seg) > 2 and sum(1 for c in seg[-1].cells or [] if c) <= 1:
        pitch = pitches[len(seg) - 2]
        # The first line below the table stands apart by more than a row does; lines
        # after it by more than a cell's lines do (body text is set looser).
        if pitch <= (small + ROW_SPACING - 0.5 if after else row_pitch + ROW_SPACING):
            break
        last = seg.pop()
        pitches.pop()
        while len(last.runs) > 1:
            _merge_runs(last, 0)
        last.cells = last.table = None
        after.insert(0, last)
    # A cell wraps only when its line is full: in each column the continuation has text
    # in, its first word would not have fitted on the line above (measured in
    # characters against the column's longest line).  "Aktivitet" over the first row is
    # no wrapped cell, however close the rows stand.
    width = len(seg[0].cells or [])
    longest = [max((len((x.cells or [""] * width)[k]) for x in seg), default=0)
               for k in range(width)]
    out: list[_RawLine] = [seg[0]]
    for above, ln, pitch in zip(seg, seg[1:], pitches, strict=False):
        row = out[-1]
        cells = ln.cells or []
        fits = (
            row.cells is not None
            and len(cells) == len(row.cells)
            and all(row.cells[k] for k, text in enumerate(cells) if text)
            and all(
                len((above.cells or [""] * width)[k]) + 1 + len(text.split()[0])
                >= 0.8 * longest[k]
                for k, text in enumerate(cells)
                if text
            )
        )
        if pitch <= small + ROW_SPACING - 0.5 and fits and any(cells):
            assert row.cells is not None
            if row is seg[0] or row in seg:
                # Copy before changing: the line objects stay as the reader made them.
                row = _RawLine(runs=list(row.runs), top=row.top, bottom=row.bottom,
                               height=row.height, cells=list(row.cells), table=row.table)
                out[-1] = row
            assert row.cells is not None
            for k, text in enumerate(cells):
                if text:
                    row.cells[k] = _join_cell(row.cells[k], text)
            row.runs = row.runs + ln.runs
            row.bottom = min(row.bottom, ln.bottom)
            continue
        out.append(ln)
    return out + after


def _merge_bands(seg: list[_RawLine], borders: list[float], rules: _Rules) -> list[_RawLine]:
    """One row per band between two rules; a cell's lines joined in reading order.

    Lines below the last rule and outside the vertical rules lie outside the drawn
    table: text after it that happens to line up with its first column ("Analys",
    a signature) is no row.  Inside the vertical rules they are a row whose bottom
    border the page cut off."""
    left = min(r.left for ln in seg for r in ln.runs)
    right = max(r.right for ln in seg for r in ln.runs)
    out: list[_RawLine] = []
    last_band: int | None = None
    for ln in seg:
        band = _band(ln, borders)
        middle = (ln.top + ln.bottom) / 2
        if band == len(borders) and not any(
            left - 2 <= x <= right + 2 and rb <= middle <= rt for x, rb, rt in rules.vertical
        ):
            while len(ln.runs) > 1:
                _merge_runs(ln, 0)
            ln.cells = ln.table = None
            out.append(ln)
            last_band = None
            continue
        if band == 0:
            # Above the first rule (a header drawn without a top border): as it is.
            out.append(ln)
            last_band = None
            continue
        if out and band == last_band:
            row = out[-1]
            assert row.cells is not None
            for k, text in enumerate(ln.cells or []):
                if text:
                    row.cells[k] = _join_cell(row.cells[k], text)
            row.runs = row.runs + ln.runs
            row.bottom = min(row.bottom, ln.bottom)
            continue
        last_band = band
        out.append(
            _RawLine(
                runs=list(ln.runs),
                top=ln.top,
                bottom=ln.bottom,
                height=ln.height,
                cells=list(ln.cells or []),
                table=ln.table,
            )
        )
    return out
