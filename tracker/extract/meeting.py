"""Meeting facts from minutes: forum, organisation, date, time, place, who was present or
absent, the signatories (justerare), the chair and the next meeting date.

Minutes write these as labelled blocks ("Närvarande:", "Förhinder", "Tidpunkt:",
"Plats:", "Justerare:") whose values follow on the same or the next lines, as a title
("Protokoll från förvaltningsgruppen den 12 mars 2024") and as sentences ("Lars Wennberg
öppnade mötet", "Nästa sammanträde äger rum den 14 maj").  Minutes copied from the web
add a breadcrumb ("Hem > Tyresö kommun > Barn- och utbildningsnämnden > Sammanträde
2023-10-25") and the page's own dates ("Publicerad", "Senast uppdaterad"), which are not
the meeting's; the posting block ("ANSLAG/BEVIS") names the body and the date in fields
("Organ", "Nämnd Sammanträdesdatum" over the values).  The meeting date never comes
from the clock: written without a year it takes the year the document gives.

This module reads the labelled blocks and puts the facts together; beside it, who took
part in :mod:`tracker.extract.meeting_people`, which body met in
:mod:`tracker.extract.meeting_body` and :mod:`tracker.extract.body_in_text` and the
meeting's date in :mod:`tracker.extract.meeting_date`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator

from tracker.domain import Document, Line, Meeting
from tracker.extract.body_in_text import _body_from
from tracker.extract.meeting_body import (
    _breadcrumb_body,
    _breadcrumb_company_body,
    _chair_on_behalf_body,
    _field_body,
    _fuller_name,
    _header_body,
    _meeting_compound_body,
    _meeting_word_line,
    _members_body,
    _most_named_body,
    _present_for_body,
    _proposition_body,
    _running_header_body,
    committee_of,
    continues_genitive,
)
from tracker.extract.meeting_date import (
    _join,
    _meeting_date,
    signing_label_alone,
    wrapped_signing,
)
from tracker.extract.meeting_people import _people, _person_line, _signatures, _split_names
from tracker.extract.meeting_words import alternation, meeting_words
from tracker.extract.sections import Structure, structure
from tracker.ingest.text_tables import with_text_tables
from tracker.language.aliases import Aliases, aliases
from tracker.language.date_period import MEETING_NOUNS
from tracker.language.dates import find_periods

_LABEL = re.compile(
    r"^(?P<label>närvarande\s+ledamöter|närvarande\s+ersättare|närvarande|beslutande|"
    r"ledamöter|tjänstgörande\s+ersättare|ej\s+tjänstgörande\s+ersättare|ersättare|"
    r"övriga\s+närvarande|övriga\s+deltagande|övriga\s+deltagare|övriga|deltagare|"
    r"närvarande\s+från\s+\w+|frånvarande|förhinder|anmält\s+förhinder|förhindrade|"
    r"ej\s+närvarande|tid\s+och\s+plats|plats\s+och\s+tid|tidpunkt|tid|datum|"
    r"sammanträdesdatum|mötesdatum|plats|lokal|justerare|justerande|ordförande|"
    r"mötesordförande|mötesledare|sekreterare|protokollförare|antecknare|sekreterare|"
    # terse notes: "Närv: …", "Ej närv: …", "Ant: Sara"
    r"ej\s+närv\.?|närv\.?|ant\.?|"
    # a project's minutes: "Styrgrupp:" and "Adjungerade:" list those present
    r"styrgrupp|styrgruppen|adjungerade|adjungerad)"
    r"\s*(?::\s*(?P<rest>.*)|$)",
    re.IGNORECASE,
)
_LABEL_ABBREV = {"närv": "närvarande", "ej närv": "ej närvarande", "ant": "antecknare"}
_PRESENT = ("närvarande", "beslutande", "ledamöter", "tjänstgörande", "ersättare", "övriga",
            "deltagare", "ej tjänstgörande", "styrgrupp", "adjungerad")  # fmt: skip
_ABSENT = ("frånvarande", "förhinder", "anmält förhinder", "förhindrade", "ej närvarande")
_ORG = re.compile(
    r"\b([A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+)?\s+(?:kommun|stad|stadsdelsförvaltning|"
    r"stadsdelsnämnd|stadsdelsförvaltningen|förvaltning|region)|Region\s+[A-ZÅÄÖ][\wåäö-]+)\b"
)
_TIME = re.compile(r"\b(?:kl\.?|klockan)\s*(\d{1,2})(?:[.:](\d{2}))?|\b(\d{1,2})[.:](\d{2})\s*[-–]")
_OPENED = re.compile(
    r"(?m)(?:^|\.\s+)(?P<name>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){0,2})\s+"
    r"(?:öppnade|öppnar|förklarade|förklarar|hälsade|hälsar)\s+(?:\w+\s+)?"
    r"(?:mötet|sammanträdet|alla|samtliga)"
)
_NEXT = re.compile(
    r"\bnästa\s+(?:ordinarie\s+)?(?:" + MEETING_NOUNS + r")\b"
    r"(?:\s*(?:är|blir|äger\s+rum|hålls|sker|planeras|preliminärt|bokas|:|–|-|den|till|på|"
    r"(?:med|för)\s+(?:[\wåäö]+s\s+)?[\wåäö-]+(?:en|et|na)(?!\w)|"  # "med arbetsutskottet"
    r"äger\s+rum\s+den|är\s+planerat\s+till|är\s+den|"
    r"[\wåäö-]+:))*",  # "Nästa RSG Primärvård: torsdag 13 november": the unit, then a colon
    re.IGNORECASE,
)
_ADJ_SENTENCE = re.compile(
    r"(?:till\s+(?:att\s+)?justera(?:re|nde)?\s+(?:protokollet\s+)?(?:valdes|utses|utsågs|väljs)|"
    r"(?:att\s+)?(?:jämte\s+ordföranden\s+)?justera\s+(?:dagens\s+)?protokoll(?:et)?\s+"
    r"(?:valdes|utses|utsågs|väljs)|justerare\s+(?:valdes|utses|utsågs|blev|är))\s*:?\s*"
    r"(?P<names>[^.]+)",
    re.IGNORECASE,
)


def _join_lines(lines: list[Line]) -> str:
    """The lines' texts, one a line (a name read from them keeps to its line); a title
    wrapped after a body's genitive goes on on its line ("Protokoll fört vid sammanträde
    med idrottsnämndens" / "arbetsutskott")."""
    out: list[str] = []
    for text in (" ".join(ln.text.split()) for ln in lines):
        if out and continues_genitive(out[-1], text):
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(text)
    return "\n".join(out)


