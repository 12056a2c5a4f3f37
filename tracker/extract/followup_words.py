"""The words of follow-up reports and what a word or line says: the vocabulary of
``resources/extract/followup.toml`` compiled (status words and colours, field labels,
table words, body nouns, the cues of running text), and the small readers built on it —
a status value (:func:`status_of`), a heading that names a body (:func:`body_heading`),
an activity's title (:func:`activity_title`), the work a sentence names
(:func:`work_name`), a due phrase (:func:`due_in`).  Used by the follow-up reader
(:mod:`tracker.extract.report_followup`) and the report extractor.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from tracker.extract.dates import is_cued
from tracker.extract.report_rules import find_bodies, normalise_body, sentences, short_title
from tracker.language.date_period import Period
from tracker.language.dates import find_periods
from tracker.paths import resources_dir

# --- vocabulary -----------------------------------------------------------------------------


def _words(entry: str) -> str:
    return r"\s+".join(re.escape(w) for w in entry.split())


def _alt(entries: list[str]) -> str:
    return "|".join(_words(e) for e in sorted(set(entries), key=len, reverse=True))


#: A small letter run into a capital near a line's start: where a status badge may join.
_JOIN = re.compile(r"[a-zåäö][A-ZÅÄÖ]")


def glued_status(text: str) -> re.Match[str] | None:
    """``vocabulary().glued`` on ``text``, after a cheap look for a join (most lines
    have none; the pattern's alternation of every status value is slow)."""
    if _JOIN.search(text, 0, 45) is None:
        return None
    return vocabulary().glued.match(text)


def _capital(entry: str) -> str:
    """A status value as a printed cell starts it: "ej påbörjad" → "Ej påbörjad"."""
    return entry[:1].upper() + entry[1:]


@dataclass(frozen=True, slots=True)
class Vocabulary:
    open_value: re.Pattern[str]
    done_value: re.Pattern[str]
    colour: re.Pattern[str]
    negative: re.Pattern[str]
    trailing: re.Pattern[str]
    leading: re.Pattern[str]
    glued: re.Pattern[str]
    mid: re.Pattern[str]
    status_starts: frozenset[str]
    status_label: re.Pattern[str]
    owner_label: re.Pattern[str]
    owner_labels: frozenset[str]
    recipients: re.Pattern[str]
    end_labels: frozenset[str]
    value_label: re.Pattern[str]
    entry_head: re.Pattern[str]
    comment_head: re.Pattern[str]
    body_name: re.Pattern[str]
    generic: frozenset[str]
    unit_heading: re.Pattern[str]
    organisation_owner: dict[str, str]
    prose_open: re.Pattern[str]
    stage: re.Pattern[str]
    anaphor: re.Pattern[str]
    skip_after: re.Pattern[str]
    trend: re.Pattern[str]
    section: re.Pattern[str]
    status_heading: re.Pattern[str]
    list_heading: re.Pattern[str]
    goal_miss: re.Pattern[str]
    goal_verdict_label: re.Pattern[str]
    inverted_subject: re.Pattern[str]
    next_step: re.Pattern[str]
    forecast: re.Pattern[str]
    forecast_value: re.Pattern[str]
    standing: re.Pattern[str]
    abbreviations: dict[str, str]
    issuers: dict[str, str]
    register_case: re.Pattern[str]
    register_proposal: re.Pattern[str]
    register_proposal_column: re.Pattern[str]
    register_decision_column: re.Pattern[str]
    register_decided: re.Pattern[str]
    assessment: re.Pattern[str]
    recommendation_lead: re.Pattern[str]
    remaining_cue: re.Pattern[str]
    remedied_cue: re.Pattern[str]
    area: re.Pattern[str]
    status_subject: re.Pattern[str]
    planner: frozenset[str]


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
    rg = data["register"]
    values = st["open"] + st["done"] + st["colours"]
    i = re.IGNORECASE
    nouns = _alt(bd["nouns"])
    return Vocabulary(
        open_value=re.compile(rf"(?:{_alt(st['open'])})", i),
        status_subject=re.compile(
            rf"^(?:{_alt(st['subjects'])})\s+(?:(?:är|har|blev|har\s+blivit)\s+)?(?=\S)", i
        ),
        done_value=re.compile(rf"(?:{_alt(st['done'])})", i),
        colour=re.compile(rf"(?:{_alt(st['colours'])})", i),
        negative=re.compile(rf"(?:{_alt(st['negative'])})", i),
        # A status value closing an entry line, written in capitals or set apart by a
        # separator: "Revidera planen PÅGÅENDE", "Revidera planen | Pågår".
        trailing=re.compile(
            rf"^(?P<text>.{{6,300}}?)(?:\s*[|\t–-]\s*|\s+\(|\s+)(?P<status>{_alt(values)})"
            r"\)?\.?\s*$",
            i,
        ),
        # A status value opening an entry line with a colon or a dash: "Pågår: Ta fram
        # en ny avfallsplan", "Klart – Revidera taxan".
        leading=re.compile(
            rf"^(?P<status>{_alt(st['open'] + st['done'])})\s*(?::|\s[–-])\s+"
            r"(?P<text>[A-ZÅÄÖ].{5,300})$",
            i,
        ),
        # A status value run together with the entry's name, as a web page's status
        # badge flattens into text: "FörsenadIndividuell mätning av el", "Genomförs
        # kontinuerligtSystem och rutiner".  Case matters here: a capital letter right
        # after the status word's last small letter marks the join.
        glued=re.compile(
            rf"^(?P<status>(?i:{_alt(values)}))(?<=[a-zåäö])"
            r"(?P<text>[A-ZÅÄÖ](?:[a-zåäö]|[A-ZÅÄÖ0-9]{1,5}(?=[-\s])).{4,300})$"
        ),
        # A table row flattened to one line with single spaces: "Revidera taxan Pågår Ett
        # förslag tas fram i höst": a status value written with a capital after a small
        # letter, inside the line, and a comment starting with a capital after it.
        status_starts=frozenset(v.split()[0].lower() for v in values),
        mid=re.compile(
            r"^(?P<text>[A-ZÅÄÖ0-9].{5,250}?[a-zåäö0-9)])\s+"
            rf"(?P<status>{_alt([_capital(v) for v in values])})"
            r"(?:\s*[:–-]?\s+(?P<comment>(?:[A-ZÅÄÖ]|\d{4}-\d\d-\d\d).*))?$"
        ),
        status_label=re.compile(rf"^(?:{_alt(lb['status'])})\s*:\s*(?P<value>.*)$", i),
        owner_label=re.compile(rf"^(?:{_alt(lb['owner'])})\s*:?\s*(?P<value>.*)$", i),
        owner_labels=frozenset(w.lower() for w in lb["owner"]),
        recipients=re.compile(rf"^(?:{_alt(lb['recipients'])})\b", i),
        end_labels=frozenset(w.lower() for w in lb["end"]),
        value_label=re.compile(rf"^(?:{_alt(lb['value'])})(?:\s+\d{{4}})?\s*:", i),
        entry_head=re.compile(rf"(?<![\wåäö])(?:{_alt(tb['entry'])})(?![\wåäö])", i),
        comment_head=re.compile(rf"(?<![\wåäö])(?:{_alt(tb['comment'])})(?![\wåäö])", i),
        body_name=re.compile(
            r"^(?:[A-ZÅÄÖ][\wåäö]*[as]\s+)?(?:[A-ZÅÄÖa-zåäö][\wåäö]*-\s+(?:och|&)\s+)?"
            rf"(?:[A-ZÅÄÖa-zåäö][\wåäö-]*?)?(?:{nouns})s?$"
        ),
        generic=frozenset(w.lower() for w in bd["generic"]),
        # "Tjänsteområde Operativt inköp": the unit's kind, then its name (capitalised,
        # a few words without figures: no sentence, no byline with its date).
        unit_heading=re.compile(
            rf"^(?i:{_alt(bd['unit_prefixes'])})\s+(?P<name>[A-ZÅÄÖ][A-Za-zÅÄÖåäö-]*"
            r"(?:\s+(?:och\s+|&\s+)?[A-Za-zÅÄÖåäö-]+){0,3})$"
        ),
        organisation_owner={k.lower(): v for k, v in bd["organisation_owner"].items()},
        prose_open=re.compile(rf"(?<![\wåäö])(?:{_alt(pr['open'])})(?![\wåäö])", i),
        stage=re.compile(
            rf"(?<![\wåäö])(?:{_alt(pr['stage'])})\s+(?:\w+\s+)?\(?av\s+(?:två|tre|fyra|fem|\d+)\)?",
            i,
        ),
        anaphor=re.compile(
            rf"^(?:{_alt(pr['anaphor'] + pr['matter_anaphor'])})(?![\wåäö])", i
        ),
        standing=re.compile(rf"(?<![\wåäö])(?:{_alt(pr['standing'])})(?![\wåäö])", i),
        skip_after=re.compile(rf"(?<![\wåäö])(?:{_alt(pr['skip_after'])})(?![\wåäö])", i),
        section=re.compile(
            rf"(?:\d+(?:\.\d+)*\.?\s+)?(?:{_alt(pr['sections'])})(?:\s+\d{{4}})?", i
        ),
        planner=frozenset(w.lower() for w in pr["planners"]),
        next_step=re.compile(rf"^(?:{_alt(pr['next_step'])})(?![\wåäö])", i),
        forecast=re.compile(
            rf"(?<![\wåäö])(?:{_alt(pr['forecast_judge'])})\s+(?:\w+\s+)?(?:att\s+)?"
            rf"(?:bli\s+|vara\s+|kunna\s+)?(?:helt\s+)?(?:{_alt(pr['forecast_done'])})"
            r"(?![\wåäö])",
            i,
        ),
        forecast_value=re.compile(
            rf"(?:{_alt(pr['forecast_judge'])})\s+(?:(?:inte|ej|delvis)\s+)?(?:att\s+)?"
            rf"(?:bli\s+|vara\s+|kunna\s+)?(?:helt\s+)?(?:{_alt(pr['forecast_done'])})"
            r"(?:\s+(?:under|i|till)\s+(?:året|\w+\s+\d{4}|\d{4}))?",
            i,
        ),
        assessment=re.compile(rf"^(?:{_alt(pr['assessment_subjects'])})(?![\wåäö])", i),
        remaining_cue=re.compile(rf"(?<![\wåäö])(?:{_alt(pr['remaining_cue'])})(?![\wåäö])", i),
        remedied_cue=re.compile(rf"(?<![\wåäö])(?:{_alt(pr['remedied_cue'])})(?![\wåäö])", i),
        # "Arbetsområde 2. Extra anpassningar och särskilt stöd Visar …": the area's name
        # runs from its capital to the next capitalised word.
        area=re.compile(
            rf"(?<![\wåäö])(?i:{_alt(pr['area_nouns'])})\s+(?P<n>\d{{1,2}})[.:]?\s+"
            r"(?P<name>[A-ZÅÄÖ][\wåäö-]*(?:\s+[a-zåäö][\wåäö-]*){0,9})"
        ),
        recommendation_lead=re.compile(
            rf"(?<![\wåäö])(?:{_alt(pr['recommendation_lead'])})(?![\wåäö])", i
        ),
        abbreviations=dict(bd.get("abbreviations", {})),
        issuers={k.lower(): v for k, v in data.get("issuers", {}).get("names", {}).items()},
        register_case=re.compile(rf"^(?:{_alt(rg['case'])})\b", i),
        register_proposal=re.compile(rf"^(?:{_alt(rg['proposal'])})\b", i),
        register_proposal_column=re.compile(rf"(?<![\wåäö])(?:{_alt(rg['proposal'])})\b", i),
        register_decision_column=re.compile(
            rf"(?<![\wåäö])(?:{_alt(rg['decision_column'])})\s*$", i
        ),
        register_decided=re.compile(rf"^(?:{_alt(rg['decided'])})\b", i),
        inverted_subject=_inverted_subject(bd["organisation_nouns"], nouns),
        goal_miss=re.compile(
            rf"(?<![\wåäö])(?:{_alt(pr['goal_judge'])})\s+(?:\w+\s+)?(?:inte|ej)\s+"
            rf"(?:att\s+)?(?:bli\s+|kunna\s+|vara\s+)?(?:helt\s+)?(?:{_alt(pr['goal_reach'])})"
            r"(?![\wåäö])"
            rf"|(?<![\wåäö])(?:{_alt(pr['goal_doubt'])})\s+(?:målet|målen)\s+(?:kan|kommer\s+att|"
            rf"kommer)\s+(?:att\s+)?(?:bli\s+)?(?:{_alt(pr['goal_reach'])})(?![\wåäö])",
            i,
        ),
        goal_verdict_label=re.compile(
            rf"^(?:{_alt(pr['goal_verdict_labels'])})\s*\??\s*:\s*(?=\S)", i
        ),
        # "Pågående arbeten", "Sammanfattning av kvarstående brister", "Pågående och
        # planerade åtgärder" (a second word of the same status), "Uppdrag som pågår".
        status_heading=re.compile(
            rf"^(?:(?:{_alt(st.get('heading_lead', []))})\s+)?"
            rf"(?:(?P<status>{_alt(values)})(?:\s+och\s+(?P<also>{_alt(values)}))?\s+"
            rf"(?:{_alt(st['heading_nouns'])})"
            rf"|(?:{_alt(st['heading_nouns'])})\s+som\s+(?:är\s+|har\s+)?"
            rf"(?P<status2>{_alt(values)}))$",
            i,
        ),
        # A heading over a list of entries, naming whose they are or where they come
        # from: "Nämndens uppdrag", "Övriga aktiviteter", "Uppdrag från kommunfullmäktige".
        list_heading=re.compile(
            r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:[A-ZÅÄÖ][\wåäö-]*s|[Öö]vriga|[Nn]ya|[Ee]gna|"
            rf"[Tt]illdelade)\s+(?:{_alt(st['heading_nouns'])})|"
            rf"(?:{_alt(st['heading_nouns'])})\s+(?:från|till|för|inom|enligt)"
            r"(?:\s+(?!att\b)[\wåäö-]+){1,3})$",
        ),
        trend=re.compile(
            r"(?<![\wåäö])(?:fortsätter|fortsatte|fortsatt|fortsätta|pågår)\s+(?:att\s+)?"
            r"[\"”']?"
            rf"(?:{_alt(pr['trend'])})(?![\wåäö])",
            i,
        ),
    )


# --- small readers --------------------------------------------------------------------------

_BOILERPLATE = re.compile(
    r"^(?:gå (?:direkt )?till (?:sidans )?innehåll|skriv ut:?|dela:?|till toppen|•?\s*no results "
    r"found|vi använder cookies.*|meny|sök"
    # A table of contents (a transcript's page line "2 Innehållsförteckning 1 …") lists
    # headings: it tells of no work, and its "Omvärldsanalys" starts no section.
    r"|(?:\d{1,3}\s+)?innehållsförteckning\b.*|innehåll)$",
    re.IGNORECASE,
)
_ID_LINE = re.compile(r"^(?:Åtgärd|Indikator|Mål|Uppdrag|Aktivitet)\s+[\w.]*\d[\w. ]*$")
_BULLET = re.compile(r"^\s*(?:[•·▪◦*–-]|y\s)\s*")


@lru_cache(maxsize=65536)
def _clean(text: str) -> str:
    # Cached: the follow-up reader's passes (status headings, headers, rows) each read
    # every line.
    return re.sub(r"\s+", " ", _BULLET.sub("", text)).strip()


def _undouble(text: str) -> str:
    """Web pages print a value twice ("Grön Grön", "Tillståndet är dåligt Tillståndet är
    dåligt"): keep one."""
    words = text.split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    n = len(text) // 2
    if n > 3 and len(text) % 2 == 0 and text[:n] == text[n:]:
        return text[:n]  # printed twice without a space: "Osäkert om …2050Osäkert om …2050"
    return text


def status_sentence(value: str) -> tuple[str, str] | None:
    """("open"|"done"|"colour", value) when ``value`` is a status written as a short
    sentence about the entry ("Åtgärden är genomförd", "Arbetet pågår"), as a table's
    status cell may be; else :func:`status_of`."""
    v = _undouble(_clean(value)).strip(" .:;")
    subject = vocabulary().status_subject.match(v)
    if subject is not None and len(v) <= 60:
        said = status_of(v[subject.end() :])
        if said is not None:
            return said[0], v
    return status_of(value)


def status_of(value: str) -> tuple[str, str] | None:
    """("open"|"done"|"colour", value) when ``value`` is a status value alone."""
    v = _undouble(_clean(value)).strip(" .:;")
    if v[:1] in "[(" and v[-1:] in ")]":
        v = v[1:-1].strip()  # "[Pågår]", "(Klar)": a status set apart
    voc = vocabulary()
    if not v or len(v) > 40:
        return None
    if _PARTLY.search(v) and voc.done_value.match(v):
        # "Genomfört till 50 %", "Uppnått till minst 80 %": part of it is left.
        return "open", v
    if voc.done_value.fullmatch(v):
        return "done", v
    if voc.open_value.fullmatch(v):
        return "open", v
    if voc.colour.fullmatch(v):
        return "colour", v
    if voc.forecast_value.fullmatch(v):
        # "Bedöms bli genomförd", "Bedöms inte bli genomförd": a forecast, so not
        # finished yet.
        return "open", v
    # A status value with a short addition: "Avvaktar beslut", "Klar 2024-05-03",
    # "Grön – enligt plan"; a negation before a finished word makes it open.
    words = v.split()
    if 1 < len(words) <= 4 and _NEGATED.match(v) and voc.done_value.search(v):
        return "open", v
    if _ADJECTIVE_HEADING.fullmatch(v) or (
        voc.status_heading.fullmatch(v) and re.match(r"[\wåäö]*(?:nde|de|da|ad|at)\s", v)
    ):
        # "Pågående projekt", "Kommande utmaningar", "Planerade åtgärder 2024": a heading
        # over what it names, no status value.
        return None
    if 1 < len(words) <= 4 and not v.endswith(("?", ",")):
        for kind, rx in (("open", voc.open_value), ("done", voc.done_value),
                         ("colour", voc.colour)):
            m = rx.match(v)
            if m and not re.match(r"[\wåäö]", v[m.end() : m.end() + 1]):
                if kind == "done" and _NEGATED.search(v):
                    return "open", v
                return kind, v
    return None


#: A participle or adjective before a plural noun: a heading ("Kommande utmaningar",
#: "Planerade insatser 2024"), not a status with a short addition.
_ADJECTIVE_HEADING = re.compile(
    r"[A-ZÅÄÖa-zåäö][a-zåäö]*(?:ande|ende|ade|da)\s+[a-zåäö]+(?:er|ar|or|en|na)(?:\s+\d{4})?"
)
#: A share short of the whole: "till 50 %", "till hälften", "till minst 80 %".
_PARTLY = re.compile(
    r"\btill\s+(?:minst\s+|mindre\s+än\s+)?(?:[1-9]\d?\s*%|hälften|en\s+del|del)", re.I
)


#: A negation that turns a finished word into an unfinished state ("ej helt genomförd").
_NEGATED = re.compile(r"\b(?:ej|inte|icke|ännu ej|ännu inte)\b", re.IGNORECASE)


def _negative(value: str) -> bool:
    return bool(vocabulary().negative.fullmatch(_undouble(_clean(value)).strip(" .:;")))


#: How many short lines after a recipients' label name recipients.
RECIPIENT_LINES = 6


def without_recipients(texts: list[str]) -> list[str]:
    """``texts`` with the lines that name who receives a decision blanked ("Beslutet
    skickas till" / "Kommunstyrelsen", "Beslutsnivå" / "1. Kommunstyrelsen"): the
    label's line and the short lines after it."""
    out = list(texts)
    for k, t in enumerate(texts):
        if not vocabulary().recipients.match(t.strip()):
            continue
        out[k] = ""
        for j in range(k + 1, min(k + 1 + RECIPIENT_LINES, len(texts))):
            if len(texts[j].split()) > 6:
                break
            out[j] = ""
    return out


@lru_cache(maxsize=65536)
def body_heading(text: str) -> str | None:
    """The body a heading line names: "Hälso- och sjukvårdsnämnden", "(Valnämnden) .",
    "Kost- och städenheten", "Nämnd: Kulturnämnden"."""
    t = _clean(text)
    t = re.sub(r"^(?:nämnd|ansvarig(?: nämnd)?|styrelse|förvaltning)\s*:\s*", "", t, flags=re.I)
    # "3.2 Kulturnämnden", "Kulturnämnden (KN)", "KULTURNÄMNDEN".
    t = re.sub(r"^\d+(?:\.\d+)*\.?\s+", "", t)
    t = re.sub(r"\s+\([A-ZÅÄÖ]{2,6}\)$", "", t)
    # "Uppdrag till socialnämnden", "Socialnämnden – uppdrag från kommunfullmäktige".
    to = re.match(r"^(?:uppdrag|aktiviteter|åtgärder)\s+(?:till|för)\s+", t, flags=re.I)
    if to and t[:1].isupper():
        t = t[to.end() :]
        t = t[:1].upper() + t[1:]
    t = re.sub(r"\s+[–-]\s+(?:uppdrag|aktiviteter|åtgärder|uppföljning|verksamhet|"
               r"verksamhetsberättelse|delårsrapport|tertialrapport|årsredovisning)\b.*$", "", t,
               flags=re.I)
    # "Socialnämnden i korthet": the body's part of the report.
    t = re.sub(r"\s+i\s+korthet$", "", t, flags=re.I)
    # "Kulturnämndens uppdrag", "Tekniska nämndens aktiviteter": the body's part.
    t = re.sub(
        r"(?<=[a-zåäö])s\s+(?:uppdrag|aktiviteter|åtgärder|internkontroll(?:plan)?|"
        r"uppföljning|åtaganden|verksamhet|verksamhetsområde|ansvarsområde|"
        r"verksamhetsberättelse|delårsrapport|tertialrapport|årsredovisning)(?:\s+\d{4})?$",
        "",
        t,
        flags=re.IGNORECASE,
    )
    t = t.strip(" .:()")
    if t.isupper() and len(t) > 3:
        t = t.capitalize()
    if not t or len(t) > 60 or len(t.split()) > 6:
        return None
    if BODY_FOR.match(t):
        # "Nämnden för funktionsstöd", "Enheten för försörjningsstöd".
        return t
    voc = vocabulary()
    if voc.unit_heading.match(t) and t[:1].isupper():
        # "Tjänsteområde Operativt inköp": a unit named by its kind first.
        return t
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
    if m and not _PLACE_BEFORE.search(sentence[: m.start()]):
        return m.group("name")
    return None


#: A preposition before a proper name makes it a place, not a party: "… stambyten i
#: Norrby fortsätter".
_PLACE_BEFORE = re.compile(r"\b(?:i|på|vid|av|från|till|med|för|om|mot|inom)\s*$", re.I)


#: Prepositions, modals and adverbials before an activity's own verb: "Kommunstyrelsen
#: ska i samråd med … ta fram …" → "Ta fram …".
_MODAL = re.compile(
    r"^(?P<subject>.{0,160}?)\b(?:(?:får|ges|gavs|fick)\s+(?:\w+\s+)?(?:i\s+)?uppdrag(?:et)?\s+att|"
    r"(?:ger|gav)\s+(?:\S+\s+){1,4}?i\s+uppdrag\s+att|uppdrog\s+(?:åt\s+)?(?:\S+\s+){1,4}?att|"
    r"(?:har|hade)\s+(?:\w+\s+)?i\s+uppdrag\s+att|"
    r"(?:har\s+|hade\s+)?(?:beslutat|beslöt|beslutade)\s+att|"
    r"uppdras\s+att|ska|skall|bör|behöver)\s+(?P<rest>.+)$",
    re.I,
)
_LEAD_TIME = re.compile(
    r"^(?:under|inom|före|senast|till|inför)\s+(?:år(?:et)?\s+)?(?:\d{4}|\w+et|\w+en)\s+", re.I
)
_NOT_VERB = frozenset(
    {"i", "med", "och", "samråd", "samverkan", "tillsammans", "under", "inom", "för", "år",
     "arbetet", "en", "ett", "den", "det", "på", "att", "även", "också", "vidare", "fortsatt",
     "ska", "skall", "bör", "kommer", "nämnden", "styrelsen", "förvaltningen"}
)


#: Infinitives that do not end in -a: "se över", "ge stöd", "nå målet".
_SHORT_VERBS = frozenset({"se", "ge", "nå", "gå", "få", "stå", "slå", "bli", "dra"})


def _first_verb(words: list[str]) -> int | None:
    body = vocabulary().body_name
    for k, w in enumerate(words[:14]):
        lw = w.lower().strip(",")
        if lw in _SHORT_VERBS:
            return k
        if lw in _NOT_VERB or not lw.isalpha() or len(lw) < 2:
            continue
        following = words[k + 1].lower().strip(",.") if k + 1 < len(words) else ""
        if following and body.match(following):
            # "i samråd med tekniska nämnden ta fram …": an adjective of a body.
            continue
        if lw.endswith("a") and not body.match(lw):
            return k
    return None


#: What a numbered or labelled entry starts with besides its name: "Uppdrag 3.",
#: "Uppdrag:", "1.2", "Att" (an att-clause written as the uppdrag).
_ENTRY_LEAD = re.compile(
    r"^(?:(?:uppdrag|aktivitet|åtgärd|insats)(?:\s+(?:nr\.?\s*)?[\w.]*\d[\w.]*)?\s*[.:]\s+|"
    r"(?:uppdrag|aktivitet|åtgärd|insats)\s+(?:nr\.?\s*)?[\w.]*\d[\w.]*\s+(?=(?-i:[A-ZÅÄÖ]))|"
    r"\d{1,2}(?:\.\d{1,2})+\.?\s+|att\s+)(?=\w)",
    re.IGNORECASE,
)


def activity_title(text: str, limit: int = 90) -> str:
    """The activity's name, short: the verb phrase after the subject and its modal
    ("Kommunstyrelsen ska i samråd med … ta fram en plan" → "Ta fram en plan"), a leading
    time ("Under år 2024 presentera …") left out."""
    # "1. Säkerställ att …": the point's number is no part of its name.
    t = re.sub(r"^\d{1,2}[.)]\s+(?=\S)", "", _clean(text))
    t = _ENTRY_LEAD.sub("", t, count=1)
    first = sentences(t)[0] if t else t
    rec = _RECOMMENDED.search(first)
    if rec:
        # "Revisorerna rekommenderade kommunstyrelsen att ta fram en plan" → "Ta fram
        # en plan": what is recommended is the work.
        first = rec.group("rest")
    m = _MODAL.match(first)
    rest = None
    if m and (
        find_bodies(m.group("subject"))
        or _subject_body(m.group("subject"))
        # "Nämnden har i uppdrag att …": a generic body is a subject all the same.
        or vocabulary().body_name.match(m.group("subject").strip().lower())
    ):
        rest = m.group("rest")
    elif _LEAD_TIME.match(first):
        rest = _LEAD_TIME.sub("", first)
    if rest:
        words = rest.split()
        k = _first_verb(words)
        if k is not None:
            first = " ".join(words[k:])
        elif m and m.group(0).rstrip()[:-len(m.group("rest"))].rstrip().endswith("att"):
            # "Nämnden får i uppdrag att <work>": what follows "att" is the work.
            first = rest
    first = first[:1].upper() + first[1:]
    return short_title(first, limit)


#: A recommendation: "X rekommenderar (Y) att <work>", "Y rekommenderas att <work>".
_RECOMMENDED = re.compile(
    r"\brekommender(?:ar|ade|as|ades)\s+(?:(?P<who>[^,.]{2,60}?)\s+)?att\s+(?P<rest>\w.+)$",
    re.IGNORECASE,
)


def recommended_to(sentence: str) -> str | None:
    """The body a recommendation is made to: "Revisorerna rekommenderar kommunstyrelsen
    att …" → Kommunstyrelsen; "Nämnden rekommenderas att …" → Nämnden."""
    m = _RECOMMENDED.search(_clean(sentence))
    if m is None:
        return None
    who = m.group("who")
    if who:
        found = find_bodies(who)
        return found[0][1] if found else body_heading(who)
    if re.search(r"rekommenderas|rekommenderades", m.group(0), re.I):
        found = find_bodies(sentence[: m.start()])
        return found[-1][1] if found else None
    return None


#: An assignment given to someone: "Kommunfullmäktige gav nämnden i uppdrag att …",
#: "KS uppdrog åt förvaltningen att …".
_ASSIGNED = re.compile(
    r"\b(?:ger|gav)\s+(?P<who>(?:\S+\s+){0,3}?\S+)\s+i\s+uppdrag\s+att\b|"
    r"\buppdrog\s+(?:åt\s+)?(?P<who2>(?:\S+\s+){0,3}?\S+)\s+att\b|"
    # a decision to do the work oneself: "Styrelsen har beslutat att utreda X"
    r"\b(?:har\s+|hade\s+)?(?:beslutat|beslöt|beslutade|i\s+uppdrag)\s+att\b",
    re.IGNORECASE,
)


def assigned(sentence: str) -> tuple[bool, bool, str | None]:
    """(whether ``sentence`` gives or takes on work, whether its subject gives it to
    another, the body it is given to): "Kommunfullmäktige gav tekniska nämnden i uppdrag
    att …" → (True, True, "Tekniska nämnden"); "… gav nämnden i uppdrag …" → (True, True,
    None): a generic word names no body; "Styrelsen har beslutat att utreda …" → (True,
    False, None): the subject does the work itself."""
    m = _ASSIGNED.search(sentence)
    if m is None:
        return False, False, None
    if m.group("who") is None and m.group("who2") is None:
        return True, False, None
    who = m.group("who") or m.group("who2") or ""
    if who.lower() in vocabulary().generic:
        return True, True, None
    found = find_bodies(who)
    return True, True, found[0][1] if found else body_heading(who)


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
    if (
        find_bodies(before)
        or _subject_body(before)
        or body_heading(before)
        # "Bolaget har påbörjat X", "Nämnden har inlett Y": a generic body is the
        # subject all the same, and the work is what follows.
        or before.lower() in vocabulary().generic
        # "Exby kommun fortsätter arbetet med X": the organisation is the subject.
        or _ORGANISATION_NAME.match(before)
        or BODY_FOR.match(before)
    ):
        after = s[cue.end() :].strip(" ,")
        after = re.sub(r"^(?:också\s+|även\s+|nu\s+)*(?:en|ett|de|den|det)\s+", "", after)
        after = re.split(r",|\s+(?:och|men|som|för att)\s+", after)[0].strip()
        if len(after.split()) < 2:
            return None
        return short_title(after[:1].upper() + after[1:], 90)
    if re.search(r"\b(?:som|vilka|vilket|där)\b", before, re.I):
        # "De planer som det har pågått arbete med …": a relative clause names no work.
        return None
    with_what = re.match(r"\s+med\s+(?P<what>[^,.;]+)", s[cue.end() :])
    if with_what and 2 <= len(words) <= 3 and not with_what.group("what").startswith("att "):
        # "Ett liknande arbete pågår med förbättring av X": the work is "med" what.
        what = re.split(r"\s+(?:och|men|som|för att)\s+", with_what.group("what"))[0]
        return short_title(f"{before} med {what.strip()}", 90)
    if len(words) < 2 or any(w.lower() in _FINITE for w in words):
        # "Arbetet pågår", "Resultatet är fortsatt gult": one word names no work.
        return None
    # "Motion om X (dnr KS 2024/123) – beräknas besvaras …": the name without its
    # case number and the dash before the status.
    before = re.sub(r"\s*\((?:dnr|diarienr|diarienummer)[^)]*\)", "", before, flags=re.I)
    return short_title(before.rstrip(" –-:|,"), 90)


#: A body named by its kind and what it is for: "Nämnden för funktionsstöd", "Enheten för
#: försörjningsstöd", "Styrelsen för teknisk service" (the name in small letters).
BODY_FOR = re.compile(
    r"^(?:Nämnden|Styrelsen|Enheten|Avdelningen|Förvaltningen|Kontoret|Sektionen|Utskottet|"
    r"Beredningen)\s+för\s+[a-zåäö][\wåäö-]*(?:(?:\s+och|\s*,)?\s+[a-zåäö][\wåäö-]*){0,4}$"
)
#: An organisation named as a sentence's subject: "Exby kommun", "Region Exempel".
_ORGANISATION_NAME = re.compile(
    r"^(?:[A-ZÅÄÖ][\wåäö-]+s?\s+(?:kommun|stad)|Region\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+län)?|"
    r"Landstinget(?:\s+[A-ZÅÄÖ][\wåäö-]+)?)$"
)
#: First words of a sentence that does not start with its topic.
_NO_SUBJECT = frozenset({"det", "under", "inom", "i", "på", "vi", "man", "efter", "sedan",
                         "bland", "som", "där", "när", "eftersom", "även", "också", "för"})
#: Finite verbs that show the words before the status are a clause, not a name.
_FINITE = frozenset({"är", "har", "var", "hade", "kan", "ska", "skall", "bör", "kommer",
                     "blir", "blev", "gör", "finns", "fick", "får"})


_INFOR = re.compile(r"\binför\s+(?:år\s+)?(?P<y>(?:19|20)\d{2})\b", re.IGNORECASE)
_FINISH_YEAR = re.compile(
    r"\b(?:klar|klart|färdig|färdigt|färdigställd|färdigställt|slutförd|slutfört|avslutad|"
    r"avslutat|avslutas|slutföras|färdigställas)\s+(?:år\s+)?(?P<y>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)
_THIS_YEAR = re.compile(
    r"\b(?:under|före|inom)\s+(?:innevarande\s+)?året\b|\binnan\s+årets\s+slut\b", re.I
)
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
    for m in _FINISH_YEAR.finditer(text):
        # "… beräknas vara klar 2027": a bare year after a finishing word.
        year = int(m.group("y"))
        found.append(
            Period(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", m.group(0),
                   pos=m.start(), stop=m.end())
        )
    this_year = _THIS_YEAR.search(text)
    if this_year and ref is not None:
        # "… bedöms bli genomfört under året": the year the report follows up.
        y = ref.year
        found.append(
            Period(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", this_year.group(0),
                   pos=this_year.start(), stop=this_year.end())
        )
    if not found:
        return None
    found.sort(key=lambda p: p.pos)
    cued = [p for p in found if is_cued(p)]
    return (cued or found)[0]
