"""What tells two look-alike matters apart: the identifiers both texts state.

"Fuktmätning i källarförrådet på Ekgatan 14" and "… på Ekgatan 4", "läromedel i
matematik åk 7–9" and "… åk 4–6", "offert på takbyte för Tallvägen 12" and "… för
Björkvägen 12", "buller på Norra depån" and "… på Södra depån" share nearly all their
words and are still other matters.  An identifier is a *kind* (the noun a number
belongs to, or the kind of place a name names) with a *value*; when both texts name
the same kind and no value in common, they speak of different things, whatever else
they share.  :func:`conflict` says so, and the linker caps such a link below the safe
score (:mod:`tracker.services.link_scoring`).
"""

from __future__ import annotations

import re
from functools import lru_cache

_MONTHS = (
    "januari februari mars april maj juni juli augusti september oktober november december "
    "jan feb mar apr jun jul aug sep sept okt nov dec"
)
#: Nouns a number follows that measure or date, not identify.
_NOT_KINDS = frozenset(
    (
        _MONTHS + " vecka veckan v kl klockan dag dagar år året punkt punkten sida sidan "
        "kap kapitel bilaga cirka ca ungefär över under minst högst till från och eller med "
        "av på i om per totalt summa budget upp ned ner mellan sedan senast den det de en "
        "ett som är var har hade blir totalt tid timmar timme minuter procent nr"
    ).split()
)
#: Nouns whose number names one thing of many: "åk 7", "lgh 1102", "etapp 2", "väg 272"
#: (besides names, written with a capital: "Ekgatan 14", "Ängby 2:7").
_ID_NOUNS_TEXT = """
    åk årskurs lgh lägenhet lägenheten hus huset etapp etappen väg vägen rum rummet sal
    salen plan planet avdelning avd block kvarter fastighet fastigheten linje linjen tomt
    tomten objekt version trappa trapphus port porten område området klass klassen grupp
    gruppen enhet enheten
"""
_ID_NOUNS = frozenset(_ID_NOUNS_TEXT.split())
#: "Ekgatan 14", "lgh 1102", "åk 7–9", "etapp 2", "väg 272", "Ängby 2:7".
_NUMBERED = re.compile(
    r"(?<![\wåäöÅÄÖ])(?P<kind>[A-Za-zÅÄÖåäöé]{2,})\.?\s+"
    r"(?P<value>\d{1,4}(?::\d{1,4})?[a-zA-Z]?(?:\s*[–-]\s*\d{1,4})?)"
    r"(?!\s*(?:%|kr\b|kronor|mnkr|tkr|st\b|dB|timmar|personer|elever|medarbetare|"
    r"sökande|procent|[,.]\d))(?![\w:/.-]\d)"
)
#: "hus B", "avdelning C": a capital letter as the value.
_LETTERED = re.compile(r"\b(?P<kind>hus|block|avdelning|avd|plan|etapp|trapphus)\s+"
                       r"(?P<value>[A-ZÅÄÖ])\b")  # fmt: skip
#: A named place after a preposition: "på Tallbacka skola", "i Östra parken", "för
#: Tallvägen 12", "på Norra depån".
_PLACE = re.compile(
    r"\b(?:på|i|vid|för|till|från|mot|inom|utanför)\s+"
    r"(?P<name>(?-i:[A-ZÅÄÖ])[a-zåäöé]+(?:s)?)(?:\s+(?P<noun>[a-zåäöé]{4,}))?"
)
#: A name before the noun of a place, wherever it stands: "Verkstaden, Norra depån",
#: "Tallbacka skola firar 50 år".
_NAMED_PLACE = re.compile(
    r"(?<![\wåäöÅÄÖ])(?P<name>(?-i:[A-ZÅÄÖ])[a-zåäöé]+)\s+(?P<noun>skola|skolan|förskola|"
    r"förskolan|depån|depå|parken|park|biblioteket|bibliotek|idrottshall|idrottshallen|"
    r"sporthall|sporthallen|simhall|simhallen|äldreboende|äldreboendet|gruppbostad|"
    r"gruppbostaden|vårdcentral|vårdcentralen|fritidsgård|fritidsgården|stadsdel)\b"
)
#: Heads of compound place names: "Tallvägen" names a "vägen".
_PLACE_HEADS = ("vägen", "gatan", "gränd", "torget", "parken", "skolan", "gården", "backen",
                "stigen", "huset", "hallen", "depån", "platsen", "leden", "allén")  # fmt: skip
