"""Row types the store hands out (items, history events, meetings, documents) and the
status vocabulary of the balance list.

These are plain, immutable-by-convention dataclasses: the GUI and the services read them,
and change the database only through :class:`tracker.store.Store` or the services, so
that every change gets a history event and a version check.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

#: Status values of a balance-list item.  ``done`` = the work is finished or the question
#: answered; ``struck`` = avförd: taken off the list without being done (no longer
#: relevant, withdrawn, merged into another item).
STATUSES = ("open", "done", "struck")

#: Status of an item whose adding was undone (added by mistake).  Items are never
#: deleted, so it stays in the database with its history, but no list, count, export or
#: import match shows it.  Not one of STATUSES: no filter or edit can choose it; only
#: ``balance.remove_item`` and ``balance.restore_item`` move an item in and out of it.
REMOVED = "removed"

STATUS_LABELS: dict[str, str] = {
    "open": "öppen",
    "done": "klar",
    "struck": "avförd",
    REMOVED: "borttagen",
}

#: Swedish names of the item fields, for history lines and messages.
FIELD_LABELS: dict[str, str] = {
    "title": "rubrik",
    "text": "text",
    "kind": "typ",
    "status": "status",
    "owner": "ansvarig",
    "raised_by": "väckt av",
    "due": "senast",
    "due_text": "tidsangivelse",
    "due_precision": "datumprecision",
    "start": "start",
    "deviation": "avvikelse",
    "body": "forum",
    "section": "avsnitt",
    "created": "skapad",
    "discussed": "behandlad",
    "note": "anteckning",
}

#: Swedish names of the item kinds (see ``tracker.domain.ITEM_KINDS``).
KIND_LABELS: dict[str, str] = {
    "carried_over": "kvarstående fråga",
    "referred": "hänskjuten fråga",
    "awaiting_reply": "inväntar svar",
    "tabled": "bordlagt",
    "sent_back": "återremitterat",
    "assignment": "uppdrag",
    "follow_up": "uppföljning",
    "action": "åtgärd",
    "balance_row": "balanslistepunkt",
    "closing": "avslut",
    "activity": "aktivitet",
    "goal_deviation": "målavvikelse",
    "indicator_deviation": "indikatoravvikelse",
}

#: Fields a user (or an import) may change through ``update_item``.
EDITABLE_FIELDS = (
    "title",
    "text",
    "kind",
    "status",
    "owner",
    "raised_by",
    "due",
    "due_text",
    "due_precision",
    "start",
    "deviation",
    "body",
    "section",
)

#: Fields that hold a date (``datetime.date`` in Python, ISO text in SQLite).
DATE_FIELDS = frozenset({"due", "start"})


@dataclass(slots=True)
class ItemRow:
    """One item of the balance list as stored, with its source document's name."""

    id: int
    title: str
    text: str
    kind: str
    status: str
    owner: str | None
    raised_by: str | None
    due: dt.date | None
    due_text: str | None
    due_precision: str | None
    start: dt.date | None
    deviation: str | None
    body: str | None
    section: str | None
    page: int | None
    line: int | None
    evidence: str | None
    document_id: int | None
    document_file: str | None
    document_path: str | None
    meeting_id: int | None
    created_at: str
    updated_at: str
    version: int
    last_note: str | None
    co_owners: list[str] = field(default_factory=list)
    #: Case number of the § the item came from ("SN 2024/31"), as written.
    dnr: str | None = None
    #: The item's own number in the action or balance list it came from ("14").
    ref_no: str | None = None

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    def is_overdue(self, today: dt.date | None = None) -> bool:
        today = today or dt.date.today()
        return self.status == "open" and self.due is not None and self.due < today

    def source_text(self) -> str:
        """Short Swedish reference to where the item came from: "fil.pdf s. 3 rad 12"."""
        if not self.document_file:
            return ""
        out = self.document_file
        if self.page:
            out += f" s. {self.page}"
        if self.line:
            out += f" rad {self.line}"
        return out

    def to_dict(self, history: list[ItemEvent] | None = None) -> dict[str, Any]:
        """The JSON shape of ``tracker list --json`` (dates as YYYY-MM-DD)."""
        out: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "status": self.status,
            "owner": self.owner,
            "raised_by": self.raised_by,
            "due": self.due.isoformat() if self.due else None,
            "body": self.body,
            "kind": self.kind,
            "due_text": self.due_text,
            "due_precision": self.due_precision,
            "text": self.text,
            "co_owners": list(self.co_owners),
            "start": self.start.isoformat() if self.start else None,
            "deviation": self.deviation,
            "source": {
                "document": self.document_file,
                "document_id": self.document_id,
                "page": self.page,
                "line": self.line,
                "section": self.section,
                "evidence": self.evidence,
            },
            "meeting_id": self.meeting_id,
            "last_note": self.last_note,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "version": self.version,
        }
        if history is not None:
            out["history"] = [ev.to_dict() for ev in history]
        return out


@dataclass(slots=True)
class ItemEvent:
    """One entry of an item's history: a changed field, a note, a creation or a
    "behandlad" (discussed) mark, with who did it and which document or meeting caused it."""

    id: int
    item_id: int
    at: str
    user: str | None
    field: str
    old: str | None
    new: str | None
    note: str | None
    document_id: int | None
    meeting_id: int | None

    @property
    def field_label(self) -> str:
        return FIELD_LABELS.get(self.field, self.field)

    def describe(self) -> str:
        """One Swedish line: "2024-04-09 13:02 anna: senast 2024-03-26 → 2024-05-14 (…)"."""
        when = self.at[:16].replace("T", " ")
        who = f" {self.user}" if self.user else ""
        note = f" – {self.note}" if self.note else ""
        if self.field == "created":
            what = "skapad"
        elif self.field == "discussed":
            # The note already reads "behandlad 2024-04-09".
            what, note = (self.note or "behandlad"), ""
        elif self.field == "note":
            what = self.field_label
        else:
            old = _show(self.field, self.old)
            new = _show(self.field, self.new)
            what = f"{self.field_label}: {old} → {new}"
        return f"{when}{who}: {what}{note}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "at": self.at,
            "user": self.user,
            "field": self.field,
            "old": self.old,
            "new": self.new,
            "note": self.note,
            "document_id": self.document_id,
            "meeting_id": self.meeting_id,
        }


def _show(field_name: str, value: str | None) -> str:
    if value is None or value == "":
        return "–"
    if field_name == "status":
        return STATUS_LABELS.get(value, value)
    if field_name == "kind":
        return KIND_LABELS.get(value, value)
    return value


@dataclass(slots=True)
class MeetingRow:
    """One meeting of a body (forum), from imported minutes or created by the secretary."""

    id: int
    body: str | None
    organisation: str | None
    date: dt.date | None
    time: str | None
    place: str | None
    next_meeting: dt.date | None
    present: list[dict[str, Any]]
    absent: list[dict[str, Any]]
    adjusters: list[dict[str, Any]]
    document_id: int | None
    chair: str | None = None
    created_at: str | None = None

    def title(self) -> str:
        when = self.date.isoformat() if self.date else "okänt datum"
        return f"{self.body or 'Okänt forum'} {when}"


@dataclass(slots=True)
class DocumentRow:
    """An imported document (one row per distinct file content, keyed by sha256)."""

    id: int
    file_name: str
    path: str | None
    sha256: str
    format: str | None
    kind: str | None
    pages: int | None
    imported_at: str
    imported_by: str | None

    @property
    def undone(self) -> bool:
        """Its import was undone (Store.mark_document_undone)."""
        return self.sha256.startswith("undone-")
