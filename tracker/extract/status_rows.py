"""Status registers: lists of matters or goals whose every entry carries a status.

A kommun's page of motions, medborgarförslag and interpellations, a fullmäktige
presidium's list of matters still being prepared, an annual report's goal table: each
entry is one matter or goal, and its state is given

* in a column of a table written one row a line (cells split by ``|`` or tabs) under a
  header that names the column: a *status* column ("Status": "Under beredning",
  "Besvarad"), an *answered* column ("Besvarad", "Beslut": a date once answered, empty
  while the matter waits) or a *verdict* column ("Uppfyllt", "Måluppfyllelse": "Ja",
  "Nej", "Delvis", a colour);
* or, the table flattened, on a line of its own after the entry ("Motion om …" /
  "Inlämnad 2024-02-12" / "Under beredning"), or after a dash on the entry's line
  ("Motion om … – Under beredning");
* a flattened register under a header of column names ("Ärende Inkom Besvarad"): its
  rows keep only the dates they have, so an answered matter has two, a waiting one one;
* points under a heading or lead that says they wait ("Ärenden under beredning");
* a goal page: each goal followed by its verdict alone on a line, or closing its line
  with it ("… ska öka Nej"), under a heading that names goals.

An entry whose status says it waits, whose answered cell is empty or whose goal is not
met is open; one answered, decided, done or met is done.  A register counts as one only
with two entries or more that carry a status, so that one stray "Besvarad" makes none.
The words are data: ``[register]`` in ``resources/extract/followup.toml``; the number of
entries is also a feature of the whole text for the document's kind
(:mod:`tracker.extract.kind`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from tracker.domain import Candidate, Line
from tracker.extract.followup_lines import _clean, body_heading, status_of
from tracker.extract.followup_words import followup_data

#: A register needs at least this many entries with a status.
MIN_ENTRIES = 2
#: An entry line longer than this is running text.
_MAX_ENTRY = 200
#: The lines after a flattened entry read for its status.
_BLOCK = 4
_CELL_SPLIT = re.compile(r"\s*(?:\||\t)\s*")
_DATE = re.compile(
    r"\b(?:19|20)\d{2}-\d{2}-\d{2}\b|\b\d{2}-[01]\d-[0-3]\d\b"  # (web pages: "24-04-15")
    r"|\b\d{1,2}\s+[a-zåäö]{3,9}\s+(?:19|20)\d{2}\b"
)
_DASHED = re.compile(r"^(?P<entry>.+?)\s+[–-]\s+(?P<status>(?:[^–-]|(?<=\d)-(?=\d)){2,40})$")

REASON_OPEN = "statusregister: ärende eller mål som inte är klart"
REASON_DONE = "statusregister: ärende eller mål som är klart"


@dataclass(frozen=True, slots=True)
class _Words:
    matter: re.Pattern[str]
    answered: re.Pattern[str]
    status: re.Pattern[str]
    verdict: re.Pattern[str]
    met: re.Pattern[str]
    unmet: re.Pattern[str]
    pending: re.Pattern[str]
    #: an answer planned for a coming meeting, the value's first word
    #: (``[register] planned``)
    planned: re.Pattern[str]
    decided: re.Pattern[str]
    received: re.Pattern[str]
    entry_column: re.Pattern[str]
    #: any column name of a register's header, as a run of them
    any_column: re.Pattern[str]


def _alt(entries: list[str]) -> str:
    return "|".join(
        r"\s+".join(re.escape(w) for w in e.split())
        for e in sorted(set(entries), key=len, reverse=True)
    )


@lru_cache(maxsize=1)
def _words() -> _Words:
    data = followup_data()
    rg = data["register"]
    i = re.IGNORECASE

    def whole(key: str) -> re.Pattern[str]:
        return re.compile(rf"(?:{_alt(rg[key])})", i)

    return _Words(
        matter=re.compile(rf"^(?:{_alt(rg['matters'])})(?![\wåäö])", i),
        answered=whole("answered_columns"),
        status=whole("status_columns"),
        verdict=whole("verdict_columns"),
        met=whole("verdict_met"),
        unmet=whole("verdict_unmet"),
        pending=whole("pending"),
        planned=re.compile(rf"^(?:{_alt(rg['planned'])})(?![\wåäö])", i),
        decided=re.compile(rf"^(?:{_alt(rg['decided'])})(?![\wåäö])", i),
        received=re.compile(rf"(?<![\wåäö])(?:{_alt(rg['received_columns'])})(?![\wåäö])", i),
        entry_column=re.compile(rf"(?<![\wåäö])(?:{_alt(rg['entry_columns'])})(?![\wåäö])", i),
        any_column=re.compile(
            r"(?:(?:"
            + _alt([*rg["answered_columns"], *rg["received_columns"], *rg["entry_columns"],
                    *rg["status_columns"], *rg["other_columns"]])
            + r")(?:\s*[|/]\s*|\s+|$))+",
            i,
        ),
    )


def _value_status(value: str, column: str) -> tuple[str, str] | None:
    """("open"|"done", kind) for a cell's value under a column of ``column`` kind."""
    w = _words()
    v = _clean(value).strip(" .:;")
    if column == "verdict":
        if w.met.fullmatch(v):
            return "done", "goal_deviation"
        if w.unmet.fullmatch(v):
            return "open", "goal_deviation"
        return None
    if not v:
        return ("open", "activity") if column == "answered" else None
    if w.pending.fullmatch(v):
        return "open", "activity"
    if w.decided.match(v) or (column == "answered" and _DATE.search(v)):
        return "done", "activity"
    st = status_of(v)
    if st is not None and st[0] in ("open", "done"):
        return st[0], "activity"
    return None


