"""Text tables: the tables a document carries as text rather than as PDF or Word table
cells, given cells like the PDF and DOCX readers give real tables, so that every format
reaches the extractor in the same shape.

* :func:`tab_tables` – a table saved as text by a word processor ("Word saved as
  text"): one row a line, its cells separated by tabs.  A run of two or more lines with
  two or more tabs each and the same number of cells (the first line the header) gets
  cells.  Bullets ("•<tab>text") and a signature line of two names have one tab and
  stay text.
* :func:`aligned_tables` – a text table laid out in whitespace-aligned columns (a header
  line of three or more column words over rows whose cells start at the header's
  columns, e.g. a balance list typed in a fixed-width editor or saved by pdftotext
  -layout).  A line whose first cell starts in lower case finishes the row above (its
  cells appended, a word broken by a hyphen rejoined) and is left empty, so clean-up
  drops it.  Both run in clean-up (:func:`tracker.ingest.cleanup.clean`), before the
  whitespace is collapsed, which would lose the columns.
* :func:`with_text_tables` – the shapes read from cleaned lines: ``Vad | Vem | När``
  rows, tab- or wide-space-separated columns under a header of column words, a header
  line of column words over single-spaced rows ("Nr Fråga Väckt av Ansvarig Klart senast
  Status"), numbered balance-list lines ("1. Utemiljön – pågår, ansvarig Petra, klart
  v. 20."), "Åtgärd: … Ansvarig: … Klart: …" lines and numbered items followed by
  labelled fields.  Tables made from other shapes get a made-up header row of neutral
  column names ("Beskrivning", "Ansvarig", "Klart senast" …).

Header words and status words come from :mod:`tracker.language.table_words`, dates from
:mod:`tracker.language.dates`, organisation names from :mod:`tracker.language.aliases`.
"""

from __future__ import annotations

import dataclasses
import re

from tracker.domain import Document, Line
from tracker.language.aliases import Aliases, aliases
from tracker.language.dates import find_periods
from tracker.language.table_words import DONE, OPEN, columns, vocabulary

# --- whitespace-aligned text tables ------------------------------------------------------

#: A cell of an aligned line: text whose words are one space apart; two or more spaces
#: (or a tab) end it.
_CHUNK = re.compile(r"\S+(?: \S+)*")
#: How far a cell may start from its column's left edge (a hand-typed table drifts).
_ALIGN_SLACK = 2
#: Lines (header included) an aligned block needs; the header needs this many columns.
_ALIGN_MIN_LINES = 3
_ALIGN_MIN_COLS = 3


def _chunks(text: str) -> list[tuple[int, str]]:
    text = text.expandtabs(8)
    return [(m.start(), m.group(0)) for m in _CHUNK.finditer(text)]


def _column_of(starts: list[int], pos: int) -> int | None:
    for k, s in enumerate(starts):
        if abs(pos - s) <= _ALIGN_SLACK:
            return k
    return None


def _aligned_row(starts: list[int], text: str) -> list[str] | None:
    """The cells of ``text`` under columns starting at ``starts``, or None when a cell
    starts where no column does (the line is not part of the table)."""
    cells = [""] * len(starts)
    for pos, chunk in _chunks(text):
        k = _column_of(starts, pos)
        if k is None:
            return None
        cells[k] = f"{cells[k]} {chunk}".strip()
    return cells


def _continues(prev: list[str], cells: list[str]) -> bool:
    """A line whose first cell goes on with the row above: it starts in lower case (no
    row of a table starts so; a heading or the text after the table does not either)."""
    return bool(cells[0]) and bool(prev[0]) and cells[0][0].islower()


def _merge_cells(prev: list[str], cells: list[str]) -> None:
    for k, c in enumerate(cells):
        if not c:
            continue
        if prev[k].endswith("-") and prev[k][-2:-1].isalpha() and c[0].islower():
            prev[k] = prev[k][:-1] + c  # "läke-" + "medelshantering"
        else:
            prev[k] = f"{prev[k]} {c}".strip()


