"""Backups of the database: the rolling backup taken when the list is opened, their
rotation by time, and restoring one (``tracker restore``, *Arkiv → Återställ
säkerhetskopia…*).

A backup belongs to a database by the random id stored in it (``meta.database_id``,
made when the file was created), not by its file name: two lists in one folder
(``balanslista.db`` and ``balanslista-arkiv.db``) never count, rotate or offer each
other's backups.  A backup is taken only after ``PRAGMA quick_check`` passes; a damaged
database is copied apart as ``skadad-…`` and never becomes the newest backup.

Restoring writes the backup into the database with SQLite's backup API through a
connection that holds the file exclusively, after SQLite itself has folded the
``-wal`` into the file and removed ``-wal`` and ``-shm`` (leaving WAL mode needs
exclusive access, so another program with the list open is detected, not overwritten).
Copying a backup over the file by hand would replay a stale ``-wal`` onto it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from tracker.errors import StoreError
from tracker.store import connection as conn_mod
from tracker.store.schema import SCHEMA_VERSION

#: The newest backups kept whatever their age …
KEEP_BACKUPS = 10
#: … plus the newest of each of this many days (today included).
KEEP_DAYS = 14
#: Copies of a damaged database kept apart (``skadad-…``), per database name.
KEEP_DAMAGED = 3
#: File-name prefix of a copy of a damaged database.
DAMAGED_PREFIX = "skadad-"
#: Suffix of the copy of the current file taken before a restore.
BEFORE_RESTORE = "fore-aterstallning"

_STAMP = re.compile(r"-(\d{8}-\d{6}-\d{6})(?:-([a-z0-9-]+))?\.db$")
_KIND_LABELS = {
    "": "automatisk",
    "manuell": "manuell",
    BEFORE_RESTORE: "före återställning",
}
#: How long a restore waits for other programs before saying the list is in use.
_RESTORE_TIMEOUT_S = 2.0


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as the restore list shows it."""

    path: Path
    taken_at: dt.datetime
    #: "" (rolling), "manuell", "fore-vN" (before an upgrade), "fore-aterstallning".
    suffix: str
    database_id: str | None
    items: int | None
    #: "ok", or what ``PRAGMA quick_check``/opening the file reported.
    check: str

    @property
    def ok(self) -> bool:
        return self.check == "ok"

    @property
    def kind_label(self) -> str:
        if self.suffix.startswith("fore-v"):
            return "före uppgradering"
        return _KIND_LABELS.get(self.suffix, self.suffix)


@dataclass(frozen=True)
class RestoreResult:
    backup: Path
    items: int
    #: The copy of the file as it was before the restore (None when there was none).
    previous: Path | None


# --- reading backups ---------------------------------------------------------------


def _stamp_of(p: Path) -> tuple[dt.datetime, str] | None:
    m = _STAMP.search(p.name)
    if m is None:
        return None
    try:
        when = dt.datetime.strptime(m.group(1), "%Y%m%d-%H%M%S-%f")
    except ValueError:
        return None
    return when, m.group(2) or ""


def _open_read_only(p: Path) -> sqlite3.Connection:
    # A backup is a standalone file nobody writes (it is made under a temporary name):
    # read-only and immutable, SQLite neither locks it nor leaves a -shm/-wal beside a
    # backup in WAL format (as older versions wrote them).
    return sqlite3.connect(_ro_uri(p) + "&immutable=1", uri=True, isolation_level=None)


def _ro_uri(p: Path) -> str:
    # as_uri() percent-encodes spaces, "?" and "#" in folder names.
    return p.resolve().as_uri() + "?mode=ro"


def _meta(conn: sqlite3.Connection, key: str) -> str | None:
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    except sqlite3.Error:
        return None
    return None if row is None else str(row[0])


def backup_database_id(p: Path) -> str | None:
    """The database id inside backup ``p`` (None when it cannot be read)."""
    try:
        conn = _open_read_only(p)
    except sqlite3.Error:
        return None
    try:
        return _meta(conn, "database_id")
    finally:
        conn.close()


def _state(conn: sqlite3.Connection) -> tuple[str | None, str | None]:
    return _meta(conn, "database_id"), _meta(conn, "changes")


