"""Backups and restore (issue 17, failures 2–5): backups tied to their database by its
id, only sound files backed up, rotation by time, restore through SQLite's backup API,
and a failed backup said on stderr."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tracker.errors import StoreError
from tracker.store import ItemFilter, Store
from tracker.store import backups as backups_mod
from tracker.store import connection as conn_mod


def _add(path: Path, *titles: str) -> None:
    with Store.open(path, backup=False) as store:
        for title in titles:
            store.insert_item({"title": title})


def _titles(path: Path) -> list[str]:
    with Store.open(path, backup=False) as store:
        return sorted(i.title for i in store.list_items(ItemFilter(status=None)))


def _items_in(path: Path) -> list[str]:
    c = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in c.execute("SELECT title FROM items"))
    finally:
        c.close()


def _backup(path: Path) -> None:
    """Open as a writing command does: a rolling backup when anything changed."""
    Store.open(path).close()


def _restamp(p: Path, when: dt.datetime) -> Path:
    """Rename a backup as if it had been taken at ``when``."""
    stem = p.name[: p.name.index("-20")]
    target = p.with_name(f"{stem}-{when:%Y%m%d-%H%M%S-%f}.db")
    p.rename(target)
    return target


def _damage_an_index(path: Path) -> None:
    """Garble the root page of an index the opening queries never read: the file opens
    and the list reads, but ``PRAGMA quick_check`` finds the damage."""
    c = sqlite3.connect(path)
    root = c.execute("SELECT rootpage FROM sqlite_master WHERE name = 'items_owner'").fetchone()[0]
    page_size = c.execute("PRAGMA page_size").fetchone()[0]
    c.close()
    for side in ("-wal", "-shm"):
        assert not Path(f"{path}{side}").exists()
    with path.open("r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\x0d" + os.urandom(page_size - 1))


# --- failure 2: two databases in one folder ---------------------------------------


def test_two_databases_in_one_folder_keep_their_own_backups(tmp_path: Path) -> None:
    main_db = tmp_path / "balanslista.db"
    archive = tmp_path / "balanslista-arkiv.db"
    _add(archive, "Arkiverad punkt")
    _backup(archive)
    [archive_backup] = backups_mod.rolling_backups(archive)
    for n in range(backups_mod.KEEP_BACKUPS + 3):
        _add(main_db, f"Punkt {n}")
        _backup(main_db)
    # The main list's rotation never counted the archive's backup as one of its own.
    assert archive_backup.exists()
    assert backups_mod.rolling_backups(archive) == [archive_backup]
    assert archive_backup not in backups_mod.rolling_backups(main_db)
    assert len(backups_mod.rolling_backups(main_db)) == backups_mod.KEEP_BACKUPS
    # Restore offers each list only its own backups.
    assert [i.path for i in backups_mod.list_backups(archive)] == [archive_backup]
    assert archive_backup not in [i.path for i in backups_mod.list_backups(main_db)]


def test_backup_is_tied_by_the_id_inside_it(tmp_path: Path) -> None:
    db = tmp_path / "balanslista.db"
    _add(db, "Punkt")
    _backup(db)
    [backup] = backups_mod.rolling_backups(db)
    # A file with a backup's name but another database inside is not this list's.
    stranger = tmp_path / "annan.db"
    _add(stranger, "Främmande")
    _backup(stranger)
    [foreign] = backups_mod.rolling_backups(stranger)
    disguised = foreign.with_name(foreign.name.replace("annan-", "balanslista-"))
    foreign.rename(disguised)
    assert backups_mod.rolling_backups(db) == [backup]
    assert disguised not in [i.path for i in backups_mod.list_backups(db)]


# --- failure 3: a damaged database is never the newest backup ---------------------


def test_damaged_database_is_kept_apart_not_as_newest_backup(db_path: Path) -> None:
    with Store.open(db_path, backup=False) as store, store.transaction():
        for n in range(200):
            store.insert_item({"title": f"Punkt {n}", "owner": f"Ansvarig {n}"})
    _backup(db_path)
    [good] = backups_mod.rolling_backups(db_path)
    _add(db_path, "Sista punkten före skadan")
    _damage_an_index(db_path)
    with Store.open(db_path) as store:
        assert any("skadad" in w for w in store.warnings), store.warnings
        assert any("tracker restore" in w for w in store.warnings)
    # The newest backup is still the sound one …
    assert backups_mod.rolling_backups(db_path) == [good]
    assert backups_mod.inspect_backup(good).ok
    # … and the damaged file is kept apart, labelled.
    damaged = list((db_path.parent / "backups").glob(f"skadad-{db_path.stem}-*.db"))
    assert len(damaged) == 1
    # Opened again, unchanged: no second copy of the same damaged state.
    with Store.open(db_path) as store:
        assert any(damaged[0].name in w for w in store.warnings), store.warnings
    assert list((db_path.parent / "backups").glob(f"skadad-{db_path.stem}-*.db")) == damaged
    assert not backups_mod.inspect_backup(damaged[0]).ok
    assert damaged[0] not in [i.path for i in backups_mod.list_backups(db_path)]
    # Restoring the newest backup gives a sound list.
    result = backups_mod.restore(db_path, backups_mod.list_backups(db_path)[0].path)
    assert result.backup == good
    c = sqlite3.connect(db_path)
    assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    c.close()
    assert len(_titles(db_path)) == 200


# --- failure 4: restore does not replay a stale -wal --------------------------------


_KILLED_WRITER = """
import os, sqlite3, sys
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("PRAGMA journal_mode = WAL")
c.execute("PRAGMA wal_autocheckpoint = 0")
for n in range(50):
    c.execute(
        "INSERT INTO items (title, created_at, updated_at) VALUES (?, 'x', 'x')",
        (f"Efter kopian {n}",),
    )
