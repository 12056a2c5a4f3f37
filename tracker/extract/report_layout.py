"""What the layout of a follow-up report is made of, and the line tests its readers share:
the goals, activity rows, indicators and the :class:`ReportLayout` that keeps them in
document order; the patterns of goal headings, judgements and analyses; ISO dates in
text; and an activity table's header (:func:`match_header`), also when a PDF breaks it
over several lines.  Used by :mod:`tracker.extract.report_parse` and
:mod:`tracker.extract.report_activities`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from tracker.domain import Line, due_in_range

# --- data -----------------------------------------------------------------------------


@dataclass(slots=True)
class Goal:
    """A KF goal ("1.1 Alla barn …") or a nämndmål, with the report's judgement."""

    kind: str  # "kf" | "namnd" | "other"
    text: str
    page: int
    line: int
    judgement: str | None = None  # "helt" | "delvis" | "inte"
    judgement_text: str | None = None
    analysis: list[str] = field(default_factory=list)
    parent: Goal | None = None


@dataclass(slots=True)
class Row:
    """One activity row of an "Aktivitet | Startdatum | Slutdatum | Avvikelse" table."""

    table: int
    page: int
    line: int
    parts: list[str] = field(default_factory=list)
    start: dt.date | None = None
    end: dt.date | None = None
    start_text: str | None = None
    end_text: str | None = None
    deviation_parts: list[str] = field(default_factory=list)
    analysis: list[str] = field(default_factory=list)
    goal: Goal | None = None
    partial_end: str | None = None  # "2015-12-" waiting for its day
    from_gap: bool = False  # started by vertical space alone (PDF), not by its dates

    @property
    def text(self) -> str:
        return _join_parts(self.parts)

    @property
    def deviation(self) -> str:
        return _join_parts(self.deviation_parts)


@dataclass(slots=True)
class Indicator:
    name: str
    analysis: str
    page: int
    line: int
    goal: Goal | None = None


@dataclass(slots=True)
class ReportLayout:
    goals: list[Goal] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    tables: int = 0
    indicators: list[Indicator] = field(default_factory=list)


# --- patterns ---------------------------------------------------------------------------

_ISO = re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d])")
_ISO_PARTIAL = re.compile(r"(?<![\d-])(\d{4}-\d{2}-)$")
_DAY = re.compile(r"^(0?[1-9]|[12]\d|3[01])$")
_PAGE_NO = re.compile(r"^\d{1,4}$")
_KF_GOAL = re.compile(r"^KF:?s\s+mål\s+för\s+verksamhetsområdet\s*:?\s*(.*)$", re.IGNORECASE)
_NAMND_GOAL = re.compile(
    r"^(?:Nämndmål|Nämndens\s+mål|Styrelsens\s+mål|Verksamhetsmål|Förvaltningens\s+mål)"
    r"\s*:\s*(.*)$",
    re.IGNORECASE,
)
_TOP_GOAL = re.compile(r"^KF:?s\s+inriktningsmål\s*:?\s*(.*)$", re.IGNORECASE)
_JUDGEMENT = re.compile(
    r"^(?:Års|Nämnd|Verksamhets)?[Mm]ålet\s+(?:bedöms\s+)?(?:att\s+)?"
    r"(?:(uppfylls|uppfyllas|uppnås|nås)\s+(helt|delvis|inte|ej)|"
    r"(inte|ej|delvis|helt)\s+(?:kunna\s+)?(?:uppfyllas|uppnås|nås))\b",
    re.IGNORECASE,
)
_ANALYS = re.compile(r"^(?:Analys|Kommentar|Analys och kommentar)\s*(?::\s*(.*))?$", re.IGNORECASE)
#: An indicator table's header: "Indikator" alone (the PDF puts each header cell on its
#: own line) or followed by its other column names.  Case matters: "… ta fram en
#: indikator som mäter …" inside an activity cell is no header.
_INDICATOR_HEAD = re.compile(r"^Indikator(?:$|\s+(?:Periodens|Perioden|Utfall|Årsmål))")
#: Plain text ends a table when it is wider than any activity cell line.
_WIDE = 75
#: Lines without a date after which a table in plain text is over.
_MAX_PENDING = 30
_HEADER_WORDS = ("aktivitet", "startdatum", "slutdatum", "avvikelse")
#: What an Avvikelse cell says when text extraction puts it on its own line after the
#: dates ("2023-01-01 2023-12-31" / "Försenad"): short, from a small vocabulary.
_DEVIATION_CELL = re.compile(
    r"^(?:ja|nej|x|försenad|försenat|försening|avvikelse|ej påbörjad|inte påbörjad|ej startad|"
    r"senarelagd|framflyttad|förskjuten(?: tidplan)?|ändrad tidplan|ny tidplan|avbruten|"
    r"pausad|stoppad|vilande|avslutad|klar|pågår|enligt plan)\.?$",
    re.IGNORECASE,
)
_FRAGMENT_MAX = 12


