"""Swedish date expressions → periods with a granularity.

Minutes say "senast torsdagen den 14 mars kl. 12:00", "i april-maj", "v. 16",
"under våren", "T1 2016", "30/4", "130522" or "till nästa möte".  :func:`find_periods`
finds every such expression in a text and resolves it against the meeting date;
:func:`parse_period` reads one cell or phrase.  A period is due at its end
(:attr:`Period.due`); :attr:`Period.precision` says how exact that is (one of
:data:`tracker.domain.DUE_PRECISIONS`).

Conventions (documented because they are choices, not facts):

* A year that is not written is the meeting's year, or the next year when that date
  would lie more than about two months before the meeting (minutes in November that
  say "i februari" mean next February), or the previous year when it would lie more
  than ten months after it.  Without a meeting date such a phrase keeps its text and
  precision but gets no date: the computer's clock is never asked.
* A week ("v. 16", "vecka 16") is due on its **Friday**: the end of the working week
  in a municipality.  ``start`` is its Monday.
* "före midsommar" → midsommarafton (the Friday between 19 and 25 June).
* "till lucia" → 13 December; "innan/före/inför lucia" → 12 December.
* Seasons follow the school and budget year that municipalities plan by: *våren* =
  1 January–30 June, *sommaren* = 1 June–31 August ("före sommaren" → 30 June,
  "efter sommaren" → 30 September), *hösten* = 1 August–31 December, *vintern* =
  1 December–end of February.  "före jul" → 23 December, "årsskiftet" → 31 December.
  "innan semestern/semestrarna" is read as "före sommaren" (30 June).  "före nyår" →
  31 December; "efter nyår" → January of the next year (due 31 January, precision
  ``month``).
* "i början/mitten/slutet av april" → the 10th, 20th or last day of April.
* Tertials: T1 = January–April, T2 = May–August, T3 = September–December.
* "till nästa möte/sammanträde/APT …" resolves to the next meeting date when the
  caller knows it (precision ``day``), otherwise to no date with precision
  ``next_meeting``.
* A weekday that does not match its date is kept as written and flagged in
  :attr:`Period.weekday_mismatch`; the date is never silently moved.

python-dateutil is used for ISO parsing and for date arithmetic only — never its fuzzy
parser, which reads "vecka 12" as 12 March.
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from dateutil.parser import isoparse
from dateutil.relativedelta import relativedelta

from tracker.domain import due_in_range

MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1,
    "februari": 2, "feb": 2, "febr": 2,
    "mars": 3, "mar": 3,
    "april": 4, "apr": 4,
    "maj": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "augusti": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "måndag": 0, "tisdag": 1, "onsdag": 2, "torsdag": 3, "fredag": 4, "lördag": 5, "söndag": 6,
}  # fmt: skip

WEEKDAY_NAMES = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")

_NUMBER_WORDS = {
    "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7,
    "åtta": 8, "nio": 9, "tio": 10,
}  # fmt: skip

#: Words that name a meeting in "till nästa …".
MEETING_NOUNS = (
    r"möte|mötet|sammanträde|sammanträdet|nämndsammanträde|nämndmöte|APT|APT-möte|"
    r"arbetsplatsträff|förvaltningsgrupp|förvaltningsgruppen|förvaltningsgruppsmöte|FVG|"
    r"FVG-möte|SVG|SVG-möte|samverkansgrupp|samverkansgruppen|samverkansmöte|"
    # A samverkansgrupp by its abbreviation: LSG, CSG, RSG, FSG, ASG …
    r"[A-ZÅÄÖ]{1,3}SG|"
    r"skyddskommitté|skyddskommittén|ledningsgrupp|ledningsgruppsmöte|styrelsemöte|"
    r"träff|tillfälle|avstämning|nämnd|nämnden|gång|råd|rådet|rådsmöte|beredning|beredningen|"
    # Not every compound on -möte: "nästa förhandlingsmöte" is another meeting.
    r"styrgrupp|styrgruppen|styrgruppsmöte|styrgruppsmötet|SG|SG-möte|"
    r"enhetsmöte|enhetsmötet|[A-ZÅÄÖ]{1,3}SG-möte|personalmöte|personalmötet|"
    # a ledningsgrupp by its abbreviation: "Till nästa LG (28/4)"
    r"LG|LG-möte"
)


@dataclass(frozen=True, slots=True)
class Period:
    """A resolved date expression.  ``end`` is the due date; ``None`` when unresolved
    (precision ``next_meeting`` without a known next meeting)."""

    start: dt.date | None
    end: dt.date | None
    precision: str
    text: str
    time: str | None = None  # "12:00" when the phrase gave a time of day
    weekday: str | None = None  # the weekday written in the phrase, if any
    weekday_mismatch: bool = False
    pos: int = 0  # where the phrase starts in the searched text
    stop: int = 0  # where it ends

    @property
    def due(self) -> dt.date | None:
        return self.end


# --- year inference -----------------------------------------------------------------


#: Two meeting dates far apart.  Without a meeting date a phrase is read against both:
#: one that resolves the same way carries its own year ("2024-03-12", "T1 2016"); one that
#: does not ("den 20 mars", "v. 16", "om två veckor") needs the year that is missing and
#: stays unresolved.  The computer's clock is never asked: the result would change with
#: the day the program runs.
_PROBES = (dt.date(2001, 7, 1), dt.date(2011, 1, 15))


def infer_year(month: int, day: int, ref: dt.date) -> int:
    """Year for a day and month written without a year, near the meeting date ``ref``."""
    day = min(day, calendar.monthrange(ref.year, month)[1])
    candidate = dt.date(ref.year, month, day)
    if candidate < ref - dt.timedelta(days=62):
        return ref.year + 1
    if candidate > ref + dt.timedelta(days=305):
        return ref.year - 1
    return ref.year


def _infer_period_year(end_month: int, end_day: int, ref: dt.date) -> int:
    """Year for a period (month, season …) without a year: the one whose end is not
    more than about two months in the past."""
    end = dt.date(ref.year, end_month, min(end_day, calendar.monthrange(ref.year, end_month)[1]))
    if end < ref - dt.timedelta(days=62):
        return ref.year + 1
    return ref.year


def _year(text: str | None) -> int | None:
    if not text:
        return None
    y = int(text)
    if y < 100:
        y += 2000
    return y if 1990 <= y <= 2100 else None


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


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

_DAY_MONTH = re.compile(
    _B + r"(?:(?P<wd>" + _WEEKDAY_RE + r")\s+)?(?:den\s+)?"
    r"(?P<d1>\d{1,2})(?::[ae])?(?:\s*(?:[-–]|och|till)\s*(?P<d2>\d{1,2})(?::[ae])?)?"
    r"\s+(?P<mon>" + _MONTH_RE + r")(?![a-zåäö]|-[a-zåäö])"
    r"(?:\s+(?P<year>(?:19|20)\d{2})(?!\d))?" + _TIME_RE + "?",
    re.IGNORECASE,
)
_ISO = re.compile(
    _B + r"(?:(?P<wd>" + _WEEKDAY_RE + r")\s+)?(?:den\s+)?"
    r"(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-\s*(?P<d>\d{1,2})(?!\d)" + _TIME_RE + "?",
    re.IGNORECASE,
)
_NUMERIC = re.compile(
    _B + r"(?:(?P<wd>" + _WEEKDAY_RE + r")\s+)?(?:den\s+)?"
    r"(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:[-/](?P<y>(?:19|20)?\d{2}))?" + _E
    # "13/2 2024": a year after a space, as headers of bullet notes write it.
    + r"(?:\s+(?P<y2>(?:19|20)\d{2})(?![\d/-]))?" + _TIME_RE + "?",
    re.IGNORECASE,
)
_COMPACT = re.compile(r"(?<![\w./-])(?P<y>(?:19|20)?\d{2})(?P<m>\d{2})(?P<d>\d{2})(?![\w./-])")
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
    r"(?:\s+(?:månad\s+)?(?P<y>(?:19|20)\d{2})(?!\d))?",
    re.IGNORECASE,
)
_SEASON = re.compile(
    r"(?:(?P<part>början|slutet)\s+av\s+)?"
    r"(?<![\w-])(?P<season>våren|vårterminen|vårvintern|försommaren|sommaren|"
    r"sensommaren|hösten|höstterminen|vintern|jul|julen|årsskiftet|midsommar|midsommarafton|"
    r"midsommaren|semestern|semestrarna|semestertiden|nyår|nyåret|lucia|luciadagen|vt|ht)"
    r"(?![\w-])"
    r"(?:\s+(?P<y>(?:19|20)?\d{2})(?!\d))?",
    re.IGNORECASE,
)
_TERTIAL = re.compile(
    _B + r"(?:(?:T|tertial\s*)(?P<t>[123])|"
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
    r"(?:under|till|senast|före|innan|inom|i\s+slutet\s+av|under\s+år|till\s+år|"
    r"fortsätter\s+under|klart\s+under|vid\s+utgången\s+av|sista\s+sammanträde|"
    r"sista\s+sammanträdet|sista\s+möte|sista\s+mötet)\s+$",
    re.IGNORECASE,
)
_YEAR_END = re.compile(
    r"(?<![\w-])(?:årets\s+slut|slutet\s+av\s+året|utgången\s+av\s+året|"
    r"året\s+ut)(?![\w])",
    re.IGNORECASE,
)
_NEXT_MEETING = re.compile(
    r"(?<![\w-])(?:nästa|kommande|nästkommande|följande|närmaste|nästföljande)\s+"
    r"(?P<noun>" + MEETING_NOUNS + r")(?![\w-])",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r"(?P<prep>inom|om)\s+(?P<n>\d{1,2}|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio)\s+"
    r"(?P<unit>dagar|dag|veckor|vecka|månader|månad)(?![\w])",
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
        year = _year(m.group("year")) or infer_year(month, min(last, 28), ref)
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


def _cands_numeric(text: str, ref: dt.date) -> list[Period]:
    out = []
    for m in _NUMERIC.finditer(text):
        d, mo = int(m.group("d")), int(m.group("m"))
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            continue
        year = _year(m.group("y") or m.group("y2")) or infer_year(mo, min(d, 28), ref)
        day = _safe_date(year, mo, d)
        if day is None:
            continue
        out.append(_day_period(m, day, m.group("wd"), _time(m.group("th"), m.group("tm"))))
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


def _iso_week(year: int, week: int) -> tuple[dt.date, dt.date] | None:
    try:
        monday = dt.date.fromisocalendar(year, week, 1)
    except ValueError:
        return None
    return monday, monday + dt.timedelta(days=4)


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
        year = _year(m.group("y"))
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
    elif name.startswith("semest"):
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
                    "luciadagen") and prep not in (
            "före", "innan", "inför", "till", "senast", "till och med", "runt", "kring", "vid"
        ):
            continue
        if not prep and not m.group("y") and name not in ("vt", "ht"):
            continue
        part = (m.group("part") or "").lower()
        year = _year(m.group("y"))
        if year is None:
            _, probe_end = _season_bounds(name, prep, part, ref.year)
            year = ref.year + 1 if probe_end < ref - dt.timedelta(days=62) else ref.year
        start, end = _season_bounds(name, prep, part, year)
        precision = "year" if name == "årsskiftet" else "season"
        if name.startswith("nyår"):
            precision = "month" if prep == "efter" else "year"
        if name.startswith(("midsommar", "lucia")):
            precision = "day"
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
        if not _YEAR_PREP.search(text[max(0, m.start() - 30) : m.start()]):
            continue
        year = int(m.group("y"))
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
    for m in _NEXT_UNIT.finditer(text):
        unit = m.group("unit").lower()
        if unit == "vecka":
            monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=1)
            out.append(_span(m, monday, monday + dt.timedelta(days=4), "week"))
        elif unit == "månad":
            first = (ref.replace(day=1) + relativedelta(months=1))
            out.append(_span(m, first, _last_day(first.year, first.month), "month"))
        else:
            out.append(
                _span(m, dt.date(ref.year + 1, 1, 1), dt.date(ref.year + 1, 12, 31), "year")
            )
    return out


def _cands_next_meeting(text: str, next_meeting: dt.date | None) -> list[Period]:
    out = []
    for m in _NEXT_MEETING.finditer(text):
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


#: Cheap test before the real patterns: text without a digit or a date word has no date.
_ANY_DATE = re.compile(
    r"\d|nästa|kommande|följande|närmaste|vår|höst|sommar|vinter|jul|årsskift|halvår|kvartal|"
    r"tertial|året|midsommar|lucia|semest|nyår|jan|feb|mar|apr|maj|jun|aug|sep|okt|nov|dec|veck|"
    r"dag|månad|"
    r"\bvt\b|\bht\b",
    re.IGNORECASE,
)

# Higher rank wins when two candidates overlap and are equally long.
_RANK = {"day": 9, "week": 8, "next_meeting": 7, "months": 6, "month": 5, "tertial": 4,
         "quarter": 4, "half_year": 4, "season": 3, "year": 2}  # fmt: skip

_LEAD_PREP = re.compile(
    r"(?:^|(?<=\s))(" + _PREP + r"|senast\s+till|senast\s+den|från\s+och\s+med)\s+$",
    re.IGNORECASE,
)


def find_periods(
    text: str,
    ref: dt.date | None = None,
    next_meeting: dt.date | None = None,
    *,
    strict: bool = True,
) -> list[Period]:
    """Every date expression in ``text``, left to right, without overlaps.

    ``ref`` is the meeting date (years and relative phrases resolve against it);
    ``next_meeting`` resolves "till nästa möte".  ``strict`` refuses bare month words
    in running text ("mars" without "i", a day or a year); cells pass ``False``.
    """
    if not text:
        return []
    if "-" in text and (joined := _rejoin_hyphenated(text)) is not None:
        # "efter som-maren": a text export that keeps the typesetter's hyphens; read the
        # word whole and give the positions in the text as written.
        fixed, where = joined
        return [dataclasses.replace(p, text=text[where[p.pos]:where[p.stop - 1] + 1],
                                    pos=where[p.pos], stop=where[p.stop - 1] + 1)
                for p in _find_periods(fixed, ref, next_meeting, strict)]
    return _find_periods(text, ref, next_meeting, strict)


#: A word broken by a hyphen inside it ("som-maren", "novem-ber"): rejoined only when the
#: whole word is a date word, so "e-post", "halv-års" and names stay as written.
_HYPHENATED = re.compile(r"(?<![\w-])([a-zåäö]+)-([a-zåäö]+)(?![\w-])", re.IGNORECASE)


def _date_word(word: str) -> bool:
    w = word.lower()
    return (
        (w in MONTHS and len(w) > 4)
        or bool(_SEASON.fullmatch(w))
        or w in ("mitten", "början", "slutet", "utgången", "halvåret", "kvartalet", "tertialet")
        or w.removesuffix("en") in WEEKDAY_NAMES  # "fre-dagen"
    )


def _rejoin_hyphenated(text: str) -> tuple[str, list[int]] | None:
    out: list[str] = []
    where: list[int] = []
    last = 0
    for m in _HYPHENATED.finditer(text):
        if not _date_word(m.group(1) + m.group(2)):
            continue
        out.append(text[last:m.start(2) - 1])
        where.extend(range(last, m.start(2) - 1))
        last = m.start(2)
    if not out:
        return None
    out.append(text[last:])
    where.extend(range(last, len(text)))
    return "".join(out), where


def _find_periods(
    text: str, ref: dt.date | None, next_meeting: dt.date | None, strict: bool
) -> list[Period]:
    if not _ANY_DATE.search(text):
        return []
    if ref is None:
        return _without_year(text, next_meeting, strict)
    return _resolve(text, ref, next_meeting, strict)


_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _without_year(text: str, next_meeting: dt.date | None, strict: bool) -> list[Period]:
    """The periods of ``text`` when no meeting date is known: those that need a year keep
    their phrase and precision but get no dates (``end`` None)."""
    first = _resolve(text, _PROBES[0], next_meeting, strict)
    if all(_WRITTEN_YEAR.search(p.text) for p in first):
        return first  # each phrase carries its year ("2024-03-12", "T1 2016")
    second = _resolve(text, _PROBES[1], next_meeting, strict)
    other = {(p.pos, p.stop, p.precision): p for p in second}
    out = []
    for p in first:
        q = other.get((p.pos, p.stop, p.precision))
        if q is None or (q.start, q.end) == (p.start, p.end):
            out.append(p)
        else:
            out.append(dataclasses.replace(p, start=None, end=None, weekday_mismatch=False))
    return out


def _resolve(
    text: str, r: dt.date, next_meeting: dt.date | None, strict: bool
) -> list[Period]:
    cands: list[Period] = []
    cands += _cands_day_month(text, r)
    cands += _cands_iso(text, r)
    cands += _cands_numeric(text, r)
    cands += _cands_compact(text, r)
    cands += _cands_week(text, r)
    cands += _cands_month_span(text, r, strict)
    cands += _cands_season(text, r)
    cands += _cands_tertial(text, r)
    cands += _cands_year(text, r)
    cands += _cands_relative(text, r)
    cands += _cands_next_meeting(text, next_meeting)
    # A year outside 1900–2200 ("senast 9999-12-31") is a typo or a placeholder, not a
    # deadline: such a phrase is not read as a date (the rest of the sentence still is).
    cands = [p for p in cands if _in_range(p)]
    cands.sort(key=lambda p: (-(p.stop - p.pos), -_RANK.get(p.precision, 0), p.pos))
    return [_with_preposition(text, p) for p in _without_overlaps(cands)]


def _in_range(p: Period) -> bool:
    return due_in_range(p.end) and due_in_range(p.start)


def _without_overlaps(cands: list[Period]) -> list[Period]:
    """Keep each candidate (in the given order of preference) that overlaps none kept
    before it; the kept ones in text order.

    The kept spans never overlap, so they are held sorted by position and a candidate
    needs comparing with its two neighbours only (binary search).  Comparing it with
    every kept span made a 1 MB line with ~50,000 dates take a minute (quadratic)."""
    starts: list[int] = []
    chosen: list[Period] = []
    for cand in cands:
        i = bisect.bisect_right(starts, cand.pos)
        if i and chosen[i - 1].stop > cand.pos:
            continue
        if i < len(chosen) and chosen[i].pos < cand.stop:
            continue
        starts.insert(i, cand.pos)
        chosen.insert(i, cand)
    return chosen


def _with_preposition(text: str, p: Period) -> Period:
    """Widen the phrase to a preposition right before it ("senast", "till", "i" …) so
    that due_text reads as written: "senast torsdagen den 14 mars kl. 12:00"."""
    head = text[max(0, p.pos - 24) : p.pos]
    m = _LEAD_PREP.search(head)
    if not m or p.text.lower().startswith(m.group(1).lower()):
        return p
    pos = p.pos - (len(head) - m.start(1))
    return Period(
        p.start, p.end, p.precision, _clean(text[pos : p.stop]), p.time, p.weekday,
        p.weekday_mismatch, pos, p.stop,
    )


_DUE_CUE = re.compile(
    r"^(?:senast|till|före|innan|inom|klart|klar|t\.o\.m|tom|till och med|per)\b", re.IGNORECASE
)


def due_fields(period: Period | None) -> dict[str, Any]:
    """A candidate's ``due``, ``due_text`` and ``due_precision`` from a resolved period
    (all None without one): ``Candidate(…, **due_fields(period))``."""
    if period is None:
        return {"due": None, "due_text": None, "due_precision": None}
    return {"due": period.end, "due_text": period.text, "due_precision": period.precision}


def is_cued(period: Period) -> bool:
    """The phrase is introduced as a deadline ("senast 30/4", "till v. 12", "före jul")."""
    return bool(_DUE_CUE.match(period.text))


def pick_due(periods: list[Period]) -> Period | None:
    """The period that most likely is a deadline: one introduced by "senast", "till",
    "före" … wins; otherwise the last one (deadlines close a sentence)."""
    if not periods:
        return None
    cued = [p for p in periods if _DUE_CUE.match(p.text)]
    return (cued or periods)[-1]


def parse_period(
    text: str, ref: dt.date | None = None, next_meeting: dt.date | None = None
) -> Period | None:
    """Read one cell or phrase ("30/4", "v. 16", "april", "Q2 2024") as a period.

    Bare month names are accepted here (a "När" cell that says "april" means April).
    """
    return pick_due(find_periods(text, ref, next_meeting, strict=False))


def parse_iso(text: str) -> dt.date | None:
    """A strict ISO date (YYYY-MM-DD) or ``None``."""
    try:
        return isoparse(text.strip()).date()
    except ValueError:
        return None


__all__ = [
    "MONTHS",
    "WEEKDAYS",
    "Period",
    "find_periods",
    "infer_year",
    "parse_iso",
    "parse_period",
    "pick_due",
]
