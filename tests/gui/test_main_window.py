"""The main window: filtering and sorting in SQLite, row colours, counts, editing an
item in the detail pane with history and undo, stale edits, remembered settings."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from tests.gui.conftest import TODAY, Boxes
from tracker.gui.model import COL_DUE, COL_OWNER, COL_TITLE, ItemIdRole, UrgencyRole
from tracker.services import balance
from tracker.store import ItemFilter, Store


def titles(win) -> list[str]:
    m = win.model
    return [m.data(m.index(r, COL_TITLE)) for r in range(m.rowCount())]


def test_window_title_and_default_view(filled: Store, window) -> None:
    assert window.windowTitle() == filled.path.name
    # Default: open items, by due date, undated last.
    assert titles(window) == [
        "Arbetsmiljön på förskolorna",
        "Rutin för tillbudsrapportering",
        "Lönekartläggning 2024",
        "Ventilationen i matsalen",
        "Skyddsronder på familjerätten",
        "Zonindelning av kontoret",
        "Budget för kompetensutveckling",
    ]
    assert window.counts.text() == "7 punkter, 2 försenade"
    assert (
        window.model.data(window.model.index(0, COL_DUE))
        == (TODAY - dt.timedelta(days=10)).isoformat()
    )


def test_row_colours_follow_due_dates(filled: Store, window) -> None:
    m = window.model
    levels = {m.data(m.index(r, COL_TITLE)): m.data(m.index(r, 0), UrgencyRole)
              for r in range(m.rowCount())}  # fmt: skip
    assert levels["Arbetsmiljön på förskolorna"] == "overdue"
    assert levels["Lönekartläggning 2024"] == "soon"
    assert levels["Ventilationen i matsalen"] == ""
    assert levels["Budget för kompetensutveckling"] == ""
    assert m.data(m.index(0, 1), Qt.ItemDataRole.BackgroundRole) is not None
    window.filters.status.setCurrentIndex(window.filters.status.findData("done"))
    assert titles(window) == ["Avslutad fråga om parkering"]
    assert m.data(m.index(0, 0), UrgencyRole) == "done"
    assert m.data(m.index(0, 1), Qt.ItemDataRole.ForegroundRole) is not None


@pytest.mark.parametrize(
    ("setup", "expected"),
    [
        (lambda f: f.search.setText("förskol"), ["Arbetsmiljön på förskolorna"]),
        (lambda f: f.search.setText("matsal ventil"), ["Ventilationen i matsalen"]),
        (lambda f: f.owner.setCurrentIndex(f.owner.findData("Kommunal")),
         ["Skyddsronder på familjerätten", "Zonindelning av kontoret"]),
        (lambda f: f.body.setCurrentIndex(f.body.findData("APT")),
         ["Rutin för tillbudsrapportering", "Ventilationen i matsalen",
          "Zonindelning av kontoret"]),
        (lambda f: f.overdue.setChecked(True),
         ["Arbetsmiljön på förskolorna", "Rutin för tillbudsrapportering"]),
        (lambda f: f.soon.setChecked(True),
         ["Arbetsmiljön på förskolorna", "Rutin för tillbudsrapportering",
          "Lönekartläggning 2024"]),
        (lambda f: f.status.setCurrentIndex(f.status.findData("all")), None),
    ],
    ids=["text", "two-words", "owner", "forum", "overdue", "soon", "all-statuses"],
)  # fmt: skip
def test_filters(qtbot, filled: Store, window, setup, expected) -> None:
    setup(window.filters)
    if expected is None:
        qtbot.waitUntil(lambda: window.model.rowCount() == 8, timeout=2000)
        assert "Avslutad fråga om parkering" in titles(window)
        return
    qtbot.waitUntil(lambda: titles(window) == expected, timeout=2000)
    assert window.counts.text().startswith(f"{len(expected)} punkt")


def test_search_is_debounced(qtbot, filled: Store, window) -> None:
    window.filters.search.setText("Lönekart")
    assert window.model.rowCount() == 7  # not yet: the search waits for a pause
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=2000)


def test_header_click_sorts_in_sqlite(qtbot, filled: Store, window) -> None:
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(COL_OWNER) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))  # fmt: skip
    flt = window.model.item_filter
    assert flt.sort == "owner"
    expected = filled.query_item_ids(ItemFilter(sort="owner", descending=flt.descending))
    ids = [window.model.data(window.model.index(r, 0), ItemIdRole)
           for r in range(window.model.rowCount())]  # fmt: skip
    assert ids == expected
    owners = [window.model.data(window.model.index(r, COL_OWNER)) for r in range(len(ids))]
    assert owners == sorted(owners, reverse=flt.descending)
    window.model.sort(COL_TITLE, Qt.SortOrder.DescendingOrder)
    assert titles(window)[0] == "Zonindelning av kontoret"
    assert header.sortIndicatorSection() == COL_TITLE


def test_edit_item_saves_history_and_undo(qtbot, filled: Store, window) -> None:
    window.table.selectRow(0)
    pane = window.detail
    assert pane.item is not None and pane.item.title == "Arbetsmiljön på förskolorna"
    item_id = pane.item.id
    pane.title.setText("Arbetsmiljön på förskolorna i Älvsjö")
    pane.title.textEdited.emit(pane.title.text())
    pane.owner.setValue("HR-chefen")
    new_due = TODAY + dt.timedelta(days=21)
    pane.due.setValue(new_due)
    pane.note.setText("Tas upp igen på nästa möte")
    pane.note.textEdited.emit(pane.note.text())
    assert window.save_action.isEnabled()
    window.save_action.trigger()

    row = filled.get_item(item_id)
    assert (row.title, row.owner, row.due) == ("Arbetsmiljön på förskolorna i Älvsjö",
                                               "HR-chefen", new_due)  # fmt: skip
    history = [pane.history.item(i).text() for i in range(pane.history.count())]
    assert any("rubrik: Arbetsmiljön på förskolorna → Arbetsmiljön på förskolorna i Älvsjö"
               in h for h in history)  # fmt: skip
    assert any("ansvarig: Arbetsgivaren → HR-chefen" in h for h in history)
    assert any("Tas upp igen på nästa möte" in h for h in history)
    assert not pane.is_dirty()
    # The list shows the change, the owner is offered in the filter now.
    assert window.filters.owner.findData("HR-chefen") >= 0

    window.undo_action.trigger()
    row = filled.get_item(item_id)
    assert (row.title, row.owner) == ("Arbetsmiljön på förskolorna", "Arbetsgivaren")
    assert row.due == TODAY - dt.timedelta(days=10)
    assert pane.title.text() == "Arbetsmiljön på förskolorna"
    window.redo_action.trigger()
    assert filled.get_item(item_id).owner == "HR-chefen"


def test_status_change_closes_the_item(filled: Store, window) -> None:
    window.table.selectRow(1)
    pane = window.detail
    item_id = pane.item.id
    pane.status.setCurrentIndex(pane.status.findData("done"))
    assert pane.save()
    assert filled.get_item(item_id).status == "done"
    assert [e.field for e in filled.item_history(item_id)][-1] == "status"


def test_empty_title_is_refused(filled: Store, window, boxes: Boxes) -> None:
    window.table.selectRow(0)
    item_id = window.detail.item.id
    window.detail.title.setText("   ")
    assert not window.detail.save()
    assert boxes.texts("critical") and "titel" in boxes.texts("critical")[0]
    assert filled.get_item(item_id).title == "Arbetsmiljön på förskolorna"


@pytest.mark.parametrize("reload", [True, False], ids=["reload", "keep-editing"])
def test_stale_edit_offers_reload(filled: Store, window, boxes: Boxes, reload: bool) -> None:
    window.table.selectRow(0)
    pane = window.detail
    item = pane.item
    # Someone else (another program on the same file) saves first.
    balance.update_item(filled, item.id, item.version, {"owner": "Facket"})
    pane.owner.setValue("Min ändring")
    boxes.answer = QMessageBox.StandardButton.Yes if reload else QMessageBox.StandardButton.No
    assert not pane.save()
    assert "ändrats av någon annan" in boxes.texts("question")[0]
    assert filled.get_item(item.id).owner == "Facket"
    assert pane.owner.value() == ("Facket" if reload else "Min ändring")


def test_new_item_dialog(qtbot, filled: Store, window, monkeypatch) -> None:
    from tracker.gui import main_items

    def fill_and_accept(dialog) -> int:
        dialog.title.setText("Ny fråga om friskvård")
        dialog.owner.setValue("Vision")
        dialog.body.setValue("APT")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(main_items.NewItemDialog, "exec", fill_and_accept)
    window.new_action.trigger()
    rows = filled.list_items(ItemFilter(text="friskvård"))
    assert len(rows) == 1 and rows[0].owner == "Vision" and rows[0].body == "APT"
    assert window.detail.item is not None and window.detail.item.id == rows[0].id
    assert "Ny fråga om friskvård" in titles(window)
    # Undo takes the item back as if never added: gone from the list (also from "Alla"),
    # the pane and the counts; the history keeps why.
    width = window.dock.width()
    window.undo_action.trigger()
    item_id = rows[0].id
    assert filled.get_item(item_id).status == "removed"
    qtbot.wait(50)  # let the dock settle: the empty pane keeps the editor's width
    assert window.dock.width() == width
    assert "Ny fråga om friskvård" not in titles(window)
    assert window.counts.text() == "7 punkter, 2 försenade"
    assert window.detail.item is None
    assert "togs bort" in window.statusBar().currentMessage()
    assert filled.item_history(item_id)[-1].code == "removed"
    window.filters.status.setCurrentIndex(window.filters.status.findData("all"))
    assert "Ny fråga om friskvård" not in titles(window)
    window.redo_action.trigger()
    assert filled.get_item(item_id).status == "open"
    assert "Ny fråga om friskvård" in titles(window)
    assert window.detail.item is not None and window.detail.item.id == item_id


def test_settings_remember_filters_and_columns(qtbot, filled: Store, store: Store) -> None:
    from tracker.gui.main_window import MainWindow

    first = MainWindow(store)
    qtbot.addWidget(first)
    first.filters.body.setCurrentIndex(first.filters.body.findData("APT"))
    first.filters.overdue.setChecked(True)
    first.table.horizontalHeader().resizeSection(COL_TITLE, 333)
    first.model.sort(COL_OWNER, Qt.SortOrder.DescendingOrder)
    first.close()

    second = MainWindow(store)
    qtbot.addWidget(second)
    assert second.filters.body.currentData() == "APT"
    assert second.filters.overdue.isChecked()
    assert second.table.horizontalHeader().sectionSize(COL_TITLE) == 333
    assert second.model.item_filter.sort == "owner" and second.model.item_filter.descending
    assert titles(second) == ["Rutin för tillbudsrapportering"]


def test_print_gets_the_rows_shown(filled: Store, window, monkeypatch) -> None:
    from tracker.gui import printing

    calls = []
    monkeypatch.setattr(printing, "print_items", lambda rows, parent, title, filters: calls.append(
        ([r.title for r in rows], parent, title, filters)))  # fmt: skip
    window.filters.body.setCurrentIndex(window.filters.body.findData("APT"))
    window.print_action.trigger()
    [(rows, parent, title, filters)] = calls
    assert rows == titles(window) and len(rows) == 3
    assert parent is window and title == "Balanslista – APT"
    assert filters == "Öppna punkter · Forum: APT"


def test_export_writes_the_rows_shown(tmp_path, filled: Store, window, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "lista.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "CSV")))  # fmt: skip
    window.filters.overdue.setChecked(True)
    window.export_action.trigger()
    text = target.read_text("utf-8-sig")
    assert "Arbetsmiljön på förskolorna" in text and "Rutin för tillbudsrapportering" in text
    assert "Lönekartläggning" not in text
    assert "2 punkter exporterades" in window.statusBar().currentMessage()


def test_open_document_that_moved(tmp_path, store: Store, window, boxes: Boxes) -> None:
    from tracker.domain import Candidate, DocumentInfo, Extraction, Meeting

    plan = balance.plan_import(store, Extraction(
        document=DocumentInfo(file="borta.pdf", sha256="cd" * 32, format="pdf", pages=3),
        meeting=Meeting(body="APT", date=TODAY),
        items=[Candidate(title="Frågan om lokalerna", text="Frågan om lokalerna kvarstår.",
                         kind="carried_over", page=2, section="5 Övriga frågor",
                         evidence="Frågan om lokalerna kvarstår.")],
    ))  # fmt: skip
    balance.apply_import(store, plan, source_path=tmp_path / "borta.pdf")
    window.reload()
    window.table.selectRow(0)
    pane = window.detail
    assert "borta.pdf, sida 2" in pane.doc_label.text()
    assert "Avsnitt: 5 Övriga frågor" in pane.doc_label.text()
    assert pane.evidence.text() == "”Frågan om lokalerna kvarstår.”"
    assert pane.open_doc.isEnabled()
    pane.open_doc.click()
    [text] = boxes.texts("information")
    assert "finns inte längre" in text and str(tmp_path / "borta.pdf") in text


def test_agenda_menu_opens_the_agenda_dialog(filled: Store, window, monkeypatch) -> None:
    from tracker.gui import agenda_dialog

    opened = []
    monkeypatch.setattr(agenda_dialog.AgendaDialog, "exec",
                        lambda self: opened.append((self.store, self.parent())) or 0)  # fmt: skip
    window.agenda_action.trigger()
    assert opened == [(filled, window)]


def test_enter_on_a_row_edits_it(qtbot, filled: Store, window) -> None:
    window.table.setFocus()
    window.table.selectRow(2)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert window.detail.title.hasFocus()
    assert window.detail.title.selectedText() == window.detail.item.title
