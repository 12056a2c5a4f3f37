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
from tracker.extract.meeting_words import alternation, body_nouns, meeting_words, own_body_nouns
from tracker.language.aliases import Aliases

_TITLE_BODY = re.compile(
    # a whole word: "Styrelseprotokoll nr 8/11, avseende …" is a body's protocol, read by
    # its meeting word, and names no body "avseende"
    r"(?<![\wåäö])(?:protokoll|minnesanteckningar|minnesanteckning|mötesanteckningar|anteckningar|"
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
    r"^(?:sammanträdesdatum|datum|den|nr|från|mötet|möte|sammanträdet|sammanträde|tid|plats|"
    r"protokoll|sammanträdesprotokoll|minnesanteckningar|anteckningar|"
    # "Protokoll vecka 9": when, not who
    r"vecka|veckan|v)$",
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
    # "VU-sammanträde 2004-06-03 på …": an abbreviated forum's meeting in one word
    if m := re.search(r"(?m)^\W{0,3}(?P<abbr>[A-ZÅÄÖ]{2,5})-(?:sammanträde|möte)\b", text):
        return m.group("abbr")
    for line in text.splitlines():
        # ("Personalmöte/2012-11-16": a wiki page named by the meeting and its date)
        words = line.replace("/", " ").split()
        if not words or not re.search(r"\d", line):
            continue
        # "ENHETSMÖTE 6/11 2024  kl 13.30-14.30  personalrummet": the meeting, then its
        # date, time and room
        if len(words) > 4 and not (len(words) <= 8 and re.match(r"\d", words[1])):
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
    # "Styrelseprotokoll nr 8/11, avseende …", "Styrelsemötesprotokoll 2012-05-20": a line
    # opening with the protocol of a body's meeting, named by the body.
    for line in text.splitlines():
        first = line.split()[0] if line.split() else ""
        if re.search(r"(?i)protokoll|anteckningar", first) and (
            derived := _body_of_meeting_word(first)
        ):
            return derived
    if (named := _named_before_protocol(text)) is not None:
        return al.forum_index.get(named.lower(), named)
    if (named := _meeting_with(text)) is not None:
        return al.forum_index.get(named.lower(), named)
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
    titles = [t for t in _TITLE_BODY.finditer(text) if _own(text, t)]
    m = next(iter(titles), None)
    if m and not _names_a_forum(m.group("body"), al):
        # "Protokoll - Upplands-Bro" over "Minnesanteckningar Brottsförebyggande rådet": a
        # place or an office after the first document word, the forum after a later one;
        # "Protokoll från Hedlandets vägsamfällighet" over "Årsstämma 2013-03-17": the
        # organisation after it, the forum on a title line of its own.
        later = next((t for t in titles[1:] if _names_a_forum(t.group("body"), al)), None)
        if later is None and (titled := _title_line_body(text)):
            return al.forum_index.get(titled.lower(), titled)
        m = later or m
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
    # "Den myndighetsgemensamma samverkansgruppen har träffats 14-15 februari": the
    # forum the text says met; "Medlemmarna i Brå är överens": the forum its members sit in.
    if (met := _forum_that_met(text) or _forum_of_members(text)) is not None:
        return met
    # "Pensionärsrådets ordförande Lars Carlstedt hälsar rådet välkommen": the body whose
    # chair opens the meeting.
    if (chaired := _CHAIR_OPENS.search(text)) and not _NOT_A_BODY_WORD.search(
        chaired.group("body")
    ):
        body = chaired.group("body")
        return al.forum_index.get(body.lower(), body[0].upper() + body[1:])
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
        closes = text[m.end() : m.end() + 1] == ")"
        if _IN_PARENTHESES.search(text[max(0, m.start() - 40) : m.start()]) and not closes:
            # "Per Ek (SACO-rådet, suppleant)": a member's organisation (not
            # "Samverkansgrupp (SVG)": the forum's own short name)
            continue
        if raw.lower() in _GENERIC_BODIES | {"nämnden", "gruppen"} and raw[0].islower():
            continue  # "konsekvenserna för nämnden": some nämnd, named elsewhere
        # "Rådet för funktionshinderfrågors beslutar": a genitive written for the name
        raw = re.sub(r"(?<= för [a-zåäö]{3})([\wåäö-]*?(?:or|er|ar|na))s$", r"\1", raw)
        # (a name, written with its capital: "föreslår kulturnämnden att …")
        return al.forum_index.get(raw.lower(), raw[0].upper() + raw[1:])
    return None


#: An opening parenthesis not closed before a body word: the word names a member's
#: organisation ("Per-Olof Digné (SACO-rådet, suppleant)").
_IN_PARENTHESES = re.compile(r"\([^()]*$")


def _names_a_forum(raw: str, al: Aliases) -> bool:
    """Whether a name after the document word is a forum: one of the aliases, or holding
    a forum noun ("Brottsförebyggande rådet"), not a place or office ("Upplands-Bro")."""
    words = raw.split()
    return bool(words) and (
        raw.lower() in al.forum_index
        or words[0].lower() in al.forum_index
        or any(_BODY_NAME_WORD.match(w.strip(",.:;()")) for w in words)
    )


#: A title naming the forum before its document word: "STADSDELSNÄMNDENS PENSIONÄRSRÅD
#: HÄGERSTEN-LILJEHOLMEN PROTOKOLL 01/2009", "Lokal skyddskommitté – protokoll".
_NAME_BEFORE_PROTOCOL = re.compile(
    r"(?m)^(?:[A-ZÅÄÖ]\s+)?(?P<name>[\wÅÄÖåäö-]+(?:[ \t]+[\wÅÄÖåäö-]+){0,4}?)"
    r"[ \t]+(?:[–-][ \t]+)?(?:protokoll|minnesanteckningar|mötesanteckningar|anteckningar|"
    r"sammanträdesprotokoll)(?![\wåäö])",
    re.IGNORECASE,
)


def _named_before_protocol(text: str) -> str | None:
    """The forum a title line names before its document word, when that name holds a
    forum noun; a name in capitals is written as a name."""
    for m in _NAME_BEFORE_PROTOCOL.finditer(text):
        name = m.group("name")
        # "Kommunfullmäktiges demokratiberedning JUSTERAT PROTOKOLL": the protocol's state
        name = re.sub(r"(?i)(?:\s+(?:justerat|justerade|ojusterat|preliminärt|utdrag|ur))+$",
                      "", name)
        words = name.split()
        if not any(_BODY_NAME_WORD.match(w.strip(",.:;")) for w in words) or any(
            _NOT_BODY.match(w) or _NOT_A_BODY_WORD.search(w) for w in words
        ):
            continue
        if _OTHER_PROTOCOL.search(text[max(0, m.start("name") - 30) : m.start("name")] + " "):
            continue
        # "Stockholms stad Idrottsnämndens arbetsutskott Protokoll nr 4/2025" (a running
        # header): the organisation before the forum is no part of its name
        name = re.sub(r"(?i)^(?:[\wåäö-]+\s+(?:stad|kommun)|region\s+[\wåäö-]+)\s+", "", name)
        if name.isupper():
            name = name.capitalize()
        return name[0].upper() + name[1:]
    return None


def _meeting_title_re() -> re.Pattern[str]:
    words = meeting_words()
    return re.compile(
        r"(?mi)^\W{0,3}" + alternation(words["meeting_title"]) + r"\s+"
        r"(?P<name>[\wÅÄÖåäö-]+(?:[ \t]+[\wÅÄÖåäö-]+){0,3}?)"
        r"(?=[ \t]+(?:(?:den|i|på)(?![\wåäö])|\d)|[ \t]*[,(–]|[ \t]*$)"
    )


_MEETING_TITLE = _meeting_title_re()
_ASSOCIATION = re.compile(
    r"(?i)^[\wåäö-]*(?:" + "|".join(meeting_words()["association_nouns"]) + r")$"
)


def _meeting_with(text: str) -> str | None:
    """The forum a title "Möte med sektionens styrelse den 1 december" or "Möte i
    Lindbergs föräldraförening 26/9" names: one holding a forum noun, whole; an
    association by its noun in the definite form ("Föräldraföreningen")."""
    for m in _MEETING_TITLE.finditer(text):
        words = m.group("name").split()
        last = words[-1]
        if any(_BODY_NAME_WORD.match(w) and not _NOT_A_BODY_WORD.search(w) for w in words):
            name = " ".join(words)
            return name[0].upper() + name[1:]
        if _ASSOCIATION.match(last):
            return last[0].upper() + last[1:] + ("et" if last.endswith("förbund") else "en")
    return None


_MET = re.compile(
    r"(?P<who>(?:\b[a-zåäöA-ZÅÄÖ][a-zåäö]+a[ \t]+)?(?<![\wåäö-])[A-ZÅÄÖa-zåäö][\wåäö-]*"
    r"(?:nämnden|styrelsen|fullmäktige|utskottet|rådet|gruppen|kommittén|beredningen|"
    r"direktionen))[ \t]+" + alternation(meeting_words()["met_verbs"]) + r"(?![\wåäö])"
)


def _forum_that_met(text: str) -> str | None:
    """The forum the text says met ("Den myndighetsgemensamma samverkansgruppen har
    träffats 14-15 februari"), with its qualifying adjective."""
    m = _MET.search(text)
    if m is None or _NOT_A_BODY_WORD.search(m.group("who")):
        return None
    who = re.sub(r"(?i)^(?:den|det|de)\s+", "", m.group("who"))
    return who[0].upper() + who[1:]


_MEMBERS = re.compile(
    r"(?i:" + alternation(meeting_words()["member_words"]) + r")\s+"
    r"(?P<in>[A-ZÅÄÖ][\wÅÄÖåäö-]{1,}(?:[ \t]+[A-ZÅÄÖ][\wÅÄÖåäö-]+)?)|"
    r"(?<![\wåäö-])(?P<of>[\wÅÄÖåäö-]*(?:nämnden|styrelsen|fullmäktige|utskottet|rådet|"
    r"beredningen|direktionen))s\s+" + alternation(meeting_words()["member_genitive"])
)


def _forum_of_members(text: str) -> str | None:
    """The forum named by those who sit in it: "Medlemmarna i Brå är överens", "…
    delgivits regionfullmäktiges ledamöter och ersättare"."""
    for m in _MEMBERS.finditer(text):
        name = m.group("in") or m.group("of")
        if _NOT_A_BODY_WORD.search(name) or _ORG_WORD.search(name):
            continue
        return name[0].upper() + name[1:]
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


#: A line ending in a body's genitive ("… sammanträde med idrottsnämndens"), whose title
#: goes on on the next line.
_GENITIVE_END = re.compile(
    r"(?i)(?<![\wåäö-])[\wåäö-]*(?:nämndens|styrelsens|fullmäktiges|rådets|kommitténs)$"
)


def continues_genitive(previous: str, text: str) -> bool:
    """Whether ``text`` is the rest of a title wrapped after a body's genitive: one or two
    words in lower case after a line ending in it ("idrottsnämndens" / "arbetsutskott")."""
    words = text.split()
    return (
        bool(_GENITIVE_END.search(previous.strip()))
        and 1 <= len(words) <= 2
        and text[:1].islower()
        and all(w.isalpha() for w in words)
    )


def _header_body(lines: list[Line], al: Aliases) -> str | None:
    """A header line that is only the forum's name ("SOCIALNÄMNDEN", "Kommunstyrelsens
    arbetsutskott"); not the rest of a title wrapped after a genitive, read whole from
    the title."""
    previous = ""
    for ln in lines:
        text = " ".join(ln.text.split())
        wrapped = continues_genitive(previous, text)
        previous = text
        if wrapped:
            continue
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
        if len(text.split()) == 1 and (named := _body_of_noun(first)):
            return named  # "FOLKHÄLSORÅD": the forum in capitals, without its article
        if m := _FORUM_FOR_LINE.fullmatch(text):
            # "Nämnd för trafik, infrastruktur och miljö 53-65", "Bromma och
            # Hässelby-Vällingby råd för funktionshinderfrågor": a forum named for its
            # matter, with its paragraphs after it
            name = m.group("name")
            return al.forum_index.get(name.lower(), name)
    return None


#: A header line naming a forum for its matter, the district before it and the
#: paragraphs after it ("Nämnd för trafik, infrastruktur och miljö 53-65").
_FORUM_FOR_LINE = re.compile(
    r"(?P<name>(?:[A-ZÅÄÖ][\wåäö-]*(?:\s+och\s+[A-ZÅÄÖ][\wåäö-]*)?\s+)?"
    r"(?:[Nn]ämnd|[Nn]ämnden|[Rr]åd|[Rr]ådet|[Ff]orum|[Kk]ommitté|[Kk]ommittén|[Bb]eredning|"
    r"[Bb]eredningen|[Dd]elegation|[Dd]elegationen)\s+för\s+[a-zåäö][\wåäö-]*"
    r"(?:(?:,\s+|\s+och\s+)[a-zåäö][\wåäö-]*){0,4})(?:\s+§?\s*\d[\d\s§–-]*)?"
)


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
#: The chair of a body opening the meeting: "Pensionärsrådets ordförande Lars Carlstedt,
#: hälsar rådet välkommen", "Styrelsens ordförande öppnade mötet".
_CHAIR_OPENS = re.compile(
    r"(?<![\wåäö-])(?P<body>[A-ZÅÄÖ][\wåäö-]*" + _BODY_NOUN_RE + r")s\s+"
    r"(?:ordförande|ordföranden)(?:\s+[A-ZÅÄÖ][\wåäö-]+){0,3},?\s+"
    r"(?:hälsar|hälsade|öppnar|öppnade|förklarar|förklarade)\b"
)


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


#: The chair deciding for the body in its place: "Ordförande i Spånga-Tensta
#: stadsdelsnämnd Annika Rosenberg (M) beslutar … på nämndens vägnar".
_ON_BEHALF = re.compile(
    r"(?i:ordförande[n]?\s+i\s+)(?P<body>(?:[A-ZÅÄÖ][\wåäö-]*\s+)?[\wÅÄÖåäö-]*"
    + _BODY_NOUN_RE + r")(?![\wåäö])[^.]{0,80}?\bbeslutar\b[^.]{0,160}?"
    r"\bpå\s+(?:nämndens|styrelsens|utskottets|rådets)\s+vägnar",
)


def _chair_on_behalf_body(lines: list[Line]) -> str | None:
    """The body its chair decides for ("… beslutar … på nämndens vägnar"): a page of the
    chair's decisions in the body's place names the body only so."""
    for ln in lines:
        if (m := _ON_BEHALF.search(_text(ln))) is not None:
            return m.group("body")
    return None


def _meeting_compound_body(lines: list[Line]) -> str | None:
    """The body whose own meeting the text speaks of anywhere ("Nästa styrelsemöte",
    "på styrelsemötet den 13 mars"): notes with no title name their forum so."""
    for ln in lines:
        for m in _MEETING_COMPOUND.finditer(_text(ln)):
            derived = _body_of_meeting_word(m.group(0))
            if derived and derived.lower() not in _GENERIC_BODIES and not (
                _NOT_A_BODY_WORD.search(derived)
            ):
                return derived
    return None


def _members_body(lines: list[Line]) -> str | None:
    """The forum named by those who sit in it, anywhere in the text ("… har delgivits
    regionfullmäktiges ledamöter och ersättare")."""
    for ln in lines:
        if (name := _forum_of_members(_text(ln))) is not None:
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
