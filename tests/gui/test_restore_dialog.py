"""Arkiv → Återställ säkerhetskopia…: the dialog lists the backups with date, item count
and check, restores the chosen one through the window's connection, and the window
shows the restored list; a failed backup is said in the status bar (issue 17)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.gui.conftest import Boxes
from tracker.errors import StoreError
from tracker.gui.main_window import MainWindow
from tracker.gui.restore_dialog import RestoreDialog
from tracker.store import Store
from tracker.store import backups as backups_mod
from tracker.store import connection as conn_mod


@pytest.fixture
def backed_up(db_path: Path) -> Store:
    """Two backups (one item, two items); the open store holds three."""
    for title in ("Ett", "Två", "Tre"):
        with Store.open(db_path) as s:
            s.insert_item({"title": title})
    store = Store.open(db_path)
    yield store
    store.close()


def _titles(store: Store) -> list[str]:
    return sorted(i.title for i in store.list_items())


def test_dialog_lists_backups_and_restores(qtbot, backed_up: Store, boxes: Boxes) -> None:
    dialog = RestoreDialog(backed_up)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 3  # the two rolling ones and the copy at opening
    first = [dialog.table.item(0, c).text() for c in range(5)]
    assert first[1] == "3" and first[2] == "ok" and first[3] == "automatisk"
    # The newest sound backup is chosen; pick the oldest (one item) instead.
    assert dialog.restore_button.isEnabled()
    dialog.table.selectRow(2)
    assert dialog.selected().items == 1
    dialog.restore_button.click()
    assert boxes.texts("question") and "(1 punkt" in boxes.texts("question")[0]
    assert dialog.outcome is not None
    assert dialog.outcome.previous is not None
    assert _titles(backed_up) == ["Ett"]
    # The window's store keeps working on the restored file.
    backed_up.insert_item({"title": "Efter"})
    assert _titles(backed_up) == ["Efter", "Ett"]


def test_answer_no_changes_nothing(qtbot, backed_up: Store, boxes: Boxes) -> None:
    boxes.answer = boxes.answer.No
    dialog = RestoreDialog(backed_up)
    qtbot.addWidget(dialog)
    dialog.restore_button.click()
    assert dialog.outcome is None
    assert _titles(backed_up) == ["Ett", "Tre", "Två"]


def test_damaged_backup_cannot_be_chosen(qtbot, backed_up: Store) -> None:
    newest = backups_mod.list_backups(backed_up.path)[0].path
    raw = bytearray(newest.read_bytes())
    raw[100:4096] = os.urandom(3996)
    newest.write_bytes(bytes(raw))
    dialog = RestoreDialog(backed_up)
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 2).text() == "skadad"
    assert dialog.table.item(0, 2).toolTip()
    dialog.table.selectRow(0)
    assert not dialog.restore_button.isEnabled()
    dialog.table.selectRow(1)
    assert dialog.restore_button.isEnabled()


def test_no_backups(qtbot, db_path: Path) -> None:
    with Store.open(db_path) as store:
        dialog = RestoreDialog(store)
        qtbot.addWidget(dialog)
        assert dialog.table.rowCount() == 0
        assert not dialog.empty.isHidden()
        assert not dialog.restore_button.isEnabled()


def test_error_is_shown_and_nothing_changes(
    qtbot, backed_up: Store, boxes: Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    def busy(*_a: object, **_k: object) -> None:
        raise StoreError("Databasen är öppen i ett annat program.")

    monkeypatch.setattr(backups_mod, "restore_into", busy)
    dialog = RestoreDialog(backed_up)
    qtbot.addWidget(dialog)
    dialog.restore_button.click()
    assert boxes.texts("critical") == ["Databasen är öppen i ett annat program."]
    assert dialog.outcome is None
    assert _titles(backed_up) == ["Ett", "Tre", "Två"]


def test_menu_action_restores_and_reloads_the_list(
    qtbot, backed_up: Store, boxes: Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    win = MainWindow(backed_up)
    qtbot.addWidget(win)
    assert win.restore_action in win.menuBar().actions()[0].menu().actions()
    assert win.model.rowCount() == 3

    def run(self: RestoreDialog) -> int:
        self.table.selectRow(1)  # two items
        self.restore()
        return self.result()

    monkeypatch.setattr(RestoreDialog, "exec", run)
    win.restore_backup()
    assert win.model.rowCount() == 2
    message = win.statusBar().currentMessage()
    assert "återställd" in message and "fore-aterstallning" in message


def test_failed_backup_is_said_in_the_status_bar(
    qtbot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(db_path) as s:
        s.insert_item({"title": "Punkt"})

    def fail(*_a: object, **_k: object) -> Path:
        raise StoreError("Säkerhetskopian kunde inte sparas: disken är full")

    monkeypatch.setattr(conn_mod, "backup_copy", fail)
    with Store.open(db_path) as store:
        win = MainWindow(store)
        qtbot.addWidget(win)
        assert "Säkerhetskopian kunde inte sparas" in win.statusBar().currentMessage()
        qtbot.wait(50)
        assert "Säkerhetskopian kunde inte sparas" in win.statusBar().currentMessage()


def test_start_offers_restore_when_the_database_cannot_be_opened(
    qtbot, db_path: Path, boxes: Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tracker.gui import app as app_module

    for title in ("Ett", "Två"):
        with Store.open(db_path) as s:
            s.insert_item({"title": title})
    db_path.write_bytes(b"inte en databas " * 500)

    def run(self: RestoreDialog) -> int:
        assert self.store is None and self.infos
        self.restore()
        return self.result()

    monkeypatch.setattr(RestoreDialog, "exec", run)
    win = app_module.open_main_window(str(db_path))
    assert win is not None
    qtbot.addWidget(win)
    assert "säkerhetskopia" in boxes.texts("question")[0]
    assert "ingen Balanslistan-databas" in boxes.texts("question")[0]
    assert [i.title for i in win.store.list_items()] == ["Ett"]
    # The unreadable file was kept apart, not deleted.
    kept = list((db_path.parent / "backups").glob("skadad-*.db"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"inte en databas")
    win.store.close()


def test_start_without_backups_only_says_why(
    qtbot, db_path: Path, boxes: Boxes
) -> None:
    from tracker.gui import app as app_module

    db_path.write_bytes(b"inte en databas " * 500)
    assert app_module.open_main_window(str(db_path)) is None
    assert not boxes.texts("question")
    assert "ingen Balanslistan-databas" in boxes.texts("critical")[0]