c.execute("DELETE FROM items WHERE title = 'Före kopian'")
os._exit(0)  # killed: the -wal stays, not folded into the file
"""


def test_restore_does_not_replay_a_stale_wal(db_path: Path) -> None:
    _add(db_path, "Före kopian")
    _backup(db_path)
    [backup] = backups_mod.rolling_backups(db_path)
    done = subprocess.run(
        [sys.executable, "-c", _KILLED_WRITER, str(db_path)], check=False, timeout=60
    )
    assert done.returncode == 0
    assert Path(f"{db_path}-wal").stat().st_size > 0
    result = backups_mod.restore(db_path, backup)
    assert result.items == 1
    # SQLite folded the -wal into the old file and removed it; nothing stale is left.
    assert not Path(f"{db_path}-wal").exists()
    c = sqlite3.connect(db_path)
    assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    c.close()
    assert _titles(db_path) == ["Före kopian"]
    # The state before the restore (with the -wal's writes) is kept, never lost.
    assert result.previous is not None
    assert len(_items_in(result.previous)) == 50
    assert backups_mod.inspect_backup(result.previous).ok
    # The message for a damaged file no longer says to copy a backup over it.
    malformed = sqlite3.DatabaseError("database disk image is malformed")
    msg = conn_mod.translate_error(malformed, db_path)
    assert "tracker restore" in msg.message
    assert "kopiera den över" not in msg.message


def test_restore_refuses_while_another_program_has_the_list_open(db_path: Path) -> None:
    _add(db_path, "Punkt")
    _backup(db_path)
    [backup] = backups_mod.rolling_backups(db_path)
    _add(db_path, "Efter kopian")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
            "c.execute('SELECT count(*) FROM items').fetchone(); "
            "print('open', flush=True); sys.stdin.readline()",
            str(db_path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreError, match="öppen i ett annat program"):
            backups_mod.restore(db_path, backup)
    finally:
        holder.communicate("\n", timeout=30)
    assert _titles(db_path) == ["Efter kopian", "Punkt"]


def test_restore_of_a_file_that_is_no_database_moves_it_apart(db_path: Path) -> None:
    _add(db_path, "Punkt")
    _backup(db_path)
    [backup] = backups_mod.rolling_backups(db_path)
    db_path.write_bytes(b"skrap " * 2000)
    result = backups_mod.restore(db_path, backup)
    assert result.previous is not None and result.previous.name.startswith("skadad-")
    assert result.previous.read_bytes() == b"skrap " * 2000
    assert _titles(db_path) == ["Punkt"]


def test_a_damaged_backup_is_not_restored(db_path: Path) -> None:
    _add(db_path, "Punkt")
    _backup(db_path)
    [backup] = backups_mod.rolling_backups(db_path)
    _add(db_path, "Efter kopian")
    raw = bytearray(backup.read_bytes())
    raw[100:4096] = os.urandom(3996)
    backup.write_bytes(bytes(raw))
    with pytest.raises(StoreError, match="kan inte användas"):
        backups_mod.restore(db_path, backup)
    assert _titles(db_path) == ["Efter kopian", "Punkt"]


def test_store_restores_through_its_own_connection(db_path: Path) -> None:
    _add(db_path, "Punkt")
    _backup(db_path)
    [backup] = backups_mod.rolling_backups(db_path)
    with Store.open(db_path) as store:
        store.insert_item({"title": "Ångras"})
        assert store.count_items() == 2
        result = store.restore_backup(backup)
        assert store.count_items() == 1
        store.insert_item({"title": "Efter återställningen"})
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert result.previous is not None and len(_items_in(result.previous)) == 2
    assert _titles(db_path) == ["Efter återställningen", "Punkt"]


# --- failure 5: rotation by time (stderr: tests/cli/test_restore_cmd.py) -------------


def test_rotation_by_time_keeps_one_a_day(db_path: Path) -> None:
    _add(db_path, "Punkt")
    _backup(db_path)
    [first] = backups_mod.rolling_backups(db_path)
    yesterday = _restamp(first, dt.datetime.now() - dt.timedelta(days=1))
    for n in range(backups_mod.KEEP_BACKUPS + 2):
        _add(db_path, f"Ändring {n}")
        _backup(db_path)
    kept = backups_mod.rolling_backups(db_path)
    # Twelve edits today did not push out yesterday's copy.
    assert yesterday in kept
    assert len(kept) == backups_mod.KEEP_BACKUPS + 1


def test_to_prune_keeps_last_ten_and_one_a_day_for_fourteen_days(tmp_path: Path) -> None:
    now = dt.datetime(2026, 12, 6, 12, 0)
    names = []
    for day in range(20):  # three backups a day for twenty days
        for hour in (9, 10, 11):
            when = now - dt.timedelta(days=day, hours=12 - hour)
            names.append(tmp_path / f"lista-{when:%Y%m%d-%H%M%S-%f}.db")
    gone = set(backups_mod.to_prune(names, now=now))
    kept = [p for p in names if p not in gone]
    newest_ten = sorted(names, key=lambda p: p.name)[-10:]
    assert set(newest_ten) <= set(kept)
    days_kept = {p.name[6:14] for p in kept}
    assert len(days_kept) == 14
    # Older than fourteen days: gone, whatever the count.
    assert all(p.name[6:14] >= "20261123" for p in kept)
    assert len(kept) == 10 + (14 - 4)  # ten newest span four days


def test_backups_are_private_and_complete(db_path: Path) -> None:
    _add(db_path, "Punkt")
    _backup(db_path)
    [backup] = backups_mod.rolling_backups(db_path)
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert not list(backup.parent.glob(".*.tmp"))
    c = sqlite3.connect(backup)
    assert c.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    c.close()


def test_backup_in_wal_format_is_read_without_leaving_files(db_path: Path) -> None:
    """Backups made before this version are in WAL format; listing them must not leave
    -shm/-wal files in the folder."""
    _add(db_path, "Punkt")
    folder = db_path.parent / "backups"
    folder.mkdir()
    old = folder / f"{db_path.stem}-20261201-101010-000000.db"
    src = sqlite3.connect(db_path)
    dest = sqlite3.connect(old)
    src.backup(dest)
    assert dest.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    dest.close()
    src.close()
    [info] = backups_mod.list_backups(db_path)
    assert info.ok and info.items == 1
    assert sorted(p.name for p in folder.iterdir()) == [old.name]
    assert backups_mod.restore(db_path, old).items == 1


def test_refused_restore_leaves_the_window_store_usable(db_path: Path) -> None:
    _add(db_path, "Punkt")
    _backup(db_path)
    [backup] = backups_mod.rolling_backups(db_path)
    with Store.open(db_path, backup=False) as window:
        holder = sqlite3.connect(db_path)
        holder.execute("SELECT count(*) FROM items").fetchone()
        try:
            # Another connection (here in this process) has the file open: refused.
            with pytest.raises(StoreError, match="öppen i ett annat program"):
                window.restore_backup(backup)
        finally:
            holder.close()
        assert window.conn.execute("PRAGMA locking_mode").fetchone()[0] == "normal"
        assert window.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        window.insert_item({"title": "Efter försöket"})
    # Another program can still write: the window did not keep the file locked.
    done = subprocess.run(
        [sys.executable, "-m", "tracker", "--db", str(db_path), "edit", "1", "--title", "Ny"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert _titles(db_path) == ["Efter försöket", "Ny"]