def aligned_tables(lines: list[Line]) -> None:
    """Give cells to the rows of whitespace-aligned text tables (in place; see the
    module docstring).  Conservative: the header has three or more cells two or more
    spaces apart, and at least two rows follow whose every cell starts at a header
    column, with the first column filled; a signature block of two lines or a running
    header of two cells stays text."""
    table_no = 900
    i = 0
    while i < len(lines):
        head = lines[i]
        chunks = _chunks(head.text) if head.cells is None and "|" not in head.text else []
        if len(chunks) < _ALIGN_MIN_COLS:
            i += 1
            continue
        starts = [p for p, _ in chunks]
        rows: list[tuple[Line, list[str]]] = []
        full = 0
        j = i + 1
        while j < len(lines) and lines[j].page == head.page and lines[j].cells is None:
            cells = _aligned_row(starts, lines[j].text)
            if rows and cells is not None and _continues(rows[-1][1], cells):
                # "Ta fram höstens schema för   Kristina Sundin   v. 33" / "helgtjänstgöring":
                # the first column wrapped onto a line of its own; it finishes the row.
                _merge_cells(rows[-1][1], cells)
                lines[j].text = ""
                j += 1
                continue
            if (
                cells is None
                or (not rows and not cells[0])
                # One cell in the first column is the text after the table.
                or (cells[0] and sum(1 for c in cells if c) == 1)
            ):
                break
            full += bool(cells[0]) and sum(1 for c in cells if c) >= 2
            rows.append((lines[j], cells))
            j += 1
        if full + 1 < _ALIGN_MIN_LINES:
            i += 1
            continue
        table_no += 1
        head.cells, head.table = [c for _, c in chunks], table_no
        for ln, cells in rows:
            ln.cells, ln.table = cells, table_no
        i = j


# --- tab-separated text tables ----------------------------------------------------------

#: Tabs a line needs to be a row of a tab-separated table (three cells at least).
_TAB_MIN_TABS = 2


def _tab_cells(text: str) -> list[str] | None:
    """The cells of a tab-separated line (trailing empty cells dropped), or None when it
    has too few tabs or fewer than two cells with text (an indented paragraph)."""
    if text.count("\t") < _TAB_MIN_TABS:
        return None
    cells = [c.strip() for c in text.rstrip().split("\t")]
    while cells and not cells[-1]:
        cells.pop()
    if sum(1 for c in cells if c) < 2:
        return None
    return cells


def tab_tables(lines: list[Line]) -> None:
    """Give cells to the rows of tab-separated tables (in place; see the module
    docstring).  The columns must agree: every row has no more cells than the header
    (Word drops nothing, but a row's empty last cells may be lost), and the header has
    text in every cell."""
    table_no = 800
    i = 0
    while i < len(lines):
        head = lines[i]
        hcells = _tab_cells(head.text) if head.cells is None else None
        if hcells is None or not all(hcells):
            i += 1
            continue
        rows: list[tuple[Line, list[str]]] = []
        j = i + 1
        while j < len(lines) and lines[j].cells is None:
            cells = _tab_cells(lines[j].text)
            if cells is None or len(cells) > len(hcells):
                break
            rows.append((lines[j], cells + [""] * (len(hcells) - len(cells))))
            j += 1
        if not rows:
            i += 1
            continue
        table_no += 1
        head.cells, head.table = hcells, table_no
        for ln, cells in rows:
            ln.cells, ln.table = cells, table_no
        i = j


# --- shapes in cleaned lines ----------------------------------------------------------

#: "5. Uppdatera delegationsordningen": a list number written into a row's first cell.
_MERGED_NUMBER = re.compile(r"^(\d{1,3})[.)]\s+(\S.*)$")
_TEXT_SPLIT = re.compile(r"\s*\|\s*|\t+|\s{3,}")
#: Canonical header text for a column role (flattened tables get these as their cells).
_ROLE_HEADER = {"id": "Nr", "what": "Beskrivning", "raised": "Väckt av", "who": "Ansvarig",
                "when": "Klart senast", "status": "Status", "start": "Inkom",
                "comment": "Kommentar"}  # fmt: skip


