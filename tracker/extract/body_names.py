"""The words that name a meeting's body and the name each gives: body nouns and their
definite forms ("Elevråd" → "Elevrådet"), a body's meeting word ("Styrelsemöte" →
"Styrelsen"), words that look like a body and are none ("Klädförrådet"), and a text cut to
the body it begins with.  Shared by :mod:`tracker.extract.body_in_text` and
:mod:`tracker.extract.meeting_body`.
"""

from __future__ import annotations

import re

from tracker.extract.meeting_words import body_nouns, own_body_nouns, words

_BODY_WORD = re.compile(
    # "Kommunala pensionärsrådet", "Kommunstyrelsens arbetsutskott"
    # ("Brottsförebyggande rådet": a participle qualifies the forum as an adjective does)
    r"\b((?:[A-ZÅÄÖ][\wåäö]*s\s+|[A-ZÅÄÖ][a-zåäö]+(?:a|ande|ende)\s+(?=[a-zåäö]))?"
    r"(?:[A-ZÅÄÖ][\wåäö]*-\s+och\s+)?(?:[A-ZÅÄÖa-zåäö][\wåäö-]*)?"
    r"(?:nämnden|styrelsen|fullmäktige|gruppen|kommittén|utskottet|arbetsutskott|rådet|"
    r"beredningen|beredning)|"
    r"Kommunstyrelsen|Kommunfullmäktige|Regionstyrelsen|Arbetsplatsträff|APT|FVG|SVG|CSG|LSG|"
    # a kommunalförbund's board; a unit's staff meeting ("ENHETSMÖTE 6/11 2024")
    r"Direktionen|Enhetsmöte|Enhetsmötet|"
    # a forum named for its matter: "Rådet för funktionshinderfrågor", "Forum för samråd"
    r"(?:[A-ZÅÄÖ][a-zåäö]+a\s+)?(?:Rådet|Forum|Kommittén|Delegationen|Beredningen|Nämnden|"
    r"rådet|forum|kommittén|delegationen|beredningen)\s+för\s+[a-zåäö][\wåäö-]{3,})\b"
    # a project's steering group: "Styrgruppsmöte – projekt e-bygglov" is its meeting
    r"|\b(Styrgrupp)(?=smöte\b)"
)
_NOT_BODY = re.compile(
    # the labels of the meeting's date ("PROTOKOLL Sammanträdesdag 2013-08-29": a field
    # of the title block, no body; ``[meeting] date_labels``)
    r"^(?:" + words("date_labels") + "|"
    r"sammanträdesdatum|datum|den|nr|från|mötet|möte|sammanträdet|sammanträde|tid|plats|"
    r"protokoll|sammanträdesprotokoll|minnesanteckningar|anteckningar|"
    # "Protokoll vecka 9": when, not who
    r"vecka|veckan|v|"
    # "SAMMANTRÄDESPROTOKOLL Sid 1 (13)": the page's number
    r"sid|sida|sidan|s)$",
    re.IGNORECASE,
)

_DOC_WORD = re.compile(
    r"(?<![\wåäö])(?:protokoll|minnesanteckningar|minnesanteckning|mötesanteckningar|anteckningar|"
    r"sammanträdesprotokoll|mötesprotokoll)\s+(?:(?:från|för|vid|över|fört\s+vid)\b)?\s*"
    r"(?:mötet\s+(?:med|i)\s+|sammanträde\s+med\s+|möte\s+med\s+|möte\s+i\s+)?"
    r"(?P<rest>[^\n]{0,80})",
    re.IGNORECASE,
)


#: Body nouns and their definite forms: the meeting of a "styrelse" is the Styrelsen's
#: (the lexicon's, ``lexicon.toml`` ``[meeting.body_nouns]``).
_BODY_NOUNS = body_nouns()
_MEETING_WORD = re.compile(
    r"(?P<stem>[a-zåäö-]*?(?:" + "|".join(_BODY_NOUNS) + r"))s?"
    # "Styrelseprotokoll 2015-08-24": the protocol of a body, named by it
    # ("Styrelsemötesprotokoll 2012-05-20": the protocol of the body's meeting)
    r"(?:möte|mötet|sammanträde|sammanträdet|protokoll|protokollet|mötesprotokoll|"
    r"sammanträdesprotokoll|mötesanteckningar)",
    re.IGNORECASE,
)


