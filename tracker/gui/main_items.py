"""The main window's commands on items: a new item by hand, the bulk actions on the
selected rows (close, re-date, reassign, move, delete) as one undo step each, and the
dialogs for reminders and removed items."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from tracker.errors import TrackerError
from tracker.gui import commands
from tracker.gui.errors import show_error
from tracker.gui.model import COL_TITLE
from tracker.gui.widgets import DueDateEdit, NameCombo
from tracker.services import meetings
from tracker.store import REMOVED, ItemRow, Store


class NewItemDialog(QDialog):
    """Title, forum, owner and due date of an item added by hand."""

    def __init__(self, store: Store, body: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ny punkt"))
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Titel"))
        self.body = NameCombo(self)
        self.body.set_names(store.distinct_bodies())
        self.body.setValue(body)
        self.body.setAccessibleName(self.tr("Forum"))
        self.owner = NameCombo(self)
        self.owner.set_names(store.distinct_owners())
        self.owner.setAccessibleName(self.tr("Ansvarig"))
        self.due = DueDateEdit(self)
        self.due.setAccessibleName(self.tr("Senast"))
        form = QFormLayout()
        form.addRow(self.tr("&Titel:"), self.title)
        form.addRow(self.tr("&Forum:"), self.body)
        form.addRow(self.tr("&Ansvarig:"), self.owner)
        form.addRow(self.tr("S&enast:"), self.due)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Lägg till"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def accept(self) -> None:
        if not self.title.text().strip():
            show_error(self, self.tr("Skriv en titel för punkten."))
            self.title.setFocus()
            return
        if not self.due.is_valid():
            show_error(self, self.due.error_text())
            self.due.setFocus()
            return
        super().accept()


class MainWindowItems:
    """Part of :class:`~tracker.gui.main_window.MainWindow`: its commands on items."""

    def new_item(self) -> None:
        dialog = NewItemDialog(self.store, self.filters.current_body(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            commands.add_item(
                self.undo_stack,
                self.store,
                title=dialog.title.text().strip(),
                body=meetings.canonical_body(self.store, dialog.body.value()),
                owner=dialog.owner.value(),
                due=dialog.due.value(),
                changed=self._added_item_changed,
                report=lambda exc: show_error(self, exc),
            )
        except TrackerError as exc:
            show_error(self, exc)

    def _added_item_changed(self, item_id: int) -> None:
        """After "Ny punkt", its undo (the item is removed) and its redo (back again):
        the item joins or leaves the list, so the list is queried again (repainting
        its row would leave a removed item in view)."""
        self._refresh_choices()
        self.model.reload()
        if self.select_item(item_id):
            return
        if self._is_removed(item_id):
            message = self.tr("Punkt {id} togs bort (tillägget ångrades).")
        else:
            message = self.tr("Punkt {id} lades till (den syns inte med nuvarande filter).")
        self.statusBar().showMessage(message.format(id=item_id), 8000)

    def _is_removed(self, item_id: int) -> bool:
        try:
            return self.store.get_item(item_id).status == REMOVED
        except TrackerError:
            return True

    # --- several items ------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        """Ids of the selected rows in list order (the current row when none is)."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        ids = [self.model.item_id(r) for r in rows]
        return [i for i in ids if i is not None]

    def _bulk_changed(self, item_id: int) -> None:
        if self.detail.item and self.detail.item.id == item_id and not self.detail.is_dirty():
            self.detail.show_item(item_id)

    def _bulk(self, text: str, apply) -> int:
        """Run ``apply(item)`` on every selected item as one undo step; reload after."""
        ids = self.selected_ids()
        if not ids:
            return 0
        if self.detail.is_dirty() and not self._confirm_discard():
            return 0
        done = 0
        self.undo_stack.beginMacro(text.format(n=len(ids)))
        try:
            for item_id in ids:
                apply(self.store.get_item(item_id))
                done += 1
        except TrackerError as exc:
            show_error(self, exc)
        finally:
            self.undo_stack.endMacro()
        self._refresh_choices()
        self.model.reload()
        self._select_ids(ids)
        return done

    def _select_ids(self, ids: list[int]) -> None:
        """Select these items again after the list was reloaded (those still shown)."""
        rows = [r for r in (self.model.row_of(i) for i in ids) if r is not None]
        if not rows:
            return
        sel = self.table.selectionModel()
        sel.clearSelection()
        for r in rows:
            sel.select(
                self.model.index(r, COL_TITLE),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
        sel.setCurrentIndex(
            self.model.index(rows[0], COL_TITLE), QItemSelectionModel.SelectionFlag.NoUpdate
        )

    def _save(self, item: ItemRow, changes: dict, note: str | None = None) -> None:
        commands.save_changes(
            self.undo_stack,
            self.store,
            item,
            changes,
            self.tr("Ändra punkt {id}").format(id=item.id),
            note=note,
            changed=self._bulk_changed_reload,
            report=lambda exc: show_error(self, exc),
        )

    def _bulk_changed_reload(self, item_id: int) -> None:
        # Also called by undo/redo of a bulk step, one item at a time.
        self._bulk_changed(item_id)
        self.model.refresh_item(item_id)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Ta bort punkter"),
            self.tr(
                "Ta bort %n punkter? De försvinner ur listan men finns kvar med sin historik "
                "(Redigera → Borttagna punkter), och Ctrl+Z ångrar.",
                "",
                len(ids),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        n = self._bulk(
            self.tr("Ta bort {n} punkter"),
            lambda item: commands.delete_item(
                self.undo_stack,
                self.store,
                item,
                changed=self._deleted_changed,
                report=lambda exc: show_error(self, exc),
            ),
        )
        self.statusBar().showMessage(
            self.tr("%n punkter togs bort. Ctrl+Z ångrar.", "", n), 10000
        )

    def _deleted_changed(self, item_id: int) -> None:
        """A deletion, its undo or redo: the item leaves or rejoins the list."""
        self.model.reload()
        if not self._is_removed(item_id):
            self.select_item(item_id)

    def bulk_close(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        ok, note = ask_text(
            self,
            self.tr("Markera valda som klara"),
            self.tr("Anteckning för de %n punkterna (varför de är klara):", "", len(ids)),
        )
        if not ok:
            return
        note = note.strip() or None
        self._bulk(
            self.tr("Stäng {n} punkter"),
            lambda item: self._save(item, {"status": "done"}, note)
            if item.status == "open"
            else None,
        )

    def bulk_due(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        ok, due = ask_date(
            self,
            self.tr("Nytt datum för valda"),
            self.tr("Nytt datum för de %n punkterna:", "", len(ids)),
        )
        if not ok:
            return
        self._bulk(
            self.tr("Nytt datum för {n} punkter"),
            lambda item: self._save(item, {"due": due}) if item.due != due else None,
        )

    def bulk_owner(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        ok, owner = ask_text(
            self,
            self.tr("Ny ansvarig för valda"),
            self.tr("Ny ansvarig för de %n punkterna:", "", len(ids)),
            names=self.store.distinct_owners(),
        )
        if not ok:
            return
        owner = " ".join(owner.split()) or None
        self._bulk(
            self.tr("Ny ansvarig för {n} punkter"),
            lambda item: self._save(item, {"owner": owner}) if item.owner != owner else None,
        )

    def bulk_body(self) -> None:
        """Move the selected items to another forum ("FVG" finds Förvaltningsgruppen)."""
        ids = self.selected_ids()
        if not ids:
            return
        ok, body = ask_text(
            self,
            self.tr("Flytta valda till forum"),
            self.tr("Forum för de %n punkterna:", "", len(ids)),
            names=self.store.distinct_bodies(),
        )
        if not ok or not body.strip():
            return
        body = meetings.canonical_body(self.store, body) or body.strip()
        self._bulk(
            self.tr("Flytta {n} punkter"),
            lambda item: self._save(item, {"body": body}) if item.body != body else None,
        )

    def reminders_dialog(self) -> None:
        from tracker.gui.reminders_dialog import RemindersDialog

        RemindersDialog(self.store, self, body=self.filters.current_body()).exec()

    def removed_dialog(self) -> None:
        from tracker.gui.removed_dialog import RemovedDialog

        dialog = RemovedDialog(self.store, self)
        dialog.exec()
        if dialog.restored:
            self.reload()
            self.select_item(dialog.restored[-1])


def ask_text(
    parent: QWidget, title: str, label: str, *, names: list[str] | None = None
) -> tuple[bool, str]:
    """A one-line question (with a list of known names to pick from): (ok, text)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    field = NameCombo(dialog)
    field.set_names(names or [])
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel(label, dialog))
    layout.addWidget(field)
    layout.addWidget(buttons)
    dialog.resize(420, dialog.sizeHint().height())
    ok = dialog.exec() == QDialog.DialogCode.Accepted
    return ok, field.currentText()


def ask_date(parent: QWidget, title: str, label: str) -> tuple[bool, dt.date | None]:
    """A date typed as people write it (or picked in the calendar): (ok, date)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    field = DueDateEdit(dialog)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )

    def accept() -> None:
        if not field.is_valid():
            show_error(dialog, field.error_text())
            return
        dialog.accept()

    buttons.accepted.connect(accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel(label, dialog))
    layout.addWidget(field)
    layout.addWidget(buttons)
    dialog.resize(460, dialog.sizeHint().height())
    ok = dialog.exec() == QDialog.DialogCode.Accepted
    return ok, field.value()

