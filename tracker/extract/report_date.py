"""A follow-up report's own date: read from the title, cover and signature lines, labelled
fields ("Datum", "Beslutad"), page stamps and footers, the year an annual report tells
of, and — failing all those — the end of the period the report's title names; never from
the clock.  Used by :mod:`tracker.extract.report` (the order of preference is in its
docstring).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from tracker.domain import Document
from tracker.extract.followup_entries import followup_header
from tracker.extract.followup_words import followup_data, vocabulary
from tracker.extract.meeting_words import alternation, words
from tracker.extract.report_layout import _iso
from tracker.extract.status_rows import status_rows
from tracker.language.date_period import MONTHS
from tracker.language.dates import find_periods

_HEAD_LINES = 80
_TITLE = re.compile(
    r"(?:verksamhetsberättelse|tertialrapport|tertialuppföljning|delårsrapport|"
    r"årsredovisning|verksamhetsuppföljning|uppföljning av verksamhetsplan|"
    # the yearly accounts a law asks of a service, named with their year
    # ("Kvalitetsberättelse 2018", "Patientsäkerhetsberättelse för 2023")
    r"\w*(?:kvalitets|patientsäkerhets|miljö|hållbarhets)(?:berättelse|redovisning))",
    re.IGNORECASE,
)
#: An officer's letterhead flattened to one line, its labels before their values
#: ("Handläggare Datum Ärendebeteckning Eva Ek 2019-03-05 ON 2019/0026"): the date
#: after "Datum", past the other labels and a name.
_LETTERHEAD = re.compile(
    r"(?:^|\s)Datum\s+(?:[A-ZÅÄÖ][\wåäö-]*\s+){0,5}(\d{4}-\d{2}-\d{2})\b"
)
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_SIGNED = re.compile(
    rf"^[A-ZÅÄÖ][\w-]+(?: [A-ZÅÄÖ][\w-]+)? (?:den )?(\d{{1,2}}) ({_MONTH_NAMES})\.? (\d{{4}})\s*$",
    re.IGNORECASE,
)
_LABELLED = re.compile(
    # ("Texten uppdaterad 2024-02-19", "Sidan publicerad …": the page's text, named)
    r"^(?:(?:texten|sidan|innehållet|artikeln|dokumentet)\s+)?"
    r"(?:Datum|Rapportdatum|Beslutsdatum|Daterad|Uppdaterad(?: datum)?|Senast uppdaterad|"
    r"Publicerad|Möte|Senast ändrad|Ändrad|Senast publicerad|Antagen|Fastställd|Godkänd)"
    r"\s*:?\s*(\d{4}-\d{2}-\d{2})\b",
    re.IGNORECASE,
)
#: A date label alone on its line, the date on the next.
_LABELLED_DAY = re.compile(
    rf"^(?:Datum|Rapportdatum|Beslutsdatum|Daterad|Uppdaterad|Senast uppdaterad|Publicerad|"
    rf"Senast ändrad|Ändrad|Senast publicerad|Antagen|Fastställd|Godkänd)\s*:?\s*"
    rf"(\d{{1,2}})\s+({_MONTH_NAMES})\s+(\d{{4}})\b",
    re.IGNORECASE,
)
_LABEL_ALONE = re.compile(
    r"^(?:Datum|Rapportdatum|Beslutsdatum|Daterad|Publicerad|Publicerat)\s*:?$", re.IGNORECASE
)
#: A month and year closing a line of the cover: its date.
_COVER_MONTH = re.compile(rf"(?:^|\s)({_MONTH_NAMES})\s+((?:19|20)\d{{2}})$", re.IGNORECASE)
_ANY_ISO = re.compile(r"(?<![\d-])(\d{4}-\d{2}-\d{2})(?![\d-])")
_TJUT = re.compile(
    rf"tjänsteutlåtande\s+(?:daterat\s+)?(?:den\s+)?(\d{{1,2}}) ({_MONTH_NAMES}) (\d{{4}})",
    re.IGNORECASE,
)
#: A date standing alone near the top, perhaps with the time of publication.
#: A date closing a short line of a report's cover (its byline), within its first lines.
_BYLINE_ISO = re.compile(r"(?:^|\s)(\d{4}-\d{2}-\d{2})$")
_COVER_LINES = 10
#: A line that is a month and a year alone ("Oktober 2014"): a cover's date, also where a
#: transcript puts the cover below the page's own furniture.
_MONTH_ALONE = re.compile(rf"^({_MONTH_NAMES})\s+((?:19|20)\d{{2}})$", re.IGNORECASE)
#: The month of a verdict or a follow-up standing on a line of its own ("Bedömning
#: oktober 2023", "Uppföljning per mars 2024"): the date the page reports at.
_ASSESSED_MONTH = re.compile(
    rf"^(?:bedömning|bedömd|uppföljning|avstämning|prognos|lägesrapport)\s+(?:per\s+)?"
    rf"({_MONTH_NAMES})\s+((?:19|20)\d{{2}})$",
    re.IGNORECASE,
)
#: "2023 års uppföljning visar …": the year a follow-up reports on.
_YEARS_REPORT = re.compile(
    r"\b((?:19|20)\d{2})\s+års\s+(?:uppföljning|redovisning|bokslut|resultat|verksamhet)\b",
    re.IGNORECASE,
)
_LONE_ISO = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:\s+\d{1,2}[:.]\d{2})?$")
#: A publication stamp standing alone near the top: "11 dec 2013 06:00".
_LONE_DAY = re.compile(
    rf"^(\d{{1,2}}) ({_MONTH_NAMES})\.? (\d{{4}})(?:,?\s+(?:kl\.?\s*)?\d{{1,2}}[:.]\d{{2}})?$",
    re.IGNORECASE,
)
#: The end of the period a report's title names: "Måluppföljning per den 31 december
#: 2023", "Delårsrapport april 2019", "Tertialrapport T1 2024", "Årsredovisning 2024".
_PERIOD_PER = re.compile(
    rf"\bper\s+(?:den\s+)?(\d{{1,2}})\s+({_MONTH_NAMES})\s+(\d{{4}})\b", re.IGNORECASE
)
_PER_MONTH = re.compile(rf"\bper\s+({_MONTH_NAMES})\b(?!\s+\d)", re.IGNORECASE)
_PERIOD_MONTH = re.compile(rf"\b({_MONTH_NAMES})\s+(\d{{4}})\b", re.IGNORECASE)
_PERIOD_TERTIAL = re.compile(
    r"\b(?:T|tertial(?:rapport|uppföljning|bokslut)?\s*)([123])(?:\s*[,/–-]\s*|\s+)(\d{4})\b",
    re.IGNORECASE,
)
#: An interim report ("Delårsrapport 2023", "Delårsbokslut 2 2021"): Swedish kommuner and
#: regions close their interim accounts at the end of August (a numbered one: "1" is the
#: first tertial's, at the end of April).
_INTERIM = re.compile(
    # (also the period alone, numbered: "Uppföljning av uppdrag, delår 2 2030")
    r"\b(?:delårs(?:rapport|bokslut|redovisning|uppföljning)(?:en)?|delår(?=\s+[12]\b))\b"
    r"(?:\s+(?P<n>[12])\b)?",
    re.IGNORECASE,
)
#: The words that name a report of a period, beside :data:`_TITLE`'s: its last day is
#: the report's date when nothing else dates it ("Månadsrapport mars 2023",
#: "Kvartalsrapport Q3 2023", "Uppföljning av internkontrollplan 2022").
def _report_words() -> dict[str, list[str]]:
    """The ``[report_date]`` table of ``followup.toml``."""
    return followup_data()["report_date"]


_PERIOD_REPORT = re.compile(
    r"(?:månads|kvartals|halvårs|läges|status|års|uppföljnings)rapport|"
    r"(?:månads|kvartals|tertial|delårs|mål)uppföljning|uppföljning\b|internkontroll|"
    r"^återrapportering\b|"
    r"bokslut|årsberättelse|"
    # and the lexicon's (``followup.toml``, ``[report_date]``)
    r"(?<![\wåäö])" + alternation(_report_words()["period_reports"]) + r"(?![\wåäö])",
    re.IGNORECASE,
)
_TITLE_LINE_WORDS = 10
_A_YEAR = re.compile(r"(?<![\d/–-])((?:19|20)\d{2})(?![\d/–-])")
_PERIOD_YEAR = re.compile(
    r"(?:^|\b)(?:årsredovisning|verksamhetsberättelse|årsrapport|bokslut)(?:en|n|et)?\s+"
    r"(?:med\s+\w+\s+|för\s+(?:år\s+|räkenskapsåret\s+|verksamhetsåret\s+)?)?((?:19|20)\d{2})\b",
    re.IGNORECASE,
)


def _swedish_date(day: str, month: str, year: str) -> dt.date | None:
    try:
        return dt.date(int(year), MONTHS[month.lower()], int(day))
    except (KeyError, ValueError):
        return None


def report_date(doc: Document) -> dt.date | None:
    """The report's date (see the module docstring for the order of preference)."""
    # (a register's rows date its matters, not the report: "Inlämnad 2024-02-12")
    rows = {id(x) for r in status_rows(doc.lines, planned=True) for x in (r.line, *r.taken)}
    texts = ["" if id(ln) in rows else ln.text.strip() for ln in doc.lines]
    for t in texts:
        m = _SIGNED.match(t)
        if m:
            found = _swedish_date(*m.groups())
            if found:
                return found
    for t in texts[: _HEAD_LINES * 3]:
        # The auditors' cover letter: the day they dealt with the report they send on
        # ("Revisorerna har vid sitt möte den 3 mars 2025 behandlat …"), not the year the
        # report's title names.
        m = _AUDITORS_TREATED.search(t)
        if m and (found := _swedish_date(*[g for g in m.groups() if g])):
            return found
    for t in texts[: _HEAD_LINES * 3]:
        m = _ASSESSED_MONTH.match(t)
        if m:
            return _period_end(f"{m.group(1)} {m.group(2)}")
    for t in texts:
        # A web page's footer: its date beside who answers for the page ("2017-11-13
        # Innehåll: … Publiceringsansvarig: …"), the day the page was last published.
        m = _PAGE_FOOTER.search(t)
        if m and _PAGE_RESPONSIBLE.search(t) and _iso(m.group(1)):
            return _iso(m.group(1))
    for t in texts[: _HEAD_LINES * 3]:
        # The day the body adopted the report, printed on its cover: "Antagen av
        # socialnämnden den 12 maj 2023", "Godkänd av nämnden 2023-05-10 § 45".
        found = _decided(t) or _adopted(t)
        if found:
            return found
    for t in texts[: _HEAD_LINES * 3]:
        m = _LABELLED.match(t)
        if m and _iso(m.group(1)):
            return _iso(m.group(1))
        m = _LETTERHEAD.search(t[:300])
        if m and _iso(m.group(1)):
            return _iso(m.group(1))
        m = _LABELLED_DAY.match(t)
        if m and (found := _swedish_date(*m.groups())):
            return found  # "Senast uppdaterad: 19 januari 2022"
    for t in texts[:_COVER_LINES]:
        # A page that tells of the meeting that dealt with the report: the meeting's
        # day in its title ("Sammanfattning efter nämndens möte 30/5").
        found = _meeting_titled(t, texts[:_COVER_LINES])
        if found:
            return found
    for t in texts:
        m = _TJUT.search(t)
        if m:
            found = _swedish_date(*m.groups())
            if found:
                return found
    for t in texts[:_HEAD_LINES]:
        m = _LONE_ISO.match(t)
        if m and _iso(m.group(1)):
            return _iso(m.group(1))
        m = _LONE_DAY.match(t)
        if m and (found := _swedish_date(*m.groups())):
            return found
    issuers = vocabulary().issuers
    for t in texts[:_ISSUER_LINES]:
        # An audit letter's head: its sender dated on one line ("Revisorerna 2025-01-18"),
        # below a web page's wrapper further down than a cover's byline.
        m = _BYLINE_ISO.search(t)
        if m and t[: m.start()].strip(" .:,").lower() in issuers and _iso(m.group(1)):
            return _iso(m.group(1))
    for t in texts[:_COVER_LINES]:
        # The cover's byline: "Avdelning X, Förnamn Efternamn 2019-05-31".  (Not a page's
        # handling stamp: "Gallrad 2013-12-12" dates its archiving.)
        m = _BYLINE_ISO.search(t)
        if m and len(t.split()) <= 8 and _iso(m.group(1)) and not (
            _STAMP.match(t) or _FIELD_DATE.match(t)
        ):
            return _iso(m.group(1))
    for k, t in enumerate(texts[:_HEAD_LINES]):
        if _LISTED.match(t):
            # "• Årsredovisning 2021": a matter the report lists, not its own title
            continue
        m = _TITLE.search(t) or _PERIOD_REPORT.search(t)
        if m and not _A_YEAR.search(t):
            # A cover printing the year a line or two below the title ("Årsredovisning" /
            # "2022", "Verksamhetsberättelse" / "Äldrenämnden" / "2022").
            lone = next((y for y in texts[k + 1 : k + 3] if _LONE_YEAR.match(y)), None)
            if lone is not None:
                t = f"{t} {lone}"
        if m:
            # Only the sentence that names the report: "… i kommunens årsredovisning.
            # Svar på motionen behandlas i april 2018" names no period of a report.
            starts = [e.end() for e in _SENTENCE_END.finditer(t, 0, m.start())]
            stop = _SENTENCE_END.search(t, m.end())
            t = t[starts[-1] if starts else 0 : stop.start() + 1 if stop else len(t)]
        elif not followup_header(t):
            continue
        found = _period_end(t)
        if found:
            return found
        if (year := _tertial_year(t, texts)) is not None:
            return year
    # Status notes dated at their end ("Aktiviteten pågår. (2013-03-18)"): the follow-up
    # was written on the latest of them.
    noted = [d for t in texts if (m := _DATED_NOTE.search(t)) and (d := _iso(m.group(1)))]
    if noted:
        return max(noted)
    for k, t in enumerate(texts[: _HEAD_LINES * 3]):
        # A label standing alone, its date on the next line ("Publicerad" / "26 oktober
        # 2018"): a web page's publication stamp.
        if _LABEL_ALONE.match(t) and k + 1 < len(texts):
            nxt = texts[k + 1]
            m = _LONE_DAY.match(nxt)
            found = _swedish_date(*m.groups()[:3]) if m else _iso(nxt[:10])
            if found:
                return found
    for t in texts[:_COVER_LINES]:
        # A cover dated by its month ("December 2020", "… Revisionskonsult Mars 2017"):
        # a full date of that month in the head is the day, else the month's last day.
        m = _COVER_MONTH.search(t)
        # (capitalised as on a cover; running text writes "i maj 2019")
        if m and m.group(1)[0].isupper():
            month, year = MONTHS[m.group(1).lower()], int(m.group(2))
            for other in texts[:_COVER_LINES]:
                for iso in _ANY_ISO.findall(other):
                    day = _iso(iso)
                    if day and (day.year, day.month) == (year, month):
                        return day
            return _period_end(m.group(0))
    for t in texts[:_HEAD_LINES]:
        # A month and year alone on a line further down (a transcript's cover).
        m = _MONTH_ALONE.match(t)
        if m and m.group(1)[0].isupper():
            return _period_end(m.group(0))
    for k, t in enumerate(texts[:_HEAD_LINES]):
        # An indicator's page: the year of its latest value ("Senaste värdet: 88 %
        # (2023)") is the year it reports.
        if _LATEST_VALUE.match(t):
            m = re.search(r"\(((?:19|20)\d{2})\)", " ".join(texts[k : k + 2]))
            if m:
                return dt.date(int(m.group(1)), 12, 31)
    for t in texts[:_HEAD_LINES]:
        # A tertial named with its year in a page header ("Nämnden, Åtgärdsplan tertial 2
        # 2020 6(8)"): only reports count their year in tertials.
        m = _PERIOD_TERTIAL.search(t)
        if m and len(t) <= 200:
            return _period_end(m.group(0))
    return (_annual_section_year(texts[: _HEAD_LINES * 3]) or _outcome_year(texts)
            or _verdict_year(texts) or _year_told(texts))


