"""The meeting's date from outside its text: the file's name, the document's title
property and its creation date, and a date written without a year placed in the year
one of those gives ("12 maj" in "Protokoll 2023-05.docx").  Only used when the text
itself gives no date, always with a warning (:mod:`tracker.extract.minutes`).
"""

from __future__ import annotations

import datetime as dt
import re

from tracker.extract.meeting_date import _LEAP_PROBE, _days
from tracker.language.dates import find_periods


def date_from_file_name(name: str) -> dt.date | None:
    """The meeting's date from the file's name when the text gives none ("Protokoll KS
    2023-05-12.pdf", "protokoll_styrelsen_20230512.docx", "230512 Styrelsemöte.pdf"): the
    one date with its year the name holds; None for none or several."""
    stem = name.rsplit(".", 1)[0] if "." in name else name
    stem = " ".join(stem.replace("_", " ").split())
    found = {p.end for p in _days(stem) if p.end is not None}
    return found.pop() if len(found) == 1 else None


#: A title made from the file's name ("Microsoft Word - Protokoll 2023-05-12.docx").
_TITLE_SUFFIX = re.compile(r"\.(?:docx?|pdf|odt|rtf|txt)$", re.IGNORECASE)


def date_in_title(title: str | None) -> dt.date | None:
    """The meeting's date from the title the file's metadata gives ("Protokoll KS
    2023-05-12"): the one date with its year it holds; None for none or several."""
    if not title:
        return None
    text = " ".join(_TITLE_SUFFIX.sub("", title.strip()).replace("_", " ").split())
    found = {p.end for p in _days(text) if p.end is not None}
    return found.pop() if len(found) == 1 else None


def yearless_near(phrase: str, created: dt.date | None,
                  modified: dt.date | None = None) -> dt.date | None:
    """A meeting date written without its year ("Protokoll 14 mars") in the year that
    puts it nearest the file's creation date: a protocol is typed on or shortly after
    the meeting day (14 december in a file made 8 January is last year's).  When the
    modification date puts it in another year (a file reused from an older protocol
    keeps its old creation date) no year is given: better none than a wrong one."""
    if created is None:
        return None
    probe = find_periods(phrase, _LEAP_PROBE)
    if not probe or probe[0].end is None:
        return None
    day = probe[0].end

    def nearest(to: dt.date) -> dt.date | None:
        options = []
        for year in (to.year - 1, to.year, to.year + 1):
            try:
                options.append(day.replace(year=year))
            except ValueError:  # 29 February
                continue
        return min(options, key=lambda d: (abs((d - to).days), d > to), default=None)

    got = nearest(created)
    if modified is not None and nearest(modified) != got:
        return None
    return got


def yearless_in_file_year(phrase: str, name: str) -> dt.date | None:
    """A meeting date written without its year ("Protokoll 14 mars") in the one year the
    file's name holds ("Styrelsen 2023.docx"); None when the name holds no year or
    several."""
    return _in_the_year_of(phrase, name.rsplit(".", 1)[0] if "." in name else name)


def yearless_in_title_year(phrase: str, title: str | None) -> dt.date | None:
    """The same for the title the file's metadata gives ("Protokoll styrelsen 2023")."""
    return _in_the_year_of(phrase, _TITLE_SUFFIX.sub("", title.strip())) if title else None


def _in_the_year_of(phrase: str, stem: str) -> dt.date | None:
    years = set(re.findall(r"(?<!\d)((?:19|20)\d{2})(?!\d)", stem))
    if len(years) != 1:
        return None
    probe = find_periods(phrase, _LEAP_PROBE)
    if not probe or probe[0].end is None:
        return None
    try:
        return probe[0].end.replace(year=int(years.pop()))
    except ValueError:
        return None
