"""An item's history in the desktop program: formatted from the events' fields in the
user interface's language (the CLI keeps ItemEvent.describe(), Swedish); the
program's own notes are stored in Swedish whatever the language and shown translated."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from tests.gui.conftest import TODAY
from tests.services.helpers import april_items, extraction, march_items
from tracker.gui import history
from tracker.gui.history import describe_event, note_text
from tracker.gui.i18n import program_qm
from tracker.services import balance, meetings
from tracker.store import ItemEvent, Store


@pytest.fixture
def english() -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(program_qm("en")))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def shown(pane) -> list[str]:
    return [pane.history.item(i).text() for i in range(pane.history.count())]


def imported(store: Store) -> int:
    """An item created by the March minutes, discussed and re-dated in April."""
    for name, items, date in (("mars.txt", march_items(), dt.date(2024, 3, 12)),
                              ("april.txt", april_items(), dt.date(2024, 4, 9))):  # fmt: skip
        balance.apply_import(store, balance.plan_import(store, extraction(name, items,
                                                                          date=date)))  # fmt: skip
    return next(i for i in (1, 2, 3) if store.item_history(i)[-1].field == "discussed")


def test_swedish_lines_are_the_clis(store: Store) -> None:
    """Without a translation the GUI shows exactly what the CLI prints."""
    item_id = imported(store)
    row = store.get_item(item_id)
    row = balance.update_item(store, item_id, row.version,
                              {"owner": "HR", "status": "done", "kind": "assignment"},
                              note="Klart enligt HR")  # fmt: skip
    balance.add_note(store, item_id, "Återkommer i maj")
    events = store.item_history(item_id)
    assert {e.field for e in events} >= {"created", "discussed", "owner", "status", "kind",
                                         "note"}  # fmt: skip
    assert [describe_event(e) for e in events] == [e.describe() for e in events]


def test_english_history_in_the_detail_pane(qtbot, english, store: Store) -> None:
    from tracker.gui.main_window import MainWindow

    item_id = imported(store)
    row = store.get_item(item_id)
    balance.update_item(store, item_id, row.version, {"owner": "HR-chefen", "status": "struck"},
                        note="Frågan är inaktuell")  # fmt: skip
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.detail.show_item(item_id)
    lines = shown(win.detail)
    text = "\n".join(lines)
    assert re.search(r": owner: .+ → HR-chefen – Frågan är inaktuell$", lines[1])
    assert lines[0].endswith(": status: open → struck off")
    assert "discussed 2024-04-09" in text
    assert lines[-1].endswith(": created")
    # No Swedish word of the program's own left (the note is the user's and stays).
    for word in ("ansvarig", "skapad", "behandlad", "öppen", "avförd", "senast"):
        assert word not in text.replace("Frågan är inaktuell", "")


def test_undo_notes_are_stored_in_swedish_and_shown_in_english(
    qtbot, english, filled: Store
) -> None:
    from tracker.gui.main_window import MainWindow

    win = MainWindow(filled)
    qtbot.addWidget(win)
    win.table.selectRow(0)
    pane = win.detail
    item_id = pane.item.id
    pane.owner.setValue("HR-chefen")
    assert pane.save()
    win.undo_action.trigger()
    win.redo_action.trigger()
    notes = [e.note for e in filled.item_history(item_id)[-2:]]
    assert notes == ["Ångrad ändring", "Ändringen gjordes om"]  # for the CLI and colleagues
    assert filled.item_history(item_id)[-2].describe().endswith("– Ångrad ändring")
    lines = shown(pane)
    assert lines[0].endswith(": owner: Arbetsgivaren → HR-chefen – Change redone")
    assert lines[1].endswith(": owner: HR-chefen → Arbetsgivaren – Change undone")


def test_meeting_mode_notes_in_english(qtbot, english, filled: Store) -> None:
    from tracker.gui.meeting import MeetingWindow

    meeting = meetings.ensure_meeting(filled, "Förvaltningsgruppen", TODAY)
    win = MeetingWindow(filled, meeting)
    qtbot.addWidget(win)
    item_id = win.current().id
    win.mark_done()
    assert filled.item_history(item_id)[-1].note == f"Klar enligt mötet {TODAY.isoformat()}"
    assert f"status: open → done – Done according to the meeting {TODAY}" in win.notes.text()
    added = win.add_item("Ny fråga")
    assert filled.item_history(added.id)[0].note == "Ny punkt på mötet"
    line = describe_event(filled.item_history(added.id)[0])
    assert line.endswith(": created – New item at the meeting")


def test_program_notes_and_old_ones_translated(english) -> None:
    assert note_text("Ångrad: skapad av misstag") == "Undone: added by mistake"
    assert note_text("Klar enligt mötet") == "Done according to the meeting"
    # Notes of earlier versions, with the command's name in them.
    assert note_text("Ångrat: Ändra punkt 12") == "Undone: Edit item 12"
    assert note_text("Gjort om: Markera punkt 7 klar") == "Redone: Mark item 7 done"
    assert note_text("Ångrat: punkten lades till av misstag") == (
        "Undone: the item was added by mistake"
    )
    # What people wrote, and sentences of documents, stay as they are.
    assert note_text("Ångrat sig, tar upp det igen") == "Ångrat sig, tar upp det igen"
    assert note_text("Klar enligt mötet med facket") == "Klar enligt mötet med facket"


def test_every_note_the_services_write_is_known() -> None:
    assert balance.REMOVED_NOTE in history.SYSTEM_NOTES
    assert balance.RESTORED_NOTE in history.SYSTEM_NOTES
    discussed = ItemEvent(1, 1, "2024-04-09T13:00", None, "discussed", None, "x",
                          "behandlad 2024-04-09", None, None)  # fmt: skip
    assert describe_event(discussed) == discussed.describe()


def test_undo_gives_back_the_latest_note(qtbot, filled: Store, window) -> None:
    """Lists and printouts show an item's latest note: after an undo it is the note the
    item had before the edit, never the undo's own bookkeeping note."""
    window.table.selectRow(0)
    pane = window.detail
    item_id = pane.item.id
    balance.add_note(filled, item_id, "Arbetsgivaren återkommer")
    pane.show_item(item_id)
    pane.owner.setValue("HR-chefen")
    pane.note.setText("HR tar över frågan")
    pane.note.textEdited.emit(pane.note.text())
    assert pane.save()
    assert filled.get_item(item_id).last_note == "HR tar över frågan"
    window.undo_action.trigger()
    assert filled.get_item(item_id).last_note == "Arbetsgivaren återkommer"
    window.redo_action.trigger()
    assert filled.get_item(item_id).last_note == "HR tar över frågan"
    # A note added after the edit is not part of it: it stays the latest after an undo.
    balance.add_note(filled, item_id, "Mötet vill ha svar i maj")
    window.undo_action.trigger()
    row = filled.get_item(item_id)
    assert (row.owner, row.last_note) == ("Arbetsgivaren", "Mötet vill ha svar i maj")


def test_printout_shows_the_programs_notes_translated(english, store: Store, tmp_path) -> None:
    from tests.agenda.pdftext import page_texts
    from tracker.gui.printing import list_texts
    from tracker.services.print_list import print_list_pdf

    row = balance.add_item(store, title="Lokalfrågan")
    balance.close_item(store, row.id, row.version, note="Klar enligt mötet 2024-04-09")
    pdf = print_list_pdf([store.get_item(row.id)], tmp_path / "l.pdf", title="T",
                         texts=list_texts())  # fmt: skip
    assert "Done according to the meeting 2024-04-09" in " ".join(page_texts(pdf)[0].split())


def test_removal_notes_are_the_programs_own() -> None:
    from tracker.services import removal

    assert removal.DELETED_NOTE in history.SYSTEM_NOTES
    assert removal.UNDELETED_NOTE in history.SYSTEM_NOTES
    assert removal.IMPORT_UNDONE_NOTE in history.SYSTEM_NOTES
