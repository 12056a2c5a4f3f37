"""Who owns a follow-up report's entry when the entry itself says so: a body in
parentheses at its end ("Implementera e-arkiv (KS)"), an abbreviation only this
organisation uses ("(KFN)") and the body whose initials it is, and the body a passive
names as dealing with the matter ("behandlas av kommunstyrelsen")."""

from __future__ import annotations

import re

from tracker.extract.followup_lines import body_heading
from tracker.extract.followup_words import vocabulary
from tracker.extract.report_rules import find_bodies

#: The owner an entry names in parentheses at its end: "Implementera e-arkiv (KS)",
#: "Ny taxa (Miljönämnden)", "Utred varudistribution (KS, TN)".
_OWNER_NOTE = re.compile(r"\s*\((?P<who>[^()]{2,60})\)\s*\.?$")


def owner_note(text: str) -> tuple[str, str] | None:
    """(the entry without the note, the owner) when ``text`` ends with a responsible
    body in parentheses: an abbreviation every organisation has (KS, KF, RS), one of the
    user's aliases, or a body's name."""
    m = _OWNER_NOTE.search(text)
    if m is None or m.start() < 4:
        return None
    who = m.group("who").strip()
    several = re.split(r"\s*(?:,|/|\boch\b)\s*", who)
    if len(several) > 1 and all(several):
        # "(KS, TN)": the first named answers for it, the others with it.
        first = owner_note(f"{text[: m.start()]} ({several[0]})")
        return (text[: m.start()].rstrip(), first[1]) if first else None
    name = vocabulary().abbreviations.get(who)
    if name is None:
        from tracker.language.aliases import aliases

        al = aliases().index.get(who.lower())
        if al is not None and (al in vocabulary().abbreviations.values() or body_heading(al)):
            name = al
    if name is None:
        found = find_bodies(who)
        name = found[0][1] if found and found[0][0] == 0 else body_heading(who)
    if name is None:
        return None
    return text[: m.start()].rstrip(), name


#: An abbreviation of a body in capitals: "KFN", "MSN", "BUN", "ÄN".
_ABBREVIATION = re.compile(r"^[A-ZÅÄÖ]{2,6}$")
#: Small words a body's abbreviation leaves out: "Kultur- och fritidsnämnden" → KFN.
_NOT_INITIAL = frozenset({"och", "för", "&", "i", "med"})


def abbreviation_note(text: str) -> tuple[str, str] | None:
    """(the entry without the note, the abbreviation) when ``text`` ends with an
    abbreviation in parentheses that :func:`owner_note` does not know: "Utred en ny
    simhall (KFN)"."""
    m = _OWNER_NOTE.search(text)
    if m is None or m.start() < 4 or not _ABBREVIATION.match(m.group("who").strip()):
        return None
    return text[: m.start()].rstrip(), m.group("who").strip()


def body_initials(name: str) -> str:
    """The abbreviation a body's name makes: the first letter of each word (small words
    left out) and of the body noun a word ends with — "Kultur- och fritidsnämnden" →
    "KFN", "Tekniska nämnden" → "TN", "Kommunstyrelsen" → "KS"."""
    nouns = (
        "nämnden",
        "nämnd",
        "styrelsen",
        "styrelse",
        "förvaltningen",
        "förvaltning",
        "utskottet",
        "utskott",
        "beredningen",
        "beredning",
        "fullmäktige",
    )
    out = ""
    for word in re.split(r"[\s-]+", name):
        w = word.strip(",.()").lower()
        if not w or w in _NOT_INITIAL:
            continue
        out += w[0]
        tail = next((n for n in nouns if w.endswith(n) and w != n), None)
        if tail is not None:
            out += tail[0]
    return out.upper()


#: The body a passive names as the one that deals with a matter: "behandlas preliminärt
#: av kommunstyrelsen", "planeras behandlas i KF i juni".
_AGENT = re.compile(
    r"\b(?:behandlas|besvaras|beslutas|bereds|beredas|tas\s+upp|avgörs)\b"
    r"(?:\s+\w+){0,2}?\s+(?:av|i|hos)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)


def agent_in(text: str) -> str | None:
    """The body that deals with the matter a passive tells (see ``_AGENT``): a body's
    name or an abbreviation every organisation has (KS, KF)."""
    m = _AGENT.search(text)
    if m is None:
        # "KS i mars 2025" (a column of planned treatment): the body it opens with.
        lead = re.match(r"(?P<rest>[A-ZÅÄÖ][\wåäö-]*)\s+(?:i|under|senast)\s+\w+", text.strip())
        if lead is None:
            return None
        rest = lead.group("rest")
    else:
        rest = m.group("rest")
    word = re.match(r"[A-ZÅÄÖ]{2,5}\b", rest)
    if word and word.group(0) in vocabulary().abbreviations:
        return vocabulary().abbreviations[word.group(0)]
    found = find_bodies(rest)
    if found and found[0][0] == 0:
        return found[0][1]
    return body_heading(rest.split()[0]) if rest.split() else None


#: Words after which a body closing an entry is the work's object, not its owner column:
#: "Redovisa till kommunstyrelsen", "Samverka med socialnämnden".
_BEFORE_OBJECT = frozenset(
    {
        "till",
        "av",
        "med",
        "för",
        "i",
        "hos",
        "och",
        "samt",
        "från",
        "inom",
        "åt",
        "mellan",
        "mot",
        "om",
        "på",
        "under",
        "via",
    }
)


def owner_cell_after(text: str) -> tuple[str, str | None]:
    """(the entry, its owner) when a flattened table row's entry text ends with the
    owner column's body ("Utreda ny simhall Kultur- och fritidsnämnden"); else (text,
    None)."""
    found = find_bodies(text)
    if not found:
        return text, None
    pos, name = found[-1]
    if pos < 8 or text[pos:].rstrip(" .").casefold() != name.casefold():
        # (the body must close the text: the owner column, not a body the work names)
        return text, None
    before = text[:pos].rstrip(" -–,|")
    words = before.split()
    if not words or words[-1].lower() in _BEFORE_OBJECT or len(words) < 2:
        return text, None
    return before, name


#: The owner an entry names after a dash or a label at its end: "Utveckla föreningsstödet
#: – Kultur- och fritidsnämnden", "Kartlägga behovet. Ansvarig: Vård- och omsorgsnämnden".
_OWNER_TAIL = re.compile(
    r"(?:\s+[–—-]\s+|[.;,]?\s+(?:ansvarig(?:\s+nämnd)?|ansvar)\s*:\s*)(?P<who>[^–—:]{2,60}?)\.?$",
    re.IGNORECASE,
)


def owner_tail(text: str) -> tuple[str, str] | None:
    """(the entry without its tail, the owner) when ``text`` ends with a body after a
    dash or an "Ansvarig:" label; only a body's name (or an abbreviation every
    organisation has) counts, not any words after a dash."""
    m = _OWNER_TAIL.search(text)
    if m is None or m.start() < 4:
        return None
    who = m.group("who").strip()
    name = vocabulary().abbreviations.get(who)
    if name is None:
        found = find_bodies(who)
        if not found or found[0][0] != 0 or len(found[0][1]) < len(who) - 1:
            return None
        name = found[0][1]
    return text[: m.start()].rstrip(" .,;"), name