def report_period(doc: Document) -> dt.date | None:
    """The last day of the period the report's title names, when the title is the
    document's first line and a report's own ("Delårsrapport augusti 2022" → 2022-08-31,
    "Verksamhetsberättelse 2021" → 2021-12-31, "Tertialrapport 1 2023" → 2023-04-30):
    the date a report is known by, before the day it was written or published.  None for
    any other first line (a page about a meeting, a follow-up of something else).  A web
    page's own dated lines ("Publicerad 2023-03-15") stand before it as its furniture."""
    from tracker.extract.meeting_date import page_dated

    first = next((t for t in (ln.text.strip() for ln in doc.lines)
                  if t and not page_dated(t)), "")
    if (
        not _TITLE.search(first)
        or _LISTED.match(first)
        or len(first.split()) > _TITLE_LINE_WORDS
        or first.endswith(".")
        or not _A_YEAR.search(first)
    ):
        return None
    return _period_end(first)


_MEETING_DAY = re.compile(
    r"(?<![\wåäö])(?:" + alternation(_report_words()["meeting_nouns"]) + r")\s+(?:den\s+)?"
    rf"(?:(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?![/\d])|(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH_NAMES})"
    r"(?:\s+(?P<year>(?:19|20)\d{2}))?)",
    re.IGNORECASE,
)


