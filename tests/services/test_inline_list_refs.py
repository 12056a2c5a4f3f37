"""A sentence of running text that names an action list's row by its number ("… och
åtgärd 12 avslutas") links that row's item (tracker.services.link_scoring.inline_ref)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.services.linking_helpers import import_text, plan_text
from tracker.domain import Candidate
from tracker.services.link_scoring import inline_ref
from tracker.store import Store

LG_1 = """Ledningsgruppen miljö
Minnesanteckningar 2025-02-03

4. Åtgärdslista
12. Utreda behovet av en ny miljöinspektör under 2025. Ansvarig: Karin.
13. Boka lokal för personaldagen i juni. Ansvarig: Olle.
"""
LG_2 = """Ledningsgruppen miljö
Minnesanteckningar 2025-03-03

2. Miljöinspektör
Karin redovisar utredningen om tillsynsskulden. Ledningsgruppen ställer sig bakom en
rekrytering från hösten. Utredningen är därmed klar och åtgärd 12 avslutas.
"""


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("Utredningen är därmed klar och åtgärd 12 avslutas.", "12"),
        ("Punkt 6 i åtgärdslistan är därmed klar.", "6"),
        ("Punkt 6 på balanslistan kvarstår.", "6"),
        # Only a pointer: the passage it points to speaks.
        ("Se åtgärd 12.", None),
        # An agenda point, not a row of a list.
        ("Frågan tas upp under punkt 7 på dagordningen.", None),
        # Two rows named: neither identifies the passage.
        ("Åtgärd 12 och åtgärd 13 är klara.", None),
        ("Budgeten ökar med åtgärd 2.5 procent.", None),
    ],
)
def test_inline_ref(text: str, ref: str | None) -> None:
    assert inline_ref(Candidate(kind="action", title=text, text=text)) == ref


def test_a_number_of_its_own_goes_first() -> None:
    c = Candidate(kind="action", title="x", text="Åtgärd 12 avslutas.", ref_no="3")
    assert inline_ref(c) is None


def test_a_row_named_in_running_text_is_closed(store: Store, tmp_path: Path) -> None:
    first = import_text(store, tmp_path, "1.txt", LG_1)
    numbers = {store.get_item(i).ref_no: i for i in first.created}
    assert set(numbers) == {"12", "13"}
    plan = plan_text(store, tmp_path, "2.txt", LG_2)
    closes = [e for e in plan.entries if e.accepted and e.action == "close"]
    assert [e.match_id for e in closes] == [numbers["12"]]
    assert "samma nummer i listan (12)" in closes[0].reason
    assert not [e for e in plan.entries if e.accepted and e.action == "new"
                and "åtgärd 12" in (e.candidate.text or "")]  # fmt: skip


def test_another_number_in_running_text_does_not_link_by_words(
    store: Store, tmp_path: Path
) -> None:
    first = import_text(store, tmp_path, "1.txt", LG_1)
    numbers = {store.get_item(i).ref_no: i for i in first.created}
    plan = plan_text(store, tmp_path, "2.txt", LG_2.replace("åtgärd 12", "åtgärd 13"))
    closes = [e for e in plan.entries if e.accepted and e.action == "close"]
    assert numbers["12"] not in [e.match_id for e in closes]
