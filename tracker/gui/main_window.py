"""The main window: the balance list (table + filter bar) and the detail pane wired
together, drag-and-drop import, meeting mode and the remembered layout.

Its other parts are classes it inherits, one module each: the actions, menus and
toolbar (:mod:`~tracker.gui.main_menus`), the commands on items
(:mod:`~tracker.gui.main_items`) and on files (:mod:`~tracker.gui.main_files`).
Their texts are translated in the context of their own class (``MainWindowMenus`` …),
which ``tr`` finds by walking the window's classes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDockWidget,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.errors import TrackerError
from tracker.gui import settings
from tracker.gui.detail import DetailPane
from tracker.gui.filterbar import FilterBanner, FilterBar
from tracker.gui.importer import ImportController, importable
from tracker.gui.main_files import MainWindowFiles
from tracker.gui.main_items import MainWindowItems
from tracker.gui.main_menus import MainWindowMenus
from tracker.gui.model import (
    COL_BODY,
    COL_DUE,
    COL_ID,
    COL_OWNER,
    COL_RAISED,
    COL_SOURCE,
    COL_STATUS,
    COL_TITLE,
    COLUMNS,
    ItemTableModel,
)
from tracker.services import meetings
from tracker.store import Store

#: The window's size on first start, when the screen has room for it.
DEFAULT_WINDOW = QSize(1400, 820)
#: A remembered size smaller than this (or than the screen) is a strip: not reused.
MIN_WINDOW = QSize(640, 400)

_DEFAULT_WIDTHS = {
    COL_ID: 50,
    COL_TITLE: 340,
    COL_OWNER: 115,
    COL_RAISED: 105,
    COL_DUE: 90,
    COL_STATUS: 65,
    COL_BODY: 135,
    COL_SOURCE: 140,
}


class MainWindow(MainWindowMenus, MainWindowItems, MainWindowFiles, QMainWindow):
    """The program's main window over one open :class:`Store`."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.meeting_window = None
        # The window system adds the program's name (applicationDisplayName) itself:
        # "balanslista.db — Balanslistan", not "Balanslistan – … — Balanslistan".
        self.setWindowTitle(store.path.name)
        self.setObjectName("MainWindow")
        self.setAcceptDrops(True)

        self.model = ItemTableModel(store, self)
        self.filters = FilterBar(self)
        self.table = QTableView(self)
        self.table.setObjectName("itemTable")
        self.table.setAccessibleName(self.tr("Balanslistan"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows (Shift/Ctrl+click) for the bulk actions: close, re-date, reassign,
        # delete; the detail pane edits the current row.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        # Fixed row heights: the view need not measure 100,000 rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        for col, width in _DEFAULT_WIDTHS.items():
            header.resizeSection(col, width)
        self.table.setSortingEnabled(True)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filters)
        self.filter_banner = FilterBanner(self)
        self.filter_banner.show_all.clicked.connect(self.show_all)
        layout.addWidget(self.filter_banner)
        layout.addWidget(self.table, 1)
        self.setCentralWidget(central)

        self.detail = DetailPane(store, self.undo_stack, self)
        self.dock = QDockWidget(self.tr("Punkt"), self)
        self.dock.setObjectName("detailDock")
        self.dock.setWidget(self.detail)
        self.dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)

        self.counts = QLabel(self)
        self.counts.setAccessibleName(self.tr("Antal punkter"))
        self.statusBar().addPermanentWidget(self.counts)

        self.importer = ImportController(store, self)
        self.importer.finished.connect(self._import_finished)

        self._create_actions()
        self._create_menus()
        self.table.addAction(self.delete_action)
        for a in (self.bulk_close_action, self.bulk_due_action, self.bulk_owner_action,
                  self.bulk_body_action):
            self.table.addAction(a)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._restore_settings()  # also fills the owner and forum lists

        self.filters.changed.connect(self.apply_filters)
        self.model.reloaded.connect(self._update_counts)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        # Double-click or Enter on a row: edit it in the pane.
        self.table.activated.connect(lambda _index: self._edit_current())
        self.detail.saved.connect(self._item_saved)
        self.detail.dirtyChanged.connect(lambda dirty: self.save_action.setEnabled(dirty))
        self._selected_id: int | None = None

        self.apply_filters()
        if self.model.rowCount() and self.table.currentIndex().row() < 0:
            self.table.selectRow(0)
        # Kept until another message replaces it: a failed backup or a damaged file must
        # not pass unnoticed (issue 17).
        for warning in store.warnings:
            self.statusBar().showMessage(warning)
        # Midnight changes what is overdue: re-evaluate the colours once an hour.
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(3600 * 1000)
        self._day_timer.timeout.connect(self._new_day_check)
        self._day = dt.date.today()
        self._day_timer.start()

    # --- list ----------------------------------------------------------------------

    def apply_filters(self) -> None:
        self.model.set_filter(self.filters.apply_to(self.model.item_filter))

    def show_all(self) -> None:
        """"Visa alla": no search, no filter, every open item."""
        self.filters.reset()

    def reload(self) -> None:
        self._refresh_choices()
        self.model.reload()

    def _refresh_choices(self) -> None:
        owners = self.store.distinct_owners()
        bodies = self.store.distinct_bodies()
        self.filters.set_choices(owners, bodies)
        self.detail.set_choices(owners, bodies)

    def _update_counts(self) -> None:
        flt = self.model.item_filter
        total = self.model.rowCount()
        statuses = [flt.status] if isinstance(flt.status, str) else flt.status
        if flt.overdue:
            overdue = total  # the list shows only overdue items: no second query
        elif statuses is not None and "open" not in statuses:
            overdue = 0  # only open items can be overdue
        else:
            overdue = self.model.overdue_count()
        self.filter_banner.update_for(flt, total, self.filters.is_default())
        text = self.tr("%n punkter", "", total)
        if overdue:
            text += ", " + self.tr("%n försenade", "", overdue)
        self.counts.setText(text)
        key = flt.sort
        col = next((i for i, (k, _) in enumerate(COLUMNS) if k == key), COL_DUE)
        order = Qt.SortOrder.DescendingOrder if flt.descending else Qt.SortOrder.AscendingOrder
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(col, order)
        header.blockSignals(False)

    def _remember_selection(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._selected_id = self.model.item_id(index.row())

    def _restore_selection(self) -> None:
        row = self.model.row_of(self._selected_id) if self._selected_id is not None else None
        if row is None:
            self.detail.show_item(self._selected_id if self._selected_id is not None else None)
            return
        index = self.model.index(row, COL_TITLE)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def select_item(self, item_id: int) -> bool:
        row = self.model.row_of(item_id)
        if row is None:
            return False
        self._selected_id = item_id
        self._restore_selection()
        return True

    def _current_changed(self, current, previous) -> None:
        item_id = self.model.item_id(current.row()) if current.isValid() else None
        if item_id == (self.detail.item.id if self.detail.item else None):
            return
        if self.detail.is_dirty() and not self._confirm_discard():
            # Go back to the item with the unsaved edits.
            QTimer.singleShot(
                0, lambda: self.select_item(self.detail.item.id) if self.detail.item else None
            )
            return
        self._selected_id = item_id
        self.detail.show_item(item_id)

    def _edit_current(self) -> None:
        if self.detail.item is not None:
            self.dock.show()
            self.detail.title.setFocus()
            self.detail.title.selectAll()

    def _confirm_discard(self) -> bool:
        """Unsaved edits in the detail pane: save, discard or stay.  True = go on."""
        answer = QMessageBox.question(
            self,
            self.tr("Osparade ändringar"),
            self.tr("Punkten har ändringar som inte sparats. Vill du spara dem?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.detail.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.detail.revert()
            return True
        return False

    def _item_saved(self, item_id: int) -> None:
        self._selected_id = item_id
        self._refresh_choices_for(item_id)
        self.model.refresh_item(item_id)
        self._update_counts()

    def _refresh_choices_for(self, item_id: int) -> None:
        """Offer a new owner or forum in the lists.  Asking the store for all names
        costs ~0.1 s at 100,000 items, so only when this item brings a new one (a name
        no longer used stays listed until the next reload: harmless)."""
        try:
            item = self.store.get_item(item_id)
        except TrackerError:
            return
        owners, bodies = self.filters.owner, self.filters.body
        if (item.owner and owners.findData(item.owner) < 0) or (
            item.body and bodies.findData(item.body) < 0
        ):
            self._refresh_choices()

    def _new_day_check(self) -> None:
        if dt.date.today() != self._day:
            self._day = dt.date.today()
            self.model.reload()

    def zoom(self, step: int) -> None:
        font = self.table.font()
        base = self.font().pointSizeF()
        size = base if step == 0 else max(7.0, min(32.0, font.pointSizeF() + step))
        font.setPointSizeF(size)
        self.table.setFont(font)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        settings.set_value(settings.TABLE_FONT_SIZE, size)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if any(u.isLocalFile() and importable(Path(u.toLocalFile())) for u in urls):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            # Started after the drop returns, so the source application is not blocked.
            QTimer.singleShot(0, lambda: self.import_files(paths))

    # --- meeting mode ---------------------------------------------------------------

    def meeting_mode(self) -> None:
        from tracker.gui.meeting import MeetingSetupDialog, MeetingWindow

        if self.meeting_window is not None and self.meeting_window.isVisible():
            self.meeting_window.raise_()
            self.meeting_window.activateWindow()
            return
        setup = MeetingSetupDialog(self.store, self.filters.current_body(), self)
        if setup.exec() != QDialog.DialogCode.Accepted:
            return
        body, date = setup.choice()
        # The meeting is recorded by its first change or note, not by opening the
        # window: a meeting opened and left at once leaves no trace (issue 18).
        window = MeetingWindow(self.store, body=meetings.canonical_body(self.store, body),
                               date=date)  # fmt: skip
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.setWindowIcon(self.windowIcon())
        window.changed.connect(self._meeting_changed)
        window.destroyed.connect(self._meeting_closed)
        geometry = settings.value(settings.MEETING_GEOMETRY)
        if geometry is not None:
            size = window.size()
            if window.restoreGeometry(geometry):
                avail = self._available()
                frame = window.frameGeometry()
                if frame.width() > avail.width() or frame.height() > avail.height():
                    window.resize(size)  # saved on a larger screen: not used
        self.meeting_window = window
        window.show()
        window.activateWindow()

    def forums_dialog(self) -> None:
        from tracker.gui.forums_dialog import ForumsDialog

        if ForumsDialog(self.store, self).exec() == ForumsDialog.DialogCode.Accepted:
            self._refresh_choices()

    def meetings_dialog(self) -> None:
        from tracker.gui.meetings_dialog import MeetingsDialog

        MeetingsDialog(self.store, self).exec()
        self.reload()

    def _meeting_changed(self, item_id: int) -> None:
        if self._is_removed(item_id):  # an item added in the meeting, then undone
            self.model.reload()
            return
        self.model.refresh_item(item_id)
        if self.detail.item and self.detail.item.id == item_id and not self.detail.is_dirty():
            self.detail.show_item(item_id)

    def _meeting_closed(self) -> None:
        self.meeting_window = None
        self.reload()

    # --- other menus ----------------------------------------------------------------
    # --- settings -------------------------------------------------------------------

    def _restore_settings(self) -> None:
        geometry = settings.value(settings.WINDOW_GEOMETRY)
        if not (
            geometry is not None and self.restoreGeometry(geometry) and self._fits_screen()
        ):
            self._default_size()
        state = settings.value(settings.WINDOW_STATE)
        if state is not None:
            self.restoreState(state)
        header = settings.value(settings.WINDOW_HEADER)
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
        size = settings.value(settings.TABLE_FONT_SIZE)
        if size:
            font = self.table.font()
            font.setPointSizeF(size)
            self.table.setFont(font)
            self.table.verticalHeader().setDefaultSectionSize(
                self.table.fontMetrics().height() + 8
            )
        self.model.set_sort(
            settings.value(settings.FILTER_SORT),
            settings.value(settings.FILTER_DESCENDING),
        )
        self._refresh_choices()
        self.filters.restore({name: settings.value(s) for name, s in settings.FILTER.items()})

    def _available(self) -> QRect:
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 700)

    def _fits_screen(self) -> bool:
        """A saved size is used only when the window fits the screen it opens on and is
        not a strip (a size saved on a larger monitor, or at another scaling)."""
        if self.isMaximized() or self.isFullScreen():
            return True
        avail = self._available()
        frame = self.frameGeometry()
        small = MIN_WINDOW.boundedTo(avail.size())
        return (
            frame.width() <= avail.width()
            and frame.height() <= avail.height()
            and self.width() >= small.width()
            and self.height() >= small.height()
            and avail.intersects(frame)
        )

    def _default_size(self) -> None:
        """1400×820, or what the screen has room for (at 200 % scaling a 1920×1080
        laptop has 960×540), centred."""
        avail = self._available()
        width = min(DEFAULT_WINDOW.width(), int(avail.width() * 0.95))
        height = min(DEFAULT_WINDOW.height(), int(avail.height() * 0.92))
        self.resize(width, height)
        self.move(avail.center() - QPoint(width // 2, height // 2))

    def save_settings(self) -> None:
        settings.set_value(settings.WINDOW_GEOMETRY, self.saveGeometry())
        settings.set_value(settings.WINDOW_STATE, self.saveState())
        settings.set_value(settings.WINDOW_HEADER, self.table.horizontalHeader().saveState())
        for name, value in self.filters.state().items():
            settings.set_value(settings.FILTER[name], value)
        flt = self.model.item_filter
        settings.set_value(settings.FILTER_SORT, flt.sort)
        settings.set_value(settings.FILTER_DESCENDING, flt.descending)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.detail.is_dirty() and not self._confirm_discard():
            event.ignore()
            return
        if self.meeting_window is not None:
            self.meeting_window.close()
        self.importer.shutdown()
        self.save_settings()
        super().closeEvent(event)

