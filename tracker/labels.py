"""Swedish display texts of what the database stores: status, kind and field names, and
the sentence of each kind of history event.

The database keeps codes, never sentences: an item's status is ``done``, a history event
is a code (``reminder``) with parameters (``{"owner": "HR"}``) and, when a person wrote
one, a note in their own words.  This module turns them into text at display time: in
Swedish for the command line, exports and printouts, and through a translation hook
(``tr``) in the window's language (:mod:`tracker.gui.history` passes Qt's translator
and marks every text below for it).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol

#: Swedish names of the statuses (see ``tracker.store.STATUSES`` and ``REMOVED``).
STATUS_LABELS: dict[str, str] = {
    "open": "öppen",
    "done": "klar",
    "struck": "avförd",
    "removed": "borttagen",
}

#: Swedish names of the item kinds (see ``tracker.domain.ITEM_KINDS``).
KIND_LABELS: dict[str, str] = {
    "carried_over": "kvarstående fråga",
    "referred": "hänskjuten fråga",
    "awaiting_reply": "inväntar svar",
    "tabled": "bordlagt",
    "sent_back": "återremitterat",
    "assignment": "uppdrag",
    "follow_up": "uppföljning",
    "action": "åtgärd",
    "balance_row": "balanslistepunkt",
    "closing": "avslut",
    "activity": "aktivitet",
    "goal_deviation": "målavvikelse",
    "indicator_deviation": "indikatoravvikelse",
}

#: Swedish names of the item fields, for history lines and messages.
FIELD_LABELS: dict[str, str] = {
    "title": "rubrik",
    "text": "text",
    "kind": "typ",
    "status": "status",
    "owner": "ansvarig",
    "raised_by": "väckt av",
    "due": "senast",
    "due_text": "tidsangivelse",
    "due_precision": "datumprecision",
    "start": "start",
    "deviation": "avvikelse",
    "body": "forum",
    "section": "avsnitt",
    "created": "skapad",
    "discussed": "behandlad",
    "note": "anteckning",
}


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status)


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind)


# --- history events -------------------------------------------------------------------
#
# An event's ``field`` says what happened to the item (``created``, ``discussed``,
# ``note``, or the name of a changed field with its old and new value); its ``code``
# says why, when the program did it.  The plain codes are the first four below; every
# other code is a note the program adds to the line, rendered from its template.

#: Codes of events nobody but the person (or the document) explains: the line is the
#: field part and the person's note, if any.
PLAIN_CODES = ("created", "discussed", "changed", "note")

#: The program's own notes: code → Swedish template, ``{name}`` a parameter.  The
#: Swedish is exactly what earlier versions stored as the note (the migration in
#: ``tracker.store.history_migration`` parses those sentences back to these codes).
NOTE_TEMPLATES: dict[str, str] = {
    # Written by this version.
    "added_by_hand": "tillagd för hand vid import",
    "new_in_meeting": "Ny punkt på mötet",
    "done_in_meeting": "Klar enligt mötet {date}",
    "undone": "Ångrad ändring",
    "redone": "Ändringen gjordes om",
    "removed": "Ångrad: skapad av misstag",
    "restored": "Återställd: tillägget gjordes om",
    "deleted": "Borttagen",
    "undeleted": "Återställd efter borttagning",
    "import_undone": "Importen av {file} ångrades",
    "reminder": "Påminnelse skickad till {owner}",
    # A candidate offered at an earlier meeting and not taken, put on the list when
    # later minutes spoke of it (``tracker.services.not_taken``).
    "taken_up": "erbjöds {offered} men togs inte med; togs upp nu",
    # Written by earlier versions only (undo/redo notes naming the command).
    "undone_added": "Ångrat: punkten lades till av misstag",
    "redone_restored": "Gjort om: punkten återställd",
    "undone_command": "Ångrat: {what}",
    "redone_command": "Gjort om: {what}",
    "command_edit": "Ändra punkt {id}",
    "command_done": "Markera punkt {id} klar",
    "command_due": "Nytt datum för punkt {id}",
    "command_owner": "Ny ansvarig för punkt {id}",
}

#: Codes added after schema 5, when events started to be stored as codes: no version
#: ever wrote them as sentences, so the migration of step 5 has none to read back.
CODES_SINCE_V5 = frozenset({"taken_up"})

#: Variants of a template: "Klar enligt mötet" for a meeting without a date, and
#: "Borttagen: {what}" when the secretary said why.
DONE_IN_MEETING_UNDATED = "Klar enligt mötet"
DELETED_WITH_NOTE = "Borttagen: {what}"
#: The field part of a "discussed" event: "behandlad 2024-04-09" (or the file name when
#: the minutes had no date), for an item added by hand in the review with the note.
DISCUSSED = "behandlad {when}"
DISCUSSED_BY_HAND = "behandlad {when} (tillagd för hand vid import)"
#: Field part of a ``created`` event; of a ``discussed`` event without a date.
CREATED = "skapad"
DISCUSSED_BARE = "behandlad"

#: Every code an event may have; ``text`` is a line of an earlier version that the
#: migration could not read (kept as it was, in ``params["text"]``).
CODES: tuple[str, ...] = (*PLAIN_CODES, *NOTE_TEMPLATES, "text")


class EventLike(Protocol):
    """What rendering needs of an event (``tracker.store.ItemEvent`` has it)."""

    at: str
    user: str | None
    field: str
    old: str | None
    new: str | None
    code: str
    params: dict[str, Any]
    note: str | None


Translate = Callable[[str], str]
#: Name of a status or kind value in the display language: (field, value) → text.
ValueName = Callable[[str, str], str]


def _same(text: str) -> str:
    return text


def swedish_value(field: str, value: str) -> str:
    """A status or kind value by its Swedish name; any other value as it is."""
    if field == "status":
        return status_label(value)
    if field == "kind":
        return kind_label(value)
    return value


def _value(field: str, value: str | None, names: ValueName) -> str:
    if value is None or value == "":
        return "–"
    return names(field, value)


def _fill(template: str, params: Mapping[str, Any], tr: Translate) -> str:
    # A parameter may itself be a program note ("Ångrat: Ändra punkt 12"): a mapping
    # with its own code and parameters.
    parts = {
        key: note_text(value.get("code", ""), value.get("params") or {}, None, tr)
        if isinstance(value, Mapping)
        else str(value)
        for key, value in params.items()
    }
    try:
        return tr(template).format(**parts)
    except (KeyError, IndexError, ValueError):
        # A translation that names a parameter the event lacks: the Swedish still works.
        return template.format_map(_Missing(parts))


class _Missing(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


def note_text(code: str, params: Mapping[str, Any], note: str | None, tr: Translate = _same) -> str:
    """The note part of an event: the program's note for its code (with the person's
    words where the template has room for them), else the person's note, else ""."""
    if code == "done_in_meeting" and not params.get("date"):
        return tr(DONE_IN_MEETING_UNDATED)
    if code == "deleted" and note:
        return _fill(DELETED_WITH_NOTE, {"what": note}, tr)
    if code == "text":
        return str(params.get("text") or "")
    template = NOTE_TEMPLATES.get(code)
    if template is None:
        return note or ""
    text = _fill(template, params, tr)
    # The services give an event either the program's note or a person's (deleting
    # has room for both above); should one carry both, neither is hidden.
    return f"{text} – {note}" if note else text