# --- helpers -------------------------------------------------------------------------

#: "Åtgärd: Fastighetsavdelningen kontaktas. Ansvarig: Oskar. Klart: 15/10." on one line.
_ACTION_LINE = re.compile(
    r"^(?:åtgärd|att\s+göra|uppgift|uppdrag)\s*:\s*(?P<what>.+?)\.?\s+"
    r"(?:ansvarig|vem)\s*:\s*(?P<who>[^.;]+?)\.?"
    r"(?:\s+(?:klart\s+senast|klart|klar|när|senast|datum|deadline)\s*:\s*(?P<when>.+?))?\.?$",
    re.IGNORECASE,
)


#: Field labels of action notes written as "Label: value" ("Vem: Sara Vad: beställa …
#: Klart till: v. 47", "Ansvarig: Per Alm Åtgärdas senast: 2026-02-28", "Status: Kvarstår").
_FIELD = re.compile(
    r"(?:^|(?<=[\s.;,]))(?P<label>vem|vad|ansvarig|ansvar|åtgärd|uppgift|"
    r"åtgärdas\s+senast|klart\s+till|klart\s+senast|klar\s+senast|klart|senast|deadline|"
    r"ny\s+tidplan|tidplan|status)\s*:\s*",
    re.IGNORECASE,
)
_FIELD_ROLE = {"vem": "who", "ansvarig": "who", "ansvar": "who", "vad": "what", "åtgärd": "action",
               "uppgift": "what", "status": "status"}  # fmt: skip
#: "2.1 Belysning på förrådsgården": the numbered title of an item in a follow-up list.
_ITEM_TITLE = re.compile(r"^\d{1,2}\.\d{1,2}\.?\s+(?P<title>[A-ZÅÄÖ].*)$")
_NUMBERED_HEADING = re.compile(r"^\d{1,2}[.)]?\s+[A-ZÅÄÖ]")


def _fields(text: str) -> tuple[str, dict[str, str]]:
    """("text before the first label", {role: value}) of a run of "Label: value" fields."""
    marks = list(_FIELD.finditer(text))
    out: dict[str, str] = {}
    for i, m in enumerate(marks):
        label = " ".join(m.group("label").lower().split())
        role = _FIELD_ROLE.get(label, "when")
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        value = text[m.end() : end].strip(" .;,")
        if value and role not in out:
            out[role] = value
    return (text[: marks[0].start()].strip() if marks else text), out


def _field_cells(what: str, f: dict[str, str], comment: str) -> tuple[list[str], list[str]]:
    """Header and cells of one action row read from labelled fields."""
    status = f.get("status", "")
    when = f.get("when", "")
    note = comment
    if status:
        # "Kvarstår – leveransen är försenad, beräknas komma vecka 9": the status word
        # first, the explanation after it.
        sm = re.match(r"^(?P<word>[^–,.;:-]+?)\s*(?:[–,.;:-]\s*(?P<rest>.*))?$", status)
        if sm:
            status = sm.group("word").strip()
            note = " ".join(x for x in (note, sm.group("rest") or "") if x)
        if not when and OPEN.match(status):
            periods = find_periods(note, strict=True)
            when = periods[-1].text if periods else ""
    if f.get("action"):
        what = f"{what}: {f['action']}" if what else f["action"]
    header, cells = ["Beskrivning", "Ansvarig", "Klart senast"], [what, f.get("who", ""), when]
    if f.get("status"):
        header.append("Status")
        cells.append(status)
    header.append("Kommentar")
    cells.append(note)
    return header, cells


def _field_line(raw: str) -> dict[str, str] | None:
    """Fields of a one-line action note ("Vem: Sara Vad: beställa regnkläder Klart till:
    v. 47"), or None."""
    before, f = _fields(raw)
    if before or "what" not in f or not ({"who", "when"} & f.keys()):
        return None
    return f


