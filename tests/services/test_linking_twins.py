"""One matter said twice in one document — a point in the text and its row in the
action log at the end — is one item, in the first minutes and in every later one: no
duplicate, and the point that closes it speaks for it when its row only repeats the old
status.  Invented minutes."""

from __future__ import annotations

from pathlib import Path

from tests.services.linking_helpers import import_text, plan_text
from tracker.store import ItemFilter, Store

FIRST = """Ledningsgrupp Fastighet
Anteckningar 2026-01-12

Närvarande: Eva Holm (ordf.), Per Lind, Sara Ek

Punkt 1. Ventilation i Tallbacken
Per Lind frågar hur ventilationen i Tallbackens matsal ska åtgärdas.
Förvaltningen återkommer med svar till nästa möte 2026-02-09.

Punkt 2. Nycklar
K7 Sara Ek inventerar nyckelskåpen i stadshuset, senast 2026-02-09.

Åtgärdslogg
# | Åtgärd | Ansvarig | Datum | Status
1 | Ventilation Tallbackens matsal | Per Lind | 2026-02-09 | Öppen
K7 | Inventering nyckelskåp stadshuset | Sara Ek | 2026-02-09 | Öppen
"""

LATER = """Ledningsgrupp Fastighet
Anteckningar 2026-02-09

Närvarande: Eva Holm (ordf.), Per Lind, Sara Ek

Punkt 1. Uppföljning
Ventilation Tallbackens matsal: Nytt aggregat är installerat och injusterat. Frågan avslutas.
K7 nyckelskåp: Sara har gått igenom hälften av skåpen.

Åtgärdslogg
# | Åtgärd | Ansvarig | Datum | Status
1 | Ventilation Tallbackens matsal | Per Lind | 2026-02-09 | Öppen
K7 | Inventering nyckelskåp stadshuset | Sara Ek | 2026-03-09 | Pågår
"""


def test_a_point_and_its_row_are_one_item(store: Store, tmp_path: Path) -> None:
    import_text(store, tmp_path, "a.txt", FIRST)
    titles = [it.title for it in store.list_items(ItemFilter())]
    assert len(titles) == 2, titles
    vent = next(it for it in store.list_items(ItemFilter()) if "Ventilation" in it.title)
    # The row is kept; the question of the point is its evidence.
    assert "frågar hur ventilationen" in (vent.evidence or "")


def test_the_later_point_and_row_make_no_duplicate(store: Store, tmp_path: Path) -> None:
    import_text(store, tmp_path, "a.txt", FIRST)
    items = {it.title: it for it in store.list_items(ItemFilter())}
    plan = plan_text(store, tmp_path, "b.txt", LATER)
    assert not [e for e in plan.entries if e.accepted and e.action == "new"]
    done = [e for e in plan.entries if e.accepted and e.action == "close"]
    vent = next(it for t, it in items.items() if "Ventilation" in t)
    keys = next(it for t, it in items.items() if "nyckelskåp" in t)
    # The point that closes speaks for the matter; its row only repeats "Öppen".
    assert [e.match_id for e in done] == [vent.id]
    updates = [e for e in plan.entries if e.accepted and e.action == "update"]
    assert [e.match_id for e in updates] == [keys.id]


LATER_UPDATE = """Ledningsgrupp Fastighet
Anteckningar 2026-02-09

Närvarande: Eva Holm (ordf.), Per Lind, Sara Ek

Punkt 1. Uppföljning
Inventering nyckelskåp stadshuset: hälften av skåpen är genomgångna, arbetet pågår.

Åtgärdslogg
# | Åtgärd | Ansvarig | Datum | Status
1 | Ventilation Tallbackens matsal | Per Lind | 2026-02-09 | Öppen
K7 | Inventering nyckelskåp stadshuset | Sara Ek | 2026-03-09 | Pågår
"""


def test_the_row_that_speaks_carries_the_points_words(store: Store, tmp_path: Path) -> None:
    # The point and its row both update the item; the row speaks (its number makes it
    # sure), and its note keeps what the point said besides "Pågår".
    import_text(store, tmp_path, "a.txt", FIRST)
    plan = plan_text(store, tmp_path, "b.txt", LATER_UPDATE)
    keys = next(it for it in store.list_items(ItemFilter()) if "nyckelskåp" in it.title)
    [update] = [e for e in plan.entries if e.accepted and e.match_id == keys.id]
    note = update.candidate.evidence or ""
    assert "Pågår" in note
    assert "hälften av skåpen är genomgångna" in note


