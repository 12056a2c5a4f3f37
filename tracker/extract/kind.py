"""Decide whether a document is minutes (protokoll, minnesanteckningar) or a follow-up
report (verksamhetsberättelse, tertialrapport), from words near the top and from the
shapes that only reports have (activity tables, goal judgements)."""

from __future__ import annotations

import re

from tracker.domain import Document
from tracker.extract.kind_signals import (
    REPORT_MARGIN,
    TITLE_LINES,
    TITLE_MAX_CHARS,
    register_title,
    report_title_words,
    scores,
    title_text,
    weak_kind,
)

_REPORT_TITLE = re.compile(
    # the names a report gives itself: data (``[titles] report`` in kind.toml)
    report_title_words() + "|"
    r"uppföljning av verksamhetsplan|uppföljning av (?:\w+ )?uppdrag|"
    r"redovisning av (?:\w+ )?uppdrag|"
    # follow-ups of a supervisor's or the auditors' findings, and the standing reports
    # to fullmäktige of what is not yet done
    r"uppföljning av (?:\w+ ){0,2}(?:tillsyn|granskning\w*|revision\w*|rekommendationer|"
    r"brister|åtgärder|handlingsplan\w*|åtgärdsplan\w*)|"
    r"obesvarade (?:motioner|medborgarförslag)|"
    r"(?:icke|ej|inte) verkställda (?:gynnande )?beslut|"
    # a period counted in tertials with its year: "Åtgärdsplan tertial 2 2020", "T1 2024"
    r"\b(?:tertial\s*[123]|T[123])\s+(?:19|20)\d{2}\b",
    re.IGNORECASE,
)
_MINUTES_TITLE = re.compile(
    r"\bprotokoll\b|minnesanteckningar|mötesanteckningar|anteckningar från|"
    r"sammanträdesprotokoll|\bjusterare\b|\bjusteras\b|närvarande|\bdeltagare\s*:|"
    r"\bdagordning\b|arbetsplatsträff|\bAPT\b|sammanträdesdatum|nästa\s+möte\b|"
    # a protocol's signing block, which only minutes have ("Justeringens plats och tid",
    # "Justerande", "Protokollet är justerat")
    r"justeringens\s+plats|\bjusterandes?\b|protokollet\s+är\s+justerat|"
    # a web page telling what a meeting decided ("Regionstyrelsen har sammanträtt")
    r"har sammanträtt|beslut i korthet|beslut från (?:dagens|senaste) (?:möte|sammanträde)|"
    # … or telling it in brief ("Referat från kommunstyrelsen 7 december", "referat från
    # nämndens möte"): a record of the meeting, not a report of work
    r"\breferat från (?:[\wåäö-]+(?:styrelsen|nämnden|fullmäktige|utskottet|rådet)\b|"
    r"(?:[\wåäö-]+\s+){0,2}(?:möte|mötet|sammanträde\w*)\b)|"
    # a meeting's own page or decision record whose matter is a report by name
    # ("Sammanträde 2016-10-04", "beslutade vid sitt sammanträde", "Val av
    # protokolljusterare", "beslutar … på nämndens vägnar"): the report is the matter, the
    # document is the meeting's
    r"^\s*sammanträde\s+(?:den\s+)?\d|beslutade vid (?:sitt|dagens|nämndens) sammanträde|"
    # ("Protokollsjustering": the item of a meeting's page, as "Val av protokolljusterare")
    r"\bprotokolls?juster\w*|på nämndens vägnar",
    re.IGNORECASE | re.MULTILINE,
)
#: A protocol's signing block and frame: a register page has none of them, the
#: minutes that treat a register (their item "Obesvarade motioner") have them.
_SIGNING = re.compile(
    r"\bjusterare\b|justeringens\s+plats|\bjusterandes?\b|protokollet\s+är\s+justerat|"
    r"sammanträdesdatum|^\s*närvarande\b|^\s*beslutande\s*:?\s*$",
    re.IGNORECASE | re.MULTILINE,
)
#: The auditors' report presenting itself on a title line of its first lines
#: ("Revisionsrapport …", "Granskning av ekonomistyrningen"; a web address may stand
#: before it): its recommendations are work the audited body owes.  Minutes that treat
#: such a report name it inside their items, never as their title.
_AUDIT_TITLE = re.compile(
    r"^(?:\S+\.\w{2,3}\s+)?(?:revisionsrapport|granskningsrapport|granskning av|"
    # the auditors' own judgement of a report ("Revisorernas utlåtande", "Revisorernas
    # bedömning av delårsrapporten")
    r"(?:revisorernas|revisionens)\s+(?:bedömning|utlåtande|granskning|iakttagelser)"
    r"|utlåtande\s+över\s+(?:delårsrapport|årsredovisning))\b",
    re.I,
)
_AUDIT_TITLE_LINES = 40


