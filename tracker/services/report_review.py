"""How a follow-up report's plan is offered for review: its entries grouped by the
responsible body and then by the goal (section) they stand under, and a report whose
period is long past flagged ("rapporten gäller 2015") with its overdue activities left
unchecked, so that importing an old report does not flood the balance list with items
that were due years ago.

Used by :func:`tracker.services.balance.plan_import`; minutes' plans are left as they
are (their order is the meeting's).
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol, TypeVar

from tracker.domain import Candidate, Extraction


class PlanEntry(Protocol):
    """What is read of :class:`tracker.services.balance.PlanEntry` (which imports this
    module, so it is not imported here)."""

    candidate: Candidate
    action: str
    accepted: bool


E = TypeVar("E", bound=PlanEntry)

#: A report dated longer ago than this is long past.
PAST_AFTER = dt.timedelta(days=365)


def past_report_year(extraction: Extraction, today: dt.date | None = None) -> int | None:
    """The year a follow-up report is about, when its date is more than a year before
    ``today``; None for minutes, an undated report or a recent one."""
    date = extraction.meeting.date
    if extraction.document.kind != "report" or date is None:
        return None
    today = today or dt.date.today()
    return date.year if date < today - PAST_AFTER else None


def group_report_entries(entries: list[E]) -> list[E]:
    """The entries grouped by owner (the responsible body), then by section (the goal),
    each group where its first entry stood; within a group the report's order.  The
    possible items (shown unchecked, last) stay after the others."""
    sure = [e for e in entries if e.candidate.tier != "possible"]
    possible = [e for e in entries if e.candidate.tier == "possible"]
    owners: dict[str, int] = {}
    sections: dict[tuple[str, str], int] = {}
    for e in sure:
        owner = (e.candidate.owner or "").casefold()
        owners.setdefault(owner, len(owners))
        sections.setdefault((owner, e.candidate.section or ""), len(sections))

    def key(e: E) -> tuple[int, int]:
        owner = (e.candidate.owner or "").casefold()
        return owners[owner], sections[(owner, e.candidate.section or "")]

    return sorted(sure, key=key) + possible


def hold_back_overdue(entries: list[PlanEntry], year: int, today: dt.date | None = None) -> int:
    """Leave unchecked the new items of a long-past report that were due before
    ``today`` (the reviewer may still check them); returns how many."""
    today = today or dt.date.today()
    held = 0
    for e in entries:
        c = e.candidate
        if e.action == "new" and e.accepted and c.due is not None and c.due < today:
            e.accepted = False
            c.reasons.append(
                f"rapporten gäller {year}: slutdatumet {c.due.isoformat()} har passerat"
            )
            held += 1
    return held


__all__ = ["PAST_AFTER", "group_report_entries", "hold_back_overdue", "past_report_year"]
