"""Who acts in a sentence, in shapes the clause analysis does not read.

:func:`tracker.extract.clauses.analyse` finds a clause's agent before a marker or a
verb of its lexicon, as far as the scorer's features need.  Real minutes name the one
who will act in more ways; :func:`actor` reads them for the owner shown in review (after
the scoring, so that it never moves a candidate between tiers):

- the one asked or given the task: "Regionstyrelsen uppmanar samtliga nämnder att …",
  "att be Pecca Wickman fotografera …", "beslutade delegera till stadsarkitekten att
  upprätta …", "uppdrag till VD att utreda …";
- the subject of a modal and its infinitive, wherever the clause starts: "… ledde fram
  till beslutet att Hälsosamverkansberedningen ska lämna …", "Representanter från
  ungdomsfullmäktige kommer, med vägledning från …, göra …", "Michael och Anne ska
  träffa …", "… så ska Region Halland lämna in …"; also "Mötet beslutade att kassören
  reder ut …";
- a subject whose task is told after "och ska": "Landstingsdirektörerna i södra Sverige
  har samlats i frågan och ska göra en kartläggning …";
- the subject after the verb when an adverb opens the sentence: "Därefter skickar
  pensionärsföreningarna resultatet …";
- the one a relative clause gives the task: "… för Regionförbundets styrelse som ska
  hantera …", "… till presidiet som vid sin beredning 12 augusti tar fram …".

A phrase counts as someone only when its head is a body or a group (the lexicon's agent
nouns, ``[subject]`` roles and forums, ``[actor]`` groups), a known first name or
someone present, or a run of capitalised names ("Region Halland", "LKF").
"""

from __future__ import annotations

import re
from functools import lru_cache

from tracker.extract.clause_lexicon import alternation, is_first_name, lexicon, lexicon_data

_WORD = r"[\wåäöÅÄÖéü&-]+"
#: Up to five words: the phrase is cut to its head and checked by :func:`_is_actor`.
_PHRASE = rf"(?P<who>{_WORD}(?:\s+{_WORD}){{0,4}}?)"
#: Words that open a phrase without being its head.
_DETERMINERS = frozenset({"samtliga", "alla", "de", "den", "det", "berörda", "olika",
                          "varje", "respektive", "en", "ett", "båda", "bägge"})
#: Prepositions that end a phrase's head ("Representanter från ungdomsfullmäktige"); no
#: phrase that acts opens with one.
_HEAD_END = frozenset({"från", "i", "inom", "på", "för", "vid", "med", "hos", "till", "av",
                       "om", "under", "efter", "genom", "mot", "åt", "kring", "inför"})