#: Words that make the meeting one still to come: "Nästa möte", "inför sammanträdet".
_LATER_MEETING = re.compile(
    r"\b(?:nästa|kommande|inför|till|före|inom)\s+(?:\w+\s+)?$", re.IGNORECASE
)


def _meeting_titled(title: str, head: list[str]) -> dt.date | None:
    """The day of the meeting a short title line names ("… möte 30/5", "… sammanträde den
    12 maj 2022"), its year from the line or else the head's only year."""
    if len(title.split()) > _TITLE_LINE_WORDS or title.rstrip().endswith("."):
        return None
    m = _MEETING_DAY.search(title)
    if m is None or _LATER_MEETING.search(title[: m.start()]):
        # ("Nästa möte 14/6", "Inför sammanträdet 3 maj": a meeting still to come)
        return None
    year = m.group("year")
    if year is None:
        # the year of the head's title lines (the report's "… tertialrapport 1 2022"),
        # else of the whole head, when it names one
        short = [t for t in head if len(t.split()) <= _TITLE_LINE_WORDS]
        for lines in (short, head):
            years = {y for t in lines for y in _A_YEAR.findall(t)}
            if len(years) == 1:
                year = years.pop()
                break
        else:
            return None
    try:
        if m.group("d"):
            return dt.date(int(year), int(m.group("m")), int(m.group("d")))
        return dt.date(int(year), MONTHS[m.group("month").lower()], int(m.group("day")))
    except (KeyError, ValueError):
        return None