def _next_line(lines: list[Line], j: int) -> bool:
    """Line ``j`` follows line ``j - 1`` with no gap: the next line on the page, or the
    first line of the next page (a block that runs over a page break, past the running
    header and footer; the lines are in reading order, so these two are the last and
    the first of their pages)."""
    a, b = lines[j - 1], lines[j]
    if b.page == a.page:
        return b.line == a.line + 1
    return b.page == a.page + 1


def _item_blocks(lines: list[Line]) -> dict[int, tuple[int, list[str], list[str]]]:
    """Numbered items followed by labelled fields, as in a skyddskommitté's follow-up of
    the previous protocol::

        2.2 Byte av hjälmar och visir för röjsågsarbete
            Ansvarig: Sanna Ek. Status: Kvarstår – leveransen är försenad …

    → {index of the title line: (index after the block, header, cells)}.  The title is
    the item; prose between the title and the fields is kept as a comment."""
    out: dict[int, tuple[int, list[str], list[str]]] = {}
    i = 0
    while i < len(lines):
        tm = _ITEM_TITLE.match(lines[i].text.strip()) if lines[i].cells is None else None
        if tm is None:
            i += 1
            continue
        j = i + 1
        while (
            j < len(lines)
            and lines[j].cells is None
            and lines[j].text.strip()
            and _next_line(lines, j)
            and not _ITEM_TITLE.match(lines[j].text.strip())
            and not _NUMBERED_HEADING.match(lines[j].text.strip())
        ):
            j += 1
        body = " ".join(ln.text.strip() for ln in lines[i + 1 : j])
        before, f = _fields(body)
        if ({"who", "status"} & f.keys()) and "what" not in f:
            header, cells = _field_cells(tm.group("title").strip(), f, before)
            out[i] = (j, header, cells)
            i = j
            continue
        i += 1
    return out


_STATUS_TAIL = re.compile(
    r"(?:ej\s+påbörjad|ej\s+klar|inte\s+klar|ej\s+startad|[\wåäöÅÄÖ]+)$", re.IGNORECASE
)
#: A short note in brackets closing a date cell ("16/3 (ny)").
_WHEN_NOTE = re.compile(r"\s*\([^()]{1,15}\)$")
_OTHER_WHEN = re.compile(r"(?:löpande|pågående|pågår|kontinuerligt|snarast|fortlöpande|–|-)$",
                         re.I)
#: The number a row of an action list opens with: "3", "3.", "3)" or a sub-number of an
#: item of another list ("14.2 Verifiera …": the action list of agenda item 14).
#: Or a code of the year and a number ("26-03", "26-05*": the star marks a new row).
_ROW_NUMBER = re.compile(r"(\d{1,3}(?:\.\d{1,3})*|\d{2}-\d{2,3}\*?)[.)]?\s+")
#: Lines no table cell wraps onto: a page footer ("Projekt X Sida 3 av 3") or a labelled
#: line of the minutes ("Nästa möte: …", "Antecknat av: …").
_NO_WRAP = re.compile(r"\bsida\s+\d+\s+(?:av|/)\s+\d+\b|^[A-ZÅÄÖ][\wåäö]*(?:\s[\wåäö]+){0,3}:\s",
                      re.IGNORECASE)
#: "Petra", "Jenny L", "Sanna Ö.": a name, perhaps with the initial of the surname; two
#: or more joined by a slash ("SW/CB", "Karin/IT").
_NAME_TAIL = re.compile(r"(?<![\w/])(?:[A-ZÅÄÖ][\wåäö-]*/)*[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ]\.?)?$")