def _collect_blocks(lines: list[Line]) -> dict[str, list[str]]:
    """Label → value lines, for the labelled blocks among ``lines``."""
    blocks: dict[str, list[str]] = {}
    current: str | None = None
    names_at: dict[int | None, tuple[int, int | None, int | None]] = {}
    previous = ""
    for ln in lines:
        text = " ".join(ln.text.split())
        if not text:
            continue
        before, previous = previous, text
        if ln.cells and current is not None:
            # A table of those present ("Part | Namn | Roll"): its header row is no
            # person; each row reads as "Name, role" or "Org: Name, Name".
            low = [c.strip().lower() for c in ln.cells]
            if "namn" in low:
                org = next((i for i, c in enumerate(low)
                            if c in ("part", "organisation", "förbund", "representerar")), None)
                role = next((i for i, c in enumerate(low)
                             if c in ("roll", "funktion", "befattning", "titel")), None)
                names_at[ln.table] = (low.index("namn"), org, role)
                continue
            if ln.table not in names_at:
                current = None  # another table (an action list) ends the list of people
                continue
            if ln.table in names_at:
                n_i, o_i, r_i = names_at[ln.table]
                cells = [" ".join(c.split()) for c in ln.cells] + [""] * 3
                names, org, role = cells[n_i], cells[o_i] if o_i is not None else "", (
                    cells[r_i] if r_i is not None else "")
                if org:
                    text = f"{org}: {names}"
                elif role and "," not in names:
                    text = f"{names}, {role}"
                else:
                    text = names
                blocks[current].append(text)
                continue
        m = _LABEL.match(text)
        if m:
            current = m.group("label").lower()
            current = re.sub(r"\s+", " ", current)
            current = _LABEL_ABBREV.get(current.rstrip("."), current)
            if signing_label_alone(before):
                # "Justeringens" / "plats och tid Kommunhuset 2022-05-10": the signing's
                # place and time, wrapped, not the meeting's.
                current = f"{before.strip(' :').lower()} {current}"
            blocks.setdefault(current, [])
            if m.group("rest"):
                blocks[current].append(m.group("rest").strip())
            continue
        if current is None:
            continue
        # A whole sentence ends a list ("Justering sker fredagen den 15 februari.").
        if re.search(r"[.!?]$", text) and len(text.split()) > 6 and current not in ("plats",):
            current = None
            continue
        blocks[current].append(text)
    return blocks


