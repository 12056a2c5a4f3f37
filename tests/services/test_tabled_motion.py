"""A motion tabled under its own § ("§ 43 Motion om … / Motion från … / Beslut /
Ärendet bordläggs till nästa sammanträde.") is one matter, one item, and the next
meeting's decision under the same dnr closes it without the secretary's word.
Invented minutes."""

from __future__ import annotations

from pathlib import Path

from tests.services.linking_helpers import import_text, plan_text
from tracker.store import ItemFilter, Store

HEAD = """Kulturnämnden                                      PROTOKOLL
                                                   Sammanträdesdatum {date}
Beslutande           Eva Ek (S), ordförande
                     Per Lund (M)
Justerare            Per Lund
________________________________________________________________________________

KN § {n}
Val av justerare
Per Lund (M) utses att justera protokollet.

"""

FIRST = (
    HEAD.format(date="2024-03-12", n=11)
    + """\
KN § 12                                            Dnr KN 2024/031
Motion om fler bänkar i stadsparken
Motion från Centerpartiet om att ställa ut fler bänkar längs dammen i
stadsparken.
Beslut
Ärendet bordläggs till nästa sammanträde.

KN § 13
Delegationsbeslut
Redovisade delegationsbeslut läggs till handlingarna.
"""
)

LATER = (
    HEAD.format(date="2024-04-16", n=20)
    + """\
KN § 21                                            Dnr KN 2024/031
Motion om fler bänkar i stadsparken
Ärendet bordlades 2024-03-12, § 12. Parkenheten har räknat på sex nya bänkar.
Beslut
Kulturnämnden föreslår kommunfullmäktige att bifalla motionen.

KN § 22
Delegationsbeslut
Redovisade delegationsbeslut läggs till handlingarna.
"""
)


def test_the_tabled_motion_is_one_item(store: Store, tmp_path: Path) -> None:
    import_text(store, tmp_path, "a.txt", FIRST)
    items = store.list_items(ItemFilter())
    assert len(items) == 1, [it.title for it in items]
    # The motion's own words stay with the item, for later minutes to name it by.
    assert "Motion från Centerpartiet" in (items[0].evidence or "")


def test_the_decision_closes_it(store: Store, tmp_path: Path) -> None:
    import_text(store, tmp_path, "a.txt", FIRST)
    (item,) = store.list_items(ItemFilter())
    plan = plan_text(store, tmp_path, "b.txt", LATER)
    closes = [e for e in plan.entries if e.accepted and e.action == "close"]
    assert [e.match_id for e in closes] == [item.id], [
        (e.action, e.match_id, e.accepted, e.reason) for e in plan.entries
    ]


TWO = (
    HEAD.format(date="2024-03-12", n=11)
    + """\
KN § 12                                            Dnr KN 2024/031
Parkbänkar vid dammen
Kulturnämnden ger förvaltningen i uppdrag att utreda fler parkbänkar vid dammen
senast den 30 april 2024.

KN § 13                                            Dnr KN 2024/044
Simhallens öppettider
Kulturnämnden ger förvaltningen i uppdrag att utreda längre öppettider i simhallen
senast den 30 april 2024.
"""
)

FOLLOW = (
    HEAD.format(date="2024-04-16", n=20)
    + """\
KN § 21
Uppföljning av nämndens uppdrag
Nämndsekreteraren redovisar: parkbänkarna (KN 2024/031) – förslag lämnas i maj,
kvarstår; simhallens öppettider (KN 2024/044) – utredningen pågår, klar i juni.
Beslut
Redovisningen noteras.
"""
)


def test_a_list_of_ärenden_run_together_speaks_of_each(store: Store, tmp_path: Path) -> None:
    """ "… parkbänkarna (KN 2024/031) – …, kvarstår; simhallens öppettider (KN 2024/044) –
    utredningen pågår …": each unit names its ärende by its dnr and updates it."""
    import_text(store, tmp_path, "a.txt", TWO)
    items = store.list_items(ItemFilter())
    benches = next(it for it in items if "parkbänkar" in it.title)
    pool = next(it for it in items if "simhallen" in it.title)
    plan = plan_text(store, tmp_path, "b.txt", FOLLOW)
    done = {e.match_id: e.action for e in plan.entries if e.accepted and e.match_id}
    assert done == {benches.id: "update", pool.id: "update"}, [
        (e.action, e.match_id, e.accepted, e.candidate.text[:60]) for e in plan.entries
    ]
