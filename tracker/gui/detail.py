"""The detail pane: every field of the selected item editable, its history, and where it
came from (document, page, section and the sentence itself) with a button that opens the
document.  Saving goes through the undo stack (see :mod:`tracker.gui.commands`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tracker.errors import NotFoundError, StaleEditError, TrackerError
from tracker.gui import commands
from tracker.gui.errors import show_error
from tracker.gui.history import describe_event
from tracker.gui.icons import icon
from tracker.gui.model import kind_label, status_label
from tracker.gui.widgets import DueDateEdit, NameCombo
from tracker.services import meetings
from tracker.store import REMOVED, STATUSES, ItemRow, Store

#: Fields edited in the pane, in the order they are compared and saved.
EDIT_FIELDS = ("title", "text", "owner", "raised_by", "due", "status", "body")


class DetailPane(QWidget):
    """Editor of one item.  Emits :attr:`saved` (item id) after a successful save."""

    saved = Signal(int)
    dirtyChanged = Signal(bool)

    def __init__(self, store: Store, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack
        self.item: ItemRow | None = None
        self._loading = False
        self._saving = False
        self._dirty = False

        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)

        self.title = QLineEdit(self)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(70)
        self.text.setMaximumHeight(110)
        self.owner = NameCombo(self)
        self.raised_by = NameCombo(self)
        self.due = DueDateEdit(self)
        self.due_info = QLabel(self)
        self.due_info.setTextFormat(Qt.TextFormat.PlainText)  # the document's wording
        self.due_info.setWordWrap(True)
        self.due_info.setEnabled(False)
        self.status = QComboBox(self)
        for status in STATUSES:
            self.status.addItem(status_label(status), status)
        self.body = NameCombo(self)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Sparas i historiken tillsammans med ändringen"))

        for widget, name in (
            (self.title, self.tr("Titel")),
            (self.text, self.tr("Text")),
            (self.owner, self.tr("Ansvarig")),
            (self.raised_by, self.tr("Väckt av")),
            (self.due, self.tr("Senast")),
            (self.status, self.tr("Status")),
            (self.body, self.tr("Forum")),
            (self.note, self.tr("Anteckning")),
        ):
            widget.setAccessibleName(name)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Titel:"), self.title)
        form.addRow(self.tr("Te&xt:"), self.text)
        form.addRow(self.tr("&Ansvarig:"), self.owner)
        form.addRow(self.tr("&Väckt av:"), self.raised_by)
        # The field (with what it reads as) above the document's own wording: side by
        # side they crowd a narrow pane.
        due_row = QVBoxLayout()
        due_row.setSpacing(2)
        due_row.addWidget(self.due)
        due_row.addWidget(self.due_info)
        due_label = QLabel(self.tr("S&enast:"), self)
        due_label.setBuddy(self.due)
        form.addRow(due_label, due_row)
        form.addRow(self.tr("St&atus:"), self.status)
        form.addRow(self.tr("&Forum:"), self.body)
        form.addRow(self.tr("Anteckni&ng:"), self.note)

        self.save_button = QPushButton(icon("save"), self.tr("&Spara"), self)
        self.save_button.setToolTip(self.tr("Spara ändringarna (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("Å&terställ"), self)
        self.revert_button.setToolTip(self.tr("Förkasta ändringarna som inte sparats"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        # Source of the item
        self.source_box = QGroupBox(self.tr("Källa"), self)
        self.doc_label = QLabel(self)
        self.doc_label.setTextFormat(Qt.TextFormat.PlainText)  # file and section names
        self.doc_label.setWordWrap(True)
        self.doc_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.evidence = QLabel(self)
        self.evidence.setWordWrap(True)
        self.evidence.setTextFormat(Qt.TextFormat.PlainText)
        self.evidence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.evidence.setAccessibleName(self.tr("Meningen i dokumentet"))
        ev_font = self.evidence.font()
        ev_font.setItalic(True)
        self.evidence.setFont(ev_font)
        self.open_doc = QPushButton(icon("open-document"), self.tr("Öppna &dokumentet"), self)
        self.open_doc.setAccessibleName(self.tr("Öppna dokumentet"))
        src_layout = QVBoxLayout(self.source_box)
        src_layout.addWidget(self.doc_label)
        src_layout.addWidget(self.evidence)
        open_row = QHBoxLayout()
        open_row.addStretch(1)
        open_row.addWidget(self.open_doc)
        src_layout.addLayout(open_row)

        self.history_box = QGroupBox(self.tr("Historik"), self)
        self.history = QListWidget(self)
        self.history.setAccessibleName(self.tr("Historik"))
        self.history.setWordWrap(True)
        self.history.setMinimumHeight(100)
        hist_layout = QVBoxLayout(self.history_box)
        hist_layout.addWidget(self.history)

        inner = QWidget(self)
        col = QVBoxLayout(inner)
        col.addWidget(self.heading)
        col.addLayout(form)
        col.addLayout(buttons)
        col.addWidget(self.source_box)
        col.addWidget(self.history_box, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.placeholder = QLabel(self.tr("Välj en punkt i listan för att se och ändra den."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        outer.addWidget(self.placeholder)

        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.open_doc.clicked.connect(self.open_document)
        self.title.textEdited.connect(self._mark_dirty)
        self.text.textChanged.connect(self._mark_dirty)
        self.owner.editTextChanged.connect(self._mark_dirty)
        self.raised_by.editTextChanged.connect(self._mark_dirty)
        self.due.valueChanged.connect(self._mark_dirty)
        self.due.edit.textEdited.connect(self._mark_dirty)
        self.status.currentIndexChanged.connect(self._mark_dirty)
        self.body.editTextChanged.connect(self._mark_dirty)
        self.note.textEdited.connect(self._mark_dirty)
        self._scroll = scroll
        self.show_item(None)

    def sizeHint(self) -> QSize:
        # The editor's size also while the hint shows (no item selected, e.g. after
        # undoing "Ny punkt"): otherwise the dock narrows and the list jumps wider.
        return self._scroll.sizeHint().expandedTo(self.placeholder.sizeHint())

    def minimumSizeHint(self) -> QSize:
        return self._scroll.minimumSizeHint().expandedTo(self.placeholder.minimumSizeHint())

    # --- loading -------------------------------------------------------------------

    def set_choices(self, owners: list[str], bodies: list[str]) -> None:
        self._loading = True
        try:
            self.owner.set_names(owners)
            self.raised_by.set_names(owners)
            self.body.set_names(bodies)
        finally:
            self._loading = False

    def show_item(self, item_id: int | None) -> None:
        """Load the item (None: show the hint instead of the editor)."""
        item: ItemRow | None = None
        if item_id is not None:
            try:
                item = self.store.get_item(item_id)
            except NotFoundError:
                item = None
        if item is not None and item.status == REMOVED:
            item = None  # taken back ("Ny punkt" undone): as if it never existed
        self.item = item
        self._scroll.setVisible(item is not None)
        self.placeholder.setVisible(item is None)
        if item is None:
            self._set_dirty(False)
            return
        self._loading = True
        try:
            self.heading.setText(
                self.tr("Punkt {id} · {kind}").format(id=item.id, kind=kind_label(item.kind))
            )
            self.title.setText(item.title)
            self.title.setCursorPosition(0)
            self.text.setPlainText(item.text or "")
            self.owner.setValue(item.owner)
            self.raised_by.setValue(item.raised_by)
            self.due.setValue(item.due)
            if item.due_text and item.due_precision != "day":
                self.due_info.setText(self.tr("i dokumentet: ”{text}”").format(text=item.due_text))
            else:
                self.due_info.setText("")
            self.status.setCurrentIndex(max(self.status.findData(item.status), 0))
            self.body.setValue(item.body)
            self.note.clear()
            self._show_source(item)
            self._show_history(item.id)
        finally:
            self._loading = False
        self._set_dirty(False)

    def _show_source(self, item: ItemRow) -> None:
        if not item.document_file:
            self.doc_label.setText(self.tr("Punkten lades till för hand."))
            self.evidence.setText("")
            self.evidence.setVisible(False)
            self.open_doc.setEnabled(False)
            return
        parts = [item.document_file]
        if item.page:
            parts.append(self.tr("sida {page}").format(page=item.page))
        if item.line:
            parts.append(self.tr("rad {line}").format(line=item.line))
        text = ", ".join(parts)
        if item.section:
            text += "\n" + self.tr("Avsnitt: {section}").format(section=item.section)
        self.doc_label.setText(text)
        self.evidence.setText(f"”{item.evidence}”" if item.evidence else "")
        self.evidence.setVisible(bool(item.evidence))
        self.open_doc.setEnabled(bool(item.document_path))

    def _show_history(self, item_id: int) -> None:
        self.history.clear()
        for event in reversed(self.store.item_history(item_id)):
            self.history.addItem(describe_event(event))

    # --- editing -------------------------------------------------------------------

    def _mark_dirty(self, *_: Any) -> None:
        if not self._loading and self.item is not None:
            self._set_dirty(
                bool(self.changes())
                or bool(self.note.text().strip())
                or not self.due.is_valid()
            )

    def _set_dirty(self, dirty: bool) -> None:
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)

    def is_dirty(self) -> bool:
        return self._dirty

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text().strip(),
            "text": self.text.toPlainText().strip(),
            "owner": self.owner.value(),
            "raised_by": self.raised_by.value(),
            "due": self.due.value(),
            "status": self.status.currentData(),
            # "FVG" is Förvaltningsgruppen, as in every other place a forum is named.
            "body": meetings.canonical_body(self.store, self.body.value()),
        }

    def changes(self) -> dict[str, Any]:
        if self.item is None:
            return {}
        out = {}
        for key, value in self.values().items():
            old = getattr(self.item, key)
            if key == "text":
                old = (old or "").strip()
            if value != old:
                out[key] = value
        return out

    def revert(self) -> None:
        self.show_item(self.item.id if self.item else None)

    def save(self) -> bool:
        """Save the edits; True when saved (or nothing to save)."""
        if self.item is None:
            return True
        changes = self.changes()
        note = self.note.text().strip() or None
        if not changes and not note:
            return True
        if not self.due.is_valid():
            show_error(self, self.due.error_text())
            self.due.setFocus()
            return False
        if "title" in changes and not changes["title"]:
            show_error(self, self.tr("En punkt måste ha en titel. Skriv en titel och spara igen."))
            self.title.setFocus()
            return False
        item_id = self.item.id
        self._saving = True
        try:
            if changes:
                commands.save_changes(
                    self.undo_stack,
                    self.store,
                    self.item,
                    changes,
                    self.tr("Ändra punkt {id}").format(id=item_id),
                    note=note,
                    changed=self._changed_elsewhere,
                    report=self._report,
                )
            else:
                from tracker.services import balance

                balance.add_note(self.store, item_id, note or "")
        except StaleEditError:
            answer = QMessageBox.question(
                self,
                self.tr("Punkten har ändrats"),
                self.tr(
                    "Punkt {id} har ändrats av någon annan sedan du öppnade den, så dina "
                    "ändringar sparades inte.\n\nVill du ladda om punkten? Dina ändringar "
                    "går då förlorade; gör om dem efteråt."
                ).format(id=item_id),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.show_item(item_id)
                self.saved.emit(item_id)
            return False
        except TrackerError as exc:
            show_error(self, exc)
            return False
        finally:
            self._saving = False
        self.show_item(item_id)
        self.saved.emit(item_id)
        return True

    def _changed_elsewhere(self, item_id: int) -> None:
        # Called by undo/redo as well: reload the pane when it shows that item.
        if self._saving:
            return
        if self.item is not None and self.item.id == item_id and not self._loading:
            self.show_item(item_id)
        self.saved.emit(item_id)

    def _report(self, exc: TrackerError) -> None:
        show_error(self, exc)

    def open_document(self) -> None:
        if self.item is None or not self.item.document_path:
            return
        path = Path(self.item.document_path)
        if not path.is_file():
            QMessageBox.information(
                self,
                self.tr("Dokumentet hittades inte"),
                self.tr(
                    "Dokumentet {name} finns inte längre på\n{path}\n\nDet kan ha flyttats, "
                    "bytt namn eller tagits bort. Leta upp filen i utforskaren, eller "
                    "importera den igen från den nya platsen."
                ).format(name=path.name, path=path),
            )
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            show_error(
                self,
                self.tr(
                    "Dokumentet {name} kunde inte öppnas: inget program för filtypen är "
                    "installerat. Öppna filen själv från\n{path}"
                ).format(name=path.name, path=path),
            )
