"""The main window's actions, menus and toolbar, and the small commands of the Visa and
Hjälp menus (language, help, about)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMessageBox

from tracker import __version__
from tracker.gui import settings
from tracker.gui.icons import icon


class MainWindowMenus:
    """Part of :class:`~tracker.gui.main_window.MainWindow`: builds its actions, menu bar
    and toolbar (the actions' slots live in the other parts)."""

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


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