#: Follow-up shapes (status lines …) that make a document a report whatever else it says.
_MANY_FOLLOWUP_SHAPES = 4
_REPORT_SHAPE = re.compile(
    r"Aktivitet\s+Startdatu|Årsmålet uppfylls|Nämndmål:|KF:s mål för", re.IGNORECASE
)


#: The lines read for a report's title ("Delårsrapport 2 2021" on its cover).
_HEAD_LINES = 60
#: A line that is a sentence, not a title: it ends as one, is a bullet, or goes on from
#: the line before (a lower-case start).
_SENTENCE_LINE = re.compile(r"[.!?;,]\s*$|^\s*(?:[•·\-–*]|\d+[.)]\s)|^\s*[a-zåäö]")


def _title_block(doc: Document) -> set[str]:
    """The short lines that open the document, up to its first paragraph: where it names
    itself (a sub-heading further down names one of its matters)."""
    out: set[str] = set()
    for ln in doc.lines[:_HEAD_LINES]:
        text = ln.text.strip()
        if not text:
            continue
        if len(text) > TITLE_MAX_CHARS or len(out) >= TITLE_LINES:
            break
        out.add(text)
    return out


def _titled_report(doc: Document) -> bool:
    """Whether the head names a report as its title, not as a meeting's matter.

    A report names itself on its title line, which decides alone ("Rapportering av icke
    verkställda beslut").  A page telling what a meeting decided names reports as its
    matters: on a heading of their own ("Besked i delårsrapporten" under "Nya beslut i
    fullmäktige") or inside its sentences ("• Årsredovisningen för stiftelsen
    godkändes.", "… och lämna en återrapportering i maj."), so there the
    meeting's weak words (its title, §, beslutade, sammanträde …: :func:`scores`) are
    weighed against the report's: a heading is a report's unless the meeting outweighs
    it, a mention in a sentence only when the report outweighs the meeting."""
    title = _title_block(doc)
    heading = mention = False
    for ln in doc.lines[:_HEAD_LINES]:
        text = ln.text.strip()
        if not _REPORT_TITLE.search(text):
            continue
        if text in title and not _SENTENCE_LINE.search(text):
            return True
        if len(text) <= TITLE_MAX_CHARS and not _SENTENCE_LINE.search(text):
            heading = True
        else:
            mention = True
    if not (heading or mention):
        return False
    s = scores(doc.lines)
    return s["report"] >= s["minutes"] if heading else s["report"] > s["minutes"]


#: A page's title telling one meeting's decisions by its body ("Kommunfullmäktige i
#: korthet", "Debatt och nya beslut i kommunfullmäktige", "Beslut från regionstyrelsens
#: sammanträde"): the page is the meeting's record.  Only as the title, among the first
#: lines: an annual report's section "Socialnämnden i korthet" stands deep inside it.
_MEETING_PAGE_TITLE = re.compile(
    r"^\W{0,3}(?:[\wåäö-]*(?:fullmäktige|styrelsen|nämnden|utskottet)\s+i\s+korthet|"
    r"(?:[\wåäö]+\s+){0,3}beslut\s+(?:i|från|på)\s+[\wåäö-]*(?:fullmäktige|styrelsen|"
    r"nämnden|utskottet)s?(?:\s+(?:sammanträde|möte))?)\s*[-–:]?",
    re.IGNORECASE,
)
_PAGE_TITLE_LINES = 6
_PAGE_TITLE_WORDS = 10