def test_a_row_not_applied_adds_nothing_to_the_points_note(store: Store, tmp_path: Path) -> None:
    import_text(store, tmp_path, "a.txt", FIRST)
    plan = plan_text(store, tmp_path, "b.txt", LATER)
    [close] = [e for e in plan.entries if e.accepted and e.action == "close"]
    assert "Öppen" not in (close.candidate.evidence or "")


FIRST_LIST = """Tekniska utskottet
Protokoll 2026-03-03

Ledamöter: Eva Holm (ordf.), Per Lind, Sara Ek

1. Medborgarförslag om cykelställ längs Torggatan
Ett medborgarförslag om fler cykelställ längs Torggatan har inkommit.
Beslut: Medborgarförslaget om cykelställ remitteras till gatuenheten för yttrande.

2. Balanslista
Nr | Ärende | Ansvarig | Klart senast | Status
2026-04 | Medborgarförslag cykelställ Torggatan | Gatuenheten | – | Ny
2026-05 | Medborgarförslag soptunnor Torggatan | Avfallsenheten | – | Ny
"""

LATER_LIST = """Tekniska utskottet
Protokoll 2026-04-07

Ledamöter: Eva Holm (ordf.), Per Lind, Sara Ek

1. Cykelställ längs Torggatan
Gatuenheten meddelar att yttrandet över medborgarförslaget försenas och återkommer med det i juni.
Beslut: Informationen noteras.

2. Balanslista
Nr | Ärende | Ansvarig | Klart senast | Status
2026-04 | Medborgarförslag cykelställ Torggatan | Gatuenheten | juni 2026 | Försenat
2026-05 | Medborgarförslag soptunnor Torggatan | Avfallsenheten | – | Väntar på yttrande
"""


def test_the_heading_over_a_point_names_the_rows_matter(store: Store, tmp_path: Path) -> None:
    # The point's own sentence names the matter only as "medborgarförslaget"; the heading
    # over it names the row's matter, so the two are one matter said twice and the row's
    # update carries the point's words.  The point is a phrase rule's item ("återkommer
    # med"), whatever the scorer promotes.
    import_text(store, tmp_path, "a.txt", FIRST_LIST)
    bikes = next(it for it in store.list_items(ItemFilter()) if "cykelställ" in it.title)
    plan = plan_text(store, tmp_path, "b.txt", LATER_LIST)
    [update] = [e for e in plan.entries if e.accepted and e.match_id == bikes.id]
    assert update.action == "update"
    assert "yttrandet över medborgarförslaget försenas" in (update.candidate.evidence or "")
    assert not [e for e in plan.entries if e.accepted and e.action == "new"]


FIRST_LOG = """Kulturutskottet
Anteckningar 2026-02-10

Närvarande: Eva Holm (ordf.), Per Lind, Sara Ek

Åtgärdslogg
# | Åtgärd | Ansvarig | Datum | Status
1 | Yttrande över motion om cykelbana längs Ågatan | Per Lind | april 2026 | Ny
2 | Yttrande över motion om konstgräs vid Ågården | Sara Ek | april 2026 | Ny
"""

LATER_LOG = """Kulturutskottet
Anteckningar 2026-03-10

Närvarande: Eva Holm (ordf.), Per Lind, Sara Ek

Punkt 1. Motionen om cykelbana längs Ågatan
Förvaltningen har hämtat in uppgifter. Yttrandet är ännu inte klart men kommer till aprilmötet.

Åtgärdslogg
# | Åtgärd | Ansvarig | Datum | Status
1 | Yttrande över motion om cykelbana längs Ågatan | Per Lind | april 2026 | Pågår
2 | Yttrande över motion om konstgräs vid Ågården | Sara Ek | april 2026 | Pågår
"""


def test_the_agenda_points_heading_names_the_row_it_repeats(store: Store, tmp_path: Path) -> None:
    # "Yttrandet" alone names either motion's statement; the heading over it names one,
    # whose row updates the item and carries the point's words.
    import_text(store, tmp_path, "a.txt", FIRST_LOG)
    bike = next(it for it in store.list_items(ItemFilter()) if "cykelbana" in it.title)
    plan = plan_text(store, tmp_path, "b.txt", LATER_LOG)
    [update] = [e for e in plan.entries if e.accepted and e.match_id == bike.id]
    assert "Yttrandet är ännu inte klart" in (update.candidate.evidence or "")
    assert not [e for e in plan.entries if e.accepted and e.action in ("new", "close")]
