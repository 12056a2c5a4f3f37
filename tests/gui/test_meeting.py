"""Meeting mode: step through a forum's open items by keyboard, mark done, re-date,
change owner, note, add an item in two keystrokes, undo, text size; every change saved
at once with the meeting in the history."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import TODAY
from tracker.gui.meeting import MeetingSetupDialog, MeetingWindow
from tracker.services import meetings
from tracker.store import ItemFilter, Store

FVG = "Förvaltningsgruppen"


@pytest.fixture
def meeting_window(qtbot, filled: Store) -> MeetingWindow:
    meeting = meetings.ensure_meeting(filled, FVG, TODAY)
    win = MeetingWindow(filled, meeting)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


def key(qtbot, win: MeetingWindow, k: Qt.Key, mod=Qt.KeyboardModifier.NoModifier) -> None:
    target = win.focusWidget() or win
    qtbot.keyClick(target, k, mod)


def test_steps_through_open_items_of_the_forum(qtbot, meeting_window: MeetingWindow) -> None:
    win = meeting_window
    assert [r.title for r in win.items] == [
        "Arbetsmiljön på förskolorna",
        "Lönekartläggning 2024",
        "Skyddsronder på familjerätten",
        "Budget för kompetensutveckling",
    ]
    assert win.title.text() == "Arbetsmiljön på förskolorna"
    assert win.position.text() == "Punkt 1 av 4"
    assert "försenad" in win.meta.text()
    key(qtbot, win, Qt.Key.Key_PageDown)
    assert win.title.text() == "Lönekartläggning 2024"
    key(qtbot, win, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert win.position.text() == "Punkt 3 av 4"
    key(qtbot, win, Qt.Key.Key_PageUp)
    key(qtbot, win, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    key(qtbot, win, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # stays at the first
    assert win.position.text() == "Punkt 1 av 4"


def test_mark_done_redate_add_and_undo(qtbot, filled: Store, meeting_window: MeetingWindow) -> None:
    win = meeting_window
    mid = win.meeting.id
    first = win.current().id
    key(qtbot, win, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    row = filled.get_item(first)
    assert row.status == "done"
    last = filled.item_history(first)[-1]
    assert (last.field, last.new, last.meeting_id) == ("status", "done", mid)
    assert "markerad klar" in win.flash.text()

    key(qtbot, win, Qt.Key.Key_PageDown)
    second = win.current()
    key(qtbot, win, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert win.editors.currentWidget() is win.date_edit
    new_due = TODAY + dt.timedelta(days=40)
    win.date_edit.setValue(new_due)
    key(qtbot, win, Qt.Key.Key_Return)
    assert filled.get_item(second.id).due == new_due
    assert filled.item_history(second.id)[-1].meeting_id == mid
    assert win.editors.currentWidget() is win.note_edit

    key(qtbot, win, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert win.editors.currentWidget() is win.new_edit
    # (QTest types ASCII only; the typed title stands for any text.)
    qtbot.keyClicks(win.new_edit, "Friskvardsbidraget hojs")
    key(qtbot, win, Qt.Key.Key_Return)
    added = filled.list_items(ItemFilter(text="Friskvardsbidraget"))
    assert len(added) == 1 and added[0].body == FVG and added[0].meeting_id == mid
    assert win.title.text() == "Friskvardsbidraget hojs"
    assert win.position.text() == "Punkt 5 av 5"

    # Ctrl+Z undoes, newest first: the new item leaves the round (removed, as if never
    # added), the date restored, the item opened again.  Each undo is in the history.
    key(qtbot, win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert filled.get_item(added[0].id).status == "removed"
    assert added[0].id not in [r.id for r in win.items]
    assert win.position.text() == "Punkt 4 av 4"
    key(qtbot, win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert filled.get_item(second.id).due == second.due
    assert filled.get_item(second.id).due_precision == second.due_precision
    key(qtbot, win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert filled.get_item(first).status == "open"
    assert filled.item_history(first)[-1].code == "undone"
    assert not win.undo_stack.canUndo()
    win.undo_stack.redo()
    assert filled.get_item(first).status == "done"


def test_owner_and_note(qtbot, filled: Store, meeting_window: MeetingWindow) -> None:
    win = meeting_window
    item = win.current()
    key(qtbot, win, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert win.editors.currentWidget() is win.owner_edit
    win.owner_edit.setEditText("HR-avdelningen")
    qtbot.keyClick(win.owner_edit.lineEdit(), Qt.Key.Key_Return)
    assert filled.get_item(item.id).owner == "HR-avdelningen"

    key(qtbot, win, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    win.note_edit.setText("Arbetsgivaren återkommer i maj")
    qtbot.keyClick(win.note_edit, Qt.Key.Key_Return)
    last = filled.item_history(item.id)[-1]
    assert (last.field, last.note, last.meeting_id) == (
        "note",
        "Arbetsgivaren återkommer i maj",
        win.meeting.id,
    )
    assert "återkommer i maj" in win.notes.text()
    # Ctrl+Z right after a note undoes the owner change (a note is history, not undoable).
    key(qtbot, win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert filled.get_item(item.id).owner == item.owner
    assert win.note_edit.text() == ""


def test_undo_refuses_after_a_later_change(
    qtbot, filled: Store, meeting_window: MeetingWindow, boxes
) -> None:
    from tracker.services import balance

    win = meeting_window
    item = win.current()
    key(qtbot, win, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    row = filled.get_item(item.id)
    balance.update_item(filled, item.id, row.version, {"status": "struck"})  # someone else
    key(qtbot, win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert filled.get_item(item.id).status == "struck"
    assert "kan inte ångras" in boxes.texts("critical")[0]


def test_font_size_keys(qtbot, meeting_window: MeetingWindow) -> None:
    win = meeting_window
    base = win.point_size
    key(qtbot, win, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert win.point_size == base + 2
    assert win.title.font().pointSizeF() == pytest.approx((base + 2) * 1.5)
    key(qtbot, win, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    key(qtbot, win, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert win.point_size == base - 2


def test_setup_suggests_next_meeting(qtbot, filled: Store) -> None:
    nxt = TODAY + dt.timedelta(days=20)
    meetings.ensure_meeting(filled, FVG, TODAY - dt.timedelta(days=10), next_meeting=nxt)
    dialog = MeetingSetupDialog(filled, FVG)
    qtbot.addWidget(dialog)
    assert dialog.choice() == (FVG, nxt)
    assert "4 öppna punkter" in dialog.hint.text()


def test_meeting_mode_from_main_window_updates_list(
    qtbot, filled: Store, window, monkeypatch
) -> None:
    from tracker.gui import meeting as meeting_module

    def choose(dialog) -> int:
        dialog.body.setCurrentText("APT")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(meeting_module.MeetingSetupDialog, "exec", choose)
    window.meeting_action.trigger()
    win = window.meeting_window
    assert win is not None and win.body == "APT" and len(win.items) == 3
    win.mark_done()
    win.close()
    qtbot.waitUntil(lambda: window.model.rowCount() == 6, timeout=2000)
