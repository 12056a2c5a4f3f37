"""PDF reader (pypdfium2): text runs with their boxes → lines in reading order.

pdfium returns text in drawing order (footers are often drawn first), breaks it with
``\\r\\n`` and marks line-end hyphens with ``\\x02``/``\\ufffe``.  This reader takes
the runs of text with their boxes (pdfium's page text cut at its line breaks, each piece
placed by pdfium's text rectangles, or by character boxes where a piece has several),
sorts them by position and rebuilds the lines itself:

* runs whose boxes overlap vertically form one line, read left to right;
* a gap wider than about one text height may separate *columns*; it counts when it is
  very wide or lines up with a column on a nearby line (justified text and list
  markers do not make tables).  Such a line is a table row (``cells``); consecutive
  rows and the wrapped cell lines between them form one table, numbered through the
  document (``table``).  Where the table is drawn as a grid, the lines between two
  horizontal rules are one row: a cell's wrapped lines are joined into one cell
  (``_join_grid_rows``).  Columns are intervals, so right-aligned numbers under
  left-aligned headers share a column; a table that runs over a page break keeps its
  number when the columns match;
* ``x0`` and ``top`` (points from the page's left edge / top) are kept as layout hints,
  ``bold`` from the font weight.

Unreadable files end in :class:`~tracker.errors.InputError` with a Swedish message:
password protected, damaged or cut off, not a PDF, or scanned (images without a text
layer, which must go through OCR first).  Every pdfium object is closed after use.
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from tracker.domain import Line
from tracker.errors import InputError
from tracker.ingest import ocr
from tracker.ingest.cleanup import ZONE, check_text_size, clean

SUFFIXES = (".pdf",)

#: pdfium's load error codes (FPDF_GetLastError).
_ERR_PASSWORD = 4
_ERR_SECURITY = 5

#: Horizontal gap between runs, in text heights, that may separate columns (a cell's
#: text can end right at its padding); :func:`_confirm_columns` then keeps only gaps that
#: line up with other rows or are very wide, so loose word spacing is not a column.
COLUMN_GAP = 0.8
#: Smallest column gap in points (tiny fonts).
MIN_COLUMN_GAP = 5.0
#: Floor for a run's height in points: some fonts report empty boxes (height 0).
MIN_TEXT_HEIGHT = 4.0
#: Tolerance in points when a wrapped cell line must start where its column starts.
ALIGN_TOLERANCE = 4.0


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


# --- errors ---------------------------------------------------------------------------


def _damaged(path: Path) -> InputError:
    return InputError(
        f"PDF-filen {path.name} är skadad eller ofullständig och kan inte läsas. "
        "Be avsändaren om en ny kopia, eller öppna den i en PDF-läsare och spara den "
        "på nytt som PDF.",
        path=str(path),
    )


def _protected(path: Path) -> InputError:
    return InputError(
        f"PDF-filen {path.name} är lösenordsskyddad och kan inte läsas. Be avsändaren "
        "om en kopia utan lösenord (eller spara en oskyddad kopia om du har lösenordet).",
        path=str(path),
    )


def _scanned(path: Path, scanned: int = 0, pages: int = 0) -> InputError:
    what = (
        f"{scanned} av {pages} sidor är skannade bilder utan text"
        if scanned and scanned < pages
        else "sidorna är bilder utan text"
    )
    return InputError(
        f"PDF-filen {path.name} är skannad: {what}, och {ocr.unavailable_reason()}. "
        "Installera textigenkänningen, eller kör filen genom textigenkänning (OCR) i t.ex. "
        "Adobe Acrobat eller skannerns program, och importera den sedan.",
        path=str(path),
    )


def _check_complete(path: Path, data: bytes) -> None:
    """A PDF ends with ``%%EOF``; without it the file was cut off (broken download or
    copy).  pdfium might still recover part of it, which would silently lose pages."""
    if b"%%EOF" not in data[-4096:]:
        raise InputError(
            f"PDF-filen {path.name} är ofullständig (filen verkar vara avklippt, t.ex. "
            "efter en avbruten nedladdning). Hämta eller kopiera filen på nytt.",
            path=str(path),
        )


# --- reading --------------------------------------------------------------------------


def read(
    path: Path, furniture: list[Line] | None = None, progress: ocr.ProgressFn | None = None
) -> tuple[int, list[Line]]:
    """Read a PDF into (pages, cleaned lines).

    Pages without a text layer that hold an image (scans) are read by OCR when
    Tesseract is installed (:mod:`tracker.ingest.ocr`); their lines have ``ocr`` set.
    ``progress(done, total)`` is called as the OCR pages are read."""
    path = Path(path)
    try:
        # Read by Python, not by pdfium: pdfium opens paths in the ANSI code page on
        # Windows, so "Protokoll förvaltningsgruppen.pdf" would fail there.  The base
        # reader has already refused files over 100 MB.
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(
            f"Filen {path.name} kan inte läsas ({exc.strerror or exc}).", path=str(path)
        ) from exc
    _check_complete(path, data)
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) in (_ERR_PASSWORD, _ERR_SECURITY):
            raise _protected(path) from exc
        raise _damaged(path) from exc
    try:
        pages = len(pdf)
        layers: list[_PageRuns] = []
        for index in range(pages):
            try:
                layers.append(_text_layer(pdf, index))
            except pdfium.PdfiumError as exc:
                raise _damaged(path) from exc
            except _PageTooLong as exc:
                raise _page_too_long(path, index + 1, exc.chars) from None
        scans = [i for i, layer in enumerate(layers) if layer.scanned]
        if scans:
            if not ocr.available():
                _refuse_scans(path, layers)
            else:
                _recognise(pdf, layers, scans, progress)
        lines: list[Line] = []
        state = _TableState()
        chars = 0
        for index, layer in enumerate(layers):
            try:
                page_lines = _page_lines(pdf, index, layer, state)
            except pdfium.PdfiumError as exc:
                raise _damaged(path) from exc
            lines += page_lines
            # Checked as the pages come: a bound on the whole, before memory runs out.
            chars += sum(len(ln.text) for ln in page_lines)
            check_text_size(chars, path.name)
        if not lines:
            raise _no_text(path)
    finally:
        pdf.close()
    _check_decodable(path, lines)
    return pages, clean(lines, pages, removed=furniture)


@dataclass(slots=True)
class _PageRuns:
    """One page's text before lines are built: from its text layer or from OCR."""

    runs: list[_Run]
    height: float
    scanned: bool = False  # no real text layer, but an image: a scan
    ocr: bool = False  # the runs come from OCR


