"""What a follow-up report's line says, read with the words of
:mod:`tracker.extract.followup_words`: the line cleaned of bullets, boilerplate and doubled
text (:func:`_clean`), a status value (:func:`status_of`, :func:`status_sentence`), the
recipient lines of a letter (:func:`without_recipients`) and a heading or subject that
names a body (:func:`body_heading`).  Used by the follow-up reader
(:mod:`tracker.extract.report_followup`) and the report extractor.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tracker.extract.followup_words import vocabulary
from tracker.extract.report_rules import find_bodies, normalise_body

# --- small readers --------------------------------------------------------------------------

_BOILERPLATE = re.compile(
    r"^(?:gå (?:direkt )?till (?:sidans )?innehåll|skriv ut:?|dela:?|till toppen|•?\s*no results "
    r"found|vi använder cookies.*|meny|sök"
    # A table of contents (a transcript's page line "2 Innehållsförteckning 1 …") lists
    # headings: it tells of no work, and its "Omvärldsanalys" starts no section.
    r"|(?:\d{1,3}\s+)?innehållsförteckning\b.*|innehåll)$",
    re.IGNORECASE,
)
#: A line that is an entry's code alone ("Mål PHU.6.3", "Åtgärd 12 b"), no name: a code
#: is tokens with a figure, a short capital code or a letter ("Åtgärd 3.1 Sänka
#: hastigheten" names its entry).
_ID_LINE = re.compile(
    r"^(?:Åtgärd|Indikator|Mål|Uppdrag|Aktivitet)\s+[\w.]*\d[\w.]*"
    r"(?:\s+(?:[\w.]*\d[\w.]*|[A-ZÅÄÖ]{1,4}|[a-zåäö]))*\s*$"
)
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


#: A body named by its kind and what it is for: "Nämnden för funktionsstöd", "Enheten för
#: försörjningsstöd", "Styrelsen för teknisk service" (the name in small letters).
BODY_FOR = re.compile(
    r"^(?:Nämnden|Styrelsen|Enheten|Avdelningen|Förvaltningen|Kontoret|Sektionen|Utskottet|"
    r"Beredningen)\s+för\s+[a-zåäö][\wåäö-]*(?:(?:\s+och|\s*,)?\s+[a-zåäö][\wåäö-]*){0,4}$"
)