#: "Arbetsutskottets beslut", "Socialnämndens förslag till kommunfullmäktige": the body
#: that decides, named in the genitive over its decisions.
_DECIDER = re.compile(
    r"^(?P<body>[A-ZÅÄÖ][a-zåäö]*(?:nämnd|styrelse|utskott|kommitté|grupp)(?:en|et)?|"
    r"[A-ZÅÄÖ][a-zåäö]*fullmäktige|[A-ZÅÄÖ]+FULLMÄKTIGE)s\s+"
    r"(?:beslut|förslag|BESLUT)\b|"
    # "Hälso- och sjukvårdsnämnden beslutar", "Koncernstyrelsen beslöt": the body in the
    # nominative, before its verb
    # (bare too: "Styrelsen beslöt:")
    r"^(?P<body2>(?:[A-ZÅÄÖ][a-zåäö]*-\s+och\s+)?(?:[A-ZÅÄÖa-zåäö][a-zåäö]*)?"
    r"(?:[Nn]ämnden|[Ss]tyrelsen|[Uu]tskottet|[Kk]ommittén|[Bb]eredningen))\s+(?:beslutar|beslöt|beslutade)\b"
)


def extract_meeting(
    st: Structure, al: Aliases | None = None, yearless: list[str] | None = None,
    *, told: bool = True,
) -> Meeting:
    """Meeting facts from the document's head, its sections and its noise lines.

    The meeting date is never taken from the clock: written without a year ("Snabbprotokoll
    26 oktober") it takes the year the document gives (:func:`_document_year`); when the
    document gives none the date stays unknown and its phrase is added to ``yearless``
    (the caller warns).  ``told``: a date only the text's sentences tell of may be
    taken when the rest gives none (not while a running header may still give it)."""
    al = al or aliases()
    meeting = Meeting()
    head = st.head if st.head else st.lines[:40]
    first = st.sections[0] if st.sections else None
    if first is not None and first.number is None and len(head) < 4:
        # A title styled as a heading ("APT Gruppbostaden Tallbacken" in Word's Rubrik
        # style) starts an unnumbered first section that holds the rest of the title
        # block ("Arbetsplatsträff onsdag 5 mars 2025", "Närvarande: …").
        title = Line(text=first.title, page=first.page, line=first.line)
        head = [*head, title, *first.lines[:12]]
    head_text = _join(head[:12])
    all_text = "\n".join(" ".join(ln.text.split()) for ln in st.lines)

    meeting.body = next((b for b in _body_candidates(st, head, al) if b and _is_body(b)),
                        None) or _association_board(st)
    meeting.body = _fuller_name(meeting.body, head[:15])
    meeting.body = committee_of(meeting.body, [*st.lines, *st.noise])

    # Date: the title line, then labelled fields, then any full date near the top.
    # (not the signing's place and time wrapped under its label: "Justeringens" /
    # "plats och tid Kommunhuset 2022-05-10")
    wrapped = wrapped_signing(st)
    blocks = _collect_blocks([ln for ln in head if (ln.page, ln.line) not in wrapped])
    # Justerare and sometimes Närvarande are written under the first agenda items.
    for key, values in _collect_blocks([ln for s in st.sections[:6] for ln in s.lines]).items():
        if key not in blocks and (key.startswith(("justera", "närvarande", "ordförande"))):
            blocks[key] = values
    meeting.date, phrase = _meeting_date(st, head, blocks, told=told)
    if yearless is not None and phrase is not None:
        yearless.append(phrase)

    for key in ("tidpunkt", "tid", "tid och plats", "plats och tid", "datum"):
        for value in blocks.get(key, []):
            m = _TIME.search(value)
            if m:
                h, mi = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
                if int(h) <= 23:
                    meeting.time = f"{int(h):02d}:{int(mi or 0):02d}"
                    break
        if meeting.time:
            break
    if meeting.time is None:
        m = _TIME.search(head_text)
        if m and m.group(1):
            meeting.time = f"{int(m.group(1)):02d}:{int(m.group(2) or 0):02d}"

    for key in ("plats", "lokal"):
        if blocks.get(key):
            value = ""
            for part in blocks[key][:3]:
                value = f"{value} {part}".strip()
                if value.endswith("."):
                    break
            meeting.place = value.rstrip(".") or None
            break
    if meeting.place is None:
        for key in ("tid och plats", "plats och tid"):
            if blocks.get(key):
                value = " ".join(blocks[key][:2])
                rest = re.sub(r"^.*?(?:\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?)\s*,?\s*",
                              "", value)
                meeting.place = rest.strip().rstrip(".") or None
                break

    for key, values in blocks.items():
        if key.startswith(_PRESENT):
            meeting.present.extend(_people(values, al))
        elif key.startswith(_ABSENT):
            meeting.absent.extend(_people(values, al, absent=True))
        elif key in ("justerare", "justerande"):
            meeting.adjusters.extend(_people(values, al))
        elif key in ("ordförande", "mötesordförande", "mötesledare") and values:
            meeting.chair = _split_names(values[0])[0] if _split_names(values[0]) else None
    if not meeting.adjusters:
        m = _ADJ_SENTENCE.search(all_text)
        if m:
            for part in _split_names(m.group("names")):
                people = _person_line(part, None, al)
                meeting.adjusters.extend(people)
    if not meeting.adjusters:
        meeting.adjusters = _signatures(st, al)

    if meeting.chair is None:
        for p in meeting.present:
            if p.role and re.search(r"\bordförande\b", p.role, re.IGNORECASE) and not re.search(
                r"vice|2:e|1:e", p.role, re.IGNORECASE
            ):
                meeting.chair = p.name
                break
    if meeting.chair is None:
        m = _OPENED.search(all_text)
        if m and not re.match(r"(?:Ordförande|Ordföranden|Mötet|Sammanträdet)$", m.group("name")):
            meeting.chair = m.group("name")

    meeting.organisation = _organisation(st, head_text)
    meeting.next_meeting = _next_meeting(all_text, meeting.date, meeting.body)
    return meeting


