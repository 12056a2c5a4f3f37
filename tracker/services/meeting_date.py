"""The meeting date the secretary gives when importing: in review when the document did
not say it (or not its year), or ``tracker import --date``.  The plan's meeting takes the
date, and the due dates the document wrote without a year ("senast 13 maj", "i mars",
"till nästa möte") are read again against it; a date written with its year stays as it
was, and so does a due date the secretary has edited.

The extractor never takes a year from the clock (:mod:`tracker.extract.meeting_date`):
without a meeting date such a phrase keeps its text but no date, and the review asks for
the meeting date.  This module is the other half of that."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from dataclasses import dataclass

from tracker.domain import Candidate, Document, due_in_range
from tracker.extract.dates import parse_period
from tracker.extract.typed_dates import parse_typed_date
from tracker.language.date_period import _PROBES
from tracker.language.dates import parse_iso
from tracker.services.plan import ImportPlan

_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


@dataclass(frozen=True, slots=True)
class Resolved:
    """A candidate's due date read again against the given meeting date."""

    due: dt.date
    precision: str


def read_meeting_date(text: str) -> dt.date | None:
    """A meeting date as typed: "2024-03-12", or a Swedish date with its year ("12 mars
    2024", "12/3 2024"); None for anything else (a meeting date needs its year: that is
    what the document lacked)."""
    clean = " ".join(text.split())
    day = parse_iso(clean) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", clean) else None
    if day is None and _WRITTEN_YEAR.search(clean):
        typed = parse_typed_date(clean, _PROBES[0])
        day = typed.value if typed.ok and typed.precision == "day" else None
    return day if day is not None and due_in_range(day) else None


def resolve_due(
    c: Candidate, meeting_date: dt.date, next_meeting: dt.date | None = None
) -> Resolved | None:
    """The due date of ``c``'s written phrase (``due_text``) read against
    ``meeting_date``, when that phrase depends on the meeting date (no year of its own,
    "till nästa möte") and it now gives a date other than the candidate has; else None."""
    text = c.due_text
    if not text:
        return None
    now = parse_period(text, meeting_date, next_meeting)
    if now is None or now.end is None:
        return None
    # Read with two far-apart meeting dates and no next meeting: a phrase with its own
    # year reads alike; one without, or "till nästa möte", does not (or has no date).
    a, b = (parse_period(text, ref) for ref in _PROBES[:2])
    depends = a is None or b is None or a.end is None or a.end != b.end
    if not depends or (now.end, now.precision) == (c.due, c.due_precision):
        return None
    return Resolved(now.end, now.precision)


def set_meeting_date(
    plan: ImportPlan,
    day: dt.date,
    *,
    document: Document | None = None,
    keep: Collection[int] = (),
) -> list[Candidate]:
    """Give the plan's meeting the date ``day`` and read the candidates' due dates
    written without a year again against it (all but those whose ``id()`` is in
    ``keep``: due dates the secretary edited).  With ``document`` (the read document), a
    next meeting written without a year gets its date too, so "till nästa möte"
    resolves.  Returns the candidates whose due date changed."""
    meeting = plan.extraction.meeting
    meeting.date = day
    if document is not None and (meeting.next_meeting is None or meeting.next_meeting <= day):
        from tracker.extract.meeting import next_meeting_in

        meeting.next_meeting = next_meeting_in(document, day, meeting.body)
    changed = []
    for c in plan_candidates(plan):
        if id(c) in keep:
            continue
        new = resolve_due(c, day, meeting.next_meeting)
        if new is not None:
            c.due, c.due_precision = new.due, new.precision
            changed.append(c)
    return changed


def plan_candidates(plan: ImportPlan) -> list[Candidate]:
    """The plan's candidates, each once: its entries' and the extraction's."""
    seen: dict[int, Candidate] = {}
    for c in [e.candidate for e in plan.entries] + plan.extraction.items + plan.extraction.possible:
        seen.setdefault(id(c), c)
    return list(seen.values())
