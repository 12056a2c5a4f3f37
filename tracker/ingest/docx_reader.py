"""Word reader (python-docx): paragraphs and tables in document order.

* A paragraph is a line (a soft line break, Shift+Enter, starts a new line); its
  ``heading`` level comes from the Heading/Rubrik styles, ``bold`` is set when all of
  its text is bold.  Automatic list numbers and bullets ("5.", "b)", "•") are put in
  front of the text as Word shows them (:mod:`tracker.ingest.docx_numbering`).
* A table row is one line whose ``cells`` hold one slot per grid column: a cell merged
  across columns sits in its first column and leaves the others empty, a cell merged
  down (vertical merge) is read in its first row only – merged text is never repeated.
  Nested tables are read into their cell's text.
* Pages: Word paginates when it displays, so the file only knows the page breaks Word
  saved (``lastRenderedPageBreak``) or that the author inserted (page breaks, "page
  break before", section breaks).  The page count is those breaks + 1; ``line`` counts
  lines from the start of that page.
* Headers and footers live apart from the body in a .docx: they are not body lines,
  but their text is handed over as the document's furniture (as the PDF and text
  readers hand over the running headers they remove), since a protocol's header may be
  the only place that names the meeting and its date.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tracker.domain import FileMeta, Line
from tracker.errors import InputError
from tracker.ingest import file_meta
from tracker.ingest.cleanup import clean
from tracker.ingest.docx_numbering import Numbering

SUFFIXES = (".docx", ".docm", ".dotx")

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_T, _TAB, _BR, _CR = f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"
_RENDERED_BREAK = f"{_W}lastRenderedPageBreak"
_P, _TBL, _TR, _TC, _SDT = f"{_W}p", f"{_W}tbl", f"{_W}tr", f"{_W}tc", f"{_W}sdt"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_ALTERNATE = f"{_MC}AlternateContent"
#: Elements whose children belong where they stand.
_WRAPPERS = frozenset({f"{_W}customXml", f"{_W}smartTag", f"{_W}ins", f"{_W}moveTo"})
#: Content that is not shown: alternate-content fallbacks (a copy of the Choice) and
#: tracked deletions.
_SKIP = frozenset({f"{_MC}Fallback", f"{_W}del", f"{_W}moveFrom"})
_TYPE = f"{_W}type"
_HEADING = re.compile(r"^(?:heading|rubrik)\s*(\d)$", re.IGNORECASE)
_PAGE_SECTIONS = {"nextPage", "oddPage", "evenPage", None}


def _not_docx(path: Path, detail: str) -> InputError:
    return InputError(
        f"Filen {path.name} är inget giltigt Word-dokument ({detail}). Öppna den i Word "
        "och spara den igen som .docx, eller spara den som PDF, och importera igen.",
        path=str(path),
    )


#: Limits on what a .docx unpacks to.  python-docx reads every part into memory and
#: lxml builds a tree of each XML part (several times its size), so the limits are on
#: the unpacked bytes, not the file on disk: a 3 MB file can unpack to gigabytes.  A
#: 500-page Word document has a document.xml of some 5–15 MB and pictures in the tens
#: of MB; these limits keep reading one document under about 500 MB of memory (25 MB of
#: dense one-sentence paragraphs, some 270,000 lines, peak at about 260 MB).
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
#: The XML parts together (document, styles, numbering …): parsed, so they cost most.
MAX_XML_BYTES = 25 * 1024 * 1024
#: Unpacked size per packed byte for one part.  Word's XML packs some 5–20 times;
#: a "zip bomb" packs a thousand times.  Small parts (under 1 MB) may pack tighter.
MAX_RATIO = 100
_RATIO_FROM_BYTES = 1024 * 1024


def _too_big(path: Path, detail: str) -> InputError:
    return InputError(
        f"Word-dokumentet {path.name} kan inte läsas: {detail}. Filen är troligen skadad "
        "eller gjord för att överbelasta program. Öppna den i Word och spara den som PDF "
        "eller som ett nytt .docx-dokument, och importera igen.",
        path=str(path),
    )


def _check_unpacked_size(path: Path) -> None:
    """Refuse a .docx that unpacks to too much, before python-docx reads any of it.

    The zip's directory states each part's size; those figures are checked first
    (costs nothing).  They can lie, so each part is then unpacked in a stream and
    counted, never held whole; reading stops as soon as a limit is passed."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            _check_declared(path, infos)
            total = xml_total = 0
            for info in infos:
                is_xml = _is_xml(info.filename)
                size = 0
                with zf.open(info) as member:
                    while chunk := member.read(1 << 20):
                        size += len(chunk)
                        total += len(chunk)
                        if is_xml:
                            xml_total += len(chunk)
                        _check_totals(path, info.filename, size, info.compress_size, total,
                                      xml_total)
    except InputError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, ValueError,
            OSError, EOFError, RuntimeError) as exc:
        # A lying header ends in a CRC or length error; an encrypted part needs a
        # password (RuntimeError); an unknown compression raises NotImplementedError.
        raise _not_docx(path, "filen är skadad") from exc