def _body_candidates(st: Structure, head: list[Line], al: Aliases) -> Iterator[str | None]:
    """The body's readings, the likeliest first: a labelled field, those present listed
    for a body, a header line, a breadcrumb, the title's words, the chair's propositions,
    a running header, the body over each decision, the chair on its behalf, its meeting
    or members told of, the body named most."""
    yield _field_body(st.lines[:400], al)
    yield _present_for_body(head[:40], al)
    yield _header_body(head[:4], al)
    yield _breadcrumb_body(head[:6])
    yield _body_from(_join_lines(head[:12]), al)
    yield _proposition_body(st.lines)
    yield _body_from(_join_lines(head[:40]), al)
    yield _meeting_word_line(head[:12])
    # The title block's line printed again on every page, set aside as a running
    # header wherever it stands (a printout of a text with its old page headers).
    yield _running_header_body(st.noise)
    # A protocol whose title block was a running page header (dropped as furniture)
    # still names its body over each decision.
    for ln in [*st.lines, *st.noise]:
        m = _DECIDER.match(" ".join(ln.text.split()))
        if m:
            body = m.group("body") or m.group("body2")
            yield body[0] + body[1:].lower() if body.isupper() else body
            break
    yield _chair_on_behalf_body(st.lines)
    yield _meeting_compound_body(st.lines)
    yield _members_body(st.lines)
    yield _most_named_body(st.lines)
    yield _breadcrumb_company_body(head[:6])


