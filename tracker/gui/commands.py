"""Undoable changes to items (QUndoStack commands).

Every change is saved at once through :mod:`tracker.services.balance`; the command is
pushed *after* the save succeeded, so a refused save never lands on the stack.  Undo is
another ``update_item`` that restores the old values (it becomes part of the item's
history too: nothing is erased).  Undo and redo check that the item still holds the
values this command left; if someone changed it since, they refuse with a message
rather than overwrite that change.  Adding an item is undone by removing it
(``balance.remove_item``: it leaves every list as if never added, but the store keeps
it and its history, which must not lose entries); redo brings it back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from tracker.errors import TrackerError
from tracker.services import balance
from tracker.store import REMOVED, ItemRow, Store

#: Called with the id of an item after it changed (refresh views).
Changed = Callable[[int], None]
#: Called with a TrackerError when an undo or redo could not be carried out.
Report = Callable[[TrackerError], None]


def _conflict(item_id: int) -> TrackerError:
    return TrackerError(
        QCoreApplication.translate(
            "Commands",
            "Punkt {id} har ändrats efter din ändring, så den kan inte ångras automatiskt. "
            "Ändra punkten för hand i stället.",
        ).format(id=item_id)
    )


class ItemChangeCommand(QUndoCommand):
    """Field changes of one item (status, due, owner, …) that were just saved."""

    def __init__(
        self,
        store: Store,
        item_id: int,
        before: dict[str, Any],
        after: dict[str, Any],
        text: str,
        *,
        notes: tuple[str | None, str | None] = (None, None),
        meeting_id: int | None,
        changed: Changed,
        report: Report,
    ) -> None:
        super().__init__(text)
        self.store = store
        self.item_id = item_id
        self.before = before
        self.after = after
        #: The item's latest note before and after the edit (an edit with a note sets it).
        self.notes = notes
        self.meeting_id = meeting_id
        self.changed = changed
        self.report = report
        self._applied = True  # the change was saved before the push

    def _move(
        self,
        current: dict[str, Any],
        target: dict[str, Any],
        code: str,
        notes: tuple[str | None, str | None],
    ) -> None:
        try:
            item = self.store.get_item(self.item_id)
            if any(getattr(item, k) != v for k, v in current.items()):
                raise _conflict(self.item_id)
            # The latest note goes back with the fields, unless a note was added since
            # (a note is history, not part of this edit: it stays the latest).
            left, back = notes
            last_note = back if item.last_note == left else item.last_note
            balance.revert_item(
                self.store,
                self.item_id,
                item.version,
                target,
                code=code,
                last_note=last_note,
                meeting_id=self.meeting_id,
            )
        except TrackerError as exc:
            # The stack drops an obsolete command, so the user is not left with an
            # undo entry that cannot work.
            self.setObsolete(True)
            self.report(exc)
            return
        self.changed(self.item_id)

    # The history says "undone"/"redone" by code (tracker.labels renders it in the
    # reader's language); the events themselves say what changed.

    def undo(self) -> None:
        self._move(self.after, self.before, "undone", (self.notes[1], self.notes[0]))
        self._applied = False

    def redo(self) -> None:
        if self._applied:
            return
        self._move(self.before, self.after, "redone", self.notes)
        self._applied = True


def save_changes(
    stack: QUndoStack,
    store: Store,
    item: ItemRow,
    changes: dict[str, Any],
    text: str,
    *,
    note: str | None = None,
    code: str | None = None,
    params: dict[str, Any] | None = None,
    meeting_id: int | None = None,
    changed: Changed,
    report: Report,
) -> ItemRow:
    """Save ``changes`` to ``item`` (loaded at its version) and make it undoable.

    Raises TrackerError (StaleEditError included) when the save is refused.
    """
    keys = list(changes)
    if "due" in changes:
        # A new date resets the original phrase and precision ("i april-maj"); undo must
        # bring them back too.
        keys += [k for k in ("due_text", "due_precision") if k not in changes]
    before = {k: getattr(item, k) for k in keys}
    if "status" in changes and changes["status"] in ("done", "struck") and item.status == "open":
        row = balance.close_item(
            store,
            item.id,
            item.version,
            note=note,
            status=changes["status"],
            code=code,
            params=params,
            meeting_id=meeting_id,
        )
        rest = {k: v for k, v in changes.items() if k != "status"}
        if rest:
            row = balance.update_item(store, item.id, row.version, rest, meeting_id=meeting_id)
    else:
        row = balance.update_item(
            store, item.id, item.version, changes,
            note=note, code=code, params=params, meeting_id=meeting_id,
        )  # fmt: skip
    after = {k: getattr(row, k) for k in keys}
    if before != after:
        stack.push(
            ItemChangeCommand(
                store,
                item.id,
                before,
                after,
                text,
                notes=(item.last_note, row.last_note),
                meeting_id=meeting_id,
                changed=changed,
                report=report,
            )
        )
    changed(item.id)
    return row


class AddItemCommand(QUndoCommand):
    """An item that was just added; undo removes it from the list, redo brings it back."""

    def __init__(
        self,
        store: Store,
        item_id: int,
        text: str,
        *,
        meeting_id: int | None,
        changed: Changed,
        report: Report,
    ) -> None:
        super().__init__(text)
        self.store = store
        self.item_id = item_id
        self.meeting_id = meeting_id
        self.changed = changed
        self.report = report
        self._applied = True

    def _move(self, expected: str, action: Callable[..., ItemRow]) -> None:
        try:
            item = self.store.get_item(self.item_id)
            if item.status != expected:
                # Closed or struck since it was added: that was a decision, not a
                # slip to take back.
                raise _conflict(self.item_id)
            action(self.store, self.item_id, item.version, meeting_id=self.meeting_id)
        except TrackerError as exc:
            self.setObsolete(True)
            self.report(exc)
            return
        self.changed(self.item_id)

    def undo(self) -> None:
        self._move("open", balance.remove_item)
        self._applied = False

    def redo(self) -> None:
        if self._applied:
            return
        self._move(REMOVED, balance.restore_item)
        self._applied = True


def add_item(
    stack: QUndoStack,
    store: Store,
    *,
    title: str,
    body: str | None = None,
    owner: str | None = None,
    due: dt.date | None = None,
    meeting_id: int | None = None,
    note: str | None = None,
    code: str | None = None,
    changed: Changed,
    report: Report,
) -> ItemRow:
    """Add an item (saved at once) and make it undoable; TrackerError when refused.
    ``note``: the person's; ``code``: the program's (``new_in_meeting``)."""
    row = balance.add_item(
        store, title=title, body=body, owner=owner, due=due, meeting_id=meeting_id,
        note=note, code=code,
    )  # fmt: skip
    stack.push(
        AddItemCommand(
            store,
            row.id,
            QCoreApplication.translate("Commands", "Ny punkt {id}").format(id=row.id),
            meeting_id=meeting_id,
            changed=changed,
            report=report,
        )
    )
    changed(row.id)
    return row


class DeleteItemCommand(QUndoCommand):
    """An item that was just deleted (``removal.delete_item``); undo brings it back with
    its status, redo deletes it again."""

    def __init__(
        self, store: Store, item_id: int, text: str, *, changed: Changed, report: Report
    ) -> None:
        super().__init__(text)
        self.store = store
        self.item_id = item_id
        self.changed = changed
        self.report = report
        self._applied = True

    def _move(self, removed: bool) -> None:
        from tracker.services import removal

        try:
            item = self.store.get_item(self.item_id)
            if (item.status == REMOVED) != removed:
                raise _conflict(self.item_id)
            if removed:
                removal.undelete_item(self.store, self.item_id, item.version)
            else:
                removal.delete_item(self.store, self.item_id, item.version)
        except TrackerError as exc:
            self.setObsolete(True)
            self.report(exc)
            return
        self.changed(self.item_id)

    def undo(self) -> None:
        self._move(True)
        self._applied = False

    def redo(self) -> None:
        if self._applied:
            return
        self._move(False)
        self._applied = True


def delete_item(
    stack: QUndoStack, store: Store, item: ItemRow, *, changed: Changed, report: Report
) -> ItemRow:
    """Delete ``item`` (recoverable) and make it undoable; TrackerError when refused."""
    from tracker.services import removal

    row = removal.delete_item(store, item.id, item.version)
    stack.push(
        DeleteItemCommand(
            store,
            item.id,
            QCoreApplication.translate("Commands", "Ta bort punkt {id}").format(id=item.id),
            changed=changed,
            report=report,
        )
    )
    changed(item.id)
    return row
