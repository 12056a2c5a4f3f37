"""Arkiv → Påminnelser per e-post…: per owner, the overdue and soon-due open items as
a message to send from the user's own e-mail program (``services.reminders``)."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.errors import TrackerError
from tracker.gui.errors import show_error
from tracker.gui.widgets import plain_label, resize_to_fit
from tracker.services import reminders
from tracker.store import Store


class RemindersDialog(QDialog):
    """Owners with overdue or soon-due items; the chosen owner's message, to send."""

    def __init__(self, store: Store, parent: QWidget | None = None, body: str | None = None):
        super().__init__(parent)
        self.store = store
        self.opened: list[str] = []
        self.subject = ""
        self.setWindowTitle(self.tr("Påminnelser per e-post"))
        self.groups = reminders.reminder_groups(store, body=body)
        self.table = QTableWidget(len(self.groups), 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Ansvarig"), self.tr("Försenade"), self.tr("Förfaller snart")]
        )
        self.table.setAccessibleName(self.tr("Ansvariga att påminna"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for r, g in enumerate(self.groups):
            for c, text in enumerate([g.owner, str(len(g.overdue)), str(len(g.soon))]):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.to = QLineEdit(self)
        self.to.setPlaceholderText(
            self.tr("Mottagarens e-postadress (kan fyllas i i e-postprogrammet)")
        )
        self.to.setAccessibleName(self.tr("Mottagare"))
        self.message = QPlainTextEdit(self)
        self.message.setAccessibleName(self.tr("Meddelande"))
        hint = plain_label(
            self.tr(
                "Öppna punkter som är försenade eller förfaller inom %n dagar, per ansvarig. "
                "Meddelandet öppnas i ditt e-postprogram; programmet skickar inget själv.",
                "",
                reminders.SOON_DAYS,
            ),
            self,
        )
        hint.setWordWrap(True)
        split = QSplitter(self)
        split.addWidget(self.table)
        right = QWidget(self)
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.to)
        box.addWidget(self.message, 1)
        split.addWidget(right)
        split.setStretchFactor(1, 2)
        split.setSizes([360, 540])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.mail_button = QPushButton(self.tr("Öppna i &e-postprogrammet"), self)
        self.copy_button = QPushButton(self.tr("&Kopiera texten"), self)
        buttons.addButton(self.mail_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.mail_button.clicked.connect(self.open_mail)
        self.copy_button.clicked.connect(self.copy_text)
        self.table.currentCellChanged.connect(lambda *_: self._show_current())
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(split, 1)
        if not self.groups:
            layout.addWidget(
                plain_label(self.tr("Inga punkter är försenade eller förfaller snart."), self)
            )
        layout.addWidget(buttons)
        for b in (self.mail_button, self.copy_button):
            b.setEnabled(bool(self.groups))
        if self.groups:
            self.table.selectRow(0)
            self.table.setCurrentCell(0, 0)
        self._show_current()
        resize_to_fit(self, 900, 520)

    def _show_current(self) -> None:
        r = self.table.currentRow()
        if not 0 <= r < len(self.groups):
            self.message.setPlainText("")
            return
        self.subject, text = reminders.reminder_message(self.groups[r])
        self.message.setPlainText(text)

    def open_mail(self) -> None:
        if self.table.currentRow() < 0:
            return
        url = reminders.mailto_url(self.subject, self.message.toPlainText(), self.to.text().strip())
        if not QDesktopServices.openUrl(QUrl(url)):
            show_error(
                self,
                self.tr("Inget e-postprogram kunde öppnas. Kopiera texten och klistra in den."),
            )
            return
        self.opened.append(url)
        # The history says who was reminded of what, and when.
        try:
            reminders.record_reminder(self.store, self.groups[self.table.currentRow()])
        except TrackerError as exc:
            show_error(self, exc)

    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self.message.toPlainText())
