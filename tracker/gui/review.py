"""The review dialog shown before an import is saved: the meeting facts, the candidates
with a checkbox each (title, owner and due date editable), confidence, evidence and
warnings, and for each candidate whether it becomes a new item or updates/closes an
existing one, with a choice of another match or "Ny".  Nothing is saved here; the caller
applies the edited plan in one transaction.

Beside the candidates, the read document's text ("Dokumentet"): selecting a candidate
shows its source lines there, and a passage marked there becomes a candidate of its own
("Lägg till som punkt", Ctrl+Shift+A), since the extractor misses some items.  Such a
hand-added row can be removed again (Delete); the plan itself is only changed when the
dialog is accepted, so cancelling leaves it as it was.

The table's rows (filling them from the plan, the one-key choices, writing them back)
are :class:`tracker.gui.review_rows.ReviewRows`, which the dialog inherits; its texts
are translated in the context ``ReviewRows``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from tracker.domain import Document
from tracker.extract.meeting import next_meeting_in
from tracker.gui.document_view import DocumentView
from tracker.gui.errors import show_error
from tracker.gui.model import kind_label
from tracker.gui.review_rows import (
    COL_ACTION,
    COL_CONF,
    COL_DUE,
    COL_KIND,
    COL_OWNER,
    COL_PAGE,
    COL_TITLE,
    COL_USE,
    HAND_KINDS,
    ReviewRows,
)
from tracker.gui.widgets import plain_label
from tracker.services import manual
from tracker.services.meeting_date import Resolved, read_meeting_date, resolve_due
from tracker.services.meetings import canonical_body
from tracker.services.plan import ImportPlan, PlanEntry
from tracker.store import Store

ADD_SHORTCUT = "Ctrl+Shift+A"


def _native(shortcut: str) -> str:
    return QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)


def _people(persons: list) -> str:
    return ", ".join(p.name for p in persons if getattr(p, "name", None))


class ReviewDialog(ReviewRows, QDialog):
    """Edits ``plan`` in place when accepted (entries' accepted/action/match and the
    candidates' title, owner and due; the plan's body and meeting date; hand-added
    entries appended).

    ``document`` is the read document the plan was extracted from; without it the text
    pane says so and nothing can be added by hand."""

    def __init__(
        self,
        store: Store,
        plan: ImportPlan,
        path: Path,
        parent: QWidget | None = None,
        document: Document | None = None,
    ):
        super().__init__(parent)
        self.store = store
        self.plan = plan
        self.path = path
        self.document = document
        # The rows of the table, in order: the plan's entries, then the hand-added
        # ones.  Written back into the plan only by accept().
        self.entries: list[PlanEntry] = list(plan.entries)
        self._sections: list[tuple[int, int, str]] | None = None
        ext = plan.extraction
        self.setWindowTitle(self.tr("Granska import – {name}").format(name=path.name))
        self.setAccessibleName(self.tr("Granska import"))

        # --- meeting facts -------------------------------------------------------
        facts = QGroupBox(self.tr("Möte och dokument"), self)
        form = QFormLayout(facts)
        self.body = QLineEdit(plan.body or "", self)
        self.body.setAccessibleName(self.tr("Forum"))
        self.body.setPlaceholderText(self.tr("forum eller nämnd, t.ex. Förvaltningsgruppen"))
        form.addRow(self.tr("&Forum:"), self.body)
        m = ext.meeting
        # The meeting date, editable: the document may not give it (or not its year);
        # due dates without a year are then read against the date typed here.
        self._given_date = m.date  # the date the due dates are read against
        self._next_meeting = m.next_meeting
        self._auto_dues: dict[int, Resolved] = {}  # id(candidate) → its due read again
        self.meeting_date = QLineEdit(m.date.isoformat() if m.date else "", self)
        self.meeting_date.setAccessibleName(self.tr("Mötesdatum"))
        self.meeting_date.setPlaceholderText(self.tr("ÅÅÅÅ-MM-DD"))
        self.meeting_date.setMaximumWidth(140)
        self.meeting_date.editingFinished.connect(self.enter_meeting_date)
        self.date_note = self._wrap("")
        date_label = QLabel(self.tr("&Datum:"), self)
        date_label.setBuddy(self.meeting_date)
        date_row = QHBoxLayout()
        date_row.addWidget(self.meeting_date)
        if m.time:
            date_row.addWidget(plain_label(self.tr("kl. {time}").format(time=m.time), self))
        date_row.addWidget(self.date_note, 1)
        form.addRow(date_label, date_row)
        self._mark_unknown_date(m.date is None)
        self.past_label: QLabel | None = None
        if plan.past_year is not None:
            # An old report: its overdue activities are offered unchecked.
            self.past_label = self._wrap(
                self.tr(
                    "Rapporten gäller {year}. Punkter vars slutdatum har passerat är inte "
                    "förvalda – kryssa i dem som fortfarande är aktuella."
                ).format(year=plan.past_year)
            )
            self.past_label.setStyleSheet("color: #9b5b00;")
            form.addRow(self.tr("Gammal rapport:"), self.past_label)
        if m.place:
            form.addRow(self.tr("Plats:"), self._wrap(m.place))
        if m.organisation:
            form.addRow(self.tr("Organisation:"), self._wrap(m.organisation))
        if m.present:
            form.addRow(self.tr("Närvarande:"), self._wrap(_people(m.present)))
        if m.adjusters:
            form.addRow(self.tr("Justerare:"), self._wrap(_people(m.adjusters)))
        self.next_label = QLabel(m.next_meeting.isoformat() if m.next_meeting else "", self)
        form.addRow(self.tr("Nästa möte:"), self.next_label)
        form.setRowVisible(self.next_label, m.next_meeting is not None)
        self._form = form
        self.ocr_pages = set(ext.document.ocr_pages)
        if self.ocr_pages:
            pages = ", ".join(str(p) for p in sorted(self.ocr_pages))
            ocr_label = self._wrap(self.tr(
                "Sidorna {pages} var skannade och lästes med textigenkänning (OCR). "
                "Kontrollera namn, datum och siffror mot originalet."
            ).format(pages=pages))
            ocr_label.setStyleSheet("color: #9b5b00;")
            form.addRow(self.tr("OCR:"), ocr_label)
        kind = {
            "minutes": self.tr("protokoll/minnesanteckningar"),
            "report": self.tr("uppföljningsrapport"),
        }.get(ext.document.kind, self.tr("okänd"))
        form.addRow(
            self.tr("Dokument:"),
            self._wrap(
                self.tr("{file} ({kind}, {pages})").format(
                    file=ext.document.file,
                    kind=kind,
                    pages=self.tr("%n sidor", "", ext.document.pages),
                )
            ),
        )

        # --- candidates ------------------------------------------------------------
        self.table = QTableWidget(len(plan.entries), 8, self)
        self.table.setAccessibleName(self.tr("Hittade punkter"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Ta med"),
                self.tr("Åtgärd"),
                self.tr("Titel"),
                self.tr("Ansvarig"),
                self.tr("Senast"),
                self.tr("Säkerhet"),
                self.tr("Typ"),
                self.tr("Sida"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for col in (COL_USE, COL_CONF, COL_PAGE, COL_DUE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        # Narrower than the table alone would need: the document pane sits beside it.
        header.resizeSection(COL_ACTION, 210)
        header.resizeSection(COL_OWNER, 115)
        header.resizeSection(COL_KIND, 110)
        self.action_boxes: list[QComboBox] = []
        for row, entry in enumerate(plan.entries):
            self._fill_row(row, entry)

        self.evidence = QPlainTextEdit(self)
        self.evidence.setReadOnly(True)
        self.evidence.setAccessibleName(self.tr("Underlag för vald punkt"))
        self.warnings = QListWidget(self)
        self.warnings.setAccessibleName(self.tr("Varningar"))
        self.warnings.setWordWrap(True)
        for w in ext.warnings:
            where = self.tr("s. {page}").format(page=w.page) + ": " if w.page else ""
            self.warnings.addItem(where + w.message + (f" – ”{w.text}”" if w.text else ""))
        if not ext.warnings:
            self.warnings.addItem(self.tr("Inga varningar."))

        lower = QWidget(self)
        lower_layout = QHBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        ev_box = QGroupBox(self.tr("Underlag"), lower)
        QVBoxLayout(ev_box).addWidget(self.evidence)
        warn_box = QGroupBox(self.tr("Varningar ({n})").format(n=len(ext.warnings)), lower)
        QVBoxLayout(warn_box).addWidget(self.warnings)
        lower_layout.addWidget(ev_box, 3)
        lower_layout.addWidget(warn_box, 2)

        left = QSplitter(Qt.Orientation.Vertical, self)
        left.addWidget(self.table)
        left.addWidget(lower)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 1)

        # --- the document's text -------------------------------------------------
        doc_box = QGroupBox(self.tr("Dokumentet"), self)
        self.doc_view = DocumentView(doc_box)
        self.doc_view.set_document(document)
        self.add_action = QAction(self.tr("&Lägg till som punkt"), self)
        self.add_action.setShortcut(QKeySequence(ADD_SHORTCUT))
        self.add_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.add_action.setToolTip(
            self.tr(
                "Gör en ny punkt av den markerade texten (eller raden där markören står) "
                "– för det som inte hittades automatiskt ({key})"
            ).format(key=_native(ADD_SHORTCUT))
        )
        self.add_action.triggered.connect(lambda: self.add_from_text())
        self.addAction(self.add_action)
        kinds_menu = QMenu(self.tr("Lägg till som punkt av typen"), self)
        for kind in HAND_KINDS:
            kinds_menu.addAction(kind_label(kind)).triggered.connect(
                lambda _=False, k=kind: self.add_from_text(k)
            )
        self.doc_view.view.menu_actions = [self.add_action, kinds_menu]
        self.add_button = QPushButton(self.add_action.text(), doc_box)
        self.add_button.setToolTip(self.add_action.toolTip())
        self.add_button.clicked.connect(self.add_action.trigger)
        find_button = QPushButton(self.tr("Sö&k…"), doc_box)
        find_button.setToolTip(self.tr("Sök i dokumentet (Ctrl+F)"))
        find_button.clicked.connect(self.doc_view.open_find)
        doc_buttons = QHBoxLayout()
        doc_buttons.addWidget(self.add_button)
        doc_buttons.addStretch(1)
        doc_buttons.addWidget(find_button)
        doc_layout = QVBoxLayout(doc_box)
        doc_layout.addWidget(self.doc_view, 1)
        doc_layout.addLayout(doc_buttons)
        can_add = self.doc_view.has_text()
        self.add_action.setEnabled(can_add)
        self.add_button.setEnabled(can_add)
        find_button.setEnabled(can_add)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(doc_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        # About 65/35 from the start: the table keeps its columns, the text stays
        # wide enough to read in place.
        splitter.setSizes([650, 350])

        self.counts = QLabel(self)
        check_all = QPushButton(self.tr("Markera &alla"), self)
        check_none = QPushButton(self.tr("Markera &inga"), self)
        check_all.clicked.connect(lambda: self._check_all(True))
        check_none.clicked.connect(lambda: self._check_all(False))
        self.remove_button = QPushButton(self.tr("&Ta bort tillagd punkt"), self)
        self.remove_button.setToolTip(
            self.tr("Tar bort en punkt som du lagt till för hand (Delete)")
        )
        self.remove_button.clicked.connect(self.remove_selected)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Spara i balanslistan")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(check_all)
        bottom.addWidget(check_none)
        bottom.addWidget(self.remove_button)
        bottom.addWidget(self.counts, 1)
        bottom.addWidget(self.buttons)

        hint = QLabel(
            self.tr(
                "Kontrollera punkterna innan de sparas. Bocka ur det som inte ska med "
                "(mellanslag kryssar i eller ur markerad rad); möjliga punkter står sist, "
                "okryssade. Dubbelklicka på titel, ansvarig eller datum (2024-05-14, 14/5, "
                "v. 20) för att ändra. Saknas en punkt: markera texten i dokumentet och välj "
                "Lägg till som punkt ({key})."
            ).format(key=_native(ADD_SHORTCUT)),
            self,
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(facts)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self.table.itemSelectionChanged.connect(self._show_evidence)
        self.table.itemChanged.connect(lambda *_: self._update_counts())
        self.table.itemChanged.connect(self._due_typed)
        self.table.installEventFilter(self)
        self.meeting_date.installEventFilter(self)
        if plan.entries:
            self.table.selectRow(0)
        else:
            self.evidence.setPlainText(self.tr("Inga punkter hittades i dokumentet."))
        self._show_evidence()
        self._update_counts()
        self.resize(1280, 800)
        if m.date is None:
            # Asked for first: without it the dates written without a year have none.
            self.meeting_date.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the meeting date ------------------------------------------------------------

    def _mark_unknown_date(self, unknown: bool) -> None:
        """Highlight the date field while the meeting date is unknown, and say why."""
        self.meeting_date.setStyleSheet("background: #fff3cd;" if unknown else "")
        self.date_note.setStyleSheet("color: #9b5b00;")
        self.date_note.setText(
            self.tr(
                "Mötesdatumet (eller dess år) framgår inte av dokumentet. Ange det, så "
                "läses datum utan årtal mot det."
            )
            if unknown
            else ""
        )

    def _bad_date_text(self, text: str) -> str:
        return self.tr(
            "”{text}” är inget mötesdatum. Skriv det som ÅÅÅÅ-MM-DD, t.ex. 2024-03-12."
        ).format(text=text)

    def _meeting_date(self) -> dt.date | None:
        return self._given_date

    def enter_meeting_date(self) -> bool:
        """Read the typed meeting date; a valid one becomes the date the due dates
        written without a year are read against (rows whose date the secretary has
        edited keep hers).  False, with a note beside the field, for a bad date."""
        text = self.meeting_date.text().strip()
        day = read_meeting_date(text) if text else None
        if text and day is None:
            self.date_note.setStyleSheet("color: #b00020;")
            self.date_note.setText(self._bad_date_text(text))
            self.meeting_date.setStyleSheet("background: #fde2e1;")
            return False
        if day is not None:
            self.meeting_date.setText(day.isoformat())
        self._mark_unknown_date(day is None)
        if day == self._given_date:
            return True
        # Rows still showing the date read for them are re-read; edited ones are kept.
        untouched = [
            row for row, entry in enumerate(self.entries)
            if self.table.item(row, COL_DUE).text().strip() == self._shown_due(entry)
        ]  # fmt: skip
        self._given_date = day
        ext = self.plan.extraction
        self._next_meeting = ext.meeting.next_meeting
        if day is not None and self.document is not None and (
            self._next_meeting is None or self._next_meeting <= day
        ):
            self._next_meeting = next_meeting_in(self.document, day, ext.meeting.body)
        self.next_label.setText(self._next_meeting.isoformat() if self._next_meeting else "")
        self._form.setRowVisible(self.next_label, self._next_meeting is not None)
        self._auto_dues = {}
        if day is not None:
            for entry in self.entries:
                new = resolve_due(entry.candidate, day, self._next_meeting)
                if new is not None:
                    self._auto_dues[id(entry.candidate)] = new
        for row in untouched:
            self.table.item(row, COL_DUE).setText(self._shown_due(self.entries[row]))
        return True

    def _shown_due(self, entry: PlanEntry) -> str:
        """The due date a row shows until the secretary edits it."""
        c = entry.candidate
        auto = self._auto_dues.get(id(c))
        due = auto.due if auto is not None else c.due
        return due.isoformat() if due else ""

    def _wrap(self, text: str) -> QLabel:
        label = plain_label(text, self)  # document text: never drawn as HTML
        label.setWordWrap(True)
        return label

    def _show_evidence(self) -> None:
        row = self._selected_row()
        self.remove_button.setEnabled(row is not None and self.entries[row].manual)
        if row is None:
            return
        c = self.entries[row].candidate
        # The context in the document: the candidate's lines, highlighted.
        self.doc_view.show_source(c.page, c.line, c.evidence or c.text)
        parts = []
        if c.page in self.ocr_pages:
            parts.append(self.tr("Sidan lästes med OCR"))
        if c.section:
            parts.append(self.tr("Avsnitt: {s}").format(s=c.section))
        if c.page:
            parts.append(self.tr("Sida {p}, rad {l}").format(p=c.page, l=c.line or "–"))
        if c.due_text:
            parts.append(self.tr("Tidsangivelse: {t}").format(t=c.due_text))
        if c.raised_by:
            parts.append(self.tr("Väckt av: {r}").format(r=c.raised_by))
        if c.start:
            parts.append(self.tr("Start: {d}").format(d=c.start.isoformat()))
        if c.deviation:
            parts.append(self.tr("Avvikelse: {d}").format(d=c.deviation))
        text = " · ".join(parts)
        text += "\n\n" + (f"”{c.evidence}”" if c.evidence else c.text)
        if c.evidence and c.text and c.text != c.evidence:
            text += "\n\n" + c.text
        if c.reasons:
            # Provenance: which rule, table or lexicon entries made this candidate.
            text += "\n\n" + self.tr("Varför: {r}").format(r="; ".join(c.reasons))
        entry = self.entries[row]
        if entry.options:
            lines = [
                self.tr("{n}) ej tagen punkt från {date}: {title} – {score:.0f} % – {reason}")
                .format(n=n, date=entry.offered_on.get(item_id, "?"), title=title,
                        score=score, reason=reason)
                if item_id < 0 else
                self.tr("{n}) #{id}: {title} – {score:.0f} % – {reason}").format(
                    n=n, id=item_id, title=title, score=score, reason=reason
                )
                for n, (item_id, title, score, reason) in enumerate(entry.options[:3], 1)
            ]  # fmt: skip
            head = (
                self.tr("Osäker koppling. Välj punkt med 1, 2 eller 3 (N = ny punkt):")
                if entry.unsure and entry.action != "new"
                else self.tr("Befintliga punkter som liknar (välj en annan med 1, 2 eller 3):")
            )
            text += "\n\n" + head + "\n" + "\n".join(lines)
        self.evidence.setPlainText(text.strip())

    # --- adding and removing by hand -------------------------------------------------

    def _meeting_body(self) -> str | None:
        return canonical_body(self.store, self.body.text().strip() or None)

    def add_from_text(self, kind: str = "action") -> int | None:
        """Make a candidate of the passage marked in the document (or the cursor's line),
        append it as a checked row, select it and start editing its title.  Returns the
        row, or None when there was nothing to add."""
        document = self.document
        passage = self.doc_view.selected_lines()
        if document is None or passage is None:
            show_error(
                self,
                self.tr(
                    "Markera texten för punkten i dokumentet till höger (eller ställ "
                    "markören på en rad) och välj sedan Lägg till som punkt."
                ),
                self.tr("Lägg till som punkt"),
            )
            return None
        if self._sections is None:
            self._sections = manual.document_sections(document)
        try:
            candidate = manual.candidate_from_lines(
                document,
                passage.start,
                passage.stop,
                self._given_date,
                next_meeting=self._next_meeting,
                text=passage.text,
                kind=kind,
                sections=self._sections,
                candidates=[e.candidate for e in self.entries],
            )
        except ValueError:
            return None
        taken = [e.match_id for e in self.entries if e.match_id is not None and e.accepted]
        entry = manual.manual_entry(self.store, candidate, self._meeting_body(), exclude=taken,
                                    meeting_date=self._given_date,
                                    next_meeting=self._next_meeting)  # fmt: skip
        row = self.table.rowCount()
        self.entries.append(entry)
        self.table.blockSignals(True)
        self.table.insertRow(row)
        self._fill_row(row, entry)
        self.table.blockSignals(False)
        self._update_counts()
        self.table.selectRow(row)
        self.table.scrollToItem(self.table.item(row, COL_TITLE))
        self.table.setCurrentCell(row, COL_TITLE)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        # Straight into the title: the first sentence is a guess the secretary will
        # often shorten; Tab then goes on to the owner.
        self.table.editItem(self.table.item(row, COL_TITLE))
        return row

    def remove_selected(self) -> bool:
        """Remove the selected row if it was added by hand (extracted ones are unchecked
        instead, never removed)."""
        row = self._selected_row()
        if row is None or not self.entries[row].manual:
            return False
        del self.entries[row]
        del self.action_boxes[row]
        self.table.removeRow(row)
        if self.table.rowCount():
            self.table.selectRow(min(row, self.table.rowCount() - 1))
        else:
            self.evidence.clear()
            self._show_evidence()
        self._update_counts()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the meeting date confirms the date (the dues follow it) and goes on to
        # the table; it does not save the import, as it would in other fields.
        if (
            watched is self.meeting_date
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if self.enter_meeting_date():
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        # Keys on the table (not in a cell being edited: its editor gets the key):
        # Delete removes a hand-added row; 1–3 pick an offered item, N makes it new.
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self.table.state() != QAbstractItemView.State.EditingState
        ):
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.remove_selected()
                return True
            # Space decides a row with one key: in or out of the balance list (the
            # possible items wait unchecked for it).
            if event.key() == Qt.Key.Key_Space:
                self.toggle_selected()
                return True
            row = self._selected_row()
            picks = {Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3, Qt.Key.Key_N: 0}
            if row is not None and event.key() in picks and self.entries[row].options:
                if self.pick_option(row, picks[event.key()]):
                    self._show_evidence()
                return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        """Validate the edits, write them into the plan, and close."""
        text = self.meeting_date.text().strip()
        if not self.enter_meeting_date():
            self.meeting_date.setFocus(Qt.FocusReason.OtherFocusReason)
            show_error(self, self._bad_date_text(text))
            return
        if self.write_plan():
            meeting = self.plan.extraction.meeting
            meeting.date = self._given_date
            meeting.next_meeting = self._next_meeting
            super().accept()
