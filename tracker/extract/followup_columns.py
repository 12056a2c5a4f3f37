"""A follow-up table printed one cell a line: a web page's table flattened to text.

Its header is one line of column names only ("Uppdrag Status Kategori Slutår Ansvar"),
then each row's cells stand each on a line of their own, in no fixed order or number (a
page may print a row's status twice, a category and a running number, and leave a cell
empty).  A row is found by its name: a cell that is no status value, no column word, no
number or year and no body; its status is the status cell nearest before it (else the
first after it), its end year and its owner the first year and the first body after it.

The column words are data (``[table] row_*`` in ``resources/extract/followup.toml``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from tracker.domain import Line
from tracker.extract.followup_entries import Entry
from tracker.extract.followup_lines import _ID_LINE, _clean, status_sentence
from tracker.extract.followup_sentences import due_in
from tracker.extract.followup_words import followup_data
from tracker.extract.report_rules import find_bodies
from tracker.language.date_period import Period

#: A cell longer than this is running text: the table has ended.
_CELL_MAX = 200
_YEAR = re.compile(r"(?:19|20)\d{2}")
_NUMBER = re.compile(r"\d{1,4}[.)]?")
_DASH = re.compile(r"\s[-–—]\s|:")
#: A page's field after the table ("Senast ändrad: 2018-12-11", "Kontakt:"): the table
#: has ended.
_FIELD = re.compile(r"^[A-ZÅÄÖ][\wåäö]*(?:\s+[\wåäö]+){0,3}:(?:\s|$)")
#: A row's last cells printed on one line: status, end year and perhaps owner
#: ("Åtgärden är påbörjad 2020 Tekniska nämnden").
_JOINED = re.compile(r"(?P<status>.+?)\s+(?P<year>(?:19|20)\d{2})(?:\s+(?P<owner>.+))?")


@dataclass(frozen=True, slots=True)
class _Columns:
    status: frozenset[str]
    end: frozenset[str]
    owner: frozenset[str]
    other: frozenset[str]
    entry: frozenset[str]

    def words(self) -> frozenset[str]:
        return self.status | self.end | self.owner | self.other | self.entry


@lru_cache(maxsize=1)
def _columns() -> _Columns:
    data = followup_data()
    tb = data["table"]

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in tb[key])

    return _Columns(
        words("row_status"),
        words("row_end"),
        words("row_owner"),
        words("row_other"),
        words("entry"),
    )


@lru_cache(maxsize=1)
def _known_words() -> tuple[str, ...]:
    return tuple(sorted(_columns().words(), key=len, reverse=True))


def _header_words(text: str) -> list[str] | None:
    """The column names of a header line, longest names first, or None when the line
    holds anything else."""
    known = _known_words()
    rest = text.lower().strip()
    found: list[str] = []
    while rest:
        for w in known:
            if rest.startswith(w) and (len(rest) == len(w) or not rest[len(w)].isalnum()):
                found.append(w)
                rest = rest[len(w) :].lstrip(" |;,")
                break
        else:
            return None
    return found


def column_header(text: str) -> bool:
    """A header of a table printed one cell a line: only column names, among them an
    entry word, a status column and an end or owner column."""
    t = _clean(text)
    if not t or len(t) > 90 or len(t.split()) > 10:
        return False
    words = _header_words(t)
    if not words:
        return False
    cols = _columns()
    return (
        any(w in cols.entry for w in words)
        and any(w in cols.status for w in words)
        and any(w in cols.end or w in cols.owner for w in words)
    )


def _owner_cell(cell: str) -> str | None:
    """The first body a cell of bodies names ("Tekniska nämnden", "Barn- och
    utbildningsnämnden, Kommunstyrelsen"), None for any other cell."""
    names = []
    for part in re.split(r"\s*[,;/&]\s*", cell):
        found = find_bodies(part)
        # Only names: no sentence that mentions a body.
        if not found or found[0][0] != 0 or len(part.split()) > 6:
            return None
        names.append(found[0][1])
    return names[0] if names else None


def _kind(cell: str, words: frozenset[str]) -> str:
    """What a cell is: "S" status, "Y" year, "N" number, "C" column word, "O" owner,
    "T" the name of a row."""
    if status_sentence(cell) is not None and len(cell.split()) <= 4 and not _DASH.search(cell):
        # A status value, perhaps qualified ("Pågående enligt plan"); a row's name may
        # start with a status word ("Avslutade verksamheter – saneringar").
        return "S"
    if _YEAR.fullmatch(cell):
        return "Y"
    if _ID_LINE.fullmatch(cell):
        return "N"  # a code ("Mål PHU.6.3"), no row's name
    if _NUMBER.fullmatch(cell):
        return "N"
    if cell.lower() in words:
        return "C"
    if _owner_cell(cell) is not None:
        return "O"
    return "T" if re.search(r"[A-Za-zÅÄÖåäö]{3}", cell) else "N"


def _trailing_status(text: str) -> tuple[str, str] | None:
    """(the rest, the status value) of a line that ends with a status value of a few
    words ("… 2024 Ej påbörjad")."""
    words = text.split()
    for n in (3, 2, 1):
        if len(words) <= n:
            continue
        value = " ".join(words[-n:])
        if status_sentence(value) is not None and not _YEAR.fullmatch(words[-n]):
            return " ".join(words[:-n]), value
    return None


def _row_line(text: str) -> list[str] | None:
    """The cells of a whole row printed on one line, its cells parted by spaces only, the
    status last ("1 Förbättra belysningen Tekniska förvaltningen 2024 Klar"): a running
    number, the name, an owner (a body's name), an end year and the status, in that
    order; a row must hold the status and a year or an owner beside its name."""
    tail = _trailing_status(text)
    if tail is None:
        return None
    rest, status = tail
    year = None
    m = re.fullmatch(r"(?P<rest>.+?)\s+(?P<year>(?:19|20)\d{2})", rest)
    if m is not None:
        rest, year = m.group("rest"), m.group("year")
    owner = None
    found = [b for b in find_bodies(rest) if b[0] > 0 and b[0] + len(b[1]) == len(rest)]
    if found:
        owner = found[-1][1]
        rest = rest[: found[-1][0]].strip()
    if year is None and owner is None:
        return None
    number = re.match(r"^(\d{1,3})[.)]?\s+", rest)
    cells = [number.group(1)] if number else []
    rest = rest[number.end() :] if number else rest
    if len(re.findall(r"[A-Za-zÅÄÖåäö]{3,}", rest)) < 2:
        return None  # no name of its own
    return cells + [rest] + ([owner] if owner else []) + ([year] if year else []) + [status]


def _cells_of(text: str) -> list[str]:
    """The cells a line holds: itself, a status, an end year and an owner printed
    together on it, or a whole row printed on one line (:func:`_row_line`)."""
    m = _JOINED.fullmatch(text)
    if m is None or status_sentence(m.group("status")) is None:
        return _row_line(text) or [text]
    owner = m.group("owner")
    if owner is not None and _owner_cell(owner) is None:
        return [text]
    return [m.group("status"), m.group("year")] + ([owner] if owner else [])


#: Column words that head a comment column.
_COMMENT_WORDS = frozenset({"kommentar", "kommentarer", "analys", "beskrivning"})
#: A cell that is a sentence: several words and a full stop.
_SENTENCE = re.compile(r"^\S+(?:\s+\S+){2,}[.!?]$")


def _written_row(text: str) -> bool:
    """A header written as a row of cells, "Uppdrag | Ansvarig | Status": its rows are
    written so too, one row a line."""
    return text.count("|") >= 2 or text.count("\t") >= 2


def _year_period(year: str, ref: dt.date | None) -> Period | None:
    found = due_in(f"under {year}", ref)
    return dataclasses.replace(found, text=f"slutår {year}") if found is not None else None


@dataclass(slots=True)
class ColumnRows:
    entries: list[Entry]
    #: The lines the table holds (by id), for the other readings to leave alone.
    used: set[int]


#: The most column names a header printed one name a line has.
_STACKED_MAX = 8


def _stacked_header(lines: list[Line], k: int) -> tuple[list[str], int] | None:
    """A header printed one column name a line ("Uppdrag" / "Ansvarig" / "Status"), as a
    flattened web table prints its rows: its names and the index of its last line."""
    names: list[str] = []
    j = k
    while j < len(lines) and len(names) < _STACKED_MAX:
        t = _clean(lines[j].text)
        found = _header_words(t) if t else None
        if not t or lines[j].cells or found is None or len(found) != 1:
            break
        names.append(found[0])
        j += 1
    if len(names) < 2 or not column_header(" ".join(names)):
        return None
    return names, j - 1


def _rows_by_place(
    header: list[str], cells: list[tuple[Line, str, str]], ref: dt.date | None
) -> list[Entry]:
    """The rows of a table whose every row prints one cell for each column, in the
    header's order (as many cells as the header has names, each row's status cell a
    status value and its entry cell a name): the cells are read by their place, so that a
    unit the body names do not know ("Samhällsbyggnad") stays the row's owner, not a row
    of its own.  Empty when the cells do not fit so."""
    cols = _columns()
    width = len(header)
    entry_at = next((j for j, w in enumerate(header) if w in cols.entry), None)
    status_at = next((j for j, w in enumerate(header) if w in cols.status), None)
    if width < 2 or entry_at is None or status_at is None or not cells or len(cells) % width:
        return []
    rows = [cells[r : r + width] for r in range(0, len(cells), width)]
    if len(rows) < 2 or any(row[status_at][2] != "S" or row[entry_at][2] != "T" for row in rows):
        return []
    owner_at = next((j for j, w in enumerate(header) if w in cols.owner), None)
    end_at = next((j for j, w in enumerate(header) if w in cols.end), None)
    out = []
    for row in rows:
        ln, name, _ = row[entry_at]
        st = status_sentence(row[status_at][1])
        owner = row[owner_at][1] if owner_at is not None else None
        year = row[end_at][1] if end_at is not None and row[end_at][2] == "Y" else None
        out.append(
            Entry(
                text=name,
                line=ln,
                status=st[0] if st else None,
                status_text=st[1] if st else None,
                owner=(_owner_cell(owner) or owner) if owner else None,
                comments=[],
                structure="tabell med en cell per rad",
                end=_year_period(year, ref) if year else None,
            )
        )
    return out


def column_rows(lines: list[Line], ref: dt.date | None) -> ColumnRows:
    """The rows of every table printed one cell a line in ``lines``."""
    out = ColumnRows([], set())
    words = _columns().words()
    k = 0
    while k < len(lines):
        # (a table the document kept as rows of cells, or wrote as rows "a | b | c", is
        # read as such elsewhere)
        stacked = None if lines[k].cells else _stacked_header(lines, k)
        if stacked is None and (
            lines[k].cells or _written_row(lines[k].text) or not column_header(lines[k].text)
        ):
            k += 1
            continue
        start = k
        if stacked is not None:
            # (the header's names one a line, as the rows' cells: k at its last)
            header, k = stacked
        else:
            header = _header_words(_clean(lines[k].text)) or []
        cols = _columns()
        # The header's order: a status column after the entry's gives each row the
        # status printed after its name; a comment column makes a row's sentences its
        # comment, not rows of their own.
        entry_at = next((j for j, w in enumerate(header) if w in cols.entry), None)
        status_at = next((j for j, w in enumerate(header) if w in cols.status), None)
        status_after = entry_at is not None and status_at is not None and status_at > entry_at
        commented = any(w in _COMMENT_WORDS for w in header)
        cells: list[tuple[Line, str, str]] = []
        k += 1
        while k < len(lines):
            t = _clean(lines[k].text)
            if lines[k].cells or (t and (len(t) > _CELL_MAX or column_header(t))):
                break
            if t and cells and _FIELD.match(t):
                break
            if t:
                cells += [(lines[k], c, _kind(c, words)) for c in _cells_of(t)]
            k += 1
        if commented:
            # A sentence after a row's name is the row's comment ("Uppdraget redovisades
            # till kommunstyrelsen i mars."), not the next row.
            cells = [
                (c[0], c[1], "K")
                if c[2] == "T" and _SENTENCE.search(c[1]) and any(p[2] == "T" for p in cells[:n])
                else c
                for n, c in enumerate(cells)
            ]
        by_place = _rows_by_place(header, cells, ref)
        if by_place:
            out.used.update(id(ln) for ln in lines[start:k])
            out.entries += by_place
            continue
        names = [n for n, c in enumerate(cells) if c[2] == "T"]
        if len(names) < 2:
            continue
        out.used.update(id(ln) for ln in lines[start:k])
        for pos, n in enumerate(names):
            prev = names[pos - 1] if pos else -1
            nxt = names[pos + 1] if pos + 1 < len(names) else len(cells)
            before = [c for c in cells[prev + 1 : n] if c[2] == "S"]
            after = [c for c in cells[n + 1 : nxt] if c[2] in "SYO"]
            first_after = next((c for c in after if c[2] == "S"), None)
            status = first_after if status_after or not before else before[-1]
            comments = [c[1] for c in cells[n + 1 : nxt] if c[2] == "K"]
            year = next((c for c in after if c[2] == "Y"), None)
            owner = next((c for c in after if c[2] == "O"), None)
            ln, name, _ = cells[n]
            st = status_sentence(status[1]) if status else None
            out.entries.append(
                Entry(
                    text=name,
                    line=ln,
                    status=st[0] if st else None,
                    status_text=st[1] if st else None,
                    owner=_owner_cell(owner[1]) if owner else None,
                    comments=comments,
                    structure="tabell med en cell per rad",
                    end=_year_period(year[1], ref) if year else None,
                )
            )
    return out
