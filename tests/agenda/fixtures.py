"""Stores filled like the FVG of sample 002 (minutes 2024-03-12), for the agenda tests.

Built through the public services (``meetings.ensure_meeting``, ``balance.add_item``),
the same path an import takes, so the tests do not depend on the extractor's output.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tracker.services import balance, meetings
from tracker.store import MeetingRow, Store

BODY = "Förvaltningsgruppen"
ORGANISATION = "Hägersten-Älvsjö stadsdelsförvaltning"
MEETING_DATE = dt.date(2024, 3, 12)
NEXT_DATE = dt.date(2024, 4, 9)

PRESENT = [
    {"name": "Lars Wennberg", "organisation": "Stadsdelsförvaltningen",
     "role": "avdelningschef nämndkansliet"},
    {"name": "Mette Sundqvist", "organisation": "Stadsdelsförvaltningen",
     "role": "avdelningschef HR och kommunikation"},
    {"name": "Indu Bala Chopra", "organisation": "Vision"},
    {"name": "Maria Ahumada", "organisation": "Vision"},
    {"name": "Charlotte Andersson", "organisation": "Kommunal"},
    {"name": "Carl Korch", "organisation": "SACO"},
]  # fmt: skip
ABSENT = [{"name": "Ledarna"}, {"name": "Vårdförbundet"}]
ADJUSTERS = [
    {"name": "Lars Wennberg", "organisation": "Arbetsgivaren"},
    {"name": "Indu Bala Chopra", "organisation": "Vision"},
    {"name": "Carl Korch", "organisation": "SACO"},
]

#: (title, kind, owner, due) of the open items left by the meeting of 2024-03-12.
SAMPLE_ITEMS = [
    ("Vision frågar om rutinen för inhyrd personal i äldreomsorgen", "carried_over",
     "Arbetsgivaren", dt.date(2024, 4, 9)),
    ("Styrgruppen återkommer om lönekartläggningen", "awaiting_reply", "Styrgruppen",
     dt.date(2024, 4, 9)),
    ("Frågan om arbetsmiljön i förskolan förs till SVG", "referred",
     "Samverkansgruppen", None),
    ("Redovisa sjukfrånvaron per avdelning", "assignment", "HR-avdelningen",
     dt.date(2024, 3, 28)),
    ("Vision återkommer om lokalfrågan i april-maj", "follow_up", "Vision",
     dt.date(2024, 5, 31)),
]  # fmt: skip


def fvg_store(path: Path) -> tuple[Store, MeetingRow]:
    """A store with the FVG meeting of 2024-03-12, its open items and one older item."""
    store = Store.open(path, backup=False)
    older = meetings.ensure_meeting(store, BODY, dt.date(2024, 2, 13), organisation=ORGANISATION)
    meeting = meetings.ensure_meeting(
        store,
        BODY,
        MEETING_DATE,
        organisation=ORGANISATION,
        time="13:00",
        place="Mötesrum Paddan plan 10 samt via Zoom",
        present=PRESENT,
        absent=ABSENT,
        adjusters=ADJUSTERS,
    )
    # Carried over from February: still open, so it belongs on the Balanslista.
    balance.add_item(store, title="Kartläggning av hot och våld i mottagningen",
                     body=BODY, owner="Arbetsgivaren", due=dt.date(2024, 2, 27),
                     kind="carried_over", meeting_id=older.id)  # fmt: skip
    for title, kind, owner, due in SAMPLE_ITEMS:
        balance.add_item(store, title=title, body=BODY, owner=owner, due=due, kind=kind,
                         meeting_id=meeting.id)  # fmt: skip
    # Another forum's item must never show up in the FVG agenda.
    balance.add_item(store, title="Socialnämndens uppdrag om hemtjänsten",
                     body="Socialnämnden", owner="Förvaltningen", kind="assignment")
    return store, meeting