def _is_xml(name: str) -> bool:
    return name.lower().endswith((".xml", ".rels"))


def _check_declared(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    total = sum(i.file_size for i in infos)
    xml_total = sum(i.file_size for i in infos if _is_xml(i.filename))
    for info in infos:
        _check_totals(path, info.filename, info.file_size, info.compress_size, 0, 0)
    _check_totals(path, "", 0, 0, total, xml_total)


def _check_totals(
    path: Path, name: str, size: int, packed: int, total: int, xml_total: int
) -> None:
    mb = 1024 * 1024
    if total > MAX_UNPACKED_BYTES:
        raise _too_big(path, f"innehållet packas upp till mer än {MAX_UNPACKED_BYTES // mb} MB")
    if xml_total > MAX_XML_BYTES:
        raise _too_big(path, f"texten (XML) packas upp till mer än {MAX_XML_BYTES // mb} MB")
    if size > _RATIO_FROM_BYTES and size > MAX_RATIO * max(packed, 1):
        raise _too_big(
            path, f"delen {name} packas upp mer än {MAX_RATIO} gånger (till minst "
            f"{size // mb} MB)"
        )


def _open(path: Path) -> Any:
    """Open with python-docx, turning every kind of broken file into InputError."""
    import docx  # imported here: python-docx loads lxml, not needed for PDF/TXT

    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, OSError) as exc:
        raise _not_docx(path, "filen är skadad eller inget zip-arkiv") from exc
    _check_unpacked_size(path)
    if "word/document.xml" not in names:
        if any(n.startswith("xl/") for n in names):
            detail = "det är en Excel-fil"
        elif any(n.startswith("ppt/") for n in names):
            detail = "det är en PowerPoint-fil"
        else:
            detail = "zip-arkivet innehåller inget Word-innehåll"
        raise _not_docx(path, detail)
    try:
        return docx.Document(str(path))
    except Exception as exc:  # python-docx/lxml raise many types for damaged parts
        raise _not_docx(path, "innehållet är skadat") from exc


def _style_info(paragraph: Any) -> tuple[int | None, bool]:
    """(heading level, style is bold) from the paragraph style and its parents."""
    style = paragraph.style
    level: int | None = None
    bold = False
    seen = 0
    while style is not None and seen < 10:
        name = style.name or ""
        if level is None:
            m = _HEADING.match(name)
            if m:
                level = int(m.group(1))
            elif name.lower() in ("title", "rubrik"):
                level = 1
        if not bold and style.font is not None and style.font.bold:
            bold = True
        style = getattr(style, "base_style", None)
        seen += 1
    return level, bold


class _Pager:
    """Counts pages from the breaks the file records (see the module docstring)."""

    def __init__(self, body: Any) -> None:
        self.use_rendered = any(True for _ in body.iter(_RENDERED_BREAK))
        self.page = 1
        self.line = 0

    def is_break(self, el: Any) -> bool:
        if el.tag == _RENDERED_BREAK:
            return self.use_rendered
        return el.tag == _BR and el.get(_TYPE) == "page" and not self.use_rendered

    def paragraph_breaks_before(self, p: Any) -> bool:
        if self.use_rendered:
            return False
        ppr = p.pPr
        return ppr is not None and bool(ppr.pageBreakBefore_val)

    def section_break_after(self, p: Any) -> bool:
        """A paragraph holding a section break ends a section; most start a new page."""
        if self.use_rendered:
            return False
        ppr = p.pPr
        sect = ppr.sectPr if ppr is not None else None
        if sect is None:
            return False
        start = sect.find(f"{_W}type")
        return (start.get(f"{_W}val") if start is not None else None) in _PAGE_SECTIONS

    def new_page(self) -> None:
        self.page += 1
        self.line = 0

    def next_line(self) -> int:
        self.line += 1
        return self.line


