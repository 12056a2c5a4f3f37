"""Agendas (kallelse och dagordning / föredragningslista) with the open items filled in.

``build_agenda`` reads a forum's open items and its previous meeting from the store and
lays them out after an agenda template (see ``agenda_templates``); the result is a plain
:class:`Agenda` that the GUI may still edit before ``render_agenda_pdf`` /
``render_agenda_docx`` write it out.

Which open item goes where (each item appears once):

* **Kvarvarande frågor från föregående möte** (template item kind ``carried``): the
  forum's open items that were raised *or handled* at its previous meeting
  (``ItemRow.meeting_id`` is that meeting, or the item's history has an event of that
  meeting: re-dated, discussed in meeting mode or in imported minutes) *and* whose kind
  says they were left for a later meeting: ``carried_over``, ``awaiting_reply``,
  ``referred``, ``tabled`` or ``sent_back`` (:data:`CARRY_KINDS`).  The previous meeting
  is the forum's latest meeting dated before the agenda's date.
* **Balanslista** (kind ``balance``): every other open item of the forum.
* A template without a ``carried`` item puts all open items under Balanslista; one
  without a ``balance`` item lists only the kvarvarande frågor.

An item counts as overdue ("försenad") when its due date lies before the meeting date:
by the time the meeting discusses it, it is late.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from tracker.services.agenda_templates import (
    AgendaTemplate,
    load_template,
    template_for_body,
)
from tracker.services.agenda_types import (  # noqa: F401  (the types, re-exported)
    NO_CARRIED_ITEMS,
    NO_OPEN_ITEMS,
    OVERDUE_LABEL,
    WEEKDAYS_SV,
    Agenda,
    AgendaEntry,
    AgendaSection,
    CalledGroup,
)
from tracker.store import ItemFilter, ItemRow, MeetingRow, Store

#: Item kinds that a meeting leaves for the next one ("kvarvarande frågor").
CARRY_KINDS = frozenset({"carried_over", "awaiting_reply", "referred", "tabled", "sent_back"})

def resolve_body(store: Store, body: str) -> str:
    """The forum name as the store spells it (case-insensitive match), else ``body``;
    an alias ("FVG") first resolved as everywhere else (meetings.canonical_body)."""
    from tracker.services.meetings import canonical_body

    wanted = canonical_body(store, body) or body.strip()
    names = list(store.distinct_bodies())
    for name in names:
        if name == wanted:
            return name
    for name in names:
        if name.casefold() == wanted.casefold():
            return name
    return wanted


def previous_meeting(store: Store, body: str, date: dt.date) -> MeetingRow | None:
    """The forum's latest meeting dated before ``date`` (undated meetings are ignored)."""
    earlier = [m for m in store.list_meetings(body) if m.date is not None and m.date < date]
    if not earlier:
        return None
    return max(earlier, key=lambda m: (m.date, m.id))


def build_agenda(
    store: Store,
    body: str,
    date: dt.date,
    *,
    template: str | AgendaTemplate | None = None,
    time: str | None = None,
    place: str | None = None,
    video_link: str | None = None,
    notify_absence: str | None = None,
    questions_deadline: dt.date | None = None,
    today: dt.date | None = None,
) -> Agenda:
    """Lay out the agenda of ``body``'s meeting on ``date`` with its open items.

    ``template`` is a template name, a loaded template, or None for the one that fits the
    forum's name.  Header facts not given fall back to the previous meeting (time, place,
    organisation, who was there) and then to the template's defaults.
    """
    body_name = resolve_body(store, body)
    tpl = template if isinstance(template, AgendaTemplate) else load_template(
        template or template_for_body(body_name)
    )
    prev = previous_meeting(store, body_name, date)
    # The store's body filter matches parts of names; the agenda wants this forum only.
    wanted = body_name.casefold()
    rows = [
        r
        for r in store.list_items(ItemFilter(body=body_name, status="open"))
        if (r.body or "").strip().casefold() == wanted
    ]
    handled: set[int] = set()
    if prev is not None:
        # Items re-dated or discussed at the previous meeting were "left" by it too.
        events = store.histories([r.id for r in rows if r.kind in CARRY_KINDS])
        handled = {
            item_id for item_id, evs in events.items() if any(e.meeting_id == prev.id for e in evs)
        }
    has_carried = any(it.kind == "carried" for it in tpl.items)
    carried, balance = split_items(rows, prev, has_carried=has_carried, handled=handled)

    if questions_deadline is None and tpl.header.questions_deadline_days is not None:
        questions_deadline = date - dt.timedelta(days=tpl.header.questions_deadline_days)

    agenda = Agenda(
        body=body_name,
        date=date,
        organisation=(prev.organisation or "") if prev else "",
        time=_first(time, prev.time if prev else None, tpl.header.time),
        place=_first(place, tpl.header.place, prev.place if prev else None),
        video_link=_first(video_link, tpl.header.video_link),
        document_title=tpl.document_title,
        numbering=tpl.numbering,
        first_number=tpl.first_number,
        template_name=tpl.name,
        called=called_groups(prev),
        notify_absence=_first(notify_absence, tpl.header.notify_absence),
        questions_deadline=questions_deadline,
        previous_meeting=prev.date if prev else None,
        printed=today or dt.date.today(),
    )
    for item in tpl.items:
        section = AgendaSection(
            title=item.title,
            kind=item.kind,
            type=item.type,
            presenter=item.presenter,
            dnr=item.dnr,
            note=item.note,
        )
        if item.kind == "balance":
            section.entries = [_entry(r, date) for r in balance]
        elif item.kind == "carried":
            section.entries = [_entry(r, date) for r in carried]
        elif item.kind == "adjusters":
            section.people = proposed_adjusters(prev)
        agenda.sections.append(section)
    return agenda


