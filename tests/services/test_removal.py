"""services.removal: delete/undelete keep the history; undo_import leaves later changes."""

from __future__ import annotations

import datetime as dt

from tracker.domain import Candidate, DocumentInfo, Extraction, Meeting
from tracker.labels import event_text
from tracker.services import balance, removal
from tracker.store import Store


def test_delete_and_undelete_a_closed_item(tmp_path) -> None:
    with Store.open(tmp_path / "t.db") as store:
        row = balance.add_item(store, title="Fråga")
        row = balance.close_item(store, row.id, row.version, note="klart")
        row = removal.delete_item(store, row.id, row.version, note="dubblett")
        assert row.status == "removed" and row.last_note == "klart"
        deleted = store.item_history(row.id)[-1]
        assert (deleted.code, deleted.note) == ("deleted", "dubblett")
        assert event_text(deleted) == "status: klar → borttagen – Borttagen: dubblett"
        assert [r.id for r in removal.list_removed(store)] == [row.id]
        row = removal.undelete_item(store, row.id, row.version)
        assert row.status == "done"


def test_undo_import_keeps_a_later_change(tmp_path) -> None:
    with Store.open(tmp_path / "t.db") as store:
        old = balance.add_item(store, title="Gammal fråga", body="FVG", due=dt.date(2024, 5, 1))
        extraction = Extraction(
            document=DocumentInfo(file="a.txt", sha256="aa" * 32, format="txt", pages=1),
            meeting=Meeting(body="FVG", date=dt.date(2024, 4, 9)),
            items=[Candidate(title="Ny fråga", text="Ny fråga.", kind="carried_over")],
        )
        result = balance.apply_import(store, balance.plan_import(store, extraction))
        doc = result.document_id
        row = store.get_item(old.id)
        store.update_item_fields(row.id, row.version, {"due": dt.date(2024, 6, 1)})
        store.add_event(row.id, "due", row.due, dt.date(2024, 6, 1), document_id=doc)
        row = store.get_item(old.id)
        balance.update_item(store, row.id, row.version, {"due": dt.date(2024, 9, 1)})
        undone = removal.undo_import(store, doc)
        assert undone.removed == result.created
        assert old.id in undone.kept
        assert store.get_item(old.id).due == dt.date(2024, 9, 1)
        assert store.get_document(doc).undone
        assert store.list_meetings() == []
