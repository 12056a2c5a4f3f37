"""A whole follow-up report written here (an invented kommun, never copied from a real
document) that mixes the shapes of many organisations' reports: running text with work
under way and a listed sentence, a management system's export with its status before
each uppdrag, a body heading over table rows flattened to lines, and a miljöplan's
actions with their status badges run into their names.  Read end to end: every open
entry once, with its owner and due date, and no finished one offered as open."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tracker.extract import extract
from tracker.ingest import read_document

FIXTURE = Path(__file__).resolve().parent.parent / "data" / "fixtures" / "reports" / (
    "followup_mixed_2024.txt"
)

#: "Under hösten fortsätter …": the listed work is due by the end of the autumn.
AUTUMN = dt.date(2024, 12, 31)
#: title → (owner, due) of every open item.
OPEN = {
    "Arbetet med den nya översiktsplanen": ("Kommunstyrelsen", dt.date(2024, 11, 30)),
    "Lokalförsörjning": ("Kommunstyrelsen", AUTUMN),
    "E-arkiv": ("Kommunstyrelsen", AUTUMN),
    "Kompetensförsörjning": ("Kommunstyrelsen", AUTUMN),
    "Trygghet och säkerhet": ("Kommunstyrelsen", AUTUMN),
    "Införandet av ett nytt ekonomisystem": ("Kommunstyrelsen", dt.date(2025, 12, 31)),
    "Ta fram en plan för laddinfrastruktur vid kommunens arbetsplatser": (
        "Kommunstyrelsen", dt.date(2024, 12, 31)
    ),
    "Utred förutsättningarna för en ny sporthall i Norrby": (
        "Kultur- och fritidsnämnden", dt.date(2024, 12, 31)
    ),
    "Se över taxorna för föreningarnas lokalhyror": (
        "Kultur- och fritidsnämnden", dt.date(2024, 12, 31)
    ),
    "Utveckla biblioteket som mötesplats": ("Kultur- och fritidsnämnden", None),
    "Energieffektivisering av skolor": ("Kommunstyrelsen", None),
    "Solceller på kommunhuset": ("Kommunstyrelsen", None),
}
DONE = {
    "Revidera riktlinjerna för representation",
    "Inför digital bokning av idrottshallar",
    "LED-belysning i gatunätet",
}


def test_mixed_follow_up_report_end_to_end() -> None:
    ex = extract(read_document(FIXTURE))
    assert ex.document.kind == "report"
    assert ex.meeting.body == "Kommunstyrelsen"
    # (the report is known by its title's period, januari–augusti 2024, not by the day
    # its cover dates it)
    assert ex.meeting.date == dt.date(2024, 8, 31)
    opened = [it for it in ex.items if it.status == "open"]
    got = {it.title: (it.owner, it.due) for it in opened}
    assert got == OPEN
    assert len(opened) == len(OPEN)  # each once
    done = {it.title for it in ex.items if it.status == "done"}
    assert done == DONE
