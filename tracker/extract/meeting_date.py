"""The meeting's date in minutes: the title's date, the labelled date of the title or
posting block, the sentence that dates the meeting; never the page's own dates
("Publicerad", "Senast uppdaterad") nor the signing or posting dates.  A date written
without a year takes the year the document gives (its dates after the meeting, its case
numbers).  Used by :mod:`tracker.extract.meeting`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from contextvars import ContextVar

from tracker.domain import Line
from tracker.extract.meeting_words import (
    alternation,
    body_nouns,
    date_fields,
    meeting_words,
    words,
)
from tracker.extract.sections import Structure
from tracker.language.date_period import MONTHS, WEEKDAYS, Period
from tracker.language.dates import find_periods

#: A yearless phrase is read against this reference for its day and month only: dates
#: resolve forward from it, into the year up to June 2004, so "29 februari" exists too.
_LEAP_PROBE = dt.date(2003, 7, 1)


def _join(lines: list[Line]) -> str:
    return " ".join(" ".join(ln.text.split()) for ln in lines)


#: The words of a web page or document host that date the page itself ("Publicerad
#: 2018-04-26 16:17", "Senast uppdaterad 3 maj 2024", "Sidan skapades …"), and an
#: e-mail's ("Skickat: den 9 oktober 2025 16:42").  All these word lists are the
#: lexicon's (``lexicon.toml``, ``[meeting]``).
_PAGE_DATE_WORDS = words("page_dates")
#: The signing's and the posting's words ("Justerat", "Anslaget", "Datum då anslaget …"):
#: their dates lie days after the meeting.
_SIGNED_WORDS = words("signing")
#: The notice's ("Utskick 2022-04-25", "Kallelsedatum"): its date lies before it.
_NOTICE_WORDS = words("notice")
#: "Justerat protokoll KS 2022-05-03": a signed protocol's title, no signing label.
_OF_PROTOCOL = r"(?!\s+(?:\w+)?protokoll)"
#: The labels of other dates a page gives in fields (an activity's start or end, a
#: deadline): "Påbörjas senast: 2013-01-01".
_FIELD_DATE_WORDS = words("field_dates")
_NOT_MEETING_DATE = re.compile(
    r"^(?:" + _SIGNED_WORDS + "|" + _NOTICE_WORDS + "|" + _PAGE_DATE_WORDS + r")(?![\wåäö])"
    + _OF_PROTOCOL + "|^" + _FIELD_DATE_WORDS + r"(?![\wåäö])",
    re.IGNORECASE,
)

#: A title line: it starts with a document word ("Protokoll", "Snabbprotokoll",
#: "Minnesanteckningar från …"), a meeting word ("Sammanträde 2005-11-17", "Möte i …",
#: "Styrelsemöte", "Elevrådsmöte"), a body noun ("Elevråd 10/10-14") or a body's protocol
#: named in the genitive ("Styrelsens protokoll nr 4/2019"); its date is the
#: meeting's before a date standing alone above it (a blog's or a web page's own date).
_TITLE_START = re.compile(
    r"^[\W\d]{0,3}(?:(?P<doc>[\wåäö-]*protokoll|minnesanteckning\w*|mötesanteckning\w*|"
    r"anteckningar|kallelse|dagordning)|"
    r"sammanträde\w*|möte|mötet|[\wåäö-]+(?:möte|mötet|sammanträde|sammanträdet)|"
    r"[\wåäö-]*" + alternation([*body_nouns(), *body_nouns().values()]) + "|"
    # a body's protocol named in the genitive ("Styrelsens protokoll nr 4/2019")
    r"[\wåäö-]*" + alternation(list(body_nouns().values())) + r"s(?=\s+[\wåäö-]*protokoll)|"
    r"arbetsplatsträff|APT|FVG|SVG|[A-ZÅÄÖ]{1,3}SG)(?![\wåäö])",
    re.IGNORECASE,
)
#: A page's report of a meeting, titled by it ("Referat från kommunstyrelsen 7 december",
#: "Beslut i korthet den 15 april"; ``[meeting] report_titles``): its date stands among
#: the title's first words (:data:`_REPORT_TITLE_WORDS`).
_REPORT_TITLE = re.compile(r"^[\W\d]{0,3}" + words("report_titles") + r"(?![\wåäö])",
                           re.IGNORECASE)
_REPORT_TITLE_WORDS = 8
#: A notice's or an agenda's title ("Kallelse till …", "Dagordning …").
_NOTICE_TITLE = re.compile(r"^[\W\d]{0,3}(?:kallelse|dagordning|föredragningslista)",
                           re.IGNORECASE)
#: Labels of the title or posting block whose value is the meeting date.
_DATE_LABEL = re.compile(r"\b" + words("date_labels") + r"(?![\wåäö])", re.IGNORECASE)
#: A sentence that dates the meeting it tells of ("Regionstyrelsen har sammanträtt i dag,
#: torsdagen den 26 april", "vid sammanträdet den 12 mars").
_MET_ON = re.compile(
    r"(?P<word>sammanträtt|sammanträdde|sammanträder|sammanträdet|mötet|möttes|mötts|"
    r"träffades|träffats|"
    # a body's meeting named by the body ("besluten från kommunfullmäktiges möte den 24
    # april", "vid socialnämndens sammanträde 3 maj")
    r"(?<![\wåäö-])[\wåäö-]*(?:nämndens|styrelsens|fullmäktiges|utskottets|rådets|"
    r"direktionens|gruppens|kommitténs)\s+(?:ordinarie\s+)?(?:möte|sammanträde))"
    r"(?:\s+(?:i\s+dag|idag))?[\s,]+(?=(?:\w+\s+){0,2}(?:den\s+)?\d)",
    re.IGNORECASE,
)
#: Words before a meeting that put it in the future: a matter to be dealt with there.
_TO_COME = re.compile(r"\b(?:ska|skall|kommer\s+att|planeras|behandlas|tas\s+upp|lyfts|"
                      r"föreläggs|hänskjuts)\b", re.IGNORECASE)
#: The words of a meeting held.
_HELD = re.compile(r"sammanträtt|sammanträdde|möttes|mötts|träffades|träffats", re.IGNORECASE)
#: … and the verbs after a meeting word that tell it was held ("Mötet hölls den 28 maj",
#: "Sammanträdet ägde rum 3 mars"; ``lexicon.toml``, ``[meeting] held_after``).
_HELD_AFTER = re.compile(words("held_after") + r"(?![\wåäö])", re.IGNORECASE)
#: A meeting word after which a date is another meeting's ("nästa sammanträde 4 juni",
#: "besvaras senast vid fullmäktiges sammanträde 20-21 juni").
_OTHER_MEETING = re.compile(
    r"\b(?:nästa|kommande|följande|senast|till|före|inför|efter|tidigare|föregående|"
    r"förra|vid)\b[^.]{0,30}$",
    re.IGNORECASE,
)
_YEAR4 = re.compile(r"(?<![\d/-])((?:19|20)\d{2})(?!\d)")
#: Case numbers with their year: "KS 2023/145", "SN 2024/56", "(RS/699/2022)",
#: "Dnr 182-70/2016", "von/2017:3".
_DNR_YEAR = re.compile(
    # (a register's letters, not a word: "budget 2025/2026" is no case)
    r"\b(?:[A-ZÅÄÖ]{1,6}\s?[ /.]|[a-zåäö]{1,6}/)\s?(?P<a>(?:19|20)\d{2})\s?[/:.]\s?\d{1,5}\b|"
    r"\b[A-ZÅÄÖ]{1,6}/\d{1,5}/(?P<b>(?:19|20)\d{2})\b|"
    r"\b(?i:dnr|diarienummer|diarienr|ärendenummer)\.?:?\s*[\w./-]*?(?P<c>(?:19|20)\d{2})\b",
)
#: "nr 5/2022", "nr 5-2022": a document numbered within its year.
_NUMBERED_YEAR = re.compile(r"\b(?i:nr|nummer)\.?\s*\d{1,3}\s*[/-]\s*((?:19|20)\d{2})\b")
_SENTENCE_WORDS = 12
_SUBJECT = re.compile(r"^(?:ämne|subject|ärende)\s*:\s*(?:(?:sv|vb|re|fw|fwd)\s*:\s*)*",
                      re.IGNORECASE)
_TITLE_WORDS = 25
#: A line going on with the title above it: the meeting it is the record of ("från
#: styrelsemöte …", "fört vid sammanträde …", "vid mötet …").
_TITLE_GOES_ON = re.compile(
    r"^(?:fört\s+)?(?:från|vid|över|med)\s+(?:[\wåäö-]+\s+){0,2}?[\wåäö-]*"
    r"(?:möte|mötet|sammanträde|sammanträdet|träff|träffen)(?![\wåäö])",
    re.IGNORECASE,
)  # "Protokoll fört vid styrelsemöte för … torsdagen den 26 februari 2015 kl …"


#: A date that opens a title ("150526 Styrelsemöte protokoll", "2024-03-12 Protokoll
#: …"): a file or page named by its date first.
_LEADING_DATE = re.compile(r"^\W{0,3}(?:\d{6}|\d{8}|\d{4}-\d{2}-\d{2})\s+(?=\S)")
#: A capitalised document word after a page's first words ("1 VILHELMINA KOMMUN
#: PROTOKOLL 1(54) Plats och tid …", "… Vännäs Minnesanteckningar Regionrådsmöte …"):
#: the title of a page read as one line, behind its page number and organisation.
#: (Capitalised: "Länsstyrelsen meddelar i protokoll den 6 december" is a sentence.)
_INNER_DOC_WORD = re.compile(
    r"(?<![\wåäö-])(?:[A-ZÅÄÖ][\wåäö-]*(?:protokoll|PROTOKOLL)|Protokoll|PROTOKOLL|"
    r"Minnesanteckningar|MINNESANTECKNINGAR|Mötesanteckningar)(?![\wåäö])"
)
_INNER_WORDS = 10


#: A wiki page's title, its name and date joined by a slash ("Personalmöte/2012-11-16").
_SLASHED = re.compile(r"(?<=[a-zåäö])/(?=\d)", re.IGNORECASE)
#: A word printed letter-spaced ("K a l l e l s e / f ö r e d r a g n i n g s l i s t a").
_LETTER_SPACED = re.compile(r"(?<![\wåäö])(?:[A-Za-zÅÄÖåäö] ){3,}[A-Za-zÅÄÖåäö](?![\wåäö])")


def _unspaced(text: str) -> str:
    """``text`` with its letter-spaced words written whole."""
    return _LETTER_SPACED.sub(lambda m: m.group(0).replace(" ", ""), text)


def _title(text: str) -> str | None:
    """``text`` as a title line, or None.  A document word may open a long title
    ("Protokoll fört vid …"), and a text run on after it (a page read as one line) is cut
    to its first words; a title opened by a meeting word or a body noun is short and no
    sentence ("Elevråd 10/10-14", not "Länsstyrelsen meddelar i protokoll den 6 december
    …").  A date may stand before the title ("150526 Styrelsemöte protokoll"); a
    capitalised document word among the first words opens the title of a page run
    together on one line.  A file's name given as its title reads with its underscores
    as spaces ("protokoll_styrelsen_20230512")."""
    text = " ".join(_SLASHED.sub(" ", _unspaced(text).replace("_", " ")).split())
    lead = _LEADING_DATE.match(text)
    m = _TITLE_START.match(text[lead.end():] if lead else text)
    words = text.split()
    if m is None and _REPORT_TITLE.match(text):
        # (a report's title is no sentence; its date, if any, comes early: not
        # "Sammanfattning av ärendet: … beslutade 2019-03-04 att …")
        return " ".join(words[:_REPORT_TITLE_WORDS])
    if m is None:
        inner = _INNER_DOC_WORD.search(text)
        if inner is None or len(text[: inner.start()].split()) > _INNER_WORDS:
            return None
        return " ".join(text[inner.start():].split()[:_TITLE_WORDS])
    if m.group("doc"):
        return " ".join(words[:_TITLE_WORDS])
    return text if len(words) <= 8 and not text.endswith((".", "?", "!")) else None


def _text(ln: Line) -> str:
    return " ".join(ln.text.split())


#: A short date written year first with spaces or dots between its pairs ("Protokoll fört
#: vid Skypemöte 18 09 26", "Styrelsemöte 04.04.21"), as Swedish short dates are ordered
#: ("23-05-12"): read as that shape.  Not a telephone number's tail ("070 18 09 26": a
#: number before it), a clock time ("08 00 16 00": no month 00) nor a code in
#: parentheses ("(01 04 01)": a filing class).
_SPACED_SHORT = re.compile(
    r"(?<![\w.,:/(-])(?<!\d\s)(\d{2})([ .])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])"
    r"(?![\w/)-]|[ .]\d|\.\w)"
)


def _days(text: str) -> list[Period]:
    # (same length: the periods' positions are those of ``text``)
    text = _SPACED_SHORT.sub(lambda m: f"{m.group(1)}-{m.group(3)}-{m.group(4)}", text)
    return [p for p in find_periods(text) if p.precision == "day"]


def _first_day(text: str) -> Period | None:
    """The first date with a day in ``text``, one written with its year before one
    without; of dates listed one after the other, the last (:func:`_last_listed`)."""
    days = _days(text)
    full = [p for p in days if p.end is not None]
    first = (full or days or [None])[0]
    return _last_listed(text, days, first) if first is not None else None


#: What stands between dates listed together: "9/12, 17/12", "2014-12-09 + 2014-12-17",
#: "14-15 februari, 21 mars och 18 april".
_LIST_GAP = re.compile(r"\s*(?:,|\+|&|och|samt)\s*(?:den\s+)?", re.IGNORECASE)


def _last_listed(text: str, days: list[Period], first: Period) -> Period:
    """The last of the dates listed right after ``first``: minutes or a summary of
    several meetings ("Överläggningar den 9/12, 17/12", "har träffats 14-15 februari, 21
    mars och 18 april") are written after, and dated by, the last.  Days that follow
    each other ("20, 21 mars") are one meeting over two days, dated by its first."""
    i = days.index(first)
    last = first
    for q in days[i + 1:]:
        if not _LIST_GAP.fullmatch(text[last.stop:q.pos]):
            break
        last = q
    if last is first:
        return first
    run = days[i: days.index(last) + 1]
    ends = [_probe_day(p) for p in run]
    if all(a is not None and b is not None and (b - a).days == 1
           for a, b in itertools.pairwise(ends)):
        return first
    return last


def _probe_day(p: Period) -> dt.date | None:
    """The day of ``p``, one written without its year read in a year of the probe."""
    if p.end is not None:
        return p.end
    probe = find_periods(p.text, _LEAP_PROBE)
    return probe[0].end if probe else None


def _squeezed(text: str) -> str:
    return re.sub(r"\W+", "", text).casefold()


def _title_again(title: str, lines: list[Line]) -> Period | None:
    """The date of a line that holds ``title`` again, letter for letter (spacing, case
    and punctuation aside), with a date after it."""
    want = _squeezed(title)
    for ln in lines:
        text = _unspaced(_text(ln))
        days = _days(text)
        if days and _squeezed(text[: days[0].pos]).endswith(want) and (
            len(text[: days[0].pos].split()) <= len(title.split()) + 3
        ):
            return days[0]
    return None


def _meeting_sentence_day(text: str, *, told: bool = False) -> Period | None:
    """In a sentence: only a date that follows a word for this meeting ("har sammanträtt i
    dag, torsdagen den 26 april"), not a date told of ("avsäger sig den 18 oktober 2022").
    ``told``: only a meeting told of as held ("sammanträdde", "har träffats")."""
    for m in _MET_ON.finditer(text):
        if told and not (_HELD.fullmatch(m.group("word")) or _HELD_AFTER.match(text, m.end())):
            continue
        if _OTHER_MEETING.search(text[max(0, m.start() - 40) : m.start()]):
            continue
        if _TO_COME.search(text[max(0, m.start() - 40) : m.start()]):
            continue  # "ska behandlas på kommunstyrelsens sammanträde den 5 juni"
        window = text[m.end() : m.end() + 60]
        days = _days(window)
        if days and days[0].pos <= 16:
            return _last_listed(window, days, days[0])
    # The date first, the meeting after it: "Måndag 21 mars kl. 18.00 hade
    # kommunfullmäktige i Norsjö sammanträde", "Den 3 maj sammanträdde styrelsen".
    days = _days(text[:_DATE_FIRST_AT + 30])
    if days and days[0].pos <= _DATE_FIRST_AT:
        rest = text[days[0].stop:]
        if _DATE_THEN_MET.match(rest):
            return days[0]
    return None


#: A word that makes the date right after it a bound in time, not a meeting's day
#: ("… från 2024-04-25", "senast 2019-05-01", "fr.o.m. 1 juli"; ``[meeting]
#: time_bounds``).
_TIME_BOUND = re.compile(r"(?<![\wåäö.])" + words("time_bounds") + r"\s*:?\s*(?:den\s+)?$",
                         re.IGNORECASE)
def _bounded(text: str, p: Period) -> bool:
    """Whether a bound in time stands right before the date ``p`` of ``text`` (or opens
    the phrase the period was read from: "från 2024-04-25")."""
    lead = text[: p.pos]
    first = p.text.split()[0] if p.text.split() else ""
    if first and not first[0].isdigit():
        lead = f"{lead}{first} "
    return bool(_TIME_BOUND.search(lead))


#: How far into a sentence its date may stand and still open it ("Måndag 21 mars").
_DATE_FIRST_AT = 12
#: After a date that opens a sentence: this meeting held ("kl. 18.00 hade
#: kommunfullmäktige i Norsjö sammanträde", "sammanträdde nämnden").
_DATE_THEN_MET = re.compile(
    r"(?:\s*,?\s*(?:kl\.?|klockan)\s*[\d.:]+(?:\s*[-–]\s*[\d.:]+)?)?\s*,?\s*"
    r"(?:(?:hade|höll)\s+(?:[\wåäö-]+\s+){1,5}?(?:sitt\s+|ett\s+)?"
    r"(?:sammanträde|möte|sammanträdet|mötet)(?![\wåäö])|"
    r"(?:sammanträdde|möttes|träffades)(?![\wåäö]))",
    re.IGNORECASE,
)


#: The signing's and the posting's words anywhere among a line's first words ("Datum för
#: justering", "Protokollet anslogs", "Tid och plats för justering", "Justerat"): the
#: date after them lies after the meeting; the notice's ("Utskick 2022-04-25",
#: "Kallelsedatum"): before it.
_SIGNING_WORD = re.compile(
    r"(?<![\wåäö])(?:" + _SIGNED_WORDS + "|" + _NOTICE_WORDS + r")(?![\wåäö])" + _OF_PROTOCOL,
    re.IGNORECASE,
)
_SIGNING_LEAD_WORDS = 5
#: Another meeting named before a line's first date ("Nästa möte: 2022-06-07",
#: "Föregående protokoll 2022-04-12", "Kommande styrelsemöte 7/6").
_OTHER_MEETING_LEAD = re.compile(
    r"(?<![\wåäö])" + words("other_meeting") + r"\s+(?:[\wåäö]+\s+)?"
    r"(?:möte|mötet|mötes\w*|sammanträde\w*|protokoll\w*|[\wåäö]+möte|[\wåäö]+mötet)\b",
    re.IGNORECASE,
)


#: The signing's participle right after a date ("2022-05-10 justerat";
#: ``[meeting] signed_after``): not a field label that opens the next field of a row run
#: together ("… 2012-05-02 Anslaget uppsatt 2012-05-15").
_SIGNED_AFTER = re.compile(r"\s*[,:–-]?\s*" + words("signed_after") + r"(?![\wåäö])",
                           re.IGNORECASE)


def _signing_line(text: str) -> bool:
    """Whether a signing or posting word stands before the line's first date, among its
    first words ("Dag för anslag 2022-05-12"; not "Kommunfullmäktige 2017-10-23 …
    Justeringens plats och tid …", whose first date is the meeting's)."""
    days = _days(text)
    if days and re.search(r"(?:19|20)\d{2}", days[0].text) and _SIGNED_AFTER.match(
        text, days[0].stop
    ):
        # "2022-05-10 justerat": the date the signing word follows (a full date: "FU
        # 3/07 Justerat" numbers a protocol)
        return True
    m = _SIGNING_WORD.search(text) or _OTHER_MEETING_LEAD.search(text)
    if m is None or len(text[: m.start()].split()) > _SIGNING_LEAD_WORDS:
        return False
    return not days or m.start() < days[0].pos


def signing_label_alone(text: str) -> bool:
    """Whether ``text`` is a signing or posting label standing alone, its field's rest on
    the next line ("Justeringens" over "plats och tid Kommunhuset 2022-05-10", as a
    two-column title block wraps its labels)."""
    text = text.strip(" :")
    return 0 < len(text.split()) <= 2 and bool(_SIGNING_WORD.fullmatch(text))


#: The roles that sign (``[meeting] signature_roles``): "Sekreterare", "Anna Berg,
#: ordförande", "På kommunstyrelsens vägnar".
_ROLE = re.compile(r"(?<![\wåäö])" + words("signature_roles") + r"(?![\wåäö])", re.IGNORECASE)
#: What else a line of signatures holds: names, a party in parentheses, dotted or
#: underlined blanks to sign on.
_SIGNATURE_REST = re.compile(r"^(?:[A-ZÅÄÖ][\wåäöé.'-]*|\([A-ZÅÄÖa-zåäö]{1,4}\)|[\W_]+)$")
_SIGNATURE_WORDS = 8
#: A date under the signatures stands alone or after its place ("Umeå 2021-03-22").
_SIGNED_DATE_WORDS = 3


def _signature_line(text: str) -> bool:
    """Whether ``text`` is a line of the signatures: a role that signs, and besides the
    roles only names and blanks ("Sekreterare  Ordförande  Justerande", "Bo Ek,
    justerare", "Ordförande ....... Anna Berg")."""
    if _days(text) or len(text.split()) > _SIGNATURE_WORDS or not _ROLE.search(text):
        return False
    rest = _ROLE.sub(" ", text).replace(",", " ").split()
    return all(_SIGNATURE_REST.match(w) for w in rest)


#: A line of years alone ("2018", "1996 1997 1998 …"): a web page's archive links, no
#: date of a day; it takes no place among the title lines a date is looked for in.
_YEARS_ONLY = re.compile(r"(?:(?:19|20)\d{2}[\s,|]*)+")
#: A web page's own stamp after its date ("30.11.2014 Views"; ``[meeting]
#: page_stamp_after``): when the page was shown or written, not the meeting.
_PAGE_STAMP_AFTER = re.compile(r"\s*[,:|–-]?\s*(?:\d+\s+)?" + words("page_stamp_after")
                               + r"\W*$",
                               re.IGNORECASE)
#: A link in a page's list of dated news ("2021-10-13 - Nu blir det lättare …"): a full
#: date, a dash, a headline.
_DATED_LINK = re.compile(r"\d{4}-\d{2}-\d{2}\s+[-–—|]\s+\S")
#: So many dated links one under the other make a list of news, the page's furniture.
_DATED_LINKS = 3


def _page_stamp(text: str) -> bool:
    """Whether ``text`` is a date with only a page's own word after it ("30.11.2014
    Views")."""
    days = _days(text)
    return len(days) == 1 and days[0].pos == 0 and bool(
        _PAGE_STAMP_AFTER.fullmatch(text, days[0].stop))


def _dated_links(texts: list[str]) -> set[int]:
    """The places of the lines that are links of a list of dated news: at least
    :data:`_DATED_LINKS` such lines one under the other."""
    out: set[int] = set()
    run: list[int] = []
    for i, text in enumerate([*texts, ""]):
        if text and _DATED_LINK.match(text):
            run.append(i)
            continue
        if not text and i < len(texts):
            continue  # (an empty line between the links)
        if len(run) >= _DATED_LINKS:
            out.update(run)
        run = []
    return out


def _date_lines(lines: list[Line]) -> list[Line]:
    """Lines that may carry the meeting date: not the signing, posting or a web page's
    own dates (its stamps, its list of dated news), nor the rest of a signing label
    wrapped onto its next line, nor a short date standing under the signatures (the day
    they signed), nor a line of years alone (archive links)."""
    out = []
    previous = ""
    signatures = 0  # lines since a line of signatures, among the last two
    links = _dated_links([_text(ln).lstrip("•-–* ") for ln in lines])
    for k, ln in enumerate(lines):
        text = _text(ln).lstrip("•-–* ")
        if not text:
            continue
        if k in links or _YEARS_ONLY.fullmatch(text) or _page_stamp(text):
            previous = text
            continue
        signed = 0 < signatures <= 2 and len(text.split()) <= _SIGNED_DATE_WORDS and (
            _DATE_LABEL.search(text) is None
        )
        if not _NOT_MEETING_DATE.match(text) and not _signing_line(text) and not (
            signing_label_alone(previous) or (ln.page, ln.line) in _WRAPPED.get()
        ) and not signed:
            out.append(ln)
        previous = text
        signatures = 1 if _signature_line(text) else signatures + 1 if signatures else 0
    return out


#: The lines (page, line) that go on with a signing label standing alone on the line
#: above, in the document's order with its page furniture (:func:`wrapped_signing`);
#: set while the meeting date is read.
_WRAPPED: ContextVar[frozenset[tuple[int, int]]] = ContextVar("_WRAPPED", default=frozenset())


def wrapped_signing(st: Structure) -> frozenset[tuple[int, int]]:
    """The lines right under a signing label standing alone ("Justeringens", set aside
    as page furniture, over "plats och tid Kommunhuset 2022-05-10"): the signing's
    place and time, not the meeting's."""
    ordered = sorted(st.lines + st.noise, key=lambda ln: (ln.page, ln.line))
    out = set()
    previous = ""
    for ln in ordered:
        text = _text(ln)
        if not text:
            continue
        if signing_label_alone(previous):
            out.add((ln.page, ln.line))
        previous = text
    return frozenset(out)


#: The signing and the posting follow the meeting within this many days.
_SIGNED_WITHIN = dt.timedelta(days=90)


def _meeting_date(
    st: Structure, head: list[Line], blocks: dict[str, list[str]], *, told: bool = True
) -> tuple[dt.date | None, str | None]:
    """The meeting date and, when it was written without a year that the document does
    not give either, its phrase (the date is then None).

    The candidates come in the order of :func:`_meeting_days`; the first that lies on or
    before the signing or posting date and shortly before it is taken ("Protokoll
    2022-05-03" over a "2022-06-14" that names another meeting when the protocol was
    signed 2022-05-10).  When none does (the signing line may date another protocol),
    the first candidate stands.  Only then, and with ``told``, a date the page's
    sentences tell of (:func:`_told_days`), and only one that fits the signing."""
    token = _WRAPPED.set(wrapped_signing(st))
    try:
        return _meeting_date_read(st, head, blocks, told=told)
    finally:
        _WRAPPED.reset(token)


def _meeting_date_read(
    st: Structure, head: list[Line], blocks: dict[str, list[str]], *, told: bool
) -> tuple[dt.date | None, str | None]:
    signed = _dates_after_meeting([_text(ln) for ln in st.lines + st.noise], _SIGNED)
    first: tuple[dt.date | None, str | None] | None = None
    for found in _meeting_days(st, head, blocks):
        if found.end is not None:
            # A meeting over two days ("3–4 maj 2022") is dated by its first.
            got = (found.start if found.start is not None else found.end), None
        else:
            day = _in_document_year(found, st, head)
            got = (day, None) if day is not None else (None, found.text)
        if got[0] is None or signed is None or signed - _SIGNED_WITHIN <= got[0] <= signed:
            return got
        first = first or got
    if first is None and told:
        return _told_date(st, head, signed)
    return first or (None, None)


def _told_date(
    st: Structure, head: list[Line], signed: dt.date | None
) -> tuple[dt.date | None, str | None]:
    """The first meeting the text's sentences tell of (:func:`_told_days`) that fits the
    signing, with its phrase when the document gives no year for it."""
    for found in _told_days(st):
        day = found.start or found.end or _in_document_year(found, st, head)
        if day is None:
            return None, found.text
        if signed is None or signed - _SIGNED_WITHIN <= day <= signed:
            return day, None
    return None, None


def told_meeting_date(st: Structure) -> dt.date | None:
    """The date of the meeting a text tells of in its sentences ("Beslutat av barn- och
    utbildningsnämnden 24 maj", "Kommunstyrelsen sammanträdde den 3 mars"), for a page
    read as a report that gives no date of its own: not its fields nor a date standing
    near the top, which in a report are its activities' ("Påbörjas senast 2013-01-01")."""
    head = st.head if st.head else st.lines[:40]
    signed = _dates_after_meeting([_text(ln) for ln in st.lines + st.noise], _SIGNED)
    return _told_date(st, head, signed)[0]


def _meeting_days(
    st: Structure, head: list[Line], blocks: dict[str, list[str]]
) -> Iterator[Period]:
    """The candidates for the meeting's date, the likeliest first (the steps below)."""
    dated = _date_lines(head)
    top = [ln for ln in dated[:15] if _text(ln)]
    # The place of each line among the head's lines with text: a line "right under" a
    # title is the next of those, not the next one left once the signing's are set
    # aside ("Socialnämnden" / "Justeringsdatum Sammanträdesdatum" / "2021-03-20 …").
    at = {id(ln): k for k, ln in enumerate(x for x in head if _text(x))}

    def under(i: int) -> bool:
        return i + 1 < len(top) and at.get(id(top[i + 1]), -1) == at.get(id(top[i]), -2) + 1
    titles: list[str] = []  # title lines without a date
    notices: list[Period] = []  # the dates of a notice's or an agenda's title
    # 1. A title line with a date, or a title line and the short line right under it
    #    ("Minnesanteckningar från enhetsmöte LL-HS" / "2020-03-12").
    for i, ln in enumerate(top):
        # An e-mail's subject is its title ("Ämne: Minnesanteckningar styrgrupp 7/10").
        text = _title(_SUBJECT.sub("", _text(ln)))
        if text is None:
            continue
        p = _first_day(text)
        # (Not under a title that has a number of its own: "Ledningsgruppsmöte 2015-09".)
        if p is None and under(i) and len(_text(top[i + 1]).split()) <= 4 and not (
            re.search(r"\d", text)
        ):
            p = _first_day(_text(top[i + 1]))
        if p is None and under(i) and _TITLE_GOES_ON.match(_text(top[i + 1])):
            # The title going on on the next line ("SAMMANTRÄDESPROTOKOLL" / "FRÅN
            # STYRELSEMÖTE I FÖRENINGSLOKALEN 04.04.21 kl 17.00"): a date among its words.
            p = _first_day(" ".join(_text(top[i + 1]).split()[:_SENTENCE_WORDS]))
        if p is not None and _NOTICE_TITLE.match(text):
            # "Kallelse till styrelsemöte 2024-01-20" over "Protokoll styrelsemöte
            # 2024-02-03": the notice names the meeting it calls; a protocol's own
            # title, where there is one, the meeting held.
            notices.append(p)
        elif p is not None:
            yield p
        elif len(text.split()) >= 3:
            titles.append(text)
    yield from notices
    # 1b. A title without a date printed again further on with it: a page's export that
    #     names the document first, then shows its first page ("Kallelse KOMMUNALA
    #     RÅDET" … "K a l l e l s e KOMMUNALA RÅDET 2015-02-12").
    for text in titles:
        p = _title_again(text, st.lines[:80])
        if p is not None:
            yield p
    # 2. Labelled fields of the title block ("Datum: 2026-01-27", "Sammanträdesdatum").
    for key in date_fields():
        values = blocks.get(key, [])
        if values and _COLUMN_LABEL.fullmatch(values[0].strip(" :")):
            # "Mötesdatum" / "Justeringsdatum" / … / the dates: labels stacked over their
            # values, read by their order (step 3), not as the field's first date.
            continue
        for value in values:
            p = _first_day(value)
            if p is not None:
                yield p
    # 3. The posting block's field row ("Nämnd Sammanträdesdatum" over
    #    "Vård- och omsorgsnämnden 2017-05-24"), wherever it stands.
    lines = [ln for ln in st.lines if _text(ln)]
    for i, ln in enumerate(lines[:400]):
        text = _text(ln)
        m = _DATE_LABEL.search(text)
        if not m or len(text.split()) > 6:
            continue
        p = _first_day(text[m.end():])
        if p is None and i + 1 < len(lines):
            p = _in_column(text, m, [_text(ln) for ln in lines[i + 1 : i + 4]])
            stacked = _stacked_labels([_text(x) for x in lines[max(0, i - 4) : i + 10]],
                                      min(i, 4))
            if stacked is not None:
                p = stacked
        if p is not None:
            yield p
    # 3b. A labelled date inside a long line: a page's fields run together into one
    #    line ("1 Sammanträdesdatum s. 1 (57) Plats … Tid Tisdagen den 26 februari 2013",
    #    "Plats och tid Konferensrum 1, Krondikesvägen 60, den 26 februari 2019 kl. 13").
    #    (The first page's lines: not a protocol appended to a notice.)
    for ln in _date_lines(st.lines[:20]):
        p = _field_in_line(_text(ln))
        if p is not None:
            yield p
    # 3c'. A transcript's first page run into one line behind its page number, its title
    #    dated ("1 Kommunstyrelsen PROTOKOLL 2019-03-12 Plats och tid …"): read apart
    #    from the head, which holds the host's lines.
    for ln in _date_lines(st.lines[:20]):
        p = _page_title_day(_text(ln))
        if p is not None:
            yield p
    # 3c. A news page dated by a bare date line over its text that tells of the meeting by
    #    its weekday ("2023-04-25" / "På måndagens sammanträde beslutade …"): that
    #    weekday on or before the page's date, before the page's own date (step 4).
    p = _weekday_meeting(st, bare=True)
    if p is not None:
        yield p
    # 4. A date on a short line near the top; a date in a sentence only where the sentence
    #    speaks of this meeting.
    for ln in dated[:40]:
        text = _text(ln)
        words = text.split()
        if len(words) > 6 and text.endswith((".", "?", "!")):
            p = _meeting_sentence_day(text)
        else:
            # a line of fields ("Datum och tid: tisdag 12 mars 2024 kl. 13–16, Kommunhuset
            # …"): a date among its first words
            p = _first_day(" ".join(words[:_SENTENCE_WORDS]))
            if p is not None and _stamped(p):
                continue  # "01 april 2020 kl 15:47": when a page was written
            if (f := _FILE_NAME.match(text)) and not _PROTOCOL_WORD.search(f.group("name")):
                continue  # a listed file's date: a notice's or an appendix's (step 7)
            if p is not None and _tells_decision(text):
                # "Nämnden beslutade 25 januari i år (…) följande: uppdra åt …": a decision
                # told in a matter's text with no full stop, read as a told one (:func:`_told_days`)
                continue
            if p is not None and _bounded(text, p) and _title(text) is None:
                # "Frågor kvar att besvara från 2024-04-25": another day's (not a title's:
                # "Minnesanteckningar från 12 mars 2024")
                continue
        if p is not None:
            yield p
    # 5. A page's report of the meeting named by its weekday ("Tisdagens sammanträde
    #    blev långt …" under "Publicerad 2024-06-05"): that weekday, on or before the
    #    page's own date.
    p = _weekday_meeting(st)
    if p is not None:
        yield p
    # 6. "Sammanträdesdatum" over "Gymnasienämnden   2026-06-11" in a two-column title
    #    block that is repeated on every page: clean-up dropped it as a running header, yet
    #    the first page's copy, lying among the head lines, is the meeting's date.
    if head:
        last = max((ln.page, ln.line) for ln in head[:40])
        noise = [ln for ln in _date_lines(st.noise) if (ln.page, ln.line) <= last][:6]
        p = _first_day(_join(noise))
        if p is not None:
            yield p
    # 7. A meeting's page that lists its files ("Kommunstyrelsen 2020-06-15 protokoll.pdf
    #    Pdf, 590 kB 2020-09-16 13.15"): the protocol's file is named by the meeting's
    #    date, as a secretary names the file; the upload date beside it is not.
    p = _listed_protocol_file(st.lines[:_FILE_LIST_LINES])
    if p is not None:
        yield p


#: The labels of a title block's row of dates: the meeting's, the signing's, the
#: posting's, the notice's and any other "…datum" ("Justeringsdatum  Sammanträdesdatum").
_COLUMN_LABEL = re.compile(
    r"(?<![\wåäö])(?:datum\s+(?:för|då)\s+[\wåäö]+(?:\s+sätts\s+upp|\s+tas\s+ned)?|"
    + words("date_labels") + "|" + _SIGNED_WORDS + "|" + _NOTICE_WORDS
    + r"|[\wåäö]*datum)(?![\wåäö])",
    re.IGNORECASE,
)


def _in_column(labels: str, label: re.Match[str], below: list[str]) -> Period | None:
    """The meeting's date under its label in a row of date labels whose values stand on
    the line below, or one a line, in the labels' order ("Justeringsdatum
    Sammanträdesdatum" over "2021-03-20 2021-03-15"): the value in the meeting label's
    column.  With one label, or when the values do not match the labels one to one, the
    first date below."""
    names = list(_COLUMN_LABEL.finditer(labels))
    column = sum(n.start() < label.start() for n in names)
    values: list[Period] = []
    for text in below:
        days = [p for p in _days(text) if p.end is not None]
        if not days:
            break
        values.extend(days)
        if len(values) >= len(names):
            break
    if len(names) > 1 and len(values) == len(names):
        return values[column]
    return _first_day(below[0]) if below else None


def _stacked_labels(texts: list[str], at: int) -> Period | None:
    """The meeting's date in a title block whose labels stand one a line, their dates one
    a line under them in the same order ("Mötesdatum" / "Justeringsdatum" /
    "Anslagsdatum" / "2023-04-24" / "2023-04-28" / …): ``texts[at]`` is the meeting's
    label.  None unless the labels and the dates run one to one."""
    def label_only(t: str) -> bool:
        names = list(_COLUMN_LABEL.finditer(t))
        rest = _COLUMN_LABEL.sub(" ", t).strip(" :")
        return len(names) == 1 and not rest and not _days(t)

    first = at
    while first > 0 and label_only(texts[first - 1]):
        first -= 1
    last = at
    while last + 1 < len(texts) and label_only(texts[last + 1]):
        last += 1
    if last == first:
        return None
    values: list[Period] = []
    for t in texts[last + 1 :]:
        days = [p for p in _days(t) if p.end is not None]
        if len(days) != 1:
            break
        values.append(days[0])
    if len(values) < last - first + 1:
        return None
    return values[at - first]


#: A line opening with a file's name ("Kommunstyrelsen 2020-06-15 protokoll.pdf …").
_FILE_NAME = re.compile(r"^\W{0,3}(?P<name>\S.{2,100}?)\.(?:pdf|docx?|odt|rtf)(?![\wåäö])",
                        re.IGNORECASE)
_PROTOCOL_WORD = re.compile(r"protokoll", re.IGNORECASE)
_FILE_LIST_LINES = 200


def _listed_protocol_file(lines: list[Line]) -> Period | None:
    """The date in the name of the first protocol file a page lists: one date with its
    year, the name saying "protokoll" (not a notice's, an agenda's or an appendix's)."""
    for ln in lines:
        m = _FILE_NAME.match(_text(ln))
        if m is None or not _PROTOCOL_WORD.search(m.group("name")):
            continue
        name = m.group("name").replace("_", " ")
        days = [p for p in _days(name) if p.end is not None]
        if len({p.end for p in days}) == 1:
            return days[0]
    return None


_MINUTES_TITLE_LINES = 5


def _minutes_titled(st: Structure) -> bool:
    """Whether one of the first lines is the title of minutes: a document word opens it
    ("Protokoll …", "Minnesanteckningar …"; not a notice's or an agenda's)."""
    first = [t for t in map(_text, st.head or st.lines) if t][:_MINUTES_TITLE_LINES]
    for text in first:
        m = _TITLE_START.match(" ".join(_unspaced(text).split()))
        if m and m.group("doc") and not _NOTICE_TITLE.match(text):
            return True
    return False


def _told_days(st: Structure) -> Iterator[Period]:
    """Last, a page that tells of the meeting in its sentences: a meeting dated further
    down ("Kommunfullmäktige beslutade på sitt möte den 25 mars", "har träffats på Zoom
    19 mars"), or the decisions dated by their body ("… som beslutades av
    kommunstyrelsen den 15 oktober 2019", "Beslutat av barn- och utbildningsnämnden 24
    maj").  A protocol has its title block before any of these; a meeting to come
    ("Kommunstyrelsen sammanträder den 10 mars") is not told of.  A sentence that opens
    with a body and its verb in the past dates what the body did ("Kulturnämndens
    arbetsutskott fick 20 och 21 december 2022 en dragning …")."""
    lines = _date_lines(st.lines)
    newest = max((p.end for ln in lines for p in _days(_text(ln)) if p.end is not None),
                 default=None)
    # Minutes titled as such record their own decisions undated: a decision they date is
    # an earlier one, told as the matter's background ("Kommunfullmäktige beslutade den
    # 12 februari 2018 att anta planen" in a steering group's notes).
    recorded = _minutes_titled(st)
    for ln in lines[:80]:
        text = _text(ln)
        p = _meeting_sentence_day(text, told=True) or (None if recorded else _decided_on(text))
        if p is None and not recorded and (m := _BODY_DID.match(text)):
            p = _day_right_after(text, m.end())
        # (not a decision told of long before the text's own dates: "Kommunfullmäktige
        # beslutade den 16 december 2013 att inrätta …" in a proposal for 2018)
        if p is not None and not (p.end and newest and (newest - p.end).days > _TOLD_OF):
            yield p


#: The labels of a meeting's date or time inside a line of fields (capitalised, as a
#: label is printed): the date follows within a few words (a place may come first).
#: ("Dag" only with its colon: Dag is a name too.)
_FIELD_IN_LINE = re.compile(
    r"(?<![\wåäö])(?:Sammanträdesdatum|Sammanträdesdag|Mötesdatum|Datum och tid|"
    r"Tid och plats|Plats och tid|Datum|Tid|Dag(?=\s*:))(?![\wåäö])\s*:?\s*")
_FIELD_WORDS = 8
_PLACE_FIRST_WORDS = 16
#: A page of a transcript run into one line: its number, then its text.
_PAGE_NUMBERED = re.compile(r"^\d{1,3}\s+(?=\S)")
#: How far into the page the title's document word may stand (the organisation or the
#: body first), and the date after it ("PROTOKOLL 2019-03-12", "PROTOKOLL Sida 1 (9)
#: 2019-03-12").
_PAGE_TITLE_AT = 6
_PAGE_DATE_AT = 5


def _page_title_day(text: str) -> Period | None:
    """The date right after the document word of a page run into one line behind its
    number ("1 Kommunstyrelsen PROTOKOLL 2019-03-12 Plats och tid …")."""
    m = _PAGE_NUMBERED.match(text)
    if m is None:
        return None
    rest = text[m.end():]
    inner = _INNER_DOC_WORD.search(rest)
    if inner is None or len(rest[: inner.start()].split()) > _PAGE_TITLE_AT:
        return None
    window = " ".join(rest[inner.end():].split()[:_PAGE_DATE_AT])
    days = [p for p in _days(window) if p.end is not None]
    if not days or _OTHER_MEETING_LEAD.search(f"{rest[: inner.end()]} {window[: days[0].pos]}") or (
        _SIGNING_WORD.search(window[: days[0].pos])
    ):
        return None
    return days[0]


def _field_in_line(text: str) -> Period | None:
    """The date right after a date or time label inside a long line, when nothing
    between them names another meeting, the signing or the posting."""
    if len(text.split()) <= 6:
        return None  # a short line is read whole (step 4)
    for m in _FIELD_IN_LINE.finditer(text):
        # ("Plats och tid": the place first, which may be long: "Kommunhuset i Märsta
        # Sammanträdeslokal: Rakvere och Skölden Torsdagen den 21 februari 2019")
        size = _PLACE_FIRST_WORDS if m.group(0).startswith("Plats") else _FIELD_WORDS
        window = " ".join(text[m.end():].split()[:size])
        days = _days(window)
        if not days:
            continue
        between = window[: days[0].pos]
        # (the signing's own "Plats och tid" follows its "Justering", "Justerare …")
        before = " ".join(text[: m.start()].split()[-_SIGNING_LEAD_WORDS:])
        if _SIGNING_WORD.search(before) or _SIGNING_WORD.search(between) or (
            _OTHER_MEETING_LEAD.search(between)
        ) or (
            re.search(r"[.!?]\s", between) or _FIELD_IN_LINE.search(between)
        ):
            continue
        return days[0]
    return None


#: A date written with a clock time to the minute that no meeting starts at ("01 april
#: 2020 kl 15:47"): when a page or a mail was written.
_STAMP_TIME = re.compile(r"\d{1,2}[:.](\d)(\d)\s*$")


def _stamped(p: Period) -> bool:
    m = _STAMP_TIME.search(p.text)
    return p.time is not None and m is not None and m.group(2) not in "05"


#: A decision dated by the body that made it: "beslutades av kommunstyrelsen den 15
#: oktober 2019", "Beslutat av barn- och utbildningsnämnden 24 maj", "Kommunfullmäktige
#: beslutade på sitt möte den 25 mars".
_DECIDED_ON = re.compile(
    r"(?:\b(?:beslutades|beslutat|behandlades|antogs)\s+av\s+(?:[\wåäö]+-\s+och\s+)?"
    r"[\wåäö]*(?:nämnden|styrelsen|fullmäktige|utskottet|rådet|direktionen)|"
    r"\b[\wåäö]*(?:nämnden|styrelsen|fullmäktige|utskottet)\s+beslutade)"
    r"(?:\s+(?:på|vid)\s+sitt\s+(?:möte|sammanträde))?\s+(?=(?:den\s+)?\d)|"
    # the decision's paragraph cited: "Källa: Socialnämnden, 18 november 2025, § 124"
    r"\b[\wåäö]*(?:nämnden|styrelsen|fullmäktige|utskottet),?\s+"
    r"(?=\d[^§]{3,25}§\s*\d)",
    re.IGNORECASE,
)


#: A sentence opening with a body and its verb in the past, a date right after:
#: "Kulturnämndens arbetsutskott fick 20 och 21 december 2022 en dragning …".
_BODY_DID = re.compile(
    r"^\W{0,3}(?-i:[A-ZÅÄÖ])(?:[\wåäö-]+\s+){0,5}?[\wåäö-]*(?:nämnden|nämnd|styrelsen|"
    r"utskottet|utskott|fullmäktige|rådet|beredningen|direktionen|kommittén)\s+"
    r"(?:[a-zåäö]+(?:de|te|dde|tt)|fick|hade|gav|tog|höll|beslöt|antog)\s+"
    r"(?=(?:den\s+)?\d)", re.IGNORECASE)
#: A page tells of a meeting within this many days of its newest date.
_TOLD_OF = 120


def _decided_on(text: str) -> Period | None:
    m = _DECIDED_ON.search(text)
    if m is None:
        return None
    return _day_right_after(text, m.end())


def _tells_decision(text: str) -> bool:
    """Whether ``text`` tells of a decision dated right after its words ("… beslutade 25
    januari …", "Kulturnämnden gav 3 maj …"), dated or not from the time of writing."""
    m = _DECIDED_ON.search(text) or _BODY_DID.match(text)
    if m is None:
        return False
    days = _days(text[m.end(): m.end() + 40])
    return bool(days) and days[0].pos <= 4


def _day_right_after(text: str, at: int) -> Period | None:
    """The date right after position ``at`` of a told decision ("den" may stand between);
    not one looked back on from the time of writing ("Nämnden beslutade 25 januari i år":
    the text tells of it, it does not record it)."""
    window = text[at: at + 40]
    days = _days(window)
    if not days or days[0].pos > 4 or _LOOKED_BACK.match(window, days[0].stop):
        return None
    return days[0]


#: A told decision's day dated from the time of writing ("… 25 januari i år";
#: ``lexicon.toml``, ``[meeting] looked_back``).
_LOOKED_BACK = re.compile(r"\s*,?\s*" + words("looked_back") + r"(?![\wåäö])", re.IGNORECASE)


#: The meeting named by its weekday in a report of it: "Tisdagens sammanträde", "i
#: torsdags sammanträdde nämnden".
_WEEKDAY_MEETING = re.compile(
    r"\b(?:(?P<a>måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)ens\s+"
    r"(?:sammanträde|möte|fullmäktigemöte|nämndmöte)|"
    r"i\s+(?P<b>månda|tisda|onsda|torsda|freda|lörda|sönda)gs\s+"
    r"(?:sammanträdde|möttes|träffades|hade\b))",
    re.IGNORECASE,
)
_PAGE_DATED = re.compile(r"^\W{0,3}(?:" + _PAGE_DATE_WORDS + r")(?![\wåäö])", re.IGNORECASE)


def page_dated(text: str) -> bool:
    """Whether ``text`` is a line of a web page's own dates ("Publicerad 2018-04-26",
    "Senast uppdaterad 3 maj 2024", "2017-11-13 … Publiceringsansvarig: …")."""
    text = " ".join(text.split())
    return bool(_PAGE_DATED.match(text) or _PAGE_RESPONSIBLE.search(text))


#: Who answers for a web page, in its footer beside the page's date.
_PAGE_RESPONSIBLE = re.compile(
    r"(?i)\b(?:publiceringsansvarig|sidansvarig|innehållsansvarig|sidan\s+ansvarig)\s*:")


def _weekday_meeting(st: Structure, *, bare: bool = False) -> Period | None:
    """"Tisdagens sammanträde" in the first lines of a page dated by its publication:
    the last such weekday on or before that date (a report is published within the
    week).  None without both.  ``bare``: the page's date is a line that holds only a
    date (a news page's), not one labelled as published."""
    first = sorted(st.noise + st.lines, key=lambda ln: (ln.page, ln.line))
    texts = [t for t in map(_text, first) if t][:12]
    found = next((m for t in texts for m in [_WEEKDAY_MEETING.search(t)] if m), None)
    if found is None:
        return None
    if bare:
        alone = [p for t in texts for p in _days(t)
                 if p.end is not None and p.pos == 0 and p.stop >= len(t.rstrip(" ."))]
        page = alone[0].end if alone else None
    else:
        page = _dates_after_meeting(texts, _PAGE_DATED)
    if page is None:
        return None
    name = (found.group("a") or found.group("b") + "g").lower()
    day = page - dt.timedelta(days=(page.weekday() - WEEKDAYS[name]) % 7)
    return Period(day, day, "day", found.group(0), weekday=name)


def _in_document_year(p: Period, st: Structure, head: list[Line]) -> dt.date | None:
    """The date of ``p`` (a day written without its year) in the year the document gives:
    a year written on a title line; else the meeting lies shortly before the signing, the
    posting or the page's publication; else in the newest year of the case numbers; else
    in the year most of the document's dates are written with.  None when nothing gives a
    year."""
    probe = find_periods(p.text, dt.date(2001, 7, 1))
    if not probe or probe[0].end is None:
        return None
    month, day = probe[0].end.month, probe[0].end.day

    def on(year: int) -> dt.date | None:
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None

    top = [_title(_SUBJECT.sub("", _text(ln))) for ln in head[:15] if _text(ln)]
    for text in top:
        if text is not None:
            # (also a title's numbered year: "Protokoll nr 5/2022")
            years = _YEAR4.findall(text) or _NUMBERED_YEAR.findall(text)
            if years:
                return on(int(years[0]))
    texts = [_text(ln) for ln in st.lines + st.noise]

    def before(after: dt.date) -> dt.date | None:
        got = on(after.year)
        return on(after.year - 1) if got is not None and got > after else got

    signed = _dates_after_meeting(texts, _SIGNED)
    if signed is not None:
        return before(signed)

    def near(year: int) -> dt.date | None:
        """In ``year`` (a year the document's case numbers or dates point to, not one it
        states for the meeting), or the year next to it where a weekday written with the
        date ("torsdagen den 26 april") holds and does not hold in ``year``."""
        got = on(year)
        if p.weekday is None or got is None or got.weekday() == WEEKDAYS[p.weekday]:
            return got
        fits = [d for d in (on(year - 1), on(year + 1))
                if d is not None and d.weekday() == WEEKDAYS[p.weekday]]
        return fits[0] if len(fits) == 1 else got

    cases = [int(y) for m in _DNR_YEAR.finditer("\n".join(texts))
             for y in m.groups() if y]
    if cases:
        return near(max(cases))
    # The year most dates are written with, the newest of equals; then the page's own
    # date (a page may be changed years after the meeting); then the year written most
    # ("per augusti 2017", "tertial 2 2017").
    kept = [t for t in texts if not _AFTER_MEETING.match(t)]
    days = Counter(p.end.year for t in kept for p in _days(t) if p.end is not None)
    if days:
        best = max(days.values())
        return near(max(y for y, n in days.items() if n == best))
    published = _dates_after_meeting(texts, _AFTER_MEETING)
    if published is not None:
        return before(published)
    years = Counter(int(y) for t in kept for y in _YEAR4.findall(_YEAR_RANGE.sub(" ", t)))
    if years:
        best = max(years.values())
        got = near(max(y for y, n in years.items() if n == best))
        # (a year written as the horizon of plans, "fram till sommaren 2011", lies after
        # the meeting: a day past its end is that day of the year before)
        ends = [end for t in kept for end in _horizons(t)]
        if got is not None and any(end.year == got.year and got > end for end in ends):
            return on(got.year - 1)
        return got
    return None


#: A time bounding the plans the text speaks of: "fram till sommaren 2011", "inför
#: hösten 2019", "till och med december 2020" (``lexicon.toml``, ``[meeting]``).
_HORIZON_PARTS = {
    word: (int(mm), int(dd))
    for word, _, date in (e.partition(" ") for e in meeting_words()["horizon_parts"])
    for mm, dd in [date.split("-")]
}
_HORIZON = re.compile(
    r"(?<![\wåäö])" + words("horizon_leads") + r"\s+(?:(?P<part>"
    + alternation([*_HORIZON_PARTS, *MONTHS]) + r")\s+)?(?P<year>(?:19|20)\d{2})(?!\d)",
    re.IGNORECASE,
)


def _horizons(text: str) -> Iterator[dt.date]:
    """The last days of the horizons ``text`` names: a year's part, a month or the year."""
    for m in _HORIZON.finditer(text):
        year, part = int(m.group("year")), (m.group("part") or "").casefold()
        if part in _HORIZON_PARTS:
            month, day = _HORIZON_PARTS[part]
            yield dt.date(year, month, day)
        elif part in MONTHS:
            yield dt.date(year, MONTHS[part], calendar.monthrange(year, MONTHS[part])[1])
        else:
            yield dt.date(year, 12, 31)


#: A span of years ("budget 2020–2022", "Hylte kommun 2024-2027"): a plan's period, most
#: of it after the meeting, so it counts for no year the document is written in.
_YEAR_RANGE = re.compile(r"(?<![\d/-])(?:19|20)\d{2}\s?[-–/]\s?(?:19|20)\d{2}(?![\d-])")


#: Lines dated days after the meeting: the signing and the posting.
_SIGNED = re.compile(r"^\W{0,3}(?:" + _SIGNED_WORDS + r")(?![\wåäö])", re.IGNORECASE)
#: … and those dated some time after it: the page's or the e-mail's own dates.
_AFTER_MEETING = re.compile(
    r"^\W{0,3}(?:" + _SIGNED_WORDS + "|" + _PAGE_DATE_WORDS + r")(?![\wåäö])", re.IGNORECASE
)


def _dates_after_meeting(texts: list[str], lines: re.Pattern[str]) -> dt.date | None:
    """The first date with its year on a line that ``lines`` matches; for the signing,
    else one written right after its word inside a line (a page's fields run together:
    "… Margareta Samuelsson Justerat 2008-03-06. Tid …")."""
    for i, text in enumerate(texts):
        if not lines.match(text):
            continue
        for window in (text, " ".join(texts[i : i + 2])):
            full = [p for p in _days(window) if p.end is not None]
            if full:
                return full[0].end
    if lines is _SIGNED:
        for text in texts:
            for m in _SIGNED_INLINE.finditer(text):
                full = [p for p in _days(text[m.end(): m.end() + 30]) if p.end is not None]
                if full and full[0].pos == 0:
                    return full[0].end
    return None


#: The signing's word with its date, inside a line.
_SIGNED_INLINE = re.compile(r"(?<![\wåäö])(?:Justerat|Justerad|Justerades|Anslaget|Anslogs)"
                            r"\s*:?\s*(?=\d)")
