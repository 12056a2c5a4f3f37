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
