"""Words as the linker compares them: the content words of a text and when two name the
same thing.

:func:`words` keeps the content words of a text (function and stock words, dates and
the verbs of raising a question removed; the generic head of a compound cut off:
"lokalfrågan" → "lokal"; an abbreviation kept in capitals).  :func:`similar` compares
two of them compound-aware ("skyddsronder" ~ "skyddsronden", "sommarbemanning" ~
"sjuksköterskebemanningen", "ÅVC" ~ "återvinningscentralen"), :func:`coverage` says how
much of one word list another holds, and :func:`compound_clash` finds two compounds
alike only by their head ("ekonomisystemet" / "journalsystemet").  Scoring a passage
against an item with them is :mod:`tracker.services.link_scoring`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache

from tracker.services.matching import _STOPWORDS

_EXTRA_STOP_TEXT = """
    arbetsgivaren arbetsgivare förvaltningen nämnden nämnd styrelsen kommunen enheten
    planen plan redovisning redovisade redovisar redovisa återkomma uppdrag uppdraget
    beslut beslutar beslutet enligt förslag förslaget förvaltningens arbetet pågår
    status datum nytt nya ny tar fram ta gör göra genomförs genomförd har ska skulle
    blir bli vara varit hur när vad vem varför kan kunna alla samtliga inför kring
    mellan mot hela ännu redan igen just bara del mycket uppföljning åtgärdslistan
    åtgärdslista balanslistan balanslista listan vision kommunal ssr saco lärarförbundet
    vårdförbundet naturvetarna ledarna pro spf skpf rpg dhr fub srf hrf januari februari
    mars april maj juni juli augusti september oktober november december