def split_items(
    rows: list[ItemRow],
    prev: MeetingRow | None,
    *,
    has_carried: bool = True,
    handled: set[int] | frozenset[int] = frozenset(),
) -> tuple[list[ItemRow], list[ItemRow]]:
    """(kvarvarande, balanslista) by the rule in the module docstring, each sorted by due.

    ``handled``: ids of items with a history event of the previous meeting.
    """
    carried: list[ItemRow] = []
    balance: list[ItemRow] = []
    for row in rows:
        if row.status != "open":
            continue
        is_carried = (
            has_carried
            and prev is not None
            and (row.meeting_id == prev.id or row.id in handled)
            and row.kind in CARRY_KINDS
        )
        (carried if is_carried else balance).append(row)
    return sorted(carried, key=_due_key), sorted(balance, key=_due_key)


def _due_key(row: ItemRow) -> tuple[int, dt.date, int]:
    # Dated items first (earliest first), undated last; the number keeps ties stable.
    return (row.due is None, row.due or dt.date.max, row.id)


def _entry(row: ItemRow, meeting_date: dt.date) -> AgendaEntry:
    return AgendaEntry(
        item_id=row.id,
        title=row.title,
        owner=row.owner,
        due=row.due,
        due_text=row.due_text,
        overdue=row.due is not None and row.due < meeting_date,
        kind=row.kind,
        last_note=row.last_note,
    )


def _person_text(person: dict[str, Any]) -> str:
    name = str(person.get("name") or "").strip()
    role = str(person.get("role") or "").strip()
    if name and role:
        return f"{name} ({role})"
    return name or role


def called_groups(meeting: MeetingRow | None) -> list[CalledGroup]:
    """Who to call: everyone listed at the previous meeting, present or not, by organisation.

    Organisations in the order they first appear; an entry that names only an
    organisation (the minutes' "Förhinder: Ledarna") becomes a group of its own.
    """
    if meeting is None:
        return []
    groups: dict[str, CalledGroup] = {}
    seen: set[str] = set()
    for person in [*meeting.present, *meeting.absent]:
        if not isinstance(person, dict):
            continue
        org = str(person.get("organisation") or "").strip()
        text = _person_text(person)
        if org and text.casefold() == org.casefold():
            text = ""  # an organisation called as such: "Förhinder: Ledarna"
        if not org and not text:
            continue
        if not org:
            # A lone name that is no person (no role, one or two words starting upper
            # case like "Ledarna", "Vårdförbundet") is an organisation called as such.
            org, text = (text, "") if not person.get("role") and " " not in text else ("", text)
        key = f"{org.casefold()}|{text.casefold()}"
        if key in seen:
            continue
        seen.add(key)
        group = groups.setdefault(org.casefold(), CalledGroup(organisation=org))
        if text:
            group.people.append(text)
    return list(groups.values())


def proposed_adjusters(meeting: MeetingRow | None) -> list[str]:
    """The previous meeting's signatories as a proposal ("Vision: Indu Bala Chopra")."""
    if meeting is None:
        return []
    out: list[str] = []
    for person in meeting.adjusters:
        if not isinstance(person, dict):
            continue
        name = str(person.get("name") or "").strip()
        org = str(person.get("organisation") or person.get("role") or "").strip()
        if not name:
            continue
        text = f"{org}: {name}" if org else name
        if text not in out:
            out.append(text)
    return out


def _first(*values: str | None) -> str:
    for value in values:
        if value and value.strip():
            return value.strip()
    return ""


def render_agenda_pdf(agenda: Agenda, path: str | Path) -> Path:
    """Write the agenda as an A4 PDF with page numbers and a footer (body and date)."""
    from tracker.services.agenda_pdf import write_agenda_pdf

    return write_agenda_pdf(agenda, Path(path))


def render_agenda_docx(agenda: Agenda, path: str | Path) -> Path:
    """Write the agenda as a Word document to finish in Word."""
    from tracker.services.agenda_docx import write_agenda_docx

    return write_agenda_docx(agenda, Path(path))
