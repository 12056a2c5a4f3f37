"""How minutes lay out the passages that may speak of earlier matters.

The reading of the document that :func:`tracker.extract.mention_passages.annotate`
walks: the § blocks with their titles and dnr (:func:`para_blocks`), the section each
line stands under (:func:`line_sections`), the title over a passage
(:func:`passage_title`) and where a unit ends (:func:`unit_end`), a numbered action
over its own status line (:func:`numbered_with_status`), table rows written with pipes,
the sentence just before an item's own, and the paragraphs of running text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from tracker.domain import Candidate, Line
from tracker.extract.dates import pick_due
from tracker.extract.mentions import (
    DNR,
    FOLLOW_UP_SECTIONS,
    NUMBERED_ITEM,
    REGISTER_CODE,
    code_series,
    label_of,
    line_code,
    numbered_ref,
)
from tracker.extract.sections import is_matter_title, matter_title, open_ended
from tracker.extract.status_sentences import sentences, subject_and_state
from tracker.language.dates import find_periods

#: "TN 2025/31" on a line of its own under a § heading: the ärende's case number
#: written without "Dnr" (letters of the body, a year, a number).
_BARE_DNR = re.compile(r"^\s*([A-ZÅÄÖ]{1,6}[ .-]?(?:19|20)\d\d[-/.:]\d{1,6}(?:[-/.:]\d{1,6})?)\s*$")
#: "§ 84 Medborgarförslag om skolskjuts från Lillby (BUN 2025/91)": the case number in
#: parentheses after a § title, without "Dnr" (the body's letters are needed: "(2025:91)"
#: may cite a statute).
_TITLE_DNR = re.compile(
    r"\(\s*([A-ZÅÄÖ]{1,6}[ .-]?(?:19|20)\d\d[-/.:]\d{1,6}(?:[-/.:]\d{1,6})?)\s*\)"
)
#: "§ 41 …", and with the body's abbreviation before it: "KSAU § 140    Dnr KS 2025/214".
#: "Ärende 3  Medborgarförslag om …" numbers an ärende as a § does.
_PARA = re.compile(
    r"^\s*(?:[A-ZÅÄÖ]{2,6}\s+)?(?:§|Ärende\b)\s*(\d{1,4})\b[.:–-]?\s*(.*)$"
    # "Punkt 5.2 Meröppet på Väderstads bibliotek (KFN 2025/074)": an agenda point
    # numbered in parts, titled (no colon: "Punkt 1: Öppnande" is the agenda's list).
    r"|^\s*Punkt\s+(\d{1,2}(?:\.\d{1,2})?)\.?\s+([A-ZÅÄÖ][^:]*)$"
    # "3. Medborgarförslag – gång- och cykelväg längs Kyrkvägen, SBN 2026/31": a
    # numbered heading, an ärende's block in minutes whose headings end with the
    # case number (see para_blocks).
    r"|^\s*(\d{1,2})\.?\s+([A-ZÅÄÖ][^:!?]{2,100})$"
)
#: "VD 2026-01-27", "VD/ordf. 2025-12-": who and by when, the cells after a register
#: row's "§ 24" (a row broken over lines), not a § title.
_REGISTER_CELL = re.compile(r"^\S{1,20}\s+(?:19|20)\d\d-\d\d-(?:\d{1,2})?\s*$")
#: "U 2025:07 Kostnadsunderlag …": a register row's code opens the line.
_REGISTER_START = re.compile(rf"^\s*{REGISTER_CODE}\s+\S")
#: The case number at the end of such a heading.
_TRAILING_DNR = re.compile(r",\s*([A-ZÅÄÖ]{1,6}[ .-]?(?:19|20)\d\d[-/.:]\d{1,6})\s*$")

HEADER_CELLS = frozenset(
    [
        "nr",
        "vad",
        "vem",
        "när",
        "åtgärd",
        "åtgärder",
        "ansvarig",
        "status",
        "klart",
        "senast",
        "klart",
        "datum",
        "fråga",
        "frågor",
        "ärende",
        "väckt",
        "av",
        "kommentar",
        "kommentarer",
        "beslut",
        "uppdrag",
        "aktivitet",
        "deadline",
    ]
) | {"klart senast", "väckt av", "senast klart"}
_HEADING = re.compile(r"^\s*(?:\d{1,2}[.)]?\s+)?([A-ZÅÄÖ][^.!?:]{2,60})$")
#: "Punkt 4. Motionen om simskola för vuxna", "4. Belysning på gång- och cykelvägen
#: Västerskolan–Ekparken", "5.1 Ny konstgräsplan": an agenda point's number before its
#: title, which may run longer than an unnumbered heading.
_NUMBERED_HEADING = re.compile(
    r"^\s*(?:punkt\s+)?\d{1,2}(?:\.\d{1,2})*[.)]?\s+([A-ZÅÄÖ][^.!?:]{2,90})$", re.IGNORECASE
)
_NUMBERED_HEADING_WORDS = 10

#: § titles that name procedure, not a matter.
PROCEDURE_TITLE = re.compile(
    r"^(?:val\s+av\s+justerare|justering|upprop|godkännande\s+av\s+dagordning\w*|"
    r"dagordning|delegationsbeslut|redovisning\s+av\s+delegationsbeslut|meddelanden|"
    r"anmälningsärenden|informationsärenden|information|övriga\s+frågor|"
    r"sammanträdets\s+öppnande|mötets\s+öppnande|mötets\s+avslutande|"
    # A kind of business, not a matter: "Frågor från de fackliga organisationerna"
    # stands over many unrelated questions, at every meeting.
    r"(?:frågor|rapport(?:er)?|aktuellt|nytt)\s+från)\b",
    re.IGNORECASE,
)


#: "Punkt 8: Arbetsmiljö": a numbered point of the agenda, and the points that show the
#: numbering is the agenda's ("Punkt 1: Öppnande", "Punkt 2: Dagordningen godkänns").
AGENDA_POINT = re.compile(r"^\s*punkt\s+\d{1,2}\s*[:.]\s*(\S.*)$", re.IGNORECASE)
AGENDA_OPENING = re.compile(
    r"(?:mötet\w*\s+)?(?:öppnande|öppnas|mötets\s+öppnande|val\s+av\s+justerare|"
    r"dagordning\w*|justerare|justering|föregående\s+protokoll)\b",
    re.IGNORECASE,
)


def topic_title(title: str) -> bool:
    """A § title that names a matter (two words or more, no procedure)."""
    return len(re.findall(r"[\wåäöÅÄÖé]{3,}", title)) >= 2 and not PROCEDURE_TITLE.match(
        title.strip()
    )


_SIGNATURES = re.compile(
    r"^\s*(?:ordförande\s*:|justerare\s*:|justerat\s*(?:av\s*)?:|sekreterare\s*:|"
    r"vid\s+protokollet\b|justeras\s*:?\s*$|underskrifter\b)",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Para:
    """A § block: its number, title, dnr and lines (indexes into the document)."""

    number: str
    title: str
    dnr: str | None
    start: int
    stop: int


def para_blocks(lines: list[Line]) -> list[Para]:
    out: list[Para] = []
    # Under § headings a "Punkt 1. …" is a row of a list inside the §, not an ärende.
    paragraphs = any((m := _PARA.match(ln.text)) and m.group(1) for ln in lines)
    # Numbered headings are blocks only in minutes where some of them end with a case
    # number ("3. Motion (C) – laddstolpar …, SBN 2026/40"); each then ends the one before.
    numbered = not paragraphs and any(
        (m := _PARA.match(ln.text)) and m.group(5) and _TRAILING_DNR.search(m.group(6))
        for ln in lines)  # fmt: skip
    for i, ln in enumerate(lines):
        m = _PARA.match(ln.text)
        if not m or (paragraphs and not m.group(1)) or (m.group(5) and not numbered):
            continue
        if m.group(5) and ln.text.rstrip().endswith(".") and not _TRAILING_DNR.search(ln.text):
            continue  # "5. Kommunal lyfter att …": a numbered sentence, no heading
        if out:
            out[-1].stop = i
        number, title = next((m.group(k), m.group(k + 1)) for k in (1, 3, 5) if m.group(k))
        title = title.strip()
        if _REGISTER_CELL.match(title):
            continue  # "§ 24 VD 2026-01-27": the § a register row was decided in
        dnr_m = DNR.search(title)
        if dnr_m:
            before = title[: dnr_m.start()].strip(" ,–-")
            # "§ 8 Dnr KFN 2025/09 Taxor för …": the title follows the dnr.
            title = before or title[dnr_m.end() :].strip(" ,–-")
        dnr = dnr_m.group(1) if dnr_m else None
        if dnr is None and (paren := _TITLE_DNR.search(title) or _TRAILING_DNR.search(title)):
            dnr = paren.group(1)
            title = f"{title[: paren.start()]} {title[paren.end() :]}".strip(" ,–-")
        out.append(Para(number, title, dnr, i, len(lines)))
    for p in out:
        for k in range(p.start + 1, p.stop):
            if _SIGNATURES.match(lines[k].text):
                p.stop = k  # the signatures after the last §: no part of it
                break
        if p.dnr is None:
            for k, ln in enumerate(lines[p.start : min(p.stop, p.start + 4)]):
                dm = DNR.search(ln.text) or (_BARE_DNR.match(ln.text) if k else None)
                if dm:
                    p.dnr = dm.group(1)
                    break
        if not p.title and p.start + 1 < p.stop:
            nxt = lines[p.start + 1].text.strip()
            if not DNR.search(nxt) and not _BARE_DNR.match(nxt):
                p.title = nxt
    return out


def line_sections(lines: list[Line]) -> list[str | None]:
    """The heading each line stands under (a short line without a sentence's end)."""
    out: list[str | None] = []
    current: str | None = None
    for ln in lines:
        text = ln.text.strip()
        if ln.cells is None and is_matter_title(" ".join(text.split())):
            current = matter_title(" ".join(text.split()))  # "Ärende: Meritvärden 2025"
        elif ln.cells is None and (ln.heading or (_HEADING.match(text) and len(text.split()) <= 6)):
            m = _HEADING.match(text)
            current = (m.group(1) if m else text).strip()
        elif (
            ln.cells is None
            and (m := _NUMBERED_HEADING.match(text))
            and len(m.group(1).split()) <= _NUMBERED_HEADING_WORDS
            and not open_ended(text)  # (a wrapped numbered sentence: no title)
        ):
            current = m.group(1).strip()
        out.append(current)
    return out


def passage_due(text: str, ref: dt.date | None, next_meeting: dt.date | None):
    periods = find_periods(text, ref, next_meeting)
    return pick_due(periods)


def _blank_before(lines: list[Line], j: int) -> bool:
    """A blank line (which the readers leave out) stands between line ``j`` and the one
    before it: the line numbers of one page jump."""
    if j <= 0:
        return False
    a, b = lines[j - 1], lines[j]
    return (
        a.page == b.page and a.line is not None and b.line is not None
        and b.line - a.line > 1
    )


#: A title line over a passage: a few words, no sentence or list mark.
_TITLE_LINE = re.compile(r"^[A-ZÅÄÖ][\wåäöé/-]*,?(?:[ \t]+[\wÅÄÖåäöé/-]+,?){0,4}(?<!,)$")


#: "a) Riskbedömning omorganisation hemtjänst", "2) Friskvårdsbidrag": a title line of
#: a lettered list of matters ("2. Arbetsmiljö" is the outline's own heading).
_LISTED_TITLE = re.compile(r"^\s*(?:[a-zåäö][.)]|\d{1,2}\))\s+(\S.*)$")


#: A heading of the document's own outline: "§5 Kvarstående frågor", "5. Balanslista".
_OUTLINE_HEADING = re.compile(r"^\s*(?:§\s*\d{1,3}|\d{1,2}[.)]?)\s+[A-ZÅÄÖ][^.!?]{2,70}$")


#: "(Vision)", "(väckt av SSR)" after a title: who raised the matter.
_RAISER = re.compile(r"\s*\([^()]{1,40}\)\s*$")


def in_follow_up(lines: list[Line], i: int) -> bool:
    """Line ``i`` stands under a heading of the follow-up ("Kvarstående frågor",
    "Balanslista", "Uppföljning från förra mötet"): the nearest outline heading above."""
    for k in range(i - 1, max(-1, i - 40), -1):
        t = " ".join(lines[k].text.split())
        if _OUTLINE_HEADING.match(t) or (lines[k].heading and not _LISTED_TITLE.match(t)):
            return bool(FOLLOW_UP_SECTIONS.search(t))
    return False


def title_over_passage(lines: list[Line], i: int) -> str | None:
    """Line ``i`` as the title of the passage under it ("Friskvårdsbidrag", "b)
    Riskbedömning Tallen/Granen"): a few words after a blank line or an outline heading,
    with the passage's lines right under it."""
    if i + 1 >= len(lines) or lines[i].cells is not None or lines[i + 1].cells is not None:
        return None
    if _blank_before(lines, i + 1) or not lines[i + 1].text.strip():
        return None
    prev = " ".join(lines[i - 1].text.split()) if i > 0 else ""
    if i > 0 and not (_blank_before(lines, i) or not prev or _OUTLINE_HEADING.match(prev)
                      or _LISTED_TITLE.match(prev)):  # fmt: skip
        return None
    text = " ".join(lines[i].text.split())
    listed = _LISTED_TITLE.match(text)
    title = listed.group(1) if listed else text
    if listed:
        # "a) Översyn av arbetsmiljön på mottagningsenheten (Vision)": a listed title may
        # run longer and name who raised it in brackets.
        title = _RAISER.sub("", title)
        words = title.split()
        fits = 2 <= len(words) <= 8 and title[:1].isupper() and not title.endswith((".", ":"))
    else:
        fits = bool(_TITLE_LINE.match(title))
    if _header_line(title):
        return None  # a table's header names its columns, no matter
    if (_PARA.match(text) or not fits or FOLLOW_UP_SECTIONS.search(title)
            or PROCEDURE_TITLE.match(title) or (_OUTLINE_HEADING.match(text) and not listed)):
        return None
    return title


def passage_title(lines: list[Line], i: int) -> str | None:
    """The title line that opens the passage holding line ``i`` (after a blank line,
    with no blank between it and ``i``; or a lettered title line just over it, "b)
    Friskvårdsbidrag"), or None."""
    k = i
    while k >= 0 and i - k < 6 and lines[k].cells is None:
        listed = _LISTED_TITLE.match(" ".join(lines[k].text.split()))
        if listed and _TITLE_LINE.match(listed.group(1)) and not FOLLOW_UP_SECTIONS.search(
                listed.group(1)):
            return listed.group(1)
        if _blank_before(lines, k):
            break
        k -= 1
    j = i
    while j > 0 and not _blank_before(lines, j) and i - j < 6:
        j -= 1
    if not (j == 0 or _blank_before(lines, j)) or lines[j].cells is not None:
        return None
    if j + 1 >= len(lines) or _blank_before(lines, j + 1):
        return None  # a line alone is no title over a passage
    text = " ".join(lines[j].text.split())
    if not _TITLE_LINE.match(text) or FOLLOW_UP_SECTIONS.search(text) or _header_line(text):
        return None
    return text


def _header_line(text: str) -> bool:
    """"Nr  Åtgärd  Status": a table's header, set with spaces, names its columns."""
    return all(w.casefold() in HEADER_CELLS for w in re.findall(r"[\wåäöÅÄÖ]+", text))


#: "Svar: …" under a question: the answer goes on with the question's unit.
_ANSWER = re.compile(r"^\s*(?:svar|arbetsgivarens\s+svar)\s*:", re.IGNORECASE)
#: A bullet that opens a line ("– Bussen … är bokad", "• Rutinen …"): a unit of its own.
BULLET = re.compile(r"^\s*[-–•*·]\s+\S")


def unit_end(lines: list[Line], i: int, stop: int) -> int:
    """A labelled line goes on over the lines after it until a blank, a new label, a
    numbered line, a bullet, a table row or a heading."""
    j = i + 1
    # "S-16 Tilläggsanslaget: … / S-17 Genomfört på APT …": a line opened by a code of the
    # series the unit's own line opens with is the next row's note.
    own = line_code(lines[i].text)
    while j < stop:
        t = lines[j].text.strip()
        if (
            not t
            or _blank_before(lines, j)
            or (own and (code := line_code(t)) and code_series(code) == code_series(own))
            or lines[j].cells is not None
            # "17 | Riskanalys … | Malin | 2025-01-31 | Ny": a table row without a header.
            or t.count("|") >= 2
            or (label_of(t) and not _ANSWER.match(t))
            or BULLET.match(t)
            or numbered_ref(t)
            or NUMBERED_ITEM.match(t)
            or re.match(r"\d{1,3}\.\d{1,2}\.?\s+\S", t)  # "14.5 Lokal för …"
            or _PARA.match(t)
            or (_HEADING.match(t) and len(t.split()) <= 6)
        ):
            break
        j += 1
    return j


#: "Status: klar", "Kommentar: …": a field of the table row above, written on a line
#: of its own.
_FIELD_LINE = re.compile(r"^\s*(?:status|kommentar|kommentarer|läge|lägesrapport|notering)"
                         r"\s*:\s*\S", re.IGNORECASE)


#: "2. Rekrytera …", "A2 – Säkerställa DPIA …": a numbered action of a list.
_ACTION_NUMBER = re.compile(
    r"^\s*(?:punkt\s+|nr\.?\s*)?([A-Z]?\d{1,3})(?:[.)]|\s+[–—-])\s+(\S.*)$", re.IGNORECASE
)


def numbered_with_status(
    lines: list[Line], i: int, stop: int | None = None
) -> tuple[str, str, str, int] | None:
    """(number, action, status, end) of a numbered action over its own status line
    ("3. Genomföra riskanalys … – Fredrik Nyström" / "   Status: Pågår. …", "Punkt 2.
    Delegationsordningen" / "Status: Pågår. Utkast finns; …" / "vara klar 1 december."),
    or None; ``end``: the line after the status and the lines that go on with it. The
    owner after a dash is no part of the action's words."""
    m = _ACTION_NUMBER.match(lines[i].text)
    if m is None or i + 1 >= len(lines) or lines[i].cells is not None:
        return None
    nxt = lines[i + 1]
    if nxt.cells is not None or _blank_before(lines, i + 1) or not _FIELD_LINE.match(nxt.text):
        return None
    title = re.split(r"\s+[–—-]\s+", m.group(2).strip(), maxsplit=1)[0]
    title = re.sub(r"\s+\([^)]{1,40}\)$", "", title)  # "(Maja)": the owner
    end = unit_end(lines, i + 1, len(lines) if stop is None else stop)
    status = " ".join(" ".join(lines[k].text.split()) for k in range(i + 1, end))
    return m.group(1), title, status, end


def pipe_cells(text: str) -> list[str] | None:
    """The cells of a row written with pipes ("| 3 | Utbildning … | Eva S |", "13 | Ta
    fram … | Lina Fors") that the reader left as a line of text, or None."""
    t = text.strip()
    if t.count("|") < 2:
        return None
    return [x.strip() for x in t.strip("|").split("|")]


def row_field(lines: list[Line], i: int) -> str | None:
    """The field line just under the table row ``i`` ("   Status: klar"), or None."""
    j = i + 1
    if j < len(lines) and lines[j].cells is None and _FIELD_LINE.match(lines[j].text):
        return lines[j].text.strip()
    return None


#: "Beslut:", "Status:", "Arbetsutskottets beslut:": a field's name before a sentence.
_FIELD_LEAD = re.compile(
    r"^\s*(?:(?:[\wåäöÅÄÖ-]+s\s+)?beslut|status|kommentar|notering|åtgärd|svar)\s*:\s*$",
    re.IGNORECASE,
)


#: "a) ", "b. ": the letter of a sub-item.
_SUB_ITEM_MARK = re.compile(r"^\s*[a-zåäö][.)]\s+")


def sentence_before(lines: list[Line], i: int, starts: set[int], own: str | None) -> str | None:
    """The sentence just before the item's own (``own``, starting on line ``i``) in its
    paragraph: earlier on the same line, or the line before when that is one whole
    sentence of running text (no item starts on it, no heading, label or row); or None."""
    line = " ".join(lines[i].text.split())
    head = " ".join((own or "").split())[:30]
    pos = line.find(head) if head else -1
    if pos > 0 and _FIELD_LEAD.match(line[:pos]):
        # "Beslut: Ärendet är avslutat.": a field's name before the item's own sentence
        # is no sentence; the one before is on the line above.
        pos = 0
    if pos > 0:
        earlier = sentences(line[:pos])
        last = earlier[-1][1] if earlier else ""
        # "a) Ljudnivån i matsalen är hög. Karl mäter …": a sub-item's letter is no word
        # of its first sentence.
        last = _SUB_ITEM_MARK.sub("", last, count=1)
        ok = last[:1].isupper() and last.endswith(".") and ":" not in last
        return last if ok and len(last) <= 200 else None
    j = i - 1
    if j < 0 or j in starts or _blank_before(lines, i) or lines[j].cells is not None:
        return None
    t = " ".join(lines[j].text.split())
    if lines[j].heading or _HEADING.match(t) or _PARA.match(t) or t.count("|") >= 2:
        return None
    if numbered_ref(t) or NUMBERED_ITEM.match(t):
        return None  # "Nr 7 klart – …" over "Nr 8 – …": a row of its own, another matter
    if not t[:1].isupper() or not t.endswith((".", ".)")) or len(t) > 200 or ":" in t:
        return None
    if j > 0 and not _blank_before(lines, j):
        prev = lines[j - 1].text.strip()
        if prev and not prev.endswith((".", "!", "?", ":")) and not _HEADING.match(prev):
            return None  # the line goes on from the one before: not a sentence of its own
    return t


#: "Ventilation matsalen Berga skola. | Mätning genomfördes 16 december. …": a row of a
#: two-column table ("Fråga | Svar/åtgärd") the reader left as text: one bar between the
#: matter and what was said of it.
_PAIR_ROW = re.compile(r"^\s*([^|]{3,200}?)\s+\|\s+([^|]*\S)\s*$")


def pair_row(lines: list[Line], j: int) -> re.Match[str] | None:
    """Line ``j`` as a row of a two-column table written with one bar: a line of that
    shape beside another of it (a lone "A | B" is no table)."""
    m = _PAIR_ROW.match(lines[j].text) if lines[j].cells is None else None
    if m is None:
        return None
    near = [k for k in (j - 1, j + 1) if 0 <= k < len(lines)
            and lines[k].page == lines[j].page and abs(lines[k].line - lines[j].line) == 1]
    return m if any(_PAIR_ROW.match(lines[k].text) for k in near) else None  # fmt: skip


def pair_label(m: re.Match[str]) -> str | None:
    """The matter a two-column row names in its first cell, when that is short enough
    to be a name ("Schema skyddsronder 2026."), not a sentence of its own."""
    first = m.group(1).strip().rstrip(".").strip()
    return first if 2 <= len(first.split()) <= 8 and first[:1].isupper() else None


def own_bullet(lines: list[Line], i: int, c: Candidate) -> int | None:
    """The bullet line or table row of the paragraph placed at ``i`` that holds ``c``'s
    own sentence, else None (a bullet only when it is not the paragraph's first line).
    The extractor places an item by its paragraph; under "Uppföljning förra mötet / –
    Bänkar B14: beställda … / – Bussen … är bokad. Klart." the item of the bus is placed
    on the benches' line, whose label is no name of its matter."""
    keys = [k for x in (c.title, c.text) for n in (40, 25)
            if len(k := " ".join((x or "").split())[:n].casefold().rstrip(".")) >= 12]
    if not keys:
        return None
    j = i - 1
    while j + 1 < len(lines) and (j < i or (lines[j + 1].page == lines[j].page and (
            lines[j + 1].line == lines[j].line + 1) and lines[j + 1].text.strip())):
        j += 1
        flat = " ".join(lines[j].text.split()).casefold()
        unit = (j > i and BULLET.match(lines[j].text)) or pair_row(lines, j)
        if unit and any(k in flat for k in keys):
            return j
        if j > i and any(k in flat for k in keys):
            # "U 2025:03 Försäljning …: Kvarstår. / U 2025:05 Energiplan …: Redovisad. /
            # Avförs från uppdragslistan.": the sentence goes on from the numbered line
            # above it, whose number and name are the item's.
            k = j
            while k > i and not (numbered_ref(lines[k].text) or BULLET.match(lines[k].text)
                                 or _REGISTER_START.match(lines[k].text)):
                k -= 1
            starts = numbered_ref(lines[k].text) or _REGISTER_START.match(lines[k].text)
            return k if k > i and starts else None
    return None


def bullet_unit(lines: list[Line], j: int) -> str:
    """The bullet at ``j`` with the lines it runs on over (to the next bullet or gap);
    a table row alone."""
    if pair_row(lines, j):
        return " ".join(lines[j].text.split())
    out = [lines[j].text.strip()]
    k = j + 1
    while k < len(lines) and lines[k].page == lines[j].page and (
            lines[k].line == lines[k - 1].line + 1) and (t := lines[k].text.strip()) and (
            not BULLET.match(t)) and not label_of(t):
        out.append(t)
        k += 1
    return " ".join(" ".join(out).split())


def sentence_key(c: Candidate) -> str:
    """The start of the item's own sentence, folded, to find the passage that holds it."""
    return " ".join((c.text or c.title or "").split())[:60].casefold().rstrip(".")


def own_subject(c: Candidate) -> str | None:
    # (An item whose text is only its status, "Klart.", is named by its title when its
    # passage holds it: "Bussen till friluftsdagen är bokad, … / Klart.")
    title = c.title or ""
    fold = " ".join(title.split()).casefold()
    evidence = " ".join((c.evidence or "").split()).casefold()
    at = evidence.find(fold) if fold else -1
    text = " ".join((c.text or "").split()).casefold()[:20]
    held = at >= 0 and bool(text) and (
        evidence[at + len(fold) :].lstrip(" .,:;–-").startswith(text))
    for source in dict.fromkeys((c.text or title, title if held else "")):
        for _off, sentence in sentences(source):
            found = subject_and_state(sentence)
            if found is not None:
                # "Äldreomsorgschefen återkommer med förslag …": one person named by the
                # role held is who acts, not the matter (the owner says who).
                return None if _role(found[0]) else found[0]
    return None


def _role(subject: str) -> bool:
    """``subject`` is one word ending in a role ("äldreomsorgschefen", "rektorn")."""
    from tracker.extract.clause_features import wide_lexicon

    word = subject.strip()
    return " " not in word and word.casefold().endswith(wide_lexicon().roles)


def said_by_item(sentence: str, items: list[Candidate]) -> bool:
    """The extractor already made an item of ``sentence``: its own text, or a closing
    or carried-over item whose passage holds it."""
    key = " ".join(sentence.split()).casefold()
    for c in items:
        if key in " ".join((c.text or "").split()).casefold():
            return True
        if (c.status == "done" or c.kind in ("closing", "carried_over")) and key in " ".join(
            (c.evidence or "").split()
        ).casefold():
            return True
    return False


def running_paragraphs(
    lines: list[Line], para_of: list[Para | None], consumed: set[int]
) -> list[list[tuple[int, str]]]:
    """Paragraphs of running text: lines that are no table row, heading, § line or
    labelled unit already read, outside § blocks of an ärende with a dnr (whose block
    speaks for it)."""
    out: list[list[tuple[int, str]]] = []
    cur: list[tuple[int, str]] = []
    for i, ln in enumerate(lines):
        t = ln.text.strip()
        p = para_of[i]
        plain = (
            t
            and ln.cells is None
            and t.count("|") < 2  # a table row the reader did not make a table of
            and i not in consumed
            and not (p is not None and (p.dnr or i == p.start))
            and not ln.heading
            and not (_HEADING.match(t) and len(t.split()) <= 6)
        )
        if not plain or (cur and _blank_before(lines, i)):
            if cur:
                out.append(cur)
                cur = []
            if not plain:
                continue
        if plain:
            cur.append((i, t))
    if cur:
        out.append(cur)
    return out
