"""Arkiv → Ångra import…: choose an imported document and take back everything its
import did, in one step (``services.removal.undo_import``)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.errors import TrackerError
from tracker.gui.errors import show_error
from tracker.gui.widgets import plain_label, resize_to_fit
from tracker.services import removal
from tracker.services.removal import UndoImportResult
from tracker.store import DocumentRow, ItemFilter, Store


class UndoImportDialog(QDialog):
    """The imported documents, newest first; "Ångra importen" undoes the chosen one."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.outcome: UndoImportResult | None = None
        self.setWindowTitle(self.tr("Ångra import"))
        self.docs: list[DocumentRow] = [d for d in store.list_documents() if not d.undone]
        self.table = QTableWidget(len(self.docs), 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Importerad"), self.tr("Dokument"), self.tr("Nya punkter")]
        )
        self.table.setAccessibleName(self.tr("Importerade dokument"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for r, doc in enumerate(self.docs):
            created = store.count_items(ItemFilter(status=None, document_id=doc.id))
            for c, text in enumerate([doc.imported_at[:16].replace("T", " "), doc.file_name,
                                      str(created)]):  # fmt: skip
                self.table.setItem(r, c, QTableWidgetItem(text))
        if self.docs:
            self.table.selectRow(0)
        hint = plain_label(
            self.tr(
                "Allt som importen gjorde tas tillbaka i ett steg: nya punkter tas bort, "
                "ändrade datum och ansvariga återställs, stängda punkter öppnas igen och "
                "mötet tas bort. Historiken behålls, och dokumentet kan importeras igen."
            ),
            self,
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.undo_button = QPushButton(self.tr("Å&ngra importen…"), self)
        self.undo_button.setEnabled(bool(self.docs))
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.undo_button.clicked.connect(self._undo_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        resize_to_fit(self, 720, 420)

    def _undo_selected(self) -> None:
        r = self.table.currentRow()
        if 0 <= r < len(self.docs) and self.choose(self.docs[r].id):
            self.accept()

    def choose(self, document_id: int) -> bool:
        """Undo the import of ``document_id`` after a question; True when done."""
        doc = self.store.get_document(document_id)
        created = self.store.count_items(ItemFilter(document_id=document_id))
        answer = QMessageBox.question(
            self,
            self.tr("Ångra import"),
            self.tr(
                "Ångra importen av {file}? {n} öppna punkter från dokumentet tas bort och "
                "punkter som importen ändrade återställs."
            ).format(file=doc.file_name, n=created),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.outcome = removal.undo_import(self.store, document_id)
        except TrackerError as exc:
            show_error(self, exc)
            return False
        return True