def _verdict_year(texts: list[str]) -> dt.date | None:
    """The end of the one year a goal's verdict names ("har delvis nått ambitionen för
    2016"): a last resort for a goal follow-up's page without its title."""
    years = {
        int(m.group(1))
        for t in texts
        for m in _VERDICT_YEAR.finditer(t)
        if _GOAL_REACH.search(t)
    }
    return dt.date(years.pop(), 12, 31) if len(years) == 1 else None


#: A verb of reaching a goal, in any form (``[prose] goal_reach``).
_GOAL_REACH = re.compile(
    r"(?<![\wåäö])(?:"
    + alternation(
        followup_data()[
            "prose"
        ]["goal_reach"]
    )
    + r")(?![\wåäö])",
    re.IGNORECASE,
)
_VERDICT_YEAR = re.compile(
    r"(?<![\wåäö])(?:" + alternation(_report_words()["verdict_nouns"]) + r")\s+för\s+"
    r"(?:år\s+)?((?:19|20)\d{2})(?![\d/–-])",
    re.IGNORECASE,
)


#: A table's outcome column with its year ("Utfall 2017", "Utfall" over "2017"): the
#: figures reported, the newest column the year the report closes.
_OUTCOME = re.compile(r"^(?:utfall|bokslut)\s*(?:år\s*)?((?:19|20)\d{2})?$", re.IGNORECASE)


