"""History events as codes and parameters (schema 5): databases of earlier versions,
whose notes held the program's Swedish sentences, are converted by parsing them, and
every code the services write renders to the very sentence earlier versions stored."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from tests.services.helpers import april_items, extraction, march_items
from tests.store.old_schema import old_event, store_at
from tracker import labels
from tracker.errors import StoreError
from tracker.services import balance, reminders, removal
from tracker.store import SCHEMA_VERSION, ItemEvent, Store, history_migration
from tracker.store import connection as conn_mod

#: (field, old, new, note as schema 4 stored it) → (code, params, note kept), and the
#: line earlier versions' ``ItemEvent.describe()`` printed for it.
OLD_ROWS = [
    (("created", None, None, None), ("created", {}, None), "skapad"),
    (("created", None, None, "tillagd för hand vid import"), ("added_by_hand", {}, None),
     "skapad – tillagd för hand vid import"),
    (("created", None, None, "Ny punkt på mötet"), ("new_in_meeting", {}, None),
     "skapad – Ny punkt på mötet"),
    (("created", None, None, "Från APT"), ("created", {}, "Från APT"), "skapad – Från APT"),
    (("discussed", None, "x", "behandlad 2024-04-09"), ("discussed", {"when": "2024-04-09"}, None),
     "behandlad 2024-04-09"),
    (("discussed", None, "x", "behandlad 2024-02-20 (tillagd för hand vid import)"),
     ("discussed", {"when": "2024-02-20", "by_hand": True}, None),
     "behandlad 2024-02-20 (tillagd för hand vid import)"),
    (("discussed", None, "x", "behandlad mars.txt"), ("discussed", {"when": "mars.txt"}, None),
     "behandlad mars.txt"),
    (("discussed", None, "x", "diskuterades utan beslut"),
     ("text", {"text": "diskuterades utan beslut"}, None), "diskuterades utan beslut"),
    (("discussed", None, "x", None), ("discussed", {}, None), "behandlad"),
    (("due", "2024-03-26", "2024-05-14", "Tas upp i maj"), ("changed", {}, "Tas upp i maj"),
     "senast: 2024-03-26 → 2024-05-14 – Tas upp i maj"),
    (("owner", None, "HR", None), ("changed", {}, None), "ansvarig: – → HR"),
    (("status", "open", "done", "Klar enligt mötet 2024-04-09"),
     ("done_in_meeting", {"date": "2024-04-09"}, None),
     "status: öppen → klar – Klar enligt mötet 2024-04-09"),
    (("status", "open", "done", "Klar enligt mötet"), ("done_in_meeting", {}, None),
     "status: öppen → klar – Klar enligt mötet"),
    (("status", "open", "done", "Klar enligt mötet med facket"),
     ("changed", {}, "Klar enligt mötet med facket"),
     "status: öppen → klar – Klar enligt mötet med facket"),
    (("owner", "HR", "Vision", "Ångrad ändring"), ("undone", {}, None),
     "ansvarig: HR → Vision – Ångrad ändring"),
    (("owner", "Vision", "HR", "Ändringen gjordes om"), ("redone", {}, None),
     "ansvarig: Vision → HR – Ändringen gjordes om"),
    (("status", "open", "removed", "Ångrad: skapad av misstag"), ("removed", {}, None),
     "status: öppen → borttagen – Ångrad: skapad av misstag"),
    (("status", "removed", "open", "Återställd: tillägget gjordes om"), ("restored", {}, None),
     "status: borttagen → öppen – Återställd: tillägget gjordes om"),
    (("status", "done", "removed", "Borttagen"), ("deleted", {}, None),
     "status: klar → borttagen – Borttagen"),
    (("status", "done", "removed", "Borttagen: dubblett"), ("deleted", {}, "dubblett"),
     "status: klar → borttagen – Borttagen: dubblett"),
    (("status", "removed", "done", "Återställd efter borttagning"), ("undeleted", {}, None),
     "status: borttagen → klar – Återställd efter borttagning"),
    (("due", "2024-05-01", "2024-04-01", "Importen av fvg.pdf ångrades"),
     ("import_undone", {"file": "fvg.pdf"}, None),
     "senast: 2024-05-01 → 2024-04-01 – Importen av fvg.pdf ångrades"),
    (("note", None, None, "Påminnelse skickad till HR-chefen"),
     ("reminder", {"owner": "HR-chefen"}, None), "anteckning – Påminnelse skickad till HR-chefen"),
    (("note", None, None, "Fastigheten återkommer"), ("note", {}, "Fastigheten återkommer"),
     "anteckning – Fastigheten återkommer"),
    (("status", "done", "open", "Ångrat: Markera punkt 7 klar"),
     ("undone_command", {"what": {"code": "command_done", "params": {"id": "7"}}}, None),
     "status: klar → öppen – Ångrat: Markera punkt 7 klar"),
    (("owner", "A", "B", "Gjort om: Ny ansvarig för punkt 3"),
     ("redone_command", {"what": {"code": "command_owner", "params": {"id": "3"}}}, None),
     "ansvarig: A → B – Gjort om: Ny ansvarig för punkt 3"),
    (("status", "open", "removed", "Ångrat: punkten lades till av misstag"),
     ("undone_added", {}, None),
     "status: öppen → borttagen – Ångrat: punkten lades till av misstag"),
    (("status", "removed", "open", "Gjort om: punkten återställd"), ("redone_restored", {}, None),
     "status: borttagen → öppen – Gjort om: punkten återställd"),
    (("due", "2024-01-01", "2024-02-01", "Ångrat: något annat"),
     ("undone_command", {"what": "något annat"}, None),
     "senast: 2024-01-01 → 2024-02-01 – Ångrat: något annat"),
]  # fmt: skip


@pytest.fixture
def v4_database(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Schema 4 as the previous version wrote it: one item per old row, the row's note
    (the program's sentence or a person's) in ``note`` and ``last_note``."""
    with store_at(db_path, 4, monkeypatch) as store:
        for (field, old, new, note), _, _ in OLD_ROWS:
            item = store.insert_item({"title": f"Punkt om {field}", "owner": "Vision"})
            old_event(store, item, field, old, new, note=note)
        # An item whose person's note came before the program's: the latest note a
        # person wrote becomes its last_note again.
        item = store.insert_item({"title": "Lokalfrågan"})
        old_event(store, item, "note", note="Fastigheten återkommer i maj")
        old_event(store, item, "note", note="Påminnelse skickad till Vision")
    return db_path


