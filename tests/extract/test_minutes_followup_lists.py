"""A numbered list of decided points under a section ("4. Beslut och uppföljningspunkter"):
a point followed by "Ansvarig:" is a task, "Senast 29/5." a deadline without a colon, a
passive with its agent ("tas fram av Hanna och Mehmet") is theirs, a short "Klar i mitten
av juni." after it is the deadline over a period the point is about; and "X tar upp det
igen i februari"; "Till nästa möte/LG/FSG" and "Uppföljning till nästa …" lists (full names,
initials before a colon, a date in the heading) and a "TILL NÄSTA GÅNG:" line over a task
list – with traps."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.minutes_helpers import FSG_HEAD, FSG_NEXT, FVG, open_items, run, run_lines
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
    # traps: a past passive with its agent is no task
    "Bemanningsplanen för våren togs fram av Hanna och Mehmet.",
])
def test_no_task_from_agent_without_date(point):
    ex = _doc([point])
    assert [c for c in ex.items if c.status == "open"] == []


def test_a_task_in_the_present_passive_is_offered_with_its_agent():
    # Real minutes' labels count "Vägen kollas upp …" and "Kontakt tas med …" as tasks;
    # this one was a trap of the written set before real documents were the measure.
    # It is offered (the scorer decides checked or not), its agent as the owner.
    ex = _doc(["Statistiken sammanställs av Oscar."])
    [c] = [c for c in ex.items + ex.possible if c.status == "open"]
    assert c.owner == "Oscar" and c.kind == "action"


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


@pytest.mark.parametrize(("heading", "entries", "owners", "due"), [
    # numbered, full names, the next meeting stated below
    ("7. Till nästa möte",
     ["1. Mattias Ek bjuder in arkitekten för en genomgång av fasadmaterial.",
      "2. Lotta Brandt redovisar detaljplanens status efter samrådet."],
     ["Mattias Ek", "Lotta Brandt"], D(2026, 2, 24)),
    # the next meeting by its abbreviation; "redovisar" is what she will present
    ("9. Uppföljning till nästa FSG",
     ["1. Mattias Ek återkommer med sjukfrånvarostatistik per skolenhet.",
      "2. Helena Strömberg redovisar tidplanen för budgetarbetet 2027."],
     ["Mattias Ek", "Helena Strömberg"], D(2026, 2, 24)),
    # initials before a colon, the date in the heading wins over an event's month
    ("Till nästa LG (10/2)",
     ["- TE: kolla offert på ny konstgräsplan",
      "- MB: boka lokal till chefsdagen i augusti"],
     ["Tobias Ekman", "Marie Berglund"], D(2026, 2, 10)),
])
def test_a_next_meeting_list_gives_one_task_an_entry(heading, entries, owners, due):
    ex = run(FSG_HEAD + "1. Information\nBudgeten redovisades.\n" + heading + "\n"
             + "\n".join(entries) + "\n" + FSG_NEXT)
    items = open_items(ex)
    assert [c.owner for c in items] == owners
    assert {c.due for c in items} == {due}


def test_a_cued_date_in_an_entry_beats_the_heading():
    ex = run(FSG_HEAD + "1. Information\nBudgeten redovisades.\n"
             "Till nästa LG (10/2)\n- TE: skicka offerten senast 3/2\n")
    (item,) = open_items(ex)
    assert item.due == D(2026, 2, 3)


@pytest.mark.parametrize("entry", [
    # a topic label is not a person
    "- Budget: ramarna kommer från KS i juni",
    # a closed matter in the list closes, it opens nothing
    "3. Friskvårdstimme för lärare: Arbetsgivaren lämnade svar i december. Frågan avslutas.",
])
def test_list_entries_that_are_no_tasks(entry):
    ex = run(FSG_HEAD + "1. Information\nBudgeten redovisades.\n"
             "Till nästa möte\n" + entry + "\n" + FSG_NEXT)
    assert open_items(ex) == []


def test_an_answer_given_today_in_a_list_stays_an_answer():
    ex = run(FSG_HEAD + "1. Information\nBudgeten redovisades.\n2. Till nästa möte\n"
             "1. Arbetsgivaren redovisade statistiken. Frågan avslutas.\n" + FSG_NEXT)
    assert open_items(ex) == []


def test_next_meeting_from_a_till_nasta_lg_heading():
    ex = run(FSG_HEAD + "1. Information\nBudgeten redovisades.\nTill nästa LG (10/2)\n"
             "- TE: kolla offert på ny konstgräsplan\n")
    assert ex.meeting.next_meeting == D(2026, 2, 10)


def test_task_list_introduced_by_a_line():
    text = FVG.replace("7. Övriga frågor\n", "7. Övriga frågor\nTILL NÄSTA GÅNG:\n"
                       "Anna Ek bokar aulan för öppet hus.\n\n8. Nästa möte\n"
                       "Nästa möte 9 april 2024.\n")
    items = run(text).items
    assert [(it.owner, it.due) for it in items] == [("Anna Ek", D(2024, 4, 9))]
