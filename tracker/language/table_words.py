"""The words of table headers and row statuses: the vocabulary of
``resources/extract/tables.toml`` compiled (header cell → column role, the header words of
a table flattened into one text line, the words that decide the kind of a table's rows),
:func:`columns` mapping a header row's cells to roles (what, who, when, status, raised,
start, comment, id), and the status words of a finished or an open row.  Used where text
tables are recognised (:mod:`tracker.ingest.text_tables`) and where rows become items
(:mod:`tracker.extract`).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

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

