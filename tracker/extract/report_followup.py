"""Follow-up structure in general: the shapes that follow-up reports from many
organisations share, beside the ILS activity table (:mod:`tracker.extract.report_parse`).

A follow-up names who is responsible (a heading: a nämnd, styrelse, förvaltning, enhet,
bolag) and then lists entries — lines, bullets, table rows or paragraphs — each an
assignment or activity with a status given by a word, a column, a colour or its comment:

* **status lines** — "Revidera lokalplanen PÅGÅENDE", a row whose cell is a status value;
* **uppdrag tables** — a header "Uppdrag … Kommentar" (or "Status | Aktiviteter |
  Kommentar"), then per entry its text, a status line ("Inga data", "Grön", "Pågår") and
  a comment; without a status the comment decides, and an uppdrag whose comment does not
  say it is finished is still open;
* **labelled pages** — "Åtgärdsstatus: Genomförs kontinuerligt", "Status: Tillståndet är
  dåligt" with "Senaste värdet" / "Målvärde" (an indicator off target), "Ansvarig
  organisation: …";
* **running text** — "viktiga händelser" under unit headings: a sentence that says work
  goes on ("pågår", "fortsätter", "avvaktar", "började byggas upp", "första året av
  tre"), an enumeration that spreads one status over several owners ("För X handlar det
  om A, för Y om B och C").

The vocabulary (status words, colours, labels, table words, body nouns, prose cues) is
data: ``resources/extract/followup.toml``.  Each candidate carries ``reasons`` in Swedish
naming the structure and the status word that made it.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache

from tracker.domain import Candidate, Line
from tracker.extract.dates import Period, due_fields, find_periods, is_cued
from tracker.extract.report_rules import find_bodies, normalise_body, sentences, short_title
from tracker.paths import resources_dir

# --- vocabulary -----------------------------------------------------------------------------


def _words(entry: str) -> str:
    return r"\s+".join(re.escape(w) for w in entry.split())


def _alt(entries: list[str]) -> str:
    return "|".join(_words(e) for e in sorted(set(entries), key=len, reverse=True))


@dataclass(frozen=True, slots=True)
class Vocabulary:
    open_value: re.Pattern[str]
    done_value: re.Pattern[str]
    colour: re.Pattern[str]
    negative: re.Pattern[str]
    trailing: re.Pattern[str]
    status_label: re.Pattern[str]
    owner_label: re.Pattern[str]
    owner_labels: frozenset[str]
    value_label: re.Pattern[str]
    entry_head: re.Pattern[str]
    comment_head: re.Pattern[str]
    body_name: re.Pattern[str]
    generic: frozenset[str]
    organisation_owner: dict[str, str]
    prose_open: re.Pattern[str]
    stage: re.Pattern[str]
    anaphor: re.Pattern[str]
    skip_after: re.Pattern[str]
    trend: re.Pattern[str]
    section: re.Pattern[str]
    status_heading: re.Pattern[str]
    goal_miss: re.Pattern[str]
    inverted_subject: re.Pattern[str]
    next_step: re.Pattern[str]


def _inverted_subject(org_nouns: list[str], body_nouns: str) -> re.Pattern[str]:
    """"Bland annat har X kommun och Y folkhögskola under året inlett …": the subject
    after an opening adverbial and "har", when it names organisations or bodies."""
    cap = r"[A-ZÅÄÖ][\wåäö-]+"
    org = (
        rf"(?:{cap}(?:\s+{cap})?\s+(?:{_alt(org_nouns)})|(?:Region|Regionen)\s+{cap}"
        rf"|(?:{cap}\s+)?[\wåäö-]*(?:{body_nouns}))"
    )
    return re.compile(
        rf"^[A-ZÅÄÖ][\wåäö-]*(?:\s+[a-zåäö]+){{0,3}}\s+(?:har|hade)\s+"
        rf"(?P<name>{org}(?:(?:,\s+|\s+och\s+){org})*)\s+"
        r"(?:(?:under|i)\s+\w+\s+|också\s+|även\s+|nu\s+)*[a-zåäö]+t(?:s)?\b"
    )


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    data = tomllib.loads((resources_dir() / "extract" / "followup.toml").read_text("utf-8"))
    st, lb, tb, bd, pr = (data[k] for k in ("status", "labels", "table", "bodies", "prose"))
    values = st["open"] + st["done"] + st["colours"]
    i = re.IGNORECASE
    nouns = _alt(bd["nouns"])
    return Vocabulary(
        open_value=re.compile(rf"(?:{_alt(st['open'])})", i),
        done_value=re.compile(rf"(?:{_alt(st['done'])})", i),
        colour=re.compile(rf"(?:{_alt(st['colours'])})", i),
        negative=re.compile(rf"(?:{_alt(st['negative'])})", i),
        # A status value closing an entry line, written in capitals or set apart by a
        # separator: "Revidera planen PÅGÅENDE", "Revidera planen | Pågår".
        trailing=re.compile(
            rf"^(?P<text>.{{6,300}}?)(?:\s*[|\t–-]\s*|\s+)(?P<status>{_alt(values)})\.?\s*$", i
        ),
        status_label=re.compile(rf"^(?:{_alt(lb['status'])})\s*:\s*(?P<value>.*)$", i),
        owner_label=re.compile(rf"^(?:{_alt(lb['owner'])})\s*:?\s*(?P<value>.*)$", i),
        owner_labels=frozenset(w.lower() for w in lb["owner"]),
        value_label=re.compile(rf"^(?:{_alt(lb['value'])})(?:\s+\d{{4}})?\s*:", i),
        entry_head=re.compile(rf"(?<![\wåäö])(?:{_alt(tb['entry'])})(?![\wåäö])", i),
        comment_head=re.compile(rf"(?<![\wåäö])(?:{_alt(tb['comment'])})(?![\wåäö])", i),
        body_name=re.compile(
            r"^(?:[A-ZÅÄÖ][\wåäö]*[as]\s+)?(?:[A-ZÅÄÖa-zåäö][\wåäö]*-\s+(?:och|&)\s+)?"
            rf"(?:[A-ZÅÄÖa-zåäö][\wåäö-]*?)?(?:{nouns})s?$"
        ),
        generic=frozenset(w.lower() for w in bd["generic"]),
        organisation_owner={k.lower(): v for k, v in bd["organisation_owner"].items()},
        prose_open=re.compile(rf"(?<![\wåäö])(?:{_alt(pr['open'])})(?![\wåäö])", i),
        stage=re.compile(
            rf"(?<![\wåäö])(?:{_alt(pr['stage'])})\s+(?:\w+\s+)?\(?av\s+(?:två|tre|fyra|fem|\d+)\)?",
            i,
        ),
        anaphor=re.compile(rf"^(?:{_alt(pr['anaphor'])})(?![\wåäö])", i),
        skip_after=re.compile(rf"(?<![\wåäö])(?:{_alt(pr['skip_after'])})(?![\wåäö])", i),
        section=re.compile(
            rf"(?:\d+(?:\.\d+)*\.?\s+)?(?:{_alt(pr['sections'])})(?:\s+\d{{4}})?", i
        ),
        next_step=re.compile(rf"^(?:{_alt(pr['next_step'])})(?![\wåäö])", i),
        inverted_subject=_inverted_subject(bd["organisation_nouns"], nouns),
        goal_miss=re.compile(
            rf"(?<![\wåäö])(?:{_alt(pr['goal_judge'])})\s+(?:\w+\s+)?(?:inte|ej)\s+"
            rf"(?:att\s+)?(?:bli\s+|kunna\s+|vara\s+)?(?:helt\s+)?(?:{_alt(pr['goal_reach'])})"
            r"(?![\wåäö])",
            i,
        ),
        status_heading=re.compile(
            rf"^(?P<status>{_alt(values)})\s+(?:{_alt(st['heading_nouns'])})$", i
        ),
        trend=re.compile(
            r"(?<![\wåäö])(?:fortsätter|fortsatte|fortsatt|pågår)\s+(?:att\s+)?"
            rf"(?:{_alt(pr['trend'])})(?![\wåäö])",
            i,
        ),
    )


# --- small readers --------------------------------------------------------------------------

_BOILERPLATE = re.compile(
    r"^(?:gå (?:direkt )?till (?:sidans )?innehåll|skriv ut:?|dela:?|till toppen|•?\s*no results "
    r"found|vi använder cookies.*|meny|sök)$",
    re.IGNORECASE,
)
_ID_LINE = re.compile(r"^(?:Åtgärd|Indikator|Mål|Uppdrag|Aktivitet)\s+[\w.]*\d[\w. ]*$")
_BULLET = re.compile(r"^\s*(?:[•·▪◦*–-]|y\s)\s*")


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", _BULLET.sub("", text)).strip()


def _undouble(text: str) -> str:
    """Web pages print a value twice ("Grön Grön", "Tillståndet är dåligt Tillståndet är
    dåligt"): keep one."""
    words = text.split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return text


def status_of(value: str) -> tuple[str, str] | None:
    """("open"|"done"|"colour", value) when ``value`` is a status value alone."""
    v = _undouble(_clean(value)).strip(" .:;")
    voc = vocabulary()
    if not v or len(v) > 40:
        return None
    if voc.done_value.fullmatch(v):
        return "done", v
    if voc.open_value.fullmatch(v):
        return "open", v
    if voc.colour.fullmatch(v):
        return "colour", v
    # A status value with a short addition: "Avvaktar beslut", "Klar 2024-05-03",
    # "Grön – enligt plan"; a negation before a finished word makes it open.
    words = v.split()
    if 1 < len(words) <= 4 and _NEGATED.match(v) and voc.done_value.search(v):
        return "open", v
    if 1 < len(words) <= 4 and not v.endswith(("?", ",")):
        for kind, rx in (("open", voc.open_value), ("done", voc.done_value),
                         ("colour", voc.colour)):
            m = rx.match(v)
            if m and not re.match(r"[\wåäö]", v[m.end() : m.end() + 1]):
                if kind == "done" and _NEGATED.search(v):
                    return "open", v
                return kind, v
    return None


#: A negation that turns a finished word into an unfinished state ("ej helt genomförd").
_NEGATED = re.compile(r"\b(?:ej|inte|icke|ännu ej|ännu inte)\b", re.IGNORECASE)


def _negative(value: str) -> bool:
    return bool(vocabulary().negative.fullmatch(_undouble(_clean(value)).strip(" .:;")))


def body_heading(text: str) -> str | None:
    """The body a heading line names: "Hälso- och sjukvårdsnämnden", "(Valnämnden) .",
    "Kost- och städenheten", "Nämnd: Kulturnämnden"."""
    t = _clean(text)
    t = re.sub(r"^(?:nämnd|ansvarig(?: nämnd)?|styrelse|förvaltning)\s*:\s*", "", t, flags=re.I)
    # "3.2 Kulturnämnden", "Kulturnämnden (KN)", "KULTURNÄMNDEN".
    t = re.sub(r"^\d+(?:\.\d+)*\.?\s+", "", t)
    t = re.sub(r"\s+\([A-ZÅÄÖ]{2,6}\)$", "", t)
    # "Kulturnämndens uppdrag", "Tekniska nämndens aktiviteter": the body's part.
    t = re.sub(
        r"(?<=[a-zåäö])s\s+(?:uppdrag|aktiviteter|åtgärder|internkontroll(?:plan)?|"
        r"uppföljning|åtaganden)(?:\s+\d{4})?$",
        "",
        t,
        flags=re.IGNORECASE,
    )
    t = t.strip(" .:()")
    if t.isupper() and len(t) > 3:
        t = t.capitalize()
    if not t or len(t) > 60 or len(t.split()) > 6:
        return None
    voc = vocabulary()
    if not voc.body_name.match(t) or t.lower() in voc.generic:
        return None
    if not t[:1].isupper():
        return None
    return normalise_body(t)


def _subject_body(sentence: str) -> str | None:
    """A body that is the sentence's subject or its place: "Inom Barn- och
    utbildningsförvaltningen pågår …", "En kommunstyrelseberedning tog över …",
    "Valnämnden ska …"."""
    voc = vocabulary()
    m = re.match(
        r"^(?:(?:Inom|Hos|För|Vid|På|I)\s+|(?:En|Ett|Den|Det|Vår)\s+)?"
        r"(?P<name>(?:[A-ZÅÄÖa-zåäö][\wåäö]*-\s+(?:och|&)\s+)?[A-ZÅÄÖa-zåäö][\wåäö-]*)",
        sentence,
    )
    if m:
        name = m.group("name")
        base = name.rstrip("s") if not voc.body_name.match(name) else name
        if voc.body_name.match(base) and base.lower().rstrip("s") not in voc.generic:
            return normalise_body(name)
    found = find_bodies(sentence)
    if found and found[0][0] == 0:
        return found[0][1]
    # "… innan Skanska fortsätter med …": a named party that goes on with the work.
    m = re.search(
        r"(?<=\s)(?P<name>[A-ZÅÄÖ][\wåäö-]+(?:\s+AB)?)\s+(?:fortsätter|återupptar|slutför|"
        r"färdigställer|återkommer)\b",
        sentence,
    )
    if m:
        return m.group("name")
    return None


#: Prepositions, modals and adverbials before an activity's own verb: "Kommunstyrelsen
#: ska i samråd med … ta fram …" → "Ta fram …".
_MODAL = re.compile(
    r"^(?P<subject>.{0,160}?)\b(?:(?:får|ges|gavs|fick)\s+(?:i\s+)?uppdrag(?:et)?\s+att|"
    r"uppdras\s+att|ska|skall|bör|behöver)\s+(?P<rest>.+)$",
    re.I,
)
_LEAD_TIME = re.compile(
    r"^(?:under|inom|före|senast|till|inför)\s+(?:år(?:et)?\s+)?(?:\d{4}|\w+et|\w+en)\s+", re.I
)
_NOT_VERB = frozenset(
    {"i", "med", "och", "samråd", "samverkan", "tillsammans", "under", "inom", "för", "år",
     "arbetet", "en", "ett", "den", "det", "på", "att", "även", "också", "vidare", "fortsatt"}
)


def _first_verb(words: list[str]) -> int | None:
    for k, w in enumerate(words[:14]):
        lw = w.lower().strip(",")
        if lw in _NOT_VERB or not lw.isalpha() or len(lw) < 2:
            continue
        if lw.endswith("a") and not vocabulary().body_name.match(lw):
            return k
    return None


def activity_title(text: str, limit: int = 90) -> str:
    """The activity's name, short: the verb phrase after the subject and its modal
    ("Kommunstyrelsen ska i samråd med … ta fram en plan" → "Ta fram en plan"), a leading
    time ("Under år 2024 presentera …") left out."""
    t = _clean(text)
    first = sentences(t)[0] if t else t
    m = _MODAL.match(first)
    rest = None
    if m and (find_bodies(m.group("subject")) or _subject_body(m.group("subject"))):
        rest = m.group("rest")
    elif _LEAD_TIME.match(first):
        rest = _LEAD_TIME.sub("", first)
    if rest:
        words = rest.split()
        k = _first_verb(words)
        if k is not None:
            first = " ".join(words[k:])
    first = first[:1].upper() + first[1:]
    return short_title(first, limit)


#: Auxiliaries that may stand before a status word ("är påbörjad", "har inletts").
_AUX = re.compile(r"\s+(?:är|har|blev|har\s+nu|är\s+nu|har\s+under\s+\w+)$", re.IGNORECASE)


def work_name(sentence: str) -> str | None:
    """The work a status sentence names, short: "Arbetet med X pågår och …" → "Arbetet
    med X"; "Renoveringen av Y är påbörjad" → "Renoveringen av Y"; "Z-enheten har inlett
    en kartläggning av W" → "Kartläggning av W" (the body is the owner, not the work).
    None when the sentence does not start with what it is about."""
    s = _clean(sentence).rstrip(".")
    cue = vocabulary().prose_open.search(s)
    if cue is None or not s[:1].isupper():
        return None
    before = _AUX.sub("", s[: cue.start()].rstrip(" ,"))
    words = before.split()
    if not 1 <= len(words) <= 12 or any(w.lower() in _NO_SUBJECT for w in words[:1]):
        return None
    if find_bodies(before) or _subject_body(before) or body_heading(before):
        after = s[cue.end() :].strip(" ,")
        after = re.sub(r"^(?:också\s+|även\s+|nu\s+)*(?:en|ett|de|den|det)\s+", "", after)
        after = re.split(r",|\s+(?:och|men|som|för att)\s+", after)[0].strip()
        if len(after.split()) < 2:
            return None
        return short_title(after[:1].upper() + after[1:], 90)
    if len(words) < 2 or any(w.lower() in _FINITE for w in words):
        # "Arbetet pågår", "Resultatet är fortsatt gult": one word names no work.
        return None
    return short_title(before, 90)


#: First words of a sentence that does not start with its topic.
_NO_SUBJECT = frozenset({"det", "under", "inom", "i", "på", "vi", "man", "efter", "sedan",
                         "bland", "som", "där", "när", "eftersom", "även", "också", "för"})
#: Finite verbs that show the words before the status are a clause, not a name.
_FINITE = frozenset({"är", "har", "var", "hade", "kan", "ska", "skall", "bör", "kommer",
                     "blir", "blev", "gör", "finns", "fick", "får"})


_INFOR = re.compile(r"\binför\s+(?:år\s+)?(?P<y>(?:19|20)\d{2})\b", re.IGNORECASE)
_SCOPE = re.compile(r"(?:perioden|från|sedan|mellan|åren|t\.o\.m\.?)\s*$", re.IGNORECASE)


def due_in(text: str, ref: dt.date | None) -> Period | None:
    """The due date an entry states: "under 2024", "senast 31 mars", "T2 2024",
    "inför 2022" (the end of the year before); a period that only scopes
    ("för perioden 2024 till 2026") is none.  Without the report's date only periods
    that name their year count (no date is resolved from the clock)."""
    found: list[Period] = []
    for p in find_periods(text, ref):
        head = text[max(0, p.pos - 20) : p.pos]
        if _SCOPE.search(head) or re.search(r"\bperioden\s+\d{4}\s*$", head, re.I):
            continue
        if ref is None and not re.search(r"\d{4}", p.text):
            continue
        found.append(p)
    for m in _INFOR.finditer(text):
        year = int(m.group("y")) - 1
        found.append(
            Period(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", m.group(0), pos=m.start(),
                   stop=m.end())
        )
    if not found:
        return None
    found.sort(key=lambda p: p.pos)
    cued = [p for p in found if is_cued(p)]
    return (cued or found)[0]


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


#: A comment that says the entry itself is finished ("Uppdraget är slutfört",
#: "Arbetet har avslutats", "Klart."); a finished step inside it does not finish it.
_COMMENT_DONE = re.compile(
    r"(?:^|\.\s+)(?:klart|klar|genomfört|genomförd|slutfört|avslutat)\b|"
    r"\b(?:uppdraget|aktiviteten|åtgärden|arbetet|uppdragen)\s+(?:\w+\s+){0,3}?(?:är|har|anses)\s+"
    r"(?:\w+\s+){0,2}?(?:slutfört|slutförts|genomfört|genomförts|avslutat|avslutats|klart|"
    r"redovisat|redovisats|verkställt|verkställts|färdigt|besvarat|uppfyllt)\b",
    re.IGNORECASE,
)


def comment_verdict(comments: list[str], control: bool = False) -> tuple[str, str]:
    """(status, evidence) of an uppdrag from its comment: done only when the comment says
    the uppdrag itself is finished; an open cue is quoted; otherwise still open.  For an
    internal control (``control``) a deviation found is open, "inga avvikelser" done."""
    text = " ".join(comments)
    sents = sentences(text)
    voc = vocabulary()
    for s in sents:
        if voc.prose_open.search(s) or voc.stage.search(s):
            return "open", s
    for s in sents:
        if control and _DEVIATION_FOUND.search(s) and not _NO_DEVIATION.search(s):
            return "open", s
    for s in sents:
        if _COMMENT_DONE.search(s) or (control and _NO_DEVIATION.search(s)):
            return "done", s
    return "open", ""


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


_STATUS_HEAD = re.compile(r"^(?:status|bedömning|statusbedömning|läge|uppfyllt)\b", re.I)
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
    r"\b(?:klar|klart|färdig|färdigt|slutför\w*|beräknas|planeras|nytt slutdatum|senast)\b", re.I
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

#: Where text flattened from a laid-out page runs a heading or a caption into the next
#: sentence without a full stop: around a word in capitals ("… Badhuskajen
#: FÖRVALTNINGSBERÄTTELSE Viktiga händelser …") and before a sentence opener after a
#: lower-case word ("… under perioden Under tertialet har …").
_FLAT_BREAK = re.compile(
    r"(?<=[a-zåäö0-9)])\s+(?=[A-ZÅÄÖ]{4,}\b)|(?<=[A-ZÅÄÖ]{4})\s+(?=[A-ZÅÄÖ][a-zåäö])|"
    r"(?<=[a-zåäö])\s+(?=(?:Under|Inom|Efter|Sedan|Dessutom|Samtidigt|Vi|Det|Arbetet)\s)"
)

# --- the reader -----------------------------------------------------------------------------


@dataclass(slots=True)
class FollowUp:
    items: list[Candidate] = field(default_factory=list)
    structured: bool = False


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
        w = word.strip("():,")
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
    r"(?=(?:arbetet|det|den|de|vi|man|[a-zåäö]+(?:et|en|na))\s)"
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


class _Reader:
    def __init__(
        self, lines: list[Line], report_body: str | None, ref: dt.date | None, skip_cells: bool
    ) -> None:
        self.skip_cells = skip_cells
        self.lines = [ln for ln in lines if ln.text.strip()]
        self.body = report_body
        self.ref = ref
        self.voc = vocabulary()
        self.entries: list[Entry] = []
        self.indicators: list[Candidate] = []
        self.list_heads: set[str] = set()

    # -- structured shapes --

    def structured(self) -> None:
        owner: str | None = None
        in_table = False
        block: list[tuple[str, Line, str]] = []  # ("P"|"S", line, text)

        # Status lines written as a system prints them ("Inga data", "Grön", "Pågående"),
        # at least two: entries with a status line even where no header was kept (unless
        # the page labels its fields, "Status" / "Pågående": labelled() reads those).
        printed = sum(
            1
            for ln in self.lines
            if (t := _clean(ln.text))[:1].isupper() and status_of(t) and ln.cells is None
        )
        labelled = any(
            (lab := self._label(_clean(ln.text))) and lab[0] == "status" for ln in self.lines
        )
        status_lines = printed >= 2 and not self.skip_cells and not labelled

        def close_block() -> None:
            if in_table or (status_lines and any(k == "S" for k, _l, _t in block)):
                self._table_block(block, owner, in_table)
            block.clear()

        columns: _TableColumns | None = None
        # A heading such as "Pågående arbeten" gives its status to the bullets under it.
        listed: tuple[str, str] | None = None
        for ln in self.lines:
            text = _clean(ln.text)
            if _BOILERPLATE.match(text):
                continue
            sh = self.voc.status_heading.fullmatch(text.strip(" .:"))
            if sh and ln.cells is None and not _BULLET.match(ln.text):
                st = status_of(sh.group("status"))
                if st and st[0] != "colour":
                    close_block()
                    listed = (st[0], text.strip(" .:"))
                    continue
            if listed is not None and ln.cells is None:
                if _BULLET.match(ln.text) and len(text) >= 6:
                    self.entries.append(
                        Entry(text=text, line=ln, status=listed[0], status_text=listed[1],
                              owner=owner, structure=f"punkt under rubriken {listed[1]}")
                    )
                    continue
                if not text.endswith(":"):
                    listed = None
            cells = _row_cells(ln)
            if cells is not None and not self.skip_cells:
                found = _table_columns(cells)
                if found is not None:
                    close_block()
                    columns = found
                    continue
                if columns is not None and len(cells) >= columns.count - 1:
                    self._column_row(ln, cells, columns, owner)
                    continue
                self._cell_row(cells, ln, owner)
                continue
            columns = None
            head = body_heading(text)
            if head:
                close_block()
                owner = head
                continue
            if _is_table_header(text) and ln.cells is None:
                close_block()
                in_table = True
                continue
            if in_table and self.voc.section.fullmatch(text.strip(" .:")):
                # A report section of its own ("Ekonomi", "Viktiga händelser") ends the
                # uppdrag table.
                close_block()
                in_table = False
                owner = None
                continue
            if ln.cells:
                continue
            st = status_of(text)
            if st:
                block.append(("S", ln, text))
                continue
            m = self.voc.trailing.match(text)
            if m and self._trailing_ok(m):
                st = status_of(m.group("status"))
                if st:
                    self.entries.append(
                        Entry(
                            text=m.group("text").strip(" -|–"),
                            line=ln,
                            status=st[0],
                            status_text=m.group("status"),
                            owner=owner,
                            structure="rad med status",
                        )
                    )
                    continue
            block.append(("P", ln, text))
        close_block()

    @staticmethod
    def _trailing_ok(m: re.Match[str]) -> bool:
        """A status closing a line counts when written in capitals or set apart; a
        sentence that ends "… arbetet pågår." is running text, not an entry."""
        status = m.group("status")
        text = m.group("text")
        sep = m.string[len(text) : m.start("status")]
        if len(text) > 200 or text.rstrip().endswith((".", ":")):
            return False
        if (status.isupper() and len(status) > 2) or re.search(r"[|\t–]|\s-\s", sep):
            return True
        # "Revidera lokalplanen Pågående": a capitalised status word after a lower-case
        # word ends an entry (running text does not capitalise it); colours do not count.
        st = status_of(status)
        return (
            status[:1].isupper()
            and status[1:] == status[1:].lower()
            and st is not None
            and st[0] != "colour"
            and text.rstrip()[-1:].isalpha()
            and text.rstrip()[-1:].islower()
        )

    def _column_row(
        self, ln: Line, cells: list[str], cols: _TableColumns, owner: str | None
    ) -> None:
        """A row of a table whose header named its columns ("Status | Aktiviteter |
        Kommentar", "Kontrollmoment | Ansvarig | Status | Kommentar")."""

        def cell(k: int | None) -> str:
            return cells[k].strip() if k is not None and k < len(cells) else ""

        text = cell(cols.entry)
        status_cell, comment = cell(cols.status), cell(cols.comment)
        last = self.entries[-1] if self.entries and self.entries[-1].columns is cols else None
        if last is not None and (not text or text[:1].islower()) and not status_cell:
            # A cell's text wrapped onto the next printed line (PDF): it goes on.
            if text:
                last.text = f"{last.text} {text}"
            if comment:
                last.comments.append(comment)
            return
        if len(text) < 4:
            return
        status, status_text = _cell_status(status_cell)
        used = {cols.entry, cols.status, cols.comment, cols.owner, cols.due}
        extra = [
            f"{cols.names[k]}: {c}" for k, c in enumerate(cells)
            if k not in used and k < cols.count and c.strip()
        ]
        structure = "tabell med kolumnerna " + " | ".join(cols.names)
        row_owner = cell(cols.owner) or owner
        due_cell = cell(cols.due)
        self.entries.append(
            Entry(
                text=text + (f" ({due_cell})" if due_cell and not due_in(text, None) else ""),
                line=ln,
                status=status,
                status_text=status_text or None,
                owner=row_owner,
                comments=[c for c in (comment,) if c] + extra,
                structure=structure,
                columns=cols,
                control=bool(_CONTROL_LABEL.match(cols.names[cols.entry])),
            )
        )

    def _cell_row(self, cells: list[str], ln: Line, owner: str | None) -> None:
        """A row without a known header: a cell that is a status value alone makes it an
        entry (the longest of the first two other cells)."""
        statuses = [(k, status_of(c)) for k, c in enumerate(cells) if c]
        hit = next(((k, s) for k, s in statuses if s), None)
        if hit is None:
            return
        k, st = hit
        assert st is not None
        others = [c for j, c in enumerate(cells) if j != k and c]
        if not others:
            return
        text = max(others[:2], key=len) if len(others) > 1 else others[0]
        comments = [c for c in others if c is not text]
        self.entries.append(
            Entry(text=text, line=ln, status=st[0], status_text=st[1], owner=owner,
                  comments=comments, structure="tabellrad med statuskolumn")
        )

    def _table_block(self, block: list[tuple[str, Line, str]], owner: str | None,
                     in_table: bool) -> None:
        """Paragraphs and status lines under one heading: each status line belongs to the
        paragraph just before it (the entry); paragraphs after it are its comment.
        Without status lines (an uppdrag table under a body heading) the first paragraph
        is the entry and the rest its comment."""
        if not any(k == "S" for k, _l, _t in block):
            paras = [(ln, t) for k, ln, t in block if k == "P"]
            if paras and owner is not None:
                ln, t = paras[0]
                self.entries.append(
                    Entry(text=t, line=ln, owner=owner, comments=[p for _l, p in paras[1:]],
                          structure="uppdragstabell: uppdrag och kommentar")
                )
            return
        pending: list[tuple[Line, str]] = []
        last: Entry | None = None
        for kind, ln, t in block:
            if kind == "P":
                pending.append((ln, t))
                continue
            st = status_of(t)
            assert st is not None
            if not pending:
                continue
            if last is not None:
                last.comments += [p for _l, p in pending[:-1]]
            eln, et = pending[-1]
            last = Entry(text=et, line=eln, status=st[0], status_text=st[1], owner=owner,
                         structure="uppdrag med statusrad")
            self.entries.append(last)
            pending = []
        if last is not None:
            last.comments += [p for _l, p in pending]

    # -- labelled pages --

    def _label(self, t: str) -> tuple[str, str] | None:
        """(kind, inline value) of a field label line: "Status:", "Åtgärdsstatus: Pågår",
        "Kommentar", "Ansvarig organisation", "Senaste värdet:"; kinds: status, owner,
        value, comment, entry, other."""
        m = re.match(r"^(?P<label>[^:]{2,40}?)\s*:\s*(?P<value>.*)$", t)
        label, value = (m.group("label"), m.group("value").strip()) if m else (t, "")
        label = label.strip().rstrip(":").strip()
        if not label or len(label.split()) > 4:
            return None
        voc = self.voc
        if voc.status_label.fullmatch(label + ":"):
            return "status", value
        if voc.value_label.match(label + ":"):
            return "value", value
        if label.lower() in voc.owner_labels:
            return "owner", value
        if not m and not _heading_line(t):
            return None
        if _COMMENT_LABEL.fullmatch(label):
            return "comment", value
        if voc.entry_head.fullmatch(label):
            return "entry", value
        if _OTHER_LABEL.fullmatch(label):
            return "other", value
        return None

    def labelled(self) -> None:
        """Pages of labelled fields (a management system's export, a web page per
        uppdrag, åtgärd or indicator): each status field is one entry, named by the
        field "Uppdrag"/"Åtgärd" before it or by the last heading since the previous
        entry; "Ansvarig …" gives the owner; an indicator page with "Senaste värdet" /
        "Målvärde" and a status that is off target gives an indicator deviation."""
        texts = [_clean(ln.text) for ln in self.lines]
        labels = [self._label(t) for t in texts]
        # Lines that are a label's value (the label stood alone) or a comment's text.
        role: list[str] = ["" for _ in texts]
        for k, lab in enumerate(labels):
            if lab is None or lab[1]:
                continue
            if lab[0] == "comment":
                j = k + 1
                while j < len(texts) and labels[j] is None:
                    role[j] = "comment"
                    j += 1
            elif k + 1 < len(texts) and labels[k + 1] is None:
                role[k + 1] = f"value:{lab[0]}"
        owners = [
            (k, lab[1] or (texts[k + 1] if k + 1 < len(texts) else ""))
            for k, lab in enumerate(labels)
            if lab and lab[0] == "owner"
        ]
        values = [
            f"{texts[k].split(':', 1)[0].strip()}: "
            f"{_undouble(lab[1] or (texts[k + 1] if k + 1 < len(texts) else ''))}"
            for k, lab in enumerate(labels)
            if lab and lab[0] == "value"
        ]
        is_indicator = bool(values) or any(t.lower().startswith("indikator") for t in texts)
        status_at = [k for k, lab in enumerate(labels) if lab and lab[0] == "status"]
        if not status_at:
            self._control_points(texts, labels, role, owners)
            return
        start = 0
        for n, k in enumerate(status_at):
            lab = labels[k]
            assert lab is not None
            value, at = lab[1], k
            if not value and k + 1 < len(texts):
                value, at = texts[k + 1], k + 1
            value = _undouble(value)
            title = self._entry_title(texts, labels, role, start, k)
            end = status_at[n + 1] if n + 1 < len(status_at) else len(texts)
            owner = self._owner_for(owners, k, end)
            comment = " ".join(t for j, t in enumerate(texts[at + 1 : end], at + 1)
                               if role[j] == "comment")
            start = at + 1
            ln = self.lines[k]
            if is_indicator:
                if not _negative(value):
                    continue
                body = " ".join([f"{title}.", f"Status: {value}.", *[v + "." for v in values]])
                if comment:
                    body += " " + sentences(comment)[0]
                self.indicators.append(
                    Candidate(
                        title=short_title(f"Avvikelse: {title}"),
                        text=body,
                        kind="indicator_deviation",
                        status="open",
                        owner=owner or self.body,
                        deviation=value,
                        page=ln.page,
                        line=ln.line,
                        evidence=f"Status: {value}",
                        confidence=0.6,
                        reasons=[f"indikator: status '{value}'"] + [v[:60] for v in values],
                    )
                )
                continue
            st = status_of(value)
            if st is None and self.voc.open_value.search(value):
                st = ("open", value)
            if st is None:
                continue
            desc = ""
            j = at + 1
            while j < end and labels[j] is None and not role[j]:
                if len(texts[j]) > 40:
                    desc = texts[j]
                    break
                j += 1
            self.entries.append(
                Entry(
                    text=title + (f". {desc}" if desc and desc != title else ""),
                    line=ln,
                    status=st[0],
                    status_text=value,
                    owner=owner,
                    comments=[comment] if comment else [],
                    structure=f"sida med statusfält: {texts[k].split(':')[0]}",
                )
            )

    def _control_points(
        self,
        texts: list[str],
        labels: list[tuple[str, str] | None],
        role: list[str],
        owners: list[tuple[int, str]],
    ) -> None:
        """Fields without a status field (an internal control's follow-up): each
        "Kontrollmoment" field is an entry, the fields up to the next one (result,
        action, comment) its comment; the comment decides (a deviation found or an action
        left is open), the body heading above or the owner field owns it."""
        entry_at = [
            k for k, lab in enumerate(labels)
            if lab and lab[0] == "entry" and _CONTROL_LABEL.match(texts[k])
        ]
        if not entry_at or self.skip_cells:
            return
        heading_at = [(k, h) for k, t in enumerate(texts) if (h := body_heading(t))]
        for n, k in enumerate(entry_at):
            lab = labels[k]
            assert lab is not None
            name = lab[1] or (texts[k + 1] if k + 1 < len(texts) else "")
            end = entry_at[n + 1] if n + 1 < len(entry_at) else len(texts)
            rest = [
                t for j, t in enumerate(texts[k + 1 : end], k + 1)
                if not (j == k + 1 and not lab[1]) and body_heading(t) is None
            ]
            if not name or not rest:
                continue
            owner = self._owner_for(owners, k, end) or next(
                (h for j, h in reversed(heading_at) if j < k), None
            )
            self.entries.append(
                Entry(
                    text=name,
                    line=self.lines[k],
                    owner=owner,
                    comments=rest,
                    structure=f"fält utan status: {texts[k].split(':')[0]} med resultat",
                    control=bool(_CONTROL_LABEL.match(texts[k])),
                )
            )

    def _entry_title(
        self, texts: list[str], labels: list[tuple[str, str] | None], role: list[str],
        start: int, k: int,
    ) -> str:
        for j in range(k - 1, start - 1, -1):
            lab = labels[j]
            if lab and lab[0] == "entry":
                return lab[1] or (texts[j + 1] if j + 1 < len(texts) else "")
        free = [
            j for j in range(start, k)
            if labels[j] is None and not role[j] and not _BOILERPLATE.match(texts[j])
            and not _ID_LINE.match(texts[j])
        ]
        headings = [j for j in free if _heading_line(texts[j])]
        if headings:
            return texts[headings[-1]]
        return texts[free[-1]] if free else ""

    @staticmethod
    def _owner_for(owners: list[tuple[int, str]], k: int, end: int) -> str | None:
        if len(owners) == 1:
            name = _clean(owners[0][1])
            return name if 0 < len(name) < 80 else None
        for j, value in owners:
            if k < j < end:
                name = _clean(value)
                return name if 0 < len(name) < 80 else None
        return None

    # -- running text --

    def prose(self) -> list[Candidate]:
        """Running text, paragraph by paragraph (lines wrapped by a PDF are joined), under
        the body heading above; a section about the world outside ("Omvärldsanalys") is
        left out up to the next heading."""
        out: list[Candidate] = []
        owner: str | None = None
        skipping = False
        para: list[str] = []
        first: Line | None = None

        def flush() -> None:
            nonlocal para, first
            if para and first is not None and not skipping:
                out.extend(self._paragraph(" ".join(para), first, owner))
            para, first = [], None

        texts = [_clean(ln.text) for ln in self.lines]
        for k, ln in enumerate(self.lines):
            text = texts[k]
            if _BOILERPLATE.match(text):
                continue
            head = body_heading(text)
            if head:
                flush()
                owner, skipping = head, False
                continue
            stop = self.voc.skip_after.search(text)
            after = texts[k + 1] if k + 1 < len(texts) else ""
            if (
                _heading_line(text)
                and text[:1].isupper()
                and len(text.split()) <= 8
                and not after[:1].islower()
            ):
                # A heading, or a short line of its own (a bullet without a full stop).
                flush()
                skipping = bool(stop)
                if not skipping:
                    out.extend(self._paragraph(text, ln, owner))
                continue
            if stop:
                para.append(text[: stop.start()])
                first = first or ln
                flush()
                skipping = True
                continue
            if para and (para[-1].rstrip().endswith((".", "!", "?", ":")) and text[:1].isupper()):
                flush()
            para.append(text)
            first = first or ln
        flush()
        # A status sentence that heads a list elsewhere (a web page repeats its lead as a
        # title) is told by the list's items.
        return [it for it in out if it.evidence not in self.list_heads]

    def _paragraph(self, text: str, ln: Line, heading: str | None) -> list[Candidate]:
        out: list[Candidate] = []
        sents = [p for s in sentences(text) for p in _FLAT_BREAK.split(s) if p.strip()]
        prev_made = False
        prev_status: tuple[str, Period | None, str] | None = None
        for k, s in enumerate(sents):
            enum = self._enumeration(s, prev_status, ln) if prev_status else []
            if enum:
                out += enum
                prev_made = True
                prev_status = None
                continue
            miss = self.voc.goal_miss.search(s)
            if (
                miss
                and re.search(r"(?<![\wåäö])mål(?:et|en)?\b|\wmålet\b", s, re.I)
                and not _LEGEND.search(text)
            ):
                out.append(self._goal_miss(s, miss, ln, heading))
                prev_made = True
                prev_status = None
                continue
            cue = self.voc.prose_open.search(s) or self.voc.stage.search(s)
            future = re.search(r"\bska\s+(?:\w+\s+){0,3}?\w+as\b", s, re.I)
            due = due_in(s, self.ref)
            step = bool(self.voc.next_step.match(s)) and bool(
                future or re.search(r"\bär att\b|\bblir att\b", s)
            )
            if step and not cue:
                cue = self.voc.next_step.match(s)
            if not cue and not (future and due):
                prev_made = False
                prev_status = None
                continue
            if cue and not future and self._only_trend(s):
                # "Kostnaderna fortsätter att öka": a trend, not work going on.
                prev_made = False
                continue
            if re.match(r"^för att\b", s, re.I) or re.search(r"\bföreslår\b", s, re.I):
                # A motive or a proposal about the work just named: nothing new.
                continue
            if cue:
                s = self._open_clause(s)
                cue = (
                    self.voc.prose_open.search(s)
                    or self.voc.stage.search(s)
                    or (self.voc.next_step.match(s) if step else None)
                )
            cue_text = cue.group(0) if cue else future.group(0)  # type: ignore[union-attr]
            topic = s
            anaphoric = self.voc.anaphor.match(s) and not re.match(
                r"^\w+\s+(?:med|kring|för|om|att|inom|av)\b", s, re.I
            )
            if anaphoric and k > 0:
                if prev_made:
                    continue
                topic = sents[k - 1]
            if topic is s and k + 1 < len(sents) and _LIST_AFTER.match(sents[k + 1]):
                # The status is given once for a list that follows.
                prev_status = (cue_text, due, s)
                self.list_heads.add(s)
                continue
            inverted = self.voc.inverted_subject.match(topic)
            owner = (
                _subject_body(topic)
                or (inverted.group("name") if inverted else None)
                or heading
                or self.body
            )
            body_text = s if topic is s else f"{topic} {s}"
            out.append(
                Candidate(
                    title=self._prose_title(topic),
                    text=body_text,
                    kind="activity",
                    status="open",
                    owner=owner,
                    **due_fields(due),
                    page=ln.page,
                    line=ln.line,
                    evidence=s,
                    confidence=0.5,
                    reasons=[
                        "löptext i uppföljning: arbete som pågår",
                        f"statusord: {cue_text}",
                    ]
                    + ([f"ansvarig från rubrik: {owner}"] if heading and owner == heading else []),
                )
            )
            prev_made = True
        return out

    def _enumeration(
        self, s: str, prev: tuple[str, Period | None, str], ln: Line
    ) -> list[Candidate]:
        """"För kommunstyrelsen handlar det om A, för samhällsbyggnad om B, C och D": one
        open item per thing, owned by the one it is listed for."""
        if not re.match(r"^För\s+\w+", s):
            return []
        parts = re.split(r"(?:,\s*|(?<!-)\s+och\s+)(?=för\s)", s.rstrip("."))
        out: list[Candidate] = []
        cue, due, head = prev
        for part in parts:
            found = _list_part(part.strip())
            if found is None:
                continue
            owner, things = found
            for thing in re.split(r",\s*|(?<!-)\s+och\s+(?!för\b)", things):
                thing = thing.strip(" .")
                if len(thing) < 4:
                    continue
                out.append(
                    Candidate(
                        title=short_title(thing[:1].upper() + thing[1:]),
                        text=f"{thing[:1].upper()}{thing[1:]} ({owner}). {head}",
                        kind="activity",
                        status="open",
                        owner=owner,
                        **due_fields(due),
                        page=ln.page,
                        line=ln.line,
                        evidence=s,
                        confidence=0.5,
                        reasons=[
                            "uppräkning per ansvarig efter en statusmening",
                            f"statusord: {cue}",
                        ],
                    )
                )
        return out

    def _goal_miss(
        self, s: str, miss: re.Match[str], ln: Line, heading: str | None
    ) -> Candidate:
        """"Ett mål, X-målet, bedöms inte bli uppfyllt 2025": a goal off target, due at
        the end of the period it is judged for (a year right after the judgement)."""
        said = miss.group(0)
        due = due_in(s, self.ref)
        year = re.match(r"\s+(?:under\s+|år\s+)?((?:19|20)\d{2})\b", s[miss.end() :])
        if due is None and year:
            y = int(year.group(1))
            due = Period(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", year.group(0).strip(),
                         pos=miss.end(), stop=miss.end() + year.end())
        this_year = re.search(r"\b(?:under|för)\s+året\b|\bi år\b", s[miss.end() :], re.I)
        if due is None and this_year and self.ref is not None:
            # "… kommer inte att nås under året": the year the report follows up.
            y = self.ref.year
            due = Period(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", this_year.group(0),
                         pos=miss.end() + this_year.start(), stop=miss.end() + this_year.end())
        owner = _subject_body(s) or heading or self.body
        return Candidate(
            title=activity_title(s),
            text=s,
            kind="goal_deviation",
            status="open",
            owner=owner,
            deviation=said,
            **due_fields(due),
            page=ln.page,
            line=ln.line,
            evidence=s,
            confidence=0.5,
            reasons=["löptext i uppföljning: ett mål bedöms inte nås", f"statusord: {said}"],
        )

    def _open_clause(self, s: str) -> str:
        """Of a sentence that joins finished work and work going on ("Flera kurser har
        genomförts och arbetet med nya kurser fortgår"), the clause going on: the
        finished one is not offered as open."""
        clauses = [c for c in _CLAUSE_JOIN.split(s) if c.strip()]
        if len(clauses) < 2:
            return s
        going = [c for c in clauses if self.voc.prose_open.search(c)]
        finished = [c for c in clauses if _CLAUSE_DONE.search(c) and c not in going]
        if len(going) != 1 or not finished:
            return s
        c = going[0].strip()
        return c[:1].upper() + c[1:]

    def _only_trend(self, s: str) -> bool:
        """Every open cue of the sentence is part of a trend ("fortsätter att öka",
        "fortsatt hög")."""
        cues = [m.span() for m in self.voc.prose_open.finditer(s)]
        trends = [m.span() for m in self.voc.trend.finditer(s)]
        return bool(cues) and all(any(a <= c0 < b for a, b in trends) for c0, _c1 in cues)

    @staticmethod
    def _prose_title(sentence: str) -> str:
        """The work a sentence is about: what "pågår", or what "har … fortsatt"."""
        named = work_name(sentence)
        if named:
            return named
        step = vocabulary().next_step.match(sentence)
        if step:
            # "Nu ska driften av X utvärderas för att …" → "Driften av X utvärderas".
            rest = re.split(r",|\s+för att\s+", sentence[step.end() :].strip())[0].strip(" .")
            if len(rest.split()) >= 2:
                return short_title(rest[:1].upper() + rest[1:], 90)
        inverted = vocabulary().inverted_subject.match(_clean(sentence))
        if inverted:
            # "Under året har X kommun inlett ett samarbete om …" → "Samarbete om …".
            after = re.sub(r"^(?:en|ett|de|den|det)\s+", "", sentence[inverted.end() :].strip())
            if len(after.split()) >= 2:
                return short_title(after[:1].upper() + after[1:], 90)
        s = sentence.rstrip(".")
        m = re.search(r"\bpågår\s+(?:det\s+|nu\s+|även\s+)*(?P<np>\w.{8,})$", s)
        if m and not re.match(
            r"^(?:och|men|samt|enligt|fortfarande|planering|för fullt|sedan|fortsatt|ännu)\b",
            m.group("np"),
        ):
            np = m.group("np")
            return short_title(np[:1].upper() + np[1:], 90)
        m = re.search(
            r"\b(?:har|hade)\s+(?:\w+\s+)??(?P<np>(?:det|den|de)\s+\w.{8,}?)\s+"
            r"(?:fortsatt|fortsätter|fortgått|pågått)\b",
            s,
        )
        if m:
            np = m.group("np")
            return short_title(np[:1].upper() + np[1:], 90)
        return activity_title(sentence)

    # -- candidates --

    def candidates(self) -> list[Candidate]:
        out: list[Candidate] = []
        for e in self.entries:
            out.append(self._entry_candidate(e))
        return out + self.indicators

    def _entry_candidate(self, e: Entry) -> Candidate:
        reasons = [e.structure]
        if e.status in ("open", "done", "colour"):
            status = "done" if e.status == "done" else "open"
            evidence = f"Status: {e.status_text}"
            if e.status == "colour":
                reasons.append(f"färg: {e.status_text} (arbetet pågår, inte slutfört)")
            else:
                reasons.append(f"statusord: {e.status_text}")
        else:
            status, evidence = comment_verdict(e.comments, control=e.control)
            if evidence:
                reasons.append(f"kommentar: {evidence[:120]}")
            else:
                reasons.append("kommentaren säger inte att uppdraget är slutfört")
                first = sentences(" ".join(e.comments))
                evidence = first[0] if first else None
        subject = None
        m = _MODAL.match(e.text)
        if m:
            found = find_bodies(m.group("subject"))
            if found and found[0][0] == 0:
                subject = found[0][1]
        owner = subject or e.owner or self.body
        if owner == e.owner and e.owner:
            reasons.append(f"ansvarig från rubrik: {e.owner}")
        due = due_in(e.text, self.ref)
        if due is None and status == "open" and e.comments:
            # "… beräknas vara klart i juni 2025", "nytt slutdatum senast 30 sep": a due
            # the comment sets for the work, not any date it tells.
            said = " ".join(e.comments)
            later = due_in(said, self.ref)
            if later is not None and (
                is_cued(later) or _DUE_WORDS.search(said[max(0, later.pos - 40) : later.pos])
            ):
                due = later
                reasons.append(f"slutdatum ur kommentaren: {later.text}")
        # The item is the entry; of its comment only the deciding sentence (evidence)
        # goes with it: the rest tells steps, background and causes, not the item.
        text = e.text
        # A status that judges a goal ("Målet har delvis uppnåtts", "Målet nås inte"):
        # the entry is a goal off target, not a piece of work.
        goal = status == "open" and bool(
            e.status_text and re.match(r"(?:mål|målet|målen)\b", e.status_text, re.I)
        )
        title = activity_title(e.text)
        if e.structure.startswith("punkt under rubriken"):
            # A bullet under "Pågående arbeten" says its state in words too: the work's
            # name is what the sentence is about.
            title = work_name(e.text) or title
        return Candidate(
            title=title,
            text=text,
            kind="goal_deviation" if goal else "activity",
            status=status,
            owner=owner,
            **due_fields(due),
            page=e.line.page,
            line=e.line.line,
            evidence=evidence,
            confidence=0.7 if e.status else 0.5,
            reasons=reasons,
        )


#: A yes/no key figure: "Balanskravet uppfylls? Nej", "God ekonomisk hushållning uppnås? Ja".
_YESNO_Q = re.compile(
    r"(?P<verb>uppfylls|uppnås|nås|uppfyllt|uppnått|klaras|hålls|följs)\s*\?", re.IGNORECASE
)
_YESNO_A = re.compile(r"(?<![\wåäö])(JA|NEJ|Ja|Nej)(?![\wåäö])")
_CAPITAL_WORD = re.compile(r"(?<![\wåäö-])[A-ZÅÄÖ][a-zåäö][\wåäö-]*")


def key_figures(lines: list[Line], body: str | None) -> list[Candidate]:
    """Yes/no key figures answered "nej": a target the report says is missed.  The
    questions may stand each with its answer ("Balanskravet uppfylls? Nej") or, where a
    box of figures was flattened, all questions first and then all answers in order."""
    out: list[Candidate] = []
    for ln in lines:
        t = ln.text
        qs = list(_YESNO_Q.finditer(t))
        if not qs:
            continue
        # Answers after the last question, with at most figures between them.
        tail = t[qs[-1].end() : qs[-1].end() + 60]
        answers = []
        for m in _YESNO_A.finditer(tail):
            if re.search(r"[A-Za-zåäöÅÄÖ]{3,}", tail[: m.start()].replace("JA", "").replace(
                "NEJ", ""
            ).replace("Ja", "").replace("Nej", "")):
                break
            answers.append(m)
        groups: list[tuple[int, str, str, str]] = []  # (question index, label, verb, answer)
        if len(qs) > 1 and len(answers) == len(qs):
            # The run of label words before the first question: the k-th capitalised word
            # starts the k-th label.
            run_start = max(t.rfind(".", 0, qs[0].start()), t.rfind("?", 0, qs[0].start()))
            run = t[run_start + 1 : qs[0].start()]
            # The last capitalised words of the run start the labels, in order (what
            # precedes them is a heading or another figure).
            caps = list(_CAPITAL_WORD.finditer(run))[-len(qs) :]
            for k, (q, a) in enumerate(zip(qs, answers, strict=True)):
                label = caps[k].group(0) if k < len(caps) else ""
                groups.append((k, label, q.group("verb"), a.group(1)))
            first = caps[0].start() if caps else 0
            snippet = (run[first:].strip() + " " + t[qs[0].start() : qs[-1].end()] + " "
                       + tail[: answers[-1].end()]).strip()
        else:
            snippet = ""
            for k, q in enumerate(qs):
                m = _YESNO_A.match(t[q.end() :].lstrip())
                if not m:
                    continue
                start = max(t.rfind(".", 0, q.start()), t.rfind("?", 0, q.start()), -1) + 1
                label = t[start : q.start()].strip()
                groups.append((k, label, q.group("verb"), m.group(1)))
        for _k, label, verb, answer in groups:
            if answer.lower() != "nej":
                continue
            text = f"{label} {verb}? {answer}"
            out.append(
                Candidate(
                    title=short_title(f"{label} {verb.lower()}: nej".strip()[:1].upper()
                                      + f"{label} {verb.lower()}: nej".strip()[1:]),
                    text=re.sub(r"\s+", " ", text),
                    kind="goal_deviation",
                    status="open",
                    owner=body,
                    deviation=f"{verb}? {answer}",
                    page=ln.page,
                    line=ln.line,
                    evidence=re.sub(r"\s+", " ", text)[:200],
                    confidence=0.5,
                    reasons=[f"nyckeltal med ja/nej-svar: {label} {verb}? {answer}".strip()]
                    + ([f"frågor och svar i följd (utplattad ruta): {snippet}"[:200]]
                       if snippet else []),
                )
            )
    return out


def _dedupe(items: list[Candidate]) -> list[Candidate]:
    seen: set[tuple[str, str | None]] = set()
    out = []
    for it in items:
        key = (it.title.casefold(), it.owner)
        if key in seen:
            continue
        seen.add(key)
        out.append(it)
    return out


def read_followup(
    lines: list[Line], report_body: str | None, ref: dt.date | None, *, ils: bool = False
) -> FollowUp:
    """Entries of the general follow-up shapes (see the module docstring).  Running text
    is read only when no structured entry was found; with an ILS layout (``ils``) neither
    running text nor table rows are read here (report_parse reads those)."""
    prose = not ils
    r = _Reader(lines, report_body, ref, skip_cells=ils)
    r.structured()
    if not r.entries:
        r.labelled()
    items = r.candidates()
    structured = bool(items)
    if not items and prose:
        items = r.prose()
    items += key_figures(r.lines, report_body)
    return FollowUp(items=_dedupe(items), structured=structured)


#: Columns of an action table in minutes (who, when): such a header is no follow-up's.
_ACTION_HEAD = re.compile(r"\b(?:ansvarig|vem|när|klart senast|datum)\b", re.IGNORECASE)


def followup_shapes(lines: list[Line], *, strong: bool = False) -> int:
    """How many follow-up shapes a document shows (status lines in capitals, uppdrag
    table headers, labelled status fields with values or an owner), for document-kind
    detection; ``strong``: only the first two, which minutes do not have (minutes may
    keep their balance list as labelled fields)."""
    voc = vocabulary()
    count = 0
    for ln in lines[:2000]:
        t = _clean(ln.text)
        if not t or len(t) > 300 or "|" in t or ln.cells:
            # Rows of a written table are as common in minutes (Vad | Vem | När) as in
            # reports: they decide nothing here.
            continue
        m = voc.trailing.match(t)
        shapes = (
            bool(m and _Reader._trailing_ok(m) and m.group("status").isupper()),
            _is_table_header(t) and len(t.split()) <= 10 and not _ACTION_HEAD.search(t),
            bool(voc.status_label.match(t)),
            bool(voc.value_label.match(t)) and len(t) < 40,
            bool(voc.owner_label.match(t)) and len(t) < 40 and len(t.split()) <= 3,
            bool(voc.status_heading.fullmatch(t.strip(" .:"))) and not _BULLET.match(ln.text),
        )
        if any(shapes[:2] if strong else shapes):
            count += 1
    return count


def organisation_owner(organisation_word: str) -> str | None:
    """Who answers for a whole organisation's report ("kommun" → "Kommunstyrelsen")."""
    return vocabulary().organisation_owner.get(organisation_word.lower())


__all__ = [
    "FollowUp",
    "activity_title",
    "body_heading",
    "comment_verdict",
    "due_in",
    "followup_header",
    "followup_shapes",
    "key_figures",
    "organisation_owner",
    "read_followup",
    "status_of",
    "vocabulary",
]
