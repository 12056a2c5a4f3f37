"""Transcripts that give one line per PDF page (web copies of protocols and notices:
"1 NÄMNDEN KALLELSE SIDA 1 (3) Kallelse till … 1 Godkännande av … 2 Information …"):
each such line is cut back into lines before the sections are read.

A page line opens with its page number, the pages numbered 1, 2, 3 … in turn, and is
long.  Of each page line:

* the running page header ("NÄMNDEN KALLELSE SIDA 2 (3)", "2(42)", "Sida 3 (24)") – the
  words the page lines share at their start, digits aside, and the page mark after them –
  is a line of its own, returned as noise;
* an agenda number inline ("… Diarienummer 1 Godkännande av föredragningslistan 2
  Information …"), when the numbers run in order over the document (each at most a few
  more than the last, three at least), starts a line, so that the agenda's items are
  headings and a notice's preamble does not swallow its body;
* a lead that tells the state of the matters after it ("Bordlagda frågor från nämndens
  möte den …", "Kvarstående frågor:": ``lexicon.toml`` ``[status_headings]`` before a noun
  of ``[status_leads] nouns``, then "från" or a colon) starts a line.

A first page that is not cut (no agenda number or lead in it) keeps its header: the title
block the meeting's date and body are read from stays as it was.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from tracker.domain import Line
from tracker.extract.clause_lexicon import lexicon_data

#: A page line is at least this long.
_PAGE_LINE_MIN = 250
#: The page number that opens a page line.
_PAGE_NO = re.compile(r"^(\d{1,3})\s+(?=\S)")
#: A token of a page mark: "Sida", "Sid", "Sidan", "2", "(3)", "2(42)", "2/3", "_".
_MARK_TOKEN = re.compile(r"^(?:sida|sidan|sid|s\.|\d{1,3}|\(\d{1,3}\)|\d{1,3}\s?\(\d{1,3}\)|"
                         r"\d{1,3}/\d{1,3}|_)$", re.IGNORECASE)
#: The most words of a running header.
_HEADER_WORDS = 10
#: An inline agenda number: a number of one or two digits after a space, a word in
#: capitals after it ("… 2 Information Resultat …"), not after a comma or a word that
#: counts ("kl 9 Mötet", "sidan 2 Ärenden").
_AGENDA_NO = re.compile(r"(?:^|(?<=[^\d,.:/§(\s])\s+)(\d{1,2})\s+(?=[A-ZÅÄÖ][a-zåäö]{2,})")
_COUNTING = re.compile(r"(?:\b(?:kl|klockan|sida|sidan|sid|nr|punkt|paragraf|ärende|"
                       r"kapitel|kap|bilaga|rum|våning|plan|vecka|v)\.?)$", re.IGNORECASE)
#: An agenda number follows the last by at most this much (items left out of a notice).
_AGENDA_STEP = 4
#: So many inline agenda numbers in order make an agenda.
_AGENDA_RUN = 3
#: The blank lines put before a line an agenda number or a lead opens (a paragraph's
#: break, also in a text whose every line has a blank line after it).
_PARAGRAPH_GAP = 2


def _norm_word(w: str) -> str:
    return re.sub(r"\d+", "#", w).casefold()


@lru_cache(maxsize=1)
def _status_lead() -> re.Pattern[str]:
    data = lexicon_data()
    words = sorted({w for ws in data.get("status_headings", {}).values() for w in ws},
                   key=len, reverse=True)
    nouns = data.get("status_leads", {}).get("nouns", [])
    return re.compile(
        r"(?<=\S)\s+(?=(?:" + "|".join(re.escape(w) for w in words) + r")\s+(?:"
        + "|".join(re.escape(n) for n in nouns) + r")(?:\s+från\b|\s*:))",
        re.IGNORECASE,
    )


def _page_lines(lines: list[Line]) -> list[int]:
    """Indexes of the page lines among ``lines``: long, opened by 1, 2, 3 … in turn (a
    page whose text was lost may be missing); none unless two or more."""
    out: list[int] = []
    expect = 1
    first = ""
    for i, ln in enumerate(lines):
        text = ln.text.strip()
        m = _PAGE_NO.match(text)
        if m is None or ln.cells:
            continue
        n = int(m.group(1))
        word = _norm_word(text[m.end():].split()[0])
        # (the last page may be short: "3 NÄMNDEN KALLELSE SIDA 3 (3) Sekr", known by
        # the first word it shares with the first page)
        if expect <= n <= expect + 1 and (len(text) >= _PAGE_LINE_MIN or (out and word == first)):
            out.append(i)
            expect = n + 1
            first = first or word
    return out if len(out) >= 2 else []


def _header_words(bodies: list[str]) -> int:
    """How many words at the start of every page's text (its number taken off) are the
    running header: the words all pages share, digits aside, then a page mark."""
    split = [b.split() for b in bodies]
    shared = 0
    while all(len(ws) > shared for ws in split) and len(
        {_norm_word(ws[shared]) for ws in split}
    ) == 1 and shared < _HEADER_WORDS:
        shared += 1
    return shared


def _header_end(words: list[str], shared: int) -> int:
    """The number of words of this page's header: the shared words, then its page mark."""
    k = shared
    closed = any(w.endswith(")") or "/" in w for w in words[:shared])
    while (not closed and k < len(words) and k < _HEADER_WORDS + 4
           and _MARK_TOKEN.match(words[k])):
        closed = words[k].endswith(")") or "/" in words[k]
        k += 1
    return k