def _events(store: Store) -> list[ItemEvent]:
    return [e for i in range(1, len(OLD_ROWS) + 1) for e in store.item_history(i)]


def test_old_sentences_become_codes(v4_database: Path) -> None:
    with Store.open(v4_database) as store:
        assert conn_mod.user_version(store.conn) == SCHEMA_VERSION >= 5
        events = _events(store)
        assert [(e.code, e.params, e.note) for e in events] == [row[1] for row in OLD_ROWS]
        # Shown exactly as earlier versions showed them.
        lines = [labels.describe_event(e) for e in events]
        assert lines == [f"2024-04-09 13:02 anna: {row[2]}" for row in OLD_ROWS]
        assert {e.code for e in events} <= set(labels.CODES)
        # The latest note: a person's stays; the program's sentence gives way to the
        # person's latest note, or none.
        assert store.get_item(4).last_note == "Från APT"
        assert store.get_item(10).last_note == "Tas upp i maj"
        assert store.get_item(2).last_note is None  # was "tillagd för hand vid import"
        assert store.get_item(5).last_note is None  # was "behandlad 2024-04-09"
        assert store.get_item(20).last_note == "dubblett"
        assert store.get_item(len(OLD_ROWS) + 1).last_note == "Fastigheten återkommer i maj"
    # The file as it was is kept beside it.
    assert list((v4_database.parent / "backups").glob(f"*-fore-v{SCHEMA_VERSION}.db"))


