"""The status bar's "N punkter, M försenade" while typing in the search field and after
edits, and the list's cells after an edit (the model remembers the row it last read)."""

from __future__ import annotations

import dataclasses
import re

import pytest

from tests.gui.conftest import TODAY
from tracker.gui.model import COL_TITLE, ItemIdRole
from tracker.services import balance
from tracker.store import ItemFilter, Store


def counts(win) -> tuple[int, int]:
    """(items, overdue items) from the status bar text."""
    match = re.fullmatch(r"(\d+) punkt\w*(?:, (\d+) försenade?)?", win.counts.text())
    assert match, win.counts.text()
    return int(match[1]), int(match[2] or 0)


def expected(store: Store, win) -> tuple[int, int]:
    flt = win.model.item_filter
    return (
        store.count_items(flt),
        store.count_items(dataclasses.replace(flt, overdue=True, today=TODAY)),
    )


def type_search(qtbot, win, text: str) -> None:
    win.filters.search.setText(text)
    win.filters._flush()
    qtbot.waitUntil(lambda: win.model.item_filter.text == (text.strip() or None), timeout=2000)


@pytest.mark.parametrize("status", ["open", "all"])
def test_counts_follow_typing(qtbot, filled: Store, window, status: str) -> None:
    window.filters.status.setCurrentIndex(window.filters.status.findData(status))
    assert counts(window) == expected(filled, window)
    # Letter by letter: one letter and two (title and owner only), then the trigram
    # index, then a word that matches nothing, then the cleared field.
    for text in ("r", "ru", "rut", "ruti", "rutin", "", "a", "ar", "arb", "xyzzy", ""):
        type_search(qtbot, window, text)
        assert counts(window) == expected(filled, window), text
    type_search(qtbot, window, "ru")
    assert counts(window) == (1, 1)  # "Rutin för tillbudsrapportering", due yesterday
    type_search(qtbot, window, "arbetsgivaren")  # owner of three items, one overdue
    assert counts(window) == (3, 1)


def test_counts_follow_edits(qtbot, filled: Store, window) -> None:
    window.filters.status.setCurrentIndex(window.filters.status.findData("all"))
    assert counts(window) == (8, 2)
    # Closed in the pane: the row stays until the next search, one fewer overdue.
    row = next(r for r in range(window.model.rowCount())
               if window.model.data(window.model.index(r, COL_TITLE))
               == "Arbetsmiljön på förskolorna")  # fmt: skip
    window.table.selectRow(row)
    pane = window.detail
    pane.status.setCurrentIndex(pane.status.findData("done"))
    assert pane.save()
    assert counts(window) == (8, 1)
    # Changed outside the pane, then the list reloaded.
    item = filled.list_items(ItemFilter(text="Zonindelning"))[0]
    balance.update_item(filled, item.id, item.version, {"due": TODAY.replace(year=2000)})
    window.reload()
    assert counts(window) == (8, 2)
    type_search(qtbot, window, "zon")
    assert counts(window) == (1, 1)


def test_cells_show_an_edit_at_once(qtbot, filled: Store, window) -> None:
    model = window.model
    first = model.index(0, COL_TITLE)
    assert model.data(first) == "Arbetsmiljön på förskolorna"
    item_id = model.data(first, ItemIdRole)
    window.table.selectRow(0)
    pane = window.detail
    pane.title.setText("Arbetsmiljön på förskolorna i Älvsjö")
    pane.title.textEdited.emit(pane.title.text())
    assert pane.save()
    assert filled.get_item(item_id).title == "Arbetsmiljön på förskolorna i Älvsjö"
    assert model.data(first) == "Arbetsmiljön på förskolorna i Älvsjö"
    assert model.data(model.index(0, 0), ItemIdRole) == item_id
