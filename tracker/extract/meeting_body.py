"""Which body met: the forum named by the minutes' title ("Protokoll från
förvaltningsgruppen"), a meeting word ("Elevrådsmöte"), a header line, labelled fields
("Organ", "Nämnd"), a web page's breadcrumb, or the body most named; resolved to the
forum's name in the aliases where it has one.  Used by :mod:`tracker.extract.meeting`.
"""

from __future__ import annotations

import re
from collections import Counter

from tracker.domain import Line
from tracker.extract.meeting_date import _DATE_LABEL, _text
from tracker.extract.meeting_words import body_nouns, own_body_nouns
from tracker.language.aliases import Aliases

_TITLE_BODY = re.compile(
    r"(?:protokoll|minnesanteckningar|minnesanteckning|mötesanteckningar|anteckningar|"
    r"sammanträdesprotokoll|mötesprotokoll)\s+"
    # "Protokoll nr 32 (10-5)", "Protokoll nr 3/2014": a number, no name
    r"(?:nr\.?\s*\S+\s+(?:\(\S+\)\s+)?)?"
    r"(?:(?:från|för|vid|över|fört\s+vid)\b)?\s*"
    # "Minnesanteckningar – Regional samverkansgrupp": a dash between title and name
    r"(?:[–-][ \t]+)?"
    r"(?:mötet\s+(?:med|i)\s+|sammanträde\s+med\s+|möte\s+med\s+|möte\s+i\s+)?"
    # The name stays on its line ("Minnesanteckningar arbetsmiljögrupp" / "Tekniska
    # förvaltningen …" is the arbetsmiljögrupp).
    r"(?P<body>(?:[A-ZÅÄÖ][\wåäö]*-\s+och\s+)?[\wÅÄÖåäö-]+(?:[ \t]+[\wÅÄÖåäö-]+){0,2}?)"
    # (whole words: "i" does not end a name before "individutskott")
    r"(?=[ \t]+(?:(?:den|i|på|för|vid|med|hos)(?![\wåäö])|\d|–|-|,|\(|$)|[ \t]*(?:\n|$)|,)",
    re.IGNORECASE,
)
_BODY_WORD = re.compile(
    # "Kommunala pensionärsrådet", "Kommunstyrelsens arbetsutskott"
    r"\b((?:[A-ZÅÄÖ][\wåäö]*s\s+|[A-ZÅÄÖ][a-zåäö]+a\s+(?=[a-zåäö]))?"
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
    r"^(?:sammanträdesdatum|datum|den|nr|från|mötet|möte|sammanträdet|sammanträde|tid|plats|"
    r"protokoll|sammanträdesprotokoll|minnesanteckningar|anteckningar|"
    # "Protokoll vecka 9": when, not who
    r"vecka|veckan|v)$",
    re.IGNORECASE,
)

