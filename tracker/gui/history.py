"""An item's history as the desktop program shows it, in the user interface's language.

The store keeps each event as structured fields (field, old, new, note) and
``ItemEvent.describe()`` turns them into the Swedish line the CLI prints.  The GUI
formats the same fields here through ``translate``: field names, status and kind
values, "skapad", "behandlad …".  Notes are what someone wrote (or the sentence of a
document) and are shown as they are, except the notes the program writes itself
(:data:`SYSTEM_NOTES`): those are stored in Swedish whatever the language of the
program that wrote them (the database is shared and the CLI reads it in Swedish), and
are translated when shown.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tracker.gui.labels import kind_label, status_label
from tracker.store import ItemEvent

#: Field names in the history (translatable copies of the store's FIELD_LABELS).
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
    "note": QT_TRANSLATE_NOOP("History", "anteckning"),
}

#: Notes this program writes into the history (stored exactly so, in Swedish).
UNDONE_NOTE = QT_TRANSLATE_NOOP("History", "Ångrad ändring")
REDONE_NOTE = QT_TRANSLATE_NOOP("History", "Ändringen gjordes om")
NEW_IN_MEETING_NOTE = QT_TRANSLATE_NOOP("History", "Ny punkt på mötet")
DONE_IN_MEETING_NOTE = QT_TRANSLATE_NOOP("History", "Klar enligt mötet {date}")

#: Every note template the program writes, "{name}" standing for a part copied as it
#: is (a date, a file name).  Besides the ones above: the services' notes (kept equal to
#: ``balance.REMOVED_NOTE`` etc. by a test), and those that earlier versions stored.
SYSTEM_NOTES: tuple[str, ...] = (
    UNDONE_NOTE,
    REDONE_NOTE,
    NEW_IN_MEETING_NOTE,
    DONE_IN_MEETING_NOTE,
    QT_TRANSLATE_NOOP("History", "Klar enligt mötet"),  # a meeting without a date
    QT_TRANSLATE_NOOP("History", "Ångrad: skapad av misstag"),  # balance.REMOVED_NOTE
    QT_TRANSLATE_NOOP("History", "Återställd: tillägget gjordes om"),  # RESTORED_NOTE
    QT_TRANSLATE_NOOP("History", "tillagd för hand vid import"),  # balance.MANUAL_NOTE
    QT_TRANSLATE_NOOP("History", "Borttagen"),  # removal.DELETED_NOTE
    QT_TRANSLATE_NOOP("History", "Borttagen: {what}"),  # … with the secretary's note
    QT_TRANSLATE_NOOP("History", "Återställd efter borttagning"),  # removal.UNDELETED_NOTE
    QT_TRANSLATE_NOOP("History", "Importen av {file} ångrades"),  # IMPORT_UNDONE_NOTE
    QT_TRANSLATE_NOOP("History", "Påminnelse skickad till {owner}"),  # REMINDED_NOTE
    # Earlier versions: undo/redo notes with the command's name in them.
    QT_TRANSLATE_NOOP("History", "Ångrat: punkten lades till av misstag"),
    QT_TRANSLATE_NOOP("History", "Gjort om: punkten återställd"),
    QT_TRANSLATE_NOOP("History", "Ångrat: {what}"),
    QT_TRANSLATE_NOOP("History", "Gjort om: {what}"),
    QT_TRANSLATE_NOOP("History", "Ändra punkt {id}"),
    QT_TRANSLATE_NOOP("History", "Markera punkt {id} klar"),
    QT_TRANSLATE_NOOP("History", "Nytt datum för punkt {id}"),
    QT_TRANSLATE_NOOP("History", "Ny ansvarig för punkt {id}"),
)

#: "behandlad 2024-04-09" (or the file name when the minutes had no date), written by
#: ``balance`` for a "discussed" event.
DISCUSSED = QT_TRANSLATE_NOOP("History", "behandlad {when}")
#: The same for an item the secretary added by hand in the import review.
DISCUSSED_BY_HAND = QT_TRANSLATE_NOOP("History", "behandlad {when} (tillagd för hand vid import)")


#: What a "{name}" part of a template may be; strict where it can be, so that a note
#: someone wrote ("Klar enligt mötet med facket") is not taken for the program's.
_PART = {"date": r"\d{4}-\d{2}-\d{2}", "id": r"\d+"}


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    regex = "".join(
        f"(?P<{part}>{_PART.get(part, '.+?')})" if i % 2 else re.escape(part)
        for i, part in enumerate(parts)
    )
    return re.compile(regex + r"\Z")


# Templates with fixed text first, so "Ångrat: punkten lades till av misstag" wins over
# "Ångrat: {what}".
_PATTERNS = [(t, _pattern(t)) for t in sorted(SYSTEM_NOTES, key=lambda t: ("{" in t, -len(t)))]
_DISCUSSED = _pattern(DISCUSSED)
_DISCUSSED_BY_HAND = _pattern(DISCUSSED_BY_HAND)


def _tr(text: str) -> str:
    # Only for texts marked with QT_TRANSLATE_NOOP above (lupdate finds those).
    return QCoreApplication.translate("History", text)


def note_text(note: str) -> str:
    """A note as shown: a program's own note translated, anything else unchanged."""
    for template, pattern in _PATTERNS:
        match = pattern.match(note)
        if match:
            # A part may itself be a program text ("Ångrat: Ändra punkt 12").
            parts = {k: note_text(v) for k, v in match.groupdict().items()}
            return _tr(template).format(**parts)
    return note


def _value(field: str, value: str | None) -> str:
    if value is None or value == "":
        return "–"
    if field == "status":
        return status_label(value)
    if field == "kind":
        return kind_label(value)
    return value


def describe_event(event: ItemEvent) -> str:
    """One line, like ``ItemEvent.describe()`` but translated:
    "2024-04-09 13:02 anna: senast 2024-03-26 → 2024-05-14 – Tas upp i maj"."""
    when = event.at[:16].replace("T", " ")
    who = f" {event.user}" if event.user else ""
    note = f" – {note_text(event.note)}" if event.note else ""
    if event.field == "created":
        what = QCoreApplication.translate("History", "skapad")
    elif event.field == "discussed":
        by_hand = _DISCUSSED_BY_HAND.match(event.note or "")
        match = by_hand or _DISCUSSED.match(event.note or "")
        if match:
            what = _tr(DISCUSSED_BY_HAND if by_hand else DISCUSSED).format(when=match["when"])
        else:
            what = (
                note_text(event.note)
                if event.note
                else QCoreApplication.translate("History", "behandlad")
            )
        note = ""
    elif event.field == "note":
        what = _tr(FIELD_TEXT["note"])
    else:
        label = FIELD_TEXT.get(event.field)
        name = _tr(label) if label else event.field
        old, new = _value(event.field, event.old), _value(event.field, event.new)
        what = f"{name}: {old} → {new}"
    return f"{when}{who}: {what}{note}"
