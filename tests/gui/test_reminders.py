"""Reminders by e-mail: per owner, the overdue and soon-due items as a message that
opens in the user's e-mail program."""

from __future__ import annotations

from urllib.parse import unquote

from PySide6.QtGui import QDesktopServices

from tests.gui.conftest import TODAY
from tracker.labels import event_text
from tracker.services import reminders
from tracker.store import Store


def test_groups_per_owner(filled: Store) -> None:
    groups = reminders.reminder_groups(filled, today=TODAY)
    by_owner = {g.owner: g for g in groups}
    # Arbetsgivaren: one overdue; Vision: one overdue, one due in 5 days.
    assert [r.title for r in by_owner["Arbetsgivaren"].overdue] == ["Arbetsmiljön på förskolorna"]
    assert [r.title for r in by_owner["Vision"].items] == [
        "Rutin för tillbudsrapportering",
        "Lönekartläggning 2024",
    ]
    assert "Kommunal" not in by_owner  # due in 60 and 90 days
    subject, text = reminders.reminder_message(by_owner["Vision"], today=TODAY)
    assert subject == "Påminnelse: 2 punkter på balanslistan"
    assert "Försenade:" in text and "Lönekartläggning 2024" in text


def test_dialog_opens_the_message_in_the_mail_program(qtbot, filled: Store, monkeypatch) -> None:
    from tracker.gui.reminders_dialog import RemindersDialog

    opened = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toString()) or True)
    )
    dialog = RemindersDialog(filled)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    owner = dialog.groups[0].owner
    assert f"Hej {owner}!" in dialog.message.toPlainText()
    dialog.to.setText("vision@example.se")
    dialog.open_mail()
    [url] = opened
    assert url.startswith("mailto:vision@example.se?subject=")
    assert "Påminnelse" in unquote(url)
    # Each item's history says its owner was reminded.
    for item in dialog.groups[0].items:
        last = filled.item_history(item.id)[-1]
        assert (last.code, last.params) == ("reminder", {"owner": owner})
        assert event_text(last) == f"anteckning – Påminnelse skickad till {owner}"


def test_reminder_note_is_the_programs_own(qapp) -> None:
    from tracker.gui import history

    assert "reminder" in history.NOTE_TEXT
