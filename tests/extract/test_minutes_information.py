"""Information that is no open item: a routine of the annual cycle ("… enligt årshjulet")
– and the traps that must stay items."""

from __future__ import annotations

import pytest

from tests.extract.minutes_helpers import run

HEAD = ("Minnesanteckningar FSG utbildning 2025-04-10\n"
        "Närvarande: Anna Berg, Lars Holm\n")


@pytest.mark.parametrize(("sentence", "items"), [
    ("Resultatet av medarbetarenkäten redovisas på FSG i juni enligt årshjulet.", 0),
    ("Budgetuppföljningen tas upp i september enligt årsplanen.", 0),
    # traps: a report asked for, without the annual cycle, stays an item
    ("Resultatet av medarbetarenkäten redovisas på FSG i juni.", 1),
    ("Lars återkommer med resultatet i juni.", 1),
])
def test_annual_cycle_is_information(sentence, items):
    ex = run(HEAD + "3. Medarbetarenkät\n" + sentence + "\n4. Övrigt\nInget.\n")
    assert len([c for c in ex.items if c.status == "open"]) == items


@pytest.mark.parametrize(("stamp", "items"), [
    # the page's own stamp on the meeting day is no deadline for the sentence above it
    ("Senast uppdaterad: 20 juni 2024 16:50", 0),
    # trap: a deadline after the meeting in the next sentence still dates it
    ("Det ska ske senast 30 september 2024.", 1),
])
def test_the_meeting_day_in_the_next_sentence_dates_nothing(stamp, items):
    text = ("Kommunfullmäktige 2024-06-20\n\n"
            "Ärendet ska skickas tillbaka till beredande organ för åtgärd.\n" + stamp + "\n")
    assert len([c for c in run(text).items if c.status == "open"]) == items


@pytest.mark.parametrize(("sentence", "items"), [
    # the act an open rule names, denied just before it
    ("Förhoppningen är att ärendet inte återkommer.", 0),
    # trap: the denial later in the sentence leaves the promise
    ("Lars återkommer med svaret, men inte förrän i maj.", 1),
])
def test_a_denied_act_opens_nothing(sentence, items):
    ex = run(HEAD + "3. Lokaler\n" + sentence + "\n4. Övrigt\nInget.\n")
    assert len([c for c in ex.items if c.status == "open"]) == items


@pytest.mark.parametrize(("text", "items"), [
    # the next meeting not yet scheduled, on its own line or after a colon
    ("10. Nästa möte.\nÅterkommer efter sommaren.\n", 0),
    ("10. Övrigt\nNästa möte: Återkommer efter sommaren.\n", 0),
    # trap: someone who comes back is owed an answer
    ("10. Vägen\nLars återkommer efter sommaren.\n", 1),
])
def test_the_next_meeting_not_yet_scheduled_is_no_item(text, items):
    ex = run("Byalagsmöte 2015-05-05\n\n9. Rapporter.\nInget nytt.\n" + text)
    assert len([c for c in ex.items if c.status == "open"]) == items
    if not items:  # nor offered unchecked
        assert not [c for c in ex.possible if "sommaren" in c.text]
