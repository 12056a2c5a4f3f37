"""Action lists numbered by codes ("A1.", "A26-14") instead of plain numbers: each line
is an item that keeps its code as its list number, a point that sends the reader to a
line by its code ("Se B2.") is that line's matter, and a later "B1 Label: pågår" names
the item by the code.  Invented minutes."""

from __future__ import annotations

from pathlib import Path

from tests.services.linking_helpers import import_text, plan_text
from tracker.extract.mentions import code_series_of, coded_item, numbered_ref
from tracker.services.plan import ImportPlan
from tracker.store import ItemFilter, ItemRow, Store

FIRST = """Ledningsgrupp Kultur
Minnesanteckningar 2026-02-03

Deltagare: Eva Holm (ordf.), Kim Lund, Sara Ek, Omar Berg

1. Bibliotekets öppettider
Kim redovisar besöksstatistiken. Gruppen vill ha ett förslag på nya öppettider för
filialerna. Se B2.

2. Skolbio
Sara informerar om att skolbion i vår är fullbokad. Ingen åtgärd.

Åtgärdslista (nya)
B1. Omar bokar lokal för kulturnatten senast 2026-03-01.
B2. Kim tar fram förslag på nya öppettider för filialerna till LG i mars.
B3. Samtliga enhetschefer lämnar underlag om lokalbehov. Ansvarig: cheferna. Klart: 2026-03-01.

Nästa LG: 2026-03-03
"""

LATER = """Ledningsgrupp Kultur
Minnesanteckningar 2026-03-03

Deltagare: Eva Holm (ordf.), Kim Lund, Sara Ek, Omar Berg

1. Genomgång av åtgärdslistan
- B1 Kulturnatten: lokalen är bokad. Klar.
- B2 Öppettider filialer: pågår, till LG i april.
- B3 Lokalbehov: två av fem enheter har lämnat underlag. Kvarstår.

Nästa LG: 2026-04-07
"""


def test_a_code_numbers_lines_only_where_the_list_uses_it_twice() -> None:
    series = code_series_of(["B1. Omar bokar lokal.", "B2. Kim tar fram förslag."])
    assert series == {"B"}
    assert coded_item("B2. Kim tar fram förslag.", series).group(1) == "B2"
    # A room named once opens no action of a list.
    assert coded_item("C12 Projektorn är lagad.", series) is None
    assert code_series_of(["A26-14 Samtliga lämnar underlag.", "A26-15 Ekonomichefen …"]) == {
        "A26-"
    }
    m = numbered_ref("- A26-19 Personalomsättning förskolan: Pågår, redovisas i oktober.")
    assert m is not None and m.group(1) == "A26-19"
    assert m.group(3) == "Personalomsättning förskolan"


def test_each_coded_line_is_an_item_with_its_code(store: Store, tmp_path: Path) -> None:
    import_text(store, tmp_path, "a.txt", FIRST)
    items = store.list_items(ItemFilter())
    by_ref = {it.ref_no: it for it in items}
    # B3 has no verb the sentence rules read as a task, but its owner field makes it one.
    assert {"B1", "B2", "B3"} <= set(by_ref), [(it.ref_no, it.title) for it in items]
    # The point that sends the reader to B2 is B2's matter, not an item of its own.
    assert not [it for it in items if it.ref_no != "B2" and "öppettider" in it.title]
    assert "förslag på nya öppettider" in (by_ref["B2"].evidence or "")
    # A line's passage is its own line, not the action before it.
    assert "kulturnatten" not in (by_ref["B2"].evidence or "").casefold()


def _later_on_the_list(
    store: Store, tmp_path: Path, later: str
) -> tuple[dict[str | None, ItemRow], ImportPlan]:
    """The list of FIRST imported, and the plan of ``later``: B1 closed, B2 and B3
    updated, each by its code."""
    import_text(store, tmp_path, "a.txt", FIRST)
    by_ref = {it.ref_no: it for it in store.list_items(ItemFilter())}
    plan = plan_text(store, tmp_path, "b.txt", later)
    done = {e.match_id: e.action for e in plan.entries if e.accepted and e.match_id}
    assert done.get(by_ref["B1"].id) == "close"
    assert done.get(by_ref["B2"].id) == "update"
    assert done.get(by_ref["B3"].id) == "update"
    return by_ref, plan


def test_a_later_line_names_the_item_by_its_code(store: Store, tmp_path: Path) -> None:
    _, plan = _later_on_the_list(store, tmp_path, LATER)
    # "Nästa LG: …" is the next meeting, no matter of the list.
    assert not [e for e in plan.entries if "Nästa LG" in (e.candidate.label or "")]


PROSE = """Ledningsgrupp Kultur
Minnesanteckningar 2026-03-03

Deltagare: Eva Holm (ordf.), Kim Lund, Sara Ek, Omar Berg

1. Genomgång av åtgärdslistan
Genomgången visade att lokalen för kulturnatten är bokad (B1, klar) och att arbetet
med förslaget på öppettider fortsätter (B2, pågår). Underlaget om lokalbehov är inte
komplett eftersom två enheter saknas; B3 flyttas till nästa LG.

Nästa LG: 2026-04-07
"""


def test_codes_in_running_text_name_their_rows(store: Store, tmp_path: Path) -> None:
    """ "… är bokad (B1, klar) och att … fortsätter (B2, pågår)": each bracket names its
    row with its status, the clause before it its passage; "B3 flyttas …" names B3 and
    no other row of the list."""
    by_ref, plan = _later_on_the_list(store, tmp_path, PROSE)
    b3 = next(e for e in plan.entries if e.match_id == by_ref["B3"].id and e.accepted)
    assert "samma nummer i listan (B3)" in b3.reason