#: Words after a name that are no noun of a place.
_NOT_PLACE_NOUNS_TEXT = """
    och eller samt som har ska kan med att den det senast under efter innan inför nästa
    från till också redan
"""
_NOT_PLACE_NOUNS = frozenset(_NOT_PLACE_NOUNS_TEXT.split())


#: The person a matter is about: "ersättare för Karin Boström", "tjänsten efter Lena Åberg",
#: "anpassning åt Omar Said" (a noun, a preposition, a first and last name).
_PERSON = re.compile(
    r"\b(?P<noun>[a-zåäöé]{4,})\s+(?:för|efter|åt)\s+"
    r"(?P<name>(?-i:[A-ZÅÄÖ])[a-zåäöé]+\s+(?-i:[A-ZÅÄÖ])[a-zåäöé]+)"
)


#: A code of an action or a room in a series: "A26-14", "A15", "B12", "FS01" (series
#: "A26-", "A", "B", "FS"; not a period: "Q3", "T2").
SERIES_CODE = re.compile(
    r"(?<![\w/-])(?![QT][1-4]\b)(?P<series>[A-ZÅÄÖ]{1,3}(?:\d{1,4}-)?)(?P<value>\d{1,4})"
    r"(?![\w/:.,]\d|-\d|[\wåäöÅÄÖ])"
)


def _stemless(word: str) -> str:
    """A noun without its definite or plural ending ("lönesamtalen" → "lönesamtal")."""
    return re.sub(r"(?:erna|arna|orna|en|et|na|er|ar|or)$", "", word) if len(word) > 6 else word


def _norm_value(value: str) -> str:
    return re.sub(r"\s*[–-]\s*", "-", value.strip()).casefold()


def identifiers(text: str | None) -> dict[str, set[str]]:
    """Kind → values stated in ``text``."""
    # Cached like link_words.words (the linker reads each text once per pair); copied
    # out, since callers may add to the sets.
    return {k: set(v) for k, v in _identifiers(text or "").items()}


@lru_cache(maxsize=20000)
def _identifiers(text: str) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    if not text:
        return {}
    for m in _NUMBERED.finditer(text):
        raw_kind = m.group("kind")
        kind = raw_kind.casefold()
        value = m.group("value")
        if kind in _NOT_KINDS:
            continue
        if re.fullmatch(r"(?:19|20)\d\d", value):
            # "Lönerevision 2024" and "Lönerevision 2025", "Meritvärden 2025": a matter
            # that comes back every year, named by its year (a word of five letters or
            # more; a year after a name or a short word is read as no identifier).
            if len(kind) >= 5 and kind not in _ID_NOUNS:
                out.setdefault("år:" + _stemless(kind), set()).add(value)
            continue
        before = text[: m.start()].rstrip()
        name = raw_kind[0].isupper() and bool(before) and before[-1] not in ".!?:|–-"
        if not name and kind not in _ID_NOUNS:
            # "köp in 20 stolar": a count, which may change while the matter stays.
            continue
        out.setdefault("nr:" + kind, set()).add(_norm_value(value))
    for m in SERIES_CODE.finditer(text):
        # "A26-14 RSA-underlag: klar" and "A26-15 Ekonomichefen sammanställer …": two
        # actions of one list, whatever words they share.
        out.setdefault("kod:" + m.group("series"), set()).add(m.group("value"))
    for m in _LETTERED.finditer(text):
        out.setdefault("nr:" + m.group("kind").casefold(), set()).add(m.group("value"))
    for m in _PERSON.finditer(text):
        out.setdefault("person:" + m.group("noun").casefold(), set()).add(
            m.group("name").casefold()
        )
    for m in _NAMED_PLACE.finditer(text):
        out.setdefault("place:" + m.group("noun"), set()).add(m.group("name").casefold())
    for m in _PLACE.finditer(text):
        name, noun = m.group("name"), m.group("noun")
        if noun and noun not in _NOT_PLACE_NOUNS and not noun.isdigit():
            out.setdefault("place:" + noun, set()).add(name.casefold())
            continue
        low = name.casefold()
        head = next((h for h in _PLACE_HEADS if low.endswith(h) and len(low) > len(h) + 2), None)
        if head:
            out.setdefault("place:" + head, set()).add(low)
    return {k: frozenset(v) for k, v in out.items()}


