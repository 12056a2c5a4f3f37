"""The SQLite store: opening and pragmas, migrations with backup, rolling backups, errors
as Swedish StoreErrors, transactions, optimistic locking, queries and search."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from pathlib import Path

import pytest

from tracker.errors import NotFoundError, StaleEditError, StoreError
from tracker.labels import describe_event
from tracker.store import SCHEMA_VERSION, STALE_MESSAGE, ItemFilter, Store
from tracker.store import backups as backups_mod
from tracker.store import connection as conn_mod

D = dt.date


def _add(store: Store, title: str, **fields: object) -> int:
    return store.insert_item({"title": title, **fields})


# --- opening ---------------------------------------------------------------------------


def test_open_creates_folder_schema_and_pragmas(tmp_path: Path) -> None:
    path = tmp_path / "ny mapp" / "lista.db"
    with Store.open(path) as store:
        assert path.exists()
        c = store.conn
        assert c.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert c.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert c.execute("PRAGMA busy_timeout").fetchone()[0] == conn_mod.BUSY_TIMEOUT_MS
        tables = set(store.db.table_names())
        assert {"documents", "meetings", "items", "item_events", "aliases", "items_fts"} <= tables
        assert len(store.database_id) == 32
    # A new, empty database is not worth a backup.
    assert not (tmp_path / "ny mapp" / "backups").exists()


def test_reopen_keeps_data_and_database_id(db_path: Path) -> None:
    with Store.open(db_path) as store:
        item_id = _add(store, "Första punkten")
        dbid = store.database_id
    with Store.open(db_path) as store:
        assert store.get_item(item_id).title == "Första punkten"
        assert store.database_id == dbid


def test_foreign_keys_are_enforced(db_path: Path) -> None:
    with Store.open(db_path) as store, pytest.raises(StoreError):
        store.insert_item({"title": "x", "document_id": 999})
    with Store.open(db_path) as store:
        assert store.count_items(ItemFilter(status=None)) == 0


# --- errors ----------------------------------------------------------------------------


def test_not_a_database(db_path: Path) -> None:
    db_path.write_text("Det här är ett Word-dokument, inte en databas.\n" * 50)
    with pytest.raises(StoreError) as exc:
        Store.open(db_path)
    assert "ingen Balanslistan-databas" in exc.value.message
    assert "säkerhetskopia" in exc.value.message
    # The file is left untouched.
    assert db_path.read_text().startswith("Det här är")


def test_damaged_database(db_path: Path) -> None:
    with Store.open(db_path) as store:
        for i in range(300):
            _add(store, f"Punkt {i} " + "text " * 40)
    raw = bytearray(db_path.read_bytes())
    # Keep the header, overwrite the schema page and what follows with garbage.
    raw[100:9000] = os.urandom(8900)
    db_path.write_bytes(bytes(raw))
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    with pytest.raises(StoreError) as exc, Store.open(db_path, backup=False) as store:
        store.list_items(ItemFilter(status=None))
    assert "skadad" in exc.value.message or "ingen Balanslistan-databas" in exc.value.message


def test_foreign_sqlite_file_is_refused(db_path: Path) -> None:
    c = sqlite3.connect(db_path)
    c.execute("CREATE TABLE kunder (namn TEXT)")
    c.commit()
    c.close()
    with pytest.raises(StoreError, match="inte Balanslistans"):
        Store.open(db_path)


def test_foreign_sqlite_file_keeps_its_journal_mode(db_path: Path) -> None:
    """The message promises "filen har inte ändrats": it used to be switched to WAL."""
    c = sqlite3.connect(db_path)
    c.execute("CREATE TABLE kunder (namn TEXT)")
    c.commit()
    c.close()
    header = db_path.read_bytes()[:100]
    with pytest.raises(StoreError, match="filen har inte ändrats"):
        Store.open(db_path)
    assert db_path.read_bytes()[:100] == header
    c = sqlite3.connect(db_path)
    assert c.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    c.close()
    assert not Path(f"{db_path}-wal").exists()


def test_newer_schema_is_refused(db_path: Path) -> None:
    Store.open(db_path).close()
    c = sqlite3.connect(db_path)
    c.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    c.commit()
    c.close()
    with pytest.raises(StoreError, match="nyare version"):
        Store.open(db_path)


def test_folder_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "inte-en-mapp.txt"
    blocker.write_text("x")
    with pytest.raises(StoreError) as exc:
        Store.open(blocker / "lista.db")
    assert exc.value.message.startswith(f"Mappen {blocker} för databasen kan inte skapas")
    assert "Kontrollera sökvägen" in exc.value.message


def test_directory_as_path(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="är en mapp"):
        Store.open(tmp_path)


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root ignores file permissions"
)
def test_read_only_file(db_path: Path) -> None:
    Store.open(db_path).close()
    db_path.chmod(0o444)
    try:
        with (
            pytest.raises(StoreError, match=r"skrivskyddad|behörighet"),
            Store.open(db_path, backup=False) as store,
        ):
            store.insert_item({"title": "x"})
    finally:
        db_path.chmod(0o644)


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (sqlite3.OperationalError("database is locked"), "används just nu"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "skrivskyddad"),
        (sqlite3.DatabaseError("file is not a database"), "ingen Balanslistan-databas"),
        (sqlite3.DatabaseError("database disk image is malformed"), "skadad"),
        (sqlite3.OperationalError("database or disk is full"), "inte plats på disken"),
        (sqlite3.OperationalError("unable to open database file"), "kan inte öppnas"),
        (PermissionError(13, "Permission denied"), "Behörighet saknas"),
        (sqlite3.OperationalError("something odd"), "Databasfel"),
    ],
)
def test_error_messages_are_swedish(exc: BaseException, expected: str) -> None:
    err = conn_mod.translate_error(exc, "/data/lista.db")
    assert isinstance(err, StoreError)
    assert expected in err.message
    assert "/data/lista.db" in err.message


def test_locked_database_reports_store_error(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(conn_mod, "BUSY_TIMEOUT_MS", 200)
    holder = Store.open(db_path)
    other = Store.open(db_path)
    try:
        with holder.transaction():
            holder.insert_item({"title": "håller låset"})
            with pytest.raises(StoreError, match="används just nu"):
                other.insert_item({"title": "vill skriva"})
        # Once the lock is released the other program can write.
        other.insert_item({"title": "nu går det"})
        assert other.count_items() == 2
    finally:
        holder.close()
        other.close()


# --- migrations and backups -------------------------------------------------------------


def test_migration_backs_up_first_and_runs_in_one_transaction(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(db_path) as store:
        _add(store, "Befintlig punkt")
    steps = [*conn_mod.MIGRATIONS, ["ALTER TABLE items ADD COLUMN priority INTEGER"]]
    monkeypatch.setattr(conn_mod, "MIGRATIONS", steps)
    monkeypatch.setattr(conn_mod, "SCHEMA_VERSION", len(steps))
    with Store.open(db_path, backup=False) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(steps)
        assert "priority" in store.db["items"].columns_dict
    backups = list((db_path.parent / "backups").glob(f"*-fore-v{len(steps)}.db"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert old.execute("SELECT title FROM items").fetchall() == [("Befintlig punkt",)]
    old.close()


def test_failed_migration_step_leaves_old_version(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(db_path) as store:
        _add(store, "Befintlig punkt")
    bad = [
        "ALTER TABLE items ADD COLUMN priority INTEGER",
        "CREATE TABLE items (x)",  # fails: the table exists
    ]
    steps = [*conn_mod.MIGRATIONS, bad]
    monkeypatch.setattr(conn_mod, "MIGRATIONS", steps)
    monkeypatch.setattr(conn_mod, "SCHEMA_VERSION", len(steps))
    with pytest.raises(StoreError):
        Store.open(db_path, backup=False)
    c = sqlite3.connect(db_path)
    assert c.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    cols = [r[1] for r in c.execute("PRAGMA table_info(items)")]
    assert "priority" not in cols
    c.close()


def test_rolling_backup_only_when_changed_and_keeps_ten(db_path: Path) -> None:
    with Store.open(db_path) as store:
        _add(store, "Punkt")
    with Store.open(db_path):
        pass
    first = backups_mod.rolling_backups(db_path)
    assert len(first) == 1
    # Opened again (and read) without changes: no new copy.
    for _ in range(3):
        with Store.open(db_path) as store:
            store.list_items()
    assert backups_mod.rolling_backups(db_path) == first
    for n in range(12):
        with Store.open(db_path) as store:
            _add(store, f"Ändring {n}")
    with Store.open(db_path):
        pass
    backups = backups_mod.rolling_backups(db_path)
    assert len(backups) == backups_mod.KEEP_BACKUPS
    assert first[0] not in backups
    newest = sqlite3.connect(backups[-1])
    assert newest.execute("SELECT count(*) FROM items").fetchone()[0] == 13
    newest.close()
    # The backup before the last change holds the state before it.
    previous = sqlite3.connect(backups[-2])
    assert previous.execute("SELECT count(*) FROM items").fetchone()[0] == 12
    previous.close()


def test_backup_is_skipped_for_a_failed_transaction(db_path: Path) -> None:
    with Store.open(db_path) as store:
        _add(store, "Punkt")
    Store.open(db_path).close()
    with Store.open(db_path) as store, pytest.raises(RuntimeError), store.transaction():
        _add(store, "Ångras")
        raise RuntimeError
    Store.open(db_path).close()
    assert len(backups_mod.rolling_backups(db_path)) == 1


def test_backup_failure_is_a_warning_not_a_refusal(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(db_path) as store:
        _add(store, "Punkt")

    def fail(*_a: object, **_k: object) -> Path:
        raise StoreError("Säkerhetskopian kunde inte sparas: disken är full")

    monkeypatch.setattr(conn_mod, "backup_copy", fail)
    with Store.open(db_path) as store:
        assert store.warnings == ["Säkerhetskopian kunde inte sparas: disken är full"]
        assert store.count_items() == 1


# --- transactions and optimistic locking -------------------------------------------------


def test_transaction_rolls_back_everything_on_error(db_path: Path) -> None:
    with Store.open(db_path) as store:
        with pytest.raises(RuntimeError), store.transaction():
            item_id = _add(store, "Halv import")
            store.add_event(item_id, "created")
            raise RuntimeError("avbrott")
        assert store.count_items(ItemFilter(status=None)) == 0
        assert store.conn.execute("SELECT count(*) FROM item_events").fetchone()[0] == 0


def test_nested_transaction_is_a_savepoint(db_path: Path) -> None:
    with Store.open(db_path) as store:
        with store.transaction():
            _add(store, "Yttre")
            with pytest.raises(ValueError), store.transaction():
                _add(store, "Inre")
                raise ValueError("inre fel")
        titles = [r.title for r in store.list_items(ItemFilter(status=None))]
        assert titles == ["Yttre"]


def test_stale_edit_is_refused_between_two_stores(db_path: Path) -> None:
    a = Store.open(db_path)
    b = Store.open(db_path)
    try:
        item_id = _add(a, "Gemensam punkt", owner="HR")
        seen_by_a = a.get_item(item_id)
        seen_by_b = b.get_item(item_id)
        assert b.update_item_fields(item_id, seen_by_b.version, {"owner": "Ekonomi"}) == 2
        with pytest.raises(StaleEditError) as exc:
            a.update_item_fields(item_id, seen_by_a.version, {"owner": "Vision"})
        assert exc.value.message == STALE_MESSAGE
        assert a.get_item(item_id).owner == "Ekonomi"
        assert a.get_item(item_id).version == 2
    finally:
        a.close()
        b.close()


def test_update_missing_item(db_path: Path) -> None:
    with Store.open(db_path) as store, pytest.raises(NotFoundError):
        store.update_item_fields(42, 1, {"title": "x"})


def test_get_item_missing_is_not_found(db_path: Path) -> None:
    with Store.open(db_path) as store, pytest.raises(NotFoundError, match="Punkt 7 finns inte"):
        store.get_item(7)


# --- queries ------------------------------------------------------------------------------


@pytest.fixture
def filled(db_path: Path) -> Store:
    store = Store.open(db_path)
    rows = [
        ("Öppet hus på förskolan", "Arbetsgivaren", "Förvaltningsgruppen", D(2024, 3, 1), "open"),
        ("Arbetsmiljöfrågan i hemtjänsten", "HR-avdelningen", "Samverkansgruppen",
         D(2024, 6, 1), "open"),
        ("Ärendet om lokaler", "Ekonomiavdelningen", "Förvaltningsgruppen", None, "open"),
        ("Åtgärdsplan för sjukfrånvaro", "ÄLDREOMSORGEN", "Äldrenämnden", D(2024, 4, 15),
         "open"),
        ("zebra-övergång vid skolan", None, "Förvaltningsgruppen", D(2024, 2, 1), "done"),
        ("Budget 2025", "Ekonomiavdelningen", "Förvaltningsgruppen", D(2024, 5, 1), "struck"),
    ]  # fmt: skip
    for title, owner, body, due, status in rows:
        _add(store, title, owner=owner, body=body, due=due, status=status, text=f"{title}.")
    yield store
    store.close()


def _titles(store: Store, flt: ItemFilter) -> list[str]:
    return [r.title for r in store.list_items(flt)]


TODAY = D(2024, 4, 10)


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (ItemFilter(today=TODAY), ["Öppet hus på förskolan", "Åtgärdsplan för sjukfrånvaro",
                                   "Arbetsmiljöfrågan i hemtjänsten", "Ärendet om lokaler"]),
        (ItemFilter(status="done"), ["zebra-övergång vid skolan"]),
        (ItemFilter(status=("done", "struck")), ["zebra-övergång vid skolan", "Budget 2025"]),
        (ItemFilter(overdue=True, today=TODAY), ["Öppet hus på förskolan"]),
        (ItemFilter(due_within_days=10, today=TODAY),
         ["Öppet hus på förskolan", "Åtgärdsplan för sjukfrånvaro"]),
        (ItemFilter(owner="ekonomi", status=None), ["Budget 2025", "Ärendet om lokaler"]),
        # Unicode case folding: "äldre" finds "ÄLDREOMSORGEN".
        (ItemFilter(owner="äldre"), ["Åtgärdsplan för sjukfrånvaro"]),
        (ItemFilter(body="förvaltningsgrupp"), ["Öppet hus på förskolan", "Ärendet om lokaler"]),
        # Trigram search finds part of a compound word, case ignored.
        (ItemFilter(text="MILJÖ"), ["Arbetsmiljöfrågan i hemtjänsten"]),
        (ItemFilter(text="förskolan hus"), ["Öppet hus på förskolan"]),
        (ItemFilter(text="ekonomiavd", status=None), ["Budget 2025", "Ärendet om lokaler"]),
        # Words shorter than three characters fall back to LIKE.
        (ItemFilter(text="på"), ["Öppet hus på förskolan"]),
        (ItemFilter(text="om lokaler"), ["Ärendet om lokaler"]),
        (ItemFilter(text='"citat'), []),
        (ItemFilter(text="finns inte"), []),
    ],
)  # fmt: skip
def test_filters(filled: Store, flt: ItemFilter, expected: list[str]) -> None:
    assert _titles(filled, flt) == expected
    assert filled.count_items(flt) == len(expected)
    ids = filled.query_item_ids(flt)
    assert [r.title for r in filled.fetch_items(ids)] == expected


@pytest.mark.parametrize(
    ("sort", "descending", "expected"),
    [
        # Swedish order: … z å ä ö, case ignored.
        ("title", False, ["Arbetsmiljöfrågan i hemtjänsten", "Budget 2025",
                          "zebra-övergång vid skolan", "Åtgärdsplan för sjukfrånvaro",
                          "Ärendet om lokaler", "Öppet hus på förskolan"]),
        ("title", True, ["Öppet hus på förskolan", "Ärendet om lokaler",
                         "Åtgärdsplan för sjukfrånvaro", "zebra-övergång vid skolan",
                         "Budget 2025", "Arbetsmiljöfrågan i hemtjänsten"]),
        # Empty due dates last in both directions.
        ("due", False, ["zebra-övergång vid skolan", "Öppet hus på förskolan",
                        "Åtgärdsplan för sjukfrånvaro", "Budget 2025",
                        "Arbetsmiljöfrågan i hemtjänsten", "Ärendet om lokaler"]),
        ("due", True, ["Arbetsmiljöfrågan i hemtjänsten", "Budget 2025",
                       "Åtgärdsplan för sjukfrånvaro", "Öppet hus på förskolan",
                       "zebra-övergång vid skolan", "Ärendet om lokaler"]),
        # Ties (same owner) by item number.
        ("owner", False, ["Öppet hus på förskolan", "Ärendet om lokaler", "Budget 2025",
                          "Arbetsmiljöfrågan i hemtjänsten", "Åtgärdsplan för sjukfrånvaro",
                          "zebra-övergång vid skolan"]),
        ("status", False, ["Öppet hus på förskolan", "Åtgärdsplan för sjukfrånvaro",
                           "Arbetsmiljöfrågan i hemtjänsten", "Ärendet om lokaler",
                           "zebra-övergång vid skolan", "Budget 2025"]),
        ("id", True, ["Budget 2025", "zebra-övergång vid skolan",
                      "Åtgärdsplan för sjukfrånvaro", "Ärendet om lokaler",
                      "Arbetsmiljöfrågan i hemtjänsten", "Öppet hus på förskolan"]),
    ],
)  # fmt: skip
def test_sorting(filled: Store, sort: str, descending: bool, expected: list[str]) -> None:
    flt = ItemFilter(status=None, sort=sort, descending=descending)
    assert _titles(filled, flt) == expected
    assert [r.title for r in filled.fetch_items(filled.query_item_ids(flt))] == expected


@pytest.mark.parametrize("sort", ["raised_by", "body", "source", "updated_at"])
def test_every_sort_key_lists_all(filled: Store, sort: str) -> None:
    flt = ItemFilter(status=None, sort=sort)
    assert sorted(filled.query_item_ids(flt)) == list(range(1, 7))


def test_unknown_status_is_a_clear_error(filled: Store) -> None:
    from tracker.errors import TrackerError

    with pytest.raises(TrackerError, match="Okänd status"):
        filled.list_items(ItemFilter(status="avslutad"))


def test_search_index_follows_updates_and_deletes(filled: Store) -> None:
    item = filled.list_items(ItemFilter(text="lokaler"))[0]
    filled.update_item_fields(item.id, item.version, {"title": "Ärendet om ventilation"})
    assert _titles(filled, ItemFilter(text="lokaler")) == ["Ärendet om ventilation"]  # text
    filled.update_item_fields(item.id, item.version + 1, {"text": "Nytt innehåll"})
    assert _titles(filled, ItemFilter(text="lokaler")) == []
    assert _titles(filled, ItemFilter(text="ventilation")) == ["Ärendet om ventilation"]
    with filled.transaction():
        filled.conn.execute("DELETE FROM items WHERE id = ?", (item.id,))
    assert _titles(filled, ItemFilter(text="ventilation")) == []
    assert filled.integrity_ok()


def test_json_rows_equal_to_dict(filled: Store) -> None:
    flt = ItemFilter(status=None, sort="title")
    from_sql = [json.loads(s) for s in filled.list_items_json(flt)]
    from_rows = [r.to_dict() for r in filled.list_items(flt)]
    assert from_sql == from_rows
    assert len(filled.list_items_json(flt, limit=2)) == 2
    # With history: events oldest first, as ItemEvent.to_dict().
    for n in range(3):
        filled.add_event(2, "note", note=f"Anteckning {n}")
    filled.add_event(5, "created")
    with_history = [json.loads(s) for s in filled.list_items_json(flt, history=True)]
    expected = [r.to_dict(filled.item_history(r.id)) for r in filled.list_items(flt)]
    assert with_history == expected
    assert [h["note"] for h in with_history[0]["history"]] == [
        "Anteckning 0", "Anteckning 1", "Anteckning 2",
    ]  # fmt: skip


def test_fetch_items_keeps_order_and_skips_unknown(filled: Store) -> None:
    assert [r.id for r in filled.fetch_items([5, 1, 99, 3])] == [5, 1, 3]
    assert filled.fetch_items([]) == []


def test_distinct_owners_and_bodies(filled: Store) -> None:
    assert filled.distinct_owners() == [
        "Arbetsgivaren", "Ekonomiavdelningen", "HR-avdelningen", "ÄLDREOMSORGEN",
    ]  # fmt: skip
    filled.insert_meeting(body="Skyddskommittén", date=D(2024, 1, 1))
    assert filled.distinct_bodies() == [
        "Förvaltningsgruppen", "Samverkansgruppen", "Skyddskommittén", "Äldrenämnden",
    ]  # fmt: skip


def test_history_and_last_note(filled: Store) -> None:
    filled.add_event(1, "created", document_id=None)
    filled.add_event(1, "due", D(2024, 3, 1), D(2024, 4, 1), note="Flyttad av ordföranden")
    hist = filled.item_history(1)
    assert [e.field for e in hist] == ["created", "due"]
    assert (hist[1].old, hist[1].new) == ("2024-03-01", "2024-04-01")
    assert hist[1].user == filled.user
    assert "senast: 2024-03-01 → 2024-04-01 – Flyttad av ordföranden" in describe_event(hist[1])
    assert filled.get_item(1).last_note == "Flyttad av ordföranden"
    assert filled.histories([1, 2]) == {1: hist, 2: []}


def test_meetings_and_aliases(db_path: Path) -> None:
    with Store.open(db_path) as store:
        m1 = store.insert_meeting(body="FVG", date=D(2024, 3, 12), present=[{"name": "Lars"}])
        store.insert_meeting(body="FVG", date=D(2024, 4, 9))
        store.insert_meeting(body="SVG", date=D(2024, 5, 1))
        assert [m.date for m in store.list_meetings("fvg")] == [D(2024, 4, 9), D(2024, 3, 12)]
        assert store.latest_meeting("FVG").date == D(2024, 4, 9)  # type: ignore[union-attr]
        assert store.get_meeting(m1).present == [{"name": "Lars"}]
        assert store.find_meeting("fvg", D(2024, 3, 12)).id == m1  # type: ignore[union-attr]
        assert store.latest_meeting("APT") is None
        with pytest.raises(NotFoundError):
            store.get_meeting(99)
        store.set_alias("FVG", "Förvaltningsgruppen", "body")
        assert store.resolve_alias("fvg", "body") == "Förvaltningsgruppen"
        assert store.resolve_alias("SVG", "body") == "SVG"
        assert store.resolve_alias("FVG", "owner") == "FVG"
        store.set_alias("fvg", "Förvaltningsgruppen HÄ", "body")
        assert store.resolve_alias("FVG", "body") == "Förvaltningsgruppen HÄ"
        assert store.list_aliases("body") == [("fvg", "Förvaltningsgruppen HÄ", "body")]
