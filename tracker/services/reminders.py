"""Reminders by e-mail: per owner, the open items that are overdue or due soon, as a
short Swedish message ready to send from the user's own e-mail program (a ``mailto:``
link; the program sends nothing itself and knows no addresses)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from urllib.parse import quote

from tracker.store import ItemFilter, ItemRow, Store

#: Items due within this many days count as due soon (the list's amber rows).
SOON_DAYS = 14
#: The group of items that have no owner.
NO_OWNER = "Utan ansvarig"


@dataclass
class ReminderGroup:
    """One owner's items to remind of (overdue first, then by due date)."""

    owner: str
    overdue: list[ItemRow] = field(default_factory=list)
    soon: list[ItemRow] = field(default_factory=list)

    @property
    def items(self) -> list[ItemRow]:
        return self.overdue + self.soon


def reminder_groups(
    store: Store,
    *,
    today: dt.date | None = None,
    within_days: int = SOON_DAYS,
    body: str | None = None,
) -> list[ReminderGroup]:
    """Owners with open items overdue or due within ``within_days`` (of ``body`` when
    given), most overdue items first, then by name."""
    today = today or dt.date.today()
    rows = store.list_items(
        ItemFilter(status="open", body=body, due_within_days=within_days, today=today)
    )
    rows += store.list_items(ItemFilter(status="open", body=body, overdue=True, today=today))
    groups: dict[str, ReminderGroup] = {}
    seen: set[int] = set()
    for row in sorted(rows, key=lambda r: (r.due or dt.date.max, r.id)):
        if row.id in seen or row.due is None:
            continue
        seen.add(row.id)
        owner = row.owner or NO_OWNER
        group = groups.setdefault(owner.casefold(), ReminderGroup(owner))
        (group.overdue if row.due < today else group.soon).append(row)
    return sorted(groups.values(), key=lambda g: (-len(g.overdue), g.owner.casefold()))


def reminder_message(group: ReminderGroup, *, today: dt.date | None = None) -> tuple[str, str]:
    """(subject, text) of the reminder to ``group.owner``, in Swedish."""
    today = today or dt.date.today()
    n = len(group.items)
    subject = f"Påminnelse: {n} {'punkt' if n == 1 else 'punkter'} på balanslistan"
    lines = [f"Hej {group.owner}!", "", "En påminnelse om punkter på balanslistan:", ""]
    if group.overdue:
        lines.append("Försenade:")
        lines += [_line(r, today) for r in group.overdue]
        lines.append("")
    if group.soon:
        lines.append(f"Förfaller inom {SOON_DAYS} dagar:")
        lines += [_line(r, today) for r in group.soon]
        lines.append("")
    lines += ["Hör av dig om något har ändrats.", "", "Hälsningar"]
    return subject, "\n".join(lines)


def _line(row: ItemRow, today: dt.date) -> str:
    due = row.due.isoformat() if row.due else "–"
    forum = f" ({row.body})" if row.body else ""
    return f"- {row.title}{forum} – senast {due} [#{row.id}]"


def mailto_url(subject: str, text: str, to: str = "") -> str:
    """A ``mailto:`` link that opens the message in the user's e-mail program."""
    return f"mailto:{quote(to, safe='@,')}?subject={quote(subject)}&body={quote(text)}"


def record_reminder(store: Store, group: ReminderGroup) -> int:
    """Note in each item's history that its owner was reminded (one transaction);
    returns how many items."""
    with store.transaction():
        for item in group.items:
            store.add_event(item.id, "note", code="reminder", params={"owner": group.owner})
    return len(group.items)
