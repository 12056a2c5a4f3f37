"""The agenda dialog and the list's print preview (offscreen Qt, pytest-qt)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget

from tests.agenda.fixtures import BODY, fvg_store
from tests.agenda.pdftext import page_texts
from tests.agenda.test_print_list import item
from tracker.gui import agenda_dialog as agenda_dialog_module
from tracker.gui import printing
from tracker.gui.agenda_dialog import AgendaDialog, _called_from_text
from tracker.services.agenda import build_agenda
from tracker.services.agenda_pdf import paint_agenda
from tracker.services.agenda_templates import load_template
from tracker.store import Store


@pytest.fixture
def store(db_path: Path):
    store, _meeting = fvg_store(db_path)
    yield store
    store.close()


@pytest.fixture
def dialog(qtbot, store: Store) -> AgendaDialog:
    dlg = AgendaDialog(store)
    qtbot.addWidget(dlg)
    dlg.date_edit.setDate(QDate(2024, 4, 9))
    return dlg


def _titles(dlg: AgendaDialog) -> list[str]:
    return [it.title for it in dlg.current_items()]


def test_dialog_starts_from_the_forum_and_its_last_meeting(dialog: AgendaDialog) -> None:
    assert dialog.body() == BODY
    assert dialog.template_combo.currentData() == "forvaltningsgrupp"
    assert dialog.time_edit.text() == "13:00"
    assert dialog.place_edit.text() == "Mötesrum Paddan plan 10 samt via Zoom"
    assert "Vision: Indu Bala Chopra, Maria Ahumada" in dialog.called_edit.toPlainText()
    assert dialog.deadline_edit.date() == QDate(2024, 4, 2)  # follows the date: 7 days before
    assert "6 öppna frågor (2 försenade)" in dialog.summary_label.text()
    assert _titles(dialog)[4] == "Balanslista"


def test_choosing_a_nämnd_switches_template(dialog: AgendaDialog) -> None:
    dialog.body_combo.setCurrentText("Socialnämnden")
    assert dialog.template_combo.currentData() == "namnd"
    assert dialog.first_number_spin.prefix() == "§ "
    dialog.first_number_spin.setValue(41)
    agenda = dialog.agenda()
    assert agenda.numbering == "paragraph"
    assert [agenda.number_label(i) for i in range(2)] == ["§ 41", "§ 42"]


def test_reorder_add_remove_are_saved_to_the_users_template(
    dialog: AgendaDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog.items_list.setCurrentRow(3)  # Föregående protokoll
    dialog.move_item(-1)
    assert load_template("forvaltningsgrupp").items[2].title == "Föregående protokoll"

    monkeypatch.setattr(agenda_dialog_module.QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("Presentationsrunda", True)))  # fmt: skip
    dialog.items_list.setCurrentRow(0)
    dialog.add_item()
    assert load_template("forvaltningsgrupp").items[1].title == "Presentationsrunda"

    dialog.items_list.setCurrentRow(_titles(dialog).index("Månadens tema från årshjulet"))
    dialog.remove_item()
    saved = [it.title for it in load_template("forvaltningsgrupp").items]
    assert "Månadens tema från årshjulet" not in saved and len(saved) == 18

    dialog.reset_items()
    assert _titles(dialog)[:4] == ["Mötets öppnande", "Godkännande av dagordningen",
                                   "Val av justerare", "Föregående protokoll"]  # fmt: skip
    assert len(load_template("forvaltningsgrupp").items) == 18


def test_removing_the_balance_list_asks_first(dialog: AgendaDialog,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(agenda_dialog_module.QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))  # fmt: skip
    dialog.items_list.setCurrentRow(4)
    dialog.remove_item()
    assert "Balanslista" in _titles(dialog)


def test_edited_header_facts_reach_the_pdf(dialog: AgendaDialog, tmp_path: Path) -> None:
    dialog.place_edit.setText("Rum 7, plan 3")
    dialog.video_edit.setText("https://video.example/fvg")
    dialog.time_edit.setText("")
    dialog.called_edit.setPlainText("Arbetsgivaren: Lars Wennberg (chef, HR)\nVision: A, B\n")
    out = dialog.write(tmp_path / "dagordning.pdf")
    assert out is not None
    text = re.sub(r"\s+", " ", " ".join(page_texts(out)))
    assert "Rum 7, plan 3" in text and "https://video.example/fvg" in text
    assert "kl." not in text  # the time was cleared on purpose
    assert "Arbetsgivaren: Lars Wennberg (chef, HR)" in text and "Vision: A, B" in text
    assert "5. Balanslista" in text


def test_called_text_parsing() -> None:
    groups = _called_from_text("Förvaltningen: Anna (chef, HR), Bo\n\nLedarna\nVision:\n")
    assert [(g.organisation, g.people) for g in groups] == [
        ("Förvaltningen", ["Anna (chef, HR)", "Bo"]), ("Ledarna", []), ("Vision", []),
    ]  # fmt: skip


def test_agenda_paints_on_a_printer_like_on_pdf(store: Store, tmp_path: Path, qtbot) -> None:
    agenda = build_agenda(store, BODY, dt.date(2024, 4, 9))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))
    pages = paint_agenda(agenda, printer)
    texts = page_texts(tmp_path / "printer.pdf")
    assert len(texts) == pages
    assert "Kvarvarande frågor från föregående möte" in " ".join(texts)


def test_print_preview_of_300_items(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    counted: list[int] = []

    def fake_exec(self: QPrintPreviewDialog) -> int:
        widget = self.findChild(QPrintPreviewWidget)
        widget.updatePreview()
        counted.append(widget.pageCount())
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    rows = [item(n) for n in range(1, 301)]
    printing.print_items(rows, None, "Balanslista", "status: öppen")
    assert counted and counted[0] > 10


def test_dialog_on_an_empty_database(qtbot, db_path: Path) -> None:
    with Store.open(db_path, backup=False) as empty:
        dlg = AgendaDialog(empty)
        qtbot.addWidget(dlg)
        assert dlg.body_combo.count() == 0
        assert "forumets namn" in dlg.summary_label.text()
        dlg.body_combo.setEditText("Nytt forum")
        assert dlg.agenda().open_entries() == []
