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
(:mod:`tracker.extract.numbered_actions`).  Where the passages lie in the document (§
blocks, titles, rows, running paragraphs) is read by :mod:`tracker.extract.passage_layout`.
"""

from __future__ import annotations

import re
from collections import Counter

from tracker.domain import Candidate, Document, Extraction, Line
from tracker.extract.clause_lexicon import alternation, lexicon_data
from tracker.extract.dates import due_fields
from tracker.extract.mentions import (
    ACTION_CODE,
    CLOSE_WORDS,
    COMMENT_SECTIONS,
    CONTINUE_WORDS,
    DNR,
    FOLLOW_UP_SECTIONS,
    NUMBERED_ITEM,
    POINTS_TO,
    code_series,
    code_series_of,
    coded_item,
    coded_ref,
    done_subject,
    effect_of,
    followed_up_ref,
    label_of,
    numbered_ref,
    ref_label,
    row_number,
)
from tracker.extract.numbered_actions import add_numbered_actions, numbered_code, register_row
from tracker.extract.passage_layout import (
    AGENDA_OPENING,
    AGENDA_POINT,
    HEADER_CELLS,
    PROCEDURE_TITLE,
    Para,
    bullet_unit,
    in_follow_up,
    line_sections,
    numbered_with_status,
    own_bullet,
    own_subject,
    pair_label,
    pair_row,
    para_blocks,
    passage_due,
    passage_title,
    pipe_cells,
    row_field,
    running_paragraphs,
    said_by_item,
    sentence_before,
    sentence_key,
    title_over_passage,
    topic_title,
    unit_end,
)
from tracker.extract.sections import is_matter_title, matter_title
from tracker.extract.status_sentences import sentences, status_sentences

#: The meeting's own course (``[verdict] own_course``): a closing word about it closes
#: no matter ("Mötet avslutas").
_OWN_COURSE = re.compile(r"(?i)(?<![\wåäö])" + alternation(lexicon_data()["verdict"]["own_course"])
                         + r"(?![\wåäö])")
_VERDICT_DATA = lexicon_data()["verdict"]
_MATTERS = alternation(_VERDICT_DATA["listed_matters"])
#: A decision that ends listed matters (``[verdict] closing_decisions``): after
#: "beslutar att", or opening a decision point, the matter among its next words.
_CLOSING_DECISION = re.compile(
    r"(?i)(?:\b(?:beslutar|beslutade|beslöt|beslöts|beslutas)\s+(?:\w+\s+){0,2}?att\s+|"
    r"^\W{0,3}(?:\d{1,2}[.)]\s*)?(?:att\s+)?)"
    + alternation(_VERDICT_DATA["closing_decisions"])
    + r"\s+(?:[\wåäö-]+\s+){0,3}?" + _MATTERS + r"(?![\wåäö])"
)
#: Listed matters decided ("Samtliga motioner avslogs"; ``[verdict] matters_decided``).
_MATTERS_DECIDED = re.compile(
    r"(?i)(?<![\wåäö])" + _MATTERS + r"\s+(?:[\wåäö-]+\s+){0,3}?"
    + alternation(_VERDICT_DATA["matters_decided"]) + r"(?![\wåäö])"
)
#: A matter titled as an assignment's report back (``[verdict] report_back_titles``).
_REPORT_BACK = re.compile(
    r"(?i)^\W{0,3}" + alternation(_VERDICT_DATA["report_back_titles"]) + r"(?![\wåäö])"
)
#: A closing told in running text is one short sentence.
_CLOSING_WORDS = 30

#: A sentence whose subject is a personal pronoun before its verb ("Vi väntar
#: fortfarande …", "Hon återkommer …"): its matter is the one said before it.
_PRONOUN_SUBJECT = re.compile(r"^(?:vi|han|hon|de)\s+[a-zåäö]+(?:ar|er|ir|r)\b", re.IGNORECASE)

#: The heading of a § block's decision: "Beslut", "Nämndens beslut", "Barn- och
#: utbildningsnämndens beslut", "Arbetsutskottets beslut:".
_DECISION_HEADING = re.compile(
    r"^\s*(?!.*\b(?:till|om|förslag)\s+beslut)(?:[\wåäöÅÄÖ-]+\s+(?:och\s+)?){0,3}?(?:[\wåäöÅÄÖ-]+s\s+)?beslut(?:et)?\s*:?\s*$",
    re.IGNORECASE,
)


#: The same heading before the decision on its line, and a body's proposal to the body
#: that decides ("Arbetsutskottets förslag till nämnden: Medborgarförslaget … bifalls").
_DECISION_LEAD = re.compile(
    r"^\s*(?:(?:[\wåäöÅÄÖ-]+\s+(?:och\s+)?){0,3}?[\wåäöÅÄÖ-]+s\s+beslut|beslut|"
    r"[\wåäöÅÄÖ-]+s\s+förslag\s+till\s+[\wåäöÅÄÖ-]+)\s*:\s*(\S.*)$",
    re.IGNORECASE,
)


#: A bullet's mark at the start of a line.
_BULLET_MARK = re.compile(r"^\s*[-–•*·]\s+\S")
#: The longest bullet kept whole as a statement's passage (characters).
_BULLET_PASSAGE_MAX = 400
#: A heading that opens a line of a § ("Beslut:", "Nämndens beslut:", "Förslag till
#: beslut:", "Yrkande:").
_LEAD_HEADING = re.compile(
    r"(?:^|(?<=[.!?:]\s))(?:[\wåäöÅÄÖ-]+s\s+)?(?:förslag\s+till\s+)?"
    r"(?:beslut|beslutet|beslutsförslag|yrkanden?|beredning|ärendebeskrivning)\s*:",
    re.IGNORECASE,
)
#: The longest § body kept as an item's passage (characters).
_PARA_EVIDENCE_MAX = 600


def _holds(body: str, c: Candidate) -> bool:
    """``body`` holds ``c``'s own sentence and passage (words only, a heading's colon
    such as "Beslut:" aside)."""
    def flat(t: str) -> str:
        return " ".join(re.findall(r"[\wåäöé]+", t.casefold()))

    # (The extractor reads "Beslut: Ärendet bordläggs …" without its heading.)
    text = flat(_LEAD_HEADING.sub(" ", body))
    return all(flat(x) in text for x in (c.text, c.evidence) if x)


#: "Nr 8", "Punkt 12": a list number as a status sentence's subject.
_REF_SUBJECT = re.compile(r"^\s*(?:nr|punkt|#)\.?\s*(\d{1,3})\s*$", re.IGNORECASE)
#: "Åtgärd 14 klar.", "Åtgärderna 13 och 17 är därmed genomförda och avförs.": a sentence
#: of running text that opens with the action list's own numbers for its rows, one or
#: several ("13, 15 och 17").  (Not "Punkt 3", which is as often an agenda point.)
_REFS_OPENING = re.compile(
    r"^\s*(?:åtgärd(?:erna|spunkt(?:erna)?)?|nr)\.?\s*"
    r"(\d{1,3}(?:\s*(?:,|och|&|samt)\s*\d{1,3})*)\b(?![.,]?\d)\s*(?!:)(\S.*)$",
    re.IGNORECASE,
)


#: A word of five letters or more: its first six name it ("Förslag" ~ "Förslaget").
_WORD = re.compile(r"[\wåäö]{5,}", re.IGNORECASE)


def _bullet_opening(lines: list[Line], i: int) -> int | None:
    """The line of the bullet that line ``i`` runs on from (up to four lines up, with no
    gap), or None when ``i`` stands in no bullet or opens one."""
    k = i
    while k > 0 and i - k < 4:
        if lines[k - 1].page != lines[k].page or not lines[k - 1].text.strip() or (
                lines[k - 1].cells is not None):
            return None
        k -= 1
        if _BULLET_MARK.match(lines[k].text):
            return k
    return None


def _row_run(lines: list[Line], i: int) -> tuple[int, list[str]]:
    """Table row ``i`` with the rows under it that continue its cells (a wrapped cell of a
    table set with spaces: "K-31 | Kommunikationsplan | Planen är framtagen och skickad
    till" over " |  | alla medarbetare. Klar."): where the run ends, and its cells."""
    cells = list(lines[i].cells or [])
    j = i + 1
    if not cells or not cells[0].strip():
        return j, cells
    while (j < len(lines) and (more := lines[j].cells) is not None and len(more) == len(cells)
           and not more[0].strip() and any(x.strip() for x in more)
           and lines[j].page == lines[i].page and lines[j].table == lines[i].table):
        cells = [f"{a} {b.strip()}".strip() if b.strip() else a
                 for a, b in zip(cells, more, strict=True)]  # fmt: skip
        j += 1
    return j, cells


def _goes_on(before: str, own: str) -> bool:
    """``own`` (a sentence) shares a word with ``before`` (the one before it): it goes on
    with that sentence's matter rather than bringing up one of its own."""
    stems = {w.casefold()[:6] for w in _WORD.findall(before)}
    return any(w.casefold()[:6] in stems for w in _WORD.findall(own))


def _own_para(p: Para | None, paras: list[Para], text: dict[int, str],
              c: Candidate) -> Para | None:
    """The § block that holds ``c``'s own sentence: the extractor places an item by its
    paragraph, which may begin in the § before ("Punkt 5.1 … / Punkt 5.2 … / Nämnden
    uppdrar åt …"); the dnr is that of the § the sentence stands in."""
    key = " ".join((c.text or c.title or "").split())[:40].casefold()
    if p is None or len(key) < 12 or key in text[id(p)]:
        return p
    return next((q for q in paras if key in text[id(q)]), p)


def _coded_line(lines: list[Line], i: int, c: Candidate, series: set[str]) -> int | None:
    """The line at or after ``i`` (in one run of lines) opened by an action code that
    holds ``c``'s own sentence, or None."""
    # (All of the sentence: "HR-chefen tar fram en analys …, se A26-19" under a point
    # begins as the row "A26-19 HR-chefen tar fram en analys …" does.)
    key = " ".join((c.text or c.title or "").split()).casefold().rstrip(".")
    if len(key) < 12:
        return None
    for j in range(i, min(i + 12, len(lines))):
        if j > i and (not lines[j].text.strip() or lines[j].page != lines[j - 1].page):
            break
        if coded_item(lines[j].text, series) and key in " ".join(lines[j].text.split()).casefold():
            return j
    return None


#: "… har skickats ut (A4, klar)": a row of the action list named by its code in brackets,
#: with its status, after the clause that tells it.
_CODE_MARK = re.compile(rf"\(\s*({ACTION_CODE})\s*[,:–-]\s*([^()]{{2,40}}?)\s*\)")
#: Where the clause before a mark begins: the sentence's start, a semicolon, or "och att".
_CLAUSE_START = re.compile(r"(?:^|[.;:]\s+)")
#: "… och att den nya prognosmallen …": the joining words before a clause.
_JOINED = re.compile(r"^(?:,\s*)?(?:(?:och|samt)\s+)?(?:att\s+)?", re.IGNORECASE)


def _paragraphs(lines: list[Line], sections: list[str | None]):
    """Each run of body lines (no blank line, table row or heading between them): its
    first index, each line's offset in the joined text, and the joined text."""

    def heading(k: int) -> bool:
        title = re.sub(r"^\s*(?:§\s*)?[\d.]+\s*", "", lines[k].text).strip()
        return bool(lines[k].heading) or bool(sections[k] and title == sections[k])

    i = 0
    while i < len(lines):
        if not lines[i].text.strip() or lines[i].cells is not None or heading(i):
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].text.strip() and lines[j].cells is None and (
                lines[j].page == lines[i].page) and not heading(j):
            j += 1
        starts, parts, at = [], [], 0
        for k in range(i, j):
            t = " ".join(lines[k].text.split())
            starts.append(at)
            parts.append(t)
            at += len(t) + 1
        yield i, starts, " ".join(parts)
        i = j


