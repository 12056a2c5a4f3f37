"""Opening the SQLite file safely: checks, pragmas, migrations with a backup first, the
rolling backups, and turning SQLite's errors into Swedish messages (:class:`StoreError`).

Everything that can go wrong when a secretary's database lives on a network share or a
laptop is mapped here to a message that says what happened and what to do: another
program holds the file, the file or folder is read-only, the file is not a database or
is damaged, the disk is full, or the file comes from a newer program version.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import unicodedata
import uuid
from collections.abc import Callable
from pathlib import Path

from tracker.errors import StoreError
from tracker.store.schema import MIGRATIONS, SCHEMA_VERSION

#: How long a writer waits for another program's write lock before giving up.
BUSY_TIMEOUT_MS = 5000
#: Backups (``tracker.store.backups``) live in this folder beside the database.
BACKUP_DIR_NAME = "backups"


def translate_error(exc: BaseException, path: Path | str | None) -> StoreError:
    """Map an ``sqlite3``/OS error to a :class:`StoreError` with a Swedish message."""
    where = f" ({path})" if path else ""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    if isinstance(exc, StoreError):
        return exc
    if name.startswith("SQLITE_BUSY") or name.startswith("SQLITE_LOCKED") or "locked" in text:
        msg = (
            f"Databasen{where} används just nu av ett annat program eller en annan användare "
            "som sparar ändringar. Vänta en stund och försök igen; om felet kvarstår, stäng "
            "andra fönster av Balanslistan som har samma databas öppen."
        )
    elif name.startswith("SQLITE_READONLY") or "readonly" in text or "read-only" in text:
        msg = (
            f"Databasen{where} är skrivskyddad, eller så saknas skrivrätt till mappen den "
            "ligger i. Kontrollera behörigheterna (eller kopiera filen till en mapp där du "
            "får skriva) och försök igen."
        )
    elif name.startswith("SQLITE_NOTADB") or "not a database" in text:
        msg = (
            f"Filen{where} är ingen Balanslistan-databas (eller är krypterad). Välj rätt fil "
            f"med --db, eller återställ en säkerhetskopia från mappen {BACKUP_DIR_NAME}/ "
            "bredvid databasen (tracker restore)."
        )
    elif name.startswith("SQLITE_CORRUPT") or "malformed" in text or "corrupt" in text:
        msg = (
            f"Databasen{where} är skadad. Återställ den senaste felfria säkerhetskopian "
            "med tracker restore (eller Arkiv → Återställ säkerhetskopia… i fönstret); "
            "kopiera inte en kopia över filen för hand, då kan en kvarliggande -wal-fil "
            "skada den igen."
        )
    elif name.startswith("SQLITE_FULL") or "disk is full" in text or "no space" in text:
        msg = (
            f"Det finns inte plats på disken för databasen{where}. Frigör utrymme och "
            "försök igen; inget av ändringen sparades."
        )
    elif name.startswith("SQLITE_CANTOPEN") or "unable to open" in text:
        msg = (
            f"Databasen{where} kan inte öppnas: mappen finns inte eller du saknar "
            "behörighet till den. Kontrollera sökvägen (--db eller TRACKER_DB) och "
            "behörigheterna."
        )
    elif isinstance(exc, PermissionError):
        msg = (
            f"Behörighet saknas till databasen{where}. Kontrollera att du får läsa och "
            "skriva filen och mappen."
        )
    elif name.startswith("SQLITE_IOERR") or isinstance(exc, OSError):
        msg = (
            f"Databasen{where} kunde inte läsas eller skrivas (in/ut-fel: {exc}). "
            "Kontrollera att disken eller nätverksenheten är tillgänglig och försök igen."
        )
    else:
        msg = f"Databasfel{where}: {exc}. Försök igen; om felet kvarstår, kontakta support."
    return StoreError(msg, path=str(path) if path else None)


# --- SQL functions ---------------------------------------------------------------------

# Swedish alphabetical order under SQLite's binary comparison: å, ä, ö sort after z (in
# that order), accented Latin letters with their base letter, case ignored.  Computed
# once per row by SQLite (ORDER BY sv_key(x)), which is far cheaper than a Python
# collation called for every comparison.
_SV_AFTER_Z = str.maketrans({"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}"})


def sv_key(value: object) -> str | None:
    if value is None:
        return None
    s = str(value).casefold().translate(_SV_AFTER_Z)
    if s.isascii():
        return s
    # Strip remaining diacritics (é → e, ü → u) but keep our å/ä/ö placeholders.
    decomposed = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(value: object) -> str | None:
    """Unicode case-folding (SQLite's lower() only knows ASCII: Ö stays Ö)."""
    if value is None:
        return None
    return str(value).casefold()


def _register_functions(conn: sqlite3.Connection) -> None:
    conn.create_function("sv_key", 1, sv_key, deterministic=True)
    conn.create_function("fold", 1, fold, deterministic=True)


# --- Opening -------------------------------------------------------------------------


def check_file(path: Path) -> bool:
    """Raise StoreError when ``path`` is a folder; True when the file exists with content
    (so it may hold data to protect).

    Only ``stat`` here, never ``open()``: on POSIX, closing *any* descriptor of a file
    drops every lock this process holds on it, SQLite's included ("How To Corrupt an
    SQLite Database File", 2.2).  A window with the database open would lose its shared
    lock, and the next ``tracker`` command to close would delete the window's ``-wal``
    and ``-shm`` under it.  Whether the content is an SQLite file is asked through a
    connection (:func:`connect`).
    """
    try:
        if not path.exists():
            return False
        if path.is_dir():
            raise StoreError(
                f"{path} är en mapp, inte en databasfil. Ange en filsökväg med --db.",
                path=str(path),
            )
        return path.stat().st_size > 0
    except OSError as exc:
        raise translate_error(exc, path) from None


def is_database_file(candidate: Path, path: Path) -> bool:
    """Whether ``candidate`` is the database at ``path`` or one of its ``-wal``, ``-shm``,
    ``-journal`` files: such a file must not be read as a document (reading it with
    ``open()`` would drop this process's SQLite locks, see :func:`check_file`)."""
    for name in (path, *(Path(f"{path}{side}") for side in ("-wal", "-shm", "-journal"))):
        with contextlib.suppress(OSError):
            if os.path.samefile(candidate, name):
                return True
    return False


def not_sqlite_error(path: Path) -> StoreError:
    return StoreError(
        f"Filen {path} är ingen Balanslistan-databas (den är inte en SQLite-fil). Välj "
        f"rätt fil med --db, eller återställ en säkerhetskopia från mappen "
        f"{BACKUP_DIR_NAME}/ bredvid databasen (tracker restore).",
        path=str(path),
    )


def foreign_error(path: Path) -> StoreError:
    return StoreError(
        f"Filen {path} är en SQLite-databas men inte Balanslistans. Välj rätt "
        "fil med --db; filen har inte ändrats.",
        path=str(path),
    )


def _check_ours(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a file that is not SQLite, or an SQLite file of another program, before
    anything (the journal mode included) is changed in it.

    Reading ``user_version`` makes SQLite read the file header: a file that is not a
    database fails here with SQLITE_NOTADB.
    """
    try:
        version = user_version(conn)
        if version == 0:
            tables = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
            ).fetchone()[0]
            if tables:
                raise foreign_error(path)
    except sqlite3.DatabaseError as exc:
        name = getattr(exc, "sqlite_errorname", "") or ""
        if name.startswith("SQLITE_NOTADB") or "not a database" in str(exc).lower():
            raise not_sqlite_error(path) from None
        raise


def connect(path: Path) -> sqlite3.Connection:
    """Open the connection in autocommit mode (transactions are explicit: BEGIN
    IMMEDIATE) with WAL, a busy timeout and foreign keys."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            f"Mappen {path.parent} för databasen kan inte skapas ({exc.strerror or exc}). "
            "Kontrollera sökvägen (--db eller TRACKER_DB) och behörigheterna.",
            path=str(path),
        ) from None
    try:
        conn = sqlite3.connect(
            str(path),
            timeout=BUSY_TIMEOUT_MS / 1000,
            isolation_level=None,
            check_same_thread=False,
        )
    except sqlite3.Error as exc:
        raise translate_error(exc, path) from None
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        _check_ours(conn, path)
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            # WAL needs shared memory beside the file; without it (some network shares)
            # the default rollback journal is still safe, only slower for readers.
            conn.execute("PRAGMA journal_mode = DELETE")
        # NORMAL is safe in WAL mode against program crashes (the case we test); only a
        # power cut can lose the last transaction, never corrupt the file.
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        _register_functions(conn)
    except BaseException as exc:
        conn.close()
        if isinstance(exc, sqlite3.Error):
            raise translate_error(exc, path) from None
        raise
    return conn


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(
    conn: sqlite3.Connection,
    path: Path,
    *,
    on_before: Callable[[int], None] | None = None,
) -> int:
    """Bring the file to ``SCHEMA_VERSION``.  Each step runs in one transaction; an
    existing database is copied to ``backups/`` first.  Returns the old version."""
    try:
        current = user_version(conn)
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"Databasen {path} har skapats av en nyare version av Balanslistan "
                f"(schema {current}, detta program känner till {SCHEMA_VERSION}). "
                "Uppdatera programmet; databasen har inte ändrats.",
                path=str(path),
            )
        if current == 0:
            tables = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
            ).fetchone()[0]
            if tables:
                raise foreign_error(path)
        if current == SCHEMA_VERSION:
            return current
        if current > 0:
            if on_before is not None:
                on_before(current)
            backup_copy(conn, path, suffix=f"fore-v{SCHEMA_VERSION}")
        # Foreign keys off while migrating (SQLite's procedure for rebuilding a table:
        # dropping the old ``items`` would otherwise cascade to its history).  The
        # pragma only takes effect outside a transaction; each step checks the keys
        # itself before it commits.
        conn.execute("PRAGMA foreign_keys = OFF")
        try:
            for number in range(current + 1, SCHEMA_VERSION + 1):
                _migrate_step(conn, path, number)
        finally:
            conn.execute("PRAGMA foreign_keys = ON")
        return current
    except sqlite3.Error as exc:
        raise translate_error(exc, path) from None


