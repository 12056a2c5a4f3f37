"""Which body met, read line by line: a header line that is only the forum's name,
labelled fields ("Organ", "Nämnd"), those present listed for a body, a web page's
breadcrumb, the chair's propositions, a running header, or the body most named; the body
a running text names is read by :mod:`tracker.extract.body_in_text`.  Used by
:mod:`tracker.extract.meeting`.
"""

from __future__ import annotations

import re
from collections import Counter

from tracker.domain import Line
from tracker.extract.body_in_text import _forum_of_members
from tracker.extract.body_names import (
    _BODY_NAME_WORD,
    _BODY_NOUN_RE,
    _BODY_NOUNS,
    _BODY_WORD,
    _GENERIC_BODIES,
    _INDEFINITE_BODY,
    _MEETING_COMPOUND,
    _NOT_A_BODY_WORD,
    _NOT_BODY,
    _ORG_WORD,
    _a_body_name,
    _body_of_meeting_word,
    _body_of_noun,
)
from tracker.extract.meeting_date import _DATE_LABEL, _text
from tracker.extract.meeting_words import alternation, meeting_words
from tracker.language.aliases import Aliases

_ONE_WORD_BODY = re.compile(
    r"[A-ZÅÄÖ][a-zåäö]+(?:nämnden|styrelsen|fullmäktige|utskottet|kommittén)"
)


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
    texts = [" ".join(ln.text.split()) for ln in lines]
    for i, ln in enumerate(lines):
        text = " ".join(ln.text.split())
        wrapped = continues_genitive(previous, text)
        previous = text
        if wrapped:
            continue
        if _BARE_FORUM_LINE.fullmatch(text) and any(
            _PROTOCOL_TITLE.match(t) for t in texts[max(0, i - 1) : i + 2] if t != text
        ):
            # "Protokoll 2023-05-03" / "Styrelsen" (or "Styrelsen för Exempelby Energi
            # AB"): the forum's bare noun on a line of its own beside the protocol's title
            return text
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


#: A forum named by its bare noun, for its organisation or alone ("Styrelsen", "Styrelsen
#: för Exempelby Energi AB").
_BARE_FORUM_LINE = re.compile(
    r"(?:Styrelsen|Direktionen|Nämnden|Presidiet|Utskottet|Kommittén)"
    r"(?:\s+för\s+[A-ZÅÄÖ][\wåäö&.-]*(?:\s+[\wåäö&.-]+){0,5})?"
)
#: The protocol's title line ("Protokoll 2023-05-03", "Minnesanteckningar", "PROTOKOLL").
_PROTOCOL_TITLE = re.compile(
    r"(?i)^\W{0,3}(?:[\wåäö-]*protokoll|minnesanteckningar|mötesanteckningar)(?![\wåäö])"
)


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

#: The posting block's labels for the body: "Organ Barn- och utbildningsnämnden",
#: "Nämnd: Socialnämnden", "Nämnd Sammanträdesdatum" over "Vård- och omsorgsnämnden 2017-05-24".
_BODY_LABEL = re.compile(
    r"^(?:organ|nämnd|beslutande\s+organ|instans|nämnd/styrelse|styrelse/nämnd)\s*(?::\s*|\s+|$)",
    re.IGNORECASE,
)


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


#: A company's name ("Stockholms Hamn AB"; ``lexicon.toml``, ``[meeting]``).
_COMPANY = re.compile(r"(?<![\wåäö])" + alternation(meeting_words()["company_marks"])
                      + r"(?![\wåäö])")
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


def _breadcrumb_company_body(lines: list[Line]) -> str | None:
    """A web page's path whose meeting is a company's ("… > Stockholms Hamn AB >
    Sammanträde 2009-12-17"): the company's board, "Styrelsen för Stockholms Hamn AB".
    (Read after the text: a body the text names, "Koncernstyrelsen beslöt", is the
    board's own name.)"""
    for ln in lines:
        parts = _CRUMB.split(_text(ln))
        if len(parts) >= 3 and re.search(r"\d", parts[-1]) and _COMPANY.search(parts[-2]):
            company = re.sub(r"^.*:\s*", "", parts[-2]).strip()
            return f"Styrelsen för {company}"
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


#: A committee of a body ("Arbetsutskottet", "Personalutskottet"): named by the body it
#: serves where the text says whose it is.
_COMMITTEE = re.compile(r"(?i)^(?P<stem>[a-zåäö]*utskott)(?:et)?$")
#: The parents a committee is named by, in the genitive ("Kommunstyrelsens", "Barn- och
#: utbildningsnämndens"; ``[meeting.body_nouns]``).
_PARENT = (
    r"(?<![\wåäö-])(?P<parent>(?:[A-ZÅÄÖ][\wåäö]*-\s+och\s+)?[A-ZÅÄÖa-zåäö][\wåäö-]*"
    + alternation(list(meeting_words()["body_nouns"].values())) + r"s)"
)
_PARENT_LINES = 200


def committee_of(body: str | None, lines: list[Line]) -> str | None:
    """A committee read bare ("Arbetsutskottet", from "AU protokoll" or "Arbetsutskottet
    beslutar") with the body it serves, when the text names it so ("Kommunstyrelsens
    arbetsutskott | Sammanträdesprotokoll"): the parent named most often with it.  The
    bare name stays when the text names no parent (no parent is guessed)."""
    m = _COMMITTEE.match(body or "")
    if m is None:
        return body
    named = re.compile(_PARENT + r"\s+(?P<c>" + re.escape(m.group("stem")) + r")(?:et)?(?![\wåäö])",
                       re.IGNORECASE)
    parents = Counter(
        " ".join(g.group("parent").split()) for ln in lines[:_PARENT_LINES]
        for g in named.finditer(_text(ln))
        if g.group("parent")[:1].isupper()
    )
    if not parents:
        return body
    parent = parents.most_common(1)[0][0]
    return f"{parent} {m.group('stem').lower()}"
