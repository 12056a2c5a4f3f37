"""``tracker restore`` and the warnings of opening the database on stderr (issue 17,
failure 5: a failed backup used to be silent)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tracker.cli import store_cmd
from tracker.cli.main import main
from tracker.errors import StoreError
from tracker.store import ItemFilter, Store
from tracker.store import backups as backups_mod
from tracker.store import connection as conn_mod


def _add(path: Path, *titles: str) -> None:
    with Store.open(path) as store:
        for title in titles:
            store.insert_item({"title": title})


def _titles(path: Path) -> list[str]:
    with Store.open(path, backup=False) as store:
        return sorted(i.title for i in store.list_items(ItemFilter(status=None)))


@pytest.fixture
def two_backups(db_path: Path) -> Path:
    """Backups with one and with two items; the file itself holds three."""
    _add(db_path, "Ett")
    _add(db_path, "Två")  # opening backs up "Ett"
    _add(db_path, "Tre")  # backs up "Ett", "Två"
    assert len(backups_mod.rolling_backups(db_path)) == 2
    return db_path


def test_failed_backup_is_said_on_stderr(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _add(db_path, "Punkt")

    def fail(*_a: object, **_k: object) -> Path:
        raise StoreError("Säkerhetskopian kunde inte sparas: disken är full")

    monkeypatch.setattr(conn_mod, "backup_copy", fail)
    code = main(["--db", str(db_path), "edit", "1", "--title", "Ny rubrik"])
    err = capsys.readouterr().err
    # The edit itself is saved (exit 0), but the missing backup is said.
    assert code == 0
    assert "Varning: Säkerhetskopian kunde inte sparas: disken är full" in err
    assert _titles(db_path) == ["Ny rubrik"]


def test_list_shows_date_count_and_check(
    two_backups: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(two_backups), "restore", "--list"]) == 0
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if line.strip()[:1].isdigit()]
    assert len(lines) == 2
    assert "2 punkter" in lines[0] and "ok" in lines[0] and "automatisk" in lines[0]
    assert "1 punkt " in lines[1]


def test_without_a_choice_and_no_terminal_refuses(
    two_backups: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(store_cmd, "is_interactive", lambda: False)
    assert main(["--db", str(two_backups), "restore"]) == 1
    err = capsys.readouterr().err
    assert "--newest" in err and "inte ändrats" in err
    assert _titles(two_backups) == ["Ett", "Tre", "Två"]


def test_no_hang_with_stdin_not_a_terminal(two_backups: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tracker", "--db", str(two_backups), "restore"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert "tracker restore --newest" in done.stderr


def test_newest(two_backups: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(two_backups), "restore", "--newest"]) == 0
    out = capsys.readouterr().out
    assert "återställd" in out and "2 punkter" in out and "fore-aterstallning" in out
    assert _titles(two_backups) == ["Ett", "Två"]


def test_by_number_and_by_name(two_backups: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(two_backups), "restore", "2"]) == 0
    assert _titles(two_backups) == ["Ett"]
    # The copy taken before the restore is offered too: the restore can be undone.
    infos = backups_mod.list_backups(two_backups)
    before = next(i for i in infos if i.suffix == backups_mod.BEFORE_RESTORE)
    assert before.items == 3
    assert main(["--db", str(two_backups), "restore", before.path.name]) == 0
    assert _titles(two_backups) == ["Ett", "Tre", "Två"]


def test_interactive_choice(
    two_backups: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(store_cmd, "is_interactive", lambda: True)
    monkeypatch.setattr(store_cmd, "ask", lambda _prompt: "")
    assert main(["--db", str(two_backups), "restore"]) == 0
    assert "Avbrutet" in capsys.readouterr().out
    assert _titles(two_backups) == ["Ett", "Tre", "Två"]
    monkeypatch.setattr(store_cmd, "ask", lambda _prompt: "1")
    assert main(["--db", str(two_backups), "restore"]) == 0
    assert _titles(two_backups) == ["Ett", "Två"]


def test_missing_backup_and_no_backups_are_database_errors(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _add(db_path, "Ett")
    assert main(["--db", str(db_path), "restore", "--newest"]) == 3
    assert "ingen felfri säkerhetskopia" in capsys.readouterr().err
    assert main(["--db", str(db_path), "restore", "finns-inte.db"]) == 3
    assert "finns inte" in capsys.readouterr().err


def test_damaged_database_is_restored(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _add(db_path, *(f"Punkt {n} " + "text " * 40 for n in range(100)))
    _add(db_path, "Sist")
    raw = bytearray(db_path.read_bytes())
    raw[100:9000] = bytes(8900)
    db_path.write_bytes(bytes(raw))
    assert main(["--db", str(db_path), "list"]) == 3
    assert "tracker restore" in capsys.readouterr().err
    assert main(["--db", str(db_path), "restore", "--newest"]) == 0
    assert len(_titles(db_path)) == 100