def _migrate_step(conn: sqlite3.Connection, path: Path, number: int) -> None:
    """Run migration step ``number`` in one transaction."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in MIGRATIONS[number - 1]:
            if callable(statement):
                statement(conn)
            else:
                conn.execute(statement)
        if number == 1:
            conn.execute(
                "INSERT INTO meta(key, value) VALUES ('database_id', ?), ('created_at', ?)",
                (uuid.uuid4().hex, now_iso()),
            )
        if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise StoreError(
                f"Databasen {path} kunde inte uppdateras till schema {number}: "
                "kopplingarna mellan tabellerna stämmer inte. Databasen har inte ändrats; "
                "kontakta support.",
                path=str(path),
            )
        # PRAGMA takes no parameters; ``number`` is our own int.
        conn.execute(f"PRAGMA user_version = {int(number)}")
        conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise


# --- Backups -------------------------------------------------------------------------
# The rolling backups, their rotation and restoring one are in ``tracker.store.backups``;
# here only the copy itself, which a migration needs before it changes the file.


def backup_dir(path: Path) -> Path:
    return path.parent / BACKUP_DIR_NAME


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def backup_name(path: Path, *, suffix: str = "", prefix: str = "") -> str:
    """``[prefix]<stem>-<YYYYmmdd-HHMMSS-ffffff>[-suffix].db``: names sort by time."""
    return f"{prefix}{path.stem}-{_stamp()}" + (f"-{suffix}" if suffix else "") + ".db"


def backup_copy(
    conn: sqlite3.Connection, path: Path, *, suffix: str = "", prefix: str = ""
) -> Path:
    """Copy the live database with SQLite's online backup API (consistent even while
    another program writes).  Raises StoreError when the copy cannot be written.

    The copy is written under a temporary name and renamed when complete, so a crash
    or a full disk never leaves half a file that looks like a backup.  It is created
    mode 0600 (the list names people and their tasks) and left in rollback-journal
    mode: a standalone file with no ``-wal`` beside it, readable read-only.
    """
    folder = backup_dir(path)
    name = backup_name(path, suffix=suffix, prefix=prefix)
    target = folder / name
    partial = folder / f".{name}.tmp"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        # Created empty with the mode first: SQLite keeps an existing file's mode.
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
        dest = sqlite3.connect(str(partial), isolation_level=None)
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as exc:
        for leftover in (partial, Path(f"{partial}-journal"), target):
            with contextlib.suppress(OSError):
                leftover.unlink()
        err = translate_error(exc, target)
        raise StoreError(
            f"Säkerhetskopian {target} kunde inte sparas: {err.message}", path=str(target)
        ) from None
    return target


def now_iso() -> str:
    """Local time with offset, to the second: what a secretary expects to read."""
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def os_user() -> str:
    """The name for history entries (never fails): the one the user gave, else the
    account's full name, else the login (:func:`tracker.user.history_user`)."""
    from tracker.user import history_user

    return history_user()
