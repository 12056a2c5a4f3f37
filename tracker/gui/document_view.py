"""The read document's text in the review dialog: every line as the reader cleaned it,
with a marker where a page begins, read-only, searchable (Ctrl+F), and able to show a
candidate's source line(s).  The secretary marks a passage here to add an item the
extractor missed; :meth:`DocumentView.selected_lines` says which lines (and which part
of them) are marked, as indices into ``Document.lines``."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontDatabase,
    QKeyEvent,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain import Document

# Table cells are shown apart so that a row reads as a row; a passage copied from the
# view gets the cells joined by a space again, as ``Line.text`` has them.
CELL_SEPARATOR = "  |  "
_SOURCE_COLOUR = QColor("#fff1b8")  # the selected candidate's lines
_MATCH_COLOUR = QColor("#c9e3ff")  # search hits
_MAX_SOURCE_LINES = 12
_MAX_MARKED_HITS = 500  # marking every hit of "a" in 40 pages helps nobody


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


@dataclass(slots=True)
class Passage:
    """Marked text: ``document.lines[start:stop]``; ``text`` the marked part of them
    (None when whole lines are marked, so the caller may use the lines' own text)."""

    start: int
    stop: int
    text: str | None


class _FindField(QLineEdit):
    """Enter: next hit, Shift+Enter: previous, Esc: close the find bar (and not the
    dialog, which Esc would otherwise cancel)."""

    next_requested = Signal(bool)  # backwards
    closed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.next_requested.emit(bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.closed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class _TextView(QPlainTextEdit):
    """The text itself; the context menu gets the view's own actions first."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.menu_actions: list[QAction | QMenu] = []

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        first = menu.actions()[0] if menu.actions() else None
        for entry in self.menu_actions:
            if isinstance(entry, QMenu):
                menu.insertMenu(first, entry)
            else:
                menu.insertAction(first, entry)
        if first is not None:
            menu.insertSeparator(first)
        menu.exec(event.globalPos())
        menu.deleteLater()


class DocumentView(QWidget):
    """Find bar (hidden until Ctrl+F) over the document's text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: Document | None = None
        # Per text block: the index into ``document.lines`` it shows, None for a page
        # marker or a blank line.
        self._block_line: list[int | None] = []
        self._line_block: dict[tuple[int, int], int] = {}
        self._source: list[QTextEdit.ExtraSelection] = []
        self._hits: list[QTextEdit.ExtraSelection] = []

        self.view = _TextView(self)
        self.view.setReadOnly(True)
        # Read-only, but the cursor moves by keyboard too: a passage can be marked
        # with Shift+arrows, not only with the mouse.
        self.view.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.view.setAccessibleName(self.tr("Dokumentets text"))
        self.view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))

        self.find_bar = QWidget(self)
        bar = QHBoxLayout(self.find_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        self.find_field = _FindField(self.find_bar)
        self.find_field.setPlaceholderText(self.tr("Sök i dokumentet"))
        self.find_field.setAccessibleName(self.tr("Sök i dokumentet"))
        self.find_field.setClearButtonEnabled(True)
        self.find_status = QLabel(self.find_bar)
        self.find_status.setMinimumWidth(90)
        prev_button = QToolButton(self.find_bar)
        prev_button.setText("▲")
        prev_button.setToolTip(self.tr("Föregående träff (Skift+Retur)"))
        prev_button.setAccessibleName(self.tr("Föregående träff"))
        next_button = QToolButton(self.find_bar)
        next_button.setText("▼")
        next_button.setToolTip(self.tr("Nästa träff (Retur, F3)"))
        next_button.setAccessibleName(self.tr("Nästa träff"))
        close_button = QToolButton(self.find_bar)
        close_button.setText("✕")
        close_button.setToolTip(self.tr("Stäng sökningen (Esc)"))
        close_button.setAccessibleName(self.tr("Stäng sökningen"))
        bar.addWidget(self.find_field, 1)
        bar.addWidget(self.find_status)
        bar.addWidget(prev_button)
        bar.addWidget(next_button)
        bar.addWidget(close_button)
        self.find_bar.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.view, 1)

        self.find_field.textChanged.connect(self._search_changed)
        self.find_field.next_requested.connect(lambda back: self.find_next(backwards=back))
        self.find_field.closed.connect(self.close_find)
        prev_button.clicked.connect(lambda: self.find_next(backwards=True))
        next_button.clicked.connect(lambda: self.find_next())
        close_button.clicked.connect(self.close_find)

        self.find_action = QAction(self.tr("Sök i dokumentet…"), self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self.open_find)
        self.find_next_action = QAction(self.tr("Nästa träff"), self)
        self.find_next_action.setShortcut(QKeySequence(QKeySequence.StandardKey.FindNext))
        self.find_next_action.triggered.connect(lambda: self.find_next())
        self.find_prev_action = QAction(self.tr("Föregående träff"), self)
        self.find_prev_action.setShortcut(QKeySequence(QKeySequence.StandardKey.FindPrevious))
        self.find_prev_action.triggered.connect(lambda: self.find_next(backwards=True))
        for action in (self.find_action, self.find_next_action, self.find_prev_action):
            # Window-wide: Ctrl+F works with the focus in the candidate table too.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        self.view.installEventFilter(self)

    # --- content ---------------------------------------------------------------------

    def set_document(self, document: Document | None) -> None:
        self.document = document
        self._block_line = []
        self._line_block = {}
        if document is None or not document.lines:
            self.view.setPlainText(self.tr("Dokumentets text finns inte att visa."))
            self._block_line = [None]
            return
        texts: list[str] = []
        page = None
        prev_line = 0
        for i, ln in enumerate(document.lines):
            if ln.page != page:
                if texts:
                    texts.append("")
                    self._block_line.append(None)
                texts.append(self.tr("— Sida {page} —").format(page=ln.page))
                self._block_line.append(None)
                page, prev_line = ln.page, 0
            elif ln.line > prev_line + 1 and document.format == "txt":
                # A text file's empty lines separate paragraphs; one is enough.
                texts.append("")
                self._block_line.append(None)
            text = CELL_SEPARATOR.join(c.strip() for c in ln.cells) if ln.cells else ln.text
            self._line_block[(ln.page, ln.line)] = len(texts)
            texts.append(text)
            self._block_line.append(i)
            prev_line = ln.line
        self.view.setPlainText("\n".join(texts))
        # Page markers stand out from the document's own lines.
        marker = QTextCharFormat()
        marker.setFontWeight(QFont.Weight.Bold)
        marker.setForeground(QColor("#555555"))
        cursor = QTextCursor(self.view.document())
        for block_no, line_index in enumerate(self._block_line):
            if line_index is None and texts[block_no]:
                block = self.view.document().findBlockByNumber(block_no)
                cursor.setPosition(block.position())
                cursor.setPosition(
                    block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor
                )
                cursor.setCharFormat(marker)
        self.view.moveCursor(QTextCursor.MoveOperation.Start)

    def has_text(self) -> bool:
        return bool(self.document and self.document.lines)

    def block_of(self, page: int | None, line: int | None) -> int | None:
        """The text block showing ``page``/``line`` (the nearest line after it when
        that line was dropped by the reader's clean-up)."""
        if self.document is None or page is None:
            return None
        if line is not None and (page, line) in self._line_block:
            return self._line_block[(page, line)]
        later = [
            block
            for (p, ln), block in self._line_block.items()
            if p == page and (line is None or ln >= line)
        ]
        return min(later) if later else None

    # --- the selected candidate ----------------------------------------------------

    def show_source(self, page: int | None, line: int | None, evidence: str | None) -> bool:
        """Scroll to a candidate's line and highlight it and the lines after it that
        belong to its evidence.  False when the line is not in the text."""
        self._source = []
        block_no = self.block_of(page, line)
        if block_no is None:
            self._apply_selections()
            return False
        doc = self.view.document()
        wanted = _norm(evidence or "")
        count = 1
        while wanted and count < _MAX_SOURCE_LINES:
            nxt = block_no + count
            if nxt >= len(self._block_line):
                break
            if self._block_line[nxt] is None:
                # A blank line or page marker inside a long passage: look past it.
                if nxt + 1 < len(self._block_line) and self._block_line[nxt + 1] is not None:
                    following = _norm(doc.findBlockByNumber(nxt + 1).text())
                    if following and following in wanted:
                        count += 1
                        continue
                break
            text = _norm(doc.findBlockByNumber(nxt).text().replace(CELL_SEPARATOR, " "))
            if not text or text not in wanted:
                break
            count += 1
        for n in range(block_no, block_no + count):
            sel = QTextEdit.ExtraSelection()
            sel.format.setBackground(_SOURCE_COLOUR)
            sel.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            # The whole block, not only its first screen line: a long line wraps.
            line_cursor = QTextCursor(doc.findBlockByNumber(n))
            line_cursor.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            sel.cursor = line_cursor
            self._source.append(sel)
        cursor = QTextCursor(doc.findBlockByNumber(block_no))
        self.view.setTextCursor(cursor)
        self.view.centerCursor()
        self._apply_selections()
        return True

    def current_block(self) -> int:
        return self.view.textCursor().blockNumber()

    def highlighted_blocks(self) -> list[int]:
        return [sel.cursor.blockNumber() for sel in self._source]

    def _apply_selections(self) -> None:
        self.view.setExtraSelections(self._source + self._hits)

    # --- the marked passage ------------------------------------------------------------

    def selected_lines(self) -> Passage | None:
        """The marked lines (or, with nothing marked, the line of the cursor); None on
        a page marker or blank line with nothing marked, or without a document."""
        if not self.has_text():
            return None
        cursor = self.view.textCursor()
        doc = self.view.document()
        if not cursor.hasSelection():
            index = self._block_line[cursor.blockNumber()]
            return None if index is None else Passage(index, index + 1, None)
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        first_block = doc.findBlock(start).blockNumber()
        last_block = doc.findBlock(end).blockNumber()
        if last_block > first_block and doc.findBlock(end).position() == end:
            last_block -= 1  # the selection ends at the very start of a line
        pieces: list[str] = []
        indices: list[int] = []
        whole = True
        for n in range(first_block, last_block + 1):
            index = self._block_line[n]
            if index is None:
                continue
            block = doc.findBlockByNumber(n)
            lo = max(start, block.position()) - block.position()
            hi = min(end, block.position() + block.length() - 1) - block.position()
            piece = block.text()[lo:hi]
            if lo > 0 or hi < len(block.text()):
                whole = False
            if piece.strip():
                pieces.append(piece.replace(CELL_SEPARATOR, " "))
                indices.append(index)
        if not indices:
            return None
        text = None if whole else " ".join(" ".join(pieces).split())
        return Passage(indices[0], indices[-1] + 1, text)

    # --- find -------------------------------------------------------------------------

    def open_find(self) -> None:
        self.find_bar.show()
        selected = self.view.textCursor().selectedText()
        if selected and "\u2029" not in selected and len(selected) < 80:
            self.find_field.setText(selected)
        self.find_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_field.selectAll()

    def close_find(self) -> None:
        self.find_bar.hide()
        self._hits = []
        self._apply_selections()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _search_changed(self, text: str) -> None:
        self._mark_hits(text)
        # Search as one types, from where the last hit began.
        cursor = self.view.textCursor()
        cursor.setPosition(cursor.selectionStart())
        self.view.setTextCursor(cursor)
        self.find_next()

    def _mark_hits(self, text: str) -> None:
        self._hits = []
        doc = self.view.document()
        if text:
            cursor = doc.find(text, 0)
            while not cursor.isNull() and len(self._hits) < _MAX_MARKED_HITS:
                sel = QTextEdit.ExtraSelection()
                sel.format.setBackground(_MATCH_COLOUR)
                sel.cursor = cursor
                self._hits.append(sel)
                cursor = doc.find(text, cursor)
        self._apply_selections()

    def find_next(self, *, backwards: bool = False) -> bool:
        """Select the next (previous) hit of the find field's text, wrapping around."""
        text = self.find_field.text()
        if not text:
            self.find_status.clear()
            return False
        if not self.find_bar.isVisible():
            self.find_bar.show()
        flags = QTextDocument.FindFlag.FindBackward if backwards else QTextDocument.FindFlag(0)
        found = self.view.find(text, flags)
        if not found:
            cursor = self.view.textCursor()
            cursor.movePosition(
                QTextCursor.MoveOperation.End if backwards else QTextCursor.MoveOperation.Start
            )
            self.view.setTextCursor(cursor)
            found = self.view.find(text, flags)
        if found:
            self.view.centerCursor()
            pos = self.view.textCursor().selectionStart()
            number = 1 + sum(1 for h in self._hits if h.cursor.selectionStart() < pos)
            self.find_status.setText(
                self.tr("{n} av {total}").format(n=number, total=len(self._hits))
            )
            self.find_status.setStyleSheet("")
        else:
            self.find_status.setText(self.tr("Hittades inte"))
            self.find_status.setStyleSheet("color: #a40000;")
        return found

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Esc in the text with the find bar open closes the bar, not the dialog.
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.find_bar.isVisible()
        ):
            self.close_find()
            return True
        return super().eventFilter(watched, event)
