"""Meeting mode: step through the open items of one forum, one at a time, in a large
layout meant for a projector, and change them by keyboard during the meeting.

Every change is saved at once (one transaction each, through ``tracker.services.balance``
with the meeting's id, so the history says in which meeting it happened) and can be
undone with Ctrl+Z (QUndoStack).  Keys: PgDown/PgUp or Alt+→/← next/previous, Ctrl+D done,
Ctrl+T new date, Ctrl+R new owner, Ctrl+M (or just typing in the note field + Enter) a
note, Ctrl+N a new item (type the title, Enter), Ctrl+plus/minus text size, F11 full
screen, Esc leaves the editing row or closes meeting mode.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tracker.errors import TrackerError
from tracker.gui import commands, settings
from tracker.gui.errors import show_error
from tracker.gui.history import describe_event
from tracker.gui.model import SOON_DAYS, status_label
from tracker.gui.widgets import (
    DueDateEdit,
    NameCombo,
)
from tracker.services import balance, meetings
from tracker.store import REMOVED, ItemFilter, ItemRow, MeetingRow, Store

DEFAULT_POINT_SIZE = settings.MEETING_FONT_SIZE.default
MIN_POINT_SIZE = 10
MAX_POINT_SIZE = 60


class MeetingSetupDialog(QDialog):
    """Choose the forum and the date of the meeting (the next one is suggested)."""

    def __init__(self, store: Store, body: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Mötesläge – välj möte"))
        self.body = QComboBox(self)
        self.body.setEditable(True)
        self.body.setAccessibleName(self.tr("Forum"))
        self.body.addItems(store.distinct_bodies())
        if body:
            self.body.setCurrentText(body)
        # Typed as people write it ("tis 14 maj", "14/5"), like every date field.
        self.date = DueDateEdit(self)
        self.date.setAccessibleName(self.tr("Mötesdatum"))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Forum:"), self.body)
        form.addRow(self.tr("&Datum:"), self.date)
        form.addRow("", self.hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Starta mötet"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("Vilket möte gäller det? Mötesläget visar forumets öppna punkter."), self
            )
        )
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.body.currentTextChanged.connect(self._suggest)
        self._suggest()

    def _suggest(self) -> None:
        body = self.body.currentText().strip()
        today = dt.date.today()
        suggested = meetings.suggest_next_meeting(self.store, body, today=today) if body else None
        if suggested:
            self.date.setValue(suggested)
            self.hint.setText(self.tr("Förslag: nästa möte enligt tidigare protokoll."))
        else:
            self.date.setValue(today)
            self.hint.setText(self.tr("Inget nästa möte känt; dagens datum föreslås."))
        open_count = self.store.count_items(ItemFilter(body=body or None, status="open"))
        self.hint.setText(self.hint.text() + " " + self.tr("%n öppna punkter.", "", open_count))

    def _accept(self) -> None:
        if not self.date.is_valid():  # (empty: today)
            show_error(self, self.date.error_text())
            self.date.setFocus()
            return
        self.accept()

    def choice(self) -> tuple[str | None, dt.date]:
        body = self.body.currentText().strip() or None
        return body, self.date.value() or dt.date.today()


class MeetingWindow(QWidget):
    """The meeting-mode window.  Emits :attr:`changed` (item id) after every change."""

    changed = Signal(int)

    def __init__(
        self,
        store: Store,
        meeting: MeetingRow | None = None,
        parent: QWidget | None = None,
        *,
        body: str | None = None,
        date: dt.date | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.store = store
        #: The meeting's record: None until something is changed or noted (opening
        #: meeting mode and leaving it records nothing; see :meth:`meeting_id`).
        self.meeting: MeetingRow | None = meeting
        self.body = meeting.body if meeting is not None else body
        self.date = meeting.date if meeting is not None else date
        self.undo_stack = QUndoStack(self)
        self.items: list[ItemRow] = store.list_items(
            ItemFilter(body=self.body, status="open", sort="due")
        )
        if self.body:
            # The filter matches parts of names; a meeting is about exactly its forum.
            exact = [r for r in self.items if (r.body or "").casefold() == self.body.casefold()]
            self.items = exact or self.items
        self.index = 0
        self.setWindowTitle(
            self.tr("Mötesläge – {title}").format(title=self._meeting_title())
        )
        self.setAccessibleName(self.tr("Mötesläge"))
        self.setObjectName("MeetingWindow")

        self.header = QLabel(self)
        # The forum's name may come from a document: shown as written, like the title.
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.position = QLabel(self)
        self.position.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.position)

        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setObjectName("meetingTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.meta = QLabel(self)
        self.meta.setWordWrap(True)
        self.meta.setTextFormat(Qt.TextFormat.RichText)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.flash = QLabel(self)
        self.flash.setTextFormat(Qt.TextFormat.PlainText)
        self.flash.setObjectName("flash")

        # The editing row: a note field by default; Ctrl+T/Ctrl+R/Ctrl+N switch it.
        self.edit_label = QLabel(self)
        self.editors = QStackedWidget(self)
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("Skriv en anteckning och tryck Enter"))
        self.note_edit.setAccessibleName(self.tr("Anteckning"))
        self.date_edit = DueDateEdit(self)
        self.date_edit.setAccessibleName(self.tr("Nytt datum"))
        # A date without a year is the one near the meeting ("14/5" in April: this May).
        self.date_edit.set_reference(self.date)
        self.owner_edit = NameCombo(self)
        self.owner_edit.setAccessibleName(self.tr("Ny ansvarig"))
        self.owner_edit.set_names(store.distinct_owners())
        self.new_edit = QLineEdit(self)
        self.new_edit.setPlaceholderText(self.tr("Titel på den nya punkten, Enter sparar"))
        self.new_edit.setAccessibleName(self.tr("Ny punkt"))
        for w in (self.note_edit, self.date_edit, self.owner_edit, self.new_edit):
            self.editors.addWidget(w)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.edit_label)
        edit_row.addWidget(self.editors, 1)

        keys = self.tr(
            "PgDn nästa · PgUp föregående · Ctrl+D klar · Ctrl+T nytt datum · "
            "Ctrl+R byt ansvarig · Ctrl+M anteckning · Ctrl+N ny punkt · Ctrl+Z ångra · "
            "Ctrl+± textstorlek · F11 helskärm · Esc avsluta"
        )
        # Wrap only between the key hints, never inside one ("Ctrl+Z ångra").
        keys = " · ".join(part.replace(" ", "\u00a0") for part in keys.split(" · "))
        self.keys = QLabel(keys, self)
        self.keys.setWordWrap(True)
        self.keys.setObjectName("keys")

        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 24, 36, 18)
        layout.addLayout(top)
        layout.addWidget(line)
        layout.addSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addSpacing(8)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.flash)
        layout.addLayout(edit_row)
        layout.addWidget(self.keys)

        self._actions()
        for w in (self.note_edit, self.new_edit, self.owner_edit.lineEdit(), self.date_edit.edit):
            w.installEventFilter(self)
        self.note_edit.returnPressed.connect(self._save_note)
        self.new_edit.returnPressed.connect(self._save_new)
        self.date_edit.returnPressed.connect(self._date_entered)
        self.owner_edit.lineEdit().returnPressed.connect(self._save_owner)

        size = settings.value(settings.MEETING_FONT_SIZE)
        self.point_size = max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, size))
        self._apply_font()
        self._edit_mode("note")
        self.show_current()
        screen = self.screen()
        avail = screen.availableGeometry() if screen is not None else None
        if avail is not None:
            self.resize(min(1280, int(avail.width() * 0.95)), min(800, int(avail.height() * 0.92)))
        else:
            self.resize(1280, 800)

    # --- actions -------------------------------------------------------------------

    def _actions(self) -> None:
        def act(text: str, keys: list[QKeySequence | str], slot) -> QAction:
            a = QAction(text, self)
            a.setShortcuts([QKeySequence(k) for k in keys])
            a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            a.triggered.connect(slot)
            self.addAction(a)
            return a

        self.next_action = act(self.tr("Nästa"), ["PgDown", "Alt+Right"], self.next_item)
        self.prev_action = act(self.tr("Föregående"), ["PgUp", "Alt+Left"], self.previous_item)
        self.done_action = act(self.tr("Markera klar"), ["Ctrl+D"], self.mark_done)
        self.date_action = act(self.tr("Nytt datum"), ["Ctrl+T"], lambda: self._edit_mode("date"))
        self.owner_action = act(
            self.tr("Byt ansvarig"), ["Ctrl+R"], lambda: self._edit_mode("owner")
        )
        self.note_action = act(self.tr("Anteckning"), ["Ctrl+M"], lambda: self._edit_mode("note"))
        self.new_action = act(self.tr("Ny punkt"), ["Ctrl+N"], lambda: self._edit_mode("new"))
        # A message about the last change ("✓ Punkt 3 markerad klar") is stale once
        # that change is undone or redone.
        self.undo_stack.indexChanged.connect(lambda _index: self._flash(""))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Ångra"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.addAction(self.undo_action)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Gör om"))
        self.redo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
        self.addAction(self.redo_action)
        act(self.tr("Större text"), ["Ctrl++", "Ctrl+="], lambda: self.zoom(2))
        act(self.tr("Mindre text"), ["Ctrl+-"], lambda: self.zoom(-2))
        act(self.tr("Normal textstorlek"), ["Ctrl+0"], lambda: self.zoom(0))
        act(self.tr("Helskärm"), ["F11"], self._toggle_full_screen)
        act(self.tr("Avsluta"), ["Esc"], self._escape)

    def _toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def _escape(self) -> None:
        if self.editors.currentWidget() is not self.note_edit or self.note_edit.text():
            self.note_edit.setText("")
            self._edit_mode("note")
            return
        self.close()

    # --- display -------------------------------------------------------------------

    def zoom(self, step: int) -> None:
        if step == 0:
            self.point_size = DEFAULT_POINT_SIZE
        else:
            self.point_size = max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, self.point_size + step))
        settings.set_value(settings.MEETING_FONT_SIZE, self.point_size)
        self._apply_font()

    def _apply_font(self) -> None:
        base = QFont(self.font())
        base.setPointSize(self.point_size)
        self.setFont(base)
        big = QFont(base)
        big.setPointSizeF(self.point_size * 1.5)
        big.setBold(True)
        self.title.setFont(big)
        small = QFont(base)
        small.setPointSizeF(max(MIN_POINT_SIZE, self.point_size * 0.6))
        self.keys.setFont(small)
        self.header.setFont(small)
        self.position.setFont(small)
        self.flash.setFont(small)
        self.notes.setFont(QFont(small))

    def _meeting_title(self) -> str:
        """``MeetingRow.title()`` (the CLI's Swedish) in the UI's language."""
        body = self.body or self.tr("Okänt forum")
        when = self.date.isoformat() if self.date else self.tr("okänt datum")
        return f"{body} {when}"

    def meeting_id(self) -> int:
        """The meeting's id, recording the meeting now if this is its first change or
        note (an existing meeting of the forum on that date is used, not duplicated)."""
        if self.meeting is None:
            self.meeting = meetings.ensure_meeting(self.store, self.body, self.date)
        return self.meeting.id

    def current(self) -> ItemRow | None:
        return self.items[self.index] if 0 <= self.index < len(self.items) else None

    def show_current(self) -> None:
        self.header.setText(self._meeting_title())
        item = self.current()
        total = len(self.items)
        if item is None:
            self.position.setText(self.tr("Inga öppna punkter"))
            self.title.setText(
                self.tr("Inga öppna punkter för {body}.").format(
                    body=self.body or self.tr("forumet")
                )
            )
            self.meta.setText(self.tr("Tryck Ctrl+N för att lägga till en punkt."))
            self.text.setText("")
            self.notes.setText("")
            return
        self.position.setText(self.tr("Punkt {n} av {total}").format(n=self.index + 1, total=total))
        self.title.setText(item.title)
        # Overdue as of the meeting's day: at a meeting prepared ahead (or entered
        # afterwards) what counts is what is late on that day, not on the computer's.
        today = self.date or dt.date.today()
        due = item.due.isoformat() if item.due else (item.due_text or self.tr("inget datum"))
        due_html = _esc(due)
        if item.status == "open" and item.due and item.due < today:
            late = _esc(self.tr("försenad"))
            due_html = f"<span style='color:#b3261e; font-weight:bold'>{due_html} ({late})</span>"
        elif (
            item.status == "open" and item.due and item.due <= today + dt.timedelta(days=SOON_DAYS)
        ):
            due_html = f"<span style='color:#8a5a00; font-weight:bold'>{due_html}</span>"
        status = status_label(item.status)
        status_html = _esc(status)
        if item.status != "open":
            status_html = (
                f"<span style='color:#1b6e2a; font-weight:bold'>{_esc(status.upper())}</span>"
            )
        parts = [
            _esc(self.tr("Ansvarig: {owner}")).format(owner=f"<b>{_esc(item.owner or '–')}</b>"),
            _esc(self.tr("Senast: {due}")).format(due=due_html),
            _esc(self.tr("Status: {status}")).format(status=status_html),
            f"#{item.id}",
        ]
        if item.raised_by:
            parts.insert(2, _esc(self.tr("Väckt av: {name}")).format(name=_esc(item.raised_by)))
        self.meta.setText(" &nbsp;·&nbsp; ".join(parts))
        body = item.text.strip() if item.text and item.text.strip() != item.title.strip() else ""
        evidence = (item.evidence or "").strip()
        if evidence and body and " ".join(body.split()) in " ".join(evidence.split()):
            body = ""  # the sentence from the document says it all, and says it in context
        if evidence and evidence not in body:
            body = (body + "\n\n" if body else "") + f"”{evidence}”"
        self.text.setText(body)
        events = [e for e in self.store.item_history(item.id) if e.field != "created"][-3:]
        self.notes.setText("\n".join(describe_event(e) for e in reversed(events)))

    def _flash(self, text: str) -> None:
        self.flash.setText(text)

    # --- navigation ------------------------------------------------------------------

    def next_item(self) -> None:
        if self.index < len(self.items) - 1:
            self.index += 1
            self._flash("")
            self.show_current()

    def previous_item(self) -> None:
        if self.index > 0:
            self.index -= 1
            self._flash("")
            self.show_current()

    def go_to(self, item_id: int) -> None:
        for i, row in enumerate(self.items):
            if row.id == item_id:
                self.index = i
                self.show_current()
                return

    # --- changes -------------------------------------------------------------------

    def _on_changed(self, item_id: int) -> None:
        """After a change (also an undo): reload that item, show it, tell the main window."""
        try:
            fresh = self.store.get_item(item_id)
        except TrackerError:
            fresh = None
        if fresh is not None and fresh.status == REMOVED:
            # An item added in the meeting and then undone leaves the round.
            self.items = [r for r in self.items if r.id != item_id]
            self.index = min(self.index, len(self.items) - 1)
            self.show_current()
            self.changed.emit(item_id)
            return
        for i, row in enumerate(self.items):
            if row.id == item_id:
                if fresh is not None:
                    self.items[i] = fresh
                self.index = i
                break
        else:
            if fresh is not None:
                self.items.append(fresh)
                self.index = len(self.items) - 1
        self.show_current()
        self.changed.emit(item_id)

    def _report(self, exc: TrackerError) -> None:
        show_error(self, exc)

    def _change(
        self,
        changes: dict,
        text: str,
        note: str | None = None,
        *,
        code: str | None = None,
        params: dict[str, Any] | None = None,
    ) -> bool:
        item = self.current()
        if item is None:
            return False
        try:
            commands.save_changes(
                self.undo_stack,
                self.store,
                self.store.get_item(item.id),
                changes,
                text,
                note=note,
                code=code,
                params=params,
                meeting_id=self.meeting_id(),
                changed=self._on_changed,
                report=self._report,
            )
        except TrackerError as exc:
            show_error(self, exc)
            return False
        return True

    def mark_done(self) -> None:
        item = self.current()
        if item is None:
            return
        if item.status != "open":
            self._flash(
                self.tr("Punkten är redan {status}.").format(status=status_label(item.status))
            )
            return
        # Without the secretary's words the history says "Klar enligt mötet <date>".
        note = self.note_edit.text().strip() or None
        params = {"date": self.date.isoformat()} if self.date else {}
        if self._change(
            {"status": "done"},
            self.tr("Markera punkt {id} klar").format(id=item.id),
            note,
            code=None if note else "done_in_meeting",
            params=None if note else params,
        ):
            self.note_edit.setText("")
            self._flash(self.tr("✓ Punkt {id} markerad klar. Ctrl+Z ångrar.").format(id=item.id))

    def _date_entered(self) -> None:
        """Enter in the date field (or a day picked in the calendar): save what was typed,
        read by the Swedish date parser; text it cannot read is said, not guessed."""
        if self.editors.currentWidget() is not self.date_edit:
            return
        if not self.date_edit.is_valid():
            self._flash(self.date_edit.error_text())
            self.date_edit.edit.selectAll()
            return
        self.set_due(self.date_edit.value())

    def set_due(self, due: dt.date | None) -> None:
        item = self.current()
        if item is None:
            return
        if due == item.due:
            self._edit_mode("note")
            return
        if self._change({"due": due}, self.tr("Nytt datum för punkt {id}").format(id=item.id)):
            shown = due.isoformat() if due else self.tr("inget datum")
            self._flash(self.tr("Nytt datum {date} för punkt {id}.").format(date=shown, id=item.id))
        self._edit_mode("note")

    def _save_owner(self) -> None:
        self.set_owner(self.owner_edit.value())

    def set_owner(self, owner: str | None) -> None:
        item = self.current()
        if item is None:
            return
        if owner != item.owner and self._change(
            {"owner": owner}, self.tr("Ny ansvarig för punkt {id}").format(id=item.id)
        ):
            self._flash(
                self.tr("Ansvarig för punkt {id}: {owner}.").format(id=item.id, owner=owner or "–")
            )
        self._edit_mode("note")

    def _save_note(self) -> None:
        text = self.note_edit.text().strip()
        item = self.current()
        if not text or item is None:
            return
        try:
            balance.add_note(self.store, item.id, text, meeting_id=self.meeting_id())
        except TrackerError as exc:
            show_error(self, exc)
            return
        self.note_edit.setText("")
        self._flash(self.tr("Anteckningen sparades på punkt {id}.").format(id=item.id))
        self._on_changed(item.id)

    def _save_new(self) -> None:
        title = " ".join(self.new_edit.text().split())
        if not title:
            return
        self.add_item(title)

    def add_item(self, title: str) -> ItemRow | None:
        try:
            row = commands.add_item(
                self.undo_stack,
                self.store,
                title=title,
                body=self.body,
                meeting_id=self.meeting_id(),
                code="new_in_meeting",
                changed=self._on_changed,
                report=self._report,
            )
        except TrackerError as exc:
            show_error(self, exc)
            return None
        self.new_edit.setText("")
        self._edit_mode("note")
        self._flash(
            self.tr("Ny punkt {id} tillagd. Ctrl+T sätter datum, Ctrl+R ansvarig.").format(
                id=row.id
            )
        )
        return row

    def _edit_mode(self, mode: str) -> None:
        item = self.current()
        labels = {
            "note": self.tr("Anteckning:"),
            "date": self.tr("Nytt datum (Enter):"),
            "owner": self.tr("Ny ansvarig (Enter):"),
            "new": self.tr("Ny punkt:"),
        }
        widget = {
            "note": self.note_edit,
            "date": self.date_edit,
            "owner": self.owner_edit,
            "new": self.new_edit,
        }[mode]
        if mode == "date":
            # The item's date, selected: typing replaces it ("ingen" shows as empty).
            self.date_edit.setValue(item.due if item else None)
            self.date_edit.edit.selectAll()
        elif mode == "owner":
            self.owner_edit.setValue(item.owner if item else None)
            self.owner_edit.lineEdit().selectAll()
        self.edit_label.setText(labels[mode])
        self.editors.setCurrentWidget(widget)
        widget.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Z/Ctrl+Y in an editing field undo the meeting's last change, unless the
        field has typing of its own to undo (the field always has focus in a meeting)."""
        undo_keys = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and any(event.matches(k) for k in undo_keys)
        ):
            own = isinstance(watched, QLineEdit) and (
                watched.isUndoAvailable()
                if event.matches(QKeySequence.StandardKey.Undo)
                else watched.isRedoAvailable()
            )
            if not own:
                event.ignore()
                return True
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.set_value(settings.MEETING_GEOMETRY, self.saveGeometry())
        super().closeEvent(event)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
