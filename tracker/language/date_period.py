"""What a Swedish date expression resolves to, and the words dates are written with: the
:class:`Period` (start, due end, precision), the month, weekday, number and meeting
words, and the year a date written without one belongs to (the conventions in
:mod:`tracker.language.dates`).  Shared by the date shapes and the date finder.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

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
    r"styrelsemötet|styrelsesammanträde|styrelsesammanträdet|"
    # The same forum meeting by telephone or video: "Nästa telefonmöte: söndag 140526".
    r"telefonmöte|telefonmötet|videomöte|videomötet|"
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
    # (a year written whole is that year, an old one too: "3/9 1987"; a short one is
    # read in this century)
    return y if (1900 if len(text) == 4 else 1990) <= y <= 2100 else None


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
