"""What an import will do and what it did: the plan the review dialog and the command
line show and edit (:class:`ImportPlan` of :class:`PlanEntry`), and the result of
applying it (:class:`ImportResult`).  The rules that make and apply a plan are in
:mod:`tracker.services.balance`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from tracker.domain import Candidate, Extraction
from tracker.store.models import NotTakenRow

ACTIONS = ("new", "update", "close")
ACTION_LABELS = {"new": "ny punkt", "update": "uppdaterar", "close": "stänger"}


@dataclass(slots=True)
class PlanEntry:
    """What importing one candidate will do.  The GUI may change every field."""

    candidate: Candidate
    action: str  # one of ACTIONS
    match_id: int | None = None
    match_title: str | None = None
    score: float = 0.0
    alternatives: list[tuple[int, str, float]] = field(default_factory=list)
    accepted: bool = True
    #: The matched item's version when planned: applying refuses if it moved on.
    match_version: int | None = None
    #: The matched item's due date when planned (to show "senast: gammalt → nytt").
    match_due: dt.date | None = None
    #: Added by the secretary in the review (see :mod:`tracker.services.manual`), not
    #: found by the extractor; its history says so (code ``added_by_hand``).
    manual: bool = False
    #: The link is below the safe score (or two items score alike): never applied
    #: without the secretary's word; ``options`` are offered to pick from.
    unsure: bool = False
    #: The open items this passage may speak of, best first: (id, title, score, reason).
    options: list[tuple[int, str, float, str]] = field(default_factory=list)
    #: Why the chosen item was linked (Swedish: "samma dnr (SN 2024/31); ord: …").
    reason: str = ""
    #: A passage found beside the extractor's items ("Skyddsronder: … avförs"): it only
    #: updates or closes an item, it never becomes one.
    mention: bool = False
    #: Of the ids among ``match_id``, ``options`` and ``alternatives`` that are no items
    #: but candidates an earlier import did not take (negative ids, see
    #: :mod:`tracker.services.not_taken`): when they were offered ("2024-03-01", or the
    #: document's name when it had no date).
    offered_on: dict[int, str] = field(default_factory=dict)

    def target_text(self, item_id: int | None = None) -> str:
        """Swedish: what an id of this entry names: "punkt 12", or "ej tagen punkt från
        2024-03-01" for a candidate an earlier import did not take."""
        item_id = self.match_id if item_id is None else item_id
        if item_id is not None and item_id < 0:
            return f"ej tagen punkt från {self.offered_on.get(item_id, '?')}"
        return f"punkt {item_id}"

    def describe(self) -> str:
        """Swedish one-liner: "ny punkt", "uppdaterar punkt 12 (…)", "stänger punkt 12",
        "tar upp och stänger ej tagen punkt från 2024-03-01 (…)"."""
        if self.action == "new":
            return "ny punkt" + (" (liknar befintlig – kontrollera)" if self.unsure else "")
        if self.match_id is None:
            return "avslutar en punkt som inte hittades i balanslistan"
        verb = ACTION_LABELS.get(self.action, self.action)
        if self.match_id < 0:
            verb = f"tar upp och {verb}"
        title = f" ({_short(self.match_title, 40)})" if self.match_title else ""
        unsure = f", osäker {self.score:.0f} %" if self.unsure else ""
        return f"{verb} {self.target_text()}{title}{unsure}"


@dataclass(slots=True)
class ImportPlan:
    extraction: Extraction
    body: str | None
    already_imported: bool
    existing_document_id: int | None
    entries: list[PlanEntry] = field(default_factory=list)
    #: When the identical file was imported before (ISO time), if it was.
    existing_imported_at: str | None = None
    #: The year a long-past follow-up report is about (its overdue items are left
    #: unchecked; see :mod:`tracker.services.report_review`), else None.
    past_year: int | None = None
    #: The forum's candidates earlier imports did not take, that this plan's entries may
    #: link, by their (negative) ids (:mod:`tracker.services.not_taken`).
    not_taken: dict[int, NotTakenRow] = field(default_factory=dict)

    @property
    def message(self) -> str | None:
        """Swedish notice for an already imported file (None otherwise)."""
        if not self.already_imported:
            return None
        when = (self.existing_imported_at or "")[:10]
        return (
            f"Dokumentet är redan importerat ({when}). Inget ändras."
            if when
            else "Dokumentet är redan importerat. Inget ändras."
        )

    @property
    def past_notice(self) -> str | None:
        """Swedish notice for a long-past follow-up report (None otherwise)."""
        if self.past_year is None:
            return None
        return (
            f"Rapporten gäller {self.past_year}: punkter vars slutdatum har passerat är "
            "inte förvalda."
        )

    def counts(self) -> dict[str, int]:
        out = {a: 0 for a in ACTIONS}
        for e in self.entries:
            if e.accepted and (e.action == "new" or e.match_id is not None):
                out[e.action] += 1
        return out


@dataclass(slots=True)
class ImportResult:
    document_id: int | None
    meeting_id: int | None
    created: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    closed: list[int] = field(default_factory=list)
    already_imported: bool = False
    skipped: int = 0
    #: Items made of candidates an earlier import did not take (also in ``updated`` or
    #: ``closed``).
    taken_up: list[int] = field(default_factory=list)
    #: Candidates of this document that were not taken, kept for later minutes.
    kept_not_taken: int = 0

    def summary(self) -> str:
        if self.already_imported:
            return "Dokumentet är redan importerat. Inget ändrades."
        return (
            f"{len(self.created)} nya, {len(self.updated)} uppdaterade, "
            f"{len(self.closed)} stängda punkter"
            + (f", {self.skipped} hoppades över" if self.skipped else "")
            + (f"; {len(self.taken_up)} av dem togs upp från tidigare ej tagna"
               if self.taken_up else "")
            + "."
        )


def _short(text: str | None, n: int = 60) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"
