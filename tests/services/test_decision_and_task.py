"""A decision that approves what an assignment delivered and gives a new task in the
same sentence, written in the infinitive after "beslutade att" ("… beslutade att
godkänna redovisningen … samt att ge VD i uppdrag att …"): the § closes the old
assignment, the task is a new item.  Invented minutes."""

from __future__ import annotations

from pathlib import Path

from tests.services.linking_helpers import import_text, plan_text
from tracker.services.link_effects import decides_then_tasks
from tracker.store import ItemFilter, Store

FIRST = """Styrelsen för Bostadsbolaget AB
Protokoll 2024-03-12

Närvarande: Eva Ek (ordf.), Per Lund, Sara Holm, VD Omar Berg

§ 11 Val av justerare
Per Lund utses att justera protokollet.

§ 12 Laddplatser
Styrelsen ger VD i uppdrag att utreda laddplatser vid bolagets parkeringar senast
den 30 april 2024.
"""

LATER = """Styrelsen för Bostadsbolaget AB
Protokoll 2024-05-14

Närvarande: Eva Ek (ordf.), Per Lund, Sara Holm, VD Omar Berg

§ 20 Val av justerare
Sara Holm utses att justera protokollet.

§ 21 Redovisning – laddplatser vid bolagets parkeringar
VD redovisade utredningen om laddplatser vid bolagets parkeringar. Styrelsen beslutade
att godkänna redovisningen och att uppdraget därmed är slutfört, samt att ge VD i
uppdrag att söka stöd för en första etapp.
"""


def test_the_infinitive_decision_with_a_task() -> None:
    assert decides_then_tasks(
        "Styrelsen beslutade att godkänna redovisningen och att "
        "uppdraget är slutfört, samt att ge VD i uppdrag att söka stöd."
    )
    # One thing: the decision is the task.
    assert not decides_then_tasks("Nämnden beslutar att ge förvaltningen i uppdrag att utreda.")


def test_the_decision_closes_the_assignment_and_the_task_is_new(
    store: Store, tmp_path: Path
) -> None:
    import_text(store, tmp_path, "a.txt", FIRST)
    (old,) = store.list_items(ItemFilter())
    plan = plan_text(store, tmp_path, "b.txt", LATER)
    applied = [(e.action, e.match_id) for e in plan.entries if e.accepted]
    assert ("close", old.id) in applied, applied
    assert ("update", old.id) not in applied
    assert any(a == "new" for a, _ in applied), applied