#: Capitalised words that are no one.
_NOT_NAMES = frozenset({"vi", "man", "ni", "de", "den", "det", "detta", "denna", "dessa",
                        "sedan", "därefter", "vidare", "dessutom", "alla", "någon", "ingen",
                        "här", "där", "då", "nu", "därför", "också", "även", "först",
                        "jag", "du", "han", "hon", "hen", "som", "och", "att", "en", "ett",
                        "januari", "februari", "mars", "april", "maj", "juni", "juli",
                        "augusti", "september", "oktober", "november", "december",
                        "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag",
                        "söndag", "ärendet", "frågan", "förslaget", "beslut", "information"})


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], frozenset[str]]:
    """(endings that make a word a body or group, the modals) from ``lexicon.toml``."""
    data = lexicon_data()
    subject, actor = data["subject"], data["actor"]
    endings = [*subject["roles"], *subject["forums"], *actor["groups"]]
    return tuple(sorted({e.lower() for e in endings}, key=len, reverse=True)), frozenset(
        actor["modals"])


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    actor = lexicon_data()["actor"]
    asking = alternation(actor["asking"])
    modals = alternation(actor["modals"])
    passive = alternation(actor["asked_passive"])
    return {
        # "uppmanar samtliga nämnder att minska …", "be Pecca Wickman fotografera …"
        "asked": re.compile(rf"(?<![\wåäö])(?:{asking})\s+{_PHRASE}\s+"
                            r"(?:att\s+(?=[a-zåäö])|(?=[a-zåäö]+a\b))", re.IGNORECASE),
        # "Förslaget skickas nu ut till medlemmarna för samråd": asked for an answer
        "sent_for": re.compile(
            r"\b(?:skicka|skickas|skickar|sänds|sänder|översänds|översänder|remittera|"
            r"remitteras|remitterar|lämnas|lämnar|överlämnas|överlämnar)\s+(?:(?:nu|ut|vidare|"
            rf"över|också|även|det|den|dem|ärendet|frågan|förslaget|skrivelsen?|skyndsamt)"
            rf"\s+){{0,3}}"
            rf"till\s+{_PHRASE}\s+för\s+(?:samråd|yttrande|synpunkter|beredning|"
            r"fortsatt\s+beredning|vidare\s+befordran|vidare\s+handläggning|behandling|"
            r"svar|kommentarer|granskning|ställningstagande|godkännande|åtgärd|åtgärder)\b",
            re.IGNORECASE),
        # "behandlas av kommunstyrelsen på …", "tas upp på ordinarie föreningsstämma
        # 2019", "att behandla ärendet på styrelsens sammanträde": the forum that deals
        # with the matter
        "handled": re.compile(
            r"\b(?:behandla|behandlas|hanteras|tas\s+upp|tags\s+upp|fastställs|avgörs|prövas|"
            r"beslutas)(?:\s+(?:ärendet|frågan|det|detta|den|slutligt|slutgiltigt|sedan|"
            r"därefter))?\s+"
            rf"(?:av|på|vid|i|inom)\s+(?:ordinarie\s+)?{_PHRASE}"
            r"(?=\s+(?:på|vid|i)\s+(?:sitt|sina|deras|dess|\w+\s+)?(?:sammanträde|möte)|"
            r"\s+(?:på|vid|i)\s+(?:sitt|sina|deras|dess)\b|\s+(?:ordinarie\s+)?"
            r"(?:sammanträde|möte)|\s+(?:19|20)\d\d\b|\s*[.,;]|$)", re.IGNORECASE),
        # "Hos Gävle kommun pågår ett ärende …": where the matter is being dealt with
        "at": re.compile(rf"^\s*hos\s+{_PHRASE}\s+(?:pågår|ligger|bereds|handläggs|"
                         r"utreds|finns\s+ärendet)\b", re.IGNORECASE),
        # "Ordföranden rapporterade att Trafikverket muntligt har godkänt …": the one
        # reported on, not the one who reports
        "reported": re.compile(r"\b(?:rapporterade|rapporterar|anmälde|anmäler|meddelade|"
                               r"meddelar|informerade|informerar|berättade|berättar|uppgav)"
                               rf"\s+att\s+{_PHRASE}\s+(?=[a-zåäö])", re.IGNORECASE),
        # "(^|att|så|, ) X ska [, …,] göra": the subject of a modal, its infinitive later
        "modal": re.compile(r"(?:^|(?<=\batt\s)|(?<=\bså\s)|(?<=\bdär\s)|(?<=[,;:–]\s)"
                            rf"|(?<=\boch\s)){_PHRASE}\s+(?-i:{modals})\b", re.IGNORECASE),
        # "… så ska Region Halland lämna in …": the subject after the modal
        "inverted_modal": re.compile(rf"(?:^|\b(?:så|då|därefter|sedan|nu|därför)\s+)"
                                     rf"(?-i:{modals})\s+{_PHRASE}\s+(?:att\s+)?[a-zåäö]+a\b",
                                     re.IGNORECASE),
        # "Mötet beslutade att kassören reder ut …"
        # … and a decision's point written as "Att vägföreningen avslutar underhållet …"
        "decided": re.compile(rf"(?:\b(?:beslut\w*|beslöt|bestämde\w*|enades\s+om|överens\s+om)"
                              rf"\s+|^\s*)att\s+{_PHRASE}\s+(?=[a-zåäö]+(?:ar|er|ir|år|ör)\b)",
                              re.IGNORECASE),
        # "Previa kommer och mäter ventilationen", "Basta kommer till biodlarskogen och
        # fäller träd": a firm or a person who comes to do the task (a name, so it opens
        # the sentence or follows a colon)
        "comes": re.compile(r"(?:^|:\s*)(?P<who>(?-i:[A-ZÅÄÖ])[\wåäöé&-]+(?:\s+(?-i:[A-ZÅÄÖ])"
                            r"[\wåäöé&-]+){0,2})\s+kommer\s+(?:(?:hit|ut|tillbaka|"
                            r"till\s+[\wåäö-]+)\s+)?och\s+[a-zåäö]+(?:ar|er|ir|år|ör)\b",
                            re.IGNORECASE),
        # "… kommer ärendet att kompletteras med yttrande från socialnämnden": the one
        # whose answer is awaited owes it
        "awaited": re.compile(
            r"\b(?:kompletteras|kompletteras\s+därefter|inväntas|avvaktas|inhämtas|begärs|"
            r"inväntar|avvaktar|inhämta|begära|väntar\s+på|avvakta|invänta)\s+(?:med\s+)?"
            r"(?:ett\s+|nytt\s+)?(?:yttrande|yttranden|svar|synpunkter|besked)\s+från\s+"
            rf"{_PHRASE}(?=\s*[.,;]|\s+(?:om|i|på|innan|före|senast|till|och|sammanträde)\b|$)",
            re.IGNORECASE),
        # "… besked från Palme-stipendiet kommer i maj": the one whose word is awaited
        "word_from": re.compile(
            r"\b(?:besked|beskedet|svar|svaret|yttrande|yttrandet|återkoppling|återbesked|"
            rf"beslut|beslutet)\s+från\s+{_PHRASE}\s+(?:kommer|väntas|beräknas|dröjer|"
            r"ska\s+komma|lämnas)\b", re.IGNORECASE),
        # "… under förutsättning att Leksand och Mora kommuner fattar ett likalydande
        # beslut": the other party must act first
        "condition": re.compile(
            rf"\b(?:under\s+förutsättning|på\s+villkor|förutsatt)\s+(?:av\s+)?att\s+{_PHRASE}"
            r"\s+(?:fattar|beslutar|godkänner|antar|beviljar|tillstyrker|ställer\s+sig)\b",
            re.IGNORECASE),
        # "… det kontrolleras med Kenneth vid nästa möte": the one it is checked with
        "checked_with": re.compile(
            r"\b(?:kontrolleras|kollas|stäms\s+av|checkas|klaras\s+ut|reds\s+ut|"
            rf"diskuteras\s+vidare)\s+med\s+{_PHRASE}(?=\s*[.,;]|\s+(?:vid|på|i|till|"
            r"innan|före|senast|om|och)\b|$)", re.IGNORECASE),
        # "Föräldrar med input i det arbetet uppmanas skicka material …": the one asked,
        # told in the passive
        "asked_passive": re.compile(rf"^\s*{_PHRASE}\s+(?:{passive})\s+"
                                    r"(?:att\s+)?(?:[a-zåäö]+\s+)?[a-zåäö]+a\b", re.IGNORECASE),
        # "X har samlats i frågan och ska göra …": the subject that opens the sentence
        "opening": re.compile(rf"^\s*{_PHRASE}\s+(?:har|hade|är|var|kommer|ska|skall)\b",
                              re.IGNORECASE),
        "and_will": re.compile(rf"\boch\s+(?:{modals})\s+(?:[a-zåäö]+\s+)?[a-zåäö]+a\b"),
        # "Därefter skickar pensionärsföreningarna resultatet …"
        "fronted": re.compile(rf"^\s*(?:därefter|sedan|nu|då|därför|dessutom|också)\s+"
                              rf"[a-zåäö]+(?:ar|er|ir|år|ör)\s+{_PHRASE}(?=\s+[a-zåäö])",
                              re.IGNORECASE),
        # "Det är gruppledarna för alla partier i regionfullmäktige som ska sköta
        # utvärderingen": a cleft puts the one who acts between "det är" and "som"
        "cleft": re.compile(rf"^\s*det\s+är\s+{_PHRASE.replace('{0,4}', '{0,7}')}"
                            r"\s+som\s+(?!inte\b|ej\b)", re.IGNORECASE),
        # "… för Regionförbundets styrelse som ska hantera …", "… presidiet som vid sin
        # beredning 12 augusti tar fram …"
        "relative": re.compile(rf"{_PHRASE}\s+som\s+(?:[\wåäö.]+\s+){{0,6}}?"
                               rf"(?:(?-i:{modals})\s+[a-zåäö]+a\b|tar\s+fram|tar\s+hand|"
                               rf"ansvarar|återkommer|utreder|bereder)",
                               re.IGNORECASE),
    }