def _head(event: EventLike, tr: Translate, names: ValueName) -> str:
    """The field part of the line: "skapad", "behandlad 2024-04-09", "senast: a → b"."""
    if event.field == "created":
        return tr(CREATED)
    if event.field == "discussed":
        when = event.params.get("when")
        if event.code == "text" or not when:
            return note_text(event.code, event.params, None, tr) or tr(DISCUSSED_BARE)
        template = DISCUSSED_BY_HAND if event.params.get("by_hand") else DISCUSSED
        return tr(template).format(when=when)
    if event.field == "note":
        return tr(FIELD_LABELS["note"])
    label = FIELD_LABELS.get(event.field)
    name = tr(label) if label else event.field
    old, new = _value(event.field, event.old, names), _value(event.field, event.new, names)
    return f"{name}: {old} → {new}"


def event_text(event: EventLike, tr: Translate = _same, names: ValueName = swedish_value) -> str:
    """What happened, without time and person: "senast: 2024-03-26 → 2024-05-14 – Tas
    upp i maj".  ``tr`` translates the texts of this module, ``names`` status and kind
    values."""
    head = _head(event, tr, names)
    if event.field == "discussed":
        # Its note was the "behandlad …" itself; a person's note follows it.
        tail = event.note if event.code != "text" else None
    else:
        tail = note_text(event.code, event.params, event.note, tr)
    return f"{head} – {tail}" if tail else head


def describe_event(
    event: EventLike, tr: Translate = _same, names: ValueName = swedish_value
) -> str:
    """One line of an item's history: "2024-04-09 13:02 anna: senast 2024-03-26 →
    2024-05-14 – Tas upp i maj" (Swedish unless ``tr`` translates)."""
    when = event.at[:16].replace("T", " ")
    who = f" {event.user}" if event.user else ""
    return f"{when}{who}: {event_text(event, tr, names)}"
