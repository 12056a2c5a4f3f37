"""What the follow-up reader collects and the shapes it recognises entries by: an
:class:`Entry` (text, status, owner, comments), the verdict of an uppdrag's comment
(:func:`comment_verdict`), the columns of a follow-up table and its header written as
one line (:func:`followup_header`), field labels, and the clause patterns of running
text.  Shared by the reader (:mod:`tracker.extract.report_followup`) and its mixins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tracker.domain import Line
from tracker.extract.followup_lines import _NEGATED, _clean, status_of
from tracker.extract.followup_words import followup_data, vocabulary
from tracker.extract.report_rules import sentences
from tracker.language.date_period import Period

# --- entries --------------------------------------------------------------------------------


@dataclass(slots=True)
class Entry:
    text: str
    line: Line
    status: str | None = None  # "open" | "done" | "colour" | None (from the comment)
    status_text: str | None = None
    owner: str | None = None
    comments: list[str] = field(default_factory=list)
    structure: str = ""
    columns: _TableColumns | None = None  # the table it is a row of
    control: bool = False  # an internal control point (deviations decide)
    end: Period | None = None  # a column's end date or year ("Slutår 2020")


#: A comment that says the entry itself is finished ("Uppdraget är slutfört",
#: "Arbetet har avslutats", "Klart."); a finished step inside it does not finish it.
_COMMENT_DONE = re.compile(
    r"(?:^|\.\s+)(?:klart|klar|genomfört|genomförd|slutfört|avslutat)\b|"
    r"\b(?:uppdraget|aktiviteten|åtgärden|arbetet|uppdragen)\s+(?:\w+\s+){0,3}?(?:är|har|anses)\s+"
    r"(?:\w+\s+){0,2}?(?:slutfört|slutförts|genomfört|genomförts|avslutat|avslutats|klart|"
    r"redovisat|redovisats|verkställt|verkställts|färdigt|besvarat|uppfyllt)\b",
    re.IGNORECASE,
)


#: A sentence that judges the uppdrag itself: "Uppdraget är (inte) genomfört …".
_VERDICT = re.compile(
    r"^(?:uppdraget|uppdragen|aktiviteten|aktiviteterna|åtgärden|åtgärderna)\s+"
    r"(?:är|har|bedöms|anses|beräknas|blev|kommer)\b",
    re.IGNORECASE,
)
_NEGATED_VERDICT = re.compile(r"\b(?:inte|ej|icke|ännu inte|delvis)\b", re.IGNORECASE)


def comment_verdict(
    comments: list[str], control: bool = False, entry: str | None = None
) -> tuple[str, str]:
    """(status, evidence) of an uppdrag from its comment: done only when the comment says
    the uppdrag itself is finished (by its own name or a word of the ``entry``: "Utreda
    X" / "Utredningen har slutförts"); an open cue is quoted; otherwise still open.  For
    an internal control (``control``) a deviation found is open, "inga avvikelser" done."""
    text = " ".join(comments)
    sents = sentences(text)
    voc = vocabulary()
    for s in sents:
        # The report's own verdict on the uppdrag ("Uppdraget är genomfört under året",
        # "Uppdraget är inte genomfört", "Uppdraget bedöms bli genomfört") decides over
        # the steps its comment tells.
        verdict = _VERDICT.match(s)
        if verdict is None:
            continue
        if _NEGATED_VERDICT.search(s) or voc.forecast.search(s):
            # Not finished: the sentence that tells the work going on says more.
            going = next((t for t in sents if voc.prose_open.search(t)), None)
            return "open", going or s
        if _COMMENT_DONE.search(s):
            return "done", s
    for s in sents:
        if voc.prose_open.search(s) or voc.stage.search(s):
            return "open", s
    for s in sents:
        if control and _DEVIATION_FOUND.search(s) and not _NO_DEVIATION.search(s):
            return "open", s
    for s in sents:
        if _COMMENT_DONE.search(s) or (control and _NO_DEVIATION.search(s)):
            return "done", s
        if entry is not None and _finished_itself(s, entry):
            return "done", s
    for s in sents:
        # "Uppdraget bedöms bli genomfört under året": not finished yet (a finished
        # uppdrag whose report "kommer att behandlas" in May is finished all the same).
        if voc.forecast.search(s):
            return "open", s
    return "open", ""


#: A sentence that says its subject was finished, reported or adopted: "Uppdraget
#: redovisades till kommunstyrelsen i mars", "Riktlinjerna antogs av nämnden",
#: "Utredningen har slutförts", "Arbetet har avrapporterats".
_SUBJECT_FINISHED = re.compile(
    r"^(?:(?:En|Ett|Den|Det|De|Vår|Vårt|Våra)\s+(?:ny\w*\s+)?)?"
    r"(?P<subject>[A-ZÅÄÖa-zåäö][\wåäö-]+)\s+(?:[\wåäö-]+\s+){0,3}?"
    r"(?:(?:har|hade|är|var|blev)\s+(?:nu\s+|även\s+)?(?:slutförts?|genomförts?|avslutats?|"
    r"redovisats?|avrapporterats?|återrapporterats?|antagits?|fastställts?|beslutats?|"
    r"verkställts?|implementerats?|införts?|klar|klart|klara|färdig|färdigt)|redovisades|"
    r"avrapporterades|återrapporterades|avslutades|slutfördes|genomfördes|antogs|"
    r"fastställdes|beslutades|infördes|implementerades|togs\s+i\s+bruk)\b"
)
#: The subjects that name the uppdrag itself, whatever it is.
_ITSELF = frozenset({"uppdraget", "uppdragen", "aktiviteten", "aktiviteterna", "arbetet",
                     "åtgärden", "åtgärderna", "insatsen", "projektet", "uppgiften"})
_DEFINITE = re.compile(r"(?:erna|arna|orna|na|en|et|n)$")


def _finished_itself(sentence: str, entry: str) -> bool:
    """Whether ``sentence`` says the entry itself was finished: its subject names the
    uppdrag ("Uppdraget …") or a word of the entry ("Se över riktlinjerna …" /
    "Riktlinjerna antogs …", "Utreda …" / "Utredningen har slutförts")."""
    m = _SUBJECT_FINISHED.match(sentence.strip())
    if m is None or _NEGATED_VERDICT.search(sentence):
        return False
    subject = m.group("subject").lower()
    if subject in _ITSELF:
        return True
    stem = _DEFINITE.sub("", subject)
    if len(stem) < 6:
        return False
    # (the word's first five letters: "utredningen" ~ "utreda", "tjänsten" ~ "e-tjänst")
    stem = stem[:5]
    return any(w.startswith(stem) for w in re.findall(r"[\wåäö]+", entry.lower()))


#: An internal control that found something: "avvikelser hittades i 4 av 20 ärenden",
#: "brister i dokumentationen"; and one that did not ("inga avvikelser").
_DEVIATION_FOUND = re.compile(r"\b(?:avvikelse[rn]?|brist(?:er|en|erna)?|felaktig\w*)\b", re.I)
_NO_DEVIATION = re.compile(
    r"\b(?:inga|ingen|ej|inte)\s+(?:\w+\s+)?(?:avvikelse[rn]?|brist(?:er)?|anmärkning\w*)\b|"
    r"\butan\s+(?:avvikelse[rn]?|anmärkning\w*|brist(?:er)?)\b",
    re.I,
)


# --- tables with named columns ------------------------------------------------------------


@dataclass(slots=True)
class _TableColumns:
    names: list[str]
    entry: int
    status: int | None
    comment: int | None
    owner: int | None
    due: int | None

    @property
    def count(self) -> int:
        return len(self.names)


_STATUS_HEAD = re.compile(
    r"^(?:status|bedömning|statusbedömning|läge|uppfyllt|prognos|beräknad|planerad|"
    r"beredningsstatus|handläggningsstatus)\b",
    re.I,
)
_COMMENT_HEAD = re.compile(r"^(?:kommentar|kommentarer|analys|genomförande|resultat)\b", re.I)
_OWNER_HEAD = re.compile(r"^(?:ansvarig|ansvar|vem|nämnd|förvaltning)\b", re.I)
_DUE_HEAD = re.compile(r"^(?:slutdatum|klart senast|klar senast|när|tidplan|deadline)\b", re.I)


def _row_cells(ln: Line) -> list[str] | None:
    """A table row's cells: from the reader, or a written row "a | b | c" / tabs."""
    if ln.cells is not None:
        return [c.strip() for c in ln.cells]
    text = ln.text.strip()
    if text.startswith("|") and text.endswith("|") and len(text) > 1:
        text = text[1:-1]  # "| a | b |"; a row that only starts with "|" has an empty cell
    for sep in ("|", "\t"):
        n = text.count(sep)
        if n >= 2 or (n == 1 and len(text) < 120):
            return [c.strip() for c in text.split(sep)]
    return None


def _table_columns(cells: list[str]) -> _TableColumns | None:
    """The columns of a follow-up table header: an entry column (uppdrag, aktivitet,
    åtgärd, kontrollmoment) and a status or comment column."""
    voc = vocabulary()
    if len(cells) < 2 or any(len(c) > 40 for c in cells):
        return None
    entry = status = comment = owner = due = None
    for k, c in enumerate(cells):
        if entry is None and voc.entry_head.match(c):
            entry = k
        elif status is None and _STATUS_HEAD.match(c):
            status = k
        elif comment is None and _COMMENT_HEAD.match(c):
            comment = k
        elif comment is None and voc.entry_head.search(c):
            # "Rekommendation | Vidtagen åtgärd | Status": what was done is the comment.
            comment = k
        elif owner is None and _OWNER_HEAD.match(c):
            owner = k
        elif due is None and _DUE_HEAD.match(c):
            due = k
    if entry is None or (status is None and comment is None):
        return None
    return _TableColumns(cells, entry, status, comment, owner, due)


def _cell_status(value: str) -> tuple[str | None, str]:
    """The status a status cell gives (open/done/colour), or None when it is empty or
    says nothing the vocabulary knows (the comment decides)."""
    if not value:
        return None, ""
    st = status_of(value)
    if st:
        return st[0], st[1]
    voc = vocabulary()
    if voc.prose_open.search(value) or voc.open_value.search(value) or _NEGATED.search(value):
        return "open", value
    if voc.done_value.search(value):
        return "done", value
    return None, value


#: Words before a date in a comment that make it the work's due date.
_DUE_WORDS = re.compile(
    r"\b(?:klar|klart|färdig|färdigt|slutför\w*|beräknas|planeras|nytt slutdatum|ny tidplan|"
    r"senast|beslutas|väntas|genomfört|genomförd|genomföras|bedöms)\b",
    re.I,
)

#: A status sentence followed by a list that spreads it over owners.
_LIST_AFTER = re.compile(
    r"^För\s+[\wåäö -]+?\s+(?:handlar\s+det\s+om|gäller\s+det|avser\s+det|"
    r"rör\s+det\s+sig\s+om)\b"
)

#: The entry field of an internal control's follow-up.
_CONTROL_LABEL = re.compile(r"^(?:kontrollmoment|kontrollområde|kontrollpunkt)\b", re.I)


def _list_part(part: str) -> tuple[str, str] | None:
    """(owner, things) of one part of a list spread over owners: "för samhällsbyggnad om
    A och B", "För kommunstyrelsen handlar det om A", "för tekniska nämnden en ny bro"."""
    m = re.match(
        r"^[Ff]ör\s+(?P<owner>[\wåäö -]+?)\s+(?:handlar\s+det\s+om|gäller\s+det|"
        r"avser\s+det|rör\s+det\s+sig\s+om|om)\s+(?P<list>.+)$",
        part,
    )
    if m:
        owner, things = m.group("owner").strip(), m.group("list")
    else:
        # No connector: the owner is the words up to a body noun ("tekniska nämnden").
        words = part.split()[1:]
        k = next(
            (
                j for j in range(min(4, len(words) - 1), 0, -1)
                if vocabulary().body_name.match(" ".join(words[:j]).capitalize())
            ),
            None,
        )
        if k is None:
            return None
        owner, things = " ".join(words[:k]), " ".join(words[k:])
    return owner[:1].upper() + owner[1:], things


#: Field labels of a labelled page besides status, owner and values.
_COMMENT_LABEL = re.compile(
    r"kommentar(?:er)?|analys|resultat|genomförande|beskrivning|förklaring", re.I
)
_OTHER_LABEL = re.compile(r"trend|period|uppdaterad(?: datum)?|senast uppdaterad|id", re.I)

_PROSE = followup_data()[
    "prose"
]


def _capitals(entries: list[str]) -> str:
    """An alternation of the words as a sentence opens with them ("Mål", "Målet är"),
    case kept: a capital after a lower-case word is what marks the run-on."""
    return "|".join(re.escape(e[:1].upper() + e[1:]).replace(r"\ ", r"\s+") for e in
                    sorted(entries, key=len, reverse=True))


#: Where text flattened from a laid-out page runs a heading or a caption into the next
#: sentence without a full stop: around a word in capitals ("… Badhuskajen
#: FÖRVALTNINGSBERÄTTELSE Viktiga händelser …") and before a sentence opener after a
#: lower-case word ("… under perioden Under tertialet har …").
_FLAT_BREAK = re.compile(
    r"(?<=[a-zåäö0-9)])\s+(?=[A-ZÅÄÖ]{4,}\b)|(?<=[A-ZÅÄÖ]{4})\s+(?=[A-ZÅÄÖ][a-zåäö])|"
    r"(?<=[a-zåäö])\s+(?=(?:Under|Inom|Efter|Sedan|Dessutom|Samtidigt|Vi|Det|Arbetet)\s)|"
    # a list's dashes kept in a page read as one line: "… kan ske: -Hanteringen av …"
    r"(?<=[.:;])\s+[-–•]\s*(?=[A-ZÅÄÖ][a-zåäö])|"
    # a numbered entry's label or a verdict run on after a lower-case word ("… värdegrund
    # Mål 2 - Kunskaperna …", "… ska öka Målet är delvis uppfyllt"; ``[prose]``)
    r"(?<=[a-zåäö])\s+(?=(?:" + _capitals(_PROSE["glued_labels"]) + r")\s+\d{1,2}\s*[-–:.]\s)|"
    r"(?<=[a-zåäö])\s+(?=(?:" + _capitals(_PROSE["glued_verdicts"]) + r")\s)"
)


#: Words a follow-up table's header may hold besides its entry and comment columns:
#: periods, who, when.
_HEADER_FILLER = re.compile(
    r"^(?:\d{4}|T[123]|tertial|delår|helår|år|per|nämnd|ansvarig|ansvar|styrelse|"
    r"förvaltning|datum|slutdatum|startdatum|prognos|mål|nr|id|[|:–-])$",
    re.IGNORECASE,
)


def _is_table_header(text: str) -> bool:
    """A header of an uppdrag table written as one line: only column names ("Uppdrag",
    "Kommentar", "Status", "Nämnd") and periods; "Uppdrag och resultat" is a heading."""
    voc = vocabulary()
    if len(text) > 90 or text.rstrip().endswith(".") or len(text.split()) > 10:
        return False
    if not (voc.entry_head.search(text) and voc.comment_head.search(text)):
        return False
    for word in text.split():
        w = word.strip("():,.")
        if not w or _HEADER_FILLER.match(w) or voc.entry_head.fullmatch(w):
            continue
        if voc.comment_head.fullmatch(w):
            continue
        return False
    return True


def followup_header(text: str) -> bool:
    """A follow-up table's header written as one line ("Nämnd T1 2024 Uppdrag Kommentar")."""
    return _is_table_header(_clean(text)) and not _ACTION_HEAD.search(text)


def _heading_line(text: str) -> bool:
    t = text.strip()
    return 0 < len(t) <= 90 and not t.endswith((".", ":", ",")) and len(t.split()) <= 12


#: Where a sentence joins two clauses of its own: ", och arbetet …", "; …", ", men …".
_CLAUSE_JOIN = re.compile(
    r";\s+|,?\s+(?:och|men|medan|samtidigt som)\s+"
    r"(?=(?:arbetet|det|den|de|vi|man|[a-zåäö]+(?:et|en|na|er|ar|or))\s)"
)
#: A clause that reports its work as finished ("… har genomförts", "… är klart").
_CLAUSE_DONE = re.compile(
    r"\b(?:har|hade|är|blev|blivit)\s+(?:\w+\s+)?(?:genomförts|genomförda?|avslutats|"
    r"avslutade?|slutförts|slutförda?|färdigställts|klara?|klart)\b",
    re.IGNORECASE,
)


#: A key to symbols or colours ("☺ = Målet bedöms bli uppfyllt", "Symbolerna ska tolkas
#: enligt följande"): it explains judgements, it makes none.
_LEGEND = re.compile(r"=|\btolkas\b|\bförklaring\b|\bteckenförklaring\b", re.IGNORECASE)


#: Columns of an action table in minutes (who, when): such a header is no follow-up's.
_ACTION_HEAD = re.compile(r"\b(?:ansvarig|vem|när|klart senast|datum)\b", re.IGNORECASE)
