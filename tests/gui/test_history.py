"""An item's history in the desktop program: rendered from the events' codes and
fields in the user interface's language (the CLI renders the same with
``tracker.labels``, in Swedish); the database holds codes, never the program's
sentences."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from tests.gui.conftest import TODAY
from tests.services.helpers import april_items, extraction, march_items
from tracker import labels
from tracker.gui import history
from tracker.gui.history import describe_event
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
    assert [describe_event(e) for e in events] == [labels.describe_event(e) for e in events]


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


def test_undo_notes_are_stored_as_codes_and_shown_in_english(
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
    events = filled.item_history(item_id)[-2:]
    assert [(e.code, e.note) for e in events] == [("undone", None), ("redone", None)]
    # The CLI and colleagues read the same in Swedish.
    assert labels.describe_event(events[0]).endswith("– Ångrad ändring")
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
    done = filled.item_history(item_id)[-1]
    assert (done.code, done.params, done.note) == (
        "done_in_meeting", {"date": TODAY.isoformat()}, None
    )  # fmt: skip
    assert labels.event_text(done).endswith(f"– Klar enligt mötet {TODAY.isoformat()}")
    assert f"status: open → done – Done according to the meeting {TODAY}" in win.notes.text()
    added = win.add_item("Ny fråga")
    assert filled.item_history(added.id)[0].code == "new_in_meeting"
    line = describe_event(filled.item_history(added.id)[0])
    assert line.endswith(": created – New item at the meeting")


def test_program_notes_and_old_ones_translated(english) -> None:
    def shown(code: str, params: dict, note: str | None = None) -> str:
        return labels.note_text(code, params, note, history.tr)

    assert shown("removed", {}) == "Undone: added by mistake"
    assert shown("done_in_meeting", {}) == "Done according to the meeting"
    assert shown("deleted", {}, "dubblett") == "Deleted: dubblett"
    # Notes of earlier versions, with the command's name in them.
    edit = {"code": "command_edit", "params": {"id": "12"}}
    assert shown("undone_command", {"what": edit}) == "Undone: Edit item 12"
    done = {"code": "command_done", "params": {"id": "7"}}
    assert shown("redone_command", {"what": done}) == "Redone: Mark item 7 done"
    assert shown("undone_added", {}) == "Undone: the item was added by mistake"
    # What people wrote, and lines an earlier version wrote that could not be read,
    # stay as they are.
    assert shown("changed", {}, "Ångrat sig, tar upp det igen") == "Ångrat sig, tar upp det igen"
    assert shown("text", {"text": "behandlad i tre omgångar"}) == "behandlad i tre omgångar"


def test_every_text_of_the_labels_is_marked_for_translation() -> None:
    """lupdate finds the texts in tracker.gui.history: each of tracker.labels is there."""
    assert history.NOTE_TEXT == labels.NOTE_TEMPLATES
    assert {k: v for k, v in history.FIELD_TEXT.items()} == labels.FIELD_LABELS
    variants = (labels.DONE_IN_MEETING_UNDATED, labels.DELETED_WITH_NOTE, labels.DISCUSSED,
                labels.DISCUSSED_BY_HAND)  # fmt: skip
    assert set(variants) <= set(history.OTHER_TEXT)
    assert history.FIELD_TEXT["created"] == labels.CREATED
    assert history.FIELD_TEXT["discussed"] == labels.DISCUSSED_BARE
    discussed = ItemEvent(1, 1, "2024-04-09T13:00", None, "discussed", None, "x", None, None,
                          None, code="discussed", params={"when": "2024-04-09"})  # fmt: skip
    assert describe_event(discussed) == labels.describe_event(discussed)
    assert describe_event(discussed).endswith(": behandlad 2024-04-09")


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


def test_printout_shows_the_latest_note_a_person_wrote(english, store: Store, tmp_path) -> None:
    """The program's bookkeeping (here "Klar enligt mötet") is history, not the latest
    note: the printout shows what the secretary wrote, as written."""
    from tests.agenda.pdftext import page_texts
    from tracker.gui.printing import list_texts
    from tracker.services.print_list import print_list_pdf

    row = balance.add_item(store, title="Lokalfrågan", note="Fastigheten återkommer")
    balance.close_item(store, row.id, row.version, note=None, code="done_in_meeting",
                       params={"date": "2024-04-09"})  # fmt: skip
    assert store.get_item(row.id).last_note == "Fastigheten återkommer"
    pdf = print_list_pdf([store.get_item(row.id)], tmp_path / "l.pdf", title="T",
                         texts=list_texts())  # fmt: skip
    text = " ".join(page_texts(pdf)[0].split())
    assert "Fastigheten återkommer" in text and "according to the meeting" not in text


def test_every_program_note_has_an_english_text(english) -> None:
    params = {"date": "2024-04-09", "file": "fvg.pdf", "owner": "HR", "id": "12",
              "offered": "2024-03-01",
              "what": {"code": "command_edit", "params": {"id": "12"}}}  # fmt: skip
    for code in labels.NOTE_TEMPLATES:
        swedish = labels.note_text(code, params, None)
        english_text = labels.note_text(code, params, None, history.tr)
        assert english_text != swedish and "{" not in english_text, code
    reminded = ItemEvent(1, 1, "2024-04-09T13:02", "anna", "note", None, None, None, None,
                         None, code="reminder", params={"owner": "HR"})  # fmt: skip
    assert describe_event(reminded) == "2024-04-09 13:02 anna: note – Reminder sent to HR"
