"""Schema step 6: the candidates an import did not take, kept per forum (see
``tracker.store.not_taken``): the migration of an existing file, reading them by forum,
what "waiting" means, and the bounds."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from tests.store.old_schema import store_at
from tracker.errors import StoreError
from tracker.store import REMOVED, SCHEMA_VERSION, ItemFilter, Store
from tracker.store import connection as conn_mod


def _row(
    store: Store,
    doc: int,
    title: str,
    *,
    body: str | None = "FVG",
    when: str | None = "2024-03-01",
    **more: object,
) -> int:
    return store.insert_not_taken({"body": body, "document_id": doc, "meeting_date": when,
                                   "title": title, "text": title, **more})  # fmt: skip


def _doc(store: Store, name: str) -> int:
    return store.insert_document(file_name=name, sha256=f"sha-{name}")


def test_an_existing_database_is_upgraded_with_its_items_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "lista.db"
    with store_at(path, 5, monkeypatch) as old:
        item = old.insert_item({"title": "Skyddsrond i köket", "body": "FVG"})
        old.add_event(item, "created")
        assert conn_mod.user_version(old.conn) == 5
        assert not old.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'not_taken'"
        ).fetchone()
    with Store.open(path) as store:
        assert conn_mod.user_version(store.conn) == SCHEMA_VERSION == 6
        assert [it.title for it in store.list_items()] == ["Skyddsrond i köket"]
        assert store.count_not_taken() == 0
        doc = _doc(store, "fvg.txt")
        _row(store, doc, "Arbetsgivaren svarar till nästa möte")
        assert [r.title for r in store.list_not_taken("FVG")] == [
            "Arbetsgivaren svarar till nästa möte"
        ]
    # The file as it was is kept beside it before the step.
    assert list((tmp_path / "backups").glob("*-fore-v6.db"))


def test_a_failed_step_leaves_schema_5(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "lista.db"
    with store_at(path, 5, monkeypatch) as old:
        old.insert_item({"title": "Lokalfrågan"})

    def broken(conn: sqlite3.Connection) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    steps = [*conn_mod.MIGRATIONS[:5], [*conn_mod.MIGRATIONS[5], broken]]
    monkeypatch.setattr(conn_mod, "MIGRATIONS", steps)
    with pytest.raises(StoreError):
        Store.open(path)
    conn = sqlite3.connect(path)
    assert conn_mod.user_version(conn) == 5
    assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'not_taken'").fetchone()
    conn.close()


def test_rows_are_read_by_forum_and_never_listed_as_items(tmp_path: Path) -> None:
    with Store.open(tmp_path / "b.db", backup=False) as store:
        doc = _doc(store, "fvg.txt")
        _row(
            store,
            doc,
            "Frågan om lokaler",
            due=dt.date(2024, 4, 9),
            dnr="SN 2024/31",
            ref_no="14",
            co_owners=["Vision"],
            tier="confident",
        )
        _row(store, doc, "Annat forum", body="SVG")
        _row(store, doc, "Utan forum", body=None)
        (row,) = store.list_not_taken("fvg")  # the forum's name, case ignored
        assert (row.title, row.due, row.dnr, row.ref_no, row.co_owners, row.tier) == (
            "Frågan om lokaler",
            dt.date(2024, 4, 9),
            "SN 2024/31",
            "14",
            ["Vision"],
            "confident",
        )
        assert row.document_file == "fvg.txt" and row.offered_on() == "2024-03-01"
        assert [r.title for r in store.list_not_taken(None)] == ["Utan forum"]
        # As an item for the linker: open, with the pseudo id it is given.
        item = row.as_item(-row.id)
        assert (item.id, item.status, item.dnr, item.ref_no) == (-row.id, "open", "SN 2024/31",
                                                                 "14")  # fmt: skip
        assert store.list_items(ItemFilter(status=None)) == []
        assert store.count_items(ItemFilter(status=None)) == 0


def test_waiting_rows_leave_out_taken_ones_and_undone_documents(tmp_path: Path) -> None:
    with Store.open(tmp_path / "b.db", backup=False) as store:
        first, second = _doc(store, "1.txt"), _doc(store, "2.txt")
        taken = _row(store, first, "Tagen")
        back = _row(store, first, "Tagen men ångrad")
        _row(store, second, "Väntar")
        item = store.insert_item({"title": "Tagen"})
        store.mark_not_taken_taken(taken, item)
        removed = store.insert_item({"title": "Tagen men ångrad", "status": REMOVED})
        store.mark_not_taken_taken(back, removed)
        assert [r.title for r in store.list_not_taken("FVG")] == ["Tagen men ångrad", "Väntar"]
        assert len(store.list_not_taken("FVG", waiting=False)) == 3
        store.mark_document_undone(second)
        assert [r.title for r in store.list_not_taken("FVG")] == ["Tagen men ångrad"]
        assert store.delete_not_taken_of_document(first) == 2


def test_prune_keeps_the_last_documents_and_18_months(tmp_path: Path) -> None:
    with Store.open(tmp_path / "b.db", backup=False) as store:
        docs = [_doc(store, f"{n}.txt") for n in range(5)]
        for n, doc in enumerate(docs):
            _row(store, doc, f"möte {n}", when=f"2024-0{n + 1}-01")
        _row(store, docs[0], "annat forum", body="SVG")
        # The last three documents of the forum only.
        deleted = store.prune_not_taken("FVG", keep_documents=3, newest=None, max_days=10_000)
        assert deleted == 2
        assert [r.title for r in store.list_not_taken("FVG")] == ["möte 2", "möte 3", "möte 4"]
        # None from a meeting more than 40 days before the newest (2024-05-01).
        store.prune_not_taken("FVG", keep_documents=3, newest=dt.date(2024, 5, 1), max_days=40)
        assert [r.title for r in store.list_not_taken("FVG")] == ["möte 3", "möte 4"]
        assert [r.title for r in store.list_not_taken("SVG")] == ["annat forum"]
