"""The main window's commands on files: import (the Arkiv menu; drag-and-drop arrives
through the window), undoing an import, export, agenda, printing and restoring a
backup, with their messages in the status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from tracker.errors import TrackerError
from tracker.gui import settings
from tracker.gui.errors import show_error
from tracker.gui.filterbar import describe_filter
from tracker.gui.importer import ImportSummary
from tracker.store import ItemRow


class MainWindowFiles:
    """Part of :class:`~tracker.gui.main_window.MainWindow`: its commands on files."""

    def undo_import(self) -> None:
        from tracker.gui.undo_import_dialog import UndoImportDialog

        if self.importer.busy():
            self.statusBar().showMessage(self.tr("En import pågår redan."), 5000)
            return
        dialog = UndoImportDialog(self.store, self)
        dialog.exec()
        result = dialog.outcome
        if result is None:
            return
        self.reload()
        message = self.tr(
            "Importen av {file} är ångrad: {removed} punkter borttagna, {reverted} "
            "återställda, {reopened} öppnade igen."
        ).format(
            file=result.file_name,
            removed=len(result.removed),
            reverted=len(result.reverted),
            reopened=len(result.reopened),
        )
        if result.kept:
            message += " " + self.tr(
                "%n punkter hade ändrats sedan importen och lämnades orörda.", "", len(result.kept)
            )
        self.statusBar().showMessage(message, 30000)

    # --- import ---------------------------------------------------------------------

    def import_dialog(self) -> None:
        start = str(settings.value(settings.IMPORT_FOLDER))
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Importera dokument"),
            start,
            self.tr("Dokument (*.pdf *.docx *.txt);;Alla filer (*)"),
        )
        if files:
            settings.set_value(settings.IMPORT_FOLDER, Path(files[0]).parent)
            self.import_files([Path(f) for f in files])

    def import_files(self, paths: list[Path]) -> bool:
        if self.importer.busy():
            self.statusBar().showMessage(self.tr("En import pågår redan."), 5000)
            return False
        return self.importer.start(paths)

    def _import_finished(self, summary: ImportSummary) -> None:
        if summary.imported:
            self.reload()
            created = sum(len(r.created) for _, r in summary.imported)
            updated = sum(len(r.updated) for _, r in summary.imported)
            closed = sum(len(r.closed) for _, r in summary.imported)
            self.statusBar().showMessage(
                self.tr(
                    "Importerat: {new} nya, {upd} uppdaterade, {closed} stängda punkter."
                ).format(new=created, upd=updated, closed=closed),
                15000,
            )
        elif summary.cancelled:
            self.statusBar().showMessage(self.tr("Importen avbröts; inget sparades."), 8000)

    def current_rows(self) -> list[ItemRow]:
        return self.model.all_rows()

    def list_title(self) -> str:
        body = self.filters.current_body()
        return self.tr("Balanslista – {body}").format(body=body) if body else self.tr("Balanslista")

    def export_dialog(self) -> None:
        from tracker.services import export

        filters = {
            self.tr("Excel (*.xlsx)"): ("xlsx", export.export_xlsx),
            self.tr("CSV, semikolonseparerad (*.csv)"): ("csv", export.export_csv),
            self.tr("Kalender (*.ics)"): ("ics", export.export_ics),
        }
        start = settings.value(settings.EXPORT_FOLDER)
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Exportera balanslistan"),
            str(start / "balanslista.xlsx"),
            ";;".join(filters),
        )
        if not path:
            return
        suffix, func = filters.get(chosen, ("xlsx", export.export_xlsx))
        target = Path(path)
        by_suffix = {v[0]: v[1] for v in filters.values()}
        if target.suffix.lower().lstrip(".") in by_suffix:
            func = by_suffix[target.suffix.lower().lstrip(".")]
        else:
            target = target.with_suffix("." + suffix)
        try:
            count = func(self.current_rows(), target)
        except TrackerError as exc:
            show_error(self, exc)
            return
        except OSError as exc:
            show_error(
                self,
                self.tr("Filen {path} kunde inte sparas: {error}").format(
                    path=target, error=exc.strerror or exc
                ),
            )
            return
        settings.set_value(settings.EXPORT_FOLDER, target.parent)
        self.statusBar().showMessage(
            self.tr("%n punkter exporterades till {path}.", "", int(count or 0)).format(
                path=target
            ),
            10000,
        )

    def agenda_dialog(self) -> None:
        try:
            from tracker.gui.agenda_dialog import AgendaDialog
        except ImportError:
            show_error(self, self.tr("Dagordningen finns inte i den här versionen av programmet."))
            return
        AgendaDialog(self.store, self).exec()

    def print_list(self) -> None:
        try:
            from tracker.gui.printing import print_items
        except ImportError:
            show_error(self, self.tr("Utskrift finns inte i den här versionen av programmet."))
            return
        # A search typed a moment ago is printed, not the list from before it.
        self.filters.flush()
        rows = self.current_rows()
        if not rows:
            QMessageBox.information(
                self, self.tr("Skriv ut"), self.tr("Listan är tom: inget att skriva ut.")
            )
            return
        # The model's filter, not the bar's widgets: it is what selected these rows.
        print_items(rows, self, self.list_title(), describe_filter(self.model.item_filter))

    def restore_backup(self) -> None:
        """Arkiv → Återställ säkerhetskopia…: restore through the window's connection,
        then show the restored list (undo history cleared: it refers to the old one)."""
        from tracker.gui.restore_dialog import RestoreDialog

        if self.importer.busy():
            QMessageBox.information(
                self,
                self.tr("Återställ säkerhetskopia"),
                self.tr("Vänta tills importen är klar, och försök sedan igen."),
            )
            return
        dialog = RestoreDialog(self.store, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.outcome is None:
            return
        self.undo_stack.clear()
        self.reload()
        result = dialog.outcome
        message = self.tr("Databasen är återställd från {name} ({n} punkter).").format(
            name=result.backup.name, n=result.items
        )
        if result.previous is not None:
            message += " " + self.tr("Det tidigare innehållet sparades som {name}.").format(
                name=result.previous.name
            )
        self.statusBar().showMessage(message, 30000)
