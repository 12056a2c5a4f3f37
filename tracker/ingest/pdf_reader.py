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
  ``bold`` from the font weight;
* after clean-up (running headers and footers gone), lines the word processor wrapped
  are joined again, also over a page break (:mod:`tracker.ingest.pdf_paragraphs`): a
  paragraph is one line, as in a DOCX.

Unreadable files end in :class:`~tracker.errors.InputError` with a Swedish message:
password protected, damaged or cut off, not a PDF, or scanned (images without a text
layer, which must go through OCR first).  Every pdfium object is closed after use.

This module opens the file, refuses what cannot be read, and puts each page's lines
together (with OCR for scanned pages); beside it, the text runs and their lines
(:mod:`tracker.ingest.pdf_runs`), columns and tables (:mod:`tracker.ingest.pdf_columns`),
tables drawn as a grid (:mod:`tracker.ingest.pdf_grid`) and wrapped lines
(:mod:`tracker.ingest.pdf_paragraphs`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from tracker.domain import FileMeta, Line
from tracker.errors import InputError
from tracker.ingest import file_meta, ocr
from tracker.ingest.cleanup import check_text_size, clean
from tracker.ingest.pdf_columns import _mark_tables, _split_columns, _TableState
from tracker.ingest.pdf_grid import _join_grid_rows, _Rules, _rules
from tracker.ingest.pdf_paragraphs import LineBox, join_wrapped, right_edge
from tracker.ingest.pdf_runs import (
    COLUMN_GAP,
    MIN_COLUMN_GAP,
    MIN_TEXT_HEIGHT,
    _group_lines,
    _page_runs,
    _RawLine,
    _Run,
)

SUFFIXES = (".pdf",)

#: pdfium's load error codes (FPDF_GetLastError).
_ERR_PASSWORD = 4
_ERR_SECURITY = 5


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
    path: Path,
    furniture: list[Line] | None = None,
    progress: ocr.ProgressFn | None = None,
    meta: list[FileMeta] | None = None,
) -> tuple[int, list[Line]]:
    """Read a PDF into (pages, cleaned lines).

    Pages without a text layer that hold an image (scans) are read by OCR when
    Tesseract is installed (:mod:`tracker.ingest.ocr`); their lines have ``ocr`` set.
    ``progress(done, total)`` is called as the OCR pages are read.  The file's
    metadata (:mod:`tracker.ingest.file_meta`), when it has any, is appended to ``meta``."""
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
        if meta is not None and (info := file_meta.from_pdf(pdf)) is not None:
            meta.append(info)
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
        boxes: dict[int, LineBox] = {}
        chars = 0
        for index, layer in enumerate(layers):
            try:
                page_lines = _page_lines(pdf, index, layer, state, boxes)
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
    cleaned = clean(lines, pages, removed=furniture)
    # Lines a word processor wrapped are joined again, after the running headers and
    # footers are gone (a paragraph goes on over a page break).
    edges = {
        index + 1: right_edge([ln for ln in cleaned if ln.page == index + 1], boxes, layer.width)
        for index, layer in enumerate(layers)
    }
    return pages, join_wrapped(cleaned, boxes, edges)


@dataclass(slots=True)
class _PageRuns:
    """One page's text before lines are built: from its text layer or from OCR."""

    runs: list[_Run]
    height: float
    width: float = 0.0
    scanned: bool = False  # no real text layer, but an image: a scan
    ocr: bool = False  # the runs come from OCR


def _text_layer(pdf: pdfium.PdfDocument, index: int) -> _PageRuns:
    page = pdf[index]
    try:
        height, width = page.get_height(), page.get_width()
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
    return _PageRuns(runs, height, width, scanned)


def _page_lines(
    pdf: pdfium.PdfDocument,
    index: int,
    layer: _PageRuns,
    state: _TableState,
    boxes: dict[int, LineBox] | None = None,
) -> list[Line]:
    """A page's runs → numbered lines, with columns, tables and drawn grids.  The
    geometry of the plain lines goes into ``boxes`` (by ``id``), for joining wrapped
    lines (:mod:`tracker.ingest.pdf_paragraphs`)."""
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
        line = Line(
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
        out.append(line)
        if boxes is not None and ln.cells is None:
            boxes[id(line)] = _box(ln)
    return out


def _box(ln: _RawLine) -> LineBox:
    """A plain line's right end, the width of its first word and of an average
    character (the first run's width shared out over its characters)."""
    run = ln.runs[0]
    text = run.text.strip()
    char = (run.right - run.left) / max(len(run.text), 1)
    first = text.split(" ", 1)[0] if text else ""
    return LineBox(max(r.right for r in ln.runs), char * len(first), char)


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