#: A meeting named by how it was held ("Skypemöte", "Teamsmöte", "Extra möte"): no body.
_MEDIUM_MEETING = re.compile(
    r"(?i)^(?:" + alternation(meeting_words()["meeting_media"]) + r")[\s-]*"
    r"(?:möte|mötet|sammanträde|sammanträdet)$"
)
#: The words of an association's own life (``lexicon.toml``, ``[meeting]``).
_ASSOCIATION_SIGN = re.compile(
    r"(?i)(?<![\wåäö])" + alternation(meeting_words()["association_signs"]) + r"(?![\wåäö])"
)


def _is_body(name: str) -> bool:
    """Whether a reading names a body, not how the meeting was held."""
    return not _MEDIUM_MEETING.match(name.strip())


def _association_board(st: Structure) -> str | None:
    """Minutes that name no body and speak of an association's own life (its statutes,
    members, treasurer, club): the association's board met, "Styrelsen"."""
    signs = {m.group(0).casefold() for ln in st.lines
             for m in _ASSOCIATION_SIGN.finditer(ln.text)}
    return "Styrelsen" if signs else None


def _organisation(st: Structure, head_text: str) -> str | None:
    m = _ORG.search(head_text) or _ORG.search(_join(st.lines[:60]))
    if m:
        return m.group(1)
    # A running page header ("Hägersten-Älvsjö") names the organisation.
    pages: dict[str, set[int]] = {}
    for ln in st.noise:
        if ln.text.strip() and not re.search(r"\d", ln.text) and len(ln.text.split()) <= 4:
            pages.setdefault(" ".join(ln.text.split()), set()).add(ln.page)
    counts = Counter({text: len(p) for text, p in pages.items()})
    for text, n in counts.most_common():
        if n >= 2 and not re.match(
            r"(?:justerandes|utdragsbestyrkande|underskrift|signerat)", text, re.I
        ):
            return text
    for ln in st.lines + st.noise:
        text = " ".join(ln.text.split())
        if (
            re.fullmatch(r"[A-ZÅÄÖ][\wåäö]+-[A-ZÅÄÖ][\wåäö]+", text)
            and not ln.cells
        ):
            return text
    return None


#: Meeting words that name no particular forum ("nästa möte", "nästa sammanträde").
_GENERIC_MEETING = re.compile(
    r"^(?:möte|mötet|sammanträde|sammanträdet|träff|tillfälle|gång|avstämning)$", re.IGNORECASE
)


def _own_meeting(noun: str, body: str | None) -> bool:
    """Whether "nästa <noun>" speaks of this forum's next meeting: a word naming no
    forum, or one the body's name contains ("nästa ledningsgrupp" in the Ledningsgruppen's
    notes; not "nästa styrelsemöte" there, which is another body's)."""
    if body is None or _GENERIC_MEETING.match(noun):
        return True
    stem = re.sub(r"(?:-?möte|mötet|en|et)$", "", noun.casefold()) or noun.casefold()
    return stem[:5] in body.casefold()