def _line_at(i: int, starts: list[int], pos: int) -> int:
    return i + max(n for n, o in enumerate(starts) if o <= pos)


def _coded_marks(lines: list[Line], sections: list[str | None], series: set[str], add) -> None:
    """A mention for each row of the action list a paragraph names in brackets with its
    status ("Genomgången visade att inbjudan … har skickats ut (A4, klar) och att den
    nya prognosmallen … används från maj (A5, klar)."): the clause before the mark is
    its passage, the code its list number.  The sentence as a whole tells two matters
    and names neither by number."""
    for i, starts, text in _paragraphs(lines, sections):
        prev = 0
        for m in _CODE_MARK.finditer(text):
            if code_series(m.group(1)) not in series:
                continue
            before = text[prev : m.start()]
            cut = [c.end() for c in _CLAUSE_START.finditer(before)]
            clause = _JOINED.sub("", before[max(cut) if cut else 0 :].strip(" ,"))
            prev = m.end()
            if len(clause.split()) < 3:
                continue
            k = _line_at(i, starts, m.start())
            said = f"{clause} {m.group(0)}"
            add(k, k + 1, clause, said, said, ref_no=m.group(1), effect=effect_of(m.group(2)))


#: "Björkvägen i Vallby (TN 2025/149) – utredningen pågår, klar i december": a matter
#: named with its dnr in brackets, a dash and what is said of it.
_DNR_UNIT = re.compile(
    r"^(?:[^:;]{2,60}:\s+)?(?P<name>[^();:]{3,80}?)\s*"
    r"\((?P<dnr>[A-ZÅÄÖ]{1,6}[ .-]?\d{4}[-/.:]\d{1,6})\)\s*[–—-]\s*(?P<said>\S.*)$"
)


