"""The person in the history (issue 18): not the login but a name the user gives at the
first start (defaulting to the account's full name), kept for later starts and for the
command line, changed under Arkiv → Ditt namn i historiken…"""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker import user
from tracker.gui.main_window import MainWindow
from tracker.store import Store


def test_history_names_the_given_person(qtbot, db_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("TRACKER_USER", raising=False)
    monkeypatch.setattr(user, "account_full_name", lambda: "Anna Lind")
    store = Store.open(db_path)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.ask_user_name(first=True)
    dialog = window._user_dialog
    assert dialog.textValue() == "Anna Lind"  # the account's full name is offered
    assert "Välkommen" in dialog.labelText()
    dialog.setTextValue("  Anna   Lind-Berg ")
    dialog.accept()
    assert store.user == "Anna Lind-Berg"
    item_id = store.insert_item({"title": "Ventilationen i B214"})
    store.add_event(item_id, "owner", None, "Fastighetsansvarig")
    assert store.item_history(item_id)[0].user == "Anna Lind-Berg"
    store.close()
    # Kept: the next start (window or command line) names her without asking.
    assert user.saved_name() == "Anna Lind-Berg"
    with Store.open(db_path) as again:
        assert again.user == "Anna Lind-Berg"


def test_order_of_the_name(monkeypatch: pytest.MonkeyPatch, db_path: Path) -> None:
    monkeypatch.setattr(user, "account_full_name", lambda: None)
    monkeypatch.setattr(user, "login_name", lambda: "al1234")
    monkeypatch.delenv("TRACKER_USER", raising=False)
    assert user.history_user() == "al1234"
    user.save_name("Omar Said")
    assert user.history_user() == "Omar Said"
    monkeypatch.setenv("TRACKER_USER", "Sekreteraren")
    assert user.history_user() == "Sekreteraren"


def test_a_broken_name_file_is_no_name(db_path: Path) -> None:
    (Path(user.data_dir()) / user.USER_FILE).parent.mkdir(parents=True, exist_ok=True)
    (Path(user.data_dir()) / user.USER_FILE).write_text("{not json", encoding="utf-8")
    assert user.saved_name() is None
