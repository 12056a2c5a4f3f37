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
from tracker.extract.dates import due_fields, parse_period, pick_due
from tracker.extract.mentions import ACTION_CODE, REGISTER_CODE, code_series, code_series_of
from tracker.extract.possible import FEATURES_PREFIX
from tracker.language.dates import find_periods

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
#: "A26-14  Samtliga förvaltningschefer lämnar underlag … Ansvarig: … Klart: …": an action
#: opened by its code (see :data:`tracker.extract.mentions.ACTION_CODE`).
_CODED_LINE = re.compile(
    rf"^\s*(?P<no>{ACTION_CODE})(?:[.)]\s+|\s+(?=[A-ZÅÄÖ]))(?P<label>)(?P<label2>)(?P<rest>\S.*)$"
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
#: "NYA ÅTGÄRDER", "Nya åtgärder", "Beslutade åtgärder": the actions decided at this
#: meeting (not the follow-up of the list: "Genomgång av åtgärdslistan").
_ACTIONS_HEADING = re.compile(
    r"^\s*(?:\d{1,2}[.)]?\s*)?(?:nya|beslutade)\s+åtgärder\s*:?\s*$", re.IGNORECASE
)
#: "HS kontaktar …", "HS och FÖ tar fram …", "Anna Berg sammanställer …": who opens the
#: action (initials or names with capitals) and its verb in the present tense.
_SUBJECT_OWNER = re.compile(
    r"^(?P<who>[A-ZÅÄÖ][\wåäöé.-]*(?:\s+[A-ZÅÄÖ][\wåäöé-]*)?"
    r"(?:\s*(?:,|och|&)\s*[A-ZÅÄÖ][\wåäöé.-]*(?:\s+[A-ZÅÄÖ][\wåäöé-]*)?)*)"
    r"\s+(?:[a-zåäö]{2,}(?:ar|er|ir|år|r))\b"
)
_STATUS_ONLY = re.compile(
    r"^(?:klar|klart|pågår|kvarstår|ny\s+punkt|ej\s+påbörjad|avslutad|stryks)\b", re.IGNORECASE
)
_TITLE_CHARS = 110


def _passage(lines: list[Line], i: int, series: frozenset[str] = frozenset()) -> tuple[int, str]:
    """The numbered line and the lines that continue it (a wrapped sentence); a line
    opened by a code of one of the action list's ``series`` opens the next action."""
    j = i + 1
    while j < len(lines):
        t = lines[j].text.strip()
        if not t or lines[j].cells is not None or lines[j].heading:
            break
        if _BREAK.match(t) and not _FIELD_LINE.match(t):
            break
        if (c := _CODED_LINE.match(t)) and code_series(c.group("no")) in series:
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


#: A row of an assignment register ("Nr Uppdrag Beslutat Ansvarig Klart senast
#: Status") read from a PDF as text: the code opens it, its cells run over a line or two.
_CODE_ROW = re.compile(rf"^\s*(?P<no>{REGISTER_CODE})\s+(?P<rest>\S.*)$")
_ISO = r"(?:19|20)\d\d-\d\d-\d\d"
#: The row's cells: the assignment, when and in which § it was decided, who, by when,
#: and its status ("… fastigheten Kvarnen 4 2025-03-25 § 24 VD 2025-10-31 Pågår, …").
_REGISTER_CELLS = re.compile(
    rf"^(?P<title>.+?)\s+{_ISO}\s+§\s*\d{{1,4}}(?:/\d{{4}})?\s+(?P<who>[^\d|]{{1,40}}?)\s+"
    rf"(?P<due>{_ISO})\s*(?P<status>.*)$"
)


def numbered_code(text: str) -> str:
    """The register code that opens ``text`` ("U 2025:03 …" → "U 2025:03"), or ""."""
    m = _CODE_ROW.match(text)
    return m.group("no") if m else ""


def register_row(lines: list[Line], i: int) -> tuple[int, str, re.Match[str]] | None:
    """The register row opened by line ``i`` ("U 2025:03 Utreda … / Kvarnen 4
    2025-03-25 § 24 VD 2025-10-31 Pågår"): where it ends, its text and its cells; or
    None when line ``i`` opens none or its cells are not all there (a row broken by a
    page's foot is left alone)."""
    m = _CODE_ROW.match(lines[i].text) if lines[i].cells is None else None
    if m is None:
        return None
    j = i + 1
    while j < len(lines) and j - i < 6 and lines[j].page == lines[j - 1].page and (
            lines[j].line == lines[j - 1].line + 1) and lines[j].text.strip() and (
            not _CODE_ROW.match(lines[j].text)):
        j += 1
    whole = " ".join(" ".join(lines[k].text.split()) for k in range(i, j))
    cells = _REGISTER_CELLS.match(whole[m.start("rest") - m.start(0) :])
    return (j, whole, cells) if cells else None


def _register_items(lines: list[Line], ext: Extraction, sections: list[str | None],
                    covered: set[tuple[int, int | None]]) -> list[Candidate]:
    """An item of each open row of an assignment register (two rows at least), with
    its code as the list number: "U 2025:03 Utreda förutsättningar för försäljning …
    VD 2025-10-31 Pågår".  A row whose status closes it or says where it is reported
    in this meeting ("Redovisas § 66") is a mention, not an item."""
    from tracker.extract.mentions import effect_of

    rows = [(i, r) for i in range(len(lines)) if (r := register_row(lines, i)) is not None]
    if len(rows) < 2:
        return []
    meeting = ext.meeting
    out: list[Candidate] = []
    for i, (end, whole, cells) in rows:
        if any((lines[k].page, lines[k].line) in covered for k in range(i, end)):
            continue
        status = cells.group("status")
        if re.search(r"§\s*\d", status) or "close" in (effect_of(status),
                                                        effect_of(status, by_verb=True)):
            continue
        code = " ".join(_CODE_ROW.match(lines[i].text).group("no").split())
        period = parse_period(cells.group("due"), meeting.date, meeting.next_meeting)
        out.append(Candidate(
            title=cells.group("title").strip()[:_TITLE_CHARS], text=whole, kind="action",
            status="open", owner=_owner(cells.group("who")), **due_fields(period),
            section=sections[i], page=lines[i].page, line=lines[i].line, evidence=whole,
            confidence=0.8, reasons=["rad i uppdragslistan med ansvarig"], ref_no=code,
        ))  # fmt: skip
    return out


def _scored(c: Candidate) -> bool:
    """An item of the clause reading, checked by the learned scorer (its features
    recorded), not one of a rule."""
    return any(r.startswith(FEATURES_PREFIX) for r in c.reasons)


def _within(c: Candidate, passages: list[str]) -> bool:
    own = " ".join((c.text or "").split()).casefold()
    return bool(own) and len(own) >= 20 and any(own in p for p in passages)


def add_numbered_actions(doc: Document, ext: Extraction, sections: list[str | None]) -> None:
    """Make an item of each numbered action line with an owner field that the extractor
    did not read (``sections``: the heading each line of ``doc`` stands under)."""
    lines = doc.lines
    # An item the sentence rules made of a field line under an action ("Status: Pågår –
    # förslag diskuteras …") is the action's status, not a matter: it gives way.
    fields = {(ln.page, ln.line) for ln in lines if ln.cells is None and _FIELD_LINE.match(ln.text)}
    # (an item of the clause reading the scorer checked gives way as a possible one does:
    # it read the action's verb but not its owner and due fields)
    covered = {(c.page, c.line) for c in ext.items if not _scored(c)} - fields
    meeting = ext.meeting
    added: list[Candidate] = []
    spans: list[int] = []
    read_by_subject: list[str] = []
    series = code_series_of([ln.text for ln in lines if ln.cells is None])
    i = 0
    while i < len(lines):
        ln = lines[i]
        m = (_NUMBERED.match(ln.text) or _NR_LINE.match(ln.text)) if ln.cells is None else None
        if m is None and ln.cells is None and (c := _CODED_LINE.match(ln.text)) and (
                code_series(c.group("no")) in series):
            m = c
        if m is None:
            i += 1
            continue
        end, whole = _passage(lines, i, frozenset(series))
        if any((lines[k].page, lines[k].line) in covered for k in range(i, end)):
            i = end
            continue
        if m.re is _CODED_LINE and any(_within(c, [" ".join(whole.split()).casefold()])
                                       for c in ext.items if not _scored(c)):
            # (The sentence rules read this line already, and placed their item on the
            # line before, where its sentence began for the splitter.)
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
        subject = None
        if who is None and _ACTIONS_HEADING.match(sections[i] or ""):
            # "NYA ÅTGÄRDER / 17. HS kontaktar Lantmäteriet om handläggningstiderna och
            # rapporterar till FLG.": under a heading of the meeting's new actions every
            # numbered line is a decided action, and the one who opens it does it.
            subject = _SUBJECT_OWNER.match(_FIELDS_TAIL.sub("", rest).strip())
            who = subject.group("who") if subject else None
        title = _title(rest) if who else None
        if who is None or title is None:
            i = end
            continue
        due_m = _DUE_FIELD.search(rest)
        period = (parse_period(due_m.group("when"), meeting.date, meeting.next_meeting)
                  if due_m else None)  # fmt: skip
        if period is None and subject is not None:
            # "… senast 13 februari", "… till mötet 9 februari": the date in its sentence.
            period = pick_due(find_periods(rest, meeting.date, meeting.next_meeting))
            read_by_subject.append(whole)
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
    added += _register_items(lines, ext, sections, covered)
    if not added:
        return
    at = {(c.page, c.line) for c in added}
    # (The clause reading may place its item of such a line on the heading over the list,
    # "NYA ÅTGÄRDER 14. GW tar fram …": the line's own words tell it.)
    said = [" ".join(w.split()).casefold() for w in read_by_subject]
    ext.possible = [c for c in ext.possible
                    if (c.page, c.line) not in at and not _within(c, said)]  # fmt: skip
    ext.items = [c for c in ext.items if not (_scored(c) and (c.page, c.line) in at)
                 and not (c.status == "open" and _within(c, said))]  # fmt: skip
    held = {(lines[k].page, lines[k].line) for k in spans}
    ext.items = [c for c in ext.items if (c.page, c.line) not in held & fields]
    ext.items = sorted([*ext.items, *added], key=lambda c: (c.page or 0, c.line or 0))