def _header(cells: list[str]) -> tuple[int, str] | None:
    """The index and kind of a header row's status column."""
    w = _words()
    if len(cells) < 2 or any(len(c) > 40 or _DATE.search(c) for c in cells):
        return None
    for k, c in enumerate(cells):
        c = c.strip(" :")
        for kind, pat in (("status", w.status), ("verdict", w.verdict), ("answered", w.answered)):
            if pat.fullmatch(c):
                return k, kind
    return None


@dataclass(slots=True)
class _Row:
    line: Line
    title: str
    cells: list[str]
    status: str
    kind: str
    value: str
    #: the lines the entry takes besides its own (its status line, its table's header)
    taken: tuple[Line, ...] = ()


def _table_rows(lines: list[Line]) -> list[_Row]:
    out: list[_Row] = []
    head: tuple[int, str, int] | None = None
    header: Line | None = None
    for ln in lines:
        text = ln.text.strip()
        if not text:
            continue
        cells = [c.strip() for c in _CELL_SPLIT.split(text)] if _CELL_SPLIT.search(text) else []
        if len(cells) < 2:
            head = None
            continue
        if (h := _header(cells)) is not None:
            head = (h[0], h[1], len(cells))
            header = ln
            continue
        if head is None:
            continue
        col, kind, width = head
        cells += [""] * (width - len(cells))
        entry = next((c for k, c in enumerate(cells)
                      if k != col and len(re.findall(r"[A-Za-zÅÄÖåäö]{2,}", c)) >= 2), None)
        st = _value_status(cells[col], kind) if col < len(cells) else None
        if entry is None or st is None:
            continue
        if kind == "status" and not _words().matter.match(entry):
            # (a table of activities with a status column, its comments and dates, is
            # the follow-up reader's: only a register of matters is read here)
            continue
        taken = (header,) if header is not None else ()
        out.append(_Row(ln, entry, cells, st[0], st[1], cells[col], taken))
    return out


