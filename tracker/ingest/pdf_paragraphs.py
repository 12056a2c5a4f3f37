"""Paragraphs of a PDF: lines that a word processor wrapped are joined again.

A PDF holds no paragraphs, only lines placed on the page: a paragraph typed as one line
in Word or a text file comes out of its PDF as two or three lines, cut where the text
column ends, and a paragraph that goes on over a page break is cut by the page (and by
the running header and footer between).  The extractor reads a list of people, a
"Vem: … Vad: … Klart till: 8/12" row or a sentence with its due date as one line, so
the same document would give other items as PDF than as DOCX or text.

A line was wrapped, not ended by the writer, when the first word of the next line would
not have fitted in the room left at its end: word processors fill a line greedily, so a
line ended by the writer leaves room for it (a short last line) and a wrapped one does
not.  The next line must also start where the paragraph's lines start (or under the
text of a list item, not under its bullet), follow with no paragraph gap (on the next
page: as the first line after the running header), have the same weight, and not start
an item of its own (a bullet, a number, a "§", a "Label:", a row of a table typed with
"|"), nor be a short heading ("Beslut", "Ärendebeskrivning"), nor start a sentence with
a capital after a line that ended one when the writer broke the document's lines by
hand (:func:`broken_by_hand`: then that is as often the writer's own break as a wrap).
Table rows are never joined.  The joined line keeps the first line's page and line
number; the lines after it on its page are numbered up to close the gap.

The room at a line's end is measured against the text column's right edge: the
rightmost line end on the page (not counting its first and last lines, which may be a
header or footer set in the margin), or the left margin mirrored when that lies further
right (pages whose longest line stops short of the margin).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from tracker.domain import Line
from tracker.ingest.cleanup import ZONE


@dataclass(slots=True)
class LineBox:
    """What the joining needs of a plain line: where it ends, how wide its first word
    is and the width of an average character (for the space between words)."""

    right: float
    first_word: float
    char: float


#: A line that starts one of these starts an item of its own, never a wrapped rest:
#: a bullet or dash, "3.", "3.2", "b)", "§ 4", or a label ("Ansvarig:", "Klart till:").
_OWN_START = re.compile(
    r"^(?:[•·▪◦‣*–—-]\s|\d{1,3}[.)]\s|\d{1,2}(?:\.\d{1,2})+\.?\s|[a-zåäö][.)]\s|§|"
    r"[A-ZÅÄÖ][\wåäö-]*(?:\s[\wåäö-]+){0,2}:\s)"
)
#: The end of a sentence ("… vänta.", "… 4/12.", "(klart).").
_SENTENCE_END = re.compile(r"[.!?][)\"”’]?$")
#: A short line that starts with a capital and ends without punctuation ("Beslut",
#: "Övriga frågor", "Ärendebeskrivning"): a heading, even where it would not have fitted.
_HEADING_LIKE = re.compile(r"^[A-ZÅÄÖ][^\s]*(?:\s\S+){0,3}$(?<![.!?,;:)])")
#: How far right of the paragraph's first line a wrapped line may start: the text of a
#: list item after its bullet ("•  text" / "   wrapped").
_HANGING = 30.0
#: How many sentences ended by hand (the next on the next line, without a gap), and
#: how many times as many as wraps inside a sentence, make a document typed line by
#: line (see :func:`broken_by_hand`).
_ENDED_BY_HAND = 3
#: Points a wrapped line may start left of the line above (rounding, italic overhang).
_SLACK = 2.0


def right_edge(lines: list[Line], boxes: dict[int, LineBox], page_width: float) -> float:
    """The right edge of a page's text column (see the module docstring)."""
    plain = [ln for ln in lines if ln.cells is None and id(ln) in boxes]
    if not plain:
        return page_width
    # Not the first and last lines of a longer page: a header or footer that clean-up
    # could not tell for one (a one-page PDF's) is set outside the text column
    # ("Protokoll" flush right in the margin).
    body = plain[ZONE:-ZONE] if len(plain) > 4 * ZONE else plain
    rightmost = max(boxes[id(ln)].right for ln in body)
    left = min(ln.x0 or 0.0 for ln in body)
    return max(rightmost, page_width - left)


def _room(a: Line, box_a: LineBox, box_b: LineBox, edge: float) -> bool:
    """Whether the next line's first word would have fitted at the end of ``a``."""
    return edge - box_a.right >= box_b.first_word + box_a.char


