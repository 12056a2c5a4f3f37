"""Schema 2: the status 'removed' (an item whose adding was undone).  An existing
version-1 database is rebuilt without losing items, history or the search index, and
no query of the store shows a removed item."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.store.old_schema import old_event
from tracker.errors import TrackerError
from tracker.store import REMOVED, SCHEMA_VERSION, ItemFilter, Store
from tracker.store import connection as conn_mod


def _remove(store: Store, item_id: int) -> None:
    # What balance.remove_item writes, without the service (this is the store's test).
    version = store.get_item(item_id).version
    with store.transaction():
        store.update_item_fields(item_id, version, {"status": REMOVED})


@pytest.fixture
def v1_database(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A database as the previous program version wrote it: schema 1, items with history,
    a document, a meeting and the search index."""
    with monkeypatch.context() as m:
        m.setattr(conn_mod, "MIGRATIONS", conn_mod.MIGRATIONS[:1])
        m.setattr(conn_mod, "SCHEMA_VERSION", 1)
        with Store.open(db_path, backup=False) as store:
            doc = store.insert_document(file_name="fvg.pdf", sha256="a" * 64)
            meeting = store.insert_meeting(body="FVG", document_id=doc)
            first = store.insert_item({"title": "Ventilationen i matsalen", "owner": "Vision",
                                       "document_id": doc, "meeting_id": meeting})  # fmt: skip
            old_event(store, first, "created", document_id=doc)
            old_event(store, first, "note", note="Fastighet återkommer")
            second = store.insert_item({"title": "Lönekartläggning", "status": "done"})
            old_event(store, second, "created")
            assert store.conn.execute("PRAGMA user_version").fetchone()[0] == 1
    return db_path


def test_version_1_database_is_rebuilt_with_everything_kept(v1_database: Path) -> None:
    before = sqlite3.connect(v1_database)
    items = before.execute("SELECT * FROM items ORDER BY id").fetchall()
    events = before.execute("SELECT * FROM item_events ORDER BY id").fetchall()
    before.close()
    with Store.open(v1_database) as store:
        c = store.conn
        assert c.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert c.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        # Every old column kept (later steps add columns at the end, empty).
        width = len(items[0])
        assert [r[:width] for r in c.execute("SELECT * FROM items ORDER BY id")] == items
        # The history survived the DROP of the old items table (no cascade).
        # (Schema 5 adds code and params at the end.)
        width = len(events[0])
        assert [r[:width] for r in c.execute("SELECT * FROM item_events ORDER BY id")] == events
        assert store.integrity_ok()
        indexes = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE "
                                           "type = 'index' AND tbl_name = 'items'")}  # fmt: skip
        assert {"items_status_due", "items_body_status", "items_owner", "items_due",
                "items_document", "items_meeting"} <= indexes  # fmt: skip
        # The old rows are still found by search, and the triggers index new text.
        assert [r.title for r in store.list_items(ItemFilter(text="matsal"))] == [
            "Ventilationen i matsalen"
        ]
        item = store.get_item(1)
        store.update_item_fields(1, item.version, {"title": "Ventilationen i köket"})
        assert store.list_items(ItemFilter(text="matsal")) == []
        assert [r.id for r in store.list_items(ItemFilter(text="köket"))] == [1]
        # The new status is accepted; foreign keys are enforced again.
        _remove(store, 1)
        assert store.get_item(1).status == REMOVED
        with pytest.raises(sqlite3.IntegrityError):
            c.execute("INSERT INTO item_events (item_id, at, field) VALUES (999, 'x', 'note')")
        with pytest.raises(sqlite3.IntegrityError):
            c.execute("UPDATE items SET status = 'gone' WHERE id = 2")
    backups = list((v1_database.parent / "backups").glob(f"*-fore-v{SCHEMA_VERSION}.db"))
    assert len(backups) == 1


def test_removed_items_are_in_no_list_count_or_choice(db_path: Path) -> None:
    with Store.open(db_path) as store:
        kept = store.insert_item({"title": "Riktig fråga om lokaler", "owner": "Vision",
                                  "body": "APT"})  # fmt: skip
        slip = store.insert_item({"title": "Felskriven fråga om lokaler", "owner": "Visoin",
                                  "body": "APTT"})  # fmt: skip
        _remove(store, slip)
        for flt in (ItemFilter(), ItemFilter(status=None), ItemFilter(text="lokaler"),
                    ItemFilter(status=None, sort="title"), ItemFilter(status=["open", "done"])):
            assert store.query_item_ids(flt) == [kept]  # fmt: skip
            assert [r.id for r in store.list_items(flt)] == [kept]
            assert len(store.list_items_json(flt)) == 1
            assert store.count_items(flt) == 1
        assert store.distinct_owners() == ["Vision"]
        assert store.distinct_bodies() == ["APT"]
        with pytest.raises(TrackerError, match="Okänd status"):
            store.list_items(ItemFilter(status=REMOVED))
        # Still there for its history, and for a redo.
        assert store.get_item(slip).title == "Felskriven fråga om lokaler"
        assert [r.id for r in store.fetch_items([slip])] == [slip]
