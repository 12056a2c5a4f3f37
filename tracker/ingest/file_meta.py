"""The file's own metadata: a PDF's document information, a Word file's properties.

Read for one purpose: a protocol whose text gives no year (or no date) may still be
dated by when the file was made, or by a title that names the meeting's date
(:mod:`tracker.extract.meeting_date`).  Metadata is written by whatever program made the
file and is often odd (years 0000 or 1601, dates in the future of the format, titles
full of control characters), so every value is checked and a bad one becomes None:
reading metadata never fails an import.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from tracker.domain import FileMeta

#: Dates outside these years are a program's placeholder, not when the file was made.
_FIRST_YEAR = 1980
_LAST_YEAR = 2200
#: A title longer than this is not a title (and is cut before it is looked at).
_TITLE_CHARS = 300

#: "D:20230512082657+02'00'" (PDF) or "2023-05-12T08:26:57Z" (XMP-style, some producers):
#: only the date is read; the time and zone are left (a year is all the caller needs).
_PDF_DATE = re.compile(r"\s*(?:D:)?(\d{4})-?(\d{2})-?(\d{2})")


def parse_pdf_date(value: object) -> dt.date | None:
    """The date of a PDF date string ("D:YYYYMMDD…"); None for anything else."""
    if not isinstance(value, str):
        return None
    m = _PDF_DATE.match(value[:40])  # bounded: a date is at the start
    if m is None:
        return None
    return _checked(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def _checked(year: int, month: int, day: int) -> dt.date | None:
    if not _FIRST_YEAR <= year <= _LAST_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _date_of(value: object) -> dt.date | None:
    """A python-docx property value (datetime or None) as a checked date."""
    if isinstance(value, dt.datetime | dt.date):
        return _checked(value.year, value.month, value.day)
    return None


def _title(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    # Control characters (a NUL-padded title) become spaces; runs of space one.
    text = "".join(c if c.isprintable() else " " for c in value[:_TITLE_CHARS])
    return " ".join(text.split()) or None


def _meta(created: dt.date | None, modified: dt.date | None, title: str | None) -> FileMeta | None:
    if created is None and modified is None and title is None:
        return None
    return FileMeta(created=created, modified=modified, title=title)


def from_pdf(pdf: Any) -> FileMeta | None:
    """The metadata of an open ``pypdfium2.PdfDocument``; None when it has none."""
    try:
        info = pdf.get_metadata_dict(skip_empty=True)
    except Exception:  # metadata is a hint; a damaged one is no error
        return None
    if not isinstance(info, dict):
        return None
    return _meta(
        parse_pdf_date(info.get("CreationDate")),
        parse_pdf_date(info.get("ModDate")),
        _title(info.get("Title")),
    )


def from_docx(document: Any) -> FileMeta | None:
    """The core properties of an open python-docx document; None when it has none."""
    from docx.opc.constants import RELATIONSHIP_TYPE

    try:
        # Not ``document.core_properties``: for a file without them python-docx makes
        # new ones, "modified" now, and the clock must never date a meeting.
        part = document.part.package.part_related_by(RELATIONSHIP_TYPE.CORE_PROPERTIES)
    except Exception:  # none (KeyError) or a damaged package: no error here
        return None
    try:
        props = part.core_properties
        created, modified, title = props.created, props.modified, props.title
    except Exception:  # a damaged docProps/core.xml is no error
        return None
    return _meta(_date_of(created), _date_of(modified), _title(title))