def _head(phrase: str) -> list[str] | None:
    """The phrase's words up to a preposition, without its determiners."""
    words = phrase.split()
    if not words or words[0].lower() in _HEAD_END:
        return None
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    for i, w in enumerate(words):
        if i and w.lower() in _HEAD_END:
            words = words[:i]
            break
    return words or None


def _is_actor(phrase: str, people: frozenset[str]) -> bool:
    """Someone who can act: a body, a group, a role, a person, a run of names."""
    words = _head(phrase)
    if words is None or words[0].lower() in _NOT_NAMES:
        return False
    if len(words) == 1 and words[0].endswith("s") and len(words[0]) > 4 and _is_actor(
        words[0][:-1], people
    ):
        return words[0][:1].islower()  # "styrelsens" (sammanträde), not "Göteborgs"
    if len(words) > 2 and any(w in ("och", "&") for w in words[1:-1]):
        # two who act together: "landstinget och kommunerna måste diskutera …"; one
        # body named for two fields: "kultur- och fritidsnämnden ska …"
        parts = " ".join(words).replace(" & ", " och ").split(" och ")
        if len(parts) == 2 and parts[0].endswith("-") and " " not in parts[0].strip():
            return _is_actor(parts[1], people)
        if all(p.strip() and _is_actor(p, people) for p in parts):
            return True
    if len(words) > 2 and not all(w[:1].isupper() or w in ("och", "&") for w in words):
        return False  # a run of words, not a name ("samlas in blockvis till presidiet")
    last = words[-1].lower()
    endings, _ = _words()
    if lexicon().agent_nouns.fullmatch(words[-1]) or any(
        last.endswith(e) for e in endings if len(e) >= 4 or last == e
    ):
        return True
    names = [w for w in words if w.lower() not in ("och", "&", "/")]
    if not all(w[:1].isupper() for w in names) or any(w.lower() in _NOT_NAMES for w in names):
        return False
    first = names[0]
    return (len(names) >= 2 or is_first_name(first) or first in people
            or any(p.split()[0] == first for p in people)
            or (first.isupper() and 2 <= len(first) <= 5))


