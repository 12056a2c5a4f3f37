"""Web pages of one measure or one goal each (issue 15): a goal's page whose verdict
field says the goal will be hard to reach, a measure's page with a one-year time plan and
no status, under a site's notice banner.  Text written here, never copied from a real
page."""

from __future__ import annotations

import datetime as dt

from tracker.domain import Candidate, Line
from tracker.extract.followup_words import vocabulary
from tracker.extract.report_followup import read_followup


def _lines(text: str) -> list[Line]:
    return [
        Line(text=t, page=1, line=k)
        for k, t in enumerate(text.strip("\n").split("\n"), 1)
        if t.strip()
    ]


def _open(text: str, body: str | None, ref: dt.date | None = None) -> list[Candidate]:
    items = read_followup(_lines(text), body, ref).items
    return [it for it in items if it.status == "open"]


GOAL_PAGE = """
Rent vatten i sjöarna

Sjöarnas vatten ska hålla god ekologisk status.

Provtagningen har utökats under året till fler sjöar.

Bedömning: Det blir svårt att nå delmålet Det blir svårt att nå delmålet

Ansvar

Miljönämnden
"""


def test_a_verdict_field_that_the_goal_is_hard_to_reach() -> None:
    items = _open(GOAL_PAGE, "Miljönämnden")
    goals = [it for it in items if it.kind == "goal_deviation"]
    assert len(goals) == 1, [it.title for it in items]
    goal = goals[0]
    assert goal.title == "Rent vatten i sjöarna"
    # the goal as the page states it goes with the item
    assert "ska hålla god ekologisk status" in goal.text
    assert goal.deviation == "Det blir svårt att nå delmålet"
    assert goal.owner == "Miljönämnden"


def test_a_goal_reached_without_trouble_is_no_verdict() -> None:
    page = GOAL_PAGE.replace("Det blir svårt att nå delmålet", "Delmålet kan uppnås")
    assert not [it for it in _open(page, "Miljönämnden") if it.kind == "goal_deviation"]


def test_hard_to_reach_people_is_no_goal_verdict() -> None:
    miss = vocabulary().goal_miss
    assert miss.search("Det blir svårt att nå målet till 2030")
    assert miss.search("Det är osäkert huruvida det kommer att nås")
    # reaching out to people is no goal's verdict
    assert not miss.search("Det har varit svårt att nå ut till de äldre")


MEASURE_PAGE = """
2 Driftstörningar
Bygga ut laddplatser vid kommunens förskolor
Texten uppdaterad 2023-03-14
Beskrivning: Laddplatser ska finnas vid alla förskolor som har egna bilar.
Tidplan: 2025
Ansvar: Fastighetsavdelningen, Serviceförvaltningen
Samarbetspartners: Förskoleförvaltningen
Kontaktperson: Alva Berg, fastighetsstrateg
"""


def test_a_measure_page_with_a_one_year_time_plan() -> None:
    items = _open(MEASURE_PAGE, "Serviceförvaltningen", dt.date(2023, 3, 14))
    assert len(items) == 1
    it = items[0]
    # the page's name, not the site's notice banner above it
    assert it.title == "Bygga ut laddplatser vid kommunens förskolor"
    assert it.due == dt.date(2025, 12, 31)
    assert it.owner == "Fastighetsavdelningen"
    # the partners' and the contact's fields are no part of the item
    assert "Förskoleförvaltningen" not in it.text and "Driftstörningar" not in it.text
    assert "Tidplan: 2025" in it.text


def test_a_time_plan_gone_by_is_no_open_measure() -> None:
    assert _open(MEASURE_PAGE, "Serviceförvaltningen", dt.date(2026, 5, 1)) == []


THEME_PAGE = (
    "Minska buller\n\nBedömning: Delmålet kan uppnås\n\n"
    "Temat har två delmål, varav det ena, 3.1 Tystare skolgårdar, bedöms kunna nås under "
    "perioden. Det andra, 3.2 Färre störda boende, bedöms osäkert huruvida det kommer att "
    "nås.\n"
)


def test_the_other_of_two_goals_judged_uncertain() -> None:
    items = _open(THEME_PAGE, "Miljönämnden")
    assert len(items) == 1, [it.title for it in items]
    assert items[0].kind == "goal_deviation"
    assert "3.2 Färre störda boende" in items[0].text
    # the goal judged reachable is none
    assert "Tystare skolgårdar" not in items[0].title


def test_a_hedged_negation_is_a_goal_verdict() -> None:
    miss = vocabulary().goal_miss
    assert miss.search("Målet nås troligen inte under perioden")
    assert miss.search("Delmålet uppnås sannolikt ej till 2030")
