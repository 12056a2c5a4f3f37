"""The agenda dialog: choose forum, date and template, edit the kallelse's header facts
and the standing items, preview and print, save as PDF or Word.

Standing-item edits (reorder, add, rename, remove, item type) are written straight back
to the user's copy of the template, so the next agenda of that forum kind starts from
them; "Återställ mallen" brings the shipped template back.  The open items are read from
the store each time the agenda is built, so the preview is always current.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QDate, QMarginsF, Qt, Slot
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tracker.errors import TrackerError
from tracker.gui import settings
from tracker.gui.errors import show_error
from tracker.gui.widgets import localise_date_edit, resize_to_fit
from tracker.services import meetings
from tracker.services.agenda import Agenda, CalledGroup, build_agenda
from tracker.services.agenda_pdf import AGENDA_MARGINS_MM, paint_agenda
from tracker.services.agenda_templates import (
    AgendaTemplate,
    TemplateItem,
    list_templates,
    load_template,
    reset_template,
    save_template,
    template_for_body,
)
from tracker.store import Store

log = logging.getLogger("tracker.gui")

_ITEM_ROLE = Qt.ItemDataRole.UserRole


class AgendaDialog(QDialog):
    """Kallelse och dagordning for one meeting of one forum."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.template: AgendaTemplate | None = None
        self._loading = False
        self.setWindowTitle(self.tr("Kallelse och dagordning"))
        resize_to_fit(self, 900, 680)

        # --- Meeting: forum, date, template ------------------------------------------
        self.body_combo = QComboBox()
        self.body_combo.setEditable(True)
        self.body_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.body_combo.addItems(self._bodies())
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        localise_date_edit(self.date_edit)
        self.template_combo = QComboBox()
        for tpl in list_templates():
            self.template_combo.addItem(tpl.label, tpl.name)

        meeting_box = QGroupBox(self.tr("Möte"))
        meeting_form = QFormLayout(meeting_box)
        meeting_form.addRow(self.tr("&Forum:"), self.body_combo)
        meeting_form.addRow(self.tr("&Datum:"), self.date_edit)
        meeting_form.addRow(self.tr("&Mall:"), self.template_combo)
        # A nämnd numbers its paragraphs through the year: § 41, § 42 …
        self.first_number_spin = QSpinBox()
        self.first_number_spin.setRange(0, 9999)
        self.first_number_spin.setToolTip(self.tr("Numret på dagordningens första punkt"))
        meeting_form.addRow(self.tr("Första &nummer:"), self.first_number_spin)

        # --- Header facts --------------------------------------------------------------
        self.organisation_edit = QLineEdit()
        self.organisation_edit.setToolTip(
            self.tr("Organisationen under forumets namn. En rättelse sparas för forumet.")
        )
        self.time_edit = QLineEdit()
        self.time_edit.setPlaceholderText(self.tr("TT:MM"))
        self.place_edit = QLineEdit()
        self.video_edit = QLineEdit()
        self.video_edit.setPlaceholderText(self.tr("länk till Teams/Zoom"))
        self.notify_edit = QLineEdit()
        self.deadline_edit = QDateEdit()
        self.deadline_edit.setCalendarPopup(True)
        self.deadline_edit.setDisplayFormat("yyyy-MM-dd")
        localise_date_edit(self.deadline_edit)
        self.called_edit = QPlainTextEdit()
        self.called_edit.setPlaceholderText(
            self.tr("En rad per organisation, t.ex. \"Vision: Indu Bala Chopra\"")
        )

        header_box = QGroupBox(self.tr("Kallelse"))
        header_form = QFormLayout(header_box)
        header_form.addRow(self.tr("&Organisation:"), self.organisation_edit)
        header_form.addRow(self.tr("&Tid:"), self.time_edit)
        header_form.addRow(self.tr("&Plats:"), self.place_edit)
        header_form.addRow(self.tr("&Videolänk:"), self.video_edit)
        header_form.addRow(self.tr("Förhinder anmäls &till:"), self.notify_edit)
        header_form.addRow(self.tr("Föranmälda frågor &senast:"), self.deadline_edit)
        header_form.addRow(self.tr("&Kallade:"), self.called_edit)

        # --- Standing items ------------------------------------------------------------
        self.items_list = QListWidget()
        self.items_list.setAlternatingRowColors(True)
        self.up_button = QPushButton(self.tr("Flytta &upp"))
        self.down_button = QPushButton(self.tr("Flytta &ned"))
        self.add_button = QPushButton(self.tr("&Lägg till…"))
        self.rename_button = QPushButton(self.tr("&Byt rubrik…"))
        self.remove_button = QPushButton(self.tr("&Ta bort"))
        self.reset_button = QPushButton(self.tr("Åte&rställ mallen"))
        buttons = QVBoxLayout()
        for button in (self.up_button, self.down_button, self.add_button, self.rename_button,
                       self.remove_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        items_box = QGroupBox(self.tr("Dagordningens punkter (sparas i din kopia av mallen)"))
        items_layout = QHBoxLayout(items_box)
        items_layout.addWidget(self.items_list, 1)
        items_layout.addLayout(buttons)

        self.summary_label = QLabel()
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)  # may name files, forums
        self.summary_label.setWordWrap(True)

        # --- Output --------------------------------------------------------------------
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.preview_button = self.button_box.addButton(
            self.tr("&Förhandsgranska och skriv ut…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.pdf_button = self.button_box.addButton(
            self.tr("Spara som &PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.docx_button = self.button_box.addButton(
            self.tr("Spara som &Word…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.button_box.rejected.connect(self.reject)

        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(meeting_box)
        left.addWidget(header_box)
        top.addLayout(left, 1)
        top.addWidget(items_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.button_box)

        self.body_combo.currentTextChanged.connect(self._on_body_changed)
        self.template_combo.currentIndexChanged.connect(self._on_template_changed)
        self.date_edit.dateChanged.connect(self._on_date_changed)
        self.items_list.currentRowChanged.connect(self._update_buttons)
        self.items_list.itemDoubleClicked.connect(lambda _item: self.rename_item())
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        self.add_button.clicked.connect(self.add_item)
        self.rename_button.clicked.connect(self.rename_item)
        self.remove_button.clicked.connect(self.remove_item)
        self.reset_button.clicked.connect(self.reset_items)
        self.preview_button.clicked.connect(self.preview)
        self.pdf_button.clicked.connect(lambda: self.save_as("pdf"))
        self.docx_button.clicked.connect(lambda: self.save_as("docx"))

        self._on_body_changed(self.body_combo.currentText())

    # --- Data ------------------------------------------------------------------------------

    def _bodies(self) -> list[str]:
        names = {b for b in self.store.distinct_bodies() if b}
        names.update(m.body for m in self.store.list_meetings() if m.body)
        return sorted(names, key=str.casefold)

    def body(self) -> str:
        return self.body_combo.currentText().strip()

    def meeting_date(self) -> dt.date:
        d = self.date_edit.date()
        return dt.date(d.year(), d.month(), d.day())

    @Slot(str)
    def _on_body_changed(self, body: str) -> None:
        """A new forum: its usual template, next meeting date and header facts."""
        if self._loading:
            return
        self._loading = True
        try:
            name = template_for_body(body)
            index = self.template_combo.findData(name)
            if index >= 0:
                self.template_combo.setCurrentIndex(index)
            self.date_edit.setDate(_qdate(self._suggested_date(body)))
        finally:
            self._loading = False
        self._load_template()

    @Slot()
    def _on_template_changed(self) -> None:
        if not self._loading:
            self._load_template()

    @Slot()
    def _on_date_changed(self) -> None:
        """Another date can mean another previous meeting: the header is computed
        again (place, time, who is called, deadline), as the command line does."""
        if self._loading or self.template is None:
            return
        try:
            base = build_agenda(self.store, self.body() or "–", self.meeting_date(),
                                template=self.template)  # fmt: skip
        except TrackerError as exc:
            show_error(self, exc)
            return
        self._fill_header(base)
        self._refresh_summary()

    def _computed(self) -> dict[str, str]:
        """The header facts as computed from the forum's meetings and the template."""
        base = build_agenda(self.store, self.body() or "–", self.meeting_date(),
                            template=self.template)  # fmt: skip
        return _facts(base)

    def _fill_header(self, base: Agenda) -> None:
        """The header from ``base``, then the facts corrected earlier for this forum."""
        facts = _facts(base)
        facts.update(meetings.forum_facts(self.store, self.body()))
        self.organisation_edit.setText(facts["organisation"])
        self.time_edit.setText(facts["time"])
        self.place_edit.setText(facts["place"])
        self.video_edit.setText(facts["video_link"])
        self.notify_edit.setText(facts["notify_absence"])
        self.deadline_edit.setDate(_qdate(base.questions_deadline or self.meeting_date()))
        self.called_edit.setPlainText(facts["called"])

    def _remember_facts(self) -> None:
        """Keep what differs from the computed header for the forum's next agendas."""
        if not self.body() or self.template is None:
            return
        try:
            computed = self._computed()
        except TrackerError:
            return
        entered = {
            "organisation": self.organisation_edit.text().strip(),
            "time": self.time_edit.text().strip(),
            "place": self.place_edit.text().strip(),
            "video_link": self.video_edit.text().strip(),
            "notify_absence": self.notify_edit.text().strip(),
            "called": self.called_edit.toPlainText().strip(),
        }
        changed = {k: v for k, v in entered.items() if v != computed.get(k, "").strip()}
        try:
            meetings.remember_forum_facts(self.store, self.body(), changed)
        except TrackerError as exc:
            log.warning("Mötesuppgifterna kunde inte sparas: %s", exc)

    def _suggested_date(self, body: str) -> dt.date:
        today = dt.date.today()
        if body:
            try:
                from tracker.services.meetings import suggest_next_meeting

                suggested = suggest_next_meeting(self.store, body, today=today)
            except TrackerError:
                suggested = None
            if suggested is not None:
                return suggested
        return today + dt.timedelta(days=7)

    def _load_template(self) -> None:
        """Read the chosen template and fill the item list and the header defaults."""
        name = self.template_combo.currentData()
        if not name:
            return
        try:
            self.template = load_template(name)
            base = build_agenda(self.store, self.body() or "–", self.meeting_date(),
                                template=self.template)  # fmt: skip
        except TrackerError as exc:
            show_error(self, exc)
            return
        self._fill_items()
        self.first_number_spin.setValue(base.first_number)
        self.first_number_spin.setPrefix("§ " if base.numbering == "paragraph" else "")
        self._fill_header(base)
        self._refresh_summary()

    def _fill_items(self) -> None:
        current = self.items_list.currentRow()
        self.items_list.clear()
        assert self.template is not None
        for item in self.template.items:
            entry = QListWidgetItem(self._item_text(item))
            entry.setData(_ITEM_ROLE, item)
            self.items_list.addItem(entry)
        self.items_list.setCurrentRow(min(max(current, 0), self.items_list.count() - 1))
        self._update_buttons()

    def _item_text(self, item: TemplateItem) -> str:
        # What the program fills in under the item, so the user sees why it matters.
        hints = {
            "balance": self.tr("öppna frågor förs in"),
            "carried": self.tr("kvarvarande frågor förs in"),
            "adjusters": self.tr("förslag från föregående möte"),
            "questions": self.tr("sista dag för anmälan visas"),
        }
        text = item.title
        if item.kind in hints:
            text += f"  [{hints[item.kind]}]"
        if item.type:
            text += f"  ({item.type})"
        return text

    def current_items(self) -> list[TemplateItem]:
        return [self.items_list.item(i).data(_ITEM_ROLE) for i in range(self.items_list.count())]

    def _save_items(self) -> None:
        """Write the item list back to the user's copy of the template at once."""
        if self.template is None:
            return
        self.template.items = self.current_items()
        try:
            save_template(self.template)
        except TrackerError as exc:
            show_error(self, exc)
        self._refresh_summary()

    @Slot()
    def _update_buttons(self) -> None:
        row, count = self.items_list.currentRow(), self.items_list.count()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.rename_button.setEnabled(row >= 0)
        self.remove_button.setEnabled(row >= 0 and count > 1)

    # --- Standing items --------------------------------------------------------------------

    @Slot()
    def move_item(self, step: int) -> None:
        row = self.items_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.items_list.count():
            return
        entry = self.items_list.takeItem(row)
        self.items_list.insertItem(target, entry)
        self.items_list.setCurrentRow(target)
        self._save_items()

    @Slot()
    def add_item(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("Lägg till punkt"), self.tr("Rubrik:"))
        if not ok or not title.strip():
            return
        item = TemplateItem(title=title.strip())
        if self.template is not None and self.template.numbering == "paragraph":
            kinds = [self.tr("beslut"), self.tr("information")]
            choice, ok = QInputDialog.getItem(
                self, self.tr("Lägg till punkt"), self.tr("Typ av ärende:"), kinds, 0, False
            )
            if ok:
                item.type = "beslut" if kinds.index(choice) == 0 else "information"
        entry = QListWidgetItem(self._item_text(item))
        entry.setData(_ITEM_ROLE, item)
        # New items go before "Övriga frågor"/"Mötets avslutande" when one is selected.
        row = self.items_list.currentRow()
        at = row + 1 if row >= 0 else self.items_list.count()
        self.items_list.insertItem(at, entry)
        self.items_list.setCurrentRow(at)
        self._save_items()

    @Slot()
    def rename_item(self) -> None:
        entry = self.items_list.currentItem()
        if entry is None:
            return
        item: TemplateItem = entry.data(_ITEM_ROLE)
        title, ok = QInputDialog.getText(
            self, self.tr("Byt rubrik"), self.tr("Rubrik:"), QLineEdit.EchoMode.Normal, item.title
        )
        if not ok or not title.strip():
            return
        item.title = title.strip()
        entry.setData(_ITEM_ROLE, item)
        entry.setText(self._item_text(item))
        self._save_items()

    @Slot()
    def remove_item(self) -> None:
        row = self.items_list.currentRow()
        if row < 0 or self.items_list.count() <= 1:
            return
        item: TemplateItem = self.items_list.item(row).data(_ITEM_ROLE)
        if item.kind in ("balance", "carried"):
            answer = QMessageBox.question(
                self,
                self.tr("Ta bort punkt"),
                self.tr("Under \"{title}\" förs de öppna frågorna in. Ta bort punkten ändå?")
                .format(title=item.title),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.items_list.takeItem(row)
        self._save_items()

    @Slot()
    def reset_items(self) -> None:
        if self.template is None:
            return
        try:
            self.template = reset_template(self.template.name)
        except TrackerError as exc:
            show_error(self, exc)
            return
        self._fill_items()
        self._refresh_summary()

    # --- Output ----------------------------------------------------------------------------

    def agenda(self) -> Agenda:
        """The agenda as the dialog shows it now (open items read from the store)."""
        if self.template is None:
            raise TrackerError(self.tr("Välj en mall för dagordningen."))
        if not self.body():
            raise TrackerError(self.tr("Välj eller skriv forumets namn."))
        self.template.items = self.current_items()
        deadline = self.deadline_edit.date()
        agenda = build_agenda(
            self.store,
            self.body(),
            self.meeting_date(),
            template=self.template,
            time=self.time_edit.text(),
            place=self.place_edit.text(),
            video_link=self.video_edit.text(),
            notify_absence=self.notify_edit.text(),
            questions_deadline=dt.date(deadline.year(), deadline.month(), deadline.day()),
        )
        # Empty fields stay empty: build_agenda would otherwise fall back to the defaults.
        agenda.organisation = self.organisation_edit.text().strip()
        agenda.time = self.time_edit.text().strip()
        agenda.place = self.place_edit.text().strip()
        agenda.video_link = self.video_edit.text().strip()
        agenda.notify_absence = self.notify_edit.text().strip()
        agenda.called = _called_from_text(self.called_edit.toPlainText())
        agenda.first_number = self.first_number_spin.value()
        return agenda

    def _refresh_summary(self) -> None:
        try:
            agenda = self.agenda()
        except TrackerError as exc:
            self.summary_label.setText(exc.message)
            return
        entries = agenda.open_entries()
        late = sum(1 for e in entries if e.overdue)
        prev = agenda.previous_meeting.isoformat() if agenda.previous_meeting else self.tr("inget")
        self.summary_label.setText(
            self.tr(
                "{n} öppna frågor ({late} försenade) förs in under Balanslista och "
                "Kvarvarande frågor. Föregående möte: {prev}."
            ).format(n=len(entries), late=late, prev=prev)
        )

    def _default_name(self, suffix: str) -> str:
        # The suggested file name is in the UI's language (the document stays Swedish).
        word = self.tr("Dagordning")
        safe = "".join(c for c in self.body() if c not in '\\/:*?"<>|').strip()
        stem = " ".join(part for part in (word, safe, self.meeting_date().isoformat()) if part)
        return f"{stem}.{suffix}"

    @Slot()
    def save_as(self, kind: str) -> Path | None:
        folder = settings.value(settings.AGENDA_FOLDER)
        filters = {"pdf": self.tr("PDF (*.pdf)"), "docx": self.tr("Word-dokument (*.docx)")}
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Spara dagordningen"), str(folder / self._default_name(kind)),
            filters[kind],
        )  # fmt: skip
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != f".{kind}":
            target = target.with_name(target.name + f".{kind}")
        return self.write(target)

    def write(self, target: Path) -> Path | None:
        """Write the agenda to ``target`` (.pdf or .docx); errors become a message box."""
        from tracker.services.agenda import render_agenda_docx, render_agenda_pdf

        try:
            agenda = self.agenda()
            if target.suffix.lower() == ".docx":
                render_agenda_docx(agenda, target)
            else:
                render_agenda_pdf(agenda, target)
        except TrackerError as exc:
            show_error(self, exc)
            return None
        settings.set_value(settings.AGENDA_FOLDER, target.parent)
        self._remember_facts()
        log.info("Dagordning sparad: %s", target)
        return target

    @Slot()
    def preview(self) -> None:
        try:
            agenda = self.agenda()
        except TrackerError as exc:
            show_error(self, exc)
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._default_name("pdf").removesuffix(".pdf"))
        printer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                _margins(AGENDA_MARGINS_MM),
                QPageLayout.Unit.Millimeter,
            )
        )
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("Förhandsgranska dagordningen"))

        def paint(device: QPrinter) -> None:
            try:
                paint_agenda(agenda, device)
            except TrackerError as exc:
                show_error(dialog, exc)

        dialog.paintRequested.connect(paint)
        self._remember_facts()
        dialog.resize(900, 1000)
        dialog.exec()


def _facts(agenda: Agenda) -> dict[str, str]:
    return {
        "organisation": agenda.organisation or "",
        "time": agenda.time or "",
        "place": agenda.place or "",
        "video_link": agenda.video_link or "",
        "notify_absence": agenda.notify_absence or "",
        "called": "\n".join(g.text() for g in agenda.called),
    }


def _margins(mm: tuple[float, ...]) -> QMarginsF:
    return QMarginsF(*mm)


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _called_from_text(text: str) -> list[CalledGroup]:
    """One group per line: "Organisation: namn, namn" or just a name/organisation."""
    groups = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        org, sep, rest = line.partition(":")
        if sep and rest.strip():
            people = [p.strip() for p in _split_people(rest) if p.strip()]
            groups.append(CalledGroup(organisation=org.strip(), people=people))
        else:
            groups.append(CalledGroup(organisation=line.rstrip(":"), people=[]))
    return groups


def _split_people(text: str) -> list[str]:
    """Split "A (chef, HR), B" on the commas outside parentheses."""
    out, depth, current = [], 0, []
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        if ch == "," and depth == 0:
            out.append("".join(current))
            current = []
        else:
            current.append(ch)
    out.append("".join(current))
    return out
