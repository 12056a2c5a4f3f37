"""The review dialog's document pane: the read text with page markers, searchable,
showing the selected candidate's lines; a passage marked there becomes a hand-added
candidate (Ctrl+Shift+A) that is saved like the others, with its source and a history
note; Delete takes back a hand-added row only; cancelling saves nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import add
from tests.gui.review_helpers import open_dialog
from tests.gui.test_import import Reviews, all_items, reviews  # noqa: F401 (fixture)
from tracker.extract import extract
from tracker.gui.review import ReviewDialog
from tracker.gui.review_rows import COL_CONF, COL_DUE, COL_OWNER, COL_TITLE, COL_USE
from tracker.ingest import read_document
from tracker.labels import event_text
from tracker.services import balance
from tracker.store import Store

MINUTES = """\
Minnesanteckningar från Förvaltningsgruppen 2024-02-20

Närvarande: Anna Berg (Arbetsgivaren), Per Ek (Kommunal), Lisa Holm (Vision)

1. Mötets öppnande
Anna Berg öppnade mötet.

2. Arbetsmiljö på förskolorna
Kommunal tog upp ventilationen på förskolan Solen. Arbetsgivaren återkommer med svar till nästa möte.

3. Lokaler
Lokalgruppen har träffats två gånger. Belysningen i korridoren på plan 2 är trasig och Vision vill ha en tidplan senast 15 mars.
Diskussionen fortsatte om parkeringen.

