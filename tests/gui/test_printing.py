"""Printing the balance list from the main window: the printout names the filter that
selected its rows, and follows the user interface's language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QToolBar

from tests.agenda.pdftext import page_texts
from tracker.gui.i18n import program_qm
from tracker.store import Store


@pytest.fixture
def saved_pdf(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The print preview, instead of waiting for the user, saves itself as PDF through
    its own "Spara som PDF…" button (the path the user takes to get a PDF)."""
    target = tmp_path / "utskrift.pdf"

    def fake_exec(dialog: QPrintPreviewDialog) -> int:
        toolbar = dialog.findChild(QToolBar)
        toolbar.actions()[-1].trigger()
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    return target


def flat(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(page_texts(path)))


def test_printout_names_the_filter(qtbot, filled: Store, window, saved_pdf: Path) -> None:
    bar = window.filters
    bar.body.setCurrentIndex(bar.body.findData("APT"))
    bar.owner.setCurrentIndex(bar.owner.findData("Vision"))
    bar.overdue.setChecked(True)
    window.print_action.trigger()
    text = flat(saved_pdf)
    assert "Balanslista – APT" in text
    assert "Urval: Öppna punkter · Försenade · Ansvarig: Vision · Forum: APT" in text
    assert "Rutin för tillbudsrapportering" in text
    assert "Ventilationen i matsalen" not in text


def test_search_typed_just_before_printing_is_printed(
    qtbot, filled: Store, window, saved_pdf: Path
) -> None:
    # No pause after typing: the search has not run yet when the user presses Ctrl+P.
    window.filters.search.setText("matsal")
    window.print_action.trigger()
    text = flat(saved_pdf)
    assert "Urval: Öppna punkter · Sök: ”matsal”" in text
    assert "Ventilationen i matsalen" in text
    assert "Arbetsmiljön på förskolorna" not in text


def test_all_statuses_and_due_soon(qtbot, filled: Store, window, saved_pdf: Path) -> None:
    bar = window.filters
    bar.status.setCurrentIndex(bar.status.findData("all"))
    bar.soon.setChecked(True)
    window.print_action.trigger()
    assert "Urval: Alla punkter · Förfaller inom 14 dagar" in flat(saved_pdf)


def test_english_printout(qtbot, filled: Store, store: Store, saved_pdf: Path) -> None:
    from tracker.gui.main_window import MainWindow

    translator = QTranslator()
    assert translator.load(str(program_qm("en")))
    QCoreApplication.installTranslator(translator)
    try:
        win = MainWindow(store)
        qtbot.addWidget(win)
        win.filters.body.setCurrentIndex(win.filters.body.findData("Förvaltningsgruppen"))
        win.print_action.trigger()
    finally:
        QCoreApplication.removeTranslator(translator)
    text = flat(saved_pdf)
    assert "Balance list – Förvaltningsgruppen" in text
    assert "Filter: Open items · Forum: Förvaltningsgruppen" in text
    assert "No. Item Owner Forum Due Status Latest note" in text
    assert "Page 1 of 1" in text and "Printed " in text
    assert re.search(r"\d{4}-\d{2}-\d{2} overdue", text)  # Arbetsmiljön … is overdue
    assert "Urval" not in text and "Sida" not in text and "försenad" not in text
