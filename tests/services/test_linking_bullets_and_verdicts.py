"""Carry-over: bullets of one follow-up paragraph are matters of their own, and a verdict
is read by its vocabulary (a proposal sent on to a higher body, a written order, an
ärende said fully handled).  Invented minutes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.services.linking_helpers import import_text, plan_text
from tracker.extract.mentions import effect_of
from tracker.store import ItemFilter, Store

FIRST_TEAM = """Arbetslagsmöte 4–6, Ekbackens skola
Tisdag 14/1 2025, 15.00–16.00, lärarrummet
Närv: Anna, Bo, Cecilia, David.

Att göra
– Anna beställer nya hyllor till biblioteket, klart v. 5
– Bo bokar buss till studiebesöket 20/3 (Tekniska museet)
– Cecilia sammanställer resultaten från matteprovet åk 5 till 28/1

Nästa möte 28/1
"""

LATER_TEAM = """Arbetslagsmöte 4–6, Ekbackens skola
Tisdag 28/1 2025, 15.00–16.00, lärarrummet
Närv: Anna, Bo, Cecilia, David.

Uppföljning förra mötet
– Hyllor biblioteket: beställda men leverantören har restnoterat, leverans v. 9 (Anna)
– Bussen till studiebesöket är bokad, avgång 7.45. Klart.
– Cecilia visade resultaten från matteprovet, bra diskussion. Klart.

Nästa möte 11/2
"""


def test_each_bullet_of_a_follow_up_paragraph_is_its_own_matter(
    store: Store, tmp_path: Path
) -> None:
    import_text(store, tmp_path, "a.txt", FIRST_TEAM)
    items = {it.title: it.id for it in store.list_items(ItemFilter())}
    shelves = next(i for t, i in items.items() if "hyllor" in t)
    train = next(i for t, i in items.items() if "buss" in t)
    plan = plan_text(store, tmp_path, "b.txt", LATER_TEAM)
    closed = {e.match_id for e in plan.entries if e.accepted and e.action == "close"}
    updated = {e.match_id for e in plan.entries if e.accepted and e.action == "update"}
    # The first bullet's label ("Hyllor biblioteket") names no other bullet's matter:
    # the train closes its own item, the shelves (ordered, not come) stay open.
    assert train in closed
    assert shelves not in closed
    assert shelves in updated


@pytest.mark.parametrize(
    "text",
    [
        "Utskottet föreslår styrelsen föreslå fullmäktige att avslå motionen.",
        "Styrelsen föreslås bevilja förvaltningen ett tilläggsanslag om 200 000 kronor.",
        "Utskottet föreslår nämnden att anse medborgarförslaget besvarat.",
    ],
)
def test_a_proposal_sent_on_to_the_deciding_body_is_a_decision(text: str) -> None:
    assert effect_of(text) == "decide"


def test_an_arende_handled_to_its_end_is_closed() -> None:
    assert effect_of("Nämnden avslår förslaget. Ärendet är därmed slutbehandlat.") == "close"
    # A proposal of what to do next is no verdict.
    assert effect_of("Förvaltningen föreslår att ärendet bordläggs.") == "update"


FIRST_BOARD = """Kultur- och fritidsnämnden
Protokoll 2025-09-10

§ 51 Medborgarförslag om utegym i Norrparken (KFN 2025/77)
Ett medborgarförslag om utegym i Norrparken har kommit in.
Beslut: Förslaget remitteras till fritidsavdelningen för yttrande till nämndens
sammanträde i november.

§ 52 Rutin för uthyrning av idrottshallar (KFN 2025/80)
Nämnden ger förvaltningen i uppdrag att utreda utökade lokaler för föreningslivet och
redovisa till nämnden i december.
"""

LATER_BOARD = """Kultur- och fritidsnämnden
Protokoll 2025-11-12

§ 70 Utegym i Norrparken – svar på medborgarförslag (KFN 2025/77)
Fritidsavdelningens yttrande har kommit in.
Beslut: Nämnden beslutar att avslå medborgarförslaget. Ärendet är därmed slutbehandlat.

§ 71 Information från förvaltningschefen
En lokalinventering har gjorts tillsammans med fastighetsavdelningen.
"""


def test_a_case_number_after_a_paragraph_title_identifies_the_arende(
    store: Store, tmp_path: Path
) -> None:
    import_text(store, tmp_path, "a.txt", FIRST_BOARD)
    items = store.list_items(ItemFilter())
    proposal = next(it for it in items if "utegym" in it.title.casefold())
    assert proposal.dnr == "KFN 2025/77"
    premises = next(it for it in items if "lokaler" in it.text)
    plan = plan_text(store, tmp_path, "b.txt", LATER_BOARD)
    closed = {e.match_id for e in plan.entries if e.accepted and e.action == "close"}
    # The § of the same case number under a new title closes the proposal ...
    assert proposal.id in closed
    # ... and an inventory brought up as new ("En lokalinventering …") is a step, not the
    # assignment on premises closed by name: offered, never closed silently.
    assert premises.id not in closed
