"""Items the secretary adds by hand while reviewing an import.

The extractor misses items in documents of unfamiliar shapes, so the review lets the
secretary mark a passage of the read document and make an item of it.  The rules for
that live here, without Qt, so that the GUI, the CLI and the tests share them:

* :func:`candidate_from_lines` builds a :class:`~tracker.domain.Candidate` from a
  :class:`~tracker.domain.Document`, a range of its lines and the meeting date: a short
  title (the first sentence, about 100 characters), the passage as text and evidence,
  page and line of the first line, the section heading in effect there, the first date
  expression resolved against the meeting date, an owner only when the passage names
  one outright, confidence 1.0 (a person chose it).
* :func:`manual_entry` links such a candidate to the body's open items exactly as
  :func:`tracker.services.balance.plan_import` does for extracted ones, and returns a
  :class:`~tracker.services.balance.PlanEntry` marked ``manual`` (its history then says
  "tillagd för hand vid import").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from tracker.domain import Candidate, Document, Line
from tracker.extract.mentions import identity_of
from tracker.language.date_period import Period
from tracker.language.dates import find_periods
from tracker.language.table_words import columns
from tracker.services import linking
from tracker.services.balance import entry_for_link, open_items_of_body
from tracker.services.plan import PlanEntry
from tracker.store import Store

#: Titles longer than this are cut at a word and end in "…".
TITLE_CHARS = 100

# Leading agenda numbers and bullets are layout, not part of the item's title.
_LEAD = re.compile(r"^(?:§\s*\d+[.:]?\s+|\d{1,2}(?:\.\d{1,2})*[.):]?\s+|[-–•*\u2022]\s*)+")
# A sentence ends at . ! ? followed by a capital letter (not "t.ex. om", "v. 12").
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[A-ZÅÄÖÉ§])")
# "Ansvarig: Kommunal" / "Ansvar: HR" written out in the passage.
_OWNER = re.compile(r"\b(?:ansvarig|ansvar|vem)\s*:\s*(?P<owner>[^.;,\n]{2,60})", re.IGNORECASE)
# A date phrase that reads as a deadline (the meeting's own date in a passage does not).
_DEADLINE = re.compile(r"^(?:senast|till|före|innan|inom|klar[t]?|t\.o\.m|till och med)\b",
                       re.IGNORECASE)  # fmt: skip


def _clean(text: str) -> str:
    return " ".join(text.split())


def short_title(text: str, limit: int = TITLE_CHARS) -> str:
    """The first sentence of ``text`` without a leading number or bullet, cut at a word
    to at most ``limit`` characters ("…" marks a cut)."""
    text = _LEAD.sub("", _clean(text)).strip()
    first = _SENTENCE_END.split(text, maxsplit=1)[0].strip()
    first = first.rstrip(".").strip() or text
    if len(first) <= limit:
        return first
    cut = first[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:–-") + "…"


def document_sections(document: Document) -> list[tuple[int, int, str]]:
    """(page, line, heading) of every section the minutes reader finds, in order."""
    from tracker.extract.sections import structure

    return [(s.page, s.line, s.label) for s in structure(document).sections if s.label]


def section_at(
    sections: Sequence[tuple[int, int, str]],
    page: int,
    line: int,
    candidates: Iterable[Candidate] = (),
) -> str | None:
    """The section heading in effect at ``page``/``line``: the last heading at or before
    it; when the document has none there, the section shared by the extracted
    candidates right before and right after the position (else None)."""
    here = (page, line)
    found = None
    for s_page, s_line, label in sections:
        if (s_page, s_line) <= here:
            found = label
        else:
            break
    if found:
        return found
    placed = sorted(
        (c for c in candidates if c.page is not None and c.line is not None),
        key=lambda c: (c.page, c.line),
    )
    before = [c for c in placed if (c.page, c.line) <= here]
    after = [c for c in placed if (c.page, c.line) > here]
    if before and after and before[-1].section and before[-1].section == after[0].section:
        return before[-1].section
    return None


def _table_cell(document: Document, index: int, role: str) -> str | None:
    """The cell of a table row in the column the table's header gives ``role`` ("who",
    "what"), read with the table header vocabulary (resources/extract/tables.toml)."""
    row = document.lines[index]
    if not row.cells or row.table is None:
        return None
    # The table's first row is its header (a table continued over a page break keeps its
    # number); data rows are not read as headers, whatever words their cells hold.
    header = next(ln for ln in document.lines if ln.table == row.table and ln.cells)
    if header is row:
        return None
    col = columns(header.cells or []).get(role)
    if col is not None and col < len(row.cells):
        return _clean(row.cells[col]) or None
    return None


def _row_title(document: Document, index: int) -> str | None:
    """A whole table row's title: its "Vad"/"Åtgärd" cell, else its longest cell (the
    owner and date cells are short)."""
    cells = [_clean(c) for c in document.lines[index].cells or [] if _clean(c)]
    if not cells:
        return None
    return _table_cell(document, index, "what") or max(cells, key=len)


def guess_owner(text: str) -> str | None:
    """An owner the passage states outright ("Ansvarig: Kommunal"), else None."""
    m = _OWNER.search(text)
    return _clean(m.group("owner")) if m else None


def pick_period(periods: Sequence[Period]) -> Period | None:
    """The first date expression that reads as a deadline ("senast", "till", "före" …),
    else simply the first one."""
    if not periods:
        return None
    cued = [p for p in periods if _DEADLINE.match(p.text)]
    return (cued or list(periods))[0]


def candidate_from_lines(
    document: Document,
    start: int,
    stop: int,
    meeting_date: dt.date | None,
    *,
    next_meeting: dt.date | None = None,
    text: str | None = None,
    kind: str = "action",
    sections: Sequence[tuple[int, int, str]] | None = None,
    candidates: Iterable[Candidate] = (),
) -> Candidate:
    """A hand-added candidate from ``document.lines[start:stop]``.

    ``text`` is the exact passage when the user marked part of the lines (default: the
    lines' whole text).  ``sections`` as from :func:`document_sections` (computed when
    not given); ``candidates`` are the extracted ones, used for the section when the
    document has no heading before the passage.  Raises ValueError for an empty range
    or passage.
    """
    if not 0 <= start < stop <= len(document.lines):
        raise ValueError(f"line range {start}:{stop} outside the document")
    lines: list[Line] = document.lines[start:stop]
    passage = _clean(text if text is not None else " ".join(ln.text for ln in lines))
    if not passage:
        raise ValueError("empty passage")
    first = lines[0]
    if sections is None:
        sections = document_sections(document)
    period = pick_period(find_periods(passage, meeting_date, next_meeting))
    owner = guess_owner(passage)
    title = short_title(passage)
    if stop - start == 1 and first.cells and _clean(first.text) == passage:
        owner = owner or _table_cell(document, start, "who")
        title = short_title(_row_title(document, start) or passage)
    # Identified as the extractor's items are, so that the linker can use the same marks.
    dnr, ref_no, label = identity_of(passage)
    return Candidate(
        dnr=dnr,
        ref_no=ref_no,
        label=label,
        title=title,
        text=passage,
        kind=kind,
        status="open",
        owner=owner,
        due=period.due if period else None,
        due_text=period.text if period else None,
        due_precision=period.precision if period else None,
        section=section_at(sections, first.page, first.line, candidates),
        page=first.page,
        line=first.line,
        evidence=passage,
        confidence=1.0,
        reasons=["tillagd för hand från markerad text"],
    )


def manual_entry(
    store: Store,
    candidate: Candidate,
    body: str | None,
    *,
    exclude: Iterable[int] = (),
    meeting_date: dt.date | None = None,
    next_meeting: dt.date | None = None,
) -> PlanEntry:
    """A plan entry for a hand-added candidate, linked to the body's open items by the
    same linker as the extracted ones (:mod:`tracker.services.linking`: dnr, list
    number, topic label, compound-aware words; an unsure link is offered, never
    applied).  An item in ``exclude``, already taken by another entry, is never the
    match: two entries updating one item would make the second refuse as stale."""
    taken = set(exclude)
    items = [it for it in open_items_of_body(store, body) if it.id not in taken]
    by_id = {it.id: it for it in items}
    [link] = linking.link_all([candidate], items)
    entry = entry_for_link(candidate, link, by_id, meeting_date=meeting_date,
                           next_meeting=next_meeting)  # fmt: skip
    assert entry is not None  # only a mention is ever dropped
    entry.manual = True
    return entry