def _children(el: Any, wanted: str) -> Iterator[Any]:
    """Children of ``el`` with tag ``wanted``, looking through content controls, custom
    XML and alternate content (python-docx skips paragraphs and tables inside those)."""
    for child in el:
        tag = child.tag
        if tag == wanted:
            yield child
        elif tag in _WRAPPERS:
            yield from _children(child, wanted)
        elif tag == _SDT:
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                yield from _children(content, wanted)
        elif tag == _ALTERNATE:
            choice = child.find(f"{_MC}Choice")  # Fallback repeats the same content
            if choice is not None:
                yield from _children(choice, wanted)


def _body_blocks(body: Any) -> Iterator[Any]:
    """Paragraphs and tables of the body in document order."""
    for child in body:
        tag = child.tag
        if tag in (_P, _TBL):
            yield child
        elif tag in _WRAPPERS:
            yield from _body_blocks(child)
        elif tag == _SDT:
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                yield from _body_blocks(content)


def _walk(el: Any) -> Iterator[Any]:
    """Descendants in document order, without the repeated or deleted parts (alternate
    content fallbacks, tracked deletions)."""
    for child in el:
        if child.tag in _SKIP:
            continue
        yield child
        yield from _walk(child)


def _paragraph_pieces(p: Any, pager: _Pager) -> Iterator[tuple[str, bool]]:
    """Yield (text, page break before it) pieces of a paragraph: a new piece starts at
    each soft line break, each page break and each paragraph of a text box in it."""
    buf: list[str] = []
    broke = False
    for el in _walk(p):
        tag = el.tag
        if tag == _T:
            buf.append(el.text or "")
        elif tag == _TAB:
            buf.append(" ")
        elif pager.is_break(el):
            yield "".join(buf), broke
            buf, broke = [], True
        elif tag in (_BR, _CR, _P):
            yield "".join(buf), broke
            buf, broke = [], False
    yield "".join(buf), broke


def _paragraphs(el: Any) -> Iterator[Any]:
    """The paragraphs inside a cell (nested tables included), outermost only."""
    for child in el:
        if child.tag == _P:
            yield child
        elif child.tag not in _SKIP:
            yield from _paragraphs(child)


def _cell_text(tc: Any, pager: _Pager) -> tuple[str, bool]:
    """Text of a table cell (nested tables included) and whether it holds a page break."""
    parts: list[str] = []
    broke = False
    for p in _paragraphs(tc):
        for text, brk in _paragraph_pieces(p, pager):
            broke = broke or brk
            if text.strip():
                parts.append(text)
    return " ".join(parts), broke


def _row_cells(tr: Any, ncols: int, pager: _Pager) -> tuple[list[str], bool]:
    cells = [""] * ncols
    broke = False
    col = tr.grid_before
    for tc in _children(tr, _TC):
        span = tc.grid_span
        if tc.vMerge != "continue" and col < ncols:
            text, brk = _cell_text(tc, pager)
            cells[col] = text
            broke = broke or brk
        col += span
    return cells, broke


def read(
    path: Path, furniture: list[Line] | None = None, meta: list[FileMeta] | None = None
) -> tuple[int, list[Line]]:
    """Read a .docx into (pages, cleaned lines); the file's properties (created,
    modified, title), when it has any, are appended to ``meta``."""
    from docx.oxml.exceptions import InvalidXmlError

    path = Path(path)
    document = _open(path)
    if meta is not None and (info := file_meta.from_docx(document)) is not None:
        meta.append(info)
    try:
        pages, lines = _read_body(document)
        if furniture is not None:
            furniture.extend(_running_parts(document, pages))
    except (InvalidXmlError, ValueError, TypeError, KeyError, AttributeError) as exc:
        # A zip that python-docx opens but whose XML breaks Word's rules (bad numbers
        # in attributes, missing required parts): damaged, not a crash.
        raise _not_docx(path, "innehållet är skadat") from exc
    return pages, clean(lines, pages, furniture=False)


