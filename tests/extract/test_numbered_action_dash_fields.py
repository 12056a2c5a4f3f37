"""Numbered action lines opened by "Nr N" with their fields after dashes and without
colons ("Nr 3 Ta fram … – ansvarig ekonomichef – klart 2025-05-31."), invented
Swedish minutes (:mod:`tracker.extract.numbered_actions`)."""

from __future__ import annotations

from pathlib import Path

from tests.extract.minutes_helpers import doc_from_text
from tests.services.linking_helpers import import_text, plan_text
from tracker.extract import extract
from tracker.store import Store

MINUTES = """\
Ledningsgrupp Samhällsbyggnad
Minnesanteckningar 2025-04-08

Närvarande: Eva Lund (ordf.), Per Sjö, Åsa Berg, Nils Falk

1. Ekonomi
Prognosen visar ett litet underskott.

2. Åtgärdslista
Nr 3 Ta fram en plan för underhåll av gatubelysningen – ansvarig gatuchef – klart 2025-05-31.
Nr 4 Se över rutinen för felanmälan i parkerna – ansvarig Per Sjö – klart i juni.

3. Övrigt
Inget att notera.
"""


def test_nr_lines_with_dash_fields_are_items_with_owner_due_and_number() -> None:
    ext = extract(doc_from_text(MINUTES))
    by_no = {c.ref_no: c for c in ext.items if c.ref_no}
    assert set(by_no) == {"3", "4"}
    assert by_no["3"].title == "Ta fram en plan för underhåll av gatubelysningen"
    assert by_no["3"].owner and by_no["3"].owner.casefold() == "gatuchef"
    assert str(by_no["3"].due) == "2025-05-31"
    assert by_no["4"].owner == "Per Sjö"
    assert str(by_no["4"].due) == "2025-06-30"
    # each line is its own passage: the next "Nr" line is not part of the one above
    assert "felanmälan" not in (by_no["3"].evidence or "")


def test_a_pointer_to_an_action_number_in_prose_is_no_action_line() -> None:
    text = MINUTES.replace("Prognosen visar ett litet underskott.",
                           "Nr 3 på listan diskuterades kort.")
    ext = extract(doc_from_text(text))
    assert not any("diskuterades" in c.title for c in ext.items)


LATER = """\
Ledningsgrupp Samhällsbyggnad
Minnesanteckningar 2025-05-13

Närvarande: Eva Lund (ordf.), Per Sjö, Åsa Berg, Nils Falk

1. Uppföljning av åtgärdslistan
Nr 3 klart – planen för gatubelysningen är antagen av nämnden.
Nr 4 – oförändrat, tas upp igen i juni när Per är tillbaka.
"""


def test_later_nr_rows_without_colons_close_and_update_their_own_rows(
    tmp_path: Path,
) -> None:
    store = Store.open(tmp_path / "t.db", backup=False)
    try:
        import_text(store, tmp_path, "1.txt", MINUTES)
        plan = plan_text(store, tmp_path, "2.txt", LATER)
        done = {(e.action, e.match_title) for e in plan.entries if e.accepted and e.match_id}
    finally:
        store.close()
    assert ("close", "Ta fram en plan för underhåll av gatubelysningen") in done
    assert ("update", "Se över rutinen för felanmälan i parkerna") in done
    # "Nr 4 …" is no part of the passage of "Nr 3 klart": nothing updates row 3
    assert ("update", "Ta fram en plan för underhåll av gatubelysningen") not in done