#: "1. Utemiljön på Ekorren – pågår, ansvarig Petra, klart v. 20." – a balance-list line.
_BALANCE_LINE = re.compile(
    r"^(?:\d{1,3}[.)]|[-–•*\uf0b7])\s+(?P<what>[^–]{3,}?)\s+[–-]\s+"
    r"(?P<status>pågår|pågående|kvarstår|kvar|klar|klart|avslutad|avslutat|slutförd|slutfört|"
    r"öppen|ej\s+påbörjad|ej\s+klar|genomförd|genomfört|vilande|stängd|åtgärdad|åtgärdat|"
    r"stryks)\b"
    r"[,.;]?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_WHEN_CUE = re.compile(
    r"\b(?:klart|klar|senast|återkommer|återkoppling|till|före|innan|deadline|datum|när|"
    r"presenterar|redovisar|nästa)\b",
    re.IGNORECASE,
)
_RESPONSIBLE = re.compile(r"\b(?:ansvarig|ansvar|vem)\s*:?\s+(?P<who>[^,.;]+)", re.IGNORECASE)


#: "Felanmält igen 2/2 (Omar).": the name in brackets at the end is the one responsible.
_BRACKET_WHO = re.compile(r"\((?P<who>[A-ZÅÄÖ][a-zåäöé]+(?:\s+[A-ZÅÄÖ][a-zåäöé]+)?)\)\.?$")


#: "kvarstår, rektor återkommer i vecka 12", "HR-specialist Lina Östman presenterar
#: resultatet på nästa FSG": the one who reports back on the matter is responsible for it.
_REPORTS_BACK = re.compile(
    r"(?:^|[,;]\s*)(?:(?:[\wåäö-]+)\s+(?=(?-i:[A-ZÅÄÖ])))?"
    r"(?P<who>(?-i:[A-ZÅÄÖ])[\wåäö-]+\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+|[\wåäö-]+)\s+"
    r"(?:återkommer|återkopplar|presenterar|redovisar|tar\s+fram)\b",
    re.IGNORECASE,
)


def _balance_line_cells(m: re.Match[str]) -> list[str]:
    rest = m.group("rest").strip()
    who = _RESPONSIBLE.search(rest) or _BRACKET_WHO.search(rest) or _REPORTS_BACK.search(rest)
    # Only a date said as a deadline: "klart v. 20", "återkommer i april" – not
    # "levererade i februari".
    cue = _WHEN_CUE.search(rest)
    periods = find_periods(rest[cue.start() :], strict=False) if cue else []
    when = periods[-1].text if periods else ""
    return [m.group("what").strip(), m.group("status"), who.group("who").strip() if who else "",
            when.strip()]


def _flat_header(text: str) -> list[str] | None:
    """Column roles when ``text`` is nothing but table header words ("Nr Fråga Väckt av
    Ansvarig Klart senast Status"), else None."""
    roles: list[str] = []
    pos = 0
    text = text.strip()
    while pos < len(text):
        m = vocabulary().flat_header.match(text, pos)
        if m is None or (m.end() < len(text) and text[m.end()] not in " \t"):
            return None
        roles.append(next(k for k, v in m.groupdict().items() if v))
        pos = m.end()
        while pos < len(text) and text[pos] in " \t":
            pos += 1
    if len(roles) >= 3 and "what" in roles and ({"who", "when"} & set(roles)):
        return roles
    return None


def _flat_row(text: str, roles: list[str], al: Aliases) -> list[str] | None:
    """Split one flattened table row into cells, taking the columns after "what" from
    the right (status word, date, owner name) and the number from the left."""
    rest = text.strip()
    cells = dict.fromkeys(roles, "")
    what_at = roles.index("what")
    for role in roles[:what_at]:
        if role == "id":
            m = _ROW_NUMBER.match(rest)
            if m:
                cells["id"], rest = m.group(1), rest[m.end():]
    for role in reversed(roles[what_at + 1 :]):
        rest = rest.rstrip()
        if role == "status":
            m = _STATUS_TAIL.search(rest)
            if m and (DONE.match(m.group(0)) or OPEN.match(m.group(0))):
                cells[role], rest = m.group(0), rest[: m.start()]
        elif role in ("when", "start"):
            # "16/3 (ny)", "2/3 (flyttad)": a short note in brackets after the date is
            # part of the cell.
            note = _WHEN_NOTE.search(rest)
            dated = rest[: note.start()] if note else rest
            periods = find_periods(dated, strict=False)
            if periods and periods[-1].stop >= len(dated) - 1:
                p = periods[-1]
                cells[role], rest = rest[p.pos :].strip(), rest[: p.pos]
            else:
                m = _OTHER_WHEN.search(rest)
                if m:
                    cells[role], rest = m.group(0), rest[: m.start()]
        elif role in ("who", "raised"):
            tail = [m for m in al.party_regex.finditer(rest) if m.end() >= len(rest)]
            m2 = tail[-1] if tail else _NAME_TAIL.search(rest)
            if m2:
                cells[role], rest = m2.group(0), rest[: m2.start()]
    cells["what"] = rest.strip(" -–|")
    if not cells["what"] or not any(cells[r] for r in roles if r not in ("what", "id")):
        return None
    return [cells[r] for r in roles]


