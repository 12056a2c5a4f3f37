"""Render test documents: text → realistic PDF (reportlab) and DOCX (python-docx), plus
deliberately broken files for the error paths.

Shared by every engineer's tests (ingest, minutes, report, bench).  Typical use::

    from tests.render import render_pdf, render_docx, sample_blocks
    blocks = sample_blocks(MINUTES_SAMPLE.read_text("utf-8"))
    render_pdf(blocks, tmp_path / "002.pdf", header="Hägersten-Älvsjö",
               footer="Sida {page} av {pages}")
    render_docx(blocks, tmp_path / "002.docx")

Input (``blocks``) is either one string (split into lines) or a sequence whose items are

* ``str`` – one line of text, rendered as its own paragraph so that the PDF keeps the
  source's line breaks (sample texts are already wrapped).  Markup at the start of a
  line: ``"# "`` / ``"## "`` / ``"### "`` = heading level 1–3, ``"**text**"`` = bold
  line, ``"• "`` = bulleted list item (PDF: bullet and hanging indent; DOCX: List
  Bullet style).  An empty string is a small vertical gap; ``"\\f"`` forces a page break.
* a table: a list of rows (each a list of cell strings, first row = header row) or a
  :class:`TableSpec` for column widths.  PDF tables are real reportlab ``Table``\\ s with
  grid lines and wrapping cells; DOCX tables are real Word tables.

``tables={index: rows}`` inserts tables before the line with that 0-based index of
``blocks`` (handy to replace a flattened table of a sample by a real one).
``header`` / ``footer`` are drawn on every PDF page (and put in the DOCX section header and
footer); ``{page}`` and ``{pages}`` are replaced by the page number and page count, a
tab sets the rest of a header line flush right, ``"\\n"`` starts another line.
Like many real PDFs, header and footer are drawn *before* the body, so a reader that
trusts drawing order sees the footer first.

Broken files: :func:`make_encrypted_pdf`, :func:`make_scanned_pdf`,
:func:`make_truncated_pdf`, :func:`make_random_bytes`, :func:`make_bad_zip_docx`,
:func:`make_zip_not_docx`, :func:`make_binary_txt`.
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

Rows = list[list[str]]
Block = Any  # str | Rows | TableSpec

_FONT_CACHE: dict[str, tuple[str, str]] = {}
_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


@dataclass
class TableSpec:
    """A table with optional column widths in points (None = equal widths)."""

    rows: Rows
    col_widths: list[float] | None = None
    header: bool = True
    right_columns: tuple[int, ...] = ()  # columns whose cells are right-aligned (numbers)
    rules: bool = True  # False: no ruling lines at all (cells placed by position only)


# --- shared input handling ------------------------------------------------------------


def sample_blocks(text: str) -> list[str]:
    """Split a sample text into lines (trailing spaces dropped, runs of empty lines
    collapsed to one), ready for :func:`render_pdf` / :func:`render_docx`."""
    out: list[str] = []
    for raw in text.replace("\r\n", "\n").split("\n"):
        line = raw.strip()
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return out


def _normalise_blocks(
    lines_or_text: str | Sequence[Block], tables: Mapping[int, Rows | TableSpec] | None
) -> list[Block]:
    items: list[Block] = (
        list(lines_or_text.split("\n")) if isinstance(lines_or_text, str) else list(lines_or_text)
    )
    if tables:
        out: list[Block] = []
        for i, item in enumerate(items):
            if i in tables:
                out.append(tables[i])
            out.append(item)
        for i in sorted(k for k in tables if k >= len(items)):
            out.append(tables[i])
        items = out
    return [TableSpec(b) if isinstance(b, list) else b for b in items]


def _markup(line: str) -> tuple[str, int | None, bool]:
    """(text, heading level, bold) of one input line."""
    m = re.match(r"^(#{1,3}) (.*)$", line)
    if m:
        return m.group(2), len(m.group(1)), True
    m = re.match(r"^\*\*(.*)\*\*$", line)
    if m:
        return m.group(1), None, True
    return line, None, False


# --- PDF ------------------------------------------------------------------------------


def _fonts() -> tuple[str, str]:
    """(regular, bold) font names: DejaVu Sans when installed (embedded TrueType subset,
    as in most real PDFs), else reportlab's built-in Helvetica (Latin-1 + cp1252)."""
    if "pair" in _FONT_CACHE:
        return _FONT_CACHE["pair"]
    pair = ("Helvetica", "Helvetica-Bold")
    regular, bold = _DEJAVU / "DejaVuSans.ttf", _DEJAVU / "DejaVuSans-Bold.ttf"
    if regular.exists() and bold.exists():
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        pdfmetrics.registerFont(TTFont("DejaVuSans", str(regular)))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(bold)))
        pair = ("DejaVuSans", "DejaVuSans-Bold")
    _FONT_CACHE["pair"] = pair
    return pair


