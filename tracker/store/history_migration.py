"""Schema step 5: history events as a code and parameters instead of Swedish sentences.

Up to schema 4 the program wrote its own notes into ``item_events.note`` as Swedish
sentences ("Påminnelse skickad till HR", "behandlad 2024-04-09"), and the window parsed
them back with patterns to translate them.  From schema 5 an event has a ``code``
(``reminder``) and ``params`` (JSON: ``{"owner": "HR"}``), ``note`` holds only what a
person wrote (or the sentence of a document), and ``tracker.labels`` renders the line.

This step converts the rows written before: each note is matched against the sentences
earlier versions wrote (frozen here, like every released migration: they are a stored
format, not display text).  A note that matches none is someone's own words and stays
the note; a "behandlad" mark that cannot be read becomes code ``text`` with the sentence
as its parameter, so nothing is lost.  ``items.last_note`` – since schema 5 the latest
note a person wrote – is recomputed where it held one of the program's sentences.
The whole step runs in the caller's transaction (``connection._migrate_step``).
"""

from __future__ import annotations

import json
import re
import sqlite3
from typing import Any

#: The columns the step adds (run before :func:`convert_events`).
ADD_COLUMNS = [
    "ALTER TABLE item_events ADD COLUMN code TEXT NOT NULL DEFAULT 'changed'",
    "ALTER TABLE item_events ADD COLUMN params TEXT NOT NULL DEFAULT '{}'",
]

#: The notes earlier versions wrote, code → sentence; ``{name}`` a part copied as it was.
#: (Equal to ``tracker.labels.NOTE_TEMPLATES`` plus the variants; a test keeps them so.)
OLD_NOTES: dict[str, str] = {
    "added_by_hand": "tillagd för hand vid import",
    "new_in_meeting": "Ny punkt på mötet",
    "done_in_meeting": "Klar enligt mötet {date}",
    "done_in_meeting_undated": "Klar enligt mötet",
    "undone": "Ångrad ändring",
    "redone": "Ändringen gjordes om",
    "removed": "Ångrad: skapad av misstag",
    "restored": "Återställd: tillägget gjordes om",
    "deleted": "Borttagen",
    "deleted_with_note": "Borttagen: {what}",
    "undeleted": "Återställd efter borttagning",
    "import_undone": "Importen av {file} ångrades",
    "reminder": "Påminnelse skickad till {owner}",
    "undone_added": "Ångrat: punkten lades till av misstag",
    "redone_restored": "Gjort om: punkten återställd",
    "undone_command": "Ångrat: {what}",
    "redone_command": "Gjort om: {what}",
    "command_edit": "Ändra punkt {id}",
    "command_done": "Markera punkt {id} klar",
    "command_due": "Nytt datum för punkt {id}",
    "command_owner": "Ny ansvarig för punkt {id}",
}
OLD_DISCUSSED = "behandlad {when}"
OLD_DISCUSSED_BY_HAND = "behandlad {when} (tillagd för hand vid import)"

#: What a "{name}" part may be; strict where it can be, so that a note someone wrote
#: ("Klar enligt mötet med facket") is not taken for the program's.
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
_PATTERNS = [
    (code, _pattern(t))
    for code, t in sorted(OLD_NOTES.items(), key=lambda ct: ("{" in ct[1], -len(ct[1])))
]
_DISCUSSED = _pattern(OLD_DISCUSSED)
_DISCUSSED_BY_HAND = _pattern(OLD_DISCUSSED_BY_HAND)


def parse_note(note: str) -> tuple[str, dict[str, Any], str | None] | None:
    """(code, params, the person's note) of one of the program's old sentences, or
    None when ``note`` is someone's own words."""
    for code, pattern in _PATTERNS:
        match = pattern.match(note)
        if not match:
            continue
        params: dict[str, Any] = {}
        for key, value in match.groupdict().items():
            # "Ångrat: Ändra punkt 12": the undone command's name is a note of its own.
            nested = key == "what" and code in ("undone_command", "redone_command")
            inner = parse_note(value) if nested else None
            params[key] = {"code": inner[0], "params": inner[1]} if inner else value
        if code == "done_in_meeting_undated":
            return "done_in_meeting", {}, None
        if code == "deleted_with_note":
            return "deleted", {}, params["what"]
        return code, params, None
    return None


def parse_discussed(note: str | None) -> tuple[str, dict[str, Any]]:
    """Code and params of an old "discussed" event from its note."""
    if note:
        by_hand = _DISCUSSED_BY_HAND.match(note)
        match = by_hand or _DISCUSSED.match(note)
        if match:
            params: dict[str, Any] = {"when": match["when"]}
            if by_hand:
                params["by_hand"] = True
            return "discussed", params
        return "text", {"text": note}
    return "discussed", {}


def convert_row(field: str, note: str | None) -> tuple[str, dict[str, Any], str | None]:
    """(code, params, note) for one old event."""
    if field == "discussed":
        code, params = parse_discussed(note)
        return code, params, None
    plain = {"created": "created", "note": "note"}.get(field, "changed")
    if not note:
        return plain, {}, None
    parsed = parse_note(note)
    return parsed if parsed else (plain, {}, note)


def convert_events(conn: sqlite3.Connection) -> None:
    """Give every old event its code and params, and keep only people's words in
    ``note``; then ``items.last_note`` where it was one of the program's sentences."""
    rows = conn.execute("SELECT id, field, note FROM item_events").fetchall()
    updates = []
    for event_id, field, note in rows:
        code, params, kept = convert_row(field, note)
        updates.append((code, json.dumps(params, ensure_ascii=False), kept, event_id))
    conn.executemany("UPDATE item_events SET code = ?, params = ?, note = ? WHERE id = ?", updates)
    items = conn.execute("SELECT id, last_note FROM items WHERE last_note IS NOT NULL").fetchall()
    for item_id, last_note in items:
        if parse_note(last_note) is None and not _DISCUSSED.match(last_note):
            continue
        latest = conn.execute(
            "SELECT note FROM item_events WHERE item_id = ? AND note IS NOT NULL "
            "AND field != 'discussed' ORDER BY id DESC LIMIT 1",
            (item_id,),
        ).fetchone()
        conn.execute(
            "UPDATE items SET last_note = ? WHERE id = ?", (latest[0] if latest else None, item_id)
        )
