"""The body a running text names: the minutes' title ("Protokoll från
förvaltningsgruppen", "Direktionens protokoll"), a title line opening with the body or its
meeting, "Möte med …", the forum that met or whose members are told of; resolved to the
forum's name in the aliases where it has one.  Used by :mod:`tracker.extract.meeting`.
"""

from __future__ import annotations

import re

from tracker.extract.body_names import (
    _BODY_NAME_WORD,
    _BODY_NOUN_RE,
    _BODY_NOUNS,
    _BODY_WORD,
    _DOC_WORD,
    _GENERIC_BODIES,
    _MEETING_COMPOUND,
    _NOT_A_BODY_WORD,
    _NOT_BODY,
    _ORG_WORD,
    _PROTOCOL_WORD,
    _body_of_meeting_word,
    _body_of_noun,
)
from tracker.extract.meeting_words import alternation, meeting_words, words
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
    r"justerat|justerade|detta|i)\s+$|"
    # a matter reporting other forums' documents, one or two of them named before this
    # one ("Redovisning av minnesanteckningar och protokoll från förtroenderåd")
    r"(?<![\wåäö])" + words("reported_documents")
    + r"\s+(?:[\wåäö-]+\s+(?:och|samt|,)\s+)?$",
    re.IGNORECASE,
)

#: How far before a document word :data:`_OTHER_PROTOCOL` looks (a reporting matter may
#: name a document before it: "Redovisning av minnesanteckningar och protokoll från …").
_OTHER_PROTOCOL_REACH = 50


def _own(text: str, m: re.Match[str]) -> bool:
    """The document word of ``m`` is this document's own, not another protocol told of."""
    return not _OTHER_PROTOCOL.search(text[max(0, m.start() - _OTHER_PROTOCOL_REACH) : m.start()])


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
        if (forum := _association_forum(raw)) is not None:
            return forum  # "Protokoll möte med Exempelskolans föräldraförening"
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
        raw = m.group("who") or m.group("by") or m.group("at")
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
        if _LISTED_DOCUMENT.search(text[max(0, m.start() - 30) : m.start()]) and (
            _REPORTED_NEAR.search(text[max(0, m.start() - _REPORTED_REACH) : m.start()])
        ):
            continue  # "Delgivningar: 1. Protokoll, Kommunala pensionärsrådet": another's
        # "Rådet för funktionshinderfrågors beslutar": a genitive written for the name
        raw = re.sub(r"(?<= för [a-zåäö]{3})([\wåäö-]*?(?:or|er|ar|na))s$", r"\1", raw)
        # (a name, written with its capital: "föreslår kulturnämnden att …")
        return al.forum_index.get(raw.lower(), raw[0].upper() + raw[1:])
    return None


#: A document named right before a body, in a list ("1. Protokoll, Kommunala
#: pensionärsrådet", "– minnesanteckningar från förvaltningsgruppen").
_LISTED_DOCUMENT = re.compile(
    r"(?i)(?:protokoll|minnesanteckningar|anteckningar)\s*(?:,|:|–|-|från|för)?\s*$")
#: The words of a matter that reports other bodies' documents (``[meeting]
#: reported_documents``, "delgivningar", "till handlingarna"), shortly before.
_REPORTED_NEAR = re.compile(
    r"(?i)(?<![\wåäö])(?:" + words("reported_documents") + r"|delgivning\w*|anmälning\w*|"
    r"meddelanden|till\s+handlingarna)(?![\wåäö])")
_REPORTED_REACH = 160


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
    # (a letter or a transcript's page number before it: "1 KOMMUNSTYRELSENS ARBETSUTSKOTT
    # PROTOKOLL 1 (20)")
    r"(?m)^(?:[A-ZÅÄÖ]\s+|\d{1,3}\s+)?(?P<name>[\wÅÄÖåäö-]+(?:[ \t]+[\wÅÄÖåäö-]+){0,4}?)"
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
_ASSOCIATION_NOUNS: dict[str, str] = dict(meeting_words()["association_nouns"])
_ASSOCIATION = re.compile(
    r"(?i)^(?P<stem>[\wåäö-]*?)(?P<noun>" + alternation(list(_ASSOCIATION_NOUNS)) + r")$"
)


def _association_forum(name: str) -> str | None:
    """The forum a name of an association gives: its noun in the definite form
    ("Exempelskolans föräldraförening" → "Föräldraföreningen", "Exempelby byalag" →
    "Byalaget", "Byaråd" → "Byarådet"), when the name is the noun alone or after a proper
    name, in the genitive or not.  Not after a body's genitive ("Kommunstyrelsens råd" is
    no association)."""
    words = name.split()
    if not 1 <= len(words) <= 3:
        return None
    m = _ASSOCIATION.match(words[-1])
    if m is None:
        return None
    if any(not w[:1].isupper() or _BODY_NAME_WORD.match(w.removesuffix("s"))
           for w in words[:-1]):
        return None
    word = m.group("stem") + _ASSOCIATION_NOUNS[m.group("noun").lower()]
    return word[0].upper() + word[1:].lower()


def _meeting_with(text: str) -> str | None:
    """The forum a title "Möte med sektionens styrelse den 1 december" or "Möte i
    Lindbergs föräldraförening 26/9" names: one holding a forum noun, whole; an
    association by its noun in the definite form ("Föräldraföreningen")."""
    for m in _MEETING_TITLE.finditer(text):
        words = m.group("name").split()
        if (forum := _association_forum(" ".join(words[-3:]))) is not None:
            return forum
        if any(_BODY_NAME_WORD.match(w) and not _NOT_A_BODY_WORD.search(w) for w in words):
            name = " ".join(words)
            return name[0].upper() + name[1:]
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
    + _BODY_NOUN_RE + r")(?![\wåäö])|"
    # "Följande ärenden beslutades på kommunstyrelsens sammanträde": the meeting the page
    # tells of, named by its body, before the bodies whose proposals it treated
    r"(?<![\wåäö-])(?:beslutades|behandlades|avgjordes)\s+(?:på|vid)\s+"
    r"(?:dagens\s+|gårdagens\s+)?(?P<at>(?:[a-zåäöA-ZÅÄÖ][a-zåäö]+a\s+)?[a-zåäöA-ZÅÄÖ][a-zåäö-]*"
    + _BODY_NOUN_RE + r")s\s+(?:sammanträde|möte)(?![\wåäö])"
)
