"""Clean-up shared by the readers: whitespace, page furniture, broken words and dates.

Readers hand over :class:`~tracker.domain.Line` objects numbered as in the source
(``page``/``line`` 1-based); clean-up never renumbers, so every line keeps pointing at
where it came from even when lines around it are dropped.

* :func:`normalise` – one space between words, no control or zero-width characters,
  pdfium's hyphen marks (``\\x02``, ``\\ufffe``) shown as the ``-`` they stand for.
* :func:`remove_page_furniture` – running headers/footers (a line repeated at the same
  place at the top or bottom of most pages, its page number ignored, e.g.
  "Hägersten-Älvsjö" or "Verksamhetsberättelse 2015 – sida 4") and page numbers
  ("Sida 3 av 12", "3 (12)", "- 3 -", a bare "3" that follows the page count).
* :func:`repair_breaks` – words and ISO dates broken at a line end.  Lines are *not*
  merged (extractors need them, and each keeps its source position); instead the broken
  word's tail moves up to the line where the word starts:

  - "2015-12-" + "31 …" → "2015-12-31" + "…" (also "2015-" + "12-31"),
  - "… Vita jobb-" + "modellen som …" → "… Vita jobb-modellen" + "som …": the hyphen
    is kept, because a line-end hyphen in Swedish office documents is usually a real
    one (word processors rarely hyphenate automatically), unless the document itself
    spells the word without it elsewhere ("kommunstyrel-" + "sen" → "kommunstyrelsen"
    when "kommunstyrelsen" occurs in the text); a soft hyphen (U+00AD) always joins,
  - a capital after the hyphen is a name and keeps it ("Hägersten-" + "Älvsjö …" →
    "Hägersten-Älvsjö" + "…"),
  - nothing moves before "och/eller/samt …": "kris- och krigsberedskap" is a
    suspended compound.

  Pdfium marks *every* line-end hyphen before a lowercase letter with ``\\x02`` (not only
  soft hyphens; measured with pypdfium2 5), so the mark carries no extra meaning and is
  treated as a plain ``-``.
* Text tables – tab-separated and whitespace-aligned tables get cells
  (:func:`tracker.ingest.text_tables.tab_tables`,
  :func:`tracker.ingest.text_tables.aligned_tables`) before the whitespace is collapsed,
  which would lose their columns.
* Table rows (``cells``) are repaired column by column when the next line continues the
  same table (a cell wrapped over two lines in a PDF).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterable
from itertools import pairwise

from tracker.domain import Line
from tracker.ingest.text_tables import aligned_tables, tab_tables

# --- characters ---------------------------------------------------------------------

_SOFT_HYPHEN = "\u00ad"
# Zero-width and BOM characters carry nothing a reader needs; pdfium hyphen marks → "-".
_TRANSLATE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
# pdfium's hyphen marks (get_text_bounded → \x02, get_text_range → \ufffe).
_TRANSLATE[0x02] = "-"
_TRANSLATE[0xFFFE] = "-"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Collapse whitespace to single spaces and drop control/zero-width characters.

    A soft hyphen at the very end survives (it tells :func:`repair_breaks` to join);
    soft hyphens inside the text are invisible and dropped."""
    text = text.translate(_TRANSLATE)
    text = _CONTROL.sub(" ", text)
    text = _SPACES.sub(" ", text).strip()
    if _SOFT_HYPHEN in text:
        end = text.endswith(_SOFT_HYPHEN)
        text = text.replace(_SOFT_HYPHEN, "")
        if end:
            text += _SOFT_HYPHEN
    return text


def normalise_line(line: Line) -> Line:
    """Normalise a line's text and cells in place; ``text`` = non-empty cells joined."""
    if line.cells is not None:
        line.cells = [normalise(c) for c in line.cells]
        line.text = " ".join(c for c in line.cells if c)
    else:
        line.text = normalise(line.text)
    return line


# --- overlong lines and oversized documents ---------------------------------------------