def _block_rows(lines: list[Line], planned: bool = False) -> list[_Row]:
    """Entries opening with a matter's word, their status on a line after them or
    after a dash on their own line (with ``planned``, also an answer planned for a coming
    meeting after the dash: such an entry makes a register for the kind, its item is
    the running text's reading, which names the body that answers)."""
    w = _words()
    texts = [_clean(ln.text) for ln in lines]
    out: list[_Row] = []
    for k, t in enumerate(texts):
        if len(t) > _MAX_ENTRY or "|" in t or "\t" in t:
            continue
        if not w.matter.match(t):
            # (a record: a title, then "Label: value" lines, one of them its status)
            if (row := _record(lines, texts, k)) is not None:
                out.append(row)
            continue
        if (m := _DASHED.match(t)) and (
            st := _value_status(m.group("status"), "status")
            or (("open", "activity") if planned and w.planned.match(m.group("status")) else None)
        ):
            out.append(_Row(lines[k], m.group("entry"), [t], st[0], st[1], m.group("status")))
            continue
        if t.endswith("."):
            continue
        block: list[str] = []
        at: list[int] = []
        for j in range(k + 1, min(k + 1 + _BLOCK, len(texts))):
            if w.matter.match(texts[j]):
                break
            if texts[j]:
                block.append(texts[j])
                at.append(j)
        for n, b in enumerate(block):
            head, _, rest = b.partition(":")
            if rest.strip() == "" and b.endswith(":") and w.answered.fullmatch(head.strip()):
                st = ("open", "activity")  # "Besvarad:" with nothing after it
            elif w.answered.fullmatch(head.strip()) and rest.strip():
                st = _value_status(rest, "answered")
            elif w.status.fullmatch(head.strip()) and rest.strip():
                st = _labelled_status(rest)
                b = rest.strip()
            else:
                st = _value_status(b, "status")
            if st is not None:
                taken = tuple(lines[j] for j in at[: n + 1])
                out.append(_Row(lines[k], t, [t, *block[: n + 1]], st[0], st[1], b, taken))
                break
    return out


_LABEL = re.compile(r"^(?P<label>[A-Za-zÅÄÖåäö][\w ]{1,30}?):\s*(?P<value>.*)$")


def _labelled_status(value: str) -> tuple[str, str] | None:
    """The state a "Status: …" line gives: its first sentence ("Besvarad. Läs svaret …")."""
    return _value_status(re.split(r"(?<=[a-zåäö])\.\s", value, maxsplit=1)[0], "status")


def _record(lines: list[Line], texts: list[str], k: int) -> _Row | None:
    """A register's entry written as a record: its title on a line of its own, then
    lines "Label: value" ("Inlämnad: …", "Initierad av: …"), one of them "Status: …"."""
    w = _words()
    t = texts[k]
    if not _title_cell(t) or ":" in t or not t[:1].isupper():
        return None
    at: list[int] = []
    for j in range(k + 1, min(k + 1 + 2 * _BLOCK, len(texts))):
        if not texts[j]:
            continue
        m = _LABEL.match(texts[j])
        if m is None or len(at) >= _BLOCK:
            return None
        at.append(j)
        if w.status.fullmatch(m.group("label").strip()):
            # (a matter's record: other fields before its status, and the status a
            # register's word, waiting or answered; an action followed up in minutes,
            # "Status: Pågår", is the minutes' own)
            value = re.split(r"(?<=[a-zåäö])\.\s", m.group("value"), maxsplit=1)[0].strip(" .")
            if len(at) < 2 or not (w.pending.fullmatch(value) or w.decided.match(value)):
                return None
            st = _labelled_status(m.group("value"))
            if st is None:
                return None
            value = m.group("value")
            return _Row(lines[k], t, [t, *(texts[i] for i in at)], st[0], st[1], value,
                        tuple(lines[i] for i in at))
    return None


#: A goal named on a short line: a goal table's header ("Mål Kommentarer Uppfyllt Ja/Nej")
#: or a section's heading ("Måluppfyllelse", "Kommunfullmäktiges mål").
_GOAL_WORD = re.compile(r"(?<![\wåäö])(?:\w*mål|måluppfyll\w*)(?![\wåäö])", re.IGNORECASE)
_GOAL_HEAD_WORDS = 12
#: A numbered section heading ("2. Kommunikationer – närmare varandra"): not a goal's text.
_NUMBERED_HEAD = re.compile(r"^\d+(?:\.\d+)*\.?\s+\S")


