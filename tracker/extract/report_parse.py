"""The layout of a follow-up report (ILS verksamhetsberättelse, tertialrapport) read
from cleaned lines: goals with their judgements, activity tables with their rows,
analyses, and indicator tables.

Three kinds of input reach this module:

* **table rows with cells** – DOCX (one line per Word table row) and PDF (one line per
  printed line; a wrapped cell gives further lines with only that cell filled);
* **plain text** – a text file or a PDF whose tables were not recognised: a row is its
  activity text (narrow lines), then its dates ("2015-01-01 2015-12-31", sometimes
  "2015-12-" + "31" or a start and an end on separate lines), and the row's "Analys"
  may follow before the next row.  Cell text may also continue *after* the dates
  ("… Parallellt" / dates / "ska en översyn göras …"): such lines start in lower case.
* a mix of both (a PDF table interrupted by analysis paragraphs, the next part of the
  table without a header row).

The result, :class:`ReportLayout`, keeps the order of the document; the meaning (owner,
status, items) is decided in :mod:`tracker.extract.report`.
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


# --- the parser -----------------------------------------------------------------------------


class _Parser:
    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.out = ReportLayout()
        self.kf: Goal | None = None
        self.goal: Goal | None = None  # the goal that activities now sit under

    # -- driver --

    def run(self) -> ReportLayout:
        i, n = 0, len(self.lines)
        while i < n:
            i = self._step(i)
        return self.out

    def _step(self, i: int) -> int:
        ln = self.lines[i]
        text = ln.text.strip()
        header = match_header(self.lines, i)
        if header:
            self.out.tables += 1
            return _table(self, header[0], header[1])
        if self._goal_heading(i):
            return self._goal_text(i)
        verdict = _judgement(text)
        if verdict and self.goal is not None:
            if self.goal.judgement is None:
                self.goal.judgement = verdict
                self.goal.judgement_text = text
            return i + 1
        if _INDICATOR_HEAD.match(text) or (ln.cells and _INDICATOR_HEAD.match(ln.cells[0])):
            return self._indicators(i)
        m = _ANALYS.match(text)
        if m and _solo(ln) and self.goal is not None and len(text) < 60:
            j, body = self._analysis_block(i + 1, m.group(1) or "")
            self.goal.analysis.append(body)
            return j
        return i + 1

    # -- goals --

    def _goal_heading(self, i: int) -> bool:
        t = self.lines[i].text.strip()
        return bool(_KF_GOAL.match(t) or _NAMND_GOAL.match(t) or _TOP_GOAL.match(t))

    def _goal_text(self, i: int) -> int:
        ln = self.lines[i]
        t = ln.text.strip()
        m = _KF_GOAL.match(t)
        kind = "kf"
        if not m:
            m = _NAMND_GOAL.match(t)
            kind = "namnd"
        if not m:
            m = _TOP_GOAL.match(t)
            kind = "top"
        assert m is not None
        parts = [m.group(1).strip()] if m.group(1).strip() else []
        j = i + 1
        # The goal's wording runs until its judgement, an analysis or a table (at most a
        # few lines: goal texts are one sentence).
        while j < len(self.lines) and len(parts) < 4:
            nxt = self.lines[j].text.strip()
            if (
                _judgement(nxt)
                or _ANALYS.match(nxt)
                or self._goal_heading(j)
                or match_header(self.lines, j)
                or _INDICATOR_HEAD.match(nxt)
                or not _solo(self.lines[j])
            ):
                break
            if kind == "top" and parts:
                break
            if parts and (len(nxt) > _WIDE or parts[-1].endswith(".")):
                break
            parts.append(nxt)
            j += 1
        text = " ".join(parts).strip()
        if kind == "top":
            # An inriktningsmål only frames the KF goals below it.
            self.kf = None
            self.goal = None
            return j
        goal = Goal(kind=kind, text=text, page=ln.page, line=ln.line)
        if kind == "kf":
            self.kf = goal
        else:
            goal.parent = self.kf
        self.goal = goal
        self.out.goals.append(goal)
        return j

    # -- analysis paragraphs --

    def _analysis_block(self, j: int, first: str) -> tuple[int, str]:
        parts = [first] if first else []
        while j < len(self.lines):
            ln = self.lines[j]
            t = ln.text.strip()
            if not _solo(ln) or _structural(t) or match_header(self.lines, j):
                break
            if _ANALYS.match(t) and len(t) < 60:
                break
            parts.append(t)
            j += 1
        return j, _join_parts(parts)

    # -- indicator tables --

    def _indicators(self, i: int) -> int:
        """Indicator tables: remember the analyses that explain a deviation, with the
        indicator they belong to."""
        j = i + 1
        name_lines: list[Line] = []  # candidate name lines since the last boundary
        last_name = ""
        while j < len(self.lines):
            ln = self.lines[j]
            t = ln.text.strip()
            if match_header(self.lines, j) or (_structural(t) and not _INDICATOR_HEAD.match(t)):
                break
            if _INDICATOR_HEAD.match(t):
                name_lines = []
                j += 1
                continue
            m = _ANALYS.match(t)
            if m and len(t) < 60 and _solo(ln):
                name = _indicator_name(name_lines) or last_name
                j, body = self._analysis_block(j + 1, m.group(1) or "")
                if name:
                    self.out.indicators.append(
                        Indicator(
                            name=name, analysis=body, page=ln.page, line=ln.line, goal=self.goal
                        )
                    )
                last_name = name
                name_lines = []
                continue
            if ln.cells is None and len(t) > _WIDE:
                break
            name_lines.append(ln)
            j += 1
        return j


_UNIT = re.compile(
    r"^(?:[-+]?[\d.,/%-]+|st|%|kr|tkr|mnkr|dygn|kwh/kvm|kwh|VB|T[123]|tas|fram|av|nämnd\w*)$",
    re.IGNORECASE,
)


def _is_value(text: str) -> bool:
    """An indicator's values ("1 210 000 1 500 000 T2 2023", "45 51 7 tas fram"): at least
    half of the words are numbers or units."""
    words = text.split()
    return (
        bool(words)
        and 2 * sum(1 for w in words if _UNIT.match(w)) >= len(words)
        and any(ch.isdigit() for ch in text)
    )


_INDICATOR_HEADER_WORDS = re.compile(
    r"^(?:Periodens?|s utfall|utfall( VB)?|\d{4}|Årsmål|Årsmå|l|KF:s( årsmål)?|årsmål|"
    r"Period|Perio|d|VB \d{4}|Indikator)$",
    re.IGNORECASE,
)


def _indicator_name(lines: list[Line]) -> str:
    """The indicator just before an "Analys": its name lines precede its values."""
    if not lines:
        return ""
    if lines[-1].cells is not None:
        # Cell rows: the name is the first cell of the last row (and its wrapped lines).
        group: list[str] = []
        for ln in reversed(lines):
            cells = ln.cells or [ln.text]
            if cells[0]:
                group.insert(0, cells[0])
            if any(c for c in cells[1:]):
                break
        return _join_parts(group)
    # Plain text: walk back over the last values to the name, then to its start.
    k = len(lines) - 1
    while k >= 0 and _is_value(lines[k].text.strip()):
        k -= 1
    # Skip value-like trailers that wrapped ("av", "nämnd").
    end = k
    while k >= 0:
        t = lines[k].text.strip()
        if _is_value(t) or _INDICATOR_HEADER_WORDS.match(t) or t.endswith("."):
            break
        k -= 1
    names = [ln.text.strip() for ln in lines[k + 1 : end + 1]]
    # Wrapped value words ("av", "nämnd") precede the real values; drop short tails.
    while names and names[-1].lower() in {"av", "nämnd", "nämnden", "styrelsen"}:
        names.pop()
    return _join_parts(names)


# --- activity tables ---------------------------------------------------------------------


class _TableState:
    def __init__(self, table: int, cols: _Columns | None) -> None:
        self.table = table
        self.cols = cols
        self.rows: list[Row] = []
        self.mode = "rows"  # or "analysis"
        self.pending: list[Line] = []
        self.pending_from: int | None = None
        self.analysis_parts: list[str] = []
        self.analysis_target: Row | None = None
        self.last_top: float | None = None
        self.last_page: int | None = None
        self.min_gap: float | None = None

    @property
    def cur(self) -> Row | None:
        return self.rows[-1] if self.rows else None


def _starts_lower(text: str) -> bool:
    c = text.strip()[:1]
    return c.isalpha() and c.islower()


def _continues(text: str) -> bool:
    """A line that goes on with the cell above: lower case, or "(", a digit, a dash."""
    c = text.strip()[:1]
    return _starts_lower(text) or (bool(c) and (c.isdigit() or c in '(-–,;:/"”'))


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?", ":"))


def _split_tail(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """Analysis text followed by the next activity's text, without a marker between
    them: the activity starts at the last line that begins with a capital after a
    finished sentence (or after a wide analysis line)."""
    texts = [ln.text.strip() for ln in lines]
    for k in range(len(texts) - 1, 0, -1):
        if texts[k][:1].isupper() and (_ends_sentence(texts[k - 1]) or len(texts[k - 1]) > 60):
            return lines[:k], lines[k:]
    if texts and texts[0][:1].isupper():
        return [], lines
    return lines, []


def _table(self: _Parser, i: int, cols: _Columns | None) -> int:
    """Read an activity table starting after its header; returns where it ends."""
    st = _TableState(self.out.tables, cols)
    j = i
    n = len(self.lines)
    while j < n:
        ln = self.lines[j]
        t = ln.text.strip()
        if _structural(t):
            break
        header = match_header(self.lines, j)
        if header:
            if ln.cells is not None and _repeated_header(st, ln):
                # The table's header printed again at the top of the next page.
                j = header[0]
                continue
            break
        m = _ANALYS.match(t)
        if ln.cells is not None and not (m and _solo(ln) and len(t) < 60):
            _flush_text(self, st)
            if st.mode == "analysis" and _solo(ln):
                # Analysis paragraphs that a PDF reader put into the table's first column.
                st.analysis_parts.append(t)
            else:
                _cell_line(self, st, ln)
            j += 1
            continue
        if m and len(t) < 60:
            _flush_text(self, st)
            _close_analysis(st)
            st.mode = "analysis"
            st.analysis_target = st.cur
            st.analysis_parts = [m.group(1)] if m.group(1) else []
            j += 1
            continue
        if _text_line(self, st, ln, j):
            j += 1
            continue
        # The table is over: unused analysis lines go back to the document; pending
        # lines after a row are sorted out below.
        if st.mode == "analysis" and st.pending_from is not None:
            j = st.pending_from
            st.pending = []
        break
    else:
        j = n
    if st.mode == "rows" and st.pending:
        # Lower-case lines after the last row continue its activity cell; anything else
        # belongs to the document after the table.
        keep = 0
        while keep < len(st.pending) and _continues(st.pending[keep].text) and st.cur:
            st.cur.parts.append(st.pending[keep].text.strip())
            keep += 1
        if keep < len(st.pending) and st.cur and _take_deviation(st.cur, st.pending[keep].text):
            keep += 1
        if keep < len(st.pending):
            first = st.pending[keep]
            j = next(k for k in range(st.pending_from or 0, j + 1) if self.lines[k] is first)
        st.pending = []
    _flush_text(self, st)
    _close_analysis(st)
    # A PDF reader may take the paragraph after a table into its first column; a
    # trailing "row" without any date is such a paragraph, not an activity.
    while (
        st.rows and st.rows[-1].from_gap and st.rows[-1].start is None and st.rows[-1].end is None
    ):
        st.rows.pop()
    for row in st.rows:
        row.goal = self.goal
        if row.partial_end and row.end is None:
            row.end_text = row.partial_end
    self.out.rows += [r for r in st.rows if r.parts or r.start or r.end]
    return j


def _repeated_header(st: _TableState, ln: Line) -> bool:
    return bool(st.rows) and st.last_page is not None and ln.page != st.last_page


def _close_analysis(st: _TableState) -> None:
    if st.mode == "analysis":
        body = _join_parts(st.analysis_parts)
        if body and st.analysis_target is not None:
            st.analysis_target.analysis.append(body)
        st.analysis_parts = []
        st.mode = "rows"


def _flush_text(self: _Parser, st: _TableState) -> None:
    """Pending plain lines before a cell row or the table's end."""
    if not st.pending:
        return
    texts = [ln.text.strip() for ln in st.pending]
    if st.mode == "analysis":
        st.analysis_parts += texts
    elif st.cur is not None:
        if _take_deviation(st.cur, texts[0]):
            texts = texts[1:]
        st.cur.parts += texts
    st.pending = []
    st.pending_from = None