#: A line longer than this is split.  Real lines are short (a paragraph saved as one
#: line of a text file runs to a few thousand characters); a line of a megabyte is a
#: broken conversion.  Nothing is dropped: a secretary would rather get every item of
#: a badly converted file than a shorter text, so the pieces keep all the words.
MAX_LINE_CHARS = 5000
#: A document with more text than this (some 2,500 pages) is refused: it is not one
#: set of minutes or one report, and reading it would take minutes and much memory.
MAX_TEXT_CHARS = 10_000_000
_SENTENCE_END = re.compile(r"[.!?:;](?=\s)")


def check_text_size(chars: int, name: str) -> None:
    """Refuse a document whose text is larger than :data:`MAX_TEXT_CHARS`."""
    if chars > MAX_TEXT_CHARS:
        from tracker.errors import InputError

        raise InputError(
            f"Dokumentet {name} innehåller för mycket text ({chars / 1e6:.0f} miljoner "
            f"tecken; högst {MAX_TEXT_CHARS // 1_000_000} miljoner) för att vara ett "
            "protokoll eller en rapport. Dela upp det i mindre filer och importera dem var "
            "för sig.",
            path=name,
        )


def split_long_lines(lines: list[Line], limit: int | None = None) -> list[Line]:
    """Split each plain line longer than ``limit`` into pieces of at most ``limit``
    characters, at the last sentence end in each piece (else the last space), so that
    every rule sees sentences of ordinary length.  The pieces keep the line's page and
    line number (they are where the text came from).  Table rows are left whole: their
    cells would lose their columns.  Linear in the text's length."""
    limit = limit or MAX_LINE_CHARS
    if all(len(ln.text) <= limit for ln in lines):
        return lines
    out: list[Line] = []
    for ln in lines:
        if len(ln.text) <= limit or ln.cells is not None:
            out.append(ln)
            continue
        text = ln.text
        while text:
            if len(text) <= limit:
                cut = len(text)
            else:
                window = text[: limit + 1]
                ends = [m.end() for m in _SENTENCE_END.finditer(window, limit // 2)]
                cut = ends[-1] if ends else window.rfind(" ", limit // 2)
                if cut <= 0:
                    cut = limit
            piece, text = text[:cut].strip(), text[cut:].lstrip()
            if piece:
                out.append(dataclasses.replace(ln, text=piece))
    return out


# --- headers, footers, page numbers ---------------------------------------------------

#: Lines at each end of a page that may be furniture.
ZONE = 3

_PAGE_EXPLICIT = re.compile(
    r"^(?:sida|sid\.?|s\.|page)\s*(\d{1,4})(?:\s*(?:av|/|of|\()\s*\d{1,4}\)?)?$"
    r"|^[-–—]\s*(\d{1,4})\s*[-–—]$",
    re.IGNORECASE,
)
_PAGE_BARE = re.compile(r"^(\d{1,4})(?:\s*\(\s*\d{1,4}\s*\)|\s*/\s*\d{1,4})?$")
_DIGITS = re.compile(r"\d+")


def _furniture_keys(text: str, page: int) -> set[str]:
    """The text, and the text with one occurrence of its page number blanked out:
    "Rapport 2015 – sida 4" on page 4 and "… sida 5" on page 5 share a key, and so do
    "Protokoll 2024-03-12, sida 3" and, on page 12, "Protokoll 2024-03-12, sida 12"
    (only the last 12 blanked); numbered items like "Punkt 4: …" on different pages
    share none."""
    text = text.casefold()
    keys = {text}
    number = str(page)
    for m in _DIGITS.finditer(text):
        if m.group(0) == number:
            keys.add(f"{text[: m.start()]}#{text[m.end() :]}")
    return keys


def _zone_positions(page_lines: list[Line]) -> list[tuple[Line, str, int]]:
    """(line, side, index from that side) for the lines near the page's top/bottom."""
    n = len(page_lines)
    out: list[tuple[Line, str, int]] = []
    for i, ln in enumerate(page_lines):
        # On a short page a line can be near both ends: it gets both positions.
        if i < ZONE:
            out.append((ln, "top", i))
        if n - 1 - i < ZONE:
            out.append((ln, "bottom", n - 1 - i))
    return out


def remove_page_furniture(
    lines: list[Line], pages: int, removed: list[Line] | None = None
) -> list[Line]:
    """Drop running headers/footers and page numbers (see the module docstring).

    Table rows are never dropped: a table header repeated on each page is content.
    ``removed`` collects the dropped lines in document order: a running header may be
    the only place that names the meeting and its date."""
    by_page: dict[int, list[Line]] = {}
    for ln in lines:
        by_page.setdefault(ln.page, []).append(ln)
    zones = {p: _zone_positions(pl) for p, pl in by_page.items()}
    drop: set[int] = set()

    # Page numbers.  Explicit forms go at once; a bare "7" or "7 (12)" only when its
    # distance to the real page number is the same on a third of the pages at least
    # (so a table cell "31" that happens to end a page stays).
    offsets: Counter[int] = Counter()
    bare: list[tuple[Line, int]] = []
    for page, zone in zones.items():
        for ln, _side, idx in zone:
            if ln.cells is not None:
                continue
            text = ln.text.strip()
            if _PAGE_EXPLICIT.match(text):
                drop.add(id(ln))
                continue
            # A bare number must be the very first or last line of its page.
            m = _PAGE_BARE.match(text) if idx == 0 else None
            if m and all(other is not ln for other, _n in bare):
                n = int(m.group(1))
                offsets[n - page] += 1
                bare.append((ln, n))
    if bare:
        offset, support = offsets.most_common(1)[0]
        if support >= max(2, len(by_page) / 3) or (len(by_page) == 1 and offset == 0):
            drop.update(id(ln) for ln, n in bare if n - ln.page == offset)

    # Running headers/footers: same text (page number ignored) at the same place from the top
    # or bottom on at least half of the pages, and on two pages at least.
    if len(by_page) >= 2:
        seen: dict[tuple[str, str, int], set[int]] = {}
        for page, zone in zones.items():
            for ln, side, idx in zone:
                if ln.cells is None and ln.text:
                    for key in _furniture_keys(ln.text, page):
                        seen.setdefault((key, side, idx), set()).add(page)
        need = max(2, (len(by_page) + 1) // 2)
        repeated = {key for key, pgs in seen.items() if len(pgs) >= need}
        if repeated:
            for page, zone in zones.items():
                for ln, side, idx in zone:
                    if ln.cells is None and any(
                        (key, side, idx) in repeated for key in _furniture_keys(ln.text, page)
                    ):
                        drop.add(id(ln))
    if removed is not None:
        removed.extend(ln for ln in lines if id(ln) in drop)
    return [ln for ln in lines if id(ln) not in drop]


# --- broken words and dates ------------------------------------------------------------

_DATE_HEAD = re.compile(r"(?<![\d-])(\d{4}-(?:0[1-9]|1[0-2])-)$")
_DATE_TAIL = re.compile(r"^(0[1-9]|[12]\d|3[01])(?!\d)")
_YEAR_HEAD = re.compile(r"(?<![\d-])((?:19|20)\d{2}-)$")
_MONTH_DAY_TAIL = re.compile(r"^((?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))(?!\d)")
_WORD_HEAD = re.compile(r"(\w*[^\W\d_])-$")
_WORD_TAIL = re.compile(r"^([^\W\d_][\w-]*)")
#: After these a line-end hyphen is a suspended compound ("kris- och krigsberedskap").
_CONJUNCTIONS = frozenset(
    {"och", "eller", "samt", "respektive", "resp", "som", "till", "men", "än", "alternativt"}
)
_WORD = re.compile(r"[^\W\d_][\w-]*")


def vocabulary(lines: Iterable[Line]) -> Counter[str]:
    """Word counts (case-folded) of the whole document, for the hyphen decision."""
    words: Counter[str] = Counter()
    for ln in lines:
        words.update(w.casefold() for w in _WORD.findall(ln.text))
    return words


def _join(head: str, tail: str, vocab: Counter[str]) -> tuple[str, str] | None:
    """Repair one break: returns (new head, new tail) or None when nothing moves."""
    if not head or not tail or not head.endswith(("-", _SOFT_HYPHEN)):
        return None  # the common case, checked before any pattern
    m = _DATE_HEAD.search(head)
    if m:
        t = _DATE_TAIL.match(tail)
        return (head + t.group(1), tail[t.end() :].lstrip()) if t else None
    m = _YEAR_HEAD.search(head)
    if m:
        t = _MONTH_DAY_TAIL.match(tail)
        return (head + t.group(1), tail[t.end() :].lstrip()) if t else None
    if head.endswith(_SOFT_HYPHEN):
        t = re.match(r"^\S+", tail)
        return (head[:-1] + t.group(0), tail[t.end() :].lstrip()) if t else None
    m = _WORD_HEAD.search(head)
    if not m:
        return None
    t = _WORD_TAIL.match(tail)
    if not t or t.group(1).casefold() in _CONJUNCTIONS:
        return None
    stem, rest = m.group(1), t.group(1)
    # Take trailing punctuation along with the word ("förändringar," / "sen.").
    end = t.end()
    while end < len(tail) and not tail[end].isspace():
        end += 1
    moved = tail[t.end() : end]
    plain = (stem + rest).casefold()
    hyphenated = f"{stem}-{rest}".casefold()
    keep = rest[0].isupper() or vocab[plain] <= vocab[hyphenated]
    joined = head[: m.end(1)] + ("-" if keep else "") + rest + moved
    return joined, tail[end:].lstrip()


def repair_breaks(lines: list[Line], vocab: Counter[str] | None = None) -> list[Line]:
    """Repair words/dates broken at line ends (see the module docstring); drops lines
    that end up empty.  Works in place on the given lines."""
    if vocab is None:
        vocab = vocabulary(lines)
    for a, b in pairwise(lines):
        if a.cells is None and b.cells is None:
            res = _join(a.text, b.text, vocab)
            if res:
                a.text, b.text = res
        elif (
            a.cells is not None
            and b.cells is not None
            and a.table is not None
            and a.table == b.table
            and len(a.cells) == len(b.cells)
        ):
            changed = False
            for k, (ca, cb) in enumerate(zip(a.cells, b.cells, strict=True)):
                res = _join(ca, cb, vocab)
                if res:
                    a.cells[k], b.cells[k] = res
                    changed = True
            if changed:
                normalise_line(a)
                normalise_line(b)
    for ln in lines:
        if ln.text.endswith(_SOFT_HYPHEN):
            ln.text = ln.text[:-1] + "-"
        if ln.cells is None and "- " in ln.text:
            ln.text = _MID_BREAK.sub(lambda m: _mid_join(m, vocab), ln.text)
    return [ln for ln in lines if ln.text]


#: A word broken inside a line, the line break it had lost to a space ("delvis upp-
#: nådda" in a text copied from a PDF): joined only where the document spells the whole
#: word elsewhere, as at a line end.
_MID_BREAK = re.compile(r"(?<![\w-])([^\W\d_]{2,})- ([a-zåäö][\w]*)")


def _mid_join(m: re.Match[str], vocab: Counter[str]) -> str:
    stem, rest = m.group(1), m.group(2)
    if rest.casefold() in _CONJUNCTIONS or vocab[(stem + rest).casefold()] == 0:
        return m.group(0)  # "kris- och krigsberedskap", or no evidence of one word
    return stem + rest


# --- the whole pipeline -----------------------------------------------------------------


def clean(
    lines: list[Line], pages: int, *, furniture: bool = True, removed: list[Line] | None = None
) -> list[Line]:
    """Normalise, drop empty lines, remove page furniture, repair breaks.

    ``furniture=False`` for formats that keep headers/footers apart (DOCX); ``removed``
    collects the furniture lines dropped."""
    tab_tables(lines)
    aligned_tables(lines)
    out = split_long_lines([ln for ln in (normalise_line(ln) for ln in lines) if ln.text])
    if furniture:
        out = remove_page_furniture(out, pages, removed)
    return repair_breaks(out)
