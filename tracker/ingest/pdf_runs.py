"""Text runs of a PDF page and the lines they form: pdfium's page text cut at its line
breaks, each piece placed by pdfium's text rectangles or, where a piece has several, by
its character boxes (with the font weight for ``bold``); runs whose boxes overlap
vertically are grouped into one line, read left to right.  Used by
:mod:`tracker.ingest.pdf_reader`.
"""

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

#: Horizontal gap between runs, in text heights, that may separate columns (a cell's
#: text can end right at its padding); :func:`.pdf_columns._confirm_columns` keeps only gaps that
#: line up with other rows or are very wide, so loose word spacing is not a column.
COLUMN_GAP = 0.8
#: Smallest column gap in points (tiny fonts).
MIN_COLUMN_GAP = 5.0
#: Floor for a run's height in points: some fonts report empty boxes (height 0).
MIN_TEXT_HEIGHT = 4.0


@dataclass(slots=True)
class _Run:
    left: float
    right: float
    bottom: float
    top: float
    text: str
    bold: bool = False
    base: float | None = None  # the baseline (glyph origin), when pdfium gives it

    @property
    def baseline(self) -> float:
        return self.bottom if self.base is None else self.base


@dataclass(slots=True)
class _RawLine:
    runs: list[_Run]  # left to right; after column split, one run per cell
    top: float  # PDF coordinates (from the bottom)
    bottom: float
    height: float
    cells: list[str] | None = None
    table: int | None = None

    @property
    def left(self) -> float:
        return self.runs[0].left


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _page_runs(textpage: pdfium.PdfTextPage) -> list[_Run]:
    """The page's text runs with their boxes.

    Fast path: pdfium's page text (one call) split at its line breaks; a piece that
    pdfium covers with a single rectangle is one run.  Pieces with several rectangles
    (table rows, mixed fonts, a hyphenated word pdfium joined over two lines) are
    split by the boxes of their characters.  Asking pdfium for the text inside each
    rectangle instead would scan the whole page per rectangle: four times slower."""
    count = textpage.count_chars()
    if count <= 0:
        return []
    text = textpage.get_text_range(0, count)
    if len(text) != count:
        # Characters outside the BMP shift text positions against character indices.
        return _runs_by_rect_text(textpage)
    runs: list[_Run] = []
    start = 0
    for m in [*_LINE_BREAK.finditer(text), None]:
        end = m.start() if m else count
        piece = text[start:end]
        if piece.strip():
            n = textpage.count_rects(start, end - start)
            if n == 1:
                left, bottom, right, top = textpage.get_rect(0)
                first = start + len(piece) - len(piece.lstrip())
                runs.append(_Run(left, right, bottom, top, piece, _is_bold(textpage, first),
                                 _origin_y(textpage, first)))
            elif n > 1:
                runs += _runs_by_chars(textpage, text, start, end)
        if m:
            start = m.end()
    return runs


def _runs_by_chars(textpage: pdfium.PdfTextPage, text: str, start: int, end: int) -> list[_Run]:
    """Split text[start:end] into runs by character boxes: a new run where the text
    leaves the line, goes back to the left, or jumps right by a column gap.  Word
    spaces are the ones pdfium puts in the text (glyph boxes are too tight to tell)."""
    runs: list[_Run] = []
    space = False
    char_box = _CharBox(textpage)
    for i in range(start, end):
        ch = text[i]
        if ch.isspace():
            space = True  # pdfium's generated spaces have no useful box
            continue
        left, right, bottom, top = char_box(i)
        if runs:
            run = runs[-1]
            h = max(run.top - run.bottom, top - bottom, 1.0)
            overlap = min(run.top, top) - max(run.bottom, bottom)
            gap = left - run.right
            same_line = overlap >= 0.3 * min(run.top - run.bottom, top - bottom)
            if same_line and -0.5 * h < gap < max(MIN_COLUMN_GAP, COLUMN_GAP * h):
                run.text += (" " if space else "") + ch
                run.right = max(run.right, right)
                run.top, run.bottom = max(run.top, top), min(run.bottom, bottom)
                space = False
                continue
        runs.append(_Run(left, right, bottom, top, ch, _is_bold(textpage, i),
                         _origin_y(textpage, i)))
        space = False
    return runs


class _CharBox:
    """FPDFText_GetCharBox with its four output doubles allocated once."""

    def __init__(self, textpage: pdfium.PdfTextPage) -> None:
        self.raw = textpage.raw
        self.values = [ctypes.c_double() for _ in range(4)]
        self.refs = [ctypes.byref(v) for v in self.values]

    def __call__(self, index: int) -> tuple[float, float, float, float]:
        """(left, right, bottom, top) of one character."""
        pdfium_c.FPDFText_GetCharBox(self.raw, index, *self.refs)
        left, right, bottom, top = self.values
        return left.value, right.value, bottom.value, top.value


def _origin_y(textpage: pdfium.PdfTextPage, index: int) -> float | None:
    """The baseline of a character (its origin), which unlike its box does not move
    with ascenders and descenders ("vuxna" and "Högre" stand on one line height)."""
    x, y = ctypes.c_double(), ctypes.c_double()
    if pdfium_c.FPDFText_GetCharOrigin(textpage.raw, index, ctypes.byref(x), ctypes.byref(y)):
        return y.value
    return None


def _is_bold(textpage: pdfium.PdfTextPage, index: int) -> bool:
    """Bold by the font's weight, or by its name when the PDF gives no weight."""
    weight = pdfium_c.FPDFText_GetFontWeight(textpage.raw, index)
    if weight > 0:
        return weight >= 600
    buf = ctypes.create_string_buffer(96)
    flags = ctypes.c_int()
    pdfium_c.FPDFText_GetFontInfo(textpage.raw, index, buf, len(buf), ctypes.byref(flags))
    name = buf.value.decode("latin-1").lower()
    return any(w in name for w in ("bold", "black", "heavy", "fett"))


def _runs_by_rect_text(textpage: pdfium.PdfTextPage) -> list[_Run]:
    """Slow but position-independent path: the text inside each of pdfium's rects."""
    runs: list[_Run] = []
    for k in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(k)
        text = _LINE_BREAK.sub(" ", textpage.get_text_bounded(left, bottom, right, top))
        if text.strip():
            runs.append(_Run(left, right, bottom, top, text))
    return runs


def _group_lines(runs: list[_Run]) -> list[_RawLine]:
    """Runs → lines: sorted top to bottom, a run joins the line it overlaps vertically
    by at least half of the smaller height."""
    runs.sort(key=lambda r: (-(r.top + r.bottom) / 2, r.left))
    lines: list[_RawLine] = []
    for run in runs:
        h = run.top - run.bottom
        if lines:
            cur = lines[-1]
            overlap = min(cur.top, run.top) - max(cur.bottom, run.bottom)
            if overlap >= 0.5 * min(cur.height, h):
                cur.runs.append(run)
                cur.top = max(cur.top, run.top)
                cur.bottom = min(cur.bottom, run.bottom)
                continue
        lines.append(_RawLine(runs=[run], top=run.top, bottom=run.bottom, height=h))
    for ln in lines:
        ln.runs.sort(key=lambda r: r.left)
    return lines
