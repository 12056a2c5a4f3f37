"""The review dialog shown before an import is saved: the meeting facts, the candidates
with a checkbox each (title, owner and due date editable), confidence, evidence and
warnings, and for each candidate whether it becomes a new item or updates/closes an
existing one, with a choice of another match or "Ny".  Nothing is saved here; the caller
applies the edited plan in one transaction."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
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
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.errors import NotFoundError
from tracker.gui.errors import show_error
from tracker.gui.model import kind_label
from tracker.services.balance import ImportPlan, PlanEntry
from tracker.store import Store

COL_USE, COL_ACTION, COL_TITLE, COL_OWNER, COL_DUE, COL_CONF, COL_KIND, COL_PAGE = range(8)
_LOW_CONFIDENCE = 0.5


def _choice(action: str, item_id: int | None) -> str:
    """Combo-box data for an action: "new", "skip", "update:12", "close:12"."""
    return action if item_id is None else f"{action}:{item_id}"


def _parse_choice(data: str) -> tuple[str, int | None]:
    action, _, item_id = str(data).partition(":")
    return action, (int(item_id) if item_id else None)


def _people(persons: list) -> str:
    return ", ".join(p.name for p in persons if getattr(p, "name", None))


class ReviewDialog(QDialog):
    """Edits ``plan`` in place when accepted (entries' accepted/action/match and the
    candidates' title, owner and due; the plan's body)."""

    def __init__(self, store: Store, plan: ImportPlan, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.plan = plan
        self.path = path
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
        form.addRow(self.tr("Datum:"), QLabel(when, self))
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
        header.resizeSection(COL_ACTION, 320)
        header.resizeSection(COL_OWNER, 150)
        header.resizeSection(COL_KIND, 130)
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

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        self.counts = QLabel(self)
        check_all = QPushButton(self.tr("Markera &alla"), self)
        check_none = QPushButton(self.tr("Markera &inga"), self)
        check_all.clicked.connect(lambda: self._check_all(True))
        check_none.clicked.connect(lambda: self._check_all(False))
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
        bottom.addWidget(self.counts, 1)
        bottom.addWidget(self.buttons)

        hint = QLabel(
            self.tr(
                "Kontrollera punkterna innan de sparas. Bocka ur det som inte ska med; "
                "dubbelklicka på titel, ansvarig eller datum (ÅÅÅÅ-MM-DD) för att ändra."
            ),
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
        if plan.entries:
            self.table.selectRow(0)
        else:
            self.evidence.setPlainText(self.tr("Inga punkter hittades i dokumentet."))
        self._update_counts()
        self.resize(1100, 720)

    def _wrap(self, text: str) -> QLabel:
        label = QLabel(text, self)
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
        if not closing:
            combo.addItem(self.tr("Ny"), _choice("new", None))
        verb = self.tr("Stänger") if closing else self.tr("Uppdaterar")
        seen: set[int] = set()
        options: list[tuple[int, str, float]] = []
        if entry.match_id is not None:
            options.append((entry.match_id, entry.match_title or "", entry.score))
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
        if closing:
            combo.addItem(self.tr("Stänger ingen punkt (hoppa över)"), _choice("skip", None))
        current = _choice(entry.action, entry.match_id) if entry.match_id is not None else None
        idx = combo.findData(current) if current else 0
        if closing and entry.match_id is None:
            idx = combo.count() - 1
        combo.setCurrentIndex(max(idx, 0))
        combo.setToolTip(combo.currentText())
        combo.currentIndexChanged.connect(lambda *_: self._update_counts())
        combo.currentTextChanged.connect(combo.setToolTip)
        self.action_boxes.append(combo)
        self.table.setCellWidget(row, COL_ACTION, combo)

        self.table.setItem(row, COL_TITLE, QTableWidgetItem(" ".join(c.title.split())))
        self.table.item(row, COL_TITLE).setToolTip(c.text or c.title)
        self.table.setItem(row, COL_OWNER, QTableWidgetItem(c.owner or ""))
        due = QTableWidgetItem(c.due.isoformat() if c.due else "")
        if c.due_text:
            due.setToolTip(self.tr("i dokumentet: ”{text}”").format(text=c.due_text))
        self.table.setItem(row, COL_DUE, due)
        conf = QTableWidgetItem(f"{round(c.confidence * 100)} %")
        conf.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        conf.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if c.confidence < _LOW_CONFIDENCE:
            conf.setForeground(QBrush(QColor("#9b5b00")))
            conf.setToolTip(self.tr("Låg säkerhet: kontrollera punkten extra noga."))
        self.table.setItem(row, COL_CONF, conf)
        kind = QTableWidgetItem(kind_label(c.kind))
        kind.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.setItem(row, COL_KIND, kind)
        page = QTableWidgetItem(str(c.page) if c.page else "")
        page.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.setItem(row, COL_PAGE, page)

    def _check_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for row in range(self.table.rowCount()):
            self.table.item(row, COL_USE).setCheckState(state)

    def _show_evidence(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        row = rows[0].row()
        c = self.plan.entries[row].candidate
        parts = []
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
        self.evidence.setPlainText(text.strip())

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

    # --- accept ------------------------------------------------------------------------

    def accept(self) -> None:
        """Validate the edits, write them into the plan, and close."""
        dues: list[dt.date | None] = []
        for row, entry in enumerate(self.plan.entries):
            text = self.table.item(row, COL_DUE).text().strip()
            if not text:
                dues.append(None)
                continue
            try:
                dues.append(dt.date.fromisoformat(text))
            except ValueError:
                self.table.selectRow(row)
                show_error(
                    self,
                    self.tr(
                        "Datumet ”{text}” för punkten ”{title}” går inte att läsa. Skriv det "
                        "som ÅÅÅÅ-MM-DD (t.ex. 2024-05-14), eller lämna rutan tom."
                    ).format(text=text, title=entry.candidate.title[:60]),
                )
                return
        for row in range(len(self.plan.entries)):
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
        for row, entry in enumerate(self.plan.entries):
            c = entry.candidate
            checked = self.table.item(row, COL_USE).checkState() == Qt.CheckState.Checked
            action, match_id = _parse_choice(self.action_boxes[row].currentData())
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
        self.plan.body = self.body.text().strip() or None
        super().accept()