def _outcome_year(texts: list[str]) -> dt.date | None:
    """The end of the newest year a table reports outcomes for ("Utfall 2015 … Budget
    2017 … Utfall 2017"); a last resort for a report's page without its title."""
    years = []
    for k, t in enumerate(texts):
        m = _OUTCOME.match(t.strip())
        if m is None:
            continue
        year = m.group(1) or (texts[k + 1].strip() if k + 1 < len(texts) else "")
        if _LONE_YEAR.match(year):
            years.append(int(year))
    return dt.date(max(years), 12, 31) if years else None


#: Words by which a text tells of a year's work: "Under året har …", "årets resultat".
_THE_YEAR = re.compile(r"\b(?:under|för|i)\s+året\b|\bårets\s+\w+", re.IGNORECASE)


def _year_told(texts: list[str]) -> dt.date | None:
    """The end of the year a text tells of "under året" (an annual report's page without
    its title): the year it names most often, at least twice and more often than any
    other; a last resort."""
    if not any(_THE_YEAR.search(t) for t in texts):
        return None
    # (not a year in a name: "Stadsplan 2017", "Agenda 2030" name a plan, not the year)
    counts = Counter(
        m.group(1)
        for t in texts
        for m in _A_YEAR.finditer(t)
        if not _NAMED_YEAR.search(t[: m.start()])
    )
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    if ranked[0][1] < 2 and (len(ranked) > 1 or not _YEAR_FIRST.search("\n".join(texts))):
        # once is enough only where the text opens a sentence with its year ("2016 har
        # det varit stort fokus på …") and names no other
        return None
    return dt.date(int(ranked[0][0]), 12, 31)