def _text_layer(pdf: pdfium.PdfDocument, index: int) -> _PageRuns:
    page = pdf[index]
    try:
        height = page.get_height()
        textpage = page.get_textpage()
        try:
            chars = textpage.count_chars()
            if chars > MAX_PAGE_CHARS:
                raise _PageTooLong(chars)
            runs = _page_runs(textpage)
        finally:
            textpage.close()
        visible = sum(len(r.text) - r.text.count(" ") for r in runs)
        scanned = visible < MIN_PAGE_CHARS and _has_image(page)
    finally:
        page.close()
    return _PageRuns(runs, height, scanned)


def _page_lines(
    pdf: pdfium.PdfDocument, index: int, layer: _PageRuns, state: _TableState
) -> list[Line]:
    """A page's runs → numbered lines, with columns, tables and drawn grids."""
    raw = [_split_columns(ln) for ln in _group_lines(layer.runs)]
    _mark_tables(raw, state)
    if any(ln.table is not None for ln in raw):
        if layer.ocr:  # a scan's rules are pixels: rows by spacing only
            raw = _join_grid_rows(raw, _Rules([], []))
        else:
            # Only pages with tables pay for reading the drawing (long reports stay fast).
            page = pdf[index]
            try:
                raw = _join_grid_rows(raw, _rules(page))
            finally:
                page.close()
    out: list[Line] = []
    numbers = _line_numbers(raw)
    for number, ln in zip(numbers, raw, strict=True):
        text = " ".join(c for c in ln.cells if c) if ln.cells else ln.runs[0].text
        out.append(
            Line(
                text=text,
                page=index + 1,
                line=number,
                cells=ln.cells,
                table=ln.table,
                x0=round(ln.left, 1),
                top=round(layer.height - ln.top, 1),
                bold=all(r.bold for r in ln.runs),
                ocr=layer.ocr,
            )
        )
    return out


#: A distance between two lines of text this many times the page's usual line pitch
#: (plus a point) is a paragraph gap: it counts as an empty line.
PARAGRAPH_GAP = 1.35