def _next_meeting(
    text: str, meeting_date: dt.date | None, body: str | None = None
) -> dt.date | None:
    found: list[tuple[bool, dt.date]] = []
    for m in _NEXT.finditer(text):
        window = text[m.end() : m.end() + 70]
        periods = [p for p in find_periods(window, meeting_date) if p.precision == "day"]
        if periods and periods[0].pos <= 12:
            day = periods[0].end
            if day is not None and (meeting_date is None or day > meeting_date):
                noun = re.match(r"nästa\s+(?:ordinarie\s+)?(\S+)", m.group(0), re.I)
                found.append((_own_meeting(noun.group(1) if noun else "", body), day))
    if found:
        # The forum's own next meeting before a date told of another body's.
        return next((day for own, day in found if own), found[0][1])
    if (under := _under_next_heading(text, meeting_date)) is not None:
        return under
    if meeting_date is not None:
        # "fastställa följande sammanträdestider för 2024: 6 februari, 9 april, …": the
        # first date of the adopted schedule after this meeting is the next one.
        for m in _SCHEDULE.finditer(text):
            window = text[m.end() : m.end() + 160]
            # "… för 2024: 6 februari, …, 10 december": the dates are in the year named.
            y = re.search(r"(?:19|20)\d{2}", m.group(0))
            ref = dt.date(int(y.group(0)), 1, 1) if y else meeting_date
            days = [p.end for p in find_periods(window, ref)
                    if p.precision == "day" and p.end is not None and p.end > meeting_date
                    and (y is None or p.end.year == ref.year)]
            if days:
                return min(days)
    return None


#: The agenda point of the next meeting standing as a heading ("Nästa möte", "4. Nästa
#: möte", "§ 9 Nästa sammanträde:"): its date is told in the lines under it.
_NEXT_HEADING = re.compile(
    r"(?im)^[\W\d]{0,6}(?:§\s*\d+\s*)?nästa\s+(?:ordinarie\s+)?(?:" + MEETING_NOUNS
    + r")\s*:?\s*$"
)
#: A date the meeting was moved to ("dagen ändrades senare till 2008-09-16", "mötet
#: flyttas till den 3 maj"): the one that holds.
_MOVED_TO = re.compile(r"(?i)\b(?:ändrades|ändrats|ändras|flyttades|flyttats|flyttas)\b"
                       r"[^.\n]{0,30}?(?:\btill\s+)?$")
_UNDER_HEADING_CHARS = 160


def _under_next_heading(text: str, meeting_date: dt.date | None) -> dt.date | None:
    """The date under a heading of the next meeting ("Nästa möte" / "På mötet bestämdes
    mötesdagen till 2008-09-15 kl 19.00, dagen ändrades senare till 2008-09-16"): the
    first day after the meeting, or the day it was moved to."""
    for m in _NEXT_HEADING.finditer(text):
        window = text[m.end(): m.end() + _UNDER_HEADING_CHARS]
        days = [p for p in find_periods(window, meeting_date)
                if p.precision == "day" and p.end is not None
                and (meeting_date is None or p.end > meeting_date)]
        if not days:
            continue
        # (the period's text may begin with its "till")
        moved = [p for p in days if _MOVED_TO.search(window[: p.pos])]
        return (moved or days)[0].end
    return None


_SCHEDULE = re.compile(
    r"\b(?:sammanträdestider|sammanträdesdagar|sammanträdesplan|mötestider|mötesdatum|"
    r"mötesplan|mötesdagar)\b[^.:\n]{0,40}:"
    # "Kommande möten sker den 5 februari och den 26 februari": the dates of the meetings
    # to come, the first of them the next one.
    r"|\b(?:kommande|nästa|följande|nästkommande)\s+(?:styrelse|nämnd)?(?:möten|"
    r"sammanträden)\b(?:\s*(?:är|blir|sker|hålls|äger\s+rum|planeras|:|–|-))?",
    re.IGNORECASE,
)


def next_meeting_in(
    doc: Document, meeting_date: dt.date, body: str | None = None
) -> dt.date | None:
    """The next meeting's date in ``doc`` read against ``meeting_date``: for a meeting
    date the secretary gives in review, when the document's own was unknown (a next
    meeting written without a year has no date until then)."""
    st = structure(with_text_tables(doc))
    return _next_meeting("\n".join(" ".join(ln.text.split()) for ln in st.lines),
                         meeting_date, body)


__all__ = ["extract_meeting", "next_meeting_in"]
