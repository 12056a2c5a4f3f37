"""Issue 18, problem 2: opening meeting mode records no meeting until something is
changed or noted; meetings can be listed, corrected and deleted."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tests.gui.conftest import TODAY
from tracker.gui import meeting as meeting_mod
from tracker.services import meetings
from tracker.store import Store

FVG = "Förvaltningsgruppen"
DAY = TODAY + dt.timedelta(days=3)


@pytest.fixture
def opened(qtbot, filled: Store, window, monkeypatch):
    """Meeting mode opened from the main window for FVG on DAY."""

    def accept(dialog: QDialog) -> int:
        dialog.body.setCurrentText(FVG)
        dialog.date.setValue(DAY)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(meeting_mod.MeetingSetupDialog, "exec", accept)
    window.meeting_mode()
    win = window.meeting_window
    assert win is not None
    qtbot.waitExposed(win)
    return win


def test_escape_at_once_records_no_meeting(qtbot, filled: Store, window, opened) -> None:
    before = filled.list_meetings()
    qtbot.keyClick(opened.focusWidget() or opened, Qt.Key.Key_Escape)
    assert filled.list_meetings() == before == []
    # ... so the next agenda's suggested date does not move.
    assert meetings.suggest_next_meeting(filled, FVG) is None


def test_stepping_through_records_no_meeting(qtbot, filled: Store, opened) -> None:
    qtbot.keyClick(opened.focusWidget() or opened, Qt.Key.Key_PageDown)
    qtbot.keyClick(opened.focusWidget() or opened, Qt.Key.Key_PageUp)
    assert filled.list_meetings() == []


def test_a_note_records_the_meeting(qtbot, filled: Store, opened) -> None:
    item = opened.current()
    opened.note_edit.setText("Tas upp igen")
    qtbot.keyClick(opened.note_edit, Qt.Key.Key_Return)
    rows = filled.list_meetings()
    assert [(m.body, m.date) for m in rows] == [(FVG, DAY)]
    assert filled.item_history(item.id)[-1].meeting_id == rows[0].id


def test_a_change_records_the_meeting_once(qtbot, filled: Store, opened) -> None:
    qtbot.keyClick(opened.focusWidget(), Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(opened.focusWidget(), Qt.Key.Key_PageDown)
    qtbot.keyClick(opened.focusWidget(), Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(filled.list_meetings()) == 1


def test_meetings_can_be_listed_corrected_and_deleted(qtbot, filled: Store, boxes) -> None:
    from tracker.gui.meetings_dialog import MeetingsDialog

    wrong = meetings.ensure_meeting(filled, FVG, DAY)
    kept = meetings.ensure_meeting(filled, "APT", TODAY)
    dialog = MeetingsDialog(filled)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    # Correct the date of one …
    dialog.select_meeting(kept.id)
    dialog.date.setText("2024-05-14")
    dialog.place.setText("Rum 3")
    dialog.save_current()
    fixed = filled.get_meeting(kept.id)
    assert (fixed.date, fixed.place) == (dt.date(2024, 5, 14), "Rum 3")
    # … delete the other (after a question).
    dialog.select_meeting(wrong.id)
    dialog.delete_current()
    assert [m.id for m in filled.list_meetings()] == [kept.id]
    assert dialog.table.rowCount() == 1
    assert boxes.texts("question")


def test_empty_meetings_from_earlier_versions_can_be_cleared(
    qtbot, filled: Store, boxes
) -> None:
    from tracker.gui.meetings_dialog import MeetingsDialog

    phantom = meetings.ensure_meeting(filled, FVG, DAY)  # opened and left, an old version
    used = meetings.ensure_meeting(filled, "APT", TODAY)
    item = filled.list_items(None)[0]
    from tracker.services import balance

    balance.add_note(filled, item.id, "Noterat", meeting_id=used.id)
    dialog = MeetingsDialog(filled)
    qtbot.addWidget(dialog)
    assert [m.id for m in dialog.empty_meetings()] == [phantom.id]
    assert dialog.delete_empty() == 1
    assert [m.id for m in filled.list_meetings()] == [used.id]