def _line_numbers(raw: list[_RawLine]) -> list[int]:
    """Line numbers for a page's lines: 1, 2, 3 … with one number skipped where more
    space than the usual line pitch stands between two lines of text, as an empty line
    stands in a text file.  Paragraphs and headings then part in PDFs as they do in
    text files (the extractor reads a gap in the numbering as a paragraph break)."""
    pitches = [
        a.runs[0].baseline - b.runs[0].baseline
        for a, b in pairwise(raw)
        if a.cells is None and b.cells is None
    ]
    usual = sorted(p for p in pitches if p > 0)
    if len(usual) < 3:
        return list(range(1, len(raw) + 1))
    typical = usual[len(usual) // 3]  # the lower third: body lines, not headings
    numbers = [1]
    for a, b in pairwise(raw):
        pitch = a.runs[0].baseline - b.runs[0].baseline
        gap = pitch > typical * PARAGRAPH_GAP + 1.0 and (a.cells is None or b.cells is None)
        numbers.append(numbers[-1] + (2 if gap else 1))
    return numbers


# --- scanned pages ----------------------------------------------------------------------


def _recognise(
    pdf: pdfium.PdfDocument,
    layers: list[_PageRuns],
    scans: list[int],
    progress: ocr.ProgressFn | None,
) -> None:
    """OCR the scanned pages: their runs are replaced by the recognised words (a stamp
    in a text layer on the scan is read again from the image)."""

    def images() -> Iterable[object]:
        for index in scans:
            page = pdf[index]
            try:
                yield ocr.render(page)
            finally:
                page.close()

    for index, result in zip(scans, ocr.recognise_pages(images(), len(scans), progress),
                             strict=True):
        layer = layers[index]
        layer.runs = _ocr_runs(result, layer.height)
        layer.ocr = True


def _ocr_runs(result: ocr.PageText, height: float) -> list[_Run]:
    """Recognised words → runs in PDF coordinates.  The words of one Tesseract line
    share its height (so that "a" and "Åg" lie on one line) and are joined into one run
    while the gap between them is narrower than a column gap."""
    runs: list[_Run] = []
    by_line: dict[tuple[int, int, int], list[ocr.Word]] = {}
    for word in result.words:
        by_line.setdefault(word.line_key, []).append(word)
    for words in by_line.values():
        words.sort(key=lambda w: w.left)
        top = height - min(w.line_top for w in words)
        bottom = height - max(w.line_bottom for w in words)
        h = max(top - bottom, MIN_TEXT_HEIGHT)
        gap_limit = max(MIN_COLUMN_GAP, COLUMN_GAP * h)
        current: _Run | None = None
        for w in words:
            if current is not None and w.left - current.right < gap_limit:
                current.text += " " + w.text
                current.right = max(current.right, w.right)
                continue
            current = _Run(w.left, w.right, bottom, top, w.text)
            runs.append(current)
    for run in runs:
        run.text = ocr.correct(run.text)
    return runs


def _has_image(page: pdfium.PdfPage) -> bool:
    objects = page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=3)
    return any(True for _ in objects)


def _refuse_scans(path: Path, layers: list[_PageRuns]) -> None:
    """Without OCR: refuse a PDF whose pages are mostly scans, or all of them (importing
    its few typed lines would silently lose the scanned pages).  A scanned signature
    page at the end of typed minutes is read without it."""
    pages = len(layers)
    scanned = sum(1 for layer in layers if layer.scanned)
    if scanned == pages:
        raise _scanned(path)
    if scanned * 2 > pages:
        raise _scanned(path, scanned, pages)
    for layer in layers:
        if layer.scanned:
            layer.runs = [r for r in layer.runs if r.text.strip()]


#: Characters a usable text layer hardly contains: replacement, control, private use.
_UNDECODED = re.compile("[\ufffd\x00-\x1f\ue000-\uf8ff]")


def _check_decodable(path: Path, lines: list[Line]) -> None:
    """Refuse a text layer that is mostly unmapped glyphs (fonts embedded without a
    character map): its "text" would be garbage that no extractor can use."""
    text = "".join(ln.text for ln in lines)
    total = len(text) - text.count(" ")
    bad = len(_UNDECODED.findall(text))
    if total >= 200 and bad > 0.3 * total:
        raise InputError(
            f"Texten i PDF-filen {path.name} går inte att tolka (teckensnitten saknar "
            "teckenkodning). Spara dokumentet som PDF på nytt från originalprogrammet, "
            "eller kör filen genom textigenkänning (OCR), och importera igen.",
            path=str(path),
        )


def _no_text(path: Path) -> InputError:
    return InputError(
        f"PDF-filen {path.name} innehåller ingen text att läsa (sidorna är tomma).",
        path=str(path),
    )


#: A page with fewer visible characters than this has no real text layer (a stamp or a
#: page number at most).
MIN_PAGE_CHARS = 40


#: Characters on one page above which the page is refused.  A dense A4 page in 8 pt
#: type holds some 10,000; more than this is no page of minutes but a generated or
#: damaged file, and its text would take long to sort into lines.  Refused rather than
#: cut short: a secretary would rather know than miss items at the end of the page.
MAX_PAGE_CHARS = 100_000


class _PageTooLong(Exception):
    def __init__(self, chars: int) -> None:
        super().__init__(chars)
        self.chars = chars


def _page_too_long(path: Path, page_no: int, chars: int) -> InputError:
    def num(n: int) -> str:
        return f"{n:,}".replace(",", "\u00a0")  # Swedish groups digits with a space

    return InputError(
        f"Sidan {page_no} i {path.name} innehåller ovanligt mycket text ({num(chars)} "
        f"tecken; högst {num(MAX_PAGE_CHARS)} på en sida). Filen är troligen skadad eller "
        "ingen vanlig handling, och ingenting importerades. Öppna den i en PDF-läsare och "
        "spara en ny kopia, eller be avsändaren om dokumentet som Word-fil.",
        path=str(path),
    )


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
