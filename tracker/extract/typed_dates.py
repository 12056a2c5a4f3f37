"""Dates as people type them into a date field: the project's Swedish date parser
(:func:`tracker.extract.dates.parse_period`) over the whole text, plus the few words a
document never uses for a deadline ("idag", "imorgon") and the words for no date."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from tracker.extract.dates import parse_period

#: Words that mean "no date" in a date field (besides an empty field).
_NO_DATE_WORDS = {"ingen", "inget", "inget datum", "-", "–", "—"}
#: Words for today and tomorrow, which the document parser leaves alone (a document
#: never means the day it is read).
_RELATIVE_DAYS = {"idag": 0, "i dag": 0, "imorgon": 1, "i morgon": 1, "i övermorgon": 2}
_WEEKDAY_ABBR = {
    "mån": 0, "tis": 1, "ons": 2, "tor": 3, "fre": 4, "lör": 5, "sön": 6,
}  # fmt: skip
_LEADING_WEEKDAY = re.compile(
    r"^\s*(mån|tis|ons|tors?|fre|lör|sön)(?:dag(?:en)?)?\.?\s+(?=\d)", re.IGNORECASE
)


@dataclass(frozen=True)
class TypedDate:
    """What a date field's text means: ``ok`` False when it could not be read;
    ``value`` None for "no date"; ``precision`` as in the parser ("day", "week",
    "month" …); ``weekday_mismatch`` when a written weekday does not fit the date."""

    ok: bool
    value: dt.date | None = None
    precision: str | None = None
    weekday_mismatch: bool = False


def parse_typed_date(text: str, ref: dt.date | None = None) -> TypedDate:
    """Read what someone typed in a date field with the project's Swedish date parser
    (:func:`tracker.extract.dates.parse_period`): "2024-05-14", "14/5", "14 maj",
    "fre 17 maj", "v. 20", "i maj", "idag"; empty or "ingen" clears.  A year that is not
    written is the one near ``ref`` (the meeting's date; default today)."""
    clean = " ".join(text.split()).strip()
    low = clean.lower()
    if not clean or low in _NO_DATE_WORDS:
        return TypedDate(True, None)
    base = ref or dt.date.today()
    if low in _RELATIVE_DAYS:
        return TypedDate(True, base + dt.timedelta(days=_RELATIVE_DAYS[low]), "day")
    weekday = None
    m = _LEADING_WEEKDAY.match(clean)
    if m:
        weekday = _WEEKDAY_ABBR[m.group(1).lower()[:3]]
        clean = clean[m.end() :]
    period = parse_period(clean, base)
    if period is None or period.end is None:
        return TypedDate(False)
    # The whole text must be the date: "14 maj och sen" or "15 mars 2027x" is not one.
    rest = clean.lower().replace(period.text.lower(), " ", 1)
    if re.search(r"\w", rest):
        return TypedDate(False)
    mismatch = period.weekday_mismatch or (weekday is not None and period.end.weekday() != weekday)
    return TypedDate(True, period.end, period.precision, mismatch)
