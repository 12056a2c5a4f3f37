"""Issue 18, problem 4: a forum typed by its alias ("FVG") is the forum it stands for,
the same way everywhere: new item, detail pane, agenda, import review, meeting mode."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog

from tests.gui.conftest import add
from tracker.domain import Candidate, DocumentInfo, Extraction, Meeting
from tracker.services import balance
from tracker.store import ItemFilter, Store

FVG = "Förvaltningsgruppen"


def test_new_item_with_fvg(qtbot, store: Store, window, monkeypatch) -> None:
    from tracker.gui import main_items

    add(store, "Fråga", body=FVG)

    def run(dialog) -> int:
        dialog.title.setText("Ny fråga")
        dialog.body.setValue("FVG")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(main_items.NewItemDialog, "exec", run)
    window.new_item()
    [row] = store.list_items(ItemFilter(text="Ny fråga"))
    assert row.body == FVG
    assert store.distinct_bodies() == [FVG]


def test_detail_pane_with_fvg(qtbot, store: Store, window) -> None:
    item_id = add(store, "Fråga", body="APT")
    window.reload()
    window.select_item(item_id)
    window.detail.body.setValue("fvg")
    assert window.detail.save()
    assert store.get_item(item_id).body == FVG


def test_agenda_with_fvg(qtbot, store: Store) -> None:
    from tracker.gui.agenda_dialog import AgendaDialog

    add(store, "Fråga", body=FVG)
    dialog = AgendaDialog(store)
    qtbot.addWidget(dialog)
    dialog.body_combo.setEditText("FVG")
    agenda = dialog.agenda()
    assert agenda.body == FVG
    assert [e.title for e in agenda.open_entries()] == ["Fråga"]


def test_review_with_fvg(qtbot, store: Store) -> None:
    from tracker.gui.review import ReviewDialog

    plan = balance.plan_import(store, Extraction(
        document=DocumentInfo(file="x.txt", sha256="12" * 32, format="txt", pages=1),
        meeting=Meeting(body=None),
        items=[Candidate(title="Fråga", text="Fråga.", kind="carried_over")],
    ))  # fmt: skip
    dialog = ReviewDialog(store, plan, Path("x.txt"))
    qtbot.addWidget(dialog)
    dialog.body.setText("FVG")
    dialog.accept()
    balance.apply_import(store, plan)
    assert [r.body for r in store.list_items(ItemFilter())] == [FVG]