def broken_by_hand(lines: list[Line], boxes: dict[int, LineBox], edges: dict[int, float]) -> bool:
    """Whether the writer broke the lines (a text typed line by line, then printed).

    Either sentences go on in lower case on the next line although the word would have
    fitted on the line above, at least twice and at least as often as they go on after
    a line that was full; or the writer ended lines by hand after a sentence, with the
    next sentence on the next line and no paragraph gap (notes typed one matter a
    line), at least :data:`_ENDED_BY_HAND` times and that many times as often as a
    sentence runs on in lower case after a full line (a word processor's wrap).  Such a
    document's lines that end a sentence near the margin are the writer's own breaks as
    often as not; a word processor's document's are wraps."""
    by_hand = wrapped = ended = 0
    for a, b in pairwise(lines):
        box_a, box_b = boxes.get(id(a)), boxes.get(id(b))
        if (
            box_a is None
            or box_b is None
            or a.page != b.page
            or b.line != a.line + 1
            or a.x0 is None
            or b.x0 is None
            or abs(a.x0 - b.x0) > _SLACK
            or a.text.endswith("-")
        ):
            continue
        room = _room(a, box_a, box_b, edges.get(a.page, box_a.right))
        if b.text[:1].islower():
            if room:
                by_hand += 1
            else:
                wrapped += 1
        elif (
            room
            and a.bold == b.bold
            and _SENTENCE_END.search(a.text)
            and b.text[:1].isupper()
            and not _OWN_START.match(a.text)
            and not _OWN_START.match(b.text)
            and not _HEADING_LIKE.match(b.text)
        ):
            ended += 1
    if by_hand >= 2 and by_hand >= wrapped:
        return True
    return ended >= _ENDED_BY_HAND and ended >= _ENDED_BY_HAND * wrapped


def _wrapped(
    a: Line, b: Line, box_a: LineBox, box_b: LineBox, edge: float, by_hand: bool = True
) -> bool:
    if a.cells is not None or b.cells is not None or a.bold != b.bold:
        return False
    if a.x0 is None or b.x0 is None:
        return False
    if not (a.x0 - _SLACK <= b.x0 <= a.x0 + _HANGING):
        return False
    if b.x0 > a.x0 + _SLACK and not _OWN_START.match(a.text):
        return False  # indented under plain text: a quotation or a sub-list, not a wrap
    if _OWN_START.match(b.text) or b.text.count("|") >= 2:
        return False  # an item of its own, or a row of a table typed with "|"
    if by_hand and _SENTENCE_END.search(a.text) and b.text[:1].isupper():
        # A finished sentence and a capital, in a document whose writer broke the
        # lines: the writer's own break as often as a wrap (and the extractor reads a
        # whole sentence on its line either way).
        return False
    if _HEADING_LIKE.match(b.text) and not a.text.endswith("|"):
        return False  # "… får vänta." / "Beslut": a heading, not the end of a sentence
    return not _room(a, box_a, box_b, edge)


def join_wrapped(
    lines: list[Line], boxes: dict[int, LineBox], edges: dict[int, float]
) -> list[Line]:
    """Join each wrapped line to the line it continues (see the module docstring).

    ``boxes`` holds the geometry of the plain lines by ``id``; ``edges`` the right edge
    of the text column of each page.  Lines without geometry are left as they are.
    The lines after a join are numbered up by the lines joined above them on their page,
    so that a gap in the numbering still means a paragraph gap and nothing else."""
    last_of_page: dict[int, int] = {}
    first_of_page: dict[int, int] = {}
    for i, ln in enumerate(lines):
        last_of_page[ln.page] = i
        first_of_page.setdefault(ln.page, i)
    out: list[Line] = []
    tail: Line | None = None  # the last physical line of out[-1] …
    tail_at = (0, 0)  # … and its page and line number as read
    shift: dict[int, int] = {}  # page → lines joined into a line above so far
    by_hand = broken_by_hand(lines, boxes, edges)
    for i, ln in enumerate(lines):
        if out and tail is not None:
            page, number = tail_at
            adjacent = (ln.page == page and ln.line == number + 1) or (
                ln.page == page + 1
                and first_of_page.get(ln.page) == i
                and last_of_page.get(page) == i - 1
            )
            box_a, box_b = boxes.get(id(tail)), boxes.get(id(ln))
            if (
                adjacent
                and box_a is not None
                and box_b is not None
                and _wrapped(tail, ln, box_a, box_b, edges.get(page, box_a.right), by_hand)
            ):
                head = out[-1]
                head.text = f"{head.text} {ln.text}"
                head.ocr = head.ocr or ln.ocr
                tail, tail_at = ln, (ln.page, ln.line)
                shift[ln.page] = shift.get(ln.page, 0) + 1
                continue
        tail, tail_at = ln, (ln.page, ln.line)
        ln.line -= shift.get(ln.page, 0)
        out.append(ln)
    return out
