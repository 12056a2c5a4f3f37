"""Printing the balance list from the main window: print preview of the current view
(A4 landscape, header row on every page, rows never split) with print and "Spara som
PDF…", both painted by ``tracker.services.print_list`` in the user interface's language
(:func:`list_texts`) with the filter that selected the rows under the title."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QAction, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QToolBar, QWidget

from tracker.errors import TrackerError
from tracker.gui import settings
from tracker.gui.errors import show_error
from tracker.gui.model import STATUS_TEXT, status_label
from tracker.services.print_list import (
    LIST_MARGINS_MM,
    ListTexts,
    paint_list,
    print_list_pdf,
)
from tracker.store import ItemRow


def list_texts() -> ListTexts:
    """The printout's words, translated (Swedish stays the service's defaults)."""
    return ListTexts(
        headers=(
            QCoreApplication.translate("Printing", "Nr"),
            QCoreApplication.translate("Printing", "Fråga"),
            QCoreApplication.translate("Printing", "Ansvarig"),
            QCoreApplication.translate("Printing", "Forum"),
            QCoreApplication.translate("Printing", "Senast"),
            QCoreApplication.translate("Printing", "Status"),
            QCoreApplication.translate("Printing", "Senaste anteckning"),
        ),
        printed=QCoreApplication.translate("Printing", "Utskrivet {date}"),
        selection=QCoreApplication.translate("Printing", "Urval: {filters}"),
        page=QCoreApplication.translate("Printing", "Sida {page} av {pages}"),
        empty=QCoreApplication.translate("Printing", "Inga punkter motsvarar urvalet."),
        overdue=QCoreApplication.translate("Printing", "försenad"),
        statuses={status: status_label(status) for status in STATUS_TEXT},
    )


def _printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(*LIST_MARGINS_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    return printer


def save_items_pdf(
    rows: Sequence[ItemRow], parent: QWidget | None, title: str, filters_text: str = ""
) -> Path | None:
    """Ask for a file name and write the printed list there; None when cancelled/failed."""
    folder = settings.value(settings.PRINT_FOLDER)
    name = f"{title} {dt.date.today().isoformat()}.pdf".replace("/", "-")
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Printing", "Spara balanslistan som PDF"),
        str(folder / name),
        QCoreApplication.translate("Printing", "PDF (*.pdf)"),
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    try:
        print_list_pdf(rows, target, title=title, filters_text=filters_text, texts=list_texts())
    except TrackerError as exc:
        show_error(parent, exc)
        return None
    settings.set_value(settings.PRINT_FOLDER, target.parent)
    return target


def print_items(
    rows: Sequence[ItemRow],
    parent: QWidget | None,
    title: str,
    filters_text: str = "",
) -> int:
    """Show the print preview of ``rows`` (the current view); returns the dialog result.

    ``filters_text`` names the filter that selected the rows; it is printed (and saved
    to PDF) under the title on every page."""
    rows = list(rows)
    texts = list_texts()
    printer = _printer()
    printer.setDocName(title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Skriv ut balanslistan"))

    def paint(device: QPrinter) -> None:
        try:
            paint_list(device, rows, title=title, filters_text=filters_text, texts=texts)
        except TrackerError as exc:
            show_error(dialog, exc)

    dialog.paintRequested.connect(paint)
    toolbar = dialog.findChild(QToolBar)
    if toolbar is not None:
        action = QAction(QCoreApplication.translate("Printing", "Spara som PDF…"), dialog)
        action.triggered.connect(lambda: save_items_pdf(rows, dialog, title, filters_text))
        toolbar.addSeparator()
        toolbar.addAction(action)
    dialog.resize(1100, 800)
    return dialog.exec()
