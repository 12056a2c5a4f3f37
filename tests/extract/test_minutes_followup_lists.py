"""A numbered list of decided points under a section ("4. Beslut och uppföljningspunkter"):
a point followed by "Ansvarig:" is a task, "Senast 29/5." a deadline without a colon, a
passive with its agent ("tas fram av Hanna och Mehmet") is theirs, a short "Klar i mitten
av juni." after it is the deadline over a period the point is about; and "X tar upp det
igen i februari" – with traps."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.minutes_helpers import run, run_lines
from tracker.domain import Line

D = dt.date

HEAD = ["Minnesanteckningar APT – Kontaktcenter",
        "Tisdag 19 maj 2026, 08.15–09.45",
        "Deltagare: Hanna Fredriksson, Mehmet Aydin, Oscar Lindqvist, Sofia Berg"]


def _doc(points: list[str]):
    lines = [Line(t, 1, i) for i, t in enumerate(HEAD, 1)]
    lines.append(Line("4. Beslut och uppföljningspunkter", 1, 10, heading=2))
    lines += [Line(f"{k}. {p}", 1, 11 + k) for k, p in enumerate(points, 1)]
    lines.append(Line("5. Övrigt", 1, 30, heading=2))
    lines.append(Line("Nästa APT: tisdag 16 juni 2026 kl. 08.15.", 1, 31))
    return run_lines(lines)


def test_points_with_fields_and_agents():
    ex = _doc([
        "Kunskapsdatabasen uppdateras med de nya reglerna. Ansvarig: Oscar. Senast 29/5.",
        "Bemanningsplan för telefonkön under semesterperioden v. 27–32 tas fram av Hanna "
        "och Mehmet. Klar i mitten av juni.",
        "Utökade öppettider i chatten – frågan förs till ledningsgruppen.",
    ])
    got = {c.title.split()[0]: c for c in ex.items if c.status == "open"}
    assert set(got) == {"Kunskapsdatabasen", "Bemanningsplan", "Utökade"}
    assert got["Kunskapsdatabasen"].owner.startswith("Oscar")
    assert got["Kunskapsdatabasen"].due == D(2026, 5, 29)
    assert got["Bemanningsplan"].owner.startswith("Hanna")
    assert got["Bemanningsplan"].due.month == 6
    assert got["Utökade"].kind == "referred"


@pytest.mark.parametrize("point", [
    # traps: a past passive with its agent, and a passive with no date, are no tasks
    "Bemanningsplanen för våren togs fram av Hanna och Mehmet.",
    "Statistiken sammanställs av Oscar.",
])
def test_no_task_from_agent_without_date(point):
    ex = _doc([point])
    assert [c for c in ex.items if c.status == "open"] == []


@pytest.mark.parametrize(("note", "items"), [
    ("• Samarbetet med Tornio – inväntar svar, ML påminner och tar upp det igen i februari.", 1),
    # trap: without a time it is talk about the matter
    ("• Samarbetet med Tornio – ML tog upp det igen på mötet.", 0),
])
def test_takes_it_up_again(note, items):
    ex = run("APT 28/1 2026\nNärvarande: Mira Lahti (ML, enhetschef), Jonne Keskitalo (JK)\n\n"
             "1. Uppföljning från förra APT\n" + note + "\n2. Övrigt\nInget.\n")
    opened = [c for c in ex.items if c.status == "open"]
    assert len(opened) == items
    if items:
        assert opened[0].due == D(2026, 2, 28)