#: A capitalised word right before a year makes the year part of a name ("Stadsplan
#: 2017"), unless the word is one a sentence opens with before its time ("Under 2016").
_NAMED_YEAR = re.compile(
    r"(?<![\wåäö])(?!(?:Under|I|Inom|Inför|Efter|Sedan|Till|Från|Fram|År|Året|Jämfört|"
    r"Per|För|Om|Mellan|Före|Både|Redan)\s)[A-ZÅÄÖ][\wåäö-]+\s+$"
)
#: A sentence that opens with its year and a verb: "2016 har det varit …".
_YEAR_FIRST = re.compile(r"(?:^|[.!?]\s+|\n)(?:19|20)\d{2}\s+(?:har|hade|var|blev|präglades)\b")


_LONE_YEAR = re.compile(r"^(?:19|20)\d{2}$")
#: A cover's note of the decision that adopted the report: the participle, by or in whom
#: (a few words), then the day — and at most a paragraph number after it.
_DECIDED = re.compile(
    r"^(?:antagen|antaget|antagna|godkänd|godkänt|godkända|fastställd|fastställt|fastställda|"
    r"beslutad|beslutat|beslutade|behandlad|behandlat)\s+(?:av|i|vid)\s+"
    r"(?:[\wåäöÅÄÖ-]+\s+){1,4}?(?:den\s+)?(?P<day>\d{4}-\d{2}-\d{2}|"
    rf"\d{{1,2}}\s+(?:{_MONTH_NAMES})\s+\d{{4}})(?:\s*,?\s*§\s*\d+)?\.?$",
    re.IGNORECASE,
)


_REPORT_NOUN = (
    r"(?:verksamhetsberättelse|årsredovisning|delårsrapport|tertialrapport|rapport|"
    r"uppföljning|bokslut|årsrapport)(?:en|et|n)?"
)
_DAY = rf"(?P<day>\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\s+(?:{_MONTH_NAMES})\s+\d{{4}})"
#: A sentence that tells the decision adopting the report: "Kulturnämnden godkände
#: verksamhetsberättelsen den 20 februari 2024", "Rapporten behandlades av nämnden
#: 2024-09-18".
_ADOPTED = re.compile(
    rf"(?:\b(?:godkände|fastställde|antog|behandlade)\s+(?:denna\s+|den\s+)?{_REPORT_NOUN}|"
    rf"^(?:Denna\s+|Den\s+)?{_REPORT_NOUN}\s+(?:godkändes|fastställdes|antogs|behandlades)"
    rf"(?:\s+av\s+[\wåäö-]+(?:\s+[\wåäö-]+)?)?)\s+(?:vid\s+sammanträdet\s+)?"
    rf"(?:den\s+)?{_DAY}\b",
    re.IGNORECASE,
)


