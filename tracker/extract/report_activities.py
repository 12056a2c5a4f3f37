"""The activity tables of a follow-up report ("Aktivitet | Startdatum | Slutdatum |
Avvikelse"): rows from table cells (a wrapped cell gives further lines with only that
cell filled) or from plain text (the activity's narrow lines, then its dates, perhaps
split over lines, then its "Analys"), with text that goes on after the dates, a header
printed again on the next page, and analysis paragraphs between rows.

Read on behalf of the layout parser (:mod:`tracker.extract.report_parse`), which calls
:func:`_table` at each table header.
"""

from __future__ import annotations

import re
from typing import Protocol

from tracker.domain import Line
from tracker.extract.report_layout import (
    _ANALYS,
    _DAY,
    _DEVIATION_CELL,
    _ISO_PARTIAL,
    _MAX_PENDING,
    _PAGE_NO,
    _WIDE,
    Goal,
    ReportLayout,
    Row,
    _Columns,
    _dates_in,
    _iso,
    _join_parts,
    _solo,
    _structural,
    match_header,
)


class _Reading(Protocol):
    """What the table reader needs of the layout parser: its lines, the layout it
    builds, and the goal that activities now sit under."""

    lines: list[Line]
    out: ReportLayout
    goal: Goal | None


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


def _table(self: _Reading, i: int, cols: _Columns | None) -> int:
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


def _flush_text(self: _Reading, st: _TableState) -> None:
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


def _text_line(self: _Reading, st: _TableState, ln: Line, index: int) -> bool:
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
    self: _Reading,
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


def _cell_line(self: _Reading, st: _TableState, ln: Line) -> None:
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
