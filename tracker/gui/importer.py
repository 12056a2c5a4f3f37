"""Import of documents: reading, extraction and planning run in a worker thread behind a
cancellable progress dialog; then each file's plan is reviewed and saved in the GUI
thread (one transaction per file).  A file that cannot be read is reported at the end,
in one dialog for all such files; the others are still imported.

The worker opens its own connection to the database for planning (a Store is used by
one thread at a time); the GUI thread's store does the writing.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from tracker.domain import Document
from tracker.errors import TrackerError
from tracker.gui.errors import show_error
from tracker.ingest import supported_suffixes
from tracker.services.plan import ImportPlan, ImportResult
from tracker.store import Store

log = logging.getLogger("tracker.gui")


def importable(path: Path) -> bool:
    return path.suffix.lower() in supported_suffixes()


@dataclass
class FileOutcome:
    """What happened to one file."""

    path: Path
    plan: ImportPlan | None = None
    error: str | None = None
    # The read document, for the review's text pane (adding what was missed).
    document: Document | None = None


@dataclass
class ImportSummary:
    imported: list[tuple[Path, ImportResult]] = field(default_factory=list)
    already: list[Path] = field(default_factory=list)
    errors: list[tuple[Path, str]] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)  # review cancelled
    cancelled: bool = False


class _Signals(QObject):
    # Signals must live on a QObject; a QRunnable is not one.
    progress = Signal(int, str)  # files done, name of the file being read
    ocr_progress = Signal(str, int, int)  # file name, scanned pages read by OCR, of how many
    outcome = Signal(object)  # FileOutcome
    finished = Signal(bool)  # cancelled


class _Cancelled(Exception):
    """Raised from the OCR progress callback when the user cancels."""


class ImportTask(QRunnable):
    """Read, extract and plan a list of files, one after the other."""

    def __init__(self, db_path: Path, paths: list[Path]) -> None:
        super().__init__()
        self.db_path = db_path
        self.paths = paths
        self.signals = _Signals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        # Imported here so that starting the program does not pay for pdfium and
        # python-docx until the first import.
        from tracker.services import importing

        store: Store | None = None
        try:
            for done, path in enumerate(self.paths):
                if self._cancel.is_set():
                    break
                self.signals.progress.emit(done, path.name)
                outcome = FileOutcome(path)
                def ocr_progress(pages: int, total: int, name: str = path.name) -> None:
                    if self._cancel.is_set():
                        raise _Cancelled
                    self.signals.ocr_progress.emit(name, pages, total)

                try:
                    if store is None:
                        store = Store.open(self.db_path, backup=False)
                    planned = importing.plan_file(store, path, progress=ocr_progress)
                    outcome.document = planned.document
                    if self._cancel.is_set():
                        break
                    outcome.plan = planned.plan
                except _Cancelled:
                    break
                except TrackerError as exc:
                    outcome.error = exc.message
                except Exception as exc:  # a reader bug must not stop the other files
                    log.exception("Import av %s misslyckades", path)
                    # (translate is thread-safe: this runs in the import thread.)
                    outcome.error = QCoreApplication.translate(
                        "ImportController", "oväntat fel vid läsningen ({error})"
                    ).format(error=f"{type(exc).__name__}: {exc}")
                self.signals.outcome.emit(outcome)
            self.signals.progress.emit(len(self.paths), "")
        finally:
            if store is not None:
                store.close()
            self.signals.finished.emit(self._cancel.is_set())


class ImportController(QObject):
    """Runs one import (a list of files) from start to the summary.

    ``review(plan, path) -> bool`` is called for each readable file in the GUI thread and
    returns whether to save; ``finished`` carries the :class:`ImportSummary`.
    """

    finished = Signal(object)

    def __init__(self, store: Store, parent: QWidget) -> None:
        super().__init__(parent)
        self.store = store
        self.parent_widget = parent
        # An own pool of one thread: files are read one after the other, and waiting for
        # "our" work never waits for someone else's.
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.task: ImportTask | None = None
        # The finished task is kept until its thread has surely left run(): the runnable
        # must not be deleted while the pool still touches it.
        self._retired: ImportTask | None = None
        self.progress: QProgressDialog | None = None
        self._outcomes: list[FileOutcome] = []
        self.summary = ImportSummary()

    def busy(self) -> bool:
        return self.task is not None

    def start(self, paths: list[Path]) -> bool:
        if self.task is not None:
            return False
        self.pool.waitForDone()
        self._retired = None
        wanted = [p for p in paths if importable(p)]
        ignored = [p for p in paths if not importable(p)]
        self.summary = ImportSummary()
        for p in ignored:
            self.summary.errors.append(
                (p, self.tr("filtypen kan inte importeras (bara PDF, Word .docx och text)"))
            )
        if not wanted:
            self._report()
            self.finished.emit(self.summary)
            return False
        self._outcomes = []
        self.task = ImportTask(self.store.path, wanted)
        self.progress = QProgressDialog(
            self.tr("Läser dokument…"), self.tr("Avbryt"), 0, len(wanted), self.parent_widget
        )
        self.progress.setWindowTitle(self.tr("Importerar"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setValue(0)
        self.progress.canceled.connect(self.task.cancel)
        self.task.signals.progress.connect(self._on_progress)
        self.task.signals.ocr_progress.connect(self._on_ocr_progress)
        self.task.signals.outcome.connect(self._outcomes.append)
        self.task.signals.finished.connect(self._on_finished)
        self.pool.start(self.task)
        return True

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Stop a running import and wait for the reader (program closing)."""
        self.cancel()
        self.pool.waitForDone(timeout_ms)

    def _on_progress(self, done: int, name: str) -> None:
        if self.progress is None:
            return
        if self.task is not None:
            self.progress.setRange(0, len(self.task.paths))
        self.progress.setValue(done)
        if name:
            self.progress.setLabelText(self.tr("Läser {name}…").format(name=name))

    def _on_ocr_progress(self, name: str, done: int, total: int) -> None:
        """A scanned PDF: the bar follows its pages as text recognition reads them."""
        if self.progress is None:
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setLabelText(
            self.tr("Textigenkänning (OCR) av {name}: sida {done} av {total}…").format(
                name=name, done=min(done + 1, total), total=total
            )
        )

    def _on_finished(self, cancelled: bool) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self._retired, self.task = self.task, None
        self.summary.cancelled = cancelled
        try:
            if not cancelled:
                self._review_all()
            self._report()
        finally:
            # Whatever happened, the import is over: the window must learn of it.
            self.finished.emit(self.summary)

    def _review_all(self) -> None:
        from tracker.gui.review import ReviewDialog
        from tracker.services import balance

        for outcome in self._outcomes:
            if outcome.error is not None:
                self.summary.errors.append((outcome.path, outcome.error))
                continue
            plan = outcome.plan
            assert plan is not None  # no error → a plan
            if plan.already_imported:
                self.summary.already.append(outcome.path)
                continue
            try:
                dialog = ReviewDialog(
                    self.store, plan, outcome.path, self.parent_widget, outcome.document
                )
                accepted = dialog.exec() == ReviewDialog.DialogCode.Accepted
                dialog.deleteLater()
                if not accepted:
                    self.summary.skipped.append(outcome.path)
                    continue
                result = balance.apply_import(self.store, plan, source_path=outcome.path)
            except TrackerError as exc:
                self.summary.errors.append((outcome.path, exc.message))
                continue
            except Exception as exc:  # one file's failure must not lose the others
                log.exception("Granskning/import av %s misslyckades", outcome.path)
                self.summary.errors.append(
                    (
                        outcome.path,
                        self.tr("oväntat fel ({error}); inget sparades från filen").format(
                            error=f"{type(exc).__name__}: {exc}"
                        ),
                    )
                )
                continue
            if result.already_imported:
                self.summary.already.append(outcome.path)
            else:
                self.summary.imported.append((outcome.path, result))

    def _report(self) -> None:
        """One dialog for every file that failed, one note for files already imported."""
        s = self.summary
        if s.errors:
            lines = "\n\n".join(f"• {p.name}: {msg}" for p, msg in s.errors)
            ok = len(s.imported)
            text = self.tr("%n fil(er) kunde inte importeras:", "", len(s.errors))
            text += "\n\n" + lines
            if ok:
                text += "\n\n" + self.tr("De andra filerna (%n) importerades.", "", ok)
            else:
                text += "\n\n" + self.tr("Inget sparades från filerna ovan.")
            show_error(self.parent_widget, text, self.tr("Import"))
        if s.already:
            names = "\n".join(f"• {p.name}" for p in s.already)
            QMessageBox.information(
                self.parent_widget,
                self.tr("Redan importerad"),
                self.tr(
                    "Dessa dokument har redan importerats tidigare; inget ändrades:\n\n{names}"
                ).format(names=names),
            )
