"""Plain data types shared by every stage: ingest → extract → store → services → gui/cli.

Nothing here imports Qt, SQLite or a file-format library. Dates are ``datetime.date``
inside the program and ISO strings (YYYY-MM-DD) in JSON.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# --- Constants used across stages ---------------------------------------------------

FORMATS = ("pdf", "docx", "txt")
DOC_KINDS = ("minutes", "report", "unknown")

#: Status of an extracted candidate.  The store adds the secretary's reasons
#: (see ``tracker.store`` STATUSES: e.g. ``struck`` = avförd).
CANDIDATE_STATUSES = ("open", "done", "unclear")

#: Kinds of extracted items.  Minutes: the first nine; reports: the last three.
ITEM_KINDS = (
    "carried_over",  # kvarstående/kvarvarande fråga
    "referred",  # frågan förs till SVG / lyfts till …
    "awaiting_reply",  # X återkommer (med svar)
    "tabled",  # bordläggs
    "sent_back",  # återremitteras
    "assignment",  # ger förvaltningen i uppdrag att … senast …
    "follow_up",  # vague follow-up ("i april-maj")
    "action",  # row of a Vad/Vem/När table
    "balance_row",  # row of a balance-list table inside minutes
    "closing",  # a statement that closes an earlier item (status done)
    "activity",  # report: Aktivitet | Startdatum | Slutdatum | Avvikelse row
    "goal_deviation",  # report: "Årsmålet uppfylls delvis/inte"
    "indicator_deviation",  # report: indicator whose analysis explains a deviation
)

#: How sure the extractor is of a candidate: confident ones are offered checked.
CANDIDATE_TIERS = ("confident", "possible")

#: Granularity of a resolved due date.  A period is due at its end.
DUE_PRECISIONS = (
    "day",
    "week",
    "month",
    "months",  # a span of months, "i april-maj"
    "season",  # "under våren", "före sommaren"
    "tertial",  # "T1 2016"
    "quarter",
    "half_year",
    "year",
    "next_meeting",  # "till nästa möte" when the next meeting date is unknown
)


#: Due dates the program accepts.  Years outside this span are typing or reading
#: errors ("9999-12-31", "0224-05-14"), and at the edges of the calendar they break
#: what is built from a date (a calendar event ends the day after; Excel has no dates
#: before 1900).  Checked where dates enter: editing, import, and in the exporters.
MIN_DUE = dt.date(1900, 1, 1)
MAX_DUE = dt.date(2200, 12, 31)


def due_in_range(value: dt.date | None) -> bool:
    """``value`` is a date between :data:`MIN_DUE` and :data:`MAX_DUE` (or no date)."""
    return value is None or MIN_DUE <= value <= MAX_DUE


# --- Ingest -------------------------------------------------------------------------


@dataclass(slots=True)
class Line:
    """One line of cleaned text, with where it came from.

    ``page`` and ``line`` are 1-based and point back to the source document.  Each
    reader numbers the lines as it reads them, and clean-up never renumbers (a dropped
    running header leaves a gap), so ``line`` is a position in the source:

    * txt: the line number within its page as an editor shows it, empty lines counted
      (a file without form feeds is one page: ``line`` is the file's line number);
    * pdf: the n-th line of text on the page, top to bottom, as the reader rebuilt it
      from pdfium's text boxes (headers and footers count; more space between two lines
      than the page's usual line pitch counts as one empty line, a paragraph gap);
    * docx: the n-th paragraph line (a soft line break starts a new one; an empty
      paragraph counts, as an empty line does in a text file) or
      table row since the last page break the file records (Word's saved pagination or
      the author's page and section breaks; see ``tracker.ingest.docx_reader``).

    A table row keeps its cells in ``cells``
    (left to right) and its table number in ``table``; ``text`` then holds the cells
    joined by a single space, so that text-only rules still see the words.
    """

    text: str
    page: int
    line: int
    cells: list[str] | None = None
    table: int | None = None
    x0: float | None = None  # left edge in points (PDF) – indentation hints
    top: float | None = None  # distance from the page top in points (PDF)
    heading: int | None = None  # heading level when the source marks it (DOCX styles)
    bold: bool = False
    ocr: bool = False  # read by text recognition from a scanned page (PDF)


@dataclass(frozen=True, slots=True)
class FileMeta:
    """What the file says about itself (PDF document information, a Word file's
    properties): read so that a document whose text gives no year or date can still be
    dated, as a last resort and with a warning.  Any value may be missing (None)."""

    created: dt.date | None = None
    modified: dt.date | None = None
    title: str | None = None


@dataclass(slots=True)
class Document:
    """A file read into clean lines (the ingest stage's result)."""

    path: Path
    sha256: str
    format: str  # one of FORMATS
    pages: int
    lines: list[Line] = field(default_factory=list)
    #: Running headers and footers removed by clean-up, in document order: kept because
    #: they may be the only place that names the meeting and its date.
    furniture: list[Line] = field(default_factory=list)
    #: Pages (1-based) read by text recognition (OCR) because they were scans.
    ocr_pages: list[int] = field(default_factory=list)
    #: The file's own creation/modification date and title, when it holds any.
    metadata: FileMeta | None = None

    @property
    def file_name(self) -> str:
        return self.path.name

    def text(self) -> str:
        return "\n".join(ln.text for ln in self.lines)

    def page_lines(self, page: int) -> list[Line]:
        return [ln for ln in self.lines if ln.page == page]


# --- Extraction ---------------------------------------------------------------------


@dataclass(slots=True)
class Person:
    name: str
    organisation: str | None = None
    role: str | None = None


@dataclass(slots=True)
class Meeting:
    body: str | None = None  # forum / nämnd: "Förvaltningsgruppen", "Socialnämnden", "APT"
    organisation: str | None = None  # "Hägersten-Älvsjö stadsdelsförvaltning"
    date: dt.date | None = None
    time: str | None = None  # "HH:MM"
    place: str | None = None
    present: list[Person] = field(default_factory=list)
    absent: list[Person] = field(default_factory=list)
    adjusters: list[Person] = field(default_factory=list)  # justerare
    chair: str | None = None
    next_meeting: dt.date | None = None


@dataclass(slots=True)
class Candidate:
    """An item found in a document, before the secretary has reviewed it."""

    title: str
    text: str
    kind: str  # one of ITEM_KINDS
    status: str = "open"  # one of CANDIDATE_STATUSES
    owner: str | None = None
    co_owners: list[str] = field(default_factory=list)
    raised_by: str | None = None
    due: dt.date | None = None
    due_text: str | None = None
    due_precision: str | None = None  # one of DUE_PRECISIONS
    start: dt.date | None = None
    deviation: str | None = None
    section: str | None = None
    page: int | None = None
    line: int | None = None
    evidence: str | None = None
    confidence: float = 0.5
    #: "confident": offered checked in review; "possible": a clause with an obligation
    #: that no rule confirmed, offered unchecked with its reasons.
    tier: str = "confident"
    #: Provenance: the rules, lexicon entries and features that made this candidate
    #: ("regel phrases.toml #12 (assignment)", "lexikon: ska (skyldighet)", …).
    reasons: list[str] = field(default_factory=list)
    #: What identifies the matter when later minutes speak of it again (set by
    #: :mod:`tracker.extract.mention_passages`): the case number of its § ("SN 2024/31"), its own
    #: number in an action or balance list ("14"), and a short topic label written
    #: before a colon ("Skyddsronder").
    dnr: str | None = None
    ref_no: str | None = None
    label: str | None = None
    #: The thing a status sentence opens with ("Kuratorsfrågan kvarstår" →
    #: "Kuratorsfrågan"): it names the matter as a label does (set with the above).
    subject: str | None = None


@dataclass(slots=True)
class ExtractWarning:
    message: str
    page: int | None = None
    line: int | None = None
    text: str | None = None


@dataclass(slots=True)
class DocumentInfo:
    file: str
    sha256: str
    format: str
    pages: int
    kind: str = "unknown"  # one of DOC_KINDS
    #: Pages (1-based) read by text recognition (OCR): their text may hold misreadings.
    ocr_pages: list[int] = field(default_factory=list)


@dataclass(slots=True)
class Extraction:
    document: DocumentInfo
    meeting: Meeting = field(default_factory=Meeting)
    items: list[Candidate] = field(default_factory=list)
    warnings: list[ExtractWarning] = field(default_factory=list)
    #: The second tier: clauses with an obligation that no rule confirmed (tier
    #: "possible"), shown unchecked in review; never saved without the secretary's word.
    possible: list[Candidate] = field(default_factory=list)
    #: Passages that may speak of an open item of the forum without being an item of
    #: their own ("Skyddsronder: … avförs", "14 (Trafikverket): Pågår", a § with the dnr
    #: of a tabled ärende).  The import links them to open items; unlinked ones are
    #: dropped (see :mod:`tracker.services.linking`).
    mentions: list[Candidate] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return _jsonable(dataclasses.asdict(self))


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    return value
