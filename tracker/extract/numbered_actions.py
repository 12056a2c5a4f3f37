"""Numbered lines of an action list, written out as prose with their fields.

Ledningsgrupper keep their action list as numbered lines that go on from meeting to
meeting, each with who and when as fields:

    14 (Trafikverket, väg 272): Begär ett möte om gång- och cykelvägen. Ansvarig:
    Rebecka Ek. Klart: 2025-10-15.

The sentence rules of :mod:`tracker.extract.minutes` look for a subject doing
something, so an imperative ("Begär", "Ta fram") with its fields after it was read as
nothing, or as a possible item only – and the later "14: Pågår" then had no item to
update.  A numbered line (or a line opened by a number and a label) whose passage names
someone responsible in an "Ansvarig:" / "Ansvar:" / "Vem:" field is a decided action:
this module makes an item of each one that no item of the extractor covers, with the
owner and the due date of its fields, its number kept as the item's list number and the
label in brackets as its topic label.  A possible item on such a line gives way to it.
"""

from __future__ import annotations

import re

from tracker.domain import Candidate, Document, Extraction, Line
from tracker.extract.dates import due_fields, parse_period

#: "14 (Trafikverket, väg 272): …", "14 – Vinterbemanning: …", "14: …", "14. …".
_NUMBERED = re.compile(
    r"^\s*(?:punkt\s+|nr\.?\s*)?(?P<no>\d{1,3})\s*"
    # (A label holds no sentence's end: "Nr 14 – Annonsera tjänsten. Ansvarig: …" is an
    # action and its field, not the label "Annonsera tjänsten. Ansvarig".)
    r"(?:\((?P<label>[^)]{1,80})\)\s*:|[–—-]\s*(?P<label2>(?:[^:().]|\.(?!\s)){1,60}?)\s*:|[:.)])"
    r"\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
#: "Nr 4 Revidera delegationsordningen – ansvarig kanslichef – klart 2026-01-31.": a
#: number after "Nr" needs no stop or colon after it.
_NR_LINE = re.compile(
    r"^\s*nr\.?\s*(?P<no>\d{1,3})\s+(?P<label>)(?P<label2>)(?P<rest>\S.*)$", re.IGNORECASE
)
#: "… – ansvarig kanslichef – klart 2026-01-31": fields after dashes, written without
#: a colon; read as the field sentences they stand for (". Ansvarig: kanslichef.").
_DASH_FIELD = re.compile(
    r"\s+[–—-]\s+(?P<field>ansvarig|ansvar|klart\s+senast|klar\s+senast|klart|klar|senast|status)"
    r"\s*:?\s+(?=\S)",
    re.IGNORECASE,
)
#: "Ansvarig: Per Holm." – the one responsible, as a field.
_OWNER_FIELD = re.compile(
    r"(?:^|(?<=[.;]\s))(?:ansvarig|ansvar|vem)\s*:\s*(?P<who>[^.;]{2,60}?)\s*(?:[.;]|$)",
    re.IGNORECASE,
)
#: "Klart: 2025-09-30." – the deadline, as a field.
_DUE_FIELD = re.compile(
    r"(?:^|(?<=[.;]\s))(?:klart\s+senast|klar\s+senast|klart|klar|senast|deadline|när)\s*:\s*"
    r"(?P<when>(?:[^.;]|\.(?=\s*\d))+?)\s*(?:[.;]\s|[.;]?$)",
    re.IGNORECASE,
)
#: The field sentences themselves, cut from the action's wording.
_FIELDS_TAIL = re.compile(
    r"\s*(?:ansvarig|ansvar|vem|klart\s+senast|klar\s+senast|klart|klar|senast|deadline|när|"
    r"status|kommentar|läge)\s*:.*$",
    re.IGNORECASE,
)
#: A line that opens another unit (a heading, a label, a new number) ends the passage.
_BREAK = re.compile(r"^\s*(?:\d{1,3}\s*[(:.)–—-]|[Nn]r\.?\s*\d{1,3}\s|§|[A-ZÅÄÖ][^:.!?]{1,40}:\s)")
#: "   Ansvarig: Jonas Berg. Klart: 2024-10-31." / "   Status: Pågår." – the action's
#: own fields on lines of their own under it: they go on with its passage.
_FIELD_LINE = re.compile(
    r"^\s*(?:ansvarig|ansvar|vem|klart\s+senast|klar\s+senast|klart|senast|deadline|när|"
    r"status|kommentar|läge)\s*:",
    re.IGNORECASE,
)
#: "Rekrytera bygglovshandläggare – Ola/Fredrik": the action, a dash and who does it
#: (names with capitals, joined by "/", "," or "och").
_DASH_OWNER = re.compile(
    r"^(?P<action>.+?\S)\s+[–—-]\s+(?P<who>[A-ZÅÄÖ][\wåäöé.-]*(?:\s+[A-ZÅÄÖ][\wåäöé.-]*)?"
    r"(?:\s*(?:/|,|och)\s*[A-ZÅÄÖ][\wåäöé.-]*(?:\s+[A-ZÅÄÖ][\wåäöé.-]*)?)*)\s*$"
)
_STATUS_ONLY = re.compile(
    r"^(?:klar|klart|pågår|kvarstår|ny\s+punkt|ej\s+påbörjad|avslutad|stryks)\b", re.IGNORECASE
)
_TITLE_CHARS = 110


def _passage(lines: list[Line], i: int) -> tuple[int, str]:
    """The numbered line and the lines that continue it (a wrapped sentence)."""
    j = i + 1
    while j < len(lines):
        t = lines[j].text.strip()
        if not t or lines[j].cells is not None or lines[j].heading:
            break
        if _BREAK.match(t) and not _FIELD_LINE.match(t):
            break
        j += 1
    parts: list[str] = []
    for k in range(i, j):
        t = " ".join(lines[k].text.split())
        if parts and _FIELD_LINE.match(t) and not parts[-1].endswith((".", ";", ":", "!", "?")):
            # "1. Ta fram rutin för …" / "Ansvarig: Karin Lundh.": the field is a
            # sentence of its own.
            parts[-1] += "."
        parts.append(t)
    return j, " ".join(parts)


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", text) if s.strip()]


def _title(rest: str) -> str | None:
    """The action's wording: the sentence before the fields that is no status word
    ("Ny punkt.", "Pågår.")."""
    body = _FIELDS_TAIL.sub("", rest).strip()
    sents = [s for s in _sentences(body) if not _STATUS_ONLY.match(s)]
    if not sents:
        return None
    title = sents[-1].rstrip(".").strip()
    if len(title.split()) < 3:
        return None
    if len(title) > _TITLE_CHARS:
        cut = title[: _TITLE_CHARS - 1]
        title = (cut[: cut.rindex(" ")] if " " in cut else cut).rstrip(" ,;:–-") + "…"
    return title


def _owner(value: str) -> str | None:
    # "Per Holm och Sara Lind", "HR + ekonomi": the first one named leads.
    first = re.split(r"\s*(?:\+|&|,|/|\boch\b)\s*", value.strip())[0].strip()
    return first or None


def add_numbered_actions(doc: Document, ext: Extraction, sections: list[str | None]) -> None:
    """Make an item of each numbered action line with an owner field that the extractor
    did not read (``sections``: the heading each line of ``doc`` stands under)."""
    lines = doc.lines
    # An item the sentence rules made of a field line under an action ("Status: Pågår –
    # förslag diskuteras …") is the action's status, not a matter: it gives way.
    fields = {(ln.page, ln.line) for ln in lines if ln.cells is None and _FIELD_LINE.match(ln.text)}
    covered = {(c.page, c.line) for c in ext.items} - fields
    meeting = ext.meeting
    added: list[Candidate] = []
    spans: list[int] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        m = (_NUMBERED.match(ln.text) or _NR_LINE.match(ln.text)) if ln.cells is None else None
        if m is None:
            i += 1
            continue
        end, whole = _passage(lines, i)
        if any((lines[k].page, lines[k].line) in covered for k in range(i, end)):
            i = end
            continue
        rest = _DASH_FIELD.sub(lambda f: f". {f.group('field').capitalize()}: ",
                               whole[m.start("rest") :])
        owner_m = _OWNER_FIELD.search(rest)
        who = owner_m.group("who") if owner_m else None
        if who is None and end > i + 1:
            # "6. Rekrytera vikarierande miljöinspektör – Ola/Karin" over its own field
            # lines ("Klart senast: 15 maj. Status: Ej påbörjad."): the owner after a dash.
            first = " ".join(ln.text.split())[m.start("rest") - m.start(0) :]
            dash = _DASH_OWNER.match(first)
            if dash and any(_FIELD_LINE.match(lines[k].text) for k in range(i + 1, end)):
                who = dash.group("who")
                tail = whole[len(" ".join(ln.text.split())) :].lstrip(" .")
                rest = f"{dash.group('action')}. {tail}"
        title = _title(rest) if who else None
        if who is None or title is None:
            i = end
            continue
        due_m = _DUE_FIELD.search(rest)
        period = (parse_period(due_m.group("when"), meeting.date, meeting.next_meeting)
                  if due_m else None)  # fmt: skip
        label = (m.group("label") or m.group("label2") or "").strip() or None
        added.append(
            Candidate(
                title=title,
                text=whole,
                kind="action",
                status="open",
                owner=_owner(who),
                **due_fields(period),
                section=sections[i],
                page=ln.page,
                line=ln.line,
                evidence=whole,
                confidence=0.8,
                reasons=["numrerad rad i åtgärdslistan med ansvarig"],
                ref_no=m.group("no"),
                label=label,
            )
        )
        spans.extend(range(i, end))
        i = end
    if not added:
        return
    at = {(c.page, c.line) for c in added}
    ext.possible = [c for c in ext.possible if (c.page, c.line) not in at]
    held = {(lines[k].page, lines[k].line) for k in spans}
    ext.items = [c for c in ext.items if (c.page, c.line) not in held & fields]
    ext.items = sorted([*ext.items, *added], key=lambda c: (c.page or 0, c.line or 0))