def _pdf_story(blocks: list[Block], font: str, bold_font: str, width: float) -> list[Any]:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

    body = ParagraphStyle("body", fontName=font, fontSize=10, leading=13)
    bold = ParagraphStyle("bold", parent=body, fontName=bold_font)
    heads = {
        1: ParagraphStyle("h1", parent=bold, fontSize=15, leading=19, spaceBefore=8, spaceAfter=4),
        2: ParagraphStyle("h2", parent=bold, fontSize=12.5, leading=16, spaceBefore=6),
        3: ParagraphStyle("h3", parent=bold, fontSize=11, leading=14, spaceBefore=4, spaceAfter=2),
    }
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=11)
    cell_right = ParagraphStyle("cellr", parent=cell, alignment=2)
    cell_head = ParagraphStyle("cellh", parent=cell, fontName=bold_font)
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=18, bulletIndent=4)

    story: list[Any] = []
    for block in blocks:
        if isinstance(block, TableSpec):
            ncols = max(len(r) for r in block.rows)
            widths = block.col_widths or [width / ncols] * ncols
            data = [
                [
                    Paragraph(
                        escape(c),
                        cell_head
                        if (block.header and r == 0)
                        else (cell_right if k in block.right_columns else cell),
                    )
                    for k, c in enumerate(row + [""] * (ncols - len(row)))
                ]
                for r, row in enumerate(block.rows)
            ]
            table = Table(data, colWidths=widths, repeatRows=1 if block.header else 0)
            style = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if block.rules:
                style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.grey))
            table.setStyle(TableStyle(style))
            story += [Spacer(1, 4), table, Spacer(1, 6)]
            continue
        if block == "\f":
            story.append(PageBreak())
            continue
        if not block.strip():
            story.append(Spacer(1, 6))
            continue
        if block.startswith("• "):
            story.append(Paragraph(escape(block[2:]), bullet, bulletText="•"))
            continue
        text, level, is_bold = _markup(block)
        style = heads[level] if level else (bold if is_bold else body)
        story.append(Paragraph(escape(text), style))
    return story


#: Line pitch of the header and footer (9 pt type), in points.
_RUNNING_LEADING = 11.0


def _extra_lines(text: str | None) -> int:
    return text.count("\n") if text else 0


def _build_pdf(
    story_factory: Any,
    target: Any,
    header: str | None,
    footer: str | None,
    total: int,
    encrypt: Any = None,
    header_from: int = 1,
) -> int:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import SimpleDocTemplate

    font, _ = _fonts()
    pages = {"n": 0}

    def decorate(canvas: Any, doc: Any) -> None:
        # Drawn at page begin, i.e. before the body: footers come first in drawing order.
        pages["n"] = doc.page
        canvas.saveState()
        canvas.setFont(font, 9)
        if header and doc.page >= header_from:
            # "left\tright": the part after a tab is set flush right on the same line
            # ("Socialnämnden<tab>Sida 2 (5)"), as in many letterheads; "\n" starts
            # another line below.
            text = header.format(page=doc.page, pages=total)
            for k, row in enumerate(text.split("\n")):
                left, _tab, right = row.partition("\t")
                y = A4[1] - 1.3 * cm - k * _RUNNING_LEADING
                canvas.drawString(2 * cm, y, left)
                if right:
                    canvas.drawRightString(A4[0] - 2 * cm, y, right)
        if footer:
            rows = footer.format(page=doc.page, pages=total).split("\n")
            for k, row in enumerate(reversed(rows)):  # the last line lowest
                canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm + k * _RUNNING_LEADING, row)
        canvas.restoreState()

    doc = SimpleDocTemplate(
        target,
        pagesize=A4,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        # Room for a header or footer of several lines.
        topMargin=2.2 * cm + _extra_lines(header) * _RUNNING_LEADING,
        bottomMargin=2.2 * cm + _extra_lines(footer) * _RUNNING_LEADING,
        encrypt=encrypt,
        title="Testdokument",
        author="tests.render",
    )
    doc.build(story_factory(doc.width), onFirstPage=decorate, onLaterPages=decorate)
    return pages["n"]


