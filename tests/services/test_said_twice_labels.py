"""One matter said twice in later minutes – a labelled point and its row of the balance
list – and a "kvarstår" sentence whose item the row took: neither becomes a new item
(tracker.services.linking._said_twice, balance.entry_for_link)."""

from __future__ import annotations

from pathlib import Path

from tests.services.linking_helpers import import_text, plan_text
from tracker.store import Store

HEAD = """Samverkansgrupp gatukontoret
Minnesanteckningar {date}

Närvarande
Arbetsgivaren: Stina Holm, avdelningschef; Per Ek, HR-chef
Vision: Lena Alm
Kommunal: Omar Said

"""
FIRST = (
    HEAD.format(date="2025-01-20")
    + """1. Balanslista
Nr | Fråga | Väckt av | Ansvarig | Status
1 | Höjning av tandvårdsbidraget | Vision | HR-chef | Öppen
"""
)
POINT = """2. Kvarvarande frågor
Tandvårdsbidraget: Beslut om beloppet tas i samband med budgeten för 2026. Frågan bevakas.

"""
CARRIED = """2. Övriga frågor
Vision frågar om tandvårdsbidraget. Arbetsgivaren har ännu inget besked; frågan kvarstår på balanslistan.

"""  # noqa: E501
ROW = """3. Balanslista
Nr | Fråga | Väckt av | Ansvarig | Status
1 | Höjning av tandvårdsbidraget | Vision | HR-chef | Bevakas – beslut i budgeten 2026
"""


def _first(store: Store, tmp_path: Path) -> int:
    created = import_text(store, tmp_path, "1.txt", FIRST).created
    assert len(created) == 1
    return created[0]


def test_a_point_labelled_as_its_row_is_that_matter_again(store: Store, tmp_path: Path) -> None:
    item = _first(store, tmp_path)
    plan = plan_text(store, tmp_path, "2.txt", HEAD.format(date="2025-03-10") + POINT + ROW)
    point = next(e for e in plan.entries if e.candidate.label == "Tandvårdsbidraget")
    assert point.match_id == item and not point.accepted
    assert point.reason.endswith("samma ärende som ovan")
    assert [e.match_id for e in plan.entries if e.accepted and e.action == "update"] == [item]
    assert not [e for e in plan.entries if e.accepted and e.action == "new"]


def test_a_carried_matter_whose_item_the_row_took_is_no_new_item(
    store: Store, tmp_path: Path
) -> None:
    item = _first(store, tmp_path)
    plan = plan_text(store, tmp_path, "2.txt", HEAD.format(date="2025-03-10") + CARRIED + ROW)
    carried = next(e for e in plan.entries if "kvarstår" in (e.candidate.text or ""))
    # Offered as an unsure update of the item, never applied.
    assert carried.action == "update" and carried.match_id == item
    assert carried.unsure and not carried.accepted
    assert not [e for e in plan.entries if e.accepted and e.action == "new"]
