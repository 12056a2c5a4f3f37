"""The written shapes of Swedish dates, one pattern and one reader each: "14 mars",
"2024-03-14", "14/3", "130522", "v. 16", "april–maj", "under våren", "T1 2016", "Q2",
"2025", "om två veckor", "till nästa möte".  Each reader gives the candidate periods its
pattern finds in a text, resolved against the meeting date; :mod:`tracker.language.dates`
chooses among overlapping candidates.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.easter import easter
from dateutil.parser import isoparse
from dateutil.relativedelta import relativedelta

from tracker.language.date_period import (
    _NUMBER_WORDS,
    _PROBES,
    MEETING_NOUNS,
    MONTHS,
    WEEKDAY_NAMES,
    WEEKDAYS,
    Period,
    _infer_period_year,
    _last_day,
    _safe_date,
    _year,
    infer_year,
)

# --- patterns -------------------------------------------------------------------------

_MONTH_RE = (
    r"(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|"
    r"december|(?:jan|febr|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)\.?)"
)
_WEEKDAY_RE = r"(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en|ar)?"
_PREP = (
    r"(?:senast|till\s+och\s+med|t\.o\.m\.?|tom|till|före|innan|under|inom|efter|från|"
    r"fr\.o\.m\.?|per|inför|vid|i|på|runt|kring|omkring|ca|cirka)"
)
_TIME_RE = r"(?:\s*,?\s*(?:kl\.?|klockan)\s*(?P<th>\d{1,2})(?:[:.](?P<tm>\d{2}))?)"

_B = r"(?<![\w/-])"  # left word boundary that also refuses "2024/56", "-12"
_E = r"(?![\w/])"

#: A year written short after a dash ("3 maj -23", "3/5 -23", as notes write it): not
#: the end of a span ("3 maj -23 maj", "3/5 -17/5").
_SHORT_YEAR = (r"\s+[-–](?P<yy>\d{2})(?![\d/:–-]|[.,]\d|\s*(?:" + _MONTH_RE
               + r")(?![a-zåäö]))")
_DAY_MONTH = re.compile(
    _B + r"(?:(?P<wd>" + _WEEKDAY_RE + r")\s+)?(?:den\s+)?"
    r"(?P<d1>\d{1,2})(?::?[ae])?(?:\s*(?:[-–]|och|till)\s*(?P<d2>\d{1,2})(?::?[ae])?)?"
    r"\s+(?P<mon>" + _MONTH_RE + r")(?![a-zåäö]|-[a-zåäö])"
    # ("9 augusti, 2018": a comma before the year, as English-styled pages write it)
    r"(?:,?\s+(?P<year>(?:19|20)\d{2})(?![\d-])|" + _SHORT_YEAR + ")?" + _TIME_RE + "?",
    re.IGNORECASE,
)
_ISO = re.compile(
    _B + r"(?:(?P<wd>" + _WEEKDAY_RE + r")\s+)?(?:den\s+)?"
    r"(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-\s*(?P<d>\d{1,2})(?!\d)" + _TIME_RE + "?",
    re.IGNORECASE,
)
_NUMERIC = re.compile(
    _B + r"(?:(?P<wd>" + _WEEKDAY_RE + r")\s+)?(?:den\s+)?"
    # "5-10/10": days of one month, written once ("mellan 5-10/10"): due on the last
    r"(?:(?P<d0>\d{1,2})\s?[-–]\s?)?"
    r"(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:[-/](?P<y>(?:19|20)?\d{2}))?" + _E
    # "13/2 2024": a year after a space, as headers of bullet notes write it.
    + r"(?:\s+(?P<y2>(?:19|20)\d{2})(?![\d/-])|" + _SHORT_YEAR + ")?" + _TIME_RE + "?",
    re.IGNORECASE,
)
#: Dates written with dots or with a two-digit year first: "12.5.2023", "2023.05.12",
#: "23-05-12" (year, month, day, as Swedish short dates are written); day first with
#: hyphens when the year is written whole ("07-06-2009", as on associations' minutes).
#: Not "kl. 12.05" (no year) nor a telephone number ("08-12 34 56": no third pair).
_DOTTED = re.compile(
    r"(?<![\w./-])(?:(?P<d>\d{1,2})([.-])(?P<m>\d{1,2})\2(?P<y>(?:19|20)\d{2})|"
    r"(?P<y2>(?:19|20)\d{2})\.(?P<m2>\d{2})\.(?P<d2>\d{2})|"
    r"(?P<y3>\d{2})-(?P<m3>\d{2})-(?P<d3>\d{2}))(?![\w/-]|\.[\w/-])"
)
#: "130522", "20130522"; a full stop after it may end the sentence ("vid mötet 200924.").
_COMPACT = re.compile(
    r"(?<![\w./-])(?P<y>(?:19|20)?\d{2})(?P<m>\d{2})(?P<d>\d{2})(?![\w/-]|\.[\w/-])")
_WEEK = re.compile(
    _B + r"(?:v\.?|vecka|veckan|veckorna|vnr)\s*(?P<w1>\d{1,2})"
    r"(?:\s*(?:[-–]|och|till)\s*(?:v\.?\s*)?(?P<w2>\d{1,2}))?"
    r"(?:\s*,?\s*(?:år\s*)?(?P<y>(?:19|20)\d{2}))?(?!\d)",
    re.IGNORECASE,
)
_MONTH_SPAN = re.compile(
    r"(?:(?P<part>början|mitten|slutet|utgången)\s+av\s+)?"
    r"(?<![\w-])(?P<m1>" + _MONTH_RE + r")(?![a-zåäö])"
    r"(?:\s*(?:[-–]|eller|och|till)\s*(?P<m2>" + _MONTH_RE + r")(?![a-zåäö]))?"
    r"(?:\s+(?:månad\s+)?(?P<y>(?:19|20)\d{2})(?!\d)|"
    # "i januari nästa år": the month in the year after the meeting's
    r"\s+(?P<next>nästa|kommande|nästkommande)\s+år(?![\wåäö]))?",
    re.IGNORECASE,
)
_SEASON = re.compile(
    r"(?:(?P<part>början|slutet)\s+av\s+)?"
    r"(?<![\w-])(?P<season>våren|vårterminen|vårvintern|försommaren|sommaren|"
    r"sensommaren|hösten|höstterminen|vintern|jul|julen|årsskiftet|midsommar|midsommarafton|"
    r"midsommaren|semestern|semestrarna|semestertiden|sommaruppehållet|sommarlovet|"
    r"nyår|nyåret|lucia|luciadagen|påsk|påsken|vt|ht)"
    r"(?![\w-])"
    r"(?:\s+(?P<y>(?:19|20)?\d{2})(?!\d)|"
    r"\s+(?P<next>nästa|kommande|nästkommande)\s+år(?![\wåäö]))?",
    re.IGNORECASE,
)
_TERTIAL = re.compile(
    # ("i samband med tertialrapport 1": the report on the tertial, due at its end)
    _B + r"(?:(?:T|tertial\s*|tertial(?:rapport|uppföljning|bokslut)(?:en)?\s*)(?P<t>[123])|"
    r"(?P<tw>första|andra|tredje)\s+tertialet)(?:\s*(?:år\s*)?(?P<y>(?:19|20)\d{2}))?(?![\w])",
    re.IGNORECASE,
)
_QUARTER = re.compile(
    _B + r"(?:(?:Q|kvartal\s*)(?P<q>[1-4])|"
    r"(?P<qw>första|andra|tredje|fjärde)\s+kvartalet)(?:\s*(?:år\s*)?(?P<y>(?:19|20)\d{2}))?"
    r"(?![\w])",
    re.IGNORECASE,
)
_HALF = re.compile(
    r"(?<![\w-])(?P<h>första|andra)\s+halvåret"
    r"(?:\s+(?P<y>(?:19|20)\d{2}))?(?![\w])",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<![\w-])(?P<y>(?:19|20)\d{2})(?![\d-])")
#: The words before a bare year that make it a period ("under 2016", "till 2025").
_YEAR_PREP = re.compile(
    r"(?:under|till|senast|före|innan|inför|inom|i\s+slutet\s+av|under\s+år|till\s+år|"
    r"fortsätter\s+under|klart\s+under|vid\s+utgången\s+av|sista\s+sammanträde|"
    r"sista\s+sammanträdet|sista\s+möte|sista\s+mötet)\s+$",
    re.IGNORECASE,
)
#: The meeting's own year, due at its end: "året ut", "under året", "i år", "under
#: innevarande år", "längre fram under året".
_YEAR_END = re.compile(
    r"(?<![\w-])(?:årets\s+slut|slutet\s+av\s+året|utgången\s+av\s+året|"
    r"året\s+ut|(?:under|senare\s+under|under\s+resten\s+av)\s+året|"
    r"(?:under\s+|i\s+)?innevarande\s+år|(?:senare\s+)?i\s+år)(?![\w])(?!\s+(?:19|20)\d{2})",
    re.IGNORECASE,
)
#: "till nästa möte", "vid nästkommande sammanträde": a later meeting of the forum.
NEXT_MEETING = re.compile(
    r"(?<![\w-])(?:nästa|kommande|nästkommande|följande|närmaste|nästföljande)\s+"
    r"(?:ordinarie\s+)?(?P<noun>" + MEETING_NOUNS + r")(?![\w-])",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r"(?P<prep>inom|om)\s+(?P<n>\d{1,2}|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio)\s+"
    r"(?P<unit>dagar|dag|veckor|vecka|månader|månad)(?![\w])",
    re.IGNORECASE,
)
#: A weekday alone after a preposition: "på fredag", "senast på måndag", "till torsdag",
#: "nästa tisdag" – the first such day after the meeting.  Not "på fredagar" (a habit)
#: nor a weekday that a date follows ("fredagen den 15 mars" is read whole).
_WEEKDAY_ONLY = re.compile(
    r"(?<![\w-])(?:(?:senast\s+|redan\s+|nu\s+)?(?:på|till|före|innan|inför)|senast|nästa|"
    r"kommande)\s+(?P<wd>måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?"
    r"(?![\wåäö-])(?!\s+(?:den\s+)?\d)",
    re.IGNORECASE,
)
_NEXT_UNIT = re.compile(
    r"(?<![\w-])(?:nästa|kommande)\s+(?P<unit>vecka|månad|år)(?![\w])",
    re.IGNORECASE,
)


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _time(h: str | None, m: str | None) -> str | None:
    if h is None:
        return None
    hour, minute = int(h), int(m or 0)
    if hour > 24 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def _weekday_check(wd: str | None, day: dt.date) -> tuple[str | None, bool]:
    if not wd:
        return None, False
    base = wd.lower()
    for name in WEEKDAY_NAMES:
        if base.startswith(name):
            return name, day.weekday() != WEEKDAYS[name]
    return None, False


def _day_period(
    m: re.Match[str], day: dt.date, wd: str | None, time: str | None, start: dt.date | None = None
) -> Period:
    name, mismatch = _weekday_check(wd, day)
    return Period(
        start=start or day,
        end=day,
        precision="day",
        text=_clean(m.group(0)),
        time=time,
        weekday=name,
        weekday_mismatch=mismatch,
        pos=m.start(),
        stop=m.end(),
    )


def _span(m: re.Match[str], start: dt.date, end: dt.date, precision: str) -> Period:
    return Period(start, end, precision, _clean(m.group(0)), pos=m.start(), stop=m.end())


def _prep_at(text: str, pos: int) -> str:
    """The preposition written right before ``pos`` ("före", "under" …), lower case."""
    m = _LEAD_PREP.search(text[max(0, pos - 24) : pos])
    return " ".join(m.group(1).lower().split()) if m else ""


def _cands_day_month(text: str, ref: dt.date) -> list[Period]:
    out = []
    for m in _DAY_MONTH.finditer(text):
        month = MONTHS.get(m.group("mon").lower().rstrip("."))
        if month is None:
            continue
        d1 = int(m.group("d1"))
        d2 = int(m.group("d2")) if m.group("d2") else None
        last = d2 or d1
        year = _year(m.group("year") or m.group("yy")) or infer_year(month, min(last, 28), ref)
        end = _safe_date(year, month, last)
        first = _safe_date(year, month, d1)
        if end is None or first is None or (d2 is not None and d2 < d1):
            continue
        out.append(_day_period(m, end, m.group("wd"), _time(m.group("th"), m.group("tm")), first))
    return out


def _cands_iso(text: str, ref: dt.date) -> list[Period]:
    out = []
    for m in _ISO.finditer(text):
        try:
            day = isoparse(f"{m.group('y')}-{int(m.group('m')):02d}-{int(m.group('d')):02d}").date()
        except ValueError:
            continue
        out.append(_day_period(m, day, m.group("wd"), _time(m.group("th"), m.group("tm"))))
    return out


#: A number written like a day and a month: "protokoll nr 8/11", "§ 4/12" (a document's
#: or a paragraph's number within its year), not the 8th of November.
_NUMBERED = re.compile(r"(?:\b(?:nr|nummer|no)\.?|§)\s*$", re.IGNORECASE)


def _cands_numeric(text: str, ref: dt.date) -> list[Period]:
    out = []
    for m in _NUMERIC.finditer(text):
        d, mo = int(m.group("d")), int(m.group("m"))
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            continue
        if _NUMBERED.search(text, max(0, m.start() - 10), m.start()):
            continue
        year = _year(m.group("y") or m.group("y2") or m.group("yy")) or infer_year(
            mo, min(d, 28), ref)
        day = _safe_date(year, mo, d)
        if day is None:
            continue
        first = _safe_date(year, mo, int(m.group("d0"))) if m.group("d0") else None
        if m.group("d0") and (first is None or first >= day):
            continue  # "8-2/3" is no span of days
        out.append(_day_period(m, day, m.group("wd"), _time(m.group("th"), m.group("tm")),
                               first))
    return out


def _cands_dotted(text: str, ref: dt.date) -> list[Period]:
    out = []
    for m in _DOTTED.finditer(text):
        g = m.groupdict()
        y, mo, d = ((g["y"], g["m"], g["d"]) if g["y"] else (g["y2"], g["m2"], g["d2"])
                    if g["y2"] else (g["y3"], g["m3"], g["d3"]))
        year = _year(y)
        # A two-digit year near the meeting's, as with "130522".
        if year is None or (ref not in _PROBES and abs(year - ref.year) > 15):
            continue
        day = _safe_date(year, int(mo), int(d))
        if day is not None:
            out.append(_day_period(m, day, None, None))
    return out


def _cands_compact(text: str, ref: dt.date) -> list[Period]:
    out = []
    for m in _COMPACT.finditer(text):
        year = _year(m.group("y"))
        # Near the meeting's year ("130522" is no date in minutes of 1995); without a
        # meeting date (the probes) any year the reader takes, alike for both probes.
        if year is None or (ref not in _PROBES and abs(year - ref.year) > 15):
            continue
        day = _safe_date(year, int(m.group("m")), int(m.group("d")))
        if day is None:
            continue
        out.append(_day_period(m, day, None, None))
    return out


#: A week is due on its last day, the ISO week's Sunday: a period is due at its end (see
#: tracker/language/dates.py), and real minutes' readers resolve "v. 16" so.
WEEK_LAST_DAY = 6


def _iso_week(year: int, week: int) -> tuple[dt.date, dt.date] | None:
    try:
        monday = dt.date.fromisocalendar(year, week, 1)
    except ValueError:
        return None
    return monday, monday + dt.timedelta(days=WEEK_LAST_DAY)


def _cands_week(text: str, ref: dt.date) -> list[Period]:
    out = []
    for m in _WEEK.finditer(text):
        w1 = int(m.group("w1"))
        w2 = int(m.group("w2")) if m.group("w2") else w1
        if not (1 <= w1 <= 53 and 1 <= w2 <= 53):
            continue
        year = _year(m.group("y"))
        if year is None:
            ref_week = ref.isocalendar()[1]
            year = ref.year + 1 if w2 < ref_week - 9 else ref.year
        first, last = _iso_week(year, w1), _iso_week(year, w2)
        if first is None or last is None:
            continue
        out.append(_span(m, first[0], last[1], "week"))
    return out


_PART_DAY = {"början": 10, "mitten": 20}
#: A deadline word right before a month ("klart nov.", "åter i okt", "senast mars").
_DEADLINE_WORD = re.compile(
    r"\b(?:klart|klar|senast|åter|färdigt|färdig)\s+(?:i\s+|under\s+|till\s+)?$",
    re.IGNORECASE,
)


def _cands_month_span(text: str, ref: dt.date, strict: bool) -> list[Period]:
    out = []
    for m in _MONTH_SPAN.finditer(text):
        m1 = MONTHS.get(m.group("m1").lower().rstrip("."))
        m2 = MONTHS.get((m.group("m2") or "").lower().rstrip(".")) if m.group("m2") else None
        if m1 is None or (m.group("m2") and m2 is None):
            continue
        raw = m.group("m1").lower()
        # A bare month word in running text ("mars") needs a preposition or a year to
        # count as a date; abbreviations like "jan" only with a year or in a cell.
        # "Klart nov.", "åter i okt": after a deadline word even an abbreviation is one.
        cue = bool(_DEADLINE_WORD.search(text, max(0, m.start() - 20), m.start()))
        if strict and not cue and not (
            _prep_at(text, m.start()) or m.group("y") or m.group("part") or m2
        ):
            continue
        short = len(raw.rstrip(".")) <= 3 and raw.rstrip(".") not in ("maj",)
        if strict and not cue and short and not m.group("y"):
            continue
        if raw == "jul" and m2 is None and not m.group("y") and _prep_at(text, m.start()):
            continue  # "till jul", "före jul": Christmas (the month is written "juli")
        last_m = m2 or m1
        year = _year(m.group("y")) or (ref.year + 1 if m.group("next") else None)
        if year is None:
            year = _infer_period_year(last_m, 28, ref)
        start_year = year - 1 if m2 is not None and m2 < m1 else year
        start = dt.date(start_year, m1, 1)
        part = (m.group("part") or "").lower()
        if part in _PART_DAY and m2 is None:
            end = dt.date(year, m1, _PART_DAY[part])
            start = dt.date(year, m1, 1 if part == "början" else 11)
        else:
            end = _last_day(year, last_m)
        out.append(_span(m, start, end, "months" if m2 is not None else "month"))
    return out


def _season_bounds(name: str, prep: str, part: str, year: int) -> tuple[dt.date, dt.date]:
    name = name.lower()
    if name in ("våren", "vårterminen", "vt", "vårvintern"):
        start, end = dt.date(year, 1, 1), dt.date(year, 6, 30)
        if name == "vårvintern":
            end = dt.date(year, 3, 31)
    elif name.startswith(("semest", "sommaruppehåll", "sommarlov")):
        # "innan semestrarna" is before the summer holidays: the summer's rules.
        return _season_bounds("sommaren", prep, part, year)
    elif name.startswith("nyår"):
        if prep == "efter":
            start, end = dt.date(year + 1, 1, 1), dt.date(year + 1, 1, 31)
        else:
            start, end = dt.date(year, 12, 1), dt.date(year, 12, 31)
    elif name in ("sommaren", "försommaren", "sensommaren"):
        start, end = dt.date(year, 6, 1), dt.date(year, 8, 31)
        if prep in ("före", "innan", "inför") or name == "försommaren":
            start, end = dt.date(year, 1, 1), dt.date(year, 6, 30)
        elif prep == "efter" or name == "sensommaren":
            start, end = dt.date(year, 8, 1), dt.date(year, 9, 30)
    elif name in ("hösten", "höstterminen", "ht"):
        start, end = dt.date(year, 8, 1), dt.date(year, 12, 31)
    elif name == "vintern":
        start, end = dt.date(year, 12, 1), _last_day(year + 1, 2)
    elif name in ("jul", "julen"):
        start, end = dt.date(year, 12, 1), dt.date(year, 12, 23)
    elif name.startswith("lucia"):
        # 13 December; "innan/före/inför lucia" is the day before.
        day = 12 if prep in ("före", "innan", "inför") else 13
        start, end = dt.date(year, 12, 1), dt.date(year, 12, day)
    elif name.startswith("påsk"):
        # Before Easter is by skärtorsdagen (the Thursday before Easter Sunday); after it,
        # within the month after annandag påsk.
        sunday = easter(year)
        if prep == "efter":
            monday = sunday + dt.timedelta(days=1)
            nxt = monday + relativedelta(months=1)
            start, end = monday, _last_day(nxt.year, nxt.month)
        else:
            start, end = dt.date(year, 1, 1), sunday - dt.timedelta(days=3)
    elif name.startswith("midsommar"):
        # Midsommarafton: the Friday between 19 and 25 June.
        eve = dt.date(year, 6, 19) + dt.timedelta(days=(4 - dt.date(year, 6, 19).weekday()) % 7)
        start, end = dt.date(year, 6, 1), eve
    else:  # årsskiftet
        start, end = dt.date(year, 12, 1), dt.date(year, 12, 31)
    if part == "början":
        end = min(end, start + relativedelta(months=2))
    elif part == "slutet" and name not in ("jul", "julen", "årsskiftet", "lucia", "luciadagen"):
        start = max(start, end - relativedelta(months=2))
    return start, end


def _cands_season(text: str, ref: dt.date) -> list[Period]:
    out = []
    for m in _SEASON.finditer(text):
        name = m.group("season").lower()
        prep = _prep_at(text, m.start())
        if name in ("vt", "ht") and not m.group("y"):
            continue
        if name in ("jul", "julen", "midsommar", "midsommaren", "midsommarafton", "lucia",
                    "luciadagen", "påsk", "påsken") and prep not in (
            "före", "innan", "inför", "till", "senast", "till och med", "runt", "kring", "vid",
            *(("efter",) if name.startswith("påsk") else ())
        ):
            continue
        if not prep and not m.group("y") and name not in ("vt", "ht"):
            continue
        part = (m.group("part") or "").lower()
        year = _year(m.group("y")) or (ref.year + 1 if m.group("next") else None)
        if year is None:
            _, probe_end = _season_bounds(name, prep, part, ref.year)
            year = ref.year + 1 if probe_end < ref - dt.timedelta(days=62) else ref.year
        start, end = _season_bounds(name, prep, part, year)
        precision = "year" if name == "årsskiftet" else "season"
        if name.startswith("nyår"):
            precision = "month" if prep == "efter" else "year"
        if name.startswith(("midsommar", "lucia")) or (
            name.startswith("påsk") and prep != "efter"
        ):
            precision = "day"
        elif name.startswith("påsk"):
            precision = "month"
        out.append(_span(m, start, end, precision))
    return out


_ORDINALS = {"första": 1, "andra": 2, "tredje": 3, "fjärde": 4}


def _period_year(m: re.Match[str], end_month: int, ref: dt.date) -> int:
    return _year(m.group("y")) or _infer_period_year(end_month, 28, ref)


def _cands_tertial(text: str, ref: dt.date) -> list[Period]:
    out = []
    for m in _TERTIAL.finditer(text):
        t = int(m.group("t")) if m.group("t") else _ORDINALS[m.group("tw").lower()]
        year = _period_year(m, t * 4, ref)
        out.append(_span(m, dt.date(year, t * 4 - 3, 1), _last_day(year, t * 4), "tertial"))
    for m in _QUARTER.finditer(text):
        q = int(m.group("q")) if m.group("q") else _ORDINALS[m.group("qw").lower()]
        year = _period_year(m, q * 3, ref)
        out.append(_span(m, dt.date(year, q * 3 - 2, 1), _last_day(year, q * 3), "quarter"))
    for m in _HALF.finditer(text):
        h = 1 if m.group("h").lower() == "första" else 2
        year = _period_year(m, h * 6, ref)
        out.append(_span(m, dt.date(year, h * 6 - 5, 1), _last_day(year, h * 6), "half_year"))
    return out


def _cands_year(text: str, ref: dt.date) -> list[Period]:
    out = []
    for m in _YEAR.finditer(text):
        prep = _YEAR_PREP.search(text[max(0, m.start() - 30) : m.start()])
        if not prep:
            continue
        year = int(m.group("y"))
        if prep.group(0).split()[0].lower() in ("före", "innan", "inför"):
            # "inför 2024", "före 2025": done before the year begins, by the end of the
            # year before it.
            out.append(_span(m, dt.date(year - 1, 1, 1), dt.date(year - 1, 12, 31), "year"))
            continue
        out.append(_span(m, dt.date(year, 1, 1), dt.date(year, 12, 31), "year"))
    for m in _YEAR_END.finditer(text):
        out.append(_span(m, dt.date(ref.year, 1, 1), dt.date(ref.year, 12, 31), "year"))
    return out


def _cands_relative(text: str, ref: dt.date) -> list[Period]:
    out = []
    for m in _RELATIVE.finditer(text):
        raw = m.group("n").lower()
        n = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
        unit = m.group("unit").lower()
        if unit.startswith("dag"):
            end, precision = ref + dt.timedelta(days=n), "day"
        elif unit.startswith("veck"):
            end, precision = ref + dt.timedelta(weeks=n), "week"
        else:
            end, precision = ref + relativedelta(months=n), "month"
        out.append(_span(m, ref, end, precision))
    for m in _WEEKDAY_ONLY.finditer(text):
        wd = WEEKDAYS[m.group("wd").lower()]
        day = ref + dt.timedelta(days=(wd - ref.weekday() - 1) % 7 + 1)
        out.append(Period(day, day, "day", _clean(m.group(0)), weekday=m.group("wd").lower(),
                          pos=m.start(), stop=m.end()))
    for m in _NEXT_UNIT.finditer(text):
        unit = m.group("unit").lower()
        if unit == "vecka":
            monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=1)
            out.append(_span(m, monday, monday + dt.timedelta(days=WEEK_LAST_DAY), "week"))
        elif unit == "månad":
            first = (ref.replace(day=1) + relativedelta(months=1))
            out.append(_span(m, first, _last_day(first.year, first.month), "month"))
        else:
            out.append(
                _span(m, dt.date(ref.year + 1, 1, 1), dt.date(ref.year + 1, 12, 31), "year")
            )
    return out


#: This coming season without its article: "i höst", "senare i sommar", "i vinter", and
#: "i vår" when no noun follows ("i vår kommun" is "in our municipality").
_SEASON_BARE = re.compile(
    r"(?<![\w-])i\s+(?:(?P<s>höst|sommar|vinter)|vår(?=\s*(?:[.,;:)]|$|\s+(?:och|eller|men|"
    r"samt|ska|skall|kommer|igen|när|då)\b)))(?![\wåäö-])",
    re.IGNORECASE,
)
_SEASON_OF = {"höst": "hösten", "sommar": "sommaren", "vinter": "vintern", "": "våren"}
#: The end of the meeting's month: "i slutet av månaden", "vid månadsskiftet".
_MONTH_END = re.compile(
    r"(?<![\w-])(?:(?:i\s+)?slutet\s+av\s+(?:denna\s+|den\s+här\s+)?månaden|"
    r"(?:vid|till|före|innan)\s+månadsskiftet)(?![\wåäö-])",
    re.IGNORECASE,
)
#: "till sista juni", "senast sista april": the month's last day.
_LAST_OF = re.compile(r"(?<![\w-])sista\s+(?P<mon>" + _MONTH_RE + r")(?![a-zåäö])"
                      r"(?:\s+(?P<y>(?:19|20)\d{2})(?!\d))?", re.IGNORECASE)


_MONTH_WORDS = (
    r"januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
)
#: A sitting named by its month: "till oktobersammanträdet", "vid decembermötet",
#: "på junifullmäktige" – due in that month, the first such month from the meeting.
_MONTH_SITTING = re.compile(
    r"(?<![\w-])(?P<mon>" + _MONTH_WORDS + r")-?(?:sammanträdet|sammanträde|mötet|möte|"
    r"fullmäktige|nämnden|styrelsen|utskottet)(?![\wåäö])"
    r"(?:\s+(?P<y>(?:19|20)\d{2})(?!\d))?",
    re.IGNORECASE,
)
#: A sitting of a body named in the genitive before it: "till styrelsens oktobermöte",
#: "vid fullmäktiges decembersammanträde".
_OWNER_BEFORE = re.compile(r"\b(?:till|vid|på|inför|före|senast|under)\s+[\wåäö-]+s\s+$",
                           re.IGNORECASE)
#: The turn of the half year: "till halvårsskiftet", "vid halvårsskiftet 2025".
_HALF_TURN = re.compile(
    r"(?<![\w-])halvårsskiftet(?:\s+(?P<y>(?:19|20)\d{2})(?!\d))?", re.IGNORECASE
)
#: A school year: "läsåret 2024/25", "under läsåret" – due when it ends, 30 June.
_SCHOOL_YEAR = re.compile(
    r"(?<![\w-])(?:läsåret|läsår)(?:\s+(?P<y1>(?:19|20)\d{2})\s*[/-]\s*(?P<y2>\d{2,4}))?"
    r"(?![\w/-])",
    re.IGNORECASE,
)


def _cands_named_times(text: str, ref: dt.date) -> list[Period]:
    """Sittings named by their month, the turn of the half year, the school year."""
    out = []
    for m in _MONTH_SITTING.finditer(text):
        if not _prep_at(text, m.start()) and not _OWNER_BEFORE.search(
            text, max(0, m.start() - 40), m.start()
        ):
            continue  # "ett bra decembermöte": told of, not a time something is due by
        month = MONTHS[m.group("mon").lower()]
        year = _year(m.group("y")) or _infer_period_year(month, 28, ref)
        out.append(_span(m, dt.date(year, month, 1), _last_day(year, month), "month"))
    for m in _HALF_TURN.finditer(text):
        year = _year(m.group("y")) or (ref.year if ref.month <= 8 else ref.year + 1)
        out.append(_span(m, dt.date(year, 6, 1), dt.date(year, 6, 30), "half_year"))
    for m in _SCHOOL_YEAR.finditer(text):
        if m.group("y1"):
            y2 = m.group("y2")
            end_year = int(y2) if len(y2) == 4 else int(m.group("y1")[:2] + y2)
            if end_year != int(m.group("y1")) + 1:
                continue
        elif not _prep_at(text, m.start()):
            continue  # "läsåret" alone in running text ("läsårets planering")
        else:
            end_year = ref.year + 1 if ref.month >= 7 else ref.year
        out.append(_span(m, dt.date(end_year - 1, 8, 1), dt.date(end_year, 6, 30), "year"))
    return out


def _cands_more(text: str, ref: dt.date) -> list[Period]:
    """Seasons without the article, the end of the meeting's month, a month's last day."""
    out = _cands_named_times(text, ref)
    for m in _SEASON_BARE.finditer(text):
        name = _SEASON_OF[(m.group("s") or "").lower()]
        _, probe_end = _season_bounds(name, "i", "", ref.year)
        year = ref.year + 1 if probe_end < ref - dt.timedelta(days=62) else ref.year
        start, end = _season_bounds(name, "i", "", year)
        out.append(_span(m, start, end, "season"))
    for m in _MONTH_END.finditer(text):
        out.append(_span(m, ref.replace(day=1), _last_day(ref.year, ref.month), "month"))
    for m in _LAST_OF.finditer(text):
        month = MONTHS.get(m.group("mon").lower().rstrip("."))
        if month is None:
            continue
        year = _year(m.group("y")) or infer_year(month, 28, ref)
        day = _last_day(year, month)
        out.append(Period(day, day, "day", _clean(m.group(0)), pos=m.start(), stop=m.end()))
    return out


def _cands_next_meeting(text: str, next_meeting: dt.date | None) -> list[Period]:
    out = []
    for m in NEXT_MEETING.finditer(text):
        if next_meeting is not None:
            out.append(
                Period(next_meeting, next_meeting, "day", _clean(m.group(0)), pos=m.start(),
                       stop=m.end())
            )
        else:
            out.append(
                Period(None, None, "next_meeting", _clean(m.group(0)), pos=m.start(), stop=m.end())
            )
    return out


_LEAD_PREP = re.compile(
    r"(?:^|(?<=\s))(" + _PREP + r"|senast\s+till|senast\s+den|från\s+och\s+med)\s+$",
    re.IGNORECASE,
)