def _join_parts(parts: list[str]) -> str:
    """Join wrapped cell lines: a word broken by the PDF ("mentorprogra" + "m") is
    joined, everything else gets a space."""
    out = ""
    for p in parts:
        p = p.strip()
        if not p:
            continue
        if out and re.fullmatch(r"[bcdfghjklmnpqrstvwxz]\b.*", p) and out[-1].isalpha():
            # A single consonant standing alone is no Swedish word: it is a word's tail.
            out += p
        elif out and out.endswith("-") and p[:1].islower() and not out.endswith(" -"):
            out += p
        else:
            out = f"{out} {p}" if out else p
    return out


def _iso(text: str) -> dt.date | None:
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        return None
    return day if due_in_range(day) else None  # "9999-12-31" is no date to keep


def _dates_in(text: str) -> list[re.Match[str]]:
    return [m for m in _ISO.finditer(text) if _iso(m.group(0))]


def _judgement(text: str) -> str | None:
    m = _JUDGEMENT.match(text.strip())
    if not m:
        return None
    word = (m.group(2) or m.group(3) or "").lower()
    return {"ej": "inte"}.get(word, word)


# --- header recognition ------------------------------------------------------------------


@dataclass(slots=True)
class _Columns:
    """Positions of the activity table's columns in a cell row."""

    activity: int = 0
    start: int = 1
    end: int = 2
    deviation: int | None = 3
    count: int = 4


def _header_columns(cells: list[str]) -> _Columns | None:
    keys = [re.sub(r"\s+", "", c).lower() for c in cells]
    found: dict[str, int] = {}
    for k, key in enumerate(keys):
        for word, prefix in (
            ("activity", "aktivitet"),
            ("start", "start"),
            ("end", "slut"),
            ("deviation", "avvik"),
        ):
            if key.startswith(prefix) and word not in found:
                found[word] = k
    if {"activity", "start", "end"} <= found.keys():
        return _Columns(
            found["activity"], found["start"], found["end"], found.get("deviation"), len(cells)
        )
    return None


def match_header(lines: list[Line], i: int) -> tuple[int, _Columns | None] | None:
    """If an activity table header starts at ``lines[i]``: (index after it, columns
    from cells or None).  The header may be broken over lines ("Startdatu" / "m")."""
    ln = lines[i]
    if ln.cells is not None:
        cols = _header_columns(ln.cells)
        if cols:
            return i + 1, cols
    squashed = re.sub(r"\s+", "", ln.text).lower()
    if squashed.startswith("aktivitetstartdatumslutdatum"):
        return i + 1, None
    if squashed != "aktivitet":
        return None
    joined = squashed
    j = i + 1
    target = "".join(_HEADER_WORDS)
    while j < len(lines) and j - i <= 8:
        frag = re.sub(r"\s+", "", lines[j].text).lower()
        if len(frag) > _FRAGMENT_MAX or not target.startswith(joined + frag):
            break
        joined += frag
        j += 1
    if joined.startswith("aktivitetstartdatumslutdatum"):
        return j, None
    return None


def _solo(ln: Line) -> bool:
    """A line that is text, not a table row: no cells, or only the first cell filled
    (a PDF reader may take paragraphs aligned with a table's first column into it)."""
    return ln.cells is None or not any(c.strip() for c in ln.cells[1:])


def _structural(text: str) -> bool:
    """A line that ends a table: a goal heading, a judgement, an indicator table."""
    t = text.strip()
    return bool(
        _KF_GOAL.match(t)
        or _NAMND_GOAL.match(t)
        or _TOP_GOAL.match(t)
        or _judgement(t)
        or _INDICATOR_HEAD.match(t)
    )