def _meeting_page_title(doc: Document) -> bool:
    lines = [" ".join(ln.text.split()) for ln in doc.lines[:40] if ln.text.strip()]
    return any(len(t.split()) <= _PAGE_TITLE_WORDS and _MEETING_PAGE_TITLE.match(t)
               for t in lines[:_PAGE_TITLE_LINES])


def _report_outweighs(doc: Document) -> bool:
    """Whether a report's own title outweighs minutes words met in passing.

    Minutes words decide alone when they frame the page (its title lines name the
    meeting); met only in the text ("Fullmäktige beslutade vid sitt sammanträde i
    november om tolv mål", in the auditors' review of a delårsrapport) they are weighed
    against the whole text: a title line naming a report or an audit, and the report's
    weak signals over the text above the meeting's (:func:`scores`)."""
    # (the title: the first few short lines that do not read as sentences)
    heads = [t for t in title_text(doc.lines).splitlines()
             if not _SENTENCE_LINE.search(t) and len(t.split()) <= _PAGE_TITLE_WORDS]
    title = "\n".join(heads)
    if _MINUTES_TITLE.search(title) or _meeting_page_title(doc):
        return False
    if not (_REPORT_TITLE.search(title) or any(_AUDIT_TITLE.match(t) for t in heads)):
        return False
    s = scores(doc.lines, title)
    return s["report"] >= s["minutes"] + REPORT_MARGIN


def detect_kind(doc: Document) -> str:
    """The document's kind: ``minutes``, ``report`` or ``unknown``."""
    return decide_kind(doc)[0]


def decide_kind(doc: Document) -> tuple[str, bool]:
    """The document's kind and whether strong words decided it (False: a register title
    against minutes words, or weak signals alone).

    ILS shapes decide first; then minutes words; then the general follow-up shapes (status
    lines, uppdrag tables, labelled status fields: ``report_followup``) and report titles.
    Follow-up shapes overrule minutes words only when there are many; a register of
    unanswered motions on the title line, or two entries or more of a status register
    (:mod:`~tracker.extract.status_rows`), overrule them when no signing block is there;
    minutes words met only in the running text give way to a report's or an audit's
    title line when the whole text's weak signals side with the report.  What none of
    these decides is weighed from weak signals
    (:func:`~tracker.extract.kind_signals.weak_kind`): a report when they clearly say so,
    else unknown."""
    from tracker.extract.report_followup import followup_shapes
    from tracker.extract.status_rows import MIN_ENTRIES, status_entry_count

    head = "\n".join(ln.text for ln in doc.lines[:_HEAD_LINES])
    body = doc.text()
    report_shapes = len(_REPORT_SHAPE.findall(body))
    if report_shapes >= 2 or (_REPORT_TITLE.search(head) and report_shapes >= 1):
        return "report", True
    if followup_shapes(doc.lines, strong=True) >= _MANY_FOLLOWUP_SHAPES:
        return "report", True
    minutes_words = bool(_MINUTES_TITLE.search(head) or _MINUTES_TITLE.search(body[:20000])
                         or _meeting_page_title(doc))
    signing = bool(_SIGNING.search(body))
    if (register_title(doc.lines) or status_entry_count(doc.lines) >= MIN_ENTRIES) and not signing:
        # A register of motions or a goal table whose entries each carry a status: the
        # follow-up is the page's structure, whatever meeting it tells of.
        return "report", not minutes_words
    audit = any(_AUDIT_TITLE.match(ln.text.strip()) for ln in doc.lines[:_AUDIT_TITLE_LINES])
    if minutes_words and not signing and _report_outweighs(doc):
        return "report", False
    if minutes_words:
        return "minutes", True
    if audit or _titled_report(doc) or followup_shapes(doc.lines) >= 1:
        return "report", True
    return weak_kind(doc.lines), False
