"""A register of incoming proposals with a decision column, flattened to lines: the list of
motions or medborgarförslag a kommun keeps on its web page, its table header printed one
column a line ("Diarienummer  Registrerat  Förslag" / "Förslagslämnare" / "Nämnd" /
"Beslut"), then per row the case number and the date it came in, the proposal, who made
it, the body preparing it and the decision, if any.

A row without a decision is a proposal still waiting for its answer: open work of the
body preparing it (the first body named in the row; none when the row names none).  A row
whose cells hold a decision word ("Bifall", "Avslag", "Besvarad") is done.  The words are
data: ``[register]`` in ``resources/extract/followup.toml``.
"""

from __future__ import annotations

import re

from tracker.domain import Candidate, Line
from tracker.extract.followup_lines import _clean, body_heading
from tracker.extract.followup_words import vocabulary

#: The reason a register's row carries first (the report names its body by it).
REGISTER_REASON_OPEN = "förteckning över inkomna förslag: rad utan beslut"
REGISTER_REASON_DONE = "förteckning över inkomna förslag: rad med beslut"
#: How many lines after the first header word the other column names are looked for.
_HEADER_LINES = 6
#: A row's first cell: the case number and the registration date, or the date alone.
_ROW_START = re.compile(r"^(?:(?:[A-ZÅÄÖ]{1,5}\s*)?\d{4}/\d{1,6}\s+)?(\d{4}-\d{2}-\d{2})$")
#: A line that ends the register: a labelled field of the page ("Innehåll: …",
#: "Publiceringsansvarig: …") or a long paragraph.
_LABELLED_FIELD = re.compile(r"\b[A-ZÅÄÖ][\wåäö]+:\s")
_LONG = 300


def _header_end(texts: list[str]) -> int | None:
    """The index of the register's last header line, when its columns name the case,
    the proposal and the decision."""
    voc = vocabulary()
    for k, t in enumerate(texts):
        if not voc.register_case.search(t):
            continue
        window = texts[k : k + _HEADER_LINES]
        if any(voc.register_proposal_column.search(t) for t in window) and any(
            voc.register_decision_column.search(t) for t in window
        ):
            last = k
            for j in range(k, min(k + _HEADER_LINES, len(texts))):
                if _ROW_START.match(texts[j]):
                    break
                last = j
            return last
    return None


def register_rows(lines: list[Line]) -> tuple[list[Candidate], set[int]]:
    """The proposals a flattened register lists (see the module docstring), and the ids
    of the lines the register takes (its header and rows), which no other reading reads."""
    texts = [_clean(ln.text) for ln in lines]
    end = _header_end(texts)
    if end is None:
        return [], set()
    voc = vocabulary()
    rows: list[tuple[int, list[int]]] = []
    for k in range(end + 1, len(texts)):
        t = texts[k]
        if _ROW_START.match(t):
            rows.append((k, []))
            continue
        if not rows:
            continue
        if len(t) > _LONG or _LABELLED_FIELD.search(t):
            break
        if t:
            rows[-1][1].append(k)
    out: list[Candidate] = []
    used: set[int] = set()
    for start, cells in rows:
        if not cells:
            continue
        title = texts[cells[0]]
        if not voc.register_proposal.match(title):
            continue
        owner = None
        decided = None
        for j in cells[1:]:
            t = texts[j]
            if decided is None and voc.register_decided.match(t):
                decided = t
            elif owner is None and (name := body_heading(t)):
                owner = name
        status = "done" if decided else "open"
        used.update(id(lines[j]) for j in (start, *cells))
        out.append(
            Candidate(
                title=title,
                text=" ".join(texts[j] for j in cells),
                kind="activity",
                status=status,
                owner=owner,
                page=lines[start].page,
                line=lines[start].line,
                evidence=f"Beslut: {decided}" if decided else "Beslut: (inget ännu)",
                confidence=0.7,
                reasons=[REGISTER_REASON_DONE if decided else REGISTER_REASON_OPEN]
                + ([f"ansvarig: {owner} (bereder förslaget)"] if owner else []),
            )
        )
    if out:
        first = rows[0][0]
        used.update(id(lines[k]) for k in range(end, first))
    return out, used


__all__ = ["REGISTER_REASON_DONE", "REGISTER_REASON_OPEN", "register_rows"]