"""
_EXTRA_STOP = frozenset(_EXTRA_STOP_TEXT.split())
#: Verbs of raising a question: "Vision frågar …" and "Vision frågade …" say nothing of
#: the matter.
_ASKING = frozenset(("frågar", "frågade", "undrar", "undrade", "tog", "tar", "upp", "lyfter",
                     "lyfte", "vill"))  # fmt: skip
_STOP = _STOPWORDS | _EXTRA_STOP | _ASKING
#: Heads of compounds that name the kind of thing, not the matter: "lokalfrågan" is
#: about "lokal".  (Not "plan": a plan is a thing of its own, and its first part is
#: often a plain word of another matter: "äldreplanen" is no matter of "äldre",
#: "åtgärdsplanen" none of every "åtgärd", "detaljplanen" none of "detaljer"; a plan and
#: its first part stay alike, only a part of each other, see :func:`names_itself`.)
_GENERIC_HEADS = (
    "frågan", "frågor", "fråga", "ärendet", "ärende", "punkten", "punkt", "listan",
    "statistik", "statistiken", "frågorna",
)  # fmt: skip
_WORD = re.compile(r"[0-9a-zåäöéü]+(?:-[0-9a-zåäöéü]+)*")


@lru_cache(maxsize=20000)
def _key(word: str) -> str:
    """A word as compared: a generic head cut off a compound ("lokalfrågan" → "lokal")."""
    for head in _GENERIC_HEADS:
        if word.endswith(head) and len(word) - len(head) >= 4:
            return (
                word[: -len(head)].rstrip("s") if len(word) - len(head) > 4 else word[: -len(head)]
            )
    return word


_DATE_TEXT = re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}/\d{1,2}\b|\b(?:19|20)\d\d\b")


#: "ÅVC", "LSS": an abbreviation written in capitals (kept in capitals in the word list).
_ACRONYM = re.compile(r"(?<![\wÅÄÖåäö-])[A-ZÅÄÖ]{2,5}(?![\wÅÄÖåäö])")


def words(text: str | None) -> list[str]:
    """The content words of ``text`` (lower case, function and stock words and dates
    removed: two rows that share only a year are not the same matter).  An abbreviation
    written in capitals stays in capitals, so that :func:`similar` can read it as the
    initials of a compound ("ÅVC" ~ "återvinningscentralen")."""
    # Cached: planning an import scores every passage against many items and reads the
    # same texts again for each pair (18,000 calls for one FVG minutes); a fresh list
    # each time, since callers may change it.
    return list(_words(text or ""))


@lru_cache(maxsize=20000)
def _words(raw: str) -> tuple[str, ...]:
    acronyms = {m.group(0).casefold() for m in _ACRONYM.finditer(raw)}
    out: list[str] = []
    for w in _WORD.findall(_DATE_TEXT.sub(" ", raw.casefold())):
        for part in w.split("-"):
            if len(part) < 3 and not part.isdigit():
                continue
            # ("redovisningen", "förslagen", "uppdragen": a stock word in its definite or
            # plural form is as empty as the word itself.)
            if part in _STOP or _stem(part) in _EXTRA_STOP:
                continue
            out.append(part.upper() if part in acronyms else _key(part))
    return tuple(out)


#: Definite and plural endings, longest first: "arbetsschemat" → "arbetsschema",
#: "skyddsronderna" → "skyddsrond".
_ENDINGS = ("erna", "arna", "orna", "ende", "en", "et", "na", "er", "ar", "or", "n", "t")


@lru_cache(maxsize=50000)
def _stem(word: str) -> str:
    for end in _ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 4:
            return word[: -len(end)]
    return word


def _initials(acronym: str, word: str) -> bool:
    """``acronym`` (lower case) spells the parts of the compound ``word``: its first
    letter begins the word and each next one stands a part further in, three letters or
    more after the one before ("åvc" ~ "återvinningscentralen", not "sam" ~ "samverkan"
    or "mbt" ~ "mobiltelefonen")."""
    if len(word) < 3 * len(acronym) or not word.startswith(acronym[0]):
        return False
    pos = 0
    for ch in acronym[1:]:
        nxt = word.find(ch, pos + 3)
        if nxt < 0:
            return False
        pos = nxt
    return True


@lru_cache(maxsize=200000)
def similar(a: str, b: str) -> bool:
    """Two content words name the same thing, compounds and inflections allowed."""
    if a == b:
        return True
    if a.isdigit() or b.isdigit():
        return False
    if a.isupper() or b.isupper():
        # An abbreviation: the same one in other case, or the initials of a compound.
        x, y = a.casefold(), b.casefold()
        if x == y:
            return True
        if a.isupper() and b.isupper():
            return False
        acr, word = (x, y) if a.isupper() else (y, x)
        # A forum's own abbreviation ("FVG", "SVG", "APT") names where a matter is
        # discussed, not what it is: no initials of a compound ("friskvårdsbidrag").
        return acr not in _forum_acronyms() and _initials(acr, word)
    short, long_ = sorted((a, b), key=len)
    prefix = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        prefix += 1
    if prefix >= 6 or (len(short) >= 4 and prefix == len(short)):
        return True
    if prefix >= 5 and prefix >= 0.7 * len(short):
        return True
    if len(short) >= 7:
        m = SequenceMatcher(None, short, long_, autojunk=False).find_longest_match(
            0, len(short), 0, len(long_)
        )
        # A compound part of seven letters or more in common ("bemanning").
        if m.size >= 7:
            return True
    # The head of a compound, endings aside: "schema" ~ "arbetsschemat", "ronder" ~
    # "skyddsronderna" (the first part, at least three letters, says which kind).
    s_short, s_long = sorted((_stem(a), _stem(b)), key=len)
    if len(s_short) >= 4 and len(s_long) - len(s_short) >= 3 and s_long.endswith(s_short):
        return True
    # … with the same ending on both ("maten" ~ "skolmaten", which the stems part).
    return len(short) >= 5 and len(long_) - len(short) >= 3 and long_.endswith(short)


@lru_cache(maxsize=1)
def _forum_acronyms() -> frozenset[str]:
    from tracker.language.aliases import aliases

    return frozenset(k for k in aliases().forum_index if k.isalpha() and len(k) <= 4)


def _weight(word: str) -> float:
    if word.isdigit():
        return 1.5
    return 1.0 + (0.5 if len(word) >= 8 else 0.0)


def coverage(query: Sequence[str], target: Sequence[str]) -> tuple[float, list[str]]:
    """Share (weighted) of ``query``'s words found in ``target``, and which matched."""
    q = list(dict.fromkeys(query))
    if not q:
        return 0.0, []
    tset = list(dict.fromkeys(target))
    hit: list[str] = []
    total = got = 0.0
    for w in q:
        wt = _weight(w)
        total += wt
        alike = [t for t in tset if similar(w, t)]
        if alike:
            # The closest match: the same word or one of the same stem before a compound
            # found only by its head or by a part inside it.
            match = max(alike, key=lambda t: _quality(w, t))
            got += wt * _quality(w, match)
            hit.append(w if w == match else f"{w}~{match}")
    return got / total, hit


#: How much a compound of the query counts when the other side has only its head
#: ("lönesamtal" / "samtal": the kind of thing, not the thing the compound names), or
#: only a part of seven letters inside both ("undersköterskelyftet" / "sjuksköterskor").
_HEAD_ONLY_SHARE = 0.6
_INNER_PART_SHARE = 0.75