def _text_line(self: _Parser, st: _TableState, ln: Line, index: int) -> bool:
    """Handle one plain line inside a table; False when the table is over."""
    t = ln.text.strip()
    cur = st.cur
    # A day that completes "2015-12-" (the PDF broke the date over lines).
    if cur is not None and cur.partial_end and _DAY.match(t):
        cur.end = _iso(f"{cur.partial_end}{int(t):02d}")
        cur.end_text = cur.end.isoformat() if cur.end else cur.partial_end + t
        cur.partial_end = None
        for p in st.pending:
            cur.parts.append(p.text.strip())
        st.pending = []
        st.pending_from = None
        return True
    if _PAGE_NO.match(t):
        return True  # a page number that fell into the table
    if t.lower() in {"startdatum", "slutdatum", "avvikelse", "startdatu", "slutdatu", "avvikels"}:
        return True
    dates = _dates_in(t)
    partial = _ISO_PARTIAL.search(t)
    if dates or partial:
        _date_line(self, st, ln, dates, partial)
        return True
    if st.mode == "rows" and len(t) > _WIDE:
        return False
    if st.mode == "rows" and len(st.pending) >= _MAX_PENDING:
        return False
    if st.mode == "analysis" and len(st.pending) >= 4 * _MAX_PENDING:
        return False
    if not st.pending:
        st.pending_from = index
    st.pending.append(ln)
    return True


