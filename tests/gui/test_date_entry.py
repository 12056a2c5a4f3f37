"""Issue 18, problem 1: typed dates are read as written, everywhere — meeting mode
(Ctrl+T), the detail pane and the new-item dialog — with the project's Swedish date
parser; the result is shown before saving, the calendar pop-up is Swedish."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QDialog

from tests.gui.conftest import TODAY, add
from tracker.extract.dates import parse_period
from tracker.gui.meeting import MeetingWindow
from tracker.services import meetings
from tracker.store import ItemFilter, Store

FVG = "Förvaltningsgruppen"
MEETING_DAY = dt.date(2024, 4, 9)


@pytest.fixture
def meeting_window(qtbot, store: Store) -> MeetingWindow:
    add(store, "Med datum", body=FVG, due=dt.date(2026, 3, 1))
    add(store, "Utan datum", body=FVG)
    meeting = meetings.ensure_meeting(store, FVG, MEETING_DAY)
    win = MeetingWindow(store, meeting)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


def _type_date(qtbot, win: MeetingWindow, text: str) -> None:
    qtbot.keyClick(win.focusWidget() or win, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    field = QApplication.focusWidget() or win.focusWidget()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("2024-05-14", dt.date(2024, 5, 14)),
        ("2027-01-15", dt.date(2027, 1, 15)),
        ("14/5", dt.date(2024, 5, 14)),
        ("fre 17 maj", dt.date(2024, 5, 17)),
        ("v. 20", dt.date(2024, 5, 19)),
        ("i maj", dt.date(2024, 5, 31)),
    ],
)
def test_meeting_mode_saves_the_typed_date(
    qtbot, store: Store, meeting_window: MeetingWindow, typed: str, expected: dt.date
) -> None:
    win = meeting_window
    item = win.current()
    assert item.due == dt.date(2026, 3, 1)
    _type_date(qtbot, win, typed)  # typed over the date the field shows
    assert store.get_item(item.id).due == expected


def test_meeting_mode_dates_an_item_without_date(
    qtbot, store: Store, meeting_window: MeetingWindow
) -> None:
    win = meeting_window
    win.next_item()
    item = win.current()
    assert item.title == "Utan datum" and item.due is None
    _type_date(qtbot, win, "14 maj")
    assert store.get_item(item.id).due == dt.date(2024, 5, 14)


def test_meeting_mode_refuses_what_it_cannot_read(
    qtbot, store: Store, meeting_window: MeetingWindow
) -> None:
    win = meeting_window
    item = win.current()
    _type_date(qtbot, win, "snart")
    assert store.get_item(item.id).due == item.due  # nothing saved, nothing guessed
    assert "snart" in win.flash.text()


def test_new_item_dialog_reads_the_typed_date(qtbot, store: Store, window, monkeypatch) -> None:
    from tracker.gui import main_items

    seen = {}

    def run(dialog: QDialog) -> int:
        dialog.show()
        dialog.title.setText("Ny fråga")
        qtbot.keyClicks(dialog.due, "2025-03-31")
        seen["preview"] = dialog.due.preview.text() if hasattr(dialog.due, "preview") else ""
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(main_items.NewItemDialog, "exec", run)
    window.new_item()
    rows = store.list_items(ItemFilter(text="Ny fråga"))
    assert len(rows) == 1 and rows[0].due == dt.date(2025, 3, 31)
    assert "2025" in seen["preview"] and "mars" in seen["preview"]


@pytest.mark.parametrize("typed", ["v. 20", "14 maj", "i maj", ""])
def test_detail_pane_reads_typed_dates_and_shows_them(qtbot, store: Store, window, typed) -> None:
    item_id = add(store, "Fråga", due=TODAY)
    window.reload()
    assert window.select_item(item_id)
    pane = window.detail
    pane.due.setFocus()
    field = QApplication.focusWidget()
    field.selectAll()
    qtbot.keyClicks(field, typed) if typed else qtbot.keyClick(field, Qt.Key.Key_Delete)
    expected = parse_period(typed, TODAY).end if typed else None
    assert pane.is_dirty()
    if expected is not None:
        shown = pane.due.preview.text()
        assert str(expected.day) in shown and str(expected.year) in shown
    window.save_action.trigger()
    assert store.get_item(item_id).due == expected


def test_detail_pane_refuses_an_unreadable_date(qtbot, store: Store, window, boxes) -> None:
    item_id = add(store, "Fråga", due=TODAY)
    window.reload()
    assert window.select_item(item_id)
    pane = window.detail
    pane.due.setFocus()
    field = QApplication.focusWidget()
    field.selectAll()
    qtbot.keyClicks(field, "snart")
    assert not pane.save()
    assert store.get_item(item_id).due == TODAY
    assert any("snart" in t for t in boxes.texts())


def test_calendar_pop_up_is_swedish(qtbot, store: Store, window) -> None:
    from PySide6.QtCore import QLocale

    pane = window.detail
    due = pane.due
    calendar = due.calendarWidget() if isinstance(due, QDateEdit) else due.calendar()
    assert calendar.locale().language() == QLocale.Language.Swedish
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday


def test_review_reads_typed_dates_near_the_meeting(qtbot, store: Store) -> None:
    from pathlib import Path

    from tracker.domain import Candidate, DocumentInfo, Extraction, Meeting
    from tracker.gui.review import ReviewDialog
    from tracker.gui.review_rows import COL_DUE
    from tracker.services import balance

    extraction = Extraction(
        document=DocumentInfo(
            file="fvg.txt", sha256="cd" * 32, format="txt", pages=1, kind="minutes"
        ),
        meeting=Meeting(body=FVG, date=MEETING_DAY),
        items=[Candidate(title="Fråga", text="Fråga.", kind="carried_over")],
    )
    plan = balance.plan_import(store, extraction)
    dialog = ReviewDialog(store, plan, Path("fvg.txt"))
    qtbot.addWidget(dialog)
    dialog.table.item(0, COL_DUE).setText("ingen")
    assert dialog.table.item(0, COL_DUE).text() == ""
    dialog.table.item(0, COL_DUE).setText("14/5")
    assert dialog.table.item(0, COL_DUE).text() == "2024-05-14"  # shown before saving
    dialog.accept()
    assert dialog.result() == ReviewDialog.DialogCode.Accepted
    assert plan.entries[0].candidate.due == dt.date(2024, 5, 14)


def test_meeting_setup_reads_a_typed_date(qtbot, store: Store) -> None:
    from tracker.gui.meeting import MeetingSetupDialog

    dialog = MeetingSetupDialog(store, FVG)
    qtbot.addWidget(dialog)
    dialog.date.setText("")
    qtbot.keyClicks(dialog.date, "2024-05-14")
    assert dialog.choice() == (FVG, dt.date(2024, 5, 14))
