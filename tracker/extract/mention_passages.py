"""The passages of minutes that speak of earlier matters: collected after extraction.

Many lines that name an open item briefly (see :mod:`tracker.extract.mentions`) are no
item of their own, so the extractor does not return them.  :func:`annotate` runs after it
and

* marks each candidate with what identifies its matter (:attr:`Candidate.dnr`,
  :attr:`Candidate.ref_no`, :attr:`Candidate.label`), so that the item keeps them; and
* collects the *mentions*: § blocks, labelled and numbered lines and table rows that
  no candidate covers and that say something about a matter (closed, still going on,
  decided, a new date).  The import links them to the forum's open items
  (:mod:`tracker.services.linking`); one that links to nothing is dropped.

The candidates themselves are left as the extractor made them; only the three fields
above are set.  Before that, the numbered lines of an action list that name someone
responsible and that the sentence rules did not read become items
(:mod:`tracker.extract.numbered_actions`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from tracker.domain import Candidate, Document, Extraction, Line
from tracker.extract.dates import due_fields, pick_due
from tracker.extract.mentions import (
    DNR,
    FOLLOW_UP_SECTIONS,
    NUMBERED_ITEM,
    done_subject,
    effect_of,
    label_of,
    numbered_ref,
    ref_label,
)
from tracker.extract.numbered_actions import add_numbered_actions
from tracker.extract.sections import is_matter_title, matter_title
from tracker.extract.status_sentences import (
    sentences,
    status_sentences,
    subject_and_state,
)
from tracker.language.dates import find_periods

#: "TN 2025/31" on a line of its own under a § heading: the ärende's case number
#: written without "Dnr" (letters of the body, a year, a number).
_BARE_DNR = re.compile(r"^\s*([A-ZÅÄÖ]{1,6}[ .-]?(?:19|20)\d\d[-/.:]\d{1,6}(?:[-/.:]\d{1,6})?)\s*$")
_PARA = re.compile(r"^\s*§\s*(\d{1,4})\b[.:–-]?\s*(.*)$")

_HEADER_CELLS = frozenset(
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

#: § titles that name procedure, not a matter.
_PROCEDURE_TITLE = re.compile(
    r"^(?:val\s+av\s+justerare|justering|upprop|godkännande\s+av\s+dagordning\w*|"
    r"dagordning|delegationsbeslut|redovisning\s+av\s+delegationsbeslut|meddelanden|"
    r"anmälningsärenden|informationsärenden|information|övriga\s+frågor|"
    r"sammanträdets\s+öppnande|mötets\s+öppnande|mötets\s+avslutande)\b",
    re.IGNORECASE,
)


#: "Punkt 8: Arbetsmiljö": a numbered point of the agenda, and the points that show the
#: numbering is the agenda's ("Punkt 1: Öppnande", "Punkt 2: Dagordningen godkänns").
_AGENDA_POINT = re.compile(r"^\s*punkt\s+\d{1,2}\s*[:.]\s*(\S.*)$", re.IGNORECASE)
_AGENDA_OPENING = re.compile(
    r"(?:mötet\w*\s+)?(?:öppnande|öppnas|mötets\s+öppnande|val\s+av\s+justerare|"
    r"dagordning\w*|justerare|justering|föregående\s+protokoll)\b",
    re.IGNORECASE,
)


def _topic_title(title: str) -> bool:
    """A § title that names a matter (two words or more, no procedure)."""
    return len(re.findall(r"[\wåäöÅÄÖé]{3,}", title)) >= 2 and not _PROCEDURE_TITLE.match(
        title.strip()
    )


_SIGNATURES = re.compile(
    r"^\s*(?:ordförande\s*:|justerare\s*:|justerat\s*(?:av\s*)?:|sekreterare\s*:|"
    r"vid\s+protokollet\b|justeras\s*:?\s*$|underskrifter\b)",
    re.IGNORECASE,
)


@dataclass(slots=True)
class _Para:
    """A § block: its number, title, dnr and lines (indexes into the document)."""

    number: str
    title: str
    dnr: str | None
    start: int
    stop: int


def _paras(lines: list[Line]) -> list[_Para]:
    out: list[_Para] = []
    for i, ln in enumerate(lines):
        m = _PARA.match(ln.text)
        if not m:
            continue
        if out:
            out[-1].stop = i
        title = m.group(2).strip()
        dnr_m = DNR.search(title)
        if dnr_m:
            before = title[: dnr_m.start()].strip(" ,–-")
            # "§ 8 Dnr KFN 2025/09 Taxor för …": the title follows the dnr.
            title = before or title[dnr_m.end() :].strip(" ,–-")
        out.append(_Para(m.group(1), title, dnr_m.group(1) if dnr_m else None, i, len(lines)))
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


def _sections(lines: list[Line]) -> list[str | None]:
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
        out.append(current)
    return out


def _due(text: str, ref: dt.date | None, next_meeting: dt.date | None):
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


def _in_follow_up(lines: list[Line], i: int) -> bool:
    """Line ``i`` stands under a heading of the follow-up ("Kvarstående frågor",
    "Balanslista", "Uppföljning från förra mötet"): the nearest outline heading above."""
    for k in range(i - 1, max(-1, i - 40), -1):
        t = " ".join(lines[k].text.split())
        if _OUTLINE_HEADING.match(t) or (lines[k].heading and not _LISTED_TITLE.match(t)):
            return bool(FOLLOW_UP_SECTIONS.search(t))
    return False


def _title_over_passage(lines: list[Line], i: int) -> str | None:
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
    if (_PARA.match(text) or not _TITLE_LINE.match(title) or FOLLOW_UP_SECTIONS.search(title)
            or _PROCEDURE_TITLE.match(title) or (_OUTLINE_HEADING.match(text) and not listed)):
        return None
    return title


def _passage_title(lines: list[Line], i: int) -> str | None:
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
    if not _TITLE_LINE.match(text) or FOLLOW_UP_SECTIONS.search(text):
        return None
    return text


def _unit_end(lines: list[Line], i: int, stop: int) -> int:
    """A labelled line goes on over the lines after it until a blank, a new label, a
    numbered line, a table row or a heading."""
    j = i + 1
    while j < stop:
        t = lines[j].text.strip()
        if (
            not t
            or _blank_before(lines, j)
            or lines[j].cells is not None
            # "17 | Riskanalys … | Malin | 2025-01-31 | Ny": a table row without a header.
            or t.count("|") >= 2
            or label_of(t)
            or numbered_ref(t)
            or NUMBERED_ITEM.match(t)
            or re.match(r"\d{1,3}\.\d{1,2}\.?\s+\S", t)  # "14.5 Lokal för …"
            or _PARA.match(t)
            or (_HEADING.match(t) and len(t.split()) <= 6)
        ):
            break
        j += 1
    return j


def annotate(doc: Document, ext: Extraction) -> None:
    """Set dnr, ref_no and label on ``ext``'s candidates and fill ``ext.mentions``."""
    lines = doc.lines
    if not lines:
        return
    index = {(ln.page, ln.line): i for i, ln in enumerate(lines)}
    paras = _paras(lines)
    para_of: list[_Para | None] = [None] * len(lines)
    for p in paras:
        for i in range(p.start, p.stop):
            para_of[i] = p
    sections = _sections(lines)
    # 0. Numbered action lines with an owner field the sentence rules did not read.
    add_numbered_actions(doc, ext, sections)

    agenda_points = any(
        (m := _AGENDA_POINT.match(ln.text)) and _AGENDA_OPENING.match(m.group(1))
        for ln in lines
    )

    starts = {i for c in ext.items if (i := index.get((c.page, c.line))) is not None}

    # 1. What identifies each candidate's matter.
    for c in [*ext.items, *ext.possible]:
        i = index.get((c.page, c.line))
        if i is None:
            continue
        ln = lines[i]
        p = para_of[i]
        if p is not None and p.dnr:
            c.dnr = c.dnr or p.dnr
        cells = ln.cells or _pipe_cells(ln.text)
        first = cells[0].strip().rstrip(".") if cells else ""
        if re.fullmatch(r"\d{1,3}", first):
            c.ref_no = c.ref_no or first
        if not ln.cells:
            m_ref = numbered_ref(ln.text)
            if agenda_points and _AGENDA_POINT.match(ln.text):
                m_ref = None  # the agenda's numbering (see below)
            m = NUMBERED_ITEM.match(ln.text) or m_ref
            if m and not (sections[i] and ln.text.strip() == sections[i]):
                c.ref_no = c.ref_no or m.group(1)
            if m_ref:
                c.label = c.label or ref_label(m_ref)
            else:
                # The candidate's own passage may begin on a later line than the one it
                # is placed on ("… ny tidpunkt 2025-11-14. 14.5 Lokal för
                # informationsmöte: … bokad"): its own label first.
                c.label = c.label or label_of(c.evidence or "") or label_of(ln.text)
        # "1. Energiplan | Kristoffer | 25 augusti" over "   Status: arbetet startar
        # efter semestern": the line under a row is the row's own status field.
        field = _row_field(lines, i) if ln.cells or ln.text.count("|") >= 2 else None
        if field and field not in (c.evidence or ""):
            c.evidence = f"{c.evidence or ln.text} | {field}"
        if c.status == "done" or c.kind == "closing":
            # "Diskmaskinen är lagad. Klart.": what is done names the matter.
            c.label = c.label or done_subject(c.evidence or c.text or "")
        # "Kuratorsfrågan kvarstår; HR återkommer i mars": the matter a status sentence
        # of the candidate's own opens with names it, beside a label over the passage.
        c.subject = c.subject or _own_subject(c)
        own = c.evidence or c.text
        before = _sentence_before(lines, i, starts, own) if c in ext.items else None
        if before and before not in " ".join((c.evidence or "").split()):
            # "Halkolycka vid entrén till Björkskolan 2 april (vattenläcka …). / Roland
            # Bäck ska åtgärda stupröret …": the matter the action answers is said on
            # the line before it; a later statement may name it by those words.
            c.evidence = f"{before} {c.evidence or c.text}"
        if not c.label and c.section and FOLLOW_UP_SECTIONS.search(c.section):
            # "Uppföljning från förra mötet / Larmtelefoner / Upphandlingen har
            # överprövats. Arbetsgivaren återkommer …": the title line over a passage of
            # the follow-up names the earlier matter the passage goes on about.
            c.label = _passage_title(lines, i)
        if p is not None and i > p.start and _topic_title(p.title):
            # The § title names the matter of every item under it ("§ 46 Skolskjutsregler
            # för gymnasieelever" over "Förvaltningen får i uppdrag att inhämta …"), as a
            # topic label names the sentence after it.
            c.label = c.label or p.title

    # 2. Mentions: passages no candidate covers that speak of a matter.
    meeting = ext.meeting
    covered: set[int] = set()
    cand_at: dict[int, list[Candidate]] = {}
    for c in ext.items:  # a possible item (unchecked in review) covers nothing
        i = index.get((c.page, c.line))
        if i is not None:
            covered.add(i)
            cand_at.setdefault(i, []).append(c)
    mentions: list[Candidate] = []

    def add(start: int, stop: int, title: str, text: str, evidence: str, **kw) -> None:
        by_verb = kw.pop("by_verb", False)
        eff = kw.pop("effect", None) or effect_of(evidence, by_verb=by_verb)
        section = kw.pop("section", None) or sections[start]
        follow_up = bool(section and FOLLOW_UP_SECTIONS.search(section))
        if eff is None and not kw.get("dnr") and not (follow_up and kw.get("label")):
            return
        period = _due(evidence, meeting.date, meeting.next_meeting) if eff == "update" else None
        reasons = ["omnämnande i dokumentet"]
        if eff:
            reasons.append({"close": "avslutande ord", "decide": "beslut i ärendet",
                            "update": "fortsätter"}[eff])  # fmt: skip
        mentions.append(
            Candidate(
                title=" ".join(title.split())[:200] or " ".join(text.split())[:120],
                text=" ".join(text.split()),
                kind="closing" if eff in ("close", "decide") else "carried_over",
                status="done" if eff in ("close", "decide") else "open",
                **due_fields(period),
                section=section,
                page=lines[start].page,
                line=lines[start].line,
                evidence=" ".join(evidence.split()),
                confidence=0.5,
                reasons=reasons + ([f"effekt: {eff}"] if eff else []),
                **kw,
            )
        )

    # § blocks: the decision about the ärende of the dnr.
    def para_mention(p: _Para) -> None:
        body = [ln.text for ln in lines[p.start + 1 : p.stop]]
        text = " ".join(body)
        decision = text
        for k, t in enumerate(body):
            if t.strip().casefold().rstrip(":") in ("beslut", "beslutet", "nämndens beslut"):
                decision = " ".join(body[k + 1 :])
                break
        add(p.start, p.stop, p.title, f"§ {p.number} {p.title}. {text}", decision or text,
            dnr=p.dnr, section=f"§ {p.number} {p.title}")  # fmt: skip

    for p in paras:
        if p.dnr:
            para_mention(p)

    # Labelled and numbered lines, table rows (outside § blocks).
    consumed: set[int] = set()
    i = 0
    while i < len(lines):
        ln = lines[i]
        p = para_of[i]
        if p is not None and (p.dnr or i == p.start):
            # The § of an ärende speaks for it; a § without a dnr ("§ 13 Föregående
            # protokoll och uppföljning") may list matters by their labels.
            i += 1
            continue
        if ln.cells is not None:
            header = all(
                cell.strip().casefold().rstrip(":") in _HEADER_CELLS or not cell.strip()
                for cell in ln.cells
            )
            if i not in covered and len(ln.cells) >= 2 and not header:
                first = ln.cells[0].strip().rstrip(".")
                ref = first if re.fullmatch(r"\d{1,3}", first) else None
                cells = ln.cells[1:] if ref else ln.cells
                title = max(cells, key=len) if cells else ln.text
                add(i, i + 1, title, ln.text, " | ".join(cells), ref_no=ref, by_verb=True)
            i += 1
            continue
        text = ln.text.strip()
        numbered = _numbered_with_status(lines, i, p.stop if p is not None else None)
        if numbered is not None:
            # "2. Rekrytera bygglovshandläggare – Ola / Status: Intervjuer v. 14": the
            # numbered action names the matter, its own status line says what happens.
            ref, title, status, end = numbered
            unit = " ".join(f"{text} {status}".split())
            # (An item placed on a line of the unit whose words are not the unit's
            # belongs to another passage.)
            mine = [c for j in range(i, end) for c in cand_at.get(j, ())
                    if " ".join((c.evidence or c.title).split())[:60] in unit]  # fmt: skip
            if not mine:
                add(i, end, title, f"{text} {status}", status, ref_no=ref, label=title,
                    by_verb=True)  # fmt: skip
            for c in mine:
                # The extractor made an item of a line of the unit ("Status: Klar."):
                # the number and the action's words name its matter, the unit is its
                # passage.
                c.ref_no = c.ref_no or ref
                if c.kind in ("closing", "carried_over") or c.status == "done":
                    c.label = title
                    c.evidence = unit
            consumed.update(range(i, end))
            i = end
            continue
        m_ref = numbered_ref(text)
        if m_ref and (_PROCEDURE_TITLE.match(m_ref.group(4).strip()) or (
                agenda_points and _AGENDA_POINT.match(text))):
            # "Punkt 9: Övriga frågor", and every "Punkt N:" of minutes that number their
            # agenda so ("Punkt 1: Öppnande … Punkt 8: Arbetsmiljö"): a point of the
            # agenda, whose number is no action's number in a list.
            i += 1
            continue
        label = None if m_ref else label_of(text)
        titled = None
        if not (m_ref or label) and _in_follow_up(lines, i):
            # "Kvarstående frågor / … / Friskvårdsbidrag / Arbetsgivaren meddelar …": a
            # title line over a passage of the follow-up names it as a label does.
            titled = label = _title_over_passage(lines, i)
        if not (m_ref or label):
            i += 1
            continue
        end = _unit_end(lines, i, p.stop if p is not None else len(lines))
        consumed.update(range(i, end))
        if titled:
            # The extractor's items are placed by paragraph, not by line (a PDF's
            # paragraph holds several titled passages): an item belongs to the passage
            # that holds its own sentence.
            unit = " ".join(" ".join(lines[k].text.split()) for k in range(i, end))
            own = [c for c in ext.items if _sentence_key(c) and _sentence_key(c) in unit.casefold()]
            for c in own:
                c.label = titled
                if len(unit) <= 600:
                    c.evidence = unit
            if not own:
                add(i, end, titled, unit, unit, label=titled, by_verb=True)
            i = end
            continue
        if any(j in covered for j in range(i, end)):
            # The extractor made an item of a later line of this passage ("Mentorstiden:
            # Arbetsgivaren svarar … / Lärarförbundet anser frågan besvarad."): the
            # label and number name its matter too.
            unit = " ".join(lines[k].text.strip() for k in range(i, end))
            for j in range(i, end):
                for c in cand_at.get(j, ()):
                    ev = " ".join((c.evidence or "").split())
                    if ev and ev in unit and ev != unit and len(unit) <= 600:
                        # The item keeps the passage its label opens ("Schemaprojektet
                        # hemtjänst: … delade turer … / Kommunal frågar …"): a later
                        # label may name the matter by those words.
                        c.evidence = unit
                    if m_ref:
                        c.ref_no = c.ref_no or m_ref.group(1)
                        c.label = c.label or ref_label(m_ref)
                    elif titled and (not c.label or c.label.casefold() not in unit.casefold()):
                        # (A label taken from another passage gives way to the title
                        # over this one.)
                        c.label = titled
                    else:
                        c.label = c.label or label
            i = end
            continue
        whole = " ".join(lines[j].text.strip() for j in range(i, end))
        if m_ref:
            note = ref_label(m_ref) or ""
            add(i, end, note or m_ref.group(4), whole, whole, ref_no=m_ref.group(1),
                label=note or None, by_verb=True)  # fmt: skip
        else:
            assert label is not None
            add(i, end, label, whole, whole, label=label, by_verb=True)
        i = end
    for p in paras:
        # A § without a dnr speaks as a whole only when no labelled, titled or numbered
        # passage of it was read ("§5 Kvarstående frågor / Friskvårdsbidrag / … /
        # Riskbedömning Tallen/Granen / …" speaks of each matter apart).
        if not p.dnr and not any(k in consumed for k in range(p.start + 1, p.stop)):
            para_mention(p)
    # Status sentences in running text ("Programmet för studiedagen är utskickat.").
    for para in _running_paragraphs(lines, para_of, consumed):
        for st in status_sentences(para):
            if _said_by_item(st.text, ext.items):
                continue
            eff = "close" if st.state == "done" else "update"
            if st.state == "done" and effect_of(st.text) == "update":
                # "… är klar med del ett; resten pågår": the later word decides.
                eff = "update"
            # The subject names the matter, but less surely than a label written as
            # one: it is scored as a subject (see linking.score_pair).
            # A statement with no subject of its own ("Frågan är därmed avklarad")
            # concludes its paragraph: the paragraph is its passage.
            passage = st.context or st.text
            add(st.line, st.line + 1, st.text, passage, passage, subject=st.subject,
                effect=eff)  # fmt: skip
    ext.mentions = mentions