def inspect_backup(p: Path, *, check: bool = True) -> BackupInfo:
    """Date, item count and check result of one backup file."""
    stamp = _stamp_of(p)
    if stamp is None:
        try:
            when = dt.datetime.fromtimestamp(p.stat().st_mtime)
        except OSError:
            when = dt.datetime.min
        stamp = (when, "")
    dbid: str | None = None
    items: int | None = None
    result = "ok"
    try:
        conn = _open_read_only(p)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            dbid = _meta(conn, "database_id")
            if not version or dbid is None:
                result = "ingen Balanslistan-databas"
            elif version > SCHEMA_VERSION:
                result = "från en nyare programversion"
            else:
                items = int(
                    conn.execute(
                        "SELECT count(*) FROM items WHERE status != 'removed'"
                    ).fetchone()[0]
                )
                if check:
                    rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check")]
                    if rows != ["ok"]:
                        result = "skadad: " + "; ".join(rows[:3])
        finally:
            conn.close()
    except sqlite3.Error as exc:
        result = f"kan inte läsas: {exc}"
    return BackupInfo(p, stamp[0], stamp[1], dbid, items, result)


def _candidates(path: Path) -> list[Path]:
    folder = conn_mod.backup_dir(path)
    try:
        return [
            p
            for p in folder.iterdir()
            if p.suffix == ".db"
            and not p.name.startswith((".", DAMAGED_PREFIX))
            and _stamp_of(p) is not None
        ]
    except OSError:
        return []


def current_database_id(path: Path) -> str | None:
    """The id of the database at ``path``, read through SQLite (None if unreadable)."""
    if not conn_mod.check_file(path):
        return None
    try:
        conn = sqlite3.connect(_ro_uri(path), uri=True, isolation_level=None, timeout=2.0)
    except sqlite3.Error:
        return None
    try:
        return _meta(conn, "database_id")
    finally:
        conn.close()


def rolling_backups(path: Path, database_id: str | None = None) -> list[Path]:
    """The rolling backups of the database at ``path``, oldest first.

    A rolling backup is ``<stem>-<time>.db`` holding the database's own id: a backup
    of ``balanslista-arkiv.db`` is never one of ``balanslista.db``, even though its
    name starts with ``balanslista-``; a copy of the file under another name keeps its
    backups apart by name.
    """
    if database_id is None:
        database_id = current_database_id(path)
        if database_id is None:
            return []
    exact = re.compile(re.escape(path.stem) + r"-\d{8}-\d{6}-\d{6}\.db")
    found = [
        p
        for p in _candidates(path)
        if exact.fullmatch(p.name) and backup_database_id(p) == database_id
    ]
    return sorted(found, key=lambda p: p.name)


def list_backups(path: Path, *, check: bool = True) -> list[BackupInfo]:
    """Every backup of the database at ``path`` that a restore may use, newest first.

    Tied by id; when the database cannot be read (damaged, not a database, deleted),
    or a backup is too damaged to hold an id, by name: ``<stem>-<time>[-suffix].db``.
    """
    dbid = current_database_id(path)
    by_name = re.compile(re.escape(path.stem) + r"-\d{8}-\d{6}-\d{6}(?:-[a-z0-9-]+)?\.db")
    infos = []
    for p in _candidates(path):
        named = by_name.fullmatch(p.name) is not None
        if dbid is None and not named:
            continue
        info = inspect_backup(p, check=check)
        # A backup too damaged to say whose it is is shown (as damaged) under its name.
        mine = info.database_id == dbid or (info.database_id is None and named)
        if dbid is not None and not mine:
            continue
        infos.append(info)
    return sorted(infos, key=lambda i: (i.taken_at, i.path.name), reverse=True)


# --- taking and rotating ---------------------------------------------------------


def quick_check(conn: sqlite3.Connection) -> list[str]:
    """``PRAGMA quick_check`` as lines (["ok"] when the file is sound)."""
    try:
        return [str(r[0]) for r in conn.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]


def damaged_message(path: Path, problems: list[str], copy: Path | None) -> str:
    kept = (
        f" En kopia av den skadade filen sparades som {copy}."
        if copy is not None
        else ""
    )
    return (
        f"Databasen {path} är skadad ({'; '.join(problems[:2])}). Ingen ny "
        f"säkerhetskopia togs, så de tidigare är orörda.{kept} Återställ den senaste "
        "felfria kopian: tracker restore, eller Arkiv → Återställ säkerhetskopia…"
    )


