"""Rows numbered under an agenda point ("14.4 | Uppdatera webbsidan …") keep their
number, and a later line of the list's follow-up that opens with it and no colon
("14.4 Webbsidan är delvis uppdaterad; … Nytt datum 15 juni.") names the row by it.
Invented minutes."""

from __future__ import annotations

from pathlib import Path

from tests.services.linking_helpers import import_text, plan_text
from tracker.extract.mentions import followed_up_ref
from tracker.store import ItemFilter, Store

FIRST = """Ledningsgrupp Kultur
Minnesanteckningar 2026-04-07

Deltagare: Eva Holm (ordf.), Per Lund, Sara Ek

14. Kommunikation
Nr | Åtgärd | Ansvarig | Klart
14.3 | Ta fram pressmeddelande om nya webbsidan | Eva Holm | 2026-05-01
14.4 | Uppdatera webbsidan med nya öppettider | Per Lund | 2026-05-15

15. Nästa möte
Nästa möte 2026-05-19.
"""

LATER = """Ledningsgrupp Kultur
Minnesanteckningar 2026-05-19

Deltagare: Eva Holm (ordf.), Per Lund, Sara Ek

2. Uppföljning av åtgärdslistan
14.3 Pressmeddelandet är skickat. Klart.
14.4 Webbsidan är delvis uppdaterad; resten görs efter semestern. Nytt datum 15 juni.

3. Övrigt
Inget att ta upp.
"""


def test_the_sub_number_is_read() -> None:
    m = followed_up_ref("14.4 Webbsidan är delvis uppdaterad; resten görs efter semestern.")
    assert m is not None and m.group(1) == "14.4"
    # With a label the label reading has it.
    assert followed_up_ref("14.1 Besparingsförslag: ligger hos styrgruppen.") is None


def test_rows_keep_their_sub_numbers_and_are_named_by_them(store: Store, tmp_path: Path) -> None:
    import_text(store, tmp_path, "a.txt", FIRST)
    by_ref = {it.ref_no: it for it in store.list_items(ItemFilter())}
    assert {"14.3", "14.4"} <= set(by_ref), by_ref
    plan = plan_text(store, tmp_path, "b.txt", LATER)
    done = {e.match_id: e for e in plan.entries if e.accepted and e.match_id}
    assert done[by_ref["14.3"].id].action == "close"
    assert done[by_ref["14.4"].id].action == "update"
    assert "samma nummer i listan (14.4)" in done[by_ref["14.4"].id].reason