def render_pdf(
    lines_or_text: str | Sequence[Block],
    path: str | Path,
    *,
    tables: Mapping[int, Rows | TableSpec] | None = None,
    header: str | None = None,
    footer: str | None = None,
    encrypt: Any = None,
    header_from: int = 1,
) -> Path:
    """Render blocks (see the module docstring) as an A4 PDF; returns ``path``.

    ``encrypt`` = a user password (the PDF then needs it to open), or a reportlab
    ``StandardEncryption`` (e.g. only an owner password: opens without one).
    ``header_from`` = the first page that gets the header (minutes often print their
    title block on page 1 and a running header from page 2 on)."""
    path = Path(path)
    blocks = _normalise_blocks(lines_or_text, tables)
    font, bold_font = _fonts()

    def story(width: float) -> list[Any]:
        return _pdf_story(blocks, font, bold_font, width)

    total = 0
    if (header and "{pages}" in header) or (footer and "{pages}" in footer):
        # First pass only counts the pages so that "Sida 3 av 12" is right.
        total = _build_pdf(story, io.BytesIO(), header, footer, 0, header_from=header_from)
    _build_pdf(story, str(path), header, footer, total, encrypt=encrypt, header_from=header_from)
    return path


# --- DOCX -----------------------------------------------------------------------------


def render_docx(
    lines_or_text: str | Sequence[Block],
    path: str | Path,
    *,
    tables: Mapping[int, Rows | TableSpec] | None = None,
    header: str | None = None,
    footer: str | None = None,
    lines_per_page: int | None = None,
    merge: Sequence[tuple[int, int, int, int]] = (),
) -> Path:
    """Render blocks as a Word document with real headings (Heading 1–3 styles), bold
    runs and real tables; returns ``path``.

    ``"\\f"`` lines become page breaks; ``lines_per_page`` additionally inserts a page
    break after that many text lines (Word paginates itself, a reader can only count
    explicit breaks).  ``merge`` = (row, col, row2, col2) cell ranges merged in *every*
    table (to test that merged cells are not read twice).  Header/footer texts go into
    the section header/footer ({page}/{pages} are dropped there: Word uses fields)."""
    import docx
    from docx.enum.text import WD_BREAK

    path = Path(path)
    blocks = _normalise_blocks(lines_or_text, tables)
    document = docx.Document()
    section = document.sections[0]
    if header:
        section.header.paragraphs[0].text = re.sub(r"\{pages?\}", "", header).strip()
    if footer:
        section.footer.paragraphs[0].text = re.sub(r"\{pages?\}", "", footer).strip()

    count = 0
    pending_break = False

    def paragraph() -> Any:
        nonlocal pending_break
        para = document.add_paragraph()
        if pending_break:
            para.add_run().add_break(WD_BREAK.PAGE)
            pending_break = False
        return para

    for block in blocks:
        if isinstance(block, TableSpec):
            if pending_break:
                paragraph()
            ncols = max(len(r) for r in block.rows)
            table = document.add_table(rows=len(block.rows), cols=ncols)
            table.style = "Table Grid"
            for r, row in enumerate(block.rows):
                for c, value in enumerate(row):
                    cell = table.cell(r, c)
                    cell.text = value
                    if block.header and r == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            for r1, c1, r2, c2 in merge:
                if r2 < len(block.rows) and c2 < ncols:
                    table.cell(r1, c1).merge(table.cell(r2, c2))
            continue
        if block == "\f":
            pending_break = True
            continue
        if not block.strip():
            paragraph()  # an empty paragraph, as a secretary types between paragraphs
            continue
        if block.startswith("• "):
            para = paragraph()
            para.style = document.styles["List Bullet"]
            para.add_run(block[2:])
            count += 1
            continue
        text, level, is_bold = _markup(block)
        if level:
            if pending_break:
                paragraph()
            document.add_heading(text, level=level)
        else:
            run = paragraph().add_run(text)
            run.bold = is_bold or None
        count += 1
        if lines_per_page and count % lines_per_page == 0:
            pending_break = True
    document.save(str(path))
    return path


# --- broken files ---------------------------------------------------------------------


def make_encrypted_pdf(path: str | Path, password: str = "hemligt") -> Path:
    """A PDF that needs a password to open."""
    return render_pdf(
        ["Protokoll från förvaltningsgruppen", "Konfidentiellt innehåll."],
        path,
        encrypt=password,
    )


