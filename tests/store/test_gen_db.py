"""The benchmark's database generator makes a valid, realistic balance list."""

from __future__ import annotations

from pathlib import Path

from bench.gen_db import generate
from tracker.labels import describe_event
from tracker.store import ItemFilter, Store


def test_generate_small_database(tmp_path: Path) -> None:
    path = generate(tmp_path / "bench.db", 400, seed=3)
    with Store.open(path, backup=False) as store:
        assert store.count_items(ItemFilter(status=None)) == 400
        open_items = store.count_items(ItemFilter())
        assert 0 < open_items < 400
        assert len(store.distinct_bodies()) >= 5
        assert len(store.distinct_owners()) >= 10
        assert store.list_documents() and store.list_meetings()
        # Search works on the generated text, and every item has a history.
        assert store.query_item_ids(ItemFilter(text="arbetsmiljö", status=None))
        assert all(store.item_history(i) for i in (1, 200, 400))
        # Events as the program writes them: codes, never sentences.
        codes = {e.code for events in store.histories(range(1, 401)).values() for e in events}
        assert codes == {"created", "changed", "discussed"}
        discussed = next(e for i in range(1, 401) for e in store.item_history(i)
                         if e.field == "discussed")  # fmt: skip
        assert describe_event(discussed).endswith(f"behandlad {discussed.params['when']}")
        assert store.integrity_ok()
    # Same seed, same content.
    again = generate(tmp_path / "again.db", 400, seed=3)
    with Store.open(path, backup=False) as a, Store.open(again, backup=False) as b:
        flt = ItemFilter(status=None, sort="id")
        assert [(r.title, r.owner, r.due, r.status) for r in a.list_items(flt)] == [
            (r.title, r.owner, r.due, r.status) for r in b.list_items(flt)
        ]