def _pipe_continuation(raw: str, width: int, lead: bool) -> list[str] | None:
    """The cells of a pipe-table line whose first cell is empty while others are not
    (a wrapped cell continued on the next line), else None.  ``lead``: the header line
    itself starts with "|" (a markdown table), so only a second "|" marks an empty
    first cell."""
    if "|" not in raw:
        return None
    cells = [c.strip() for c in raw.split("|")]
    if lead:
        cells = cells[1:]
    if len(cells) > width and not cells[-1]:
        cells = cells[:-1]
    if len(cells) < 2 or cells[0] or not any(cells) or len(cells) > width:
        return None
    return cells + [""] * (width - len(cells))


#: "Malin Sköld", "Hans Lind / Ebba Strand", "Petra": who, in a cell of its own.
_NAME_CELL = re.compile(
    r"^(?-i:[A-ZÅÄÖ])[\wåäöé-]+(?:\s+(?-i:[A-ZÅÄÖ])[\wåäöé-]+)?"
    r"(?:\s*(?:/|,|och|&)\s*(?-i:[A-ZÅÄÖ])[\wåäöé-]+(?:\s+(?-i:[A-ZÅÄÖ])[\wåäöé-]+)?)*$"
)


def _headerless_roles(parts: list[str]) -> list[str] | None:
    """Column roles read from the cells of a pipe row under no header ("17 | Riskanalys
    för … | Malin Sköld | 2025-01-31 | Ny": an action list whose header stood in an
    earlier document), or None when the cells do not say them plainly: one description,
    and at least two of an owner, a date and a status."""
    roles: list[str] = []
    for k, cell in enumerate(parts):
        c = cell.strip()
        n_words = len(c.split())
        if k == 0 and re.fullmatch(r"\d{1,3}[.)]?", c):
            roles.append("id")
        elif n_words <= 4 and (DONE.match(c) or OPEN.match(c)):
            roles.append("status")
        elif n_words <= 4 and (p := find_periods(c, strict=False)) and p[-1].stop >= len(c) - 1:
            roles.append("when")
        elif n_words <= 6 and _NAME_CELL.match(c):
            roles.append("who")
        elif n_words >= 3:
            roles.append("what")
        else:
            return None
    if roles.count("what") != 1 or len(set(roles)) != len(roles):
        return None
    if len({"who", "when", "status"} & set(roles)) < 2:
        return None
    return roles


#: The longest line taken as the wrapped end of a pipe row (a few words of its last cell).
_TAIL_WRAP_MAX = 30


def _next_row_of(lines: list[Line], idx: int, width: int) -> bool:
    """Whether the next non-empty line after ``idx`` is a row of a pipe table of
    ``width`` cells (a line between two rows belongs to the table, not after it)."""
    for ln in lines[idx + 1 :]:
        raw = ln.text.strip()
        if raw:
            parts = [p for p in _TEXT_SPLIT.split(raw.strip("|")) if p != ""]
            # (a header line opens another table: "2. Att göra" over "Vad | Vem | När"
            # is that table's heading, not the end of a row above)
            return (ln.cells is None and len(parts) >= max(3, width - 1)
                    and "what" not in columns(parts))
    return False


