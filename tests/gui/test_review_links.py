"""The review dialog offers the open items an unsure link may mean (top three, with
score and reason) and the secretary picks one with a single key: 1–3, N for new."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.gui.conftest import add
from tests.services.helpers import cand, extraction
from tracker.gui.review import ReviewDialog
from tracker.gui.review_rows import COL_CONF, COL_USE
from tracker.services import balance
from tracker.store import Store


def _dialog(qtbot, store: Store, plan: balance.ImportPlan) -> ReviewDialog:
    dialog = ReviewDialog(store, plan, Path("fvg.txt"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_an_unsure_link_is_offered_and_picked_with_one_key(qtbot, store: Store) -> None:
    first = add(store, "Ventilationen på förskolan Solen", body="Förvaltningsgruppen")
    second = add(store, "Ventilationen i skolans matsal", body="Förvaltningsgruppen")
    closing = cand("Ventilationen: klart, frågan avslutas.", kind="closing", status="done",
                   label="Ventilationen", section="Balanslista")  # fmt: skip
    plan = balance.plan_import(store, extraction("fvg.txt", [closing]))
    [entry] = plan.entries
    # Two items alike: never closed silently, both offered with a reason.
    assert entry.unsure and not entry.accepted
    assert {o[0] for o in entry.options} == {first, second}
    assert all(o[3] for o in entry.options)
    dialog = _dialog(qtbot, store, plan)
    assert dialog.table.item(0, COL_CONF).text() == "osäker"
    dialog.table.selectRow(0)
    assert "1)" in dialog.evidence.toPlainText() and "2)" in dialog.evidence.toPlainText()
    wanted = entry.options[1][0]
    qtbot.keyClick(dialog.table, Qt.Key.Key_2)
    assert dialog.table.item(0, COL_USE).checkState() == Qt.CheckState.Checked
    assert dialog.action_boxes[0].currentData() == f"close:{wanted}"
    dialog.accept()
    assert (plan.entries[0].action, plan.entries[0].match_id) == ("close", wanted)
    assert plan.entries[0].accepted
    result = balance.apply_import(store, plan)
    assert result.closed == [wanted]
    assert store.get_item(wanted).status == "done"


def test_mentions_show_as_updates_and_closings_without_new(qtbot, store: Store) -> None:
    from tracker.extract import extract
    from tracker.ingest import read_document

    series = Path(__file__).resolve().parents[2] / "bench" / "carryover" / "s14_lg_numrerad"
    first = balance.plan_import(store, extract(read_document(series / "1.txt")))
    balance.apply_import(store, first)
    plan = balance.plan_import(store, extract(read_document(series / "2.txt")))
    mentions = [k for k, e in enumerate(plan.entries) if e.mention]
    assert mentions
    dialog = _dialog(qtbot, store, plan)
    for k in mentions:
        data = [dialog.action_boxes[k].itemData(i) for i in range(dialog.action_boxes[k].count())]
        assert "new" not in data and "skip" in data
    dialog.accept()
    result = balance.apply_import(store, plan)
    assert len(result.closed) == 2 and len(result.updated) == 2
    assert len(result.created) == 1  # the new action of "Nya åtgärder"


def test_a_look_alike_new_item_can_become_an_update_with_one_key(qtbot, store: Store) -> None:
    item = add(store, "Ventilationen på förskolan Solen", body="Förvaltningsgruppen")
    plan = balance.plan_import(store, extraction("fvg.txt", []))
    c = cand("Kommunal frågar om ventilationen på förskolan Månen.")
    plan.entries.append(balance.PlanEntry(
        candidate=c, action="new", score=55.0, unsure=True,
        alternatives=[(item, "Ventilationen på förskolan Solen", 55.0)],
        options=[(item, "Ventilationen på förskolan Solen", 55.0, "ord: ventilationen")],
    ))  # fmt: skip
    dialog = _dialog(qtbot, store, plan)
    assert dialog.table.item(0, COL_CONF).text() == "liknar"
    assert dialog.action_boxes[0].currentData() == "new"
    dialog.table.selectRow(0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_1)
    assert dialog.action_boxes[0].currentData() == f"update:{item}"
    qtbot.keyClick(dialog.table, Qt.Key.Key_N)
    assert dialog.action_boxes[0].currentData() == "new"


def test_the_open_list_shows_each_choice_whole(qtbot, store: Store) -> None:
    long_title = "Ventilationen på förskolan Solen i det nya huset vid torget och dess matsal"
    add(store, long_title, body="Förvaltningsgruppen")
    add(store, "Ventilationen i skolans matsal och idrottshall", body="Förvaltningsgruppen")
    closing = cand("Ventilationen: klart, frågan avslutas.", kind="closing", status="done",
                   label="Ventilationen", section="Balanslista")  # fmt: skip
    plan = balance.plan_import(store, extraction("fvg.txt", [closing]))
    dialog = _dialog(qtbot, store, plan)
    combo = dialog.action_boxes[0]
    view = combo.view()
    widest = max(view.fontMetrics().horizontalAdvance(combo.itemText(i))
                 for i in range(combo.count()))  # fmt: skip
    # The closed box stays as narrow as its column; its list is as wide as its widest choice.
    assert combo.width() < widest
    assert view.minimumWidth() >= widest
