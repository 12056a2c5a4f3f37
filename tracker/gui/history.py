"""An item's history as the desktop program shows it, in the user interface's language.

The store keeps each event as a code with parameters, the changed field and a person's
note; :mod:`tracker.labels` renders it, in Swedish by default.  Here the same rendering
goes through Qt's translator: every text of ``tracker.labels`` is marked below (context
"History") so that lupdate finds it, and status and kind values take the window's names
(:mod:`tracker.gui.labels`).  Notes people wrote are shown as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tracker import labels
from tracker.gui.labels import kind_label, status_label
from tracker.store import ItemEvent

#: Field names in the history (translatable copies of ``labels.FIELD_LABELS``).
FIELD_TEXT = {
    "title": QT_TRANSLATE_NOOP("History", "rubrik"),
    "text": QT_TRANSLATE_NOOP("History", "text"),
    "kind": QT_TRANSLATE_NOOP("History", "typ"),
    "status": QT_TRANSLATE_NOOP("History", "status"),
    "owner": QT_TRANSLATE_NOOP("History", "ansvarig"),
    "raised_by": QT_TRANSLATE_NOOP("History", "väckt av"),
    "due": QT_TRANSLATE_NOOP("History", "senast"),
    "due_text": QT_TRANSLATE_NOOP("History", "tidsangivelse"),
    "due_precision": QT_TRANSLATE_NOOP("History", "datumprecision"),
    "start": QT_TRANSLATE_NOOP("History", "start"),
    "deviation": QT_TRANSLATE_NOOP("History", "avvikelse"),
    "body": QT_TRANSLATE_NOOP("History", "forum"),
    "section": QT_TRANSLATE_NOOP("History", "avsnitt"),
    "created": QT_TRANSLATE_NOOP("History", "skapad"),
    "discussed": QT_TRANSLATE_NOOP("History", "behandlad"),
    "note": QT_TRANSLATE_NOOP("History", "anteckning"),
}

#: The program's notes (translatable copies of ``labels.NOTE_TEMPLATES``, same keys).
NOTE_TEXT = {
    "added_by_hand": QT_TRANSLATE_NOOP("History", "tillagd för hand vid import"),
    "new_in_meeting": QT_TRANSLATE_NOOP("History", "Ny punkt på mötet"),
    "done_in_meeting": QT_TRANSLATE_NOOP("History", "Klar enligt mötet {date}"),
    "undone": QT_TRANSLATE_NOOP("History", "Ångrad ändring"),
    "redone": QT_TRANSLATE_NOOP("History", "Ändringen gjordes om"),
    "removed": QT_TRANSLATE_NOOP("History", "Ångrad: skapad av misstag"),
    "restored": QT_TRANSLATE_NOOP("History", "Återställd: tillägget gjordes om"),
    "deleted": QT_TRANSLATE_NOOP("History", "Borttagen"),
    "undeleted": QT_TRANSLATE_NOOP("History", "Återställd efter borttagning"),
    "import_undone": QT_TRANSLATE_NOOP("History", "Importen av {file} ångrades"),
    "reminder": QT_TRANSLATE_NOOP("History", "Påminnelse skickad till {owner}"),
    "taken_up": QT_TRANSLATE_NOOP("History", "erbjöds {offered} men togs inte med; togs upp nu"),
    "undone_added": QT_TRANSLATE_NOOP("History", "Ångrat: punkten lades till av misstag"),
    "redone_restored": QT_TRANSLATE_NOOP("History", "Gjort om: punkten återställd"),
    "undone_command": QT_TRANSLATE_NOOP("History", "Ångrat: {what}"),
    "redone_command": QT_TRANSLATE_NOOP("History", "Gjort om: {what}"),
    "command_edit": QT_TRANSLATE_NOOP("History", "Ändra punkt {id}"),
    "command_done": QT_TRANSLATE_NOOP("History", "Markera punkt {id} klar"),
    "command_due": QT_TRANSLATE_NOOP("History", "Nytt datum för punkt {id}"),
    "command_owner": QT_TRANSLATE_NOOP("History", "Ny ansvarig för punkt {id}"),
}

#: The other texts of ``tracker.labels`` a history line may hold.
OTHER_TEXT = (
    QT_TRANSLATE_NOOP("History", "Klar enligt mötet"),  # labels.DONE_IN_MEETING_UNDATED
    QT_TRANSLATE_NOOP("History", "Borttagen: {what}"),  # labels.DELETED_WITH_NOTE
    QT_TRANSLATE_NOOP("History", "behandlad {when}"),  # labels.DISCUSSED
    QT_TRANSLATE_NOOP("History", "behandlad {when} (tillagd för hand vid import)"),
)


def tr(text: str) -> str:
    """One of the texts of ``tracker.labels`` in the window's language."""
    return QCoreApplication.translate("History", text)


def value_name(field: str, value: str) -> str:
    """A status or kind value as the window names it; other values as they are."""
    if field == "status":
        return status_label(value)
    if field == "kind":
        return kind_label(value)
    return value


def describe_event(event: ItemEvent) -> str:
    """One line, like ``labels.describe_event`` but translated:
    "2024-04-09 13:02 anna: senast 2024-03-26 → 2024-05-14 – Tas upp i maj"."""
    return labels.describe_event(event, tr, value_name)
