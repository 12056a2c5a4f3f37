"""*Arkiv → Återställ säkerhetskopia…*: the backups of the open database with date,
item count and check result; the chosen one is restored through the window's own
connection (``Store.restore_backup``), after the current content is kept as a copy.
At start-up, when the database cannot be opened at all, the same dialog works on the
file's path (``backups.restore``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.errors import TrackerError
from tracker.gui.errors import show_error
from tracker.gui.widgets import resize_to_fit
from tracker.store import Store
from tracker.store import backups as backups_mod

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class RestoreDialog(QDialog):
    """Pick a backup and restore it; ``outcome`` holds the result after acceptance."""

    def __init__(
        self, store: Store | None, parent: QWidget | None = None, *, path: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.path = store.path if store is not None else Path(path or "")
        self.outcome: backups_mod.RestoreResult | None = None
        self.setWindowTitle(self.tr("Återställ säkerhetskopia"))
        resize_to_fit(self, 760, 380)
        self.infos = backups_mod.list_backups(self.path)

        intro = QLabel(
            self.tr(
                "Välj kopian som ska återställas. Den nuvarande databasen sparas först som "
                "en kopia i mappen backups/, så återställningen kan göras ogjord. Stäng "
                "andra fönster och kommandon som har databasen öppen."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.infos), 5, self)
        self.table.setAccessibleName(self.tr("Säkerhetskopior"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Datum"), self.tr("Punkter"), self.tr("Kontroll"), self.tr("Slag"),
             self.tr("Fil")]
        )  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for row, info in enumerate(self.infos):
            cells = [
                info.taken_at.strftime("%Y-%m-%d %H:%M"),
                "" if info.items is None else str(info.items),
                self.tr("ok") if info.ok else self.tr("skadad"),
                self._kind(info),
                info.path.name,
            ]
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if col == 1:
                    cell.setTextAlignment(_RIGHT)
                if not info.ok:
                    # The check's own words (from SQLite) for whoever repairs the file.
                    cell.setToolTip(info.check)
                self.table.setItem(row, col, cell)
        self.table.resizeColumnsToContents()

        self.empty = QLabel(self.tr("Det finns inga säkerhetskopior av den här databasen."), self)
        self.empty.setVisible(not self.infos)

        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(
            self.tr("&Återställ"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.restore())

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)

        first_ok = next((n for n, info in enumerate(self.infos) if info.ok), None)
        if first_ok is not None:
            self.table.selectRow(first_ok)
        self._selection_changed()

    def _kind(self, info: backups_mod.BackupInfo) -> str:
        if info.suffix == "":
            return self.tr("automatisk")
        if info.suffix == backups_mod.BEFORE_RESTORE:
            return self.tr("före återställning")
        if info.suffix.startswith("fore-v"):
            return self.tr("före uppgradering")
        if info.suffix == "manuell":
            return self.tr("manuell")
        return info.suffix

    def selected(self) -> backups_mod.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.infos[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        info = self.selected()
        self.restore_button.setEnabled(info is not None and info.ok)

    def restore(self) -> None:
        info = self.selected()
        if info is None or not info.ok:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Återställ säkerhetskopia"),
            self.tr(
                "Ersätta databasens innehåll med kopian från {date} (%n punkter)? Det "
                "nuvarande innehållet sparas först som en kopia.",
                "",
                info.items or 0,
            ).format(date=info.taken_at.strftime("%Y-%m-%d %H:%M")),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            if self.store is not None:
                self.outcome = self.store.restore_backup(info.path)
            else:
                self.outcome = backups_mod.restore(self.path, info.path)
        except TrackerError as exc:
            show_error(self, exc)
            return
        self.accept()