def _verdict_blocks(lines: list[Line]) -> list[_Row]:
    """A goal page flattened: each goal, its comment, then its verdict alone on a line
    ("Ja", "Nej", "Delvis", a colour), under a header or a heading that names goals.  The
    goal is the first line after the header or after the verdict before it."""
    w = _words()
    texts = [_clean(ln.text) for ln in lines]
    verdicts = [k for k, t in enumerate(texts)
                if t and (w.met.fullmatch(t.strip(" .")) or w.unmet.fullmatch(t.strip(" .")))]
    if len(verdicts) < MIN_ENTRIES:
        return []
    heads = [k for k, t in enumerate(texts[: verdicts[0]])
             if _GOAL_WORD.search(t) and len(t.split()) <= _GOAL_HEAD_WORDS
             and not t.endswith(".")]
    if not heads:
        return []
    out: list[_Row] = []
    start = heads[0] + 1
    for k in verdicts:
        block = [j for j in range(start, k) if texts[j]]
        # (a column header inside the block opens its goal: the text after it)
        inner = [j for j in block if _GOAL_WORD.search(texts[j]) and w.verdict.search(texts[j])]
        if inner:
            block = [j for j in block if j > inner[-1]]
        block = [j for j in block if not _NUMBERED_HEAD.match(texts[j])]
        start = k + 1
        if not block:
            continue
        value = texts[k].strip(" .")
        st = _value_status(value, "verdict")
        if st is None:
            continue
        first = block[0]
        taken = (*(lines[j] for j in block[1:]), lines[k])
        out.append(_Row(lines[first], texts[first], [texts[j] for j in block], st[0], st[1],
                        value, taken))
    return out


#: A point of a list: a bullet or a number.
_POINT = re.compile(r"^\s*(?:[•·▪◦*–-]|\d{1,2}[.)])\s+(?P<text>\S.*)$")
_LEAD_WORDS = 20


def _pending_lists(lines: list[Line]) -> list[_Row]:
    """Matters listed under a heading or a lead that says they wait ("Ärenden under
    beredning", "Följande motioner är ännu inte besvarade:"): each point is open (a
    presidium's list of what it prepares, a register's list of what is not answered)."""
    w = _words()
    # (not cleaned: the cleaning drops the bullets that make the points)
    texts = [" ".join(ln.text.split()) for ln in lines]
    out: list[_Row] = []
    k = 0
    while k < len(texts):
        t = texts[k]
        k += 1
        if (
            not t
            or len(t.split()) > _LEAD_WORDS
            or _POINT.match(t)
            or not w.pending.search(t)
            or (t.endswith(".") and not t.endswith(":"))
        ):
            continue
        head = k - 1
        j = k
        if j < len(texts) and texts[j].endswith(":") and not _POINT.match(texts[j]):
            j += 1  # a lead after the heading: "Presidiet bereder följande ärenden:"
        points: list[int] = []
        while j < len(texts) and _POINT.match(texts[j]) and len(texts[j]) <= _MAX_ENTRY:
            points.append(j)
            j += 1
        if len(points) < MIN_ENTRIES:
            continue
        value = w.pending.search(t).group(0)
        for n, p in enumerate(points):
            title = _POINT.match(texts[p]).group("text")
            taken = tuple(lines[i] for i in range(head, points[0])) if n == 0 else ()
            out.append(_Row(lines[p], title, [title], "open", "activity", value, taken))
        k = j
    return out


_HEADER_WORDS = 8


def _dated_header(texts: list[str]) -> tuple[int, bool, bool] | None:
    """Where a register's header names an answered column (with the entry's column or
    the received column beside it, on its line or the short lines around), and whether
    it has a received column and whether its rows open with their date."""
    w = _words()
    answered = re.compile(rf"(?<![\wåäö])(?:{w.answered.pattern})(?![\wåäö])", re.I)

    def column_names(t: str) -> bool:
        return bool(t) and len(t.split()) <= _HEADER_WORDS and bool(w.any_column.fullmatch(t))

    for k, t in enumerate(texts):
        if not column_names(t) or not answered.search(t):
            continue
        # (the header on one line, or one column name a line around it)
        # (a web page's table flattened puts a blank line between its cells: skipped)
        names = [k]
        j = k - 1
        while j >= 0 and len(names) < 6 and (not texts[j] or column_names(texts[j])):
            if texts[j]:
                names.insert(0, j)
            j -= 1
        j = k + 1
        while j < len(texts) and len(names) < 8 and (not texts[j] or column_names(texts[j])):
            if texts[j]:
                names.append(j)
            j += 1
        hi = names[-1]
        block = " ".join(texts[i] for i in names)
        if w.entry_column.search(block) or w.received.search(block):
            # (a plain "Datum" before the answered column is when the matter came in;
            # first of all, each row opens with it)
            first = answered.search(block)
            dated = bool(_PLAIN_DATE_COLUMN.search(block[: first.start()])) if first else False
            lead = bool(_PLAIN_DATE_COLUMN.match(block) or w.received.match(block))
            return hi, bool(w.received.search(block)) or dated, lead
    return None


