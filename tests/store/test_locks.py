"""Two programs on one database: the window (a long-lived Store in this process, which
also opens the file a second time for an import) and a ``tracker`` command beside it.

Failure 1 of issue 17: ``check_file`` used to read the header with Python's ``open()``;
closing that descriptor dropped the window's SQLite locks (POSIX releases every lock of
a process on a file when any descriptor of it is closed), so the command deleted the
window's ``-wal``/``-shm`` and the window's later writes went to a deleted file.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tracker.store import ItemFilter, Store


def _tracker(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tracker", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def _titles_seen_by_another_process(db: Path) -> list[str]:
    done = _tracker(db, "list", "--all", "--json", "--no-history")
    assert done.returncode == 0, done.stderr
    return sorted(item["title"] for item in json.loads(done.stdout)["items"])


def test_window_keeps_its_writes_when_a_command_runs_beside_it(db_path: Path) -> None:
    window = Store.open(db_path)
    try:
        first = window.insert_item({"title": "Fönstrets första punkt"})
        # An import in the window opens the file once more (Store.open in the importer).
        with Store.open(db_path, backup=False) as importer, importer.transaction():
            importer.insert_item({"title": "Importerad punkt"})
        # A command beside the window; when it ends it is the last to close the file
        # only if the window's locks were lost.
        assert _titles_seen_by_another_process(db_path) == [
            "Fönstrets första punkt",
            "Importerad punkt",
        ]
        window.insert_item({"title": "Sparad efter kommandot"})
        # A committed write of the window must be visible to the next program …
        assert "Sparad efter kommandot" in _titles_seen_by_another_process(db_path)
        # … and a write by that program must survive the window.
        edited = _tracker(db_path, "edit", str(first), "--title", "Ändrad i terminalen")
        assert edited.returncode == 0, edited.stderr
        window.insert_item({"title": "Sista punkten"})
    finally:
        window.close()
    with Store.open(db_path, backup=False) as again:
        titles = sorted(i.title for i in again.list_items(ItemFilter(status=None)))
        assert again.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert titles == [
        "Importerad punkt",
        "Sista punkten",
        "Sparad efter kommandot",
        "Ändrad i terminalen",
    ]


def test_the_database_itself_is_not_read_as_a_document(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``tracker import`` of the database file (or its -wal) must not open it with
    ``open()`` while the command's own connection holds SQLite's locks on it."""
    from tracker.cli.main import main

    with Store.open(db_path) as store:
        store.insert_item({"title": "Punkt"})
    code = main(["--db", str(db_path), "import", "--yes", str(db_path)])
    assert code == 2
    assert "själva databasen" in capsys.readouterr().err
