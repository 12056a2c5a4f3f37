"""The review dialog offers a candidate an earlier import did not take as any unsure link,
saying where it comes from ("ej tagen punkt från 2024-03-01"), and one key takes it up."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.services.helpers import FVG, cand, extraction
from tracker.gui.review import ReviewDialog
from tracker.gui.review_rows import COL_USE
from tracker.services import balance
from tracker.store import ItemFilter, Store


def _untaken(store: Store, title: str) -> int:
    doc = store.list_documents()[0].id if store.list_documents() else store.insert_document(
        file_name="fvg_mars.txt", sha256="fvg-mars")  # fmt: skip
    return store.insert_not_taken(
        {
            "body": FVG,
            "document_id": doc,
            "meeting_date": "2024-03-01",
            "title": title,
            "text": title,
            "label": "Ventilationen",
        }
    )


def test_an_untaken_candidate_is_offered_with_its_origin_and_taken_up(qtbot, store: Store) -> None:
    first = _untaken(store, "Ventilationen på förskolan Solen ses över")
    second = _untaken(store, "Ventilationen i skolans matsal ses över")
    closing = cand("Ventilationen: klart, frågan avslutas.", kind="closing", status="done",
                   label="Ventilationen", section="Balanslista")  # fmt: skip
    plan = balance.plan_import(store, extraction("fvg.txt", [closing]))
    [entry] = plan.entries
    # Two alike: never applied silently, both offered.
    assert entry.unsure and not entry.accepted
    assert {o[0] for o in entry.options} == {-first, -second}
    dialog = ReviewDialog(store, plan, Path("fvg.txt"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    combo = dialog.action_boxes[0]
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert sum("Stänger ej tagen punkt från 2024-03-01: Ventilationen" in t for t in texts) == 2
    dialog.table.selectRow(0)
    shown = dialog.evidence.toPlainText()
    assert "1) ej tagen punkt från 2024-03-01: Ventilationen" in shown
    wanted = entry.options[1][0]
    qtbot.keyClick(dialog.table, Qt.Key.Key_2)
    assert dialog.table.item(0, COL_USE).checkState() == Qt.CheckState.Checked
    assert combo.currentData() == f"close:{wanted}"
    dialog.accept()
    assert (plan.entries[0].action, plan.entries[0].match_id) == ("close", wanted)
    assert plan.entries[0].match_title == entry.options[1][1]
    result = balance.apply_import(store, plan)
    (item_id,) = result.taken_up
    item = store.get_item(item_id)
    assert (item.title, item.status) == (entry.options[1][1], "done")
    assert store.list_items(ItemFilter(status="open")) == []
    # The other one still waits.
    other = ({first, second} - {-wanted}).pop()
    assert [r.id for r in store.list_not_taken(FVG)] == [other]
