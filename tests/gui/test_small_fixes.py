"""Issue 18, problem 7: the smaller faults."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QKeySequence

from tests.gui.conftest import TODAY, add
from tracker.gui.meeting import MeetingWindow
from tracker.services import balance
from tracker.store import Store

FVG = "Förvaltningsgruppen"


def test_meeting_mode_judges_overdue_by_the_meeting_date(qtbot, store: Store) -> None:
    # Entered afterwards: a meeting a month ago; the item fell due after it.
    add(store, "Skyddsronder", body=FVG, due=TODAY - dt.timedelta(days=10))
    win = MeetingWindow(store, body=FVG, date=TODAY - dt.timedelta(days=30))
    qtbot.addWidget(win)
    assert "försenad" not in win.meta.text()
    # And one prepared ahead: by the meeting's day the item will be late.
    add(store, "Lönekartläggning", body="APT", due=TODAY + dt.timedelta(days=3))
    ahead = MeetingWindow(store, body="APT", date=TODAY + dt.timedelta(days=7))
    qtbot.addWidget(ahead)
    assert "försenad" in ahead.meta.text()


def test_done_message_goes_away_after_undo(qtbot, filled: Store) -> None:
    win = MeetingWindow(filled, body=FVG, date=TODAY)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.mark_done()
    assert "markerad klar" in win.flash.text()
    win.undo_stack.undo()
    assert "markerad klar" not in win.flash.text()


def test_window_title_names_the_program_once(filled: Store, window) -> None:
    display = QGuiApplication.applicationDisplayName() or "Balanslistan"
    shown = f"{window.windowTitle()} — {display}"  # what the window system shows
    assert shown.count("Balanslistan") == 1
    assert filled.path.name in shown


def test_help_f1_has_a_guide_with_the_shortcuts(qtbot, window, monkeypatch) -> None:
    assert window.help_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    help_menu = next(m for m in window.menuBar().actions() if m.text() == "&Hjälp").menu()
    assert len(help_menu.actions()) >= 2
    from tracker.gui.help_dialog import HelpDialog

    dialog = HelpDialog(window)
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    for words in ("Importera", "Mötesläge", "Dagordning", "Ctrl+T", "F5", "Ctrl+Z", "Visa alla"):
        assert words in text


def test_cli_says_1_punkt(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tracker.cli.main import main

    with Store.open(db_path) as store:
        balance.add_item(store, title="Ensam fråga")
    assert main(["--db", str(db_path), "list"]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert last.startswith("1 punkt (") and "1 punkter" not in last


def test_printed_list_has_whole_titles_and_no_internal_notes(tmp_path: Path, store: Store) -> None:
    from tests.agenda.pdftext import page_texts
    from tracker.gui.printing import list_texts
    from tracker.services.print_list import print_list_pdf

    sentence = (
        "Arbetsgivaren återkommer med en plan för hur arbetsmiljön på förskolorna ska "
        "följas upp efter Arbetsmiljöverkets inspektion i höstas"
    )
    row = balance.add_item(store, title=sentence[:80] + "…", text=sentence + ". Mer text.",
                           code="added_by_hand")  # fmt: skip
    # The program's bookkeeping is history, never the item's latest note.
    assert store.get_item(row.id).last_note is None
    out = tmp_path / "lista.pdf"
    print_list_pdf([store.get_item(row.id)], out, title="Balanslista", texts=list_texts())
    text = " ".join(" ".join(page_texts(out)).split())
    assert "inspektion i höstas" in text
    assert "tillagd för hand" not in text
