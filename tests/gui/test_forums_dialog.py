"""Visa → Forum…: a forum's organisation and aliases set in the dialog are kept and
resolved everywhere (issue 18, problem 4)."""

from __future__ import annotations

from pathlib import Path

from tracker.gui.forums_dialog import COL_ALIASES, COL_NAME, COL_ORG, ForumsDialog
from tracker.gui.main_window import MainWindow
from tracker.services import balance, meetings
from tracker.store import Store

HA = "Förvaltningsgruppen Hägersten-Älvsjö"


def test_forum_organisation_and_aliases_from_the_dialog(qtbot, db_path: Path) -> None:
    store = Store.open(db_path)
    balance.add_item(store, title="Lokalfrågan", body=HA)
    balance.add_item(store, title="Schemat", body="APT Hemtjänsten")
    window = MainWindow(store)
    qtbot.addWidget(window)
    dialog = ForumsDialog(store, window)
    qtbot.addWidget(dialog)
    names = [dialog.table.item(r, COL_NAME).text() for r in range(dialog.table.rowCount())]
    assert names == ["APT Hemtjänsten", HA]
    row = names.index(HA)
    dialog.table.item(row, COL_ORG).setText("Hägersten-Älvsjö stadsdelsförvaltning")
    dialog.table.item(row, COL_ALIASES).setText("FVG HÄ, HÄ-FVG")
    dialog.accept()
    [f] = [f for f in meetings.forums(store) if f.name == HA]
    assert f.organisation == "Hägersten-Älvsjö stadsdelsförvaltning"
    assert f.aliases == ["FVG HÄ", "HÄ-FVG"]
    # Typed anywhere, the alias names the forum.
    assert meetings.canonical_body(store, "fvg hä") == HA
    # The dialog shows what was saved the next time.
    again = ForumsDialog(store, window)
    qtbot.addWidget(again)
    assert again.table.item(row, COL_ALIASES).text() == "FVG HÄ, HÄ-FVG"
    assert window.forums_action.text()
    store.close()