def make_scanned_pdf(
    path: str | Path, pages: int = 2, *, stamp: str | None = None, typed_pages: int = 0
) -> Path:
    """A PDF whose pages hold only an image of text (no text layer), like a scan.

    ``stamp`` adds a short real text on each scanned page (e.g. "Justerat", as a
    scanner's or signing service's stamp); ``typed_pages`` puts that many pages of
    real text before the scanned ones (typed minutes with a scanned signature page)."""
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    path = Path(path)
    image = Image.new("L", (595, 842), 255)
    draw = ImageDraw.Draw(image)
    for i in range(30):
        draw.text((60, 60 + i * 24), f"Skannad rad {i + 1} med text som bild", fill=0)
    reader = ImageReader(image)
    c = canvas.Canvas(str(path), pagesize=A4)
    for page in range(typed_pages):
        c.setFont("Helvetica", 10)
        for i in range(40):
            c.drawString(60, 780 - i * 16, f"Sida {page + 1}, rad {i + 1}: frågan diskuterades.")
        c.showPage()
    for _ in range(pages):
        c.drawImage(reader, 0, 0, width=A4[0], height=A4[1])
        if stamp:
            c.setFont("Helvetica", 9)
            c.drawString(450, 20, stamp)
        c.showPage()
    c.save()
    return path


def make_truncated_pdf(path: str | Path, keep: float = 0.4) -> Path:
    """A real multi-page PDF cut off after ``keep`` of its bytes (a broken download)."""
    path = Path(path)
    lines = [f"Rad {i} i ett dokument som blir avklippt." for i in range(400)]
    render_pdf(lines, path)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    return path


def make_random_bytes(path: str | Path, size: int = 8192, seed: int = 2) -> Path:
    """Random bytes (pass a .pdf/.docx/.txt name to fake a type)."""
    path = Path(path)
    path.write_bytes(random.Random(seed).randbytes(size))
    return path


def make_bad_zip_docx(path: str | Path) -> Path:
    """A file that starts like a zip (so it looks like .docx) but is not a valid zip."""
    path = Path(path)
    path.write_bytes(b"PK\x03\x04" + random.Random(3).randbytes(4000))
    return path


def make_zip_not_docx(path: str | Path) -> Path:
    """A valid zip archive without a Word document inside."""
    path = Path(path)
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("bild.txt", "inte ett Word-dokument")
    return path


def make_binary_txt(path: str | Path) -> Path:
    """A .txt holding binary junk (NUL bytes and control characters)."""
    path = Path(path)
    rnd = random.Random(4)
    path.write_bytes(bytes(rnd.choice([0, 1, 2, 7, 27, 0x41, 0xFF]) for _ in range(5000)))
    return path


def make_scan_of_pdf(
    source: str | Path,
    path: str | Path,
    *,
    dpi: int = 200,
    angle: float = 0.6,
    noise: float = 12.0,
    pages: Sequence[int] | None = None,
    seed: int = 5,
) -> Path:
    """A "scan" of a rendered PDF: each page (or only the 0-based ``pages``) rasterised
    at ``dpi`` in greyscale, turned by ``angle`` degrees (alternating in sign from page
    to page, as a sheet feeder does), with Gaussian noise of ``noise`` grey levels, and
    put back as an image-only page; the other pages keep their text layer (a mixed
    PDF)."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageChops

    path = Path(path)
    rnd = random.Random(seed)
    src = pdfium.PdfDocument(str(source))
    try:
        n = len(src)
        chosen = set(range(n) if pages is None else pages)
        images: dict[int, Any] = {}
        for index in sorted(chosen):
            page = src[index]
            try:
                image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            finally:
                page.close()
            turn = angle * (1 if index % 2 == 0 else -1) * (0.8 + 0.4 * rnd.random())
            image = image.rotate(turn, resample=Image.Resampling.BICUBIC, fillcolor=255)
            if noise:
                # Seeded uniform noise with the standard deviation asked for (Pillow's
                # effect_noise cannot be seeded): the same scan every run.
                raw = Image.frombytes("L", image.size, rnd.randbytes(image.width * image.height))
                spread = noise * 3**0.5
                grain = raw.point([round(128 + (v / 127.5 - 1) * spread) for v in range(256)])
                image = ImageChops.add(image, grain, 1.0, -128)
            images[index] = image
    finally:
        src.close()
    # Saved by Pillow: JPEG pages, as most scanners write (and fast to build).
    scanned = io.BytesIO()
    order = sorted(chosen)
    first, *rest = (images[i] for i in order)
    first.save(scanned, "PDF", save_all=True, append_images=rest, resolution=float(dpi))
    if len(chosen) == n:
        path.write_bytes(scanned.getvalue())
        return path
    # Mixed: keep the text pages as they are (pdfium copies them), images for the rest.
    out = pdfium.PdfDocument.new()
    text_doc = pdfium.PdfDocument(str(source))
    scan_doc = pdfium.PdfDocument(scanned.getvalue())
    try:
        for index in range(n):
            if index in chosen:
                out.import_pages(scan_doc, [order.index(index)])
            else:
                out.import_pages(text_doc, [index])
        out.save(str(path))
    finally:
        out.close()
        text_doc.close()
        scan_doc.close()
    return path