def _adopted(t: str) -> dt.date | None:
    m = _ADOPTED.search(t)
    if m is None:
        return None
    day = m.group("day")
    return _iso(day) if "-" in day else _swedish_date(*day.split())


def _decided(t: str) -> dt.date | None:
    m = _DECIDED.match(t)
    if m is None:
        return None
    day = m.group("day")
    if day[:4].isdigit() and "-" in day:
        return _iso(day)
    return _swedish_date(*day.split())


#: A section of an annual report: "Årets verksamhet", "ÅRETS RESULTAT", "Årets händelser".
_ANNUAL_SECTION = re.compile(r"^årets\s+(?:verksamhet|resultat|händelser)$", re.IGNORECASE)
#: The year of its figures: a result table's header ("Resultat (tkr) 2022", "Bokslut 2022").
_RESULT_YEAR = re.compile(r"^(?:resultat|bokslut|utfall)\b[^\d]{0,12}((?:19|20)\d{2})$", re.I)
#: The year before, given for comparison in parentheses: "sju (sju år 2021) sammanträden".
_YEAR_BEFORE = re.compile(r"\((?:[\wåäö,.\s]{1,20}\s)?år\s+((?:19|20)\d{2})\)")


def _annual_section_year(texts: list[str]) -> dt.date | None:
    """The end of the year an annual report's section reports ("Årets verksamhet"): the
    year its result table is for, else the year after the one it compares with."""
    if not any(_ANNUAL_SECTION.match(t) for t in texts):
        return None
    for t in texts:
        m = _RESULT_YEAR.match(t)
        if m:
            return dt.date(int(m.group(1)), 12, 31)
    before = {int(m.group(1)) for t in texts for m in _YEAR_BEFORE.finditer(t)}
    if len(before) == 1:
        return dt.date(before.pop() + 1, 12, 31)
    return None


_LISTED = re.compile(r"^\s*[•·▪◦*–-]\s")
#: A date opening a web page's footer line, and the labels of who answers for the page.
_PAGE_FOOTER = re.compile(r"^(\d{4}-\d{2}-\d{2})\s+\S")
_PAGE_RESPONSIBLE = re.compile(
    r"\b(?:publiceringsansvarig|sidansvarig|innehållsansvarig|sidan\s+ansvarig)\s*:", re.I
)
#: A page's handling stamp, no date of the report: "Gallrad 2013-12-12", "Utskriven …".
_STAMP = re.compile(
    r"^(?:gallrad|arkiverad|utskriven|utskriftsdatum|hämtad|nedladdad|sparad|senast besökt)\b",
    re.IGNORECASE,
)
#: An activity's or a rule's own date in a field: "Påbörjas senast: 2013-01-01",
#: "Slutdatum 2024-12-31" (``lexicon.toml``, ``[meeting] field_dates``).
_FIELD_DATE = re.compile(r"^" + words("field_dates") + r"(?![\wåäö])", re.IGNORECASE)
#: A note dated in parentheses at the end of its sentence: "Aktiviteten pågår. (2013-03-18)".
_DATED_NOTE = re.compile(r"[.!]\s*\((\d{4}-\d{2}-\d{2})\)\.?\s*$")
#: A tertial a title names without its year ("Bilaga 1 Tertialrapport 1 kommunstyrelsen").
_TERTIAL_NO_YEAR = re.compile(
    r"\btertial(?:rapport|uppföljning|bokslut)?\s*([123])\b(?!\s+\d{4})", re.IGNORECASE
)
#: A page's header or footer naming a report of one year ("KS nämndrapport 2019").
_REPORT_YEAR = re.compile(
    r"\b(?:nämndrapport|tertialrapport|delårsrapport|verksamhetsrapport|uppföljning)\s+"
    r"((?:19|20)\d{2})$",
    re.IGNORECASE,
)


