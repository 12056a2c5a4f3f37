"""Entries listed under a heading that tells their state: "BORDLAGDA INTERPELLATIONER",
"Återremitterade ärenden", "Obesvarade motioner", "Kvarstående frågor".

Agenda-style minutes and fullmäktige protocols list such matters one per numbered line
("2 Nr 2003:95 av … om AB Stokab"), with no sentence saying that each is tabled or still
waits: the heading says it once for all of them.  Each entry under such a heading, up to
the next heading that is not an entry, is a candidate of the heading's kind, unless a
rule's item already speaks of it.  The heading words are data
(``lexicon.toml`` ``[status_headings]``); a heading that says the list is empty
("Bordlagda ärenden (inga)") lists nothing.

A matter listed under a "tabled" heading waits for a later sitting: like any tabled
ärende (``DOMAIN.md``) it is due at the next meeting, when the document names its date.
A list of unanswered or sent-back matters names no sitting, and gives no due date.

The same lead may stand inside a paragraph, its matters told as the sentences after it
(a notice copied as one line per page: "Bordlagda frågor från nämndens möte den 20
februari. Anna Eks (S) fråga om …"): :func:`inline_entries`.  Matters the lead brings
from an earlier sitting are on this meeting's agenda, due at it, and the body's.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from tracker.domain import Candidate
from tracker.extract.clause_lexicon import lexicon_data
from tracker.extract.sections import Section

#: Words that say a heading's list is empty.
_NONE = re.compile(r"\b(?:inga|inget|saknas|finns\s+inte)\b", re.IGNORECASE)
#: A heading line in capitals ("ÖVRIGA ÄRENDEN").
_CAPITALS = re.compile(r"[A-ZÅÄÖ][A-ZÅÄÖ\s,/&–-]{3,80}")
#: A heading is at most this long.
_MAX_HEADING_WORDS = 8
#: An entry is a line, perhaps with a sentence or two under it; a section with more is
#: a matter of its own, and the list has ended.
_MAX_ENTRY_SENTENCES = 2


@dataclass(frozen=True, slots=True)
class _Heading:
    kind: str
    word: str


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    data = lexicon_data()["status_headings"]
    out = []
    for kind, words in data.items():
        ordered = sorted(words, key=len, reverse=True)
        out.append((kind, re.compile(
            r"(?<![\wåäö])(?:" + "|".join(re.escape(w) for w in ordered) + r")(?![\wåäö])",
            re.IGNORECASE)))
    return out


def status_of_heading(text: str) -> _Heading | None:
    """The kind a heading gives the entries under it, or None."""
    words = text.split()
    if not words or len(words) > _MAX_HEADING_WORDS or _NONE.search(text):
        return None
    for kind, pat in _patterns():
        if m := pat.search(text):
            return _Heading(kind, m.group(0))
    return None


def listed_entries(
    lead: str | None, sections: list[Section], items: list[Candidate],
    next_meeting: dt.date | None = None,
) -> list[Candidate]:
    """Candidates for the numbered entries under a status heading.  ``lead`` is the
    line just before the first section (a heading the section reader left in the
    document's head).  An unnumbered section is a heading: it starts or ends a list.
    A tabled entry is due on ``next_meeting`` (see the module docstring)."""
    current = status_of_heading(lead) if lead else None
    spoken = {it.section for it in items if it.section}
    out: list[Candidate] = []
    for sec in sections:
        if not sec.number:
            current = status_of_heading(sec.title)
            continue
        # A heading in capitals may have been read as the last line of the section
        # before it ("BORDLAGDA INTERPELLATIONER" after the election of adjusters).
        after = [s.text for s in sec.sentences if _CAPITALS.fullmatch(s.text.strip())]
        body = len(sec.sentences) - len(after)
        heading = current
        entry = heading is not None and body <= _MAX_ENTRY_SENTENCES and not sec.procedural
        if after:
            current = status_of_heading(after[-1])
        elif not entry:
            current = None
        if heading is None or not entry or sec.label in spoken or not sec.title:
            continue
        title = sec.title if len(sec.title) <= 140 else sec.title[:140].rsplit(" ", 1)[0]
        due = next_meeting if heading.kind == "tabled" else None
        out.append(Candidate(
            title=title,
            text=sec.title,
            kind=heading.kind,
            status="open",
            section=sec.label,
            page=sec.page,
            line=sec.line,
            evidence=sec.title,
            due=due,
            due_precision="day" if due else None,
            confidence=0.3,
            tier="possible",
            reasons=[f"möjlig punkt: listad under en rubrik som säger läget ({heading.word})",
                     f"lexikon: {heading.word.lower()} (rubrik)",
                     *(["förfaller: nästa sammanträde"] if due else [])],
        ))
    return out


#: An inline lead sentence is at most this long; an entry after it too.
_MAX_LEAD_WORDS = 14
_MAX_ENTRY_WORDS = 60
#: An entry has at least this many words ("Sekr" left of a page's signature is none).
_MIN_ENTRY_WORDS = 4
#: The lead says where its matters come from: an earlier sitting, to this one ("Bordlagda
#: frågor från nämndens möte den 20 februari"): they are on this meeting's agenda.
_FROM_SITTING = re.compile(
    r"\bfrån\b.{0,60}?\b(?:möte|mötet|sammanträde|sammanträdet|sammanträdena|mötena)\b",
    re.IGNORECASE)


@lru_cache(maxsize=1)
def _inline_lead() -> re.Pattern[str]:
    data = lexicon_data()
    words = sorted({w for ws in data["status_headings"].values() for w in ws},
                   key=len, reverse=True)
    nouns = data.get("status_leads", {}).get("nouns", [])
    return re.compile(
        r"^(?:" + "|".join(re.escape(w) for w in words) + r")\s+(?:"
        + "|".join(re.escape(n) for n in nouns) + r")(?![\wåäö])", re.IGNORECASE)


#: What may follow the lead's words: where the matters come from, a colon, nothing
#: ("Kvarvarande frågor lyfts från dagordningen" goes on with a verb: a sentence).
_LEAD_REST = re.compile(r"\s*(?:[:.]?\s*$|:|från\b|\(|–|-)", re.IGNORECASE)


def is_status_lead(text: str) -> bool:
    """``text`` is a lead that tells the state of the matters after it ("Bordlagda
    frågor från nämndens möte den 20 februari."): a heading in a sentence's place, no
    matter of its own."""
    text = " ".join(text.split())
    m = _inline_lead().match(text)
    return (m is not None and len(text.split()) <= _MAX_LEAD_WORDS
            and _LEAD_REST.match(text, m.end()) is not None)


def inline_entries(
    sections: list[Section], items: list[Candidate], ref: dt.date | None,
    next_meeting: dt.date | None = None, body: str | None = None,
) -> list[Candidate]:
    """Candidates for the matters told after a lead sentence that says their state,
    inside a paragraph ("Bordlagda frågor från nämndens möte den 20 februari. Anna Eks
    (S) fråga om … . Per Holms (M) fråga om …"), as a run-on transcript gives a notice's
    list: each sentence after the lead in its paragraph is an entry of the lead's kind,
    owned by the meeting's body.  Matters the lead brings from an earlier sitting are on
    this meeting's agenda and due at it (``ref``); other tabled ones at the next."""
    taken = " ".join(" ".join((it.text or "").split()) for it in items)
    out: list[Candidate] = []
    for sec in sections:
        sents = sec.sentences
        for k, s in enumerate(sents):
            text = " ".join(s.text.split())
            m = _inline_lead().match(text)
            if m is None or not is_status_lead(text) or _NONE.search(text):
                continue
            heading = status_of_heading(m.group(0))
            if heading is None:
                continue
            due = (ref if _FROM_SITTING.search(text) else
                   next_meeting if heading.kind == "tabled" else None)
            for e in sents[k + 1:]:
                entry = " ".join(e.text.split())
                if e.paragraph != s.paragraph or _inline_lead().match(entry):
                    break
                n = len(entry.split())
                if n < _MIN_ENTRY_WORDS or n > _MAX_ENTRY_WORDS:
                    continue
                if entry in taken:
                    continue
                title = entry.rstrip(".") if len(entry) <= 140 else (
                    entry[:140].rsplit(" ", 1)[0])
                out.append(Candidate(
                    title=title,
                    text=entry,
                    kind=heading.kind,
                    status="open",
                    owner=body,
                    # (the lead heads its entries: the section around may be an
                    # agenda item the run-on text did not cut off)
                    section=text.rstrip(" .,:;0-9") or sec.label or None,
                    page=e.page,
                    line=e.line,
                    evidence=f"{text} {entry}",
                    due=due,
                    due_precision="day" if due else None,
                    confidence=0.3,
                    tier="possible",
                    reasons=[f"möjlig punkt: berättad efter en inledning som säger läget "
                             f"({heading.word})",
                             f"lexikon: {heading.word.lower()} (inledning)",
                             *([f"ansvarig: mötets organ ({body})"] if body else []),
                             *(["förfaller: detta sammanträde"] if due and due == ref else
                               ["förfaller: nästa sammanträde"] if due else [])],
                ))
    return out
