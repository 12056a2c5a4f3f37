"""Decisions in § protocols that finish an earlier assignment: an assignment said to be
reported back ("Därmed är kontorets uppdrag redovisat"), and one sentence that decides
the matter and gives a new task in a clause joined to it ("godkänner ritningarna och ger
kontoret i uppdrag att …").  Invented minutes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.services.linking_helpers import import_text, plan_text
from tracker.extract.mentions import effect_of
from tracker.store import ItemFilter, Store

_HEAD = """BYGGNADSNÄMNDEN
Protokoll
Datum: {date}

Ledamöter: Anna Berg (S) ordf, Johan Ek (M), Sara Lund (C)
Tjänstepersoner: Karin Ny, förvaltningschef; Per Sjö, sekreterare

"""


@pytest.mark.parametrize(
    ("text", "effect"),
    [
        ("Därmed är förvaltningens uppdrag redovisat.", "close"),
        ("Uppdraget anses därmed slutredovisat.", "close"),
        ("Kontorets uppdrag är redovisat i sin helhet.", "close"),
        # A report of something else is no assignment done.
        ("Delrapporten är redovisad för nämnden.", None),
        ("Uppdraget ska redovisas i juni.", None),
    ],
)
def test_an_assignment_reported_back_is_done(text: str, effect: str | None) -> None:
    assert effect_of(text) == effect


def test_an_assignment_reported_back_closes_it(store: Store, tmp_path: Path) -> None:
    first = (
        _HEAD.format(date="2026-02-04")
        + """§ 5 Tillsyn Ekbacken 1:3
BN 2025/77
Beslut
Nämnden ger förvaltningen i uppdrag att återkomma med förslag till åtgärd senast i april 2026.
"""
    )
    later = (
        _HEAD.format(date="2026-05-06")
        + """§ 21 Tillsyn Ekbacken 1:3 – föreläggande
BN 2025/77
Beslut
Nämnden förelägger fastighetsägaren att ta bort förrådet senast 2026-09-30. Därmed är \
förvaltningens uppdrag redovisat.
"""
    )
    import_text(store, tmp_path, "p1.txt", first)
    (old,) = store.list_items(ItemFilter())
    plan = plan_text(store, tmp_path, "p2.txt", later)
    closes = [e for e in plan.entries if e.action == "close" and e.accepted]
    assert [e.match_id for e in closes] == [old.id]