def _tertial_year(title: str, texts: list[str]) -> dt.date | None:
    """The end of a tertial a title names without its year, the year taken from a line
    of the document that names a report of one year (its page header or footer)."""
    m = _TERTIAL_NO_YEAR.search(title)
    if m is None or _A_YEAR.search(title):
        return None
    years = {y.group(1) for t in texts if len(t) <= 80 and (y := _REPORT_YEAR.search(t))}
    if len(years) != 1:
        return None
    return _period_end(f"T{m.group(1)} {years.pop()}")


_LATEST_VALUE = re.compile(r"^(?:senaste\s+värde(?:t)?|utfall)\s*:", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-ZÅÄÖ])")


def _period_end(title: str) -> dt.date | None:
    """The last day of the period a report title names (a last resort: the report was
    written after it)."""
    m = _PERIOD_PER.search(title)
    if m:
        return _swedish_date(*m.groups())
    m = _PERIOD_TERTIAL.search(title)
    if m:
        t, year = int(m.group(1)), int(m.group(2))
        return (dt.date(year, 4 * t, 1) + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(
            days=1
        )
    m = _PERIOD_MONTH.search(title)
    per = _PER_MONTH.search(title)
    years = set(_A_YEAR.findall(title))
    if m is None and per is not None and len(years) == 1:
        # "Delårsbokslut, uppföljning per augusti och helårsprognos 2019": the month
        # followed up, in the title's one year.
        m = re.match(r"(\w+)\s+(\d{4})", f"{per.group(1)} {years.pop()}")
    if m:
        month, year = MONTHS[m.group(1).lower()], int(m.group(2))
        nxt = dt.date(year + month // 12, month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    m = _PERIOD_YEAR.search(title.strip()) or _YEARS_REPORT.search(title)
    if m:
        return dt.date(int(m.group(1)), 12, 31)
    # Any other period a title line writes with its year ("första halvåret 2023", "Q3
    # 2023"): its end, as periods fall due at their end.  (Not in a sentence: "svaren
    # från uppföljning 2022" is no title.)
    if len(title.split()) > _TITLE_LINE_WORDS or title.rstrip().endswith("."):
        return None
    ends = [
        p.end
        for p in find_periods(title)
        if p.end is not None and p.precision != "day" and _A_YEAR.search(p.text)
    ]
    if ends:
        return max(ends)
    # A report word and one year alone ("Uppföljning av internkontrollplan 2022"): that
    # year's end.  Not a span of years, which dates the plan, not the report.
    if _PERIOD_REPORT.search(title) or _TITLE.search(title):
        years = set(_A_YEAR.findall(title))
        interim = _INTERIM.search(title)
        if interim and len(years) == 1:
            # "Delårsrapport 2023" names the year, not the month: the day the interim
            # accounts close.
            first = interim.group("n") == "1"
            return dt.date(int(years.pop()), 4 if first else 8, 30 if first else 31)
        if len(years) == 1:
            return dt.date(int(years.pop()), 12, 31)
    return None


_DAY_MONTH_YEAR = rf"(\d{{1,2}})\s+({_MONTH_NAMES})\s+(\d{{4}})"
#: "Revisorerna har (vid sitt sammanträde) den 3 mars 2025 behandlat/beslutat/överlämnat",
#: "… rapport som revisorerna behandlade den 3 mars 2025".
_AUDITORS_TREATED = re.compile(
    rf"\b[Rr]evisorerna\s+(?:har\s+(?:[\wåäö]+\s+){{0,4}}?den\s+{_DAY_MONTH_YEAR}\s+"
    rf"(?:behandlat|beslutat|godkänt|överlämnat|antagit)\b|"
    rf"(?:behandlade|beslutade|godkände)\s+den\s+{_DAY_MONTH_YEAR}\b)"
)
#: How many lines from the top a report's issuer is looked for (a letter's head may
#: follow a web page's wrapper of a dozen short lines).
_ISSUER_LINES = 25