def _trim(phrase: str) -> str:
    """The phrase as an owner: without a trailing comma, capitalised."""
    phrase = re.sub(r"^(?:en|ett)\s+", "", phrase.strip(" ,;:"), flags=re.IGNORECASE)
    return phrase[:1].upper() + phrase[1:]


def _first(
    pattern: re.Pattern[str], text: str, people: frozenset[str], *, after_preposition: bool = False
) -> str | None:
    """The first phrase ``pattern`` finds that is someone.  ``after_preposition``: the
    pattern does not anchor the phrase's start; it starts after its last preposition
    ("… ersättare för Regionförbundets styrelse som …")."""
    pos = 0
    # (each start in turn, not finditer's non-overlapping matches: "KSAU beslutade att
    # kommunstyrelsen ska …" first matches from the sentence's start with no one in it,
    # and the match after "att" overlaps it)
    while (m := pattern.search(text, pos)) is not None:
        pos = m.start() + 1
        at = m.start("who")
        if at and (text[at - 1].isalnum() or text[at - 1] in "-&"):
            continue  # (inside a word)
        words = m.group("who").split()
        if after_preposition:
            cut = [i + 1 for i, w in enumerate(words) if w.lower() in _HEAD_END]
            words = words[cut[-1]:] if cut else words
        cand = " ".join(words)
        if cand and _is_actor(cand, people):
            return _trim(cand)
    return None


def asked(text: str, people: frozenset[str] = frozenset()) -> str | None:
    """The one asked or given the task ("uppmanar samtliga nämnder att …"): the owner
    even when the one who asks is the sentence's subject."""
    pats = _patterns()
    for name in ("asked", "asked_passive", "sent_for", "handled", "awaited", "word_from",
                 "condition", "checked_with", "at", "reported"):
        if who := _first(pats[name], text, people):
            return _no_genitive(who)
        if name in ("word_from", "condition") and (who := _named(pats[name], text)):
            return who
    return None


