"""Decisions in § protocols that finish an earlier assignment: an assignment said to be
reported back ("Därmed är kontorets uppdrag redovisat"), and one sentence that decides
the matter and gives a new task in a clause joined to it ("godkänner ritningarna och ger
kontoret i uppdrag att …").  Invented minutes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.services.linking_helpers import import_text, plan_text
from tracker.extract.mentions import effect_of
from tracker.services import link_effects
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


@pytest.mark.parametrize(
    ("text", "two"),
    [
        ("Nämnden godkänner ritningarna och ger kontoret i uppdrag att beställa bygget.", True),
        ("Nämnden fastställer planen samt uppdrar åt kontoret att informera de boende.", True),
        # One thing: the decision is to give the task.
        ("Nämnden beslutar att ge kontoret i uppdrag att utreda saken.", False),
        ("Nämnden ger kontoret i uppdrag att ta fram ritningar.", False),
        ("Nämnden godkänner ritningarna.", False),
    ],
)
def test_a_decision_and_a_new_task_in_one_sentence(text: str, two: bool) -> None:
    assert link_effects.decides_then_tasks(text) is two


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


def test_a_decision_closes_the_assignment_and_its_new_task_is_an_item(
    store: Store, tmp_path: Path
) -> None:
    first = (
        _HEAD.format(date="2026-02-04")
        + """§ 6 Ombyggnad av Norrskolans kök
Dnr BN 2026/12
Beslut
Nämnden ger förvaltningen i uppdrag att återkomma med ritningar för köket senast 2026-04-30.
"""
    )
    later = (
        _HEAD.format(date="2026-05-06")
        + """§ 22 Ritningar för ombyggnad av Norrskolans kök
Dnr BN 2026/12
Beslut
Byggnadsnämnden godkänner ritningarna och ger förvaltningen i uppdrag att beställa ombyggnaden.
"""
    )
    import_text(store, tmp_path, "k1.txt", first)
    (old,) = store.list_items(ItemFilter())
    plan = plan_text(store, tmp_path, "k2.txt", later)
    done = [e for e in plan.entries if e.accepted and e.action == "close"]
    assert [e.match_id for e in done] == [old.id]
    new = [e for e in plan.entries if e.accepted and e.action == "new"]
    assert any("beställa ombyggnaden" in (e.candidate.text or "") for e in new)
    assert not [e for e in plan.entries if e.accepted and e.action == "update"]