_PLAIN_DATE_COLUMN = re.compile(r"(?<![\wåäö])datum(?![\wåäö])", re.IGNORECASE)
#: A web page's link to a file closes with the file's size: "Motion om … , 54 kB."
_FILE_SIZE = re.compile(r"\s*,?\s*\(?\d+(?:[.,]\d+)?\s*[kKMG]B\)?\.?$")
_WORDS = re.compile(r"[A-Za-zÅÄÖåäö]{2,}")


def _title_cell(text: str) -> bool:
    """A register's entry written as a title without a matter's word ("Systematiskt
    brandskyddsarbete på kommunala skolor"): a few words, no date, no column name."""
    t = _FILE_SIZE.sub("", text)
    return (
        len(_WORDS.findall(t)) >= 3
        and len(t) <= _MAX_ENTRY
        and not _DATE.search(t)
        and not t.endswith((".", ":"))
        and not _words().any_column.fullmatch(t)
    )


def _dated_rows(lines: list[Line]) -> list[_Row]:
    """A register flattened under a header "Ärende  Inkom  Besvarad": each matter keeps
    the dates it has, so one answered has its answer's date after the one it came in,
    one still waiting only the one it came in (without a received column: one date or
    none)."""
    w = _words()
    texts = [_clean(ln.text) for ln in lines]
    head = _dated_header(texts)
    if head is None:
        return []
    at, received, lead = head
    # (the register ends where running text begins)
    end = next((k for k in range(at + 1, len(texts)) if len(texts[k]) > _MAX_ENTRY), len(texts))
    filled = [k for k in range(at + 1, end) if texts[k]]

    def is_date(k: int) -> bool:
        return bool(_DATE.fullmatch(texts[k].strip()))

    def entry(n: int) -> bool:
        k = filled[n]
        if w.matter.match(texts[k]) and len(texts[k]) <= _MAX_ENTRY:
            return True
        # (a title without a matter's word is an entry when a date cell stands by it)
        near = filled[max(0, n - 2) : n] + filled[n + 1 : n + 3]
        return _title_cell(texts[k]) and any(is_date(j) for j in near)

    entries = [filled[n] for n in range(len(filled)) if entry(n)]
    # (rows that open with their date: that cell, just before the entry, is the row's)
    starts = []
    for k in entries:
        before = max((j for j in filled if j < k), default=at)
        starts.append(before if lead and before > at and is_date(before) else k)
    out: list[_Row] = []
    for n, k in enumerate(entries):
        stop = starts[n + 1] if n + 1 < len(entries) else min(end, k + 1 + _BLOCK)
        first = _DATE.search(texts[k])
        title = texts[k][: first.start()].strip(" |–-") if first else texts[k]
        title = _FILE_SIZE.sub("", title).strip(" ,")
        cells = [x for x in texts[k + 1 : stop] if x and len(x) <= 60][:_BLOCK]
        dates = (len(_DATE.findall(texts[k])) + sum(bool(_DATE.fullmatch(x.strip())) for x in cells)
                 + (starts[n] != k))
        decided = any(w.decided.match(x) for x in cells)
        if dates == 0 and not decided and received:
            continue  # (no date at all: the row's cells are not there to read)
        done = decided or dates >= (2 if received else 1)
        taken = tuple(
            lines[j] for j in range(k + 1, stop)
            if texts[j] and (_DATE.fullmatch(texts[j].strip()) or w.decided.match(texts[j]))
        )
        if n == 0:
            # (the header's lines go with the first row)
            taken += tuple(lines[j] for j in range(max(0, at - 6), k)
                           if texts[j] and w.any_column.fullmatch(texts[j]))
        out.append(_Row(lines[k], title, [title, *cells], "done" if done else "open", "activity",
                        "besvarad" if done else "", taken))
    return out


