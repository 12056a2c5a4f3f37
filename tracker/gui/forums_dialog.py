"""Visa → Forum…: every forum with the organisation it belongs to and the short names
that stand for it ("FVG", "FVG HÄ").  Saved in the database for everyone who uses it;
the aliases are resolved the same way everywhere (import, new item, detail pane,
agenda), and the organisation keeps two förvaltningar's forums of one name apart when
their minutes are imported (:mod:`tracker.services.meetings`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.errors import TrackerError
from tracker.gui.errors import show_error
from tracker.gui.widgets import plain_label, resize_to_fit
from tracker.services import meetings
from tracker.store import Store

COL_NAME, COL_ORG, COL_ALIASES = range(3)


class ForumsDialog(QDialog):
    """Forums with their organisation and aliases, editable in the table."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Forum"))
        self.forums = meetings.forums(store)
        self.table = QTableWidget(len(self.forums), 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Forum"), self.tr("Organisation"), self.tr("Förkortningar")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_ORG, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_ALIASES, QHeaderView.ResizeMode.Stretch)
        for row, forum in enumerate(self.forums):
            name = QTableWidgetItem(forum.name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(row, COL_NAME, name)
            self.table.setItem(row, COL_ORG, QTableWidgetItem(forum.organisation))
            self.table.setItem(row, COL_ALIASES, QTableWidgetItem(", ".join(forum.aliases)))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = plain_label(self.tr(
            "Dubbelklicka för att ändra. Organisationen skiljer två förvaltningars forum med "
            "samma namn åt vid import; förkortningarna (kommaseparerade, t.ex. ”FVG”) kan "
            "skrivas överallt där ett forum anges."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        resize_to_fit(self, 820, 460)

    def accept(self) -> None:
        """Save every row whose organisation or aliases changed, then close."""
        try:
            with self.store.transaction():
                for row, forum in enumerate(self.forums):
                    org = self.table.item(row, COL_ORG).text().strip()
                    aliases = [a.strip() for a in
                               self.table.item(row, COL_ALIASES).text().split(",") if a.strip()]
                    if org != forum.organisation or aliases != forum.aliases:
                        meetings.save_forum(self.store, forum.name, org, aliases)
        except TrackerError as exc:
            show_error(self, exc)
            return
        super().accept()
