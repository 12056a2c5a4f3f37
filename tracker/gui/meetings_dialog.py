"""Visa → Möten…: every recorded meeting, newest first, with its forum, date, time,
place and organisation correctable, and a meeting recorded by mistake deletable (the
history keeps its entries; they only lose the link to the meeting)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.errors import TrackerError
from tracker.gui.errors import show_error
from tracker.gui.widgets import DueDateEdit, NameCombo, plain_label, resize_to_fit
from tracker.services import meetings
from tracker.store import MeetingRow, Store


class MeetingsDialog(QDialog):
    """List, correct and delete meetings."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Möten"))
        self.rows: list[MeetingRow] = []
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Datum"),
                self.tr("Forum"),
                self.tr("Tid"),
                self.tr("Plats"),
                self.tr("Källa"),
                self.tr("Händelser"),
            ]
        )
        self.table.setAccessibleName(self.tr("Möten"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

        self.body = NameCombo(self)
        self.body.set_names(store.distinct_bodies())
        self.body.setAccessibleName(self.tr("Forum"))
        self.date = DueDateEdit(self)
        self.date.setAccessibleName(self.tr("Datum"))
        self.time = QLineEdit(self)
        self.time.setPlaceholderText(self.tr("TT:MM"))
        self.place = QLineEdit(self)
        self.organisation = QLineEdit(self)
        form = QFormLayout()
        form.addRow(self.tr("&Forum:"), self.body)
        form.addRow(self.tr("&Datum:"), self.date)
        form.addRow(self.tr("&Tid:"), self.time)
        form.addRow(self.tr("&Plats:"), self.place)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        self.save_button = QPushButton(self.tr("&Spara ändringen"), self)
        self.delete_button = QPushButton(self.tr("&Ta bort mötet…"), self)
        self.delete_button.setToolTip(
            self.tr("För ett möte som registrerats av misstag. Historiken behålls.")
        )
        self.empty_button = QPushButton(self.tr("Ta bort &tomma möten…"), self)
        self.empty_button.setToolTip(
            self.tr(
                "Möten utan ändringar, anteckningar eller dokument – t.ex. ett mötesläge "
                "som öppnades och stängdes i en tidigare version av programmet."
            )
        )
        row = QHBoxLayout()
        row.addWidget(self.delete_button)
        row.addWidget(self.empty_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        self.edit_box = QGroupBox(self.tr("Valt möte"), self)
        box = QVBoxLayout(self.edit_box)
        box.addLayout(form)
        box.addLayout(row)

        self.hint = plain_label("", self)
        self.hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.edit_box)
        layout.addWidget(buttons)

        self.table.currentCellChanged.connect(lambda *_: self._show_current())
        self.save_button.clicked.connect(self.save_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.empty_button.clicked.connect(self.delete_empty)
        self.reload()
        resize_to_fit(self, 760, 520)

    def reload(self, select: int | None = None) -> None:
        self.rows = self.store.list_meetings()
        events = self.store.meeting_event_counts()
        files = {d.id: d.file_name for d in self.store.list_documents()}
        self.table.setRowCount(len(self.rows))
        for r, m in enumerate(self.rows):
            source = files.get(m.document_id or -1) or self.tr("mötesläge / för hand")
            cells = [
                m.date.isoformat() if m.date else self.tr("okänt"),
                m.body or self.tr("Okänt forum"),
                m.time or "",
                m.place or "",
                source,
                str(events.get(m.id, 0)),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, m.id)
                self.table.setItem(r, c, item)
        self.hint.setText(
            self.tr("Inga möten är registrerade.")
            if not self.rows
            else self.tr(
                "Händelser: hur många ändringar och anteckningar i historiken som hör till mötet."
            )
        )
        if select is not None:
            self.select_meeting(select)
        elif self.rows:
            self.table.selectRow(0)
        self._show_current()

    def select_meeting(self, meeting_id: int) -> bool:
        for r, m in enumerate(self.rows):
            if m.id == meeting_id:
                self.table.selectRow(r)
                self.table.setCurrentCell(r, 0)
                self._show_current()
                return True
        return False

    def current(self) -> MeetingRow | None:
        r = self.table.currentRow()
        return self.rows[r] if 0 <= r < len(self.rows) else None

    def _show_current(self) -> None:
        m = self.current()
        self.edit_box.setEnabled(m is not None)
        if m is None:
            return
        self.body.setValue(m.body)
        self.date.setValue(m.date)
        self.time.setText(m.time or "")
        self.place.setText(m.place or "")
        self.organisation.setText(m.organisation or "")

    def save_current(self) -> bool:
        m = self.current()
        if m is None:
            return False
        if not self.date.is_valid():
            show_error(self, self.date.error_text())
            return False
        fields = {
            "body": meetings.canonical_body(self.store, self.body.value()),
            "date": self.date.value(),
            "time": self.time.text().strip() or None,
            "place": self.place.text().strip() or None,
            "organisation": self.organisation.text().strip() or None,
        }
        changed = {k: v for k, v in fields.items() if getattr(m, k) != v}
        if not changed:
            return True
        try:
            self.store.update_meeting(m.id, **changed)
        except TrackerError as exc:
            show_error(self, exc)
            return False
        self.reload(select=m.id)
        return True

    def empty_meetings(self) -> list[MeetingRow]:
        """Meetings no history event names and no document recorded."""
        events = self.store.meeting_event_counts()
        return [m for m in self.rows if not events.get(m.id) and not m.document_id]

    def delete_empty(self) -> int:
        empty = self.empty_meetings()
        if not empty:
            QMessageBox.information(
                self, self.tr("Tomma möten"), self.tr("Det finns inga tomma möten.")
            )
            return 0
        names = "\n".join(
            f"{m.date.isoformat() if m.date else '–'}  {m.body or ''}" for m in empty[:15]
        )
        answer = QMessageBox.question(
            self,
            self.tr("Tomma möten"),
            self.tr("Ta bort %n möten utan ändringar, anteckningar eller dokument?", "", len(empty))
            + "\n\n"
            + names,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return 0
        try:
            for m in empty:
                self.store.delete_meeting(m.id)
        except TrackerError as exc:
            show_error(self, exc)
        self.reload()
        return len(empty)

    def delete_current(self) -> bool:
        m = self.current()
        if m is None:
            return False
        events = self.store.meeting_event_counts().get(m.id, 0)
        text = self.tr("Ta bort mötet {body} {date}?").format(
            body=m.body or self.tr("Okänt forum"),
            date=m.date.isoformat() if m.date else self.tr("okänt datum"),
        )
        if events:
            text += "\n\n" + self.tr(
                "%n händelser i historiken hör till mötet. De behålls, men kopplas inte "
                "längre till något möte.",
                "",
                events,
            )
        if m.document_id:
            text += "\n\n" + self.tr(
                "Mötet kommer från ett importerat dokument; dokumentet finns kvar."
            )
        answer = QMessageBox.question(
            self,
            self.tr("Ta bort mötet"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.store.delete_meeting(m.id)
        except TrackerError as exc:
            show_error(self, exc)
            return False
        self.reload()
        return True
