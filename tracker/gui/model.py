"""The balance list as a Qt table model.

Filtering and sorting happen in SQLite: the model asks the store for the matching ids
(``query_item_ids``), then fetches rows lazily in pages of ``PAGE_SIZE`` as the view
scrolls (``fetch_items``), keeping a bounded cache.  A list of 100,000 items therefore
costs one id query (a list of ints) and only the visible pages are turned into rows.
No ``QSortFilterProxyModel``: its filter and sort are far too slow at that size.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from tracker.gui.labels import KIND_TEXT, STATUS_TEXT, kind_label, status_label  # noqa: F401
from tracker.gui.widgets import plain_tooltip
from tracker.store import ItemFilter, ItemRow, Store

PAGE_SIZE = 200
MAX_CACHED_PAGES = 50
SOON_DAYS = 14

#: (sort key of the store, header text) per column, in display order.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", QT_TRANSLATE_NOOP("ItemTableModel", "Nr")),
    ("title", QT_TRANSLATE_NOOP("ItemTableModel", "Titel")),
    ("owner", QT_TRANSLATE_NOOP("ItemTableModel", "Ansvarig")),
    ("raised_by", QT_TRANSLATE_NOOP("ItemTableModel", "Väckt av")),
    ("due", QT_TRANSLATE_NOOP("ItemTableModel", "Senast")),
    ("status", QT_TRANSLATE_NOOP("ItemTableModel", "Status")),
    ("body", QT_TRANSLATE_NOOP("ItemTableModel", "Forum")),
    ("source", QT_TRANSLATE_NOOP("ItemTableModel", "Källa")),
    ("updated_at", QT_TRANSLATE_NOOP("ItemTableModel", "Senast ändrad")),
)

COL_ID, COL_TITLE, COL_OWNER, COL_RAISED, COL_DUE, COL_STATUS, COL_BODY, COL_SOURCE, COL_UPDATED = (
    range(len(COLUMNS))
)

#: Item id of a row (``Qt.UserRole``).
ItemIdRole = Qt.ItemDataRole.UserRole
#: "overdue", "soon", "done" or "" (for tests and delegates).
UrgencyRole = Qt.ItemDataRole.UserRole + 1

_OVERDUE_BG = QColor("#fbe3e3")
_OVERDUE_FG = QColor("#8f1414")
_SOON_BG = QColor("#fff0c7")
_SOON_FG = QColor("#6b4a00")
_DONE_FG = QColor("#8c8c8c")

# The view asks about seven roles of every visible cell on each repaint, a few thousand
# calls of ``data``: the roles as plain ints (an enum member costs a lookup each time),
# the brushes made once, and roles the model does not serve turned away first.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_ITEM_ID = int(ItemIdRole)
_URGENCY = int(UrgencyRole)
_SERVED_ROLES = frozenset(
    (_DISPLAY, _BACKGROUND, _FOREGROUND, _FONT, _ALIGNMENT, _TOOLTIP, _ACCESSIBLE, _ITEM_ID,
     _URGENCY)
)  # fmt: skip
_BACKGROUNDS = {"overdue": QBrush(_OVERDUE_BG), "soon": QBrush(_SOON_BG)}
_FOREGROUNDS = {
    "overdue": QBrush(_OVERDUE_FG),
    "soon": QBrush(_SOON_FG),
    "done": QBrush(_DONE_FG),
}
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

def urgency(row: ItemRow, today: dt.date) -> str:
    if row.status != "open":
        return "done"
    if row.due is None:
        return ""
    if row.due < today:
        return "overdue"
    if row.due <= today + dt.timedelta(days=SOON_DAYS):
        return "soon"
    return ""


class ItemTableModel(QAbstractTableModel):
    """Rows = item ids of the current filter; cells read from a page cache of ItemRows."""

    #: Emitted after every re-query (filter, sort or refresh).
    reloaded = Signal()

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self._filter = ItemFilter()
        self._ids: list[int] = []
        self._pages: OrderedDict[int, list[ItemRow | None]] = OrderedDict()
        self._today = dt.date.today()
        self._bold = QFont()
        self._bold.setBold(True)
        # The source column's words ("fil.pdf s. 3 rad 12"), translated once: data()
        # runs for every visible cell on every repaint.
        self._page_text = QCoreApplication.translate("ItemTableModel", "s. {page}")
        self._line_text = QCoreApplication.translate("ItemTableModel", "rad {line}")
        # The row ``data`` was last asked about, its item and urgency: the view asks
        # for the cells of one row after another, several roles each.
        self._last: tuple[int, ItemRow | None, str] = (-1, None, "")

    # --- filter and reload ---------------------------------------------------------

    @property
    def item_filter(self) -> ItemFilter:
        return dataclasses.replace(self._filter)

    def set_filter(self, flt: ItemFilter) -> None:
        """Apply a new filter (sort settings of ``flt`` are kept as given)."""
        self._filter = dataclasses.replace(flt)
        self.reload()

    def set_sort(self, key: str, descending: bool = False) -> None:
        """Set the order without re-querying (before the first filter is applied)."""
        self._filter.sort = key if key in {k for k, _ in COLUMNS} else "due"
        self._filter.descending = descending

    def reload(self) -> None:
        """Re-run the query (after an import, an edit elsewhere, a new day …)."""
        self._today = dt.date.today()
        ids = self.store.query_item_ids(dataclasses.replace(self._filter, today=self._today))
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self._last = (-1, None, "")
        self.endResetModel()
        self.reloaded.emit()

    def refresh_item(self, item_id: int) -> None:
        """Drop the cached copy of one item and repaint its row (the row stays put even
        when the change means it no longer matches the filter, until the next reload)."""
        row = self.row_of(item_id)
        if row is None:
            return
        self._pages.pop(row // PAGE_SIZE, None)
        self._last = (-1, None, "")
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    # --- lookup --------------------------------------------------------------------

    @property
    def ids(self) -> list[int]:
        return list(self._ids)

    def item_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, item_id: int) -> int | None:
        # A linear scan (C speed, < 1 ms at 100,000 rows) beats building an index after
        # every keystroke for the one or two lookups that follow it.
        try:
            return self._ids.index(item_id)
        except ValueError:
            return None

    def item_at(self, row: int) -> ItemRow | None:
        if not 0 <= row < len(self._ids):
            return None
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            start = page_no * PAGE_SIZE
            wanted = self._ids[start : start + PAGE_SIZE]
            fetched = {r.id: r for r in self.store.fetch_items(wanted)}
            # An item deleted meanwhile leaves a hole: show the row empty, not shifted.
            page = [fetched.get(i) for i in wanted]
            self._pages[page_no] = page
            while len(self._pages) > MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page[row - page_no * PAGE_SIZE]

    def overdue_count(self) -> int:
        """How many of the rows are overdue (open, due before today).  The store keeps
        the overdue ids while the data is unchanged, so this is a pass over the row ids,
        not a second search after every keystroke."""
        return self.store.count_overdue(self._ids, self._today)

    def all_rows(self) -> list[ItemRow]:
        """Every row of the current view, in order (for printing and export)."""
        return self.store.fetch_items(self._ids)

    # --- Qt model interface ------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ItemTableModel", COLUMNS[section][1])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in _SERVED_ROLES or not index.isValid():
            return None
        number = index.row()
        last_number, row, level = self._last
        if number != last_number:
            row = self.item_at(number)
            level = urgency(row, self._today) if row is not None else ""
            self._last = (number, row, level)
        if row is None:
            return None
        col = index.column()
        if role == _DISPLAY:
            return self._display(row, col)
        if role == _BACKGROUND:
            return _BACKGROUNDS.get(level)
        if role == _FOREGROUND:
            return _FOREGROUNDS.get(level)
        if role == _FONT:
            return self._bold if col == COL_DUE and level == "overdue" else None
        if role == _ALIGNMENT:
            return _RIGHT if col == COL_ID else None
        if role == _ITEM_ID:
            return row.id
        if role == _URGENCY:
            return level
        if role == _TOOLTIP:
            return self._tooltip(row, col)
        return self._display(row, col)  # _ACCESSIBLE

    def _display(self, row: ItemRow, col: int) -> str:
        if col == COL_ID:
            return str(row.id)
        if col == COL_TITLE:
            return row.title
        if col == COL_OWNER:
            return row.owner or ""
        if col == COL_RAISED:
            return row.raised_by or ""
        if col == COL_DUE:
            if row.due:
                return row.due.isoformat()
            return row.due_text or ""
        if col == COL_STATUS:
            return status_label(row.status)
        if col == COL_BODY:
            return row.body or ""
        if col == COL_SOURCE:
            return self._source(row)
        if col == COL_UPDATED:
            return row.updated_at[:16].replace("T", " ")
        return ""

    def _source(self, row: ItemRow) -> str:
        """``ItemRow.source_text()`` (the CLI's Swedish) in the UI's language."""
        if not row.document_file:
            return ""
        out = row.document_file
        if row.page:
            out += " " + self._page_text.format(page=row.page)
        if row.line:
            out += " " + self._line_text.format(line=row.line)
        return out

    def _tooltip(self, row: ItemRow, col: int) -> str | None:
        # Titles, due texts and evidence come from documents: shown as written.
        return plain_tooltip(self._tooltip_text(row, col))

    def _tooltip_text(self, row: ItemRow, col: int) -> str | None:
        if col == COL_TITLE:
            text = row.title
            if row.last_note:
                text += "\n" + QCoreApplication.translate(
                    "ItemTableModel", "Senaste anteckning: {note}"
                ).format(note=row.last_note)
            return text
        if col == COL_DUE:
            level = urgency(row, self._today)
            parts = [row.due_text] if row.due_text else []
            if level == "overdue":
                parts.append(QCoreApplication.translate("ItemTableModel", "Försenad"))
            elif level == "soon":
                parts.append(
                    QCoreApplication.translate("ItemTableModel", "Förfaller inom {n} dagar").format(
                        n=SOON_DAYS
                    )
                )
            return "\n".join(parts) or None
        if col == COL_SOURCE and row.evidence:
            return f"”{row.evidence}”"
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Header click: re-query SQLite in the new order."""
        if not 0 <= column < len(COLUMNS):
            return
        self._filter.sort = COLUMNS[column][0]
        self._filter.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def sort_column(self) -> int:
        for i, (key, _) in enumerate(COLUMNS):
            if key == self._filter.sort:
                return i
        return COL_DUE