def _agenda_cuts(bodies: list[str]) -> list[list[int]]:
    """For each page's text, the offsets where an inline agenda number starts a line: the
    numbers in order over the pages, a run of :data:`_AGENDA_RUN` or more."""
    found: list[tuple[int, int, int]] = []  # (page, offset, number)
    last = 0
    for p, body in enumerate(bodies):
        for m in _AGENDA_NO.finditer(body):
            n = int(m.group(1))
            if _COUNTING.search(body[max(0, m.start() - 12): m.start()]):
                continue
            if last < n <= last + _AGENDA_STEP and (last or n <= 2):
                found.append((p, m.start(1), n))
                last = n
    cuts: list[list[int]] = [[] for _ in bodies]
    if len(found) >= _AGENDA_RUN:
        for p, off, _n in found:
            cuts[p].append(off)
    return cuts


def split_page_lines(
    lines: list[Line], gaps: list[int]
) -> tuple[list[Line], list[int], set[int]]:
    """``lines`` (non-blank) with each page line cut into the lines it was printed as,
    their ``gaps`` (the blank lines before each: a lead or agenda item opens a paragraph),
    and the indexes, in the returned list, of the running headers cut off."""
    pages = _page_lines(lines)
    if not pages:
        return lines, gaps, set()
    bodies = [_PAGE_NO.sub("", lines[i].text.strip(), count=1) for i in pages]
    shared = _header_words(bodies)
    heads: list[str] = []
    rests: list[str] = []
    for body in bodies:
        words = body.split()
        k = _header_end(words, shared)
        heads.append(" ".join(words[:k]))
        rests.append(" ".join(words[k:]))
    cuts = _agenda_cuts(rests)
    lead = _status_lead()
    out: list[Line] = []
    out_gaps: list[int] = []
    headers: set[int] = set()
    at = dict(zip(pages, range(len(pages)), strict=True))
    for i, ln in enumerate(lines):
        p = at.get(i)
        if p is None:
            out.append(ln)
            out_gaps.append(gaps[i])
            continue
        gap = gaps[i]
        rest = rests[p]
        opens = {*cuts[p], *(m.end() for m in lead.finditer(rest))}
        if heads[p] and (opens or p > 0):
            # (the first page's header stays with the title block it opens, which the
            # meeting's facts are read from, unless the page is cut anyway)
            headers.add(len(out))
            out.append(dataclasses.replace(ln, text=heads[p]))
            out_gaps.append(gap)
        elif not opens:
            out.append(ln)
            out_gaps.append(gap)
            continue
        offsets = sorted({0, *opens})
        for a, b in zip(offsets, [*offsets[1:], len(rest)], strict=True):
            piece = rest[a:b].strip()
            if piece:
                out.append(dataclasses.replace(ln, text=piece))
                out_gaps.append(_PARAGRAPH_GAP if a in opens else gap)
                gap = 0
    return out, out_gaps, headers
