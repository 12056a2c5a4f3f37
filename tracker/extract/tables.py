"""Tables in minutes: rows of "Vad / Vem / När" action tables and balance-list tables.

PDF and Word tables arrive as lines with cells.  Text files and flattened PDFs carry the
same tables in other shapes, which :func:`with_text_tables` turns into cell rows too:
``Vad | Vem | När`` rows, tab- or wide-space-separated columns, a header line of column
words over single-spaced rows ("Nr Fråga Väckt av Ansvarig Klart senast Status"),
numbered balance-list lines ("1. Utemiljön – pågår, ansvarig Petra, klart v. 20.") and
"Åtgärd: … Ansvarig: … Klart: …" lines.  :func:`columns` maps header cells to column
roles (what, who, when, status, raised, start, comment, id).
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from tracker.domain import Document, Line
from tracker.language.aliases import Aliases, aliases
from tracker.language.dates import find_periods
from tracker.paths import resources_dir


@dataclass(frozen=True, slots=True)
class TableVocabulary:
    """The table words of ``resources/extract/tables.toml``, compiled: header cell →
    column role (first match wins), and the words that decide the kind of a table's
    rows (see the file's comments)."""

    columns: tuple[tuple[str, re.Pattern[str]], ...]
    decision_heading: re.Pattern[str]
    decision_header: re.Pattern[str]
    action_heading: re.Pattern[str]
    balance_heading: re.Pattern[str]
    action_what: re.Pattern[str]
    balance_what: re.Pattern[str]
    #: Header words of a table flattened into one line of text, one named group a role.
    flat_header: re.Pattern[str]


@lru_cache(maxsize=1)
def vocabulary() -> TableVocabulary:
    """Rules live as data: the header words come from the resource file, once."""
    with (resources_dir() / "extract" / "tables.toml").open("rb") as fh:
        data = tomllib.load(fh)
    kinds = data["kinds"]

    def rx(key: str) -> re.Pattern[str]:
        return re.compile(kinds[key], re.IGNORECASE)

    return TableVocabulary(
        columns=tuple((c["role"], re.compile(c["pattern"], re.IGNORECASE))
                      for c in data["column"]),
        decision_heading=rx("decision_heading"),
        decision_header=rx("decision_header"),
        action_heading=rx("action_heading"),
        balance_heading=rx("balance_heading"),
        action_what=rx("action_what"),
        balance_what=rx("balance_what"),
        flat_header=re.compile(
            "|".join(f"(?P<{role}>{pattern})" for role, pattern in data["flat_header"].items()),
            re.IGNORECASE,
        ),
    )


#: Status words of a finished row ("Slutfört", "Klar") and of an open one ("Pågår").
DONE = re.compile(
    r"^(?:slutför[dt]|klar|klart|avslutad|avslutat|genomför[dt]|avförd|avfört|stängd|besvarad|"
    r"åtgärdad|åtgärdat|åtgärdade|stryks|struken|"
    r"besvarat|återrapporterad|återrapporterat|utför[dt]|färdig|ok|done|ja)\b",
    re.IGNORECASE,
)
OPEN = re.compile(
    r"^(?:pågår|pågående|öppen|ej\s+påbörjad|ej\s+klar|inte\s+klar|påbörjad|kvarstår|kvar|väntar|"
    r"fortsätter|ny|planerad|försenad|ej\s+startad|bevakas|vilande)\b",
    re.IGNORECASE,
)
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


#: A header word that names the item when no other column does, else numbers it
#: ("Punkt | Fråga | …": Punkt holds "2025:04").
_ID_OR_WHAT = re.compile(r"^(?:punkt|ärende|nr)$", re.I)


def _header_roles(raw: str) -> list[str]:
    """The roles a header cell may have, in the order of the vocabulary; a cell of two
    header words ("Risk / åtgärd", "Status/kommentar") may have either's role."""
    c = " ".join(raw.split()).strip(" :*")
    parts = [c, *(p.strip() for p in re.split(r"\s*/\s*", c) if p.strip() != c)]
    return [role for role, rx in vocabulary().columns if any(rx.search(p) for p in parts if p)]


def columns(cells: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    cands = [_header_roles(raw) for raw in cells]
    for i, roles in enumerate(cands):
        for role in roles:
            if role not in out:
                out[role] = i
                break
    what = out.get("what")
    if (
        what is not None
        and _ID_OR_WHAT.match(" ".join(cells[what].split()).strip(" :*"))
        and "id" not in out
        and any("what" in r for r in cands[what + 1 :])
    ):
        out["id"] = what
        out["what"] = next(k for k in range(what + 1, len(cands)) if "what" in cands[k])
    return out


_STATUS_TAIL = re.compile(
    r"(?:ej\s+påbörjad|ej\s+klar|inte\s+klar|ej\s+startad|[\wåäöÅÄÖ]+)$", re.IGNORECASE
)
_OTHER_WHEN = re.compile(r"(?:löpande|pågående|kontinuerligt|snarast|fortlöpande|–|-)$", re.I)
#: "Petra", "Jenny L", "Sanna Ö.": a name, perhaps with the initial of the surname.
_NAME_TAIL = re.compile(r"[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ]\.?)?$")


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
            m = re.match(r"(\d{1,3})[.)]?\s+", rest)
            if m:
                cells["id"], rest = m.group(1), rest[m.end():]
    for role in reversed(roles[what_at + 1 :]):
        rest = rest.rstrip()
        if role == "status":
            m = _STATUS_TAIL.search(rest)
            if m and (DONE.match(m.group(0)) or OPEN.match(m.group(0))):
                cells[role], rest = m.group(0), rest[: m.start()]
        elif role in ("when", "start"):
            periods = find_periods(rest, strict=False)
            if periods and periods[-1].stop >= len(rest) - 1:
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
                and not re.match(r"\d{1,3}[.)]?\s", raw)
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
        if not in_table and len(parts) >= 2:
            cols = columns(parts)
            if "what" in cols and ({"who", "when", "status"} & cols.keys()):
                in_table = True
                table_no += 1
                sep_cols = len(parts)
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
            if len(parts) >= 2 or re.fullmatch(r"[-|: ]+", raw):
                cells = parts + [""] * (sep_cols - len(parts))
                lines.append(dataclasses.replace(ln, cells=cells, table=table_no))
                continue
            in_table = False
        lines.append(ln)
    return dataclasses.replace(doc, lines=lines)


def _clean_cell(raw: str) -> str:
    return " ".join(raw.split()).strip(" :*")


def table_kind(header: list[str], cols: dict[str, int], headings: list[str]) -> str:
    """"decision", "action" or "balance_row" for a table with this header row, these
    column roles and these headings (the section title and the line before the table).

    A log of decisions taken is no list of open items.  Tables that with_text_tables
    makes from other shapes carry a neutral "Beskrivning" header, so their kind comes
    from the headings and the columns.  The heading says what the list
    is ("Åtgärdslista", "Kvarstående frågor"); without such words, the header of the
    column that names the matter does ("Vad"/"Åtgärd": something to do; "Fråga":
    a matter raised); else a "Väckt av" or "Status" column makes a balance list."""
    v = vocabulary()
    what = _clean_cell(header[cols["what"]]) if "what" in cols else ""
    cells = [_clean_cell(c) for c in header]
    # A log with an owner column ("Beslutslogg/Åtgärdslista | Ansvarig | Deadline") is
    # kept as a list of things to do; "Beslutsfattare" is no owner.
    decisions = (
        any(v.decision_heading.search(h) for h in headings)
        or v.decision_header.match(what)
        or any(v.decision_header.match(c) for c in cells)
    )
    if decisions and "who" not in cols:
        return "decision"
    # The nearest heading wins: the line before the table, then the section title.
    for h in reversed(headings):
        if v.action_heading.search(h):
            return "action"
        if v.balance_heading.search(h):
            return "balance_row"
    if v.action_what.match(what):
        return "action"
    if v.balance_what.match(what):
        return "balance_row"
    return "balance_row" if ("status" in cols or "raised" in cols) else "action"


__all__ = ["DONE", "OPEN", "columns", "table_kind", "vocabulary", "with_text_tables"]
