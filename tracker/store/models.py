"""Row types the store hands out (items, history events, meetings, documents) and the
status vocabulary of the balance list (its names for people are in ``tracker.labels``).

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
    "behandlad" (discussed) mark, with who did it and which document or meeting caused it.

    ``field`` says what happened (``created``, ``discussed``, ``note`` or the changed
    field, with ``old`` and ``new``); ``code`` and ``params`` why, when the program did
    it (``reminder`` with ``{"owner": "HR"}``; the plain ``created``, ``discussed``,
    ``changed`` or ``note`` otherwise); ``note`` is what a person wrote, or the sentence
    of the document that closed the item.  ``tracker.labels.describe_event`` makes the
    line to show."""

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
    code: str = "changed"
    params: dict[str, Any] = field(default_factory=dict)

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
            "code": self.code,
            "params": dict(self.params),
        }


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


@dataclass(slots=True)
class NotTakenRow:
    """A candidate an import did not take (a possible item left unchecked, or a
    confident one the secretary unchecked), kept for its forum so that later minutes
    speaking of it have something to link to (see ``tracker.services.not_taken``).
    Never an item: no list, agenda or export reads these."""

    id: int
    body: str | None
    document_id: int
    document_file: str | None
    meeting_id: int | None
    meeting_date: dt.date | None
    #: "possible" (offered unchecked) or "confident" (offered checked, unchecked by hand).
    tier: str
    title: str
    text: str
    kind: str
    owner: str | None
    co_owners: list[str]
    raised_by: str | None
    due: dt.date | None
    due_text: str | None
    due_precision: str | None
    start: dt.date | None
    deviation: str | None
    section: str | None
    page: int | None
    line: int | None
    evidence: str | None
    dnr: str | None
    ref_no: str | None
    #: The item a later import made of it (None while it waits).
    taken_item_id: int | None
    created_at: str
    #: The topic label it stood under ("Cykelparkeringen" of "Cykelparkeringen: …").
    label: str | None = None

    def offered_on(self) -> str:
        """When it was offered: the meeting's date, else the document's file name."""
        if self.meeting_date is not None:
            return self.meeting_date.isoformat()
        return self.document_file or ""

    def as_item(self, item_id: int) -> ItemRow:
        """The row as an open item with the id ``item_id`` (the linker's pseudo id), so
        that a later passage is judged against it by exactly the evidence an item has.
        An item keeps its labelled passage as evidence; a candidate's evidence may hold
        only its sentence, so the label goes before it."""
        evidence = self.evidence
        if self.label and self.label.casefold() not in (evidence or self.text).casefold():
            evidence = f"{self.label}: {evidence or self.text}"
        return ItemRow(
            id=item_id, title=self.title, text=self.text, kind=self.kind, status="open",
            owner=self.owner, raised_by=self.raised_by, due=self.due, due_text=self.due_text,
            due_precision=self.due_precision, start=self.start, deviation=self.deviation,
            body=self.body, section=self.section, page=self.page, line=self.line,
            evidence=evidence, document_id=self.document_id,
            document_file=self.document_file, document_path=None, meeting_id=self.meeting_id,
            created_at=self.created_at, updated_at=self.created_at, version=1, last_note=None,
            co_owners=list(self.co_owners), dnr=self.dnr, ref_no=self.ref_no,
        )  # fmt: skip
