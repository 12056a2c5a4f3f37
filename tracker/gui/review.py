"""The review dialog shown before an import is saved: the meeting facts, the candidates
with a checkbox each (title, owner and due date editable), confidence, evidence and
warnings, and for each candidate whether it becomes a new item or updates/closes an
existing one, with a choice of another match or "Ny".  Nothing is saved here; the caller
applies the edited plan in one transaction.

Beside the candidates, the read document's text ("Dokumentet"): selecting a candidate
shows its source lines there, and a passage marked there becomes a candidate of its own
("Lägg till som punkt", Ctrl+Shift+A), since the extractor misses some items.  Such a
hand-added row can be removed again (Delete); the plan itself is only changed when the
dialog is accepted, so cancelling leaves it as it was."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeyEvent, QKeySequence
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
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.domain import MAX_DUE, MIN_DUE, Document, due_in_range
from tracker.errors import NotFoundError
from tracker.extract.typed_dates import parse_typed_date
from tracker.gui.document_view import DocumentView
from tracker.gui.errors import show_error
from tracker.gui.model import kind_label
from tracker.gui.widgets import plain_label, plain_tooltip
from tracker.services import manual
from tracker.services.balance import ImportPlan, PlanEntry
from tracker.services.meetings import canonical_body
from tracker.store import Store

COL_USE, COL_ACTION, COL_TITLE, COL_OWNER, COL_DUE, COL_CONF, COL_KIND, COL_PAGE = range(8)
_LOW_CONFIDENCE = 0.5
# Kinds a hand-added item may be given (the default first); "closing" is left out: a
# closing sentence is matched to an item, never an item of its own.
HAND_KINDS = (
    "action", "assignment", "carried_over", "awaiting_reply", "referred", "tabled",
    "sent_back", "follow_up", "balance_row", "activity", "goal_deviation",
    "indicator_deviation",
)  # fmt: skip
ADD_SHORTCUT = "Ctrl+Shift+A"


def _choice(action: str, item_id: int | None) -> str:
    """Combo-box data for an action: "new", "skip", "update:12", "close:12"."""
    return action if item_id is None else f"{action}:{item_id}"


def _parse_choice(data: str) -> tuple[str, int | None]:
    action, _, item_id = str(data).partition(":")
    return action, (int(item_id) if item_id else None)


def _native(shortcut: str) -> str:
    return QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)


def _people(persons: list) -> str:
    return ", ".join(p.name for p in persons if getattr(p, "name", None))


class ReviewDialog(QDialog):
    """Edits ``plan`` in place when accepted (entries' accepted/action/match and the
    candidates' title, owner and due; the plan's body; hand-added entries appended).

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
        when = m.date.isoformat() if m.date else self.tr("okänt")
        if m.time:
            when += f" {m.time}"
        form.addRow(self.tr("Datum:"), plain_label(when, self))
        if m.place:
            form.addRow(self.tr("Plats:"), self._wrap(m.place))
        if m.organisation:
            form.addRow(self.tr("Organisation:"), self._wrap(m.organisation))
        if m.present:
            form.addRow(self.tr("Närvarande:"), self._wrap(_people(m.present)))
        if m.adjusters:
            form.addRow(self.tr("Justerare:"), self._wrap(_people(m.adjusters)))
        if m.next_meeting:
            form.addRow(self.tr("Nästa möte:"), QLabel(m.next_meeting.isoformat(), self))
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
        if plan.entries:
            self.table.selectRow(0)
        else:
            self.evidence.setPlainText(self.tr("Inga punkter hittades i dokumentet."))
        self._show_evidence()
        self._update_counts()
        self.resize(1280, 800)

    def _wrap(self, text: str) -> QLabel:
        label = plain_label(text, self)  # document text: never drawn as HTML
        label.setWordWrap(True)
        return label

    # --- rows ------------------------------------------------------------------------

    def _fill_row(self, row: int, entry: PlanEntry) -> None:
        c = entry.candidate
        use = QTableWidgetItem()
        use.setFlags(
            Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
        )
        use.setCheckState(Qt.CheckState.Checked if entry.accepted else Qt.CheckState.Unchecked)
        use.setData(
            Qt.ItemDataRole.AccessibleTextRole, self.tr("Ta med punkt {n}").format(n=row + 1)
        )
        self.table.setItem(row, COL_USE, use)

        combo = QComboBox(self.table)
        combo.setAccessibleName(self.tr("Åtgärd för punkt {n}").format(n=row + 1))
        closing = entry.action == "close"
        # A mention ("Skyddsronder: … avförs") only updates or closes an item: it is
        # never one of its own, so it offers "skip" instead of "Ny".
        skippable = closing or entry.mention
        if not skippable:
            combo.addItem(self.tr("Ny"), _choice("new", None))
        verb = self.tr("Stänger") if closing else self.tr("Uppdaterar")
        seen: set[int] = set()
        options: list[tuple[int, str, float]] = []
        reasons = {o[0]: o[3] for o in entry.options}
        if entry.match_id is not None:
            options.append((entry.match_id, entry.match_title or "", entry.score))
        options += [(o[0], o[1], o[2]) for o in entry.options]
        options += list(entry.alternatives)
        action = "close" if closing else "update"
        for item_id, title, score in options:
            if item_id in seen:
                continue
            seen.add(item_id)
            short = title if len(title) <= 48 else title[:47] + "…"
            combo.addItem(
                self.tr("{verb} #{id}: {title} ({score:.0f} %)").format(
                    verb=verb, id=item_id, title=short, score=score
                ),
                _choice(action, item_id),
            )
            if reasons.get(item_id):
                combo.setItemData(
                    combo.count() - 1,
                    plain_tooltip(self.tr("Varför: {r}").format(r=reasons[item_id])),
                    Qt.ItemDataRole.ToolTipRole,
                )
        if closing:
            combo.addItem(self.tr("Stänger ingen punkt (hoppa över)"), _choice("skip", None))
        elif entry.mention:
            combo.addItem(self.tr("Uppdaterar ingen punkt (hoppa över)"), _choice("skip", None))
        current = _choice(entry.action, entry.match_id) if entry.match_id is not None else None
        idx = combo.findData(current) if current else 0
        if skippable and entry.match_id is None:
            idx = combo.count() - 1
        combo.setCurrentIndex(max(idx, 0))
        combo.setToolTip(plain_tooltip(combo.currentText()))
        combo.currentIndexChanged.connect(lambda *_: self._update_counts())
        combo.currentTextChanged.connect(lambda text, c=combo: c.setToolTip(plain_tooltip(text)))
        self.action_boxes.append(combo)
        self.table.setCellWidget(row, COL_ACTION, combo)

        self.table.setItem(row, COL_TITLE, QTableWidgetItem(" ".join(c.title.split())))
        self.table.item(row, COL_TITLE).setToolTip(plain_tooltip(c.text or c.title))
        self.table.setItem(row, COL_OWNER, QTableWidgetItem(c.owner or ""))
        due = QTableWidgetItem(c.due.isoformat() if c.due else "")
        if c.due_text:
            due.setToolTip(plain_tooltip(self.tr("i dokumentet: ”{text}”").format(text=c.due_text)))
        self.table.setItem(row, COL_DUE, due)
        conf = QTableWidgetItem(
            self.tr("för hand") if entry.manual else f"{round(c.confidence * 100)} %"
        )
        conf.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        conf.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if entry.unsure and entry.options and entry.action == "new" and not entry.manual:
            conf.setText(self.tr("liknar"))
            conf.setForeground(QBrush(QColor("#9b5b00")))
            conf.setToolTip(self.tr(
                "Ny punkt som liknar befintliga: är det samma fråga, välj den med 1, 2 "
                "eller 3 så uppdateras den i stället."))
        elif entry.unsure and entry.options and not entry.manual:
            conf.setText(self.tr("osäker"))
            conf.setForeground(QBrush(QColor("#9b5b00")))
            conf.setToolTip(self.tr(
                "Osäker koppling till en befintlig punkt: välj rätt punkt med 1, 2 eller 3 "
                "(N = ny punkt). Sparas inte utan ditt val."))
        elif c.tier == "possible" and not entry.manual:
            conf.setText(self.tr("möjlig"))
            conf.setForeground(QBrush(QColor("#9b5b00")))
            conf.setToolTip(self.tr(
                "Möjlig punkt: en mening med en skyldighet som ingen regel bekräftade. "
                "Kryssa i den om den ska med."))
        elif entry.manual:
            conf.setToolTip(self.tr("Tillagd för hand från dokumentets text; Delete tar bort den."))
        elif c.confidence < _LOW_CONFIDENCE:
            conf.setForeground(QBrush(QColor("#9b5b00")))
            conf.setToolTip(self.tr("Låg säkerhet: kontrollera punkten extra noga."))
        if c.page in self.ocr_pages and not entry.manual:
            conf.setText(conf.text() + " " + self.tr("OCR"))
            conf.setForeground(QBrush(QColor("#9b5b00")))
            conf.setToolTip(self.tr(
                "Sidan {page} lästes med textigenkänning (OCR): texten kan vara feltolkad. "
                "Kontrollera punkten mot originalet."
            ).format(page=c.page))
        self.table.setItem(row, COL_CONF, conf)
        kind = QTableWidgetItem(kind_label(c.kind))
        kind.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.setItem(row, COL_KIND, kind)
        if entry.manual:
            # The secretary chose this item, so she may say what kind it is too.
            kinds = QComboBox(self.table)
            kinds.setAccessibleName(self.tr("Typ för punkt {n}").format(n=row + 1))
            for k in dict.fromkeys((c.kind, *HAND_KINDS)):
                kinds.addItem(kind_label(k), k)
            kinds.setCurrentIndex(0)
            self.table.setCellWidget(row, COL_KIND, kinds)
        page = QTableWidgetItem(str(c.page) if c.page else "")
        page.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.setItem(row, COL_PAGE, page)

    def _check_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for row in range(self.table.rowCount()):
            self.table.item(row, COL_USE).setCheckState(state)

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

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
                self.tr("{n}) #{id}: {title} – {score:.0f} % – {reason}").format(
                    n=n, id=item_id, title=title, score=score, reason=reason
                )
                for n, (item_id, title, score, reason) in enumerate(entry.options[:3], 1)
            ]
            head = (
                self.tr("Osäker koppling. Välj punkt med 1, 2 eller 3 (N = ny punkt):")
                if entry.unsure and entry.action != "new"
                else self.tr("Befintliga punkter som liknar (välj en annan med 1, 2 eller 3):")
            )
            text += "\n\n" + head + "\n" + "\n".join(lines)
        self.evidence.setPlainText(text.strip())

    def pick_option(self, row: int, number: int) -> bool:
        """Link row ``row`` to its ``number``-th offered item (1–3) and check it; 0
        makes it a new item (where that is allowed).  The one-key choice of an unsure
        link.  Returns whether anything was chosen."""
        entry = self.entries[row]
        combo = self.action_boxes[row]
        if number == 0:
            idx = combo.findData(_choice("new", None))
        else:
            if number > len(entry.options[:3]):
                return False
            item_id = entry.options[number - 1][0]
            action = "close" if entry.action == "close" else "update"
            idx = combo.findData(_choice(action, item_id))
        if idx < 0:
            return False
        combo.setCurrentIndex(idx)
        self.table.item(row, COL_USE).setCheckState(Qt.CheckState.Checked)
        self._update_counts()
        return True

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
        meeting = self.plan.extraction.meeting
        try:
            candidate = manual.candidate_from_lines(
                document,
                passage.start,
                passage.stop,
                meeting.date,
                next_meeting=meeting.next_meeting,
                text=passage.text,
                kind=kind,
                sections=self._sections,
                candidates=[e.candidate for e in self.entries],
            )
        except ValueError:
            return None
        taken = [e.match_id for e in self.entries if e.match_id is not None and e.accepted]
        entry = manual.manual_entry(self.store, candidate, self._meeting_body(), exclude=taken,
                                    meeting_date=meeting.date,
                                    next_meeting=meeting.next_meeting)  # fmt: skip
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

    def toggle_selected(self) -> None:
        """Check or uncheck the selected rows (all alike: checked unless all were)."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows:
            return
        cells = [self.table.item(r, COL_USE) for r in rows]
        on = not all(c.checkState() == Qt.CheckState.Checked for c in cells)
        for c in cells:
            c.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._update_counts()

    def _update_counts(self) -> None:
        new = upd = close = 0
        for row in range(self.table.rowCount()):
            if self.table.item(row, COL_USE) is None or len(self.action_boxes) <= row:
                continue
            if self.table.item(row, COL_USE).checkState() != Qt.CheckState.Checked:
                continue
            action, _ = _parse_choice(self.action_boxes[row].currentData())
            new += action == "new"
            upd += action == "update"
            close += action == "close"
        self.counts.setText(
            self.tr("Sparas: {new} nya, {upd} uppdaterade, {close} stängda").format(
                new=new, upd=upd, close=close
            )
        )

    def _meeting_date(self) -> dt.date | None:
        return self.plan.extraction.meeting.date

    def _due_typed(self, cell: QTableWidgetItem) -> None:
        """A date typed as people write it ("14/5", "v. 20", "i maj") is shown at once
        as the date it will be saved as (the Swedish date parser, near the meeting)."""
        if cell.column() != COL_DUE:
            return
        text = cell.text().strip()
        parsed = parse_typed_date(text, self._meeting_date())
        shown = (parsed.value.isoformat() if parsed.value else "") if parsed.ok else text
        if shown != cell.text():  # "ingen" clears, "14/5" becomes 2024-05-14
            cell.setText(shown)

    # --- accept ------------------------------------------------------------------------

    def accept(self) -> None:
        """Validate the edits, write them into the plan, and close."""
        dues: list[dt.date | None] = []
        for row, entry in enumerate(self.entries):
            text = self.table.item(row, COL_DUE).text().strip()
            if not text:
                dues.append(None)
                continue
            try:
                day = dt.date.fromisoformat(text)
            except ValueError:
                day = parse_typed_date(text, self._meeting_date()).value
            if day is None:
                self.table.selectRow(row)
                show_error(
                    self,
                    self.tr(
                        "Datumet ”{text}” för punkten ”{title}” går inte att läsa. Skriv "
                        "t.ex. 2024-05-14, 14/5, 14 maj eller v. 20, eller lämna rutan tom."
                    ).format(text=text, title=entry.candidate.title[:60]),
                )
                return
            if not due_in_range(day):
                # Years outside 1900–2200 are typing errors (and break the exports).
                self.table.selectRow(row)
                show_error(
                    self,
                    self.tr(
                        "Datumet {text} för punkten ”{title}” ligger utanför det tillåtna "
                        "spannet {first}–{last}. Kontrollera årtalet."
                    ).format(text=text, title=entry.candidate.title[:60],
                             first=MIN_DUE.year, last=MAX_DUE.year),
                )
                return
            dues.append(day)
        for row in range(len(self.entries)):
            checked = self.table.item(row, COL_USE).checkState() == Qt.CheckState.Checked
            title = " ".join(self.table.item(row, COL_TITLE).text().split())
            if checked and not title:
                self.table.selectRow(row)
                show_error(
                    self,
                    self.tr(
                        "Punkt {n} saknar titel. Skriv en titel eller bocka ur punkten."
                    ).format(n=row + 1),
                )
                return
        for row, entry in enumerate(self.entries):
            c = entry.candidate
            checked = self.table.item(row, COL_USE).checkState() == Qt.CheckState.Checked
            action, match_id = _parse_choice(self.action_boxes[row].currentData())
            kinds = self.table.cellWidget(row, COL_KIND)
            if isinstance(kinds, QComboBox):
                c.kind = kinds.currentData()
            c.title = " ".join(self.table.item(row, COL_TITLE).text().split())
            c.owner = self.table.item(row, COL_OWNER).text().strip() or None
            if dues[row] != c.due:
                c.due = dues[row]
                c.due_precision = "day" if c.due else None
            if action == "skip":
                entry.accepted = False
                continue
            entry.accepted = checked
            if match_id != entry.match_id or action != entry.action:
                entry.action = action
                entry.match_id = match_id
                entry.match_title = None
                entry.match_version = None
                if match_id is not None:
                    try:
                        item = self.store.get_item(match_id)
                    except NotFoundError as exc:
                        show_error(self, exc)
                        return
                    entry.match_title = item.title
                    entry.match_version = item.version
        self.plan.body = canonical_body(self.store, self.body.text().strip() or None)
        self.plan.entries = self.entries
        super().accept()