#: "Status: klar", "Kommentar: …": a field of the table row above, written on a line
#: of its own.
_FIELD_LINE = re.compile(r"^\s*(?:status|kommentar|kommentarer|läge|lägesrapport|notering)"
                         r"\s*:\s*\S", re.IGNORECASE)


#: "2. Rekrytera …", "A2 – Säkerställa DPIA …": a numbered action of a list.
_ACTION_NUMBER = re.compile(
    r"^\s*(?:punkt\s+|nr\.?\s*)?([A-Z]?\d{1,3})(?:[.)]|\s+[–—-])\s+(\S.*)$", re.IGNORECASE
)


def _numbered_with_status(
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
    end = _unit_end(lines, i + 1, len(lines) if stop is None else stop)
    status = " ".join(" ".join(lines[k].text.split()) for k in range(i + 1, end))
    return m.group(1), title, status, end


def _pipe_cells(text: str) -> list[str] | None:
    """The cells of a row written with pipes ("| 3 | Utbildning … | Eva S |", "13 | Ta
    fram … | Lina Fors") that the reader left as a line of text, or None."""
    t = text.strip()
    if t.count("|") < 2:
        return None
    return [x.strip() for x in t.strip("|").split("|")]


def _row_field(lines: list[Line], i: int) -> str | None:
    """The field line just under the table row ``i`` ("   Status: klar"), or None."""
    j = i + 1
    if j < len(lines) and lines[j].cells is None and _FIELD_LINE.match(lines[j].text):
        return lines[j].text.strip()
    return None


def _sentence_before(lines: list[Line], i: int, starts: set[int], own: str | None) -> str | None:
    """The sentence just before the item's own (``own``, starting on line ``i``) in its
    paragraph: earlier on the same line, or the line before when that is one whole
    sentence of running text (no item starts on it, no heading, label or row); or None."""
    line = " ".join(lines[i].text.split())
    head = " ".join((own or "").split())[:30]
    pos = line.find(head) if head else -1
    if pos > 0:
        earlier = sentences(line[:pos])
        last = earlier[-1][1] if earlier else ""
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


def _sentence_key(c: Candidate) -> str:
    """The start of the item's own sentence, folded, to find the passage that holds it."""
    return " ".join((c.text or c.title or "").split())[:60].casefold().rstrip(".")


def _own_subject(c: Candidate) -> str | None:
    for _off, sentence in sentences(c.text or c.title or ""):
        found = subject_and_state(sentence)
        if found is not None:
            return found[0]
    return None


def _said_by_item(sentence: str, items: list[Candidate]) -> bool:
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


def _running_paragraphs(
    lines: list[Line], para_of: list[_Para | None], consumed: set[int]
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
