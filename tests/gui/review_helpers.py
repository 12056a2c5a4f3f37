"""Opening the review dialog on a file, as the window does, for the review tests."""

from __future__ import annotations

from pathlib import Path

from tracker.domain import Document
from tracker.extract import extract
from tracker.gui.review import ReviewDialog
from tracker.ingest import read_document
from tracker.services import balance
from tracker.store import Store


def open_dialog(qtbot, store: Store, path: Path) -> tuple[ReviewDialog, Document]:
    """The dialog for ``path``'s import plan, shown and active."""
    document = read_document(path)
    plan = balance.plan_import(store, extract(document))
    dialog = ReviewDialog(store, plan, path, document=document)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog, document