def _inline_verdicts(lines: list[Line]) -> list[_Row]:
    """A goal table read one row a line without its cell marks: each goal's line closes
    with its verdict ("Andelen behöriga elever ska öka Nej"), under a header or heading
    that names goals."""
    w = _words()
    texts = [_clean(ln.text) for ln in lines]
    heads = [k for k, t in enumerate(texts)
             if _GOAL_WORD.search(t) and len(t.split()) <= _GOAL_HEAD_WORDS
             and not t.endswith(".") and not _TRAILING_VERDICT.match(t)]
    if not heads:
        return []
    out: list[_Row] = []
    for k in range(heads[0] + 1, len(texts)):
        m = _TRAILING_VERDICT.match(texts[k])
        if m is None or len(texts[k]) > _MAX_ENTRY or m.group("entry").endswith((".", ":")):
            continue
        value = m.group("value")
        entry = m.group("entry").strip(" –-")
        if (
            not value[:1].isupper()
            or len(re.findall(r"[A-Za-zÅÄÖåäö]{2,}", entry)) < 3
            or _DATE.search(entry)
        ):
            # (a cell's value is capitalised: "Årsmålet uppfylls delvis" is a sentence;
            # an activity's row with its dates and a deviation "Ja" is the ILS table's)
            continue
        st = _value_status(value, "verdict")
        if st is None or not (w.met.fullmatch(value) or w.unmet.fullmatch(value)):
            continue
        out.append(_Row(lines[k], entry, [entry], st[0], st[1], value))
    return out


#: A line closing with a one-word verdict after its text.
_TRAILING_VERDICT = re.compile(
    r"^(?P<entry>\S.{8,}?)\s+(?P<value>ja|nej|delvis|grön|grönt|gul|gult|röd|rött)$",
    re.IGNORECASE,
)


def status_rows(lines: list[Line], planned: bool = False) -> list[_Row]:
    """The entries of the status registers in ``lines`` (none unless there are at least
    :data:`MIN_ENTRIES`); ``planned``: :func:`_block_rows`."""
    rows = _table_rows(lines) + _block_rows(lines, planned) + _pending_lists(lines)
    seen = {id(r.line) for r in rows}
    rows += [r for r in _dated_rows(lines) if id(r.line) not in seen]
    if not rows:
        rows = _verdict_blocks(lines) or _inline_verdicts(lines)
    return rows if len(rows) >= MIN_ENTRIES else []


def status_entry_count(lines: list[Line]) -> int:
    """How many register entries with a status the text holds (for the kind).  (A
    table's rows under a plain status column are read only when they are matters: an
    action list with a status column is as common in minutes.)"""
    return len(status_rows(lines, planned=True))


def status_register_items(
    lines: list[Line], report_body: str | None = None, ref: dt.date | None = None
) -> tuple[list[Candidate], set[int]]:
    """The register entries as candidates, and the ids of the lines they take; an entry
    whose row names no body is the work of the body that reports (``report_body``); a
    waiting entry's status that names a time ("planeras till fullmäktige i juni") gives
    its due date, resolved against the report's date ``ref``."""
    from tracker.extract.dates import due_fields
    from tracker.extract.followup_sentences import due_in

    out: list[Candidate] = []
    used: set[int] = set()
    # (a matter whose answer is only planned is one of the register's rows when the
    # register has rows of its own; alone, such lines are the running text's reading,
    # which names the body that prepares them)
    rows = status_rows(lines)
    if rows:
        rows = status_rows(lines, planned=True)
    for row in rows:
        owner = next((b for c in row.cells[1:] if (b := body_heading(c))), None) or report_body
        used.add(id(row.line))
        used.update(id(ln) for ln in row.taken)
        reason = REASON_OPEN if row.status == "open" else REASON_DONE
        when = due_in(row.value, ref) if row.status == "open" and row.value else None
        out.append(
            Candidate(
                title=row.title.strip(" –-:"),
                text=" ".join(c for c in row.cells if c),
                kind=row.kind,
                status=row.status,
                owner=owner,
                page=row.line.page,
                line=row.line.line,
                evidence=f"Status: {row.value or '(tomt)'}",
                **due_fields(when),
                confidence=0.7,
                reasons=[reason, f"status: {row.value or '(tom kolumn)'}"]
                + ([f"ansvarig: {owner}"] if owner else []),
            )
        )
    return out, used


__all__ = ["MIN_ENTRIES", "status_entry_count", "status_register_items", "status_rows"]