def _read_body(document: Any) -> tuple[int, list[Line]]:
    """Body → (pages, raw lines)."""
    from docx.text.paragraph import Paragraph

    body = document.element.body
    pager = _Pager(body)
    numbering = Numbering(document)
    lines: list[Line] = []
    tables = 0
    styles: dict[str | None, tuple[int | None, bool]] = {}
    container = document._body  # parent for python-docx paragraph objects (styles)
    for element in _body_blocks(body):
        if element.tag == _P:
            p = element
            block = Paragraph(p, container)
            if pager.paragraph_breaks_before(p):
                pager.new_page()
            # Style lookup in python-docx scans all styles: once per style id.
            style_id = p.style
            if style_id not in styles:
                styles[style_id] = _style_info(block)
            level, style_bold = styles[style_id]
            bold = _all_bold(block, style_bold)
            label = numbering.label(p)
            empty = True
            for text, broke in _paragraph_pieces(p, pager):
                if broke:
                    pager.new_page()
                    empty = False  # a paragraph that only breaks the page is no line
                if text.strip():
                    empty = False
                    if label:  # Word draws the number before the first line only
                        text, label = f"{label} {text.lstrip()}", ""
                    lines.append(
                        Line(
                            text=text,
                            page=pager.page,
                            line=pager.next_line(),
                            heading=level,
                            bold=bold,
                        )
                    )
            if empty and not label:
                # An empty paragraph is an empty line, as in a text file: a gap in the
                # numbering that parts paragraphs.
                pager.next_line()
            if pager.section_break_after(p):
                pager.new_page()
        else:
            tables += 1
            grid = element.tblGrid
            ncols = max(len(grid.gridCol_lst) if grid is not None else 0, _widest_row(element), 1)
            for tr in _children(element, _TR):
                cells, broke = _row_cells(tr, ncols, pager)
                if broke:
                    pager.new_page()
                if any(c.strip() for c in cells):
                    lines.append(
                        Line(
                            text=" ".join(c for c in cells if c),
                            page=pager.page,
                            line=pager.next_line(),
                            cells=cells,
                            table=tables,
                        )
                    )
    # The last section's break (in the body's sectPr) ends the document: no new page.
    return pager.page, lines


def _running_parts(document: Any, pages: int) -> list[Line]:
    """The lines of the sections' headers (page 1, numbered from 1) and footers (last
    page, numbered after every body line), each text once, normalised as body lines.
    A header or footer "linked to the previous" section's repeats it (or, in the first
    section, does not exist) and is skipped."""
    heads: list[str] = []
    foots: list[str] = []
    for section in document.sections:
        parts = []
        if section.different_first_page_header_footer:
            parts += [(section.first_page_header, heads), (section.first_page_footer, foots)]
        parts += [(section.header, heads), (section.footer, foots)]
        for part, into in parts:
            if part.is_linked_to_previous:
                continue
            element = part._element  # the header part's root (w:hdr / w:ftr)
            pager = _Pager(element)
            for p in _paragraphs(element):
                for text, _broke in _paragraph_pieces(p, pager):
                    text = " ".join(text.split())
                    if text and text not in heads and text not in foots:
                        into.append(text)
    out = [Line(text=t, page=1, line=i) for i, t in enumerate(heads, start=1)]
    out += [Line(text=t, page=pages, line=10_000 + i) for i, t in enumerate(foots)]
    return out


def _widest_row(tbl: Any) -> int:
    """Grid columns the rows use (for tables whose grid definition is missing)."""
    return max(
        (
            tr.grid_before + sum(tc.grid_span for tc in _children(tr, _TC))
            for tr in _children(tbl, _TR)
        ),
        default=0,
    )


def _all_bold(paragraph: Any, style_bold: bool) -> bool:
    runs = [r for r in paragraph.runs if r.text.strip()]
    if not runs:
        return False
    return all(r.bold or (r.bold is None and style_bold) for r in runs)
