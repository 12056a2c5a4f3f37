"""Redigera → Borttagna punkter…: the items that were deleted (or whose adding or import
was undone), with "Återställ" to bring one back with the status it had."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.errors import TrackerError
from tracker.gui.errors import show_error
from tracker.gui.history import describe_event
from tracker.gui.widgets import plain_label, resize_to_fit
from tracker.services import removal
from tracker.store import ItemRow, Store


class RemovedDialog(QDialog):
    """List the removed items; restore the selected ones."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.restored: list[int] = []
        self.setWindowTitle(self.tr("Borttagna punkter"))
        self.rows: list[ItemRow] = []
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Nr"), self.tr("Titel"), self.tr("Forum"), self.tr("Borttagen")]
        )
        self.table.setAccessibleName(self.tr("Borttagna punkter"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.hint = plain_label(
            self.tr(
                "Borttagna punkter syns inte i listan, men finns kvar med sin historik. "
                "Markera en eller flera och välj Återställ."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("&Återställ"), self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.reload()
        resize_to_fit(self, 760, 460)

    def reload(self) -> None:
        self.rows = removal.list_removed(self.store)
        histories = self.store.histories([r.id for r in self.rows])
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            last = next(
                (e for e in reversed(histories.get(row.id, [])) if e.field == "status"), None
            )
            cells = [str(row.id), row.title, row.body or "", describe_event(last) if last else ""]
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.restore_button.setEnabled(bool(self.rows))

    def restore_selected(self) -> None:
        chosen = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        for r in chosen:
            row = self.rows[r]
            try:
                removal.undelete_item(self.store, row.id, self.store.get_item(row.id).version)
            except TrackerError as exc:
                show_error(self, exc)
                break
            self.restored.append(row.id)
        self.reload()