def _identity_words() -> tuple[str, frozenset[str]]:
    from tracker.extract.clause_lexicon import alternation, lexicon_data

    data = lexicon_data()["identity"]
    return alternation(data["process_nouns"]), frozenset(data["object_fillers"])  # type: ignore[index]


_PROCESS_NOUNS, _FILLERS = _identity_words()
#: "Upphandlingen av skrivartjänster för Bollnäs", "upphandling av e-arkivtjänst": a
#: process and the thing it is of (up to three words).
_PROCESS_OF = re.compile(
    rf"(?i)(?<![\wåäö])(?P<noun>{_PROCESS_NOUNS})(?:en|et)?\s+av\s+"
    r"(?P<obj>[\wåäöé-]+(?:\s+[\wåäöé-]+){0,2})"
)


def _objects(text: str) -> dict[str, set[str]]:
    """Process noun → the word stems of what each process named in ``text`` is of."""
    out: dict[str, set[str]] = {}
    for m in _PROCESS_OF.finditer(text):
        stems = {w.casefold()[:6] for w in m.group("obj").split()
                 if w.casefold() not in _FILLERS and len(w) >= 4}  # fmt: skip
        if stems:
            out.setdefault(m.group("noun").casefold(), set()).update(stems)
    return out


def object_conflict(a: str | None, b: str | None) -> str | None:
    """Both texts name one process ("upphandling av …") of things with no word in common
    ("skrivartjänster" and "e-arkivtjänst"): two matters, whatever else they share
    ("avtal tecknat"); or None."""
    oa, ob = _objects(a or ""), _objects(b or "")
    for noun in sorted(oa.keys() & ob.keys()):
        if not oa[noun] & ob[noun]:
            return f"{noun} av: {', '.join(sorted(oa[noun]))} ≠ {', '.join(sorted(ob[noun]))}"
    return None


def _plain_words(text: str | None) -> set[str]:
    return set(re.findall(r"[\wåäöé]+", (text or "").casefold()))


def conflict(a: str | None, b: str | None, *, kinds: str = "") -> str | None:
    """An identifier kind both texts state with no value in common, as "Ekgatan 14 ≠ 4"
    style words for the reasons, or None.  ``kinds``: only the kinds with this prefix
    ("år:")."""
    ia, ib = identifiers(a), identifiers(b)
    for kind in sorted(ia.keys() & ib.keys()):
        if not kind.startswith(kinds):
            continue
        va, vb = ia[kind], ib[kind]
        if kind.startswith("place:"):
            # "Meröppet bibliotek i Kvarnbyn" (a heading's first word, capitalised) and
            # "Utredning meröppet Kvarnbyns bibliotek": a "name" the other text holds as
            # a plain word of its own is no place that tells the two apart.
            va = {v for v in va if v not in _plain_words(b)}
            vb = {v for v in vb if v not in _plain_words(a)}
            if not va or not vb:
                continue
        if not va & vb:
            name = kind.split(":", 1)[1]
            if kind.startswith("kod:"):
                # "kod: A26-14 ≠ A26-15"
                return (f"kod: {', '.join(name + v for v in sorted(ia[kind]))} ≠ "
                        f"{', '.join(name + v for v in sorted(ib[kind]))}")  # fmt: skip
            return f"{name}: {', '.join(sorted(ia[kind]))} ≠ {', '.join(sorted(ib[kind]))}"
    return None


#: "augusti 2024", "kvartal 3", "tertial 2": the period a recurring report is about.
_PERIOD = re.compile(
    r"\b(?P<value>(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|"
    r"november|december)(?:\s+(?:19|20)\d\d)?|(?:kvartal|tertial|delår)\s+\d|[QT][1-4])\b",
    re.IGNORECASE,
)


def period_conflict(a: str | None, b: str | None) -> str | None:
    """Two § headings of a recurring report ("Ekonomisk uppföljning augusti 2024" and
    "… september 2024") about different periods, or None.  Kept to headings: running
    text names months for many other reasons."""
    pa = {m.group("value").casefold() for m in _PERIOD.finditer(a or "")}
    pb = {m.group("value").casefold() for m in _PERIOD.finditer(b or "")}
    if pa and pb and not pa & pb:
        return f"period: {', '.join(sorted(pa))} ≠ {', '.join(sorted(pb))}"
    return None
