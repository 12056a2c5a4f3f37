"""Carry-over: later statements in shapes the readers missed (invented Swedish minutes).

A matter begun or moved said in the passive past ("Utredningen har påbörjats",
"Yttrandet har försenats") goes on; an active past tells what someone did.
"""

from __future__ import annotations

import pytest

from tracker.extract.status_reading import read_state


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Inventeringen av förrådet har påbörjats.", "open"),
        ("Svaret till skolrådet försenas och kommer i maj.", "open"),
        ("Studiedagen flyttades till vecka 12.", "open"),
        ("Omar påbörjade inventeringen i går.", None),
        ("Inventeringen av förrådet är genomförd.", "done"),
    ],
)
def test_begun_or_moved_in_the_passive_goes_on(text: str, state: str | None) -> None:
    found = read_state(text)
    assert (found[2] if found else None) == state