4. Övrigt
Inget övrigt.
"""  # noqa: E501 (lines as a secretary writes them)
MISSED = (
    "Belysningen i korridoren på plan 2 är trasig och Vision vill ha en tidplan senast 15 mars."
)


@pytest.fixture
def minutes_txt(tmp_path: Path) -> Path:
    path = tmp_path / "fvg_2024-02-20.txt"
    path.write_text(MINUTES, "utf-8")
    return path


def select_text(dialog: ReviewDialog, text: str) -> None:
    view = dialog.doc_view.view
    found = view.document().find(text)
    assert not found.isNull(), text
    view.setTextCursor(found)


def add_by_shortcut(qtbot, dialog: ReviewDialog) -> int:
    before = dialog.table.rowCount()
    qtbot.keyClick(
        dialog.doc_view.view,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert dialog.table.rowCount() == before + 1
    return before


def test_text_view_shows_the_lines_with_page_markers(qtbot, store: Store, minutes_txt) -> None:
    dialog, _ = open_dialog(qtbot, store, minutes_txt)
    text = dialog.doc_view.view.toPlainText()
    assert text.startswith("— Sida 1 —")
    assert MISSED in text
    assert dialog.doc_view.view.isReadOnly()


def test_shortcut_adds_marked_passage_as_checked_row(qtbot, store: Store, minutes_txt) -> None:
    dialog, _ = open_dialog(qtbot, store, minutes_txt)
    select_text(dialog, MISSED)
    row = add_by_shortcut(qtbot, dialog)

    entry = dialog.entries[row]
    c = entry.candidate
    assert entry.manual and entry.action == "new"
    assert (c.page, c.line) == (1, 12)
    assert c.title == MISSED.rstrip(".")
    assert c.text == c.evidence == MISSED
    assert c.due == dt.date(2024, 3, 15) and c.due_text == "senast 15 mars"
    assert c.section == "3 Lokaler"
    assert c.confidence == 1.0 and c.status == "open" and c.kind == "action"
    # The row: checked, selected, its title being edited, the due date shown.
    assert dialog.table.item(row, COL_USE).checkState() == Qt.CheckState.Checked
    assert dialog.table.selectionModel().selectedRows()[0].row() == row
    assert dialog.table.state() == dialog.table.State.EditingState
    assert dialog.table.currentColumn() == COL_TITLE
    assert dialog.table.item(row, COL_DUE).text() == "2024-03-15"
    assert dialog.table.item(row, COL_CONF).text() == "för hand"
    assert "2 nya" in dialog.counts.text()


def test_nothing_marked_takes_the_cursor_line(qtbot, store: Store, minutes_txt) -> None:
    dialog, _ = open_dialog(qtbot, store, minutes_txt)
    view = dialog.doc_view.view
    cursor = view.document().find("Diskussionen fortsatte")
    cursor.clearSelection()
    view.setTextCursor(cursor)
    row = add_by_shortcut(qtbot, dialog)
    c = dialog.entries[row].candidate
    assert (c.page, c.line) == (1, 13)
    assert c.title == "Diskussionen fortsatte om parkeringen"
    assert c.due is None and c.owner is None


def test_hand_added_row_is_saved_with_source_and_history(
    qtbot, store: Store, minutes_txt: Path
) -> None:
    dialog, _ = open_dialog(qtbot, store, minutes_txt)
    select_text(dialog, MISSED)
    row = add_by_shortcut(qtbot, dialog)
    title = dialog.table.item(row, COL_TITLE)
    dialog.table.closePersistentEditor(title)
    title.setText("Belysningen i korridoren plan 2")
    dialog.table.item(row, COL_OWNER).setText("Arbetsgivaren")
    dialog.accept()
    assert dialog.result() == ReviewDialog.DialogCode.Accepted

    result = balance.apply_import(store, dialog.plan, source_path=minutes_txt)
    assert len(result.created) == 2
    item = next(i for i in all_items(store) if i.title == "Belysningen i korridoren plan 2")
    assert (item.page, item.line, item.document_file) == (1, 12, minutes_txt.name)
    assert item.owner == "Arbetsgivaren" and item.due == dt.date(2024, 3, 15)
    assert item.body == "Förvaltningsgruppen" and item.section == "3 Lokaler"
    assert item.evidence == MISSED
    created = store.item_history(item.id)[0]
    assert (created.field, created.code, created.note) == ("created", "added_by_hand", None)
    assert event_text(created) == "skapad – tillagd för hand vid import"
    other = next(i for i in all_items(store) if i.id != item.id)
    assert store.item_history(other.id)[0].note is None


def test_hand_added_row_matches_an_open_item(qtbot, store: Store, minutes_txt: Path) -> None:
    old = add(store, "Belysningen i korridoren på plan 2", body="Förvaltningsgruppen")
    dialog, _ = open_dialog(qtbot, store, minutes_txt)
    select_text(dialog, MISSED)
    row = add_by_shortcut(qtbot, dialog)
    assert dialog.action_boxes[row].currentData() == f"update:{old}"
    dialog.accept()
    balance.apply_import(store, dialog.plan)
    events = store.item_history(old)
    assert events[-1].field == "discussed"
    assert events[-1].params == {"when": "2024-02-20", "by_hand": True}
    assert event_text(events[-1]) == "behandlad 2024-02-20 (tillagd för hand vid import)"
    assert store.get_item(old).due == dt.date(2024, 3, 15)


def test_delete_removes_hand_added_rows_only(qtbot, store: Store, minutes_txt: Path) -> None:
    dialog, _ = open_dialog(qtbot, store, minutes_txt)
    extracted = dialog.table.rowCount()
    assert extracted >= 1
    select_text(dialog, MISSED)
    row = add_by_shortcut(qtbot, dialog)
    dialog.table.closePersistentEditor(dialog.table.item(row, COL_TITLE))
    dialog.table.setFocus()
    dialog.table.selectRow(0)  # an extracted row: Delete leaves it
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert dialog.table.rowCount() == extracted + 1
    assert not dialog.remove_button.isEnabled()
    dialog.table.selectRow(row)
    assert dialog.remove_button.isEnabled()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert dialog.table.rowCount() == extracted
    assert not any(e.manual for e in dialog.entries)
    assert len(dialog.action_boxes) == extracted
    dialog.accept()
    assert len(dialog.plan.entries) == extracted


def test_selecting_a_candidate_shows_its_lines(qtbot, store: Store, tmp_path: Path) -> None:
    # Three pages (form feeds): the candidate on page 3 is far below the first screen.
    filler = "\n".join(f"Rad {n} om annat." for n in range(60))
    path = tmp_path / "fvg_2024-02-20.txt"
    path.write_text(MINUTES.replace("4. Övrigt", filler + "\f" + filler + "\f4. Övrigt")
                    + "\nFörvaltningen får i uppdrag att utreda städningen och återkomma senast"
                    "\nden 30 april 2024.\n", "utf-8")  # fmt: skip
    dialog, _ = open_dialog(qtbot, store, path)
    view = dialog.doc_view
    rows = {e.candidate.page: r for r, e in enumerate(dialog.entries)}
    assert 3 in rows, [(e.candidate.page, e.candidate.title) for e in dialog.entries]
    dialog.table.selectRow(rows[1])
    qtbot.wait(10)
    top = view.view.verticalScrollBar().value()
    dialog.table.selectRow(rows[3])
    c = dialog.entries[rows[3]].candidate
    block = view.block_of(c.page, c.line)
    assert view.current_block() == block
    assert view.highlighted_blocks()[0] == block
    # The evidence goes on over the following lines: they are highlighted too.
    last = view.view.document().findBlockByNumber(view.highlighted_blocks()[-1])
    assert last.text() == "den 30 april 2024."
    assert view.view.verticalScrollBar().value() > top
    assert view.view.viewport().rect().contains(view.view.cursorRect())


def test_find_jumps_to_the_next_hit(qtbot, store: Store, minutes_txt: Path) -> None:
    dialog, _ = open_dialog(qtbot, store, minutes_txt)
    view = dialog.doc_view
    assert not view.find_bar.isVisible()
    qtbot.keyClick(dialog.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.find_bar.isVisible() and view.find_field.hasFocus()
    qtbot.keyClicks(view.find_field, "Kommunal")
    first = view.view.textCursor().selectionStart()
    assert view.view.textCursor().selectedText() == "Kommunal"
    qtbot.keyClick(view.find_field, Qt.Key.Key_Return)
    second = view.view.textCursor().selectionStart()
    # From the selected candidate's line on: its own "Kommunal", then the one above.
    assert second != first and view.view.textCursor().selectedText() == "Kommunal"
    assert view.find_status.text() in ("1 av 2", "2 av 2")
    qtbot.keyClick(view.find_field, Qt.Key.Key_Return)  # wraps around
    assert view.view.textCursor().selectionStart() == first
    qtbot.keyClick(view.find_field, Qt.Key.Key_Escape)  # closes the bar, not the dialog
    assert not view.find_bar.isVisible() and dialog.isVisible()


def test_cancel_after_adding_saves_nothing(
    qtbot,
    store: Store,
    window,
    minutes_txt: Path,
    reviews: Reviews,  # noqa: F811 (fixture)
) -> None:
    def edit(dialog: ReviewDialog) -> None:
        # The importer hands the read document to the dialog.
        assert dialog.doc_view.has_text()
        cursor = dialog.doc_view.view.document().find(MISSED)
        dialog.doc_view.view.setTextCursor(cursor)
        dialog.add_from_text()
        assert any(e.manual for e in dialog.entries)

    reviews.edit = edit
    reviews.accept = False
    with qtbot.waitSignal(window.importer.finished, timeout=20000):
        window.import_files([minutes_txt])
    assert reviews.seen
    assert not any(e.manual for e in reviews.seen[0].plan.entries)
    assert all_items(store) == [] and store.list_documents() == []

    # Accepted through the window: saved with the note.
    reviews.accept = True
    with qtbot.waitSignal(window.importer.finished, timeout=20000):
        window.import_files([minutes_txt])
    hand = [i for i in all_items(store) if i.line == 12]
    assert len(hand) == 1
    assert store.item_history(hand[0].id)[0].code == "added_by_hand"


def test_without_document_nothing_can_be_added(qtbot, store: Store, minutes_txt, boxes) -> None:
    plan = balance.plan_import(store, extract(read_document(minutes_txt)))
    dialog = ReviewDialog(store, plan, minutes_txt)
    qtbot.addWidget(dialog)
    assert not dialog.add_button.isEnabled()
    assert dialog.add_from_text() is None
    assert dialog.table.rowCount() == len(plan.entries)


def test_history_knows_the_hand_added_notes() -> None:
    from tracker.gui import history
    from tracker.labels import describe_event
    from tracker.store import ItemEvent

    assert "added_by_hand" in history.NOTE_TEXT
    event = ItemEvent(1, 1, "2024-02-20T13:00", None, "discussed", None, "x", None, None, None,
                      code="discussed", params={"when": "2024-02-20", "by_hand": True})  # fmt: skip
    assert history.describe_event(event) == describe_event(event)