@lru_cache(maxsize=200000)
def _quality(a: str, b: str) -> float:
    """How closely two similar words match: 1 for the same word, stem, prefix or
    abbreviation; less for a compound found only by its head or by an inner part."""
    if a == b or a.isdigit() or a.isupper() or b.isupper():
        return 1.0
    prefix = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        prefix += 1
    short = min(len(a), len(b))
    if prefix >= 6 or (short >= 4 and prefix == short) or (prefix >= 5 and prefix >= 0.7 * short):
        return 1.0
    if _head_only(a, b):
        return _HEAD_ONLY_SHARE
    s_short, s_long = sorted((_stem(a), _stem(b)), key=len)
    if len(s_short) >= 4 and len(s_long) - len(s_short) >= 3 and s_long.endswith(s_short):
        return 1.0  # the query is the head of the other's compound ("schema" ~ "arbetsschemat")
    return _INNER_PART_SHARE


#: Endings that make no compound of a word: "skyddsrond" / "skyddsronderna".
_NO_HEAD = frozenset(("erna", "arna", "orna", "ende", "ens", "ets", "nas"))


def _part_only(query_word: str, target: str) -> bool:
    """``target`` is only the first part of the compound ``query_word``: "semesterschemat"
    / "semester", "lokalinventering" / "lokaler" (the schedule of the vacation, the
    inventory of the premises: a part or a step, not the matter the target names)."""
    if query_word == target or query_word.isupper() or target.isupper() or query_word.isdigit():
        return False
    for first in dict.fromkeys((target, _stem(target))):
        if len(first) < 4 or not query_word.startswith(first):
            continue
        head = query_word[len(first) :]
        head = head[1:] if head.startswith("s") and len(head) > 4 else head  # the joining s
        if len(head) >= 4 and head not in _NO_HEAD:
            return True
    return False


def _first_part_only(a: str, b: str) -> bool:
    """``a`` and ``b`` share only a first part and go on with heads of their own
    ("trafiksäkerhet" / "trafikingenjören", "hastighetsgränsen" / "hastighetsmätningar")."""
    if a.isupper() or b.isupper() or a.isdigit() or b.isdigit():
        return False
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return k >= 4 and len(a) - k >= 4 and len(b) - k >= 4


@lru_cache(maxsize=200000)
def names_itself(query_word: str, target: str) -> bool:
    """``query_word`` names what ``target`` names, not only a thing of its field or of
    its kind: similar, and not alike only by a first part ("semesterschemat" /
    "semester", "trafiksäkerhet" / "trafikingenjören") or by a head with first parts of
    their own ("semesterschemat" / "sommarschema").  (A head alone still names the
    thing: "planprioriteringen" / "prioritering av detaljplaner".)"""
    return similar(query_word, target) and not (
        _part_only(query_word, target) or _first_part_only(query_word, target)
        or _tail_only(query_word, target))  # fmt: skip


def _head_only(query_word: str, target: str) -> bool:
    """``target`` is only the head of the compound ``query_word`` ("lönesamtal" /
    "samtal"): the two begin differently and the longer ends with the shorter."""
    if query_word.isdigit() or query_word.isupper() or target.isupper():
        return False
    a, b = _stem(query_word), _stem(target)
    return len(a) - len(b) >= 3 and a.endswith(b) and a[:3] != b[:3]


def _tail_only(a: str, b: str) -> bool:
    """``a`` and ``b`` are alike only by the head of a compound, with first parts of
    their own ("ekonomisystemet" and "journalsystemet")."""
    if a == b or a.isdigit() or b.isdigit() or a.isupper() or b.isupper() or a[:4] == b[:4]:
        return False
    sa, sb = _stem(a), _stem(b)
    k = 0
    while k < min(len(sa), len(sb)) and sa[-1 - k] == sb[-1 - k]:
        k += 1
    return k >= 5 and len(sa) - k >= 4 and len(sb) - k >= 4


def compound_clash(mine: Sequence[str], theirs: Sequence[str]) -> str | None:
    """A compound of ``mine`` alike to one of ``theirs`` only by its head, while neither
    first part occurs on the other side: another thing of the same kind ("integration
    mot ekonomisystemet" is no "integration mot journalsystemet")."""
    for a in dict.fromkeys(mine):
        for b in dict.fromkeys(theirs):
            if not _tail_only(a, b):
                continue
            if any(similar(a, t) and not _tail_only(a, t) for t in theirs):
                continue
            if any(similar(b, t) and not _tail_only(b, t) for t in mine):
                continue
            return f"{a} ≠ {b}"
    return None