def with_text_tables(doc: Document) -> Document:
    """Give text tables cells, like the PDF and DOCX readers do for real tables:
    "Vad | Vem | När" rows, tab- or wide-space-separated columns, and tables whose
    columns were flattened into single-spaced text under a header line."""
    al = aliases()
    lines: list[Line] = []
    table_no = 1000
    in_table = False
    sep_cols = 0
    pipe_lead = False
    flat_roles: list[str] | None = None
    id_first = False
    balance_table: int | None = None
    field_table: int | None = None
    field_status = False
    blocks = _item_blocks(doc.lines)
    skip_to = -1
    for idx, ln in enumerate(doc.lines):
        if idx < skip_to:
            continue
        if idx in blocks:
            end, header, cells = blocks[idx]
            table_no += 1
            lines.append(dataclasses.replace(ln, text=" ".join(header), cells=header,
                                             table=table_no))
            lines.append(dataclasses.replace(ln, cells=cells, table=table_no))
            skip_to = end
            continue
        if ln.cells is not None:
            lines.append(ln)
            in_table = False
            flat_roles = None
            continue
        raw = ln.text.strip()
        if not raw:
            lines.append(ln)
            continue
        if flat_roles is not None:
            prev = lines[-1] if lines else None
            if (
                "id" in flat_roles
                and not _ROW_NUMBER.match(raw)
                and not _NO_WRAP.search(raw)
                and prev is not None and prev.table == table_no and prev.cells
                and prev.cells != [_ROLE_HEADER[r] for r in flat_roles]
                and not re.search(r"[.!?:]$", raw) and len(raw) <= 60
            ):
                # A cell that wrapped ("Ny överenskommelse om SIP med" / "Region
                # Uppsala"): the line without a number continues the row above.
                cells = list(prev.cells)
                at = flat_roles.index("what")
                cells[at] = f"{cells[at]} {raw}".strip()
                lines[-1] = dataclasses.replace(prev, cells=cells,
                                                text=f"{prev.text} {raw}")
                continue
            cells = _flat_row(raw, flat_roles, al)
            if cells is not None and not re.search(r"[.!?]$", raw):
                lines.append(dataclasses.replace(ln, cells=cells, table=table_no))
                continue
            flat_roles = None
        bl = _BALANCE_LINE.match(raw) if not in_table else None
        if bl is not None:
            if balance_table is None:
                # Consecutive lines form one table under a made-up header row.
                table_no += 1
                balance_table = table_no
                header = ["Beskrivning", "Status", "Ansvarig", "Klart senast"]
                lines.append(dataclasses.replace(ln, text=" ".join(header), cells=header,
                                                 table=table_no))
            lines.append(dataclasses.replace(ln, cells=_balance_line_cells(bl),
                                             table=balance_table))
            continue
        balance_table = None
        fl = _field_line(raw) if not in_table and ":" in raw else None
        if fl is not None:
            if field_table is None:
                table_no += 1
                field_table = table_no
                # A status column makes a balance list; a plain to-do list has none.
                field_status = "status" in fl
                header = ["Beskrivning", "Ansvarig", "Klart senast"] + (["Status"] * field_status)
                lines.append(dataclasses.replace(ln, text=" ".join(header), cells=header,
                                                 table=table_no))
            row = [fl["what"], fl.get("who", ""), fl.get("when", "")]
            lines.append(dataclasses.replace(
                ln, cells=row + ([fl.get("status", "")] * field_status), table=field_table))
            continue
        field_table = None
        am = _ACTION_LINE.match(raw) if not in_table else None
        if am is not None:
            table_no += 1
            lines.append(dataclasses.replace(ln, text="Vad Ansvarig Klart senast",
                                             cells=["Vad", "Ansvarig", "Klart senast"],
                                             table=table_no))
            cells = [am.group("what"), am.group("who"), am.group("when") or ""]
            lines.append(dataclasses.replace(ln, cells=cells, table=table_no))
            continue
        roles = _flat_header(raw) if not in_table else None
        if roles is not None:
            table_no += 1
            flat_roles = roles
            header = [r for r in roles]
            lines.append(dataclasses.replace(ln, cells=[_ROLE_HEADER[r] for r in header],
                                             table=table_no))
            continue
        parts = [p for p in _TEXT_SPLIT.split(raw.strip("|")) if p != ""]
        if not in_table and raw.count("|") >= 2:
            num = _MERGED_NUMBER.match(parts[0])
            split = [num.group(1), num.group(2), *parts[1:]] if num else parts
            guessed = _headerless_roles(split)
            if guessed is not None:
                # A row under no header: a header of the roles its cells show.
                in_table = True
                table_no += 1
                sep_cols = len(split)
                pipe_lead = raw.startswith("|")
                id_first = guessed[0] == "id"
                header = [_ROLE_HEADER[r] for r in guessed]
                lines.append(dataclasses.replace(ln, text=" | ".join(header), cells=header,
                                                 table=table_no))
                lines.append(dataclasses.replace(ln, cells=split, table=table_no))
                continue
        if not in_table and len(parts) >= 2:
            cols = columns(parts)
            if "what" in cols and ({"who", "when", "status"} & cols.keys()):
                in_table = True
                table_no += 1
                sep_cols = len(parts)
                id_first = cols.get("id") == 0
                pipe_lead = raw.startswith("|")
                lines.append(dataclasses.replace(ln, cells=parts, table=table_no))
                continue
        if in_table:
            cont = _pipe_continuation(raw, sep_cols, pipe_lead)
            prev = lines[-1] if lines else None
            if cont is not None and prev is not None and prev.table == table_no and prev.cells:
                # "   | Kulturskolan Medborgarplatsen |  |  |": a cell that wrapped onto a
                # line of its own; its text belongs to the row above.
                above = prev.cells + [""] * (sep_cols - len(prev.cells))
                merged = [f"{a} {b}".strip() for a, b in zip(above, cont, strict=False)]
                lines[-1] = dataclasses.replace(prev, cells=merged,
                                                text=f"{prev.text} {raw}")
                continue
            if (
                "|" not in raw
                and sep_cols >= 3
                and len(raw) <= _TAIL_WRAP_MAX
                and not _NO_WRAP.search(raw)
                and not _NUMBERED_HEADING.match(raw)
                and prev is not None and prev.table == table_no and prev.cells
                and len(lines) >= 2 and lines[-2].table == table_no
                and _next_row_of(doc.lines, idx, sep_cols)
            ):
                # "2 | Felanmäla … | Oskar B | 2025-09-12 | Klar – lagat" / "v. 39" /
                # "3 | …": a PDF wrapped the row's end onto a line of its own, between
                # two rows of the table; it finishes the row's last cell.
                cells = list(prev.cells) + [""] * (sep_cols - len(prev.cells))
                cells[-1] = f"{cells[-1]} {raw}".strip()
                lines[-1] = dataclasses.replace(prev, cells=cells, text=f"{prev.text} {raw}")
                continue
            # A rule under the header: "---|---" (markdown) or "----+----" (a table
            # typed as a database console prints it, the bars crossing at "+").
            if len(parts) >= 2 or re.fullmatch(r"[-|:+ ]+", raw):
                num = _MERGED_NUMBER.match(parts[0])
                if id_first and num and len(parts) == sep_cols - 1:
                    # "5. Uppdatera … | Petra | …" under "Nr | Åtgärd | Ansvarig | …":
                    # the number was written into the first cell; without it every
                    # cell would stand one column off (the owner read as the task).
                    parts = [num.group(1), num.group(2), *parts[1:]]
                cells = parts + [""] * (sep_cols - len(parts))
                lines.append(dataclasses.replace(ln, cells=cells, table=table_no))
                continue
            in_table = False
        lines.append(ln)
    return dataclasses.replace(doc, lines=lines)
