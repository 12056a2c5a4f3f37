"""Database commands: ``tracker restore [BACKUP]``, and opening the store for the other
commands so that what went wrong with the backup is said on stderr, not kept silent.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from tracker.cli.parser import count_text
from tracker.errors import StoreError, TrackerError
from tracker.paths import resolve_db_path
from tracker.store import Store
from tracker.store import backups as backups_mod
from tracker.store.connection import backup_dir

# Indirections so that tests can drive the question.
ask: Callable[[str], str] = input


def is_interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def open_store(db: str | None, *, backup: bool = True) -> Store:
    """``Store.open`` for a command; its warnings (a backup that failed, a damaged
    file) go to stderr at once.  The command still runs: its own work is not at risk,
    but the user must know that the safety net is missing."""
    store = Store.open(resolve_db_path(db), backup=backup)
    for warning in store.warnings:
        print(f"Varning: {warning}", file=sys.stderr)
    return store


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "restore",
        help="återställ databasen från en säkerhetskopia",
        description="Visar säkerhetskopiorna (datum, antal punkter, kontroll) och "
        "återställer den valda med SQLite:s backup-funktion. Den nuvarande filen sparas "
        "först som en kopia (…-fore-aterstallning.db) i mappen backups/. Stäng andra "
        "fönster och kommandon som har databasen öppen först.",
    )
    p.add_argument(
        "backup",
        nargs="?",
        metavar="KOPIA",
        help="kopians nummer i listan (1 = senaste), filnamn eller sökväg",
    )
    p.add_argument(
        "--newest",
        action="store_true",
        help="återställ den senaste felfria kopian utan att fråga",
    )
    p.add_argument(
        "--list", action="store_true", help="visa bara kopiorna, återställ ingenting"
    )
    p.set_defaults(func=run_restore)


def _describe(n: int, info: backups_mod.BackupInfo) -> str:
    items = "?" if info.items is None else str(info.items)
    check = "ok" if info.ok else info.check
    word = "punkt" if info.items == 1 else "punkter"
    return (
        f"{n:>4}  {info.taken_at:%Y-%m-%d %H:%M}  {items:>6} {word:<7}  {check:<10}  "
        f"{info.kind_label:<18}  {info.path.name}"
    )


def _print_list(path: Path, infos: list[backups_mod.BackupInfo]) -> None:
    print(f"Säkerhetskopior av {path} (nyast först):")
    print(f"{'Nr':>4}  {'Datum':<16}  {'Antal':>14}  {'Kontroll':<10}  {'Slag':<18}  Fil")
    for n, info in enumerate(infos, 1):
        print(_describe(n, info))


def _pick(choice: str, infos: list[backups_mod.BackupInfo]) -> Path:
    choice = choice.strip()
    if choice.isdigit():
        n = int(choice)
        if 1 <= n <= len(infos):
            return infos[n - 1].path
        raise TrackerError(f"Det finns ingen kopia nummer {n} (1–{len(infos)}).")
    return Path(choice).expanduser()


def _resolve_backup(arg: str, path: Path, infos: list[backups_mod.BackupInfo]) -> Path:
    if arg.strip().isdigit():
        return _pick(arg, infos)
    given = Path(arg).expanduser()
    if given.exists():
        return given
    in_folder = backup_dir(path) / arg
    if in_folder.exists():
        return in_folder
    raise StoreError(f"Säkerhetskopian {arg} finns inte.", path=str(given))


def run_restore(args: argparse.Namespace) -> int:
    path = resolve_db_path(args.db)
    infos = backups_mod.list_backups(path)
    if args.list:
        if not infos:
            print(f"Det finns inga säkerhetskopior av {path} i {backup_dir(path)}.")
            return 0
        _print_list(path, infos)
        return 0
    if args.backup:
        chosen = _resolve_backup(args.backup, path, infos)
    else:
        usable = [i for i in infos if i.ok]
        if not usable:
            raise StoreError(
                f"Det finns ingen felfri säkerhetskopia av {path} i mappen "
                f"{backup_dir(path)}. Databasen har inte ändrats.",
                path=str(path),
            )
        if args.newest:
            chosen = usable[0].path
        elif not is_interactive():
            _print_list(path, infos)
            raise TrackerError(
                "Ange vilken kopia som ska återställas: tracker restore --newest (den "
                "senaste felfria) eller tracker restore NUMMER/FIL. Frågan kan inte "
                "ställas när indata inte kommer från en terminal. Databasen har inte "
                "ändrats."
            )
        else:
            _print_list(path, infos)
            answer = ask("Vilken kopia ska återställas? Nummer (Enter = avbryt): ")
            if not answer.strip():
                print("Avbrutet; databasen har inte ändrats.")
                return 0
            chosen = _pick(answer, infos)
    result = backups_mod.restore(path, chosen)
    print(f"Databasen {path} är återställd från {result.backup.name} ({count_text(result.items)}).")
    if result.previous is not None:
        print(f"Den tidigare filen sparades som {result.previous}.")
    return 0