def _date_line(
    self: _Parser,
    st: _TableState,
    ln: Line,
    dates: list[re.Match[str]],
    partial: re.Match[str] | None,
) -> None:
    t = ln.text.strip()
    cur = st.cur
    first_pos = dates[0].start() if dates else (partial.start() if partial else len(t))
    before = t[:first_pos].strip()
    last_end = dates[-1].end() if dates else len(t)
    after = "" if partial else t[last_end:].strip()
    pending = list(st.pending)
    # The end date of a row whose start stood alone ("2015-01-01" … "2015-12-31").
    if (
        cur is not None
        and cur.start is not None
        and cur.end is None
        and not cur.partial_end
        and st.mode == "rows"
        and not before
        and all(_continues(p.text) for p in pending)
    ):
        cur.parts += [p.text.strip() for p in pending]
        _set_dates(cur, dates, partial)
        if after:
            cur.deviation_parts.append(after)
        st.pending = []
        st.pending_from = None
        return
    if st.mode == "analysis" and before[:1].isupper():
        # "Revidera personalpolicyn. 2015-01-01 2015-12-31": the row starts on the date
        # line, everything before it was analysis.
        st.analysis_parts += [p.text.strip() for p in pending]
        _close_analysis(st)
        head = []
    elif st.mode == "analysis":
        tail, head = _split_tail(pending)
        st.analysis_parts += [p.text.strip() for p in tail]
        _close_analysis(st)
    elif before[:1].isupper() and cur is not None:
        # The row's first line carries its dates (a PDF table read as plain lines): the
        # lines since the previous date line all continue the previous row.
        if pending and _take_deviation(cur, pending[0].text):
            pending = pending[1:]
        cur.parts += [p.text.strip() for p in pending]
        head = []
    else:
        head = pending
        k = 0
        while k < len(head) and cur is not None and _continues(head[k].text):
            cur.parts.append(head[k].text.strip())
            k += 1
        head = head[k:]
        if len(head) > 1 and cur is not None and _take_deviation(cur, head[0].text):
            head = head[1:]
    first = head[0] if head else ln
    row = Row(table=st.table, page=first.page, line=first.line)
    row.parts = [p.text.strip() for p in head] + ([before] if before else [])
    _set_dates(row, dates, partial)
    if after:
        row.deviation_parts.append(after)
    st.rows.append(row)
    st.pending = []
    st.pending_from = None