def test_migration_is_one_transaction(
    v4_database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure half-way leaves the file as it was: schema 4, the old sentences."""
    before = sqlite3.connect(v4_database)
    rows = before.execute("SELECT * FROM item_events ORDER BY id").fetchall()
    items = before.execute("SELECT id, last_note FROM items ORDER BY id").fetchall()
    before.close()

    def broken(conn: sqlite3.Connection) -> None:
        history_migration.convert_events(conn)
        raise sqlite3.OperationalError("disk I/O error")

    steps = [*conn_mod.MIGRATIONS[:4], [*history_migration.ADD_COLUMNS, broken]]
    monkeypatch.setattr(conn_mod, "MIGRATIONS", steps)
    with pytest.raises(StoreError):
        Store.open(v4_database)
    after = sqlite3.connect(v4_database)
    assert conn_mod.user_version(after) == 4
    assert after.execute("SELECT * FROM item_events ORDER BY id").fetchall() == rows
    assert after.execute("SELECT id, last_note FROM items ORDER BY id").fetchall() == items
    after.close()
    monkeypatch.undo()
    with Store.open(v4_database) as store:  # and the next start migrates it
        assert [e.code for e in _events(store)] == [row[1][0] for row in OLD_ROWS]


def _old_note(event: ItemEvent) -> str | None:
    """The note schema 4 stored for ``event``: what its line shows after the field part."""
    if event.field == "discussed":
        return labels.event_text(event)
    tail = labels.note_text(event.code, event.params, event.note)
    return tail or None


def _every_kind_of_event(store: Store) -> list[ItemEvent]:
    """Drive every service that writes history; return all events written."""
    march = balance.plan_import(store, extraction("mars.txt", march_items()))
    march.entries[0].manual = True
    balance.apply_import(store, march)
    april = balance.plan_import(
        store, extraction("april.txt", april_items(), date=dt.date(2024, 4, 9))
    )
    for entry in april.entries:
        entry.manual = entry.action == "update"
    done = balance.apply_import(store, april)
    item = balance.add_item(store, title="Ny fråga", code="new_in_meeting", note=None)
    item = balance.update_item(store, item.id, item.version, {"owner": "HR"}, note="HR tar den")
    item = balance.revert_item(store, item.id, item.version, {"owner": None}, code="undone",
                               last_note=None)  # fmt: skip
    item = balance.revert_item(store, item.id, item.version, {"owner": "HR"}, code="redone",
                               last_note="HR tar den")  # fmt: skip
    balance.add_note(store, item.id, "Återkommer i maj")
    item = balance.close_item(store, item.id, item.version, note=None, code="done_in_meeting",
                              params={"date": "2024-04-09"})  # fmt: skip
    item = removal.delete_item(store, item.id, item.version, note="dubblett")
    item = removal.undelete_item(store, item.id, item.version)
    item = removal.delete_item(store, item.id, item.version)
    slip = balance.add_item(store, title="Felskriven", owner="Vison")
    slip = balance.remove_item(store, slip.id, slip.version)
    balance.restore_item(store, slip.id, slip.version)
    for group in reminders.reminder_groups(store, today=dt.date(2030, 1, 1)):
        reminders.record_reminder(store, group)
    removal.undo_import(store, done.document_id)
    ids = [r[0] for r in store.conn.execute("SELECT id FROM items")]
    return [e for events in store.histories(ids).values() for e in events]


def test_every_code_the_services_write_round_trips(db_path: Path) -> None:
    """Rendered in Swedish, each event is the sentence earlier versions stored, and the
    migration reads that sentence back to the same code and parameters."""
    with Store.open(db_path) as store:
        events = _every_kind_of_event(store)
    written = {e.code for e in events}
    assert written == {
        "created", "discussed", "changed", "note", "added_by_hand", "new_in_meeting",
        "done_in_meeting", "undone", "redone", "removed", "restored", "deleted", "undeleted",
        "import_undone", "reminder",
    }  # fmt: skip
    assert any(e.params.get("by_hand") for e in events)
    for event in events:
        converted = history_migration.convert_row(event.field, _old_note(event))
        assert converted == (event.code, event.params, event.note), labels.event_text(event)
        assert json.loads(json.dumps(event.params)) == event.params


@pytest.mark.parametrize("code", sorted(set(labels.NOTE_TEMPLATES) - labels.CODES_SINCE_V5))
def test_every_template_is_the_old_sentence(code: str) -> None:
    params = {"date": "2024-04-09", "file": "fvg.pdf", "owner": "HR", "id": "12",
              "what": {"code": "command_edit", "params": {"id": "12"}}}  # fmt: skip
    wanted = {k: v for k, v in params.items() if "{" + k + "}" in labels.NOTE_TEMPLATES[code]}
    text = labels.note_text(code, wanted, None)
    assert "{" not in text
    assert history_migration.parse_note(text) == (code, wanted, None)