def _named(pattern: re.Pattern[str], text: str) -> str | None:
    """A capitalised name where ``pattern`` places the one awaited, even one no list
    knows ("besked från Palme-stipendiet kommer", "att Leksand och Mora kommuner
    fattar …"): the phrase up to a preposition."""
    m = pattern.search(text)
    if m is None:
        return None
    words = _head(m.group("who"))
    if not words or not words[0][:1].isupper() or words[0].lower() in _NOT_NAMES:
        return None
    return _trim(" ".join(words))


def _no_genitive(who: str) -> str:
    """"styrelsens" (sammanträde) as the body: "Styrelsen"."""
    words = who.split()
    if len(words) == 1 and who.endswith(("ens", "ets", "dets")) and lexicon().agent_nouns.fullmatch(
        who[:-1]
    ):
        return who[:-1]
    return who


#: "En skrivargrupp arbetar just nu fram …": a group opening the sentence before its verb.
_GROUP_OPENS = re.compile(r"^\s*(?:(?:en|ett)\s+)?(?P<who>[\wåäö-]{4,})\s+(?:[a-zåäö]+(?:ar|er|"
                          r"ir|år|ör)|ska|skall|bör|måste)\b", re.IGNORECASE)


def opening_group(text: str) -> str | None:
    """A group or body of the ``[actor]`` table that opens the sentence, perhaps with an
    indefinite article, before its verb ("En skrivargrupp arbetar fram …")."""
    m = _GROUP_OPENS.match(text)
    if m is None:
        return None
    who = m.group("who")
    endings, _ = _words()
    if who.lower().endswith(("mötet", "möte")):
        return None  # the meeting itself: its body is the forum's own (possible.py)
    if who.lower() in _NOT_NAMES or not any(who.lower().endswith(e) for e in endings
                                            if len(e) >= 4):
        return None
    return _trim(who)


def leading(text: str, people: frozenset[str] = frozenset()) -> str | None:
    """The subject that opens the sentence before a modal ("Michael och Anne ska träffa
    …"): it acts, whatever a passive later in the sentence names."""
    m = _patterns()["modal"].match(text)
    if m is None:
        return None
    who = m.group("who")
    return _trim(who) if _is_actor(who, people) else None


#: Endings of a definite noun: "Snöröjningen kommer och …" is a thing, not a name.
_DEFINITE = re.compile(r"(?:en|et|na|erna|arna|orna)$")


def _comes(text: str) -> str | None:
    """A name that comes to do the task (the ``comes`` shape): not a word of the
    sentence's furniture nor a definite noun."""
    for m in _patterns()["comes"].finditer(text):
        who = m.group("who")
        first = who.split()[0]
        if first.lower() in _NOT_NAMES or (len(who.split()) == 1 and _DEFINITE.search(who)
                                           and not lexicon().agent_nouns.fullmatch(who)):
            continue
        return who
    return None


def actor(text: str, people: frozenset[str] = frozenset()) -> str | None:
    """The one the sentence gives its task in the other shapes of the module's
    docstring, or None."""
    pats = _patterns()
    if who := _first(pats["cleft"], text, people):
        return who
    if who := _first(pats["decided"], text, people):
        return who
    if who := _first(pats["inverted_modal"], text, people):
        return who
    if who := _first(pats["modal"], text, people):
        return who
    if pats["and_will"].search(text) and (who := _first(pats["opening"], text, people)):
        return who
    if who := _first(pats["fronted"], text, people):
        return who
    if who := _comes(text):
        return who
    return _first(pats["relative"], text, people, after_preposition=True)


@lru_cache(maxsize=1)
def _things() -> re.Pattern[str]:
    nouns = lexicon_data()["things"]["nouns"]
    return re.compile(r"[\wåäöÅÄÖé-]*" + alternation(nouns), re.IGNORECASE)


def is_thing(word: str) -> bool:
    """Whether ``word`` names the matter, not one who acts (``[things]`` in the lexicon:
    "Upphandlingen", "Entréarbetet")."""
    return _things().fullmatch(word.strip()) is not None


def is_actor(phrase: str, people: frozenset[str] = frozenset()) -> bool:
    """Whether ``phrase`` names someone who can act (a body, a group, a role, a person,
    a run of names)."""
    return _is_actor(phrase, people)


__all__ = ["actor", "asked", "is_actor", "is_thing", "leading", "opening_group"]