_DOC_WORD = re.compile(
    r"(?:protokoll|minnesanteckningar|minnesanteckning|mötesanteckningar|anteckningar|"
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
    r"(?:möte|mötet|sammanträde|sammanträdet|protokoll|protokollet)",
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


#: A body named in the genitive before the document or meeting word: "Direktionens
#: protokoll 31 maj 2024", "Protokoll från GRAMKO:s och SAM-kommitténs möte".
_GENITIVE_TITLE = re.compile(
    r"(?m)(?:^|\b(?:från|vid|för)\s+)"
    r"(?P<owners>(?:[A-ZÅÄÖ][\wÅÄÖåäö-]*(?::s|s)\s+(?:och|&)\s+)?"
    r"[\wÅÄÖåäö-]*(?:" + "|".join(_BODY_NOUNS.values()) + r"))s\s+"
    r"(?:protokoll|sammanträdesprotokoll|minnesanteckningar|möte|sammanträde)\b",
    re.IGNORECASE,
)


#: Words before a document word that speak of another protocol than this one's title
#: ("17 Föregående protokoll att lägga informationen till handlingarna").
_OTHER_PROTOCOL = re.compile(
    r"\b(?:föregående|förra|tidigare|senaste|justering\s+av|godkännande\s+av|"
    r"justerat|justerade|detta|i)\s+$",
    re.IGNORECASE,
)


def _own(text: str, m: re.Match[str]) -> bool:
    """The document word of ``m`` is this document's own, not another protocol told of."""
    return not _OTHER_PROTOCOL.search(text[max(0, m.start() - 30) : m.start()])


#: A title line that is an abbreviated forum and the document word: "SG
#: minnesanteckningar 140504", "KSAU protokoll 2019-03-04".
_ABBREV_TITLE = re.compile(
    r"(?m)^\W{0,3}(?P<abbr>[A-ZÅÄÖ]{2,5})(?::s)?\s+(?:protokoll|minnesanteckningar|"
    r"mötesanteckningar|anteckningar|sammanträdesprotokoll)\b",
    re.IGNORECASE,
)


def _title_line_body(text: str) -> str | None:
    """A short title line that opens with a body or its meeting ("Elevråd 2017-03",
    "Styrelsemöte 12/3", "Ungdomsrådet 1(13) …"), or an abbreviated forum before the
    document word ("SG minnesanteckningar 140504")."""
    for m in _ABBREV_TITLE.finditer(text):
        if m.group("abbr").isupper():
            return m.group("abbr")
    for line in text.splitlines():
        words = line.split()
        if not words or len(words) > 4 or not re.search(r"\d", line):
            continue
        derived = _body_of_meeting_word(words[0]) or _body_of_noun(words[0])
        if derived:
            return derived
        # "Arbetslagsmöte 2025-09-04": the meeting of a forum with no body noun is named
        # by its meeting word, as the title "Anteckningar från arbetslagsmöte" names it.
        if re.fullmatch(r"(?i)[a-zåäö]{4,}möte", words[0]):
            return words[0][0].upper() + words[0][1:].lower()
    return None


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


def _body_from(text: str, al: Aliases) -> str | None:
    g = _GENITIVE_TITLE.search(text)
    if g:
        owners = re.sub(r"(?::s|s)(?=\s+(?:och|&)\s)", "", g.group("owners"))
        return owners[0].upper() + owners[1:]
    # Each document word in turn: the first may stand at a line's end with no name after
    # it ("150526 Styrelsemöte protokoll" over "Protokoll Styrelsemöte 200526").
    for d in _DOC_WORD.finditer(text):
        if not _own(text, d):
            continue
        words = d.group("rest").replace("(", " ").replace(")", " ").split()
        for n in (2, 1):
            if len(words) >= n:
                canon = al.forum_index.get(" ".join(words[:n]).lower().strip(",.:–-"))
                if canon:
                    return canon
        # "Protokoll nr tört vid styrelsesammanträde …": the meeting of a body, named by it.
        for k, word in enumerate(words[:8]):
            derived = _body_of_meeting_word(word)
            if derived:
                # "Protokoll nämndsammanträde Kulturnämnden": a nämnd's meeting names no
                # nämnd; the body named after it does.
                named = next((w.strip(",.:;") for w in words[k + 1 : 8]
                              if _BODY_NAME_WORD.match(w.strip(",.:;"))), None)
                if derived.lower() in _GENERIC_BODIES and named:
                    return al.forum_index.get(named.lower(), named[0].upper() + named[1:])
                return derived
    m = next((t for t in _TITLE_BODY.finditer(text) if _own(text, t)), None)
    if m:
        raw = m.group("body").strip()
        raw = re.sub(r"\s+(?:den|i|på)$", "", raw)
        # "Socialnämndens arbetsutskott      Sammanträdesdatum 2025-06-03": a label of
        # the title block after the name is not part of it.
        while len(raw.split()) > 1 and _NOT_BODY.match(raw.split()[-1]):
            raw = raw.rsplit(None, 1)[0]
        # "Minnesanteckningar SVG äldreomsorg", "APT förskolan Solen": the forum word
        # comes first and the rest names the unit.
        # ("Socialnämndens individutskott": a genitive before a name is part of it.)
        genitive = len(raw.split()) > 1 and raw.split()[0].endswith("s")
        for word in (raw,) if genitive else (raw.split()[0], raw):
            canon = al.forum_index.get(word.lower())
            if canon:
                return canon
        if (
            not _NOT_BODY.match(raw.split()[0])
            and not re.search(r"\d", raw)
            and not _ORG_WORD.search(raw)
        ):
            words = raw.split()
            # Keep a nämnd or group name whole, else the first word ("ledningsgruppen IFO").
            name = words[0] if re.search(r"(?:gruppen|nämnden|rådet|kommittén)$", words[0],
                                         re.IGNORECASE) else raw
            # "Protokoll fört vid styrelsemöte i Strömsundshem AB": the meeting of a
            # body, named by the body ("styrelse|möte" → "Styrelsen"), when that is a
            # body word.
            mm = re.fullmatch(r"(?i)([a-zåäö]{4,}?)s?möte[t]?", name)
            if mm:
                stem = mm.group(1)
                body = stem + ("n" if stem.endswith("e") else "en")
                if _BODY_WORD.fullmatch(body.lower()):
                    name = body
            # "Elevrådsmöte", "Börje Sportklubb styrelsemöte", "FBK extra styrelsemöte",
            # "styrelsesammanträde": the meeting of a body, named by the body.
            for word in raw.split():
                derived = _body_of_meeting_word(word)
                if derived:
                    return derived
            return name[0].upper() + name[1:]
    # A title line naming the body before a body mentioned anywhere in the text.
    titled = _title_line_body(text)
    if titled:
        return al.forum_index.get(titled.lower(), titled)
    # "Kommunfullmäktige har beslutat att återremittera …", "… godkändes av
    # regionfullmäktige": a page telling of a decision names the body that took it.  (Not
    # in a protocol, which tells of other bodies' decisions as its background.)
    for m in () if _PROTOCOL_WORD.search(text) else _DECIDED.finditer(text):
        raw = m.group("who") or m.group("by")
        if not _NOT_A_BODY_WORD.search(raw):
            return al.forum_index.get(raw.lower(), raw[0].upper() + raw[1:])
    # "Det blev ett långt fullmäktigemöte", "Under styrelsemötet beslutades …": the
    # meeting the text tells of is the body's, before bodies it merely names.
    # ("nämndmöte", "gruppmöte" name no body of their own: any nämnd's, any group's.)
    for m in _MEETING_COMPOUND.finditer(text):
        derived = _body_of_meeting_word(m.group(0))
        if derived and not _NOT_A_BODY_WORD.search(derived) and derived.lower() not in (
            _GENERIC_BODIES
        ):
            return al.forum_index.get(derived.lower(), derived)
    for m in _BODY_WORD.finditer(text):
        raw = m.group(1) or m.group(2)
        if " för " not in raw and _NOT_A_BODY_WORD.search(raw):
            continue  # "Klädförrådet" (a store room), "Länsstyrelsen" (the state's)
        if _ROLE_IN.search(text[max(0, m.start() - 40) : m.start()]):
            continue  # "Ordförande i kultur och fritidsnämnden Anna Ek": a guest's role
        # (a name, written with its capital: "föreslår kulturnämnden att …")
        return al.forum_index.get(raw.lower(), raw[0].upper() + raw[1:])
    return None


#: A role in another body before its name: "ordförande i", "ledamot i", "representant för".
_ROLE_IN = re.compile(
    r"\b(?:ordförande|ordföranden|ledamot|ledamöter|ersättare|representant|representanter|"
    r"sekreterare)\s+(?:i|för)\s+(?:[\wåäö-]+\s+och\s+)?$",
    re.IGNORECASE,
)


_ONE_WORD_BODY = re.compile(
    r"[A-ZÅÄÖ][a-zåäö]+(?:nämnden|styrelsen|fullmäktige|utskottet|kommittén)"
)

#: An organisation, not a forum: "Vättersala kommun", "Region Mälarmark".
_ORG_WORD = re.compile(r"\b(?:kommun|stad|region|landsting|sida)\b", re.IGNORECASE)


_TRAILING_DATE = re.compile(
    r"\s*(?:\d{1,2}\s+[a-zåäö]+\s+\d{4}|\d{4}-\d{2}-\d{2})\s*$", re.IGNORECASE
)


def _header_body(lines: list[Line], al: Aliases) -> str | None:
    """A header line that is only the forum's name ("SOCIALNÄMNDEN", "Kommunstyrelsens
    arbetsutskott")."""
    for ln in lines:
        text = " ".join(ln.text.split())
        # (A date at the line's end does not count: "Förvaltningsgrupp Äldreomsorg –
        # anteckningar 11 februari 2025" is as much a header as "… 14 januari 2025".)
        if not text or len(_TRAILING_DATE.sub("", text)) > 60:
            continue
        if text.isupper():
            text = text.capitalize()
        first = text.split()[0].strip(",.:–-")
        if (named := _dashed_body_head(text)) is not None:
            return al.forum_index.get(named.lower(), named)
        if first.lower() in al.forum_index and first.lower() != "styrgruppen":
            return al.forum_index[first.lower()]
        if _ONE_WORD_BODY.fullmatch(first):
            return first  # "Socialnämnden Sammanträdesdatum": a two-column header line
        m = _BODY_WORD.fullmatch(text)
        if m:
            return al.forum_index.get(text.lower(), text)
    return None


def _dashed_body_head(text: str) -> str | None:
    """The forum a header line names before a dash and its unit ("LOKAL SKYDDSKOMMITTÉ –
    VÄSTRA SKOLOMRÅDET" → "Lokal skyddskommitté", "Ledningsgrupp grundskola – Torsviks
    kommun" → "Ledningsgruppen"): the same name the document's title gives the forum
    elsewhere ("Protokoll – Lokal skyddskommitté"), so later minutes find its items."""
    parts = re.split(r"\s+[–-]\s+", text, maxsplit=1)
    head = parts[0].strip()
    words = head.split()
    if len(parts) < 2 and len(words) != 2:
        return None
    if not 1 <= len(words) <= 3 or re.search(r"[\d:,()]", head):
        return None
    if any(_NOT_BODY.match(w) for w in words):
        return None  # "Minnesanteckningar arbetsmiljögrupp": the title, read elsewhere
    last, first = words[-1], words[0]
    if (
        len(words) > 1
        and _INDEFINITE_BODY.fullmatch(last)
        and not _NOT_A_BODY_WORD.search(last)
        and len(last) >= 6
        and all(w.isalpha() for w in words)
    ):
        return head  # "Lokal skyddskommitté": a qualified forum, named whole
    derived = _body_of_noun(first)
    if derived and len(first) >= 8:
        return derived  # "Ledningsgrupp grundskola": the forum, then its unit
    return None


# --- the body: labelled fields, breadcrumbs, the title's meeting word ----------------------

_BODY_NOUN_RE = r"(?:" + "|".join(
    sorted({*_BODY_NOUNS, *_BODY_NOUNS.values()}, key=len, reverse=True)
) + r")"
#: A decision and the body that took it: "Kommunfullmäktige har beslutat",
#: "Regionstyrelsen beslutade", "… godkändes av regionfullmäktige".
_DECIDED = re.compile(
    r"(?<![\wåäö-])(?P<who>(?:[A-ZÅÄÖ][a-zåäö]+a\s+)?[A-ZÅÄÖ][a-zåäö-]*" + _BODY_NOUN_RE
    + r")\s+(?:har\s+)?(?:beslutat|beslutade|beslöt|godkänt|godkände|antagit|antog|"
    r"fastställt|fastställde)(?![\wåäö])|"
    r"(?<![\wåäö-])(?:godkändes|godkänts|antogs|antagits|fastställdes|fastställts|"
    r"beslutades)\s+av\s+(?P<by>(?:[a-zåäöA-ZÅÄÖ][a-zåäö]+a\s+)?[a-zåäöA-ZÅÄÖ][a-zåäö-]*"
    + _BODY_NOUN_RE + r")(?![\wåäö])"
)
#: A word that names a body: "Barn- och utbildningsnämnden", "stadsdelsnämnd",
#: "Tillgänglighetsrådet" (not "Klädförrådet": a store room; not "Länsstyrelsen": the state).
_BODY_NAME_WORD = re.compile(r"(?i)^[\wåäö-]*" + _BODY_NOUN_RE + r"$")
_NOT_A_BODY_WORD = re.compile(
    r"(?i)(?:förråd|förrådet|länsstyrelse|länsstyrelsen|samråd|samrådet|området|"
    # groups of people, not forums
    r"målgrupp|målgruppen|åldersgrupp|åldersgruppen|yrkesgrupp|yrkesgruppen|barngrupp|"
    r"barngruppen|elevgrupp|elevgruppen|riskgrupp|riskgruppen)$"
)
#: The posting block's labels for the body: "Organ Barn- och utbildningsnämnden",
#: "Nämnd: Socialnämnden", "Nämnd Sammanträdesdatum" over "Vård- och omsorgsnämnden 2017-05-24".
_BODY_LABEL = re.compile(
    r"^(?:organ|nämnd|beslutande\s+organ|instans|nämnd/styrelse|styrelse/nämnd)\s*(?::\s*|\s+|$)",
    re.IGNORECASE,
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


#: The posting block's "Organ" field inside a page read as one line ("… genom anslag.
#: Organ Kommunstyrelsen Datum för anslags uppsättande …"): capitalised, before a name.
_INNER_ORGAN = re.compile(r"(?<=\s)Organ:?\s+(?=[A-ZÅÄÖ])")


def _field_body(lines: list[Line], al: Aliases) -> str | None:
    """The body from a labelled field of the title or posting block."""
    for i, ln in enumerate(lines):
        text = _text(ln)
        m = _BODY_LABEL.match(text) or _INNER_ORGAN.search(text)
        if not m:
            continue
        rest = text[m.end():]
        if not rest.strip() or _DATE_LABEL.match(rest.strip()):
            # a row of labels: the values are on the next line
            nxt = next((_text(x) for x in lines[i + 1 : i + 3] if _text(x)), "")
            rest = nxt
        name = _a_body_name(rest)
        if name:
            return al.forum_index.get(name.lower(), name)
    return None


#: Those present named for their body: "Närvarande ledamöter för kultur- och
#: fritidsnämnden:", "Beslutande i valnämnden:".
_PRESENT_FOR = re.compile(
    r"^(?:närvarande|beslutande|deltagare|tjänstgörande)(?:\s+(?:ledamöter|ersättare))?\s+"
    r"(?:för|från|i)\s+(?P<rest>[^:]{3,80})",
    re.IGNORECASE,
)


def _present_for_body(lines: list[Line], al: Aliases) -> str | None:
    """The body those present are listed for."""
    for ln in lines:
        m = _PRESENT_FOR.match(_text(ln))
        if m and (name := _a_body_name(m.group("rest"))):
            return al.forum_index.get(name.lower(), name[0].upper() + name[1:])
    return None


_CRUMB = re.compile(r"\s+[>›»]\s+|\s+/\s+")


def _breadcrumb_body(lines: list[Line]) -> str | None:
    """A web page's path ("Hem > Tyresö kommun > Barn- och utbildningsnämnden >
    Sammanträde 2023-10-25"): its last step that names a body."""
    for ln in lines:
        parts = _CRUMB.split(_text(ln))
        if len(parts) < 3:
            continue
        for part in reversed(parts[:-1] if re.search(r"\d", parts[-1]) else parts):
            part = re.sub(r"^.*:\s*", "", part).strip()
            name = _a_body_name(part)
            if name and not _ORG_WORD.search(name):
                return name
    return None


def _meeting_word_line(lines: list[Line]) -> str | None:
    """A title line that begins with the meeting of a body ("Styrelsesmöte 16/2-2016",
    "Elevrådsmöte 27 april")."""
    for ln in lines:
        words = _text(ln).split()
        if words and len(words) <= 8:
            derived = _body_of_meeting_word(words[0])
            if derived:
                return derived
    return None


#: The chair's proposition names the body that decides: "Ordföranden föreslår tekniska
#: nämnden att godkänna …", "Ordföranden ställer proposition … och finner att
#: kommunstyrelsen bifaller".
_PROPOSITION = re.compile(
    r"\b(?:ordförande[n]?\s+(?:föreslår|frågar\s+om)\s+(?:att\s+)?|finner\s+att\s+)"
    r"(?P<body>(?:[A-ZÅÄÖa-zåäö][a-zåäö]+a\s+|(?:[A-ZÅÄÖa-zåäö][a-zåäö]*-\s+och\s+))?"
    r"(?:[A-ZÅÄÖa-zåäö][a-zåäö]*)?" + _BODY_NOUN_RE + r")(?![\wåäö])",
    re.IGNORECASE,
)


def _proposition_body(lines: list[Line]) -> str | None:
    """The body the chair's propositions name most often ("Ordförande föreslår tekniska
    nämnden att …"), at least twice or once when no other is named; a definite form only
    ("nämnden" alone names no particular body)."""
    counts: Counter[str] = Counter()
    first: dict[str, str] = {}
    for ln in lines:
        for m in _PROPOSITION.finditer(_text(ln)):
            body = m.group("body")
            low = body.lower()
            if low in {*_BODY_NOUNS.values(), *_BODY_NOUNS} or not low.endswith(
                tuple(_BODY_NOUNS.values())
            ):
                continue
            counts[low] += 1
            first.setdefault(low, body[0].upper() + body[1:])
    if not counts:
        return None
    return first[counts.most_common(1)[0][0]]


def _running_header_body(noise: list[Line]) -> str | None:
    """The body a running header names ("Miljö- och byggnämnden   2023-03-15" printed on
    every page): a line the structure set aside as printed on several pages, which may
    be the title block's own line too, so the head no longer holds it.  The header
    carries the meeting's date or a page number; a heading repeated over each decision
    ("Arbetsutskottets förslag till kommunstyrelsen") carries none and is no header."""
    counts = Counter(_text(ln) for ln in noise)
    for ln in noise:
        text = _text(ln)
        if counts[text] >= 2 and re.search(r"\d", text) and (name := _a_body_name(text)):
            return name
    return None


def _most_named_body(lines: list[Line]) -> str | None:
    """The body the text names most often, at least twice (in any case or the genitive:
    "Tillgänglighetsrådets roll", "tas upp i Tillgänglighetsrådet"); the last resort."""
    counts: Counter[str] = Counter()
    first: dict[str, str] = {}
    for ln in lines:
        for w in re.findall(r"[A-ZÅÄÖa-zåäö][\wåäö-]*", ln.text):
            base = w[:-1] if w.endswith("s") and _BODY_NAME_WORD.match(w[:-1]) else w
            if not _BODY_NAME_WORD.match(base) or _NOT_A_BODY_WORD.search(base):
                continue
            low = base.lower()
            if low not in {*_BODY_NOUNS.values(), *_BODY_NOUNS} or low in ("styrelsen",):
                counts[low] += 1
                first.setdefault(low, base[0].upper() + base[1:].lower())
    if not counts:
        return None
    name, n = counts.most_common(1)[0]
    return first[name] if n >= 2 else None


def _fuller_name(body: str | None, lines: list[Line]) -> str | None:
    """The body's full name when a head line gives it: "Ledningsgruppen" read from
    "Ledningsgruppsmöte", and a line "Ledningsgrupp Samverkan Vänersborg"."""
    if not body or len(body.split()) > 1:
        return body
    stem = re.sub(r"(?:en|et|n)$", "", body.lower())
    if len(stem) < 5:
        return body
    for ln in lines:
        text = _text(ln)
        words = text.split()
        if (
            2 <= len(words) <= 5
            and words[0].lower() in (stem, body.lower())
            and all(w[:1].isupper() for w in words[1:])
            and not re.search(r"[\d:.,()]", text)
            and not any(_NOT_BODY.match(w) for w in words)
        ):
            return text
    return body
