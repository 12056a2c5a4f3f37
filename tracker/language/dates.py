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
* A week ("v. 16", "vecka 16", "nästa vecka") is due on its **Sunday**, the end of the
  ISO week: a period is due at its end, and people reading real minutes without our
  rules resolve "v. 16" so (4 of 4 labelled cases).  ``start`` is its Monday; the
  precision ``week`` keeps that it was a week.
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

This module finds the expressions and chooses among overlapping ones; the
:class:`~tracker.language.date_period.Period`, the date words and the year conventions
are in :mod:`tracker.language.date_period`, each written shape's pattern and reader in
:mod:`tracker.language.date_shapes`.  Which of them is a deadline is the extractor's
question (:mod:`tracker.extract.dates`).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re

from dateutil.parser import isoparse

from tracker.domain import due_in_range
from tracker.language.date_period import _PROBES, MONTHS, WEEKDAY_NAMES, Period
from tracker.language.date_shapes import (
    _LEAD_PREP,
    _SEASON,
    _cands_compact,
    _cands_day_month,
    _cands_dotted,
    _cands_iso,
    _cands_month_span,
    _cands_more,
    _cands_next_meeting,
    _cands_numeric,
    _cands_relative,
    _cands_season,
    _cands_tertial,
    _cands_week,
    _cands_year,
    _clean,
)

#: Cheap test before the real patterns: text without a digit or a date word has no date.
_ANY_DATE = re.compile(
    r"\d|nästa|kommande|följande|närmaste|vår|höst|påsk|sommar|vinter|jul|årsskift|halvår|kvartal|"
    r"tertial|året|\bi\s+år\b|innevarande|midsommar|lucia|semest|nyår|jan|feb|mar|apr|maj|jun|aug|sep|okt|nov|dec|veck|"
    r"dag|månad|"
    r"\bvt\b|\bht\b",
    re.IGNORECASE,
)

# Higher rank wins when two candidates overlap and are equally long.
_RANK = {"day": 9, "week": 8, "next_meeting": 7, "months": 6, "month": 5, "tertial": 4,
         "quarter": 4, "half_year": 4, "season": 3, "year": 2}  # fmt: skip


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
    cands += _cands_dotted(text, r)
    cands += _cands_week(text, r)
    cands += _cands_month_span(text, r, strict)
    cands += _cands_season(text, r)
    cands += _cands_tertial(text, r)
    cands += _cands_year(text, r)
    cands += _cands_relative(text, r)
    cands += _cands_more(text, r)
    cands += _cands_next_meeting(text, next_meeting)
    cands += _cands_half(text, r, next_meeting, strict)
    # A year outside 1900–2200 ("senast 9999-12-31") is a typo or a placeholder, not a
    # deadline: such a phrase is not read as a date (the rest of the sentence still is).
    cands = [p for p in cands if _in_range(p)]
    cands.sort(key=lambda p: (-(p.stop - p.pos), -_RANK.get(p.precision, 0), p.pos))
    return [_with_preposition(text, p) for p in _without_overlaps(cands)]


#: "första halvan av hösten", "andra halvan av mars": half of the period named after it.
_HALF_OF = re.compile(r"(?<![\wåäö])(?:(?P<first>första|förra|tidiga)|andra|senare|sista|sena)"
                      r"\s+halvan\s+av\s+(?P<rest>\S+(?:\s+\S+)?)", re.IGNORECASE)


def _middle(start: dt.date, end: dt.date) -> dt.date:
    """The middle of a span of whole months: the 15th of its middle month when it has an
    odd number of months (a month, a season of five), else the end of its first half (a
    year → 30 June)."""
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if months <= 1 or months % 2:
        k = start.month - 1 + months // 2
        return dt.date(start.year + k // 12, k % 12 + 1, 15)
    k = start.month - 1 + months // 2 - 1
    first = dt.date(start.year + k // 12, k % 12 + 1, 1)
    return (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def _cands_half(text: str, r: dt.date, next_meeting: dt.date | None,
                strict: bool) -> list[Period]:
    """A half of a period read whole: the first half is due at its middle, the second
    at its end ("Verkar för ett möte första halvan av hösten")."""
    out = []
    for m in _HALF_OF.finditer(text):
        rest = m.group("rest")
        inner = [p for p in _resolve(f"under {rest}", r, next_meeting, strict)
                 if p.pos <= 6 and p.start is not None and p.end is not None
                 and p.precision != "day"]
        if not inner:
            continue
        p = inner[0]
        middle = _middle(p.start, p.end)
        start, end = (p.start, middle) if m.group("first") else (middle, p.end)
        stop = m.start("rest") + (p.stop - len("under "))
        out.append(dataclasses.replace(p, start=start, end=end, text=text[m.start():stop],
                                       pos=m.start(), stop=stop))
    return out


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


def parse_iso(text: str) -> dt.date | None:
    """A strict ISO date (YYYY-MM-DD) or ``None``."""
    try:
        return isoparse(text.strip()).date()
    except ValueError:
        return None


__all__ = ["find_periods", "parse_iso"]
