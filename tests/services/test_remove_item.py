"""Undo in the services.  Taking back an item added by mistake (the undo of "Ny punkt"):
it leaves every list, the agenda and import matching as if never added, keeps its
history, cannot be edited, and comes back with restore_item (the redo).  Undoing an
edit (revert_item) never makes its bookkeeping note the item's latest note."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tracker.errors import StaleEditError, TrackerError
from tracker.labels import describe_event
from tracker.services import balance
from tracker.services.agenda import build_agenda
from tracker.store import REMOVED, ItemFilter, Store

from .helpers import FVG, cand, extraction


@pytest.fixture
def store(db_path: Path) -> Store:
    s = Store.open(db_path)
    yield s
    s.close()


def test_remove_and_restore(store: Store) -> None:
    kept = balance.add_item(store, title="Lokalfrågan i Älvsjö", body=FVG, note="från mötet")
    slip = balance.add_item(store, title="Lokalfrågan i Älvjsö", body=FVG, owner="Vison")
    removed = balance.remove_item(store, slip.id, slip.version)
    assert removed.status == REMOVED
    assert [r.id for r in store.list_items(ItemFilter(status=None))] == [kept.id]
    assert "Vison" not in store.distinct_owners()
    last = store.item_history(slip.id)[-1]
    assert (last.field, last.old, last.new, last.code, last.note) == (
        "status", "open", REMOVED, "removed", None
    )  # fmt: skip
    assert describe_event(last).endswith("status: öppen → borttagen – Ångrad: skapad av misstag")

    restored = balance.restore_item(store, slip.id, removed.version)
    assert restored.status == "open"
    assert [r.id for r in store.list_items(ItemFilter(sort="id"))] == [kept.id, slip.id]
    assert [(e.field, e.new) for e in store.item_history(slip.id)] == [
        ("created", None), ("status", REMOVED), ("status", "open")
    ]  # fmt: skip
    # The bookkeeping notes do not become the item's "latest note" in lists.
    assert restored.last_note is None
    assert store.get_item(kept.id).last_note == "från mötet"


def test_a_removed_item_cannot_be_edited(store: Store) -> None:
    row = balance.add_item(store, title="Fel punkt")
    row = balance.remove_item(store, row.id, row.version)
    for edit in (
        lambda: balance.update_item(store, row.id, row.version, {"status": "open"}),
        lambda: balance.close_item(store, row.id, row.version, note="klar"),
        lambda: balance.add_note(store, row.id, "en anteckning"),
        lambda: balance.remove_item(store, row.id, row.version),
    ):
        with pytest.raises(TrackerError, match="borttagen"):
            edit()
    assert store.get_item(row.id).status == REMOVED


def test_remove_checks_version_and_status(store: Store) -> None:
    row = balance.add_item(store, title="Punkt")
    with pytest.raises(StaleEditError):
        balance.remove_item(store, row.id, row.version - 1)
    done = balance.close_item(store, row.id, row.version, note="klar")
    with pytest.raises(TrackerError, match="klar, inte öppen"):
        balance.remove_item(store, row.id, done.version)
    with pytest.raises(TrackerError, match="klar, inte borttagen"):
        balance.restore_item(store, row.id, done.version)


def test_removed_item_is_not_on_the_agenda_nor_matched_by_an_import(store: Store) -> None:
    balance.add_item(store, title="Ventilationen i matsalen", body=FVG)
    slip = balance.add_item(store, title="Arbetsmiljön på förskolorna", body=FVG)
    balance.remove_item(store, slip.id, slip.version)
    agenda = build_agenda(store, FVG, dt.date(2024, 4, 9))
    assert [e.title for e in agenda.open_entries()] == ["Ventilationen i matsalen"]
    ext = extraction("fvg.txt", [cand("Arbetsmiljön på förskolorna",
                                      "Arbetsmiljön på förskolorna tas upp igen.")])  # fmt: skip
    plan = balance.plan_import(store, ext)
    assert [(e.action, e.match_id) for e in plan.entries] == [("new", None)]


def test_revert_item_keeps_the_bookkeeping_note_out_of_the_latest_note(store: Store) -> None:
    row = balance.add_item(store, title="Lokalfrågan", owner="Vision", note="Från APT")
    edited = balance.update_item(store, row.id, row.version, {"owner": "HR"},
                                 note="HR tar över")  # fmt: skip
    assert edited.last_note == "HR tar över"
    back = balance.revert_item(store, row.id, edited.version, {"owner": "Vision"},
                               code="undone", last_note="Från APT")  # fmt: skip
    assert (back.owner, back.last_note) == ("Vision", "Från APT")
    last = store.item_history(row.id)[-1]
    assert (last.field, last.new, last.code, last.note) == ("owner", "Vision", "undone", None)
    assert describe_event(last).endswith("ansvarig: HR → Vision – Ångrad ändring")