def _keep_damaged_copy(conn: sqlite3.Connection, path: Path) -> Path | None:
    """Copy a damaged database apart (``skadad-…``) for whoever repairs it; the oldest
    such copies beyond :data:`KEEP_DAMAGED` go.  No new copy while the newest one holds
    the same state (every command on a damaged file would copy it again)."""
    folder = conn_mod.backup_dir(path)
    exact = re.compile(
        re.escape(DAMAGED_PREFIX + path.stem) + r"-\d{8}-\d{6}-\d{6}(?:-[a-z0-9-]+)?\.db"
    )

    def existing() -> list[Path]:
        try:
            return sorted(p for p in folder.iterdir() if exact.fullmatch(p.name))
        except OSError:
            return []

    before = existing()
    state = _state(conn)
    if before and state[0] is not None:
        with contextlib.suppress(sqlite3.Error):
            newest = _open_read_only(before[-1])
            try:
                if _state(newest) == state:
                    return before[-1]
            finally:
                newest.close()
    try:
        copy = conn_mod.backup_copy(conn, path, prefix=DAMAGED_PREFIX)
    except StoreError:
        return None
    for p in existing()[:-KEEP_DAMAGED]:
        with contextlib.suppress(OSError):
            p.unlink()
    return copy


def to_prune(
    backups: list[Path], *, now: dt.datetime, keep: int = KEEP_BACKUPS, days: int = KEEP_DAYS
) -> list[Path]:
    """Which rolling backups go: all but the newest ``keep`` and the newest of each of
    the last ``days`` days.  By time, not by count: ten edits in an afternoon do not
    push out yesterday's copy."""
    dated = sorted(
        ((stamp[0], p) for p in backups if (stamp := _stamp_of(p)) is not None),
        key=lambda t: t[0],
    )
    kept = {p for _, p in dated[-keep:]} if keep > 0 else set()
    first_day = now.date() - dt.timedelta(days=days - 1)
    newest_of_day: dict[dt.date, Path] = {}
    for when, p in dated:
        if first_day <= when.date() <= now.date():
            newest_of_day[when.date()] = p
    kept |= set(newest_of_day.values())
    return [p for _, p in dated if p not in kept]


def rolling_backup(
    conn: sqlite3.Connection,
    path: Path,
    *,
    keep: int = KEEP_BACKUPS,
    days: int = KEEP_DAYS,
    now: dt.datetime | None = None,
) -> Path | None:
    """Take a rolling backup unless nothing changed since the newest one; rotate.

    Returns the new backup's path, or None when skipped (empty database, or the newest
    backup holds the same state: opening the list ten times must not push out the
    backup from before yesterday's mistake).  "Same state" is the database id and the
    change counter every write transaction bumps (``meta.changes``), read from the
    newest backup itself.  Raises StoreError when the database is damaged (after
    keeping a ``skadad-…`` copy) or the copy cannot be written.
    """
    try:
        has_data = conn.execute(
            "SELECT EXISTS(SELECT 1 FROM items) OR EXISTS(SELECT 1 FROM documents)"
        ).fetchone()[0]
        dbid, changes = _state(conn)
    except sqlite3.Error as exc:
        problems = quick_check(conn)
        if problems != ["ok"]:
            raise StoreError(
                damaged_message(path, problems, _keep_damaged_copy(conn, path)),
                path=str(path),
            ) from None
        raise conn_mod.translate_error(exc, path) from None
    if not has_data or dbid is None:
        return None
    existing = rolling_backups(path, dbid)
    if existing:
        try:
            newest = _open_read_only(existing[-1])
            try:
                if _state(newest) == (dbid, changes):
                    return None
            finally:
                newest.close()
        except sqlite3.Error:
            pass  # an unreadable newest backup: take a fresh one
    problems = quick_check(conn)
    if problems != ["ok"]:
        raise StoreError(
            damaged_message(path, problems, _keep_damaged_copy(conn, path)), path=str(path)
        )
    target = conn_mod.backup_copy(conn, path)
    for old in to_prune(
        rolling_backups(path, dbid), now=now or dt.datetime.now(), keep=keep, days=days
    ):
        with contextlib.suppress(OSError):
            old.unlink()
    return target


# --- restoring -----------------------------------------------------------------------


def _in_use(path: Path) -> StoreError:
    return StoreError(
        f"Databasen {path} är öppen i ett annat program (ett annat fönster av "
        "Balanslistan eller ett tracker-kommando). Stäng det och försök igen; "
        "databasen har inte ändrats.",
        path=str(path),
    )


def _take_exclusively(conn: sqlite3.Connection, path: Path) -> None:
    """Hold the file alone: leave WAL mode (SQLite folds the ``-wal`` into the file and
    deletes ``-wal`` and ``-shm`` itself, which it refuses while another connection has
    the file open) and keep an exclusive lock until the connection closes or goes back
    to normal locking."""
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        mode = str(conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]).lower()
        if mode != "delete":
            raise _in_use(path)
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
    except BaseException as exc:
        # The window's connection goes on being used: it must not keep the file locked.
        with contextlib.suppress(sqlite3.Error):
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            _release(conn)
        name = getattr(exc, "sqlite_errorname", "") or ""
        if isinstance(exc, sqlite3.OperationalError) and (
            name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in str(exc)
        ):
            raise _in_use(path) from None
        raise