def _dnr_units(lines: list[Line], sections: list[str | None], add) -> None:
    """A mention for each unit of a list run together with semicolons, two units or
    more each naming its ärende by its dnr ("Nämndsekreteraren redovisar: Björkvägen i
    Lunda (TN 2025/118) – förslag till beslut i november, kvarstår; Björkvägen i Vallby
    (TN 2025/149) – utredningen pågår, klar i december; …"): the unit is the passage, its
    name the label, its dnr the ärende's.  Read as one passage, the sentence was linked by
    the words of whichever matter it shared most with."""
    for i, starts, text in _paragraphs(lines, sections):
        if text.count(";") < 1:
            continue
        units, at = [], 0
        for part in text.split(";"):
            lead = len(part) - len(part.lstrip())
            units.append((at + lead, part.strip()))
            at += len(part) + 1
        found = [(pos, unit, m) for pos, unit in units if (m := _DNR_UNIT.match(unit))]
        if len(found) < 2:
            continue
        for pos, unit, m in found:
            said = unit.rstrip(".")
            k = _line_at(i, starts, pos)
            name = " ".join(m.group("name").split())
            add(k, k + 1, name, said, said, dnr=" ".join(m.group("dnr").split()), label=name,
                by_verb=True)


def annotate(doc: Document, ext: Extraction) -> None:
    """Set dnr, ref_no and label on ``ext``'s candidates and fill ``ext.mentions``."""
    lines = doc.lines
    if not lines:
        return
    index = {(ln.page, ln.line): i for i, ln in enumerate(lines)}
    paras = para_blocks(lines)
    para_of: list[Para | None] = [None] * len(lines)
    for p in paras:
        for i in range(p.start, p.stop):
            para_of[i] = p
    sections = line_sections(lines)
    # 0. Numbered action lines with an owner field the sentence rules did not read.
    add_numbered_actions(doc, ext, sections)

    agenda_points = any(
        (m := AGENDA_POINT.match(ln.text)) and AGENDA_OPENING.match(m.group(1))
        for ln in lines
    )

    starts = {i for c in ext.items if (i := index.get((c.page, c.line))) is not None}
    flat = [" ".join(ln.text.split()) for ln in lines]
    matter_titles = {matter_title(t) for ln, t in zip(lines, flat, strict=True)
                     if ln.cells is None and is_matter_title(t)}  # fmt: skip

    # Action codes ("A1.", "A26-14") that number a list of this document.
    series = code_series_of([ln.text for ln in lines if ln.cells is None], bullets=True)

    para_text = {id(p): " ".join(" ".join(ln.text.split()) for ln in lines[p.start : p.stop])
                 .casefold() for p in paras}  # fmt: skip

    # The body of each short § of an ärende (its dnr line aside), and how many of the
    # extractor's items stand in it.
    para_body: dict[int, str] = {}
    para_items: Counter[int] = Counter()
    for p in paras:
        if not p.dnr:
            continue
        body = " ".join(" ".join(ln.text.split()) for ln in lines[p.start + 1 : p.stop]
                        if ln.cells is None and not DNR.fullmatch(ln.text.strip()))  # fmt: skip
        if 0 < len(body) <= _PARA_EVIDENCE_MAX:
            para_body[id(p)] = body
    for c in ext.items:
        i = index.get((c.page, c.line))
        q = _own_para(para_of[i], paras, para_text, c) if i is not None else None
        if q is not None and q.dnr:
            para_items[id(q)] += 1

    # 1. What identifies each candidate's matter.
    own_line: dict[int, int] = {}
    for c in [*ext.items, *ext.possible]:
        i = index.get((c.page, c.line))
        if i is None:
            continue
        ln = lines[i]
        if (j := own_bullet(lines, i, c)) is not None:
            # The item's own bullet names it, not the paragraph's first line: its
            # label (or none) and its words are the bullet's.
            own_line[id(c)] = j
            ln = lines[j]
            unit = bullet_unit(lines, j)
            row = pair_row(lines, j)
            m_own = numbered_ref(lines[j].text)
            register = register_row(lines, j)
            if register is not None:
                # A register row: its code and assignment name the item's matter.
                unit = register[1]
                c.label = register[2].group("title")
                c.ref_no = " ".join(numbered_code(unit).split())
            else:
                c.label = (pair_label(row) if row else ref_label(m_own) if m_own
                           else label_of(unit))  # fmt: skip
            if m_own:
                c.ref_no = " ".join(m_own.group(1).split())
            if unit[:40] in " ".join((c.evidence or "").split()):
                c.evidence = unit
        if series and not c.ref_no and (j := _coded_line(lines, i, c, series)) is not None:
            # "A6. Dennis sammanställer …": the code of the list line that holds the
            # item's own sentence (the extractor may place it on the line before).
            c.ref_no = coded_item(lines[j].text, series).group(1)
            # … and its line is its passage: the line before is another action of the
            # list, no context of this one ("A1. Rikard tar fram …" before "A2. …").
            k = j + 1
            while k < len(lines) and lines[k].text.strip() and lines[k].page == lines[j].page \
                    and not coded_item(lines[k].text, series) and k - j < 4 \
                    and not re.match(r"\s*nästa\s", lines[k].text, re.IGNORECASE):
                k += 1
            c.evidence = " ".join(" ".join(lines[x].text.split()) for x in range(j, k))
        p = _own_para(para_of[i], paras, para_text, c)
        if p is not None and p.dnr:
            c.dnr = c.dnr or p.dnr
            body = para_body.get(id(p))
            if body and c in ext.items and para_items.get(id(p)) == 1 and _holds(body, c):
                # The § of one ärende with one item is the item's passage as written
                # ("Ett medborgarförslag om farthinder … har inkommit. … Beslut: Ärendet
                # bordläggs …"): the later § that decides it may name it by any of those
                # words, and the note reads as the protocol does.
                c.evidence = body
        if ln.cells and (run := _row_run(lines, i))[0] > i + 1:
            # The row's wrapped cells, joined: its status may end on the line under it
            # ("Offert inhämtad, 1,4 mnkr. Går / vidare till budgetberedningen. Klar.").
            first = " | ".join(x.strip() for x in ln.cells)
            ev = " ".join((c.evidence or "").split())
            if ev.startswith(" ".join(first.split())):
                c.evidence = " | ".join(run[1]) + ev[len(" ".join(first.split())) :]
        cells = ln.cells or pipe_cells(ln.text)
        if not cells and (own := pipe_cells(c.text or "")) and ln.text.strip().startswith(
                own[0].strip() + " "):
            # "13  Besparingsförslag …  Alla chefer  2025-05-20  Ny": a table set with
            # spaces and read from a PDF comes as one line of text, the row rebuilt in
            # the item's text: its first cell still numbers the row.
            cells = own
        first = row_number(cells[0]) if cells else None
        if first:
            c.ref_no = c.ref_no or first
        if not ln.cells:
            m_ref = numbered_ref(ln.text)
            if agenda_points and AGENDA_POINT.match(ln.text):
                m_ref = None  # the agenda's numbering (see below)
            # ("S-14 Ta fram förslag på …  Niklas F  2026-03-03": a row of a list set with
            # spaces, opened by its code.)
            m = NUMBERED_ITEM.match(ln.text) or m_ref or (
                coded_ref(ln.text, series) if series else None)
            if m and not (sections[i] and ln.text.strip() == sections[i]):
                c.ref_no = c.ref_no or m.group(1)
                # "9. Bygglovsarkitekt: Klar. Josefin Ahl anställd … Avslutas.": a status
                # told on a numbered line of the list's follow-up has the line for its
                # note, number and all (the sentence rules kept a part of it), as the
                # secretary finds it in the document.
                whole = " ".join(" ".join(lines[k].text.split())
                                 for k in range(i, unit_end(lines, i, len(lines))))
                ev = " ".join((c.evidence or "").split())
                status = c.status == "done" or c.kind in ("closing", "carried_over")
                if status and ev and ev != whole and ev in whole and len(whole) <= 600:
                    c.evidence = whole
            if m_ref:
                c.label = c.label or ref_label(m_ref)
            else:
                # The candidate's own passage may begin on a later line than the one it
                # is placed on ("… ny tidpunkt 2025-11-14. 14.5 Lokal för
                # informationsmöte: … bokad"): its own label first.
                c.label = c.label or label_of(c.evidence or "") or label_of(ln.text)
        # "1. Energiplan | Kristoffer | 25 augusti" over "   Status: arbetet startar
        # efter semestern": the line under a row is the row's own status field.
        field = row_field(lines, i) if ln.cells or ln.text.count("|") >= 2 else None
        if field and field not in (c.evidence or ""):
            c.evidence = f"{c.evidence or ln.text} | {field}"
        if c.status == "done" or c.kind == "closing":
            # "Diskmaskinen är lagad. Klart.": what is done names the matter.
            c.label = c.label or done_subject(c.evidence or c.text or "")
        # "Kuratorsfrågan kvarstår; HR återkommer i mars": the matter a status sentence
        # of the candidate's own opens with names it, beside a label over the passage.
        c.subject = c.subject or own_subject(c)
        own = c.evidence or c.text
        before = sentence_before(lines, i, starts, own)
        if before and c not in ext.items and not _goes_on(before, own or ""):
            before = None
        if before and before not in " ".join((c.evidence or "").split()):
            # "Halkolycka vid entrén till Björkskolan 2 april (vattenläcka …). / Roland
            # Bäck ska åtgärda stupröret …": the matter the action answers is said on
            # the line before it; a later statement may name it by those words.  So for
            # a possible item that goes on with the matter of the sentence before
            # ("Förslag till reviderad rutin för hot och våld presenteras. / Förslaget
            # skickas ut … för synpunkter"): unchecked, it is kept for later minutes to
            # speak of (services.not_taken).  Not one that brings up its own matter
            # ("… packningen på diskmaskinen läcker. / Kylrummen har inte haft
            # skyddsrond sedan 2023"): with those words a later "Packningen är bytt"
            # would name it.
            c.evidence = f"{before} {c.evidence or c.text}"
        if not c.label and c.section and FOLLOW_UP_SECTIONS.search(c.section):
            # "Uppföljning från förra mötet / Larmtelefoner / Upphandlingen har
            # överprövats. Arbetsgivaren återkommer …": the title line over a passage of
            # the follow-up names the earlier matter the passage goes on about.
            c.label = passage_title(lines, i)
        if p is not None and i > p.start and topic_title(p.title):
            # The § title names the matter of every item under it ("§ 46 Skolskjutsregler
            # för gymnasieelever" over "Förvaltningen får i uppdrag att inhämta …"), as a
            # topic label names the sentence after it.
            c.label = c.label or p.title
        elif sections[i] in matter_titles and topic_title(sections[i] or ""):
            # So does a title line that says it is a matter's ("Ärende: Rekrytering av
            # biträdande rektor, Norrskolan" over "Nina tar fram annons och tidplan …").
            c.label = c.label or sections[i]

    # 2. Mentions: passages no candidate covers that speak of a matter.
    meeting = ext.meeting
    covered: set[int] = set()
    cand_at: dict[int, list[Candidate]] = {}
    for c in ext.items:  # a possible item (unchecked in review) covers nothing
        i = own_line.get(id(c), index.get((c.page, c.line)))
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
        period = (
            passage_due(evidence, meeting.date, meeting.next_meeting) if eff == "update" else None
        )
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
    def para_mention(p: Para) -> None:
        body = [ln.text for ln in lines[p.start + 1 : p.stop]]
        text = " ".join(body)
        decision = text
        for k, t in enumerate(body):
            if _DECISION_HEADING.match(t):
                decision = " ".join(body[k + 1 :])
                break
            if m := _DECISION_LEAD.match(t):
                # "Arbetsutskottets beslut: Förvaltningen får i uppdrag …", on one line.
                decision = " ".join([m.group(1), *body[k + 1 :]])
                break
        if decision != text and effect_of(decision) is None:
            # "Arbetsutskottets beslut / Informationen noteras.": a decision that only
            # notes what was told leaves the body to say where the matter stands.
            decision = text
        # "§ 30 Avrapportering av uppdrag om …": the assignment reported back is closed
        # when the decision says nothing else of it.
        closed = "close" if _REPORT_BACK.match(p.title or "") and effect_of(
            decision or text) in (None, "decide") else None
        if (closed is None and decision == text and effect_of(text) == "close"
                and CONTINUE_WORDS.search(text)):
            # "… planen är klar i Bollnäs … Arbetet i övriga kommuner pågår och redovisas
            # på junisammanträdet. Informationen noteras.": in a § block that tells of
            # many things, a part done beside the matter going on is no close of it.
            closed = "update"
        add(p.start, p.stop, p.title, f"§ {p.number} {p.title}. {text}", decision or text,
            dnr=p.dnr, section=f"§ {p.number} {p.title}", effect=closed)  # fmt: skip

    for p in paras:
        if p.dnr:
            para_mention(p)

    # The numbers of this document's own table rows ("| 1 | Parkeringsplatser … | Klar |"),
    # which a block of comments under the table numbers its comments by.
    row_refs = {r for ln in lines
                if (cells := ln.cells or pipe_cells(ln.text)) and (r := row_number(cells[0]))}

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
                cell.strip().casefold().rstrip(":") in HEADER_CELLS or not cell.strip()
                for cell in ln.cells
            )
            end, run = _row_run(lines, i)
            if i not in covered and len(ln.cells) >= 2 and not header:
                ref = row_number(run[0])
                cells = run[1:] if ref else run
                title = max(cells, key=len) if cells else ln.text
                whole = " | ".join(run) if end > i + 1 else ln.text
                add(i, end, title, whole, " | ".join(cells), ref_no=ref, by_verb=True)
            i = end
            continue
        text = ln.text.strip()
        numbered = numbered_with_status(lines, i, p.stop if p is not None else None)
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
        # (A § of the follow-up, "§ 10 Föregående protokoll och uppföljning", whose
        # heading the section reading took for no heading: its numbered points too.)
        para_follow_up = (p is not None and not (sections[i] and FOLLOW_UP_SECTIONS.search(
            sections[i] or "")) and bool(FOLLOW_UP_SECTIONS.search(p.title or "")))
        follow_up_here = para_follow_up or bool(
            sections[i] and FOLLOW_UP_SECTIONS.search(sections[i] or ""))
        if m_ref is None and follow_up_here:
            # "Genomgång av åtgärdslistan / 17. Lantmäteriet: … Nytt datum 23 februari.":
            # under the list's follow-up, the number before the label is the row's.
            m_ref = followed_up_ref(text)
        if m_ref is None and series:
            # "S-17 Genomfört på APT 18/2.": a line opened by a code of the document's
            # list names that row without a label.
            m_ref = coded_ref(text, series)
        comment = (m_ref is None and sections[i] and COMMENT_SECTIONS.match(sections[i] or "")
                   and (m_no := NUMBERED_ITEM.match(text)) and m_no.group(1) in row_refs)
        if comment:
            # "Kommentarer / 2. Ett utkast till planen är skrivet …" under the table whose
            # row 2 it comments on: the comment speaks of that row's matter.
            end = unit_end(lines, i, p.stop if p is not None else len(lines))
            consumed.update(range(i, end))
            if not any(j in covered for j in range(i, end)):
                whole = " ".join(" ".join(lines[j].text.split()) for j in range(i, end))
                said = NUMBERED_ITEM.match(whole).group(2)
                add(i, end, said, whole, said, ref_no=m_no.group(1), by_verb=True,
                    effect=effect_of(said, by_verb=True) or "update")
            i = end
            continue
        if m_ref and (PROCEDURE_TITLE.match(m_ref.group(4).strip()) or (
                agenda_points and AGENDA_POINT.match(text))):
            # "Punkt 9: Övriga frågor", and every "Punkt N:" of minutes that number their
            # agenda so ("Punkt 1: Öppnande … Punkt 8: Arbetsmiljö"): a point of the
            # agenda, whose number is no action's number in a list.
            i += 1
            continue
        register = register_row(lines, i) if not m_ref else None
        if register is not None:
            # "U 2025:07 Kostnadsunderlag digital tvättstugebokning 2025-09-30 § 67 VD
            # 2025-12-16 Anses besvarad genom beslut § 92": a register's row, named by
            # its code and assignment; its status says what happens.
            end, whole, cells = register
            consumed.update(range(i, end))
            if not any(j in covered for j in range(i, end)):
                code = " ".join(numbered_code(whole).split())
                add(i, end, cells.group("title"), whole, cells.group("status") or whole,
                    ref_no=code, label=cells.group("title"), by_verb=True)  # fmt: skip
            i = end
            continue
        row = pair_row(lines, i) if not m_ref else None
        if row is not None and (named := pair_label(row)):
            # "Höj- och sänkbara skrivbord på förvaltningskontoret. | Medel finns …
            # Kvarstår.": a row of a "Fråga | Svar" table names its matter in its first
            # cell, as a label does.
            consumed.add(i)
            if i not in covered:
                add(i, i + 1, named, text, text, label=named, by_verb=True)
            i += 1
            continue
        label = None if m_ref else label_of(text)
        titled = None
        if not (m_ref or label) and in_follow_up(lines, i):
            # "Kvarstående frågor / … / Friskvårdsbidrag / Arbetsgivaren meddelar …": a
            # title line over a passage of the follow-up names it as a label does.
            titled = label = title_over_passage(lines, i)
        if not (m_ref or label):
            i += 1
            continue
        end = unit_end(lines, i, p.stop if p is not None else len(lines))
        consumed.update(range(i, end))
        if titled:
            # The extractor's items are placed by paragraph, not by line (a PDF's
            # paragraph holds several titled passages): an item belongs to the passage
            # that holds its own sentence.
            unit = " ".join(" ".join(lines[k].text.split()) for k in range(i, end))
            own = [c for c in ext.items if sentence_key(c) and sentence_key(c) in unit.casefold()]
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
                    own_text = " ".join((c.text or "").split())
                    held = bool(ev) and (ev in unit or (len(own_text) >= 20 and own_text in unit))
                    if held and ev != unit and len(unit) <= 600:
                        # The item keeps the passage its label opens ("Schemaprojektet
                        # hemtjänst: … delade turer … / Kommunal frågar …"): a later
                        # label may name the matter by those words.
                        c.evidence = unit
                    if m_ref:
                        c.ref_no = c.ref_no or m_ref.group(1)
                        # (The numbered point's own label before the title of the § or
                        # heading it stands under: "§ 10 Föregående protokoll och
                        # uppföljning / 1. Brukarnas delaktighet … – … Frågan är
                        # besvarad.")
                        heading = c.label is not None and p is not None and c.label == p.title
                        c.label = (ref_label(m_ref) or c.label) if heading else (
                            c.label or ref_label(m_ref))
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
            # "- 26-05: se p. 2.": the row's number and where its matter is told; the
            # linker lets that point's passage speak for the row.
            sent_on = POINTS_TO.match(m_ref.group(4).strip())
            where = {"section": " ".join(lines[p.start].text.split())} if (
                para_follow_up and p is not None) else {}
            add(i, end, note or m_ref.group(4), whole, whole, ref_no=m_ref.group(1),
                label=note or None, by_verb=True, **where,
                **({"effect": "update"} if sent_on else {}))  # fmt: skip
        else:
            assert label is not None
            add(i, end, label, whole, whole, label=label, by_verb=True)
        i = end
    # (Codes in brackets with a status, two of one series, make a list of their own.)
    counts = Counter(code_series(m.group(1)) for m in _CODE_MARK.finditer(
        " ".join(" ".join(ln.text.split()) for ln in lines if ln.cells is None)))
    marked = {k for k, n in counts.items() if n >= 2}
    if series | marked:
        _coded_marks(lines, sections, series | marked, add)
    _dnr_units(lines, sections, add)
    for p in paras:
        # A § without a dnr speaks as a whole only when no labelled, titled or numbered
        # passage of it was read ("§5 Kvarstående frågor / Friskvårdsbidrag / … /
        # Riskbedömning Tallen/Granen / …" speaks of each matter apart).
        if not p.dnr and not any(k in consumed for k in range(p.start + 1, p.stop)):
            para_mention(p)
    def refer_back(sentence: str, prev: str) -> None:
        """"Maria har gjort felanmälan om fönstret … men ingen har kommit. Vi väntar
        fortfarande och Maria stöter på igen.": an item whose sentence has a pronoun for
        its subject and says the matter goes on or is done speaks of the matter of the
        sentence before it, which becomes part of its evidence (so a later link finds
        the earlier matter by those words, not a new one by "vi" and "igen")."""
        if effect_of(sentence) not in ("update", "close"):
            return
        key = " ".join(sentence.split()).casefold()
        for c in ext.items:
            own = " ".join((c.text or "").split())
            ev = " ".join((c.evidence or own).split())
            if key in own.casefold() and prev not in ev and len(ev) <= len(own) + 40:
                c.evidence = f"{prev} {ev}"

    def follow_up_sentences(para: list[tuple[int, str]], read: list[str]) -> None:
        """Under a follow-up heading ("Uppföljning av förra mötets punkter") every
        sentence of running text speaks of an earlier matter: one that says by its
        words what happened to it ("… varningslampan är åtgärdad … – klar", "… punkten
        kvarstår") is a mention though its subject is not read ("Bil nummer 4 har varit
        på service och …").  A sentence with hardly a word of its own ("Inget mer att
        göra i frågan just nu.") is read with the sentence before it."""
        joined = " ".join(" ".join(t.split()) for _i, t in para)
        before = ""
        for _off, sentence in sentences(joined):
            prev, before = before, sentence
            if any(sentence in r or r in sentence for r in read):
                continue
            if said_by_item(sentence, ext.items):
                if prev and _PRONOUN_SUBJECT.match(sentence):
                    refer_back(sentence, prev)
                continue
            eff = effect_of(sentence)
            if eff not in ("close", "update"):
                continue
            passage = sentence
            if len(re.findall(r"[\wåäö]{4,}", sentence)) < 5 and prev:
                passage = f"{prev} {sentence}"
            at = next((i for i, t in para if " ".join(t.split())[:30] in sentence
                       or sentence[:30] in " ".join(t.split())), para[0][0])  # fmt: skip
            add(at, at + 1, sentence, passage, passage, effect=eff)

    # "… Planen godkänns. Åtgärd 14 klar. Effekten följs upp …": a sentence of any
    # paragraph that opens with the list's numbers for its rows and says what became of
    # them is a mention of each row it names (the number identifies the matter; the
    # sentences before it say what was done).  An item the extractor made of the
    # sentence or its paragraph names no row by itself when the sentence names two.
    by_number: list[str] = []
    for i, starts, text in _paragraphs(lines, sections):
        p = para_of[i]
        if p is not None and p.dnr:
            continue  # (the § block of an ärende speaks for it)
        for off, sentence in sentences(text):
            m = _REFS_OPENING.match(sentence)
            eff = effect_of(sentence) if m else None
            if m is None or eff not in ("close", "update"):
                continue
            by_number.append(sentence)
            upto = text[max(0, off - 200) : off + len(sentence)]
            passage = upto[upto.find(" ") + 1 :] if off > 200 else upto
            k = _line_at(i, starts, off)
            for number in dict.fromkeys(re.findall(r"\d{1,3}", m.group(1))):
                add(k, k + 1, sentence, passage, passage, effect=eff, ref_no=number)

    def closing_sentences(para: list[tuple[int, str]], read: list[str]) -> None:
        """Outside a follow-up heading too, a sentence of running text that says by a
        closing word that a matter is done ("Klockorna i omklädningsrummen fungerar
        igen.", "Arbetsgruppen har avslutat sitt arbete.", "Återrapporten godkänns.")
        speaks of an earlier matter and closes it: a mention the import links to the
        open item it names, or drops.  So does a decision that ends listed matters
        ("… beslutar att avskriva obesvarade motioner", "Samtliga motioner avslogs").
        Not the meeting's own course ("Mötet avslutas"), nor a sentence an item or a
        status reading already holds."""
        joined = " ".join(" ".join(t.split()) for _i, t in para)
        for _off, sentence in sentences(joined):
            if any(sentence in r or r in sentence for r in read):
                continue
            if len(sentence.split()) > _CLOSING_WORDS or said_by_item(sentence, ext.items):
                continue
            decided = _CLOSING_DECISION.search(sentence) or _MATTERS_DECIDED.search(sentence)
            word = CLOSE_WORDS.search(sentence)
            if decided is None and (
                word is None or _OWN_COURSE.search(sentence[: word.start()])
                or effect_of(sentence) != "close"
            ):
                continue
            at = next((i for i, t in para if " ".join(t.split())[:30] in sentence
                       or sentence[:30] in " ".join(t.split())), para[0][0])  # fmt: skip
            read.append(sentence)
            # ("Mobilpolicyn är beslutad …": the thing done opens the sentence and names
            # its matter, as a status sentence's subject does.)
            subject = done_subject(sentence.lstrip("-–•*· "))
            add(at, at + 1, sentence, sentence, sentence, effect="close",
                **({"subject": subject} if subject else {}))

    # Status sentences in running text ("Programmet för studiedagen är utskickat.").
    for para in running_paragraphs(lines, para_of, consumed):
        read: list[str] = list(by_number)
        for st in status_sentences(para):
            if any(st.text in r or r in st.text for r in read):
                continue  # (read above by its list numbers)
            read.append(st.text)
            if said_by_item(st.text, ext.items):
                continue
            eff = "close" if st.state == "done" else "update"
            if st.state == "done" and effect_of(st.text) == "update":
                # "… är klar med del ett; resten pågår": the later word decides.
                eff = "update"
            # The subject names the matter, but less surely than a label written as
            # one: it is scored as a subject (see link_scoring.score_pair).
            # A statement with no subject of its own ("Frågan är därmed avklarad")
            # concludes its paragraph: the paragraph is its passage.
            passage = st.context or st.text
            unit = bullet_unit(lines, st.line) if _BULLET_MARK.match(lines[st.line].text) else ""
            opener = _bullet_opening(lines, st.line) if not unit else None
            if opener is not None:
                # "- Upphandlingen av skrivartjänster … är avslutad och avtal / tecknat …
                # Upphandlingen gjordes av kommunen själv.": a later sentence of a bullet
                # that goes on with the words of its opening speaks of the bullet's
                # matter, and the bullet is its passage (what the process was of).
                whole = bullet_unit(lines, opener)
                flat_st = " ".join(st.text.split())
                if (not st.context and len(whole) <= _BULLET_PASSAGE_MAX and flat_st in whole
                        and not whole.lstrip("-–•*· ").startswith(flat_st[:20])
                        and _goes_on(whole[: whole.find(flat_st)], flat_st)):
                    st_passage = whole
                else:
                    st_passage = None
            else:
                st_passage = None
            if (not st.context and unit and len(unit) <= _BULLET_PASSAGE_MAX
                    and " ".join(st.text.split()) in unit
                    and unit.startswith(" ".join(st.text.split())[:20])):
                # "- Brandövningen är genomförd vecka 12. Återkoppling från
                # räddningstjänsten: …": a bullet speaks of one matter, and all of it is
                # the statement's passage (its note, and the words it is known by).
                passage = unit
            passage = st_passage or passage
            ref = _REF_SUBJECT.match(st.subject or "")
            if ref:
                # "LG tackar för rapporten. Nr 8 avslutas.": a list number as the
                # subject names the matter by its number, and its paragraph says what
                # was done with it.
                joined = " ".join(" ".join(t.split()) for _i, t in para)
                upto = joined[: joined.find(st.text) + len(st.text)] if st.text in joined else ""
                passage = upto if 0 < len(upto) <= 600 else passage
                add(st.line, st.line + 1, st.text, passage, passage, subject=st.subject,
                    effect=eff, ref_no=ref.group(1))  # fmt: skip
                continue
            add(st.line, st.line + 1, st.text, passage, passage, subject=st.subject,
                effect=eff)  # fmt: skip
        section = sections[para[0][0]]
        if section and FOLLOW_UP_SECTIONS.search(section):
            follow_up_sentences(para, read)
        else:
            closing_sentences(para, read)
    for c in [*ext.items, *mentions]:
        # "§ 4 Uppföljning från förra skolrådet / Maten: Kostchefen hade förhinder …": a
        # passage under a heading of the follow-up that opens with a label of its own is
        # named by that label, not by the heading over several matters.
        heading = c.label and (FOLLOW_UP_SECTIONS.search(c.label) or (
            c.section and c.label.casefold() in c.section.casefold()))
        if heading and (own := label_of(c.evidence or "")) and own != c.label and (
                not FOLLOW_UP_SECTIONS.search(own)):
            c.label = own
    ext.mentions = mentions
