"""Issue 14, part 6: the review asks for the meeting date when the document does not
give it (or not its year).  The field is highlighted and focused; a date typed there is
validated, due dates written without a year are read against it (rows the secretary
edited keep hers), and the saved meeting gets it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.gui.review_helpers import open_dialog
from tests.services.test_meeting_date import YEARLESS
from tracker.gui.review import ReviewDialog
from tracker.gui.review_rows import COL_DUE
from tracker.services import balance
from tracker.store import Store

D = dt.date


@pytest.fixture
def yearless(tmp_path: Path) -> Path:
    path = tmp_path / "fvg_februari.txt"
    path.write_text(YEARLESS, "utf-8")
    return path


def dues(dialog: ReviewDialog) -> dict[str, str]:
    return {e.candidate.due_text: dialog.table.item(row, COL_DUE).text()
            for row, e in enumerate(dialog.entries)}  # fmt: skip


def type_date(qtbot, dialog: ReviewDialog, text: str) -> None:
    dialog.meeting_date.setFocus()
    dialog.meeting_date.selectAll()
    qtbot.keyClicks(dialog.meeting_date, text)
    qtbot.keyClick(dialog.meeting_date, Qt.Key.Key_Return)


def test_unknown_date_is_asked_for_and_resolves_the_dues(
    qtbot, store: Store, yearless: Path
) -> None:
    dialog, _ = open_dialog(qtbot, store, yearless)
    # Asked for: empty, highlighted, focused, and the reason beside it.
    assert dialog.meeting_date.text() == ""
    assert "background" in dialog.meeting_date.styleSheet()
    qtbot.waitUntil(dialog.meeting_date.hasFocus, timeout=2000)
    assert "framgår inte av dokumentet" in dialog.date_note.text()
    assert dues(dialog) == {"till nästa möte": "", "senast 15 mars": "", "i maj": ""}

    type_date(qtbot, dialog, "2025-02-20")
    assert dues(dialog) == {"till nästa möte": "2025-04-16", "senast 15 mars": "2025-03-15",
                            "i maj": "2025-05-31"}  # fmt: skip
    assert dialog.meeting_date.styleSheet() == "" and dialog.date_note.text() == ""
    assert dialog.next_label.text() == "2025-04-16" and dialog.next_label.isVisible()
    # Nothing is written into the plan before the dialog is accepted.
    assert dialog.plan.extraction.meeting.date is None

    dialog.accept()
    plan = dialog.plan
    assert plan.extraction.meeting.date == D(2025, 2, 20)
    got = {e.candidate.due_text: (e.candidate.due, e.candidate.due_precision)
           for e in plan.entries}  # fmt: skip
    assert got["i maj"] == (D(2025, 5, 31), "month")  # still a month, not a day
    result = balance.apply_import(store, plan)
    assert store.get_meeting(result.meeting_id).date == D(2025, 2, 20)
    assert store.get_meeting(result.meeting_id).next_meeting == D(2025, 4, 16)


def test_an_edited_due_is_kept_when_the_date_comes(qtbot, store: Store, yearless: Path) -> None:
    dialog, _ = open_dialog(qtbot, store, yearless)
    row = next(r for r, e in enumerate(dialog.entries) if e.candidate.due_text == "i maj")
    dialog.table.item(row, COL_DUE).setText("2025-06-12")
    type_date(qtbot, dialog, "2025-02-20")
    assert dues(dialog)["i maj"] == "2025-06-12"
    assert dues(dialog)["senast 15 mars"] == "2025-03-15"
    dialog.accept()
    c = dialog.entries[row].candidate
    assert (c.due, c.due_precision) == (D(2025, 6, 12), "day")


def test_a_bad_date_is_refused_in_swedish(
    qtbot, store: Store, yearless: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr("tracker.gui.review.show_error",
                        lambda parent, message, *a: shown.append(str(message)))  # fmt: skip
    dialog, _ = open_dialog(qtbot, store, yearless)
    type_date(qtbot, dialog, "20 februari")
    assert "”20 februari” är inget mötesdatum" in dialog.date_note.text()
    assert dues(dialog)["senast 15 mars"] == ""
    dialog.accept()
    assert dialog.result() == 0 and dialog.isVisible()
    assert shown and "ÅÅÅÅ-MM-DD" in shown[0]
    assert dialog.plan.extraction.meeting.date is None
    # A written date with its year is read and shown as ISO.
    type_date(qtbot, dialog, "20 februari 2025")
    assert dialog.meeting_date.text() == "2025-02-20"
    assert dues(dialog)["senast 15 mars"] == "2025-03-15"


def test_a_known_date_is_shown_and_not_asked_for(qtbot, store: Store, tmp_path: Path) -> None:
    path = tmp_path / "fvg.txt"
    path.write_text(YEARLESS.replace("20 februari", "20 februari 2024", 1), "utf-8")
    dialog, _ = open_dialog(qtbot, store, path)
    assert dialog.meeting_date.text() == "2024-02-20"
    assert dialog.meeting_date.styleSheet() == "" and dialog.date_note.text() == ""
    assert dues(dialog)["senast 15 mars"] == "2024-03-15"
    # Corrected by the secretary: the dues follow the corrected date.
    type_date(qtbot, dialog, "2025-02-20")
    assert dues(dialog)["senast 15 mars"] == "2025-03-15"