_PROTOCOL_WORD = re.compile(r"(?i)protokoll|minnesanteckningar|mötesanteckningar|justera")
#: A body's meeting written as one word in running text: "fullmäktigemöte",
#: "styrelsemötet", "nämndsammanträdet" (not a protocol: "Styrelseprotokoll" is a title's).
_MEETING_COMPOUND = re.compile(
    r"(?<![\wåäö-])[a-zåäö-]*?(?:" + "|".join(_BODY_NOUNS) + r")s?"
    r"(?:möte|mötet|sammanträde|sammanträdet)(?![\wåäö-])",
    re.IGNORECASE,
)


_GENERIC_BODIES = frozenset(v for k, v in _BODY_NOUNS.items() if k not in own_body_nouns())


def _body_of_meeting_word(word: str) -> str | None:
    """"Elevrådsmöte" → "Elevrådet", "styrelsesammanträde" → "Styrelsen"; None for a word
    that is no meeting of a body (a steering group's meeting stays "Styrgrupp", read by
    the body words)."""
    m = _MEETING_WORD.fullmatch(word.strip(",.:;–-"))
    if m is None or m.group("stem").lower().endswith("styrgrupp"):
        return None
    stem = m.group("stem")
    noun = next(n for n in _BODY_NOUNS if stem.lower().endswith(n))
    body = stem[: len(stem) - len(noun)] + _BODY_NOUNS[noun]
    return body[0].upper() + body[1:]


#: A body noun in its indefinite form, alone or in a compound: "Elevråd", "Kulturnämnd".
_INDEFINITE_BODY = re.compile(
    r"(?P<stem>[a-zåäö-]*?(?:" + "|".join(n for n in _BODY_NOUNS if n != "fullmäktige") + r"))",
    re.IGNORECASE,
)


def _body_of_noun(word: str) -> str | None:
    """"Elevråd" → "Elevrådet", "Kulturnämnd" → "Kulturnämnden" (a title naming the body
    without its article); None for other words."""
    bare = word.strip(",.:;–-")
    m = _INDEFINITE_BODY.fullmatch(bare)
    if m is None or _NOT_A_BODY_WORD.search(bare) or len(bare) < 5:
        return None
    noun = next(n for n in _BODY_NOUNS if bare.lower().endswith(n))
    body = bare[: len(bare) - len(noun)] + _BODY_NOUNS[noun]
    return body[0].upper() + body[1:]


#: An organisation, not a forum: "Vättersala kommun", "Region Mälarmark".
_ORG_WORD = re.compile(r"\b(?:kommun|stad|region|landsting|sida)\b", re.IGNORECASE)


#: Every body noun, indefinite and definite, longest first (a regex alternation).
_BODY_NOUN_RE = r"(?:" + "|".join(
    sorted({*_BODY_NOUNS, *_BODY_NOUNS.values()}, key=len, reverse=True)
) + r")"
#: A word that names a body: "Barn- och utbildningsnämnden", "stadsdelsnämnd",
#: "Tillgänglighetsrådet" (not "Klädförrådet": a store room; not "Länsstyrelsen": the state).
_BODY_NAME_WORD = re.compile(r"(?i)^[\wåäö-]*" + _BODY_NOUN_RE + r"$")
_NOT_A_BODY_WORD = re.compile(
    r"(?i)(?:förråd|förrådet|länsstyrelse|länsstyrelsen|samråd|samrådet|området|"
    # groups of people, not forums
    r"målgrupp|målgruppen|åldersgrupp|åldersgruppen|yrkesgrupp|yrkesgruppen|barngrupp|"
    r"barngruppen|elevgrupp|elevgruppen|riskgrupp|riskgruppen)$"
)


def _a_body_name(text: str) -> str | None:
    """``text`` cut to the body it begins with ("Vård- och omsorgsnämnden 2017-05-24" →
    "Vård- och omsorgsnämnden"), or None when it does not begin with one."""
    text = re.split(r"\s+(?=\d)|\s{2,}|\t|\s+(?:sammanträdesdatum|datum|paragrafer?|§)\b", text,
                    maxsplit=1, flags=re.IGNORECASE)[0].strip(" ,.:;–-")
    words = text.split()
    if not words or len(words) > 6:
        return None
    # The body noun within the first four words ("Vård- och omsorgsnämnden",
    # "Kommunstyrelsens arbetsutskott"), with the names after it ("Socialnämnden Hisingen").
    for i, w in enumerate(words[:4]):
        bare = w.strip(",.:;()")
        if _BODY_NAME_WORD.match(bare) and not _NOT_A_BODY_WORD.search(bare):
            keep = i + 1
            while keep < len(words) and words[keep][:1].isupper():
                keep += 1
            return " ".join(words[:keep])
    return None