def _take_deviation(row: Row, text: str) -> bool:
    """Give ``text`` to the row's Avvikelse cell when it reads like one."""
    if row.deviation_parts or not _DEVIATION_CELL.match(text.strip()):
        return False
    row.deviation_parts.append(text.strip())
    return True


def _set_dates(row: Row, dates: list[re.Match[str]], partial: re.Match[str] | None) -> None:
    values = [m.group(0) for m in dates]
    if row.start is None and values:
        row.start_text = values.pop(0)
        row.start = _iso(row.start_text)
    if row.end is None and values:
        row.end_text = values.pop(0)
        row.end = _iso(row.end_text)
    if row.end is None and partial and (not dates or partial.start() >= dates[-1].end()):
        row.partial_end = partial.group(1)


def _cell_line(self: _Parser, st: _TableState, ln: Line) -> None:
    """One line with cells: a whole Word row, or one printed line of a PDF row."""
    cells = ln.cells or []
    cols = st.cols if st.cols and st.cols.count == len(cells) else _Columns(count=len(cells))
    if len(cells) < 3:
        # A narrow fragment (e.g. only the activity column matched): text of the cell.
        act, start, end, dev = cells[0] if cells else ln.text, "", "", ""
        if len(cells) == 2:
            start = cells[1]
    else:
        act = cells[cols.activity]
        start = cells[cols.start]
        end = cells[cols.end]
        dev = (
            cells[cols.deviation]
            if cols.deviation is not None and cols.deviation < len(cells)
            else ""
        )
        extra = [
            c
            for k, c in enumerate(cells)
            if k not in (cols.activity, cols.start, cols.end, cols.deviation) and c
        ]
        dev = " ".join([dev, *extra]).strip()
    _close_analysis(st)
    cur = st.cur
    gap = None
    if ln.top is not None and st.last_top is not None and ln.page == st.last_page:
        gap = ln.top - st.last_top
    has_dates = bool(
        _dates_in(start) or _dates_in(end) or _ISO_PARTIAL.search(start) or _ISO_PARTIAL.search(end)
    )
    new_row = gap_only = False
    if cur is None:
        new_row = True
    elif ln.top is None:
        # Word: every row is one line (a cell's wrapped text stays inside its cell).
        new_row = bool(act) or has_dates
    elif (
        has_dates
        and (cur.start is not None or cur.end is not None)
        and not (cur.partial_end and _DAY.match(end.strip()))
    ):
        # PDF: the first printed line of a row carries its dates (cells aligned at top).
        new_row = True
    elif gap is not None and st.min_gap is not None and gap > 1.3 * st.min_gap:
        # PDF: more space than between wrapped lines = cell padding and a rule.
        new_row = gap_only = True
    if gap is not None and gap > 1:
        st.min_gap = gap if st.min_gap is None else min(st.min_gap, gap)
    st.last_top = ln.top
    st.last_page = ln.page
    if new_row:
        cur = Row(table=st.table, page=ln.page, line=ln.line, from_gap=gap_only)
        st.rows.append(cur)
    assert cur is not None
    if act:
        cur.parts.append(act)
    for value in (start, end):
        value = value.strip()
        if not value:
            continue
        if cur.partial_end and _DAY.match(value):
            cur.end = _iso(f"{cur.partial_end}{int(value):02d}")
            cur.end_text = cur.end.isoformat() if cur.end else cur.partial_end + value
            cur.partial_end = None
            continue
        _set_dates(cur, _dates_in(value), _ISO_PARTIAL.search(value))
    if dev:
        cur.deviation_parts.append(dev)


def parse_layout(lines: list[Line]) -> ReportLayout:
    """Read the report's goals, activity rows and indicators from cleaned lines."""
    return _Parser(lines).run()