def _release(conn: sqlite3.Connection) -> None:
    """Back to WAL and normal locking (the lock goes at the next access)."""
    conn.execute("PRAGMA locking_mode = NORMAL")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()


def _move_aside(path: Path) -> Path:
    """A file SQLite cannot read at all goes to ``backups/skadad-…`` (with its
    ``-wal``/``-shm``, which belong to it), nothing deleted."""
    folder = conn_mod.backup_dir(path)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = folder / conn_mod.backup_name(path, prefix=DAMAGED_PREFIX)
    for extra in ("-wal", "-shm", "-journal"):
        side = Path(f"{path}{extra}")
        if side.exists():
            os.replace(side, Path(f"{target}{extra}"))
    os.replace(path, target)
    return target


def _verify_backup(backup: Path) -> BackupInfo:
    if not backup.is_file():
        raise StoreError(f"Säkerhetskopian {backup} finns inte.", path=str(backup))
    info = inspect_backup(backup)
    if not info.ok:
        raise StoreError(
            f"Säkerhetskopian {backup} kan inte användas ({info.check}). Välj en annan "
            "kopia; databasen har inte ändrats.",
            path=str(backup),
        )
    return info


def _is_damage(exc: sqlite3.Error) -> bool:
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    return (
        name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))
        or "malformed" in text
        or "not a database" in text
    )


def _restore_raw(
    conn: sqlite3.Connection, path: Path, backup: Path, *, keep_previous: bool
) -> Path | None:
    _take_exclusively(conn, path)
    try:
        previous = (
            conn_mod.backup_copy(conn, path, suffix=BEFORE_RESTORE) if keep_previous else None
        )
        src = _open_read_only(backup)
        try:
            # One step: the whole backup in one write transaction on the file.
            src.backup(conn)
        finally:
            src.close()
        problems = quick_check(conn)
        if problems != ["ok"]:
            raise StoreError(
                f"Återställningen från {backup} gav en skadad databas "
                f"({'; '.join(problems[:2])}). Den tidigare filen finns kvar som "
                f"{previous}.",
                path=str(path),
            )
    finally:
        # A failure to go back to normal locking ends with the connection's close.
        with contextlib.suppress(sqlite3.Error):
            _release(conn)
    return previous


def restore_into(conn: sqlite3.Connection, path: Path, backup: Path) -> RestoreResult:
    """Restore ``backup`` into the database through ``conn`` (an open connection to
    ``path``, e.g. the window's own): the current content is copied to
    ``backups/<stem>-<time>-fore-aterstallning.db`` first.  Nothing is changed when
    the backup is unusable or another program has the file open."""
    info = _verify_backup(backup)
    try:
        previous = _restore_raw(conn, path, backup, keep_previous=True)
    except sqlite3.Error as exc:
        raise conn_mod.translate_error(exc, path) from None
    return RestoreResult(backup, info.items or 0, previous)


def restore(path: Path, backup: Path) -> RestoreResult:
    """Restore ``backup`` into the database file at ``path`` (no Store open on it in
    this process).  A file SQLite cannot read or copy (not a database, or damaged
    beyond that) is moved apart to ``backups/skadad-…`` first, with its ``-wal`` and
    ``-shm``: nothing is deleted."""
    info = _verify_backup(backup)
    previous: Path | None = None
    try:
        if conn_mod.check_file(path):
            conn = sqlite3.connect(str(path), timeout=_RESTORE_TIMEOUT_S, isolation_level=None)
            try:
                conn.execute("PRAGMA user_version").fetchone()
                previous = _restore_raw(conn, path, backup, keep_previous=True)
                return RestoreResult(backup, info.items or 0, previous)
            except sqlite3.Error as exc:
                if not _is_damage(exc):
                    raise
            finally:
                conn.close()
            try:
                previous = _move_aside(path)
            except OSError as exc:
                raise conn_mod.translate_error(exc, path) from None
        conn = sqlite3.connect(str(path), timeout=_RESTORE_TIMEOUT_S, isolation_level=None)
        try:
            _restore_raw(conn, path, backup, keep_previous=False)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise conn_mod.translate_error(exc, path) from None
    return RestoreResult(backup, info.items or 0, previous)
