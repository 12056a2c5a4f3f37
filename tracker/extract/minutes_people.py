"""Who is meant in minutes: the owner named in a phrase, the parties, roles and people
mentioned in a sentence, and the role abbreviations and initials that stand for someone
present.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tracker.domain import Person
from tracker.extract.clause_actor import is_thing
from tracker.extract.clause_lexicon import first_names, lexicon, lexicon_data
from tracker.extract.minutes_patterns import (
    _ACTOR,
    _DEFINITE_THING,
    _NAME2,
    _NOT_OWNER,
    _ROLE_NOUN,
    _SENTENCE_ADVERBS,
)
from tracker.language.aliases import Aliases


def _owner_name(raw: str | None, al: Aliases) -> str | None:
    if not raw:
        return None
    text = " ".join(raw.split()).strip(" ,.:;")
    text = re.sub(r"^(?:åt|till|den|det|de|en|ett|varje|alla|samtliga|respektive)\s+", "", text,
                  flags=re.IGNORECASE)
    if not text or text.lower() in _NOT_OWNER or len(text) > 70 or is_thing(text):
        return None  # (nor the matter itself: "Upphandlingen ska vara klar …")
    return al.canonical(text)


def not_a_name(word: str) -> bool:
    """A capitalised word that opens a sentence and names no one: a sentence adverb
    ("Vidare", "Därefter") or a thing in the definite neuter ("Ämnet", "Arbetet")."""
    if " " in word.strip():
        return False
    return word.lower() in _SENTENCE_ADVERBS or is_thing(word) or (
        bool(_DEFINITE_THING.fullmatch(word)) and word not in first_names())


def _parties(
    text: str, al: Aliases, people: set[str], abbr: dict[str, str] | None = None
) -> list[tuple[int, int, str]]:
    """Mentions of parties, roles and people in ``text`` as (start, end, name).  ``abbr``:
    a role abbreviation the document gave a person ("Karin Blom (MAS)") → that person."""
    found: list[tuple[int, int, str]] = []
    for ab, person in (abbr or {}).items():
        for m in re.finditer(rf"(?<![\wåäö-]){re.escape(ab)}(?![\wåäö-])", text):
            found.append((m.start(), m.end(), person))
    for m in al.party_regex.finditer(text):
        found.append((m.start(), m.end(), al.canonical(m.group(0)) or m.group(0)))
    for m in _ROLE_NOUN.finditer(text):
        if m.group(0).lower() in _NOT_OWNER:
            continue
        # "Bygglovs-chefen": a hyphen left by a line break inside a role noun (the reader
        # keeps it when the document never writes the word); the role is one word.
        role = re.sub(r"^([A-ZÅÄÖa-zåäö][a-zåäö]{3,})-(?=(?:chef|ansvarig|samordnar)\w*$)",
                      r"\1", m.group(0))
        found.append((m.start(), m.end(), al.canonical(role) or role))
    for m in _NAME2.finditer(text):
        if m.group(0) in people:
            found.append((m.start(), m.end(), m.group(0)))
    single = _single_names(frozenset(people))
    if single is not None:
        # APT notes list people by first name only ("Närvarande: Helena, Sara, Maria").
        for m in single.finditer(text):
            if not any(a <= m.start() < b for a, b, _ in found):
                # "Emil Sandberg" written in full: the whole name, not only "Emil"
                full = next((p for p in people if p.startswith(m.group(0) + " ")
                             and text.startswith(p, m.start())), None)
                end = m.start() + len(full) if full else m.end()
                found.append((m.start(), end, full or m.group(0)))
    for m in _ACTOR.finditer(text):
        name = m.group("name")
        taken = any(a <= m.start("name") < b for a, b, _ in found)
        if not_a_name(name):
            continue  # "Vidare ska …", "Ämnet återkommer …"
        if name.lower() not in _NOT_OWNER and not taken:
            found.append((m.start("name"), m.end("name"), name))
    found.sort()
    return found


@lru_cache(maxsize=32)
def _single_names(people: frozenset[str]) -> re.Pattern[str] | None:
    # Also the first name of someone listed in full, when no one else present has it:
    # terse notes say "Lena jagar fastighet" of "Lena Gustavsson".
    firsts = [p.split()[0] for p in people if re.fullmatch(r"[A-ZÅÄÖ][a-zåäöé]+(?:\s+\S+)+", p)]
    unique = {f for f in firsts if firsts.count(f) == 1}
    names = sorted((p for p in set(people) | unique if re.fullmatch(r"[A-ZÅÄÖ][a-zåäöé]+", p)),
                   key=len, reverse=True)
    if not names:
        return None
    return re.compile(r"(?<![\wåäö-])(?:" + "|".join(map(re.escape, names)) + r")(?![\wåäö-])")


def _role_abbreviations(present: list[Person]) -> dict[str, str]:
    """A role's abbreviation → the one person present in that role: "Karin Blom,
    medicinskt ansvarig sjuksköterska (MAS)" makes "MAS återkommer …" hers.  Written in
    brackets in the role, or the initials of its words.  Only roles: "Arne Ek (PRO)" names
    his organisation, which stays the organisation."""
    seen: dict[str, set[str]] = {}
    for p in present:
        if not p.role:
            continue
        abbrs = set(re.findall(r"\((?P<ab>[A-ZÅÄÖ]{2,5})\)", p.role))
        # "Sofia Lundberg (SL, chef ungdom …)": her initials, written first in her role
        lead = re.match(r"(?P<ab>[A-ZÅÄÖ]{2,4})\s*(?:,|$)", p.role)
        if lead and lead.group("ab") in (
            "".join(w[0] for w in re.split(r"[\s-]+", p.name) if w[:1].isupper()),
            "".join(w[0] for w in p.name.split()),  # "Per-Olof Granström (PG, …)"
        ):
            abbrs.add(lead.group("ab"))
        words = re.sub(r"\(.*?\)", " ", p.role).split()
        if len(words) >= 2 and all(re.fullmatch(r"[a-zåäö]+", w) for w in words):
            abbrs.add("".join(w[0] for w in words).upper())
        for ab in abbrs:
            seen.setdefault(ab, set()).add(p.name)
    # Two people under one abbreviation: none of them is meant by it alone.
    return {ab: next(iter(names)) for ab, names in seen.items() if len(names) == 1}


@lru_cache(maxsize=32)
def _initials_index(people: frozenset[str]) -> dict[str, str]:
    """Initials ("HS", "MÖ", "PÅJ") → the one person present whose names begin with those
    letters ("Henrik Sandberg"; "Per-Åke Johansson" → "PÅJ").  Initials shared by two
    people present stay as written: guessing between them would be wrong half the time."""
    found: dict[str, list[str]] = {}
    for p in people:
        parts = re.split(r"[\s-]+", p)
        if len(parts) < 2 or not all(re.fullmatch(r"[A-ZÅÄÖÉ][a-zåäöéü]+", w) for w in parts):
            continue
        found.setdefault("".join(w[0] for w in parts), []).append(p)
    return {k: v[0] for k, v in found.items() if len(v) == 1}


#: One or two capitalised words: how a person is named as an item's owner ("Foxears",
#: "Anna Berg", "Lars-Erik").
_PERSON_SHAPE = re.compile(r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?"
                           r"(?:\s+[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)?")


@lru_cache(maxsize=1)
def _not_person_endings() -> tuple[str, ...]:
    """Endings of a word that names a body, a group, a role or a forum, not a person
    (``lexicon.toml``: agents, roles, forums, the actor's groups)."""
    data = lexicon_data()
    meeting = data["meeting"]
    words = [*data["agents"]["nouns"], *data["subject"]["roles"], *data["subject"]["forums"],
             *data["actor"]["groups"], *meeting["body_nouns"].values(),
             *meeting["association_nouns"].values()]
    return tuple(sorted({w.lower() for w in words if len(w) >= 3}, key=len, reverse=True))


def owner_names(owners: list[str | None], body: str | None = None) -> set[str]:
    """The owners of the document's items that name a person: one or two capitalised
    words that are no body, group, role or thing ("Foxears", "Ailue", "Anna Berg";
    not "Trafikverket", "Kassören", "Styrelsen", "Direktionen", nor the meeting's own
    ``body``).  A name that owns one task is a person of the minutes, as someone listed
    present is."""
    out = set()
    for owner in owners:
        name = " ".join((owner or "").split())
        if not name or not _PERSON_SHAPE.fullmatch(name) or is_thing(name) or (
            body and name.casefold() == body.casefold()
        ):
            continue
        low = name.lower()
        if lexicon().agent_nouns.search(name) or low.endswith(_not_person_endings()):
            continue
        if low.split()[0] in _SENTENCE_ADVERBS or low in _NOT_OWNER:
            continue
        out.add(name)
    return out
