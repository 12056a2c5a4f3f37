"""The main window: the balance list (table + filter bar), the detail pane, menus and
toolbar, import (menu and drag-and-drop), meeting mode and the remembered layout."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import (
    QItemSelectionModel,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker import __version__
from tracker.errors import TrackerError
from tracker.gui import commands, settings
from tracker.gui.detail import DetailPane
from tracker.gui.errors import show_error
from tracker.gui.filterbar import FilterBanner, FilterBar, describe_filter
from tracker.gui.icons import icon
from tracker.gui.importer import ImportController, ImportSummary, importable
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
from tracker.gui.widgets import DueDateEdit, NameCombo
from tracker.services import meetings
from tracker.store import REMOVED, ItemRow, Store

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


class NewItemDialog(QDialog):
    """Title, forum, owner and due date of an item added by hand."""

    def __init__(self, store: Store, body: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ny punkt"))
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Titel"))
        self.body = NameCombo(self)
        self.body.set_names(store.distinct_bodies())
        self.body.setValue(body)
        self.body.setAccessibleName(self.tr("Forum"))
        self.owner = NameCombo(self)
        self.owner.set_names(store.distinct_owners())
        self.owner.setAccessibleName(self.tr("Ansvarig"))
        self.due = DueDateEdit(self)
        self.due.setAccessibleName(self.tr("Senast"))
        form = QFormLayout()
        form.addRow(self.tr("&Titel:"), self.title)
        form.addRow(self.tr("&Forum:"), self.body)
        form.addRow(self.tr("&Ansvarig:"), self.owner)
        form.addRow(self.tr("S&enast:"), self.due)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Lägg till"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def accept(self) -> None:
        if not self.title.text().strip():
            show_error(self, self.tr("Skriv en titel för punkten."))
            self.title.setFocus()
            return
        if not self.due.is_valid():
            show_error(self, self.due.error_text())
            self.due.setFocus()
            return
        super().accept()


class MainWindow(QMainWindow):
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

    # --- actions and menus -------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon_name: str | None = None,
        tip: str | None = None,
    ) -> QAction:
        action = QAction(icon(icon_name) if icon_name else icon("__none__"), text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _create_actions(self) -> None:
        self.import_action = self._action(
            self.tr("&Importera…"),
            self.import_dialog,
            QKeySequence.StandardKey.Open,
            "import",
            self.tr("Importera protokoll eller rapporter (PDF, Word, text)"),
        )
        self.export_action = self._action(
            self.tr("&Exportera…"),
            self.export_dialog,
            "Ctrl+E",
            "export",
            self.tr("Spara listan som Excel, CSV eller kalender"),
        )
        self.agenda_action = self._action(
            self.tr("&Dagordning…"),
            self.agenda_dialog,
            "Ctrl+Shift+D",
            "agenda",
            self.tr("Skapa dagordning/kallelse med balanslistan"),
        )
        self.print_action = self._action(
            self.tr("Skriv &ut balanslistan…"),
            self.print_list,
            QKeySequence.StandardKey.Print,
            "print",
            self.tr("Skriv ut punkterna som visas"),
        )
        self.user_name_action = QAction(self.tr("Ditt &namn i historiken…"), self)
        self.user_name_action.setStatusTip(
            self.tr("Namnet som står i historiken vid dina ändringar"))
        self.user_name_action.triggered.connect(lambda: self.ask_user_name())
        self.restore_action = self._action(
            self.tr("Åte&rställ säkerhetskopia…"),
            self.restore_backup,
            tip=self.tr("Ersätt databasens innehåll med en säkerhetskopia"),
        )
        self.quit_action = self._action(
            self.tr("&Avsluta"), self.close, QKeySequence.StandardKey.Quit
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.new_action = self._action(
            self.tr("&Ny punkt…"),
            self.new_item,
            QKeySequence.StandardKey.New,
            "new-item",
            self.tr("Lägg till en punkt för hand"),
        )
        self.save_action = self._action(
            self.tr("&Spara punkten"),
            self.detail.save,
            QKeySequence.StandardKey.Save,
            "save",
            self.tr("Spara ändringarna i den valda punkten"),
        )
        self.save_action.setEnabled(False)
        self.delete_action = self._action(
            self.tr("&Ta bort punkt…"),
            self.delete_selected,
            QKeySequence.StandardKey.Delete,
            tip=self.tr("Ta bort de valda punkterna (de kan återställas)"),
        )
        # Delete in a text field deletes text: the shortcut is the list's own.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.removed_action = self._action(
            self.tr("Borttagna &punkter…"),
            self.removed_dialog,
            tip=self.tr("Visa och återställ borttagna punkter"),
        )
        self.bulk_close_action = self._action(
            self.tr("Markera valda som &klara…"),
            self.bulk_close,
            "Ctrl+Shift+K",
            tip=self.tr("Stäng alla valda punkter med samma anteckning"),
        )
        self.bulk_due_action = self._action(
            self.tr("Nytt &datum för valda…"),
            self.bulk_due,
            "Ctrl+Shift+T",
            tip=self.tr("Ge alla valda punkter samma datum"),
        )
        self.bulk_owner_action = self._action(
            self.tr("Ny a&nsvarig för valda…"),
            self.bulk_owner,
            "Ctrl+Shift+A",
            tip=self.tr("Ge alla valda punkter samma ansvariga"),
        )
        self.bulk_body_action = self._action(
            self.tr("Flytta valda till &forum…"),
            self.bulk_body,
            "Ctrl+Shift+F",
            tip=self.tr("Flytta alla valda punkter till ett annat forum"),
        )
        self.reminders_action = self._action(
            self.tr("På&minnelser per e-post…"),
            self.reminders_dialog,
            tip=self.tr("Påminn de ansvariga om försenade punkter och punkter som förfaller snart"),
        )
        self.undo_import_action = self._action(
            self.tr("Å&ngra import…"),
            self.undo_import,
            tip=self.tr("Ta tillbaka allt som en import gjorde, i ett steg"),
        )
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Ångra"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(icon("undo"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Gör om"))
        self.redo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
        self.redo_action.setIcon(icon("redo"))
        self.find_action = self._action(
            self.tr("&Sök"), lambda: self.filters.search.setFocus(), QKeySequence.StandardKey.Find
        )
        self.meeting_action = self._action(
            self.tr("&Mötesläge…"),
            self.meeting_mode,
            "F5",
            "meeting",
            self.tr("Gå igenom ett forums öppna punkter på mötet"),
        )
        self.meetings_action = self._action(
            self.tr("Mö&ten…"),
            self.meetings_dialog,
            tip=self.tr("Visa, rätta och ta bort registrerade möten"),
        )
        self.forums_action = self._action(
            self.tr("&Forum…"),
            self.forums_dialog,
            tip=self.tr("Forumens organisation och förkortningar"),
        )
        self.refresh_action = self._action(
            self.tr("&Uppdatera listan"), self.reload, "Ctrl+Shift+R"
        )
        self.zoom_in_action = self._action(
            self.tr("S&törre text"), lambda: self.zoom(1), QKeySequence.StandardKey.ZoomIn
        )
        self.zoom_out_action = self._action(
            self.tr("&Mindre text"), lambda: self.zoom(-1), QKeySequence.StandardKey.ZoomOut
        )
        self.zoom_reset_action = self._action(
            self.tr("&Normal textstorlek"), lambda: self.zoom(0), "Ctrl+0"
        )
        self.help_action = self._action(
            self.tr("&Så gör du…"),
            self.show_help,
            QKeySequence.StandardKey.HelpContents,
            tip=self.tr("En kort guide till dagens uppgifter, med kortkommandona"),
        )
        self.about_action = self._action(self.tr("&Om Balanslistan"), self.about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        for a in (self.undo_action, self.redo_action):
            self.addAction(a)

    def ask_user_name(self, first: bool = False) -> None:
        """Arkiv → Ditt namn i historiken… (and the first start): who the history names."""
        from tracker.gui.user_dialog import ask_user_name

        self._user_dialog = ask_user_name(self, self.store, first=first)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Arkiv"))
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.undo_import_action)
        file_menu.addAction(self.reminders_action)
        file_menu.addSeparator()
        file_menu.addAction(self.agenda_action)
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        file_menu.addAction(self.restore_action)
        file_menu.addAction(self.user_name_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Redigera"))
        edit_menu.addAction(self.new_action)
        edit_menu.addAction(self.save_action)
        edit_menu.addAction(self.delete_action)
        edit_menu.addAction(self.removed_action)
        edit_menu.addSeparator()
        bulk_menu = edit_menu.addMenu(self.tr("&Valda punkter"))
        for a in (self.bulk_close_action, self.bulk_due_action, self.bulk_owner_action,
                  self.bulk_body_action):
            bulk_menu.addAction(a)
        edit_menu.addSeparator()
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        view_menu = bar.addMenu(self.tr("&Visa"))
        view_menu.addAction(self.meeting_action)
        view_menu.addAction(self.meetings_action)
        view_menu.addAction(self.forums_action)
        view_menu.addAction(self.refresh_action)
        view_menu.addSeparator()
        view_menu.addAction(self.zoom_in_action)
        view_menu.addAction(self.zoom_out_action)
        view_menu.addAction(self.zoom_reset_action)
        view_menu.addSeparator()
        view_menu.addAction(self.dock.toggleViewAction())
        self.dock.toggleViewAction().setText(self.tr("&Detaljpanel"))
        lang_menu = view_menu.addMenu(self.tr("Sp&råk"))
        group = QActionGroup(self)
        current = settings.value(settings.LANGUAGE)
        for code, label in (
            ("system", self.tr("Systemets språk")),
            ("sv", "Svenska"),
            ("en", "English"),
        ):
            a = QAction(label, self, checkable=True)
            a.setChecked(code == current)
            a.setData(code)
            a.triggered.connect(lambda _=False, c=code: self._set_language(c))
            group.addAction(a)
            lang_menu.addAction(a)
        help_menu = bar.addMenu(self.tr("&Hjälp"))
        help_menu.addAction(self.help_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

        toolbar = self.addToolBar(self.tr("Verktyg"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for a in (self.import_action, self.new_action, self.save_action):
            toolbar.addAction(a)
        toolbar.addSeparator()
        for a in (self.undo_action, self.redo_action):
            toolbar.addAction(a)
        toolbar.addSeparator()
        for a in (self.meeting_action, self.agenda_action, self.print_action):
            toolbar.addAction(a)

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

    # --- items ----------------------------------------------------------------------

    def new_item(self) -> None:
        dialog = NewItemDialog(self.store, self.filters.current_body(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            commands.add_item(
                self.undo_stack,
                self.store,
                title=dialog.title.text().strip(),
                body=meetings.canonical_body(self.store, dialog.body.value()),
                owner=dialog.owner.value(),
                due=dialog.due.value(),
                changed=self._added_item_changed,
                report=lambda exc: show_error(self, exc),
            )
        except TrackerError as exc:
            show_error(self, exc)

    def _added_item_changed(self, item_id: int) -> None:
        """After "Ny punkt", its undo (the item is removed) and its redo (back again):
        the item joins or leaves the list, so the list is queried again (repainting
        its row would leave a removed item in view)."""
        self._refresh_choices()
        self.model.reload()
        if self.select_item(item_id):
            return
        if self._is_removed(item_id):
            message = self.tr("Punkt {id} togs bort (tillägget ångrades).")
        else:
            message = self.tr("Punkt {id} lades till (den syns inte med nuvarande filter).")
        self.statusBar().showMessage(message.format(id=item_id), 8000)

    def _is_removed(self, item_id: int) -> bool:
        try:
            return self.store.get_item(item_id).status == REMOVED
        except TrackerError:
            return True

    # --- several items ------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        """Ids of the selected rows in list order (the current row when none is)."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        ids = [self.model.item_id(r) for r in rows]
        return [i for i in ids if i is not None]

    def _bulk_changed(self, item_id: int) -> None:
        if self.detail.item and self.detail.item.id == item_id and not self.detail.is_dirty():
            self.detail.show_item(item_id)

    def _bulk(self, text: str, apply) -> int:
        """Run ``apply(item)`` on every selected item as one undo step; reload after."""
        ids = self.selected_ids()
        if not ids:
            return 0
        if self.detail.is_dirty() and not self._confirm_discard():
            return 0
        done = 0
        self.undo_stack.beginMacro(text.format(n=len(ids)))
        try:
            for item_id in ids:
                apply(self.store.get_item(item_id))
                done += 1
        except TrackerError as exc:
            show_error(self, exc)
        finally:
            self.undo_stack.endMacro()
        self._refresh_choices()
        self.model.reload()
        self._select_ids(ids)
        return done

    def _select_ids(self, ids: list[int]) -> None:
        """Select these items again after the list was reloaded (those still shown)."""
        rows = [r for r in (self.model.row_of(i) for i in ids) if r is not None]
        if not rows:
            return
        sel = self.table.selectionModel()
        sel.clearSelection()
        for r in rows:
            sel.select(
                self.model.index(r, COL_TITLE),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
        sel.setCurrentIndex(
            self.model.index(rows[0], COL_TITLE), QItemSelectionModel.SelectionFlag.NoUpdate
        )

    def _save(self, item: ItemRow, changes: dict, note: str | None = None) -> None:
        commands.save_changes(
            self.undo_stack,
            self.store,
            item,
            changes,
            self.tr("Ändra punkt {id}").format(id=item.id),
            note=note,
            changed=self._bulk_changed_reload,
            report=lambda exc: show_error(self, exc),
        )

    def _bulk_changed_reload(self, item_id: int) -> None:
        # Also called by undo/redo of a bulk step, one item at a time.
        self._bulk_changed(item_id)
        self.model.refresh_item(item_id)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Ta bort punkter"),
            self.tr(
                "Ta bort %n punkter? De försvinner ur listan men finns kvar med sin historik "
                "(Redigera → Borttagna punkter), och Ctrl+Z ångrar.",
                "",
                len(ids),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        n = self._bulk(
            self.tr("Ta bort {n} punkter"),
            lambda item: commands.delete_item(
                self.undo_stack,
                self.store,
                item,
                changed=self._deleted_changed,
                report=lambda exc: show_error(self, exc),
            ),
        )
        self.statusBar().showMessage(
            self.tr("%n punkter togs bort. Ctrl+Z ångrar.", "", n), 10000
        )

    def _deleted_changed(self, item_id: int) -> None:
        """A deletion, its undo or redo: the item leaves or rejoins the list."""
        self.model.reload()
        if not self._is_removed(item_id):
            self.select_item(item_id)

    def bulk_close(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        ok, note = ask_text(
            self,
            self.tr("Markera valda som klara"),
            self.tr("Anteckning för de %n punkterna (varför de är klara):", "", len(ids)),
        )
        if not ok:
            return
        note = note.strip() or None
        self._bulk(
            self.tr("Stäng {n} punkter"),
            lambda item: self._save(item, {"status": "done"}, note)
            if item.status == "open"
            else None,
        )

    def bulk_due(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        ok, due = ask_date(
            self,
            self.tr("Nytt datum för valda"),
            self.tr("Nytt datum för de %n punkterna:", "", len(ids)),
        )
        if not ok:
            return
        self._bulk(
            self.tr("Nytt datum för {n} punkter"),
            lambda item: self._save(item, {"due": due}) if item.due != due else None,
        )

    def bulk_owner(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        ok, owner = ask_text(
            self,
            self.tr("Ny ansvarig för valda"),
            self.tr("Ny ansvarig för de %n punkterna:", "", len(ids)),
            names=self.store.distinct_owners(),
        )
        if not ok:
            return
        owner = " ".join(owner.split()) or None
        self._bulk(
            self.tr("Ny ansvarig för {n} punkter"),
            lambda item: self._save(item, {"owner": owner}) if item.owner != owner else None,
        )

    def bulk_body(self) -> None:
        """Move the selected items to another forum ("FVG" finds Förvaltningsgruppen)."""
        ids = self.selected_ids()
        if not ids:
            return
        ok, body = ask_text(
            self,
            self.tr("Flytta valda till forum"),
            self.tr("Forum för de %n punkterna:", "", len(ids)),
            names=self.store.distinct_bodies(),
        )
        if not ok or not body.strip():
            return
        body = meetings.canonical_body(self.store, body) or body.strip()
        self._bulk(
            self.tr("Flytta {n} punkter"),
            lambda item: self._save(item, {"body": body}) if item.body != body else None,
        )

    def reminders_dialog(self) -> None:
        from tracker.gui.reminders_dialog import RemindersDialog

        RemindersDialog(self.store, self, body=self.filters.current_body()).exec()

    def removed_dialog(self) -> None:
        from tracker.gui.removed_dialog import RemovedDialog

        dialog = RemovedDialog(self.store, self)
        dialog.exec()
        if dialog.restored:
            self.reload()
            self.select_item(dialog.restored[-1])

    def undo_import(self) -> None:
        from tracker.gui.undo_import_dialog import UndoImportDialog

        if self.importer.busy():
            self.statusBar().showMessage(self.tr("En import pågår redan."), 5000)
            return
        dialog = UndoImportDialog(self.store, self)
        dialog.exec()
        result = dialog.outcome
        if result is None:
            return
        self.reload()
        message = self.tr(
            "Importen av {file} är ångrad: {removed} punkter borttagna, {reverted} "
            "återställda, {reopened} öppnade igen."
        ).format(
            file=result.file_name,
            removed=len(result.removed),
            reverted=len(result.reverted),
            reopened=len(result.reopened),
        )
        if result.kept:
            message += " " + self.tr(
                "%n punkter hade ändrats sedan importen och lämnades orörda.", "", len(result.kept)
            )
        self.statusBar().showMessage(message, 30000)

    # --- import ---------------------------------------------------------------------

    def import_dialog(self) -> None:
        start = str(settings.value(settings.IMPORT_FOLDER))
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Importera dokument"),
            start,
            self.tr("Dokument (*.pdf *.docx *.txt);;Alla filer (*)"),
        )
        if files:
            settings.set_value(settings.IMPORT_FOLDER, Path(files[0]).parent)
            self.import_files([Path(f) for f in files])

    def import_files(self, paths: list[Path]) -> bool:
        if self.importer.busy():
            self.statusBar().showMessage(self.tr("En import pågår redan."), 5000)
            return False
        return self.importer.start(paths)

    def _import_finished(self, summary: ImportSummary) -> None:
        if summary.imported:
            self.reload()
            created = sum(len(r.created) for _, r in summary.imported)
            updated = sum(len(r.updated) for _, r in summary.imported)
            closed = sum(len(r.closed) for _, r in summary.imported)
            self.statusBar().showMessage(
                self.tr(
                    "Importerat: {new} nya, {upd} uppdaterade, {closed} stängda punkter."
                ).format(new=created, upd=updated, closed=closed),
                15000,
            )
        elif summary.cancelled:
            self.statusBar().showMessage(self.tr("Importen avbröts; inget sparades."), 8000)

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

    def current_rows(self) -> list[ItemRow]:
        return self.model.all_rows()

    def list_title(self) -> str:
        body = self.filters.current_body()
        return self.tr("Balanslista – {body}").format(body=body) if body else self.tr("Balanslista")

    def export_dialog(self) -> None:
        from tracker.services import export

        filters = {
            self.tr("Excel (*.xlsx)"): ("xlsx", export.export_xlsx),
            self.tr("CSV, semikolonseparerad (*.csv)"): ("csv", export.export_csv),
            self.tr("Kalender (*.ics)"): ("ics", export.export_ics),
        }
        start = settings.value(settings.EXPORT_FOLDER)
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Exportera balanslistan"),
            str(start / "balanslista.xlsx"),
            ";;".join(filters),
        )
        if not path:
            return
        suffix, func = filters.get(chosen, ("xlsx", export.export_xlsx))
        target = Path(path)
        by_suffix = {v[0]: v[1] for v in filters.values()}
        if target.suffix.lower().lstrip(".") in by_suffix:
            func = by_suffix[target.suffix.lower().lstrip(".")]
        else:
            target = target.with_suffix("." + suffix)
        try:
            count = func(self.current_rows(), target)
        except TrackerError as exc:
            show_error(self, exc)
            return
        except OSError as exc:
            show_error(
                self,
                self.tr("Filen {path} kunde inte sparas: {error}").format(
                    path=target, error=exc.strerror or exc
                ),
            )
            return
        settings.set_value(settings.EXPORT_FOLDER, target.parent)
        self.statusBar().showMessage(
            self.tr("%n punkter exporterades till {path}.", "", int(count or 0)).format(
                path=target
            ),
            10000,
        )

    def agenda_dialog(self) -> None:
        try:
            from tracker.gui.agenda_dialog import AgendaDialog
        except ImportError:
            show_error(self, self.tr("Dagordningen finns inte i den här versionen av programmet."))
            return
        AgendaDialog(self.store, self).exec()

    def print_list(self) -> None:
        try:
            from tracker.gui.printing import print_items
        except ImportError:
            show_error(self, self.tr("Utskrift finns inte i den här versionen av programmet."))
            return
        # A search typed a moment ago is printed, not the list from before it.
        self.filters.flush()
        rows = self.current_rows()
        if not rows:
            QMessageBox.information(
                self, self.tr("Skriv ut"), self.tr("Listan är tom: inget att skriva ut.")
            )
            return
        # The model's filter, not the bar's widgets: it is what selected these rows.
        print_items(rows, self, self.list_title(), describe_filter(self.model.item_filter))

    def restore_backup(self) -> None:
        """Arkiv → Återställ säkerhetskopia…: restore through the window's connection,
        then show the restored list (undo history cleared: it refers to the old one)."""
        from tracker.gui.restore_dialog import RestoreDialog

        if self.importer.busy():
            QMessageBox.information(
                self,
                self.tr("Återställ säkerhetskopia"),
                self.tr("Vänta tills importen är klar, och försök sedan igen."),
            )
            return
        dialog = RestoreDialog(self.store, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.outcome is None:
            return
        self.undo_stack.clear()
        self.reload()
        result = dialog.outcome
        message = self.tr("Databasen är återställd från {name} ({n} punkter).").format(
            name=result.backup.name, n=result.items
        )
        if result.previous is not None:
            message += " " + self.tr("Det tidigare innehållet sparades som {name}.").format(
                name=result.previous.name
            )
        self.statusBar().showMessage(message, 30000)

    def show_help(self) -> None:
        from tracker.gui.help_dialog import HelpDialog

        HelpDialog(self).exec()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Om Balanslistan"),
            self.tr(
                "<h3>Balanslistan {version}</h3>"
                "<p>Håller balanslistan – öppna frågor och uppdrag – från protokoll, "
                "minnesanteckningar och uppföljningsrapporter.</p>"
                "<p>Databas: {db}</p>"
            ).format(version=__version__, db=_html(str(self.store.path))),
        )

    def _set_language(self, code: str) -> None:
        settings.set_value(settings.LANGUAGE, code)
        QMessageBox.information(
            self,
            self.tr("Språk"),
            self.tr("Språket byts nästa gång programmet startas."),
        )

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


def ask_text(
    parent: QWidget, title: str, label: str, *, names: list[str] | None = None
) -> tuple[bool, str]:
    """A one-line question (with a list of known names to pick from): (ok, text)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    field = NameCombo(dialog)
    field.set_names(names or [])
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel(label, dialog))
    layout.addWidget(field)
    layout.addWidget(buttons)
    dialog.resize(420, dialog.sizeHint().height())
    ok = dialog.exec() == QDialog.DialogCode.Accepted
    return ok, field.currentText()


def ask_date(parent: QWidget, title: str, label: str) -> tuple[bool, dt.date | None]:
    """A date typed as people write it (or picked in the calendar): (ok, date)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    field = DueDateEdit(dialog)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )

    def accept() -> None:
        if not field.is_valid():
            show_error(dialog, field.error_text())
            return
        dialog.accept()

    buttons.accepted.connect(accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel(label, dialog))
    layout.addWidget(field)
    layout.addWidget(buttons)
    dialog.resize(460, dialog.sizeHint().height())
    ok = dialog.exec() == QDialog.DialogCode.Accepted
    return ok, field.value()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
