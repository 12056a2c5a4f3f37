"""What a printed kallelse/dagordning holds: the agenda's data types and the Swedish words
its writers share.  Apart from :mod:`tracker.services.agenda` (which builds an agenda
from the store and calls the writers) so that the PDF and DOCX writers need only these
types, and no module imports one that imports it back."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

WEEKDAYS_SV = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")

#: Swedish words used in the rendered agendas (shared by the PDF and DOCX writers).
OVERDUE_LABEL = "försenad"
NO_OPEN_ITEMS = "Inga öppna frågor."
NO_CARRIED_ITEMS = "Inga kvarvarande frågor från föregående möte."


@dataclass(slots=True)
class AgendaEntry:
    """One open item as listed in the agenda."""

    item_id: int
    title: str
    owner: str | None
    due: dt.date | None
    due_text: str | None
    overdue: bool
    kind: str = ""
    last_note: str | None = None

    @property
    def due_label(self) -> str:
        """The due date as YYYY-MM-DD, else the original wording ("till nästa möte")."""
        if self.due:
            return self.due.isoformat()
        return self.due_text or ""


@dataclass(slots=True)
class AgendaSection:
    """One numbered agenda item, with what is filled in under it."""

    title: str
    kind: str = "standard"
    type: str = ""  # beslut / information (nämnd)
    presenter: str = ""
    dnr: str = ""
    note: str = ""
    entries: list[AgendaEntry] = field(default_factory=list)
    #: Proposed signatories ("Vision: Indu Bala Chopra") for the adjusters item.
    people: list[str] = field(default_factory=list)


@dataclass(slots=True)
class CalledGroup:
    """Who is called, grouped by organisation (or role when no organisation is known)."""

    organisation: str
    people: list[str] = field(default_factory=list)

    def text(self) -> str:
        if not self.people:
            return self.organisation
        if not self.organisation:
            return ", ".join(self.people)
        return f"{self.organisation}: {', '.join(self.people)}"


@dataclass(slots=True)
class Agenda:
    """Everything a printed kallelse/dagordning shows; editable before rendering."""

    body: str
    date: dt.date
    organisation: str = ""
    time: str = ""
    place: str = ""
    video_link: str = ""
    document_title: str = "Kallelse och dagordning"
    numbering: str = "number"
    first_number: int = 1
    template_name: str = ""
    called: list[CalledGroup] = field(default_factory=list)
    notify_absence: str = ""
    questions_deadline: dt.date | None = None
    sections: list[AgendaSection] = field(default_factory=list)
    previous_meeting: dt.date | None = None
    printed: dt.date = field(default_factory=dt.date.today)

    def number_label(self, index: int) -> str:
        """Label of the section at ``index`` (0-based): "3." or "§ 3"."""
        number = self.first_number + index
        return f"§ {number}" if self.numbering == "paragraph" else f"{number}."

    @property
    def date_label(self) -> str:
        return f"{WEEKDAYS_SV[self.date.weekday()]} {self.date.isoformat()}"

    @property
    def footer_text(self) -> str:
        return f"{self.body} {self.date.isoformat()}"

    def open_entries(self) -> list[AgendaEntry]:
        return [e for s in self.sections for e in s.entries]
